"""H5P content stored as the platform stores it, built from this project's own content type."""

import io

import pytest
from allauth.mfa.totp.internal.auth import TOTP

from h5p.demo import sort_cards_content, sort_cards_package
from h5p.services import import_package
from tests.factories import StaffUserFactory

SECRET = "JBSWY3DPEHPK3PXP"


def sorting_package(title="Sort the situations", language="en", cards=2):
    content = sort_cards_content(
        question="Which of these could show trafficking?",
        group_a="Possible indicator",
        group_b="Not an indicator on its own",
        cards=[
            {
                "text": f"Situation {number}",
                "group": "a" if number % 2 else "b",
                "explanation": f"Because {number}.",
            }
            for number in range(1, cards + 1)
        ],
        feedback_correct="All sorted.",
        feedback_wrong="Look again.",
    )
    return sort_cards_package(title=title, language=language, content=content)


def store(data):
    return import_package(io.BytesIO(data)).version.content


@pytest.fixture
def activity(db, media_root):
    """Stored content: the sorting activity, libraries installed."""
    return store(sorting_package())


def signed_in(client, user):
    """``client`` signed in as ``user``, whose authenticator app is set up (staff need one)."""
    TOTP.activate(user, SECRET)
    client.force_login(user)
    return client


@pytest.fixture
def admin(client, media_root):
    """A platform administrator, signed in with ``client``."""
    user = StaffUserFactory(full_name="Platform Admin")
    signed_in(client, user)
    return user
