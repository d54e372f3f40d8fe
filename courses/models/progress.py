"""What learners did: plain Django models, keyed by the pages' ``translation_key``.

A course or step has one ``translation_key`` in every language, so a learner who
switches from English to Urdu keeps their enrolment and progress.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LearnerDataQuerySet(models.QuerySet):
    """Rows that belong to one learner (a ``user`` foreign key)."""

    def for_user(self, user):
        """The queryset half of the rule "learners see only their own data"."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(user=user)


class EnrolmentQuerySet(LearnerDataQuerySet):
    def completed(self):
        return self.filter(completed_at__isnull=False)

    def in_progress(self):
        return self.filter(completed_at__isnull=True)


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    last_step_key = models.UUIDField(_("last step visited"), null=True, blank=True)

    objects = EnrolmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="courses_one_enrolment"),
        ]
        indexes = [models.Index(fields=["user", "-last_activity_at"])]

    def __str__(self):
        return f"{self.user_id} → {self.course_key}"


class StepProgress(models.Model):
    """One row per learner and completed step; its timestamp never moves."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="step_progress"
    )
    course_key = models.UUIDField(_("course"))
    step_key = models.UUIDField(_("step"))
    completed_at = models.DateTimeField(_("completed"), default=timezone.now)

    objects = LearnerDataQuerySet.as_manager()

    class Meta:
        verbose_name = _("step progress")
        verbose_name_plural = _("step progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "step_key"], name="courses_one_step_progress"),
        ]
        indexes = [models.Index(fields=["user", "course_key"])]

    def __str__(self):
        return f"{self.user_id} ✓ {self.step_key}"


class IndicatorTicks(models.Model):
    """The indicators one learner ticked in one checklist block of one lesson.

    ``ticked`` lists the 1-based positions of the ticked items, e.g. ``[1, 3]``:
    positions, not texts, so the ticks stay when the learner switches language.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="indicator_ticks"
    )
    lesson_key = models.UUIDField(_("lesson"))
    block_id = models.CharField(_("checklist block"), max_length=64)
    ticked = models.JSONField(_("ticked indicators"), default=list)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = LearnerDataQuerySet.as_manager()

    class Meta:
        verbose_name = _("ticked indicators")
        verbose_name_plural = _("ticked indicators")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key", "block_id"], name="courses_one_tick_set"
            ),
        ]

    def __str__(self):
        return f"{self.user_id} ✓ {self.block_id}: {self.ticked}"
