"""Graded quiz submissions per second through gunicorn (one sync worker).

Loads the demo (courses, question bank, quizzes) into a throw-away SQLite
database, then for each of many learners: starts the final assessment, and
times only the POST that submits and grades the attempt (12 questions of every
kind, answered). Run with `make bench`; ``BENCH_SHORT=1`` has a few learners only
(``bench.short``).
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.lesson_throughput import demo_database, free_port, serve  # noqa: E402
from bench.short import announce, count  # noqa: E402

LEARNERS = count(60, 3)


def prepare(database):
    demo_database(database)
    from django.test import Client
    from django.utils.crypto import get_random_string

    from quizzes.demo import load_demo_quizzes
    from quizzes.models import Attempt, QuizPage
    from tests.factories import UserFactory

    load_demo_quizzes()
    final = QuizPage.objects.get(locale__language_code="en", slug="final-assessment")
    sessions = []
    for _ in range(LEARNERS):
        client = Client(HTTP_HOST="localhost")
        learner = UserFactory()
        client.force_login(learner)
        client.post(final.url + "start/")
        attempt = Attempt.objects.get(user=learner)
        csrf = get_random_string(32)
        form = [("action", "submit"), ("csrfmiddlewaretoken", csrf), ("attempt", attempt.pk)]
        for entry in attempt.layout:
            form.append((f"q-{entry['question']}", entry["options"][0]))
        sessions.append((client.cookies["sessionid"].value, csrf, form))
    return final.url + "attempt/", sessions


def main():
    url, sessions = prepare(Path(tempfile.mkdtemp()) / "bench.sqlite3")
    import http.client

    with serve(free_port()) as port:
        timings = []
        for session_id, csrf, form in sessions:
            body = urlencode(form)
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            started = time.perf_counter()
            connection.request(
                "POST",
                url,
                body=body,
                headers={
                    "Cookie": f"sessionid={session_id}; csrftoken={csrf}",
                    "Host": "localhost",
                    "Content-Type": "application/x-www-form-urlencoded",
                },
            )
            response = connection.getresponse()
            response.read()
            timings.append(time.perf_counter() - started)
            connection.close()
            if response.status != 302 or "/results/" not in response.getheader("Location", ""):
                raise SystemExit(f"submission answered {response.status}, not a result")
    median = statistics.median(timings)
    announce()
    print(
        f"graded submissions: {len(timings)}, median {median * 1000:.1f} ms, "
        f"{1 / median:.1f} per second (one worker)"
    )


if __name__ == "__main__":
    main()
