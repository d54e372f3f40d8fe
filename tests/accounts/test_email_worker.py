"""Account emails go through Celery: in-process by default, on a real worker with Redis."""

import time

from django.core import mail

import pytest
from django_celery_results.models import TaskResult

from accounts.tasks import send_email


def test_without_a_broker_the_task_runs_in_process(settings):
    assert settings.CELERY_TASK_ALWAYS_EAGER
    result = send_email.delay(subject="Hello", body="Body", to=["a@example.org"])
    # Read the eager result as it is: ``get()`` refuses to run once an earlier test in this
    # process has set Celery's "inside a worker" flag, which says nothing about this task.
    assert result.successful() and result.result == 1
    assert mail.outbox[0].subject == "Hello"


@pytest.fixture
def worker(tmp_path, celery_workers):
    """A ``celery worker`` process on the configured Redis, sharing the test database."""
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    # three slashes and an absolute path
    started = celery_workers(env={"EMAIL_URL": f"filemail:///{outbox}"})
    return {"queue": started.queue, "outbox": outbox, "process": started.process}


@pytest.mark.celery_worker
def test_a_real_worker_sends_the_email_and_records_the_result(worker):
    result = send_email.apply_async(
        kwargs={"subject": "Worker check", "body": "Sent by a worker.", "to": ["b@example.org"]},
        queue=worker["queue"],
    )
    try:
        assert result.get(timeout=90) == 1
    except Exception:
        worker["process"].terminate()
        pytest.fail("worker did not finish the task:\n" + worker["process"].communicate()[0])
    deadline = time.monotonic() + 10
    files = []
    while time.monotonic() < deadline and not files:
        files = list(worker["outbox"].iterdir())
        time.sleep(0.2)
    assert files, "the worker did not write the email"
    assert "Worker check" in files[0].read_text()
    record = TaskResult.objects.get(task_id=result.id)
    assert record.status == "SUCCESS"
    assert record.worker  # set by the worker process, not this one
    # Kept for a week: the subject, never the body (it may hold a password-reset link).
    assert "Worker check" in record.task_kwargs
    assert "Sent by a worker" not in record.task_kwargs
    assert "b@example.org" not in record.task_kwargs
