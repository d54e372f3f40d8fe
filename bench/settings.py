"""Settings for the benchmarks: the test settings (DEBUG off), plus a bare comparison view."""

from config.settings.test import *

ROOT_URLCONF = "bench.urls"
