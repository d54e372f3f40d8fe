"""The question chooser of the quiz editor: it lists each question's kind and full prompt,
and its "Write a new question" tab adds one to the bank without leaving the quiz."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.log_actions import log
from wagtail.models import Locale
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetCreateView,
)

from .models import Question


class NewQuestionForm(WagtailAdminModelForm):
    """The bank's own fields and checks (``Question.clean``), plus the question's language:
    the chooser does not know which language the quiz being edited is in."""

    language = forms.ModelChoiceField(
        label=_("Language"),
        queryset=Locale.objects.all(),
        empty_label=None,
        help_text=_("Write it in the language of the quiz; translate it later as usual."),
    )

    class Meta:
        model = Question
        fields = [
            "kind",
            "scenario",
            "prompt",
            "options",
            "partial_credit",
            "explanation",
            "topics",
            "difficulty",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = Locale.get_default()
        self.fields["language"].label_from_instance = Locale.get_display_name

    def _post_clean(self):
        if self.cleaned_data.get("language"):
            self.instance.locale = self.cleaned_data["language"]
        super()._post_clean()


class QuestionCreateView(SnippetCreateView):
    def save_form(self, form):
        with transaction.atomic():
            question = form.save()
            log(question, "wagtail.create", user=self.request.user)
        return question


class KindColumns:
    @property
    def columns(self):
        title, *rest = super().columns
        return [
            title,
            Column("kind", label=_("Kind"), accessor="get_kind_display"),
            Column("difficulty", label=_("Difficulty"), accessor="get_difficulty_display"),
            *rest,
        ]


class QuestionChooseView(KindColumns, ChooseView):
    pass


class QuestionChooseResultsView(KindColumns, ChooseResultsView):
    pass


class QuestionChooserViewSet(SnippetChooserViewSet):
    choose_view_class = QuestionChooseView
    choose_results_view_class = QuestionChooseResultsView
    create_view_class = QuestionCreateView
    creation_form_class = NewQuestionForm
    creation_tab_label = _("Write a new question")
    create_action_label = _("Add to the bank and choose")
