"""Where "now" comes from: the caller's value (the CLI's `--now`), else `TACTFUL_NOW`, else the
clock (reproducible plans)."""

from __future__ import annotations

import os
from datetime import datetime, tzinfo

from tactful.errors import BadInput

# zoneinfo and pathlib are imported where a zone is looked up: a command given "now" with its
# offset (TACTFUL_NOW, --now) or needing only today's date at an offset never pays for them.


def local_zone() -> tzinfo:
    """The machine's time zone: an IANA zone when it can be named (DST-aware), else an offset."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        from pathlib import Path

        try:
            target = Path("/etc/localtime").resolve()
            parts = target.parts
            if "zoneinfo" in parts:
                name = "/".join(parts[parts.index("zoneinfo") + 1 :])
        except OSError:
            name = ""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def zone_named(name: str | None) -> tzinfo:
    """An IANA zone by name, or the local zone when no name is given."""
    if not name:
        return local_zone()
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadInput(
            f"unknown time zone {name!r}: use an IANA name such as Europe/Paris or America/New_York"
        ) from None


def zone_name(zone: tzinfo) -> str:
    """A name to store for a zone: the IANA key, else its UTC offset."""
    key = getattr(zone, "key", None)
    if isinstance(key, str):
        return key
    offset = datetime.now(zone).strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}"


def parse_datetime(text: str, *, zone: tzinfo | None = None, what: str = "date-time") -> datetime:
    """An ISO 8601 date-time ("2026-11-25 14:00", "…T14:00+01:00"); naive ones get `zone`."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise BadInput(
            f"cannot read {what} {text!r}: write it as YYYY-MM-DD HH:MM (ISO 8601, offset optional)"
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone or local_zone())
    return value


def resolve_now(explicit: str | None = None) -> datetime:
    """The current instant, time-zone aware."""
    text = explicit or os.environ.get("TACTFUL_NOW")
    if text:
        try:
            return parse_datetime(text, what="the current time (TACTFUL_NOW)")
        except BadInput as exc:
            raise BadInput(
                exc.message, code="bad-now", field="now", values={"value": text}
            ) from None
    return datetime.now(local_zone())
