"""H5P activities in courses: a step that completes itself, and players inside lessons."""

import json
import re

from wagtail.test.utils.form_data import nested_form_data

import pytest
from allauth.mfa.totp.internal.auth import TOTP

from courses.models import H5PActivityPage, LessonPage, StepProgress
from h5p.models import XAPIStatement
from h5p.tokens import read_token
from tests.factories import StaffUserFactory, UserFactory
from tests.factories.courses import course, publish
from tests.h5p.conftest import sorting_package, store

pytestmark = pytest.mark.django_db

ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
PROGRESSED = "http://adlnet.gov/expapi/verbs/progressed"


@pytest.fixture
def activity_course(home_page, media_root):
    content = store(sorting_package())
    page, lessons = course(steps=1)
    step = publish(
        page.add_child(
            instance=H5PActivityPage(title="Sort the situations", slug="sort", activity=content)
        )
    )
    return page, lessons, step, content


def token_on(html):
    return re.search(r'data-h5p-token="([^"]+)"', html).group(1)


def report(client, token, content, verb=ANSWERED, raw=2, maximum=2, part=False):
    object_id = content.object_iri() + ("?subContentId=1" if part else "")
    statement = {
        "verb": {"id": verb},
        "object": {"id": object_id},
        "result": {"score": {"raw": raw, "max": maximum, "min": 0}},
    }
    return client.post(
        "/h5p/xapi/",
        json.dumps({"token": token, "statement": statement}),
        content_type="application/json",
    )


def test_the_step_page_shows_a_sandboxed_player_with_the_learners_token(client, activity_course):
    _page, _lessons, step, content = activity_course
    learner = UserFactory()
    client.force_login(learner)
    html = client.get(step.url).content.decode()
    assert 'sandbox="allow-scripts"' in html and "allow-same-origin" not in html
    token = read_token(token_on(html))
    assert (token.user_id, token.content_id) == (learner.pk, content.pk)
    assert token.context == f"courses.step:{step.translation_key}"
    assert "Finish the activity to complete this step." in html
    assert "Mark complete" not in html


def test_finishing_the_activity_completes_the_step(client, activity_course):
    _page, _lessons, step, content = activity_course
    learner = UserFactory()
    client.force_login(learner)
    token = token_on(client.get(step.url).content.decode())

    assert report(client, token, content, verb=PROGRESSED).json().get("step_complete") is None
    assert report(client, token, content, part=True).json().get("step_complete") is None
    assert not StepProgress.objects.filter(user=learner, step_key=step.translation_key).exists()

    reply = report(client, token, content).json()
    assert reply["step_complete"] is True
    assert StepProgress.objects.filter(user=learner, step_key=step.translation_key).exists()
    assert XAPIStatement.objects.filter(user=learner).count() == 3
    html = client.get(step.url).content.decode()
    assert "You have completed this step." in html


def test_a_minimum_score_must_be_reached(client, activity_course):
    _page, _lessons, step, content = activity_course
    step.min_score = 75
    publish(step)
    learner = UserFactory()
    client.force_login(learner)
    token = token_on(client.get(step.url).content.decode())
    reply = report(client, token, content, raw=1, maximum=2).json()
    assert reply == {"stored": reply["stored"], "step_complete": False, "min_score": 75}
    assert not StepProgress.objects.filter(user=learner, step_key=step.translation_key).exists()
    assert report(client, token, content, raw=2, maximum=2).json()["step_complete"] is True


def test_steps_cannot_be_completed_by_hand(client, activity_course):
    _page, _lessons, step, _content = activity_course
    client.force_login(UserFactory())
    response = client.post(f"/en/learning/steps/{step.pk}/complete/")
    assert response.status_code in (403, 404)
    assert not StepProgress.objects.exists()


def test_the_whole_course_completes_through_the_activity(client, activity_course):
    _page, lessons, step, content = activity_course
    learner = UserFactory()
    client.force_login(learner)
    client.post(f"/en/learning/steps/{lessons[0].pk}/complete/")
    token = token_on(client.get(step.url).content.decode())
    assert report(client, token, content).json()["course_complete"] is True


def test_a_lesson_with_an_h5p_block_gives_each_learner_their_own_player(client, activity_course):
    page, _lessons, _step, content = activity_course
    body = [("paragraph", "<p>Try it:</p>"), ("h5p", {"content": content, "caption": ""})]
    page_with_block = publish(
        page.add_child(instance=LessonPage(title="Practice", slug="practice", body=body))
    )
    first, second = UserFactory(), UserFactory()
    client.force_login(first)
    token_one = read_token(token_on(client.get(page_with_block.url).content.decode()))
    client.force_login(second)
    html = client.get(page_with_block.url).content.decode()  # the body now comes from the cache
    token_two = read_token(token_on(html))
    assert (token_one.user_id, token_two.user_id) == (first.pk, second.pk)
    assert token_two.context == f"courses.lesson:{page_with_block.translation_key}"
    assert "data-h5p-slot" not in html


def test_editors_can_create_the_step_in_the_admin(client, activity_course):
    page, _lessons, _step, content = activity_course
    editor = StaffUserFactory()
    TOTP.activate(editor, "JBSWY3DPEHPK3PXP")
    client.force_login(editor)
    assert H5PActivityPage in page.specific_class.allowed_subpage_models()
    data = nested_form_data(
        {
            "title": "Another activity",
            "slug": "another",
            "activity": content.pk,
            "intro": "",
            "estimated_minutes": 5,
        }
    )
    response = client.post(f"/admin/pages/add/courses/h5pactivitypage/{page.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    assert H5PActivityPage.objects.filter(slug="another", activity=content).exists()


@pytest.mark.parametrize("size", [5, 50])
def test_the_step_page_costs_constant_queries(
    client, activity_course, size, django_assert_max_num_queries
):
    page, _lessons, step, _content = activity_course
    for number in range(size):
        publish(page.add_child(instance=LessonPage(title=f"More {number}", slug=f"more-{number}")))
    learner = UserFactory()
    client.force_login(learner)
    client.get(step.url)  # warm the caches every request shares
    # the lesson's budget (8), of which the player takes the content and its version
    with django_assert_max_num_queries(8):
        response = client.get(step.url)
    assert response.status_code == 200
