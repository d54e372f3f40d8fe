"""Random payloads at the attempt endpoint: never a server error, never a partial write."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizzes.models import Attempt
from tests.factories import UserFactory
from tests.factories.courses import course
from tests.factories.quizzes import question, quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def attempt_setup(client, home_pages):
    page, _lessons = course(steps=1)
    questions = [question(kind) for kind in ("single", "multiple", "matching", "ordering")]
    quiz_page = quiz(page, questions)
    client.force_login(UserFactory())
    client.post(quiz_page.url + "start/")
    return quiz_page, Attempt.objects.get()


def payloads(attempt):
    names = ["action", "csrfmiddlewaretoken"]
    values = ["save", "", "0", "1", "99", "-1", "x" * 200]
    for entry in attempt.layout:
        names.append(f"q-{entry['question']}")
        values.extend(entry["options"])
        for option_id in entry["options"]:
            names.append(f"q-{entry['question']}-{option_id}")
    field_names = st.one_of(st.sampled_from(names), st.text(max_size=40))
    field_values = st.one_of(st.sampled_from(values), st.text(max_size=60))
    return st.dictionaries(field_names, st.lists(field_values, min_size=1, max_size=3), max_size=8)


def test_random_submissions(client, attempt_setup):
    quiz_page, attempt = attempt_setup
    url = quiz_page.url + "attempt/"

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(payloads(attempt))
    def check(payload):
        before = Attempt.objects.get(pk=attempt.pk).answers
        payload = {**payload, "action": ["save"], "attempt": [str(attempt.pk)]}
        response = client.post(url, payload)
        assert response.status_code in (302, 400), response.status_code
        after = Attempt.objects.get(pk=attempt.pk)
        assert after.status == "in_progress"
        if response.status_code == 400:
            assert after.answers == before

    check()
