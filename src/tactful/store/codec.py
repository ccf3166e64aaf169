"""Text forms of dates and instants in the store (portable ISO 8601).

Writing goes through `tactful.validation` once more, whatever the caller: no date outside
1970-2100 and no instant without its UTC offset reaches the database.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tactful.validation import check_date, check_instant

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import Any

    from tactful.models import Person


def date_out(value: date | None, field: str) -> str | None:
    checked = check_date(value, field)
    return checked.isoformat() if checked else None


def date_in(value: Any) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(value)


def instant_out(value: datetime, field: str) -> str:
    return check_instant(value, field).isoformat()


def instant_in(value: Any, zone: str = "") -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    zone_info = _zone(zone) if "/" in zone else None
    if moment.tzinfo is None:
        # Only a store written before instants were checked can hold one: read it in its
        # round's zone (else UTC) rather than fail every later comparison.
        return moment.replace(tzinfo=zone_info or UTC)
    return moment.astimezone(zone_info) if zone_info else moment


KEPT_INSTANTS = 20_000
"""Instants a loader keeps decoded: rounds often start at the same moments, not without end."""


def remember_instant(known: dict[tuple[Any, str], datetime], value: Any, zone: str) -> datetime:
    """`instant_in(value, zone)`, kept in `known` for the next row that holds the same (the
    loaders look there first, inline: this runs only when they miss); `known` is emptied when
    it holds `KEPT_INSTANTS`."""
    found = instant_in(value, zone)
    if len(known) >= KEPT_INSTANTS:
        known.clear()
    known[(value, zone)] = found
    return found


_ZONES: dict[str, ZoneInfo | None] = {}


def _zone(name: str) -> ZoneInfo | None:
    """The zone of that name, or None when there is none (looked up once per name: a store
    of a hundred thousand rounds names a handful of zones)."""
    try:
        return _ZONES[name]
    except KeyError:
        pass
    try:
        found: ZoneInfo | None = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        found = None
    _ZONES[name] = found
    return found


def people_out(people: list[Person]) -> str:
    return json.dumps([{"name": p.name, "email": p.email} for p in people], ensure_ascii=False)


def people_in(text: str) -> list[Person]:
    # Imported here: `due` reads dates and instants through this module, never people, and
    # the models' dataclasses cost its startup about 10 ms.
    from tactful.models import Person

    return [Person(p.get("name", ""), p.get("email", "")) for p in json.loads(text or "[]")]
