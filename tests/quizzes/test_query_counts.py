"""The question page and a submission cost the same queries with 20 or 500 questions in the bank."""

from wagtail.models import Locale

import pytest

from courses.models import Topic
from quizzes.models import Attempt, Question
from tests.factories import UserFactory
from tests.factories.courses import course
from tests.factories.quizzes import question, quiz

pytestmark = pytest.mark.django_db

ATTEMPT_PAGE_BOUND = 10
SUBMIT_BOUND = 28
RESULTS_BOUND = 14


def bank(size, topic):
    template = question("single")
    english = Locale.objects.get(language_code="en")
    created = Question.objects.bulk_create(
        [
            Question(
                kind="single",
                prompt=f"Bank question {n}?",
                options=template.options,
                explanation="x",
                locale=english,
            )
            for n in range(size)
        ]
    )
    Question.topics.through.objects.bulk_create(
        [Question.topics.through(question_id=q.pk, topic_id=topic.pk) for q in created]
    )


@pytest.mark.parametrize("size", [20, 500])
def test_attempt_page_and_submission(client, home_pages, size, django_assert_max_num_queries):
    english = Locale.objects.get(language_code="en")
    topic = Topic.objects.create(name="Indicators", slug="indicators", locale=english)
    bank(size, topic)
    page, _lessons = course(steps=1)
    quiz_page = quiz(page, [question("multiple"), question("matching")], draw_count=8)
    quiz_page.draw_topics.add(topic)
    quiz_page.save_revision().publish()
    client.force_login(UserFactory())
    client.post(quiz_page.url + "start/")
    attempt = Attempt.objects.get()
    assert len(attempt.layout) == 10
    url = quiz_page.url + "attempt/"
    client.get(url)
    with django_assert_max_num_queries(ATTEMPT_PAGE_BOUND):
        assert client.get(url).status_code == 200
    data = {"action": "submit", "attempt": attempt.pk}
    for entry in attempt.layout:
        data[f"q-{entry['question']}"] = entry["options"][0]
        if "matches" in entry:
            del data[f"q-{entry['question']}"]
    with django_assert_max_num_queries(SUBMIT_BOUND):
        assert client.post(url, data).status_code == 302


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # routing and the page tree's cache warmed, as for every later visit
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_quiz_intro_confirmation_and_results_cost_the_same_whatever_the_history(client, home_pages):
    """The quiz page, the confirmation step and the results page with 1 and 8 past attempts
    and a question bank of 20 or 200: the same number of queries."""
    english = Locale.objects.get(language_code="en")
    topic = Topic.objects.create(name="Indicators", slug="indicators", locale=english)
    page, _lessons = course(steps=2)
    quiz_page = quiz(page, [question("multiple"), question("matching")], draw_count=4)
    quiz_page.draw_topics.add(topic)
    quiz_page.save_revision().publish()
    client.force_login(UserFactory())
    counts = []
    for size, attempts in ((20, 1), (180, 7)):
        bank(size, topic)
        for _ in range(attempts):
            client.post(quiz_page.url + "start/")
            attempt = Attempt.objects.get(status="in_progress")
            client.post(quiz_page.url + "attempt/", {"action": "submit", "attempt": attempt.pk})
        results = quiz_page.url + f"results/{attempt.pk}/"
        client.post(quiz_page.url + "start/")
        attempt = Attempt.objects.get(status="in_progress")
        client.post(quiz_page.url + "attempt/", {"action": "review", "attempt": attempt.pk})
        counts.append(
            [
                _queries(client, quiz_page.url),
                _queries(client, quiz_page.url + "confirm/"),
                _queries(client, results),
            ]
        )
        client.post(quiz_page.url + "attempt/", {"action": "confirm", "attempt": attempt.pk})
    assert counts[0] == counts[1], counts
    assert max(counts[0]) <= RESULTS_BOUND, counts
