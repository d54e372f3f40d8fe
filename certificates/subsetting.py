"""Keep only the glyphs a certificate uses, quickly, also where HarfBuzz's subsetter is missing.

WeasyPrint embeds a subset of each font. With the system's ``libharfbuzz-subset0`` it
uses HarfBuzz; without it (a machine with Pango but not that package) it falls back to
fontTools, which reads the whole of the font's GSUB and GPOS before dropping them. Noto
Nastaliq Urdu's are large, so each Urdu certificate took about a second more. The
embedded font never needs them (the PDF holds glyphs already shaped), so this fallback
removes them before subsetting: the same file comes out, some fifty times sooner. The
warning WeasyPrint logs for every font of every PDF is left out for the same reason.
"""

import io
import logging

from fontTools import subset
from fontTools.ttLib import TTFont, TTLibError

logger = logging.getLogger(__name__)

#: Tables a PDF's embedded font has no use for (WeasyPrint drops them too, after reading).
UNUSED_TABLES = ("GSUB", "GPOS", "SVG ")
_FALLBACK_WARNING = "Using fontTools instead of HarfBuzz-Subset"


def fonttools_subset(font, to_unicode, hinting):
    """WeasyPrint's ``Font._fonttools_subset``, without reading the layout tables."""
    options = subset.Options(
        retain_gids=True,
        passthrough_tables=True,
        ignore_missing_glyphs=True,
        hinting=hinting,
        desubroutinize=True,
        notdef_outline=bool(font.missing),
    )
    options.drop_tables += [tag.strip() for tag in UNUSED_TABLES]
    try:
        ttfont = TTFont(io.BytesIO(font.file_content), fontNumber=font.index)
        for tag in UNUSED_TABLES:
            if tag in ttfont:
                del ttfont[tag]
        subsetter = subset.Subsetter(options)
        subsetter.populate(gids=to_unicode)
        subsetter.subset(ttfont)
        output = io.BytesIO()
        ttfont.save(output)
    except (TTLibError, AssertionError, KeyError):
        logger.warning("Could not subset the font %r; it is embedded whole", font.family)
        return
    font.file_content = output.getvalue()


class _HideFallbackWarning(logging.Filter):
    def filter(self, record):
        return not record.getMessage().startswith(_FALLBACK_WARNING)


_filter = _HideFallbackWarning()


def install():
    """Idempotent; called before each render."""
    from weasyprint.logger import LOGGER
    from weasyprint.pdf.fonts import Font

    if Font._fonttools_subset is not fonttools_subset:
        Font._fonttools_subset = fonttools_subset
    if _filter not in LOGGER.filters:
        LOGGER.addFilter(_filter)
