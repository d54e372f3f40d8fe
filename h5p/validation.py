"""Validating an uploaded ``.h5p`` package completely, before anything of it is stored.

It checks what H5P core's ``H5PValidator`` checks, more strictly, because packages
come from anywhere and their content is served to learners: nothing that could run
script in a browser (SVG, HTML, JavaScript) is accepted as content, and every problem
is reported at once, in the uploader's language, so all can be fixed in one go.
Zip-level safety (names, sizes, bombs) and strict JSON are in :mod:`h5p.zipsafety`.

A package is a zip holding::

    h5p.json                       {"title", "language", "mainLibrary", "embedTypes",
                                    "preloadedDependencies": [{"machineName",
                                    "majorVersion", "minorVersion"}], "license", ...}
    content/content.json           the content's parameters (an object)
    content/<media>                the images, audio, video, documents it refers to
    <machineName>-<major>.<minor>/ one folder per library: library.json, semantics.json
                                   (a list), language/<code>.json, and its JS and CSS
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from django.utils.translation import gettext as _

from .zipsafety import (
    BROKEN,
    MISSING,
    FileInfo,
    InvalidPackage,
    Limits,
    Problem,
    file_sha256,
    load_json,
    open_zip,
    safe_entries,
    size_text,
    stream_entries,
)

__all__ = [
    "FileInfo",
    "InvalidPackage",
    "LibraryInfo",
    "LibraryRef",
    "Limits",
    "Package",
    "Problem",
    "validate_package",
]

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
VERSION_DIGITS = re.compile(r"[0-9]{1,5}")
MACHINE_NAME = re.compile(r"[\w.\-]{1,255}", re.ASCII)
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(-[a-z0-9]{1,8})*", re.ASCII | re.IGNORECASE)
LANGUAGE_FILE = re.compile(r"language/[a-z]+(-[a-z]+)*\.json", re.ASCII | re.IGNORECASE)
EMBED_TYPES = ("div", "iframe")
# The JSON kept parsed (h5p.json, content.json, each library.json and semantics.json)
# may add up to this many times max_json_bytes: bounds the memory a package can take.
RETAINED_JSON_FACTOR = 4


@dataclass(frozen=True, order=True)
class LibraryRef:
    """A library as dependencies name it: machine name and major.minor, without patch."""

    machine_name: str
    major: int
    minor: int

    @property
    def folder(self):
        return f"{self.machine_name}-{self.major}.{self.minor}"

    def __str__(self):
        return f"{self.machine_name} {self.major}.{self.minor}"

    @classmethod
    def from_dependency(cls, dependency):
        """From a validated ``{"machineName", "majorVersion", "minorVersion"}``."""
        return cls(
            dependency["machineName"],
            int(dependency["majorVersion"]),
            int(dependency["minorVersion"]),
        )


@dataclass
class LibraryInfo:
    """A library in the package: ``files`` maps paths inside its folder to what was read."""

    ref: LibraryRef
    patch: int
    title: str
    runnable: bool
    metadata: dict
    semantics: list | None
    preloaded_js: list[str]
    preloaded_css: list[str]
    dependencies: list[LibraryRef]
    files: dict[str, FileInfo]


@dataclass
class Package:
    """A valid package: ``content_files`` maps paths under ``content/`` to what was read."""

    title: str
    language: str
    main_library: LibraryRef
    embed_types: list[str]
    metadata: dict
    content: dict
    content_files: dict[str, FileInfo]
    libraries: dict[LibraryRef, LibraryInfo]
    license: str
    authors: list[dict]
    sha256: str
    size: int

    def needed_libraries(self):
        """The main library and everything it needs, each after its dependencies.

        Preloaded dependencies always come first; dynamic ones, which may loop back,
        where they can. What the package does not hold is ordered as h5p.json lists
        it, which H5P exports in loading order.
        """

        def needs(ref):
            return self.libraries[ref].dependencies if ref in self.libraries else ()

        def preloads(ref):
            return _dependencies(self.libraries[ref].metadata) if ref in self.libraries else ()

        roots = [*_dependencies(self.metadata), self.main_library]
        return _depth_first(_depth_first(roots, needs)[0], preloads)[0]


def _dependencies(metadata, *keys):
    keys = keys or ("preloadedDependencies",)
    refs = (LibraryRef.from_dependency(d) for key in keys for d in metadata.get(key, ()))
    return list(dict.fromkeys(refs))


def _depth_first(roots, edges):
    """Everything reachable from ``roots``, dependencies first, and the cycles met.

    Iterative, so that a long chain of libraries cannot exhaust Python's stack.
    """
    order, cycles, done = [], [], set()
    for root in roots:
        if root in done:
            continue
        path, on_path, pending = [root], {root}, [iter(edges(root))]
        while pending:
            child = next(pending[-1], None)
            if child is None:
                pending.pop()
                on_path.remove(path[-1])
                done.add(path[-1])
                order.append(path.pop())
            elif child in on_path:
                cycles.append([*path[path.index(child) :], child])
            elif child not in done:
                path.append(child)
                on_path.add(child)
                pending.append(iter(edges(child)))
    return order, cycles


# Field rules ----------------------------------------------------------------------------


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


def _check_fields(document, rules, name, problems):
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


# Layout and collection -------------------------------------------------------------------


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


def _check_layout(names, problems):
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


class _Collector:
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


# Assembly ---------------------------------------------------------------------------------


def _not_an_object(name):
    message = _('"%(name)s" must contain a JSON object ({…}).')
    return Problem(message % {"name": name}, name)


def _check_manifest(collector, problems):
    """The valid h5p.json and its main library, or ``(None, None)``."""
    if collector.manifest is MISSING:
        message = _(
            "The package has no h5p.json file at its top level. "
            "Export it again from the H5P editor."
        )
        problems.append(Problem(message, "h5p.json"))
    if collector.content is MISSING:
        message = _(
            "The package has no content/content.json file. Export it again from the H5P editor."
        )
        problems.append(Problem(message, "content/content.json"))
    elif collector.content is not BROKEN and not isinstance(collector.content, dict):
        problems.append(_not_an_object("content/content.json"))
    manifest = collector.manifest
    if manifest is MISSING or not _check_fields(manifest, H5P_JSON_RULES, "h5p.json", problems):
        return None, None
    name = manifest["mainLibrary"]
    main = next((ref for ref in _dependencies(manifest) if ref.machine_name == name), None)
    if main is None:
        message = _('h5p.json: the main library "%(name)s" is not in "preloadedDependencies".')
        problems.append(Problem(message % {"name": name}, "h5p.json"))
    return manifest, main


def _library(folder_name, folder, problems):
    """The :class:`LibraryInfo` of one library folder, or None once its problems are added."""
    member = f"{folder_name}/library.json"
    if folder.library_json is MISSING:
        message = _('The library folder "%(folder)s" has no library.json file.')
        problems.append(Problem(message % {"folder": folder_name}, member))
        return None
    meta = folder.library_json
    if not _check_fields(meta, LIBRARY_JSON_RULES, member, problems):
        return None
    ref = LibraryRef.from_dependency(meta)
    valid = _check_library_files(folder_name, folder.files, meta, ref, problems)
    semantics = None if folder.semantics is MISSING else folder.semantics
    if semantics is not None and not isinstance(semantics, list):
        valid = False
        if semantics is not BROKEN:
            message = _('"%(name)s" must contain a JSON list ([…]).')
            name = f"{folder_name}/semantics.json"
            problems.append(Problem(message % {"name": name}, name))
    if not valid:
        return None
    return LibraryInfo(
        ref=ref,
        patch=int(meta["patchVersion"]),
        title=meta["title"],
        runnable=bool(meta["runnable"]),
        metadata=meta,
        semantics=semantics,
        preloaded_js=[entry["path"] for entry in meta.get("preloadedJs", ())],
        preloaded_css=[entry["path"] for entry in meta.get("preloadedCss", ())],
        dependencies=_dependencies(meta, "preloadedDependencies", "dynamicDependencies"),
        files=folder.files,
    )


def _check_library_files(folder_name, files, meta, ref, problems):
    """Whether the folder is named after its library and holds every file it preloads."""
    member = f"{folder_name}/library.json"
    shown = {"folder": folder_name, "library": ref, "expected": ref.folder}
    valid = ref.folder == folder_name
    if not valid:
        message = _(
            'The library folder "%(folder)s" holds %(library)s according to its library.json, '
            'so it must be named "%(expected)s".'
        )
        problems.append(Problem(message % shown, member))
    for entry in (*meta.get("preloadedJs", ()), *meta.get("preloadedCss", ())):
        if entry["path"] not in files:
            valid = False
            message = _(
                'The library %(library)s preloads "%(path)s", which is not in its folder '
                '"%(folder)s".'
            )
            problems.append(Problem(message % {**shown, "path": entry["path"]}, member))
    return valid


def _check_dependencies(manifest, main, libraries, folders, installed, problems):
    """Every library needed is in the package or installed; the main one runnable; no loops."""
    present = set()
    for folder in folders:
        machine_name, major, minor = LIBRARY_FOLDER.fullmatch(folder).groups()
        present.add(LibraryRef(machine_name, int(major), int(minor)))
    needed = dict.fromkeys(_dependencies(manifest) if manifest else (), "h5p.json")
    for info in libraries.values():
        for ref in info.dependencies:
            needed.setdefault(ref, f"{info.ref.folder}/library.json")
    for ref, member in needed.items():
        if ref not in present and not installed(ref):
            message = _(
                "The package needs the library %(library)s, which is not installed. Ask a "
                "platform administrator to install it, or export the content again with its "
                "libraries."
            )
            problems.append(Problem(message % {"library": ref}, member))
    if main in libraries and not libraries[main].runnable:
        message = _(
            "The main library %(library)s cannot be shown on its own: its library.json says "
            "it is not runnable."
        )
        problems.append(Problem(message % {"library": main}, f"{main.folder}/library.json"))

    def preloaded(ref):
        return [dep for dep in _dependencies(libraries[ref].metadata) if dep in libraries]

    for cycle in _depth_first(list(libraries), preloaded)[1]:
        message = _(
            "The libraries %(cycle)s preload each other in a loop, so none can be loaded first."
        )
        cycle_text = " → ".join(str(ref) for ref in cycle)
        problems.append(Problem(message % {"cycle": cycle_text}, f"{cycle[0].folder}/library.json"))


def _nothing_installed(ref):
    return False


def validate_package(fileobj, installed=_nothing_installed, limits=None):
    """The :class:`Package` in ``fileobj``, a seekable binary file (an upload or open file).

    ``installed(ref)`` says whether a library (machine name and major.minor) is already
    on the platform. Raises :class:`InvalidPackage` listing every problem found; after a
    size limit is crossed, those found until then.
    """
    limits = limits or Limits.from_settings()
    archive, size = open_zip(fileobj, limits)
    problems = []
    collector = _Collector(limits, problems)
    with archive:
        entries = safe_entries(archive, problems)
        _check_layout([info.filename for info in entries], problems)
        for file, data in stream_entries(archive, entries, limits, problems, collector.keep):
            collector.add(file, data)
    manifest, main = _check_manifest(collector, problems)
    libraries = {}
    for folder_name, folder in collector.folders.items():
        if info := _library(folder_name, folder, problems):
            libraries[info.ref] = info
    _check_dependencies(manifest, main, libraries, collector.folders, installed, problems)
    if problems:
        raise InvalidPackage(problems)
    return Package(
        title=manifest["title"],
        language=manifest["language"],
        main_library=main,
        embed_types=manifest["embedTypes"],
        metadata=manifest,
        content=collector.content,
        content_files=collector.content_files,
        libraries=libraries,
        license=manifest.get("license", ""),
        authors=manifest.get("authors", []),
        sha256=file_sha256(fileobj),
        size=size,
    )
