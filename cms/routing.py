"""Cheaper page serving for pages learners hit often.

Wagtail routes a URL one segment at a time (two queries a level) and checks
view restrictions on every ancestor (two more queries). A lesson five levels
deep would spend a dozen queries before doing any work. These mixins keep the
same behaviour in a fixed, small number of queries.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import Http404

from wagtail.models import Page, PageViewRestriction

from .cache import tree_cached

RESTRICTIONS_CACHE_KEY = "cms:any-page-view-restrictions"


class DirectRouteMixin:
    """Resolve the rest of the URL with one query for the deepest page on the path,
    remembered in the tree cache until any page changes.

    Pages with routes of their own below that page (for example a sub-URL served
    by a step) still get them: routing continues from the deepest page found.
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        found = tree_cached(
            f"route:{self.pk}:{'/'.join(path_components)}",
            lambda: self._deepest_page(path_components),
            request,
            # Only a page's own address is kept: sub-routes and 404s below a page
            # are routed again each time, so odd URLs cannot fill the cache.
            cache_if=lambda found: found is not None and not found[1],
        )
        if found is None:
            raise Http404
        page, remaining = found
        return page.route(request, remaining)

    def _deepest_page(self, path_components):
        prefixes = [
            self.url_path + "/".join(path_components[:depth]) + "/"
            for depth in range(1, len(path_components) + 1)
        ]
        page = (
            Page.objects.filter(url_path__in=prefixes, path__startswith=self.path)
            .exclude(pk=self.pk)
            .order_by("-depth")
            .first()
        )
        if page is None:
            return None
        return page.specific, path_components[page.depth - self.depth :]


class CachedViewRestrictionsMixin:
    """Skip the ancestor walk for view restrictions while the site has none at all."""

    def get_view_restrictions(self):
        any_restrictions = cache.get(RESTRICTIONS_CACHE_KEY)
        if any_restrictions is None:
            any_restrictions = PageViewRestriction.objects.exists()
            cache.set(RESTRICTIONS_CACHE_KEY, any_restrictions, 60 * 60)
        if not any_restrictions:
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def _forget_restrictions(**kwargs):
    cache.delete(RESTRICTIONS_CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(RESTRICTIONS_CACHE_KEY))


post_save.connect(_forget_restrictions, sender=PageViewRestriction, dispatch_uid="cms-restrictions")
post_delete.connect(
    _forget_restrictions, sender=PageViewRestriction, dispatch_uid="cms-restrictions-d"
)
