"""The lists forms choose from instead of asking for codes: countries whose public holidays
tactful knows (named in the reader's language), their regions, time zones, outcomes.

Built once per process: `holidays` and Babel are slow to import, so the first form that needs
them pays, in a worker thread (see `WebState.run`), and every later one reads the cache.
"""

from __future__ import annotations

from functools import cache

Choice = tuple[str, str]
"""(value, label)."""

_ZONE_AREAS = (
    "Africa/",
    "America/",
    "Antarctica/",
    "Arctic/",
    "Asia/",
    "Atlantic/",
    "Australia/",
    "Europe/",
    "Indian/",
    "Pacific/",
)


@cache
def _supported() -> dict[str, tuple[str, ...]]:
    import holidays

    found = holidays.list_supported_countries(include_aliases=False)
    return {code: tuple(subs) for code, subs in found.items()}


@cache
def countries(lang: str) -> tuple[Choice, ...]:
    """Every country with public holidays, by name in `lang` (English names when unknown)."""
    from babel import Locale

    names = Locale.parse("fr" if lang == "fr" else "en").territories
    found = [(code, str(names.get(code, code))) for code in _supported()]
    return tuple(sorted(found, key=lambda c: _fold(c[1])))


def country_name(code: str, lang: str) -> str:
    return dict(countries(lang)).get(code.upper(), code)


@cache
def regions(country: str) -> tuple[Choice, ...]:
    """The subdivisions of `country` with their names where `holidays` has them ("BY — Bayern")."""
    import holidays

    code = country.upper()
    subs = _supported().get(code, ())
    if not subs:
        return ()
    try:
        aliases = getattr(holidays.country_holidays(code), "subdivisions_aliases", {}) or {}
    except NotImplementedError:
        aliases = {}
    names: dict[str, str] = {}
    for alias, sub in aliases.items():
        # The longest alias is the name ("La Réunion" rather than "RE").
        if len(alias) > len(names.get(sub, "")) and alias != sub:
            names[sub] = alias
    return tuple((sub, f"{sub} — {names[sub]}" if sub in names else sub) for sub in subs)


@cache
def time_zones() -> tuple[Choice, ...]:
    """IANA zones of places ("Europe/Paris"), shown with spaces ("America/New York")."""
    from zoneinfo import available_timezones

    zones = sorted(z for z in available_timezones() if z.startswith(_ZONE_AREAS))
    return tuple((z, z.replace("_", " ")) for z in zones)


def _fold(text: str) -> str:
    from tactful.text import strip_accents

    return strip_accents(text).casefold()
