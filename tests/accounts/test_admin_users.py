"""The Wagtail user admin works with our user model (one full name, a preferred language)."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP

from accounts.models import User
from tests.factories import StaffUserFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, home_page):
    admin = StaffUserFactory()
    TOTP.activate(admin, "JBSWY3DPEHPK3PXP")
    client.force_login(admin)
    return client


def test_admin_lists_and_creates_users(admin_client):
    learner = UserFactory(full_name="Bilal Ahmed")
    response = admin_client.get("/admin/users/")
    assert response.status_code == 200
    assert "Bilal Ahmed" in response.content.decode()

    assert admin_client.get("/admin/users/new/").status_code == 200
    response = admin_client.post(
        "/admin/users/new/",
        {
            "email": "new.officer@example.org",
            "full_name": "نئی افسر",
            "preferred_language": "ur",
            "password1": "a long enough passphrase 1",
            "password2": "a long enough passphrase 1",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    created = User.objects.get(email="new.officer@example.org")
    assert created.full_name == "نئی افسر"
    assert created.preferred_language == "ur"

    response = admin_client.get(f"/admin/users/edit/{learner.pk}/")
    assert response.status_code == 200
    assert 'name="full_name"' in response.content.decode()
