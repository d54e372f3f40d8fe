"""Certificate PDFs, read back as people read them: the QR code, the text and the fonts.

The readers come from PyPI with the dev dependencies (see pdfread.py), except for the one
test of Urdu in reading order, which needs poppler's pdftotext.
"""

import base64
import io
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.storage import default_storage
from django.test import override_settings

import pypdf
import pytest
from PIL import Image

from certificates import checks, fonts
from certificates.models import Certificate, CertificatePDF
from certificates.rendering import certificate_html, html_to_pdf
from certificates.services import ensure_pdf
from tests.conftest import require_or_skip

from .conftest import URDU_COURSE_TITLE, URDU_NAME, complete_all, learner
from .pdfread import (
    actual_texts,
    embedded_fonts,
    has_pdftotext,
    latin_text,
    qr_texts,
    reading_text,
)

pytestmark = pytest.mark.django_db


def read(pdf):
    with default_storage.open(pdf.file.name, "rb") as handle:
        return handle.read()


def issued(user, lessons, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        result = complete_all(user, lessons)
    assert result.course_newly_completed
    return Certificate.objects.get(user=user)


@pytest.fixture
def certificate(bilingual_course, media_root, django_capture_on_commit_callbacks):
    _page, lessons = bilingual_course
    return issued(learner(), lessons, django_capture_on_commit_callbacks)


def drawn_right_to_left(text):
    """A purely right-to-left run as the page draws it, and pdf_text.py records it."""
    return text[::-1]


def test_completing_the_course_issues_a_certificate_with_both_titles(certificate):
    assert certificate.holder_name == URDU_NAME
    assert certificate.course_titles["ur"] == URDU_COURSE_TITLE
    assert certificate.course_titles["en"] == "Recognising Human Trafficking"


@pytest.mark.parametrize("language", ["ur", "en"])
def test_the_qr_code_opens_the_verification_page(certificate, language, client):
    pdf = ensure_pdf(certificate.pk, language)
    assert pdf.language == language
    assert qr_texts(read(pdf)) == [certificate.verification_url(language)]

    path = urlsplit(certificate.verification_url(language)).path
    response = client.get(path)
    assert response.status_code == 200
    if language == "en":
        assert "Valid" in response.text
    assert certificate.grouped_code in response.text


def test_the_urdu_pdf_embeds_nastaliq_and_carries_the_urdu_text(certificate):
    data = read(ensure_pdf(certificate.pk, "ur"))
    used = embedded_fonts(data)
    assert used.get("Noto-Nastaliq-Urdu") is True, used
    assert used.get("Noto-Nastaliq-Urdu-Bold") is True, used  # a real bold, not a smeared one
    assert all(used.values()), used
    layer = actual_texts(data)
    assert drawn_right_to_left(URDU_NAME) in layer
    assert drawn_right_to_left(URDU_COURSE_TITLE) in layer
    assert certificate.grouped_code in latin_text(data)


def test_the_english_pdf_embeds_its_fonts_and_carries_the_text(certificate):
    data = read(ensure_pdf(certificate.pk, "en"))
    used = embedded_fonts(data)
    expected = {"Noto-Serif", "Noto-Serif-Bold", "Noto-Nastaliq-Urdu-Bold", "Noto-Sans-Mono"}
    assert expected <= set(used), used
    assert all(used.values()), used
    text = latin_text(data)
    assert "Recognising Human Trafficking" in text
    assert certificate.grouped_code in text
    assert drawn_right_to_left(URDU_NAME) in actual_texts(data)


@pytest.mark.parametrize(
    ("name", "font"),
    [
        ("Олена Коваленко", "Noto-Serif-Bold"),
        ("Ayesha Siddiqui-Khan", "Noto-Serif-Bold"),
        ("ڪاشف سومرو", "Noto-Naskh-Arabic-Bold"),
    ],
)
def test_names_in_other_scripts_are_drawn_with_the_packaged_fonts(
    bilingual_course, media_root, django_capture_on_commit_callbacks, name, font
):
    """Cyrillic and Latin from Noto Serif; Sindhi's ڪ, which Nastaliq lacks, from Naskh."""
    _page, lessons = bilingual_course
    certificate = issued(learner(full_name=name), lessons, django_capture_on_commit_callbacks)
    for language in ("en", "ur"):
        used = embedded_fonts(read(ensure_pdf(certificate.pk, language)))
        assert used.get(font) is True, (language, used)


EMPTY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""

#: How many fonts fontconfig offers, asked through the library WeasyPrint itself uses.
FONTCONFIG_FONTS = """
from weasyprint.text.ffi import ffi, fontconfig
config = fontconfig.FcInitLoadConfigAndFonts()
fonts = fontconfig.FcConfigGetFonts(config, 0)  # FcSetSystem
print(0 if fonts == ffi.NULL else fonts.nfont)
"""

RENDER = """
import sys
from pathlib import Path
import django
django.setup()
from certificates.rendering import html_to_pdf
Path(sys.argv[2]).write_bytes(html_to_pdf(Path(sys.argv[1]).read_text()))
"""


def render_without_system_fonts(html, tmp_path):
    """Draw ``html`` in a process whose fontconfig knows no font at all; return the PDF."""
    config = tmp_path / "fonts.conf"
    config.write_text(EMPTY_FONTCONFIG.format(cache=tmp_path / "cache"))
    environment = {
        **os.environ,
        "FONTCONFIG_FILE": str(config),
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
    }
    probe = subprocess.run(
        [sys.executable, "-c", FONTCONFIG_FONTS],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert probe.stdout.strip() == "0", "fontconfig still finds fonts of the system"
    source, target = tmp_path / "certificate.html", tmp_path / "certificate.pdf"
    source.write_text(html)
    subprocess.run(
        [sys.executable, "-c", RENDER, str(source), str(target)],
        env=environment,
        cwd=settings.BASE_DIR,
        check=True,
        timeout=120,
    )
    return target.read_bytes()


def test_certificates_do_not_need_the_systems_fonts(certificate, tmp_path):
    """Drawn where fontconfig knows no font at all, the Urdu is still embedded Nastaliq."""
    data = render_without_system_fonts(certificate_html(certificate, "ur"), tmp_path)
    used = embedded_fonts(data)
    assert used.get("Noto-Nastaliq-Urdu") is True, used
    assert all(used.values()), used
    layer = actual_texts(data)
    assert drawn_right_to_left(URDU_NAME) in layer
    assert drawn_right_to_left(URDU_COURSE_TITLE) in layer
    assert certificate.grouped_code in latin_text(data)


def test_urdu_text_reads_back_in_reading_order(
    certificate, bilingual_course, tmp_path, django_capture_on_commit_callbacks
):
    """What a reader copies or searches: the name and the title as they were written."""
    if not has_pdftotext():
        require_or_skip(
            "REQUIRE_PDF_TEXT",
            "needs poppler's pdftotext (Debian poppler-utils; `make test-packages` installs "
            "it): no PDF reader on PyPI returns Urdu in reading order (see pdfread.py)",
        )
    urdu = reading_text(read(ensure_pdf(certificate.pk, "ur")))
    assert URDU_NAME in urdu
    assert URDU_COURSE_TITLE in urdu
    assert certificate.grouped_code in urdu

    english = reading_text(read(ensure_pdf(certificate.pk, "en")))
    assert URDU_NAME in english
    assert "Recognising Human Trafficking" in english

    alone = reading_text(render_without_system_fonts(certificate_html(certificate, "ur"), tmp_path))
    assert URDU_NAME in alone
    assert URDU_COURSE_TITLE in alone

    _page, lessons = bilingual_course
    latin = issued(
        learner(full_name="Ayesha Siddiqui-Khan"), lessons, django_capture_on_commit_callbacks
    )
    assert "Ayesha Siddiqui-Khan" in reading_text(read(ensure_pdf(latin.pk, "ur")))


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


def test_the_font_check_is_silent_after_make_install():
    assert fonts.missing_font_files() == []
    assert checks.certificate_fonts(None) == []


def test_the_font_check_warns_when_the_fonts_were_not_installed(tmp_path):
    with override_settings(CERTIFICATE_FONT_ROOT=tmp_path):
        warnings = checks.certificate_fonts(None)
    assert [warning.id for warning in warnings] == ["certificates.W002"]
    assert "make install" in warnings[0].hint
    assert str(tmp_path) in warnings[0].msg


def test_the_template_names_only_the_packaged_font_files(certificate):
    html = certificate_html(certificate, "ur")
    root = Path(settings.CERTIFICATE_FONT_ROOT).as_uri()
    sources = [line for line in html.splitlines() if "@font-face" in line]
    assert len(sources) == len(fonts.font_files())
    assert all(f'url("{root}/' in line for line in sources)


def images_in(data):
    return len(pypdf.PdfReader(io.BytesIO(data)).pages[0].images)


def test_the_renderer_reads_no_file_but_the_certificate_fonts(tmp_path):
    """A file URL that is not one of the fonts (here a picture) is refused; data: works."""
    picture = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(picture, format="PNG")
    on_disk = tmp_path / "private.png"
    on_disk.write_bytes(picture.getvalue())
    inline = "data:image/png;base64," + base64.b64encode(picture.getvalue()).decode()

    assert images_in(html_to_pdf(f'<p>x</p><img src="{on_disk.as_uri()}">')) == 0
    assert images_in(html_to_pdf(f'<p>x</p><img src="{inline}">')) == 1
