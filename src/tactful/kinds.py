"""What a follow-up is (its kind, channel and state) and how a round stands: plain
enumerations, importable without the models' dataclasses (the email checker needs only these,
and `dataclasses` costs a command's start about 10 ms). `tactful.models` exports them too."""

from __future__ import annotations

from enum import StrEnum


class StepKind(StrEnum):
    THANK_YOU = "thank-you"
    STATUS_INQUIRY = "status-inquiry"


class Channel(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    VISIT = "visit"


class StepState(StrEnum):
    UPCOMING = "upcoming"
    DUE = "due"
    LATE = "late"
    SENT = "sent"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"


class RoundState(StrEnum):
    ACTIVE = "active"
    WAITING = "waiting"
    CLOSED = "closed"


class Outcome(StrEnum):
    OFFER = "offer"
    REJECTION = "rejection"
    NEXT_ROUND = "next-round"
    OTHER = "other"


COMMAND_WORDS = {StepKind.THANK_YOU: "thank-you", StepKind.STATUS_INQUIRY: "status"}
"""How commands name each follow-up: `tactful draft ID thank-you|status`."""
