"""Public verification, the holder's own certificates and their PDFs."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .codes import grouped, normalise
from .models import Certificate
from .ratelimit import allow
from .rendering import pick_language, site_languages
from .services import existing_pdf, renewal_opens


def _noindex(response):
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _limited(request):
    if allow(request, "certificate-verify", settings.CERTIFICATE_VERIFY_RATE):
        return None
    response = TemplateResponse(request, "certificates/rate_limited.html", status=429)
    response["Retry-After"] = "60"
    return _noindex(response)


@require_GET
def verify_form(request):
    typed = request.GET.get("code", "")
    error = None
    if "code" in request.GET:
        code = normalise(typed)
        if code:
            return redirect("certificates:verify_code", code=grouped(code))
        error = _(
            "A certificate code has 24 letters and digits, for example "
            "K7QF-2M9X-… as printed beside the QR code. Please check it and try again."
        )
    response = TemplateResponse(
        request,
        "certificates/verify.html",
        {"typed": typed, "error": error},
        status=400 if error else 200,
    )
    return _noindex(response)


@require_GET
@never_cache
def verify_code(request, code):
    limited = _limited(request)
    if limited is not None:
        return limited
    normal = normalise(code)
    # One indexed lookup either way; an impossible code looks up an impossible value,
    # so found and not found cost the same.
    certificate = Certificate.objects.filter(code=normal or "-").first()
    if certificate is not None and code != grouped(normal):
        return redirect("certificates:verify_code", code=grouped(normal))
    language = get_language()
    context = {"certificate": certificate, "typed": code}
    if certificate is not None:
        context.update(
            status=certificate.status(),
            course_title=certificate.course_title(language),
            organisation=certificate.organisation(language),
        )
    response = TemplateResponse(
        request,
        "certificates/verify_result.html",
        context,
        status=200 if certificate is not None else 404,
    )
    return _noindex(response)


@login_required
@require_GET
def my_certificates(request):
    certificates = list(
        Certificate.objects.for_user(request.user)
        .select_related("renewed_by")
        .order_by("-issued_at")
    )
    language = get_language()
    rows = [
        {
            "certificate": certificate,
            "status": certificate.status(),
            "course_title": certificate.course_title(language),
            "renewal_opens": renewal_opens(certificate),
            "renewed": hasattr(certificate, "renewed_by"),
        }
        for certificate in certificates
    ]
    languages = [(code, name) for code, name in settings.LANGUAGES]
    return TemplateResponse(
        request, "certificates/my_certificates.html", {"rows": rows, "languages": languages}
    )


def _may_download(user, certificate):
    return certificate.user_id == user.pk or user.has_perm("certificates.view_certificate")


@login_required
@require_GET
def download(request, code):
    normal = normalise(code)
    certificate = Certificate.objects.filter(code=normal or "-").first()
    if certificate is None or not _may_download(request.user, certificate):
        raise Http404(_("There is no such certificate."))
    if certificate.revoked_at and not request.user.has_perm("certificates.view_certificate"):
        raise Http404(_("This certificate was revoked."))
    language = request.GET.get("language") or request.user.preferred_language or get_language()
    if language not in site_languages():
        language = pick_language(get_language())
    pdf = existing_pdf(certificate, language)
    if pdf is None:
        from .tasks import render_pdf

        render_pdf.delay(certificate.pk, language)  # in-process without a broker
        pdf = existing_pdf(certificate, language)
    if pdf is None:
        response = TemplateResponse(
            request,
            "certificates/preparing.html",
            {"certificate": certificate, "language": language},
            status=202,
        )
        response["Retry-After"] = "5"
        return response
    filename = f"certificate-{certificate.code.lower()}-{language}.pdf"
    response = FileResponse(
        pdf.file.open("rb"), content_type="application/pdf", as_attachment=True, filename=filename
    )
    response["Cache-Control"] = "private, no-store"
    return response
