"""The sandboxed player and the endpoints its host page reports to.

``embed`` and ``asset`` are what the iframe loads: authorised by the token in the
URL, never by cookies, and served with a ``sandbox`` policy so that even opened
on their own they run in an opaque origin. ``statement`` and ``state`` are called
by the host page (the platform's own origin, signed in, with a CSRF token).
"""

import json
import mimetypes
import posixpath
import re

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET, require_POST

from config import ratelimit

from . import exports
from .models import H5PContentVersion, H5PLibrary
from .player import embed_policy, frame_ancestors, parent_origin
from .statements import Refused, record_statement, save_state, saved_state_for
from .tokens import read_token

#: Content types by extension; anything else is sent as a download.
TYPES = {
    "js": "text/javascript",
    "css": "text/css",
    "json": "application/json",
    "svg": "image/svg+xml",
    "webp": "image/webp",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "eot": "application/vnd.ms-fontobject",
    "vtt": "text/vtt",
    "webvtt": "text/vtt",
    "glb": "model/gltf-binary",
    "gltf": "model/gltf+json",
}
INLINE = {"image", "audio", "video", "font", "text", "model"}
ASSET_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:"


def _version_for(token):
    version = (
        H5PContentVersion.objects.select_related("content")
        .filter(pk=token.version_id, content_id=token.content_id)
        .first()
    )
    if version is None:
        raise Http404
    return version


def _token_or_404(value):
    token = read_token(value)
    if token is None:
        raise Http404
    return token


def _harden(response, policy):
    response["Content-Security-Policy"] = policy
    response["X-Content-Type-Options"] = "nosniff"
    response["Referrer-Policy"] = "no-referrer"
    response["Cross-Origin-Opener-Policy"] = "same-origin"
    return response


def _content_type(path):
    extension = posixpath.splitext(path)[1].lower().lstrip(".")
    return TYPES.get(extension) or mimetypes.guess_type(path)[0] or "application/octet-stream"


@require_GET
@xframe_options_exempt
def embed(request, token):
    """The page inside the iframe: the h5p-standalone player and the relay script."""
    player = _token_or_404(token)
    version = _version_for(player)
    content = version.content
    language = request.GET.get("lang") or content.language
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    base = request.path.rsplit("/embed/", 1)[0] + "/play/" + token
    state = saved_state_for(player.user_id, content)  # the token's learner, not a cookie's
    config = {
        "contentId": content.pk,
        "parentOrigin": parent_origin(request),
        # The learner's pseudonym, the export's actor name; H5P keeps it as its user id.
        "actor": exports.actor(player.user_id)["account"]["name"] if player.user_id else "",
        # What h5p-standalone merges into H5PIntegration before H5P starts.
        "integration": {
            "siteUrl": exports.home_page(),
            # This page's origin is opaque, so the platform's images are foreign to it:
            # asked for without CORS, they taint any canvas they are drawn on. The files
            # allow any origin; H5P asks in CORS mode for paths and for URLs matching this.
            "crossorigin": "anonymous",
            "crossoriginRegex": re.escape(base + "/"),
        },
        "player": {
            "id": str(content.pk),
            # In place, not in a nested frame: this page is the sandbox already, and
            # a nested about:blank frame would get an opaque origin of its own.
            "embedType": "div",
            "h5pJsonPath": base,
            "contentJsonPath": base + "/content",
            "librariesPath": base + "/libraries",
            "frameJs": static("h5p-standalone/frame.bundle.js"),
            "frameCss": static("h5p-standalone/styles/h5p.css"),
            "xAPIObjectIRI": content.object_iri(),
            "frame": False,
            "copyright": False,
            "export": False,
            "embed": False,
            "icon": False,
            "fullScreen": False,
            "saveFreq": settings.H5P_SAVE_SECONDS if player.user_id else False,
        },
    }
    if state:
        config["player"]["contentUserData"] = [{"state": state}]
    with translation.override(language):
        response = render(
            request,
            "h5p/embed.html",
            {"config": config, "title": content.title, "language": language},
        )
    response["Cache-Control"] = "private, no-store"
    return _harden(response, embed_policy(frame_ancestors(request)))


def _library_file(version, folder, path):
    if folder not in version.libraries:
        raise Http404
    name, _sep, number = folder.rpartition("-")
    major, _dot, minor = number.partition(".")
    if not (major.isdigit() and minor.isdigit()):
        raise Http404
    library = H5PLibrary.objects.matching(name, int(major), int(minor)).first()
    if library is None:
        raise Http404
    if path == "library.json":
        return None, library.metadata
    if path not in library.files:
        raise Http404
    return library.storage_prefix + path, None


@require_GET
@xframe_options_exempt
def asset(request, token, path):
    """A file of the content or of a library it uses, or its ``h5p.json``."""
    player = _token_or_404(token)
    version = _version_for(player)
    stored, data = None, None
    if path == "h5p.json":
        data = version.metadata
    elif path.startswith("content/"):
        inner = path.removeprefix("content/")
        if inner not in version.files:
            raise Http404
        stored = version.storage_prefix + inner
    elif path.startswith("libraries/"):
        folder, _slash, inner = path.removeprefix("libraries/").partition("/")
        stored, data = _library_file(version, folder, inner)
    else:
        raise Http404
    if data is not None:
        response = HttpResponse(
            json.dumps(data, ensure_ascii=False), content_type="application/json"
        )
    else:
        try:
            handle = default_storage.open(stored, "rb")
        except (FileNotFoundError, OSError) as error:
            raise Http404 from error
        kind = _content_type(path)
        response = FileResponse(handle, content_type=kind)
        if kind.split("/")[0] not in INLINE and kind not in TYPES.values():
            response["Content-Disposition"] = "attachment"
    response["Access-Control-Allow-Origin"] = "*"  # the sandboxed frame's origin is opaque
    response["Cache-Control"] = "private, max-age=3600"
    return _harden(response, ASSET_POLICY)


def _json_body(request):
    if request.content_type != "application/json" or len(request.body) > (
        settings.H5P_MAX_STATE_BYTES + 4096
    ):
        raise Refused(_("The report was not understood."))
    try:
        body = json.loads(request.body)
    except ValueError as error:
        raise Refused(_("The report was not understood.")) from error
    if not isinstance(body, dict):
        raise Refused(_("The report was not understood."))
    return body


def _reporting(view):
    """Reports come from signed-in learners' pages as JSON; errors are JSON in their language."""

    def wrapped(request):
        if not request.user.is_authenticated:
            return JsonResponse({"error": _("Sign in to keep your results.")}, status=403)
        try:
            body = _json_body(request)
        except Refused as error:
            return JsonResponse({"error": str(error)}, status=400)
        language = body.get("lang")  # the page's language, sent by host.js
        if language not in dict(settings.LANGUAGES):
            language = translation.get_language()
        with translation.override(language):
            per_minute = settings.H5P_REPORTS_PER_MINUTE
            if not ratelimit.allow(f"h5p-report:{request.user.pk}", per_minute):
                message = _("Too many reports at once: they will be sent again in a minute.")
                response = JsonResponse({"error": message}, status=429)
                response["Retry-After"] = str(ratelimit.seconds_left())
                return response
            try:
                token = read_token(body.get("token"))
                if token is None:
                    raise PermissionDenied
                return view(request, body, token)
            except Refused as error:
                return JsonResponse({"error": str(error)}, status=400)
            except PermissionDenied:
                message = _("This activity is not yours to report.")
                return JsonResponse({"error": message}, status=403)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return require_POST(wrapped)


@_reporting
def statement(request, body, token):
    """Store one xAPI statement relayed by the host page."""
    stored, replies = record_statement(request.user, token, body.get("statement"))
    return JsonResponse({"stored": stored.pk, **replies}, status=201)


@_reporting
def state(request, body, token):
    """Keep (or forget) the player's saved state."""
    save_state(request.user, token, body.get("state"), body.get("subContentId") or "0")
    return JsonResponse({"saved": True})
