"""Packages shaped like real exports of the H5P editor (h5p.org, Lumi, Moodle, WordPress).

No third-party H5P code may be committed, so the libraries' code here is a stand-in; what
is real is the shape: several libraries with icons, fonts, upgrade scripts and hidden
English language files, editor-only dependencies that are not shipped, version numbers
written as strings as PHP platforms write them, and the full metadata of h5p.json.
"""

import io
import json

import pytest

from h5p.models import H5PLibrary
from h5p.packaging import LibrarySource, write_zip
from h5p.services import upload_package
from h5p.validation import InvalidPackage, validate_package
from tests.factories import StaffUserFactory, UserFactory

pytestmark = pytest.mark.django_db


def library(name, major, minor, patch, *, runnable=0, js=(), css=(), needs=(), extra=None):
    files = {path: f"/* {name}: {path} */\n".encode() for path in (*js, *css)}
    files.update(
        {
            "icon.svg": b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>',
            "language/.en.json": b'{"semantics": []}',
            "language/ur.json": b'{"semantics": []}',
            "upgrades.js": b"var H5PUpgrades = H5PUpgrades || {};\n",
        }
    )
    files.update(extra or {})
    meta = {
        "title": name,
        "machineName": name,
        "majorVersion": major,
        "minorVersion": minor,
        "patchVersion": patch,
        "runnable": runnable,
        "author": "Someone",
        "license": "MIT",
        "coreApi": {"majorVersion": 1, "minorVersion": 24},
        "fullscreen": 0,
        "embedTypes": ["iframe"] if runnable else [],
        "preloadedJs": [{"path": path} for path in js],
        "preloadedCss": [{"path": path} for path in css],
        "preloadedDependencies": [
            {"machineName": n, "majorVersion": a, "minorVersion": b} for n, a, b in needs
        ],
        "editorDependencies": [
            {"machineName": "H5PEditor.ShowWhen", "majorVersion": 1, "minorVersion": 0}
        ],
    }
    return LibrarySource(library_json=meta, files=files)


LIBRARIES = [
    library(
        "FontAwesome",
        4,
        5,
        4,
        css=("h5p-font-awesome.min.css",),
        extra={"fontawesome-webfont.woff2": b"wOF2", "fontawesome-webfont.ttf": b"\0\1"},
    ),
    library("H5P.Transition", 1, 0, 4, js=("transition.js",)),
    library(
        "H5P.JoubelUI",
        1,
        3,
        19,
        js=("js/joubel-ui.js",),
        css=("css/joubel-ui.css",),
        needs=[("FontAwesome", 4, 5), ("H5P.Transition", 1, 0)],
    ),
    library(
        "H5P.Question",
        1,
        5,
        15,
        js=("scripts/question.js",),
        css=("styles/question.css",),
        needs=[("H5P.JoubelUI", 1, 3)],
    ),
    library(
        "H5P.TrueFalse",
        1,
        8,
        11,
        runnable=1,
        js=("scripts/true-false.js",),
        css=("styles/true-false.css",),
        needs=[("H5P.Question", 1, 5), ("FontAwesome", 4, 5)],
        extra={"presave.js": b"var H5PPresave = H5PPresave || {};\n"},
    ),
]

H5P_JSON = {
    "title": "Is consent enough?",
    "language": "und",
    "mainLibrary": "H5P.TrueFalse",
    "embedTypes": ["iframe"],
    "license": "CC BY-SA",
    "licenseVersion": "4.0",
    "authors": [{"name": "Trainer, Islamabad", "role": "Author"}],
    "yearFrom": "2026",
    "source": "",
    "extraTitle": "Is consent enough?",
    "defaultLanguage": "en",
    "changes": [],
    "authorComments": "",
    # As PHP platforms export them: strings, in loading order.
    "preloadedDependencies": [
        {"machineName": "FontAwesome", "majorVersion": "4", "minorVersion": "5"},
        {"machineName": "H5P.Transition", "majorVersion": "1", "minorVersion": "0"},
        {"machineName": "H5P.JoubelUI", "majorVersion": "1", "minorVersion": "3"},
        {"machineName": "H5P.Question", "majorVersion": "1", "minorVersion": "5"},
        {"machineName": "H5P.TrueFalse", "majorVersion": "1", "minorVersion": "8"},
    ],
}

CONTENT = {
    "media": {
        "type": {
            "library": "H5P.Image 1.1",
            "params": {"file": {"path": "images/kiln-6a1b2c.jpg", "mime": "image/jpeg"}},
            "subContentId": "3b2c6f0e-0000-4000-8000-000000000000",
        }
    },
    "correct": "false",
    "question": "<p>If an adult agreed to the job, it cannot be trafficking.</p>",
    "behaviour": {"enableRetry": True, "enableSolutionsButton": True},
    "l10n": {"trueText": "True", "falseText": "False"},
}


def export(with_libraries=True):
    members = {
        "h5p.json": json.dumps(H5P_JSON).encode(),
        "content/content.json": json.dumps(CONTENT).encode(),
        "content/images/kiln-6a1b2c.jpg": b"\xff\xd8\xff\xe0 not really a photo",
    }
    if with_libraries:
        for source in LIBRARIES:
            members[f"{source.folder}/library.json"] = json.dumps(source.library_json).encode()
            for path, data in source.files.items():
                members[f"{source.folder}/{path}"] = data
    return write_zip(members)


def test_an_export_shaped_like_the_h5p_editors_is_accepted(media_root):
    package = validate_package(io.BytesIO(export()))
    assert [ref.folder for ref in package.needed_libraries()] == [
        "FontAwesome-4.5",
        "H5P.Transition-1.0",
        "H5P.JoubelUI-1.3",
        "H5P.Question-1.5",
        "H5P.TrueFalse-1.8",
    ]
    true_false = next(i for r, i in package.libraries.items() if r.folder == "H5P.TrueFalse-1.8")
    assert true_false.patch == 11
    assert "language/.en.json" not in true_false.files  # hidden files are skipped
    assert {"icon.svg", "upgrades.js", "presave.js"} <= set(true_false.files)
    assert package.license == "CC BY-SA" and package.language == "und"


def test_an_admin_installs_the_libraries_then_a_trainer_uploads_the_same_export(media_root):
    trainer = UserFactory()
    from django.contrib.auth.models import Permission

    trainer.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_h5pcontent", "change_h5pcontent"])
    )
    with pytest.raises(InvalidPackage) as refused:
        upload_package(io.BytesIO(export()), trainer)
    messages = " ".join(p.message for p in refused.value.problems)
    assert "H5P.TrueFalse 1.8" in messages and "platform administrators" in messages
    assert not H5PLibrary.objects.exists()

    admin_result = upload_package(io.BytesIO(export()), StaffUserFactory())
    assert sorted(str(lib) for lib in admin_result.installed) == [
        "FontAwesome 4.5.4",
        "H5P.JoubelUI 1.3.19",
        "H5P.Question 1.5.15",
        "H5P.Transition 1.0.4",
        "H5P.TrueFalse 1.8.11",
    ]
    trainer = type(trainer).objects.get(pk=trainer.pk)  # fresh permission cache
    result = upload_package(io.BytesIO(export()), trainer)
    assert result.installed == []
    assert result.version.libraries[-1] == "H5P.TrueFalse-1.8"
    # An export without its libraries works too, now that they are installed.
    assert upload_package(io.BytesIO(export(with_libraries=False)), trainer).installed == []
