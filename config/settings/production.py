"""Production hardening on top of base: HTTPS only, secure cookies, HSTS, logging of errors.

Requires SECRET_KEY and ALLOWED_HOSTS in the environment.
"""

from .base import *

# Required: starting without them is an error, not a silently insecure site.
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

# Several gunicorn workers must share one cache (rate limits, the page-tree cache):
# files on this machine unless CACHE_URL names Redis, as it should with several machines.
CACHES = {"default": env.cache("CACHE_URL", default="filecache:///var/tmp/tip-learning-cache")}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SESSION_COOKIE_SAMESITE = "Lax"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
