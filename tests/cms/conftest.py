import pytest

from cms.demo import load_standard_pages


@pytest.fixture
def standard_pages(home_pages):
    """The demo's About, Contact, Privacy and Accessibility pages, in English and Urdu,
    and the site's contact details pointing at the contact page."""
    return load_standard_pages()
