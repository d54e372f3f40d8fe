"""A real export of the H5P editor, from the admin to a learner's recorded result.

The package is the True/False question that h5p-standalone 2.1.3 keeps in its test folder:
``h5p.json``, ``content/content.json`` and ten libraries (H5P.TrueFalse, H5P.Question,
H5P.JoubelUI, FontAwesome, Drop, Tether, editor widgets…) exactly as the H5P editor
exported them, with H5P's own JavaScript. npm installs it (``h5p-sample-export`` in
package.json's devDependencies); it is never committed. The extracted folder is zipped
again here, leaving out the one file h5p-standalone added (``H5P_CONTENT_HERE.txt``).

The journey is the one the H5P issue asks for: a platform admin installs the libraries,
a trainer uploads the export and places it in a course (saved as a draft: trainers do not
publish), an admin publishes, and a learner on a phone answers; the result is stored and
the step completes.
"""

import time
import zipfile

from django.contrib.auth.models import Group

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from allauth.mfa.totp.internal.auth import yield_hotp_counters_from_time as counters
from playwright.sync_api import expect

from courses.models import H5PActivityPage, StepProgress
from h5p.models import H5PContent, H5PLibrary, XAPIStatement
from tests.browser.conftest import PHONE, REPO_ROOT
from tests.browser.test_course_journey import sign_in
from tests.browser.test_h5p import ANSWERED, FRAME, screenshot
from tests.factories import StaffUserFactory, UserFactory
from tests.factories.accounts import DEFAULT_PASSWORD

pytestmark = pytest.mark.browser

EXPORT = REPO_ROOT / "node_modules" / "h5p-sample-export" / "test" / "full_workspace"
ADDED_BY_H5P_STANDALONE = {"H5P_CONTENT_HERE.txt"}
LIBRARIES = [
    "Drop 1.0.2",
    "FontAwesome 4.5.4",
    "H5P.FontIcons 1.0.6",
    "H5P.JoubelUI 1.3.9",
    "H5P.Question 1.4.6",
    "H5P.Transition 1.0.4",
    "H5P.TrueFalse 1.6.1",
    "H5PEditor.RadioGroup 1.1.4",
    "H5PEditor.ShowWhen 1.0.5",
    "Tether 1.0.2",
]


@pytest.fixture
def real_export(tmp_path):
    """The editor's export as an ``.h5p`` file."""
    assert (EXPORT / "h5p.json").is_file(), "run `make install`: npm installs the sample export"
    path = tmp_path / "true-false.h5p"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted(EXPORT.rglob("*")):
            name = file.relative_to(EXPORT).as_posix()
            if file.is_file() and name not in ADDED_BY_H5P_STANDALONE:
                archive.write(file, name)
    return path


def staff_sign_in(page, user, secret):
    """Password, then the authenticator app's code: staff must use two-step verification."""
    page.goto("/en/accounts/login/")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(DEFAULT_PASSWORD)
    page.locator("main form button[type=submit]").click()
    if 30 - time.time() % 30 < 3:  # the code would change before it reaches the server
        time.sleep(3)
    page.locator("input[name=code]").fill(format_hotp_value(hotp_value(secret, next(counters()))))
    page.get_by_role("button", name="Sign In").click()
    expect(page.locator(".account-menu form button")).to_be_visible()


def leave_the_editor(page):
    """Leave Wagtail's page editor now. While it is open it pings the server, and closing
    it sends one last request: neither may reach the live server while the test's
    database is being flushed."""
    page.goto("/en/")


def upload(page, url, path, button):
    page.goto(url)
    page.locator("input[type=file][name=package]").set_input_files(path)
    page.get_by_role("button", name=button, exact=True).click()


def test_a_real_editor_export_goes_from_the_admin_to_a_learners_result(
    new_page, foundations, real_export, media_root
):
    admin = StaffUserFactory(full_name="Sana Admin")
    TOTP.activate(admin, "JBSWY3DPEHPK3PXP")
    trainer = UserFactory(full_name="Imran Trainer")
    trainer.groups.add(Group.objects.get(name="Trainers"))
    TOTP.activate(trainer, "KRSXG5CTMVRXEZLU")
    learner = UserFactory()
    course = foundations["en"]

    # The admin installs the libraries the export brings; its content is not kept.
    admin_page = new_page()
    staff_sign_in(admin_page, admin, "JBSWY3DPEHPK3PXP")
    upload(admin_page, "/admin/h5p/libraries/", real_export, "Install libraries")
    expect(admin_page.locator(".messages")).to_contain_text(
        "Libraries installed: " + ", ".join(LIBRARIES) + "."
    )
    installed = H5PLibrary.objects.exclude(machine_name__startswith="TIP.")
    assert sorted(str(library) for library in installed) == LIBRARIES
    assert not H5PContent.objects.filter(main_library="H5P.TrueFalse 1.6").exists()

    # The trainer uploads the same export: nothing to install now.
    trainer_page = new_page()
    staff_sign_in(trainer_page, trainer, "KRSXG5CTMVRXEZLU")
    upload(trainer_page, "/admin/snippets/h5p/h5pcontent/add/", real_export, "Upload")
    expect(trainer_page.locator(".messages")).to_have_text("“Hello World” was uploaded.")
    content = H5PContent.objects.get(main_library="H5P.TrueFalse 1.6")
    assert content.created_by == trainer and content.license == "U"
    preview = trainer_page.frame_locator(FRAME)
    expect(preview.get_by_text("Is this false?")).to_be_visible(timeout=20_000)

    # …places it in the course with the chooser, and saves a draft.
    trainer_page.goto(f"/admin/pages/add/courses/h5pactivitypage/{course.pk}/")
    trainer_page.locator("#id_title").fill("Practice: true or false?")
    trainer_page.locator("#id_intro").fill("Is the statement true or false?")
    trainer_page.get_by_role("button", name="Choose H5P content").click()
    trainer_page.locator(".modal-content").get_by_role("link", name="Hello World").click()
    expect(trainer_page.locator("input[name=activity]")).to_have_value(str(content.pk))
    trainer_page.get_by_role("button", name="Save draft").click()
    expect(trainer_page.locator(".messages")).to_contain_text("created")
    leave_the_editor(trainer_page)
    step = H5PActivityPage.objects.get(title="Practice: true or false?", locale=course.locale)
    assert step.get_latest_revision_as_object().activity == content and not step.live

    # An admin publishes it.
    admin_page.goto(f"/admin/pages/{step.pk}/edit/")
    admin_page.locator("footer [data-w-dropdown-target=toggle]").last.click()
    admin_page.get_by_role("button", name="Publish").click()
    expect(admin_page.locator(".messages")).to_contain_text("has been published")
    leave_the_editor(admin_page)
    step.refresh_from_db()
    assert step.live and step.activity == content

    # A learner on a phone answers, in H5P's own player code, inside the sandbox.
    page = new_page(viewport=PHONE)
    sign_in(page, "en", learner.email, DEFAULT_PASSWORD)
    page.goto(step.url)
    expect(page.locator(FRAME)).to_have_attribute("sandbox", "allow-scripts")
    frame = page.frame_locator(FRAME)
    frame.get_by_role("radio", name="False").click()
    frame.get_by_role("button", name="Check").click()
    expect(frame.get_by_text("You got 1 of 1 points", exact=True)).to_be_visible()
    expect(page.locator("[data-h5p-when-complete]")).to_be_visible(timeout=20_000)

    result = XAPIStatement.objects.get(user=learner, content=content, verb=ANSWERED, top_level=True)
    assert (result.score_raw, result.score_max, result.success) == (1, 1, True)
    assert result.client_reported
    assert StepProgress.objects.filter(user=learner, step_key=step.translation_key).exists()
    assert not [m for m in page.console.messages if m.startswith("pageerror")]
    screenshot(page, "h5p-real-export-phone")
