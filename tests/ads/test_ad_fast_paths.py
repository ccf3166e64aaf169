"""The studio's fast paths give exactly what the general code gives: each is compared with the
plain regex or loop it replaces, on generated texts made of the pieces that make them differ
(line breaks, brackets, capitals, look-behind words)."""

from __future__ import annotations

import re

from clarity_reference import mute_e_en
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.ads.detect import AGE_LIMIT_SCAN_RE, AGES_OF_OTHERS_RE, TWO_DIGITS
from tactful.ads.document import (
    _HTML_BLOCK_RE,
    _HTML_PAGE_RE,
    _HTML_RE,
    _MARKDOWN_RE,
    BULLET_RE,
    AdDocument,
    detect_format,
)
from tactful.ads.gender import _stem_pieces, stem_starts
from tactful.ads.places import (
    _COMPANY_PLACE_RE,
    _FIVE_DIGITS_RE,
    _JOB_PLACE_RE,
    _TOWN_DEPARTEMENT_RE,
    ANY_PLACE,
    LOCATION_LINE_RE,
    _all_places,
    location_lines,
    names_a_place,
    place_codes,
    town_departements,
)
from tactful.ads.rules.clarity import _MUTE_E_FR, MUTE_E_EN, ascii_form, us_words
from tactful.ads.rules.inclusion import age_limit_spans_in, ages_in

ANY_PLACE_RE = re.compile(ANY_PLACE)
TWO_DIGITS_RE = re.compile(TWO_DIGITS)

# Pieces that start, stop or break a town before its "(NN)".
_TOWN_PIECES = st.sampled_from(
    [
        "Bordeaux", "Saint", "-", "Jean", "de", "Luz", " ", "\n", "\r", "\t", "(", ")", "(33)",
        "(2A)", "(975)", "(64)", "(96)", "(00)", "à ", "sur ", "au ", "de ", ": ", ", ", "– ",
        "| ", "see Appendix ", "La Roche", "Île", "l'Isle", "x", "É", "9", "Paris\n(75)",
    ]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_TOWN_PIECES, max_size=30).map("".join))
def test_town_departements_is_the_regex(text: str) -> None:
    fast = [(m.span(), m.groups()) for m in town_departements(text)]
    general = [(m.span(), m.groups()) for m in _TOWN_DEPARTEMENT_RE.finditer(text)]
    assert fast == general


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Ab à(2)\n-:,Ç3A", max_size=40))
def test_town_departements_on_any_text(text: str) -> None:
    fast = [(m.span(), m.groups()) for m in town_departements(text)]
    assert fast == [(m.span(), m.groups()) for m in _TOWN_DEPARTEMENT_RE.finditer(text)]


def test_town_departements_finds_towns() -> None:
    text = "Poste à Bordeaux (33)\nSaint-Jean-de-Luz (64), see Appendix (12)\nAjaccio\n(2A)"
    assert [m.groups() for m in town_departements(text)] == [
        ("Bordeaux", "33"),
        ("Saint-Jean-de-Luz", "64"),
        ("Ajaccio", "2A"),
    ]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["us", "u", "s", " ", "_", "é", "1", "\n", "US", "-", "bus"])))
def test_us_words_is_the_regex(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert us_words(text) == len(re.findall(r"\bus\b", text))


_LINE_PIECES = st.sampled_from(
    [
        "location", "locations", "primary ", "lieu", " de travail", "where", "city", "office",
        "based in", "poste basé à", ":", "：", "-", "#", "*", "_", ">", " ", "\t", "\r", "\x85",
        "\u2028", "\n", "paris", "x", "denver, co", "s",
    ]
)  # fmt: skip


def _location_lines_by_line(folded: str, longest: int) -> list[str]:
    """What transparency.located_places did: the regex matched on every line."""
    out: list[str] = []
    position = 0
    for raw in folded.split("\n"):
        start, end = position, position + len(raw)
        position = end + 1
        if not raw.strip() or end - start > longest:
            continue
        match = LOCATION_LINE_RE.match(folded, start, end)
        if match is not None and match.group(1).strip():
            out.append(match.group(1))
    return out


@settings(max_examples=600, deadline=None)
@given(st.lists(_LINE_PIECES, max_size=30).map("".join), st.sampled_from([300, 12]))
def test_location_lines_is_the_regex_on_every_line(folded: str, longest: int) -> None:
    assert location_lines(folded, longest) == _location_lines_by_line(folded, longest)


_PLACE_PIECES = st.sampled_from(
    [
        "columbus", ", oh", ", ", "oh", "co", " ", "-", ".", "'", "1", "²", "_", "é", "iowa",
        "london", "denver", "x", "us-ny", ",", "\n", "san jose", "ohio", "paris", "fr-", "île",
        "-de-france", "lyonnais", "berlin", "nord", "auvergne", "-rhône-alpes", "var",
    ]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_PLACE_PIECES, max_size=12).map("".join))
def test_names_a_place_is_the_regex(text: str) -> None:
    general = ANY_PLACE_RE.search(text) is not None or _all_places().search(text) is not None
    assert names_a_place(text) == general


@settings(max_examples=600, deadline=None)
@given(st.lists(_PLACE_PIECES, max_size=12).map("".join))
def test_grouped_places_find_what_the_regex_finds(text: str) -> None:
    general = _all_places().finditer(text)
    assert place_codes(text) == [(*m.span(), str(m.lastgroup).replace("_", "-")) for m in general]


def test_five_digits_are_the_plain_regex() -> None:
    text = "69760 Limonest, 123456, 7500 Paris 75007; 1234567890 35160\n00000"
    assert _FIVE_DIGITS_RE.findall(text) == re.findall(r"[0-9]{5}(?![0-9])", text)


# The syllable counts' mute-e patterns as first written (clarity's MUTE_E_EN and _MUTE_E_FR
# look back instead).
_SILENT_AS_WRITTEN = {
    "en": re.compile(
        r"[b-df-hj-km-np-tv-xz]e(?![a-z])(?:(?<=[aeiouy]..)|"
        r"(?<=[aeiouy][b-df-hj-kmnp-tv-xz]..))"
    ),
    "fr": re.compile(
        r"[bcdfghjklmnpqrstvwxzç](?:e(?![^\W_])(?<=[^\W\d_]..)|"
        r"es(?![^\W_])(?<=[^\W\d_]...)|ent(?![^\W_])(?<=[^\W\d_]....))"
    ),
}


@settings(max_examples=800, deadline=None)
@given(
    st.text(alphabet="aeiouybcdklmnrstçé -'1_", max_size=40),
    st.sampled_from(["en", "fr"]),
)
def test_mute_e_counts_are_those_of_the_patterns_as_written(text: str, lang: str) -> None:
    if lang == "en":
        plain = ascii_form(text, lang)
        count = len(_SILENT_AS_WRITTEN[lang].findall(plain))
        assert mute_e_en(plain) == len(re.findall(MUTE_E_EN, plain)) == count
    else:
        assert len(_MUTE_E_FR.findall(text)) == len(_SILENT_AS_WRITTEN[lang].findall(text))


def _detect_format_by_counting(source: str) -> str:
    """detect_format as first written: both counts, always."""
    head = source[:20_000]
    if _HTML_PAGE_RE.match(head):
        return "html"
    markdown = len(_MARKDOWN_RE.findall(head))
    blocks = len(_HTML_BLOCK_RE.findall(head))
    if blocks and blocks >= markdown:
        return "html"
    if markdown:
        return "markdown"
    return "html" if _HTML_RE.search(head) else "text"


_FORMAT_PIECES = st.sampled_from(
    [
        "# Title\n", "- item\n", "* item", "1. first\n", "**bold**", "[link](x)", "<p>", "</p>",
        "<div>", "<li>", "<a href='x'>", "<br>", "<!-- c -->", "<html>", "text ", "\n", "  ",
    ]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_FORMAT_PIECES, max_size=20).map("".join))
def test_detect_format_as_when_counting(source: str) -> None:
    assert detect_format(source) == _detect_format_by_counting(source)


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=" \t\u00a0\\-*+•·◦▪–19٣.)xA", max_size=8))
def test_bullet_lines_as_the_regex_says(raw: str) -> None:
    lines = AdDocument.read(raw, "text").lines
    assert len(lines) == 1
    assert lines[0].bullet == (bool(raw.strip()) and BULLET_RE.match(raw) is not None)


_STEM_PIECES = st.sampled_from(
    [
        "lead", "leader", "active", "compet", "support", "co-operat", "self-confiden", "x", " ",
        "-", "'", "é", "·", "ambitio", "n", "s", "head-strong", "  ", "\n", "ive",
    ]
)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(_STEM_PIECES, max_size=25).map(lambda pieces: " " + "".join(pieces)))
def test_stem_starts_are_those_of_the_one_regex(scan: str) -> None:
    assert stem_starts(scan) == [m.start(1) for m in _stem_pieces().finditer(scan)]


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet="0123456789 .-a\n", max_size=30))
def test_ages_are_the_two_digit_numbers_from_14_to_79(scan: str) -> None:
    general = [m.span() for m in TWO_DIGITS_RE.finditer(scan) if 14 <= int(m[0]) <= 79]
    assert sorted(m.span() for m in ages_in(scan)) == general


# The place patterns as first written: each alternative with its own space in front.
_AFTER_AS_WRITTEN = r"(?:in|at|out of|near|from|à|a|au|aux|en|dans|sur)\s+"
_JOB_PLACE_AS_WRITTEN = re.compile(
    r" (?:based|located|situated|situé|située|situés|situées|basé|basée|basés|basées|"
    r"implanté|implantée)\s+" + _AFTER_AS_WRITTEN + "|"
    r" (?:présence|presence|réunions?|rencontres?|déplacements?)\s+(?:[\w']+\s+){0,2}"
    r"(?:à|au|aux|en|sur|dans)\s+|"
    r" jours?\s+par\s+semaine\s+(?:à|au|en|dans|sur)\s+|"
    r" (?:hybrid|on-?site|in-office|in\s+office|days?\s+(?:a|per)\s+week)\s+(?:[\w']+\s+){0,3}"
    r"(?:in|at|from)\s+|"
    r" (?:bureaux|locaux|agence)\s+(?:[\w']+\s+){0,2}(?:à|au|en|de)\s+|"
    r" (?:from|in|at|to)\s+our\s+(?=[^\n;]{2,40}?\s(?:office|offices|hq|headquarters|"
    r"campus|studio|hub)\b)|"
    r" (?:locaux|bureaux|agences?)\s+(?=[a-zà-ÿ]+(?:ien|iens|ienne|iennes|ais|aise|aises)\b)"
)
_COMPANY_PLACE_AS_WRITTEN = re.compile(
    r" (?:headquartered|headquarters|hq)\s+(?:is\s+|are\s+)?(?:\w+\s+)?(?:in|at)\s+|"
    r" siège\s+(?:social\s+)?(?:est\s+)?(?:à|au|en)\s+|"
    r" offices?\s+(?:\w+\s+){0,2}(?:in|at|à|en)\s+|"
    r" (?:installé|installée|installés|installées|établi|établie|établis|établies)\s+"
    r"(?:depuis\s+[\w ]{2,20}?\s+)?(?:à|au|aux|en|dans)\s+"
)
_SCAN_WORDS = st.sampled_from(
    [
        "based", "located", "situé", "basée", "implanté", "in", "at", "out", "of", "near", "à",
        "au", "présence", "réunions", "régulière", "jours", "par", "semaine", "hybrid", "on-site",
        "onsite", "in-office", "office", "days", "a", "per", "week", "bureaux", "locaux",
        "agences", "parisiens", "lyonnaise", "de", "from", "our", "to", "denver", "hq",
        "headquartered", "headquarters", "is", "siège", "social", "est", "offices", "installée",
        "depuis", "2010", "établis", "dans", "campus", "the", "\n", ";", "team", "x",
    ]
)  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(_SCAN_WORDS, max_size=25).map(lambda words: " " + " ".join(words)))
def test_guarded_place_phrases_are_the_patterns_as_written(scan: str) -> None:
    for fast, general in (
        (_JOB_PLACE_RE, _JOB_PLACE_AS_WRITTEN),
        (_COMPANY_PLACE_RE, _COMPANY_PLACE_AS_WRITTEN),
    ):
        assert [m.span() for m in fast.finditer(scan)] == [m.span() for m in general.finditer(scan)]


def test_guarded_place_phrases_find_places() -> None:
    scan = " based in denver and from our denver office ; hq in boulder ; siège social à lyon"
    assert len(list(_JOB_PLACE_RE.finditer(scan))) == 2
    assert len(list(_COMPANY_PLACE_RE.finditer(scan))) == 2


def _age_limit_spans_everywhere(scan: str) -> list[tuple[int, int]]:
    """age_limit_spans as first written: every window around a number searched."""
    found: set[tuple[int, int]] = set()
    for digits in TWO_DIGITS_RE.finditer(scan):
        if not 14 <= int(digits.group()) <= 79:
            continue
        low, high = max(digits.start() - 45, 0), min(digits.end() + 60, len(scan))
        for match in AGE_LIMIT_SCAN_RE.finditer(scan, low, high):
            if not match.start(1) <= digits.start() < match.end(1):
                continue
            before = scan[max(match.start(1) - 40, 0) : match.start(1)]
            if not AGES_OF_OTHERS_RE.search(before):
                found.add((match.start(1) - 1, match.end(1) - 1))
    return sorted(found)


_AGE_WORDS = st.sampled_from(
    [
        "moins", "de", "maximum", "max", "jusqu'à", "pas", "plus", "au", "n'excédant",
        "ne", "dépassant", "ans", "d'expérience", "maxi", "âgé", "âgées", "à", "-", "entre",
        "et", "âge", "limite", "aged", "age", "between", "to", "and", "under", "below",
        "younger", "than", "no", "older", "not", "over", "the", "of", "years", "year", "old",
        "yo", "up", "limit", "25", "30", "35", "14", "79", "80", "9", "2025", "students",
        "aged", "you", "\n",
    ]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(_AGE_WORDS, max_size=20).map(lambda words: " " + " ".join(words)))
def test_age_limits_as_when_every_window_is_searched(scan: str) -> None:
    assert age_limit_spans_in(scan) == _age_limit_spans_everywhere(scan)


def test_age_limits_are_found() -> None:
    scan = " candidats de moins de 30 ans ; aged 25-35 ; younger than 40 ; 25 to 35 years old"
    assert len(age_limit_spans_in(scan)) == 4
