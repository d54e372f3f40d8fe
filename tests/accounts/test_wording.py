"""Sign-in, sign-up and password reset say what the rest of the site says, in both languages."""

from django.utils import translation

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ALLAUTH_WORDING = ["Sign In", "Sign Up", "Remember Me", "Reset My Password", "Signup"]


def words(language, *msgids):
    with translation.override(language):
        return [translation.gettext(msgid) for msgid in msgids]


@pytest.mark.parametrize("language", ["en", "ur"])
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("login/", ["Sign in", "Keep me signed in", "Create account"]),
        ("signup/", ["Create account", "Sign in", "Prefer not to say"]),
        ("password/reset/", ["Reset your password", "Send the link"]),
    ],
)
def test_entrance_pages_use_the_sites_words(client, home_pages, language, path, expected):
    html = client.get(f"/{language}/accounts/{path}").content.decode()
    for text in words(language, *expected):
        assert text in html, text
    for text in ALLAUTH_WORDING:
        assert text not in html
    if language == "ur":
        # allauth's own Urdu for "Remember Me", in case a label fell back to it.
        assert "مجھے یاد رکھیں" not in html


@pytest.mark.parametrize("language", ["en", "ur"])
def test_profile_offers_prefer_not_to_say_like_sign_up(client, home_pages, language):
    client.force_login(UserFactory(audience=""))
    html = client.get(f"/{language}/accounts/profile/").content.decode()
    assert "---------" not in html
    (prefer_not,) = words(language, "Prefer not to say")
    assert f'<option value="" selected>{prefer_not}</option>' in html


TITLE_CASE = [
    "Email Address",
    "Change Email",
    "Change Password",
    "Two-Factor Authentication",
    "New Password",
    "Current Password",
]


@pytest.mark.parametrize("path", ["email/", "password/change/", "2fa/"])
def test_allauths_other_pages_speak_in_sentence_case(client, home_pages, path):
    client.force_login(UserFactory())
    html = client.get(f"/en/accounts/{path}").content.decode()
    for text in TITLE_CASE:
        assert text not in html, text
