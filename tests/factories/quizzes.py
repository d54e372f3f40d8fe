"""Questions and quiz steps for tests."""

from wagtail.models import Locale

from quizzes.models import Question, QuizPage
from tests.factories.courses import publish


def question(kind="single", options=None, prompt=None, **fields):
    """A question in English. ``options``: (text, correct[, match]) tuples, or defaults by kind."""
    if options is None:
        options = {
            "single": [("Right", True), ("Wrong", False), ("Also wrong", False)],
            "multiple": [("A", True), ("B", True), ("C", False), ("D", False)],
            "true_false": [("True", True), ("False", False)],
            "matching": [
                ("FIA", False, "Cross-border"),
                ("Police", False, "Inside the country"),
                ("Shelter", False, "Safe place"),
            ],
            "ordering": [("First", False), ("Second", False), ("Third", False), ("Fourth", False)],
            "scenario": [("Right", True), ("Wrong", False)],
        }[kind]
    blocks = [
        (
            "option",
            {
                "text": o[0],
                "correct": o[1],
                "match": o[2] if len(o) > 2 else "",
                "feedback": f"Feedback on {o[0]}",
            },
        )
        for o in options
    ]
    defaults = {
        "kind": kind,
        "prompt": prompt or f"A {kind} question?",
        "scenario": "A case to read." if kind == "scenario" else "",
        "explanation": "Because it is so.",
        "locale": Locale.objects.get(language_code="en"),
    }
    defaults.update(fields)
    return Question.objects.create(options=blocks, **defaults)


def quiz(parent, questions, slug="quiz", **fields):
    defaults = {
        "title": "Check your knowledge",
        "slug": slug,
        "fixed_questions": [("question", q) for q in questions],
        "pass_mark": 70,
        "shuffle_questions": False,
        "shuffle_options": False,
    }
    defaults.update(fields)
    return publish(parent.add_child(instance=QuizPage(**defaults)))
