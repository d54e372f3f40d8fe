"""Saving is not submitting: before grading the learner sees how many questions are
unanswered and confirms; going back keeps the answers and spends nothing."""

import pytest

from quizzes.models import Attempt
from tests.factories import UserFactory
from tests.factories.courses import course
from tests.factories.quizzes import question, quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(client, home_pages):
    page, _lessons = course(steps=1)
    questions = [question("single", prompt=f"Question {n}?") for n in range(1, 6)]
    quiz_page = quiz(page, questions, max_attempts=2)
    client.force_login(UserFactory())
    client.post(quiz_page.url + "start/")
    return quiz_page, questions, Attempt.objects.get()


def answer(q):
    return {f"q-{q.translation_key.hex}": next(oid for oid, _v in q.option_values)}


def test_submitting_asks_first_and_says_how_many_are_unanswered(client, setup):
    quiz_page, questions, attempt = setup
    response = client.post(
        quiz_page.url + "attempt/",
        {"action": "review", "attempt": attempt.pk, **answer(questions[0]), **answer(questions[2])},
    )
    assert response.status_code == 302 and response["Location"] == quiz_page.url + "confirm/"
    attempt.refresh_from_db()
    # Nothing graded yet, and the answers given so far are kept.
    assert attempt.status == "in_progress" and len(attempt.answers) == 2
    html = client.get(response["Location"]).content.decode()
    assert "Questions not answered: 3 of 5" in html
    for number in (2, 4, 5):
        assert f'href="{quiz_page.url}attempt/#question-{number}">Question {number}</a>' in html
    assert f'href="{quiz_page.url}attempt/#question-1"' not in html
    assert "After this attempt you will have 1 attempt left." in html
    # Going back shows the same answers, still open.
    back = client.get(quiz_page.url + "attempt/").content.decode()
    assert back.count(" checked") == 2


def test_confirming_grades_the_saved_answers(client, setup):
    quiz_page, questions, attempt = setup
    client.post(
        quiz_page.url + "attempt/",
        {"action": "review", "attempt": attempt.pk, **answer(questions[0])},
    )
    response = client.post(quiz_page.url + "attempt/", {"action": "confirm", "attempt": attempt.pk})
    assert "/results/" in response["Location"]
    attempt.refresh_from_db()
    assert attempt.status == "submitted" and float(attempt.score) == 20.0


def test_all_answered_says_so(client, setup):
    quiz_page, questions, attempt = setup
    data = {"action": "review", "attempt": attempt.pk}
    for q in questions:
        data.update(answer(q))
    client.post(quiz_page.url + "attempt/", data)
    html = client.get(quiz_page.url + "confirm/").content.decode()
    assert "You have answered every question." in html and "Questions not answered" not in html


def test_the_question_page_keeps_save_and_submit_apart(client, setup):
    quiz_page, _questions, _attempt = setup
    html = client.get(quiz_page.url + "attempt/").content.decode()
    # Save comes first (a form's Enter key saves), secondary; submitting only reviews.
    save = html.index('value="save" class="button--secondary"')
    review = html.index('value="review"')
    assert save < review
    assert 'value="submit"' not in html
    assert '<dialog class="quiz-dialog"' in html  # the page's own confirmation, with JavaScript


def test_the_confirmation_of_a_finished_attempt_goes_to_its_results(client, setup):
    quiz_page, _questions, attempt = setup
    client.post(quiz_page.url + "attempt/", {"action": "confirm", "attempt": attempt.pk})
    response = client.get(quiz_page.url + "confirm/")
    assert response.status_code == 302 and response["Location"] == quiz_page.url
