"""Certificates: what was issued to whom, the PDFs rendered from it, templates and exports.

A certificate is keyed by the course's ``translation_key`` (one course in every
language) and an issue *round*: the first completion issues round 1, each renewal
the next round, and the old rounds keep their history.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import PreviewableMixin, TranslatableMixin

from courses.models.progress import LearnerDataQuerySet

from .codes import grouped

#: The placeholders a template's body may use.
PLACEHOLDERS = ("name", "course", "date", "hours")


class Status(models.TextChoices):
    VALID = "valid", _("Valid")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")


class SignatoryBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    title = blocks.CharBlock(label=_("Title"), max_length=160, required=False)
    signature = ImageChooserBlock(label=_("Signature image"), required=False)

    class Meta:
        icon = "user"
        label = _("Signatory")


class CertificateTemplate(PreviewableMixin, TranslatableMixin, ClusterableModel):
    """How certificates look, per language; platform admins edit it in the admin.

    A course uses the template that names it, else the default template.
    """

    name = models.CharField(_("name"), max_length=120, help_text=_("Only shown in the admin."))
    heading = models.CharField(_("heading"), max_length=120, default="Certificate of completion")
    body = models.TextField(
        _("body text"),
        help_text=_(
            "Placeholders: {name} (the holder), {course}, {date} (of issue), {hours} "
            "(the course's estimated hours)."
        ),
        default="This certifies that {name} has completed the course {course} "
        "({hours} hours) on {date}.",
    )
    organisation = models.CharField(
        _("issuing organisation"), max_length=200, default="TIP Learning"
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signatories = StreamField(
        [("signatory", SignatoryBlock())], verbose_name=_("signatories"), blank=True
    )
    courses = ParentalManyToManyField(
        "courses.CoursePage",
        verbose_name=_("courses that use it"),
        blank=True,
        related_name="+",
    )
    is_default = models.BooleanField(
        _("default template"),
        default=False,
        help_text=_("Used by courses that no template names."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("heading"),
        FieldPanel("body"),
        FieldPanel("organisation"),
        FieldPanel("logo"),
        FieldPanel("signatories"),
        MultiFieldPanel([FieldPanel("courses"), FieldPanel("is_default")], heading=_("Use")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")

    def __str__(self):
        return self.name

    def clean(self):
        from django.core.exceptions import ValidationError

        from .rendering import unknown_placeholders

        super().clean()
        unknown = unknown_placeholders(self.body)
        if unknown:
            raise ValidationError(
                {
                    "body": _("Unknown placeholders: %(names)s. Use only %(allowed)s.")
                    % {
                        "names": ", ".join(unknown),
                        "allowed": ", ".join(f"{{{p}}}" for p in PLACEHOLDERS),
                    }
                }
            )

    def serve_preview(self, request, mode_name):
        from .rendering import sample_pdf_response

        return sample_pdf_response(self, request)


class CertificateQuerySet(LearnerDataQuerySet):
    def valid(self, now=None):
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True).filter(
            Q(expires_at__isnull=True) | Q(expires_at__gt=now)
        )

    def expired(self, now=None):
        return self.filter(revoked_at__isnull=True, expires_at__lte=now or timezone.now())

    def revoked(self):
        return self.filter(revoked_at__isnull=False)

    def with_status(self, status, now=None):
        return {
            Status.VALID: self.valid,
            Status.EXPIRED: self.expired,
            Status.REVOKED: lambda now=None: self.revoked(),
        }[status](now)


class Certificate(models.Model):
    """One certificate, as printed. Names and titles are frozen when it is issued.

    ``course_titles``: the course's title in each language it had when the
    certificate was issued, by language code: ``{"en": "…", "ur": "…"}``.
    ``organisation_names``: the issuing organisation, the same way.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("holder"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    round = models.PositiveSmallIntegerField(_("issue round"), default=1)
    renews = models.OneToOneField(
        "self",
        verbose_name=_("renews"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="renewed_by",
    )
    code = models.CharField(_("verification code"), max_length=32, unique=True)
    holder_name = models.CharField(_("name as printed"), max_length=150)
    course_titles = models.JSONField(_("course title as printed"), default=dict)
    organisation_names = models.JSONField(_("issuing organisation"), default=dict)
    duration_minutes = models.PositiveIntegerField(_("course duration (minutes)"), default=0)
    template_key = models.UUIDField(_("template"), null=True, blank=True)
    issued_at = models.DateTimeField(_("issued"), default=timezone.now, db_index=True)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_reason = models.TextField(_("reason for revoking"), blank=True)
    file_token = models.UUIDField(default=uuid.uuid4, editable=False)
    reminded_60_at = models.DateTimeField(null=True, blank=True, editable=False)
    reminded_14_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key", "round"], name="certificates_one_per_round"
            ),
        ]
        indexes = [models.Index(fields=["user", "course_key", "-round"])]

    def __str__(self):
        return f"{self.grouped_code} · {self.holder_name}"

    @property
    def grouped_code(self):
        return grouped(self.code)

    def status(self, now=None):
        if self.revoked_at:
            return Status.REVOKED
        if self.expires_at and self.expires_at <= (now or timezone.now()):
            return Status.EXPIRED
        return Status.VALID

    @property
    def status_label(self):
        return Status(self.status()).label

    def course_title(self, language=None):
        titles = self.course_titles or {}
        language = language or get_language()
        return (
            titles.get(language)
            or titles.get(settings.LANGUAGE_CODE)
            or next(iter(titles.values()), "")
        )

    def organisation(self, language=None):
        names = self.organisation_names or {}
        language = language or get_language()
        return (
            names.get(language)
            or names.get(settings.LANGUAGE_CODE)
            or next(iter(names.values()), "")
        )

    def verification_path(self, language=None):
        from django.urls import reverse
        from django.utils import translation

        with translation.override(language or get_language()):
            return reverse("certificates:verify_code", args=[self.grouped_code])

    def verification_url(self, language=None):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + self.verification_path(language)


class CertificatePDF(models.Model):
    """The rendered PDF of a certificate in one language; rendered again if lost."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="pdfs")
    language = models.CharField(_("language"), max_length=10)
    file = models.FileField(_("file"), upload_to="certificates/", max_length=255)
    rendered_at = models.DateTimeField(_("rendered"), default=timezone.now)

    class Meta:
        verbose_name = _("certificate PDF")
        verbose_name_plural = _("certificate PDFs")
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "language"], name="certificates_one_pdf_per_language"
            ),
        ]

    def __str__(self):
        return f"{self.certificate_id} · {self.language}"


class ExportStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to start")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class CertificateExport(models.Model):
    """A ZIP of the certificates issued between two dates, built by a task."""

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    date_from = models.DateField(_("issued from"))
    date_to = models.DateField(_("issued until"))
    language = models.CharField(_("language"), max_length=10, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ExportStatus.choices, default=ExportStatus.PENDING
    )
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    file = models.FileField(upload_to="certificate-exports/", blank=True, max_length=255)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("certificate export")
        verbose_name_plural = _("certificate exports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.date_from} to {self.date_to}"

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else (100 if self.done else 0)
