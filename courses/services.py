"""Writes to learner data. Each checks permission, runs in a transaction and is idempotent."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Enrolment, IndicatorTicks, StepProgress
from .outline import required_step_keys
from .permissions import Access, course_access
from .signals import course_completed


@dataclass
class CompletionResult:
    step_newly_completed: bool
    course_newly_completed: bool
    enrolment: Enrolment


def _check(user, course):
    if not user.is_authenticated:
        raise PermissionDenied("Sign in to keep your progress.")
    if course_access(user, course) is not Access.OPEN:
        raise PermissionDenied("This course cannot be taken yet.")


def enrol(user, course):
    """The learner's enrolment in ``course``, created the first time they start it."""
    _check(user, course)
    try:
        with transaction.atomic():
            enrolment, _created = Enrolment.objects.get_or_create(
                user=user, course_key=course.translation_key
            )
    except IntegrityError:  # a concurrent request created it first
        enrolment = Enrolment.objects.get(user=user, course_key=course.translation_key)
    return enrolment


def visit_step(user, course, step):
    """Remember the step the learner opened, enrolling them on their first visit.

    One UPDATE on every visit after the first, so step pages stay cheap.
    """
    now = timezone.now()
    updated = Enrolment.objects.filter(user=user, course_key=course.translation_key).update(
        last_step_key=step.translation_key, last_activity_at=now
    )
    if not updated:
        enrolment = enrol(user, course)
        Enrolment.objects.filter(pk=enrolment.pk).update(
            last_step_key=step.translation_key, last_activity_at=now
        )


def complete_step(user, step):
    """Mark ``step`` complete for ``user``; complete the course when it was the last one.

    Repeating the call changes nothing: the step keeps its first timestamp and
    ``course_completed`` is sent at most once per learner and course, even when
    two requests race (the enrolment row is locked while completion is decided).
    """
    course = step.get_course()
    _check(user, course)
    if not step.live:
        raise PermissionDenied("This step is not published.")
    enrolment = enrol(user, course)
    with transaction.atomic():
        enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        _progress, created = StepProgress.objects.get_or_create(
            user=user,
            step_key=step.translation_key,
            defaults={"course_key": course.translation_key},
        )
        now = timezone.now()
        enrolment.last_activity_at = now
        enrolment.last_step_key = step.translation_key
        fields = ["last_activity_at", "last_step_key"]
        course_done = False
        if enrolment.completed_at is None:
            done = set(
                StepProgress.objects.filter(
                    user=user, course_key=course.translation_key
                ).values_list("step_key", flat=True)
            )
            required = required_step_keys(course)
            if required and required <= done:
                enrolment.completed_at = now
                fields.append("completed_at")
                course_done = True
        enrolment.save(update_fields=fields)
        if course_done:
            transaction.on_commit(
                lambda: course_completed.send(sender=Enrolment, user=user, enrolment=enrolment)
            )
    return CompletionResult(created, course_done, enrolment)


def save_indicator_ticks(user, lesson, block_id, ticked):
    """Keep which indicators ``user`` ticked in one checklist of ``lesson`` (positions)."""
    _check(user, lesson.get_course())
    IndicatorTicks.objects.update_or_create(
        user=user,
        lesson_key=lesson.translation_key,
        block_id=block_id,
        defaults={"ticked": sorted(ticked)},
    )
