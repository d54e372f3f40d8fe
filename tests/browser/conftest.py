"""Playwright on the system Chromium: one browser for all browser tests, a context per test.

The live server needs a transactional database, flushed after every test, so each browser
test asks for ``home_pages`` to rebuild the page tree it reads.
"""

import shutil
from pathlib import Path

from django.contrib.auth.models import AnonymousUser

from wagtail.models import Locale

import pytest

from courses.demo import load_demo_courses
from courses.outline import course_outline
from tests.conftest import require_or_skip

REPO_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO_ROOT / "test-artifacts" / "screenshots"
AXE_SCRIPT = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="package")
def browser():
    """Chromium, started once for this package's tests and stopped after the last of them.

    Playwright's sync API keeps an event loop running in the test thread while it is
    started, and Django refuses database queries under a running loop unless
    DJANGO_ALLOW_ASYNC_UNSAFE is set. The package scope and the MonkeyPatch keep both to
    the browser tests: set for the whole session, the variable would also reach the
    ``check --deploy`` subprocess of tests/test_site.py, which rightly warns about it.
    """
    executable = shutil.which("chromium")
    if executable is None:
        require_or_skip(
            "REQUIRE_BROWSER_TESTS", "Chromium is not installed (`make test-packages` installs it)"
        )
    from playwright.sync_api import sync_playwright

    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


class Console:
    """What a page wrote to its console and the errors it threw, as text."""

    def __init__(self, page):
        self.messages = []
        page.on("console", lambda message: self.messages.append(f"{message.type}: {message.text}"))
        page.on("pageerror", lambda error: self.messages.append(f"pageerror: {error}"))

    def csp_violations(self):
        return [m for m in self.messages if "Content Security Policy" in m]


@pytest.fixture
def new_page(browser, live_server, home_pages):
    """Open a page in a fresh context: ``new_page(viewport=PHONE, bypass_csp=True)``.

    The page carries ``page.console`` (a ``Console``) and a ``base_url`` of the live server,
    so ``page.goto("/en/")`` works.
    """
    contexts = []

    def open_page(*, viewport=DESKTOP, bypass_csp=False):
        context = browser.new_context(
            base_url=live_server.url, viewport=viewport, bypass_csp=bypass_csp
        )
        contexts.append(context)
        page = context.new_page()
        page.console = Console(page)
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def foundations(home_pages):
    """The demo foundations course (English) and its Urdu translation, with their lessons."""
    _catalogue, (course, _awareness) = load_demo_courses()
    urdu = Locale.objects.get(language_code="ur")
    lessons = [step.page for step in course_outline(course, AnonymousUser()).steps]
    return {
        "en": course,
        "ur": course.get_translation(urdu),
        "lessons": {
            "en": lessons,
            "ur": [lesson.get_translation(urdu) for lesson in lessons],
        },
        "required_steps": sum(1 for lesson in lessons if not lesson.is_optional),
    }
