"""Reading an uploaded zip as hostile input, within :class:`Limits`.

A zip can lie: member names can climb out of the folder they are unpacked into or be
symlinks and devices, and the sizes in its directory can be false, so one small upload
can inflate to gigabytes (a "zip bomb"). Nothing here trusts what it has not counted:
members are streamed in chunks, hashed and measured as they are read, and reading
stops at the first size limit crossed. Only the members the caller keeps (JSON,
capped at ``max_json_bytes``) are ever held in memory whole; :mod:`h5p.strictjson`
parses them.

Problems are collected, not raised one by one, so the uploader sees them all at once;
only a problem that makes reading on pointless raises :class:`InvalidPackage`.
"""

import hashlib
import os
import re
import stat
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, fields

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

MB = 1024 * 1024
CHUNK_BYTES = 64 * 1024
MAX_RATIO = 1000
RATIO_FROM_BYTES = MB
# zipfile reads the zip's directory in one go, so its size is bounded before that read.
DIRECTORY_BYTES_PER_FILE = 512
MIN_DIRECTORY_BYTES = MB
SPECIAL_FILE_TYPES = {stat.S_IFCHR, stat.S_IFBLK, stat.S_IFIFO, stat.S_IFSOCK}
ENCRYPTED, STRONGLY_ENCRYPTED = 0x1, 0x40
DRIVE_LETTER = re.compile(r"[A-Za-z]:")


@dataclass(frozen=True)
class Limits:
    """What one upload may cost; ``settings.H5P_LIMITS`` overrides any of these by name."""

    max_upload_bytes: int = 200 * MB
    max_file_bytes: int = 100 * MB
    max_total_bytes: int = 500 * MB
    max_files: int = 5000
    max_json_bytes: int = 2 * MB
    max_string_length: int = 100_000  # real exports hold long text pages
    max_json_depth: int = 50

    @classmethod
    def from_settings(cls):
        overrides = getattr(settings, "H5P_LIMITS", None) or {}
        unknown = sorted(set(overrides) - {f.name for f in fields(cls)})
        if unknown:
            raise ImproperlyConfigured(f"Unknown keys in H5P_LIMITS: {', '.join(unknown)}")
        return cls(**overrides)


@dataclass
class Problem:
    """One reason to refuse a package: a translated sentence and the zip member concerned."""

    message: str
    path: str = ""


class InvalidPackage(Exception):
    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(problem.message for problem in self.problems))


@dataclass
class FileInfo:
    """A member as read: ``size`` was counted while reading, not taken from the zip."""

    member: str
    size: int
    sha256: str


def size_text(size):
    return filesizeformat(size)


def printable(text):
    """``text`` with control characters escaped, safe to show in a message."""
    return "".join(
        f"\\x{ord(char):02x}" if unicodedata.category(char) == "Cc" else char for char in text
    )


def _refuse(message):
    raise InvalidPackage([Problem(message)])


class _DirectoryTooLarge(Exception):
    pass


class _BoundedReads:
    """The upload as zipfile sees it, refusing any one read larger than ``largest``."""

    def __init__(self, fileobj, largest):
        self._file = fileobj
        self.largest = largest

    def read(self, size=-1):
        if self.largest is not None:
            here = self._file.tell()
            if size is None or size < 0:
                self._file.seek(0, os.SEEK_END)
                size = self._file.tell() - here
                self._file.seek(here)
            if size > self.largest:
                raise _DirectoryTooLarge
        return self._file.read(size)

    def seek(self, offset, whence=os.SEEK_SET):
        return self._file.seek(offset, whence)

    def tell(self):
        return self._file.tell()

    def seekable(self):
        return True


def open_zip(fileobj, limits):
    """The upload as a :class:`zipfile.ZipFile`, and its size in bytes.

    Raises :class:`InvalidPackage` with the one problem that stops everything: too
    large, not a zip, damaged beyond reading, or more entries than ``max_files``.
    """
    fileobj.seek(0, os.SEEK_END)
    size = fileobj.tell()
    fileobj.seek(0)
    if size > limits.max_upload_bytes:
        message = _("The package is %(size)s, more than the %(limit)s allowed for an upload.")
        _refuse(message % {"size": size_text(size), "limit": size_text(limits.max_upload_bytes)})
    if fileobj.read(4) not in (b"PK\x03\x04", b"PK\x05\x06"):
        _refuse(
            _(
                "The package is not a zip file (.h5p files are zip archives). "
                "Export it again from the H5P editor."
            )
        )
    fileobj.seek(0)
    largest = max(limits.max_files * DIRECTORY_BYTES_PER_FILE, MIN_DIRECTORY_BYTES)
    bounded = _BoundedReads(fileobj, largest)
    too_many = _("The package contains more than %(limit)s files, the most allowed.") % {
        "limit": limits.max_files
    }
    try:
        archive = zipfile.ZipFile(bounded)
    except _DirectoryTooLarge:
        _refuse(too_many)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        _refuse(
            _(
                "The package is a damaged zip file and cannot be opened. "
                "Export it again from the H5P editor."
            )
        )
    bounded.largest = None
    if len(archive.infolist()) > limits.max_files:
        archive.close()
        _refuse(too_many)
    return archive, size


def _name_problem(name):
    """Why a member name could reach outside the folder it is unpacked into, if it could."""
    if any(unicodedata.category(char) == "Cc" for char in name):
        return _('The package contains a file whose name has control characters ("%(name)s").')
    if name.startswith("/"):
        return _(
            'The package contains "%(name)s", whose path starts with "/". '
            "Paths inside a package must be relative."
        )
    if "\\" in name:
        return _(
            'The package contains "%(name)s", whose path uses backslashes. '
            'Paths inside a package must use "/".'
        )
    if DRIVE_LETTER.match(name):
        return _('The package contains "%(name)s", whose path starts with a drive letter.')
    parts = name.removesuffix("/").split("/")
    if any(part in (".", "..") for part in parts):
        return _(
            'The package contains "%(name)s", whose path uses "." or ".." '
            "to point outside its folder."
        )
    if "" in parts:
        return _('The package contains "%(name)s", whose path has an empty folder name.')
    return None


def _entry_problem(info):
    """Why an entry with a safe name still cannot be read as an ordinary file, if so."""
    file_type = stat.S_IFMT(info.external_attr >> 16)
    if file_type == stat.S_IFLNK:
        return _(
            'The package contains a symbolic link ("%(name)s"). '
            "Packages may only contain ordinary files."
        )
    if file_type in SPECIAL_FILE_TYPES:
        return _(
            'The package contains "%(name)s", a device or other special file. '
            "Packages may only contain ordinary files."
        )
    if info.flag_bits & (ENCRYPTED | STRONGLY_ENCRYPTED):
        return _(
            'The file "%(name)s" in the package is encrypted. '
            "Export the package again without a password."
        )
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return _(
            'The file "%(name)s" is compressed with a method that is not supported '
            "(only stored and deflated files are). Export the package again."
        )
    return None


def ignored(name):
    """Entries neither read nor stored: Mac resource forks and dotfiles, which H5P core
    skips too, and the Flash players old video libraries (flowplayer) still ship. No
    browser runs Flash any more, so those libraries work without them; in content, a
    Flash file is refused like any other type content may not hold."""
    parts = name.split("/")
    if parts[0] == "__MACOSX" or any(part.startswith(".") for part in parts):
        return True
    return len(parts) > 1 and parts[0] != "content" and parts[-1].lower().endswith(".swf")


def safe_entries(archive, problems):
    """The entries to read: ordinary files with safe, unique names, minus ignored ones."""
    entries, seen = [], set()
    for info in archive.infolist():
        problem = _name_problem(info.orig_filename)
        if problem is None:
            if ignored(info.filename):
                continue
            problem = _entry_problem(info)
        if problem is None and info.is_dir():
            continue
        if problem is None and info.filename in seen:
            problem = _('The package contains the file "%(name)s" more than once.')
        name = printable(info.orig_filename)
        if problem:
            problems.append(Problem(problem % {"name": name}, name))
            continue
        seen.add(info.filename)
        entries.append(info)
    return entries


def stream_entries(archive, entries, limits, problems, keep):
    """Read ``entries`` in turn, yielding ``(FileInfo, bytes or None)`` for each readable one.

    The bytes are those of members for which ``keep(name)`` is true, None if larger than
    ``max_json_bytes``. A damaged member is a problem and reading goes on; a size limit
    crossed adds its problem and raises :class:`InvalidPackage` with all found so far.
    """
    total = 0
    for info in entries:
        if _too_compressed(info.file_size, info):
            problems.append(_oversized_problem("ratio", info, limits))
            raise InvalidPackage(problems)
        wanted = keep(info.filename)
        try:
            file, data = _read(archive, info, limits, wanted, limits.max_total_bytes - total)
        except _Oversized as oversized:
            problems.append(_oversized_problem(oversized.kind, info, limits))
            raise InvalidPackage(problems) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError):
            file = None  # RuntimeError covers zipfile's NotImplementedError for odd headers
        if file is None or file.size != info.file_size:
            message = _(
                'The file "%(name)s" in the package is damaged or truncated and cannot be read. '
                "Export the package again."
            )
            problems.append(Problem(message % {"name": info.filename}, info.filename))
            continue
        total += file.size
        if wanted and data is None:
            message = _('"%(name)s" is larger than %(limit)s, the most allowed for a JSON file.')
            shown = {"name": info.filename, "limit": size_text(limits.max_json_bytes)}
            problems.append(Problem(message % shown, info.filename))
        yield file, data


def _too_compressed(size, info):
    return size > RATIO_FROM_BYTES and size > MAX_RATIO * info.compress_size


class _Oversized(Exception):
    def __init__(self, kind):
        self.kind = kind


def _oversized_problem(kind, info, limits):
    shown = {"name": info.filename, "ratio": MAX_RATIO}
    if kind == "ratio":
        message = _(
            'The file "%(name)s" unpacks to more than %(ratio)s times its packed size, '
            "as zip bombs built to crash servers do. The package was not unpacked further."
        )
    elif kind == "file":
        message = _('The file "%(name)s" is larger than %(limit)s, the most allowed for one file.')
        shown["limit"] = size_text(limits.max_file_bytes)
    else:
        message = _(
            "The files in the package add up to more than %(limit)s once unpacked, "
            'the most allowed (counting stopped at "%(name)s").'
        )
        shown["limit"] = size_text(limits.max_total_bytes)
    return Problem(message % shown, info.filename)


def _read(archive, info, limits, keep, room):
    """Stream one member: its :class:`FileInfo` and, if ``keep``, its bytes (None if too long).

    ``room`` is what is left of ``max_total_bytes``; the sizes are counted, since zipfile
    only stops at the size the zip declares, and that can be false.
    """
    digest, size = hashlib.sha256(), 0
    kept = bytearray() if keep else None
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK_BYTES):
            size += len(chunk)
            if size > limits.max_file_bytes:
                raise _Oversized("file")
            if size > room:
                raise _Oversized("total")
            if _too_compressed(size, info):
                raise _Oversized("ratio")
            digest.update(chunk)
            if kept is not None:
                kept += chunk
                if len(kept) > limits.max_json_bytes:
                    kept = None
    data = bytes(kept) if kept is not None else None
    return FileInfo(info.filename, size, digest.hexdigest()), data


def file_sha256(fileobj):
    """The SHA-256 of the whole upload, read in chunks; leaves the file at its start."""
    digest = hashlib.sha256()
    fileobj.seek(0)
    while chunk := fileobj.read(16 * CHUNK_BYTES):
        digest.update(chunk)
    fileobj.seek(0)
    return digest.hexdigest()
