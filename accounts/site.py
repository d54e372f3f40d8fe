"""The site's name and address as account emails and pages show them."""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext


@dataclass(frozen=True)
class EmailSite:
    """What allauth's templates read from ``current_site``: a name and a domain.

    The project does not install the Sites framework (Wagtail has its own), so
    allauth would otherwise render "Hello from !" with an empty name.
    """

    name: str
    domain: str


def site_name():
    """SITE_NAME in the current language: the default, "TIP Learning", has an Urdu name."""
    return gettext(settings.WAGTAIL_SITE_NAME)


def current_site(request=None):
    if request is not None:
        domain = request.get_host()
    else:
        domain = urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc
    return EmailSite(name=site_name(), domain=domain)
