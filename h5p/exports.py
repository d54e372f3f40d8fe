"""xAPI statements for an external learning record store (LRS), as JSON Lines.

A statement leaves the platform pseudonymous: its actor becomes an xAPI account
named by the learner's primary key on this site, and the parts of a statement
that could name other people (``authority``, ``context.instructor``,
``context.team``) are dropped; the LRS sets ``authority`` itself. One line looks
like::

    {"actor": {"objectType": "Agent", "account": {"homePage": "https://…",
     "name": "42"}}, "verb": {…}, "object": {…}, "result": {…},
     "timestamp": "2025-03-01T10:00:00+00:00", "stored": "2025-03-01T10:00:02+00:00",
     "id": "0f8e…"}
"""

import json
import uuid

from django.conf import settings

from .models import XAPIStatement

#: The row fields :func:`lrs_statement` reads.
FIELDS = ("pk", "user_id", "raw", "timestamp", "received_at")
IDENTIFYING_CONTEXT = ("instructor", "team")


def home_page():
    """The ``homePage`` of the learners' accounts: this platform's address."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def actor(user_id, site=None):
    """The pseudonymous xAPI actor of learner ``user_id``: an account on this platform.

    The player gives it to H5P, so statements carry it from the start, and the export
    writes it over whatever actor a stored statement has; both name the learner alike.
    """
    return {
        "objectType": "Agent",
        "account": {"homePage": site or home_page(), "name": str(user_id)},
    }


def _statement_id(raw_id, pk, site):
    """The statement's own id if it is a UUID (an LRS refuses others), else a stable one."""
    if isinstance(raw_id, str):
        try:
            return str(uuid.UUID(raw_id))
        except ValueError:
            pass
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{site}/h5p/xapi-statements/{pk}"))


def lrs_statement(row, site):
    """The statement of ``row`` (a mapping with :data:`FIELDS`) as an LRS receives it."""
    raw = row["raw"] if isinstance(row["raw"], dict) else {}
    statement = {key: value for key, value in raw.items() if key != "authority"}
    context = statement.get("context")
    if isinstance(context, dict):
        statement["context"] = {
            key: value for key, value in context.items() if key not in IDENTIFYING_CONTEXT
        }
    statement["actor"] = actor(row["user_id"], site)
    statement["timestamp"] = row["timestamp"].isoformat()
    statement["stored"] = row["received_at"].isoformat()
    statement["id"] = _statement_id(raw.get("id"), row["pk"], site)
    return statement


def statements_between(start, end, content=None):
    """Statements the platform received from ``start`` to ``end`` (dates, inclusive)."""
    statements = XAPIStatement.objects.filter(
        received_at__date__gte=start, received_at__date__lte=end
    )
    if content is not None:
        statements = statements.filter(content=content)
    return statements.order_by("received_at", "pk")


def json_lines(statements, site=None):
    """One line of JSON per statement, read from the database in chunks."""
    site = site or home_page()
    for row in statements.values(*FIELDS).iterator(chunk_size=500):
        line = json.dumps(lrs_statement(row, site), ensure_ascii=False, separators=(",", ":"))
        yield line + "\n"
