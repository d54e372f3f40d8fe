"""The learner's own dashboard: courses in progress, completed, and suggestions.

Apps that build on courses add links to completed courses (certificates adds the
learner's certificate) through the ``courses_completion_links`` hook: a function
``(user, course_keys) -> {course_key: {"url": …, "label": …}}``, one query at most,
so courses needs to know nothing of them.
"""

from django.utils.translation import get_language

from wagtail import hooks
from wagtail.models import Locale, Page

from accounts.models import Audience

from .catalogue import learner_progress
from .models import CoursePage, Enrolment


def _in_language(queryset, keys):
    """One page per translation key, in the current language where it exists."""
    language = get_language()
    chosen = {}
    for page in queryset.filter(translation_key__in=keys).select_related("locale"):
        current = chosen.get(page.translation_key)
        if current is None or page.locale.language_code == language:
            chosen[page.translation_key] = page
    return chosen


COMPLETION_LINKS_HOOK = "courses_completion_links"


def completion_links(user, course_keys):
    """{course key: [link, …]} from every ``courses_completion_links`` hook."""
    links = {}
    if not course_keys:
        return links
    for hook in hooks.get_hooks(COMPLETION_LINKS_HOOK):
        for key, link in hook(user, course_keys).items():
            links.setdefault(key, []).append(link)
    return links


def my_learning_context(request):
    user = request.user
    enrolments = list(Enrolment.objects.for_user(user).order_by("-last_activity_at"))
    keys = [e.course_key for e in enrolments]
    courses = _in_language(CoursePage.objects.live(), keys)
    progress = learner_progress(user, list(courses.values()))
    last_steps = _in_language(
        Page.objects.live(), [e.last_step_key for e in enrolments if e.last_step_key]
    )
    in_progress, completed = [], []
    for enrolment in enrolments:
        course = courses.get(enrolment.course_key)
        if course is None:  # unpublished or deleted since
            continue
        _enrolment, percent = progress.get(enrolment.course_key, (enrolment, 0))
        step = last_steps.get(enrolment.last_step_key)
        item = {
            "course": course,
            "enrolment": enrolment,
            "percent": percent,
            "resume_url": step.get_url(request) if step else course.get_url(request),
        }
        (completed if enrolment.completed_at else in_progress).append(item)
    links = completion_links(user, [item["course"].translation_key for item in completed])
    for item in completed:
        item["links"] = links.get(item["course"].translation_key, [])

    suggestions = CoursePage.objects.live().exclude(translation_key__in=keys)
    locale = Locale.objects.filter(language_code=get_language()).first()
    if locale is not None:
        suggestions = suggestions.filter(locale=locale)
    if user.audience in Audience.values:
        suggestions = suggestions.filter(audiences__contains=f",{user.audience},")
    return {
        "in_progress": in_progress,
        "completed": completed,
        "started_any": bool(enrolments),
        "suggestions": list(suggestions.order_by("path")[:4]),
        "audience_label": Audience(user.audience).label
        if user.audience in Audience.values
        else None,
    }
