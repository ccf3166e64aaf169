"""Errors that reach the user as one line, and the exit codes they map to."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Process exit codes, a contract scripts rely on."""

    OK = 0
    REFUSED = 1
    """The rules refuse (a third follow-up, a phone call) or a check found an error."""
    BAD_INPUT = 2
    """Bad usage or bad input: the command line, a file, a value."""


class TactfulError(Exception):
    """Base error: its message is one line that says what was wrong and how to fix it."""

    exit_status: ExitStatus = ExitStatus.BAD_INPUT

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadInput(TactfulError):
    """The input cannot be understood (a date, a file, an option value)."""

    exit_status = ExitStatus.BAD_INPUT


class NotFound(BadInput):
    """An id names nothing in the store."""


class Refused(TactfulError):
    """The follow-up rules refuse what was asked."""

    exit_status = ExitStatus.REFUSED
