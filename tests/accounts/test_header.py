"""The header's Admin link: for those who may open the Wagtail admin, at no cost to learners."""

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.factories import StaffUserFactory, UserFactory
from tests.factories.accounts import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db

ADMIN_LINK = '<a href="/admin/">'


@pytest.fixture
def trainer():
    """Not staff, not superuser: a trainer opens the admin through a group's permission."""
    group = Group.objects.create(name="Course trainers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = UserFactory()
    user.groups.add(group)
    return user


def test_trainers_and_admins_see_the_admin_link(client, home_pages, trainer):
    client.post("/en/accounts/login/", {"login": trainer.email, "password": DEFAULT_PASSWORD})
    assert ADMIN_LINK in client.get("/en/learning/").content.decode()
    client.force_login(StaffUserFactory())
    assert ADMIN_LINK in client.get("/ur/learning/").content.decode()


def test_learners_do_not_and_pay_no_query_for_it(client, home_pages):
    client.force_login(UserFactory())
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/en/learning/").content.decode()
    assert ADMIN_LINK not in html
    assert not [q["sql"] for q in queries if "auth_permission" in q["sql"]]


def test_a_session_from_before_still_finds_out(client, home_pages, trainer):
    client.force_login(trainer)
    session = client.session
    del session["accounts.can_open_admin"]
    session.save()
    assert ADMIN_LINK in client.get("/en/learning/").content.decode()
