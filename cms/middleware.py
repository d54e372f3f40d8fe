"""The site's own middleware: Django's ``LocaleMiddleware`` minus one guess, and
``noindex`` on views that are not pages.

On a 404 Django tries the same address under ``/en/`` and redirects there if it
resolves; under ``/en/`` the page tree resolves every address, so a mistyped admin
URL or an expired H5P player link was sent to a site page instead of answering
404. The parts of the site that never carry a language keep their own 404s.
"""

from django.middleware import locale
from django.utils import translation

#: Address prefixes outside ``i18n_patterns`` (see ``config/urls.py``).
UNPREFIXED = (
    "/admin/",
    "/h5p/",
    "/documents/",
    "/static/",
    "/media/",
    "/robots.txt",
    "/sitemap",
)


class LocaleMiddleware(locale.LocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


def noindex_views(get_response):
    """``X-Robots-Tag: noindex`` on the site's views that are not Wagtail pages.

    Sign-in and account pages, My learning, My certificates and certificate
    verification are for the person using them, not for search results. Pages are
    indexed (or not) by what the sitemap lists; a view that sets its own header keeps it.
    """

    def middleware(request):
        response = get_response(request)
        match = request.resolver_match
        if (
            match is not None
            and match.url_name != "wagtail_serve"
            and response.get("Content-Type", "").startswith("text/html")
        ):
            response.headers.setdefault("X-Robots-Tag", "noindex")
        return response

    return middleware
