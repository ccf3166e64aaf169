"""Text forms of dates and instants in the store (portable ISO 8601)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tactful.models import Person


def date_out(value: date | None) -> str | None:
    return value.isoformat() if value else None


def date_in(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(value)


def instant_out(value: datetime) -> str:
    return value.isoformat()


def instant_in(value: Any, zone: str = "") -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    if zone and "/" in zone:
        try:
            return moment.astimezone(ZoneInfo(zone))
        except (ZoneInfoNotFoundError, ValueError):
            return moment
    return moment


def people_out(people: list[Person]) -> str:
    return json.dumps([{"name": p.name, "email": p.email} for p in people], ensure_ascii=False)


def people_in(text: str) -> list[Person]:
    return [Person(p.get("name", ""), p.get("email", "")) for p in json.loads(text or "[]")]
