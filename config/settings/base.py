"""Settings shared by every environment, safe for production on their own.

Everything that differs between machines comes from environment variables
(see README.md, "Configuration"). ``DEBUG`` is off and there is no default
``SECRET_KEY``: a server started with these settings alone refuses to run
rather than run insecurely.
"""

from pathlib import Path

import environ
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

# Empty unless set: Django then refuses to start (dev.py and test.py set their own).
SECRET_KEY = env("SECRET_KEY", default="")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# Applications -------------------------------------------------------------

INSTALLED_APPS = [
    "accounts",
    "cms",
    "courses",
    "quizzes",
    "certificates",
    "h5p",
    # Wagtail, with wagtail-localize in place of wagtail.locales.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.apps.WagtailUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts: allauth with multi-factor authentication.
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Background jobs.
    "django_celery_beat",
    "django_celery_results",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.StaffMFARequiredMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.middleware.noindex_views",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Data ---------------------------------------------------------------------

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}

# Sessions read from the cache (Redis in production), written through to the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# Languages ----------------------------------------------------------------
# To add a language: one line in LANGUAGES (code and its own name) and a
# locale/<code>/LC_MESSAGES/django.po. Right-to-left scripts are listed in
# LANGUAGES_BIDI below so Sindhi, Pashto and Shahmukhi Punjabi need no code.

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ur", "اردو"),
]
LANGUAGES_BIDI = ["ar", "ar-dz", "ckb", "fa", "he", "ug", "ur", "sd", "ps", "pnb", "skr"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env("TIME_ZONE", default="Asia/Karachi")
LOCALE_PATHS = [BASE_DIR / "locale", *sorted((BASE_DIR / "vendor_locale").glob("*"))]
# Date and number formats for languages Django has none for (Urdu: "4 دسمبر 2026").
FORMAT_MODULE_PATH = ["config.formats"]
LANGUAGE_COOKIE_NAME = "django_language"
LANGUAGE_COOKIE_SECURE = False  # set True in production.py

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Static and media ---------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # The Urdu web font, from npm (package.json); only the files the CSS names are fetched.
    ("fonts/noto-nastaliq-urdu", BASE_DIR / "node_modules/@fontsource/noto-nastaliq-urdu/files"),
    # The H5P player (h5p-standalone, from npm), loaded only inside the sandboxed iframe.
    ("h5p-standalone", BASE_DIR / "node_modules/h5p-standalone/dist"),
]
MEDIA_URL = env("MEDIA_URL", default="/media/")
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Media on S3-compatible storage when a bucket is configured (django-storages).
if env("AWS_STORAGE_BUCKET_NAME", default=""):
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL", default=None)
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME", default=None)
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN", default=None)
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = env.bool("AWS_QUERYSTRING_AUTH", default=True)
    AWS_S3_FILE_OVERWRITE = False

# Email --------------------------------------------------------------------

vars().update(env.email("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="TIP Learning <no-reply@localhost>")
SERVER_EMAIL = env("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)

# Accounts (django-allauth) ------------------------------------------------

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "courses:my_learning"
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
ACCOUNT_FORMS = {"login": "accounts.login_forms.LoginForm"}
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", default="mandatory")
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
# allauth's rate limits stay on (they are on by default); these are its
# defaults written out so the policy is visible in one place.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "change_password": "5/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env("MFA_TOTP_ISSUER", default="TIP Learning")

# Wagtail ------------------------------------------------------------------

WAGTAIL_SITE_NAME = env("SITE_NAME", default="TIP Learning")
WAGTAILADMIN_BASE_URL = env("BASE_URL", default="http://127.0.0.1:8000")
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False  # allauth handles password reset
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "pptx", "odp", "xlsx", "ods", "txt", "csv"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: it sends a hash of each staff email to a third party and shows a broken image
# off-network. The admin falls back to its own avatar image, or the one a user uploads.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = True

# Background jobs (Celery) -------------------------------------------------

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="")
# No broker: every task runs in-process, as soon as it is enqueued.
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_BROKER_URL = CELERY_BROKER_URL or "memory://"
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = "django-db"
CELERY_RESULT_EXTENDED = True
CELERY_RESULT_EXPIRES = 60 * 60 * 24 * 7
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 60 * 4
CELERY_TASK_TIME_LIMIT = 60 * 5
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BEAT_SCHEDULE = {
    "close-expired-quiz-attempts": {
        "task": "quizzes.tasks.close_expired_attempts",
        "schedule": 5 * 60,
    },
    "issue-missing-certificates": {
        "task": "certificates.tasks.issue_missing_certificates",
        "schedule": 60 * 60,
    },
    "certificate-expiry-reminders": {
        "task": "certificates.tasks.send_expiry_reminders",
        "schedule": 24 * 60 * 60,
    },
}
# A task whose worker died unacknowledged goes to another worker after this long.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=60 * 60),
}
CELERY_TIMEZONE = TIME_ZONE

# Certificates -------------------------------------------------------------

#: Lookups of certificate codes allowed per client address and minute.
CERTIFICATE_VERIFY_RATE = env.int("CERTIFICATE_VERIFY_RATE", default=30)
#: Where `make install` (npm ci) put the @fontsource packages certificates are drawn with.
CERTIFICATE_FONT_ROOT = env.path(
    "CERTIFICATE_FONT_ROOT", default=BASE_DIR / "node_modules" / "@fontsource"
)

# H5P ---------------------------------------------------------------------

#: Serve the player from a separate origin (e.g. https://h5p.learning.example.org)
#: that routes /h5p/ to this site; empty: the platform's own, sandboxed.
H5P_PLAYER_ORIGIN = env("H5P_PLAYER_ORIGIN", default="").rstrip("/")
#: Seconds a player token (in the iframe's URLs) stays valid.
H5P_TOKEN_MAX_AGE = env.int("H5P_TOKEN_MAX_AGE", default=6 * 60 * 60)
#: How often a player saves the learner's state, in seconds.
H5P_SAVE_SECONDS = 30
H5P_MAX_STATEMENT_BYTES = 64 * 1024
H5P_MAX_STATE_BYTES = 256 * 1024
# Statements and saved states one learner may send in a minute; more wait for the next.
H5P_REPORTS_PER_MINUTE = env.int("H5P_REPORTS_PER_MINUTE", default=300)
#: Package limits (bytes, counts); see h5p.validation.Limits for every key.
H5P_LIMITS = {
    "max_upload_bytes": env.int("H5P_MAX_UPLOAD_BYTES", default=200 * 1024 * 1024),
    "max_total_bytes": env.int("H5P_MAX_TOTAL_BYTES", default=500 * 1024 * 1024),
    "max_file_bytes": env.int("H5P_MAX_FILE_BYTES", default=100 * 1024 * 1024),
    "max_files": env.int("H5P_MAX_FILES", default=5000),
}

# Security -----------------------------------------------------------------

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"


def _media_origin():
    """The origin media is served from, when it is not this site (S3, a CDN)."""
    url = MEDIA_URL
    if url.startswith(("http://", "https://")):
        scheme, _sep, rest = url.partition("://")
        return f"{scheme}://{rest.split('/', 1)[0]}"
    return None


# The site's own pages run no inline script and load nothing from elsewhere.
# The Wagtail admin is excluded: it is only reachable by signed-in staff with
# MFA and it ships inline styles and scripts of its own.
CONTENT_SECURITY_POLICY = {
    # The H5P player sets its own, stricter policy (a sandbox) on every response.
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/h5p/embed/", "/h5p/play/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *filter(None, [_media_origin()])],
        "media-src": [SELF, *filter(None, [_media_origin()])],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *filter(None, [H5P_PLAYER_ORIGIN])],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Only the root's handler: Django's own console handler printed its lines twice.
        "django": {"level": "INFO", "handlers": []},
        "django.request": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        # Every step of every PDF, and every table of every font subset, otherwise.
        "weasyprint.progress": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
