"""Fixed-window counters in the shared cache (Redis in production), for rate limits."""

import time

from django.core.cache import cache

WINDOW_SECONDS = 60


def allow(key, per_minute):
    """Count one more hit for ``key`` in this minute; False once there were too many."""
    window = int(time.time() // WINDOW_SECONDS)
    name = f"ratelimit:{key}:{window}"
    cache.add(name, 0, timeout=2 * WINDOW_SECONDS)
    try:
        count = cache.incr(name)
    except ValueError:  # expired between add and incr
        cache.set(name, 1, timeout=2 * WINDOW_SECONDS)
        count = 1
    return count <= per_minute


def seconds_left():
    """Seconds until the current window ends: what ``Retry-After`` should say."""
    return WINDOW_SECONDS - int(time.time()) % WINDOW_SECONDS
