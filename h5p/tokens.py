"""Signed, expiring player tokens: what authorises the sandboxed player, not cookies.

The player's iframe has no cookies and no same origin, so each of its requests
carries a token in the URL naming the content version, the learner (0 for a
visitor) and the embedding page's opaque context. Tokens expire; a stolen one
opens only that content, for that learner, for a few hours.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing

SALT = "h5p.player"


@dataclass(frozen=True)
class PlayerToken:
    version_id: int
    content_id: int
    user_id: int
    context: str

    def dumps(self):
        return signing.dumps(
            [self.version_id, self.content_id, self.user_id, self.context],
            salt=SALT,
            compress=True,
        )


def make_token(version, user=None, context=""):
    user_id = user.pk if user is not None and user.is_authenticated else 0
    return PlayerToken(version.pk, version.content_id, user_id, context[:100]).dumps()


def read_token(value):
    """The token's fields, or ``None`` if it is forged, malformed or expired."""
    if not isinstance(value, str) or len(value) > 500:
        return None
    try:
        data = signing.loads(value, salt=SALT, max_age=settings.H5P_TOKEN_MAX_AGE)
    except signing.BadSignature:
        return None
    if not (isinstance(data, list) and len(data) == 4):
        return None
    version_id, content_id, user_id, context = data
    if not all(isinstance(n, int) for n in (version_id, content_id, user_id)):
        return None
    return PlayerToken(version_id, content_id, user_id, str(context))
