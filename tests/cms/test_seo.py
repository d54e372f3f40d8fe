"""What crawlers and link previews read: robots.txt, sitemap.xml, meta description,
Open Graph, canonical and hreflang, noindex on views that are not pages."""

import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders

from wagtail.models import PageViewRestriction

import pytest
from PIL import Image

from cms.models import StandardPage
from cms.seo import SHARE_IMAGE_SIZE
from tests.cms.pages import parse
from tests.factories import UserFactory
from tests.factories.courses import catalogue, course, lesson, translate_tree

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
BASE = "http://testserver"  # WAGTAILADMIN_BASE_URL in the test settings


class Head(HTMLParser):
    """``meta`` (by name or property, a list each), ``hreflang`` alternates, canonical."""

    def __init__(self):
        super().__init__()
        self.meta, self.alternates, self.canonical = {}, {}, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("name" in attrs or "property" in attrs):
            key = attrs.get("property") or attrs["name"]
            self.meta.setdefault(key, []).append(attrs["content"])
        elif tag == "link" and attrs.get("rel") == "alternate" and "hreflang" in attrs:
            self.alternates[attrs["hreflang"]] = attrs["href"]
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical.append(attrs["href"])


def head(client, url):
    return parse(client, url, Head)


def sitemap_urls(client, language):
    """``{location: {hreflang: href}}`` of ``/sitemap-<language>.xml``."""
    response = client.get(f"/sitemap-{language}.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_robots_txt_lets_crawlers_in_but_not_into_the_admin_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Disallow: /h5p/" in lines
    assert f"Sitemap: {BASE}/sitemap.xml" in lines
    # Pages, and views that answer noindex (which a crawler must be let in to read), stay open.
    assert not [line for line in lines if line.startswith("Disallow: /en") or line == "Disallow: /"]


def test_sitemap_index_lists_one_sitemap_per_language(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    locations = [loc.text for loc in root.findall("s:sitemap/s:loc", NS)]
    assert locations == [f"{BASE}/sitemap-{code}.xml" for code, _name in settings.LANGUAGES]
    assert client.get("/sitemap-fr.xml").status_code == 404


@pytest.fixture
def site_tree(home_pages):
    """A public course (modules, one unpublished lesson) translated into Urdu, a course that
    needs an account, left untranslated, and a password-protected page with a child."""
    public, public_lessons = course(steps=2, modules=1, is_public=True, slug="open")
    hidden = lesson(public_lessons[0].get_parent(), 9, live=False)
    translate_tree(public)
    private, private_lessons = course(steps=1, slug="members")
    home = home_pages[0]
    secret = home.add_child(instance=StandardPage(title="Staff notes", slug="staff-notes"))
    secret.save_revision().publish()
    child = secret.add_child(instance=StandardPage(title="More notes", slug="more"))
    child.save_revision().publish()
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="letmein"
    )
    return {
        "public": public,
        "public_lessons": public_lessons,
        "hidden": hidden,
        "private": private,
        "private_lessons": private_lessons,
        "secret": secret,
        "secret_child": child,
        "urdu": home_pages[1].locale,
    }


def test_sitemap_lists_live_public_pages_with_their_translations(client, site_tree):
    english = sitemap_urls(client, "en")
    lesson_url = site_tree["public_lessons"][0].url
    urdu_lesson_url = site_tree["public_lessons"][0].get_translation(site_tree["urdu"]).url
    assert f"{BASE}/en/" in english
    assert f"{BASE}/en/courses/open/" in english
    assert english[BASE + lesson_url] == {
        "en": BASE + lesson_url,
        "ur": BASE + urdu_lesson_url,
        "x-default": BASE + lesson_url,
    }
    urdu = sitemap_urls(client, "ur")
    assert urdu[BASE + urdu_lesson_url]["en"] == BASE + lesson_url
    assert f"{BASE}/ur/" in urdu


def test_sitemap_leaves_out_private_unpublished_redirecting_and_untranslated_pages(
    client, site_tree
):
    english = " ".join(sitemap_urls(client, "en"))
    # A course that needs an account is described publicly; its steps only ask to sign in.
    assert f"{BASE}/en/courses/members/ " in english + " "
    assert site_tree["private_lessons"][0].url not in english
    assert site_tree["hidden"].url not in english  # unpublished
    assert "/module-1/ " not in english + " "  # a module only redirects to its course
    assert "/staff-notes/" not in english  # password-protected, and its child with it
    assert "/accounts/" not in english
    assert "/certificates/" not in english
    # Untranslated pages appear in the Urdu tree as aliases of the English: not listed there.
    urdu = " ".join(sitemap_urls(client, "ur"))
    assert "/ur/courses/members/" not in urdu
    assert "/ur/courses/open/" in urdu


def test_a_translated_page_names_its_translations_and_shares_with_title_text_and_image(
    client, standard_pages
):
    page = head(client, "/ur/about/")
    assert page.meta["og:title"] == ["ہمارے بارے میں"]
    assert page.meta["description"] == page.meta["og:description"]
    assert page.meta["description"][0].startswith("انسدادِ ٹریفکنگ تربیت ایک مفت پلیٹ فارم")
    assert page.meta["og:url"] == [f"{BASE}/ur/about/"]
    assert page.canonical == [f"{BASE}/ur/about/"]
    assert page.meta["og:image"] == [f"{BASE}/static/img/share-ur.png"]
    assert page.meta["og:locale"] == ["ur_PK"]
    assert page.meta["og:locale:alternate"] == ["en_GB"]
    assert page.meta["og:site_name"] == ["انسدادِ ٹریفکنگ تربیت"]
    assert page.alternates == {
        "en": f"{BASE}/en/about/",
        "ur": f"{BASE}/ur/about/",
        "x-default": f"{BASE}/en/about/",
    }
    english = head(client, "/en/about/")
    assert english.meta["og:image"] == [f"{BASE}/static/img/share-en.png"]
    assert english.alternates == page.alternates


def test_every_kind_of_page_has_one_description_and_open_graph(client, home_pages):
    public, lessons = course(steps=1, is_public=True, summary="Signs of forced labour.")
    lessons[0].intro = "How debts trap workers."
    lessons[0].save_revision().publish()
    expected = {
        "/en/": home_pages[0].summary,
        catalogue().url: None,
        public.url: "Signs of forced labour.",
        lessons[0].url: "How debts trap workers.",
        "/en/accounts/login/": None,
        "/en/certificates/verify/": None,
    }
    for url, description in expected.items():
        page = head(client, url)
        assert len(page.meta["description"]) == 1, url
        assert page.meta["description"][0], url
        if description:
            assert page.meta["description"] == [description], url
        for key in ("og:title", "og:description", "og:image", "og:url", "og:locale"):
            assert len(page.meta.get(key, [])) == 1, (url, key)
    login = head(client, "/en/accounts/login/")
    assert login.meta["description"][0].startswith("Free courses on recognising")
    assert login.meta["og:url"] == [f"{BASE}/en/accounts/login/"]
    assert not login.alternates  # hreflang is for pages with translations


def test_an_untranslated_page_names_no_translation_and_its_alias_points_to_the_original(
    client, home_pages
):
    page, _lessons = course(steps=1, slug="english-only")
    english = head(client, page.url)
    assert not english.alternates
    assert english.canonical == [f"{BASE}{page.url}"]
    alias = translate_tree(page, alias=True)
    assert alias.alias_of_id == page.pk
    copy = head(client, alias.url)
    assert copy.canonical == [f"{BASE}{page.url}"]
    assert not copy.alternates


def test_views_that_are_not_pages_answer_noindex(client, home_pages):
    for url in ("/en/accounts/login/", "/ur/accounts/signup/", "/en/certificates/verify/"):
        response = client.get(url)
        assert "noindex" in response["X-Robots-Tag"], url
    # Certificate verification keeps its own, stricter header.
    assert client.get("/en/certificates/verify/")["X-Robots-Tag"] == "noindex, nofollow"
    client.force_login(UserFactory())
    assert client.get("/en/learning/")["X-Robots-Tag"] == "noindex"
    assert "X-Robots-Tag" not in client.get("/en/")


@pytest.mark.parametrize("name", ["img/share-en.png", "img/share-ur.png"])
def test_share_images_are_the_size_the_tags_say_and_light(name):
    path = Path(finders.find(name))
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.size == SHARE_IMAGE_SIZE
    assert path.stat().st_size < 50_000  # WhatsApp refuses previews over 300 KB
