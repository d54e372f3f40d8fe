"""About, Contact, Privacy and Accessibility: one translatable page type, in the footer."""

from html.parser import HTMLParser

from wagtail.models import Site
from wagtail.test.utils import WagtailPageTestCase

import pytest

from certificates.models import Certificate
from cms.models import HomePage, SiteContact, StandardPage
from courses.models import CourseIndexPage, CoursePage, Enrolment, StepProgress
from quizzes.models import Attempt
from tests.cms.pages import parse
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


class StandardPageRulesTests(WagtailPageTestCase):
    def test_standard_pages_sit_under_the_home_page_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(CourseIndexPage, StandardPage)
        self.assertCanNotCreateAt(CoursePage, StandardPage)


class Footer(HTMLParser):
    """The links of the footer's navigation: ``[(href, text)]``."""

    def __init__(self):
        super().__init__()
        self.links, self.email_links, self._in_footer, self._href = [], [], False, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "footer":
            self._in_footer = True
        elif tag == "a" and self._in_footer:
            self._href = attrs["href"]
            if self._href.startswith("mailto:"):
                self.email_links.append(attrs)

    def handle_endtag(self, tag):
        if tag == "footer":
            self._in_footer = False

    def handle_data(self, data):
        if self._href and data.strip():
            self.links.append((self._href, data.strip()))
            self._href = None


def footer(client, url):
    return parse(client, url, Footer)


@pytest.mark.parametrize(
    ("language", "titles", "privacy_text"),
    [
        ("en", ["About", "Contact", "Privacy", "Accessibility"], "as long as your account exists"),
        ("ur", ["ہمارے بارے میں", "رابطہ", "رازداری", "رسائی"], "جب تک آپ کا اکاؤنٹ موجود ہے"),
    ],
)
def test_the_standard_pages_render_and_every_page_links_them_in_its_language(
    client, standard_pages, language, titles, privacy_text
):
    slugs = ["about", "contact", "privacy", "accessibility"]
    for slug, title in zip(slugs, titles, strict=True):
        html = client.get(f"/{language}/{slug}/").content.decode()
        assert f'<html lang="{language}"' in html
        assert f"<h1>{title}</h1>" in html
    assert privacy_text in client.get(f"/{language}/privacy/").content.decode()
    contact = client.get(f"/{language}/contact/").content.decode()
    assert '<a href="mailto:contact@example.org" dir="ltr">contact@example.org</a>' in contact

    expected = [(f"/{language}/{slug}/", title) for slug, title in zip(slugs, titles, strict=True)]
    for where in ["", "privacy/", "accounts/login/", "certificates/verify/"]:
        page = footer(client, f"/{language}/{where}")
        assert page.links[: len(slugs)] == expected, where
        assert page.email_links == [{"href": "mailto:contact@example.org", "dir": "ltr"}], where


def test_a_new_address_in_site_settings_shows_at_once(client, standard_pages):
    client.get("/en/")  # the footer is now in the page-tree cache
    contact = SiteContact.for_site(Site.objects.get(is_default_site=True))
    contact.email = "help@example.net"
    contact.save()
    assert footer(client, "/en/").email_links == [{"href": "mailto:help@example.net", "dir": "ltr"}]
    contact.email = ""
    contact.save()
    assert footer(client, "/en/").email_links == []
    assert "mailto:" not in client.get("/en/contact/").content.decode()


def test_a_page_taken_out_of_the_menus_leaves_the_footer(client, standard_pages):
    client.get("/en/")
    about = standard_pages["about"]
    about.show_in_menus = False
    about.save_revision().publish()
    hrefs = [href for href, _text in footer(client, "/en/").links]
    assert "/en/about/" not in hrefs
    assert "/en/privacy/" in hrefs


def test_the_footer_costs_no_query_once_cached(client, standard_pages, django_assert_num_queries):
    client.get("/en/about/")
    with django_assert_num_queries(0):
        assert client.get("/en/about/").status_code == 200


def test_deleting_an_account_does_what_the_privacy_page_says():
    """ "Your progress, quiz attempts, activity results and saved activities are deleted with
    it. Certificates already issued are kept, with your name as printed"."""
    import uuid

    user = UserFactory(full_name="Amina Riaz")
    course_key, step_key = uuid.uuid4(), uuid.uuid4()
    Enrolment.objects.create(user=user, course_key=course_key)
    StepProgress.objects.create(user=user, course_key=course_key, step_key=step_key)
    Attempt.objects.create(user=user, quiz_key=uuid.uuid4(), course_key=course_key)
    certificate = Certificate.objects.create(
        user=user, course_key=course_key, code="ABCD1234EFGH5678", holder_name=user.full_name
    )
    user.delete()
    assert not Enrolment.objects.filter(course_key=course_key).exists()
    assert not StepProgress.objects.filter(step_key=step_key).exists()
    assert not Attempt.objects.filter(course_key=course_key).exists()
    certificate.refresh_from_db()
    assert (certificate.user, certificate.holder_name) == (None, "Amina Riaz")
    for model in ("XAPIStatement", "ContentUserData"):
        from django.apps import apps

        field = apps.get_model("h5p", model)._meta.get_field("user")
        assert field.remote_field.on_delete.__name__ == "CASCADE", model
