"""Where a job is: the places an ad names, and the jurisdictions they bring (pure).

Jurisdictions are ISO 3166 codes (FR, DE…, US-CO…) plus EU. The ad's stated location is read
from "Location:"/"Lieu :" lines, "based in …" phrases and its first lines; only the places below
bring rules (the US states with pay-transparency laws, France, EU member states).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tactful.errors import BadInput

EU_MEMBERS = frozenset((
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
))  # fmt: skip
_CODE_RE = re.compile(r"^(?:EU|[A-Z]{2}(?:-[A-Z0-9]{1,3})?)$")


def normalise_jurisdictions(codes: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for raw in codes:
        for piece in raw.split(","):
            code = piece.strip().upper().replace("_", "-")
            if not code:
                continue
            if not _CODE_RE.match(code):
                raise BadInput(
                    f"unknown jurisdiction {piece.strip()!r}: use an ISO 3166 code such as FR, "
                    "DE, US-CO, US-NY, US-CA, US-WA, or EU"
                )
            if code not in out:
                out.append(code)
    return tuple(out)


# --- the ad's stated location ---------------------------------------------------------------

LOCATION_LINE_RE = re.compile(
    r"[\s#*>_-]*(?:location|locations|where|lieu|lieu de travail|localisation|adresse|address|"
    r"office|bureau|based in|poste basé à|ville|city)\b[*_\s]*[:：-]?(.*)"
)
# On the scanning stream (punctuation as spaces, one space in front): "based in Paris".
LOCATED_RE = re.compile(
    r" (?:based|located|situé|située|basé|basée|office|offices|bureau|bureaux)\s+"
    r"(?:in|at|à|en|au|near)\s+"
)
_PLACE_TEXT_RE = re.compile(r"[^.\n;]{2,60}")
_PLACES: list[tuple[str, re.Pattern[str]]] = [
    (
        "US-CO",
        re.compile(
            r"\bcolorado\b|,\s*co\b|\b(?:denver|boulder|colorado springs|"
            r"fort collins)\b"
        ),
    ),
    (
        "US-NY",
        re.compile(
            r"\bnew york\b|,\s*ny\b|\bnyc\b|\b(?:brooklyn|manhattan|queens|"
            r"the bronx|buffalo|albany)\b"
        ),
    ),
    (
        "US-CA",
        re.compile(
            r"\bcalifornia\b|,\s*ca\b|\b(?:san francisco|los angeles|san diego|"
            r"san jose|oakland|palo alto|mountain view|sacramento|sunnyvale|"
            r"santa clara|irvine)\b"
        ),
    ),
    (
        "US-WA",
        re.compile(
            r"\bwashington state\b|,\s*wa\b|\b(?:seattle|tacoma|spokane|"
            r"bellevue|redmond|olympia)\b"
        ),
    ),
    (
        "FR",
        re.compile(
            r"\bfrance\b|\b(?:paris|lyon|marseille|toulouse|bordeaux|lille|nantes|"
            r"strasbourg|montpellier|rennes|grenoble|nice|île-de-france|"
            r"ile-de-france|la défense)\b"
        ),
    ),
    (
        "DE",
        re.compile(
            r"\b(?:germany|deutschland|allemagne|berlin|munich|münchen|hamburg|"
            r"frankfurt|cologne|köln|stuttgart|düsseldorf)\b"
        ),
    ),
    ("ES", re.compile(r"\b(?:spain|espagne|españa|madrid|barcelona|barcelone|valencia)\b")),
    ("IT", re.compile(r"\b(?:italy|italie|italia|milan|milano|rome|roma|turin|torino)\b")),
    ("NL", re.compile(r"\b(?:netherlands|pays-bas|amsterdam|rotterdam|utrecht|eindhoven)\b")),
    ("BE", re.compile(r"\b(?:belgium|belgique|brussels|bruxelles|antwerp|anvers|ghent|gand)\b")),
    ("IE", re.compile(r"\b(?:ireland|irlande|dublin|cork|galway)\b")),
    ("PT", re.compile(r"\b(?:portugal|lisbon|lisbonne|lisboa|porto)\b")),
    ("AT", re.compile(r"\b(?:austria|autriche|vienna|vienne|wien)\b")),
    ("SE", re.compile(r"\b(?:sweden|suède|stockholm|gothenburg)\b")),
    ("PL", re.compile(r"\b(?:poland|pologne|warsaw|varsovie|kraków|krakow)\b")),
    ("LU", re.compile(r"\bluxembourg\b")),
    ("DK", re.compile(r"\b(?:denmark|danemark|copenhagen|copenhague)\b")),
    ("FI", re.compile(r"\b(?:finland|finlande|helsinki)\b")),
]


# Places that say where a job is without bringing rules: "Columbus, OH", country names.
_US_STATES = [
    "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in",
    "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv",
    "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn",
    "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc",
]  # fmt: skip
ANY_PLACE_RE = re.compile(
    r"[^\W\d_][^\W\d_ .'-]*(?:[ .'-][^\W\d_]+)*, (?:" + "|".join(_US_STATES) + r")\b|"
    r"\b(?:united states|usa|united kingdom|uk|england|scotland|wales|canada|australia|"
    r"new zealand|switzerland|suisse|norway|norvège|japan|japon|india|inde|singapore|"
    r"singapour|brazil|brésil|mexico|mexique|morocco|maroc|tunisia|tunisie|senegal|sénégal|"
    r"québec|quebec|london|londres|toronto|montréal|montreal|geneva|genève|zurich|"
    r"royaume-uni|états-unis|etats-unis)\b"
)


def names_a_place(text: str) -> bool:
    """Whether `text` (folded) names a city, state or country we know."""
    return ANY_PLACE_RE.search(text) is not None or any(
        pattern.search(text) for _, pattern in _PLACES
    )


def jurisdictions_of(places: Iterable[str]) -> tuple[str, ...]:
    codes: list[str] = []
    for place in places:
        for code, pattern in _PLACES:
            if code not in codes and pattern.search(place):
                codes.append(code)
    return tuple(codes)


def located_phrases(folded: str, scan: str) -> list[str]:
    """Places named after 'based in', 'located in', 'basé à'… (folded text and its stream)."""
    out: list[str] = []
    for match in LOCATED_RE.finditer(scan):
        place = _PLACE_TEXT_RE.match(folded, match.end() - 1)
        if place is not None:
            out.append(place.group())
    return out
