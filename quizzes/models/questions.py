from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import PreviewableMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..blocks import OptionBlock


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple response")
    TRUE_FALSE = "true_false", _("True or false")
    MATCHING = "matching", _("Matching")
    ORDERING = "ordering", _("Ordering")
    SCENARIO = "scenario", _("Scenario question")


class Difficulty(models.TextChoices):
    EASY = "easy", _("Easy")
    MEDIUM = "medium", _("Medium")
    HARD = "hard", _("Hard")


class Question(PreviewableMixin, TranslatableMixin, index.Indexed, ClusterableModel):
    """A question in the bank, translated like pages; attempts refer to it by
    ``translation_key`` and to its options by their block ids, the same in every language.
    """

    kind = models.CharField(_("kind"), max_length=20, choices=QuestionKind.choices)
    scenario = models.TextField(
        _("case"), blank=True, help_text=_("Scenario questions only: the situation to read first.")
    )
    prompt = models.TextField(_("question"))
    options = StreamField([("option", OptionBlock())], verbose_name=_("options"))
    partial_credit = models.BooleanField(
        _("partial credit"),
        default=True,
        help_text=_(
            "Multiple response: each right choice counts, each wrong one takes one away, never "
            "below zero. Matching: each right pair counts. Ordering: each item in its right place "
            "counts. Without partial credit, only a fully right answer scores."
        ),
    )
    explanation = models.TextField(_("explanation"), blank=True)
    topics = ParentalManyToManyField("courses.Topic", verbose_name=_("topics"), blank=True)
    difficulty = models.CharField(
        _("difficulty"), max_length=10, choices=Difficulty.choices, default=Difficulty.MEDIUM
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("scenario"),
        FieldPanel("prompt"),
        FieldPanel("options"),
        FieldPanel("partial_credit"),
        FieldPanel("explanation"),
        FieldPanel("topics"),
        FieldPanel("difficulty"),
    ]
    search_fields = [index.SearchField("prompt"), index.FilterField("kind")]
    override_translatable_fields = [
        SynchronizedField("kind", overridable=False),
        SynchronizedField("partial_credit", overridable=False),
        SynchronizedField("difficulty", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        # The quiz editor's chooser shows this: the kind and the whole prompt, never cut.
        return f"{self.get_kind_display()}: {self.prompt}"

    @property
    def preview_modes(self):
        return [("", _("As learners see it")), ("answers", _("With answers and feedback"))]

    def get_preview_template(self, request, mode_name):
        return "quizzes/question_preview.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        options = [
            {"id": option_id, "value": value, "checked": False, "match_index": None}
            for option_id, value in self.option_values
        ]
        context["item"] = {
            "number": 1,
            "key": "preview",
            "kind": self.kind,
            "many": self.answers_many,
            "question": self,
            "options": options,
            "matches": [
                (index, value["match"]) for index, (_id, value) in enumerate(self.option_values)
            ],
            "positions": range(1, len(options) + 1),
        }
        context["show_answers"] = mode_name == "answers"
        return context

    @property
    def option_values(self):
        """[(option id, StructValue)] in authoring order."""
        return [(block.id, block.value) for block in self.options]

    @property
    def is_choice(self):
        return self.kind in {
            QuestionKind.SINGLE,
            QuestionKind.MULTIPLE,
            QuestionKind.TRUE_FALSE,
            QuestionKind.SCENARIO,
        }

    @property
    def answers_many(self):
        """Whether the learner may tick several options."""
        correct = sum(1 for _id, value in self.option_values if value["correct"])
        return self.kind == QuestionKind.MULTIPLE or (
            self.kind == QuestionKind.SCENARIO and correct > 1
        )

    def clean(self):
        super().clean()
        options = [block.value for block in self.options]
        correct = sum(1 for value in options if value["correct"])
        errors = {}
        if len(options) < 2:
            errors["options"] = _("A question needs at least two options.")
        elif self.kind in {QuestionKind.SINGLE, QuestionKind.TRUE_FALSE} and correct != 1:
            errors["options"] = _("Mark exactly one option as correct.")
        elif self.kind == QuestionKind.TRUE_FALSE and len(options) != 2:
            errors["options"] = _("A true-or-false question has exactly two options.")
        elif self.kind == QuestionKind.MULTIPLE and (correct < 1 or correct == len(options)):
            errors["options"] = _("Mark at least one option correct and leave at least one wrong.")
        elif self.kind == QuestionKind.SCENARIO and correct < 1:
            errors["options"] = _("Mark at least one option as correct.")
        elif self.kind == QuestionKind.MATCHING:
            matches = [value["match"].strip() for value in options]
            if not all(matches):
                errors["options"] = _("Every option of a matching question needs its match.")
            elif len(set(matches)) != len(matches):
                errors["options"] = _("Two options cannot have the same match.")
        if self.kind == QuestionKind.SCENARIO and not self.scenario.strip():
            errors["scenario"] = _("Write the case the question is about.")
        if errors:
            raise ValidationError(errors)
