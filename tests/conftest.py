import contextlib
import os
import queue as queues
import signal
import subprocess
import sys
import threading
import time
import uuid

import pytest

from cms.demo import ensure_home_page, load_home_pages


def require_or_skip(env_var, reason):
    """Skip locally with a reason; fail instead where CI sets ``env_var`` to require the test."""
    if os.environ.get(env_var):
        pytest.fail(f"{reason} ({env_var} is set, so this test is required)")
    pytest.skip(reason)


@pytest.fixture
def home_page(db):
    return ensure_home_page()


@pytest.fixture
def home_pages(db):
    """The English home page and its published Urdu translation, as the demo has them."""
    return load_home_pages()


@pytest.fixture
def media_root(settings, tmp_path):
    """Stored files (PDFs, H5P packages) go to a folder removed after the test."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language, whatever the last request activated."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _clear_cache():
    """allauth's rate limits live in the cache: each test starts with a clean slate."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


class CeleryWorker:
    """A ``celery worker`` process; with ``read_output``, its output lines are collected."""

    def __init__(self, process, queue, read_output):
        self.process = process
        self.queue = queue
        self.lines = []
        self._lines = queues.Queue()
        if read_output:
            threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.append(line)
            self._lines.put(line)
        self._lines.put(None)

    def output(self):
        return "".join(self.lines)

    def wait_for_line(self, text, timeout):
        """Block until a line containing ``text`` is printed; fail if the worker ends first."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._lines.get(timeout=left)
            except queues.Empty:
                break
            if line is None:
                pytest.fail(f"the worker exited before printing {text!r}:\n{self.output()}")
            if text in line:
                return line
        pytest.fail(f"the worker did not print {text!r} in {timeout} s:\n{self.output()}")

    def kill(self):
        """SIGKILL the worker and every process it started (it leads its own process group)."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=20)

    def stop(self):
        if self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.kill()


@pytest.fixture
def celery_workers(transactional_db):
    """Start ``celery worker`` processes on the configured Redis, sharing the test database.

    Returns ``start(queue=None, env=None, read_output=False)``; tasks leave this process
    for the broker until the test ends, and every worker started is stopped then.
    """
    from django.conf import settings
    from django.db import connection

    from config.celery import app as celery_app

    broker = os.environ.get("CELERY_BROKER_URL", "")
    db = connection.settings_dict
    if not broker.startswith("redis") or db["ENGINE"] != "django.db.backends.postgresql":
        require_or_skip(
            "REQUIRE_SERVICE_TESTS",
            "needs CELERY_BROKER_URL=redis://… and DATABASE_URL=postgres://… "
            "(a worker process cannot see SQLite's in-memory test database)",
        )
    port = db.get("PORT") or 5432
    base_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "SECRET_KEY": "worker-test-secret-key-" + uuid.uuid4().hex,
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{port}/{db['NAME']}",
        "CELERY_BROKER_URL": broker,
        "PYTHONUNBUFFERED": "1",
    }
    started = []

    def start(queue=None, env=None, read_output=False):
        queue = queue or f"test-{uuid.uuid4().hex}"
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
            env={**base_env, **(env or {})},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # so that kill() reaches its children too
        )
        worker = CeleryWorker(process, queue, read_output)
        started.append(worker)
        return worker

    celery_app.conf.task_always_eager = False
    try:
        yield start
    finally:
        celery_app.conf.task_always_eager = True
        for worker in started:
            worker.stop()
