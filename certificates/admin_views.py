"""Certificate management in the Wagtail admin, for platform admins."""

import re
from datetime import date

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import Locale, ModelLogEntry

from . import services
from .codes import normalise
from .models import Certificate, CertificateExport, ExportStatus, Status

PERMISSION = "certificates.change_certificate"
PER_PAGE = 50
RECENT_EXPORTS = 20
MAX_EXPORT_YEARS = 3
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_.]+")


def may_manage(user):
    return user.is_authenticated and user.has_perm(PERMISSION)


def manageable_certificates(user):
    """The queryset half: every certificate for admins, none for anyone else."""
    if not may_manage(user):
        return Certificate.objects.none()
    return Certificate.objects.select_related("user")


def _certificate_for(user, pk):
    """The object half: the certificate, if ``user`` may manage it."""
    if not may_manage(user):
        raise PermissionDenied
    return get_object_or_404(manageable_certificates(user), pk=pk)


def visible_exports(user):
    if not may_manage(user):
        return CertificateExport.objects.none()
    return CertificateExport.objects.select_related("requested_by")


def _export_for(user, pk):
    if not may_manage(user):
        raise PermissionDenied
    return get_object_or_404(visible_exports(user), pk=pk)


def _require_permission(request):
    if not may_manage(request.user):
        raise PermissionDenied


def course_choices():
    from courses.models import CoursePage

    pages = CoursePage.objects.filter(locale=Locale.get_default()).order_by("title")
    return [(str(page.translation_key), page.title) for page in pages]


class FilterForm(forms.Form):
    q = forms.CharField(label=gettext_lazy("Search"), required=False, max_length=200)
    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False)
    course = forms.ChoiceField(label=gettext_lazy("Course"), required=False)
    issued_from = forms.DateField(
        label=gettext_lazy("Issued from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    issued_to = forms.DateField(
        label=gettext_lazy("Issued until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["status"].choices = everything + list(Status.choices)
        self.fields["course"].choices = everything + course_choices()

    def filter(self, queryset):
        """``queryset`` narrowed by every field that is valid; invalid ones are ignored."""
        data = self.cleaned_data if self.is_bound else {}
        query = (data.get("q") or "").strip()
        if query:
            condition = (
                Q(holder_name__icontains=query)
                | Q(code__icontains=query)
                | Q(user__email__icontains=query)
            )
            code = normalise(query)
            if code:
                condition |= Q(code=code)
            squeezed = _SEPARATORS.sub("", query).upper()
            if squeezed and squeezed != query:
                condition |= Q(code__icontains=squeezed)
            queryset = queryset.filter(condition)
        if data.get("status"):
            queryset = queryset.with_status(Status(data["status"]))
        if data.get("course"):
            queryset = queryset.filter(course_key=data["course"])
        if data.get("issued_from"):
            queryset = queryset.filter(issued_at__date__gte=data["issued_from"])
        if data.get("issued_to"):
            queryset = queryset.filter(issued_at__date__lte=data["issued_to"])
        return queryset


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for revoking"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": gettext_lazy("Give the reason for revoking.")},
    )


def _add_years(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class ExportForm(forms.Form):
    date_from = forms.DateField(
        label=gettext_lazy("Issued from"), widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=gettext_lazy("Issued until"), widget=forms.DateInput(attrs={"type": "date"})
    )
    language = forms.ChoiceField(label=gettext_lazy("Language"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("Each holder's preferred language"))] + [
            (code, name) for code, name in settings.LANGUAGES
        ]

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end:
            if start > end:
                self.add_error("date_to", _("The end date must not be before the start date."))
            elif end > _add_years(start, MAX_EXPORT_YEARS):
                self.add_error(
                    "date_to",
                    _("An export covers at most %(years)s years.") % {"years": MAX_EXPORT_YEARS},
                )
        return data


def index(request):
    _require_permission(request)
    form = FilterForm(request.GET or None)
    if form.is_bound:
        form.is_valid()
    certificates = form.filter(manageable_certificates(request.user)).order_by("-issued_at", "-pk")
    page = Paginator(certificates, PER_PAGE).get_page(request.GET.get("p"))
    language = get_language()
    rows = [
        {
            "certificate": certificate,
            "course_title": certificate.course_title(language),
            "status": certificate.status(),
            "status_label": certificate.status_label,
        }
        for certificate in page
    ]
    return TemplateResponse(
        request,
        "certificates/admin/index.html",
        {"form": form, "page": page, "rows": rows},
    )


def _detail_response(request, certificate, revoke_form=None, status=200):
    language = get_language()
    pdfs = list(certificate.pdfs.order_by("language"))
    history = ModelLogEntry.objects.for_instance(certificate).select_related("user")
    names = dict(settings.LANGUAGES)
    return TemplateResponse(
        request,
        "certificates/admin/detail.html",
        {
            "certificate": certificate,
            "course_title": certificate.course_title(language),
            "organisation": certificate.organisation(language),
            "status": certificate.status(),
            "status_label": certificate.status_label,
            "course_titles": sorted((certificate.course_titles or {}).items()),
            "pdfs": [
                {"pdf": pdf, "language_name": names.get(pdf.language, pdf.language)} for pdf in pdfs
            ],
            "languages": list(settings.LANGUAGES),
            "history": history.order_by("-timestamp", "-pk"),
            "revoke_form": revoke_form or RevokeForm(),
        },
        status=status,
    )


def detail(request, pk):
    certificate = _certificate_for(request.user, pk)
    return _detail_response(request, certificate)


@require_POST
def revoke(request, pk):
    certificate = _certificate_for(request.user, pk)
    form = RevokeForm(request.POST)
    if not form.is_valid():
        return _detail_response(request, certificate, revoke_form=form)
    if services.revoke(certificate, by=request.user, reason=form.cleaned_data["reason"]):
        messages.success(request, _("The certificate was revoked."))
    else:
        messages.warning(request, _("The certificate was already revoked."))
    return redirect("certificate_admin:detail", pk=certificate.pk)


@require_POST
def reinstate(request, pk):
    certificate = _certificate_for(request.user, pk)
    if services.reinstate(certificate, by=request.user):
        messages.success(request, _("The certificate was reinstated."))
    else:
        messages.warning(request, _("The certificate was not revoked."))
    return redirect("certificate_admin:detail", pk=certificate.pk)


@require_POST
def rerender(request, pk):
    from .rendering import pick_language
    from .tasks import render_pdf

    certificate = _certificate_for(request.user, pk)
    language = pick_language(getattr(certificate.user, "preferred_language", ""))
    with transaction.atomic():
        services.discard_pdfs(certificate, by=request.user)
        transaction.on_commit(lambda: render_pdf.delay(certificate.pk, language))
    messages.success(request, _("The certificate's PDFs will be drawn again."))
    return redirect("certificate_admin:detail", pk=certificate.pk)


def exports(request):
    _require_permission(request)
    if request.method == "POST":
        form = ExportForm(request.POST)
        if form.is_valid():
            from .tasks import build_export

            with transaction.atomic():
                export = CertificateExport.objects.create(
                    requested_by=request.user,
                    date_from=form.cleaned_data["date_from"],
                    date_to=form.cleaned_data["date_to"],
                    language=form.cleaned_data["language"],
                )
                transaction.on_commit(lambda: build_export.delay(export.pk))
            messages.success(request, _("The export was started."))
            return redirect("certificate_admin:export_detail", pk=export.pk)
    else:
        today = date.today()
        form = ExportForm(initial={"date_from": today.replace(day=1), "date_to": today})
    recent = visible_exports(request.user).order_by("-created_at", "-pk")[:RECENT_EXPORTS]
    return TemplateResponse(
        request,
        "certificates/admin/exports.html",
        {"form": form, "exports": recent},
        status=400 if form.is_bound and form.errors else 200,
    )


def export_detail(request, pk):
    export = _export_for(request.user, pk)
    return TemplateResponse(
        request,
        "certificates/admin/export_detail.html",
        {
            "export": export,
            "in_progress": export.status in (ExportStatus.PENDING, ExportStatus.RUNNING),
            "downloadable": export.status == ExportStatus.DONE and bool(export.file),
            "language_name": dict(settings.LANGUAGES).get(export.language, ""),
        },
    )


def export_download(request, pk):
    export = _export_for(request.user, pk)
    if export.status != ExportStatus.DONE or not export.file:
        messages.warning(request, _("This ZIP is not ready yet."))
        return redirect("certificate_admin:export_detail", pk=export.pk)
    if not default_storage.exists(export.file.name):
        messages.error(request, _("The file of this ZIP is gone. Please build it again."))
        return redirect("certificate_admin:export_detail", pk=export.pk)
    filename = f"certificates-{export.date_from.isoformat()}-{export.date_to.isoformat()}.zip"
    response = FileResponse(
        default_storage.open(export.file.name, "rb"),
        content_type="application/zip",
        as_attachment=True,
        filename=filename,
    )
    response["Cache-Control"] = "private, no-store"
    return response
