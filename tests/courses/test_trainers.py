"""Trainers author courses in the admin but need a moderator to publish."""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest
from allauth.mfa.totp.internal.auth import TOTP

from courses.models import LessonPage
from tests.factories import UserFactory
from tests.factories.courses import catalogue, course

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_client(client, home_pages):
    trainer = UserFactory()
    trainer.groups.add(Group.objects.get(name="Trainers"))
    TOTP.activate(trainer, "JBSWY3DPEHPK3PXP")
    client.force_login(trainer)
    return client


def lesson_form(title, action):
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "intro": "A new lesson.",
            "body": streamfield([("paragraph", rich_text("<p>What the officer should do.</p>"))]),
            "estimated_minutes": 5,
            action: "1",
        }
    )


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", parent.pk])


def test_trainer_creates_a_lesson_and_submits_it_for_moderation(trainer_client):
    page, _lessons = course(steps=1)
    response = trainer_client.post(add_url(page), lesson_form("Fresh lesson", "action-submit"))
    assert response.status_code == 302, response.content.decode()[:2000]
    lesson = LessonPage.objects.get(slug="fresh-lesson", locale=page.locale)
    assert not lesson.live
    # The Urdu course gets an untranslated alias of it straight away (wagtail-localize sync).
    assert LessonPage.objects.filter(slug="fresh-lesson", alias_of=lesson).exists()
    assert WorkflowState.objects.filter(object_id=str(lesson.pk), status="in_progress").exists()


def test_trainer_cannot_publish(trainer_client):
    page, _lessons = course(steps=1)
    trainer_client.post(add_url(page), lesson_form("Sneaky lesson", "action-publish"))
    lesson = LessonPage.objects.get(slug="sneaky-lesson", locale=page.locale)
    assert not lesson.live


def test_trainer_cannot_author_outside_the_catalogue(trainer_client, home_pages):
    home, _urdu = home_pages
    catalogue()
    response = trainer_client.get(reverse("wagtailadmin_pages:edit", args=[home.pk]))
    assert response.status_code in (302, 403)


def test_trainer_cannot_see_user_accounts(trainer_client):
    response = trainer_client.get(reverse("wagtailusers_users:index"))
    assert response.status_code in (302, 403)


def test_trainer_can_translate_courses(trainer_client):
    page, _lessons = course(steps=1)
    response = trainer_client.get(f"/admin/localize/submit/page/{page.pk}/")
    assert response.status_code == 200


def test_trainer_can_preview_a_draft(trainer_client):
    page, _lessons = course(steps=1)
    trainer_client.post(add_url(page), lesson_form("Draft lesson", "action-submit"))
    lesson = Page.objects.get(slug="draft-lesson", locale=page.locale)
    response = trainer_client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]))
    assert response.status_code == 200
    assert "What the officer should do." in response.content.decode()


def test_trainer_writes_questions_for_the_bank(trainer_client):
    response = trainer_client.get(reverse("wagtailsnippets_quizzes_question:add"))
    assert response.status_code == 200


def test_trainer_sees_the_question_bank_and_can_add_a_quiz_step(trainer_client):
    from tests.factories.quizzes import question

    question("matching", prompt="Match the authority to the case")
    response = trainer_client.get(reverse("wagtailsnippets_quizzes_question:list"))
    assert response.status_code == 200
    assert "Match the authority to the case" in response.content.decode()
    page, _lessons = course(steps=1)
    add_quiz = reverse("wagtailadmin_pages:add", args=["quizzes", "quizpage", page.pk])
    assert trainer_client.get(add_quiz).status_code == 200


def _titles_in_order(html, titles):
    """The titles as the explorer's table lists them, top to bottom."""
    rows = html[html.index("<tbody") :]
    positions = {title: rows.find(f"{title}\n") for title in titles}
    assert all(position >= 0 for position in positions.values()), positions
    return sorted(titles, key=positions.get)


def test_the_explorer_lists_a_courses_steps_in_course_order(trainer_client):
    """Learners see modules and steps in tree order; the explorer shows the same outline,
    not the most recently edited page first."""
    page, lessons = course(steps=3, modules=3)
    modules = [child.title for child in page.get_children()]
    lessons[0].save_revision()  # edited last: first in the "latest update" ordering
    html = trainer_client.get(reverse("wagtailadmin_explore", args=[page.pk])).content.decode()
    assert _titles_in_order(html, modules) == ["Module 1", "Module 2", "Module 3"]

    module = page.get_children().first()
    module.add_child(instance=lessons[0].__class__(title="Lesson 1b", slug="lesson-1b", body=[]))
    lessons[0].save_revision()
    html = trainer_client.get(reverse("wagtailadmin_explore", args=[module.pk])).content.decode()
    assert _titles_in_order(html, ["Lesson 1", "Lesson 1b"]) == ["Lesson 1", "Lesson 1b"]


def test_h5p_content_has_one_name_in_the_menu_title_and_breadcrumbs(trainer_client):
    import re

    html = trainer_client.get(reverse("wagtailsnippets_h5p_h5pcontent:list")).content.decode()
    props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S).group(1)
    labels = re.findall(r'"name": "h5p-content", "label": "([^"]+)"', props)
    assert labels == ["H5P content"]
    assert "<title>H5P content" in html
    assert "Interactive content" not in html
