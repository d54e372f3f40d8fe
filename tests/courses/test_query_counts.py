"""Pages learners hit often cost the same number of queries whatever the course size
and however long the learner's history."""

import pytest

from courses.services import complete_step
from tests.factories import UserFactory
from tests.factories.courses import catalogue, course

pytestmark = pytest.mark.django_db

LESSON_BOUND = 8
COURSE_BOUND = 3
CATALOGUE_BOUND = 10


@pytest.fixture
def history(home_pages):
    """A learner who has completed ten other courses of ten steps each."""
    user = UserFactory()
    for _ in range(10):
        _page, lessons = course(steps=10)
        for step in lessons:
            complete_step(user, step)
    return user


@pytest.mark.parametrize("size", [5, 50])
def test_lesson_page(client, history, size, django_assert_max_num_queries):
    _page, lessons = course(steps=size, modules=3)
    for step in lessons[: size // 2]:
        complete_step(history, step)
    client.force_login(history)
    client.get(lessons[-1].url)  # warm caches shared by every request (site, content types)
    with django_assert_max_num_queries(LESSON_BOUND):
        response = client.get(lessons[size // 2].url)
    assert response.status_code == 200


@pytest.mark.parametrize("size", [5, 50])
def test_course_page(client, history, size, django_assert_max_num_queries):
    page, lessons = course(steps=size, modules=3)
    complete_step(history, lessons[0])
    client.force_login(history)
    client.get(page.url)
    with django_assert_max_num_queries(COURSE_BOUND):
        response = client.get(page.url)
    assert response.status_code == 200


@pytest.mark.parametrize("size", [5, 50])
def test_catalogue(client, history, size, django_assert_max_num_queries):
    for _ in range(3):
        course(steps=size)
    client.force_login(history)
    url = catalogue().url
    client.get(url)
    with django_assert_max_num_queries(CATALOGUE_BOUND):
        response = client.get(url)
    assert response.status_code == 200


def test_anonymous_public_lesson(client, home_pages, django_assert_max_num_queries):
    _page, lessons = course(steps=50, is_public=True)
    client.get(lessons[1].url)
    with django_assert_max_num_queries(12):
        assert client.get(lessons[1].url).status_code == 200
