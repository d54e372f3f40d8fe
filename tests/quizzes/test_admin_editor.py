"""The quiz editor: questions show their kind and whole prompt, and a trainer can write a
new bank question from the quiz's question chooser without leaving the quiz."""

import json
import re

from django.urls import reverse

from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from quizzes.models import Question
from tests.courses import test_trainers
from tests.factories import UserFactory
from tests.factories.courses import course
from tests.factories.quizzes import question, quiz

pytestmark = pytest.mark.django_db

LONG_PROMPT = (
    "A recruiter tells a young man in a village that he will earn good wages as a cook in a "
    "city hotel, then keeps his identity card once he arrives: which indicator is this?"
)
CHOOSER = "wagtailsnippetchoosers_quizzes_question"
trainer_client = test_trainers.trainer_client


def modal(response):
    assert response.status_code == 200
    return json.loads(response.content)


def new_question(**fields):
    option = {"correct": False, "match": "", "feedback": ""}
    data = {
        "kind": "single",
        "scenario": "",
        "prompt": "Who may a victim call for help?",
        "options": streamfield(
            [
                ("option", {**option, "text": "The helpline", "correct": True}),
                ("option", {**option, "text": "Nobody"}),
            ]
        ),
        "partial_credit": "on",
        "explanation": "The helpline answers day and night.",
        "difficulty": "easy",
        "language": Locale.objects.get(language_code="ur").pk,
    }
    data.update(fields)
    return nested_form_data(data)


def test_the_quiz_editor_shows_each_questions_kind_and_whole_prompt(trainer_client):
    page, _lessons = course(steps=1)
    quiz_page = quiz(page, [question("single", prompt=LONG_PROMPT)])
    response = trainer_client.get(reverse("wagtailadmin_pages:edit", args=[quiz_page.pk]))
    html = response.content.decode()
    assert "Single choice: A recruiter tells a young man" in html
    assert "which indicator is this?" in html


def test_the_chooser_lists_kind_and_difficulty(trainer_client):
    question("matching", prompt=LONG_PROMPT)
    html = modal(trainer_client.get(reverse(f"{CHOOSER}:choose")))["html"]
    assert "Matching: " + LONG_PROMPT in html
    headers = [h.strip() for h in re.findall(r"<th[^>]*>(.*?)</th>", html, re.S)]
    assert "Kind" in headers and "Difficulty" in headers, headers
    assert "Medium" in html


def test_the_chooser_offers_to_write_a_new_question(trainer_client):
    html = modal(trainer_client.get(reverse(f"{CHOOSER}:choose")))["html"]
    assert "Write a new question" in html
    assert 'name="prompt"' in html and 'name="language"' in html


def test_a_new_question_from_the_chooser_goes_to_the_bank_and_is_chosen(trainer_client):
    data = modal(trainer_client.post(reverse(f"{CHOOSER}:create"), new_question()))
    assert data["step"] == "chosen", data
    created = Question.objects.get(prompt="Who may a victim call for help?")
    assert created.locale.language_code == "ur"
    assert [value["correct"] for _id, value in created.option_values] == [True, False]
    assert data["result"]["id"] == str(created.pk)
    assert data["result"]["string"] == "Single choice: Who may a victim call for help?"


def test_a_wrong_new_question_is_shown_again_with_the_reason_and_not_saved(trainer_client):
    option = {"correct": True, "match": "", "feedback": ""}
    both_right = streamfield(
        [("option", {**option, "text": "A"}), ("option", {**option, "text": "B"})]
    )
    data = modal(
        trainer_client.post(reverse(f"{CHOOSER}:create"), new_question(options=both_right))
    )
    assert data["step"] == "reshow_creation_form"
    assert "Mark exactly one option as correct." in data["htmlFragment"]
    assert not Question.objects.exists()


def test_a_learner_cannot_write_bank_questions(client, home_pages):
    client.force_login(UserFactory())
    response = client.post(reverse(f"{CHOOSER}:create"), new_question())
    assert response.status_code in (302, 403)
    assert not Question.objects.exists()
