"""Building ``.h5p`` packages in code: for the demo content, the tests and the benchmarks.

A package is a zip: ``h5p.json``; ``content/content.json`` and the content's media;
one folder per library, named ``<machineName>-<major>.<minor>``, holding its
``library.json`` and the files it lists.
"""

import io
import json
import zipfile
from dataclasses import dataclass, field


@dataclass
class LibrarySource:
    """One library to put in a package: its ``library.json`` and its other files.

    ``files`` maps paths inside the library folder (``"sort.js"``,
    ``"language/ur.json"``) to their bytes.
    """

    library_json: dict
    files: dict[str, bytes] = field(default_factory=dict)

    @property
    def machine_name(self):
        return self.library_json["machineName"]

    @property
    def folder(self):
        meta = self.library_json
        return f"{meta['machineName']}-{meta['majorVersion']}.{meta['minorVersion']}"

    def dependency(self):
        """How ``h5p.json`` or another library names this one."""
        meta = self.library_json
        return {
            "machineName": meta["machineName"],
            "majorVersion": meta["majorVersion"],
            "minorVersion": meta["minorVersion"],
        }


def _json(data):
    return json.dumps(data, ensure_ascii=False, indent=1).encode()


def package_members(
    *,
    title,
    language,
    main_library,
    content,
    libraries=(),
    content_files=None,
    h5p_json=None,
):
    """The members of a package, name to bytes, in the order they are written.

    ``main_library`` is a :class:`LibrarySource`; ``libraries`` are the others to
    include. ``h5p_json`` adds to (or overrides) the generated ``h5p.json``.
    """
    manifest = {
        "title": title,
        "language": language,
        "mainLibrary": main_library.machine_name,
        "embedTypes": ["iframe"],
        "license": "U",
        "preloadedDependencies": [main_library.dependency()],
    }
    manifest.update(h5p_json or {})
    members = {"h5p.json": _json(manifest), "content/content.json": _json(content)}
    for path, data in (content_files or {}).items():
        members[f"content/{path}"] = data
    seen = set()
    for library in (main_library, *libraries):
        if library.folder in seen:
            continue
        seen.add(library.folder)
        members[f"{library.folder}/library.json"] = _json(library.library_json)
        for path, data in library.files.items():
            members[f"{library.folder}/{path}"] = data
    return members


def write_zip(members, target=None, compression=zipfile.ZIP_DEFLATED):
    """Write ``members`` (name to bytes) as a zip to ``target`` (a file) or to new bytes."""
    buffer = target if target is not None else io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue() if target is None else None


def build_package(**kwargs):
    """The bytes of a ``.h5p`` file; the arguments are those of :func:`package_members`."""
    return write_zip(package_members(**kwargs))
