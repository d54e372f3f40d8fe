"""Certificate PDFs: choose the template, fill it in, draw it with WeasyPrint.

Nothing here touches the network or the file system beyond media storage and the
certificate's own font files: the HTML is filled from escaped text, images are
inlined as ``data:`` URIs, and WeasyPrint is given a fetcher that refuses every
other URL.
"""

import base64
import re
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from wagtail.models import Locale

import qrcode
import qrcode.image.svg

from . import fonts
from .codes import grouped, new_code
from .models import PLACEHOLDERS, CertificateTemplate

_PLACEHOLDER = re.compile(r"\{(\w*)\}")


def unknown_placeholders(text):
    return sorted({name for name in _PLACEHOLDER.findall(text or "") if name not in PLACEHOLDERS})


def site_languages():
    return [code for code, _name in settings.LANGUAGES]


def pick_language(language):
    return language if language in site_languages() else settings.LANGUAGE_CODE


def template_for(course_key, language):
    """The template a course's certificates use, in ``language`` where translated."""
    from courses.models import CoursePage

    course_pages = CoursePage.objects.filter(translation_key=course_key).values("pk")
    template = (
        CertificateTemplate.objects.filter(courses__in=course_pages).order_by("pk").first()
        or CertificateTemplate.objects.filter(is_default=True).order_by("pk").first()
    )
    if template is None:
        return None
    locale = Locale.objects.filter(language_code=language).first()
    translated = template.get_translation_or_none(locale) if locale else None
    return translated or template


def qr_data_uri(url):
    image = qrcode.make(
        url,
        image_factory=qrcode.image.svg.SvgPathImage,
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        border=2,
    )
    return "data:image/svg+xml;base64," + base64.b64encode(image.to_string()).decode()


def _image_uri(image, spec):
    if image is None:
        return ""
    try:
        rendition = image.get_rendition(spec)
        with rendition.file.open("rb") as handle:
            data = handle.read()
    except Exception:  # a missing image file must not stop the certificate
        return ""
    mime = {"png": "image/png", "gif": "image/gif", "webp": "image/webp"}.get(
        rendition.file.name.rsplit(".", 1)[-1].lower(), "image/jpeg"
    )
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


def _fill(text, values):
    """Escape ``text`` and put the (escaped) values in its placeholders."""
    parts = []
    position = 0
    for match in _PLACEHOLDER.finditer(text):
        parts.append(conditional_escape(text[position : match.start()]))
        name = match.group(1)
        if name in values:
            parts.append(format_html('<bdi dir="auto" class="{}">{}</bdi>', name, values[name]))
        else:
            parts.append(conditional_escape(match.group(0)))
        position = match.end()
    parts.append(conditional_escape(text[position:]))
    paragraphs = "".join(str(part) for part in parts).split("\n\n")
    return mark_safe("".join(f"<p>{p}</p>" for p in paragraphs if p.strip()))  # noqa: S308


def _hours(minutes):
    hours = round(minutes / 60 * 2) / 2
    return formats.number_format(hours, decimal_pos=0 if hours == int(hours) else 1)


def certificate_html(certificate, language, template=None):
    """The HTML of ``certificate`` in ``language``, with its course's template unless given."""
    language = pick_language(language)
    if template is None:
        template = template_for(certificate.course_key, language)
    with translation.override(language):
        issued = timezone.localtime(certificate.issued_at)
        heading = template.heading if template else _("Certificate of completion")
        body = (
            template.body
            if template
            else _("This certifies that {name} has completed the course {course} on {date}.")
        )
        values = {
            "name": certificate.holder_name,
            "course": certificate.course_title(language),
            "date": formats.date_format(issued, "DATE_FORMAT"),
            "hours": _hours(certificate.duration_minutes),
        }
        signatories = []
        if template:
            for block in template.signatories:
                signatories.append(
                    {
                        "name": block.value["name"],
                        "title": block.value["title"],
                        "signature": _image_uri(block.value["signature"], "max-400x160"),
                    }
                )
        url = certificate.verification_url(language)
        info = get_language_info(language)
        return render_to_string(
            "certificates/pdf/certificate.html",
            {
                "language": language,
                "bidi": info["bidi"],
                "font_faces": mark_safe(fonts.font_face_css()),  # noqa: S308 (our paths)
                "heading": heading,
                "body": _fill(body, values),
                "organisation": certificate.organisation(language)
                or (template.organisation if template else ""),
                "logo": _image_uri(template.logo if template else None, "max-600x240"),
                "signatories": signatories,
                "code": grouped(certificate.code),
                "verification_url": url,
                "qr": qr_data_uri(url),
                "issued": values["date"],
                "expires": formats.date_format(
                    timezone.localtime(certificate.expires_at), "DATE_FORMAT"
                )
                if certificate.expires_at
                else "",
            },
        )


def _fetcher():
    """Inlined images and the certificate's own font files; no network, no other file."""
    from urllib.parse import urlsplit
    from urllib.request import url2pathname

    from weasyprint.urls import URLFetcher

    class CertificateFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("file:"):
                path = Path(url2pathname(urlsplit(url).path)).resolve()
                if path not in fonts.allowed_font_paths():
                    raise ValueError(f"Not a certificate font: {url}")
                return super().fetch(path.as_uri(), headers)
            return super().fetch(url, headers)

    return CertificateFetcher(allowed_protocols={"data", "file"})


def html_to_pdf(html):
    from weasyprint import HTML

    from . import pdf_text, subsetting

    pdf_text.install()
    subsetting.install()
    return HTML(string=html, url_fetcher=_fetcher()).write_pdf(
        pdf_tags=True, font_config=fonts.font_configuration()
    )


def render_certificate_pdf(certificate, language):
    return html_to_pdf(certificate_html(certificate, language))


def sample_pdf_response(template, request):
    """The template's admin preview: a PDF for a sample holder of one of its courses."""
    from .models import Certificate

    language = template.locale.language_code if template.locale_id else settings.LANGUAGE_CODE
    course = template.courses.first() if template.pk else None
    with translation.override(language):
        sample = Certificate(
            code=new_code(),
            holder_name=_("Sample Name"),
            course_titles={language: course.title if course else _("Sample course")},
            organisation_names={language: template.organisation},
            duration_minutes=course.duration_minutes if course else 90,
            issued_at=timezone.now(),
            expires_at=timezone.now() + timedelta(days=365),
        )
    pdf = html_to_pdf(certificate_html(sample, language, template=template))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="certificate-preview.pdf"'
    return response
