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

SERVICES_REASON = (
    "needs PostgreSQL and Redis: set DATABASE_URL=postgres://… and CELERY_BROKER_URL=redis://… "
    "(README, The two commands)"
)


def require_or_skip(env_var, reason):
    """Skip locally with a reason; fail instead where CI sets ``env_var`` to require the test."""
    if os.environ.get(env_var):
        pytest.fail(f"{reason} ({env_var} is set, so this test is required)")
    pytest.skip(reason)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_terminal_summary(terminalreporter):
    """End the run with one line: how many tests were skipped, why, and what enables them.

    The outermost wrapper, so the line comes after pytest's own short summary.
    """
    result = yield
    reasons = {}
    for report in terminalreporter.stats.get("skipped", []):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report)
        reason = reason.removeprefix("Skipped: ")
        reasons[reason] = reasons.get(reason, 0) + 1
    if reasons:
        total = sum(reasons.values())
        ordered = sorted(reasons.items(), key=lambda item: -item[1])
        parts = "; ".join(f"{count}: {reason}" for reason, count in ordered)
        terminalreporter.write_line(f"{total} tests skipped. {parts}", yellow=True, bold=True)
    return result


class MigrationData:
    """Every row the migrations left in the test database, put back after each flush.

    Tests on ``transactional_db`` or ``live_server`` (browser and worker tests) end with a
    flush that empties every table: the Trainers group, Wagtail's root page and collection,
    the site, the locales and their wagtail-localize synchronisation go with it. Run alone,
    pytest-django orders those tests last; on several workers (pytest-xdist) plain ``db``
    tests run after them on the same worker and would miss that data.

    Django sends ``post_migrate`` after the flush (that is how content types and
    permissions come back, with new ids); the last app's receiver empties the tables again
    and writes back the rows read once after the test database was created, with their
    ids, in SQL: no model ``save()`` and no signals. (Django's serialized rollback saves
    each row through the model, and wagtail-localize's ``post_save`` receiver then reads a
    locale not loaded yet: ``KeyError: 'sync_from'``.)
    """

    def __init__(self, connection):
        self.alias = connection.alias
        self.tables = self._tables(connection)
        with connection.cursor() as cursor:
            self.rows = {}
            for table, columns in self.tables.items():
                cursor.execute(f"SELECT {', '.join(columns)} FROM {table}")  # noqa: S608
                if rows := cursor.fetchall():
                    self.rows[table] = rows

    @staticmethod
    def _tables(connection):
        """The quoted name and columns of every table that ``flush`` empties.

        Left out: SQLite's full-text table of Wagtail search, which triggers on
        ``wagtailsearch_indexentry`` fill and empty.
        """
        from django.apps import apps

        quote = connection.ops.quote_name
        flushed = set(connection.introspection.django_table_names(only_existing=True))
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                cursor.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL %'")
                flushed -= {name for (name,) in cursor.fetchall()}
        tables = {}
        for model in apps.get_models(include_auto_created=True):
            table = model._meta.db_table
            if table in flushed and quote(table) not in tables:
                columns = [quote(field.column) for field in model._meta.local_concrete_fields]
                tables[quote(table)] = columns
        return tables

    def restore(self, using, **kwargs):
        from django.contrib.contenttypes.models import ContentType
        from django.db import connections, transaction

        if using != self.alias:
            return
        with transaction.atomic(using=using), connections[using].cursor() as cursor:
            for table in self.tables:
                cursor.execute(f"DELETE FROM {table}")  # noqa: S608
            for table, rows in self.rows.items():
                columns = self.tables[table]
                placeholders = ", ".join(["%s"] * len(columns))
                cursor.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})",  # noqa: S608
                    rows,
                )
        ContentType.objects.clear_cache()  # it holds the ids post_migrate just made


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database as the migrations left it, and again after every flush."""
    from django.apps import apps
    from django.db import connection
    from django.db.models.signals import post_migrate

    with django_db_blocker.unblock():
        data = MigrationData(connection)
    # post_migrate goes to each app in turn; the last one's comes after every other
    # receiver has recreated its rows.
    last_app = [config for config in apps.get_app_configs() if config.models_module][-1]
    post_migrate.connect(data.restore, sender=last_app, weak=False, dispatch_uid=__name__)
    yield
    post_migrate.disconnect(sender=last_app, dispatch_uid=__name__)


@pytest.fixture
def home_page(db):
    return ensure_home_page()


@pytest.fixture
def home_pages(db):
    """The English home page and its published Urdu translation, as the demo has them."""
    return load_home_pages()


@pytest.fixture(scope="session", autouse=True)
def _media_root_per_process(tmp_path_factory):
    """Stored files go to a folder of this test process, not to the checkout's shared
    ``.pytest_media``: pytest-xdist's workers (and other runs) never write each other's files,
    such as the same content-addressed H5P file at once."""
    from django.test import override_settings

    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield


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


@pytest.fixture(autouse=True)
def _celery_join_allowed():
    """Each test starts outside any Celery task, whatever an earlier test's threads left.

    An eager task marks the process as "inside a task" while it runs and then puts back the
    mark it found, in one variable for the whole process: two threads running tasks at once
    (the race tests, the live server) can leave the mark set, and every later ``get()`` on a
    task result in that process then raises "Never call result.get() within a task!".
    """
    from celery.result import allow_join_result

    with allow_join_result():
        yield


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
        # A worker process cannot see SQLite's in-memory test database.
        require_or_skip("REQUIRE_SERVICE_TESTS", SERVICES_REASON)
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
