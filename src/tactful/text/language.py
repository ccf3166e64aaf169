"""English or French: one detector for the email checker, the drafts and the ad studio.

A vote of function words ("the", "and", "you" against "le", "et", "vous"), compared in lower
case, over the first 3,000 words: the texts tactful reads are in one of two languages, and
this vote costs microseconds where a statistical identifier costs a model load (see
docs/checker.md, "The text engine", for what was measured).
"""

from __future__ import annotations

import re

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
_FRENCH_LETTERS = re.compile("[éèêàçùûœ]")
_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def detect_language(text: str) -> str:
    """'en' or 'fr', by a vote of common words (ties go to English)."""
    en = fr = 0
    for count, match in enumerate(_WORD_RE.finditer(fold(text[: MAX_WORDS * 12]))):
        if count >= MAX_WORDS:
            break
        word = match.group()
        if word in EN_WORDS:
            en += 1
        elif word in FR_WORDS or _FRENCH_LETTERS.search(word):
            fr += 1
        elif "'" in word:  # "qu'il", "don't": their parts vote
            head, _, tail = word.partition("'")
            fr += head in ("l", "d", "j", "qu", "n", "c", "m", "s")
            en += tail in ("s", "t", "ll", "re", "ve", "m", "d")
    return "fr" if fr > en else "en"
