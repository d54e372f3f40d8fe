"""A system check: the font files certificates are drawn with were installed."""

from django.core.checks import Warning, register

from .fonts import font_files, missing_font_files


@register()
def certificate_fonts(app_configs, **kwargs):
    missing = missing_font_files()
    if not missing:
        return []
    return [
        Warning(
            f"{len(missing)} of the {len(font_files())} font files certificates are drawn "
            f"with are missing (first: {missing[0]}). PDFs would show boxes instead of text.",
            hint="Run `make install` (or `npm ci --ignore-scripts`) in the project folder; "
            "the fonts come from the @fontsource packages in package.json.",
            id="certificates.W002",
        )
    ]
