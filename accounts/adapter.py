from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation

from allauth.account.adapter import DefaultAccountAdapter

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
