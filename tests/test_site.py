"""Guards over the whole site: migrations, deployment checks, every page's shell, translations."""

import os
import re
import secrets
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management import call_command

import polib
import pytest

from cms.demo import load_standard_pages
from tests.factories import UserFactory

ROOT = Path(settings.BASE_DIR)


def test_no_missing_migrations(db):
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_check_deploy_is_clean_with_production_settings():
    env = {
        **os.environ,
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "learning.example.org",
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues (0 silenced)." in output, output


def test_production_settings_refuse_to_start_without_a_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    env.update(
        {"ALLOWED_HOSTS": "x.example.org", "DJANGO_SETTINGS_MODULE": "config.settings.production"}
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


class PageShell(HTMLParser):
    """Collects what the guard checks: <html> attributes, <h1>s, links and visible text."""

    SKIP = {"script", "style", "title"}

    def __init__(self):
        super().__init__()
        self.html_attrs = {}
        self.h1_count = 0
        self.links = []
        self.text = []
        self._stack = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html_attrs = attrs
        elif tag == "h1":
            self.h1_count += 1
        elif tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag not in {"meta", "link", "input", "br", "img", "hr"}:
            self._stack.append((tag, attrs.get("lang")))

    def handle_endtag(self, tag):
        while self._stack:
            open_tag, _lang = self._stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data):
        if any(tag in self.SKIP for tag, _lang in self._stack):
            return
        # Text marked as another language (the switcher's "English") is not the page's.
        if any(lang and lang != self.html_attrs.get("lang") for _tag, lang in self._stack):
            return
        self.text.append(data)


def crawl(client, start, limit=60):
    """Every page reachable from ``start`` within the same language, by GET."""
    prefix = start
    seen, queue, pages = set(), [start], {}
    while queue and len(pages) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code in (301, 302):
            location = response["Location"]
            if location.startswith(prefix):
                queue.append(location)
            continue
        pages[url] = response
        if "text/html" not in response.get("Content-Type", ""):
            continue
        parser = PageShell()
        parser.feed(response.content.decode())
        for href in parser.links:
            parts = urlsplit(href)
            if parts.netloc or not parts.path.startswith(prefix):
                continue
            queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return pages


LATIN_WORDS = re.compile(r"\b[A-Za-z]{2,}(?:\s+[A-Za-z]{2,})+\b")


@pytest.fixture
def public_pages(home_pages):
    """The home pages and the standard pages (about, privacy...) every footer links to."""
    return load_standard_pages()


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "signed-in"])
@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("ur", "rtl")])
def test_every_reachable_page_has_one_h1_and_the_right_language(
    client, public_pages, language, direction, signed_in
):
    if signed_in:
        client.force_login(UserFactory(full_name="Test Learner"))
    pages = crawl(client, f"/{language}/")
    expected = (
        ["profile/", "email/", "password/change/", "2fa/"]
        if signed_in
        else ["login/", "signup/", "password/reset/"]
    )
    for path in expected:
        assert f"/{language}/accounts/{path}" in pages, sorted(pages)
    for slug in ("about", "contact", "privacy", "accessibility"):
        assert f"/{language}/{slug}/" in pages, sorted(pages)
    for url, response in pages.items():
        assert response.status_code == 200, url
        parser = PageShell()
        parser.feed(response.content.decode())
        assert parser.html_attrs.get("lang") == language, url
        assert parser.html_attrs.get("dir") == direction, url
        assert parser.h1_count == 1, f"{url} has {parser.h1_count} <h1>"
        if language == "ur":
            text = " ".join(" ".join(parser.text).split())
            english = [w for w in LATIN_WORDS.findall(text) if w != "Test Learner"]
            assert not english, f"{url} shows untranslated text: {english}"


def _catalogues():
    yield ROOT / "locale" / "ur" / "LC_MESSAGES" / "django.po"
    yield from sorted((ROOT / "vendor_locale").glob("*/ur/LC_MESSAGES/django.po"))


@pytest.mark.parametrize("path", list(_catalogues()), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_urdu_message_is_translated(path):
    catalogue = polib.pofile(str(path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"{len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy, e.g. {fuzzy[:5]}"
    placeholder = re.compile(r"%\(\w+\)[sdr]|%[sd]|\{\w*\}")
    for entry in catalogue.translated_entries():
        targets = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        expected = set(placeholder.findall(entry.msgid)) | set(
            placeholder.findall(entry.msgid_plural or "")
        )
        for target in targets:
            assert set(placeholder.findall(target)) <= expected, entry.msgid


def test_our_catalogue_is_up_to_date(tmp_path):
    """Every translatable string in our code is in locale/ur: nobody forgot `make messages`."""
    project = tmp_path / "project"
    shutil.copytree(
        ROOT,
        project,
        ignore=shutil.ignore_patterns(
            ".venv",
            ".tools",
            "node_modules",
            ".git",
            "media",
            "staticfiles",
            "test-artifacts",
            "*.pyc",
            "__pycache__",
            "*.sqlite3",
            ".pytest_media",
            ".hypothesis",  # written by tests running meanwhile on another worker
            ".pytest_cache",
            ".ruff_cache",
        ),
    )
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "ur",
            "--no-obsolete",
            "--ignore=vendor_locale",
            "--ignore=tests",
            "--ignore=bench",
        ],
        cwd=project,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    fresh = polib.pofile(str(project / "locale" / "ur" / "LC_MESSAGES" / "django.po"))
    missing = [entry.msgid for entry in fresh.untranslated_entries()]
    assert not missing, f"Strings not yet translated (run `make messages`): {missing[:10]}"
