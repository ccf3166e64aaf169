"""Clarity: length, readability, sentence length, the list of must-haves, 'we' against 'you',
and the usual sections (about the role, what you will do, what you bring, what we offer, how to
apply).

Readability uses Flesch's reading ease (English) or Kandel & Moles' French refit, with
syllables estimated from vowel groups counted on an ASCII form of the text (no regex: each
character a byte of class bits, the text one big integer whose shifts and ands mark each group's
first vowel, int.bit_count counting them; a silent final "e" does not count: marked the same way
in English, found by one regex pass in French), so that analysing an ad stays well under a
millisecond or two.
"""

from __future__ import annotations

import re
from itertools import compress, pairwise, repeat
from operator import itemgetter

from tactful.ads.document import AdDocument
from tactful.ads.rules.base import Hit
from tactful.text.readability import reading_ease as flesch_reading_ease
from tactful.text.tokens import WORD_RE

MIN_WORDS, MAX_WORDS = 300, 700
MIN_EASE = 50.0
MAX_REQUIREMENTS = 8
LONG_SENTENCE = {"en": 25, "fr": 30}

_ACCENTED = "àâäéèêëîïôöùûüÿœæ"


def _byte_table(mapping: dict[str, str]) -> bytes:
    """A bytes.translate table: the ASCII characters `mapping` names to their value, every
    other byte to a space. The counts below read the ASCII form as bytes: bytes.translate
    reads one table entry a character, several times faster than str.translate."""
    return bytes(ord(mapping.get(chr(byte), " ")) for byte in range(256))


# Digits become "0", "." and "," become ".", everything else a space: each number (`DIGITS`)
# found by a regex is a run of [0-9.,] with a digit in it, one "0…" word once the dots are gone.
_DIGIT_TABLE = _byte_table({**dict.fromkeys("0123456789", "0"), ".": ".", ",": "."})


def ascii_form(folded: str, lang: str) -> str:
    """The folded text in ASCII, one character for one: French accented vowels become "a" (they
    are vowels), every other character outside ASCII "?" (a space to both tables above)."""
    text = folded
    if not text.isascii():
        if lang == "fr":
            for char in _ACCENTED:
                if char in text:
                    text = text.replace(char, "a")
        text = text.encode("ascii", "replace").decode("ascii")
    return text


def numbers(plain: str) -> int:
    """How many numbers (`DIGITS`) the `ascii_form` of a text holds, counted without a regex."""
    return _words_starting(plain.encode("ascii").translate(_DIGIT_TABLE).replace(b".", b""), b"0")


def _words_starting(text: bytes, char: bytes) -> int:
    """How many words of `text` (made of `char` and spaces only) there are."""
    return text.count(b" " + char) + text.startswith(char)


# Only counted: each pattern starts at the "e" and looks back for its consonant (the engine
# skips from e to e, where "consonant then e" would be tried at every consonant); the same
# count as "[consonant]e…", whose matches never overlap.
MUTE_E_EN = (
    r"e(?<=[b-df-hj-km-np-tv-xz]e)(?![a-z])(?:(?<=[aeiouy]..)|"
    r"(?<=[aeiouy][b-df-hj-kmnp-tv-xz]..))"
)
"""make, role, chance: a final e after a consonant that follows a vowel (not "the", "little").
The definition, kept as text: `voiced_groups_and_numbers` counts its matches without a regex
(the tests compile it, and keep the byte-count reading between the two,
tests/ads/clarity_reference.py)."""
# équipe, postes, parlent: a mute final e, es or ent after a consonant inside a word
_MUTE_E_FR = re.compile(
    r"e(?<=[bcdfghjklmnpqrstvwxzç]e)(?:(?![^\W_])(?<=[^\W\d_]..)|"
    r"s(?![^\W_])(?<=[^\W\d_]...)|nt(?![^\W_])(?<=[^\W\d_]....))"
)


# The ASCII form's characters as bits, one byte a character, for `voiced_groups_and_numbers`:
# a vowel but e, e, a consonant but l (l is none of them), not a letter, a digit (also not a
# letter), a decimal mark ("." or ",", not a letter either).
_VOWEL, _E, _CONSONANT, _NOT_LETTER, _DIGIT, _DECIMAL = 1, 2, 4, 8, 16, 32
_CHARACTER_BITS = {
    **dict.fromkeys("aiouy", _VOWEL),
    "e": _E,
    **dict.fromkeys("bcdfghjkmnpqrstvwxz", _CONSONANT),
    "l": 0,
    **dict.fromkeys("0123456789", _NOT_LETTER | _DIGIT),
    **dict.fromkeys(".,", _NOT_LETTER | _DECIMAL),
}
_CLASS_BITS = bytes(_CHARACTER_BITS.get(chr(byte), _NOT_LETTER) for byte in range(256))


_MARKS_IN_A_ROW = 4
"""Runs of decimal marks that `voiced_groups_and_numbers` follows bit by bit ("1,000.5" has
runs of one); past it, `numbers` counts."""


def voiced_groups_and_numbers(plain: str, lang: str) -> tuple[int, int]:
    """The vowel groups of the `ascii_form` of a text less its mute e's (MUTE_E_EN) in English
    (the groups alone in any other language), and `numbers(plain)`; the plain counts are kept
    in tests/ads/clarity_reference.py.

    Read as one big integer, each character a byte of `_CLASS_BITS`: shifting it by 8 bits
    sets each character's byte next to its neighbour's, so "a vowel whose previous character is
    no vowel" (a group's start) or "e after a consonant after a vowel, before no letter" (a
    mute e, MUTE_E_EN) is a few shifts and ands for the whole text, and bit_count counts them
    (a handful of C loops over the text, where bytes.count took one per pattern, six). "x and
    not y" is written x ^ (x & y): no negative number to build."""
    data = plain.encode("ascii").translate(_CLASS_BITS) + bytes((_NOT_LETTER,))  # the end
    bits = int.from_bytes(data, "big")  # byte i's neighbours: i - 1 is 8 bits higher
    ones = int.from_bytes(b"\x01" * len(data), "big")  # bit 0 of each byte: one per character
    vowels = (bits | bits >> 1) & ones  # a vowel or an e
    groups = vowels ^ (vowels & vowels >> 8)  # no vowel before it: the group's first vowel
    if lang == "en":
        # each mute e (MUTE_E_EN) is an e after a consonant, so the
        # first vowel of its group: taking it away is a bitwise xor
        groups ^= (
            bits >> 1  # an e,
            & bits >> 8 + 2  # after a consonant,
            & bits << 8 - 3  # before no letter,
            & (vowels >> 16 | bits >> 16 + 2 & vowels >> 24)  # after a vowel (or vowel, consonant)
            & ones
        )
    digits = bits >> 4 & ones
    count = 0
    if digits:
        # a number (DIGITS) starts at a digit unless a digit comes before it, through decimal
        # marks: `reach` is each digit and the marks that follow it
        marks = bits >> 5 & ones
        reach = digits
        # one round per mark in a row: a run of marks longer than a number's ("1.........")
        # would make it quadratic, so such a text is counted the plain way (linear)
        for _ in range(_MARKS_IN_A_ROW):
            wider = reach | (reach >> 8 & marks)
            if wider == reach:
                count = (digits ^ (digits & reach >> 8)).bit_count()
                break
            reach = wider
        else:
            count = numbers(plain)
    return groups.bit_count(), count


DIGITS = r"[0-9][0-9.,]*"
"""What a number is to the reading ease (`numbers` counts them; only the tests compile it)."""

# Every match of these patterns (and of NICE_RE) starts and ends with a word character:
# `_sections` relies on it to search a heading's line with its markup (see there).
SECTIONS: dict[str, tuple[str, re.Pattern[str]]] = {
    "role": (
        "About the role",
        re.compile(
            r"\b(?:about (?:the|this) (?:role|job|position)|the (?:role|job|position|opportunity)|"
            r"role overview|overview|job summary|summary|(?:job|position) description|"
            r"about the team|"
            r"le poste|à propos du poste|(?:description|descriptif|présentation) du poste|l'offre|"
            r"votre rôle|contexte|l'opportunité|la mission)\b"
        ),
    ),
    "do": (
        "What you will do",
        re.compile(
            r"\b(?:what you(?:'ll| will) (?:do|be doing)|responsibilities|your (?:day|work|"
            r"mission)|"
            r"day to day|day-to-day|duties|key tasks|in this role|tasks|missions?|"
            r"ce que vous (?:ferez|"
            r"allez faire)|vos responsabilités|responsabilités|au quotidien|vos tâches|"
            r"votre quotidien)\b"
        ),
    ),
    "bring": (
        "What you bring",
        re.compile(
            r"\b(?:what you(?:'ll| will)? bring|what we(?:'re| are) looking for|requirements|"
            r"qualifications|about you|who you are|you have|you bring|must-haves?|must haves?|"
            r"skills|"
            r"experience|nice to have|bonus|votre profil|profil|ce que vous apportez|compétences|"
            r"vous (?:avez|apportez|êtes)|prérequis)\b"
        ),
    ),
    "offer": (
        "What we offer",
        re.compile(
            r"\b(?:what we offer|we offer|benefits|perks|compensation|pay|salary|"
            r"what you(?:'ll| will) "
            r"get|why join|our offer|rewards|ce que nous (?:vous )?(?:offrons|proposons)|"
            r"nous (?:vous )?"
            r"(?:offrons|proposons)|avantages|rémunération|salaire|package|pourquoi nous rejoindre|"
            r"conditions)\b"
        ),
    ),
    "apply": (
        "How to apply",
        re.compile(
            r"\b(?:how to apply|to apply|apply|application|hiring process|our process|next steps|"
            r"(?:recruitment|interview) process|comment postuler|postuler|candidater|candidature|"
            r"processus de recrutement|déroulement|étapes)\b"
        ),
    ),
}
NICE_RE = re.compile(
    r"\b(?:nice to have|nice-to-have|bonus|plus|preferred|optional|desirable|appréciés?|un plus|"
    r"souhaité|serait un plus|idéalement|bienvenu)"
)


def reading_ease(doc: AdDocument, lang: str) -> float:
    folded = doc.folded
    plain = ascii_form(folded, lang)
    syllables, numbers_read = voiced_groups_and_numbers(plain, lang)
    words = doc.word_total - numbers_read
    if words <= 0:
        return 100.0
    sentences = max(len(doc.sentences), 1)
    if lang != "en":
        syllables -= len(_MUTE_E_FR.findall(folded))
    # Vowel groups stand in for pyphen's syllables here: the studio's speed budget (≤ 2 ms for
    # 600 words) leaves no room for a dictionary look-up per word.
    return flesch_reading_ease(words, sentences, max(syllables, words), lang)


def section_kinds(doc: AdDocument) -> dict[str, int]:
    """Which usual sections the ad has (kind -> index of its heading line; -1 for an intro)."""
    return _sections(doc)[0]


def required_bullets(doc: AdDocument) -> tuple[int, int | None]:
    """Bullets under 'what you bring' headings that are not 'nice to have', and the span start
    of the first such heading."""
    _, count, anchor = _sections(doc)
    return count, anchor


def _sections(doc: AdDocument) -> tuple[dict[str, int], int, int | None]:
    """`section_kinds` and `required_bullets` in one pass over the headings (each heading's
    text is searched once for 'what you bring', which both need).

    The plain reading goes line by line (tests/ads/test_ad_clarity_sections.py holds this to
    it): here the Python loop reads the headings only, the lines between them are read in C."""
    lines = doc.lines
    found: dict[str, int] = {}
    count = 0
    anchor: int | None = None
    # the title: the first line that is not blank; it heads no section (when it is a heading,
    # the bullets under it still count as required ones, as under any heading)
    title = next((index for index, line in enumerate(lines) if not line[4]), len(lines))
    headings = list(compress(range(len(lines)), map(_IS_HEADING, lines)))
    bring = SECTIONS["bring"][1]
    folded = doc.folded
    for index, next_heading in pairwise([*headings, len(lines)]):
        line = lines[index]
        # The patterns are searched in the heading's folded line as it stands (folded, from
        # start to end: no copy; \b sees the line breaks around it as a string's ends), not in
        # `doc.heading_text(line)`, whose slicing and stripping cost more than the searches:
        # the markup it takes away ("#", "**", ":", white space) holds no word character, and
        # every match of SECTIONS and NICE_RE starts and ends with one, so the same patterns
        # match. "__" is markup made of word characters ("_" is one): a line that holds "_" is
        # read through heading_text (the tests hold this to the heading_text reading).
        heading, start, end = folded, line[0], line[1]
        if folded.find("_", start, end) >= 0:
            heading = doc.heading_text(line)
            start, end = 0, len(heading)
        brings = bring.search(heading, start, end) is not None
        if brings and not NICE_RE.search(heading, start, end):
            if anchor is None:
                anchor = line[0]
            count += sum(map(_IS_BULLET, lines[index + 1 : next_heading]))
        if index > title and len(found) < len(SECTIONS):
            for kind, (_, pattern) in SECTIONS.items():
                if kind not in found and (
                    brings if kind == "bring" else pattern.search(heading, start, end)
                ):
                    found[kind] = index
    if "role" not in found:
        text = doc.text
        first_heading = next((index for index in headings if index > title), len(lines))
        prose_before_first_heading = 0
        for start, end, _, bullet, blank in lines[title + 1 : first_heading]:
            if not (bullet or blank):
                prose_before_first_heading += len(WORD_RE.findall(text[start:end]))
        if prose_before_first_heading >= 25:
            found["role"] = -1
    return found, count, anchor


_IS_HEADING = itemgetter(2)  # Line.heading, read in C
_IS_BULLET = itemgetter(3)  # Line.bullet


def clarity_hits(doc: AdDocument, lang: str, words: int) -> tuple[list[Hit], float]:
    hits: list[Hit] = []
    if words and (words < MIN_WORDS or words > MAX_WORDS):
        side = "short" if words < MIN_WORDS else "long"
        hits.append(
            Hit("length", message=f"{words} words: too {side} (aim for {MIN_WORDS}–{MAX_WORDS})")
        )
    ease = reading_ease(doc, lang)
    if words and ease < MIN_EASE:
        name = "Kandel-Moles" if lang == "fr" else "Flesch"
        hits.append(
            Hit(
                "hard-to-read",
                message=f"hard to read: {name} reading ease {ease} "
                f"(aim for {MIN_EASE:.0f} or more)",
            )
        )
    limit = LONG_SENTENCE.get(lang, 25)
    shortest = 2 * limit + 1  # limit + 1 words and the spaces between them
    text = doc.text
    for start, end in doc.sentences:
        if end - start < shortest:
            continue  # too short to hold more than `limit` words: no need to split it
        count = len(text[start:end].split())
        if count > limit:
            hits.append(
                Hit(
                    "long-sentence",
                    start,
                    end,
                    message=f"sentence of {count} words (more than {limit})",
                )
            )
    present, required, anchor = _sections(doc)
    if required > MAX_REQUIREMENTS:
        end = doc.text.find("\n", anchor) if anchor is not None else -1
        hits.append(
            Hit(
                "too-many-requirements",
                anchor,
                None if anchor is None else (end if end >= 0 else len(doc.text)),
                message=f"{required} required qualifications (more than {MAX_REQUIREMENTS})",
            )
        )
    we, you = we_and_you(doc, lang)
    if we >= 6 and we > 2 * you:
        hits.append(Hit("we-over-you", message=f"'we/our' {we} times, 'you/your' {you} times"))
    if words:
        for kind, (label, _) in SECTIONS.items():
            if kind not in present:
                hits.append(Hit("missing-section", message=f"no “{label}” section"))
    return hits, ease


_WE = {
    "en": frozenset({"we", "we're", "we've", "we'll", "we'd", "our", "ours", "ourselves"}),
    "fr": frozenset({"nous", "notre", "nos"}),
}
_YOU = {
    "en": frozenset({"you", "you're", "you've", "you'll", "you'd", "your", "yours", "yourself"}),
    "fr": frozenset({"vous", "votre", "vos"}),
}
# "us" as a word: found as the literal "us" first (a regex that starts with \b is tried at
# every position of the ad), then kept when no word character (\w: a letter, digit or "_")
# comes before it.
_US_RE = re.compile(r"us\b(?<!\wus)")


def we_and_you(doc: AdDocument, lang: str) -> tuple[int, int]:
    counts = doc.word_counts
    we = sum(map(counts.get, _WE[lang], repeat(0)))  # counts.get(w, 0) for each w, in C
    you = sum(map(counts.get, _YOU[lang], repeat(0)))
    if lang == "en":
        we += us_words(doc.text)  # "us", not "US"
    return we, you


def us_words(text: str) -> int:
    """How many times `text` holds the word "us" (what `\\bus\\b` finds)."""
    return len(_US_RE.findall(text))
