import os

import pytest

from cms.demo import ensure_home_page, load_home_pages


def require_or_skip(env_var, reason):
    """Skip locally with a reason; fail instead where CI sets ``env_var`` to require the test."""
    if os.environ.get(env_var):
        pytest.fail(f"{reason} ({env_var} is set, so this test is required)")
    pytest.skip(reason)


@pytest.fixture
def home_page(db):
    return ensure_home_page()


@pytest.fixture
def home_pages(db):
    """The English home page and its published Urdu translation, as the demo has them."""
    return load_home_pages()


@pytest.fixture(autouse=True)
def _clear_cache():
    """allauth's rate limits live in the cache: each test starts with a clean slate."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
