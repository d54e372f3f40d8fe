"""Putting a player on a page: the iframe's address, its sandbox and its policies.

The iframe is sandboxed without ``allow-same-origin``, so its scripts run in an
opaque origin even when it is served by the platform itself; setting
``H5P_PLAYER_ORIGIN`` serves it from a separate origin as well.
"""

from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.urls import reverse

from .tokens import make_token

#: What the iframe may do: run scripts, nothing else (no same origin, no top
#: navigation, no forms, no pop-ups).
SANDBOX = "allow-scripts"


def _origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def platform_origin(request=None):
    if request is not None and not settings.H5P_PLAYER_ORIGIN:
        return f"{request.scheme}://{request.get_host()}"
    return _origin(settings.WAGTAILADMIN_BASE_URL)


def parent_origin(request):
    """Where the player's page may post its messages: the platform that embeds it."""
    return platform_origin(None if settings.H5P_PLAYER_ORIGIN else request)


def frame_ancestors(request):
    origin = parent_origin(request)
    return f"'self' {origin}" if origin else "'self'"


def embed_policy(ancestors):
    """The player page's Content Security Policy, ``sandbox`` included."""
    return "; ".join(
        [
            f"sandbox {SANDBOX}",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "media-src 'self' blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self' about:",
            "base-uri 'none'",
            "form-action 'none'",
            f"frame-ancestors {ancestors}",
        ]
    )


def embed_url(version, user, context="", language=""):
    token = make_token(version, user, context)
    path = reverse("h5p:embed", args=[token])
    if language:
        path += "?" + urlencode({"lang": language})
    if settings.H5P_PLAYER_ORIGIN:
        return settings.H5P_PLAYER_ORIGIN.rstrip("/") + path, token
    return path, token


def player_context(request, content, context="", title=""):
    """What ``h5p/player.html`` needs to show ``content`` to ``request.user``."""
    version = content.current_version if content is not None else None
    if version is None:
        return {"available": False}
    url, token = embed_url(version, request.user, context, getattr(request, "LANGUAGE_CODE", ""))
    return {
        "available": True,
        "content": content,
        "src": url,
        "token": token,
        "sandbox": SANDBOX,
        "title": title or content.title,
        "track": request.user.is_authenticated,
    }
