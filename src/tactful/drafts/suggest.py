"""What to mention in a status inquiry: a requirement your profile meets that the interview notes
never mention (article: "Mention any qualifications or accomplishments you have that you might
have forgotten to bring up at the interview.").

Plain lexical matching, pure: content words (tactful.text.content, with generic job-ad words
dropped too), overlap between a requirement and a
profile item, then the requirement is kept only if the notes never use a word it shares with
the profile.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tactful.text.content import content_words as _content_words
from tactful.text.content import stem
from tactful.text.tokens import words_of

__all__ = ["GENERIC_WORDS", "Suggestion", "content_words", "requirement_items", "stem"]

GENERIC_WORDS = frozenset(
    words_of(
        """
        experience experienced years year strong good great excellent solid proven ability
        able skill skills knowledge knowledgeable understanding familiarity familiar
        proficiency proficient expertise expert background working work worked job role
        position candidate team teams plus preferred required requirement requirements must
        nice have least minimum equivalent degree related relevant field similar demonstrated
        track record hands annee annees ans an experience experiences bonne bon bonnes solide
        solides maitrise connaissance connaissances competence competences capacite aptitude
        sens poste profil idealement souhaite souhaitee requis requise minimum equipe travail
        travailler forte fort
        """
    )
)
"""Words every job ad uses: sharing them says nothing."""
_SPLIT_RE = re.compile(r"\n+|;|(?<=[.!?])\s+(?=[A-Z])|•")
_BULLET_RE = re.compile(r"^\s*(?:[-*•·–]|\d+[.)])\s*")


def content_words(text: str) -> dict[str, str]:
    """Stem -> word for the content words of a requirement, a profile item or a note
    (tactful.text.content, with the words every job ad uses set aside)."""
    return _content_words(text, GENERIC_WORDS)


def requirement_items(requirements: str) -> list[str]:
    """The posting's requirements one by one: lines, bullets, semicolons, sentences."""
    items = []
    for piece in _SPLIT_RE.split(requirements):
        text = _BULLET_RE.sub("", piece).strip(" \t.:;,")
        if text and content_words(text):
            items.append(text)
    return items


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Mention `text` (a profile item): it meets `requirement`, which the notes never mention."""

    text: str
    requirement: str
    matched: tuple[str, ...]
    """The words the requirement and the profile item share, as the requirement has them (in
    lower case, without accents)."""
    score: float
    """Shared words, plus up to 0.5 for a rich profile item and 0.2 for covering the whole
    requirement: higher is better."""
    profile_index: int
    """The position of the profile item in the list given to `suggest_forgot`."""

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "requirement": self.requirement,
            "matched": list(self.matched),
            "score": self.score,
        }


def suggest_forgot(requirements: str, profile: list[str], notes: list[str]) -> list[Suggestion]:
    """Profile items worth mentioning, best first: each meets a requirement of the posting
    that nothing in the interview notes (detail, selling point, forgot) mentions.

    One suggestion per profile item (its best requirement) and per requirement.
    """
    mentioned: set[str] = set()
    for note in notes:
        mentioned |= set(content_words(note))
    candidates: list[Suggestion] = []
    profile_words = [content_words(item) for item in profile]
    for position, requirement in enumerate(requirement_items(requirements)):
        wanted = content_words(requirement)
        for index, (item, have) in enumerate(zip(profile, profile_words, strict=True)):
            shared = [s for s in wanted if s in have]
            if not shared or any(s in mentioned for s in shared):
                continue
            # Shared words first; then a richer item (an accomplishment with its numbers says
            # more than a bare skill name), then how much of the requirement it covers.
            coverage = len(shared) / len(wanted)
            richness = min(len(have), 5) / 5
            score = round(len(shared) + 0.5 * richness + 0.2 * coverage - position * 0.001, 3)
            matched = tuple(wanted[s] for s in shared)
            candidates.append(Suggestion(item.strip(), requirement, matched, score, index))
    candidates.sort(key=lambda s: (-s.score, s.profile_index))
    chosen: list[Suggestion] = []
    used_items: set[int] = set()
    used_requirements: set[str] = set()
    for suggestion in candidates:
        if suggestion.profile_index in used_items or suggestion.requirement in used_requirements:
            continue
        used_items.add(suggestion.profile_index)
        used_requirements.add(suggestion.requirement)
        chosen.append(suggestion)
    return chosen
