"""Certificates listen to courses and quizzes; neither knows certificates exist."""

from courses.signals import course_completed
from quizzes.signals import quiz_passed


def on_course_completed(sender, user, enrolment, **kwargs):
    from .tasks import issue_for_completion

    issue_for_completion.delay(user.pk, str(enrolment.course_key))


def on_quiz_passed(sender, user, quiz, attempt, **kwargs):
    from quizzes.models.pages import QuizKind

    from .tasks import renew_after_assessment

    if quiz.kind == QuizKind.FINAL:
        renew_after_assessment.delay(user.pk, str(attempt.course_key))


def register():
    course_completed.connect(on_course_completed, dispatch_uid="certificates-issue")
    quiz_passed.connect(on_quiz_passed, dispatch_uid="certificates-renew")
