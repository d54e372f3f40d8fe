import statistics
import time
from datetime import timedelta

import pytest
import time_machine

from certificates.models import Certificate
from certificates.services import revoke
from tests.factories.accounts import UserFactory

from .helpers import certified_learner

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(home_pages, django_capture_on_commit_callbacks):
    certified_learner(
        django_capture_on_commit_callbacks, full_name="Bilal Ahmed", email="bilal@example.org"
    )
    return Certificate.objects.get()


def verify(client, code, language="en"):
    return client.get(f"/{language}/certificates/verify/{code}/")


def test_valid_certificate_shows_what_is_printed_and_nothing_else(client, certificate):
    response = verify(client, certificate.grouped_code)
    html = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is genuine and valid." in html
    assert "Bilal Ahmed" in html
    assert certificate.course_title("en") in html
    assert "bilal@example.org" not in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_codes_match_ignoring_case_dashes_and_spaces(client, certificate):
    typed = certificate.code.lower()
    response = verify(client, typed)
    assert response.status_code == 302
    assert response["Location"].endswith(f"/verify/{certificate.grouped_code}/")
    form = client.get("/en/certificates/verify/", {"code": " " + typed[:8] + " " + typed[8:]})
    assert form.status_code == 302
    assert form["Location"].endswith(f"/verify/{certificate.grouped_code}/")


def test_expired_certificate(client, certificate):
    with time_machine.travel(certificate.expires_at + timedelta(days=1)):
        html = verify(client, certificate.grouped_code).content.decode()
    assert "Expired" in html and "expired on" in html


def test_revoked_certificate_shows_the_date(client, certificate):
    revoke(certificate, UserFactory(is_staff=True, is_superuser=True), "Obtained by fraud")
    html = verify(client, certificate.grouped_code).content.decode()
    assert "Revoked" in html and "was revoked on" in html
    assert "fraud" not in html  # the reason is for the record, not the public


def test_unknown_codes_get_a_clear_not_found_page(client, certificate):
    response = verify(client, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    assert response.status_code == 404
    assert "Certificate not found" in response.content.decode()
    assert verify(client, "not-a-code").status_code == 404


def test_bad_form_input_says_why_in_the_visitors_language(client, home_pages):
    response = client.get("/ur/certificates/verify/", {"code": "123"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'lang="ur"' in html and 'aria-invalid="true"' in html


def test_verification_is_rate_limited_per_client(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_RATE = 5
    statuses = [verify(client, certificate.grouped_code).status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]
    other = verify(client, certificate.grouped_code, "ur")
    assert other.status_code == 429 and 'lang="ur"' in other.content.decode()


def test_found_and_not_found_take_comparable_time(client, certificate, settings):
    settings.CERTIFICATE_VERIFY_RATE = 10_000

    def median(code):
        times = []
        for _ in range(40):
            start = time.perf_counter()
            verify(client, code)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    verify(client, certificate.grouped_code)  # warm up
    found = median(certificate.grouped_code)
    missing = median("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ")
    assert abs(found - missing) < 0.5 * max(found, missing)


def test_verification_page_costs_a_fixed_number_of_queries(
    client, certificate, django_assert_max_num_queries
):
    verify(client, certificate.grouped_code)
    with django_assert_max_num_queries(4):
        verify(client, certificate.grouped_code)


def test_my_certificates_lists_only_my_own(client, certificate, django_capture_on_commit_callbacks):
    other = UserFactory()
    client.force_login(other)
    html = client.get("/en/certificates/").content.decode()
    assert certificate.grouped_code not in html
    assert client.get(f"/en/certificates/{certificate.grouped_code}/pdf/").status_code == 404
    client.force_login(certificate.user)
    html = client.get("/en/certificates/").content.decode()
    assert certificate.grouped_code in html
    response = client.get(f"/en/certificates/{certificate.grouped_code}/pdf/?language=ur")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["Content-Type"] == "application/pdf"
    assert certificate.pdfs.filter(language="ur").exists()


def test_my_certificates_needs_sign_in(client, home_pages):
    response = client.get("/en/certificates/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_revoked_certificates_cannot_be_downloaded_by_the_holder(client, certificate):
    revoke(certificate, UserFactory(is_staff=True, is_superuser=True), "Issued in error")
    client.force_login(certificate.user)
    assert client.get(f"/en/certificates/{certificate.grouped_code}/pdf/").status_code == 404
    assert "Revoked" in client.get("/en/certificates/").content.decode()


def test_bad_language_falls_back(client, certificate):
    client.force_login(certificate.user)
    response = client.get(f"/en/certificates/{certificate.grouped_code}/pdf/?language=xx")
    assert response.status_code == 200
