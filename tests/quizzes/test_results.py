"""What a learner meets after submitting: review options, pre-tests, passing the final,
the way on, and each question's mark in words and a symbol."""

import re

from django.urls import reverse
from django.utils import translation

import pytest

from courses.models import Enrolment
from quizzes.models import Attempt
from tests.factories import UserFactory
from tests.factories.courses import course
from tests.factories.quizzes import question, quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(client):
    user = UserFactory()
    client.force_login(user)
    return user


def start(client, quiz_page):
    assert client.post(quiz_page.url + "start/").status_code == 302
    return Attempt.objects.get(status="in_progress")


def submit(client, quiz_page, attempt, **answers):
    data = {"action": "submit", "attempt": attempt.pk, **answers}
    response = client.post(quiz_page.url + "attempt/", data)
    assert response.status_code == 302 and "/results/" in response["Location"], response
    return client.get(response["Location"])


def right_option(q):
    return next(oid for oid, value in q.option_values if value["correct"])


def wrong_option(q):
    return next(oid for oid, value in q.option_values if not value["correct"])


def main(response):
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


@pytest.fixture
def final(home_pages):
    """A course whose last step is a final assessment showing right answers only once
    passed or out of attempts."""
    page, lessons = course(steps=1)
    questions = [
        question("single", prompt="Which one?"),
        question("matching"),
        question("ordering"),
        question("multiple"),
    ]
    quiz_page = quiz(
        page,
        questions,
        kind="final",
        max_attempts=3,
        review_score="always",
        review_marks="always",
        review_answers="closed",
        review_explanations="closed",
    )
    return page, lessons, quiz_page, questions


def test_a_failed_attempt_reveals_no_right_answer(client, learner, final):
    _course, _lessons, quiz_page, questions = final
    attempt = start(client, quiz_page)
    key = questions[0].translation_key.hex
    response = submit(client, quiz_page, attempt, **{f"q-{key}": wrong_option(questions[0])})
    html = main(response)
    assert "You did not pass this time." in html
    assert "Which one?" in html  # the questions are listed, marked...
    assert "not right" in html
    # ...but nothing says which answer is right, nor why.
    for secret in ("correct answer", "Because it is so", "Feedback on", "The right order"):
        assert secret not in html, secret
    for right_match in ("Cross-border", "Inside the country", "Safe place"):
        assert right_match not in html
    # The template is not even given what it may not show.
    for item in response.context["items"]:
        assert "explanation" not in item and "right_order" not in item
        for option in item["options"]:
            assert not {"correct", "right_match", "feedback"} & set(option)


def test_right_answers_are_shown_once_out_of_attempts(client, learner, final):
    _course, _lessons, quiz_page, _questions = final
    for _ in range(3):
        attempt = start(client, quiz_page)
        response = submit(client, quiz_page, attempt)
    html = main(response)
    assert "You have used all your attempts at this quiz." in html
    assert "correct answer" in html and "Because it is so" in html and "Cross-border" in html
    # An earlier failed attempt opens up too.
    first = Attempt.objects.order_by("started_at").first()
    html = main(client.get(quiz_page.url + f"results/{first.pk}/"))
    assert "correct answer" in html


def test_right_answers_are_shown_once_passed(client, learner, final):
    _course, _lessons, quiz_page, questions = final
    attempt = start(client, quiz_page)
    failed = submit(client, quiz_page, attempt)
    assert "correct answer" not in main(failed)
    attempt = start(client, quiz_page)
    data = {f"q-{q.translation_key.hex}": right_option(q) for q in (questions[0],)}
    data[f"q-{questions[3].translation_key.hex}"] = [
        oid for oid, value in questions[3].option_values if value["correct"]
    ]
    matching = next(e for e in attempt.layout if e.get("kind") == "matching")
    for option_id in matching["options"]:
        data[f"q-{matching['question']}-{option_id}"] = str(matching["matches"].index(option_id))
    ordering_key = questions[2].translation_key.hex
    for position, (option_id, _v) in enumerate(questions[2].option_values, start=1):
        data[f"q-{ordering_key}-{option_id}"] = str(position)
    html = main(submit(client, quiz_page, attempt, **data))
    assert "You passed." in html and "correct answer" in html and "Because it is so" in html


def test_review_never_keeps_the_score_and_marks_to_itself(client, learner, home_pages):
    page, _lessons = course(steps=1)
    q = question("single", prompt="Which one?")
    quiz_page = quiz(
        page,
        [q],
        review_score="never",
        review_marks="never",
        review_answers="never",
        review_explanations="never",
    )
    html = main(submit(client, quiz_page, start(client, quiz_page)))
    assert "You scored" not in html
    assert "Which one?" not in html and "not right" not in html
    assert "This quiz does not show feedback on each question." in html


def test_each_question_is_marked_with_a_symbol_and_words(client, learner, home_pages):
    page, _lessons = course(steps=1)
    right, partly, wrong, blank = (
        question("single", prompt="Right one?"),
        question("multiple", prompt="Partly one?"),
        question("single", prompt="Wrong one?"),
        question("single", prompt="Blank one?"),
    )
    quiz_page = quiz(page, [right, partly, wrong, blank], review_marks="always")
    attempt = start(client, quiz_page)
    multiple_right = [oid for oid, value in partly.option_values if value["correct"]]
    html = main(
        submit(
            client,
            quiz_page,
            attempt,
            **{
                f"q-{right.translation_key.hex}": right_option(right),
                f"q-{partly.translation_key.hex}": multiple_right[:1],
                f"q-{wrong.translation_key.hex}": wrong_option(wrong),
            },
        )
    )
    headings = re.findall(r"<h3>(.*?)</h3>", html, re.S)
    text = [re.sub(r"<[^>]+>", "", h).split() for h in headings]
    assert text == [
        ["Question", "1:", "✓", "right"],
        ["Question", "2:", "◐", "partly", "right"],
        ["Question", "3:", "✗", "not", "right"],
        ["Question", "4:", "✗", "not", "answered"],
    ]
    # The symbol is decoration: screen readers hear the words.
    assert html.count('class="mark__symbol" aria-hidden="true"') == 4


def test_pre_test_has_no_pass_or_fail_and_leads_into_the_course(client, learner, home_pages):
    page, lessons = course(steps=2)
    pre = quiz(
        page,
        [question("single", prompt="Before?")],
        slug="pre-test",
        kind="pre_test",
        pass_mark=0,
        max_attempts=1,
        pass_required=False,
        review_marks="never",
        review_answers="never",
        review_explanations="never",
    )
    pre.move(lessons[0], pos="left")
    pre.refresh_from_db()
    intro = main(client.get(pre.url))
    assert "Pass mark" not in intro
    assert "what you already know before the course" in intro
    attempt = start(client, pre)
    response = submit(client, pre, attempt)
    html = main(response)
    for wrong in ("Pass mark", "pass mark is", "You passed", "did not pass", "attempts left"):
        assert wrong not in html, wrong
    assert "Lessons to review" not in html
    assert "Your score: 0%." in html and "what you knew before the course" in html
    assert f'class="button" href="{lessons[0].url}">Start the course</a>' in html
    attempt.refresh_from_db()
    assert attempt.passed is None  # neither passed nor failed
    # Its step is done, and the quiz page says so with the way on.
    intro = main(client.get(pre.url))
    assert "You have completed this step." in intro and "Not passed" not in intro


def test_passing_the_final_completes_the_course_and_leads_to_the_certificate(
    client, learner, final, django_capture_on_commit_callbacks
):
    course_page, lessons, quiz_page, questions = final
    client.post(reverse("courses:complete_step", args=[lessons[0].pk]))
    attempt = start(client, quiz_page)
    data = {f"q-{questions[0].translation_key.hex}": right_option(questions[0])}
    data[f"q-{questions[3].translation_key.hex}"] = [
        oid for oid, value in questions[3].option_values if value["correct"]
    ]
    matching = next(e for e in attempt.layout if e.get("kind") == "matching")
    for option_id in matching["options"]:
        data[f"q-{matching['question']}-{option_id}"] = str(matching["matches"].index(option_id))
    for position, (option_id, _v) in enumerate(questions[2].option_values, start=1):
        data[f"q-{questions[2].translation_key.hex}-{option_id}"] = str(position)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            quiz_page.url + "attempt/", {"action": "submit", "attempt": attempt.pk, **data}
        )
    assert Enrolment.objects.get(user=learner).completed_at is not None
    html = main(client.get(response["Location"]))
    assert "You passed." in html
    assert "attempt left" not in html and "attempts left" not in html
    assert f"You have completed the course “{course_page.title}”." in html
    assert f'href="{reverse("certificates:mine")}' in html
    assert "Try again" not in html


def test_a_failed_attempt_offers_a_retake_through_the_quiz_page(client, learner, final):
    _course, _lessons, quiz_page, _questions = final
    html = main(submit(client, quiz_page, start(client, quiz_page)))
    assert "2 attempts left." in html
    # Starting again is a step of its own (the quiz page), never one tap that starts a timer.
    assert f'<a class="button" href="{quiz_page.url}">Try again</a>' in html
    assert 'action="' + quiz_page.url + 'start/"' not in html


def test_results_and_quiz_page_lead_on_to_the_next_step(client, learner, home_pages):
    page, lessons = course(steps=1)
    practice = quiz(page, [question("single")], pass_required=False)
    practice.move(lessons[0], pos="left")
    practice.refresh_from_db()
    html = main(submit(client, practice, start(client, practice)))
    assert f'<a class="button" href="{lessons[0].url}">Next step</a>' in html
    assert f'rel="next" href="{lessons[0].url}"' in html
    intro = main(client.get(practice.url))
    assert f'rel="next" href="{lessons[0].url}"' in intro
    assert f'<a class="button" href="{lessons[0].url}">Next step</a>' in intro
    # The lesson after it points back to the quiz.
    assert f'rel="prev" href="{practice.url}"' in main(client.get(lessons[0].url))


def test_a_quiz_after_a_lesson_points_back_to_it(client, learner, home_pages):
    page, lessons = course(steps=1)
    later = quiz(page, [question("single")])
    html = main(client.get(later.url))
    assert f'rel="prev" href="{lessons[0].url}"' in html
    assert "Step 2 of 2" in html


@pytest.mark.parametrize("language", ["en", "ur"])
def test_the_deadline_reads_without_a_doubled_full_stop(client, learner, home_pages, language):
    from tests.factories.courses import translate_tree

    page, _lessons = course(steps=1)
    quiz_page = quiz(page, [question("single")], time_limit_minutes=20)
    if language == "ur":
        urdu = translate_tree(page, "ur")
        quiz_page = quiz_page.get_translation(urdu.locale).specific
    start(client, quiz_page)
    html = main(client.get(quiz_page.url + "attempt/"))
    timer = re.search(r'<div class="quiz-timer".*?</div>\s*<p[^>]*>.*?</p>', html, re.S).group(0)
    text = " ".join(re.sub(r"<[^>]+>", " ", timer).split())
    with translation.override(language):
        by = translation.gettext("Submit by %(time)s") % {"time": ""}
    assert by.strip() in text
    assert ".." not in text and ".۔" not in text and "۔۔" not in text
