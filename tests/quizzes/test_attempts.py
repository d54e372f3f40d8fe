"""Taking a quiz through its pages: start, save, submit, results, limits and tampering."""

import datetime as dt

from django.utils import timezone

import pytest
import time_machine

from courses.models import Enrolment, StepProgress
from quizzes.models import Attempt
from tests.factories import UserFactory
from tests.factories.courses import course
from tests.factories.quizzes import question, quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(client, home_pages):
    page, lessons = course(steps=1)
    questions = [
        question("single"),
        question("multiple"),
        question("matching"),
        question("ordering"),
    ]
    quiz_page = quiz(page, questions, max_attempts=3)
    learner = UserFactory()
    client.force_login(learner)
    return {
        "course": page,
        "lessons": lessons,
        "quiz": quiz_page,
        "questions": questions,
        "learner": learner,
    }


def start(client, quiz_page):
    response = client.post(quiz_page.url + "start/")
    assert response.status_code == 302, response
    return Attempt.objects.get(status="in_progress")


def ids(q):
    return [option_id for option_id, _value in q.option_values]


def full_marks(attempt, questions):
    data = {"action": "submit", "attempt": attempt.pk}
    by_key = {q.translation_key.hex: q for q in questions}
    for entry in attempt.layout:
        q = by_key[entry["question"]]
        key = entry["question"]
        option_ids = ids(q)
        if q.kind == "single":
            data[f"q-{key}"] = option_ids[0]
        elif q.kind == "multiple":
            data[f"q-{key}"] = option_ids[:2]
        elif q.kind == "matching":
            for option_id in option_ids:
                data[f"q-{key}-{option_id}"] = str(entry["matches"].index(option_id))
        elif q.kind == "ordering":
            for position, option_id in enumerate(option_ids, start=1):
                data[f"q-{key}-{option_id}"] = str(position)
    return data


def test_question_page_never_shows_the_answers(client, setup):
    attempt = start(client, setup["quiz"])
    html = client.get(setup["quiz"].url + "attempt/").content.decode()
    assert "A single question?" in html
    for word in ("Feedback on", "Because it is so", "correct", 'Cross-border" selected'):
        assert word not in html
    # Matching: the right-hand items are named by position only, never by option id.
    matching = next(e for e in attempt.layout if "matches" in e)
    for option_id in matching["options"]:
        assert f'value="{option_id}"' not in html


def test_full_marks_pass_and_complete_the_course(client, setup, django_capture_on_commit_callbacks):
    attempt = start(client, setup["quiz"])
    client.post(f"/en/learning/steps/{setup['lessons'][0].pk}/complete/")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            setup["quiz"].url + "attempt/", full_marks(attempt, setup["questions"])
        )
    assert response.status_code == 302 and "/results/" in response["Location"]
    attempt.refresh_from_db()
    assert attempt.status == "submitted" and attempt.passed and float(attempt.score) == 100.0
    assert StepProgress.objects.filter(step_key=setup["quiz"].translation_key).exists()
    assert Enrolment.objects.get(user=setup["learner"]).completed_at is not None
    html = client.get(response["Location"]).content.decode()
    assert "You passed." in html and "Because it is so" in html


def test_submitting_twice_grades_once(client, setup):
    attempt = start(client, setup["quiz"])
    data = full_marks(attempt, setup["questions"])
    first = client.post(setup["quiz"].url + "attempt/", data)
    attempt.refresh_from_db()
    submitted_at = attempt.submitted_at
    second = client.post(
        setup["quiz"].url + "attempt/",
        {**data, f"q-{attempt.layout[0]['question']}": ids(setup["questions"][0])[1]},
    )
    attempt.refresh_from_db()
    assert attempt.submitted_at == submitted_at and float(attempt.score) == 100.0
    assert Attempt.objects.count() == 1
    assert first.status_code == 302 and second.status_code == 302


def test_failing_then_retrying_within_the_limit(client, setup):
    for _ in range(3):
        attempt = start(client, setup["quiz"])
        client.post(setup["quiz"].url + "attempt/", {"action": "submit", "attempt": attempt.pk})
        attempt.refresh_from_db()
        assert attempt.passed is False
    response = client.post(setup["quiz"].url + "start/")
    assert response.status_code == 302
    assert Attempt.objects.count() == 3
    assert not StepProgress.objects.exists()


def test_reopening_resumes_the_same_attempt_and_saved_answers(client, setup):
    attempt = start(client, setup["quiz"])
    key = attempt.layout[0]["question"]
    chosen = ids(setup["questions"][0])[1]
    client.post(
        setup["quiz"].url + "attempt/",
        {"action": "save", "attempt": attempt.pk, f"q-{key}": chosen},
    )
    assert start(client, setup["quiz"]).pk == attempt.pk
    html = client.get(setup["quiz"].url + "attempt/").content.decode()
    assert f'value="{chosen}" checked' in html


@pytest.mark.parametrize(
    "tamper",
    ["unknown-question", "unknown-option", "two-for-one", "stray-field", "huge", "bad-position"],
)
def test_tampered_submissions_are_refused_and_change_nothing(client, setup, tamper):
    attempt = start(client, setup["quiz"])
    key = attempt.layout[0]["question"]
    ordering = next(
        e for e in attempt.layout if e["question"] == setup["questions"][3].translation_key.hex
    )
    data = {
        "unknown-question": {"q-" + "0" * 32: "x"},
        "unknown-option": {f"q-{key}": "not-an-option"},
        "two-for-one": {f"q-{key}": ids(setup["questions"][0])[:2]},
        "stray-field": {"is_admin": "1"},
        "huge": {f"q-{key}": "x" * 5000},
        "bad-position": {f"q-{ordering['question']}-{ordering['options'][0]}": "99"},
    }[tamper]
    response = client.post(
        setup["quiz"].url + "attempt/", {"action": "submit", "attempt": attempt.pk, **data}
    )
    assert response.status_code == 400
    attempt.refresh_from_db()
    assert attempt.status == "in_progress" and attempt.answers == {}


def test_learners_cannot_see_or_submit_each_others_attempts(client, setup):
    attempt = start(client, setup["quiz"])
    client.post(setup["quiz"].url + "attempt/", {"action": "submit", "attempt": attempt.pk})
    other = UserFactory()
    client.force_login(other)
    assert client.get(setup["quiz"].url + f"results/{attempt.pk}/").status_code == 404
    # Their own attempt page never shows someone else's attempt.
    response = client.get(setup["quiz"].url + "attempt/")
    assert response.status_code == 302


def test_time_limit_is_enforced_on_the_server(client, setup):
    setup["quiz"].time_limit_minutes = 10
    setup["quiz"].save_revision().publish()
    start_time = timezone.now()
    with time_machine.travel(start_time, tick=False):
        attempt = start(client, setup["quiz"])
        key = attempt.layout[0]["question"]
        right = ids(setup["questions"][0])[0]
        client.post(
            setup["quiz"].url + "attempt/",
            {"action": "save", "attempt": attempt.pk, f"q-{key}": right},
        )
    with time_machine.travel(start_time + dt.timedelta(minutes=15), tick=False):
        # Late answers are ignored; what was saved in time is graded.
        client.post(setup["quiz"].url + "attempt/", {**full_marks(attempt, setup["questions"])})
    attempt.refresh_from_db()
    assert attempt.status == "expired"
    assert float(attempt.score) == 25.0


def test_abandoned_timed_attempt_is_closed_by_the_periodic_task(client, setup):
    from quizzes.tasks import close_expired_attempts

    setup["quiz"].time_limit_minutes = 5
    setup["quiz"].save_revision().publish()
    attempt = start(client, setup["quiz"])
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=30)):
        assert close_expired_attempts.delay().get() == 1
    attempt.refresh_from_db()
    assert attempt.status == "expired" and attempt.passed is False


def test_anonymous_visitors_are_asked_to_sign_in(client, setup):
    client.logout()
    response = client.get(setup["quiz"].url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    response = client.post(setup["quiz"].url + "start/")
    assert response.status_code == 302 and not Attempt.objects.exists()


def test_results_point_to_lessons_on_the_missed_topics(client, setup):
    from wagtail.models import Locale

    from courses.models import Topic

    topic = Topic.objects.create(
        name="Indicators", slug="indicators", locale=Locale.objects.get(language_code="en")
    )
    setup["questions"][0].topics.add(topic)
    setup["questions"][0].save()  # parental many-to-many: written on save
    setup["lessons"][0].topics.add(topic)
    setup["lessons"][0].save_revision().publish()
    start(client, setup["quiz"])
    attempt = Attempt.objects.get(status="in_progress")
    response = client.post(
        setup["quiz"].url + "attempt/", {"action": "submit", "attempt": attempt.pk}, follow=True
    )
    html = response.content.decode()
    assert "Lessons to review" in html and f'href="{setup["lessons"][0].url}"' in html


def test_refusal_page_is_in_the_learners_language(client, setup):
    from django.utils import translation

    from tests.factories.courses import translate_tree

    start(client, setup["quiz"])
    urdu_course = translate_tree(setup["course"], "ur")
    urdu_quiz = setup["quiz"].get_translation(urdu_course.locale)
    response = client.post(urdu_quiz.url + "attempt/", {"action": "submit", "q-nope": "x"})
    assert response.status_code == 400
    html = response.content.decode()
    with translation.override("ur"):
        expected = translation.gettext(
            "Nothing was changed. Go back to the quiz and answer from the page as it is shown."
        )
    assert (
        expected
        != "Nothing was changed. Go back to the quiz and answer from the page as it is shown."
    )
    assert 'lang="ur"' in html and expected in html
    assert Attempt.objects.get().answers == {}


def test_a_quiz_cannot_be_marked_complete_without_passing(client, setup):
    response = client.post(f"/en/learning/steps/{setup['quiz'].pk}/complete/")
    assert response.status_code == 403
    assert not StepProgress.objects.filter(step_key=setup["quiz"].translation_key).exists()


def test_a_form_from_an_earlier_attempt_is_refused(client, setup):
    first = start(client, setup["quiz"])
    client.post(setup["quiz"].url + "attempt/", {"action": "submit", "attempt": first.pk})
    second = start(client, setup["quiz"])
    response = client.post(
        setup["quiz"].url + "attempt/", {"action": "submit", "attempt": first.pk}
    )
    assert response.status_code == 400
    second.refresh_from_db()
    assert second.status == "in_progress"
