"""Files that H5P content links from other websites instead of carrying them.

The player's policy loads nothing from another origin, so a video on YouTube or Vimeo, or
an image given by its web address, never plays there (the learner sees a message in its
place). Why there is no list of allowed video sites: the README's H5P section.
"""

import json
from urllib.parse import urlsplit

from django.core.files.storage import default_storage

REMOTE = ("http://", "https://", "//")


def _host(path):
    if not path.strip().lower().startswith(REMOTE):
        return ""
    try:
        return urlsplit(path.strip()).hostname or ""
    except ValueError:
        return ""


def external_hosts(content):
    """The hosts of the files ``content`` (a parsed ``content.json``) links from elsewhere,
    in the order they appear. H5P gives each file as an object with a ``path``::

        {"path": "https://www.youtube.com/watch?v=…", "mime": "video/YouTube"}
    """
    hosts = []
    pending = [content]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            host = _host(value["path"]) if isinstance(value.get("path"), str) else ""
            if host and host not in hosts:
                hosts.append(host)
            pending.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            pending.extend(reversed(value))
    return hosts


def version_external_hosts(version):
    """:func:`external_hosts` of a stored version's ``content.json``; none if it is gone."""
    if version is None:
        return []
    try:
        with default_storage.open(version.storage_prefix + "content.json", "rb") as handle:
            return external_hosts(json.load(handle))
    except (OSError, ValueError):
        return []
