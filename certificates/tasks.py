"""Background work for certificates. Arguments are primary keys; every task is idempotent."""

import logging

from celery import shared_task

logger = logging.getLogger(__name__)

RETRY = {"acks_late": True, "retry_backoff": 10, "retry_backoff_max": 300, "max_retries": 6}


@shared_task(autoretry_for=(Exception,), **RETRY)
def issue_for_completion(user_id, course_key):
    """Issue the certificate of a completed course (from the ``course_completed`` signal)."""
    from django.contrib.auth import get_user_model

    from courses.models import CoursePage

    from .services import issue_certificate

    user = get_user_model().objects.filter(pk=user_id).first()
    course = CoursePage.objects.filter(translation_key=course_key).order_by("pk").first()
    if user is None or course is None:
        return None
    result = issue_certificate(user, course)
    return result.certificate.pk if result else None


@shared_task(autoretry_for=(Exception,), **RETRY)
def renew_after_assessment(user_id, course_key):
    from django.contrib.auth import get_user_model

    from courses.models import CoursePage

    from .services import renew_certificate

    user = get_user_model().objects.filter(pk=user_id).first()
    course = CoursePage.objects.filter(translation_key=course_key).order_by("pk").first()
    if user is None or course is None:
        return None
    result = renew_certificate(user, course)
    return result.certificate.pk if result else None


@shared_task(autoretry_for=(Exception,), **RETRY)
def render_pdf(certificate_id, language):
    from .services import ensure_pdf

    return ensure_pdf(certificate_id, language).pk


@shared_task(autoretry_for=(Exception,), **RETRY)
def notify_issued(certificate_id):
    from .notifications import send_issued

    return send_issued(certificate_id)


@shared_task(acks_late=True)
def issue_missing_certificates():
    """Hourly: certificates for completed courses whose issuing task was lost."""
    from .services import issue_missing_certificates as issue

    return issue()


@shared_task(acks_late=True)
def send_expiry_reminders():
    """Daily: tell holders their certificate expires in 60 and in 14 days (once each)."""
    from .notifications import send_reminders

    return send_reminders()


@shared_task(acks_late=True, soft_time_limit=60 * 55, time_limit=60 * 60)
def build_export(export_id):
    from .exports import build

    return build(export_id)
