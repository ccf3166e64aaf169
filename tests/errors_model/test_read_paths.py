"""tactful.files reads a file without pathlib (startup): every spelling of a path names the
file `Path(name).expanduser()` names, and the errors stay the same one-liners."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tactful.errors import BadInput
from tactful.files import open_text, read_bytes


@pytest.mark.parametrize("suffix", ["", "/", "//", "/.", "/./", "/./."])
def test_what_pathlib_drops_is_dropped(tmp_path: Path, suffix: str) -> None:
    email = tmp_path / "email.txt"
    email.write_text("Dear Ana,", encoding="utf-8")
    name = f"{email}{suffix}"
    assert read_bytes(name) == Path(name).read_bytes() == b"Dear Ana,"
    with open_text(name) as stream:
        assert stream.read() == "Dear Ana,"


def test_home_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "ad.md").write_text("# Ad", encoding="utf-8")
    assert read_bytes("~/ad.md") == b"# Ad"


def test_an_empty_name_is_refused_by_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # pathlib reads "" as the current folder; the error says what was typed, not " is a
    # directory" (which named nothing).
    monkeypatch.chdir(tmp_path)
    with pytest.raises(BadInput, match="no file name was given"):
        read_bytes("")
    with pytest.raises(BadInput, match="no file name was given"), open_text(""):
        pass
    with pytest.raises(BadInput, match=r"no such file: missing\.txt"):
        read_bytes("missing.txt")
    assert os.getcwd() == str(tmp_path)
