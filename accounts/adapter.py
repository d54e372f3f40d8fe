import time
from datetime import UTC, datetime

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal.flows.login import get_authentication_records
from allauth.core import context as allauth_context
from allauth.mfa.models import Authenticator

from .services import queue_email
from .site import current_site


class AccountAdapter(DefaultAccountAdapter):
    """allauth glue: emails go through Celery; signing in switches to the user's language."""

    def send_mail(self, template_prefix, email, context):
        # Render in the request (language, site, links), send in a task.
        language = translation.get_language()
        user = context.get("user")
        if user is not None and getattr(user, "preferred_language", None):
            language = user.preferred_language
        with translation.override(language):
            request = context.get("request") or getattr(self, "request", None)
            ctx = {"email": email, **context, "current_site": current_site(request)}
            if request is not None:
                ctx.setdefault("request", request)
            message = self.render_mail(template_prefix, email, ctx)
        queue_email(message)

    def is_reauthentication_required(self, *, app, **kwargs):
        """No second password prompt while setting up a first second factor after signing in.

        Staff are sent to set up TOTP on their first admin visit, straight after typing
        their password, and then shown their recovery codes; allauth would ask for the
        password again at each step, since only an explicit reauthentication counts.
        A session that signed in with its password within allauth's reauthentication
        window, when the account had no second factor yet, may finish setting one up.
        Changing or removing a factor that existed before still asks.
        """
        required = super().is_reauthentication_required(app=app, **kwargs)
        request = getattr(allauth_context, "request", None)
        if required and app == "allauth.mfa" and request is not None:
            return not _setting_up_first_factor(request)
        return required

    def get_login_redirect_url(self, request):
        # Without a ``next``, a learner goes on with their courses, in their language.
        language = getattr(request.user, "preferred_language", "") or settings.LANGUAGE_CODE
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        with translation.override(language):
            return reverse("courses:my_learning")

    def post_login(self, request, user, **kwargs):
        response = super().post_login(request, user, **kwargs)
        language = user.preferred_language
        if language not in dict(settings.LANGUAGES):
            return response
        location = response.get("Location") if response is not None else None
        if location:
            response["Location"] = translate_url(location, language)
        if response is not None:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                samesite="Lax",
            )
        return response


def _setting_up_first_factor(request):
    """Signed in with the password moments ago, and every authenticator is newer than that."""
    user = request.user
    if not user.is_authenticated:
        return False
    signed_in = [
        record["at"]
        for record in get_authentication_records(request, user)
        if record.get("method") == "password" and "at" in record
    ]
    if not signed_in or time.time() - signed_in[-1] >= account_settings.REAUTHENTICATION_TIMEOUT:
        return False
    since = datetime.fromtimestamp(signed_in[-1], tz=UTC)
    return not Authenticator.objects.filter(user=user, created_at__lt=since).exists()
