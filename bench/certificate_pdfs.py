"""Certificate PDFs per second: our full rendering path next to bare WeasyPrint.

Loads the demo courses and certificate template into a throw-away SQLite database, has a
learner complete the foundations course through the services (which issues the
certificate), then times, in English and in Urdu, RENDERS sequential renders of
 1. ``certificates.services.ensure_pdf`` after ``discard_pdfs`` each time: template choice,
    HTML, QR code, WeasyPrint with PDF tags and the Urdu text layer, storage and the row;
 2. ``weasyprint.HTML(string=html).write_pdf()`` on the very same HTML, computed once;
and, to tell the two apart, ``certificates.rendering.html_to_pdf`` on that HTML (WeasyPrint
as we call it: tagged, with the ActualText patch). The ratio says what our own work
costs. Run with `make bench`.
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.lesson_throughput import demo_database  # noqa: E402

RENDERS = 30
LANGUAGES = ("en", "ur")


def prepare(database):
    foundations, _awareness = demo_database(database)
    from certificates.demo import load_demo_certificate_template
    from certificates.models import Certificate
    from courses.models import LessonPage
    from courses.services import complete_step
    from tests.factories import UserFactory

    load_demo_certificate_template()
    learner = UserFactory(full_name="Ayesha Khan")
    for lesson in LessonPage.objects.live().descendant_of(foundations).order_by("path"):
        if not lesson.is_optional:
            complete_step(learner, lesson)
    # Completing the course issued the certificate (tasks run in-process here).
    return Certificate.objects.get(user=learner, course_key=foundations.translation_key)


def per_second(render, before=None):
    """Renders per second: the median of three runs of RENDERS // 3, after one warm-up."""
    if before:
        before()
    size = len(render())
    runs = []
    for _ in range(3):
        spent = 0.0
        for _ in range(RENDERS // 3):
            if before:
                before()
            started = time.perf_counter()
            render()
            spent += time.perf_counter() - started
        runs.append((RENDERS // 3) / spent)
    return statistics.median(runs), size


def main():
    certificate = prepare(Path(tempfile.mkdtemp()) / "bench.sqlite3")
    from weasyprint import HTML

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
        raw, raw_size = per_second(lambda html=html: HTML(string=html).write_pdf())
        rows.append((language, full, tagged, raw, full_size, raw_size))

    print(f"certificate PDFs, {RENDERS} renders each (median of 3 runs), one process:")
    print("language  ensure_pdf/s  html_to_pdf/s  raw WeasyPrint/s  ours/raw  PDF bytes (ours/raw)")
    for language, full, tagged, raw, full_size, raw_size in rows:
        print(
            f"{language:<8}  {full:12.2f}  {tagged:13.2f}  {raw:16.2f}  {raw / full:7.2f}x"
            f"  {full_size:,} / {raw_size:,}"
        )
    print("ratio = time per PDF, ours over raw (aim: at most 1.5x)")


if __name__ == "__main__":
    main()
