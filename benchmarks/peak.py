"""Run a Python script and print its own peak resident memory when it ends.

    python -m benchmarks.peak SCRIPT [ARGS...]

A child's ``ru_maxrss`` starts from its parent's high-water mark (Linux carries it
across fork and exec), so a small build started by a benchmark that has loaded a
large index would be reported at the benchmark's size. ``VmHWM`` belongs to the
process's own memory since its exec, which is what this prints (``peak-rss-kb N``).
"""

from __future__ import annotations

import atexit
import runpy
import sys
from pathlib import Path

MARKER = "peak-rss-kb"


def _report() -> None:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            print(f"{MARKER} {line.split()[1]}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    atexit.register(_report)
    sys.argv = sys.argv[1:]
    sys.path.insert(0, str(Path(sys.argv[0]).resolve().parent))
    runpy.run_path(sys.argv[0], run_name="__main__")
