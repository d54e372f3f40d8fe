"""Account emails name the site in the reader's language, and signing in leads on."""

import re

from django.core import mail
from django.urls import reverse
from django.utils import translation

import pytest

from tests.factories import UserFactory
from tests.factories.accounts import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db

PASSWORD = "a new and long passphrase 42"
SITE_NAMES = {"en": "TIP Learning", "ur": "انسدادِ ٹریفکنگ تربیت"}


def sign_up(client, language, capture):
    with capture(execute=True):
        response = client.post(
            f"/{language}/accounts/signup/",
            {
                "full_name": "Zainab Bibi",
                "email": "zainab@example.org",
                "password1": PASSWORD,
                "password2": PASSWORD,
                "preferred_language": language,
            },
        )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    return mail.outbox[0]


@pytest.mark.parametrize("language", ["en", "ur"])
def test_the_confirmation_email_names_the_site(
    client, home_pages, language, django_capture_on_commit_callbacks
):
    body = sign_up(client, language, django_capture_on_commit_callbacks).body
    name = SITE_NAMES[language]
    with translation.override(language):
        hello = translation.gettext("Hello from %(site_name)s!") % {"site_name": name}
    assert hello in body, body
    assert "testserver" in body  # "…register an account on testserver."
    # No placeholder was left empty: "Hello from !", "… on ." or a double space in Urdu.
    assert not re.search(r" !| \.|  پر", body), body


@pytest.mark.parametrize("language", ["en", "ur"])
def test_the_password_reset_email_names_the_site(
    client, home_pages, language, django_capture_on_commit_callbacks
):
    user = UserFactory(preferred_language=language)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/{language}/accounts/password/reset/", {"email": user.email})
    body = mail.outbox[0].body
    assert SITE_NAMES[language] in body, body
    assert not re.search(r" !", body), body


def test_the_site_name_follows_the_setting(
    client, home_pages, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAIL_SITE_NAME = "Punjab Police Academy"
    body = sign_up(client, "en", django_capture_on_commit_callbacks).body
    assert "Hello from Punjab Police Academy!" in body


@pytest.mark.parametrize("language", ["en", "ur"])
def test_signing_in_leads_to_my_learning(client, home_pages, language):
    user = UserFactory(preferred_language=language)
    response = client.post(
        "/en/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302
    with translation.override(language):
        assert response["Location"] == reverse("courses:my_learning")
    assert client.get(response["Location"]).status_code == 200


def test_signing_in_goes_back_where_the_learner_was_going(client, home_pages):
    user = UserFactory()
    response = client.post(
        "/en/accounts/login/?next=/en/certificates/",
        {"login": user.email, "password": DEFAULT_PASSWORD},
    )
    assert response["Location"] == "/en/certificates/"
