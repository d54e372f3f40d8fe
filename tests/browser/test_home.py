"""The home page as a phone or a desktop browser draws it, in English and in Urdu."""

import pytest

from cms.demo import HOME_EN, HOME_UR
from tests.browser.conftest import DESKTOP, PHONE, SCREENSHOTS

pytestmark = pytest.mark.browser

HEADINGS = {
    "en": HOME_EN["hero"]["heading"],
    "ur": HOME_UR[HOME_EN["hero"]["heading"]],
}

WAIT_FOR_FONTS = "async () => { await document.fonts.ready; }"

FONT_FACES = """async () => {
    await document.fonts.ready;
    return [...document.fonts].map(face => ({
        family: face.family.replace(/^["']|["']$/g, ""),
        status: face.status,
    }));
}"""

# The header's padding box would put the first item 1rem off the content edge.
HEADER_CONTENT_BOX = """() => {
    const inner = document.querySelector(".site-header__inner");
    const box = inner.getBoundingClientRect();
    const style = getComputedStyle(inner);
    return {
        left: box.left + parseFloat(style.paddingLeft),
        right: box.right - parseFloat(style.paddingRight),
    };
}"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("ur", "rtl")])
def test_home_page_renders_in_its_language_and_direction(new_page, language, direction, viewport):
    page = new_page(viewport=viewport)
    response = page.goto(f"/{language}/")

    assert response.status == 200
    html = page.locator("html")
    assert html.get_attribute("lang") == language
    assert html.get_attribute("dir") == direction
    assert page.locator("h1").inner_text().strip() == HEADINGS[language]

    page.evaluate(WAIT_FOR_FONTS)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"home-{language}-{viewport['width']}x{viewport['height']}.png"
    page.screenshot(path=path, full_page=True)
    assert path.stat().st_size > 0


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize("language", ["en", "ur"])
def test_header_starts_on_the_reading_side(new_page, language, viewport):
    """The site name leads the header: at the left edge in English, at the right in Urdu."""
    page = new_page(viewport=viewport)
    page.goto(f"/{language}/")

    name = page.locator(".site-name").bounding_box()
    switcher = page.locator(".language-switcher").bounding_box()
    content = page.evaluate(HEADER_CONTENT_BOX)
    name_left, name_right = name["x"], name["x"] + name["width"]
    width = viewport["width"]

    if language == "ur":
        assert name_right == pytest.approx(content["right"], abs=1)
        assert name_right > width * 0.75, "the site name is not near the right edge"
        assert name_left >= switcher["x"] + switcher["width"], (
            "the site name is not right of the switcher"
        )
    else:
        assert name_left == pytest.approx(content["left"], abs=1)
        assert name_left < width * 0.25, "the site name is not near the left edge"
        assert name_right <= switcher["x"], "the site name is not left of the switcher"


def test_urdu_is_drawn_in_the_self_hosted_nastaliq_font(page):
    # The system may have Noto Nastaliq Urdu installed too: only the web font counts.
    font_requests = []
    page.on("request", lambda request: font_requests.append(request.url))
    page.goto("/ur/")

    faces = page.evaluate(FONT_FACES)
    assert {"family": "Noto Nastaliq Urdu", "status": "loaded"} in faces, faces
    assert any(url.endswith(".woff2") for url in font_requests), font_requests

    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    document = cdp.send("DOM.getDocument")["root"]["nodeId"]
    heading = cdp.send("DOM.querySelector", {"nodeId": document, "selector": "h1"})["nodeId"]
    used = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": heading})["fonts"]
    main_font = max(used, key=lambda font: font["glyphCount"])
    assert main_font["familyName"] == "Noto Nastaliq Urdu", used
    assert main_font["isCustomFont"], f"the heading uses a system copy of the font: {used}"


def test_english_pages_download_no_web_font(page):
    font_requests = []
    page.on("request", lambda request: font_requests.append(request.url))
    page.goto("/en/")
    page.evaluate(WAIT_FOR_FONTS)

    assert [url for url in font_requests if url.endswith(".woff2")] == []
