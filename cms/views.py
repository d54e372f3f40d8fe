from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control

from wagtail import views as wagtail_views
from wagtail.models import Site

from .cache import tree_cached
from .seo import absolute_url
from .sitemaps import LocaleSitemap


def _site(request):
    """The request's Wagtail site, from the tree cache (Wagtail asks the database each time)."""
    site = getattr(request, "_wagtail_site", None)
    if site is None:
        site = tree_cached(f"site:{request.get_host()}", lambda: Site.find_for_request(request))
        request._wagtail_site = site
    return site


def serve(request, path):
    """Wagtail's page view, with the site and home page looked up in the tree cache.

    Wagtail's own ``serve`` then runs unchanged: it finds the route already
    computed on the request, and applies its hooks and view restrictions.
    """
    site = _site(request)
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        home = tree_cached(
            f"home:{site.pk}:{get_language()}", lambda: site.root_page.localized.specific, request
        )
        try:
            route = home.route(request, [part for part in path.split("/") if part])
        except Http404:
            route = None
        request._wagtail_route_for_request = route
    return wagtail_views.serve(request, path)


ROBOTS_DISALLOW = ["/admin/", "/h5p/"]


@cache_control(max_age=60 * 60)
def robots_txt(request):
    """Crawlers may read every public page; the admin and the H5P player are not for them.

    Account pages, My learning and certificate verification are not disallowed here
    but answered with ``noindex`` (``cms.middleware``): a crawler has to be let in to
    read that, and a disallowed address can still be indexed from links to it.
    """
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW)]
    lines.append(f"Sitemap: {absolute_url(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def sitemap_index(request):
    """One sitemap per language: ``/sitemap-en.xml``, ``/sitemap-ur.xml``..."""
    sitemaps = [
        {"location": absolute_url(reverse("sitemap_language", args=[code]))}
        for code, _name in settings.LANGUAGES
    ]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": sitemaps}, content_type="application/xml"
    )


def sitemap(request, language_code):
    if language_code not in dict(settings.LANGUAGES):
        raise Http404
    sitemaps = {language_code: LocaleSitemap(request, language_code)}
    return sitemap_views.sitemap(request, sitemaps, section=language_code)
