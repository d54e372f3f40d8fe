"""Certificates in a browser: a learner passes the demo final assessment, finds the certificate
under "My certificates", downloads its PDF and opens its verification page; axe-core scans of
the verification pages in both languages; the pages run under the CSP."""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from certificates.codes import grouped, new_code
from certificates.models import Certificate, CertificateTemplate
from courses.models import CoursePage
from courses.outline import course_outline
from courses.services import complete_step
from quizzes.demo import load_demo_quizzes
from quizzes.models import QuizPage
from tests.browser.conftest import AXE_SCRIPT, DESKTOP, PHONE, SCREENSHOTS
from tests.browser.test_accessibility import BLOCKING_IMPACTS, RUN_AXE, describe
from tests.browser.test_course_journey import at, sign_in
from tests.browser.test_quiz import (
    answer_right,
    open_attempt,
    shown_questions,
    start,
    submit,
    translated,
)
from tests.factories import UserFactory
from tests.factories.accounts import DEFAULT_PASSWORD

pytestmark = pytest.mark.browser

VALID_MONTHS = 24


def screenshot(page, name):
    """Like the journey's screenshots, named by the page's own viewport."""
    page.evaluate("async () => { await document.fonts.ready; }")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    path = SCREENSHOTS / f"{name}-{size['width']}x{size['height']}.png"
    page.screenshot(path=path, full_page=True)
    assert path.stat().st_size > 0


def _ensure_awards_certificate(course):
    """What the demo is meant to hold; returns the settings this test had to add itself."""
    added = []
    if not course.awards_certificate or course.certificate_valid_months != VALID_MONTHS:
        CoursePage.objects.filter(translation_key=course.translation_key).update(
            awards_certificate=True, certificate_valid_months=VALID_MONTHS
        )
        added.append("course settings")
    if not CertificateTemplate.objects.filter(is_default=True).exists():
        try:
            from certificates.demo import load_demo_certificate_template
        except ImportError:
            CertificateTemplate.objects.create(name="Test certificate", is_default=True)
        else:
            load_demo_certificate_template()
            added.append("demo template (loaded by the test)")
    return added


@pytest.fixture
def certifying_course(foundations):
    """The foundations course with its quizzes, awarding a 24-month certificate."""
    load_demo_quizzes()
    added = _ensure_awards_certificate(foundations["en"])
    course = CoursePage.objects.get(pk=foundations["en"].pk)
    final = QuizPage.objects.get(locale__language_code="en", slug="final-assessment")
    return {**foundations, "en": course, "final": final, "added": added}


def complete_all_but_the_last_step(user, course):
    steps = course_outline(course, user).steps
    last = steps[-1].page.specific
    for step in steps[:-1]:
        if not step.page.is_optional:
            complete_step(user, step.page.specific)
    return last


def pass_in_the_browser(page, user, quiz):
    """The final assessment, answered right through the form as a learner would."""
    start(page, quiz)
    for item, question in shown_questions(open_attempt(user), "en"):
        answer_right(page, item, question)
    submit(page, quiz)
    expect(page.locator("main .result")).to_have_class(re.compile(r"\bmessage--success\b"))


def test_learner_earns_downloads_and_verifies_a_certificate(new_page, certifying_course):
    course = certifying_course["en"]
    user = UserFactory(preferred_language="en", full_name="Ayesha Khan")
    last = complete_all_but_the_last_step(user, course)
    assert last.pk == certifying_course["final"].pk, f"the last step is {last!r}"
    assert not Certificate.objects.filter(user=user).exists()

    page = new_page()
    sign_in(page, "en", user.email, DEFAULT_PASSWORD)
    pass_in_the_browser(page, user, last)

    certificate = Certificate.objects.get(user=user, course_key=course.translation_key)
    assert certificate.round == 1 and certificate.expires_at is not None
    months = (certificate.expires_at.year - certificate.issued_at.year) * 12 + (
        certificate.expires_at.month - certificate.issued_at.month
    )
    assert months == VALID_MONTHS

    # My certificates, from the account menu's address.
    page.goto("/en/certificates/")
    expect(page.locator("main h1")).to_have_text("My certificates")
    cards = page.locator(".certificate-list .certificate-card")
    expect(cards).to_have_count(1)
    card = cards.first
    expect(card.locator(".certificate-card__title")).to_have_text(course.title)
    expect(card.locator(".badge")).to_have_class(re.compile(r"\bbadge--valid\b"))
    expect(card.locator(".badge")).to_have_text("Valid")
    expect(card.locator(".code")).to_have_text(certificate.grouped_code)
    screenshot(page, "certificates-mine-en")

    # The PDF, as an attachment.
    with page.expect_download() as info:
        card.locator("a[href$='/pdf/?language=en']").click()
    download = info.value
    assert download.suggested_filename == f"certificate-{certificate.code.lower()}-en.pdf"
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"%PDF"), data[:20]
    assert len(data) > 5_000

    # The verification page the holder shares.
    card.get_by_role("link", name="Verification page").click()
    expect(page).to_have_url(at(certificate.verification_path("en")))
    verdict = page.locator(".verdict")
    expect(verdict).to_have_class(re.compile(r"\bverdict--valid\b"))
    expect(verdict.locator(".verdict__title")).to_have_text("Valid")
    expect(page.locator(".facts")).to_contain_text("Ayesha Khan")
    expect(page.locator(".facts")).to_contain_text(course.title)
    screenshot(page, "certificate-verify-valid-en")

    # The same learner in Urdu on a phone.
    phone = new_page(viewport=PHONE)
    sign_in(phone, "ur", user.email, DEFAULT_PASSWORD)
    phone.goto("/ur/certificates/")
    html = phone.locator("html")
    expect(html).to_have_attribute("lang", "ur")
    expect(html).to_have_attribute("dir", "rtl")
    expect(phone.locator(".certificate-card__title")).to_have_text(certifying_course["ur"].title)
    expect(phone.locator(".badge")).to_have_class(re.compile(r"\bbadge--valid\b"))
    screenshot(phone, "certificates-mine-ur")

    assert page.console.messages == []
    assert phone.console.messages == []


URDU_STRINGS = [
    "My certificates",
    "Valid",
    "Verification page",
    "Check a certificate",
    "Certificate check",
    "Certificate not found",
    "Certificate code",
    "Check the certificate",
]


def test_certificate_pages_speak_urdu():
    missing = []
    for message in URDU_STRINGS:
        try:
            translated("ur", message)
        except AssertionError:
            missing.append(message)
    assert missing == []


@pytest.fixture
def issued(certifying_course):
    """A certificate of the foundations course, issued through the service."""
    from certificates.services import issue_certificate

    user = UserFactory(full_name="Bilal Ahmed")
    complete_all_but_the_last_step(user, certifying_course["en"])
    complete_step(user, certifying_course["final"])
    result = issue_certificate(user, certifying_course["en"])
    return result.certificate


def verification_pages(certificate, language):
    missing = grouped(new_code())
    assert not Certificate.objects.filter(code=missing.replace("-", "")).exists()
    return [
        (f"/{language}/certificates/verify/", 200, "form"),
        (certificate.verification_path(language), 200, "valid"),
        (f"/{language}/certificates/verify/{missing}/", 404, "not found"),
    ]


def scan(page, path, status, language):
    response = page.goto(path)
    assert response.status == status, f"{path}: HTTP {response.status}"
    assert urlsplit(response.url).path == path, f"{path} went to {response.url}"
    html = page.locator("html")
    expect(html).to_have_attribute("lang", language)
    expect(html).to_have_attribute("dir", "rtl" if language == "ur" else "ltr")
    page.add_script_tag(path=AXE_SCRIPT)
    blocking = [v for v in page.evaluate(RUN_AXE) if v["impact"] in BLOCKING_IMPACTS]
    return f"{path}:\n{describe(blocking)}" if blocking else None


@pytest.mark.parametrize("language", ["en", "ur"])
def test_verification_pages_have_no_serious_axe_violations(new_page, issued, language):
    # axe is injected as an inline script, which the site's CSP rightly refuses.
    page = new_page(bypass_csp=True)
    reports = []
    for path, status, name in verification_pages(issued, language):
        reports.append(scan(page, path, status, language))
        if name != "form":
            screenshot(page, f"certificate-verify-{name.replace(' ', '-')}-{language}")
    expect(page.locator(".verdict")).to_have_class(re.compile(r"\bverdict--missing\b"))
    failures = [report for report in reports if report]
    assert failures == [], "axe-core found serious violations:\n" + "\n".join(failures)


def test_verification_pages_run_under_the_csp(new_page, issued):
    page = new_page()
    for language in ("en", "ur"):
        for path, status, _name in verification_pages(issued, language):
            response = page.goto(path)
            assert response.status == status, path
            assert "script-src 'self'" in response.headers["content-security-policy"], path
            page.evaluate("async () => { await document.fonts.ready; }")
    # Typing a code into the form leads to its page.
    page.goto("/en/certificates/verify/")
    page.get_by_label("Certificate code").fill(issued.code.lower())
    page.get_by_role("button", name="Check the certificate").click()
    expect(page).to_have_url(at(issued.verification_path("en")))
    expect(page.locator(".verdict__title")).to_have_text("Valid")
    assert page.console.csp_violations() == []
    # The only other console lines are the browser's notes on the not-found pages' 404s.
    others = [m for m in page.console.messages if "404" not in m]
    assert others == []


def test_anonymous_visitor_is_sent_to_sign_in(new_page, home_pages):
    page = new_page(viewport=DESKTOP)
    response = page.goto("/en/certificates/")
    assert urlsplit(response.url).path == "/en/accounts/login/", response.url
