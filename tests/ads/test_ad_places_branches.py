"""The place regexes written as branches grouped by their first letter (tactful.ads.places)
find what the regexes as first written find: the "Location:" line, with its words spelled out
("work location" before "location"), on generated lines of every label and its neighbours; the
lists of names grouped as listed, on texts of names, their halves and separators."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.ads.places import (
    _COUNTRIES_AND_CITIES,
    _FRENCH_PLACE_NAMES,
    _LOCATION_LABELS,
    _NAMED_PLACE,
    _US_STATE_NAMES,
    LOCATION_LINE_RE,
    _by_first_letter,
    _place_name_re,
    location_lines,
)

_LOCATION_LINE_AS_WRITTEN = re.compile(
    r"[\s#*>_-]*(?:(?:primary |job |work |secondary )?locations?|where|workplace|lieu|"
    r"lieu de travail|localisation|adresse|address|office|bureau|based in|poste basé à|ville|"
    r"city)\b[*_\s]*[:：-]?(.*)"
)
_LABEL_PIECES = st.sampled_from(
    [
        "location", "locations", "primary ", "job ", "work ", "secondary ", "workplace", "where",
        "lieu", " de travail", "localisation", "adresse", "address", "office", "bureau",
        "based in", "poste basé à", "ville", "city", "x", "s", ":", "：", "-", "#", "*", "_", ">",
        " ", "\t", "\u2028", "\n", "paris",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_LABEL_PIECES, max_size=12).map("".join))
def test_location_line_is_the_regex_as_first_written(line: str) -> None:
    fast = LOCATION_LINE_RE.match(line)
    general = _LOCATION_LINE_AS_WRITTEN.match(line)
    assert (fast and (fast.span(), fast.groups())) == (
        general and (general.span(), general.groups())
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(_LABEL_PIECES, max_size=20).map("".join))  # lines under 300 characters
def test_location_lines_as_the_regex_first_written_reads_each_line(folded: str) -> None:
    expected = []
    for line in folded.split("\n"):
        match = _LOCATION_LINE_AS_WRITTEN.match(line)
        if line.strip() and match is not None and match.group(1).strip():
            expected.append(match.group(1))
    assert location_lines(folded) == expected


_NAME_LISTS = {
    "french": _FRENCH_PLACE_NAMES,
    "states": _US_STATE_NAMES.split("|"),
    "countries": _COUNTRIES_AND_CITIES.split("|"),
    "labels": _LOCATION_LABELS,
}


@st.composite
def _names_text(draw: st.DrawFn) -> tuple[str, str]:
    """A list's name and a text of its names, their beginnings and ends, and separators."""
    kind = draw(st.sampled_from(sorted(_NAME_LISTS)))
    names = [n for n in _NAME_LISTS[kind] if "(" not in n and "?" not in n]
    piece = st.one_of(
        st.sampled_from(names),
        st.sampled_from(names).map(lambda n: n[: len(n) // 2]),
        st.sampled_from(names).map(lambda n: n[len(n) // 2 :]),
        st.sampled_from([" ", "-", ", ", "\n", "s", "e", "ne", "x", "é", "'"]),
    )
    return kind, "".join(draw(st.lists(piece, max_size=12)))


@settings(max_examples=200, deadline=None)
@given(_names_text())
def test_names_grouped_by_first_letter_match_as_listed(kind_text: tuple[str, str]) -> None:
    kind, text = kind_text
    names = _NAME_LISTS[kind]
    grouped = re.compile(r"\b(?:" + _by_first_letter(names) + r")\b")
    listed = re.compile(r"\b(?:" + "|".join(names) + r")\b")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in listed.finditer(text)]


def test_named_places_are_the_pattern_as_written() -> None:
    for name in [*_US_STATE_NAMES.split("|"), *_COUNTRIES_AND_CITIES.split("|"), "us-oh"]:
        for text in (name, f"in {name}.", f"x{name}", f"{name}x", f"{name[:-1]}"):
            assert bool(_place_name_re().search(text)) == bool(re.search(_NAMED_PLACE, text))
