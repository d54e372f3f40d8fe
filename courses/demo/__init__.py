"""Demo courses: written in English, translated into Urdu through wagtail-localize.

Each content module (``foundations``, ``awareness``) holds a ``COURSE`` dict and
``UR``, the Urdu for every English string in it. ``load_demo_courses`` is
idempotent: running it again updates the pages to the content here.
"""

from django.db import transaction

from wagtail.models import Locale, Page

from cms.demo import ensure_home_page
from cms.translation import translate_page

from ..models import CourseIndexPage, CourseModulePage, CoursePage, LessonPage, Topic
from . import awareness, foundations

CONTENT = [foundations, awareness]

CATALOGUE = {
    "title": "Courses",
    "slug": "courses",
    "intro": (
        "<p>Short courses on trafficking in persons, for the people who meet victims first.</p>"
    ),
}
CATALOGUE_UR = {
    "Courses": "کورسز",
    "Short courses on trafficking in persons, for the people who meet victims first.": (
        "انسانی ٹریفکنگ پر مختصر کورسز، ان لوگوں کے لیے جو سب سے پہلے متاثرین سے ملتے ہیں۔"
    ),
}

# Which lessons a quiz sends learners back to, by the topics of the questions they missed.
LESSON_TOPICS = {
    "what-trafficking-is": ["definition"],
    "trafficking-and-smuggling": ["smuggling", "definition"],
    "indicators-in-different-settings": ["indicators"],
    "victim-centred-first-response": ["victim-support"],
    "reporting-and-referral-in-pakistan": ["law-and-reporting", "referral"],
    "red-flags": ["indicators"],
    "what-you-can-do": ["law-and-reporting", "victim-support"],
}

BROWSE = ("Browse the courses", "کورسز دیکھیں")

TOPICS = {
    # slug: (English, Urdu)
    "definition": ("What trafficking is", "ٹریفکنگ کیا ہے"),
    "indicators": ("Indicators", "علامات"),
    "victim-support": ("Supporting victims", "متاثرین کی مدد"),
    "law-and-reporting": ("Law and reporting", "قانون اور رپورٹنگ"),
    "referral": ("Referral", "ریفرل"),
    "smuggling": ("Trafficking and smuggling", "ٹریفکنگ اور اسمگلنگ"),
}


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def publish_child(parent, model, slug, **fields):
    """The child of ``parent`` with ``slug``, created or updated with ``fields``, published."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = parent.add_child(instance=model(slug=slug, **fields))
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    return _publish(page)


def _topics():
    english = Locale.objects.get(language_code="en")
    urdu = Locale.objects.get(language_code="ur")
    topics = {}
    for slug, (name_en, name_ur) in TOPICS.items():
        topic, _created = Topic.objects.update_or_create(
            slug=slug, locale=english, defaults={"name": name_en}
        )
        translated = Topic.objects.filter(
            translation_key=topic.translation_key, locale=urdu
        ).first()
        if translated is None:
            translated = topic.copy_for_translation(urdu)
        translated.name = name_ur
        translated.save()
        topics[slug] = topic
    return topics


def _load_course(catalogue, content, topics):
    data = content.COURSE
    course = publish_child(
        catalogue,
        CoursePage,
        data["slug"],
        title=data["title"],
        summary=data["summary"],
        cover_alt=data.get("cover_alt", ""),
        objectives=[("objective", text) for text in data["objectives"]],
        audiences=data["audiences"],
        duration_minutes=data["duration_minutes"],
        level=data["level"],
        awards_certificate=data["certificate"],
        certificate_valid_months=data.get("certificate_valid_months"),
        is_public=data["public"],
    )
    course.topics.set([topics[slug] for slug in data["topics"]])
    course = _publish(course)
    slugs = {data["slug"]}
    pages = [course]
    for number, module in enumerate(data["modules"], start=1):
        parent = course
        if module.get("title"):
            parent = publish_child(
                course, CourseModulePage, f"module-{number}", title=module["title"]
            )
            slugs.add(parent.slug)
            pages.append(parent)
        for step in module["steps"]:
            lesson = publish_child(
                parent,
                LessonPage,
                step["slug"],
                title=step["title"],
                intro=step.get("intro", ""),
                estimated_minutes=step["minutes"],
                body=step["body"],
            )
            lesson.topics.set([topics[t] for t in LESSON_TOPICS.get(step["slug"], [])])
            lesson = _publish(lesson)
            slugs.add(step["slug"])
            pages.append(lesson)
    urdu = {**content.UR, **{slug: slug for slug in slugs}}
    for page in pages:
        translate_page(page, "ur", urdu)
    return course


def _link_home_to(home, catalogue):
    """Give the home page's hero a button to the catalogue, in both languages."""
    from cms.demo import HOME_UR

    for block in home.body:
        if block.block_type == "hero":
            links = block.block.child_blocks["links"]
            block.value["links"] = links.normalize(
                [{"page": catalogue, "url": "", "text": BROWSE[0]}]
            )
    _publish(home)
    translate_page(home, "ur", {**HOME_UR, BROWSE[0]: BROWSE[1]})


@transaction.atomic
def load_demo_courses():
    home = ensure_home_page()
    catalogue = publish_child(
        home, CourseIndexPage, CATALOGUE["slug"], title=CATALOGUE["title"], intro=CATALOGUE["intro"]
    )
    translate_page(catalogue, "ur", {**CATALOGUE_UR, "courses": "courses"})
    _link_home_to(home, catalogue)
    topics = _topics()
    courses = [_load_course(catalogue, content, topics) for content in CONTENT]
    from .activity import load_demo_activity

    load_demo_activity(courses[0])
    return catalogue, courses


def demo_course_pages():
    return Page.objects.type(CoursePage).filter(slug__in=[c.COURSE["slug"] for c in CONTENT])
