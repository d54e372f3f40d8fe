"""Parsing the JSON in a package as hostile input, within :class:`~h5p.zipsafety.Limits`.

Parsing is strict (UTF-8, no duplicate keys, no NaN or Infinity) and documents are walked
no deeper than allowed. Each reason a document is refused is added as a problem; a string
that is too long is named by its JSON path (``$.questions[3].text``).
"""

import json
import math
import re

from django.utils.translation import gettext as _

from .zipsafety import Problem, printable

IDENTIFIER = re.compile(r"[A-Za-z_]\w*", re.ASCII)
# Stand-ins for a JSON document the package does not have, or that could not be read.
MISSING = object()
BROKEN = object()


class _DuplicateKey(ValueError):
    def __init__(self, key):
        self.key = key


class _NotFinite(ValueError):
    pass


def _unique_keys(pairs):
    document = {}
    for key, value in pairs:
        if key in document:
            raise _DuplicateKey(key)
        document[key] = value
    return document


def _finite(text):
    number = float(text)
    if not math.isfinite(number):
        raise _NotFinite
    return number


def load_json(data, name, limits, problems, max_string=None):
    """``data`` (bytes, or None if it was too large) parsed strictly, else :data:`BROKEN`.

    Adds a problem for each reason it is refused: with ``max_string``, one for every
    string longer than that, named by its JSON path (``$.questions[3].text``).
    """
    if data is None:
        return BROKEN
    shown = {"name": name, "depth": limits.max_json_depth}
    try:
        document = json.loads(
            data.decode("utf-8"),
            object_pairs_hook=_unique_keys,
            parse_float=_finite,
            parse_constant=_finite,
        )
        found = _shape_problems(document, name, limits.max_json_depth, max_string)
    except UnicodeDecodeError:
        message = _('"%(name)s" is not encoded as UTF-8.')
    except _DuplicateKey as duplicate:
        message = _('"%(name)s" contains the key "%(key)s" more than once in the same object.')
        shown["key"] = printable(duplicate.key)
    except _NotFinite:
        message = _('"%(name)s" contains NaN or Infinity, which JSON does not allow.')
    except json.JSONDecodeError as error:
        message = _('"%(name)s" is not valid JSON (line %(line)s, column %(column)s).')
        shown.update(line=error.lineno, column=error.colno)
    except RecursionError:
        message = _('"%(name)s" is nested more than %(depth)s levels deep.')
    except ValueError:
        message = _('"%(name)s" is not valid JSON.')
    else:
        problems.extend(found)
        return BROKEN if found else document
    problems.append(Problem(message % shown, name))
    return BROKEN


def _shape_problems(document, name, max_depth, max_string):
    found = []
    for kind, node in _walk(document, None, 1, max_depth, max_string):
        shown = {"name": name, "path": json_path(node), "depth": max_depth, "limit": max_string}
        if kind == "deep":
            message = _('"%(name)s" is nested more than %(depth)s levels deep (at %(path)s).')
            found.append(Problem(message % shown, name))
            break
        message = _("%(name)s: %(path)s is longer than %(limit)s characters.")
        found.append(Problem(message % shown, name))
    return found


def _walk(value, node, depth, max_depth, max_string):
    """Yield ``("deep" | "long", node)``; a node is ``(parent node, key)``, the root None."""
    if isinstance(value, str):
        if max_string is not None and len(value) > max_string:
            yield "long", node
        return
    if not isinstance(value, dict | list):
        return
    if depth > max_depth:
        yield "deep", node
        return
    for key, item in value.items() if isinstance(value, dict) else enumerate(value):
        if max_string is not None and isinstance(key, str) and len(key) > max_string:
            yield "long", (node, key)
        yield from _walk(item, (node, key), depth + 1, max_depth, max_string)


def json_path(node):
    """``$.questions[3].text`` for the node ``(((None, "questions"), 3), "text")``."""
    steps = []
    while node is not None:
        node, key = node
        if isinstance(key, int):
            steps.append(f"[{key}]")
        elif IDENTIFIER.fullmatch(key):
            steps.append(f".{key}")
        else:
            steps.append(f"[{json.dumps(printable(key)[:50], ensure_ascii=False)}]")
    return "$" + "".join(reversed(steps))
