import pytest

from tests.factories.quizzes import question

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("mode", "shows_answers"), [("", False), ("answers", True)])
def test_trainers_preview_questions(home_pages, mode, shows_answers):
    q = question("single", prompt="Who handles cross-border cases?")
    response = q.make_preview_request(preview_mode=mode)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Who handles cross-border cases?" in html and 'type="radio"' in html
    assert ("Feedback on Right" in html) is shows_answers
    assert ("Because it is so." in html) is shows_answers
