"""allauth's "contact us" leads somewhere: the contact page, or the address in site settings."""

from django.contrib.sessions.backends.db import SessionStore
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from wagtail.models import Site

import pytest

from cms.models import SiteContact
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PAGES = {
    "password/reset/": "If you have trouble resetting your password, {link}.",
    "password/reset/done/": "If it still has not arrived, {link}.",
    "confirm-email/": "If it still has not arrived, {link}.",  # after signing up
}
URDU = {
    "password/reset/": "اگر پاس ورڈ ری سیٹ کرنے میں کوئی مشکل ہو تو {link}۔",
    "password/reset/done/": "اگر پھر بھی نہ پہنچے تو {link}۔",
    "confirm-email/": "اگر پھر بھی نہ پہنچے تو {link}۔",
}


@pytest.mark.parametrize("path", PAGES)
def test_contact_us_links_to_the_contact_page_in_each_language(client, standard_pages, path):
    english = client.get(f"/en/accounts/{path}").content.decode()
    assert PAGES[path].format(link='<a href="/en/contact/">contact us</a>') in english
    urdu = client.get(f"/ur/accounts/{path}").content.decode()
    assert URDU[path].format(link='<a href="/ur/contact/">ہم سے رابطہ کریں</a>') in urdu


def test_page_for_a_verified_address_links_the_contact_page_too(standard_pages):
    request = RequestFactory().get("/en/accounts/email/")
    request.user, request.session = UserFactory(), SessionStore()
    with translation.override("en"):
        html = render_to_string("account/verified_email_required.html", request=request)
    assert '<a href="/en/contact/">contact us</a>' in html


def _contact(**fields):
    contact = SiteContact.for_site(Site.objects.get(is_default_site=True))
    for name, value in fields.items():
        setattr(contact, name, value)
    contact.save()


def test_without_a_contact_page_the_link_writes_to_the_address(client, home_pages):
    _contact(email="help@example.org", contact_page=None)
    html = client.get("/en/accounts/password/reset/done/").content.decode()
    assert '<a href="mailto:help@example.org">contact us</a>' in html


def test_with_no_contact_at_all_the_pages_do_not_ask_to_contact_us(client, home_pages):
    _contact(email="", contact_page=None)
    for path in PAGES:
        html = client.get(f"/en/accounts/{path}").content.decode()
        assert "contact us" not in html.lower(), path
        assert "look in your spam folder" in html or "trouble" not in html, path
