"""Peak memory and time of validating a ~50 MB .h5p package: memory must stay flat.

Builds, in a temporary folder, a valid package (the test content type and its helper
library) carrying about 50 MB of media: random, so incompressible, like real video and
photos, deflated as the H5P editor exports them. Then validates it in a child process
(this script run with ``--child PATH``), so that only validation counts, and prints the
child's peak RSS (its high-water mark, VmHWM) and the time taken. Exits non-zero if the
peak reaches 100 MB, which would mean a member was held in memory whole instead of
streamed. The child sets up Django with bare settings, as validation needs no models.
Run with `make bench`; one validation takes a second or two, so ``BENCH_SHORT=1`` changes
nothing and the memory limit is checked in both modes.
"""

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.short import announce  # noqa: E402

MB = 1024 * 1024
PEAK_LIMIT_MB = 100
# One member large enough that holding it whole would cross the limit on its own.
MEDIA = [
    ("content/videos/lecture.mp4", 40 * MB),
    *((f"content/images/photo-{n}.jpg", 400 * 1024) for n in range(20)),
    ("content/documents/handout.pdf", 2 * MB),
]


def build(path):
    """Write the package to ``path``, media in 1 MB chunks so the parent stays small too."""
    from tests.h5p.packages import members

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members().items():
            archive.writestr(name, data)
        for name, size in MEDIA:
            with archive.open(name, "w") as member:
                for _ in range(size // MB):
                    member.write(os.urandom(MB))
                member.write(os.urandom(size % MB))


def memory_kb(field):
    """``VmRSS`` (now) or ``VmHWM`` (peak) of this process, in kB, from /proc."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def child(path):
    """Validate with only what validation uses, settings and gettext: the whole site
    (Wagtail and every app) would take more memory than the limit before starting."""
    import django
    from django.conf import settings

    settings.configure(USE_I18N=True, LANGUAGE_CODE="en")
    django.setup()
    from h5p.validation import validate_package

    before_kb = memory_kb("VmRSS")
    started = time.perf_counter()
    with open(path, "rb") as upload:
        package = validate_package(upload)
    seconds = time.perf_counter() - started
    unpacked = sum(info.size for info in package.content_files.values())
    report = {
        "seconds": seconds,
        "before_kb": before_kb,
        "peak_kb": memory_kb("VmHWM"),
        "files": len(package.content_files),
        "unpacked": unpacked,
    }
    print(json.dumps(report))


def main():
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.h5p"
        build(path)
        size = path.stat().st_size
        run = subprocess.run(
            [sys.executable, __file__, "--child", str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
    report = json.loads(run.stdout.splitlines()[-1])
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    announce(runs_once=True)
    print(
        f"validated a {size / MB:.1f} MB package ({report['files']} content files, "
        f"{report['unpacked'] / MB:.1f} MB unpacked) in {report['seconds']:.2f} s; "
        f"child peak RSS {peak_mb:.1f} MB ({report['before_kb'] / 1024:.1f} MB before "
        f"validating, limit {PEAK_LIMIT_MB} MB)"
    )
    if peak_mb >= PEAK_LIMIT_MB:
        raise SystemExit(f"peak memory {peak_mb:.1f} MB reached the {PEAK_LIMIT_MB} MB limit")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2])
    else:
        main()
