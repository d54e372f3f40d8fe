"""Unpacking validated packages into media storage, under content-addressed prefixes.

A content version lives under ``h5p/content/<sha256 of the package>/``; a library
under ``h5p/libraries/<folder>.<patch>-<digest of its files>/``. The same bytes
always land in the same place, so storing twice writes nothing new, and a failed
upload removes what it wrote before anything points at it.
"""

import hashlib
import logging
import zipfile

from django.core.files.base import ContentFile, File
from django.core.files.storage import default_storage

logger = logging.getLogger(__name__)


def content_prefix(package):
    return f"h5p/content/{package.sha256}/"


def library_prefix(info):
    digest = hashlib.sha256()
    for path in sorted(info.files):
        digest.update(f"{path}\0{info.files[path].sha256}\n".encode())
    return f"h5p/libraries/{info.ref.folder}.{info.patch}-{digest.hexdigest()[:16]}/"


def manifest(files):
    """What the database keeps of stored files: ``{path: {"size": …, "sha256": …}}``."""
    return {path: {"size": info.size, "sha256": info.sha256} for path, info in files.items()}


class Unpacker:
    """Copies members of a validated package into storage and can undo its writes."""

    def __init__(self, fileobj):
        fileobj.seek(0)
        self.archive = zipfile.ZipFile(fileobj)
        self.written = []

    def store(self, prefix, files):
        """Copy ``files`` (path to :class:`~h5p.validation.FileInfo`) under ``prefix``."""
        for path, info in files.items():
            name = prefix + path
            if default_storage.exists(name):
                continue  # content-addressed: the same bytes are already there
            with self.archive.open(info.member) as source:
                upload = File(source, name=name)
                upload.size = info.size
                saved = default_storage.save(name, upload)
            self.written.append(saved)
            if saved != name:  # a racing upload of the same bytes came first
                default_storage.delete(saved)

    def write(self, name, data):
        """Store ``data`` (bytes) as ``name`` unless the same content-addressed file exists."""
        if not default_storage.exists(name):
            self.written.append(default_storage.save(name, ContentFile(data)))

    def undo(self):
        for name in self.written:
            try:
                default_storage.delete(name)
            except OSError:
                logger.exception("Could not remove %s after a failed upload", name)
        self.written = []

    def close(self):
        self.archive.close()
