"""Settings for the benchmarks: the test settings (DEBUG off), plus a bare comparison view."""

from config.settings.test import *
from config.settings.test import LOGGING

ROOT_URLCONF = "bench.urls"

# Wagtail's line per page saved while the demo loads says nothing about speed.
LOGGING["root"]["level"] = "WARNING"
