"""Issue 10: a megabyte is refused in one line, and the cost grows linearly up to the limit."""

from __future__ import annotations

import time
from pathlib import Path

from conftest import CLI
from tactful.checks import check_email
from tactful.checks.engine import MAX_EMAIL_CHARS


def test_a_megabyte_of_please_is_refused_in_one_line(cli: CLI, tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("please " * 150_000, encoding="utf-8")
    started = time.perf_counter()
    r = cli("check", path, "--kind", "status")
    assert time.perf_counter() - started < 2.0
    assert r.code == 2
    assert r.out == ""
    assert len(r.err.strip().splitlines()) == 1
    assert "characters long" in r.err


def test_cost_grows_linearly_up_to_the_limit() -> None:
    """Four times the text costs about four times the time, not sixteen (each span of
    "please please" is a finding: the worst case for the meaning rules)."""

    def seconds(words: int) -> float:
        text = "Dear Ms Patel,\n\n" + "please " * words + "\n\nBest regards,\nSam Doe\n"
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            check_email(text, kind="status")
            best = min(best, time.perf_counter() - started)
        return best

    small, large = seconds(5_000), seconds(20_000)
    assert large < 8 * small + 0.05
    assert len("please " * 20_000) < MAX_EMAIL_CHARS
