"""One certificate and one PDF, however the requests race and wherever a worker dies.

Real concurrency needs PostgreSQL (row locks, a unique index that makes the second
writer wait); the worker test also needs Redis and starts ``celery worker`` processes.
"""

import threading
import time
from pathlib import Path

from django.core.files.storage import default_storage
from django.db import connection, connections
from django.utils.timezone import now

import pytest

from certificates.models import Certificate, CertificatePDF
from certificates.services import discard_pdfs, issue_certificate
from certificates.tasks import render_pdf
from courses.models import Enrolment
from courses.signals import course_completed
from tests.conftest import SERVICES_REASON, require_or_skip

from .conftest import complete_all, learner

#: Seconds before Redis hands an unacknowledged message to another worker, in the test.
VISIBILITY_TIMEOUT = 5


@pytest.fixture
def postgres(transactional_db):
    if connection.vendor != "postgresql":
        # SQLite serialises every writer, so nothing would race.
        require_or_skip("REQUIRE_SERVICE_TESTS", SERVICES_REASON)


def at_once(count, action):
    """Run ``action(index)`` in ``count`` threads released together; return the results."""
    barrier = threading.Barrier(count, timeout=30)
    results = [None] * count
    errors = []

    def run(index):
        try:
            barrier.wait()
            results[index] = action(index)
        except BaseException as error:  # reported below, in the test's thread
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a thread is still running"
    assert not errors, errors
    return results


@pytest.fixture
def completed(postgres, bilingual_course, media_root):
    """A learner whose enrolment is complete and who holds no certificate yet."""
    page, _lessons = bilingual_course
    user = learner()
    Enrolment.objects.create(user=user, course_key=page.translation_key, completed_at=now())
    return user, page


def test_two_simultaneous_issues_make_one_certificate(completed):
    user, page = completed
    results = at_once(2, lambda _index: issue_certificate(user, page))
    assert Certificate.objects.count() == 1
    certificate = Certificate.objects.get()
    assert {result.certificate.pk for result in results} == {certificate.pk}
    assert sorted(result.created for result in results) == [False, True]
    assert CertificatePDF.objects.filter(certificate=certificate).count() == 1


def test_the_completion_signal_twice_at_once_makes_one_certificate(completed):
    user, _page = completed
    enrolment = Enrolment.objects.get(user=user)
    at_once(
        2,
        lambda _index: course_completed.send(sender=Enrolment, user=user, enrolment=enrolment),
    )
    assert Certificate.objects.filter(user=user).count() == 1
    certificate = Certificate.objects.get(user=user)
    assert CertificatePDF.objects.filter(certificate=certificate).count() == 1


def wait_until(condition, timeout, interval=0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return condition()


@pytest.mark.celery_worker
def test_a_render_killed_mid_way_is_redelivered_and_stored_once(
    postgres, bilingual_course, media_root, request
):
    """SIGKILL the worker while it draws the PDF; the next worker draws it, once.

    ``acks_late`` keeps the message unacknowledged while the task runs, so Redis
    hands it to another worker once the visibility timeout has passed.
    """
    _page, lessons = bilingual_course
    user = learner()
    # Issued as the site does it, its tasks still in this process; then its PDFs are
    # dropped, so that only the workers draw one.
    complete_all(user, lessons)
    certificate = Certificate.objects.get(user=user)
    discard_pdfs(certificate)
    assert not CertificatePDF.objects.exists()
    folder = Path(default_storage.path(f"certificates/{certificate.file_token.hex}"))

    celery_workers = request.getfixturevalue("celery_workers")  # from here on, tasks leave
    env = {"MEDIA_ROOT": str(media_root), "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT)}
    first = celery_workers(env=env, read_output=True)
    render_pdf.apply_async(args=[certificate.pk, "ur"], queue=first.queue)
    first.wait_for_line(f"Rendering certificate {certificate.pk} in ur", timeout=90)
    delivered = time.monotonic()  # a little after Redis noted the delivery
    first.kill()
    assert not CertificatePDF.objects.exists(), first.output()

    # kombu restores timed-out messages when a worker starts polling, then only every
    # unacked_restore_interval * unacked_restore_throttle seconds (10 * 10 by default).
    # Start the next worker once the message has timed out, so that its first sweep
    # finds it rather than one 100 s later.
    time.sleep(max(0, delivered + VISIBILITY_TIMEOUT + 1 - time.monotonic()))
    second = celery_workers(queue=first.queue, env=env, read_output=True)
    stored = wait_until(CertificatePDF.objects.exists, timeout=90)
    assert stored, "no worker rendered the PDF again:\n" + second.output()

    assert Certificate.objects.count() == 1
    assert CertificatePDF.objects.count() == 1
    pdf = CertificatePDF.objects.get()
    assert (pdf.certificate_id, pdf.language) == (certificate.pk, "ur")
    assert default_storage.exists(pdf.file.name)
    with default_storage.open(pdf.file.name, "rb") as handle:
        assert handle.read(4) == b"%PDF"
    assert [path.name for path in folder.iterdir()] == [Path(pdf.file.name).name]
