"""H5P in a real browser: the learner plays the demo activity, the result is stored and the
step completes, the state survives a reload; and a hostile package in the same player finds
no cookie, no parent page, no CSRF token, and its forged reports are refused."""

import io
import json
import time

from wagtail.models import Locale

import pytest
from playwright.sync_api import expect

from courses.demo.activity import EN, UR
from courses.models import H5PActivityPage, StepProgress
from h5p.models import ContentUserData, XAPIStatement
from h5p.packaging import LibrarySource, build_package
from h5p.services import import_package
from tests.browser.conftest import AXE_SCRIPT, PHONE, SCREENSHOTS
from tests.browser.test_accessibility import BLOCKING_IMPACTS, RUN_AXE, describe
from tests.browser.test_course_journey import sign_in
from tests.factories import UserFactory
from tests.factories.accounts import DEFAULT_PASSWORD
from tests.factories.courses import publish

pytestmark = pytest.mark.browser

FRAME = "iframe.h5p-player__frame"
ANSWERED = "http://adlnet.gov/expapi/verbs/answered"


def wait_for(condition, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


def activity_step(language):
    return H5PActivityPage.objects.live().get(
        slug="sort-the-situations", locale=Locale.objects.get(language_code=language)
    )


def screenshot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def sort_cards(frame, words, count=None):
    cards = frame.get_by_role("listitem")
    expect(cards).to_have_count(len(words["cards"]))
    for index, (_text, group, _why) in enumerate(words["cards"][:count]):
        label = words["group_a"] if group == "a" else words["group_b"]
        cards.nth(index).get_by_role("button", name=label, exact=True).click()


@pytest.mark.parametrize(("language", "words"), [("en", EN), ("ur", UR)])
def test_a_learner_plays_the_demo_activity_and_the_step_completes(
    new_page, foundations, language, words
):
    learner = UserFactory(preferred_language=language)
    step = activity_step(language)
    page = new_page(viewport=PHONE)
    sign_in(page, language, learner.email, DEFAULT_PASSWORD)
    page.goto(step.url)
    frame = page.frame_locator(FRAME)
    expect(page.locator(FRAME)).to_have_attribute("sandbox", "allow-scripts")

    # Half of it, then away and back: the answers are restored.
    sort_cards(frame, words, count=3)

    def answers_saved():
        saved = ContentUserData.objects.filter(user=learner, content=step.activity).first()
        answers = json.loads(saved.data)["answers"] if saved else []
        return sum(answer is not None for answer in answers) == 3

    assert wait_for(answers_saved, timeout=45), page.console.messages
    page.reload()
    frame = page.frame_locator(FRAME)
    expect(frame.locator("[aria-pressed=true]")).to_have_count(3)

    cards = frame.get_by_role("listitem")
    for index, (_text, group, _why) in enumerate(words["cards"]):
        if index < 3:
            continue
        label = words["group_a"] if group == "a" else words["group_b"]
        cards.nth(index).get_by_role("button", name=label, exact=True).click()

    expect(page.locator("[data-h5p-when-complete]")).to_be_visible(timeout=20_000)
    finished = XAPIStatement.objects.filter(
        user=learner, content=step.activity, verb=ANSWERED, top_level=True
    ).get()
    assert (finished.score_raw, finished.score_max) == (6, 6)
    assert finished.client_reported
    assert StepProgress.objects.filter(user=learner, step_key=step.translation_key).exists()
    assert not [m for m in page.console.messages if m.startswith("pageerror")]
    if language == "ur":
        direction = frame.locator(".tip-sc, [dir]").first.get_attribute("dir")
        assert direction == "rtl"
    screenshot(page, f"h5p-activity-{language}-phone")

    # axe-core is injected inline, which the site's CSP rightly refuses: a context without it.
    scan = new_page(viewport=PHONE, bypass_csp=True)
    sign_in(scan, language, learner.email, DEFAULT_PASSWORD)
    scan.goto(step.url)
    expect(scan.locator("[data-h5p-when-complete]")).to_be_visible()
    scan.add_script_tag(path=AXE_SCRIPT)
    violations = [v for v in scan.evaluate(RUN_AXE) if v["impact"] in BLOCKING_IMPACTS]
    assert violations == [], describe(violations)


def test_reports_slowed_down_by_the_limit_are_sent_again_and_the_step_completes(
    new_page, foundations, settings, monkeypatch
):
    """Over the per-learner limit the server answers 429; the page keeps those reports and
    sends them when the window is over, so the finishing "answered" is not lost."""
    from config import ratelimit

    monkeypatch.setattr(ratelimit, "WINDOW_SECONDS", 3)  # the live server runs in this process
    settings.H5P_REPORTS_PER_MINUTE = 2
    learner = UserFactory()
    step = activity_step("en")
    page = new_page(viewport=PHONE)
    refused = []
    page.on("response", lambda r: refused.append(r.url) if r.status == 429 else None)
    sign_in(page, "en", learner.email, DEFAULT_PASSWORD)
    page.goto(step.url)

    sort_cards(page.frame_locator(FRAME), EN)

    expect(page.locator("[data-h5p-when-complete]")).to_be_visible(timeout=60_000)
    assert refused, "the limit never applied"
    finished = XAPIStatement.objects.get(
        user=learner, content=step.activity, verb=ANSWERED, top_level=True
    )
    assert (finished.score_raw, finished.score_max) == (6, 6)
    assert StepProgress.objects.filter(user=learner, step_key=step.translation_key).exists()

    def all_answers_saved():  # a slowed-down state is sent again too, not dropped
        saved = ContentUserData.objects.filter(user=learner, content=step.activity).first()
        return saved is not None and None not in json.loads(saved.data)["answers"]

    assert wait_for(all_answers_saved, timeout=45)


HOSTILE_JS = b"""
(function () {
  window.TIP = window.TIP || {};
  function attempt(action) {
    try { var value = action(); return value === undefined ? "undefined" : String(value); }
    catch (error) { return "blocked: " + error.name; }
  }
  TIP.Hostile = function (params) { this.params = params; };
  TIP.Hostile.prototype.attach = function ($container) {
    var params = this.params;
    var own = JSON.parse(document.getElementById("h5p-config").textContent);
    var report = {
      cookie: attempt(function () { return document.cookie; }),
      parentDocument: attempt(function () { return window.parent.document.title; }),
      topCookie: attempt(function () { return window.top.document.cookie; }),
      csrf: attempt(function () {
        return window.parent.document.querySelector("[data-h5p-csrf]").dataset.h5pCsrf;
      }),
      storage: attempt(function () { return window.localStorage.getItem("sessionid"); }),
      origin: String(window.origin)
    };
    var forged = {
      verb: {id: "http://adlnet.gov/expapi/verbs/answered"},
      object: {id: params.victimIri},
      result: {score: {raw: 6, max: 6, min: 0}, completion: true, success: true}
    };
    // As the victim's player, then as itself but about the victim's content.
    window.parent.postMessage({tip: "h5p", kind: "xapi", contentId: params.victimId,
                               statement: forged}, "*");
    window.parent.postMessage({tip: "h5p", kind: "xapi", contentId: own.contentId,
                               statement: forged}, "*");
    window.parent.postMessage({tip: "h5p", kind: "state", contentId: params.victimId,
                               state: "{}"}, "*");
    fetch("/en/learning/", {credentials: "include"}).then(function (response) {
      return response.text();
    }).then(function () { report.fetch = "read"; }, function (error) {
      report.fetch = "blocked: " + error.name;
    }).then(function () {
      var out = document.createElement("pre");
      out.id = "hostile-report";
      out.textContent = JSON.stringify(report);
      $container.get(0).appendChild(out);
    });
  };
})();
"""


def own_content(machine_name, js, content=None, content_files=None):
    """Stored content whose main library, ``machine_name`` 1.0, is the one script ``js``."""
    library = LibrarySource(
        library_json={
            "title": machine_name.rpartition(".")[2],
            "machineName": machine_name,
            "majorVersion": 1,
            "minorVersion": 0,
            "patchVersion": 0,
            "runnable": 1,
            "preloadedJs": [{"path": "main.js"}],
        },
        files={"main.js": js},
    )
    package = build_package(
        title=library.library_json["title"],
        language="en",
        main_library=library,
        content=content or {},
        content_files=content_files,
    )
    return import_package(io.BytesIO(package)).version.content


def step_with(content, slug, language="en"):
    """A published activity step showing ``content``, beside the demo activity."""
    step = activity_step(language)
    added = step.get_parent().add_child(
        instance=H5PActivityPage(title=slug.title(), slug=slug, activity=content)
    )
    return publish(added)


def test_a_hostile_package_cannot_reach_the_platform(new_page, foundations):
    victim = activity_step("en").activity
    content = {"victimId": victim.pk, "victimIri": victim.object_iri()}
    trap = step_with(own_content("TIP.Hostile", HOSTILE_JS, content), "trap")
    learner = UserFactory()
    page = new_page()
    sign_in(page, "en", learner.email, DEFAULT_PASSWORD)
    page.goto(trap.url)
    report_text = page.frame_locator(FRAME).locator("#hostile-report").text_content(timeout=20_000)
    report = json.loads(report_text)
    assert report["cookie"].startswith("blocked"), report
    assert report["parentDocument"].startswith("blocked"), report
    assert report["topCookie"].startswith("blocked"), report
    assert report["csrf"].startswith("blocked"), report
    assert report["fetch"].startswith("blocked"), report
    assert report["storage"] in ("null", "undefined"), report  # an empty in-memory store
    assert report["origin"] == "null", report
    page.wait_for_timeout(3000)  # time for any report the page might still send

    assert not XAPIStatement.objects.filter(content=victim).exists()
    assert not XAPIStatement.objects.filter(object_id=victim.object_iri()).exists()
    assert not ContentUserData.objects.filter(content=victim).exists()
    refused = [m for m in page.console.messages if "refused" in m]
    assert len(refused) >= 2, page.console.messages


def test_content_that_cannot_start_says_so(new_page, foundations):
    broken = own_content("TIP.Broken", b"/* defines no constructor */\n")
    page_with_it = step_with(broken, "broken")
    page = new_page()
    sign_in(page, "en", UserFactory().email, DEFAULT_PASSWORD)
    page.goto(page_with_it.url)
    frame = page.frame_locator(FRAME)
    expect(frame.locator("#h5p-failed")).to_be_visible(timeout=20_000)
    expect(frame.locator("#h5p-loading")).to_be_hidden()
