from django.db import transaction

from wagtail.users.models import UserProfile

from .tasks import send_email


def queue_email(message):
    """Hand a rendered ``EmailMessage`` to Celery once the transaction commits."""
    html = None
    for content, mimetype in getattr(message, "alternatives", []):
        if mimetype == "text/html":
            html = content
    if message.content_subtype == "html":
        html, body = message.body, ""
    else:
        body = message.body
    kwargs = {
        "subject": message.subject,
        "body": body,
        "to": list(message.to),
        "from_email": message.from_email,
        "html": html,
        "headers": dict(message.extra_headers),
    }
    transaction.on_commit(lambda: send_email.delay(**kwargs))


def update_profile(user, *, full_name, preferred_language, audience=None):
    """Save the learner's profile and keep the admin's language in step with the site's."""
    user.full_name = full_name
    user.preferred_language = preferred_language
    fields = ["full_name", "preferred_language"]
    if audience is not None:
        user.audience = audience
        fields.append("audience")
    user.save(update_fields=fields)
    profile = UserProfile.get_for_user(user)
    if profile.preferred_language != preferred_language:
        profile.preferred_language = preferred_language
        profile.save(update_fields=["preferred_language"])
