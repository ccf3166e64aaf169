"""English or French: one detector for the email checker, the drafts and the ad studio.

A vote of function words ("the", "and", "you" against "le", "et", "vous"), compared in lower
case, over the first 3,000 words: the texts tactful reads are in one of two languages, and
this vote costs microseconds where a statistical identifier costs a model load (see
docs/checker.md, "The text engine", for what was measured).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import repeat

from tactful.text.fold import fold
from tactful.text.tokens import runs_findall, words_of

LANGUAGES = ("en", "fr")
EN_WORDS = frozenset(
    words_of(
        """
        the and to of a i you your for in is it that my with be this as at we have are was
        would will our about not but so if can an from or by thank thanks very who what how
        team role work has
        """
    )
)
FR_WORDS = frozenset(
    words_of(
        """
        le la les de des du et je vous votre vos un une pour dans est que qui en au aux avec
        sur nous notre nos mon ma mes ce cette pas ne être etre suis merci bonjour
        cordialement à très tres par sont poste équipe equipe d'un d'une l'équipe l'equipe
        j'ai c'est
        """
    )
)
MAX_WORDS = 3000
_VOTES = {**dict.fromkeys(EN_WORDS, 1), **dict.fromkeys(FR_WORDS, -1)}
"""+1 for an English word, -1 for a French one (the lists share no word: one look-up each)."""
_FRENCH_LETTERS = "éèêçùûœ"
"""The accented letters that vote French (the class [éèêçùûœ], the tests' reading), counted
one by one with str methods: a letter the text does not hold is ruled out by str.find, which
skips along far faster than the regex engine tests a class at every character (an English
text holds none of them)."""
_ELIDED = frozenset(("l", "d", "j", "qu", "n", "c", "m", "s"))
_CLITICS = frozenset(("s", "t", "ll", "re", "ve", "m", "d"))
# Lower-case letters of English and French (a plain class: far faster than [^\W\d_] in `re`).
_WORD_RE = re.compile(r"[a-zà-ÿœæ]+(?:'[a-zà-ÿœæ]+)?")
# On ASCII text no match can hold a character outside [a-z'], so the matches are those found
# in each run of these characters alone: `str.split` cuts the runs at a quarter of the cost
# of one match object per word, and only a run with an apostrophe needs the regex.
_RUNS = str.maketrans({c: " " for c in map(chr, range(128)) if not ("a" <= c <= "z" or c == "'")})


def detect_language(text: str) -> str:
    """'en' or 'fr', by a vote of common words (ties go to English)."""
    folded = fold(text[: MAX_WORDS * 12])
    return language_of_words(_words(folded)[:MAX_WORDS], folded)


def _words(folded: str) -> list[str]:
    """`_WORD_RE.findall(folded)` (tests/checks/test_fast_paths.py holds them equal)."""
    if not folded.isascii():
        return _WORD_RE.findall(folded)
    return runs_findall(_WORD_RE, folded, _RUNS, "'")


def language_of_words(found: Iterable[str], folded: str) -> str:
    """The same vote over words already found (lower case, apostrophes plain), as the ad
    studio has them: `folded` is the text they come from (its accented letters vote too; each
    word is a piece of it)."""
    words = list(found)
    lead = sum(map(_VOTES.get, words, repeat(0, len(words))))  # English's votes less French's
    if not folded.isascii():  # the letters that vote French are not ASCII
        end = MAX_WORDS * 12  # len(re.findall("[éèêçùûœ]", folded[:end])), the tests say
        lead -= sum(
            [folded.count(c, 0, end) for c in _FRENCH_LETTERS if folded.find(c, 0, end) >= 0]
        )
    # a word with an apostrophe is a piece of `folded`: a text without one needs no look at
    # its words; else one scan of the words joined decides the loop is needed
    if "'" in folded and "'" in " ".join(words):
        for word in [w for w in words if "'" in w]:  # "qu'il", "l'équipe"; "don't", "it's"
            head, _, tail = word.partition("'")
            lead += (tail in _CLITICS) - (head in _ELIDED)
    return "fr" if lead < 0 else "en"
