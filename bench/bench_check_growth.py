"""Benchmark: the email checker's cost grows linearly with the text, up to the size limit.

    .venv/bin/python bench/bench_check_growth.py

"please please …" makes every span a finding: the worst case for the meaning rules. Four
times the text must cost about four times the time, not sixteen (target: the ratio of the
best of three runs at 20,000 words over 5,000 words is under 8). Exits 1 when it is not.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tactful.checks import check_email  # noqa: E402
from tactful.checks.engine import MAX_EMAIL_CHARS  # noqa: E402

SMALL, LARGE = 5_000, 20_000
TARGET = 8.0


def seconds(words: int) -> float:
    text = "Dear Ms Patel,\n\n" + "please " * words + "\n\nBest regards,\nSam Doe\n"
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        check_email(text, kind="status")
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    assert len("please " * LARGE) < MAX_EMAIL_CHARS  # the large text is still checked
    small, large = seconds(SMALL), seconds(LARGE)
    ratio = large / small
    load = os.getloadavg()[0]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load {load:.1f}")
    print(f"check_email, {SMALL:,} words: {small * 1000:.0f} ms")
    print(f"check_email, {LARGE:,} words: {large * 1000:.0f} ms")
    verdict = "met" if ratio < TARGET else "MISSED"
    print(f"growth for 4x the text: {ratio:.1f}x (target < {TARGET:.0f}x): {verdict}")
    return 0 if ratio < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
