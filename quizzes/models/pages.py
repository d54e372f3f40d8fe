from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail_localize.fields import SynchronizedField

from courses.models import StepPage


class QuizKind(models.TextChoices):
    PRACTICE = "practice", _("Practice")
    PRE_TEST = "pre_test", _("Pre-test")
    POST_TEST = "post_test", _("Post-test")
    FINAL = "final", _("Final assessment")


class ReviewWhen(models.TextChoices):
    """When the results of an attempt may show one thing (Moodle's "review options")."""

    ALWAYS = "always", _("After every attempt")
    CLOSED = "closed", _("Once passed or out of attempts")
    NEVER = "never", _("Never")


#: The review options of a quiz: field name, and what the results show when it allows.
REVIEW_FIELDS = ("review_score", "review_marks", "review_answers", "review_explanations")


def review_field(verbose_name, default, **kwargs):
    return models.CharField(
        verbose_name, max_length=10, choices=ReviewWhen.choices, default=default, **kwargs
    )


class QuizPage(RoutablePageMixin, StepPage):
    """A course step that asks questions and grades them on the server."""

    completes_manually = False

    intro = models.TextField(_("introduction"), blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=QuizKind.choices, default=QuizKind.PRACTICE
    )
    fixed_questions = StreamField(
        [("question", SnippetChooserBlock("quizzes.Question", label=_("Question")))],
        verbose_name=_("questions"),
        blank=True,
    )
    draw_count = models.PositiveIntegerField(
        _("questions drawn at random"),
        default=0,
        help_text=_("How many more questions to draw at random from the topics below."),
    )
    draw_topics = ParentalManyToManyField(
        "courses.Topic", verbose_name=_("draw from topics"), blank=True, related_name="+"
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=0, help_text=_("0 means unlimited.")
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), null=True, blank=True
    )
    review_score = review_field(_("results show the score"), ReviewWhen.ALWAYS)
    review_marks = review_field(_("results show whether each answer was right"), ReviewWhen.ALWAYS)
    review_answers = review_field(_("results show the right answers"), ReviewWhen.CLOSED)
    review_explanations = review_field(
        _("results show explanations and feedback"),
        ReviewWhen.CLOSED,
        help_text=_("Explanations and feedback often give the right answer away."),
    )
    pass_required = models.BooleanField(
        _("passing is required to complete the step"),
        default=True,
        help_text=_("If not, any submitted attempt completes the step."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("fixed_questions"),
        MultiFieldPanel(
            [FieldPanel("draw_count"), FieldPanel("draw_topics")], heading=_("Random questions")
        ),
    ]
    settings_panels = [
        *StepPage.settings_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("pass_required"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_options"),
            ],
            heading=_("Grading"),
        ),
        MultiFieldPanel(
            [FieldPanel(name) for name in REVIEW_FIELDS],
            heading=_("What the results show"),
        ),
    ]
    override_translatable_fields = [
        *StepPage.override_translatable_fields,
        # Not overridable: both languages share one attempt record, so they must grade alike.
        *(
            SynchronizedField(name, overridable=False)
            for name in (
                "kind",
                "draw_count",
                "shuffle_questions",
                "shuffle_options",
                "pass_mark",
                "max_attempts",
                "time_limit_minutes",
                *REVIEW_FIELDS,
                "pass_required",
            )
        ),
    ]
    parent_page_types = ["courses.CoursePage", "courses.CourseModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    @property
    def is_pre_test(self):
        """A pre-test measures what the learner knows before the course: no pass or fail."""
        return self.kind == QuizKind.PRE_TEST

    def clean(self):
        super().clean()
        if not len(self.fixed_questions) and not self.draw_count:
            raise ValidationError(_("Choose questions, or how many to draw at random, or both."))
        if self.kind == QuizKind.FINAL:
            missing = [
                str(block.value)
                for block in self.fixed_questions
                if block.value is not None and not block.value.explanation.strip()
            ]
            if missing:
                raise ValidationError(
                    _("Questions in a final assessment need an explanation: %(questions)s"),
                    params={"questions": "; ".join(missing)},
                )

    @path("")
    def intro_view(self, request):
        from ..views import quiz_intro

        return quiz_intro(request, self)

    @path("start/")
    def start_view(self, request):
        from ..views import quiz_start

        return quiz_start(request, self)

    @path("attempt/")
    def attempt_view(self, request):
        from ..views import quiz_attempt

        return quiz_attempt(request, self)

    @path("confirm/")
    def confirm_view(self, request):
        from ..views import quiz_confirm

        return quiz_confirm(request, self)

    @path("results/<int:attempt_id>/")
    def results_view(self, request, attempt_id):
        from ..views import quiz_results

        return quiz_results(request, self, attempt_id)
