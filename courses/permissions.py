"""Who may take a course. Each rule comes as an object check and a queryset filter."""

from enum import Enum

from cms.cache import tree_cached

from .models import Enrolment


class Access(Enum):
    OPEN = "open"
    NOT_FOUND = "not_found"
    SIGN_IN_REQUIRED = "sign_in_required"
    PREREQUISITES_MISSING = "prerequisites_missing"


def missing_prerequisites(user, course):
    """Live prerequisite courses the user has not completed, in the course's language."""
    prerequisites = tree_cached(
        f"prerequisites:{course.pk}",
        lambda: list(course.prerequisites.live().select_related("locale")),
    )
    if not prerequisites:
        return []
    if not user.is_authenticated:
        return prerequisites
    done = set(
        Enrolment.objects.for_user(user)
        .completed()
        .filter(course_key__in=[p.translation_key for p in prerequisites])
        .values_list("course_key", flat=True)
    )
    return [p for p in prerequisites if p.translation_key not in done]


def course_access(user, course):
    """Object check: may ``user`` open the steps of ``course``?

    Anonymous visitors may read public courses (nothing is stored for them);
    signed-in learners may take any live course whose prerequisites they completed.
    """
    if course is None or not course.live:
        return Access.NOT_FOUND
    if not user.is_authenticated:
        return Access.OPEN if course.is_public else Access.SIGN_IN_REQUIRED
    if missing_prerequisites(user, course):
        return Access.PREREQUISITES_MISSING
    return Access.OPEN


def courses_open_to(queryset, user):
    """Queryset filter matching ``course_access`` apart from prerequisites (per learner)."""
    queryset = queryset.live()
    if not user.is_authenticated:
        queryset = queryset.filter(is_public=True)
    return queryset
