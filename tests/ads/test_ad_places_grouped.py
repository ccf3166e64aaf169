"""The places that bring rules, written as lists of names (tactful.ads.places._PLACE_NAMES),
are the regexes as first written; the one regex that reads them grouped by first character
(`place_codes`, `names_a_place`) finds what the regexes find, on every line of the corpora and
on generated texts of names, their halves and separators."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_files import corpus_files
from tactful.ads.document import AdDocument
from tactful.ads.places import (
    _COUNTRIES_AND_CITIES,
    _JURISDICTIONS,
    _NAMED_PLACE,
    _PLACE_BRANCHES,
    _US_STATE_NAMES,
    ANY_PLACE,
    _all_places,
    _place_name_re,
    _places,
    names_a_place,
    place_codes,
)

_FRENCH_AS_WRITTEN = (
    r"paris|parisien(?:ne)?s?|lyon|lyonnais(?:e|es)?|marseille|toulouse|bordeaux|lille|nantes|"
    r"strasbourg|montpellier|rennes|grenoble|nice|caen|rouen|reims|dijon|angers|tours|orléans|"
    r"orleans|metz|nancy|brest|limoges|amiens|poitiers|clermont-ferrand|besançon|perpignan|nîmes|"
    r"avignon|toulon|annecy|chambéry|valence|le mans|le havre|saint-étienne|versailles|"
    r"boulogne-billancourt|nanterre|courbevoie|puteaux|issy-les-moulineaux|levallois-perret|"
    r"neuilly-sur-seine|saint-denis|montreuil|créteil|évry|cergy|massy|saclay|sophia antipolis|"
    r"limonest|faverges|villeurbanne|île-de-france|ile-de-france|région parisienne|"
    r"hauts-de-france|grand est|normandie|bretagne|pays de la loire|centre-val de loire|"
    r"bourgogne|franche-comté|nouvelle-aquitaine|occitanie|auvergne|rhône-alpes|"
    r"auvergne-rhône-alpes|provence|côte d'azur|corse|hauts-de-seine|seine-saint-denis|"
    r"val-de-marne|val-d'oise|yvelines|essonne|seine-et-marne|haute-savoie|savoie|isère|rhône|"
    r"gironde|nord|pas-de-calais|bouches-du-rhône|alpes-maritimes|haute-garonne|"
    r"loire-atlantique|ille-et-vilaine|bas-rhin|haut-rhin|hérault|var|calvados|finistère|"
    r"morbihan|moselle|meurthe-et-moselle|puy-de-dôme|côte-d'or|doubs"
)
# The jurisdictions' regexes as first written (before they became lists of names).
_PLACES_AS_WRITTEN = [
    (
        "US-CO",
        r"\bcolorado\b|,\s*co\b|\bus-co\b|\b(?:denver|boulder|colorado springs|"
        r"fort collins|aurora, co|lakewood, co|golden, co)\b",
    ),
    (
        "US-NY",
        r"\bnew york\b|,\s*ny\b|\bnyc\b|\bus-ny\b|\b(?:brooklyn|manhattan|queens|"
        r"the bronx|buffalo|albany|soho|rochester, ny)\b",
    ),
    (
        "US-CA",
        r"\bcalifornia\b|,\s*ca\b|\bus-ca\b|\b(?:san francisco|los angeles|san diego|"
        r"san jose|oakland|palo alto|mountain view|sacramento|sunnyvale|"
        r"santa clara|irvine)\b",
    ),
    (
        "US-WA",
        r"\bwashington state\b|,\s*wa\b|\bus-wa\b|\b(?:seattle|tacoma|spokane|"
        r"bellevue|redmond|olympia)\b",
    ),
    ("FR", r"\bfrance\b|\bfr-|\b(?:" + _FRENCH_AS_WRITTEN + r")\b"),
    (
        "DE",
        r"\b(?:germany|deutschland|allemagne|berlin|munich|münchen|hamburg|"
        r"frankfurt|cologne|köln|stuttgart|düsseldorf)\b",
    ),
    ("ES", r"\b(?:spain|espagne|españa|madrid|barcelona|barcelone|valencia)\b"),
    ("IT", r"\b(?:italy|italie|italia|milan|milano|rome|roma|turin|torino)\b"),
    ("NL", r"\b(?:netherlands|pays-bas|amsterdam|rotterdam|utrecht|eindhoven)\b"),
    ("BE", r"\b(?:belgium|belgique|brussels|bruxelles|antwerp|anvers|ghent|gand)\b"),
    ("IE", r"\b(?:ireland|irlande|dublin|cork|galway)\b"),
    ("PT", r"\b(?:portugal|lisbon|lisbonne|lisboa|porto)\b"),
    ("AT", r"\b(?:austria|autriche|vienna|vienne|wien)\b"),
    ("SE", r"\b(?:sweden|suède|stockholm|gothenburg)\b"),
    ("PL", r"\b(?:poland|pologne|warsaw|varsovie|kraków|krakow)\b"),
    ("LU", r"\bluxembourg\b"),
    ("DK", r"\b(?:denmark|danemark|copenhagen|copenhague)\b"),
    ("FI", r"\b(?:finland|finlande|helsinki)\b"),
]
_ALL_AS_WRITTEN = re.compile(
    "|".join(f"(?P<{code.replace('-', '_')}>{text})" for code, text in _PLACES_AS_WRITTEN)
)
_ANY_PLACE_RE = re.compile(ANY_PLACE)


def _codes_as_written(text: str) -> list[tuple[int, int, str]]:
    return [(*m.span(), str(m.lastgroup).replace("_", "-")) for m in _ALL_AS_WRITTEN.finditer(text)]


def _names_a_place_as_written(text: str) -> bool:
    return _ANY_PLACE_RE.search(text) is not None or _ALL_AS_WRITTEN.search(text) is not None


def test_branches_can_be_grouped_by_their_first_character() -> None:
    """What grouping needs: each branch starts with a word boundary and a letter, or with a
    comma, and no quantifier follows that first character."""
    assert [code for code, _ in _places()] == [code for code, _ in _PLACES_AS_WRITTEN]
    assert list(_JURISDICTIONS) == [code for code, _ in _PLACES_AS_WRITTEN]
    for _, branches in _PLACE_BRANCHES:
        for branch in branches:
            body = branch.removeprefix(r"\b")
            assert (body != branch and body[0].isalpha()) or body[0] == ","
            assert body[1] not in "?*+{"


def _names() -> list[str]:
    names = [*_US_STATE_NAMES.split("|"), *_COUNTRIES_AND_CITIES.split("|"), "us-oh", "fr-69"]
    names += re.findall(r"[\w' ,-]+", "|".join(text for _, text in _PLACES_AS_WRITTEN))
    names += _FRENCH_AS_WRITTEN.replace("(?:ne)?s?", "nes").replace("(?:e|es)?", "e").split("|")
    return [" ".join(name.replace("\\b", " ").split()) for name in names if name.strip(" ,")]


NAMES = _names()


def test_every_name_alone_and_in_words() -> None:
    for name in NAMES:
        for text in (name, f"in {name}.", f"x{name}", f"{name}x", name[:-1], f"à {name}, co"):
            assert place_codes(text) == _codes_as_written(text), text
            assert names_a_place(text) == _names_a_place_as_written(text), text


def test_corpus_lines() -> None:
    paths = corpus_files()
    assert paths
    for path in paths:
        folded = AdDocument.read(path.read_text(encoding="utf-8")).folded
        assert place_codes(folded) == _codes_as_written(folded)
        for line in folded.split("\n"):
            assert names_a_place(line) == _names_a_place_as_written(line), line


_PIECES = st.one_of(
    st.sampled_from(NAMES),
    st.sampled_from(NAMES).map(lambda name: name[: len(name) // 2]),
    st.sampled_from(NAMES).map(lambda name: name[len(name) // 2 :]),
    st.sampled_from([" ", "-", ", ", ",", "\n", "s", "e", "ne", "x", "é", "'", ".", "_", "1"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_generated_texts(text: str) -> None:
    assert place_codes(text) == _codes_as_written(text)
    assert [m.span() for m in _all_places().finditer(text)] == [
        m.span() for m in _ALL_AS_WRITTEN.finditer(text)
    ]
    assert names_a_place(text) == _names_a_place_as_written(text)
    assert (_place_name_re().search(text) is not None) == (
        re.search(_NAMED_PLACE, text) is not None or _ALL_AS_WRITTEN.search(text) is not None
    )
