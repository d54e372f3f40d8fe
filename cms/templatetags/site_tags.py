from django import template
from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils.translation import get_language, get_language_bidi, override

from wagtail.models import Page, Site

from ..cache import tree_cached, tree_version

register = template.Library()


def _locale_homes(request):
    """The URL of each language's live home page, by language code (from the tree cache)."""
    site = Site.find_for_request(request)
    if site is None:
        return {}

    def compute():
        homes = Page.objects.filter(
            translation_key=site.root_page.translation_key, live=True
        ).select_related("locale")
        return {home.locale.language_code: home.get_url(request) for home in homes}

    return tree_cached(f"homes:{site.pk}", compute, request)


def _page_translations(page, request):
    """URLs of the live translations of ``page`` (itself included), by language code."""

    def compute():
        translations = Page.objects.filter(translation_key=page.translation_key, live=True)
        return {
            p.locale.language_code: p.get_url(request)
            for p in translations.select_related("locale")
        }

    site = Site.find_for_request(request)
    key = f"translations:{site.pk if site else 0}:{page.translation_key}"
    return tree_cached(key, compute, request)


def _is_view_url(request):
    """True for the site's own views (sign-in, profile...), false for Wagtail pages and 404s."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return match.url_name != "wagtail_serve"


def language_urls(request, page=None):
    """Where each language's link leads: the same page in that language where it
    exists, else that language's home page."""
    if isinstance(page, Page) and page.pk:
        translations = _page_translations(page, request)
        same_view = False
    else:
        translations = {}
        same_view = _is_view_url(request)
    urls = {}
    for code, _name in settings.LANGUAGES:
        if code in translations:
            urls[code] = translations[code]
        elif same_view:
            urls[code] = translate_url(request.get_full_path(), code)
        else:
            urls[code] = _locale_homes(request).get(code) or f"/{code}/"
    return urls


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page")
    current = get_language()
    urls = language_urls(request, page)
    languages = []
    for code, name in settings.LANGUAGES:
        with override(code):
            bidi = get_language_bidi()
        languages.append(
            {
                "code": code,
                "name": name,
                "url": urls[code],
                "current": code == current,
                "dir": "rtl" if bidi else "ltr",
            }
        )
    return {"languages": languages}


@register.simple_tag(takes_context=True)
def locale_home_url(context):
    """The home page in the current language, for the site name and "Home" links."""
    request = context["request"]
    return _locale_homes(request).get(get_language()) or f"/{get_language()}/"


@register.simple_tag(takes_context=True)
def page_tree_version(context):
    """For fragment-cache keys that must change whenever pages or their media change."""
    request = context.get("request")
    version = getattr(request, "_tree_version", None)
    return version or tree_version()
