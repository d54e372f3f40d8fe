"""The H5P player with content types of this project's own, in a real browser: images drawn
on a canvas and read back, content that shows nothing or fails while starting, a video on
YouTube (which the player does not load), and one pseudonymous actor across page loads."""

import json

from django.utils import timezone

import pytest
from playwright.sync_api import expect

from h5p.exports import actor, json_lines, statements_between
from h5p.models import XAPIStatement
from tests.browser.conftest import PHONE
from tests.browser.test_course_journey import sign_in
from tests.browser.test_h5p import (
    EN,
    FRAME,
    activity_step,
    own_content,
    screenshot,
    sort_cards,
    step_with,
    wait_for,
)
from tests.factories import UserFactory
from tests.factories.accounts import DEFAULT_PASSWORD
from tests.h5p.packages import colour_png

pytestmark = pytest.mark.browser

#: Loads its image as H5P content types do, draws it on a canvas and reads the pixels
#: back: once from a URL with H5P.getCrossOrigin (as Agamotto), once with H5P.setSource
#: (as H5P.Image). In a tainted canvas getImageData and toDataURL throw a SecurityError.
CANVAS_JS = b"""
H5P.TipCanvas = (function () {
  function Canvas(params, contentId) { this.params = params; this.contentId = contentId; }
  function copy(image, into, how) {
    var canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    var context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    var pixel = context.getImageData(0, 0, 1, 1).data;
    var out = document.createElement("img");
    out.className = "tip-canvas-copy";
    out.src = canvas.toDataURL("image/png");
    out.alt = how + " " + Array.prototype.join.call(pixel, ",");
    into.appendChild(out);
  }
  Canvas.prototype.attach = function ($container) {
    var into = $container.get(0);
    var byUrl = new Image();
    var src = H5P.getPath(this.params.image.path, this.contentId);
    byUrl.crossOrigin = H5P.getCrossOrigin(src);
    byUrl.onload = function () { copy(byUrl, into, "url"); };
    byUrl.src = src;
    var bySource = new Image();
    bySource.onload = function () { copy(bySource, into, "source"); };
    H5P.setSource(bySource, this.params.image, this.contentId);
  };
  return Canvas;
})();
"""
#: Starts and shows nothing: an empty box, as a content type whose start went wrong.
EMPTY_JS = b"""
H5P.TipEmpty = function () {};
H5P.TipEmpty.prototype.attach = function ($container) {
  $container.get(0).appendChild(document.createElement("div")).className = "tip-empty";
};
"""
#: Builds its frame, then fails while loading what it shows.
THROWS_JS = b"""
H5P.TipThrows = function () {};
H5P.TipThrows.prototype.attach = function ($container) {
  $container.get(0).appendChild(document.createElement("div")).className = "tip-throws";
  setTimeout(function () { throw new Error("the images did not arrive"); }, 300);
};
"""
#: Shows its text two seconds late: slow, not broken.
SLOW_JS = b"""
H5P.TipSlow = function () {};
H5P.TipSlow.prototype.attach = function ($container) {
  setTimeout(function () {
    $container.get(0).appendChild(document.createElement("p")).textContent = "Here at last";
  }, 2000);
};
"""
#: What H5P.Video's YouTube handler builds, and the API script it loads; then an image
#: from another host, outside any video player.
YOUTUBE_JS = b"""
H5P.TipTube = function (params) { this.params = params; };
H5P.TipTube.prototype.attach = function ($container) {
  var root = $container.get(0);
  root.appendChild(document.createElement("p")).textContent = this.params.question;
  var video = root.appendChild(document.createElement("div"));
  video.className = "h5p-video h5p-youtube";
  var wrapper = video.appendChild(document.createElement("div"));
  var placeholder = wrapper.appendChild(document.createElement("div"));
  placeholder.id = "h5p-youtube-0";
  placeholder.textContent = "Video player loading\\u2026";
  var tag = document.createElement("script");
  tag.src = "https://www.youtube.com/iframe_api";
  document.head.appendChild(tag);
};
"""
REMOTE_IMAGE_JS = b"""
H5P.TipRemote = function () {};
H5P.TipRemote.prototype.attach = function ($container) {
  var root = $container.get(0);
  root.appendChild(document.createElement("p")).textContent = "A poster from elsewhere:";
  var image = root.appendChild(document.createElement("img"));
  image.alt = "Poster";
  image.src = "https://images.example.org/poster.png";
};
"""


def open_as_learner(new_page, step, language="en"):
    page = new_page(viewport=PHONE)
    sign_in(page, language, UserFactory(preferred_language=language).email, DEFAULT_PASSWORD)
    page.goto(step.url)
    return page


def test_images_drawn_on_a_canvas_can_be_read_back(new_page, foundations):
    """The frame's origin is opaque: unless the player asks for images in CORS mode, the
    platform's own images taint the canvas and the content shows an empty box."""
    image = {"path": "images/red.png", "mime": "image/png", "width": 2, "height": 2}
    content = own_content(
        "H5P.TipCanvas",
        CANVAS_JS,
        content={"image": image},
        content_files={"images/red.png": colour_png(200, 30, 40)},
    )
    page = open_as_learner(new_page, step_with(content, "canvas"))
    frame = page.frame_locator(FRAME)
    copies = frame.locator("img.tip-canvas-copy")
    assert wait_for(lambda: copies.count() == 2), page.console.messages
    seen = sorted(copies.evaluate_all("images => images.map(image => image.alt)"))
    assert seen == ["source 200,30,40,255", "url 200,30,40,255"], page.console.messages
    expect(frame.locator("#h5p-failed")).to_be_hidden()


@pytest.mark.parametrize(
    ("name", "js", "within"),
    [("H5P.TipEmpty", EMPTY_JS, 25_000), ("H5P.TipThrows", THROWS_JS, 8_000)],
)
def test_content_that_shows_nothing_says_it_could_not_be_loaded(
    new_page, foundations, name, js, within
):
    """An instance that started but shows an empty box is no started activity: the learner
    is told, at once when it threw, after a wait when it stays silent."""
    page = open_as_learner(
        new_page, step_with(own_content(name, js), name.lower().replace(".", "-"))
    )
    frame = page.frame_locator(FRAME)
    expect(frame.locator("#h5p-container .h5p-content")).to_have_count(1, timeout=20_000)
    expect(frame.locator("#h5p-failed")).to_be_visible(timeout=within)
    expect(frame.locator("#h5p-failed")).to_have_attribute("role", "alert")
    expect(frame.locator("#h5p-loading")).to_be_hidden()


def test_content_that_is_slow_to_show_is_not_called_broken(new_page, foundations):
    page = open_as_learner(new_page, step_with(own_content("H5P.TipSlow", SLOW_JS), "slow"))
    frame = page.frame_locator(FRAME)
    expect(frame.get_by_text("Here at last")).to_be_visible(timeout=20_000)
    page.wait_for_timeout(1500)
    expect(frame.locator("#h5p-failed")).to_be_hidden()


def test_the_failure_message_is_in_urdu(new_page, foundations):
    page = open_as_learner(
        new_page,
        step_with(own_content("H5P.TipThrows", THROWS_JS), "throws-ur", "ur"),
        language="ur",
    )
    failed = page.frame_locator(FRAME).locator("#h5p-failed")
    expect(failed).to_be_visible(timeout=15_000)
    assert "یہ سرگرمی" in failed.text_content()


@pytest.mark.parametrize("language", ["en", "ur"])
def test_a_youtube_video_says_why_it_does_not_play_instead_of_loading_for_ever(
    new_page, foundations, language
):
    content = own_content("H5P.TipTube", YOUTUBE_JS, content={"question": "Watch, then answer."})
    step = step_with(content, f"tube-{language}", language)
    page = new_page(viewport=PHONE)
    failures = {}
    page.on("requestfailed", lambda request: failures.update({request.url: request.failure}))
    sign_in(page, language, UserFactory(preferred_language=language).email, DEFAULT_PASSWORD)
    page.goto(step.url)
    frame = page.frame_locator(FRAME)

    message = frame.locator(".h5p-youtube .h5p-embed__blocked")
    expect(message).to_be_visible(timeout=20_000)
    expect(message).to_contain_text("www.youtube.com")
    expect(message).to_contain_text("privacy" if language == "en" else "رازداری")
    expect(frame.get_by_text("Video player loading…")).to_be_hidden()
    expect(frame.get_by_text("Watch, then answer.")).to_be_visible()  # the rest still shows
    expect(frame.locator("#h5p-failed")).to_be_hidden()
    expect(frame.locator("#h5p-blocked")).to_be_hidden()  # said once, in the video's place
    # The frame's policy stopped the API script before any byte went to YouTube.
    assert failures.get("https://www.youtube.com/iframe_api") == "csp", failures
    screenshot(page, f"h5p-youtube-blocked-{language}-phone")


def test_a_file_from_another_website_outside_a_video_is_named_above_the_content(
    new_page, foundations
):
    page = open_as_learner(
        new_page, step_with(own_content("H5P.TipRemote", REMOTE_IMAGE_JS), "remote")
    )
    notice = page.frame_locator(FRAME).locator("#h5p-blocked")
    expect(notice).to_be_visible(timeout=20_000)
    expect(notice).to_contain_text("images.example.org")
    expect(notice.locator("bdi")).to_have_attribute("dir", "ltr")


def test_statements_carry_the_same_pseudonymous_actor_as_the_export(new_page, foundations):
    """The actor was a new random one on every page load; now it is the learner's pseudonym
    on this platform, on every load, and the export writes the same."""
    learner = UserFactory()
    step = activity_step("en")
    page = new_page(viewport=PHONE)
    sign_in(page, "en", learner.email, DEFAULT_PASSWORD)
    mine = XAPIStatement.objects.filter(user=learner, content=step.activity)

    page.goto(step.url)
    frame = page.frame_locator(FRAME)
    sort_cards(frame, EN, count=1)
    assert wait_for(lambda: mine.count() >= 1), page.console.messages
    page.reload()
    frame = page.frame_locator(FRAME)
    cards = frame.get_by_role("listitem")
    _text, group, _why = EN["cards"][1]
    label = EN["group_a"] if group == "a" else EN["group_b"]
    cards.nth(1).get_by_role("button", name=label, exact=True).click()
    assert wait_for(lambda: mine.count() >= 2), page.console.messages

    expected = actor(learner.pk)
    assert [statement.raw["actor"] for statement in mine] == [expected] * mine.count()
    today = timezone.localdate()
    exported = [json.loads(line) for line in json_lines(statements_between(today, today))]
    assert {json.dumps(line["actor"], sort_keys=True) for line in exported} == {
        json.dumps(expected, sort_keys=True)
    }
