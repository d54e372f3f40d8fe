import logging
import smtplib

from django.core.mail import EmailMultiAlternatives

from celery import Task, shared_task

logger = logging.getLogger(__name__)


class EmailTask(Task):
    """Keeps the message out of the result backend, which holds a task's arguments for a
    week (CELERY_RESULT_EXTENDED): only the subject and the number of recipients are
    recorded, never a body with its sign-in or password-reset links."""

    def apply_async(self, args=None, kwargs=None, **options):
        fields = kwargs or {}
        options.setdefault("argsrepr", "()")
        options.setdefault(
            "kwargsrepr",
            repr({"subject": fields.get("subject"), "recipients": len(fields.get("to") or [])}),
        )
        return super().apply_async(args, kwargs, **options)


@shared_task(
    base=EmailTask,
    bind=True,
    acks_late=True,
    autoretry_for=(smtplib.SMTPException, OSError),
    retry_backoff=30,
    retry_backoff_max=600,
    max_retries=8,
)
def send_email(self, subject, body, to, from_email=None, html=None, headers=None):
    """Send one email that was rendered in the request that asked for it.

    Arguments are plain strings (never model instances) so the task is safe
    to serialise and to retry: a retry sends the same message again, and an
    email is the one thing here where a rare duplicate beats a lost message.
    """
    message = EmailMultiAlternatives(
        subject=subject, body=body, from_email=from_email, to=to, headers=headers or {}
    )
    if html:
        message.attach_alternative(html, "text/html")
    sent = message.send()
    logger.info("Sent email %r to %d recipient(s)", subject, len(to))
    return sent
