"""Reading a command's input files (an email, an ad) and its date, without Typer."""

from __future__ import annotations

from datetime import date

from tactful.cli.state import State
from tactful.errors import BadInput
from tactful.files import MAX_INPUT_BYTES


def read_email(source: str) -> tuple[str, str]:
    """The email's text from a file or '-' (stdin), and a name to show for it."""
    from tactful.files import read_text

    name = "<stdin>" if source == "-" else source
    try:
        text = read_text(source)
    except UnicodeDecodeError:  # only stdin: read_text turns a file's into BadInput
        raise BadInput("stdin is not UTF-8 text: convert the email to UTF-8") from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise BadInput(f"{name} is empty: give the email's text")
    return text, name


def read_ad(path: str) -> str:
    """The characters of a file (or stdin for '-') exactly as stored: no newline translation,
    nothing stripped, so spans are offsets into what was read."""
    from tactful.files import read_bytes

    data = read_bytes(path, MAX_INPUT_BYTES, what="a smaller ad")
    name = "stdin" if path == "-" else path
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput(f"{name} is not UTF-8 text: save it as UTF-8 and try again") from None


def today(state: State) -> date:
    """The analysis date: --now / TACTFUL_NOW, else the clock."""
    from tactful.clock import resolve_now

    return resolve_now(state.now).date()


def format_for(path: str) -> str | None:
    return "html" if path.lower().endswith((".html", ".htm")) else None
