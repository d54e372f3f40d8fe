"""Emails to holders: a certificate was issued; one is about to expire."""

from datetime import timedelta

from django.template.loader import render_to_string
from django.utils import timezone, translation

from accounts.services import queue_email

from .models import Certificate
from .rendering import pick_language


def _site_url(path):
    from django.conf import settings

    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send(certificate, template, **context):
    from django.core.mail import EmailMultiAlternatives
    from django.urls import reverse

    user = certificate.user
    if user is None or not user.email:
        return False
    language = pick_language(user.preferred_language)
    with translation.override(language):
        context = {
            "certificate": certificate,
            "user": user,
            "course_title": certificate.course_title(language),
            "verification_url": certificate.verification_url(language),
            "my_certificates_url": _site_url(reverse("certificates:mine")),
            **context,
        }
        subject = render_to_string(f"certificates/email/{template}_subject.txt", context)
        body = render_to_string(f"certificates/email/{template}.txt", context)
    message = EmailMultiAlternatives(subject=" ".join(subject.split()), body=body, to=[user.email])
    queue_email(message)
    return True


def send_issued(certificate_id):
    certificate = Certificate.objects.select_related("user").filter(pk=certificate_id).first()
    if certificate is None:
        return False
    return _send(certificate, "issued")


def send_reminders(now=None):
    """Each certificate gets each reminder once: the mark is set before the email goes."""
    now = now or timezone.now()
    sent = 0
    for days, field in ((60, "reminded_60_at"), (14, "reminded_14_at")):
        due = Certificate.objects.valid(now).filter(
            expires_at__lte=now + timedelta(days=days),
            renewed_by__isnull=True,
            **{f"{field}__isnull": True},
        )
        if days == 60:
            # A certificate already inside 14 days only needs the 14-day reminder.
            due = due.filter(expires_at__gt=now + timedelta(days=14))
        for certificate in due.select_related("user").iterator():
            claimed = Certificate.objects.filter(
                pk=certificate.pk, **{f"{field}__isnull": True}
            ).update(**{field: now})
            if claimed and _send(certificate, "expiring", days=days):
                sent += 1
    return sent
