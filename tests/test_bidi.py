"""Codes, numbers, emails and addresses inside Urdu text are isolated left to right.

Without isolation the right-to-left paragraph reorders their parts: the certificate code
"K7QF-2M9X-3RTA" showed as "-K7QF-2M9X". Any element with a ``dir`` attribute (or a
``<bdi>``) isolates its content (HTML's rendering rules give it ``unicode-bidi: isolate``).
"""

import re
from html.parser import HTMLParser
from pathlib import Path

from django.conf import settings

import pytest

from tests.factories import UserFactory
from tests.test_site import crawl

# A certificate-style code, an email address or a URL in running text.
LEFT_TO_RIGHT = re.compile(r"[A-Z0-9]{4}-[A-Z0-9]{4}|[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+|www\.\S+")
VOID = {"meta", "link", "input", "br", "img", "hr", "source", "wbr"}


class Runs(HTMLParser):
    """Text that needs isolation, and whether an enclosing element isolates it."""

    # Form controls draw their value in a box of its own, where nothing reorders around it.
    SKIP = {"script", "style", "title", "textarea", "option"}

    def __init__(self):
        super().__init__()
        self.stack = []
        self.bare = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        attrs = dict(attrs)
        isolates = (
            tag == "bdi"
            or (tag != "html" and attrs.get("dir") in {"ltr", "auto"})
            # allauth's messages link addresses inline; site.css isolates such links.
            or (tag == "a" and attrs.get("href", "").startswith("mailto:"))
        )
        self.stack.append((tag, isolates))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if any(tag in self.SKIP for tag, _iso in self.stack):
            return
        if any(isolated for _tag, isolated in self.stack):
            return
        self.bare += LEFT_TO_RIGHT.findall(data)


def bare_runs(html):
    parser = Runs()
    parser.feed(html)
    return parser.bare


def test_the_stylesheet_isolates_email_links():
    css = (Path(settings.BASE_DIR) / "static" / "css" / "site.css").read_text()
    assert 'a[href^="mailto:"] { unicode-bidi: isolate; direction: ltr; }' in css


def test_the_guard_sees_a_bare_code():
    assert bare_runs("<p>مثال K7QF-2M9X-3RTA</p>") == ["K7QF-2M9X"]
    assert bare_runs('<p>مثال <bdi dir="ltr">K7QF-2M9X-3RTA</bdi></p>') == []
    assert bare_runs('<p>ای میل <a dir="ltr">a@example.org</a></p>') == []
    assert bare_runs('<html dir="rtl"><p>a@example.org</p></html>') == ["a@example.org"]


@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "signed-in"])
def test_urdu_pages_isolate_codes_emails_and_addresses(client, home_pages, signed_in):
    if signed_in:
        client.force_login(UserFactory(full_name="Test Learner", email="learner@example.org"))
    pages = crawl(client, "/ur/")
    pages["/ur/certificates/verify/"] = client.get("/ur/certificates/verify/")
    pages["/ur/certificates/verify/XXXX-YYYY/"] = client.get("/ur/certificates/verify/XXXX-YYYY/")
    found = {}
    for url, response in pages.items():
        if "text/html" in response.get("Content-Type", ""):
            runs = bare_runs(response.content.decode())
            if runs:
                found[url] = runs
    assert not found, found
