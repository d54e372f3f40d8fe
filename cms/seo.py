"""What search engines and link previews (WhatsApp, Facebook...) read from a page's head.

Absolute addresses start with ``BASE_URL`` (``WAGTAILADMIN_BASE_URL``), the site's
public address that certificates' QR codes use too, so a page shared, listed in
the sitemap or named as an alternate always has one address whatever host name
the request came by.
"""

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext, to_locale

from wagtail.models import Page, Site

from .cache import tree_cached

DESCRIPTION_LENGTH = 200

#: Open Graph locales (language_TERRITORY) of the site's languages; others fall back to
#: Django's form of the language code.
OG_LOCALES = {"en": "en_GB", "ur": "ur_PK", "sd": "sd_PK", "ps": "ps_PK", "pnb": "pa_PK"}

#: The share image for each language (1200 by 630 px), in static/.
SHARE_IMAGES = {"ur": "img/share-ur.png"}
SHARE_IMAGE = "img/share-en.png"
SHARE_IMAGE_SIZE = (1200, 630)


def absolute_url(url):
    """``url`` (a path, or already absolute on another site) as an absolute address."""
    if url.startswith(("http://", "https://")):
        return url
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def og_locale(language_code):
    return OG_LOCALES.get(language_code) or to_locale(language_code)


def default_description():
    return gettext(
        "Free courses on recognising, responding to, reporting and referring trafficking in "
        "persons, for police, officials and civil society, made for phones and slow connections."
    )


def page_description(page):
    """The page's search description, else its summary or introduction, as plain text."""
    for name in ("search_description", "summary", "intro"):
        value = getattr(page, name, "") if page is not None else ""
        text = " ".join(strip_tags(str(value or "")).split())
        if text:
            return Truncator(text).chars(DESCRIPTION_LENGTH)
    return ""


def live_translations(page, request):
    """``[(language code, URL, is alias)]`` of the page's live translations, itself included.

    One query per page and tree version, shared by the language switcher and the
    ``hreflang`` alternates.
    """

    def compute():
        translations = Page.objects.filter(translation_key=page.translation_key, live=True)
        return [
            (p.locale.language_code, p.get_url(request), p.alias_of_id is not None)
            for p in translations.select_related("locale")
        ]

    site = Site.find_for_request(request)
    key = f"live-translations:{site.pk if site else 0}:{page.translation_key}"
    return tree_cached(key, compute, request)


def page_alternates(page, request):
    """``[(language code, absolute URL)]`` of the page's translations, in settings order.

    Aliases are left out: an alias is the untranslated original shown in another
    language's tree, and naming it as a translation would point search engines at a copy.
    """
    urls = {code: url for code, url, alias in live_translations(page, request) if url and not alias}
    return [(code, absolute_url(urls[code])) for code, _name in settings.LANGUAGES if code in urls]


def head_meta(request, page=None):
    """Everything ``cms/includes/head_meta.html`` writes into ``<head>``."""
    language = get_language()
    description = page_description(page) or default_description()
    meta = {
        "description": description,
        "site_name": gettext(settings.WAGTAIL_SITE_NAME),
        "locale": og_locale(language),
        "image": absolute_url(static(SHARE_IMAGES.get(language, SHARE_IMAGE))),
        "image_width": SHARE_IMAGE_SIZE[0],
        "image_height": SHARE_IMAGE_SIZE[1],
        "title": gettext(settings.WAGTAIL_SITE_NAME),
        "url": absolute_url(request.path),
        "alternates": [],
    }
    if isinstance(page, Page) and page.pk:
        alternates = page_alternates(page, request)
        own = dict(alternates)
        meta["title"] = page.seo_title or page.title
        # An alias's content is its original's: that is the address to index.
        canonical = own.get(language) if not page.alias_of_id else None
        canonical = canonical or own.get(settings.LANGUAGE_CODE) or absolute_url(page.url or "")
        meta["url"] = canonical
        meta["canonical"] = canonical
        if len(alternates) > 1:
            meta["alternates"] = alternates
            meta["x_default"] = own.get(settings.LANGUAGE_CODE, alternates[0][1])
            meta["locale_alternates"] = [
                og_locale(code) for code, _url in alternates if code != language
            ]
    return meta
