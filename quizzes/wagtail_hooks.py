from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .choosers import QuestionChooserViewSet
from .models import Question
from .stats import MIN_ATTEMPTS, flagged_quizzes


@hooks.register("register_admin_urls")
def register_statistics_urls():
    urls = [
        path("", admin_views.index, name="index"),
        path("<int:page_id>/", admin_views.detail, name="detail"),
        path("<int:page_id>/attempts.csv", admin_views.attempts_csv, name="attempts_csv"),
    ]
    return [path("quiz-statistics/", include((urls, "quiz_statistics")))]


class StatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.editable_quizzes(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_statistics_menu_item():
    return StatisticsMenuItem(
        _("Quiz statistics"), reverse("quiz_statistics:index"), icon_name="table", order=400
    )


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Question bank")
    add_to_admin_menu = True
    menu_order = 390
    list_display = ["prompt", "kind", "difficulty", "locale"]
    list_filter = ["kind", "difficulty", "locale"]
    search_fields = ["prompt"]
    chooser_viewset_class = QuestionChooserViewSet


register_snippet(QuestionViewSet)


class FlaggedQuizzesPanel(Component):
    name = "flagged_quizzes"
    template_name = "quizzes/admin/flagged_panel.html"
    order = 70

    def __init__(self, flagged):
        self.flagged = flagged

    def get_context_data(self, parent_context):
        return {
            "rows": [
                {"quiz": quiz, "attempts": count, "flags": flags, "too_few": count < MIN_ATTEMPTS}
                for quiz, count, flags in self.flagged
            ],
            "min_attempts": MIN_ATTEMPTS,
        }


@hooks.register("construct_homepage_panels")
def add_flagged_quizzes_panel(request, panels):
    flagged = flagged_quizzes(admin_views.editable_quizzes(request.user).order_by("path"))
    if flagged:
        panels.append(FlaggedQuizzesPanel(flagged))
