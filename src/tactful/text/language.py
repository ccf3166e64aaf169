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
_FRENCH_WORD_RE = re.compile("[^\\W\\d_]*[éèêçùûœ][^\\W\\d_]*")
_ELISION_RE = re.compile(r"\b(?:qu|[ldjncms])'(?=[^\W\d_])")
_CLITIC_RE = re.compile(r"(?<=[^\W\d_])'(?:s|t|ll|re|ve|m|d)\b")
_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def detect_language(text: str) -> str:
    """'en' or 'fr', by a vote of common words (ties go to English)."""
    folded = fold(text[: MAX_WORDS * 12])
    found = _WORD_RE.findall(folded)[:MAX_WORDS]
    en = sum(map(EN_WORDS.__contains__, found))
    fr = sum(map(FR_WORDS.__contains__, found))
    # words with a French accent ("réunion"), French elisions ("qu'il"), English clitics
    fr += len(_FRENCH_WORD_RE.findall(folded)) + len(_ELISION_RE.findall(folded))
    en += len(_CLITIC_RE.findall(folded))
    return "fr" if fr > en else "en"
