"""Validating uploaded .h5p packages: what is accepted, and what an uploader is told when not."""

import hashlib
import io
import json
import os
import stat
import zipfile

from django.core.exceptions import ImproperlyConfigured
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

import hypothesis
import pytest
from hypothesis import strategies as st

from h5p.packaging import LibrarySource
from h5p.validation import (
    FileInfo,
    InvalidPackage,
    LibraryRef,
    Limits,
    validate_package,
)
from tests.h5p import packages
from tests.h5p.packages import (
    CountingReader,
    content_type,
    dependency,
    forge,
    helper,
    members,
    package,
    to_zip,
)

MB = 1024 * 1024
MAIN = LibraryRef("TIP.TestType", 1, 0)
HELPER = LibraryRef("TIP.TestHelper", 1, 2)
MISSING_HELPER = (
    "The package needs the library TIP.TestHelper 1.2, which is not installed. Ask a platform "
    "administrator to install it, or export the content again with its libraries."
)


def refuse(data, **kwargs):
    """The problems found in ``data`` (bytes or a file), which must be refused."""
    fileobj = data if hasattr(data, "read") else io.BytesIO(data)
    with pytest.raises(InvalidPackage) as refused:
        validate_package(fileobj, **kwargs)
    return refused.value.problems


def messages(data, **kwargs):
    return [problem.message for problem in refuse(data, **kwargs)]


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def with_files(**changes):
    """The valid package's members with ``changes`` (name to bytes, or None to remove)."""
    result = members()
    for name, data in changes.items():
        if data is None:
            del result[name]
        else:
            result[name] = data
    return result


# Valid packages ---------------------------------------------------------------------------


def test_a_valid_package_is_read_completely():
    data = package()
    result = validate_package(io.BytesIO(data))

    assert result.title == "انسانی اسمگلنگ کی پہچان"
    assert result.language == "ur"
    assert result.main_library == MAIN
    assert result.embed_types == ["iframe"]
    assert result.metadata["preloadedDependencies"] == [
        dependency("TIP.TestHelper", 1, 2),
        dependency("TIP.TestType", 1, 0),
    ]
    assert result.content == packages.CONTENT
    assert result.license == "CC BY-SA"
    assert result.authors == [{"name": "عائشہ خان", "role": "Author"}]
    assert (result.sha256, result.size) == (sha256(data), len(data))
    png = packages.tiny_png()
    assert result.content_files == {
        "images/poster.png": FileInfo("content/images/poster.png", len(png), sha256(png))
    }
    assert set(result.libraries) == {MAIN, HELPER}
    assert result.needed_libraries() == [HELPER, MAIN]


def test_a_valid_package_describes_its_libraries():
    result = validate_package(io.BytesIO(package()))

    main = result.libraries[MAIN]
    assert (main.ref, main.patch, main.title, main.runnable) == (MAIN, 3, "Test type", True)
    assert main.metadata == content_type().library_json
    assert main.semantics == packages.SEMANTICS
    assert main.preloaded_js == ["scripts/test-type.js"]
    assert main.preloaded_css == ["styles/test-type.css"]
    assert main.dependencies == [HELPER]
    assert sorted(main.files) == [
        "icon.svg",
        "language/ur.json",
        "library.json",
        "scripts/test-type.js",
        "semantics.json",
        "styles/test-type.css",
    ]
    js = packages.TEST_TYPE_JS
    assert main.files["scripts/test-type.js"] == FileInfo(
        "TIP.TestType-1.0/scripts/test-type.js", len(js), sha256(js)
    )
    support = result.libraries[HELPER]
    assert (support.runnable, support.semantics, support.dependencies) == (False, None, [])
    assert (str(MAIN), MAIN.folder) == ("TIP.TestType 1.0", "TIP.TestType-1.0")


def test_a_django_upload_is_accepted_and_left_at_its_start():
    upload = SimpleUploadedFile("signs.h5p", package(), content_type="application/zip")
    assert validate_package(upload).main_library == MAIN
    assert upload.tell() == 0


def test_mac_and_dot_files_are_ignored():
    data = to_zip(
        {
            **members(),
            "__MACOSX/content/images/._poster.png": b"\x00\x05\x16\x07",
            "content/.DS_Store": b"junk",
            ".git/config": b"[core]",
        }
    )
    result = validate_package(io.BytesIO(data))
    assert list(result.content_files) == ["images/poster.png"]


def test_flash_in_an_old_video_library_is_left_out():
    data = to_zip({**members(), "TIP.TestHelper-1.2/flowplayer-3.2.16.swf": b"FWS\x0a"})
    helper = next(i for r, i in validate_package(io.BytesIO(data)).libraries.items() if r == HELPER)
    assert sorted(helper.files) == ["helper.js", "library.json"]


def test_extensions_are_compared_without_case():
    data = to_zip({**members(), "content/images/PHOTO.JPG": packages.tiny_png()})
    assert "images/PHOTO.JPG" in validate_package(io.BytesIO(data)).content_files


@pytest.mark.parametrize("language", ["en", "ur", "und", "pt-br", "zh-Hans"])
def test_language_codes_are_accepted(language):
    data = package(h5p_json={"language": language})
    assert validate_package(io.BytesIO(data)).language == language


# Zip safety -------------------------------------------------------------------------------


def test_a_file_that_is_not_a_zip_is_refused():
    assert messages(b"<html>a web page saved as .h5p</html>") == [
        "The package is not a zip file (.h5p files are zip archives). "
        "Export it again from the H5P editor."
    ]


def test_a_truncated_zip_is_refused():
    assert messages(package()[:-30]) == [
        "The package is a damaged zip file and cannot be opened. "
        "Export it again from the H5P editor."
    ]


def test_an_upload_over_the_limit_is_refused_before_it_is_read():
    upload = CountingReader(package())
    problems = messages(upload, limits=Limits(max_upload_bytes=1000))
    assert len(problems) == 1
    assert "more than the 1000\xa0bytes allowed for an upload" in problems[0]
    assert upload.bytes_read == 0


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("/etc/cron.d/job.png", 'whose path starts with "/". Paths inside a package must be'),
        ("content/../../../outside.png", 'whose path uses "." or ".." to point outside'),
        ("content/./poster.png", 'whose path uses "." or ".." to point outside'),
        ("content\\images\\poster.png", "whose path uses backslashes. Paths inside a package"),
        ("C:/Windows/poster.png", "whose path starts with a drive letter."),
        ("content/images//poster.png", "whose path has an empty folder name."),
        ("content/bell\x07.png", 'a file whose name has control characters ("content/bell\\x07'),
    ],
)
def test_names_that_could_escape_the_package_are_refused(name, message):
    problems = refuse(to_zip({**members(), name: b"x"}))
    assert len(problems) == 1
    assert message in problems[0].message
    assert problems[0].path == name.replace("\x07", "\\x07")


def test_a_name_with_a_nul_byte_is_refused():
    data = to_zip({**members(), "content/poster.pngX.js": b"x"})
    data = data.replace(b"poster.pngX.js", b"poster.png\x00.js")
    assert messages(data) == [
        "The package contains a file whose name has control characters "
        '("content/poster.png\\x00.js").'
    ]


@pytest.mark.parametrize(
    ("file_type", "message"),
    [
        (stat.S_IFLNK, 'The package contains a symbolic link ("content/images/link.png").'),
        (stat.S_IFCHR, '"content/images/link.png", a device or other special file.'),
        (stat.S_IFBLK, '"content/images/link.png", a device or other special file.'),
        (stat.S_IFIFO, '"content/images/link.png", a device or other special file.'),
        (stat.S_IFSOCK, '"content/images/link.png", a device or other special file.'),
    ],
)
def test_links_and_special_files_are_refused(file_type, message):
    entry = packages.special_entry("content/images/link.png", file_type, b"/etc/passwd")
    problems = messages(to_zip(members(), entry))
    assert len(problems) == 1
    assert message in problems[0]


def test_an_encrypted_file_is_refused():
    data = forge(package(), "content/images/poster.png", flag_bits=0x1)
    assert messages(data) == [
        'The file "content/images/poster.png" in the package is encrypted. '
        "Export the package again without a password."
    ]


def test_an_unsupported_compression_method_is_refused():
    entry = zipfile.ZipInfo("content/notes.txt")
    entry.compress_type = zipfile.ZIP_BZIP2
    assert messages(to_zip(members(), (entry, b"notes " * 100))) == [
        'The file "content/notes.txt" is compressed with a method that is not supported '
        "(only stored and deflated files are). Export the package again."
    ]


def test_a_file_twice_in_the_package_is_refused():
    second = zipfile.ZipInfo("content/images/poster.png")
    assert messages(to_zip(members(), (second, b"another poster"))) == [
        'The package contains the file "content/images/poster.png" more than once.'
    ]


def test_more_files_than_allowed_are_refused(settings):
    settings.H5P_LIMITS = {"max_files": 5}
    assert messages(package()) == ["The package contains more than 5 files, the most allowed."]


def test_a_huge_zip_directory_is_refused_before_it_is_read():
    data = to_zip({**members(), "content/video.mp4": os.urandom(3 * MB)}, compression=0)
    assert messages(packages.forge_directory(data)) == [
        "The package contains more than 5000 files, the most allowed."
    ]


def test_a_damaged_file_is_named_and_the_others_still_checked():
    data = to_zip(members(), compression=zipfile.ZIP_STORED)
    data = data.replace(b"announce: function", b"announce: funct10n")
    problems = refuse(data)
    assert (problems[0].message, problems[0].path) == (
        'The file "TIP.TestHelper-1.2/helper.js" in the package is damaged or truncated and '
        "cannot be read. Export the package again.",
        "TIP.TestHelper-1.2/helper.js",
    )
    assert len(problems) == 2  # and so helper.js is missing where the library preloads it


def test_a_file_over_the_size_limit_stops_reading_there():
    video = os.urandom(3 * MB)
    upload = CountingReader(to_zip({**members(), "content/video.mp4": video}, compression=0))
    problems = messages(upload, limits=Limits(max_file_bytes=MB))
    assert problems == [
        'The file "content/video.mp4" is larger than 1.0\xa0MB, the most allowed for one file.'
    ]
    assert upload.bytes_read < 1.2 * MB


def test_files_adding_up_over_the_limit_stop_reading_there():
    audio = {f"content/audio-{n}.mp3": os.urandom(600 * 1024) for n in range(4)}
    upload = CountingReader(to_zip({**members(), **audio}, compression=0))
    problems = messages(upload, limits=Limits(max_total_bytes=MB))
    assert problems == [
        "The files in the package add up to more than 1.0\xa0MB once unpacked, the most allowed "
        '(counting stopped at "content/audio-1.mp3").'
    ]
    assert upload.bytes_read < 1.2 * MB


def test_problems_found_before_a_size_limit_are_reported_with_it():
    video = os.urandom(2 * MB)
    data = to_zip({**members(), "content/page.html": b"<p>", "content/video.mp4": video})
    problems = messages(data, limits=Limits(max_file_bytes=MB))
    assert len(problems) == 2
    assert problems[0].startswith('The content file "content/page.html" is of a type')
    assert problems[1].startswith('The file "content/video.mp4" is larger than 1.0\xa0MB')


@pytest.fixture(scope="module")
def zip_bomb():
    """200 MB of zeros, deflated to about 200 KB, after a valid package's members."""
    buffer = io.BytesIO(package())
    with (
        zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("content/notes.txt", "w") as member,
    ):
        for _ in range(200):
            member.write(bytes(MB))
    return buffer.getvalue()


def test_a_zip_bomb_is_refused_before_it_is_inflated(zip_bomb):
    upload = CountingReader(zip_bomb)
    problems = messages(upload, limits=Limits(max_file_bytes=10 * MB))
    assert problems == [
        'The file "content/notes.txt" unpacks to more than 1000 times its packed size, as zip '
        "bombs built to crash servers do. The package was not unpacked further."
    ]
    assert upload.bytes_read < 64 * 1024 < len(zip_bomb)


def test_a_file_inflating_past_its_declared_size_is_cut_off_there():
    data = to_zip({**members(), "content/video.mp4": os.urandom(20 * MB)})
    upload = CountingReader(forge(data, "content/video.mp4", file_size=1000))
    problems = messages(upload, limits=Limits(max_file_bytes=10 * MB))
    assert problems == [
        'The file "content/video.mp4" in the package is damaged or truncated and cannot be '
        "read. Export the package again."
    ]
    assert upload.bytes_read < MB


VALID_PACKAGES = (package(), to_zip(members(), compression=zipfile.ZIP_STORED))


@hypothesis.settings(max_examples=300, deadline=None)
@hypothesis.given(
    which=st.sampled_from(VALID_PACKAGES),
    changes=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.binary(min_size=1))),
)
def test_corrupted_packages_are_refused_with_problems_never_a_crash(which, changes):
    data = bytearray(which)
    for where, replacement in changes:
        at = int(where * len(data))
        data[at : at + len(replacement)] = replacement
    try:
        validate_package(io.BytesIO(bytes(data)))
    except InvalidPackage as refused:
        assert all(problem.message for problem in refused.problems)


# Layout and file types --------------------------------------------------------------------


def test_a_package_without_manifest_or_content_is_refused():
    data = to_zip(with_files(**{"h5p.json": None, "content/content.json": None}))
    assert messages(data) == [
        "The package has no h5p.json file at its top level. Export it again from the H5P editor.",
        "The package has no content/content.json file. Export it again from the H5P editor.",
    ]


def test_files_outside_content_and_libraries_are_refused():
    data = to_zip({**members(), "README.txt": b"read me", "scripts/extra.js": b"alert(1)"})
    assert messages(data) == [
        'The package contains "README.txt" at its top level, where only h5p.json, the content '
        "folder and library folders belong.",
        'The package contains a folder "scripts" that is neither the content folder nor a '
        'library folder (named like "H5P.Example-1.0").',
    ]


@pytest.mark.parametrize(
    "name",
    [
        "content/images/logo.svg",
        "content/images/LOGO.SVG",
        "content/page.html",
        "content/page.htm",
        "content/data.xml",
        "content/script.js",
        "content/movie.swf",
        "content/shell.php",
    ],
)
def test_content_a_browser_could_run_as_script_is_refused(name):
    problems = refuse(to_zip({**members(), name: b"<script>alert(1)</script>"}))
    extension = name.rsplit(".", 1)[1].lower()
    assert len(problems) == 1
    assert problems[0].message.startswith(
        f'The content file "{name}" is of a type content may not contain (.{extension}). '
        "Allowed types: bmp, csv, doc, docx, eot,"
    )
    assert problems[0].path == name


def test_libraries_may_hold_javascript_css_and_svg_but_not_html():
    library = content_type()
    library.files["demo.html"] = b"<script>alert(1)</script>"
    problems = messages(to_zip(members(libraries=[library, helper()])))
    assert len(problems) == 1
    assert problems[0].startswith(
        'The library file "TIP.TestType-1.0/demo.html" is of a type libraries may not contain '
        "(.html). Allowed types: bmp, css,"
    )


def test_files_without_an_extension_are_refused():
    data = to_zip({**members(), "content/images/poster": b"x", "TIP.TestType-1.0/LICENSE": b"x"})
    assert messages(data) == [
        'The file "content/images/poster" has no extension, so its type cannot be checked.',
        'The file "TIP.TestType-1.0/LICENSE" has no extension, so its type cannot be checked.',
    ]


def test_every_problem_is_reported_together():
    data = to_zip(
        {
            **members(libraries=[content_type()], h5p_json={"title": "t" * 300}),
            "content/images/logo.svg": b"<svg/>",
        }
    )
    problems = messages(data)
    assert len(problems) == 3
    assert problems[0].startswith('The content file "content/images/logo.svg" is of a type')
    assert problems[1] == 'h5p.json: "title" must be text of 1 to 255 characters.'
    assert problems[2] == MISSING_HELPER


# Libraries and dependencies ---------------------------------------------------------------


def test_a_library_folder_must_be_named_after_its_library():
    renamed = {
        name.replace("TIP.TestHelper-1.2/", "TIP.TestHelper-1.3/"): data
        for name, data in members().items()
    }
    assert messages(to_zip(renamed)) == [
        'The library folder "TIP.TestHelper-1.3" holds TIP.TestHelper 1.2 according to its '
        'library.json, so it must be named "TIP.TestHelper-1.2".',
        MISSING_HELPER,
    ]


def test_a_library_folder_needs_its_library_json():
    data = to_zip(with_files(**{"TIP.TestHelper-1.2/library.json": None}))
    assert messages(data) == ['The library folder "TIP.TestHelper-1.2" has no library.json file.']


def test_every_preloaded_file_must_be_in_the_library():
    data = to_zip(with_files(**{"TIP.TestType-1.0/styles/test-type.css": None}))
    assert messages(data) == [
        'The library TIP.TestType 1.0 preloads "styles/test-type.css", which is not in its '
        'folder "TIP.TestType-1.0".'
    ]


def test_a_missing_dependency_is_named_with_its_version():
    problems = refuse(package(libraries=[content_type()]))
    assert [(p.message, p.path) for p in problems] == [
        (MISSING_HELPER, "TIP.TestType-1.0/library.json")
    ]


def test_a_dependency_already_installed_need_not_be_in_the_package():
    asked = []

    def installed(ref):
        asked.append(ref)
        return ref == HELPER

    result = validate_package(io.BytesIO(package(libraries=[content_type()])), installed=installed)
    assert asked == [HELPER]
    assert set(result.libraries) == {MAIN}
    assert result.needed_libraries() == [HELPER, MAIN]


def test_installed_libraries_are_needed_in_the_order_h5p_json_lists_them():
    content_only = {
        name: data for name, data in members().items() if name.startswith(("h5p.json", "content/"))
    }
    result = validate_package(io.BytesIO(to_zip(content_only)), installed=lambda ref: True)
    assert result.libraries == {}
    assert result.needed_libraries() == [HELPER, MAIN]


def test_a_long_chain_of_libraries_is_followed_without_recursion():
    chain = [
        LibrarySource(
            {
                **helper().library_json,
                "machineName": f"TIP.Link{n}",
                "preloadedJs": [],
                "preloadedDependencies": [dependency(f"TIP.Link{n + 1}", 1, 2)] if n < 1099 else [],
            }
        )
        for n in range(1100)
    ]
    main = content_type(preloadedDependencies=[dependency("TIP.Link0", 1, 2)])
    result = validate_package(io.BytesIO(package(libraries=[main, *chain])))
    needed = result.needed_libraries()
    assert (len(needed), needed[0], needed[-2:]) == (
        1101,
        LibraryRef("TIP.Link1099", 1, 2),
        [LibraryRef("TIP.Link0", 1, 2), MAIN],
    )


def test_dynamic_dependencies_are_needed_too():
    extra = LibrarySource(
        {**helper().library_json, "machineName": "TIP.Extra", "minorVersion": 0},
        {"helper.js": packages.HELPER_JS},
    )
    main = content_type(dynamicDependencies=[dependency("TIP.Extra", 1, 0)])
    result = validate_package(io.BytesIO(package(libraries=[main, helper(), extra])))
    assert result.libraries[MAIN].dependencies == [HELPER, LibraryRef("TIP.Extra", 1, 0)]
    assert result.needed_libraries() == [HELPER, LibraryRef("TIP.Extra", 1, 0), MAIN]
    assert messages(package(libraries=[main, helper()])) == [
        MISSING_HELPER.replace("TIP.TestHelper 1.2", "TIP.Extra 1.0")
    ]


def test_editor_dependencies_are_checked_but_not_required():
    main = content_type(editorDependencies=[dependency("H5PEditor.Missing", 1, 0)])
    assert validate_package(io.BytesIO(package(libraries=[main, helper()])))
    broken = content_type(editorDependencies=[{"machineName": "H5PEditor.Missing"}])
    assert messages(package(libraries=[broken, helper()])) == [
        'TIP.TestType-1.0/library.json: "editorDependencies" must be a list of libraries, '
        'each with a "machineName", a "majorVersion" and a "minorVersion".'
    ]


def test_the_main_library_must_be_a_preloaded_dependency():
    data = package(h5p_json={"preloadedDependencies": [dependency("TIP.TestHelper", 1, 2)]})
    assert messages(data) == [
        'h5p.json: the main library "TIP.TestType" is not in "preloadedDependencies".'
    ]


def test_the_main_library_must_be_runnable():
    data = package(libraries=[content_type(runnable=0), helper()])
    assert messages(data) == [
        "The main library TIP.TestType 1.0 cannot be shown on its own: its library.json says "
        "it is not runnable."
    ]


def test_libraries_preloading_each_other_are_refused():
    looping = helper(preloadedDependencies=[dependency("TIP.TestType", 1, 0)])
    assert messages(package(libraries=[content_type(), looping])) == [
        "The libraries TIP.TestType 1.0 → TIP.TestHelper 1.2 → TIP.TestType 1.0 preload each "
        "other in a loop, so none can be loaded first."
    ]


def test_a_dynamic_dependency_back_to_the_main_library_is_allowed():
    looping = helper(dynamicDependencies=[dependency("TIP.TestType", 1, 0)])
    result = validate_package(io.BytesIO(package(libraries=[content_type(), looping])))
    assert result.needed_libraries() == [HELPER, MAIN]


# JSON -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"question": "a",, }', '"content/content.json" is not valid JSON (line 1, column 18).'),
        (
            b'{"question": "a", "question": "b"}',
            '"content/content.json" contains the key "question" more than once in the same object.',
        ),
        (b'{"score": NaN}', '"content/content.json" contains NaN or Infinity, which JSON does '),
        (b'{"score": 1e999}', '"content/content.json" contains NaN or Infinity, which JSON does '),
        ("{'سوال': 1}".encode("cp1256"), '"content/content.json" is not encoded as UTF-8.'),
        (b"[" * 100000 + b"]" * 100000, '"content/content.json" is nested more than 50 levels'),
        (b'["a list"]', '"content/content.json" must contain a JSON object ({…}).'),
    ],
)
def test_content_json_that_is_not_strict_json_is_refused(raw, message):
    problems = refuse(to_zip(with_files(**{"content/content.json": raw})))
    assert len(problems) == 1
    assert problems[0].message.startswith(message)
    assert problems[0].path == "content/content.json"


def test_json_nested_too_deeply_is_refused_where_it_goes_too_deep():
    nested = "x"
    for _ in range(50):
        nested = [nested]
    assert messages(package(content={"deep": nested})) == [
        '"content/content.json" is nested more than 50 levels deep (at $.deep' + "[0]" * 49 + ")."
    ]


def test_json_over_the_size_limit_is_refused():
    data = package(content={"question": "س" * 3000})
    assert messages(data, limits=Limits(max_json_bytes=4000)) == [
        '"content/content.json" is larger than 3.9\xa0KB, the most allowed for a JSON file.'
    ]


def test_over_long_strings_in_content_are_refused_by_their_path():
    content = {
        "intro": "y" * 10001,
        "questions": [{"text": "ok"}, {"text": "ok"}, {"text": "ok"}, {"text": "ن" * 10001}],
        "fine": "z" * 10000,
    }
    assert messages(package(content=content), limits=Limits(max_string_length=10000)) == [
        "content/content.json: $.intro is longer than 10000 characters.",
        "content/content.json: $.questions[3].text is longer than 10000 characters.",
    ]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "t" * 256, '"title" must be text of 1 to 255 characters.'),
        ("title", "", '"title" must be text of 1 to 255 characters.'),
        ("language", "Urdu please", '"language" must be a language code such as "en", "ur"'),
        ("mainLibrary", "TIP/TestType", '"mainLibrary" must be a library machine name such as'),
        ("mainLibrary", "TIP.Tëst", '"mainLibrary" must be a library machine name such as'),
        ("embedTypes", ["html"], '"embedTypes" must be a list of "div" or "iframe".'),
        ("embedTypes", [], '"embedTypes" must be a list of "div" or "iframe".'),
        ("embedTypes", "iframe", '"embedTypes" must be a list of "div" or "iframe".'),
        (
            "preloadedDependencies",
            [{"machineName": "TIP.TestType", "majorVersion": "one", "minorVersion": 0}],
            '"preloadedDependencies" must be a list of libraries, each with a "machineName"',
        ),
        (
            "preloadedDependencies",
            [{"machineName": "TIP.TestType", "majorVersion": True, "minorVersion": 0}],
            '"preloadedDependencies" must be a list of libraries, each with a "machineName"',
        ),
        ("license", "l" * 33, '"license" must be text of at most 32 characters.'),
        ("authors", [{"name": "A", "role": "r" * 65}], '"authors" must be a list of authors'),
        ("authors", [{"role": "Author"}], '"authors" must be a list of authors'),
        ("authorComments", "c" * 5001, '"authorComments" must be text of at most 5000'),
        ("source", 42, '"source" must be text of at most 255 characters.'),
        ("yearFrom", "last year", '"yearFrom" must be a year such as 2024.'),
        ("changes", "many", '"changes" must be a list of changes'),
    ],
)
def test_h5p_json_fields_of_the_wrong_type_are_named(field, value, message):
    problems = refuse(package(h5p_json={field: value}))
    assert len(problems) == 1
    assert problems[0].message.startswith(f"h5p.json: {message}")
    assert problems[0].path == "h5p.json"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("majorVersion", True, '"majorVersion" must be a whole number from 0 to 99999.'),
        ("patchVersion", -1, '"patchVersion" must be a whole number from 0 to 99999.'),
        ("runnable", 2, '"runnable" must be 0 or 1.'),
        ("fullscreen", "yes", '"fullscreen" must be 0 or 1.'),
        ("preloadedJs", [{"path": "styles/test-type.css"}], '"preloadedJs" must be a list of'),
        ("preloadedCss", "styles/test-type.css", '"preloadedCss" must be a list of files'),
        ("preloadedDependencies", [{"machineName": 1}], '"preloadedDependencies" must be a list'),
        ("coreApi", {"majorVersion": 1}, '"coreApi" must be an object with a "majorVersion"'),
        ("description", "d" * 5001, '"description" must be text of at most 5000 characters.'),
        ("metadataSettings", [], '"metadataSettings" must be an object.'),
    ],
)
def test_library_json_fields_of_the_wrong_type_are_named(field, value, message):
    meta = {**content_type().library_json, field: value}
    problems = messages(to_zip(with_files(**{"TIP.TestType-1.0/library.json": json.dumps(meta)})))
    assert len(problems) == 1
    assert problems[0].startswith(f"TIP.TestType-1.0/library.json: {message}")


def test_required_fields_are_named_when_missing():
    library = content_type()
    del library.library_json["title"]
    manifest = {**json.loads(members()["h5p.json"])}
    del manifest["embedTypes"]
    data = to_zip(
        {
            **members(libraries=[library, helper()]),
            "h5p.json": json.dumps(manifest).encode(),
        }
    )
    assert messages(data) == [
        'h5p.json: the required field "embedTypes" is missing.',
        'TIP.TestType-1.0/library.json: the required field "title" is missing.',
    ]


def test_semantics_and_language_files_must_be_valid():
    library = content_type()
    library.files["semantics.json"] = b'{"fields": []}'
    library.files["language/ur.json"] = b'{"semantics": ['
    library.files["language/read me.txt"] = b"notes"
    assert messages(package(libraries=[library, helper()])) == [
        'The file "TIP.TestType-1.0/language/read me.txt" does not belong in a language folder, '
        'which only holds translations named after a language code, such as "ur.json".',
        '"TIP.TestType-1.0/language/ur.json" is not valid JSON (line 1, column 16).',
        '"TIP.TestType-1.0/semantics.json" must contain a JSON list ([…]).',
    ]


def test_json_kept_for_the_package_is_bounded_in_total():
    big_semantics = json.dumps([{"name": "n" * 1500, "type": "text"}]).encode()
    extras = [
        LibrarySource(
            {**helper().library_json, "machineName": f"TIP.Extra{n}", "preloadedJs": []},
            {"semantics.json": big_semantics},
        )
        for n in range(6)
    ]
    data = package(libraries=[content_type(), helper(), *extras])
    problems = messages(data, limits=Limits(max_json_bytes=2000))
    assert problems[-1] == (
        "The package's content and library descriptions add up to more than 7.8\xa0KB of JSON, "
        "the most allowed."
    )


# Settings and languages -------------------------------------------------------------------


def test_limits_come_from_settings_over_the_defaults(settings):
    assert Limits.from_settings() == Limits()
    assert Limits().max_upload_bytes == 200 * MB
    settings.H5P_LIMITS = {"max_files": 10, "max_json_depth": 20}
    assert Limits.from_settings() == Limits(max_files=10, max_json_depth=20)
    settings.H5P_LIMITS = {"max_file": 10}
    with pytest.raises(ImproperlyConfigured, match="max_file"):
        Limits.from_settings()


def test_messages_follow_the_active_language():
    with translation.override("ur"):
        problems = messages(package(libraries=[content_type()]))
    assert len(problems) == 1
    assert "TIP.TestHelper 1.2" in problems[0]
