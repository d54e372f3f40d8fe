"""Where each member of a package belongs, and collecting them as they stream past.

A package holds h5p.json, a content folder and one folder per library; each place may
only hold files of the types listed here. The :class:`Collector` sorts members into
those places and parses the JSON among them.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .strictjson import MISSING, load_json
from .zipsafety import InvalidPackage, Problem, size_text

# H5P core's whitelist, less what a browser could run as script (svg, html, xml, js, swf).
_CONTENT_TYPES = (
    "json png jpg jpeg gif bmp tif tiff webp eot ttf woff woff2 otf webm mp4 ogg oga ogv "
    "mp3 m4a wav txt pdf rtf doc docx xls xlsx ppt pptx odt ods odp csv vtt webvtt gltf glb"
)
CONTENT_EXTENSIONS = frozenset(_CONTENT_TYPES.split())
# Library files are installed by administrators; their SVGs are served sandboxed. The
# plain-text notes H5P core also allows in libraries are accepted; XML is not, and Flash
# files in libraries are left out unread (see zipsafety.ignored).
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css", "svg", "md", "textile", "diff", "patch"}
LIBRARY_FOLDER = re.compile(r"([\w.\-]{1,255})-(\d{1,5})\.(\d{1,5})", re.ASCII)
LANGUAGE_FILE = re.compile(r"language/[a-z]+(-[a-z]+)*\.json", re.ASCII | re.IGNORECASE)
# The JSON kept parsed (h5p.json, content.json, each library.json and semantics.json)
# may add up to this many times max_json_bytes: bounds the memory a package can take.
RETAINED_JSON_FACTOR = 4


def _place(name):
    """``(area, library folder, path inside it)``; area is "manifest", "content",
    "library" or None for what does not belong in a package."""
    top, _slash, inner = name.partition("/")
    if name == "h5p.json":
        return "manifest", None, name
    if inner and top == "content":
        return "content", None, inner
    if inner and LIBRARY_FOLDER.fullmatch(top):
        return "library", top, inner
    return None, None, name


def check_layout(names, problems):
    """A problem for each file out of place, or of a type its place may not hold."""
    strays = set()
    for name in names:
        area, _folder, inner = _place(name)
        if area is None:
            top = name.split("/")[0]
            if top not in strays:
                strays.add(top)
                problems.append(_stray_problem(name, top))
        elif area != "manifest":
            message = _extension_problem(name, area)
            if message is None and area == "library":
                message = _language_file_problem(inner)
            if message:
                allowed = CONTENT_EXTENSIONS if area == "content" else LIBRARY_EXTENSIONS
                shown = {"name": name, "extension": _extension(name), "allowed": _listing(allowed)}
                problems.append(Problem(message % shown, name))


def _stray_problem(name, top):
    if name == top:
        message = _(
            'The package contains "%(name)s" at its top level, where only h5p.json, '
            "the content folder and library folders belong."
        )
    else:
        message = _(
            'The package contains a folder "%(name)s" that is neither the content folder '
            'nor a library folder (named like "H5P.Example-1.0").'
        )
    return Problem(message % {"name": top}, top)


def _extension(name):
    base = name.rsplit("/", 1)[-1]
    return base.rpartition(".")[2].lower() if "." in base else ""


def _listing(extensions):
    return ", ".join(sorted(extensions))


def _extension_problem(name, area):
    extension = _extension(name)
    if not extension:
        return _('The file "%(name)s" has no extension, so its type cannot be checked.')
    if area == "content" and extension not in CONTENT_EXTENSIONS:
        return _(
            'The content file "%(name)s" is of a type content may not contain (.%(extension)s). '
            "Allowed types: %(allowed)s."
        )
    if area == "library" and extension not in LIBRARY_EXTENSIONS:
        return _(
            'The library file "%(name)s" is of a type libraries may not contain '
            "(.%(extension)s). Allowed types: %(allowed)s."
        )
    return None


def _is_language_file(inner):
    return LANGUAGE_FILE.fullmatch(inner) is not None


def _language_file_problem(inner):
    """Only translations named after their language belong in a library's language folder."""
    in_folder = inner.startswith("language/") and inner.count("/") == 1
    if not in_folder or _is_language_file(inner):
        return None
    return _(
        'The file "%(name)s" does not belong in a language folder, which only holds '
        'translations named after a language code, such as "ur.json".'
    )


@dataclass
class _Folder:
    files: dict = field(default_factory=dict)
    library_json: object = MISSING
    semantics: object = MISSING


class Collector:
    """Sorts members into manifest, content and library folders as they stream past,
    parsing the JSON among them and keeping only what a :class:`Package` holds."""

    def __init__(self, limits, problems):
        self.limits = limits
        self.problems = problems
        self.manifest = self.content = MISSING
        self.content_files = {}
        self.folders = {}
        self.retained = 0

    def keep(self, name):
        area, _folder, inner = _place(name)
        if area == "library":
            return inner in ("library.json", "semantics.json") or _is_language_file(inner)
        return area == "manifest" or (area == "content" and inner == "content.json")

    def add(self, file, data):
        area, folder, inner = _place(file.member)
        if area == "manifest":
            self.manifest = self._retain(data, file.member)
        elif area == "content" and inner == "content.json":
            self.content = self._retain(data, file.member, self.limits.max_string_length)
        elif area == "content":
            self.content_files[inner] = file
        elif area == "library":
            library = self.folders.setdefault(folder, _Folder())
            library.files[inner] = file
            if inner == "library.json":
                library.library_json = self._retain(data, file.member)
            elif inner == "semantics.json":
                library.semantics = self._retain(data, file.member)
            elif data is not None:
                load_json(data, file.member, self.limits, self.problems)

    def _retain(self, data, name, max_string=None):
        """Parse ``data`` to keep; stops when all kept JSON passes its budget."""
        self.retained += len(data or b"")
        budget = RETAINED_JSON_FACTOR * self.limits.max_json_bytes
        if self.retained > budget:
            message = _(
                "The package's content and library descriptions add up to more than "
                "%(limit)s of JSON, the most allowed."
            )
            self.problems.append(Problem(message % {"limit": size_text(budget)}, name))
            raise InvalidPackage(self.problems)
        return load_json(data, name, self.limits, self.problems, max_string)
