"""Course trees for tests: a catalogue, a course and its steps, published, in English."""

from wagtail.models import Locale

from cms.demo import ensure_home_page
from courses.models import CourseIndexPage, CourseModulePage, CoursePage, LessonPage

LESSON_BODY = [
    ("heading", {"text": "A heading", "level": "h2"}),
    ("paragraph", "<p>Some text.</p>"),
]


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def catalogue(locale_code="en"):
    home = ensure_home_page()
    existing = CourseIndexPage.objects.filter(locale__language_code=locale_code).first()
    if existing:
        return existing
    page = home.add_child(instance=CourseIndexPage(title="Courses", slug="courses"))
    return publish(page)


_counter = {"n": 0}


def course(steps=3, modules=0, parent=None, **fields):
    """A live course with ``steps`` live lessons, spread over ``modules`` modules if any."""
    _counter["n"] += 1
    parent = parent or catalogue()
    defaults = {
        "title": f"Course {_counter['n']}",
        "slug": f"course-{_counter['n']}",
        "summary": "A course for tests.",
        "audiences": ["law_enforcement"],
        "duration_minutes": 30,
    }
    defaults.update(fields)
    page = publish(parent.add_child(instance=CoursePage(**defaults)))
    containers = [page]
    if modules:
        containers = [
            publish(
                page.add_child(
                    instance=CourseModulePage(title=f"Module {m + 1}", slug=f"module-{m + 1}")
                )
            )
            for m in range(modules)
        ]
    lessons = []
    for number in range(steps):
        container = containers[number * len(containers) // max(steps, 1)]
        lessons.append(lesson(container, number + 1))
    return page, lessons


def lesson(parent, number, live=True, **fields):
    page = LessonPage(title=f"Lesson {number}", slug=f"lesson-{number}", body=LESSON_BODY, **fields)
    page = parent.add_child(instance=page)
    if live:
        return publish(page)
    page.live = False
    page.save_revision()
    page.save()
    return page


def translate_tree(page, language_code="ur", alias=False):
    """Copy ``page`` and its descendants into another language, as translations or aliases."""
    locale = Locale.objects.get(language_code=language_code)
    copy = page.copy_for_translation(locale, copy_parents=True, alias=alias)
    if not alias:
        copy.title = f"[{language_code}] {page.title}"
        copy.save_revision().publish()
    for child in page.get_children().specific():
        translate_tree(child, language_code, alias)
    copy.refresh_from_db()
    return copy
