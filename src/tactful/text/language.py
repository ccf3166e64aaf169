"""English or French: one detector for the email checker, the drafts and the ad studio.

A vote of function words ("the", "and", "you" against "le", "et", "vous"), compared in lower
case, over the first 3,000 words: the texts tactful reads are in one of two languages, and
this vote costs microseconds where a statistical identifier costs a model load (see
docs/checker.md, "The text engine", for what was measured).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tactful.text.fold import fold
from tactful.text.tokens import words_of

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
_FRENCH_LETTER_RE = re.compile("[éèêçùûœ]")
_ELIDED = frozenset(("l", "d", "j", "qu", "n", "c", "m", "s"))
_CLITICS = frozenset(("s", "t", "ll", "re", "ve", "m", "d"))
# Lower-case letters of English and French (a plain class: far faster than [^\W\d_] in `re`).
_WORD_RE = re.compile(r"[a-zà-ÿœæ]+(?:'[a-zà-ÿœæ]+)?")


def detect_language(text: str) -> str:
    """'en' or 'fr', by a vote of common words (ties go to English)."""
    folded = fold(text[: MAX_WORDS * 12])
    return language_of_words(_WORD_RE.findall(folded)[:MAX_WORDS], folded)


def language_of_words(found: Iterable[str], folded: str) -> str:
    """The same vote over words already found (lower case, apostrophes plain), as the ad
    studio has them: `folded` is the text they come from (its accented letters vote too)."""
    words = list(found)
    en = sum(map(EN_WORDS.__contains__, words))
    fr = sum(map(FR_WORDS.__contains__, words))
    if not folded.isascii():  # the letters that vote French are not ASCII
        fr += len(_FRENCH_LETTER_RE.findall(folded, 0, MAX_WORDS * 12))
    for word in [w for w in words if "'" in w]:  # "qu'il", "l'équipe"; "don't", "it's"
        head, _, tail = word.partition("'")
        fr += head in _ELIDED
        en += tail in _CLITICS
    return "fr" if fr > en else "en"
