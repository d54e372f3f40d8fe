"""Validating an uploaded ``.h5p`` package completely, before anything of it is stored.

It checks what H5P core's ``H5PValidator`` checks, more strictly, because packages
come from anywhere and their content is served to learners: nothing that could run
script in a browser (SVG, HTML, JavaScript) is accepted as content, and every problem
is reported at once, in the uploader's language, so all can be fixed in one go.
Zip-level safety (names, sizes, bombs) is in :mod:`h5p.zipsafety`, strict JSON in
:mod:`h5p.strictjson`, the rules for each field in :mod:`h5p.manifest_rules`, and
where each file belongs in :mod:`h5p.layout`.

A package is a zip holding::

    h5p.json                       {"title", "language", "mainLibrary", "embedTypes",
                                    "preloadedDependencies": [{"machineName",
                                    "majorVersion", "minorVersion"}], "license", ...}
    content/content.json           the content's parameters (an object)
    content/<media>                the images, audio, video, documents it refers to
    <machineName>-<major>.<minor>/ one folder per library: library.json, semantics.json
                                   (a list), language/<code>.json, and its JS and CSS
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from .layout import LIBRARY_FOLDER, Collector, check_layout
from .manifest_rules import H5P_JSON_RULES, LIBRARY_JSON_RULES, check_fields
from .strictjson import BROKEN, MISSING
from .zipsafety import (
    FileInfo,
    InvalidPackage,
    Limits,
    Problem,
    file_sha256,
    open_zip,
    safe_entries,
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
    if manifest is MISSING or not check_fields(manifest, H5P_JSON_RULES, "h5p.json", problems):
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
    if not check_fields(meta, LIBRARY_JSON_RULES, member, problems):
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
    collector = Collector(limits, problems)
    with archive:
        entries = safe_entries(archive, problems)
        check_layout([info.filename for info in entries], problems)
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
