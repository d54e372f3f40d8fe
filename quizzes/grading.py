"""Marking answers. Pure functions: a question, an answer, a fraction between 0 and 1.

The answer shapes are those stored in ``Attempt.answers`` (see its docstring);
they have been validated by ``answers.parse_answers`` before they get here.
"""

from .models.questions import QuestionKind


def _correct_ids(question):
    return {option_id for option_id, value in question.option_values if value["correct"]}


def mark(question, answer):
    if answer in (None, "", [], {}):
        return 0.0
    if question.kind == QuestionKind.MATCHING:
        return _mark_matching(question, answer)
    if question.kind == QuestionKind.ORDERING:
        return _mark_ordering(question, answer)
    correct = _correct_ids(question)
    if not question.answers_many:
        return 1.0 if answer in correct else 0.0
    chosen = set(answer)
    if chosen == correct:
        return 1.0
    if not question.partial_credit:
        return 0.0
    right = len(chosen & correct)
    wrong = len(chosen - correct)
    return max(0.0, (right - wrong) / len(correct))


def _mark_matching(question, answer):
    ids = [option_id for option_id, _value in question.option_values]
    right = sum(1 for option_id in ids if answer.get(option_id) == option_id)
    if right == len(ids):
        return 1.0
    return right / len(ids) if question.partial_credit else 0.0


def _mark_ordering(question, answer):
    ids = [option_id for option_id, _value in question.option_values]
    right = sum(
        1
        for position, option_id in enumerate(ids)
        if position < len(answer) and answer[position] == option_id
    )
    if right == len(ids):
        return 1.0
    return right / len(ids) if question.partial_credit else 0.0


def score(marks, question_count):
    """Percentage of the attempt's questions answered right, each question worth the same."""
    if not question_count:
        return 0.0
    return round(100 * sum(marks.values()) / question_count, 2)
