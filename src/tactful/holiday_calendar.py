"""Business calendars from the `holidays` package, cached as JSON in the home so that read
commands need not import it (it is slow to import)."""

from __future__ import annotations

import json
import os
import re
from datetime import date

from tactful.errors import BadInput
from tactful.policy.business_days import BusinessCalendar

CACHE_VERSION = 1


def _compute(country: str, subdivision: str, year: int) -> tuple[dict[str, str], list[int]]:
    import holidays

    if not re.fullmatch(r"[A-Z]{2,3}", country):
        raise _unknown_country(country)
    try:
        found = holidays.country_holidays(country, subdiv=subdivision or None, years=year)
    except (NotImplementedError, ValueError):
        try:
            known = holidays.country_holidays(country, years=year).subdivisions
        except (NotImplementedError, ValueError):
            raise _unknown_country(country) from None
        raise BadInput(
            f'unknown subdivision "{subdivision}" of {country}: use one of '
            f"{', '.join(known[:40])}{'…' if len(known) > 40 else ''}",
            code="unknown-subdivision",
            field="subdivision",
        ) from None
    return {d.isoformat(): str(n) for d, n in sorted(found.items())}, sorted(found.weekend)


def _unknown_country(country: str) -> BadInput:
    shown = " ".join(country.split())[:20]
    return BadInput(
        f'no public holidays known for country "{shown}": use an ISO 3166 code such as FR, US, '
        "GB or DE",
        code="unknown-country",
        field="country",
    )


def validate_region(country: str, subdivision: str = "") -> None:
    """Raise BadInput unless `holidays` knows this country (and subdivision); uncached:
    `HolidayCalendars.validate` answers from the home's cache."""
    if country:
        _compute(country.upper(), subdivision, date.today().year)


class HolidayCalendars:
    """Business calendars per country, subdivision and year, cached in `cache_dir`."""

    def __init__(self, cache_dir: str | os.PathLike[str] | None) -> None:
        # Text, not a Path: read commands read the cache and `pathlib` costs their start a few
        # milliseconds (docs/benchmarks.md).
        self.cache_dir = os.fspath(cache_dir) if cache_dir is not None else None
        self._cache: dict[str, dict[str, object]] | None = None
        self._dirty = False
        self._calendars: dict[tuple[str, str, tuple[int, ...]], BusinessCalendar] = {}

    @property
    def _path(self) -> str | None:
        if not self.cache_dir:
            return None
        return os.path.join(self.cache_dir, f"holidays-v{CACHE_VERSION}.json")

    def _entries(self) -> dict[str, dict[str, object]]:
        if self._cache is None:
            self._cache = {}
            if (path := self._path) is not None:
                try:
                    with open(path, encoding="utf-8") as stream:
                        self._cache = json.loads(stream.read())
                except (OSError, ValueError):
                    self._cache = {}
        return self._cache

    def calendar(self, country: str, subdivision: str, years: range) -> BusinessCalendar:
        if not country:
            return _WEEKENDS_ONLY
        key = (country.upper(), subdivision, tuple(years))
        if (found := self._calendars.get(key)) is None:
            days: dict[date, str] = {}
            weekend: list[int] = [5, 6]
            try:
                for year in years:
                    names, weekend = self.year(key[0], subdivision, year)
                    days.update({date.fromisoformat(d): n for d, n in names.items()})
            except BadInput:
                # A region the holidays package no longer knows (stored by an older tactful,
                # or dropped by a newer `holidays`): plan with weekends only rather than refuse
                # every plan; new input is still checked by `validate`.
                days, weekend = {}, [5, 6]
            found = self._calendars[key] = BusinessCalendar(days, frozenset(weekend))
        return found

    def validate(self, country: str, subdivision: str = "") -> None:
        """Raise BadInput unless `holidays` knows this country (and subdivision), from the
        cache when this country's year was computed before."""
        if country:
            self.year(country.upper(), subdivision, date.today().year)

    def subdivision_code(self, country: str, subdivision: str) -> str:
        """`subdivision` as the holiday calendars spell it ("ca" → "CA", "zone a" → "Zone A"),
        checked with its country (BadInput when neither spelling is known)."""
        try:
            self.validate(country, subdivision)
        except BadInput as exc:
            if exc.code != "unknown-subdivision":
                raise
            import holidays

            known = holidays.list_supported_countries(include_aliases=False).get(
                country.upper(), []
            )
            same = [code for code in known if code.casefold() == subdivision.casefold()]
            if len(same) != 1:
                raise
            self.validate(country, same[0])
            return str(same[0])
        return subdivision

    def year(self, country: str, subdivision: str, year: int) -> tuple[dict[str, str], list[int]]:
        key = f"{country}|{subdivision}|{year}"
        entries = self._entries()
        if key not in entries:
            days, weekend = _compute(country, subdivision, year)
            entries[key] = {"days": days, "weekend": weekend}
            self._dirty = True
        entry = entries[key]
        return entry["days"], entry["weekend"]  # type: ignore[return-value]

    def save(self) -> None:
        """Write new cache entries, atomically; a read-only home is not an error."""
        path = self._path
        if not self._dirty or path is None:
            return
        from tactful.files import write_atomically

        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            write_atomically(path, json.dumps(self._entries()))
            self._dirty = False
        except (OSError, BadInput):
            pass


_WEEKENDS_ONLY = BusinessCalendar()
