"""The demo final assessment in a browser: a learner fails it in Urdu on a phone, tries again
and passes; axe-core scans of the quiz pages; the question page keeps the answers to itself;
submitting asks first (with and without JavaScript); the time limit stays in sight."""

import html
import re
import uuid
from urllib.parse import urlsplit

from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Locale

import pytest
from playwright.sync_api import expect

from quizzes.demo import load_demo_quizzes
from quizzes.models import Attempt, Question, QuizPage
from quizzes.models.attempts import AttemptStatus
from tests.browser.conftest import PHONE
from tests.browser.test_course_journey import (
    assert_mostly_urdu,
    at,
    scan,
    screenshot,
    sign_in,
)
from tests.factories import UserFactory
from tests.factories.accounts import DEFAULT_PASSWORD

pytestmark = pytest.mark.browser

RESULTS_PATH = re.compile(r"results/(\d+)/$")
START_BUTTON = "main form[action$='/start/'] button[type=submit]"
REVIEW_BUTTON = "form.quiz-form button[name=action][value=review]"
SAVE_BUTTON = "form.quiz-form button[name=action][value=save]"
DIALOG = "dialog[data-quiz-dialog]"

# Names and values of every attribute inside the quiz form, to look for answer markers.
FORM_ATTRIBUTES = """() => [...document.querySelectorAll("form.quiz-form, form.quiz-form *")]
    .filter(element => element.name !== "csrfmiddlewaretoken")
    .flatMap(element => [...element.attributes].map(a => `${a.name}=${a.value}`))"""


@pytest.fixture
def final_assessment(foundations):
    """The demo final assessment in English and Urdu, and the course it completes."""
    load_demo_quizzes()
    english = QuizPage.objects.get(locale__language_code="en", slug="final-assessment")
    urdu = english.get_translation(Locale.objects.get(language_code="ur"))
    return {"en": english, "ur": urdu, "course": foundations}


def translated(language, message):
    """``message`` as the site shows it in ``language``; a missing translation fails."""
    with translation.override(language):
        text = gettext(message)
    assert language == "en" or text != message, f"{message!r} has no {language} translation"
    return text


def open_attempt(user):
    return Attempt.objects.get(user=user, status=AttemptStatus.IN_PROGRESS)


def shown_questions(attempt, language):
    """The attempt's questions in ``language``, in the order its page shows them."""
    keys = attempt.question_keys
    questions = {
        question.translation_key.hex: question
        for question in Question.objects.filter(
            translation_key__in=[uuid.UUID(key) for key in keys],
            locale__language_code=language,
        )
    }
    assert set(questions) == set(keys), "a question of the attempt has no translation"
    return [(item, questions[item["question"]]) for item in attempt.layout]


def start(page, quiz):
    page.goto(quiz.url)
    page.locator(START_BUTTON).click()
    expect(page).to_have_url(at(quiz.url + "attempt/"))


def submit(page, quiz):
    """Submit for grading and confirm in the page's own dialog."""
    page.locator(REVIEW_BUTTON).click()
    expect(page.locator(DIALOG)).to_be_visible()
    page.locator(DIALOG + " [data-quiz-confirm]").click()
    expect(page).to_have_url(
        re.compile(r"^https?://[^/]+" + re.escape(quiz.url) + r"results/\d+/$")
    )
    return Attempt.objects.get(pk=RESULTS_PATH.search(page.url).group(1))


def answer_right(page, item, question):
    """Answer through the form as a learner who knows the answers would."""
    key = item["question"]
    if question.kind == "matching":
        # The right-hand item of option X is X's own match, named by its place in ``matches``.
        for option_id in item["options"]:
            page.locator(f"select[name='q-{key}-{option_id}']").select_option(
                str(item["matches"].index(option_id))
            )
    elif question.kind == "ordering":
        authored = [option_id for option_id, _value in question.option_values]
        for option_id in item["options"]:
            page.locator(f"select[name='q-{key}-{option_id}']").select_option(
                str(authored.index(option_id) + 1)
            )
    else:
        for option_id, value in question.option_values:
            if value["correct"]:
                page.locator(f"input[name='q-{key}'][value='{option_id}']").check()


def answer_wrong(page, item, question):
    """Tick one wrong option of a choice question; leave matching and ordering blank.

    Returns the option ticked, or None.
    """
    if not question.is_choice:
        return None
    option_id, value = next((i, v) for i, v in question.option_values if not v["correct"])
    page.locator(f"input[name='q-{item['question']}'][value='{option_id}']").check()
    return value


def test_learner_fails_the_final_assessment_in_urdu_then_passes_it(new_page, final_assessment):
    quiz = final_assessment["ur"]
    course = final_assessment["course"]["ur"]
    user = UserFactory(preferred_language="ur")
    page = new_page(viewport=PHONE)
    sign_in(page, "ur", user.email, DEFAULT_PASSWORD)

    page.goto(quiz.url)
    html_element = page.locator("html")
    expect(html_element).to_have_attribute("lang", "ur")
    expect(html_element).to_have_attribute("dir", "rtl")
    expect(page.locator("main h1")).to_have_text(quiz.title)
    page.locator(START_BUTTON).click()
    expect(page).to_have_url(at(quiz.url + "attempt/"))

    # First attempt: the questions in Urdu, every choice answered wrong, the rest left blank.
    attempt = open_attempt(user)
    shown = shown_questions(attempt, "ur")
    fieldsets = page.locator("form.quiz-form fieldset.question")
    expect(fieldsets).to_have_count(final_assessment["en"].draw_count)
    for index, (item, question) in enumerate(shown):
        expect(fieldsets.nth(index).locator(".question__prompt")).to_have_text(question.prompt)
        labels = fieldsets.nth(index).locator("label")
        texts = [dict(question.option_values)[i]["text"] for i in item["options"]]
        expect(labels).to_have_text(texts)
    assert_mostly_urdu(page.locator("form.quiz-form").inner_text())
    screenshot(page, "quiz-question-ur")

    chosen = [answer_wrong(page, item, question) for item, question in shown]
    failed = submit(page, quiz)
    assert (failed.passed, failed.score) == (False, 0)
    result = page.locator("main .result")
    expect(result).to_have_class(re.compile(r"\bmessage--warning\b"))
    expect(result).to_contain_text(translated("ur", "You did not pass this time."))

    # After a failed attempt: which questions were missed, never the right answers or why.
    sections = page.locator("section.question--result")
    expect(sections).to_have_count(len(shown))
    not_right = translated("ur", "not right")
    blank = translated("ur", "not answered")
    for index, ((_item, question), option) in enumerate(zip(shown, chosen, strict=True)):
        section = sections.nth(index)
        expect(section.locator("h3")).to_contain_text(not_right if option else blank)
        expect(section.locator(".question__prompt")).to_have_text(question.prompt)
        expect(section.locator(".question__explanation")).to_have_count(0)
        if option is not None:
            expect(section.locator(".question__review")).not_to_contain_text(option["feedback"])
    expect(page.locator("main")).not_to_contain_text(f"({translated('ur', 'correct answer')})")
    assert_mostly_urdu(page.locator("main").inner_text())
    screenshot(page, "quiz-results-failed-ur")

    # Second attempt: every question answered right through the form.
    page.get_by_role("link", name=translated("ur", "Try again"), exact=True).click()
    expect(page).to_have_url(at(quiz.url))
    page.locator(START_BUTTON).click()
    expect(page).to_have_url(at(quiz.url + "attempt/"))
    attempt = open_attempt(user)
    assert attempt.pk != failed.pk
    for item, question in shown_questions(attempt, "ur"):
        answer_right(page, item, question)
    passed = submit(page, quiz)
    assert passed.pk == attempt.pk
    assert (passed.passed, passed.score) == (True, 100)
    expect(result).to_have_class(re.compile(r"\bmessage--success\b"))
    expect(result).to_contain_text(translated("ur", "You passed."))
    expect(page.get_by_role("link", name=translated("ur", "Try again"))).to_have_count(0)
    with translation.override("ur"):
        left = [
            translation.ngettext("%(left)s attempt left.", "%(left)s attempts left.", n)
            % {"left": n}
            for n in range(3)
        ]
    for line in left:  # passed: no count of attempts left
        expect(page.locator("main")).not_to_contain_text(line)
    right = translated("ur", "right")
    for index in range(len(shown)):
        heading = sections.nth(index).locator("h3")
        expect(heading).to_have_text(re.compile(f"✓ {re.escape(right)}$"))
        # Now passed: the right answers and why.
        expect(sections.nth(index).locator(".question__explanation")).to_have_count(1)
    screenshot(page, "quiz-results-passed-ur")

    page.goto(course.url)
    step = page.locator(".outline__step").filter(has=page.locator(f"a[href='{quiz.url}']"))
    expect(step).to_have_count(1)
    expect(step).to_have_class(re.compile(r"\bis-complete\b"))
    expect(step.locator(".outline__state")).to_have_text(translated("ur", "Done"))

    assert page.console.messages == []


@pytest.mark.parametrize("language", ["en", "ur"])
def test_quiz_pages_have_no_serious_axe_violations(new_page, final_assessment, language):
    quiz = final_assessment[language]
    # axe is injected as an inline script, which the site's CSP rightly refuses.
    page = new_page(bypass_csp=True)
    user = UserFactory(preferred_language=language)
    sign_in(page, language, user.email, DEFAULT_PASSWORD)

    reports = [scan(page, quiz.url, "before an attempt")]
    start(page, quiz)
    reports.append(scan(page, quiz.url + "attempt/", "learner"))
    for item, question in shown_questions(open_attempt(user), language):
        answer_wrong(page, item, question)
    submit(page, quiz)
    results = urlsplit(page.url).path
    reports += [scan(page, results, "failed"), scan(page, quiz.url, "after an attempt")]
    failures = [report for report in reports if report]
    assert failures == [], "axe-core found serious violations:\n" + "\n".join(failures)


def test_question_page_gives_no_answers_away(new_page, final_assessment):
    page = new_page()
    user = UserFactory()
    sign_in(page, "en", user.email, DEFAULT_PASSWORD)
    start(page, final_assessment["en"])
    attempt = open_attempt(user)

    for language in ("en", "ur"):
        quiz = final_assessment[language]
        if language != "en":
            page.goto(quiz.url + "attempt/")
        content = page.content()
        for _item, question in shown_questions(attempt, language):
            # The page is the one asking these questions...
            assert html.escape(question.prompt, quote=False) in content, question.prompt
            # ...and it neither explains them nor says which option is right.
            assert question.explanation.strip()
            secrets = [question.explanation] + [
                value["feedback"] for _id, value in question.option_values if value["feedback"]
            ]
            for secret in secrets:
                for form in {secret, html.escape(secret, quote=False), html.escape(secret)}:
                    assert form not in content, f"{language}: the question page shows {secret!r}"
        # What the results page marks answers with, as its template writes them.
        text = page.locator("main").inner_text()
        for marker in (
            f"({translated(language, 'correct answer')})",
            f"· {translated(language, 'your choice')}",
        ):
            assert marker not in text, f"{language}: the question page says {marker!r}"
        expect(page.locator(".question__explanation, .question__review")).to_have_count(0)
        attributes = page.evaluate(FORM_ATTRIBUTES)
        assert attributes, "the quiz form is missing"
        leaks = [a for a in attributes if re.search(r"correct|right|answer|true", a, re.I)]
        assert leaks == [], f"{language}: answer markers in the form: {leaks}"


@pytest.fixture
def practice(foundations):
    """The demo practice quiz (five questions, untimed) in English."""
    load_demo_quizzes()
    return QuizPage.objects.get(locale__language_code="en", slug="practice-indicators")


def first_choice(attempt):
    """(number, layout item, question) of the attempt's first choice question."""
    return next(
        (number, item, question)
        for number, (item, question) in enumerate(shown_questions(attempt, "en"), start=1)
        if question.is_choice
    )


def answer_one_and_submit(page, quiz):
    """A new learner starts ``quiz``, answers one choice question and presses submit.

    Returns the attempt, the number of the question answered and its layout item."""
    user = UserFactory()
    sign_in(page, "en", user.email, DEFAULT_PASSWORD)
    start(page, quiz)
    attempt = open_attempt(user)
    number, item, question = first_choice(attempt)
    answer_wrong(page, item, question)
    page.locator(REVIEW_BUTTON).click()
    return attempt, number, item


def test_saving_and_submitting_look_different(new_page, practice):
    page = new_page(viewport=PHONE)
    user = UserFactory()
    sign_in(page, "en", user.email, DEFAULT_PASSWORD)
    start(page, practice)
    style = "b => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]"
    save = page.locator(SAVE_BUTTON).evaluate(style)
    review = page.locator(REVIEW_BUTTON).evaluate(style)
    assert save != review, "saving and submitting look the same"
    assert save[0] == "rgb(255, 255, 255)"  # the secondary style is not overridden
    # Not side by side: the submit button sits in its own box, well below saving.
    save_box = page.locator(SAVE_BUTTON).bounding_box()
    review_box = page.locator(REVIEW_BUTTON).bounding_box()
    assert review_box["y"] - (save_box["y"] + save_box["height"]) > 40


def test_the_page_asks_before_grading_and_going_back_spends_nothing(new_page, practice):
    page = new_page(viewport=PHONE)
    attempt, number, _item = answer_one_and_submit(page, practice)
    dialog = page.locator(DIALOG)
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(f"Questions not answered: 4 of {len(attempt.layout)}")
    dialog.get_by_role("button", name="Go back to the questions").click()
    expect(dialog).to_be_hidden()
    # Back on the first question left blank, with the answer given kept.
    blank = 2 if number == 1 else 1
    expect(page.locator(f"#question-{blank} :is(input, select)").first).to_be_focused()
    expect(page.locator(f"#question-{number} input:checked")).to_have_count(1)
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.IN_PROGRESS
    screenshot(page, "quiz-confirm-dialog-en")
    submit(page, practice)
    assert page.console.messages == []


def test_without_javascript_a_confirmation_page_asks_first(browser, live_server, practice):
    context = browser.new_context(
        base_url=live_server.url, viewport=PHONE, java_script_enabled=False
    )
    try:
        page = context.new_page()
        attempt, number, item = answer_one_and_submit(page, practice)
        expect(page).to_have_url(at(practice.url + "confirm/"))
        expect(page.locator("main")).to_contain_text(
            f"Questions not answered: 4 of {len(attempt.layout)}"
        )
        screenshot(page, "quiz-confirm-page-en")
        page.get_by_role("link", name="Go back to the questions").click()
        expect(page).to_have_url(at(practice.url + "attempt/"))
        expect(page.locator(f"#question-{number} input:checked")).to_have_count(1)
        page.locator(REVIEW_BUTTON).click()
        page.get_by_role("button", name="Submit for grading").click()
        expect(page).to_have_url(re.compile(re.escape(practice.url) + r"results/\d+/$"))
        attempt.refresh_from_db()
        assert attempt.status == AttemptStatus.SUBMITTED
        assert list(attempt.answers) == [item["question"]]
    finally:
        context.close()


@pytest.mark.parametrize("language", ["en", "ur"])
def test_the_time_limit_stays_in_sight_on_a_narrow_phone(new_page, final_assessment, language):
    quiz = final_assessment[language]
    page = new_page(viewport={"width": 320, "height": 640})
    user = UserFactory(preferred_language=language)
    sign_in(page, language, user.email, DEFAULT_PASSWORD)
    start(page, quiz)
    timer = page.locator(".quiz-timer")
    expect(timer.locator("[role=timer]")).to_contain_text(
        re.compile(re.escape(translated(language, "Time left")) + r" 1?\d:\d\d")
    )
    box = timer.bounding_box()
    assert box["height"] <= 72, f"the timer takes {box['height']} px"
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    # Scrolled to the last question, the timer is still at the top of the screen...
    last = page.locator("fieldset.question").last
    page.goto(page.url + f"#{last.get_attribute('id')}")
    page.wait_for_timeout(200)
    box = timer.bounding_box()
    assert 0 <= box["y"] <= 1, box
    # ...and the question jumped to begins below it, not under it.
    assert last.bounding_box()["y"] >= box["y"] + box["height"]
    # Screen readers are not told the time every second: nothing announced on load.
    page.wait_for_timeout(2100)
    assert page.locator(".quiz-timer [aria-live]").inner_text() == ""
    assert page.locator(".quiz-timer [role=timer][aria-live]").count() == 0
    screenshot(page, f"quiz-timer-320-{language}")
