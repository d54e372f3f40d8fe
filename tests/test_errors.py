import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("language", "text"), [("en", "Page not found"), ("ur", "صفحہ نہیں ملا")])
def test_404_page_is_in_the_visitors_language(client, home_pages, language, text):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert text in html
    assert f'lang="{language}"' in html
