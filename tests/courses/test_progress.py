"""Enrolment, step progress and course completion, through the views a learner uses."""

from django.urls import reverse

import pytest
import time_machine

from courses.models import Enrolment, StepProgress
from courses.services import complete_step
from courses.signals import course_completed
from tests.factories import UserFactory
from tests.factories.courses import course, lesson, translate_tree

pytestmark = pytest.mark.django_db


def complete_url(step):
    return reverse("courses:complete_step", args=[step.pk])


@pytest.fixture
def completions():
    received = []

    def receiver(sender, user, enrolment, **kwargs):
        received.append((user.pk, enrolment.course_key))

    course_completed.connect(receiver)
    yield received
    course_completed.disconnect(receiver)


@pytest.fixture
def learner(client, home_pages):
    user = UserFactory()
    client.force_login(user)
    return user


def test_opening_a_step_enrols_and_remembers_it(client, learner):
    page, lessons = course(steps=3)
    assert client.get(lessons[1].url).status_code == 200
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.course_key == page.translation_key
    assert enrolment.last_step_key == lessons[1].translation_key
    assert enrolment.completed_at is None


def test_mark_complete_goes_to_the_next_step(client, learner):
    _page, lessons = course(steps=3)
    response = client.post(complete_url(lessons[0]))
    assert response.status_code == 302
    assert response["Location"] == lessons[1].url
    assert StepProgress.objects.filter(user=learner).count() == 1


def test_completing_twice_keeps_one_row_and_the_first_timestamp(client, learner):
    _page, lessons = course(steps=2)
    with time_machine.travel("2026-01-01 10:00Z", tick=False):
        client.post(complete_url(lessons[0]))
    with time_machine.travel("2026-01-02 10:00Z", tick=False):
        client.post(complete_url(lessons[0]))
    progress = StepProgress.objects.get(user=learner)
    assert progress.completed_at.isoformat().startswith("2026-01-01T10:00")


def test_course_completes_once_and_the_signal_fires_once(
    client, learner, completions, django_capture_on_commit_callbacks
):
    page, lessons = course(steps=2)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(complete_url(lessons[0]))
        response = client.post(complete_url(lessons[1]))
        # A double click, and a replay of every step.
        client.post(complete_url(lessons[1]))
        client.post(complete_url(lessons[0]))
    assert response["Location"] == page.url
    assert completions == [(learner.pk, page.translation_key)]
    enrolment = Enrolment.objects.get(user=learner)
    first_completion = enrolment.completed_at
    assert first_completion is not None
    with django_capture_on_commit_callbacks(execute=True):
        complete_step(learner, lessons[1])
    enrolment.refresh_from_db()
    assert enrolment.completed_at == first_completion
    assert len(completions) == 1


def test_optional_steps_are_not_needed(
    client, learner, completions, django_capture_on_commit_callbacks
):
    page, lessons = course(steps=1)
    lesson(page, 9, is_optional=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(complete_url(lessons[0]))
    assert len(completions) == 1


def test_a_step_added_after_completion_does_not_uncomplete(client, learner):
    page, lessons = course(steps=1)
    client.post(complete_url(lessons[0]))
    assert Enrolment.objects.get(user=learner).completed_at is not None
    added = lesson(page, 2)
    html = client.get(page.url).content.decode()
    assert Enrolment.objects.get(user=learner).completed_at is not None
    assert f'href="{added.url}">See what is new' in html


def test_course_page_button_start_continue_review(client, learner):
    page, lessons = course(steps=2)
    assert ">Start</a>" in client.get(page.url).content.decode()
    client.post(complete_url(lessons[0]))
    html = client.get(page.url).content.decode()
    assert ">Continue</a>" in html and f'href="{lessons[1].url}"' in html
    client.post(complete_url(lessons[1]))
    assert ">Review</a>" in client.get(page.url).content.decode()


def test_progress_follows_the_learner_into_urdu(client, learner):
    page, lessons = course(steps=3)
    client.post(complete_url(lessons[0]))
    client.post(complete_url(lessons[1]))
    urdu = translate_tree(page, "ur")
    html = client.get(urdu.url).content.decode()
    assert 'value="67"' in html  # two of three steps
    urdu_third = lessons[2].get_translation(urdu.locale)
    assert f'href="{urdu_third.url}"' in html  # Continue leads to the Urdu step
    # Completing in Urdu completes the same course.
    client.post(complete_url(urdu_third))
    assert Enrolment.objects.get(user=learner).completed_at is not None


def test_untranslated_step_falls_back_to_english_with_a_notice(client, learner):
    page, lessons = course(steps=2)
    urdu_course = page.copy_for_translation(
        page.locale.__class__.objects.get(language_code="ur"), copy_parents=True
    )
    urdu_course.save_revision().publish()
    translate_tree(lessons[0], "ur")
    alias = lessons[1].copy_for_translation(urdu_course.locale, alias=True)
    response = client.get(alias.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'lang="ur"' in html and "notice-fallback" in html
    assert 'class="lesson" lang="en" dir="ltr"' in html


def test_prerequisites_block_the_steps_and_say_why(client, learner):
    first, first_lessons = course(steps=1, title="Basics")
    second, second_lessons = course(steps=1)
    second.prerequisites.add(first)
    second.save_revision().publish()
    html = client.get(second.url).content.decode()
    assert "Basics" in html and f'href="{first.url}"' in html
    response = client.get(second_lessons[0].url)
    assert response.status_code == 302 and response["Location"] == second.url
    response = client.post(complete_url(second_lessons[0]))
    assert response.status_code == 302
    assert not StepProgress.objects.exists()
    client.post(complete_url(first_lessons[0]))
    assert client.get(second_lessons[0].url).status_code == 200


def test_public_course_can_be_read_without_an_account_and_stores_nothing(client, home_pages):
    _page, lessons = course(steps=2, is_public=True)
    response = client.get(lessons[0].url)
    assert response.status_code == 200
    assert "Sign in to keep it" in response.content.decode()
    assert not Enrolment.objects.exists()
    response = client.post(complete_url(lessons[0]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not StepProgress.objects.exists()


def test_private_course_steps_need_sign_in(client, home_pages):
    page, lessons = course(steps=1)
    assert client.get(page.url).status_code == 200  # the overview is public
    response = client.get(lessons[0].url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("case", ["missing", "draft", "not-a-step", "get"])
def test_bad_completion_requests_write_nothing(client, learner, case):
    page, lessons = course(steps=1)
    draft = lesson(page, 5, live=False)
    target = {"missing": 999999, "draft": draft.pk, "not-a-step": page.pk, "get": lessons[0].pk}[
        case
    ]
    url = reverse("courses:complete_step", args=[target])
    response = client.get(url) if case == "get" else client.post(url)
    assert response.status_code in (404, 405)
    assert not StepProgress.objects.exists()
    assert not Enrolment.objects.exists()


def test_unpublished_course_refuses_completion(client, learner):
    page, lessons = course(steps=1)
    page.unpublish()
    response = client.post(complete_url(lessons[0]))
    assert response.status_code == 404
    assert not StepProgress.objects.exists()


def test_learners_never_see_each_others_progress(client, learner):
    page, lessons = course(steps=2)
    other = UserFactory(full_name="Other Learner")
    complete_step(other, lessons[0])
    complete_step(other, lessons[1])
    html = client.get(page.url).content.decode()
    assert ">Start</a>" in html and "is-complete" not in html
    html = client.get(reverse("courses:my_learning")).content.decode()
    assert page.title not in html.split("Suggested for you")[0]
    # Completing a step acts on the signed-in learner only.
    client.post(complete_url(lessons[0]))
    assert StepProgress.objects.filter(user=other).count() == 2
    assert StepProgress.objects.filter(user=learner).count() == 1


def test_my_learning_lists_progress_completed_and_suggestions(client, learner):
    learner.audience = "law_enforcement"
    learner.save()
    _started, started_lessons = course(steps=2, title="Started course")
    _done, done_lessons = course(steps=1, title="Finished course")
    _suggested, _ = course(steps=1, title="Suggested course")
    course(steps=1, title="Course for NGOs", audiences=["civil_society"])
    client.get(started_lessons[1].url)
    client.post(complete_url(done_lessons[0]))
    html = client.get(reverse("courses:my_learning")).content.decode()
    in_progress, rest = html.split("Completed</h2>")
    assert "Started course" in in_progress and f'href="{started_lessons[1].url}"' in in_progress
    completed, suggestions = rest.split("Suggested for you")
    assert "Finished course" in completed
    assert "Suggested course" in suggestions and "Course for NGOs" not in suggestions


def test_my_learning_needs_sign_in(client, home_pages):
    response = client.get(reverse("courses:my_learning"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
