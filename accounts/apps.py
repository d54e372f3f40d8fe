from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import admin_access  # noqa: F401 (connects its signal receiver)


class WagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that know our user model's fields."""

    user_viewset = "accounts.viewsets.UserViewSet"
