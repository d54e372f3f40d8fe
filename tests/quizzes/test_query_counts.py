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
