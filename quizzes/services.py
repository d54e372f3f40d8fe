"""Starting, saving and submitting attempts. Each checks access and is safe to repeat."""

import logging
import random
import uuid
from collections import Counter
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
from .models.pages import REVIEW_FIELDS, ReviewWhen
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


def _draw(user, quiz):
    """The questions of a new attempt: the fixed ones, then the random draw.

    The draw prefers the questions this learner has met least often in their earlier
    attempts at the quiz (as Moodle's random questions do), at random among equals, so
    a retake asks new questions while the bank has them.
    """
    fixed = [block.value for block in quiz.fixed_questions if block.value is not None]
    keys = [key_of(q) for q in fixed]
    if quiz.draw_count:
        # By topic slug, the same in every language, and by translation key: the bank
        # is one bank whatever language the quiz is taken in.
        slugs = list(quiz.draw_topics.values_list("slug", flat=True))
        pool = (
            Question.objects.filter(topics__slug__in=slugs)
            .exclude(translation_key__in=[q.translation_key for q in fixed])
            .values_list("translation_key", flat=True)
            .distinct()
        )
        pool = sorted({key.hex for key in pool})
        seen = Counter(
            entry["question"]
            for layout in Attempt.objects.for_user(user)
            .filter(quiz_key=quiz.translation_key)
            .values_list("layout", flat=True)
            for entry in layout
        )
        random.shuffle(pool)
        pool.sort(key=lambda key: seen[key])
        keys += pool[: quiz.draw_count]
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
    keys = _draw(user, quiz)
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
        # A pre-test is not passed or failed: it measures what the learner knew before.
        attempt.passed = None if quiz.is_pre_test else attempt.score >= quiz.pass_mark
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
    if attempt.passed or not quiz.pass_required or quiz.is_pre_test:
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


def is_answered(entry, answer):
    """Whether a layout entry has a whole answer: every item of a matching question
    paired (an ordering answer is only stored once every place is given)."""
    if answer in (None, "", [], {}):
        return False
    if entry.get("kind") == "matching":
        return isinstance(answer, dict) and len(answer) == len(entry["options"])
    return True


def unanswered(attempt):
    """Numbers (1-based, as the page shows them) of the questions not answered yet."""
    return [
        number
        for number, entry in enumerate(attempt.layout, start=1)
        if not is_answered(entry, attempt.answers.get(entry["question"]))
    ]


def review_options(quiz, user, attempts_left):
    """What the results of this learner's attempts may show now: {field name: bool}.

    "Once passed or out of attempts" opens when the learner has passed the quiz (any
    attempt) or has no attempt left. The results view passes only what is allowed to
    its template, so nothing else can leak into the page.
    """
    policies = {name: getattr(quiz, name) for name in REVIEW_FIELDS}
    closed = False
    if ReviewWhen.CLOSED in policies.values():
        closed = attempts_left == 0 or (
            Attempt.objects.for_user(user)
            .filter(quiz_key=quiz.translation_key, passed=True)
            .exists()
        )
    return {
        name: policy == ReviewWhen.ALWAYS or (policy == ReviewWhen.CLOSED and closed)
        for name, policy in policies.items()
    }
