"""Certificate PDFs read back as people read them.

PDFium (pypdfium2, the engine of Chrome's PDF viewer) draws the page, zxing-cpp reads the
QR code off that picture, and pypdf lists the fonts the file carries and its text layer;
all three come from PyPI with the dev dependencies.

Urdu text in reading order is the exception. Nastaliq glyphs cannot map back to letters,
so the text is in ``ActualText`` (certificates/pdf_text.py). Of the readers tried on our
certificates (December 2026), only poppler's ``pdftotext`` returns the Urdu name and
course title as written: PDFium (pypdfium2 5.15) reverses the words, PyMuPDF scatters the
title, and pdfminer.six, pdfplumber and pypdf ignore ActualText. So ``reading_text`` needs
the Debian package poppler-utils, and the one test using it says so when it is missing.
"""

import io
import re
import shutil
import subprocess

import pypdf
import pypdfium2
import zxingcpp
from pypdf.generic import ContentStream, DictionaryObject, NameObject

#: Bidi controls poppler wraps right-to-left lines in.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def page_images(data, dpi=150):
    document = pypdfium2.PdfDocument(data)
    try:
        return [page.render(scale=dpi / 72).to_pil() for page in document]
    finally:
        document.close()


def qr_texts(data):
    """What a phone's camera would read from each QR code on each page."""
    return [result.text for image in page_images(data) for result in zxingcpp.read_barcodes(image)]


def embedded_fonts(data):
    """{font name without its subset prefix: embedded?} for every font a page uses."""
    fonts = {}
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            parts = [part.get_object() for part in font.get("/DescendantFonts", [])] or [font]
            for part in parts:
                descriptor = part.get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor else {}
                name = str(font["/BaseFont"]).lstrip("/").split("+", 1)[-1]
                fonts[name] = any(
                    key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
                )
    return fonts


def latin_text(data):
    """The text PDFium reads, whitespace collapsed: right for Latin, not for Urdu."""
    document = pypdfium2.PdfDocument(data)
    try:
        pages = [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()
    return " ".join(" ".join(pages).split())


def actual_texts(data):
    """The ``ActualText`` of each marked span, in the order the page draws them."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    texts = []
    for page in reader.pages:
        properties = page.get("/Resources", {}).get("/Properties", {})
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator != b"BDC":
                continue
            entry = operands[1]
            if isinstance(entry, NameObject):
                entry = properties[entry].get_object()
            if isinstance(entry, DictionaryObject) and "/ActualText" in entry:
                texts.append(str(entry["/ActualText"]))
    return texts


def has_pdftotext():
    return shutil.which("pdftotext") is not None


def reading_text(data):
    """The text as poppler's pdftotext reads it, in reading order, whitespace collapsed."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-", "-"],
        input=data,
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout.decode()
    return " ".join(_BIDI_CONTROLS.sub("", text).split())
