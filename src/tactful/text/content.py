"""Content words: what a text is about, for telling whether one text echoes another.

One matcher for the checker ("does the email mention the detail you recorded?") and the drafts
("which requirement of the posting does the interview never mention?"): words compared in lower
case without accents, French elisions dropped ("l'expérience" -> "experience"), function words
of both languages set aside, and a light stem shared by English and French word forms
("managed", "managing", "management" -> "manag").
"""

from __future__ import annotations

import re

from tactful.text.fold import key


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP_WORDS = _words(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself just
    me more most my no nor not now of off on once only or other our ours out over own same she
    should so some such than that the their them then there these they this those through to too
    under until up very was we were what when where which while who whom why will with would you
    your yours etc eg ie e g per via plus well within across including like using use used
    au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs lui
    ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur
    ta te tes toi ton tu un une vos votre vous y d l j n s c a etre avoir est sont ete fait
    faire tout tous toute toutes plus tres bien afin ainsi chez entre sans sous vers dont
    """
)
"""Function words of English and French (lower case, no accents)."""
INTERVIEW_WORDS = _words(
    """
    team company role position interview work working thing things time people job really
    made make much must many like could would should equipe entreprise poste entretien
    travail chose choses temps
    """
)
"""Words too common in a follow-up to show that a detail was remembered."""
_WORD_RE = re.compile(r"[a-z0-9][a-z0-9+#]*(?:[.'-][a-z0-9+#]+)*")
_SUFFIXES = (
    "ations", "ation", "ements", "ement", "ments", "ment", "ings", "ing", "euses", "euse",
    "eurs", "eur", "ers", "er", "ies", "ees", "ee", "es", "ed", "ly", "s", "e",
)  # fmt: skip


def stem(word: str) -> str:
    """A light stem shared by English and French forms: 'managed', 'managing' -> 'manag'."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def content_words(text: str, ignore: frozenset[str] = frozenset()) -> dict[str, str]:
    """Stem -> the first word in the text with that stem, for every content word (function
    words, numbers, single letters and the `ignore` words set aside)."""
    found: dict[str, str] = {}
    for match in _WORD_RE.finditer(key(text)):
        word = match.group().strip(".'-")
        if "'" in word:  # l'expérience, d'API: keep what follows the elision
            head, _, tail = word.partition("'")
            word = tail if len(head) <= 2 else word
        if len(word) < 2 or word.isdigit() or word in STOP_WORDS or word in ignore:
            continue
        found.setdefault(stem(word), word)
    return found


def echoes(reference: str, text: str) -> bool:
    """Whether `text` refers to `reference` by its words: at least a third of its content
    words (rounded up), and at least one. A reference without content words is echoed."""
    wanted = content_words(reference, INTERVIEW_WORDS)
    if not wanted:
        return True
    present = content_words(text)
    matched = sum(1 for s in wanted if s in present)
    return matched >= max(1, -(-len(wanted) // 3))
