"""Authors upload, replace and preview H5P content in the admin; admins export statements."""

import io
import json
import uuid
from datetime import date, datetime
from urllib.parse import urlsplit

from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import ModelLogEntry

import pytest
from allauth.mfa.totp.internal.auth import TOTP

from h5p.exports import lrs_statement
from h5p.models import ContentUserData, H5PContent, H5PContentVersion, H5PLibrary, XAPIStatement
from h5p.validation import InvalidPackage, Limits, validate_package
from tests.factories import UserFactory
from tests.h5p import packages

from .conftest import SECRET, signed_in

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/h5p/h5pcontent/add/"
LIST_URL = "/admin/snippets/h5p/h5pcontent/"
CHOOSER_URL = "/admin/snippets/choose/h5p/h5pcontent/"
LIBRARIES_URL = "/admin/h5p/libraries/"
EXPORT_URL = "/admin/h5p/statements/export/"


def edit_url(content):
    return f"/admin/snippets/h5p/h5pcontent/edit/{content.pk}/"


def preview_url(content):
    return f"/admin/snippets/h5p/h5pcontent/preview/{content.pk}/"


# Packages ------------------------------------------------------------------


def package(title="Spot the signs", language="en", **h5p_json):
    """A valid package of ``TIP.TestType`` 1.0, which needs ``TIP.TestHelper`` 1.2."""
    return packages.package(h5p_json={"title": title, "language": language, **h5p_json})


def broken_package():
    """Three things wrong at once: no title, content that is no object, an SVG."""
    members = packages.members(h5p_json={"title": ""}, content=["not", "an", "object"])
    members["content/images/evil.svg"] = b"<svg onload='alert(1)'/>"
    return packages.to_zip(members)


def upload(data, name="activity.h5p"):
    return {"package": SimpleUploadedFile(name, data, content_type="application/zip")}


def problems_of(data):
    with pytest.raises(InvalidPackage) as refused:
        validate_package(io.BytesIO(data), limits=Limits.from_settings())
    return [problem.message for problem in refused.value.problems]


def stored_files(media_root):
    return sorted(path for path in (media_root / "h5p").rglob("*") if path.is_file())


# Users ---------------------------------------------------------------------


@pytest.fixture
def trainers():
    group = Group.objects.create(name="Test trainers")
    group.permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=["wagtailadmin", "h5p"],
            codename__in=["access_admin", "add_h5pcontent", "change_h5pcontent"],
        )
    )
    return group


@pytest.fixture
def trainer(trainers, media_root):
    user = UserFactory(full_name="Bilal Trainer")
    user.groups.add(trainers)
    TOTP.activate(user, SECRET)
    return user


@pytest.fixture
def trainer_client(trainer):
    client = Client()
    client.force_login(trainer)
    return client


@pytest.fixture
def uploaded(client, admin):
    response = client.post(ADD_URL, upload(package()), follow=True)  # reads the message
    assert response.status_code == 200
    return H5PContent.objects.get()


def learner_statement(content, user, day, **raw):
    moment = timezone.make_aware(datetime(day.year, day.month, day.day, 12, 0))
    statement = {
        "actor": {"name": user.full_name, "mbox": f"mailto:{user.email}"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {"id": content.object_iri()},
        "result": {"score": {"raw": 3, "max": 4}},
        **raw,
    }
    return XAPIStatement.objects.create(
        user=user,
        content=content,
        version=content.current_version,
        verb=statement["verb"]["id"],
        object_id=content.object_iri(),
        timestamp=moment,
        received_at=moment,
        raw=statement,
    )


# Uploading -----------------------------------------------------------------


def test_an_admin_uploads_a_package_and_its_libraries_are_installed(client, admin, media_root):
    response = client.post(ADD_URL, upload(package()), follow=True)

    content = H5PContent.objects.get()
    assert response.redirect_chain == [(edit_url(content), 302)]
    assert (content.title, content.language, content.main_library) == (
        "Spot the signs",
        "en",
        "TIP.TestType 1.0",
    )
    assert content.current_version.number == 1
    assert content.created_by == admin
    installed = H5PLibrary.objects.order_by("machine_name")
    assert [str(library) for library in installed] == ["TIP.TestHelper 1.2.0", "TIP.TestType 1.0.3"]
    assert {library.installed_by for library in installed} == {admin}
    stored = [path.name for path in stored_files(media_root)]
    assert {"test-type.js", "helper.js", "poster.png", "content.json"} <= set(stored)

    html = response.content.decode()
    assert (
        "“Spot the signs” was uploaded. "
        "Libraries installed: TIP.TestHelper 1.2.0, TIP.TestType 1.0.3." in html
    )
    # what the package said, read-only
    for shown in (
        "Creative Commons Attribution-ShareAlike 4.0",
        "عائشہ خان",
        "English (en)",
        "TIP.TestType 1.0",
        "Test type",
        "Test helper",
    ):
        assert shown in html
    assert 'name="title"' not in html and 'name="language"' not in html
    assert ModelLogEntry.objects.filter(action="wagtail.create", object_id=str(content.pk))


def test_the_upload_form_has_only_a_file_field(client, admin):
    response = client.get(ADD_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'type="file"' in html and 'name="package"' in html
    assert 'enctype="multipart/form-data"' in html
    assert 'name="title"' not in html and 'name="main_library"' not in html


def test_a_trainer_may_not_install_libraries_but_may_use_installed_ones(
    client, trainer_client, admin, media_root
):
    refused = trainer_client.post(ADD_URL, upload(package()))

    assert refused.status_code == 400
    html = refused.content.decode()
    assert "TIP.TestType 1.0" in html and "TIP.TestHelper 1.2" in html
    assert "platform administrators" in html
    assert not H5PContent.objects.exists()
    assert not H5PLibrary.objects.exists()
    assert stored_files(media_root) == []

    assert client.post(ADD_URL, upload(package())).status_code == 302  # the admin installs it

    response = trainer_client.post(ADD_URL, upload(package(title="Trainer's copy")), follow=True)
    content = H5PContent.objects.get(title="Trainer's copy")
    assert response.redirect_chain == [(edit_url(content), 302)]
    assert H5PLibrary.objects.count() == 2
    html = response.content.decode()
    assert "“Trainer&#x27;s copy” was uploaded." in html
    assert "installed:" not in html


def test_a_refused_package_shows_every_problem_and_stores_nothing(client, admin, media_root):
    data = broken_package()
    expected = problems_of(data)
    assert len(expected) >= 3

    response = client.post(ADD_URL, upload(data))

    assert response.status_code == 400
    html = response.content.decode()
    for message in expected:
        assert escape(message) in html
    assert not H5PContent.objects.exists() and not H5PLibrary.objects.exists()
    assert stored_files(media_root) == []


def test_a_file_that_is_no_zip_is_refused_with_a_reason(client, admin, media_root):
    response = client.post(ADD_URL, upload(b"%PDF-1.7 not a package", name="notes.h5p"))
    assert response.status_code == 400
    assert "is not a zip file" in response.content.decode()
    assert not H5PContent.objects.exists()

    response = client.post(ADD_URL, {})
    assert response.status_code == 400
    assert "Choose an .h5p file to upload." in response.content.decode()


def test_replacing_makes_version_2_and_keeps_learners_results(client, admin, uploaded):
    learner = UserFactory()
    learner_statement(uploaded, learner, date(2025, 3, 1))
    ContentUserData.objects.create(user=learner, content=uploaded, data='{"progress": 2}')

    response = client.post(
        edit_url(uploaded), upload(package(title="Spot the signs, revised")), follow=True
    )

    assert response.redirect_chain == [(edit_url(uploaded), 302)]
    uploaded.refresh_from_db()
    assert uploaded.title == "Spot the signs, revised"
    assert uploaded.current_version.number == 2
    assert list(uploaded.versions.values_list("number", flat=True)) == [2, 1]
    assert uploaded.statements.count() == 1
    assert ContentUserData.objects.get().content == uploaded  # same content: progress kept
    assert H5PContent.objects.count() == 1
    html = response.content.decode()
    assert "Version 2 of “Spot the signs, revised” was uploaded." in html
    assert "installed:" not in html  # the library was there already
    entry = ModelLogEntry.objects.get(action="h5p.new_version")
    assert entry.data == {"version": 2} and entry.message == "Version 2 uploaded"


def test_a_new_version_with_changed_content_forgets_unfinished_progress(client, admin, uploaded):
    learner = UserFactory()
    learner_statement(uploaded, learner, date(2025, 3, 1))
    ContentUserData.objects.create(user=learner, content=uploaded, data='{"progress": 2}')
    changed = packages.package(content={**packages.CONTENT, "question": "Changed?"})

    assert client.post(edit_url(uploaded), upload(changed)).status_code == 302

    assert not ContentUserData.objects.exists()
    assert uploaded.statements.count() == 1  # results stay


def test_a_refused_replacement_keeps_the_current_version(client, admin, uploaded, media_root):
    before = stored_files(media_root)
    data = broken_package()

    response = client.post(edit_url(uploaded), upload(data))

    assert response.status_code == 400
    html = response.content.decode()
    for message in problems_of(data):
        assert escape(message) in html
    uploaded.refresh_from_db()
    assert uploaded.current_version.number == 1
    assert H5PContentVersion.objects.count() == 1
    assert stored_files(media_root) == before


def test_the_edit_page_lists_versions_and_shows_a_preview(client, admin, uploaded):
    client.post(edit_url(uploaded), upload(package(title="Second")))

    response = client.get(edit_url(uploaded))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Platform Admin" in html  # uploaded by
    assert ">2 · <" in html and "current" in html  # version 2 is the current one
    assert 'sandbox="allow-scripts"' in html and "allow-same-origin" not in html
    assert 'data-h5p-track="0"' in html
    assert preview_url(uploaded) in html


# Listing, chooser, preview ---------------------------------------------------


def test_the_listing_shows_searches_and_filters(client, admin):
    client.post(ADD_URL, upload(package(title="Spot the signs")))
    client.post(ADD_URL, upload(package(title="اشارے پہچانیں", language="ur")))

    html = client.get(LIST_URL).content.decode()
    assert "Spot the signs" in html and "اشارے پہچانیں" in html
    assert "TIP.TestType 1.0" in html and "English (en)" in html and "Urdu (ur)" in html

    html = client.get(LIST_URL, {"q": "spot"}).content.decode()
    assert "Spot the signs" in html and "اشارے پہچانیں" not in html

    html = client.get(LIST_URL, {"language": "ur"}).content.decode()
    assert "اشارے پہچانیں" in html and "Spot the signs" not in html


def test_the_chooser_lists_title_content_type_and_language(client, trainer_client, admin):
    client.post(ADD_URL, upload(package(title="Spot the signs")))
    client.post(ADD_URL, upload(package(title="Who to call", language="ur")))

    response = trainer_client.get(CHOOSER_URL)

    assert response.status_code == 200
    html = response.json()["html"]
    for shown in ("Spot the signs", "Who to call", "TIP.TestType 1.0", "Urdu (ur)"):
        assert shown in html

    results = trainer_client.get(CHOOSER_URL + "results/", {"q": "call"}).content.decode()
    assert "Who to call" in results and "Spot the signs" not in results

    content = H5PContent.objects.get(title="Who to call")
    chosen = trainer_client.get(f"{CHOOSER_URL}chosen/{content.pk}/").json()
    assert chosen["result"]["string"] == "Who to call"


def test_pages_choose_content_with_the_chooser(client, admin, uploaded):
    from tests.factories.courses import course

    page, _lessons = course(steps=0)

    response = client.get(f"/admin/pages/add/courses/h5pactivitypage/{page.pk}/")

    assert response.status_code == 200
    assert CHOOSER_URL in response.content.decode()


def test_the_preview_is_the_sandboxed_player_without_tracking(client, admin, uploaded):
    response = client.get(preview_url(uploaded))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'sandbox="allow-scripts"' in html
    assert "allow-same-origin" not in html
    assert 'data-h5p-track="0"' in html
    assert "/static/h5p/host.js" in html
    assert 'src="/h5p/embed/' in html
    assert "<h1" in html and "Spot the signs" in html


def test_the_libraries_listing_counts_contents(client, admin, uploaded):
    client.post(ADD_URL, upload(package(title="Another")))

    html = client.get(LIBRARIES_URL).content.decode()

    assert "TIP.TestType" in html and "1.0.3" in html and "Test type" in html
    assert "TIP.TestHelper" in html and "1.2.0" in html
    assert "2 contents" in html
    assert "Platform Admin" in html


def test_an_admin_installs_the_libraries_of_a_package_without_its_content(
    client, admin, trainer_client, media_root
):
    response = client.post(LIBRARIES_URL, upload(package()), follow=True)

    assert response.redirect_chain == [(LIBRARIES_URL, 302)]
    html = response.content.decode()
    assert "Libraries installed: TIP.TestHelper 1.2.0, TIP.TestType 1.0.3." in html
    assert not H5PContent.objects.exists()
    assert {library.installed_by for library in H5PLibrary.objects.all()} == {admin}
    stored = {path.name for path in stored_files(media_root)}
    assert "test-type.js" in stored and "content.json" not in stored

    again = client.post(LIBRARIES_URL, upload(package()), follow=True)
    assert "Every library in this package was already installed." in again.content.decode()
    assert H5PLibrary.objects.count() == 2

    # The trainer can now upload content that uses them.
    assert trainer_client.post(ADD_URL, upload(package(title="Mine"))).status_code == 302
    assert H5PContent.objects.get().title == "Mine"


def test_installing_libraries_refuses_a_bad_package_with_every_problem(client, admin, media_root):
    data = broken_package()

    response = client.post(LIBRARIES_URL, upload(data))

    assert response.status_code == 400
    html = response.content.decode()
    for message in problems_of(data):
        assert escape(message) in html
    assert not H5PLibrary.objects.exists()
    assert stored_files(media_root) == []
    assert "Choose an .h5p file to upload." in client.post(LIBRARIES_URL, {}).content.decode()


def test_usage_lists_the_pages_that_show_the_content(client, admin, uploaded):
    from courses.models import H5PActivityPage
    from tests.factories.courses import course, publish

    page, _lessons = course(steps=0)
    publish(page.add_child(instance=H5PActivityPage(title="Sort the cards", activity=uploaded)))

    usage = client.get(f"/admin/snippets/h5p/h5pcontent/usage/{uploaded.pk}/")
    assert usage.status_code == 200
    assert "Sort the cards" in usage.content.decode()
    assert "Used in 1 place" in client.get(edit_url(uploaded)).content.decode()


# Permissions ---------------------------------------------------------------


def every_view(content):
    return [
        LIST_URL,
        ADD_URL,
        edit_url(content),
        preview_url(content),
        f"/admin/snippets/h5p/h5pcontent/usage/{content.pk}/",
        f"/admin/snippets/h5p/h5pcontent/history/{content.pk}/",
        f"/admin/snippets/h5p/h5pcontent/delete/{content.pk}/",
        CHOOSER_URL,
        LIBRARIES_URL,
        EXPORT_URL,
    ]


def assert_refused(response):
    assert response.status_code in (302, 403), response.status_code
    if response.status_code == 302:  # to sign in, or to the admin's home with a message
        target = urlsplit(response["Location"]).path
        assert "h5p" not in target, target


def test_people_without_permission_are_refused_everywhere(uploaded):
    editor_group = Group.objects.create(name="Admin access only")
    editor_group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor = UserFactory()
    editor.groups.add(editor_group)
    learner = UserFactory()
    for user in (None, learner, editor):
        visitor = Client()
        if user is not None:
            signed_in(visitor, user)
        for url in every_view(uploaded):
            if user is editor and url == CHOOSER_URL:
                continue  # anyone editing pages may choose content for them (below)
            assert_refused(visitor.get(url))
        assert_refused(visitor.post(ADD_URL, upload(package(title="Sneaky"))))
        assert_refused(visitor.post(edit_url(uploaded), upload(package(title="Sneaky"))))
        assert_refused(
            visitor.post(
                LIBRARIES_URL,
                upload(
                    packages.package(
                        libraries=[packages.content_type(patchVersion=9), packages.helper()]
                    )
                ),
            )
        )
    assert not H5PContent.objects.filter(title="Sneaky").exists()
    assert not H5PLibrary.objects.filter(patch_version=9).exists()
    uploaded.refresh_from_db()
    assert uploaded.versions.count() == 1

    chooser = Client()
    chooser.force_login(editor)
    assert "Spot the signs" in chooser.get(CHOOSER_URL).json()["html"]


def test_trainers_may_not_list_libraries_export_or_delete(trainer_client, client, uploaded):
    for url in (
        LIBRARIES_URL,
        EXPORT_URL,
        f"/admin/snippets/h5p/h5pcontent/delete/{uploaded.pk}/",
    ):
        assert_refused(trainer_client.get(url))
    assert_refused(trainer_client.post(LIBRARIES_URL, upload(package())))
    assert trainer_client.get(edit_url(uploaded)).status_code == 200


# Exporting statements --------------------------------------------------------


def export(client, **query):
    response = client.get(EXPORT_URL, query)
    assert response.status_code == 200, response.content[:2000]
    assert response["Content-Type"].startswith("application/x-ndjson")
    body = b"".join(response.streaming_content).decode()
    return body, [json.loads(line) for line in body.splitlines()]


def test_the_export_is_pseudonymous_json_lines(client, admin, uploaded):
    ayesha = UserFactory(full_name="Ayesha Siddiqui", email="ayesha@example.org")
    bilal = UserFactory(full_name="بلال احمد", email="bilal@example.org")
    first = learner_statement(uploaded, ayesha, date(2025, 3, 1))
    own_id = str(uuid.uuid4())
    learner_statement(
        uploaded,
        bilal,
        date(2025, 3, 2),
        id=own_id,
        authority={"mbox": "mailto:bilal@example.org"},
        context={"instructor": {"name": "بلال احمد"}, "registration": own_id},
    )

    body, lines = export(client, date_from="2025-03-01", date_to="2025-03-31")

    assert len(lines) == len(body.splitlines()) == 2
    for secret in ("ayesha@example.org", "bilal@example.org", "Ayesha Siddiqui", "بلال احمد"):
        assert secret not in body
    assert lines[0]["actor"] == {
        "objectType": "Agent",
        "account": {"homePage": "http://testserver", "name": str(ayesha.pk)},
    }
    assert lines[1]["actor"]["account"]["name"] == str(bilal.pk)
    assert lines[0]["id"] == str(
        uuid.uuid5(uuid.NAMESPACE_URL, f"http://testserver/h5p/xapi-statements/{first.pk}")
    )
    assert lines[1]["id"] == own_id
    assert lines[1]["context"] == {"registration": own_id}
    assert datetime.fromisoformat(lines[0]["stored"]) == first.received_at
    assert datetime.fromisoformat(lines[0]["timestamp"]) == first.timestamp
    assert lines[0]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered"

    again = export(client, date_from="2025-03-01", date_to="2025-03-31")[1]
    assert [line["id"] for line in again] == [line["id"] for line in lines]


def test_the_export_filters_by_content_and_dates(client, admin, uploaded):
    client.post(ADD_URL, upload(package(title="Other")))
    other = H5PContent.objects.get(title="Other")
    learner = UserFactory()
    learner_statement(uploaded, learner, date(2025, 2, 28))
    learner_statement(uploaded, learner, date(2025, 3, 1))
    learner_statement(other, learner, date(2025, 3, 15))
    learner_statement(uploaded, learner, date(2025, 4, 1))

    march = export(client, date_from="2025-03-01", date_to="2025-03-31")[1]
    assert [line["stored"][:10] for line in march] == ["2025-03-01", "2025-03-15"]

    mine = export(client, content=uploaded.pk, date_from="2025-01-01", date_to="2025-12-31")[1]
    assert [line["stored"][:10] for line in mine] == ["2025-02-28", "2025-03-01", "2025-04-01"]
    assert {line["object"]["id"] for line in mine} == {uploaded.object_iri()}

    assert export(client, date_from="2026-01-01", date_to="2026-01-31")[0] == ""


@pytest.mark.parametrize(
    ("query", "error"),
    [
        ({"date_from": "yesterday", "date_to": "2025-03-31"}, "Enter a valid date."),
        ({"date_from": "2025-03-31", "date_to": "2025-03-01"}, "must not be before"),
        ({"date_to": "2025-03-01"}, "This field is required."),
        ({"content": "abc", "date_from": "2025-03-01", "date_to": "2025-03-31"}, "valid choice"),
    ],
)
def test_bad_export_input_shows_the_form_again(client, admin, query, error):
    response = client.get(EXPORT_URL, query)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert error in response.content.decode()


def test_the_export_form_is_offered_to_admins(client, admin):
    response = client.get(EXPORT_URL)
    assert response.status_code == 200
    assert 'name="date_from"' in response.content.decode()


def test_an_lrs_statement_drops_what_names_people():
    moment = timezone.make_aware(datetime(2025, 3, 1, 9, 30))
    row = {
        "pk": 7,
        "user_id": 42,
        "timestamp": moment,
        "received_at": moment,
        "raw": {
            "id": "not a uuid",
            "actor": {"mbox": "mailto:someone@example.org"},
            "authority": {"name": "Someone"},
            "context": {"team": {"name": "Team"}, "extensions": {"x": 1}},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
        },
    }

    statement = lrs_statement(row, "https://learn.example.org")

    assert statement["actor"]["account"] == {"homePage": "https://learn.example.org", "name": "42"}
    assert "authority" not in statement
    assert statement["context"] == {"extensions": {"x": 1}}
    assert uuid.UUID(statement["id"])
    assert statement["id"] == lrs_statement(row, "https://learn.example.org")["id"]
    assert row["raw"]["actor"] == {"mbox": "mailto:someone@example.org"}  # not changed
