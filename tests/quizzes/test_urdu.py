import pytest

from cms.translation import translate_page
from quizzes.models import Attempt
from tests.factories import UserFactory
from tests.factories.courses import course, translate_tree
from tests.factories.quizzes import question, quiz

pytestmark = pytest.mark.django_db


def test_quiz_in_urdu_shows_urdu_questions_and_grades_the_same(client, home_pages):
    page, _lessons = course(steps=1)
    q = question("single", options=[("Right", True), ("Wrong", False)], prompt="Which is right?")
    urdu_q = translate_page(
        q,
        "ur",
        {
            "Which is right?": "کون سا درست ہے؟",
            "Right": "درست",
            "Wrong": "غلط",
            "Feedback on Right": "درست پر رائے",
            "Feedback on Wrong": "غلط پر رائے",
            "Because it is so.": "کیونکہ ایسا ہی ہے۔",
        },
    )
    assert [oid for oid, _v in urdu_q.option_values] == [oid for oid, _v in q.option_values]
    quiz_page = quiz(page, [q])
    urdu_course = translate_tree(page, "ur")
    urdu_quiz = quiz_page.get_translation(urdu_course.locale).specific
    client.force_login(UserFactory(preferred_language="ur"))
    client.post(urdu_quiz.url + "start/")
    html = client.get(urdu_quiz.url + "attempt/").content.decode()
    assert 'lang="ur" dir="rtl"' in html and "کون سا درست ہے؟" in html and ">درست</label>" in html
    attempt = Attempt.objects.get()
    right = next(oid for oid, v in q.option_values if v["correct"])
    client.post(
        urdu_quiz.url + "attempt/",
        {"action": "submit", "attempt": attempt.pk, f"q-{attempt.layout[0]['question']}": right},
    )
    attempt.refresh_from_db()
    assert attempt.passed
