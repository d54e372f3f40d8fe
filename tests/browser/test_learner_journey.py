"""The whole journey of a new learner on a phone, in English and in Urdu.

Sign up, confirm the email (which names the site), land on My learning, take the pre-test
(a score, no pass or fail), the lessons, the practice quiz (warned of unanswered questions
before grading), the H5P activity and the final assessment (passed: the course is complete
and the certificate one tap away), find the course completed with its certificate on My
learning, sign out. Every page is scanned with axe-core and photographed.

Buttons are found by what they do (their form, name and value), not their words, so the
same walk runs in both languages; the words are checked where they matter.
"""

import re

from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Locale

import pytest
from playwright.sync_api import expect

from courses.demo.activity import EN, UR
from courses.models import H5PActivityPage, LessonPage
from courses.outline import course_outline
from quizzes.models import Attempt, QuestionKind, QuizPage
from quizzes.services import questions_for
from tests.browser.conftest import AXE_SCRIPT, PHONE, SCREENSHOTS
from tests.browser.test_accessibility import BLOCKING_IMPACTS, RUN_AXE, describe
from tests.browser.test_h5p import FRAME, sort_cards

pytestmark = pytest.mark.browser

PASSWORD = "a long passphrase for the whole journey 7"
CONFIRM_LINK = re.compile(r"https?://[^/\s]+(/\w+/accounts/confirm-email/\S+/)")


class Journey:
    """One learner's phone, with an axe scan and a screenshot of every page it opens."""

    def __init__(self, page, language):
        self.page = page
        self.language = language
        self.shots = 0
        self.violations = []

    def look(self, name):
        page = self.page
        page.wait_for_load_state("load")
        page.evaluate("async () => { await document.fonts.ready; }")
        if not page.evaluate("() => typeof window.axe === 'object'"):
            # Evaluated through the DevTools protocol, which the site's CSP does not govern.
            page.evaluate(AXE_SCRIPT.read_text())
        found = [v for v in page.evaluate(RUN_AXE) if v["impact"] in BLOCKING_IMPACTS]
        if found:
            self.violations.append(f"{name} ({page.url}):\n{describe(found)}")
        self.shots += 1
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"journey-{self.language}-{self.shots:02d}-{name}.png"
        page.screenshot(path=path, full_page=True)

    def main_text(self):
        return " ".join(self.page.locator("main").inner_text().split())


def sign_up(journey, email):
    page, language = journey.page, journey.language
    page.goto(f"/{language}/accounts/signup/")
    journey.look("sign-up")
    page.locator("input[name=full_name]").fill("Ayesha Khan" if language == "en" else "عائشہ خان")
    page.locator("input[name=email]").fill(email)
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.locator("select[name=preferred_language]").select_option(language)
    page.locator("select[name=audience]").select_option("law_enforcement")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(f"/{language}/accounts/confirm-email/$"))
    journey.look("confirmation-sent")

    sent = [message for message in mail.outbox if message.to == [email]]
    assert len(sent) == 1, [message.subject for message in mail.outbox]
    body = sent[0].body
    with translation.override(language):
        site_name = gettext("TIP Learning")
    assert site_name in body, body  # not "Hello from !"
    assert " !" not in body and "  " not in body, body
    page.goto(CONFIRM_LINK.search(body).group(1))
    journey.look("confirm-email")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    # Confirming signs the learner in and leads to My learning, not to the home page.
    expect(page).to_have_url(re.compile(f"/{language}/learning/$"))
    journey.look("my-learning-new")


def right_answers(attempt):
    """Form values that answer every question of ``attempt`` rightly, by field name."""
    questions = questions_for(attempt)
    fields = {}
    for entry in attempt.layout:
        key = entry["question"]
        question = questions[key]
        ids = [option_id for option_id, _value in question.option_values]
        if question.kind == QuestionKind.MATCHING:
            for option_id in ids:
                fields[f"q-{key}-{option_id}"] = str(entry["matches"].index(option_id))
        elif question.kind == QuestionKind.ORDERING:
            for position, option_id in enumerate(ids, start=1):
                fields[f"q-{key}-{option_id}"] = str(position)
        else:
            fields[f"q-{key}"] = [i for i, value in question.option_values if value["correct"]]
    return fields


def fill(page, fields, leave_out=()):
    for name, value in fields.items():
        if name in leave_out:
            continue
        if isinstance(value, list):
            for option_id in value:
                page.locator(f'input[name="{name}"][value="{option_id}"]').check()
        else:
            page.locator(f'select[name="{name}"]').select_option(value)


def open_attempt(user, quiz):
    return Attempt.objects.get(user=user, quiz_key=quiz.translation_key, status="in_progress")


def take_quiz(journey, user, quiz, name, leave_one_out=False):
    """Start ``quiz``, answer it rightly (but one, first, if asked) and submit it."""
    page = journey.page
    expect(page).to_have_url(re.compile(re.escape(quiz.url) + "$"))
    journey.look(f"{name}-start")
    page.locator(f'main form[action$="{quiz.url}start/"] button[type=submit]').click()
    expect(page).to_have_url(re.compile(re.escape(quiz.url) + "attempt/$"))
    journey.look(f"{name}-attempt")
    fields = right_answers(open_attempt(user, quiz))
    review = page.locator("button[name=action][value=review]")
    dialog = page.locator("dialog[data-quiz-dialog]")
    if leave_one_out:
        question = next(name for name in fields if name.count("-") == 1)
        fill(page, fields, leave_out={question})
        review.click()
        expect(dialog).to_be_visible()
        expect(dialog.locator(".quiz-dialog__count")).to_contain_text("1")
        journey.look(f"{name}-unanswered-warning")
        dialog.locator("[data-quiz-back]").click()
        expect(dialog).to_be_hidden()
        fill(page, {question: fields[question]})
    else:
        fill(page, fields)
    review.click()
    expect(dialog).to_be_visible()
    with page.expect_navigation():
        dialog.locator("[data-quiz-confirm]").click()
    expect(page).to_have_url(re.compile(re.escape(quiz.url) + r"results/\d+/$"))
    journey.look(f"{name}-results")


def next_step(journey):
    """Follow the page's way on to the next step of the course."""
    journey.page.locator("main .quiz-actions a.button, main a.button").first.click()


@pytest.mark.parametrize("language", ["en", "ur"])
def test_a_new_learner_goes_from_sign_up_to_certificate_on_a_phone(
    new_page, foundations, django_user_model, language
):
    from django.contrib.auth.models import AnonymousUser

    from certificates.demo import load_demo_certificate_template
    from quizzes.demo import load_demo_quizzes

    load_demo_quizzes()
    load_demo_certificate_template()
    page = new_page(viewport=PHONE)
    journey = Journey(page, language)
    email = f"journey-{language}@example.org"
    sign_up(journey, email)
    user = django_user_model.objects.get(email=email)
    course = foundations[language]
    steps = [step.page.specific for step in course_outline(course, AnonymousUser()).steps]
    locale = Locale.objects.get(language_code=language)
    assert all(step.locale_id == locale.pk for step in steps)
    kinds = [type(step).__name__ for step in steps]
    assert kinds[0] == "QuizPage" and kinds[-1] == "QuizPage", kinds
    assert {"LessonPage", "H5PActivityPage"} <= set(kinds), kinds

    page.goto(course.url)
    journey.look("course")
    page.locator("main .course-action a.button").first.click()

    for step in steps:
        expect(page).to_have_url(re.compile(re.escape(step.url)))
        if isinstance(step, LessonPage):
            journey.look(f"lesson-{step.slug}")
            page.locator('main form[action$="/complete/"] button[type=submit]').click()
        elif isinstance(step, H5PActivityPage):
            journey.look("activity")
            sort_cards(page.frame_locator(FRAME), EN if language == "en" else UR)
            expect(page.locator("[data-h5p-when-complete]")).to_be_visible(timeout=30_000)
            journey.look("activity-done")
            next_step(journey)
        elif isinstance(step, QuizPage) and step.is_pre_test:
            take_quiz(journey, user, step, "pre-test")
            result = page.locator("main .result")
            expect(result).to_contain_text("%")
            # No pass mark, no verdict, no attempts count, no lessons "to review".
            assert page.locator("main .message--success, main .message--warning").count() == 0
            assert page.locator("main a[href$='/'] >> text=/0%/").count() == 0
            next_step(journey)
        elif isinstance(step, QuizPage):
            final = step is steps[-1]
            take_quiz(journey, user, step, step.slug, leave_one_out=not final)
            expect(page.locator("main .result.message--success")).to_be_visible()
            if not final:
                next_step(journey)
    # The final assessment passed: the course is complete, the certificate one tap away.
    result = page.locator("main .result")
    expect(result.locator("strong")).to_contain_text(course.title)
    assert "attempt" not in result.inner_text().lower()
    certificate_link = page.locator("main .quiz-actions a.button").first
    certificate_link.click()
    journey.look("certificate")
    issued = page.locator("main li", has_text=course.title)
    expect(issued).to_have_count(1)
    expect(issued.locator("a[href$='.pdf'], a[href*='/pdf']").first).to_be_visible()

    page.goto(f"/{language}/learning/")
    journey.look("my-learning-done")
    completed = page.locator("main li", has_text=course.title)
    expect(completed).to_have_count(1)
    expect(completed.locator("a[href*='certificates']")).to_have_count(1)
    expect(page.locator("main")).not_to_contain_text("You have not started a course yet")

    page.locator("details.site-menu summary").click()
    page.locator("form[action$='/accounts/logout/'] button[type=submit]").first.click()
    expect(page.locator("form[action$='/accounts/logout/']")).to_have_count(0)
    journey.look("signed-out")

    assert journey.violations == [], "axe-core found serious violations:\n" + "\n".join(
        journey.violations
    )
    assert not [m for m in page.console.messages if m.startswith("pageerror")], (
        page.console.messages
    )
