from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from wagtail.models import Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished

from .models import HomePage
from .templatetags.site_tags import HOMES_CACHE_KEY


def forget_home_urls(**kwargs):
    cache.delete_many(
        [HOMES_CACHE_KEY.format(site=pk) for pk in [*Site.objects.values_list("pk", flat=True), 0]]
    )


def register():
    for signal in (page_published, page_unpublished, page_slug_changed, post_delete):
        signal.connect(forget_home_urls, sender=HomePage, dispatch_uid=f"homes-{signal!r}")
    post_save.connect(forget_home_urls, sender=Site, dispatch_uid="homes-site")
