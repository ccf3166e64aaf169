"""A generated store with every shape a round's due steps depend on, built through the API:
several zones, holidays of two countries and none, decision dates (given and from a timeline),
closing dates, many candidates, later rounds, cancelled rounds, replies, follow-ups sent and
skipped. Seeded: the same store each time."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from tactful import Tactful
from tactful.models import StepKind

ZONES = ("Europe/Paris", "America/New_York", "Asia/Kolkata", "UTC")
TIMELINES = ("", "two weeks", "10 business days", "by Friday", "fin du mois")
NOW = datetime(2026, 11, 25, 17, 0, tzinfo=ZoneInfo("Europe/Paris"))


def fill(api: Tactful, applications: int, seed: int = 14) -> None:
    """`applications` applications of one to three rounds each, around NOW."""
    pick = random.Random(seed)
    for number in range(applications):
        first = NOW - timedelta(days=pick.randint(0, 60), hours=pick.randint(0, 10))
        closing = first.date() - timedelta(days=pick.randint(-3, 20))
        app = api.add_application(
            company=pick.choice(["Acme", 'Data "Co"', "Café Ünïcode", f"Company {number}"]),
            role=pick.choice(["Engineer", "Analyste", "Back\\slash"]),
            closing_date=closing if pick.random() < 0.7 else None,
            country=pick.choice(["FR", "US", ""]),
        )
        for round_ in range(pick.choice([1, 1, 1, 2, 3])):
            starts = first + timedelta(days=12 * round_, minutes=pick.choice([0, 0, 30, 45]))
            zone = pick.choice(ZONES)
            timeline = pick.choice(TIMELINES)
            decision: date | None = None
            if not timeline and pick.random() < 0.5:
                decision = starts.date() + timedelta(days=pick.randint(0, 20))
            iv = api.add_interview(
                app,
                at=starts.astimezone(ZoneInfo(zone)),
                timezone=zone,
                duration_minutes=pick.choice([30, 60, 60, 90, 600]),
                decision_date=decision,
                timeline=timeline,
                many_candidates=pick.random() < 0.2,
            )
            _happen(api, iv, starts, pick)


def _happen(api: Tactful, iv: int, starts: datetime, pick: random.Random) -> None:
    """What may have happened since the round: follow-ups, skips, a reply, a cancellation."""
    after = starts + timedelta(hours=2)
    if after > NOW:
        return
    roll = pick.random()
    if roll < 0.2:
        api.record_sent(iv, StepKind.THANK_YOU, at=after)
    elif roll < 0.3:
        api.skip(iv, StepKind.THANK_YOU)
    roll = pick.random()
    if roll < 0.1:
        api.skip(iv, StepKind.STATUS_INQUIRY)
    elif roll < 0.2:
        api.record_sent(iv, StepKind.STATUS_INQUIRY, at=after, anyway=True)
    roll = pick.random()
    if roll < 0.1:
        api.record_reply(iv, at=after + timedelta(hours=1))
    elif roll < 0.15:
        api.edit_interview(iv, cancelled=True)
