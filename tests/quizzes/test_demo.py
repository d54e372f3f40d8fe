from wagtail.models import Locale

import pytest

from courses.demo import load_demo_courses
from quizzes.demo import load_demo_quizzes
from quizzes.models import Question, QuestionKind, QuizPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(home_pages):
    load_demo_courses()
    load_demo_quizzes()


def test_question_bank_is_complete_in_both_languages(demo):
    english = Question.objects.filter(locale__language_code="en")
    assert english.count() >= 15
    assert {q.kind for q in english} == set(QuestionKind.values)
    urdu = Locale.objects.get(language_code="ur")
    for question in english:
        question.clean()  # every demo question passes the admin's validation
        translated = question.get_translation(urdu)
        assert translated.prompt != question.prompt
        assert [i for i, _v in translated.option_values] == [i for i, _v in question.option_values]


def test_quizzes_sit_in_the_course_in_both_languages(demo):
    final = QuizPage.objects.get(locale__language_code="en", slug="final-assessment")
    assert (final.pass_mark, final.max_attempts, final.time_limit_minutes) == (70, 3, 20)
    for quiz in QuizPage.objects.filter(locale__language_code="en"):
        quiz.full_clean()
        urdu = quiz.get_translation(Locale.objects.get(language_code="ur"))
        assert urdu.live and urdu.alias_of_id is None
        assert urdu.get_parent().translation_key == quiz.get_parent().translation_key
    assert QuizPage.objects.filter(locale__language_code="en").count() == 3


def test_loading_twice_changes_nothing(demo):
    counts = (Question.objects.count(), QuizPage.objects.count())
    load_demo_quizzes()
    assert (Question.objects.count(), QuizPage.objects.count()) == counts
