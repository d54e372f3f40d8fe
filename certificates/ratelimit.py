"""A fixed-window limit per client address, in the shared cache (Redis in production)."""

from allauth.account.adapter import get_adapter

from config import ratelimit


def client_address(request):
    """The client's address as allauth sees it (honours ``ALLAUTH_TRUSTED_PROXY_COUNT``)."""
    return get_adapter(request).get_client_ip(request)


def allow(request, action, per_minute):
    return ratelimit.allow(f"{action}:{client_address(request)}", per_minute)
