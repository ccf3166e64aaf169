"""Reading input files and writing output files: clear errors, size limits, atomic writes.

One reader (`read_bytes`, with the limit each kind of input has) and one writer
(`write_atomically`) for the whole library: the config, the holiday cache, exports, calendars,
.eml drafts and the web's password file all go through them.
"""

from __future__ import annotations

import errno
import io
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from tactful.errors import BadInput

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from pathlib import Path
    from typing import TextIO

MB = 1024 * 1024
MAX_INPUT_BYTES = 20 * MB
"""An export, an email to check, an ad."""
MAX_INVITE_BYTES = 5 * MB
"""An invitation (.ics), from the command line and from the web alike."""
MAX_PAGE_BYTES = 5 * MB
"""A job posting page, saved or fetched."""


def size_text(limit: int) -> str:
    return f"{limit // MB} MB" if limit >= MB else f"{limit // 1024} KB"


def too_large(name: str, limit: int, what: str = "a smaller file") -> BadInput:
    return BadInput(
        f"{name} is larger than {size_text(limit)}: give {what}", code="too-large", field="file"
    )


def read_bytes(path: str | Path, limit: int = MAX_INPUT_BYTES, *, what: str = "") -> bytes:
    """The bytes of a file (or of stdin for "-"), at most `limit` of them."""
    name = str(path)
    if name == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:
            try:
                data = sys.stdin.read(limit + 1).encode("utf-8")
            except UnicodeDecodeError:
                raise _not_utf8("standard input") from None
        else:
            data = buffer.read(limit + 1)
        if len(data) > limit:
            raise too_large("standard input", limit, what or "less")
        return data
    file = _local(_named(name))
    try:
        if os.stat(file).st_size > limit:
            raise too_large(name, limit, what or "a smaller file")
        with open(file, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise BadInput(f"no such file: {name}", code="no-such-file", field="file") from None
    except IsADirectoryError:
        raise BadInput(
            f"{name} is a directory: give a file", code="not-a-file", field="file"
        ) from None
    except OSError as exc:
        raise BadInput(
            f"cannot read {name}: {exc.strerror or exc}", code="cannot-read", field="file"
        ) from None
    if len(data) > limit:
        raise too_large(name, limit, what or "a smaller file")
    return data


def _named(name: str) -> str:
    """`name`, unless it is empty: "" would read the current folder (pathlib's "."), and the
    error would name nothing."""
    if not name.strip():
        raise BadInput(
            "no file name was given (an empty name): give the path of a file",
            code="no-file-name",
            field="file",
        )
    return name


def _local(name: str) -> str:
    """The file `Path(name).expanduser()` names, without pathlib: importing it (and what it
    imports) costs `check` and `ad check` more than reading their file. The same file for the
    system: a leading "~" expanded, and what pathlib drops (a trailing "/" or "/.", an empty
    name for ".") dropped too."""
    path = os.path.expanduser(name) or "."
    while len(path) > 1 and path.endswith(("/", "/.")):
        path = path[:-1] if path.endswith("/") else path[:-2]
    return path or "/"


def _not_utf8(name: str) -> BadInput:
    return BadInput(
        f"{name} is not UTF-8 text: save it as UTF-8 and try again", code="not-utf8", field="file"
    )


def read_text(path: str, limit: int = MAX_INPUT_BYTES) -> str:
    """A UTF-8 text file (a BOM is dropped), or stdin for "-"."""
    data = read_bytes(path, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _not_utf8("standard input" if path == "-" else path) from None


@contextmanager
def open_text(path: str) -> Iterator[TextIO]:
    """A UTF-8 text file (a BOM is dropped), or stdin for "-", to read as it streams: no size
    limit here (the reader bounds what it keeps). A byte that is not UTF-8, met while reading,
    is the same one-line error `read_text` gives."""
    name = "standard input" if path == "-" else path
    if path == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        stream: TextIO = (
            io.TextIOWrapper(buffer, encoding="utf-8-sig") if buffer is not None else sys.stdin
        )
        opened = False
    else:
        try:
            stream = open(_local(_named(path)), encoding="utf-8-sig")  # noqa: SIM115 (closed below)
        except FileNotFoundError:
            raise BadInput(f"no such file: {path}", code="no-such-file", field="file") from None
        except IsADirectoryError:
            raise BadInput(
                f"{path} is a directory: give a file", code="not-a-file", field="file"
            ) from None
        except OSError as exc:
            raise BadInput(
                f"cannot read {path}: {exc.strerror or exc}", code="cannot-read", field="file"
            ) from None
        opened = True
    try:
        yield stream
    except UnicodeDecodeError:
        raise _not_utf8(name) from None
    except IsADirectoryError:
        raise BadInput(
            f"{path} is a directory: give a file", code="not-a-file", field="file"
        ) from None
    except OSError as exc:
        raise BadInput(
            f"cannot read {name}: {exc.strerror or exc}", code="cannot-read", field="file"
        ) from None
    finally:
        if opened:
            stream.close()
        elif stream is not sys.stdin:
            stream.detach()  # type: ignore[attr-defined]


def write_atomically(path: str | Path, text: str | bytes, *, mode: int | None = None) -> None:
    """Write all of `text` or nothing: a temporary file in the same folder, flushed to disk,
    then a rename. On any error (a read-only or full disk, a file size limit) the old file is
    left as it was and the temporary file is removed."""
    with atomic_writer(path, mode=mode) as write:
        write(text.encode("utf-8") if isinstance(text, str) else text)


@contextmanager
def atomic_writer(
    path: str | Path, *, mode: int | None = None
) -> Iterator[Callable[[bytes], None]]:
    """`write_atomically` for a file written piece by piece: the block gets a function that
    writes bytes; the file appears, whole, when the block ends without error."""
    from pathlib import Path  # imported here: reading commands never write

    target = Path(_named(str(path)))
    if target.is_dir():
        raise BadInput(
            f"cannot write {target}: it is a folder: give a file's path, such as "
            f"{target / 'name.ext'}",
            code="is-a-folder",
            field="file",
            values={"path": str(target)},
        )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise BadInput(
            f"cannot write {target}: the folder {folder} does not exist",
            code="cannot-write",
            field="file",
        )
    tmp = ""
    import tempfile  # imported here: reading commands never write

    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
        try:
            if mode is not None:  # before any byte is written: a secret is never readable
                os.fchmod(fd, mode)

            def write(data: bytes) -> None:
                view = memoryview(data)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]

            yield write
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        tmp = ""
    except OSError as exc:
        raise BadInput(
            f"cannot write {target}: {_why(exc)}", code="cannot-write", field="file"
        ) from None
    finally:
        if tmp:
            Path(tmp).unlink(missing_ok=True)


def _why(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full; free some space and try again"
    if exc.errno == errno.EFBIG:
        return "the file is larger than this system allows (file size limit)"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied; check who owns the folder"
    return exc.strerror or str(exc)
