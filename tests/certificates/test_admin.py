"""Platform admins find, revoke, reinstate and re-render certificates, and download ZIPs."""

import io
import zipfile
from datetime import timedelta

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest
from allauth.mfa.totp.internal.auth import TOTP

from certificates.models import Certificate, CertificateExport, CertificatePDF, ExportStatus
from tests.factories import StaffUserFactory, UserFactory

from .helpers import certified_learner

pytestmark = pytest.mark.django_db


def signed_in(client, user):
    TOTP.activate(user, "JBSWY3DPEHPK3PXP")
    client.force_login(user)
    return client


@pytest.fixture
def admin(client, home_pages, media_root):
    user = StaffUserFactory(full_name="Platform Admin")
    signed_in(client, user)
    return user


@pytest.fixture
def two_certificates(admin, django_capture_on_commit_callbacks):
    capture = django_capture_on_commit_callbacks
    ayesha, _ = certified_learner(capture, full_name="Ayesha Siddiqui")
    bilal, _ = certified_learner(capture, full_name="بلال احمد")
    return (
        Certificate.objects.get(user=ayesha),
        Certificate.objects.get(user=bilal),
    )


def listed(client, **query):
    response = client.get("/admin/certificates/", query)
    assert response.status_code == 200
    return response.content.decode()


def test_admins_list_search_and_filter(client, two_certificates):
    ayesha, bilal = two_certificates
    html = listed(client)
    assert "Ayesha Siddiqui" in html and "بلال احمد" in html
    assert "2 certificates" in html

    html = listed(client, q="ayesha")
    assert "Ayesha Siddiqui" in html and "بلال احمد" not in html
    # a code as people type it: lower case, spaces instead of dashes
    typed = bilal.grouped_code.lower().replace("-", " ")
    html = listed(client, q=typed)
    assert "بلال احمد" in html and "Ayesha Siddiqui" not in html
    html = listed(client, q=bilal.user.email)
    assert "بلال احمد" in html and "Ayesha Siddiqui" not in html

    bilal.revoked_at = timezone.now()
    bilal.save()
    html = listed(client, status="revoked")
    assert "بلال احمد" in html and "Ayesha Siddiqui" not in html
    html = listed(client, status="valid")
    assert "Ayesha Siddiqui" in html and "بلال احمد" not in html
    html = listed(client, course=str(ayesha.course_key))
    assert "Ayesha Siddiqui" in html and "بلال احمد" not in html
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    assert "No certificates match." in listed(client, issued_from=tomorrow)


def test_bad_filters_are_shown_not_a_500(client, two_certificates):
    html = listed(client, status="nonsense", issued_from="31-31-2026")
    assert "Ayesha Siddiqui" in html  # the bad fields are ignored, the rest still lists
    assert "Enter a valid date." in html


def test_the_list_is_in_urdu_for_urdu_admins(client, two_certificates, admin):
    admin.preferred_language = "ur"
    admin.save()
    response = client.get("/admin/certificates/", HTTP_ACCEPT_LANGUAGE="ur")
    assert response.status_code == 200


def test_revoke_needs_a_reason_and_is_logged(client, two_certificates, admin):
    certificate = two_certificates[0]
    url = f"/admin/certificates/{certificate.pk}/"
    assert client.get(url).status_code == 200

    response = client.post(url + "revoke/", {"reason": "   "})
    assert response.status_code == 200
    assert "Give the reason for revoking." in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.revoked_at is None

    response = client.post(url + "revoke/", {"reason": "Issued to the wrong officer"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None and certificate.revoked_by == admin
    assert certificate.revoked_reason == "Issued to the wrong officer"
    entry = ModelLogEntry.objects.for_instance(certificate).get(action="certificates.revoke")
    assert entry.user == admin and entry.data["reason"] == "Issued to the wrong officer"

    public = client.get(certificate.verification_path("en")).content.decode()
    assert "Revoked" in public and "wrong officer" not in public
    html = client.get(url).content.decode()
    assert "Issued to the wrong officer" in html and "Reinstate the certificate" in html

    # revoking twice keeps the first reason and time
    revoked_at = certificate.revoked_at
    client.post(url + "revoke/", {"reason": "Again"})
    certificate.refresh_from_db()
    assert certificate.revoked_at == revoked_at and certificate.revoked_reason.startswith("Issued")

    assert client.post(url + "reinstate/").status_code == 302
    certificate.refresh_from_db()
    assert certificate.revoked_at is None and certificate.status() == "valid"
    entries = ModelLogEntry.objects.for_instance(certificate).order_by("pk")
    actions = list(entries.values_list("action", flat=True))
    assert actions == ["certificates.revoke", "certificates.reinstate"]
    assert "Valid" in client.get(certificate.verification_path("en")).content.decode()


def test_revoke_and_reinstate_only_by_post(client, two_certificates):
    certificate = two_certificates[0]
    assert client.get(f"/admin/certificates/{certificate.pk}/revoke/").status_code == 405
    assert client.get(f"/admin/certificates/{certificate.pk}/reinstate/").status_code == 405


def test_render_again_replaces_the_pdf(
    client, two_certificates, django_capture_on_commit_callbacks
):
    certificate = two_certificates[0]
    before = CertificatePDF.objects.get(certificate=certificate)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/certificates/{certificate.pk}/rerender/")
    assert response.status_code == 302
    after = CertificatePDF.objects.get(certificate=certificate)
    assert after.pk != before.pk and after.rendered_at >= before.rendered_at
    assert after.file.open("rb").read(4) == b"%PDF"
    assert (
        ModelLogEntry.objects.for_instance(certificate)
        .filter(action="certificates.rerender")
        .exists()
    )


def test_export_builds_a_zip_of_the_dates_asked(
    client, two_certificates, django_capture_on_commit_callbacks
):
    ayesha, bilal = two_certificates
    Certificate.objects.filter(pk=bilal.pk).update(issued_at=timezone.now() - timedelta(days=40))
    today = timezone.localdate()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/certificates/exports/",
            {"date_from": (today - timedelta(days=7)).isoformat(), "date_to": today.isoformat()},
        )
    export = CertificateExport.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/{export.pk}/")
    assert export.status == ExportStatus.DONE and export.done == export.total == 1

    html = client.get(f"/admin/certificates/exports/{export.pk}/").content.decode()
    assert "Download the ZIP" in html and 'http-equiv="refresh"' not in html
    response = client.get(f"/admin/certificates/exports/{export.pk}/download/")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()
    assert names == [f"ayesha-siddiqui-{ayesha.code.lower()}-en.pdf"]
    assert archive.read(names[0]).startswith(b"%PDF")


def test_an_export_in_progress_refreshes_and_cannot_be_downloaded(client, admin):
    today = timezone.localdate()
    export = CertificateExport.objects.create(
        requested_by=admin, date_from=today, date_to=today, status=ExportStatus.RUNNING, total=8
    )
    export.done = 2
    export.save()
    html = client.get(f"/admin/certificates/exports/{export.pk}/").content.decode()
    assert 'http-equiv="refresh"' in html and "2 of 8 certificates" in html
    response = client.get(f"/admin/certificates/exports/{export.pk}/download/")
    assert response.status_code == 302
    assert response["Location"].endswith(f"/admin/certificates/exports/{export.pk}/")


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2026-05-10", "2026-05-01", "The end date must not be before the start date."),
        ("2020-01-01", "2026-01-01", "An export covers at most 3 years."),
        ("", "2026-01-01", "This field is required."),
        ("yesterday", "2026-01-01", "Enter a valid date."),
    ],
)
def test_bad_export_dates_are_refused_and_nothing_starts(client, admin, start, end, message):
    response = client.post("/admin/certificates/exports/", {"date_from": start, "date_to": end})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not CertificateExport.objects.exists()


def test_only_platform_admins_reach_certificates(client, two_certificates, admin):
    certificate = two_certificates[0]
    export = CertificateExport.objects.create(
        requested_by=admin, date_from=timezone.localdate(), date_to=timezone.localdate()
    )
    trainer = UserFactory()
    group = Group.objects.create(name="Editors without certificates")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    trainer.groups.add(group)
    signed_in(client, trainer)
    assert "/admin/certificates/" not in client.get("/admin/").content.decode()
    for url in (
        "/admin/certificates/",
        f"/admin/certificates/{certificate.pk}/",
        "/admin/certificates/exports/",
        f"/admin/certificates/exports/{export.pk}/",
        f"/admin/certificates/exports/{export.pk}/download/",
    ):
        assert client.get(url).status_code in (302, 403), url
    for action in ("revoke", "reinstate", "rerender"):
        response = client.post(f"/admin/certificates/{certificate.pk}/{action}/", {"reason": "x"})
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or "/admin/certificates/" not in response["Location"]
    certificate.refresh_from_db()
    assert certificate.revoked_at is None

    learner = UserFactory()
    client.force_login(learner)
    response = client.get("/admin/certificates/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
