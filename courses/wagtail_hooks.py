"""The trainer's dashboard panel: the courses they can edit, with their steps and drafts."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from .models import CoursePage
from .steps import step_models

COURSES_SHOWN = 10


def editable_courses(user):
    """Courses ``user`` owns or may edit, most recently edited first."""
    editable = page_permission_policy.instances_user_has_any_permission_for(user, ["change"])
    return (
        CoursePage.objects.filter(Q(pk__in=editable.values("pk")) | Q(owner=user))
        .select_related("locale")
        .order_by("-latest_revision_created_at")
    )


def step_counts(courses):
    """{course pk: (steps, steps with unpublished changes)} in one query for all courses."""
    if not courses:
        return {}
    kinds = ContentType.objects.get_for_models(*step_models()).values()
    within = Q()
    for course in courses:
        within |= Q(path__startswith=course.path, depth__gt=course.depth)
    counts = {course.pk: [0, 0] for course in courses}
    rows = Page.objects.filter(within, content_type__in=kinds).values_list(
        "path", "live", "has_unpublished_changes"
    )
    for path, live, unpublished in rows:
        for course in courses:
            if path.startswith(course.path):
                counts[course.pk][0] += 1
                counts[course.pk][1] += unpublished or not live
    return {pk: tuple(value) for pk, value in counts.items()}


class CoursesPanel(Component):
    name = "trainer_courses"
    template_name = "courses/admin/courses_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        courses = list(editable_courses(user)[:COURSES_SHOWN])
        counts = step_counts(courses)
        return {
            "rows": [
                {
                    "course": course,
                    "steps": counts[course.pk][0],
                    "drafts": counts[course.pk][1],
                    "yours": course.owner_id == user.pk,
                }
                for course in courses
            ]
        }


@hooks.register("construct_homepage_panels")
def add_courses_panel(request, panels):
    if editable_courses(request.user).exists():
        panels.append(CoursesPanel())
