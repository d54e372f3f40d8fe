"""Test packages, built in code around a tiny content type written for these tests.

``TIP.TestType`` 1.0 is a runnable content type (a few lines of JS, a CSS file, an
icon, semantics and an Urdu translation) that preloads ``TIP.TestHelper`` 1.2. The
valid package holds both, an image and Urdu text; each test then breaks one thing.
The raw-zip helpers forge what :mod:`zipfile` will not write: false sizes, set flags.
"""

import io
import json
import stat
import struct
import warnings
import zipfile
import zlib

from h5p.packaging import LibrarySource, package_members

TEST_TYPE_JS = b"""\
H5P.TestType = (function ($) {
  function TestType(params, contentId) {
    this.params = params;
    this.contentId = contentId;
  }
  TestType.prototype.attach = function ($container) {
    $container.addClass('tip-test-type').text(this.params.question);
    H5P.TestHelper.announce($container, this.params.answers.length);
  };
  return TestType;
})(H5P.jQuery);
"""
TEST_TYPE_CSS = b".tip-test-type { margin-inline-start: 1em; text-align: start; }\n"
TEST_TYPE_ICON = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/>'
    b"</svg>\n"
)
HELPER_JS = b"""\
H5P.TestHelper = {
  announce: function ($container, count) {
    $container.attr('data-answers', count);
  }
};
"""
SEMANTICS = [
    {"name": "question", "type": "text", "label": "Question"},
    {"name": "image", "type": "image", "label": "Image"},
    {"name": "answers", "type": "list", "field": {"name": "answer", "type": "text"}},
]
URDU_LANGUAGE = {"semantics": [{"label": "سوال"}, {"label": "تصویر"}, {"label": "جوابات"}]}
CONTENT = {
    "question": "انسانی اسمگلنگ کی علامات کیا ہیں؟",
    "image": {"path": "images/poster.png", "mime": "image/png", "width": 1, "height": 1},
    "answers": ["پاسپورٹ ضبط کر لینا", "قرض کی غلامی"],
}


def dependency(name, major, minor):
    return {"machineName": name, "majorVersion": major, "minorVersion": minor}


def _png(size, colour_type, rows):
    def chunk(kind, data):
        checksum = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + checksum

    header = struct.pack(">IIBBBBB", size, size, 8, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def tiny_png():
    """A valid one-pixel PNG."""
    return _png(1, 0, b"\x00\x80")


def colour_png(red, green, blue, size=2):
    """A square PNG of ``size`` pixels a side, all of one colour."""
    return _png(size, 2, (b"\x00" + bytes((red, green, blue)) * size) * size)


def _json(data):
    return json.dumps(data, ensure_ascii=False).encode()


def content_type(**library_json):
    """``TIP.TestType`` 1.0; ``library_json`` overrides fields of its library.json."""
    meta = {
        "title": "Test type",
        "machineName": "TIP.TestType",
        "majorVersion": 1,
        "minorVersion": 0,
        "patchVersion": 3,
        "runnable": 1,
        "author": "TIP tests",
        "license": "MIT",
        "embedTypes": ["iframe"],
        "coreApi": {"majorVersion": 1, "minorVersion": 24},
        "preloadedJs": [{"path": "scripts/test-type.js"}],
        "preloadedCss": [{"path": "styles/test-type.css"}],
        "preloadedDependencies": [dependency("TIP.TestHelper", 1, 2)],
        "metadataSettings": {"disable": 0, "disableExtraTitleField": 0},
        **library_json,
    }
    files = {
        "scripts/test-type.js": TEST_TYPE_JS,
        "styles/test-type.css": TEST_TYPE_CSS,
        "icon.svg": TEST_TYPE_ICON,
        "semantics.json": _json(SEMANTICS),
        "language/ur.json": _json(URDU_LANGUAGE),
    }
    return LibrarySource(meta, files)


def helper(**library_json):
    """``TIP.TestHelper`` 1.2, a library the test type preloads."""
    meta = {
        "title": "Test helper",
        "machineName": "TIP.TestHelper",
        "majorVersion": 1,
        "minorVersion": 2,
        "patchVersion": 0,
        "runnable": 0,
        "preloadedJs": [{"path": "helper.js"}],
        **library_json,
    }
    return LibrarySource(meta, {"helper.js": HELPER_JS})


def members(h5p_json=None, content=None, libraries=None):
    """A valid package's members, name to bytes, before a test breaks one of them."""
    main, *others = libraries or [content_type(), helper()]
    manifest = {
        "preloadedDependencies": [library.dependency() for library in (*others, main)],
        "authors": [{"name": "عائشہ خان", "role": "Author"}],
        "license": "CC BY-SA",
        "licenseVersion": "4.0",
        "yearFrom": 2024,
        **(h5p_json or {}),
    }
    return package_members(
        title="انسانی اسمگلنگ کی پہچان",
        language="ur",
        main_library=main,
        libraries=others,
        content=CONTENT if content is None else content,
        content_files={"images/poster.png": tiny_png()},
        h5p_json=manifest,
    )


def to_zip(named, *entries, compression=zipfile.ZIP_DEFLATED):
    """Zip bytes of ``named`` (name to bytes) then ``entries``, ``(ZipInfo, bytes)`` pairs."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicates some tests want
        with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
            for name, data in named.items():
                archive.writestr(name, data)
            for info, data in entries:
                archive.writestr(info, data)
    return buffer.getvalue()


def package(**kwargs):
    return to_zip(members(**kwargs))


def special_entry(name, file_type, data=b"x"):
    """A zip entry whose unix mode says ``file_type`` (``stat.S_IFLNK``, ``S_IFCHR``...)."""
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (file_type | 0o777) << 16
    return info, data


def symlink(name, target=b"/etc/passwd"):
    return special_entry(name, stat.S_IFLNK, target)


def _headers(data):
    """Offsets of each member's local header and central directory entry, by raw name."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        position, infos = archive.start_dir, archive.infolist()
    offsets = {}
    for info in infos:
        offsets[info.orig_filename] = (info.header_offset, position)
        lengths = struct.unpack_from("<3H", data, position + 28)
        position += 46 + sum(lengths)
    return offsets


def forge(data, name, *, flag_bits=None, file_size=None, compress_type=None):
    """``data`` with fields of member ``name`` rewritten in both of its headers."""
    local, central = _headers(data)[name]
    forged = bytearray(data)
    for value, fmt, at_local, at_central in (
        (flag_bits, "<H", 6, 8),
        (compress_type, "<H", 8, 10),
        (file_size, "<I", 22, 24),
    ):
        if value is not None:
            struct.pack_into(fmt, forged, local + at_local, value)
            struct.pack_into(fmt, forged, central + at_central, value)
    return bytes(forged)


def forge_directory(data):
    """``data`` whose end record claims that everything before it is the zip's directory."""
    forged = bytearray(data)
    end = data.rindex(b"PK\x05\x06")
    struct.pack_into("<II", forged, end + 12, end, 0)
    return bytes(forged)


class CountingReader(io.BytesIO):
    """An upload that counts the bytes read from it, to show where reading stopped."""

    def __init__(self, data):
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size=-1):
        chunk = super().read(size)
        self.bytes_read += len(chunk)
        return chunk
