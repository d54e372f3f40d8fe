"""A cache for facts derived from the live page tree (course outlines, translations...).

Every key includes a *tree version* that changes whenever any page, image,
document or site setting is saved, published, unpublished, moved or deleted, so a
cached fact is never older than the tree it was read from. Pages change rarely and
are read on every request, which is the trade this makes. It needs a cache shared
by all app processes (Redis, or the file cache that production uses by default).
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "cms:tree-version"
TIMEOUT = 60 * 60
_MISSING = object()


def tree_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION_KEY, version, None)
        version = cache.get(VERSION_KEY, version)
    return version


def tree_cached(key, compute, request=None, *, cache_if=None):
    """``compute()``'s value, cached until the page tree changes.

    With a ``request``, the tree version is read once for the whole request.
    ``cache_if(value)`` can refuse to keep a value (for keys built from URLs,
    which anyone can vary at will).
    """
    version = getattr(request, "_tree_version", None) if request is not None else None
    if version is None:
        version = tree_version()
        if request is not None:
            request._tree_version = version
    full_key = f"cms:tree:{version}:{key}"
    value = cache.get(full_key, _MISSING)
    if value is _MISSING:
        value = compute()
        if cache_if is None or cache_if(value):
            cache.set(full_key, value, TIMEOUT)
    return value


def _new_version():
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def bump_tree_version(sender=None, instance=None, **kwargs):
    if instance is None or isinstance(
        instance, (Page, Site, AbstractImage, AbstractDocument, BaseSiteSetting)
    ):
        _new_version()
        # Again once the change is committed: a request that read the old rows
        # meanwhile may have cached them under the version set just now.
        transaction.on_commit(_new_version)


def register():
    post_save.connect(bump_tree_version, dispatch_uid="cms-tree-save")
    post_delete.connect(bump_tree_version, dispatch_uid="cms-tree-delete")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(bump_tree_version, dispatch_uid=f"cms-tree-{signal!r}")
