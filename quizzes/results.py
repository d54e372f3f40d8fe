"""What the results page of an attempt may show, built from the quiz's review options.

The template receives plain dicts holding only what the learner may see now: without
"the right answers" no option carries whether it is correct and no matching question
carries its right pairs, so nothing hidden can leak into the page by a template slip.
"""

from courses.learning import completion_links as course_completion_links

from .answers import is_chosen, ordering_positions
from .services import is_answered

#: A question's state in the results; the template gives each its symbol and words.
RIGHT, PARTLY, WRONG, BLANK = "right", "partly", "wrong", "blank"


def _state(entry, answer, mark):
    if not is_answered(entry, answer) and mark == 0:
        return BLANK
    if mark >= 1:
        return RIGHT
    return PARTLY if mark > 0 else WRONG


def _options(entry, question, answer, review):
    values = dict(question.option_values)
    positions = ordering_positions(question, answer)
    options = []
    for option_id in entry["options"]:
        value = values.get(option_id)
        if value is None:
            continue
        chosen = is_chosen(answer, option_id)
        option = {"text": value["text"], "chosen": chosen, "position": positions.get(option_id)}
        if question.kind == "matching":
            picked = answer.get(option_id) if isinstance(answer, dict) else None
            option["chosen_match"] = values[picked]["match"] if picked in values else None
            if review["review_answers"]:
                option["right_match"] = value["match"]
        if review["review_answers"] and question.is_choice:
            option["correct"] = bool(value["correct"])
        if review["review_explanations"] and chosen and value["feedback"]:
            option["feedback"] = value["feedback"]
        options.append(option)
    return options


def result_items(attempt, questions, review):
    """The attempt's questions as the results page may show them, in the attempt's order."""
    if not (review["review_marks"] or review["review_answers"] or review["review_explanations"]):
        return []
    items = []
    for number, entry in enumerate(attempt.layout, start=1):
        question = questions.get(entry["question"])
        if question is None:
            continue
        answer = attempt.answers.get(entry["question"])
        item = {
            "number": number,
            "kind": question.kind,
            "scenario": question.scenario,
            "prompt": question.prompt,
            "options": _options(entry, question, answer, review),
        }
        if review["review_marks"]:
            item["state"] = _state(entry, answer, attempt.marks.get(entry["question"], 0))
        if review["review_answers"] and question.kind == "ordering":
            item["right_order"] = [value["text"] for _id, value in question.option_values]
        if review["review_explanations"] and question.explanation.strip():
            item["explanation"] = question.explanation
        items.append(item)
    return items


def completion_links(user, course):
    """Links other apps add to a completed course (the learner's certificate, say)."""
    return course_completion_links(user, [course.translation_key]).get(course.translation_key, [])
