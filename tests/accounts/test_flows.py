"""The account journeys a learner or a staff member goes through, end to end."""

import re

from django.core import mail
from django.urls import reverse

import pytest
import time_machine
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from allauth.mfa.totp.internal.auth import yield_hotp_counters_from_time as counters

from accounts.models import User
from tests.factories import StaffUserFactory, UserFactory
from tests.factories.accounts import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a new and long passphrase 42"


def link_in(message):
    return re.search(r"https?://testserver(/\S+)", message.body).group(1)


def test_sign_up_verify_email_then_sign_in(client, home_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/accounts/signup/",
            {
                "full_name": "  Zainab   Bibi ",
                "email": "zainab@example.org",
                "password1": NEW_PASSWORD,
                "password2": NEW_PASSWORD,
                "preferred_language": "ur",
            },
        )
    assert response.status_code == 302
    user = User.objects.get(email="zainab@example.org")
    assert user.full_name == "Zainab Bibi"
    assert user.preferred_language == "ur"
    assert not EmailAddress.objects.get(user=user).verified

    # Verification is mandatory: the password alone does not sign in yet.
    client.logout()
    response = client.post(
        "/en/accounts/login/", {"login": "zainab@example.org", "password": NEW_PASSWORD}
    )
    assert response.status_code == 302
    assert "confirm-email" in response["Location"]
    assert "_auth_user_id" not in client.session

    assert len(mail.outbox) >= 1
    message = mail.outbox[0]
    assert message.to == ["zainab@example.org"]
    confirm_url = link_in(message)
    assert client.get(confirm_url).status_code == 200
    response = client.post(confirm_url)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified

    client.logout()
    response = client.post(
        "/en/accounts/login/", {"login": "ZAINAB@example.org", "password": NEW_PASSWORD}
    )
    assert response.status_code == 302
    # The site switches to the language chosen at sign-up.
    assert response["Location"].startswith("/ur/")
    assert client.cookies["django_language"].value == "ur"
    assert int(client.session["_auth_user_id"]) == user.pk


def test_verification_email_is_in_the_learners_language(
    client, home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/ur/accounts/signup/",
            {
                "full_name": "زینب بی بی",
                "email": "zainab@example.org",
                "password1": NEW_PASSWORD,
                "password2": NEW_PASSWORD,
                "preferred_language": "ur",
            },
        )
    assert User.objects.get().full_name == "زینب بی بی"
    body = mail.outbox[0].body
    assert re.search(r"[\u0600-\u06FF]", body), body
    assert "/ur/accounts/confirm-email/" in body


def test_sign_up_with_bad_input_shows_errors_and_creates_nothing(client, home_page):
    response = client.post(
        "/ur/accounts/signup/",
        {"full_name": "   ", "email": "not-an-email", "password1": "x", "password2": "y"},
    )
    assert response.status_code == 200
    assert User.objects.count() == 0
    errors = response.content.decode()
    assert 'class="errorlist' in errors or "errorlist" in errors
    assert "Please enter your name." not in errors  # shown in Urdu, not English


def test_password_reset(client, home_page, django_capture_on_commit_callbacks):
    user = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 302
    reset_url = link_in(mail.outbox[0])
    response = client.get(reset_url)
    # allauth moves the key into the session and redirects to a key-less URL.
    if response.status_code == 302:
        reset_url = response["Location"]
        response = client.get(reset_url)
    assert response.status_code == 200
    response = client.post(reset_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_failed_logins_are_rate_limited(client, home_page):
    user = UserFactory()
    for _ in range(5):
        client.post("/en/accounts/login/", {"login": user.email, "password": "wrong"})
    response = client.post(
        "/en/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD}
    )
    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 429)


def test_staff_without_mfa_is_sent_to_set_it_up(client, home_page):
    staff = StaffUserFactory()
    client.force_login(staff)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))
    # Learners' pages are not affected.
    assert client.get("/en/").status_code == 200


def test_learner_cannot_open_the_admin(client, home_page):
    client.force_login(UserFactory())
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "mfa" not in response["Location"]


def _current_code(secret):
    return format_hotp_value(hotp_value(secret, next(counters())))


def test_staff_with_totp_signs_in_with_a_code_and_reaches_the_admin(client, home_page):
    staff = StaffUserFactory()
    secret = "JBSWY3DPEHPK3PXP"
    TOTP.activate(staff, secret)

    response = client.post(
        "/en/accounts/login/", {"login": staff.email, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session

    response = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session

    response = client.post(reverse("mfa_authenticate"), {"code": _current_code(secret)})
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == staff.pk
    assert client.get("/admin/").status_code == 200


def test_first_admin_visit_is_one_straight_path(client, home_page):
    """Sign in, set up the app, see the recovery codes, continue: no second password prompt."""
    staff = StaffUserFactory()
    response = client.post(
        "/en/accounts/login/?next=/admin/", {"login": staff.email, "password": DEFAULT_PASSWORD}
    )
    assert response["Location"] == "/admin/"
    response = client.get("/admin/")
    assert response["Location"].startswith(reverse("mfa_activate_totp"))
    response = client.get(response["Location"])
    assert response.status_code == 200, response.get("Location")  # not the password again
    secret = response.context["form"].secret
    response = client.post(reverse("mfa_activate_totp"), {"code": _current_code(secret)})
    assert response["Location"] == reverse("mfa_view_recovery_codes")
    html = client.get(response["Location"]).content.decode()
    admin = reverse("wagtailadmin_home")
    assert f'<a class="button" href="{admin}">Continue to the admin</a>' in html
    assert client.get("/admin/").status_code == 200


def test_setting_up_the_app_long_after_signing_in_asks_for_the_password(client, home_page):
    staff = StaffUserFactory()
    with time_machine.travel("2026-12-04 09:00 +0500", tick=False):
        client.post("/en/accounts/login/", {"login": staff.email, "password": DEFAULT_PASSWORD})
    with time_machine.travel("2026-12-04 09:30 +0500", tick=False):
        response = client.get(reverse("mfa_activate_totp"))
    assert response["Location"].startswith(reverse("account_reauthenticate"))


def test_removing_the_app_still_asks_for_the_password(client, home_page):
    staff = StaffUserFactory()
    secret = "JBSWY3DPEHPK3PXP"
    TOTP.activate(staff, secret)
    client.post("/en/accounts/login/", {"login": staff.email, "password": DEFAULT_PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": _current_code(secret)})
    response = client.get(reverse("mfa_deactivate_totp"))
    assert response["Location"].startswith(reverse("account_reauthenticate"))


@pytest.mark.parametrize("path", ["/admin/login/", "/en/_util/login/"])
def test_no_sign_in_page_skips_allauth(client, home_page, path):
    staff = StaffUserFactory()
    TOTP.activate(staff, "JBSWY3DPEHPK3PXP")
    response = client.post(path, {"username": staff.email, "password": DEFAULT_PASSWORD})
    assert "_auth_user_id" not in client.session
    assert response.status_code in (301, 302, 404)
