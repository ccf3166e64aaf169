"""The compiled matchers kept on disk (tactful.text.regex_cache): the first `check` or
`ad check` writes them, later ones load them, and a damaged or foreign file is ignored and
written again. The output never depends on the cache."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EMAIL = """Hi,

Please call me tomorrow at 9am. I need an answer by Friday or I will take another offer.

[your name]
"""
AD = """# Rockstar Developer (m/f)

Acme is a young and dynamic team in Denver, CO. You will crush code with our ninjas.
"""


def tactful(
    cache: Path, home: Path, *args: str, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "TACTFUL_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "tactful", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=cwd,
    )


@pytest.mark.parametrize(
    ("command", "name", "text"), [(["check"], "check", EMAIL), (["ad", "check"], "ad", AD)]
)
def test_the_cache_is_written_once_then_read_and_never_changes_the_answer(
    tmp_path: Path, home: Path, command: list[str], name: str, text: str
) -> None:
    source = tmp_path / "text.md"
    source.write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    cold = tactful(cache, home, *command, str(source), "--json")
    assert cold.returncode in (0, 1), cold.stderr
    assert '"rule": "' in cold.stdout  # findings, which the cached matchers found
    (stored,) = (cache / "tactful").glob(f"regex-{name}-*.bin")
    written = stored.read_bytes()
    assert len(written) > 1000

    warm = tactful(cache, home, *command, str(source), "--json")
    assert (warm.returncode, warm.stdout, warm.stderr) == (cold.returncode, cold.stdout, "")
    assert stored.read_bytes() == written  # nothing new compiled: not written again

    for damage in (b"", b"\x00" * 16, written[:4] + b"not marshal data", written[:-7]):
        stored.write_bytes(damage)
        again = tactful(cache, home, *command, str(source), "--json")
        assert (again.returncode, again.stdout, again.stderr) == (cold.returncode, cold.stdout, "")
        assert stored.read_bytes() == written  # compiled again and stored again


def test_an_unwritable_cache_only_costs_time(tmp_path: Path, home: Path) -> None:
    source = tmp_path / "email.txt"
    source.write_text(EMAIL, encoding="utf-8")
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    done = tactful(blocked, home, "check", str(source), "--json")
    with_cache = tactful(tmp_path / "cache", home, "check", str(source), "--json")
    assert (done.returncode, done.stdout, done.stderr) == (1, with_cache.stdout, "")


def test_another_folder_or_a_new_file_there_keeps_the_cache(tmp_path: Path, home: Path) -> None:
    """`python -m tactful` puts the current folder on the import path: a folder without
    package metadata must not make the plugin list (and so the whole file) be written again."""
    source = tmp_path / "email.txt"
    source.write_text(EMAIL, encoding="utf-8")
    cache = tmp_path / "cache"
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    cold = tactful(cache, home, "check", str(source), "--json", cwd=first)
    (stored,) = (cache / "tactful").glob("regex-check-*.bin")
    written = stored.read_bytes()
    (first / "draft.txt").write_text("a new file changes the folder's time", encoding="utf-8")
    for folder in (first, second):
        warm = tactful(cache, home, "check", str(source), "--json", cwd=folder)
        assert (warm.returncode, warm.stdout, warm.stderr) == (cold.returncode, cold.stdout, "")
        assert stored.read_bytes() == written
