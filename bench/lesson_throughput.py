"""Requests per second for a lesson page, next to a bare Django view of the same size.

Serves the site with gunicorn (one sync worker, so one core) on a throw-away
SQLite database holding the demo courses, then times sequential requests for
 1. a lesson of the demo course, for a signed-in learner with progress;
 2. a bare view that renders a template of the same size, with the same session
    cookie and middleware (so the session and user are loaded there too).
The ratio says what the page's own work costs. Run with `make bench`; ``BENCH_SHORT=1``
sends a few requests only (``bench.short``).
"""

import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.short import announce, count  # noqa: E402

REQUESTS = count(300, 3)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port, path, cookie="", timeout=10):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    connection.request("GET", path, headers={"Cookie": cookie, "Host": "localhost"})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    if response.status != 200:
        raise SystemExit(f"{path} answered {response.status}")
    return body


def rate(port, path, cookie=""):
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        for _ in range(REQUESTS // 3):
            get(port, path, cookie)
        runs.append((REQUESTS // 3) / (time.perf_counter() - started))
    return statistics.median(runs)


def demo_database(database):
    """Django set up on a new SQLite file at ``database``, holding the home pages and
    the demo courses; returns the demo courses."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    import django

    django.setup()
    from django.core.management import call_command

    from cms.demo import load_home_pages
    from courses.demo import load_demo_courses

    call_command("migrate", verbosity=0)
    load_home_pages()
    return load_demo_courses()[1]


def prepare(database):
    foundations, _awareness = demo_database(database)
    from django.test import Client

    from courses.models import LessonPage
    from courses.services import complete_step
    from tests.factories import UserFactory

    lessons = list(LessonPage.objects.live().descendant_of(foundations))
    learner = UserFactory()
    for lesson in lessons[:2]:
        complete_step(learner, lesson)
    client = Client()
    client.force_login(learner)
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    return lessons[2].url, cookie


@contextmanager
def serve(port):
    """gunicorn serving the bench settings on ``port`` (one sync worker) while in the block."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings"}
    command = [sys.executable, "-m", "gunicorn", "bench.wsgi:application", "--workers", "1"]
    command += ["--bind", f"127.0.0.1:{port}", "--log-level", "warning"]
    server = subprocess.Popen(command, cwd=ROOT, env=env)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=10)


def main():
    tmp = Path(tempfile.mkdtemp())
    lesson_url, cookie = prepare(tmp / "bench.sqlite3")
    with serve(free_port()) as port:
        # The first request loads the code and templates: slow on a busy machine.
        html = get(port, lesson_url, cookie, timeout=120).decode()
        (tmp / "lesson.html").write_text(html)
        get(port, f"/bench/bare/?source={tmp / 'lesson.html'}")
        lesson_rate = rate(port, lesson_url, cookie)
        bare_rate = rate(port, f"/bench/bare/?source={tmp / 'lesson.html'}", cookie)
    announce()
    print(f"lesson page ({len(html):,} bytes, signed-in learner): {lesson_rate:7.1f} requests/s")
    print(f"bare Django view, same-size template:          {bare_rate:7.1f} requests/s")
    print(f"ratio: {lesson_rate / bare_rate:.2f} (aim: at least 0.5)")


if __name__ == "__main__":
    main()
