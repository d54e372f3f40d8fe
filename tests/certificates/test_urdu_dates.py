"""Urdu dates read day, month, year ("4 دسمبر 2026") on pages, in emails and on certificates."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.core import mail

import pytest
import time_machine

from certificates.models import Certificate
from certificates.rendering import certificate_html

from .helpers import certified_learner

pytestmark = pytest.mark.django_db

ISSUED = datetime(2026, 12, 4, 10, 30, tzinfo=ZoneInfo("Asia/Karachi"))
ISSUED_UR = "4 دسمبر 2026"
EXPIRES_UR = "4 دسمبر 2027"
ENGLISH_ORDER = "دسمبر 4"


@pytest.fixture
def certificate(home_pages, django_capture_on_commit_callbacks):
    with time_machine.travel(ISSUED, tick=False):
        certified_learner(django_capture_on_commit_callbacks, preferred_language="ur")
    return Certificate.objects.get()


def test_the_urdu_verification_page(client, certificate):
    html = client.get(f"/ur/certificates/verify/{certificate.grouped_code}/").content.decode()
    assert ISSUED_UR in html
    assert EXPIRES_UR in html
    assert ENGLISH_ORDER not in html


def test_the_urdu_certificate_email(certificate):
    body = "\n".join(message.body for message in mail.outbox)
    assert EXPIRES_UR in body, body
    assert ENGLISH_ORDER not in body


def test_the_urdu_certificate(certificate):
    html = certificate_html(certificate, "ur")
    assert ISSUED_UR in html
    assert ENGLISH_ORDER not in html
    assert "Dec. 4, 2026" in certificate_html(certificate, "en")
