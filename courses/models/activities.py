"""H5P activities as course steps: complete when the learner finishes the content."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from .pages import StepPage


class H5PActivityPage(StepPage):
    """A step that is one piece of interactive H5P content.

    The step completes when the content as a whole (not one of its parts) reports
    "completed" or "answered" and, if the trainer set one, reaches the minimum
    score. Scores come from the learner's browser: fine for practice, not for
    anything a certificate rests on alone.
    """

    completes_manually = False

    intro = models.TextField(_("introduction"), blank=True)
    activity = models.ForeignKey(
        "h5p.H5PContent",
        verbose_name=_("interactive content"),
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    min_score = models.PositiveSmallIntegerField(
        _("minimum score (%)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("Leave empty if finishing the activity is enough to complete the step."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("activity")]
    settings_panels = [*StepPage.settings_panels, FieldPanel("min_score")]
    override_translatable_fields = [
        *StepPage.override_translatable_fields,
        # Each language may use its own translation of the content.
        SynchronizedField("activity", overridable=True),
        SynchronizedField("min_score", overridable=False),
    ]

    class Meta:
        verbose_name = _("interactive activity (H5P)")
        verbose_name_plural = _("interactive activities (H5P)")

    @property
    def tracking_context(self):
        """What the player's statements carry back, to find this step again."""
        return f"courses.step:{self.translation_key}"
