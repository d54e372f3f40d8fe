"""The demo courses load, are complete in both languages, and use the blocks they should."""

import re

import pytest

from courses.demo import load_demo_courses
from courses.models import CoursePage, LessonPage

pytestmark = pytest.mark.django_db

LATIN_WORDS = re.compile(r"\b[A-Za-z]{3,}(?:\s+[A-Za-z]{3,}){2,}\b")


@pytest.fixture
def demo(home_pages):
    return load_demo_courses()


def block_types(course):
    return [
        b.block_type for lesson in LessonPage.objects.descendant_of(course) for b in lesson.body
    ]


def test_foundations_course_has_the_required_shape(demo):
    _catalogue, (foundations, awareness) = demo
    lessons = LessonPage.objects.live().descendant_of(foundations)
    assert 5 <= lessons.count() <= 7
    types = block_types(foundations)
    assert types.count("indicators") >= 1
    assert types.count("scenario") >= 2
    assert {"callout", "takeaways", "quote"} <= set(types)
    assert foundations.awards_certificate and not foundations.is_public
    assert awareness.is_public and not awareness.awards_certificate


def test_every_demo_page_is_a_real_urdu_translation(client, demo):
    for course in CoursePage.objects.filter(locale__language_code="en"):
        urdu = course.get_translation(course.locale.__class__.objects.get(language_code="ur"))
        assert urdu.live and urdu.alias_of_id is None
        pages = [urdu, *LessonPage.objects.live().descendant_of(urdu)]
        for page in pages:
            assert page.alias_of_id is None, page.title
            response = client.get(page.url) if course.is_public else None
            if response is not None:
                main = response.content.decode().split("<main", 1)[1].split("</main>")[0]
                text = re.sub(r"<[^>]+>", " ", main)
                assert not LATIN_WORDS.findall(text), (page.url, LATIN_WORDS.findall(text)[:5])


def test_loading_twice_changes_nothing(demo):
    counts = (CoursePage.objects.count(), LessonPage.objects.count())
    load_demo_courses()
    assert (CoursePage.objects.count(), LessonPage.objects.count()) == counts


def test_foundations_has_a_sorting_activity_after_the_indicators_lesson(demo):
    from wagtail.models import Locale

    from courses.models import H5PActivityPage

    _catalogue, (foundations, _awareness) = demo
    for language, course in (
        ("en", foundations),
        ("ur", foundations.get_translation(Locale.objects.get(language_code="ur"))),
    ):
        steps = [page.specific for page in course.get_descendants().live().order_by("path")]
        activity = next(step for step in steps if isinstance(step, H5PActivityPage))
        before = steps[steps.index(activity) - 1]
        assert before.slug == "indicators-in-different-settings"
        assert activity.activity.language == language
        assert activity.activity.current_version.files["content.json"]["size"] > 1000
        assert not activity.is_optional
    load_demo_courses()  # again: nothing duplicated
    assert H5PActivityPage.objects.count() == 2
    from h5p.models import H5PContent, H5PLibrary

    assert H5PContent.objects.count() == 2 and H5PLibrary.objects.count() == 1


def test_the_urdu_activity_is_an_override_the_translation_editor_keeps(demo):
    """Publishing the Urdu page from wagtail-localize's editor keeps the Urdu content."""
    from wagtail.models import Locale
    from wagtail_localize.models import Translation

    from courses.models import H5PActivityPage

    urdu = Locale.objects.get(language_code="ur")
    english = H5PActivityPage.objects.get(locale__language_code="en")
    translation = Translation.objects.get(
        source__object_id=english.translation_key, target_locale=urdu
    )

    translation.save_target(publish=True)  # what "Publish in اردو" does

    translated = english.get_translation(urdu)
    assert translated.activity.language == "ur"
    assert translated.activity != english.activity
