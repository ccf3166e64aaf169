"""Building rounds for rule tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tactful.models import Application, Channel, FollowUp, Interview, Outcome, Reply, StepKind

PARIS = ZoneInfo("Europe/Paris")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=PARIS)


def round_(
    starts: str = "2026-11-25T14:00",
    *,
    closing: date | None = None,
    decision: date | None = None,
    many: bool = False,
    duration: int = 60,
    sent: dict[StepKind, str] | None = None,
    replied: str | None = None,
    skipped: list[StepKind] | None = None,
) -> tuple[Interview, Application]:
    app = Application(company="Acme", role="Engineer", id=1, closing_date=closing, country="FR")
    iv = Interview(
        application_id=1,
        id=1,
        starts_at=at(starts),
        duration_minutes=duration,
        decision_date=decision,
        many_candidates=many,
        timezone="Europe/Paris",
        skipped=list(skipped or []),
    )
    for kind, when in (sent or {}).items():
        iv.follow_ups.append(FollowUp(kind=kind, sent_at=at(when), channel=Channel.EMAIL))
    if replied:
        iv.replies.append(Reply(received_at=at(replied), outcome=Outcome.OTHER))
    return iv, app


def days(n: int) -> timedelta:
    return timedelta(days=n)
