"""Courses with an Urdu translation, learners who complete them, and a media folder of their own."""

import pytest

from courses.services import complete_step
from tests.factories import UserFactory
from tests.factories.courses import course, publish, translate_tree

URDU_NAME = "محمد علی خان"
URDU_COURSE_TITLE = "انسانی اسمگلنگ کی پہچان"
ENGLISH_COURSE_TITLE = "Recognising Human Trafficking"


@pytest.fixture
def bilingual_course(home_pages):
    """A live course in English and Urdu, each with its own real title, and its lessons."""
    page, lessons = course(steps=2, title=ENGLISH_COURSE_TITLE, slug="recognising-trafficking")
    urdu = translate_tree(page, "ur")
    urdu.title = URDU_COURSE_TITLE
    publish(urdu)
    return page, lessons


def learner(**fields):
    fields.setdefault("full_name", URDU_NAME)
    return UserFactory(**fields)


def complete_all(user, lessons):
    """Complete every lesson as the learner would; returns the last completion result."""
    result = None
    for step in lessons:
        result = complete_step(user, step)
    return result
