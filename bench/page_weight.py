"""How many bytes a visitor downloads for the home page, in each language.

Builds a throw-away SQLite database with the demo home pages, renders each
home page through Django's full middleware stack, then adds every stylesheet,
icon and font the page and its CSS ask for. Sizes are given raw and gzipped
(what whitenoise and a reverse proxy serve); woff2 fonts are already
compressed. Run with `make bench` or `.venv/bin/python bench/page_weight.py`; it renders
each page once, so ``BENCH_SHORT=1`` changes nothing.
"""

import gzip
import os
import posixpath
import re
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.short import announce  # noqa: E402


class Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") in {"stylesheet", "icon"}:
            self.urls.append(attrs["href"])
        elif tag in {"script", "img"} and attrs.get("src"):
            self.urls.append(attrs["src"])


def static_file(url):
    from django.conf import settings
    from django.contrib.staticfiles import finders

    return Path(finders.find(url.removeprefix(settings.STATIC_URL)))


def fonts_used(css_url, language):
    """Font files the browser fetches: only for Arabic-script text, so only in Urdu."""
    if language != "ur":
        return []
    css = static_file(css_url).read_text()
    return [
        static_file(posixpath.normpath(posixpath.join(posixpath.dirname(css_url), url)))
        for url in re.findall(r'url\("?([^")]+\.woff2)"?\)', css)
    ]


def main():
    tmp = tempfile.mkdtemp()
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from cms.demo import load_home_pages

    call_command("migrate", verbosity=0)
    load_home_pages()
    client = Client(HTTP_HOST="localhost")
    announce(runs_once=True)

    print(f"{'page':<10}{'file':<48}{'bytes':>10}{'gzipped':>10}")
    for language in ("en", "ur"):
        response = client.get(f"/{language}/")
        if response.status_code != 200:
            raise SystemExit(f"/{language}/ answered {response.status_code}")
        html = response.content
        rows = [("HTML", len(html), len(gzip.compress(html, 6)))]
        parser = Assets()
        parser.feed(html.decode())
        for url in parser.urls:
            path = static_file(url)
            data = path.read_bytes()
            rows.append((url, len(data), len(gzip.compress(data, 6))))
            if path.suffix == ".css":
                for font in fonts_used(url, language):
                    size = font.stat().st_size
                    rows.append((font.name, size, size))
        for name, raw, compressed in rows:
            print(f"/{language}/{'':<6}{name[-46:]:<48}{raw:>10,}{compressed:>10,}")
        total_raw = sum(r[1] for r in rows)
        total_gz = sum(r[2] for r in rows)
        print(f"/{language}/{'':<6}{'TOTAL':<48}{total_raw:>10,}{total_gz:>10,}")


if __name__ == "__main__":
    main()
