"""Certificates listen to courses and quizzes; neither knows certificates exist.

A failure here must never fail the learner's request (the course is already
complete): it is logged, and the hourly ``issue_missing_certificates`` task
issues whatever was missed.
"""

import logging

from courses.signals import course_completed
from quizzes.signals import quiz_passed

logger = logging.getLogger(__name__)


def on_course_completed(sender, user, enrolment, **kwargs):
    from .tasks import issue_for_completion

    try:
        issue_for_completion.delay(user.pk, str(enrolment.course_key))
    except Exception:
        logger.exception("Could not issue the certificate for enrolment %s now", enrolment.pk)


def on_quiz_passed(sender, user, quiz, attempt, **kwargs):
    from quizzes.models.pages import QuizKind

    from .tasks import renew_after_assessment

    if quiz.kind == QuizKind.FINAL:
        try:
            renew_after_assessment.delay(user.pk, str(attempt.course_key))
        except Exception:
            logger.exception("Could not renew a certificate after attempt %s", attempt.pk)


def register():
    course_completed.connect(on_course_completed, dispatch_uid="certificates-issue")
    quiz_passed.connect(on_quiz_passed, dispatch_uid="certificates-renew")
