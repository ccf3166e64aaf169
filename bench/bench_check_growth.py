"""Benchmark: the email checker's cost grows linearly with the text, up to the size limit.

    .venv/bin/python bench/bench_check_growth.py

"please please …" makes every span a finding: the worst case for the meaning rules; other
pieces, repeated, are the worst cases of other readings (PIECES). Four times the text must
cost about four times the time, not sixteen (target: for each piece, the ratio of the best of
three runs at 140,000 characters over 35,000 is under 8). Exits 1 when one is not.
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
PIECES = ("please ", "[", "urgent ", "?urgent", "DURAND ", "When do I start on my first day ")
"""Repeated, each makes one reading of the checker do the most work: every span a finding
("please"), and the pieces of the readings that once cost the square of a run's length (a
placeholder's lookahead, the sentence around each deadline word, a chain of surnames in
capitals, the whole email searched for an offer at every start-day question)."""


def seconds(piece: str, words: int) -> float:
    """The best of three checks of `words` times the length of "please " in `piece`s."""
    body = piece * (words * len("please ") // len(piece))
    text = "Dear Ms Patel,\n\n" + body + "\n\nBest regards,\nSam Doe\n"
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        check_email(text, kind="status")
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    assert len("please " * LARGE) < MAX_EMAIL_CHARS  # the large text is still checked
    load = os.getloadavg()[0]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load {load:.1f}")
    worst = 0.0
    for piece in PIECES:
        small, large = seconds(piece, SMALL), seconds(piece, LARGE)
        ratio = large / small
        worst = max(worst, ratio)
        print(
            f"check_email, {piece.strip()!r} repeated: {small * 1000:.0f} ms at "
            f"{SMALL * 7:,} characters, {large * 1000:.0f} ms at {LARGE * 7:,}: "
            f"growth {ratio:.1f}x"
        )
    verdict = "met" if worst < TARGET else "MISSED"
    print(f"worst growth for 4x the text: {worst:.1f}x (target < {TARGET:.0f}x): {verdict}")
    return 0 if worst < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
