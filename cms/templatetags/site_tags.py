from django import template
from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils.translation import get_language, get_language_bidi, override

from wagtail.models import Page, Site

from .. import seo
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
    return {code: url for code, url, _alias in seo.live_translations(page, request)}


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


def _site_contact(request):
    """The site's contact address and the contact page in the current language."""
    site = Site.find_for_request(request)
    language = get_language()

    def compute():
        from ..models import SiteContact

        # Not ``for_site``: that creates the row on a GET, which would drop the tree cache.
        contact = SiteContact.objects.filter(site=site).select_related("contact_page").first()
        page = contact.contact_page if contact else None
        if page is not None:
            page = page.get_translation_or_none(_locale(language)) or page
        page_url = page.get_url(request) if page is not None and page.live else ""
        email = contact.email if contact else ""
        mailto = f"mailto:{email}" if email else ""
        return {"email": email, "page_url": page_url, "url": page_url or mailto}

    if site is None:
        return {"email": "", "page_url": "", "url": ""}
    return tree_cached(f"contact:{site.pk}:{language}", compute, request)


def _locale(language_code):
    from wagtail.models import Locale

    return Locale.objects.filter(language_code=language_code).first()


def _footer_pages(request):
    """``[(title, url)]`` of the pages under this language's home marked "Show in menus"."""
    site = Site.find_for_request(request)
    language = get_language()

    def compute():
        home = site.root_page.get_translation_or_none(_locale(language)) or site.root_page
        pages = home.get_children().live().public().in_menu().order_by("path")
        return [(page.title, page.get_url(request)) for page in pages]

    if site is None:
        return []
    return tree_cached(f"footer:{site.pk}:{language}", compute, request)


@register.simple_tag(takes_context=True)
def contact_url(context):
    """Where "contact us" leads: the contact page in this language, else the address."""
    return _site_contact(context["request"])["url"]


@register.simple_tag(takes_context=True)
def site_contact(context):
    """``{"email", "page_url", "url"}`` from the site's contact details."""
    return _site_contact(context["request"])


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """``[(title, url)]`` of the pages the footer lists, in the current language."""
    return _footer_pages(context["request"])


@register.inclusion_tag("cms/includes/head_meta.html", takes_context=True)
def head_meta(context):
    """Description, canonical address, hreflang alternates and Open Graph tags."""
    return {"meta": seo.head_meta(context["request"], context.get("page"))}
