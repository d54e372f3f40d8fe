"""Verification codes: 120 random bits in Crockford's base32, shown in groups of four.

Crockford's alphabet leaves out I, L, O and U, so a code read aloud or typed from
paper survives the usual confusions: when matching, O is read as 0 and I or L as 1.
"""

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BITS = 120
LENGTH = BITS // 5  # 24 characters
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_.]+")  # dashes of any kind


def new_code():
    number = secrets.randbits(BITS)
    return "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(LENGTH)))


def normalise(text):
    """The stored form of what someone typed, or ``""`` if it cannot be a code."""
    code = _SEPARATORS.sub("", str(text or "")).upper().translate(_CONFUSABLE)
    if len(code) != LENGTH or any(char not in ALPHABET for char in code):
        return ""
    return code


def grouped(code):
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))
