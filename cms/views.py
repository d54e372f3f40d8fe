from django.http import Http404
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.models import Site

from .cache import tree_cached


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
