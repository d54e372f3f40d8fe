"""Django's ``LocaleMiddleware``, minus one guess for addresses without a language.

On a 404 Django tries the same address under ``/en/`` and redirects there if it
resolves; under ``/en/`` the page tree resolves every address, so a mistyped admin
URL or an expired H5P player link was sent to a site page instead of answering
404. The parts of the site that never carry a language keep their own 404s.
"""

from django.middleware import locale
from django.utils import translation

#: Address prefixes outside ``i18n_patterns`` (see ``config/urls.py``).
UNPREFIXED = ("/admin/", "/h5p/", "/documents/", "/static/", "/media/")


class LocaleMiddleware(locale.LocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
