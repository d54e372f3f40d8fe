import pytest

from quizzes.grading import answer_key, score
from quizzes.grading import mark as mark_entry
from tests.factories.quizzes import question

pytestmark = pytest.mark.django_db


def mark(question, answer):
    return mark_entry(answer_key(question), answer)


def ids(q):
    return [option_id for option_id, _value in q.option_values]


def test_single_choice(home_page):
    q = question("single")
    right, wrong, _other = ids(q)
    assert mark(q, right) == 1.0
    assert mark(q, wrong) == 0.0
    assert mark(q, None) == 0.0


def test_multiple_response_partial_credit_and_all_or_nothing(home_page):
    q = question("multiple")
    a, b, c, _d = ids(q)
    assert mark(q, [a, b]) == 1.0
    assert mark(q, [a]) == 0.5
    assert mark(q, [a, c]) == 0.0  # one right, one wrong
    assert mark(q, [a, b, c]) == 0.5
    strict = question("multiple", partial_credit=False)
    sa, _sb, _sc, _sd = ids(strict)
    assert mark(strict, [sa]) == 0.0


def test_matching_counts_right_pairs(home_page):
    q = question("matching")
    x, y, z = ids(q)
    assert mark(q, {x: x, y: y, z: z}) == 1.0
    assert mark(q, {x: x, y: z, z: y}) == pytest.approx(1 / 3)


def test_ordering_counts_items_in_place(home_page):
    q = question("ordering")
    first, second, third, fourth = ids(q)
    assert mark(q, [first, second, third, fourth]) == 1.0
    assert mark(q, [first, second, fourth, third]) == 0.5
    assert mark(question("ordering", partial_credit=False), [first, second, fourth, third]) == 0.0


def test_scenario_with_several_answers_is_multiple(home_page):
    q = question("scenario", options=[("A", True), ("B", True), ("C", False)])
    a, b, _c = ids(q)
    assert q.answers_many
    assert mark(q, [a, b]) == 1.0


def test_score_is_the_share_of_questions(home_page):
    assert score({"a": 1.0, "b": 0.5}, 4) == 37.5
    assert score({}, 0) == 0.0


@pytest.mark.parametrize(
    ("kind", "options", "field"),
    [
        ("single", [("Only", True)], "options"),
        ("single", [("A", True), ("B", True)], "options"),
        ("true_false", [("True", True), ("False", False), ("Maybe", False)], "options"),
        ("multiple", [("A", True), ("B", True)], "options"),
        ("matching", [("A", False, "x"), ("B", False, "x")], "options"),
        ("matching", [("A", False, "x"), ("B", False, "")], "options"),
    ],
)
def test_admin_validation_refuses_broken_questions(home_page, kind, options, field):
    from django.core.exceptions import ValidationError

    q = question(kind, options=options)
    with pytest.raises(ValidationError) as error:
        q.clean()
    assert field in error.value.message_dict
