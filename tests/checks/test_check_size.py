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


def test_a_long_chain_of_capitals_is_checked_by_the_cli(cli: CLI, tmp_path: Path) -> None:
    # 8,000 surnames in capitals in a row once overflowed Python's stack: a traceback
    path = tmp_path / "capitals.txt"
    path.write_text("Bonjour,\n" + "DURAND " * 8_000 + "\nMerci", encoding="utf-8")
    r = cli("check", path, "--kind", "status", "--json")
    assert "Traceback" not in r.err
    assert "shouting" in {finding["rule"] for finding in r.json()["findings"]}
