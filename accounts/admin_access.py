"""Whether to show a signed-in user the way into the Wagtail admin, without a query a page.

The answer is worked out when the user signs in and kept in their session: learners' pages
keep their query counts, and the header's "Admin" link costs nothing. It only shows the
way: the admin checks the permission itself on every request.
"""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

SESSION_KEY = "accounts.can_open_admin"


def may_open_admin(user):
    return user.is_active and user.has_perm("wagtailadmin.access_admin")


def shows_admin_link(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return user.is_active
    session = request.session
    if SESSION_KEY not in session:  # a session from before this was stored
        session[SESSION_KEY] = may_open_admin(user)
    return session[SESSION_KEY]


@receiver(user_logged_in, dispatch_uid="accounts.remember_admin_access")
def remember_admin_access(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = may_open_admin(user)
