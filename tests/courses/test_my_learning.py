"""My learning and the course page once a course is finished, and My certificates' buttons."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

import pytest

from certificates.services import issue_certificate
from courses.models import Enrolment
from courses.services import complete_step
from tests.factories import UserFactory
from tests.factories.courses import course, lesson

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(client, home_pages):
    user = UserFactory()
    client.force_login(user)
    return user


def my_learning(client):
    return client.get(reverse("courses:my_learning")).content.decode()


def finish(user, lessons):
    for step in lessons:
        complete_step(user, step)


def completed_section(html):
    return html.split("Completed</h2>")[1].split("<h2>")[0]


def test_a_learner_who_finished_everything_is_not_told_they_never_started(client, learner):
    _page, lessons = course(steps=1, title="Finished course")
    finish(learner, lessons)
    html = my_learning(client)
    assert "You have not started a course yet." not in html
    assert "You have no course in progress." in html


def test_a_new_learner_is_told_they_have_not_started(client, learner):
    course(steps=1)
    assert "You have not started a course yet." in my_learning(client)


def test_a_completed_course_links_to_its_certificate(client, learner):
    page, lessons = course(steps=1, title="Certified course", awards_certificate=True)
    finish(learner, lessons)
    certificate = issue_certificate(learner, page).certificate
    section = completed_section(my_learning(client))
    link = f'href="{reverse("certificates:mine")}#certificate-{certificate.code}"'
    assert "Certified course" in section and link in section
    mine = client.get(reverse("certificates:mine")).content.decode()
    assert f'id="certificate-{certificate.code}"' in mine


def test_no_certificate_link_without_a_certificate_or_once_revoked(client, learner):
    _page, lessons = course(steps=1, title="Plain course")
    finish(learner, lessons)
    certified, certified_lessons = course(steps=1, title="Revoked one", awards_certificate=True)
    finish(learner, certified_lessons)
    certificate = issue_certificate(learner, certified).certificate
    certificate.revoked_at = certificate.issued_at
    certificate.save()
    section = completed_section(my_learning(client))
    assert "Plain course" in section and "Revoked one" in section
    assert "#certificate-" not in section


def test_certificate_links_cost_one_query_whatever_the_number(client, learner):
    def queries():
        for _ in range(2):  # fill the caches the page-tree changes dropped
            my_learning(client)
        with CaptureQueriesContext(connection) as captured:
            my_learning(client)
        return [q["sql"] for q in captured.captured_queries]

    for number in range(4):
        page, lessons = course(steps=1, awards_certificate=True)
        finish(learner, lessons)
        issue_certificate(learner, page)
        if number == 0:
            one = queries()
    four = queries()
    assert sum("certificates_certificate" in sql for sql in four) == 1
    assert len(four) <= len(one)
    assert completed_section(my_learning(client)).count("#certificate-") == 4


def test_finishing_a_course_says_so_once(client, learner):
    page, lessons = course(steps=1, is_public=True)
    response = client.post(reverse("courses:complete_step", args=[lessons[0].pk]), follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == page.url
    assert len(re.findall(r"completed this course", html)) == 1


def test_new_steps_after_completion_are_shown_and_completion_stays(client, learner):
    page, lessons = course(steps=2)
    finish(learner, lessons)
    completed_at = Enrolment.objects.get(user=learner).completed_at
    added = [lesson(page, 3), lesson(page, 4)]
    html = client.get(page.url).content.decode()
    assert "You have completed this course." in html
    assert "2 new steps were added since you completed this course." in html
    new_items = re.findall(r'<li class="outline__step[^"]*is-new[^"]*">\s*<a href="([^"]+)"', html)
    assert new_items == [step.url for step in added]
    assert "See what is new" in html and f'href="{added[0].url}">See what is new' in html
    lesson_html = client.get(lessons[0].url).content.decode()
    assert "2 new steps" in lesson_html
    assert Enrolment.objects.get(user=learner).completed_at == completed_at


def test_a_completed_course_without_changes_shows_no_new_steps(client, learner):
    page, lessons = course(steps=2)
    finish(learner, lessons)
    lesson(page, 3, is_optional=True)
    html = client.get(page.url).content.decode()
    assert "new step" not in html and "is-new" not in html
    assert ">Review<" in html


def test_my_certificates_offers_the_learners_language_first(client, learner):
    page, lessons = course(steps=1, awards_certificate=True)
    finish(learner, lessons)
    issue_certificate(learner, page)
    for language in ("ur", "en"):
        with translation.override(language):
            html = client.get(reverse("certificates:mine")).content.decode()
        actions = html.split('class="certificate-card__actions"')[1].split("</p>")[0]
        buttons = re.findall(
            r'<a class="button( button--secondary)?" href="[^"]+language=(\w+)"', actions
        )
        assert buttons[0] == ("", language), (language, buttons)
        assert all(secondary for secondary, _code in buttons[1:])
