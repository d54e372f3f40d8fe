from django.core import mail

from wagtail.users.models import UserProfile

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP

from tests.factories import StaffUserFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_profile_needs_sign_in(client, home_page):
    response = client.get("/en/accounts/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_profile_shows_only_the_signed_in_users_data(client, home_page):
    other = UserFactory(full_name="Someone Else")
    me = UserFactory(full_name="ثنا")
    client.force_login(me)
    html = client.get("/en/accounts/profile/").content.decode()
    assert "ثنا" in html and 'dir="auto"' in html
    assert other.email not in html and "Someone Else" not in html


def test_profile_update_switches_language(client, home_page):
    user = UserFactory(full_name="Old Name")
    client.force_login(user)
    response = client.post(
        "/en/accounts/profile/", {"full_name": " Sana  Malik ", "preferred_language": "ur"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/ur/accounts/profile/"
    user.refresh_from_db()
    assert (user.full_name, user.preferred_language) == ("Sana Malik", "ur")
    # The admin follows the same language.
    assert UserProfile.get_for_user(user).preferred_language == "ur"
    page = client.get(response["Location"]).content.decode()
    assert "آپ کی پروفائل محفوظ ہو گئی ہے۔" in page


def test_profile_bad_input_changes_nothing_and_explains_in_urdu(client, home_page):
    user = UserFactory(full_name="Kept Name", preferred_language="ur")
    client.force_login(user)
    response = client.post(
        "/ur/accounts/profile/", {"full_name": "   ", "preferred_language": "xx"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "براہ کرم اپنا نام درج کریں۔" in html or "یہ خانہ لازمی ہے" in html
    user.refresh_from_db()
    assert (user.full_name, user.preferred_language) == ("Kept Name", "ur")


def test_email_change_sends_a_verification_to_the_new_address(
    client, home_page, django_capture_on_commit_callbacks
):
    user = UserFactory()
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/accounts/email/", {"action_add": "", "email": "new.address@example.org"}
        )
    assert response.status_code == 302
    assert EmailAddress.objects.filter(
        user=user, email="new.address@example.org", verified=False
    ).exists()
    assert mail.outbox[-1].to == ["new.address@example.org"]


def test_wagtail_admin_works_in_urdu(client, home_pages):
    staff = StaffUserFactory(preferred_language="ur")
    TOTP.activate(staff, "JBSWY3DPEHPK3PXP")
    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = "ur"
    profile.save()
    client.force_login(staff)
    html = client.get("/admin/").content.decode()
    assert 'lang="ur"' in html and 'dir="rtl"' in html
    assert "ڈیش بورڈ" in html or "صفحات" in html


def test_wagtail_localize_translate_view_opens_for_the_home_page(client, home_page):
    staff = StaffUserFactory()
    TOTP.activate(staff, "JBSWY3DPEHPK3PXP")
    client.force_login(staff)
    response = client.get(f"/admin/localize/submit/page/{home_page.pk}/")
    assert response.status_code == 200
    assert "ur" in response.content.decode()
