import csv
import io

from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission

import pytest
from allauth.mfa.totp.internal.auth import TOTP

from quizzes.models import Attempt
from quizzes.models.pages import QuizKind
from quizzes.stats import knowledge_gain, question_statistics, quiz_summary
from tests.factories import UserFactory
from tests.factories.courses import course
from tests.factories.quizzes import question, quiz

pytestmark = pytest.mark.django_db


def finished(user, quiz_page, marks, answers=None):
    keys = list(marks)
    score = 100 * sum(marks.values()) / len(keys)
    return Attempt.objects.create(
        user=user,
        quiz_key=quiz_page.translation_key,
        course_key=quiz_page.get_course().translation_key,
        status="submitted",
        layout=[{"question": k, "options": []} for k in keys],
        marks=marks,
        answers=answers or {},
        score=score,
        passed=score >= 70,
    )


@pytest.fixture
def graded(home_pages):
    page, _ = course(steps=1)
    easy, tricky = question("single", prompt="Easy?"), question("single", prompt="Tricky?")
    quiz_page = quiz(page, [easy, tricky])
    e, t = easy.translation_key.hex, tricky.translation_key.hex
    right_easy = easy.option_values[0][0]
    # Four strong learners miss the tricky one; four weak ones get it right.
    for n in range(4):
        finished(UserFactory(), quiz_page, {e: 1.0, t: 0.0, f"x{n}": 1.0}, {e: right_easy})
        finished(UserFactory(), quiz_page, {e: 0.0, t: 1.0, f"x{n}": 0.0})
    return quiz_page, e, t


def test_summary_and_item_statistics(graded):
    _quiz_page, easy, tricky = graded
    attempts = list(Attempt.objects.all())
    summary = quiz_summary(attempts)
    assert summary["attempts"] == 8 and summary["learners"] == 8
    assert summary["pass_rate"] == 0 or summary["pass_rate"] == 50
    assert sum(band["count"] for band in summary["distribution"]) == 8
    rows = {row["key"]: row for row in question_statistics(attempts)}
    assert rows[easy]["facility"] == 0.5 and rows[easy]["discrimination"] > 0
    assert rows[tricky]["discrimination"] < 0 and rows[tricky]["best_miss"]
    assert rows[easy]["options"][0]["count"] == 4


def test_knowledge_gain(home_pages):
    page, _ = course(steps=1)
    q = question("single")
    pre = quiz(page, [q], slug="pre", kind=QuizKind.PRE_TEST)
    final = quiz(page, [q], slug="final", kind=QuizKind.FINAL)
    key = q.translation_key.hex
    learner = UserFactory()
    finished(learner, pre, {key: 0.0})
    finished(learner, final, {key: 1.0})
    finished(UserFactory(), final, {key: 1.0})  # no pre-test: not counted
    gain = knowledge_gain(page, [pre, final])
    assert gain == {"learners": 1, "before": 0.0, "after": 100.0, "gain": 100.0}


@pytest.fixture
def limited_trainer(client, graded):
    """A trainer who may edit one other course only."""
    own, _ = course(steps=1)
    own_quiz = quiz(own, [question("single")], slug="own-quiz")
    group = Group.objects.create(name="One course")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=own, permission=Permission.objects.get(codename="change_page")
    )
    trainer = UserFactory()
    trainer.groups.add(group)
    TOTP.activate(trainer, "JBSWY3DPEHPK3PXP")
    client.force_login(trainer)
    return own_quiz, graded[0]


def test_trainers_see_only_quizzes_they_can_edit(client, limited_trainer):
    own_quiz, other_quiz = limited_trainer
    html = client.get("/admin/quiz-statistics/").content.decode()
    assert "own-quiz" not in html and own_quiz.title in html
    assert f"/admin/quiz-statistics/{other_quiz.pk}/" not in html
    assert client.get(f"/admin/quiz-statistics/{own_quiz.pk}/").status_code == 200
    assert client.get(f"/admin/quiz-statistics/{other_quiz.pk}/").status_code in (302, 403)
    assert client.get(f"/admin/quiz-statistics/{other_quiz.pk}/attempts.csv").status_code in (
        302,
        403,
    )


def test_csv_export(client, graded):
    admin = UserFactory(is_staff=True, is_superuser=True, full_name="زینب")
    TOTP.activate(admin, "JBSWY3DPEHPK3PXP")
    client.force_login(admin)
    quiz_page = graded[0]
    response = client.get(f"/admin/quiz-statistics/{quiz_page.pk}/attempts.csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 9 and rows[0][1] == "Learner"
    html = client.get(f"/admin/quiz-statistics/{quiz_page.pk}/").content.decode()
    assert "Tricky?" in html and "The best learners miss this question" in html


def test_csv_cells_cannot_run_as_formulas(client, graded):
    learner = Attempt.objects.first().user
    learner.full_name = '=HYPERLINK("http://x")'
    learner.save()
    admin = UserFactory(is_staff=True, is_superuser=True)
    TOTP.activate(admin, "JBSWY3DPEHPK3PXP")
    client.force_login(admin)
    body = client.get(f"/admin/quiz-statistics/{graded[0].pk}/attempts.csv").content.decode(
        "utf-8-sig"
    )
    assert "'=HYPERLINK" in body and ",=HYPERLINK" not in body


def test_a_pre_test_has_no_pass_rate(home_pages):
    """Pre-test attempts are neither passed nor failed: 0% would misreport them."""
    page, _ = course(steps=1)
    q = question("single")
    pre = quiz(page, [q], slug="pre", kind=QuizKind.PRE_TEST)
    key = q.translation_key.hex
    for mark in (0.0, 1.0):
        Attempt.objects.filter(pk=finished(UserFactory(), pre, {key: mark}).pk).update(passed=None)
    summary = quiz_summary(list(Attempt.objects.all()))
    assert summary["attempts"] == 2
    assert summary["pass_rate"] is None
