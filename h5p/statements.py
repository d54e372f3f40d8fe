"""Checking and storing what a player reports: xAPI statements and saved state.

The browser is not trusted: a statement must be about the content its token
names, be of the expected shape and size, and its scores are kept as reported by
the client, never as graded.
"""

import json
import math
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from .models import ContentUserData, H5PContent, XAPIStatement
from .signals import statement_recorded

#: Verbs that say the learner finished the content (ADL's vocabulary).
FINISHING_VERBS = {
    "http://adlnet.gov/expapi/verbs/completed",
    "http://adlnet.gov/expapi/verbs/answered",
}
MAX_IRI = 500
MAX_SUB_CONTENT_ID = 64


class Refused(ValueError):
    """The report is not acceptable; ``str()`` is a message for the player's page."""


def _iri(value, what):
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise Refused(_("The %(what)s is not a web address.") % {"what": what})
    if len(value) > MAX_IRI:
        raise Refused(_("The %(what)s is too long.") % {"what": what})
    return value


def _number(value):
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise Refused(_("A score is not a number."))
    return float(value)


def _flag(value):
    if value is None or isinstance(value, bool):
        return value
    raise Refused(_("“success” and “completion” must be true or false."))


def _scores(result):
    if result is None:
        return {}
    if not isinstance(result, dict):
        raise Refused(_("The result is not an object."))
    score = result.get("score") or {}
    if not isinstance(score, dict):
        raise Refused(_("The score is not an object."))
    raw, low, high, scaled = (_number(score.get(k)) for k in ("raw", "min", "max", "scaled"))
    if scaled is not None and not -1 <= scaled <= 1:
        raise Refused(_("The scaled score must be between -1 and 1."))
    if high is not None and high < 0:
        raise Refused(_("The maximum score must not be negative."))
    if raw is not None and ((high is not None and raw > high) or (low is not None and raw < low)):
        raise Refused(_("The score is outside its range."))
    if scaled is None and raw is not None and high:
        scaled = raw / high
    return {
        "score_raw": raw,
        "score_max": high,
        "score_scaled": scaled,
        "success": _flag(result.get("success")),
        "completion": _flag(result.get("completion")),
    }


def _timestamp(value):
    now = timezone.now()
    moment = parse_datetime(value) if isinstance(value, str) and len(value) < 64 else None
    if moment is None or timezone.is_naive(moment) or moment > now + timedelta(minutes=5):
        return now
    return moment


def _is_top_level(statement):
    context = statement.get("context")
    if not isinstance(context, dict):
        return True
    activities = context.get("contextActivities")
    return not (isinstance(activities, dict) and activities.get("parent"))


def parse_statement(statement, content):
    """The fields to store for ``statement`` about ``content``, or :class:`Refused`."""
    if not isinstance(statement, dict):
        raise Refused(_("The statement is not an object."))
    size = len(json.dumps(statement, ensure_ascii=False).encode())
    if size > settings.H5P_MAX_STATEMENT_BYTES:
        raise Refused(_("The statement is too large."))
    verb = statement.get("verb")
    target = statement.get("object")
    if not isinstance(verb, dict) or not isinstance(target, dict):
        raise Refused(_("The statement has no verb or no object."))
    object_id = _iri(target.get("id"), _("activity id"))
    own = content.object_iri()
    if object_id != own and not object_id.startswith(own + "?"):
        raise Refused(_("The statement is about other content."))
    return {
        "verb": _iri(verb.get("id"), _("verb")),
        "object_id": object_id,
        "top_level": _is_top_level(statement) and object_id == own,
        "timestamp": _timestamp(statement.get("timestamp")),
        **_scores(statement.get("result")),
    }


def _check(user, token):
    if not user.is_authenticated or token.user_id != user.pk:
        raise PermissionDenied
    content = H5PContent.objects.filter(pk=token.content_id).first()
    if content is None:
        raise PermissionDenied
    return content


def record_statement(user, token, statement):
    """Store ``statement`` from the player ``token`` opened; returns it and the replies.

    The replies are the dicts receivers of ``statement_recorded`` returned, merged.
    """
    content = _check(user, token)
    fields = parse_statement(statement, content)
    stored = XAPIStatement.objects.create(
        user=user,
        content=content,
        version_id=token.version_id,
        context=token.context,
        raw=statement,
        **fields,
    )
    replies = {}
    for _receiver, reply in statement_recorded.send(
        sender=XAPIStatement, statement=stored, context=token.context
    ):
        if isinstance(reply, dict):
            replies.update(reply)
    return stored, replies


def save_state(user, token, data, sub_content_id="0", data_type="state"):
    """Keep the player's state (a JSON string); ``None`` or empty forgets it."""
    content = _check(user, token)
    sub_content_id = str(sub_content_id or "0")[:MAX_SUB_CONTENT_ID]
    if data_type != "state":
        raise Refused(_("Only the player's state can be saved."))
    mine = ContentUserData.objects.filter(
        user=user, content=content, data_type=data_type, sub_content_id=sub_content_id
    )
    if data in (None, "", "RESET"):
        mine.delete()
        return None
    if not isinstance(data, str):
        raise Refused(_("The state is not text."))
    if len(data.encode()) > settings.H5P_MAX_STATE_BYTES:
        raise Refused(_("The state is too large."))
    try:
        json.loads(data)
    except ValueError as error:
        raise Refused(_("The state is not valid JSON.")) from error
    now = timezone.now()
    if mine.update(data=data, updated_at=now):
        return data
    try:
        with transaction.atomic():
            ContentUserData.objects.create(
                user=user,
                content=content,
                data_type=data_type,
                sub_content_id=sub_content_id,
                data=data,
                updated_at=now,
            )
    except IntegrityError:  # two saves raced; the later one wins
        mine.update(data=data, updated_at=now)
    return data


def saved_state_for(user_id, content):
    """Learner ``user_id``'s saved state of ``content`` (a JSON string), or ``None``."""
    if not user_id:
        return None
    return (
        ContentUserData.objects.filter(user_id=user_id, content=content, data_type="state")
        .order_by("sub_content_id")
        .values_list("data", flat=True)
        .first()
    )


def finished(statement):
    """Whether ``statement`` says the whole content was completed or answered."""
    return statement.top_level and statement.verb in FINISHING_VERBS
