"""Quiz statistics in the Wagtail admin, for the trainers who can edit each quiz."""

import csv

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.permissions import page_permission_policy

from .models import Attempt, QuizPage
from .stats import finished_attempts, knowledge_gain, question_statistics, quiz_summary


def editable_quizzes(user):
    """The queryset half of "trainers see only quizzes under courses they can edit"."""
    editable = page_permission_policy.instances_user_has_any_permission_for(user, ["change"])
    return QuizPage.objects.filter(pk__in=editable.values("pk")).select_related("locale")


def _quiz_for(user, page_id):
    """The object half: the quiz, if ``user`` may edit it."""
    quiz = get_object_or_404(QuizPage, pk=page_id)
    if not quiz.permissions_for_user(user).can_edit():
        raise PermissionDenied
    return quiz


def _breadcrumbs(*items):
    """Home, Quiz statistics, then ``items``: the trail the admin's own listings show."""
    return [
        {"url": reverse("wagtailadmin_home"), "label": _("Home")},
        {"url": reverse("quiz_statistics:index"), "label": _("Quiz statistics")},
        *items,
    ]


def index(request):
    quizzes = list(editable_quizzes(request.user).order_by("path"))
    counts = dict(
        Attempt.objects.filter(quiz_key__in=[q.translation_key for q in quizzes])
        .finished()
        .values_list("quiz_key")
        .annotate(n=Count("pk"))
    )
    rows = [{"quiz": q, "attempts": counts.get(q.translation_key, 0)} for q in quizzes]
    return TemplateResponse(
        request, "quizzes/admin/index.html", {"rows": rows, "breadcrumbs_items": _breadcrumbs()}
    )


def detail(request, page_id):
    quiz = _quiz_for(request.user, page_id)
    attempts = list(
        finished_attempts(quiz).only("user_id", "score", "passed", "marks", "answers", "layout")
    )
    course = quiz.get_course()
    siblings = QuizPage.objects.live().descendant_of(course) if course else QuizPage.objects.none()
    return TemplateResponse(
        request,
        "quizzes/admin/detail.html",
        {
            "quiz": quiz,
            "breadcrumbs_items": _breadcrumbs({"url": "", "label": quiz.title}),
            "course": course,
            "summary": quiz_summary(attempts),
            "questions": question_statistics(attempts),
            "gain": knowledge_gain(course, list(siblings)) if course else None,
        },
    )


def _cell(value):
    """Spreadsheets run a cell starting with = + - @ as a formula: make it plain text."""
    text = str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def attempts_csv(request, page_id):
    quiz = _quiz_for(request.user, page_id)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="quiz-{quiz.pk}-attempts.csv"'
    response.write("\ufeff")  # so spreadsheet programs read Urdu names correctly
    writer = csv.writer(response)

    def write(row):
        writer.writerow([_cell(value) for value in row])

    write(
        [
            _("Attempt"),
            _("Learner"),
            _("Email"),
            _("Started"),
            _("Submitted"),
            _("Status"),
            _("Score (%)"),
            _("Passed"),
        ]
    )
    for attempt in finished_attempts(quiz).select_related("user").order_by("started_at"):
        write(
            [
                attempt.pk,
                attempt.user.full_name,
                attempt.user.email,
                attempt.started_at.isoformat(),
                attempt.submitted_at.isoformat() if attempt.submitted_at else "",
                attempt.get_status_display(),
                attempt.score,
                _("yes") if attempt.passed else _("no"),
            ]
        )
    return response
