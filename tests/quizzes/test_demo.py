from wagtail.models import Locale

import pytest

from courses.demo import load_demo_courses
from quizzes import demo_questions
from quizzes.demo import load_demo_quizzes
from quizzes.models import Question, QuestionKind, QuizPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(home_pages):
    load_demo_courses()
    load_demo_quizzes()


def test_question_bank_is_complete_in_both_languages(demo):
    english = Question.objects.filter(locale__language_code="en")
    # Every question of the data file, the scenario questions that share a prompt too.
    assert english.count() == len(demo_questions.QUESTIONS) >= 36
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


def test_final_draws_from_a_bank_so_retakes_share_at_most_half(demo, client):
    from quizzes.models import Attempt
    from tests.factories import UserFactory

    final = QuizPage.objects.get(locale__language_code="ur", slug="final-assessment")
    assert (final.draw_count, len(final.fixed_questions)) == (12, 0)
    # Right answers and explanations only once passed or out of attempts.
    assert (final.review_answers, final.review_explanations) == ("closed", "closed")
    client.force_login(UserFactory())
    layouts = []
    for _ in range(final.max_attempts):
        client.post(final.url + "start/")
        attempt = Attempt.objects.get(status="in_progress")
        client.post(final.url + "attempt/", {"action": "submit", "attempt": attempt.pk})
        layouts.append(set(attempt.question_keys))
    assert [len(keys) for keys in layouts] == [12, 12, 12]
    for index, first in enumerate(layouts):
        for second in layouts[index + 1 :]:
            assert len(first & second) <= 6
    urdu = Question.objects.filter(locale__language_code="ur")
    assert set().union(*layouts) <= {q.translation_key.hex for q in urdu}
