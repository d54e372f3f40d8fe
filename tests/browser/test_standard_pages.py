"""The standard pages and the footer that links them, as a phone shows them."""

import pytest

from cms.demo import load_standard_pages
from tests.browser.conftest import AXE_SCRIPT, PHONE
from tests.browser.test_accessibility import BLOCKING_IMPACTS, RUN_AXE, describe

pytestmark = pytest.mark.browser

PAGES = [
    "/en/privacy/",
    "/ur/privacy/",
    "/ur/contact/",
    "/ur/accessibility/",
    "/en/accounts/password/reset/done/",
    "/ur/accounts/confirm-email/",
]


@pytest.fixture
def standard_pages(home_pages):
    return load_standard_pages()


def test_standard_pages_and_contact_links_are_accessible_on_a_phone(new_page, standard_pages):
    page = new_page(viewport=PHONE, bypass_csp=True)  # axe is injected inline
    for path in PAGES:
        assert page.goto(path).status == 200, path
        page.add_script_tag(path=AXE_SCRIPT)
        blocking = [v for v in page.evaluate(RUN_AXE) if v["impact"] in BLOCKING_IMPACTS]
        assert blocking == [], f"axe-core on {path}:\n{describe(blocking)}"


@pytest.mark.parametrize("language", ["en", "ur"])
def test_footer_links_are_tall_enough_to_tap_and_fit_a_small_phone(
    new_page, standard_pages, language
):
    page = new_page(viewport={"width": 320, "height": 640})
    page.goto(f"/{language}/")
    links = page.locator(".footer-links a")
    assert links.count() == 5
    for index in range(links.count()):
        box = links.nth(index).bounding_box()
        assert box["height"] >= 44, (language, index, box)
        assert box["x"] >= 0 and box["x"] + box["width"] <= 320, (language, index, box)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
