import pytest

from courses.models import Topic
from tests.factories import UserFactory
from tests.factories.courses import catalogue, course, translate_tree

pytestmark = pytest.mark.django_db


def titles(html):
    return [part.split("</a>")[0].split(">")[-1] for part in html.split('class="card__title">')[1:]]


def test_catalogue_lists_live_courses_with_facts(client, home_pages):
    page, _ = course(steps=2, title="Visible", duration_minutes=45)
    hidden, _ = course(steps=1, title="Hidden")
    hidden.unpublish()
    translate_tree(page, "ur")
    html = client.get(catalogue().url).content.decode()
    assert titles(html) == ["Visible"]
    assert "45 minutes" in html and "Law enforcement" in html
    assert '<span lang="ur">اردو</span>' in html  # available in Urdu too


def test_catalogue_filters_by_audience_and_topic_without_javascript(client, home_pages):
    from wagtail.models import Locale

    english = Locale.objects.get(language_code="en")
    referral = Topic.objects.create(name="Referral", slug="referral", locale=english)
    police, _ = course(steps=1, title="Police course", audiences=["law_enforcement"])
    police.topics.add(referral)
    police.save_revision().publish()
    course(steps=1, title="NGO course", audiences=["civil_society", "general_public"])
    url = catalogue().url
    assert titles(client.get(url + "?audience=civil_society").content.decode()) == ["NGO course"]
    assert titles(client.get(url + "?topic=referral").content.decode()) == ["Police course"]
    assert titles(client.get(url + "?audience=civil_society&topic=referral").content.decode()) == []
    # Unknown values are ignored rather than failing.
    assert (
        len(titles(client.get(url + "?audience=nonsense&topic=<x>&page=abc").content.decode())) == 2
    )


def test_catalogue_paginates(client, home_pages):
    for number in range(14):
        course(steps=0, title=f"C{number:02d}")
    url = catalogue().url
    first = client.get(url).content.decode()
    assert len(titles(first)) == 12 and "?page=2" in first
    second = client.get(url + "?page=2").content.decode()
    assert len(titles(second)) == 2
    assert client.get(url + "?page=99").status_code == 200


def test_catalogue_shows_the_learners_progress(client, home_pages):
    _page, lessons = course(steps=4)
    user = UserFactory()
    client.force_login(user)
    client.post(f"/en/learning/steps/{lessons[0].pk}/complete/")
    html = client.get(catalogue().url).content.decode()
    assert 'value="25"' in html


def test_header_links_to_the_catalogue_in_each_language(client, home_pages):
    catalogue()
    assert 'href="/en/courses/"' in client.get("/en/").content.decode()
