"""Uploading H5P packages and recording what players report. Each write checks permission.

An upload is validated completely before anything is stored; files go to storage
first and the rows pointing at them are written in one transaction, so a failed
upload leaves nothing behind and a half-written file is never served.
"""

import hashlib
import json
import logging
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import ContentUserData, H5PContent, H5PContentVersion, H5PLibrary
from .storage import Unpacker, content_prefix, library_prefix, manifest
from .validation import InvalidPackage, Limits, Problem, validate_package

logger = logging.getLogger(__name__)

INSTALL_PERMISSION = "h5p.install_h5plibrary"


def may_install_libraries(user):
    return user.is_authenticated and user.has_perm(INSTALL_PERMISSION)


def may_upload(user, content=None):
    if not user.is_authenticated:
        return False
    return user.has_perm("h5p.change_h5pcontent" if content else "h5p.add_h5pcontent")


def installed_versions():
    """``{(machine name, major, minor): newest installed patch}``, in one query."""
    rows = (
        H5PLibrary.objects.values("machine_name", "major_version", "minor_version")
        .annotate(patch=Max("patch_version"))
        .order_by()
    )
    return {(r["machine_name"], r["major_version"], r["minor_version"]): r["patch"] for r in rows}


def _key(ref):
    return (ref.machine_name, ref.major, ref.minor)


@dataclass
class UploadResult:
    version: H5PContentVersion
    installed: list  # the H5PLibrary rows this upload installed


def _libraries_to_install(package, installed, may_install):
    """The package's libraries that are new (or newer patches), or problems if not allowed."""
    wanted = []
    problems = []
    for ref, info in package.libraries.items():
        have = installed.get(_key(ref))
        if have is not None and have >= info.patch:
            continue
        if may_install:
            wanted.append(info)
        elif have is None:
            problems.append(
                Problem(
                    _(
                        "The package needs the library %(library)s, which is not installed. "
                        "Only platform administrators may install libraries: ask one to "
                        "install the libraries of this package, then upload it again."
                    )
                    % {"library": str(ref)}
                )
            )
    if problems:
        raise InvalidPackage(problems)
    return wanted


def _content_json(package):
    return json.dumps(package.content, ensure_ascii=False, separators=(",", ":")).encode()


def _validated(fileobj, may_install):
    installed = installed_versions()
    package = validate_package(
        fileobj, installed=lambda ref: _key(ref) in installed, limits=Limits.from_settings()
    )
    package.to_install = _libraries_to_install(package, installed, may_install)
    return package


def check_package(fileobj, user, content=None):
    """Validate ``fileobj`` for ``user``: the :class:`~h5p.validation.Package` to store.

    Raises :class:`~h5p.validation.InvalidPackage` with every problem, translated,
    including libraries the package needs that ``user`` may not install.
    """
    if not may_upload(user, content):
        raise PermissionDenied
    return _validated(fileobj, may_install_libraries(user))


def check_libraries(fileobj, user):
    """Validate a package whose libraries a platform administrator installs.

    The whole package is checked, content included, as H5P core does; only its
    libraries are kept (:func:`install_libraries`).
    """
    if not may_install_libraries(user):
        raise PermissionDenied
    return _validated(fileobj, may_install=True)


def _store_library_files(unpacker, package):
    for info in package.to_install:
        unpacker.store(library_prefix(info), info.files)


def store_package(fileobj, package, user, content=None):
    """Store a package :func:`check_package` accepted, as new content or a new version."""
    unpacker = Unpacker(fileobj)
    try:
        _store_library_files(unpacker, package)
        prefix = content_prefix(package)
        unpacker.store(prefix, package.content_files)
        content_json = _content_json(package)
        unpacker.write(prefix + "content.json", content_json)
        with transaction.atomic():
            libraries = [_install(info, user) for info in package.to_install]
            version = _save_version(package, prefix, content_json, user, content)
    except BaseException:
        unpacker.undo()
        raise
    finally:
        unpacker.close()
    logger.info(
        "H5P content %s version %s uploaded (%s libraries installed)",
        version.content_id,
        version.number,
        len(libraries),
    )
    return UploadResult(version, libraries)


def install_libraries(fileobj, package, user):
    """Install the new libraries of a package :func:`check_libraries` accepted.

    Returns the :class:`~h5p.models.H5PLibrary` rows installed (none when the
    package brings nothing new); the package's content is not stored.
    """
    unpacker = Unpacker(fileobj)
    try:
        _store_library_files(unpacker, package)
        with transaction.atomic():
            libraries = [_install(info, user) for info in package.to_install]
    except BaseException:
        unpacker.undo()
        raise
    finally:
        unpacker.close()
    logger.info("%s H5P libraries installed from a package", len(libraries))
    return libraries


def upload_package(fileobj, user, content=None):
    """Check and store ``fileobj``; nothing is stored when it is refused."""
    package = check_package(fileobj, user, content)
    return store_package(fileobj, package, user, content)


def import_package(fileobj, content=None):
    """Store a package from trusted code (the demo loader, a management command).

    Validates as strictly as an upload and installs the libraries the package
    brings; no user, so no permission check: never call it with a user's file.
    """
    package = _validated(fileobj, may_install=True)
    return store_package(fileobj, package, None, content)


def _install(info, user):
    try:
        with transaction.atomic():
            return H5PLibrary.objects.create(
                machine_name=info.ref.machine_name,
                major_version=info.ref.major,
                minor_version=info.ref.minor,
                patch_version=info.patch,
                title=info.title,
                runnable=info.runnable,
                metadata=info.metadata,
                preloaded_js=info.preloaded_js,
                preloaded_css=info.preloaded_css,
                dependencies=[
                    {
                        "machineName": d.machine_name,
                        "majorVersion": d.major,
                        "minorVersion": d.minor,
                    }
                    for d in info.dependencies
                ],
                files=manifest(info.files),
                storage_prefix=library_prefix(info),
                installed_by=user,
            )
    except IntegrityError:  # installed by a concurrent upload of the same version
        return H5PLibrary.objects.matching(*_key(info.ref)).get(patch_version=info.patch)


def _save_version(package, prefix, content_json, user, content):
    now = timezone.now()
    fields = {
        "title": package.title,
        "language": package.language,
        "main_library": str(package.main_library),
        "license": package.license or "",
        "authors": package.authors or [],
        "updated_at": now,
    }
    if content is None:
        content = H5PContent.objects.create(created_by=user, created_at=now, **fields)
    else:
        content = H5PContent.objects.select_for_update().get(pk=content.pk)
        for name, value in fields.items():
            setattr(content, name, value)
    number = (content.versions.aggregate(n=Max("number"))["n"] or 0) + 1
    files = manifest(package.content_files)
    files["content.json"] = {
        "size": len(content_json),
        "sha256": hashlib.sha256(content_json).hexdigest(),
    }
    previous = content.current_version
    if previous and previous.files.get("content.json") != files["content.json"]:
        # As H5P core does: a content type resumes only from a state its own
        # parameters produced, so saved states go when the content changed.
        ContentUserData.objects.filter(content=content, data_type="state").delete()
    version = H5PContentVersion.objects.create(
        content=content,
        number=number,
        sha256=package.sha256,
        size=package.size,
        metadata=package.metadata,
        files=files,
        libraries=[ref.folder for ref in package.needed_libraries()],
        storage_prefix=prefix,
        uploaded_by=user,
        uploaded_at=now,
    )
    content.current_version = version
    content.save()
    return version
