"""The admin dashboard shows a trainer their courses, what waits for moderation and which
quizzes have flagged questions; its avatar is a local image, not Gravatar's."""

import re
from pathlib import Path

from django.contrib.auth import get_user
from django.contrib.auth.models import Group
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from courses.wagtail_hooks import CoursesPanel
from tests.courses import test_trainers
from tests.factories import UserFactory
from tests.factories.courses import course, lesson
from tests.factories.quizzes import question, quiz
from tests.quizzes.test_statistics import finished

pytestmark = pytest.mark.django_db
trainer_client = test_trainers.trainer_client


def dashboard(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def panel(html, panel_id):
    match = re.search(rf'id="{panel_id}-section".*?</table>', html, re.S)
    return match.group(0) if match else None


def test_the_avatar_is_a_local_image(trainer_client):
    html = dashboard(trainer_client)
    avatars = re.findall(r'"avatarUrl": "([^"]+)"', html)  # the sidebar's
    avatars += re.findall(r'class="avatar [^"]*"[^>]*>\s*<img src="([^"]+)"', html)
    assert len(avatars) == 2, avatars
    assert all(src.startswith("/static/") for src in avatars), avatars
    assert "gravatar" not in html


def test_a_trainer_sees_their_courses_with_steps_and_drafts(trainer_client):
    page, _lessons = course(steps=3, title="Victim-centred interviewing")
    lesson(page, 4, live=False)
    html = panel(dashboard(trainer_client), "trainer-courses")
    assert html, "no course panel"
    assert "Victim-centred interviewing" in html
    assert reverse("wagtailadmin_explore", args=[page.pk]) in html
    assert "<td>4</td>" in html
    assert "1 step with unpublished changes" in html


def test_pages_waiting_for_moderation_are_listed_for_every_trainer(client, trainer_client):
    _page, lessons = course(steps=1)
    author = UserFactory(full_name="Ayesha Khan")
    author.groups.add(Group.objects.get(name="Trainers"))
    draft = lessons[0].specific
    draft.title = "Lesson on referral"
    draft.save_revision(user=author)
    draft.get_workflow().start(draft, author)
    html = panel(dashboard(trainer_client), "pages-waiting-for-moderation")
    assert html, "no moderation panel"
    assert "Lesson on referral" in html and "Ayesha Khan" in html


def test_nothing_waiting_shows_no_moderation_panel(trainer_client):
    course(steps=1)
    assert panel(dashboard(trainer_client), "pages-waiting-for-moderation") is None


def test_quizzes_with_flagged_questions_are_listed(trainer_client):
    page, _lessons = course(steps=1)
    easy, tricky = question("single", prompt="Easy?"), question("single", prompt="Tricky?")
    flagged = quiz(page, [easy, tricky], title="Flagged quiz", slug="flagged-quiz")
    calm = quiz(page, [easy], title="Calm quiz", slug="calm-quiz")
    e, t = easy.translation_key.hex, tricky.translation_key.hex
    for n in range(4):  # the strong learners miss the tricky question
        finished(UserFactory(), flagged, {e: 1.0, t: 0.0, f"x{n}": 1.0})
        finished(UserFactory(), flagged, {e: 0.0, t: 1.0, f"x{n}": 0.0})
        finished(UserFactory(), calm, {e: float(n % 2)})
    html = panel(dashboard(trainer_client), "flagged-quizzes")
    assert html, "no flagged-quizzes panel"
    assert "Flagged quiz" in html and "Calm quiz" not in html
    assert reverse("quiz_statistics:detail", args=[flagged.pk]) in html
    assert "fewer than 20: read with care" in html


def test_the_admin_brings_the_urdu_font(trainer_client):
    html = dashboard(trainer_client)
    assert 'href="/static/cms/admin-urdu.css' in html
    css = Path(finders.find("cms/admin-urdu.css")).read_text(encoding="utf-8")
    font = re.search(r'url\("\.\./(fonts/[^"]+)"\)', css).group(1)
    assert finders.find(font), font


def test_the_course_panel_costs_the_same_queries_for_many_courses(trainer_client, rf):
    """Wagtail's own summary panels vary a little; the course panel must not grow."""
    request = rf.get("/admin/")
    request.user = get_user(trainer_client)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            html = CoursesPanel().render_html({"request": request})
        return len(captured), html

    for _n in range(2):
        course(steps=2, modules=1)
    few, _html = queries()
    for _n in range(5):
        course(steps=3, modules=1)
    many, html = queries()
    assert html.count("<tr>") == 1 + 7
    assert many <= few
