"""Reading a submitted form into answers, refusing anything that does not fit the attempt.

Field names: ``q-<question key>`` for choice questions (one value, or several
for multiple response); ``q-<question key>-<option id>`` for matching (value:
the position of the chosen right-hand item in the attempt's ``matches`` list)
and ordering (value: position, 1-based).
"""

from django.utils.translation import gettext as _

MAX_VALUE_LENGTH = 100


class BadAnswers(Exception):
    """The submission does not fit the attempt: nothing is saved."""


def parse_answers(attempt, data):
    """Answers from ``data`` (a QueryDict) for the questions of ``attempt``, read
    against the attempt's own layout. Raises ``BadAnswers`` for a form from
    another attempt, unknown questions or options, wrong shapes or oversized values.
    """
    if data.get("attempt") != str(attempt.pk):
        raise BadAnswers(_("This form belongs to another attempt. Reload the quiz and try again."))
    layout = {item["question"]: item["options"] for item in attempt.layout}
    entries = {item["question"]: item for item in attempt.layout}
    matches = {item["question"]: item.get("matches", []) for item in attempt.layout}
    known_fields = {"csrfmiddlewaretoken", "action", "page", "attempt"}
    answers = {}
    for name in data:
        if name in known_fields:
            continue
        if not name.startswith("q-"):
            raise BadAnswers(_("The form contains a field this quiz does not have."))
        key, _sep, _option = name[2:].partition("-")
        if key not in layout:
            raise BadAnswers(_("The form answers a question that is not in this attempt."))
    for key, option_ids in layout.items():
        entry = entries[key]
        values = data.getlist(f"q-{key}")
        if any(len(value) > MAX_VALUE_LENGTH for value in values):
            raise BadAnswers(_("An answer is too long."))
        if entry["kind"] in ("matching", "ordering"):
            answer = _parse_per_option(entry["kind"], key, option_ids, matches[key], data)
        elif entry["many"]:
            if any(value not in option_ids for value in values):
                raise BadAnswers(_("An answer names an option the question does not have."))
            answer = sorted(set(values)) or None
        else:
            if len(values) > 1:
                raise BadAnswers(_("A question that takes one answer got several."))
            if values and values[0] not in option_ids:
                raise BadAnswers(_("An answer names an option the question does not have."))
            answer = values[0] if values else None
        if answer is not None:
            answers[key] = answer
    return answers


def _parse_per_option(kind, key, option_ids, matches, data):
    chosen = {}
    for option_id in option_ids:
        values = data.getlist(f"q-{key}-{option_id}")
        if len(values) > 1:
            raise BadAnswers(_("An answer was given twice."))
        if values and values[0]:
            chosen[option_id] = values[0]
    extra = {
        name
        for name in data
        if name.startswith(f"q-{key}-") and name[len(f"q-{key}-") :] not in option_ids
    }
    if extra:
        raise BadAnswers(_("An answer names an option the question does not have."))
    if not chosen:
        return None
    if kind == "matching":
        # Values are positions in the attempt's shuffled list of right-hand items.
        try:
            indexes = {option_id: int(value) for option_id, value in chosen.items()}
            if any(index < 0 for index in indexes.values()):
                raise IndexError
            return {option_id: matches[index] for option_id, index in indexes.items()}
        except (ValueError, IndexError):
            raise BadAnswers(_("An answer names an option the question does not have.")) from None
    # Ordering: positions 1..n, each used once.
    try:
        positions = {option_id: int(value) for option_id, value in chosen.items()}
    except ValueError:
        raise BadAnswers(_("A position must be a number.")) from None
    if any(not 1 <= p <= len(option_ids) for p in positions.values()):
        raise BadAnswers(_("A position is out of range."))
    if len(positions) != len(option_ids) or len(set(positions.values())) != len(option_ids):
        return None  # incomplete or repeated positions: not an answer yet
    return [option_id for option_id, _p in sorted(positions.items(), key=lambda item: item[1])]


def is_chosen(answer, option_id):
    """Whether a stored choice answer (one id, or a list of ids) picks ``option_id``."""
    return answer == option_id or (isinstance(answer, list) and option_id in answer)


def ordering_positions(question, answer):
    """{option id: 1-based place} of a stored ordering answer; empty for other kinds."""
    if question.kind != "ordering" or not isinstance(answer, list):
        return {}
    return {option_id: index + 1 for index, option_id in enumerate(answer)}
