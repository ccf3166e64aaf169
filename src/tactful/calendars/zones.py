"""Windows time zone names, as Outlook and Exchange write them in TZID, mapped to IANA zones.

The table is the one icalendar ships (`icalendar.timezone.windows_to_olson`, generated from the
Unicode CLDR's windowsZones.xml): tactful keeps no copy of its own.
"""

from __future__ import annotations

from functools import cache
from typing import Any

# Names Outlook and Exchange write that are not Windows registry keys.
_ALIASES = {
    "tzone://microsoft/utc": "Etc/UTC",
    "utc": "Etc/UTC",
    "gmt": "Etc/UTC",
    "z": "Etc/UTC",
}


def windows_zones() -> dict[str, str]:
    """Windows zone name → IANA zone name (CLDR, through icalendar)."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return dict(WINDOWS_TO_OLSON)


@cache
def _folded() -> dict[str, str]:
    return {name.casefold(): zone for name, zone in windows_zones().items()}


def iana_for_windows(name: str) -> str | None:
    """The IANA zone of a Windows zone name ("Romance Standard Time" → "Europe/Paris"), or None.

    Case and surrounding quotes or spaces are ignored, as some mail clients change them.
    """
    key = name.strip().strip('"').strip().casefold()
    return _ALIASES.get(key) or _folded().get(key)


def __getattr__(name: str) -> Any:
    if name == "WINDOWS_ZONES":
        return windows_zones()
    raise AttributeError(name)
