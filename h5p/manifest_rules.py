"""The rules each field of h5p.json and library.json must follow, and checking them.

Every rule explains itself in a translated sentence, so an uploader learns which field
is wrong and what it must be.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from django.utils.translation import gettext as _

from .strictjson import BROKEN
from .zipsafety import Problem

VERSION_DIGITS = re.compile(r"[0-9]{1,5}")
MACHINE_NAME = re.compile(r"[\w.\-]{1,255}", re.ASCII)
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[a-z0-9]{1,8})*", re.ASCII | re.IGNORECASE)
EMBED_TYPES = ("div", "iframe")


@dataclass(frozen=True)
class _Rule:
    """``explain()`` is the translated sentence, with ``%(file)s``, ``%(field)s`` and ``params``."""

    accepts: Callable[[object], bool]
    explain: Callable[[], str]
    required: bool = False
    params: dict = field(default_factory=dict)


def _required(rule):
    return replace(rule, required=True)


def _is_text(max_length, min_length=0):
    return lambda value: isinstance(value, str) and min_length <= len(value) <= max_length


def _is_count(value):
    """A version number. H5P core accepts it as a number or as digits in a string, and
    exports from PHP platforms write strings (``"majorVersion": "1"``)."""
    if isinstance(value, str):
        return VERSION_DIGITS.fullmatch(value) is not None
    return type(value) is int and 0 <= value <= 99999


def _is_machine_name(value):
    return isinstance(value, str) and MACHINE_NAME.fullmatch(value) is not None


def _list_of(accepts):
    return lambda value: isinstance(value, list) and all(accepts(item) for item in value)


def _object_with(**accepts):
    """Objects whose listed keys pass; a missing key is tested as None."""
    return lambda value: (
        isinstance(value, dict) and all(check(value.get(key)) for key, check in accepts.items())
    )


def _optional(accepts):
    return lambda value: value is None or accepts(value)


def _text(max_length, required=False):
    if required:
        return _Rule(
            _is_text(max_length, 1),
            lambda: _('%(file)s: "%(field)s" must be text of 1 to %(max)s characters.'),
            required=True,
            params={"max": max_length},
        )
    return _Rule(
        _is_text(max_length),
        lambda: _('%(file)s: "%(field)s" must be text of at most %(max)s characters.'),
        params={"max": max_length},
    )


def _embed_types(allow_none):
    return _Rule(
        lambda value: (
            isinstance(value, list)
            and (allow_none or value)
            and all(kind in EMBED_TYPES for kind in value)
        ),
        lambda: _('%(file)s: "%(field)s" must be a list of "div" or "iframe".'),
    )


_COUNT = _Rule(
    _is_count, lambda: _('%(file)s: "%(field)s" must be a whole number from 0 to 99999.')
)
_FLAG = _Rule(
    lambda value: type(value) in (int, bool) and value in (0, 1),
    lambda: _('%(file)s: "%(field)s" must be 0 or 1.'),
)
_MACHINE_NAME = _Rule(
    _is_machine_name,
    lambda: _(
        '%(file)s: "%(field)s" must be a library machine name such as "H5P.MultiChoice" '
        "(letters, digits, dots, dashes and underscores)."
    ),
)
_LANGUAGE = _Rule(
    lambda value: (
        isinstance(value, str) and len(value) <= 10 and LANGUAGE_CODE.fullmatch(value) is not None
    ),
    lambda: _('%(file)s: "%(field)s" must be a language code such as "en", "ur" or "pt-br".'),
)
_DEPENDENCIES = _Rule(
    _list_of(
        _object_with(machineName=_is_machine_name, majorVersion=_is_count, minorVersion=_is_count)
    ),
    lambda: _(
        '%(file)s: "%(field)s" must be a list of libraries, each with a "machineName", '
        'a "majorVersion" and a "minorVersion".'
    ),
)
_AUTHORS = _Rule(
    _list_of(_object_with(name=_is_text(255, 1), role=_optional(_is_text(64)))),
    lambda: _(
        '%(file)s: "%(field)s" must be a list of authors, each with a "name" of at most '
        '255 characters and a "role" of at most 64.'
    ),
)
_CHANGES = _Rule(
    _list_of(
        _object_with(
            date=_optional(_is_text(255)),
            author=_optional(_is_text(255)),
            log=_optional(_is_text(5000)),
        )
    ),
    lambda: _(
        '%(file)s: "%(field)s" must be a list of changes, each with a "date", an "author" '
        '(at most 255 characters) and a "log" (at most 5000 characters).'
    ),
)
_YEAR = _Rule(
    lambda value: (
        (type(value) is int and 0 <= value <= 9999)
        or (isinstance(value, str) and re.fullmatch(r"\d{1,4}", value, re.ASCII) is not None)
    ),
    lambda: _('%(file)s: "%(field)s" must be a year such as 2024.'),
)
_CORE_API = _Rule(
    _object_with(majorVersion=_is_count, minorVersion=_is_count),
    lambda: _(
        '%(file)s: "%(field)s" must be an object with a "majorVersion" and a "minorVersion".'
    ),
)
_OBJECT = _Rule(
    lambda value: isinstance(value, dict), lambda: _('%(file)s: "%(field)s" must be an object.')
)


def _files(extension):
    return _Rule(
        _list_of(_object_with(path=lambda p: isinstance(p, str) and p.lower().endswith(extension))),
        lambda: _(
            '%(file)s: "%(field)s" must be a list of files, each given as {"path": "…"} '
            "with a path ending in %(extension)s."
        ),
        params={"extension": extension},
    )


H5P_JSON_RULES = {
    "title": _text(255, required=True),
    "language": _required(_LANGUAGE),
    "mainLibrary": _required(_MACHINE_NAME),
    "embedTypes": _required(_embed_types(allow_none=False)),
    "preloadedDependencies": _required(_DEPENDENCIES),
    "license": _text(32),
    "authors": _AUTHORS,
    "source": _text(255),
    "yearFrom": _YEAR,
    "yearTo": _YEAR,
    "licenseVersion": _text(255),
    "changes": _CHANGES,
    "authorComments": _text(5000),
    "defaultLanguage": _text(255),
    "metaKeywords": _text(255),
    "metaDescription": _text(255),
    "extraTitle": _text(255),
}
LIBRARY_JSON_RULES = {
    "title": _text(255, required=True),
    "machineName": _required(_MACHINE_NAME),
    "majorVersion": _required(_COUNT),
    "minorVersion": _required(_COUNT),
    "patchVersion": _required(_COUNT),
    "runnable": _required(_FLAG),
    "preloadedJs": _files(".js"),
    "preloadedCss": _files(".css"),
    "preloadedDependencies": _DEPENDENCIES,
    "dynamicDependencies": _DEPENDENCIES,
    "editorDependencies": _DEPENDENCIES,
    "embedTypes": _embed_types(allow_none=True),
    "fullscreen": _FLAG,
    "coreApi": _CORE_API,
    "author": _text(255),
    "license": _text(255),
    "description": _text(5000),
    "metadataSettings": _OBJECT,
}


def check_fields(document, rules, name, problems):
    """Whether ``document`` is an object whose fields follow ``rules``; a problem for each not."""
    if document is BROKEN:
        return False
    if not isinstance(document, dict):
        message = _('"%(name)s" must contain a JSON object ({…}).')
        problems.append(Problem(message % {"name": name}, name))
        return False
    valid = True
    for key, rule in rules.items():
        shown = {"file": name, "field": key, **rule.params}
        if key not in document:
            if rule.required:
                message = _('%(file)s: the required field "%(field)s" is missing.')
                problems.append(Problem(message % shown, name))
                valid = False
        elif not rule.accepts(document[key]):
            problems.append(Problem(rule.explain() % shown, name))
            valid = False
    return valid
