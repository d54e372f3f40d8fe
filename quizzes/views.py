"""The quiz's own pages (routes of ``QuizPage``): intro, start, attempt, results."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .answers import BadAnswers, is_chosen, ordering_positions, parse_answers
from .models import Attempt, Question
from .models.attempts import AttemptStatus
from .models.pages import ReviewWhen
from .results import completion_links, result_items
from .services import (
    GRACE,
    attempts_left,
    close_if_expired,
    open_attempt,
    questions_for,
    review_options,
    save_answers,
    start_attempt,
    submit_attempt,
    unanswered,
)


def _render(request, quiz, template, **context):
    return TemplateResponse(
        request,
        template,
        {**quiz.get_context(request), "page": quiz, "self": quiz, **context},
    )


def quiz_intro(request, quiz):
    response = quiz.enter(request)
    if response is not None:
        return response
    context = {}
    if request.user.is_authenticated:
        attempt = open_attempt(request.user, quiz)
        if attempt is not None:
            attempt = close_if_expired(attempt, quiz)
        context = {
            "open_attempt": attempt
            if attempt and attempt.status == AttemptStatus.IN_PROGRESS
            else None,
            "past_attempts": list(
                Attempt.objects.for_user(request.user)
                .filter(quiz_key=quiz.translation_key)
                .finished()[:10]
            ),
            "attempts_left": attempts_left(request.user, quiz),
        }
    return _render(request, quiz, "quizzes/quiz_page.html", **context)


def quiz_start(request, quiz):
    if request.method != "POST":
        return redirect(quiz.get_url(request))
    response = quiz.enter(request)
    if response is not None:
        return response
    try:
        attempt = start_attempt(request.user, quiz)
    except PermissionDenied:
        messages.error(request, _("You have used all your attempts at this quiz."))
        return redirect(quiz.get_url(request))
    if attempt.status != AttemptStatus.IN_PROGRESS:
        return redirect(quiz.url + quiz.reverse_subpage("results_view", args=[attempt.pk]))
    return redirect(quiz.url + quiz.reverse_subpage("attempt_view"))


def _layout_items(attempt, questions):
    """What the attempt page shows: each question with its options in the stored order
    and the learner's answer spread over them (no correctness here)."""
    items = []
    for number, entry in enumerate(attempt.layout, start=1):
        question = questions.get(entry["question"])
        if question is None:
            continue
        values = dict(question.option_values)
        answer = attempt.answers.get(entry["question"])
        match_order = entry.get("matches", [])
        positions = ordering_positions(question, answer)
        options = []
        for option_id in entry["options"]:
            if option_id not in values:
                continue
            chosen_match = answer.get(option_id) if isinstance(answer, dict) else None
            options.append(
                {
                    "id": option_id,
                    "value": values[option_id],
                    "checked": is_chosen(answer, option_id),
                    "match_index": match_order.index(chosen_match)
                    if chosen_match in match_order
                    else None,
                    "position": positions.get(option_id),
                }
            )
        items.append(
            {
                "number": number,
                "key": entry["question"],
                "kind": entry.get("kind", question.kind),
                "many": entry.get("many", question.answers_many),
                "question": question,
                "options": options,
                "matches": [
                    (index, values[option_id]["match"])
                    for index, option_id in enumerate(match_order)
                    if option_id in values
                ],
                "positions": range(1, len(options) + 1),
            }
        )
    return items


def _open(request, quiz):
    """The learner's attempt in progress, or the response to send instead."""
    response = quiz.enter(request)
    if response is not None:
        return None, response
    attempt = open_attempt(request.user, quiz)
    if attempt is None:
        return None, redirect(quiz.get_url(request))
    attempt = close_if_expired(attempt, quiz)
    if attempt.status != AttemptStatus.IN_PROGRESS:
        messages.info(request, _("Time ran out: the answers you had saved were graded."))
        return None, redirect(quiz.url + quiz.reverse_subpage("results_view", args=[attempt.pk]))
    return attempt, None


def quiz_attempt(request, quiz):
    attempt, response = _open(request, quiz)
    if response is not None:
        return response
    if request.method == "POST":
        return _attempt_post(request, quiz, attempt)
    return _render(
        request,
        quiz,
        "quizzes/attempt.html",
        attempt=attempt,
        items=_layout_items(attempt, questions_for(attempt)),
        grace_seconds=int(GRACE.total_seconds()),
        attempts_left=attempts_left(request.user, quiz),
    )


def _attempt_post(request, quiz, attempt):
    """``save`` keeps the answers; ``review`` keeps them and asks for confirmation;
    ``confirm`` (from that step) grades what was kept; ``submit`` grades the answers sent,
    for the page's own confirmation and for the timer when time runs out."""
    try:
        answers = parse_answers(attempt, request.POST)
    except BadAnswers as error:
        response = _render(request, quiz, "quizzes/bad_answers.html", error=str(error))
        response.status_code = 400
        return response
    action = request.POST.get("action")
    if action in ("submit", "confirm"):
        attempt = submit_attempt(attempt, quiz, answers if action == "submit" else None)
        return redirect(quiz.url + quiz.reverse_subpage("results_view", args=[attempt.pk]))
    saved = save_answers(attempt, answers)
    if action == "review":
        return redirect(quiz.url + quiz.reverse_subpage("confirm_view"))
    if saved:
        messages.success(request, _("Your answers are saved."))
    return redirect(quiz.url + quiz.reverse_subpage("attempt_view"))


def quiz_confirm(request, quiz):
    """Before grading: how many questions are still unanswered, and confirm or go back."""
    attempt, response = _open(request, quiz)
    if response is not None:
        return response
    return _render(
        request,
        quiz,
        "quizzes/confirm.html",
        attempt=attempt,
        unanswered=unanswered(attempt),
        total=len(attempt.layout),
        attempts_left=attempts_left(request.user, quiz),
        grace_seconds=int(GRACE.total_seconds()),
    )


def _lessons_to_review(quiz, attempt):
    """Lessons of this course on the topics of the questions the learner missed."""
    from courses.models import LessonPage

    missed = [key for key in attempt.question_keys if attempt.marks.get(key, 0) < 1]
    if not missed:
        return []
    slugs = set(
        Question.topics.through.objects.filter(question__translation_key__in=missed).values_list(
            "topic__slug", flat=True
        )
    )
    course = quiz.get_course()
    return list(
        LessonPage.objects.live()
        .descendant_of(course)
        .filter(topics__slug__in=slugs)
        .distinct()
        .order_by("path")
        .only("title", "url_path", "path", "depth", "locale")
    )


def quiz_results(request, quiz, attempt_id):
    response = quiz.enter(request)
    if response is not None:
        return response
    attempt = (
        Attempt.objects.for_user(request.user)
        .filter(pk=attempt_id, quiz_key=quiz.translation_key)
        .exclude(status=AttemptStatus.IN_PROGRESS)
        .first()
    )
    if attempt is None:
        raise Http404(_("There is no such result."))
    left = attempts_left(request.user, quiz)
    review = review_options(quiz, request.user, left)
    items = result_items(attempt, questions_for(attempt), review)
    outline = request.outline
    course = request.course
    return _render(
        request,
        quiz,
        "quizzes/results.html",
        attempt=attempt,
        items=items,
        review=review,
        review_later=any(
            getattr(quiz, name) == ReviewWhen.CLOSED and not allowed
            for name, allowed in review.items()
        ),
        attempts_left=left,
        lessons=_lessons_to_review(quiz, attempt)
        if review["review_marks"] and not quiz.is_pre_test
        else [],
        step_done=outline.current_step() is not None and outline.current_step().completed,
        course_complete=outline.is_complete,
        completion_links=completion_links(request.user, course) if outline.is_complete else [],
    )
