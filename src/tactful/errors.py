"""Errors that reach the user as one line, and the exit codes they map to.

Every error carries its meaning as data: a stable `code` that scripts, translations and the web
key on, and the `field` it is about when there is one (a form input, a JSON key, an option),
so the CLI prints one line, the web puts the message next to the right input, and nobody has to
read English words to know what went wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import Any, ClassVar


class ExitStatus(IntEnum):
    """Process exit codes, a contract scripts rely on."""

    OK = 0
    REFUSED = 1
    """The rules refuse (a third follow-up, a phone call) or a check found an error."""
    BAD_INPUT = 2
    """Bad usage or bad input: the command line, a file, a value."""


class TactfulError(Exception):
    """Base error: its message is one line that says what was wrong and how to fix it."""

    exit_status: ClassVar[ExitStatus] = ExitStatus.BAD_INPUT
    default_code: ClassVar[str] = "error"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        field: str | None = None,
        values: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        """Complete and neutral: it names no command-line option or command, because the CLI, the
        web and the API all show it; each interface words its own fix from `code` and `values`."""
        self.code = code or self.default_code
        """Stable, kebab-case: `date-out-of-range`, `too-early`, `not-found`…"""
        self.field = field
        """The input it is about (`starts_at`, `company`, `closing_date`…), or None."""
        self.values: dict[str, Any] = dict(values or {})
        """The facts the message was built from ({"interview_id": 3, "names": [...]}), so an
        interface can word the fix in its own terms without reading the English."""

    def as_dict(self) -> dict[str, str | None]:
        """The one error shape of the API: {"code", "message", "field"}."""
        return {"code": self.code, "message": self.message, "field": self.field}


class BadInput(TactfulError):
    """The input cannot be understood (a date, a file, an option value)."""

    exit_status = ExitStatus.BAD_INPUT
    default_code = "bad-input"


class NotFound(BadInput):
    """An id names nothing in the store."""

    default_code = "not-found"


class Refused(TactfulError):
    """The follow-up rules refuse what was asked."""

    exit_status = ExitStatus.REFUSED
    default_code = "refused"


WHERE_IDS = {
    "application": "the list of applications",
    "interview": "the plans or the list of applications",
    "profile-item": "the profile",
    "proposal": "the inbox's proposals",
    "outbox-entry": "the outbox",
}
"""Where each kind of id can be looked up, in words that make sense in every interface."""


def no_such(what: str, ident: object, *, field: str | None = None) -> NotFound:
    """`no application 3`: NotFound with {"what", "id"}, so each interface says where to look."""
    where = WHERE_IDS.get(what, "the list")
    return NotFound(
        f"no {what.replace('-', ' ')} {ident}: see {where} for the ids",
        field=field,
        values={"what": what, "id": ident},
    )
