"""The catalogue page's data: filtered, paginated courses with languages and progress."""

from collections import Counter

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.translation import get_language

from wagtail.models import Page

from accounts.models import Audience

from .models import CoursePage, Enrolment, StepProgress, Topic
from .steps import required_step_values


def _language_availability(courses):
    """Languages each course is really written in (translations, not untranslated aliases)."""
    keys = [c.translation_key for c in courses]
    rows = Page.objects.live().filter(translation_key__in=keys, alias_of__isnull=True)
    names = dict(settings.LANGUAGES)
    available = {}
    for key, code in rows.values_list("translation_key", "locale__language_code"):
        available.setdefault(key, []).append(code)
    order = list(names)
    return {
        key: [(code, names.get(code, code)) for code in sorted(codes, key=order.index)]
        for key, codes in available.items()
    }


def step_counts(courses):
    """Number of live, required steps under each course (one query per step type)."""
    if not courses:
        return {}
    prefix = Q()
    for course in courses:
        prefix |= Q(path__startswith=course.path)
    counts = Counter()
    for path in required_step_values(prefix, "path"):
        for course in courses:
            if path.startswith(course.path):
                counts[course.translation_key] += 1
    return counts


def learner_progress(user, courses):
    """{course key: (enrolment, percent)} for the signed-in learner's enrolled courses."""
    if not user.is_authenticated or not courses:
        return {}
    keys = [c.translation_key for c in courses]
    enrolments = {
        e.course_key: e for e in Enrolment.objects.for_user(user).filter(course_key__in=keys)
    }
    if not enrolments:
        return {}
    done = Counter(
        StepProgress.objects.for_user(user)
        .filter(course_key__in=list(enrolments))
        .values_list("course_key", flat=True)
    )
    totals = step_counts([c for c in courses if c.translation_key in enrolments])
    progress = {}
    for key, enrolment in enrolments.items():
        if enrolment.completed_at:
            percent = 100
        else:
            total = totals.get(key, 0)
            percent = min(99, round(100 * done[key] / total)) if total else 0
        progress[key] = (enrolment, percent)
    return progress


def localized_topics():
    """Topics in the current language (falling back to the default), by slug."""
    language = get_language()
    topics = {}
    for topic in Topic.objects.select_related("locale").order_by("name"):
        code = topic.locale.language_code
        if code == language or (code == settings.LANGUAGE_CODE and topic.slug not in topics):
            topics[topic.slug] = topic
    return topics


def catalogue_context(index_page, request):
    courses = CoursePage.objects.live().child_of(index_page).order_by("path")
    audience = request.GET.get("audience", "")
    if audience not in Audience.values:
        audience = ""
    topics = localized_topics()
    topic = request.GET.get("topic", "")
    if topic not in topics:
        topic = ""
    if audience:
        courses = courses.filter(audiences__contains=f",{audience},")
    if topic:
        courses = courses.filter(topics__slug=topic).distinct()
    paginator = Paginator(courses.prefetch_related("topics"), index_page.page_size)
    page = paginator.get_page(request.GET.get("page"))
    items = list(page.object_list)
    languages = _language_availability(items)
    progress = learner_progress(request.user, items)
    cards = [
        {
            "course": course,
            "languages": languages.get(course.translation_key, []),
            "progress": progress.get(course.translation_key),
            "topics": [topics.get(t.slug, t) for t in course.topics.all()],
            "audiences": [Audience(a).label for a in course.audiences if a in Audience.values],
        }
        for course in items
    ]
    return {
        "cards": cards,
        "page_obj": page,
        "paginator": paginator,
        "audience_choices": Audience.choices,
        "topic_choices": list(topics.values()),
        "selected_audience": audience,
        "selected_topic": topic,
    }
