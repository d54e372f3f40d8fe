"""Make Urdu text in WeasyPrint's PDFs extractable: copy, search, screen readers, pdftotext.

Nastaliq draws one letter with several glyphs and reuses glyphs across letters, so
a PDF's one-glyph-to-text map (``ToUnicode``) cannot hold the text. PDF's answer is
``ActualText`` on marked content; WeasyPrint already wraps every text box in a
marked ``Span`` when it tags a PDF, so we add the box's text there. The text goes in
the order its glyphs are drawn (visual order, right-to-left runs reversed), as for
any PDF text, and readers apply the bidirectional algorithm to it as usual.
"""

import logging
from contextlib import contextmanager

import pydyf
from weasyprint.formatting_structure import boxes
from weasyprint.pdf.stream import Stream
from weasyprint.text.ffi import ffi

logger = logging.getLogger(__name__)

_original_marked = Stream.marked


def visual_text(box):
    layout = box.pango_layout
    layout.reactivate(box.style)
    try:
        line, _index = layout.get_first_line()
        data = layout.text.encode()
        parts = []
        run = line.runs[0] if line.runs != ffi.NULL else ffi.NULL
        while run != ffi.NULL:
            item = run.data.item
            run = run.next
            text = data[item.offset : item.offset + item.length].decode()
            parts.append(text[::-1] if item.analysis.level % 2 else text)
        return "".join(parts)
    finally:
        layout.deactivate()


@contextmanager
def _marked_with_actual_text(self, box, tag):
    if self._tags is None or tag != "Span" or not isinstance(box, boxes.TextBox):
        with _original_marked(self, box, tag):
            yield
        return
    try:
        text = visual_text(box)
    except Exception:  # never lose the page over its text layer
        logger.exception("Could not read the text of a PDF text box")
        with _original_marked(self, box, tag):
            yield
        return
    mcid = len(self._tags)
    self._tags[box] = {"tag": tag, "mcid": mcid}
    pydyf.Stream.begin_marked_content(
        self, tag, pydyf.Dictionary({"MCID": mcid, "ActualText": pydyf.String(text)})
    )
    try:
        yield
    finally:
        pydyf.Stream.end_marked_content(self)


def install():
    """Idempotent; called before each render."""
    if Stream.marked is not _marked_with_actual_text:
        Stream.marked = _marked_with_actual_text
