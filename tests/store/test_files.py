"""Writing files: all or nothing."""

from pathlib import Path

import pytest

from tactful.errors import BadInput
from tactful.files import write_atomically


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    (tmp_path / "blocker").mkdir()
    with pytest.raises(BadInput, match="cannot write"):
        write_atomically(tmp_path / "blocker", "new")  # a directory cannot be replaced by a file
    write_atomically(target, "new")
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocker", "out.txt"]


def test_stdin_that_is_not_utf8_is_one_line() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "tactful", "import", "-"],
        input=b"\xff\xfe{not utf-8",
        capture_output=True,
        env={**__import__("os").environ, "PYTHONIOENCODING": "utf-8"},
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.decode().count("\n") == 1
    assert b"Traceback" not in done.stderr
