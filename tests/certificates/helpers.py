"""Learners who complete courses, so certificates are issued the way they are in use."""

from courses.services import complete_step
from tests.factories import courses as course_factories
from tests.factories.accounts import UserFactory


def complete(user, lessons, capture):
    with capture(execute=True):
        for lesson in lessons:
            complete_step(user, lesson)


def certified_learner(capture, months=12, **user_fields):
    course, lessons = course_factories.course(steps=2, certificate_valid_months=months)
    user = UserFactory(**user_fields)
    complete(user, lessons, capture)
    return user, course
