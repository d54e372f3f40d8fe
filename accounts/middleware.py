from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from allauth.mfa.utils import is_mfa_enabled


def can_access_admin(user):
    return user.is_active and (
        user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")
    )


class StaffMFARequiredMiddleware:
    """Anyone who can open the Wagtail admin must first set up an authenticator app.

    Only requests for the admin pay for the check; the learner's pages do not.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        admin_prefix = reverse("wagtailadmin_home")
        user = request.user
        if (
            request.path.startswith(admin_prefix)
            and user.is_authenticated
            and not request.path.startswith(reverse("wagtailadmin_logout"))
            and can_access_admin(user)
            and not is_mfa_enabled(user)
        ):
            messages.warning(
                request,
                _(
                    "Staff accounts must use two-step verification. Set up an "
                    "authenticator app to open the admin."
                ),
            )
            return redirect(f"{reverse('mfa_activate_totp')}?{urlencode({'next': request.path})}")
        return self.get_response(request)
