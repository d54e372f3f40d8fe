"""The header on a phone: one compact row, a menu that opens without JavaScript, big tap targets."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import AXE_SCRIPT, DESKTOP, PHONE, SCREENSHOTS
from tests.browser.test_accessibility import BLOCKING_IMPACTS, RUN_AXE, describe
from tests.factories import UserFactory
from tests.factories.accounts import DEFAULT_PASSWORD

pytestmark = pytest.mark.browser

MIN_TAP = 44
MAX_HEADER = 72  # one row of 44 px targets and a little padding; it was ~150 px

TAP_TARGETS = """() => [...document.querySelectorAll(
    ".site-header a, .site-header button, .site-header summary")]
    .filter(el => el.getClientRects().length && getComputedStyle(el).visibility !== "hidden")
    .map(el => {
        const box = el.getBoundingClientRect();
        const text = document.createRange();
        text.selectNodeContents(el);
        const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
        return {text: el.textContent.trim(), height: box.height, width: box.width,
                lines: Math.round(text.getBoundingClientRect().height / lineHeight)};
    })
    .filter(t => t.width > 0 && t.height > 0)"""

MENU = {"en": "Menu", "ur": "مینو"}
MY_LEARNING = {"en": "My learning", "ur": "میری تربیت"}


def sign_in(page, language, user):
    page.goto(f"/{language}/accounts/login/")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(DEFAULT_PASSWORD)
    page.locator("main form button[type=submit]").click()


def assert_no_axe_violations(page, what):
    page.add_script_tag(path=AXE_SCRIPT)
    blocking = [v for v in page.evaluate(RUN_AXE) if v["impact"] in BLOCKING_IMPACTS]
    assert blocking == [], f"axe-core on {what}:\n{describe(blocking)}"


def assert_tap_targets(page):
    targets = page.evaluate(TAP_TARGETS)
    assert targets
    for target in targets:
        assert target["height"] >= MIN_TAP, target


@pytest.mark.parametrize("language", ["en", "ur"])
def test_signed_in_header_on_a_phone(new_page, language):
    user = UserFactory(full_name="Ayesha Khan", preferred_language=language)
    page = new_page(viewport=PHONE, bypass_csp=True)
    sign_in(page, language, user)
    # Signing in leads to My learning, not to a home page that asks to sign in.
    expect(page).to_have_url(f"{page.url.split('/' + language + '/')[0]}/{language}/learning/")

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"header-{language}-390x844.png")
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= MAX_HEADER, (header, page.evaluate(TAP_TARGETS))
    assert_tap_targets(page)
    links = page.locator(".site-nav")
    expect(links).to_be_hidden()
    assert_no_axe_violations(page, f"{language} header, menu closed")

    summary = page.locator(".site-menu > summary")
    expect(summary).to_have_text(MENU[language])
    summary.click()
    expect(links).to_be_visible()
    expect(page.locator(".account-menu form button")).to_be_visible()
    targets = page.evaluate(TAP_TARGETS)
    assert {"My learning", MY_LEARNING[language]} & {t["text"] for t in targets}
    for target in targets:
        assert target["height"] >= MIN_TAP, target
        assert target["lines"] <= 1, f"wraps: {target}"
    # The open menu lies inside the phone's width, on the reading side.
    panel = page.locator(".site-menu__panel").bounding_box()
    assert panel["x"] >= 0 and panel["x"] + panel["width"] <= PHONE["width"] + 1, panel
    page.screenshot(path=SCREENSHOTS / f"header-menu-{language}-390x844.png")
    assert_no_axe_violations(page, f"{language} header, menu open")

    page.get_by_role("link", name=MY_LEARNING[language], exact=True).click()
    expect(page.locator(".site-nav")).to_be_hidden()  # a new page starts with it closed


def test_the_menu_works_from_the_keyboard(new_page):
    page = new_page(viewport=PHONE)
    page.goto("/en/")
    page.locator(".site-menu > summary").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name="Sign in", exact=True)).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name="Sign in", exact=True)).to_be_hidden()


@pytest.mark.parametrize("language", ["en", "ur"])
def test_wide_screens_show_the_links_in_the_row(new_page, language):
    page = new_page(viewport=DESKTOP)
    sign_in(page, language, UserFactory(preferred_language=language))
    expect(page.locator(".site-menu > summary")).to_be_hidden()
    expect(page.locator(".site-nav")).to_be_visible()
    expect(page.locator(".account-menu form button")).to_be_visible()
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= MAX_HEADER, header


@pytest.mark.parametrize("language", ["en", "ur"])
def test_sign_in_page_tap_targets_on_a_phone(new_page, language):
    page = new_page(viewport=PHONE)
    page.goto(f"/{language}/accounts/login/")
    for selector in ["#id_password_helptext a", "main form button[type=submit]"]:
        assert page.locator(selector).bounding_box()["height"] >= MIN_TAP, selector
    row = page.locator("#id_remember").locator("xpath=..").bounding_box()
    box = page.locator("#id_remember").bounding_box()
    label = page.locator("label[for=id_remember]").bounding_box()
    assert row["height"] >= MIN_TAP, row
    # The box sits beside its label, on the reading side: not on a line of its own.
    assert abs((box["y"] + box["height"] / 2) - (label["y"] + label["height"] / 2)) < 8
    if language == "ur":
        assert box["x"] > label["x"]
    else:
        assert box["x"] < label["x"]
