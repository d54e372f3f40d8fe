"""Certificate PDFs per second: our full rendering path next to bare WeasyPrint.

Loads the demo courses, quizzes and certificate template into a throw-away SQLite
database, has a learner complete the foundations course as they would on the site
(``bench.learner``: lessons, quizzes passed, the H5P activity finished), which issues the
certificate, then times, in English and in Urdu, RENDERS sequential renders of
 1. ``certificates.services.ensure_pdf`` after ``discard_pdfs`` each time: template choice,
    HTML, QR code, WeasyPrint with PDF tags and the Urdu text layer, storage and the row;
 2. ``weasyprint.HTML(string=html).write_pdf(font_config=…)`` on the very same HTML,
    computed once, with the fonts already loaded as our path has them (the same
    per-thread font configuration): bare WeasyPrint;
and, to tell the two apart, ``certificates.rendering.html_to_pdf`` on that HTML (WeasyPrint
as we call it: tagged, with the ActualText patch). The ratio says what our own work
costs. A last column shows bare WeasyPrint with a new font configuration per PDF, as
``write_pdf()`` does by default: what keeping the loaded fonts saves. Run with
`make bench`; ``BENCH_SHORT=1`` renders a few only (``bench.short``).
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.lesson_throughput import demo_database  # noqa: E402
from bench.short import announce, count  # noqa: E402

RENDERS = count(30, 1)
RUNS = count(3, 1)
LANGUAGES = ("en", "ur")


def prepare(database):
    foundations, _awareness = demo_database(database)
    from bench.learner import complete_course
    from certificates.demo import load_demo_certificate_template
    from certificates.models import Certificate
    from quizzes.demo import load_demo_quizzes
    from tests.factories import UserFactory

    load_demo_quizzes()
    load_demo_certificate_template()
    learner = UserFactory(full_name="Ayesha Khan")
    complete_course(learner, foundations)
    # Completing the course issued the certificate (tasks run in-process here).
    certificate = Certificate.objects.filter(
        user=learner, course_key=foundations.translation_key
    ).first()
    if certificate is None:
        raise SystemExit("completing the foundations course issued no certificate")
    return certificate


def checked(pdf):
    """``pdf``, if it is one: an empty or broken render must not be timed as a fast one."""
    if not pdf.startswith(b"%PDF-"):
        raise SystemExit(f"a render gave {len(pdf)} bytes that are not a PDF")
    return pdf


def per_second(render, before=None):
    """Renders per second: the median of RUNS runs of RENDERS // RUNS, after one warm-up."""
    if before:
        before()
    size = len(checked(render()))
    runs = []
    for _ in range(RUNS):
        spent = 0.0
        for _ in range(RENDERS // RUNS):
            if before:
                before()
            started = time.perf_counter()
            render()
            spent += time.perf_counter() - started
        runs.append((RENDERS // RUNS) / spent)
    return statistics.median(runs), size


def main():
    certificate = prepare(Path(tempfile.mkdtemp()) / "bench.sqlite3")
    announce()
    from weasyprint import HTML

    from certificates.fonts import font_configuration
    from certificates.rendering import certificate_html, html_to_pdf
    from certificates.services import discard_pdfs, ensure_pdf

    def ours(language):
        pdf = ensure_pdf(certificate.pk, language)
        with pdf.file.open("rb") as handle:
            return handle.read()

    rows = []
    for language in LANGUAGES:
        html = certificate_html(certificate, language)
        full, full_size = per_second(
            lambda language=language: ours(language), lambda: discard_pdfs(certificate)
        )
        tagged, _size = per_second(lambda html=html: html_to_pdf(html))
        raw, raw_size = per_second(
            lambda html=html: HTML(string=html).write_pdf(font_config=font_configuration())
        )
        cold, _size = per_second(lambda html=html: HTML(string=html).write_pdf())
        rows.append((language, full, tagged, raw, cold, full_size, raw_size))

    print(f"certificate PDFs, {RENDERS} renders each (median of {RUNS} runs), one process:")
    print(
        "language  ensure_pdf/s  html_to_pdf/s  raw WeasyPrint/s  ours/raw"
        "  PDF bytes (ours/raw)  raw, fonts loaded per PDF/s"
    )
    for language, full, tagged, raw, cold, full_size, raw_size in rows:
        print(
            f"{language:<8}  {full:12.2f}  {tagged:13.2f}  {raw:16.2f}  {raw / full:7.2f}x"
            f"  {full_size:>9,} / {raw_size:<9,}  {cold:10.2f}"
        )
    print("ratio = time per PDF, ours over raw (aim: at most 1.5x)")


if __name__ == "__main__":
    main()
