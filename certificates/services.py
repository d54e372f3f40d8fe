"""Issuing, renewing, revoking and rendering certificates. Each is safe to repeat.

"Exactly once" rests on the database: one certificate per learner, course and
round (a unique constraint), one renewal per certificate (a one-to-one key) and
one PDF per certificate and language, rendered while the certificate row is locked.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, models, transaction
from django.utils import timezone

from wagtail.log_actions import log

from .codes import new_code
from .models import Certificate, CertificatePDF, Status
from .rendering import pick_language, render_certificate_pdf, template_for

logger = logging.getLogger(__name__)

#: Holders may renew from this long before expiry; reminders go out at these marks.
RENEWAL_WINDOW = timedelta(days=60)
REMINDER_DAYS = (60, 14)


@dataclass
class IssueResult:
    certificate: Certificate
    created: bool


def _add_months(moment, months):
    month = moment.month - 1 + months
    year = moment.year + month // 12
    month = month % 12 + 1
    import calendar

    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def _printed_fields(user, course, now):
    """What the certificate prints, frozen now: names and titles in every language."""
    titles = {
        page.locale.language_code: page.title
        for page in course.get_translations(inclusive=True).live().select_related("locale")
    }
    organisations = {}
    for language in titles:
        template = template_for(course.translation_key, language)
        if template is not None:
            organisations[language] = template.organisation
    template = template_for(course.translation_key, settings.LANGUAGE_CODE)
    months = course.certificate_valid_months
    return {
        "holder_name": user.full_name or user.email,
        "course_titles": titles,
        "organisation_names": organisations,
        "duration_minutes": course.duration_minutes,
        "template_key": template.translation_key if template else None,
        "issued_at": now,
        "expires_at": _add_months(now, months) if months else None,
    }


def _create(user, course, round_number, renews=None):
    now = timezone.now()
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                user=user,
                course_key=course.translation_key,
                round=round_number,
                renews=renews,
                code=new_code(),
                **_printed_fields(user, course, now),
            )
    except IntegrityError:
        existing = Certificate.objects.filter(
            user=user, course_key=course.translation_key, round=round_number
        ).first()
        if existing is None and renews is not None:
            existing = Certificate.objects.filter(renews=renews).first()
        if existing is None:  # a different constraint failed: not ours to hide
            raise
        return IssueResult(existing, False)
    transaction.on_commit(lambda: _after_issue(certificate.pk))
    logger.info("Issued certificate %s (round %s)", certificate.pk, round_number)
    return IssueResult(certificate, True)


def _after_issue(certificate_pk):
    """Render the PDF and tell the holder. Failures are logged: the PDF is drawn on
    demand when first downloaded, so the learner's request never fails over it."""
    from .tasks import notify_issued, render_pdf

    certificate = Certificate.objects.select_related("user").get(pk=certificate_pk)
    language = pick_language(getattr(certificate.user, "preferred_language", ""))
    for task, args in (
        (render_pdf, (certificate_pk, language)),
        (notify_issued, (certificate_pk,)),
    ):
        try:
            task.delay(*args)
        except Exception:
            logger.exception("%s failed for certificate %s", task.name, certificate_pk)


def issue_certificate(user, course):
    """The learner's first certificate for ``course``, issued once however often asked."""
    if not course.awards_certificate:
        return None
    from courses.models import Enrolment

    if not Enrolment.objects.filter(
        user=user, course_key=course.translation_key, completed_at__isnull=False
    ).exists():
        raise PermissionDenied("The course is not complete.")
    first = Certificate.objects.filter(user=user, course_key=course.translation_key).first()
    if first is not None:
        return IssueResult(first, False)
    return _create(user, course, 1)


def issue_missing_certificates():
    """Certificates for completed courses that have none (a failed or lost task)."""
    from courses.models import CoursePage, Enrolment

    awarding = {
        page.translation_key: page
        for page in CoursePage.objects.live().filter(awards_certificate=True).order_by("-pk")
    }
    issued = 0
    missing = Enrolment.objects.completed().filter(course_key__in=list(awarding))
    missing = missing.filter(
        ~models.Exists(
            Certificate.objects.filter(
                user=models.OuterRef("user"), course_key=models.OuterRef("course_key")
            )
        )
    ).select_related("user")
    for enrolment in missing.iterator():
        result = issue_certificate(enrolment.user, awarding[enrolment.course_key])
        issued += bool(result and result.created)
    return issued


def latest_certificate(user, course_key):
    return Certificate.objects.filter(user=user, course_key=course_key).order_by("-round").first()


def renewal_opens(certificate):
    """When its holder may renew ``certificate``, or ``None`` if it cannot be renewed."""
    if certificate.expires_at is None or certificate.revoked_at is not None:
        return None
    return certificate.expires_at - RENEWAL_WINDOW


def renew_certificate(user, course):
    """After the holder passed the final assessment again: the next round, once.

    Only when their latest certificate can be renewed now (within the window before
    expiry, or expired); a revoked certificate is never renewed this way.
    """
    latest = latest_certificate(user, course.translation_key)
    if latest is None or not course.awards_certificate:
        return None
    opens = renewal_opens(latest)
    if opens is None or timezone.now() < opens:
        return None
    return _create(user, course, latest.round + 1, renews=latest)


def revoke(certificate, by, reason):
    reason = (reason or "").strip()
    if not reason:
        raise ValueError("A reason is required.")
    with transaction.atomic():
        updated = Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).update(
            revoked_at=timezone.now(), revoked_by=by, revoked_reason=reason
        )
        certificate.refresh_from_db()
        if updated:
            log(certificate, "certificates.revoke", user=by, data={"reason": reason})
    return bool(updated)


def reinstate(certificate, by):
    with transaction.atomic():
        updated = Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=False).update(
            revoked_at=None, revoked_by=None, revoked_reason=""
        )
        certificate.refresh_from_db()
        if updated:
            log(certificate, "certificates.reinstate", user=by)
    return bool(updated)


def pdf_name(certificate, language):
    return f"certificates/{certificate.file_token.hex}/{certificate.code.lower()}-{language}.pdf"


def existing_pdf(certificate, language):
    pdf = CertificatePDF.objects.filter(certificate=certificate, language=language).first()
    if pdf is not None and pdf.file and default_storage.exists(pdf.file.name):
        return pdf
    return None


def ensure_pdf(certificate_pk, language):
    """The PDF of a certificate in ``language``, rendered and stored if it is missing.

    The certificate row stays locked while rendering, so two workers wait for each
    other and the second finds the first one's file; a worker killed mid-way rolls
    back and leaves nothing half-done behind but a file the next run overwrites.
    """
    language = pick_language(language)
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate_pk)
        pdf = existing_pdf(certificate, language)
        if pdf is not None:
            return pdf
        logger.info("Rendering certificate %s in %s", certificate.pk, language)
        data = render_certificate_pdf(certificate, language)
        name = pdf_name(certificate, language)
        if default_storage.exists(name):
            default_storage.delete(name)
        saved = default_storage.save(name, ContentFile(data))
        pdf, _created = CertificatePDF.objects.update_or_create(
            certificate=certificate,
            language=language,
            defaults={"file": saved, "rendered_at": timezone.now()},
        )
        logger.info("Rendered certificate %s in %s", certificate.pk, language)
    return pdf


def discard_pdfs(certificate, by=None):
    """Drop the stored PDFs so they are drawn again (after a template change)."""
    for pdf in certificate.pdfs.all():
        if pdf.file and default_storage.exists(pdf.file.name):
            default_storage.delete(pdf.file.name)
        pdf.delete()
    if by is not None:
        log(certificate, "certificates.rerender", user=by)


def status_of(certificate, now=None):
    return Status(certificate.status(now))
