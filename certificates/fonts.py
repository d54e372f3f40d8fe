"""The fonts certificates are drawn with: files that ``make install`` puts in node_modules.

A certificate must look the same on every server, so it never asks the system's
fontconfig for a font it needs. Each face below is named in ``@font-face`` by the path
npm installed it at (``@fontsource`` packages, locked in package-lock.json), and the
PDF embeds what it used. Only scripts these files do not cover (Devanagari, Chinese,
…, for a learner's name) fall through to the system's fonts, as the last resort.

The files are read once per thread: WeasyPrint keeps fonts it has loaded in its
``FontConfiguration`` (keyed by the ``@font-face`` rule), so one configuration is kept
per thread and passed to every render. Each holds a temporary folder of the decoded
fonts (about 2 MB), deleted with it.
"""

import atexit
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings


@dataclass(frozen=True)
class Face:
    family: str
    package: str
    subsets: tuple
    weights: tuple

    def files(self, root):
        for subset in self.subsets:
            for weight in self.weights:
                name = f"{self.package}-{subset}-{weight}-normal.woff2"
                yield weight, Path(root) / self.package / "files" / name


#: Every subset of each family is its own file; fontconfig reads which characters each
#: holds, so a character missing from one face falls through to the next family.
FACES = (
    Face(
        "Noto Serif",
        "noto-serif",
        ("latin", "latin-ext", "vietnamese", "greek", "greek-ext", "cyrillic", "cyrillic-ext"),
        (400, 700),
    ),
    Face("Noto Nastaliq Urdu", "noto-nastaliq-urdu", ("arabic",), (400, 700)),
    # Letters of Arabic-script languages that Nastaliq lacks (Sindhi's ڪ, Arabic, Persian).
    Face("Noto Naskh Arabic", "noto-naskh-arabic", ("arabic",), (400, 700)),
    Face("Noto Sans Mono", "noto-sans-mono", ("latin",), (400,)),
)


def font_root():
    return Path(settings.CERTIFICATE_FONT_ROOT)


def font_files():
    """(family, weight, path) of every file the certificate template names."""
    root = font_root()
    return [(face.family, weight, path) for face in FACES for weight, path in face.files(root)]


def missing_font_files():
    return [path for _family, _weight, path in font_files() if not path.is_file()]


@cache
def _font_face_css(root):
    rules = []
    for family, weight, path in font_files():
        rules.append(
            f'@font-face {{ font-family: "{family}"; font-weight: {weight}; '
            f'font-style: normal; src: url("{path.as_uri()}") format("woff2"); }}'
        )
    return "\n".join(rules)


def font_face_css():
    """The ``@font-face`` rules for the certificate's ``<style>``."""
    return _font_face_css(str(font_root()))


def allowed_font_paths():
    return {path.resolve() for _family, _weight, path in font_files()}


#: {thread ident: (font root, FontConfiguration)}; entries of finished threads are dropped.
_configurations = {}
_lock = threading.Lock()


def font_configuration():
    """This thread's WeasyPrint font configuration, which keeps the fonts it loaded."""
    from weasyprint.text.fonts import FontConfiguration

    ident, root = threading.get_ident(), font_root()
    with _lock:
        entry = _configurations.get(ident)
        if entry is None or entry[0] != root:
            alive = {thread.ident for thread in threading.enumerate()}
            for gone in [key for key in _configurations if key not in alive]:
                del _configurations[gone]
            entry = _configurations[ident] = (root, FontConfiguration())
        return entry[1]


@atexit.register
def _forget_configurations():
    """Let each configuration delete its folder of fonts while the interpreter can still do it."""
    with _lock:
        _configurations.clear()
