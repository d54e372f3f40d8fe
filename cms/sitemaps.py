"""``sitemap.xml``: an index of one sitemap per language, each page with its translations.

A page is listed when it is live, not under a view restriction (``public()``), not
an alias (the untranslated original shown in another language's tree) and its
``get_sitemap_urls`` lists it: page types that only ask visitors to sign in or
redirect elsewhere return nothing there. Views that are not pages (sign-in,
My learning, certificate verification) are never listed; they carry ``noindex``.
"""

from django.conf import settings

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from .seo import absolute_url


class LocaleSitemap(Sitemap):
    def __init__(self, request, language_code):
        super().__init__(request)
        self.language_code = language_code

    def _home(self):
        root = self.get_wagtail_site().root_page
        locale = Locale.objects.filter(language_code=self.language_code).first()
        return root.get_translation_or_none(locale) if locale else None

    def items(self):
        home = self._home()
        if home is None or not home.live:
            return Page.objects.none()
        return (
            home.get_descendants(inclusive=True)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _public_location(self, location):
        """Wagtail's address for a page (from the Site record) on the site's public address."""
        root_url = self.get_wagtail_site().root_url
        if location.startswith(root_url):
            return absolute_url(location[len(root_url) :] or "/")
        return location

    def _translations(self):
        """Each listed page's translations: ``{translation_key: [(code, address)]}``."""
        pages = (
            Page.objects.live()
            .public()
            .filter(alias_of__isnull=True, depth__gte=2)
            .select_related("locale")
        )
        found = {}
        for page in pages:
            url = page.get_url(self.request)
            if url:
                found.setdefault(page.translation_key, {})[page.locale.language_code] = url
        order = [code for code, _name in settings.LANGUAGES]
        return {
            key: [(code, absolute_url(urls[code])) for code in order if code in urls]
            for key, urls in found.items()
        }

    def _urls(self, page, protocol, domain):
        translations = self._translations()
        urls = []
        for item in self.paginator.page(page).object_list.iterator():
            alternates = translations.get(item.translation_key, [])
            own = dict(alternates).get(self.language_code)
            for info in item.get_sitemap_urls(self.request):
                info = {**info, "location": self._public_location(info["location"])}
                if len(alternates) > 1 and info["location"] == own:
                    default = dict(alternates).get(settings.LANGUAGE_CODE, alternates[0][1])
                    info["alternates"] = [
                        *({"lang_code": code, "location": url} for code, url in alternates),
                        {"lang_code": "x-default", "location": default},
                    ]
                urls.append(info)
        lastmods = {info.get("lastmod") for info in urls}
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
