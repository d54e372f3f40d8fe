"""Starting, saving and submitting attempts. Each checks access and is safe to repeat."""

import logging
import random
import uuid
from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language

from courses.permissions import Access, course_access
from courses.services import complete_step

from .grading import answer_key, mark, score
from .models import Attempt, Question
from .models.attempts import AttemptStatus
from .models.pages import FeedbackPolicy
from .signals import quiz_passed

logger = logging.getLogger(__name__)

#: Submissions this long after the deadline still count (slow connections).
GRACE = timedelta(seconds=30)


def _is_key(value):
    try:
        uuid.UUID(hex=value)
    except (TypeError, ValueError):
        return False
    return True


def key_of(question):
    return question.translation_key.hex


def questions_for(attempt_or_keys, language=None):
    """Questions of an attempt by key, in ``language`` where translated (one query)."""
    keys = (
        attempt_or_keys.question_keys if isinstance(attempt_or_keys, Attempt) else attempt_or_keys
    )
    keys = [key for key in keys if _is_key(key)]
    language = language or get_language()
    chosen = {}
    for question in Question.objects.filter(translation_key__in=keys).select_related("locale"):
        key = key_of(question)
        if key not in chosen or question.locale.language_code == language:
            chosen[key] = question
    return chosen


def _check(user, quiz):
    course = quiz.get_course()
    if not user.is_authenticated or course_access(user, course) is not Access.OPEN:
        raise PermissionDenied
    return course


def _draw(quiz):
    """The questions of a new attempt: the fixed ones, then the random draw."""
    fixed = [block.value for block in quiz.fixed_questions if block.value is not None]
    keys = [key_of(q) for q in fixed]
    if quiz.draw_count:
        pool = (
            Question.objects.filter(topics__in=quiz.draw_topics.all(), locale=quiz.locale)
            .exclude(translation_key__in=[q.translation_key for q in fixed])
            .values_list("translation_key", flat=True)
            .distinct()
        )
        pool = [key.hex for key in pool]
        keys += random.sample(pool, min(quiz.draw_count, len(pool)))
    if quiz.shuffle_questions:
        random.shuffle(keys)
    return keys


def attempts_left(user, quiz):
    if not quiz.max_attempts:
        return None
    used = Attempt.objects.for_user(user).filter(quiz_key=quiz.translation_key).count()
    return max(0, quiz.max_attempts - used)


def open_attempt(user, quiz):
    return (
        Attempt.objects.for_user(user)
        .filter(quiz_key=quiz.translation_key, status=AttemptStatus.IN_PROGRESS)
        .first()
    )


def start_attempt(user, quiz):
    """The learner's attempt in progress, or a new one if they have attempts left."""
    course = _check(user, quiz)
    attempt = open_attempt(user, quiz)
    if attempt is not None:
        return close_if_expired(attempt, quiz)
    if attempts_left(user, quiz) == 0:
        raise PermissionDenied
    keys = _draw(quiz)
    questions = questions_for(keys)
    layout = []
    for key in keys:
        question = questions.get(key)
        if question is None:
            continue
        option_ids = [option_id for option_id, _value in question.option_values]
        # Ordering questions are always shuffled: the authored order is the answer.
        if quiz.shuffle_options or question.kind == "ordering":
            random.shuffle(option_ids)
        entry = {"question": key, "options": option_ids, **answer_key(question)}
        if question.kind == "matching":
            # The right-hand items, in their own shuffled order; the form names them by
            # position so the page never pairs an item with its answer.
            matches = list(option_ids)
            random.shuffle(matches)
            entry["matches"] = matches
        layout.append(entry)
    now = timezone.now()
    deadline = now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
    try:
        with transaction.atomic():
            return Attempt.objects.create(
                user=user,
                quiz_key=quiz.translation_key,
                course_key=course.translation_key,
                layout=layout,
                started_at=now,
                deadline=deadline,
            )
    except IntegrityError:  # a concurrent request opened one first
        return open_attempt(user, quiz)


def save_answers(attempt, answers):
    """Keep the answers given so far, unless time is up."""
    if attempt.status != AttemptStatus.IN_PROGRESS or _too_late(attempt):
        return False
    Attempt.objects.filter(pk=attempt.pk, status=AttemptStatus.IN_PROGRESS).update(answers=answers)
    attempt.answers = answers
    return True


def _too_late(attempt, now=None):
    return attempt.deadline is not None and (now or timezone.now()) > attempt.deadline + GRACE


def submit_attempt(attempt, quiz, answers=None):
    """Grade the attempt once. Later calls return it unchanged."""
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if attempt.status != AttemptStatus.IN_PROGRESS:
            return attempt
        now = timezone.now()
        late = _too_late(attempt, now)
        if answers is not None and not late:
            attempt.answers = answers
        attempt.marks = {
            entry["question"]: mark(entry, attempt.answers.get(entry["question"]))
            for entry in attempt.layout
        }
        attempt.score = score(attempt.marks, len(attempt.layout))
        attempt.passed = attempt.score >= quiz.pass_mark
        attempt.status = AttemptStatus.EXPIRED if late else AttemptStatus.SUBMITTED
        attempt.submitted_at = now
        attempt.save()
        if attempt.passed:
            passed = attempt
            transaction.on_commit(
                lambda: quiz_passed.send(
                    sender=Attempt, user=passed.user, quiz=quiz, attempt=passed
                )
            )
    if attempt.passed or not quiz.pass_required:
        complete_step(attempt.user, quiz)
    return attempt


def close_if_expired(attempt, quiz):
    """An abandoned timed attempt is graded on what was saved, once its time is up."""
    if attempt.status == AttemptStatus.IN_PROGRESS and _too_late(attempt):
        return submit_attempt(attempt, quiz)
    return attempt


def close_expired_attempts():
    """For the periodic task: grade every timed attempt whose deadline has passed."""
    from wagtail.models import Page

    closed = 0
    stale = Attempt.objects.filter(
        Q(status=AttemptStatus.IN_PROGRESS), deadline__lt=timezone.now() - GRACE
    )
    for attempt in stale.iterator():
        quiz = Page.objects.live().filter(translation_key=attempt.quiz_key).specific().first()
        if quiz is None:
            continue
        try:
            submit_attempt(attempt, quiz)
        except Exception:  # one bad attempt must not stop the others being closed
            logger.exception("Could not close quiz attempt %s", attempt.pk)
            continue
        closed += 1
    return closed


def show_feedback(quiz, user):
    if quiz.feedback_policy == FeedbackPolicy.NEVER:
        return False
    if quiz.feedback_policy == FeedbackPolicy.ONCE_PASSED:
        return (
            Attempt.objects.for_user(user)
            .filter(quiz_key=quiz.translation_key, passed=True)
            .exists()
        )
    return True
