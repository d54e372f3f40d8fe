from django.core.management import CommandError, call_command
from django.test import override_settings

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

import pytest
from allauth.account.models import EmailAddress

from accounts.models import User
from cms.blocks import HeroBlock, LinkBlock, SectionBlock
from cms.demo import ensure_home_page
from cms.models import HomePage

pytestmark = pytest.mark.django_db


class HomePageRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_and_has_no_children_yet(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)

    def test_home_page_renders(self):
        home = ensure_home_page()
        self.assertPageIsRenderable(home)


@pytest.mark.parametrize("block", [HeroBlock(), SectionBlock(), LinkBlock()], ids=type)
def test_every_block_renders_its_preview(block, home_page):
    html = block.render(block.get_preview_value())
    assert html.strip() or isinstance(block, LinkBlock)


def test_link_block_needs_text_and_exactly_one_target(home_page):
    from wagtail.blocks import StructBlockValidationError

    block = LinkBlock()
    assert block.clean(block.to_python({"page": None, "url": "", "text": ""}))
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": home_page.pk, "url": "https://x.org", "text": "A"}))
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"page": None, "url": "https://x.org", "text": ""}))


@pytest.mark.parametrize(
    ("accept", "target"), [("ur-PK,ur;q=0.9", "/ur/"), ("fr-FR", "/en/"), ("", "/en/")]
)
def test_root_redirects_to_the_visitors_language(client, home_pages, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target


def test_switcher_leads_to_the_same_page_in_the_other_language(client, home_pages):
    english = client.get("/en/").content.decode()
    assert 'href="/ur/" hreflang="ur"' in english
    login = client.get("/ur/accounts/login/?next=/ur/").content.decode()
    assert 'href="/en/accounts/login/?next=/ur/" hreflang="en"' in login


def test_switcher_falls_back_to_the_language_home_without_a_translation(client, home_page):
    # Only the English home page exists: the Urdu link goes to the Urdu home address.
    english = client.get("/en/").content.decode()
    assert 'href="/ur/" hreflang="ur"' in english


def test_seed_demo_refuses_without_debug():
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")
    assert not User.objects.exists()


@override_settings(DEBUG=True)
def test_seed_demo_is_idempotent(capsys):
    call_command("seed_demo", password="first-password-1")
    counts = (User.objects.count(), Page.objects.count(), EmailAddress.objects.count())
    call_command("seed_demo", password="second-password-2")
    assert (User.objects.count(), Page.objects.count(), EmailAddress.objects.count()) == counts
    assert counts[0] == 3
    admin = User.objects.get(email="admin@example.org")
    assert admin.is_superuser and admin.check_password("second-password-2")
    assert EmailAddress.objects.filter(verified=True).count() == 3
    assert HomePage.objects.filter(locale__language_code="ur", live=True).count() == 1
    assert "learner@example.org" in capsys.readouterr().out


def test_seed_demo_without_password_prints_a_random_one(capsys):
    call_command("seed_demo", force=True)
    output = capsys.readouterr().out
    password = output.split("learner@example.org")[1].split("password:")[1].split()[0]
    assert len(password) >= 12
    assert User.objects.get(email="learner@example.org").check_password(password)
