"""Tests: fast hashing, in-memory cache and email; tasks in-process unless a test says not."""

from .base import *

SECRET_KEY = "test-only-secret-key-not-for-use-anywhere-else-0123456789"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
MEDIA_ROOT = BASE_DIR / ".pytest_media"

# The suite runs tasks in-process even when CELERY_BROKER_URL points at Redis:
# only the worker test sends tasks to the broker, and it says so itself.
CELERY_TASK_ALWAYS_EAGER = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
