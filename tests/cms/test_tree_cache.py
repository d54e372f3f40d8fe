"""What the page-tree cache remembers is forgotten as soon as the tree changes."""

import pytest

from courses.models import LessonPage
from tests.factories import UserFactory
from tests.factories.courses import course, lesson

pytestmark = pytest.mark.django_db


def test_new_and_unpublished_steps_show_at_once(client, home_pages):
    page, _lessons = course(steps=2)
    client.force_login(UserFactory())
    assert "Lesson 3" not in client.get(page.url).content.decode()
    third = lesson(page, 3)
    assert "Lesson 3" in client.get(page.url).content.decode()
    assert client.get(third.url).status_code == 200
    third.unpublish()
    assert "Lesson 3" not in client.get(page.url).content.decode()
    assert client.get(third.url).status_code == 404


def test_renamed_step_and_moved_page_are_seen(client, home_pages):
    page, lessons = course(steps=1)
    other, _ = course(steps=0)
    client.force_login(UserFactory())
    old_url = lessons[0].url
    assert client.get(old_url).status_code == 200
    lessons[0].title = "Renamed lesson"
    lessons[0].save_revision().publish()
    assert "Renamed lesson" in client.get(page.url).content.decode()
    lessons[0].move(other, pos="last-child")
    lessons[0].refresh_from_db()
    # Wagtail leaves a redirect from the old address to the new one.
    response = client.get(old_url)
    assert response.status_code == 301 and response["Location"] == lessons[0].url
    assert client.get(lessons[0].url).status_code == 200


def test_unknown_addresses_are_not_cached_as_pages(client, home_pages):
    page, _lessons = course(steps=1)
    assert client.get(page.url + "later/").status_code == 404
    later = page.add_child(instance=LessonPage(title="Later", slug="later", body=[]))
    later.save_revision().publish()
    # Found now: the course is not public, so the visitor is asked to sign in.
    response = client.get(page.url + "later/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_untranslated_alias_shows_the_new_text_at_once(client, home_pages):
    from wagtail.models import Locale

    page, lessons = course(steps=1)
    client.force_login(UserFactory())
    urdu = Locale.objects.get(language_code="ur")
    urdu_course = page.copy_for_translation(urdu, copy_parents=True)
    urdu_course.save_revision().publish()
    alias = lessons[0].copy_for_translation(urdu, alias=True)
    assert "Some text." in client.get(alias.url).content.decode()
    lessons[0].body = [("paragraph", "<p>Newer text.</p>")]
    lessons[0].save_revision().publish()
    assert "Newer text." in client.get(alias.url).content.decode()
