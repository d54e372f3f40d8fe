"""Quiz statistics in the admin say when there are too few attempts to read them."""

from django.contrib.auth import get_user
from django.urls import reverse

import pytest

from accounts.services import update_profile
from quizzes.stats import MIN_ATTEMPTS
from tests.courses import test_trainers
from tests.factories import UserFactory
from tests.factories.courses import course
from tests.factories.quizzes import question, quiz
from tests.quizzes.test_statistics import finished

pytestmark = pytest.mark.django_db

WARNING = "data-too-few-attempts"
trainer_client = test_trainers.trainer_client


@pytest.fixture
def trainer(trainer_client):
    return get_user(trainer_client)


@pytest.fixture
def quiz_page(home_pages):
    page, _ = course(steps=1)
    return quiz(page, [question("single", prompt="Which sign?")])


def attempts(quiz_page, count):
    key = quiz_page.fixed_questions[0].value.translation_key.hex
    for n in range(count):
        finished(UserFactory(), quiz_page, {key: float(n % 2)})


def statistics_page(client, quiz_page):
    response = client.get(reverse("quiz_statistics:detail", args=[quiz_page.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_few_attempts_are_flagged_as_too_few_to_judge_a_question(client, trainer, quiz_page):
    attempts(quiz_page, 3)
    html = statistics_page(client, quiz_page)
    assert WARNING in html
    assert "Only 3 attempts so far" in html
    assert f"under {MIN_ATTEMPTS} attempts" in html


def test_enough_attempts_show_no_warning(client, trainer, quiz_page):
    attempts(quiz_page, MIN_ATTEMPTS)
    html = statistics_page(client, quiz_page)
    assert WARNING not in html
    assert "Facility" in html


def test_the_warning_is_in_urdu_for_an_urdu_admin(client, trainer, quiz_page):
    update_profile(trainer, full_name=trainer.full_name, preferred_language="ur")
    attempts(quiz_page, 2)
    html = statistics_page(client, quiz_page)
    assert WARNING in html
    assert "ابھی تک صرف 2 کوششیں ہوئی ہیں" in html


def test_the_statistics_page_has_breadcrumbs_back_to_the_list(client, trainer, quiz_page):
    html = statistics_page(client, quiz_page)
    trail = html[html.index("<nav") : html.index("</nav>")]
    assert f'href="{reverse("quiz_statistics:index")}"' in trail
    assert "Quiz statistics" in trail
