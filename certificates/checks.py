"""A system check: the fonts that certificates are drawn with are on this machine."""

import shutil
import subprocess

from django.core.checks import Warning, register

#: Font family for each language's certificates (Debian: fonts-noto-core).
REQUIRED_FONTS = {"en": "Noto Serif", "ur": "Noto Nastaliq Urdu"}


def installed_families():
    if not shutil.which("fc-list"):
        return None
    output = subprocess.run(
        ["fc-list", ":", "family"],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    ).stdout
    return {name.strip() for line in output.splitlines() for name in line.split(",")}


@register()
def certificate_fonts(app_configs, **kwargs):
    families = installed_families()
    if families is None:
        return [
            Warning(
                "fontconfig's fc-list is missing, so certificate fonts cannot be found.",
                hint="Install fontconfig and fonts-noto-core (Debian).",
                id="certificates.W001",
            )
        ]
    missing = sorted({font for font in REQUIRED_FONTS.values() if font not in families})
    if missing:
        return [
            Warning(
                f"Fonts for certificates are missing: {', '.join(missing)}. "
                "PDFs would show boxes instead of text.",
                hint="Install the Debian package fonts-noto-core.",
                id="certificates.W002",
            )
        ]
    return []
