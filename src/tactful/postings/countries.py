"""Country names and codes as job postings write them ("France", "FR", "FRA", "États-Unis",
{"@type": "Country", "name": "Germany"}) → ISO 3166 alpha-2 codes for the holiday calendars.

English names and alpha-3 codes come from the `holidays` package's registry (the countries whose
holidays tactful can count); common other spellings, French and local names are listed here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from tactful.text import strip_accents

_OTHER_NAMES = {
    "usa": "US", "united states of america": "US", "etats unis": "US",
    "etats unis d amerique": "US", "america": "US",
    "uk": "GB", "great britain": "GB", "britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB", "royaume uni": "GB", "angleterre": "GB",
    "allemagne": "DE", "deutschland": "DE", "espagne": "ES", "espana": "ES", "italie": "IT",
    "italia": "IT", "belgique": "BE", "belgie": "BE", "suisse": "CH", "schweiz": "CH",
    "svizzera": "CH", "pays bas": "NL", "nederland": "NL", "holland": "NL", "the netherlands": "NL",
    "irlande": "IE", "eire": "IE", "autriche": "AT", "osterreich": "AT", "pologne": "PL",
    "polska": "PL", "suede": "SE", "sverige": "SE", "norvege": "NO", "norge": "NO",
    "danemark": "DK", "danmark": "DK", "finlande": "FI", "suomi": "FI", "grece": "GR",
    "republique tcheque": "CZ", "czech republic": "CZ", "cesko": "CZ", "hongrie": "HU",
    "roumanie": "RO", "bresil": "BR", "brasil": "BR", "mexique": "MX", "japon": "JP",
    "chine": "CN", "inde": "IN", "maroc": "MA", "tunisie": "TN", "algerie": "DZ",
    "senegal": "SN", "cote d ivoire": "CI", "ivory coast": "CI", "liban": "LB",
    "coree du sud": "KR", "south korea": "KR", "korea": "KR", "australie": "AU",
    "nouvelle zelande": "NZ", "afrique du sud": "ZA", "singapour": "SG", "luxemburg": "LU",
}  # fmt: skip


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", strip_accents(text.casefold())).strip()


@lru_cache(maxsize=1)
def _known() -> tuple[dict[str, str], frozenset[str]]:
    from holidays.registry import COUNTRIES

    names: dict[str, str] = {}
    codes: set[str] = set()
    for entry in COUNTRIES.values():
        class_name, alpha2, alpha3, *aliases = entry
        codes.add(alpha2)
        names[_key(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", class_name))] = alpha2
        names[_key(alpha3)] = alpha2
        for alias in aliases:
            if isinstance(alias, str) and not alias.startswith("Holidays"):
                names[_key(alias)] = alpha2
    names.update(_OTHER_NAMES)
    return names, frozenset(codes)


def country_code(value: Any) -> str | None:
    """An ISO alpha-2 code for a schema.org addressCountry (text or Country object), or None."""
    if isinstance(value, list):
        for item in value:
            if (code := country_code(item)) is not None:
                return code
        return None
    if isinstance(value, dict):
        for field in ("identifier", "alternateName", "name", "addressCountry"):
            if field in value and (code := country_code(value[field])) is not None:
                return code
        return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    names = _known()[0]
    if len(text) == 2 and text.isalpha():
        code = text.upper()
        return "GB" if code == "UK" else code
    return names.get(_key(text)) or names.get(_key(re.sub(r"^the\s+", "", text, flags=re.I)))


def known_country(code: str) -> bool:
    """Whether tactful can count that country's public holidays."""
    return code.upper() in _known()[1]
