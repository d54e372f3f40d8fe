"""Marking answers against the answer key stored in the attempt when it started.

Each layout entry of an attempt carries its question's key (see
``answer_key``), so editing or translating a question while someone is taking
the quiz cannot change how their attempt is graded. The answer shapes are
those of ``Attempt.answers``; an answer of the wrong shape earns nothing.
"""

from .models.questions import QuestionKind


def answer_key(question):
    """What grading needs of ``question``, frozen into the attempt's layout."""
    ids = [option_id for option_id, _value in question.option_values]
    key = {"kind": question.kind, "many": question.answers_many, "partial": question.partial_credit}
    if question.kind in (QuestionKind.MATCHING, QuestionKind.ORDERING):
        key["order"] = ids
    else:
        key["correct"] = sorted(oid for oid, value in question.option_values if value["correct"])
    return key


def mark(entry, answer):
    """The fraction (0 to 1) of the mark that ``answer`` earns for layout ``entry``."""
    if answer in (None, "", [], {}):
        return 0.0
    kind = entry["kind"]
    if kind == QuestionKind.MATCHING:
        return _mark_matching(entry, answer) if isinstance(answer, dict) else 0.0
    if kind == QuestionKind.ORDERING:
        return _mark_ordering(entry, answer) if isinstance(answer, list) else 0.0
    correct = set(entry["correct"])
    if not entry["many"]:
        return 1.0 if isinstance(answer, str) and answer in correct else 0.0
    if not isinstance(answer, list):
        return 0.0
    chosen = set(answer)
    if chosen == correct:
        return 1.0
    if not entry["partial"] or not correct:
        return 0.0
    right = len(chosen & correct)
    wrong = len(chosen - correct)
    return max(0.0, (right - wrong) / len(correct))


def _fraction(entry, right, total):
    if right == total:
        return 1.0
    return right / total if entry["partial"] and total else 0.0


def _mark_matching(entry, answer):
    ids = entry["order"]
    return _fraction(entry, sum(1 for oid in ids if answer.get(oid) == oid), len(ids))


def _mark_ordering(entry, answer):
    ids = entry["order"]
    right = sum(
        1 for position, oid in enumerate(ids) if position < len(answer) and answer[position] == oid
    )
    return _fraction(entry, right, len(ids))


def score(marks, question_count):
    """Percentage of the attempt's questions answered right, each question worth the same."""
    if not question_count:
        return 0.0
    return round(100 * sum(marks.values()) / question_count, 2)
