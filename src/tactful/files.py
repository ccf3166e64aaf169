"""Reading input files and writing output files: clear errors, atomic writes."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from tactful.errors import BadInput

MAX_INPUT_BYTES = 20 * 1024 * 1024


def read_text(path: str) -> str:
    """A UTF-8 text file, or stdin for '-'."""
    if path == "-":
        try:
            return sys.stdin.read()
        except UnicodeDecodeError:
            raise BadInput("standard input is not UTF-8 text: send UTF-8 and try again") from None
    file = Path(path)
    try:
        if file.stat().st_size > MAX_INPUT_BYTES:
            raise BadInput(f"{path} is larger than 20 MB: give a smaller file")
        return file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BadInput(f"no such file: {path}") from None
    except IsADirectoryError:
        raise BadInput(f"{path} is a directory: give a file") from None
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise BadInput(f"{path} is not UTF-8 text: save it as UTF-8 and try again") from None


def write_atomically(path: str | Path, text: str, *, mode: int | None = None) -> None:
    """Write all of `text` or nothing: a temporary file in the same folder, then a rename."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise BadInput(f"cannot write {target}: the folder {folder} does not exist")
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        if mode is not None:  # before any byte is written: a secret is never readable by others
            os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except OSError as exc:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise BadInput(f"cannot write {target}: {exc.strerror}") from None
