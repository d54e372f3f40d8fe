"""Indicator checklists in lessons: the instruction first, ticks kept for the learner, and a
pointer to how to report once several signs are ticked."""

import re

from django.urls import reverse

from wagtail.models import Locale

import pytest

from courses.models import IndicatorTicks, Topic
from tests.factories import UserFactory
from tests.factories.courses import course, publish

pytestmark = pytest.mark.django_db

ITEMS = [
    {"indicator": f"Sign number {n}, described in words long enough to wrap", "explanation": ""}
    for n in range(1, 6)
]
CHECKLIST = ("indicators", {"title": "Signs to look for", "intro": "Look closely.", "items": ITEMS})


@pytest.fixture
def lessons(home_pages):
    """A course whose first lesson has a checklist and whose third explains how to report."""
    page, steps = course(steps=3, is_public=True)
    first = steps[0]
    first.body = [("paragraph", "<p>Before.</p>"), CHECKLIST, ("paragraph", "<p>After.</p>")]
    publish(first)
    reporting = Topic.objects.create(
        name="Law and reporting", slug="law-and-reporting", locale=Locale.get_default()
    )
    steps[2].title = "Reporting it"
    steps[2].topics.set([reporting])
    publish(steps[2])
    return page, steps


def block_id(step):
    return step.body.raw_data[1]["id"]


def save_url(step):
    return reverse("courses:save_ticks", args=[step.pk, block_id(step)])


def ticked_boxes(html):
    return re.findall(r'value="(\d+)" id="ind-[^"]+"[^>]*\schecked', html)


def test_the_instruction_comes_before_the_list(client, lessons):
    _page, steps = lessons
    html = client.get(steps[0].url).content.decode()
    assert html.index("Tick the signs you have seen") < html.index("indicators__list")


def test_ticks_are_kept_for_the_learner_and_only_for_them(client, lessons):
    _page, steps = lessons
    learner = UserFactory()
    client.force_login(learner)
    response = client.post(save_url(steps[0]), {"ticked": ["1", "4"]})
    assert response.status_code == 302
    assert response["Location"] == f"{steps[0].url}#ind-{block_id(steps[0])}"
    html = client.get(steps[0].url).content.decode()
    assert ticked_boxes(html) == ["1", "4"]
    assert 'Signs ticked: <span class="indicators__number">2</span> of 5' in html
    client.force_login(UserFactory())
    assert ticked_boxes(client.get(steps[0].url).content.decode()) == []
    row = IndicatorTicks.objects.get()
    assert (row.user, row.lesson_key, row.ticked) == (learner, steps[0].translation_key, [1, 4])


def test_unticking_everything_is_kept_too(client, lessons):
    _page, steps = lessons
    client.force_login(UserFactory())
    client.post(save_url(steps[0]), {"ticked": ["2"]})
    client.post(save_url(steps[0]), {})
    assert ticked_boxes(client.get(steps[0].url).content.decode()) == []
    assert IndicatorTicks.objects.get().ticked == []


def test_several_ticks_point_to_the_step_on_reporting(client, lessons):
    _page, steps = lessons
    client.force_login(UserFactory())
    client.post(save_url(steps[0]), {"ticked": ["1", "2"]})
    html = client.get(steps[0].url).content.decode()
    assert re.search(r'class="indicators__several" role="status" hidden', html)
    client.post(save_url(steps[0]), {"ticked": ["1", "2", "5"]})
    html = client.get(steps[0].url).content.decode()
    several = html.split('class="indicators__several" role="status"')[1].split("</div>")[0]
    assert not several.startswith(" hidden")
    assert "this person may be a victim of trafficking" in several
    assert f'the step <a href="{steps[2].url}">Reporting it</a>' in several


@pytest.mark.parametrize("ticked", [["6"], ["0"], ["one"], ["1", "-2"]])
def test_bad_ticks_change_nothing_and_say_why(client, lessons, ticked):
    _page, steps = lessons
    client.force_login(UserFactory())
    client.post(save_url(steps[0]), {"ticked": ["3"]})
    response = client.post(save_url(steps[0]), {"ticked": ticked}, follow=True)
    assert response.status_code == 200
    assert "Those ticks could not be saved" in response.content.decode()
    assert IndicatorTicks.objects.get().ticked == [3]


def test_a_missing_lesson_or_checklist_is_not_found(client, lessons):
    _page, steps = lessons
    client.force_login(UserFactory())
    assert client.post(reverse("courses:save_ticks", args=[steps[1].pk, "nope"])).status_code == 404
    missing = reverse("courses:save_ticks", args=[999999, block_id(steps[0])])
    assert client.post(missing).status_code == 404
    assert client.get(save_url(steps[0])).status_code == 405
    assert not IndicatorTicks.objects.exists()


def test_the_script_saves_without_a_page_load(client, lessons):
    _page, steps = lessons
    client.force_login(UserFactory())
    response = client.post(
        save_url(steps[0]), {"ticked": ["2", "3"]}, headers={"X-Requested-With": "fetch"}
    )
    assert response.status_code == 200 and response.json() == {"ticked": 2}
    bad = client.post(save_url(steps[0]), {"ticked": ["9"]}, headers={"X-Requested-With": "fetch"})
    assert bad.status_code == 400 and "error" in bad.json()
    assert IndicatorTicks.objects.get().ticked == [2, 3]


def test_signed_out_readers_check_their_ticks_and_nothing_is_stored(client, lessons):
    _page, steps = lessons
    html = client.get(steps[0].url).content.decode()
    assert 'method="get"' in html and "csrfmiddlewaretoken" not in html.split("indicators")[1]
    response = client.get(
        steps[0].url, {"checklist": block_id(steps[0]), "ticked": ["1", "2", "3"]}
    )
    html = response.content.decode()
    assert ticked_boxes(html) == ["1", "2", "3"]
    assert "this person may be a victim of trafficking" in html
    assert not IndicatorTicks.objects.exists()
    response = client.post(save_url(steps[0]), {"ticked": ["1"]})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not IndicatorTicks.objects.exists()


def test_a_lesson_with_a_checklist_stays_within_the_query_bound(
    client, lessons, django_assert_max_num_queries
):
    _page, steps = lessons
    client.force_login(UserFactory())
    client.post(save_url(steps[0]), {"ticked": ["1"]})
    for _ in range(2):  # warm the caches every request shares (site, settings, page tree)
        client.get(steps[0].url)
    with django_assert_max_num_queries(6):
        response = client.get(steps[0].url)
    assert ticked_boxes(response.content.decode()) == ["1"]


def test_a_lesson_without_a_reporting_step_shows_no_link(client, home_pages):
    _page, steps = course(steps=1)
    steps[0].body = [CHECKLIST]
    publish(steps[0])
    client.force_login(UserFactory())
    client.post(
        reverse("courses:save_ticks", args=[steps[0].pk, steps[0].body.raw_data[0]["id"]]),
        {"ticked": ["1", "2", "3"]},
    )
    html = client.get(steps[0].url).content.decode()
    assert "this person may be a victim of trafficking" in html
    assert "How to report is explained" not in html


def test_a_preview_of_an_unsaved_lesson_renders_its_checklist_without_saving(rf, lessons):
    from courses.checklists import checklist_states
    from courses.models import LessonPage
    from courses.outline import course_outline

    page, _steps = lessons
    draft = LessonPage(title="Draft", slug="draft", body=[CHECKLIST])
    request = rf.get("/")
    request.user = UserFactory()
    states = checklist_states(request, draft, course_outline(page, request.user))
    (state,) = states.values()
    assert state.action == "" and state.total == 5 and state.ticked == set()
