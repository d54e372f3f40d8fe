"""Account emails go through Celery: in-process by default, on a real worker with Redis."""

import os
import subprocess
import sys
import time
import uuid

from django.conf import settings
from django.core import mail
from django.db import connection

import pytest
from django_celery_results.models import TaskResult

from accounts.tasks import send_email
from config.celery import app as celery_app
from tests.conftest import require_or_skip


def test_without_a_broker_the_task_runs_in_process(settings):
    assert settings.CELERY_TASK_ALWAYS_EAGER
    result = send_email.delay(subject="Hello", body="Body", to=["a@example.org"])
    assert result.get() == 1
    assert mail.outbox[0].subject == "Hello"


@pytest.fixture
def worker(tmp_path, transactional_db):
    """A ``celery worker`` process on the configured Redis, sharing the test database."""
    broker = os.environ.get("CELERY_BROKER_URL", "")
    db = connection.settings_dict
    if not broker.startswith("redis") or db["ENGINE"] != "django.db.backends.postgresql":
        require_or_skip(
            "REQUIRE_SERVICE_TESTS",
            "needs CELERY_BROKER_URL=redis://… and DATABASE_URL=postgres://… "
            "(a worker process cannot see SQLite's in-memory test database)",
        )
    queue = f"test-{uuid.uuid4().hex}"
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    port = db.get("PORT") or 5432
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "SECRET_KEY": "worker-test-secret-key-" + uuid.uuid4().hex,
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{port}/{db['NAME']}",
        "CELERY_BROKER_URL": broker,
        "EMAIL_URL": f"filemail:///{outbox}",  # three slashes and an absolute path
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--pool=solo",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            "-Q",
            queue,
            "--loglevel=INFO",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    celery_app.conf.task_always_eager = False
    try:
        yield {"queue": queue, "outbox": outbox, "process": process}
    finally:
        celery_app.conf.task_always_eager = True
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


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
