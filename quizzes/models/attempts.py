"""Learners' quiz attempts. ``layout`` and ``answers`` are JSON, described below."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models.progress import LearnerDataQuerySet


class AttemptStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    SUBMITTED = "submitted", _("Submitted")
    EXPIRED = "expired", _("Closed when time ran out")


class AttemptQuerySet(LearnerDataQuerySet):
    def finished(self):
        return self.exclude(status=AttemptStatus.IN_PROGRESS)


class Attempt(models.Model):
    """One sitting of a quiz by one learner.

    ``layout``: the questions exactly as shown, in order, with their options'
    order: ``[{"question": "<question translation_key>", "options": ["<option
    block id>", ...]}, ...]``. The quiz looks the same when resumed.

    ``answers``: by question key, what the learner gave: an option id (single,
    true/false, single-answer scenario), a list of option ids (multiple), a dict
    of option id to the option id whose match was chosen (matching), or a list
    of option ids in the learner's order (ordering).

    ``marks``: by question key, the fraction of the question's mark earned (0 to 1).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz_key = models.UUIDField(_("quiz"), db_index=True)
    course_key = models.UUIDField(_("course"))
    status = models.CharField(
        _("status"), max_length=20, choices=AttemptStatus.choices, default=AttemptStatus.IN_PROGRESS
    )
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    layout = models.JSONField(_("questions shown"), default=list)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    marks = models.JSONField(_("marks"), default=dict, blank=True)
    score = models.DecimalField(
        _("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    passed = models.BooleanField(_("passed"), null=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz_key"],
                condition=Q(status="in_progress"),
                name="quizzes_one_open_attempt",
            ),
        ]
        indexes = [models.Index(fields=["user", "quiz_key", "-started_at"])]

    def __str__(self):
        return f"{self.user_id} · {self.quiz_key} · {self.status}"

    @property
    def question_keys(self):
        return [item["question"] for item in self.layout]
