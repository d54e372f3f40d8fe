"""A learner takes the foundations course on a phone, in English then in Urdu; axe-core scans
of the catalogue, the course page and a lesson in both languages."""

import re
from urllib.parse import urlsplit

from django.core import mail

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import AXE_SCRIPT, PHONE, SCREENSHOTS
from tests.browser.test_accessibility import BLOCKING_IMPACTS, RUN_AXE, describe
from tests.factories import UserFactory
from tests.factories.accounts import DEFAULT_PASSWORD

pytestmark = pytest.mark.browser

PASSWORD = "a long passphrase for the journey 42"
CONFIRM_LINK = re.compile(r"https?://[^/\s]+(/en/accounts/confirm-email/\S+/)")
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
LATIN_LETTER = re.compile(r"[A-Za-z]")

# The main column's content box, and each line of the heading's text (a block's own box
# spans the column whatever the direction, so only the text's line boxes show alignment).
HEADING_LINES = """() => {
    const main = document.querySelector("main#main");
    const box = main.getBoundingClientRect();
    const style = getComputedStyle(main);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector("main h1"));
    const lines = new Map();
    for (const rect of range.getClientRects()) {
        if (rect.width === 0) continue;
        const top = Math.round(rect.top);
        const line = lines.get(top) || {left: Infinity, right: -Infinity};
        lines.set(top, {
            left: Math.min(line.left, rect.left), right: Math.max(line.right, rect.right),
        });
    }
    return {
        column: {
            left: box.left + parseFloat(style.paddingLeft),
            right: box.right - parseFloat(style.paddingRight),
        },
        lines: [...lines.values()],
    };
}"""


def at(path):
    """A URL pattern for exactly ``path``: a sign-in page with ``?next=path`` does not match."""
    return re.compile(r"^https?://[^/]+" + re.escape(path) + "$")


def sign_in(page, language, email, password):
    page.goto(f"/{language}/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".account-menu form button")).to_have_count(1)


def open_menu(page):
    """On a phone the header's links sit in a menu that opens first."""
    menu = page.locator("details.site-menu")
    summary = menu.locator("summary")
    if menu.count() and summary.is_visible() and menu.get_attribute("open") is None:
        summary.click()


def sign_up_and_confirm(page, email):
    page.goto("/en/accounts/signup/")
    page.get_by_label("Full name").fill("Ayesha Khan")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again):", exact=True).fill(PASSWORD)
    page.get_by_label("Preferred language").select_option("en")
    page.get_by_label("I work in").select_option("law_enforcement")
    page.get_by_role("button", name="Create account").click()
    # allauth's "verification sent" page: the account waits for its address to be confirmed.
    expect(page).to_have_url(at("/en/accounts/confirm-email/"))

    messages = [m for m in mail.outbox if m.to == [email]]
    assert len(messages) == 1, [m.subject for m in mail.outbox]
    confirm_path = CONFIRM_LINK.search(messages[0].body).group(1)
    page.goto(confirm_path)
    with page.expect_navigation():
        page.get_by_role("button", name="Confirm").click()


def screenshot(page, name):
    page.evaluate("async () => { await document.fonts.ready; }")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}-{PHONE['width']}x{PHONE['height']}.png"
    page.screenshot(path=path, full_page=True)
    assert path.stat().st_size > 0


def assert_heading_starts_at_the_right(page):
    layout = page.evaluate(HEADING_LINES)
    column, lines = layout["column"], layout["lines"]
    assert lines, "the heading has no text"
    for line in lines:
        assert line["right"] == pytest.approx(column["right"], abs=2), layout
    # Right-aligned, not stretched: the shortest line leaves room on the left.
    assert max(line["left"] for line in lines) > column["left"] + 8, layout


def assert_mostly_urdu(text):
    arabic = len(ARABIC_LETTER.findall(text))
    latin = len(LATIN_LETTER.findall(text))
    assert arabic > 200, text[:300]
    assert latin / (arabic + latin) < 0.05, f"{latin} Latin letters in: {text[:300]}"


def test_learner_takes_a_course_in_english_and_carries_on_in_urdu(new_page, foundations):
    page = new_page(viewport=PHONE)
    email = "ayesha@example.org"
    sign_up_and_confirm(page, email)
    if not page.locator(".account-menu form button").count():
        sign_in(page, "en", email, PASSWORD)

    page.goto("/en/")
    open_menu(page)
    page.locator(".site-nav").get_by_role("link", name="Courses", exact=True).click()
    expect(page).to_have_url(at("/en/courses/"))
    page.get_by_role("link", name=foundations["en"].title).click()
    expect(page.locator("h1")).to_have_text(foundations["en"].title)

    lessons = foundations["lessons"]
    page.get_by_role("link", name="Start", exact=True).click()
    expect(page).to_have_url(at(lessons["en"][0].url))
    for following in lessons["en"][1:3]:
        page.get_by_role("button", name="Mark complete and continue").click()
        expect(page).to_have_url(at(following.url))

    expected_percent = str(round(100 * 2 / foundations["required_steps"]))
    page.locator(".breadcrumb a").click()
    expect(page.locator(".course-action .button")).to_have_text("Continue")
    expect(page.locator("main progress")).to_have_attribute("value", expected_percent)

    page.locator("nav.language-switcher a[hreflang=ur]").click()
    expect(page).to_have_url(at(foundations["ur"].url))
    html = page.locator("html")
    expect(html).to_have_attribute("lang", "ur")
    expect(html).to_have_attribute("dir", "rtl")
    expect(page.locator("h1")).to_have_text(foundations["ur"].title)
    expect(page.locator("main progress")).to_have_attribute("value", expected_percent)
    continue_link = page.get_by_role("link", name="جاری رکھیں", exact=True)
    expect(continue_link).to_have_attribute("href", lessons["ur"][2].url)
    screenshot(page, "course-ur")

    continue_link.click()
    expect(page).to_have_url(at(lessons["ur"][2].url))
    expect(page.locator("main h1")).to_have_text(lessons["ur"][2].title)
    assert_heading_starts_at_the_right(page)
    assert_mostly_urdu(page.locator("article.lesson").inner_text())
    screenshot(page, "lesson-ur")

    open_menu(page)
    page.locator(".account-menu form button").click()
    expect(page.locator(".account-menu form button")).to_have_count(0)
    sign_in(page, "ur", email, PASSWORD)
    page.goto("/ur/learning/")
    in_progress = page.locator(".learning-list").first.locator("li")
    expect(in_progress).to_have_count(1)
    expect(in_progress.locator(".learning-list__title")).to_have_text(foundations["ur"].title)
    expect(in_progress.locator("progress")).to_have_attribute("value", expected_percent)
    resume = in_progress.get_by_role("link", name=re.compile("^جاری رکھیں"))
    expect(resume).to_have_attribute("href", lessons["ur"][2].url)

    assert page.console.messages == []


def scan(page, path, who):
    response = page.goto(path)
    assert response.status == 200, f"{path} as {who}: HTTP {response.status}"
    assert urlsplit(response.url).path == path, f"{path} as {who} went to {response.url}"
    page.add_script_tag(path=AXE_SCRIPT)
    blocking = [v for v in page.evaluate(RUN_AXE) if v["impact"] in BLOCKING_IMPACTS]
    return f"{path} ({who}):\n{describe(blocking)}" if blocking else None


@pytest.mark.parametrize("language", ["en", "ur"])
def test_course_pages_have_no_serious_axe_violations(new_page, foundations, language):
    """The foundations course is not public: a visitor sees its page, only a learner a lesson."""
    catalogue = f"/{language}/courses/"
    course = foundations[language].url
    lesson = foundations["lessons"][language][0].url
    # axe is injected as an inline script, which the site's CSP rightly refuses.
    visitor = new_page(bypass_csp=True)
    learner = new_page(bypass_csp=True)
    sign_in(learner, language, UserFactory(preferred_language=language).email, DEFAULT_PASSWORD)

    response = visitor.goto(lesson)
    assert urlsplit(response.url).path == f"/{language}/accounts/login/", response.url

    reports = [
        scan(visitor, catalogue, "visitor"),
        scan(visitor, course, "visitor"),
        scan(learner, catalogue, "learner"),
        scan(learner, course, "learner"),
        scan(learner, lesson, "learner"),
    ]
    failures = [report for report in reports if report]
    assert failures == [], "axe-core found serious violations:\n" + "\n".join(failures)


# Where each indicator's label starts against its checkbox, in the reading direction.
CHECKLIST_ROWS = """() => [...document.querySelectorAll(".indicators__list li")].map((li) => {
    const box = li.querySelector("input").getBoundingClientRect();
    const label = li.querySelector("label");
    const range = document.createRange();
    range.selectNodeContents(label);
    const lines = [...range.getClientRects()].filter((r) => r.width > 0);
    const rtl = getComputedStyle(li).direction === "rtl";
    return {
        lines: lines.length,
        clear: lines.every((r) => rtl ? r.right <= box.left + 1 : r.left >= box.right - 1),
    };
})"""
ONE_LINE = """(selector) => [...document.querySelectorAll(selector)].map((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
})"""


@pytest.mark.parametrize("language", ["en", "ur"])
def test_indicator_checklist_on_a_phone(new_page, foundations, language):
    """Labels wrap beside their box, ticks save as they are made and stay after a reload,
    several ticks point to the course's step on reporting; the outline's times stay whole."""
    indicators = next(
        lesson for lesson in foundations["lessons"][language] if "indicators" in lesson.url
    )
    reporting = next(
        lesson for lesson in foundations["lessons"][language] if "reporting" in lesson.url
    )
    page = new_page(viewport=PHONE)
    sign_in(page, language, UserFactory(preferred_language=language).email, DEFAULT_PASSWORD)
    page.goto(indicators.url)
    rows = page.evaluate(CHECKLIST_ROWS)
    assert any(row["lines"] > 1 for row in rows), rows  # long labels do wrap on a phone…
    assert all(row["clear"] for row in rows), rows  # …but never under the box

    several = page.locator(".indicators__several")
    expect(several).to_be_hidden()
    boxes = page.locator(".indicators__list input[type=checkbox]")
    for number in range(3):
        with page.expect_response(lambda r: "/checklists/" in r.url and r.status == 200):
            boxes.nth(number).check()
    expect(page.locator(".indicators__number")).to_have_text("3")
    expect(several).to_be_visible()
    expect(several.locator("a")).to_have_attribute("href", reporting.url)
    expect(several.locator("a")).to_have_text(reporting.title)
    screenshot(page, f"checklist-{language}")

    page.reload()
    for number in range(boxes.count()):
        assert boxes.nth(number).is_checked() == (number < 3)
    expect(several).to_be_visible()

    page.locator(".outline-box summary").click()
    assert set(page.evaluate(ONE_LINE, ".outline__time")) == {1}
    if language == "ur":
        synthesis = page.evaluate("getComputedStyle(document.querySelector('label')).fontSynthesis")
        assert synthesis == "none"
    assert page.console.messages == []
