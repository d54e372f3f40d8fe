"""Certificate PDFs, read back with real tools: the QR code, the text layer and the fonts.

Needs poppler-utils (pdftoppm, pdftotext, pdffonts) and libzbar0 (for pyzbar).
"""

import shutil
import subprocess
from urllib.parse import urlsplit

from django.core.files.storage import default_storage

import pytest
from PIL import Image

from certificates import checks
from certificates.models import Certificate, CertificatePDF
from certificates.services import ensure_pdf
from tests.conftest import require_or_skip

from .conftest import URDU_COURSE_TITLE, URDU_NAME, complete_all, learner

pytestmark = pytest.mark.django_db

TOOLS = ("pdftoppm", "pdftotext", "pdffonts")


@pytest.fixture
def pdf_tools():
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        require_or_skip(
            "REQUIRE_PDF_TOOLS",
            f"needs {', '.join(missing)} (Debian: poppler-utils)",
        )
    try:
        from pyzbar import pyzbar
    except ImportError as error:  # pyzbar loads libzbar when imported
        require_or_skip("REQUIRE_PDF_TOOLS", f"needs libzbar0 for pyzbar ({error})")
    return pyzbar


def run(*command):
    return subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout


def pdf_path(pdf):
    return default_storage.path(pdf.file.name)


def pdf_text(pdf):
    """The PDF's text as pdftotext reads it, with line breaks and runs of spaces as one space."""
    return " ".join(run("pdftotext", "-enc", "UTF-8", pdf_path(pdf), "-").split())


def qr_urls(pyzbar, pdf, tmp_path):
    prefix = tmp_path / f"page-{pdf.pk}"
    run("pdftoppm", "-r", "150", "-png", pdf_path(pdf), str(prefix))
    pages = sorted(tmp_path.glob(f"page-{pdf.pk}*.png"))
    assert len(pages) == 1, pages
    with Image.open(pages[0]) as image:
        return [symbol.data.decode() for symbol in pyzbar.decode(image)]


def embedded_fonts(pdf):
    """``pdffonts`` rows as (name, embedded) pairs; the name drops the subset prefix."""
    lines = run("pdffonts", pdf_path(pdf)).splitlines()
    header, rule, *rows = lines
    assert header.startswith("name") and rule.startswith("---"), lines
    # Columns: name, type (may hold spaces), encoding, emb, sub, uni, object ID.
    fonts = []
    for row in rows:
        columns = row.split()
        name, emb = columns[0], columns[-5]
        fonts.append((name.split("+", 1)[-1], emb))
    return fonts


def issued(user, lessons, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        result = complete_all(user, lessons)
    assert result.course_newly_completed
    return Certificate.objects.get(user=user)


@pytest.fixture
def certificate(bilingual_course, media_root, django_capture_on_commit_callbacks):
    _page, lessons = bilingual_course
    return issued(learner(), lessons, django_capture_on_commit_callbacks)


def test_completing_the_course_issues_a_certificate_with_both_titles(certificate):
    assert certificate.holder_name == URDU_NAME
    assert certificate.course_titles["ur"] == URDU_COURSE_TITLE
    assert certificate.course_titles["en"] == "Recognising Human Trafficking"


@pytest.mark.parametrize("language", ["ur", "en"])
def test_the_qr_code_opens_the_verification_page(
    certificate, language, pdf_tools, tmp_path, client
):
    pdf = ensure_pdf(certificate.pk, language)
    assert pdf.language == language
    assert qr_urls(pdf_tools, pdf, tmp_path) == [certificate.verification_url(language)]

    path = urlsplit(certificate.verification_url(language)).path
    response = client.get(path)
    assert response.status_code == 200
    if language == "en":
        assert "Valid" in response.text
    assert certificate.grouped_code in response.text


def test_the_urdu_pdf_has_the_urdu_text_and_embeds_nastaliq(certificate, pdf_tools):
    pdf = ensure_pdf(certificate.pk, "ur")
    text = pdf_text(pdf)
    assert URDU_NAME in text
    assert URDU_COURSE_TITLE in text
    assert certificate.grouped_code in text
    fonts = embedded_fonts(pdf)
    nastaliq = [emb for name, emb in fonts if name.startswith("Noto-Nastaliq-Urdu")]
    assert nastaliq, fonts
    assert set(nastaliq) == {"yes"}, fonts


def test_the_english_pdf_has_the_urdu_name_and_the_code(certificate, pdf_tools):
    pdf = ensure_pdf(certificate.pk, "en")
    text = pdf_text(pdf)
    assert URDU_NAME in text
    assert "Recognising Human Trafficking" in text
    assert certificate.grouped_code in text


def test_a_latin_name_comes_out_of_an_urdu_certificate(
    bilingual_course, media_root, pdf_tools, django_capture_on_commit_callbacks
):
    _page, lessons = bilingual_course
    user = learner(full_name="Ayesha Siddiqui-Khan")
    certificate = issued(user, lessons, django_capture_on_commit_callbacks)
    text = pdf_text(ensure_pdf(certificate.pk, "ur"))
    assert "Ayesha Siddiqui-Khan" in text
    assert certificate.grouped_code in text


def test_a_lost_file_is_rendered_again_into_the_same_row(certificate):
    pdf = ensure_pdf(certificate.pk, "ur")
    name = pdf.file.name
    default_storage.delete(name)
    assert not default_storage.exists(name)

    again = ensure_pdf(certificate.pk, "ur")
    assert again.pk == pdf.pk
    assert default_storage.exists(again.file.name)
    with default_storage.open(again.file.name, "rb") as handle:
        assert handle.read(5) == b"%PDF-"
    assert CertificatePDF.objects.filter(certificate=certificate, language="ur").count() == 1


def test_the_font_check_passes_with_the_fonts_installed():
    assert checks.certificate_fonts(None) == []


def test_the_font_check_warns_when_the_fonts_are_missing(monkeypatch):
    monkeypatch.setattr(checks, "installed_families", lambda: set())
    warnings = checks.certificate_fonts(None)
    assert [warning.id for warning in warnings] == ["certificates.W002"]
    assert "Noto Nastaliq Urdu" in warnings[0].msg
