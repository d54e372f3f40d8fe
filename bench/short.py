"""Short mode: with ``BENCH_SHORT=1`` each benchmark runs its whole path a few times only.

Enough to show, in CI or after a change, that a benchmark still runs: a short run fails
as a full one does on an exception, a wrong response or a missing result. Its figures
mean nothing, so no aim is judged on them.
"""

import os

SHORT = os.environ.get("BENCH_SHORT") == "1"


def count(full, short):
    """How many times to repeat the measured work: ``full``, or ``short`` in short mode."""
    return short if SHORT else full


def announce(runs_once=False):
    """Say so before any figure when in short mode.

    ``runs_once`` is for benchmarks with nothing to repeat, whose short run is the full one.
    """
    if not SHORT:
        return
    if runs_once:
        print("BENCH_SHORT=1: this benchmark has nothing to repeat; the short run is the full run")
    else:
        print("BENCH_SHORT=1: a few iterations only, to check the path; figures are not meaningful")
