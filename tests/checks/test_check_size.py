"""Issue 10: a megabyte is refused in one line (how the cost grows up to the limit is measured
by bench/bench_check_growth.py, not timed here)."""

from __future__ import annotations

from pathlib import Path

from conftest import CLI
from tactful.checks.engine import MAX_EMAIL_CHARS


def test_a_megabyte_of_please_is_refused_in_one_line(cli: CLI, tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("please " * 150_000, encoding="utf-8")
    r = cli("check", path, "--kind", "status")
    assert r.code == 2
    assert r.out == ""
    assert len(r.err.strip().splitlines()) == 1
    assert "characters long" in r.err


def test_the_refused_megabyte_is_over_the_limit() -> None:
    assert len("please " * 150_000) > MAX_EMAIL_CHARS
