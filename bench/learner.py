"""A learner completing a course through the services its pages call. Import after Django setup.

Benchmarks that need a learner's results (a completed course, so an issued certificate)
get them the way the platform does: each step visited, lessons marked complete, quizzes
started and submitted with the right answers and graded on the server, H5P activities
finished by the statements their player sends. Nothing writes progress rows, so a step
that can no longer be completed this way stops the benchmark instead of letting it
measure a state no learner could reach.
"""

import json

from django.core.files.storage import default_storage
from django.utils import timezone

from courses.models import H5PActivityPage
from courses.outline import course_outline
from courses.services import complete_step, visit_step
from h5p.player import embed_url
from h5p.statements import record_statement
from h5p.tokens import read_token
from quizzes.models import QuestionKind, QuizPage
from quizzes.services import questions_for, start_attempt, submit_attempt

ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
COMPLETED = "http://adlnet.gov/expapi/verbs/completed"


def right_answer(question):
    """What a learner who knows the answer gives, in the shape ``Attempt.answers`` keeps
    (``quizzes.grading.mark`` reads it)."""
    ids = [option_id for option_id, _value in question.option_values]
    if question.kind == QuestionKind.MATCHING:
        return {option_id: option_id for option_id in ids}
    if question.kind == QuestionKind.ORDERING:
        return ids
    correct = sorted(option_id for option_id, value in question.option_values if value["correct"])
    return correct if question.answers_many else correct[0]


def pass_quiz(user, quiz):
    """One attempt at ``quiz``, every question answered right; it must score 100%."""
    attempt = start_attempt(user, quiz)
    questions = questions_for(attempt, quiz.locale.language_code)
    answers = {key: right_answer(questions[key]) for key in attempt.question_keys}
    attempt = submit_attempt(attempt, quiz, answers)
    if attempt.score != 100:
        raise SystemExit(f"{quiz.title}: the right answers scored {attempt.score}%")
    return attempt


def _card_count(version):
    """The activity's maximum score: ``TIP.SortCards`` gives one point a card."""
    with default_storage.open(version.storage_prefix + "content.json") as handle:
        return len(json.load(handle)["cards"])


def _statement(user, content, verb, points):
    """An xAPI statement as H5P core builds it for the end of the activity, full marks."""
    result = {"score": {"min": 0, "max": points, "raw": points, "scaled": 1}}
    if verb == COMPLETED:
        result["completion"] = True
    return {
        "actor": {"name": user.full_name, "mbox": f"mailto:{user.email}", "objectType": "Agent"},
        "verb": {"id": verb, "display": {"en-US": verb.rsplit("/", 1)[-1]}},
        "object": {"id": content.object_iri(), "objectType": "Activity"},
        "result": result,
        "timestamp": timezone.now().isoformat(),
    }


def finish_activity(user, step):
    """Sort every card right: the player's page relays "answered", then "completed".

    The token is the one the step's page gives this learner's player, read back as the
    statement view reads it; the courses app completes the step when the statement is
    recorded, and its reply says so.
    """
    content = step.activity
    version = content.current_version
    _src, token = embed_url(version, user, step.tracking_context)
    player = read_token(token)
    points = _card_count(version)
    replies = {}
    for verb in (ANSWERED, COMPLETED):
        _stored, reply = record_statement(user, player, _statement(user, content, verb, points))
        replies.update(reply)
    if not replies.get("step_complete"):
        raise SystemExit(f"{step.title}: finishing the activity did not complete it ({replies})")


def complete_course(user, course):
    """Take every required step of ``course``, in order, as ``user``; returns the outline."""
    for outline_step in course_outline(course, user).steps:
        step = outline_step.page.specific
        if step.is_optional:
            continue
        visit_step(user, course, step)
        if isinstance(step, QuizPage):
            pass_quiz(user, step)
        elif isinstance(step, H5PActivityPage):
            finish_activity(user, step)
        elif step.completes_manually:
            complete_step(user, step)
        else:
            raise SystemExit(f"no way to take a {type(step).__name__} step: add one here")
    outline = course_outline(course, user)
    if not outline.is_complete:
        left = [s.page.title for s in outline.required if not s.completed]
        raise SystemExit(f"{course.title} is not complete after every step; left: {left}")
    return outline
