"""A fixed-window limit per client address, in the shared cache (Redis in production)."""

import time

from django.core.cache import cache

from allauth.account.adapter import get_adapter


def client_address(request):
    """The client's address as allauth sees it (honours ``ALLAUTH_TRUSTED_PROXY_COUNT``)."""
    return get_adapter(request).get_client_ip(request)


def allow(request, action, per_minute):
    window = int(time.time() // 60)
    key = f"ratelimit:{action}:{client_address(request)}:{window}"
    cache.add(key, 0, timeout=120)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=120)
        count = 1
    return count <= per_minute
