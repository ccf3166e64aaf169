"""Which phrasing a draft gets: a stable choice per round and kind, and per recipient.

The seed is a SHA-256 of the application id, the round number and the kind, so it is the same on
every run and on every machine (Python's `hash()` is not), and two applications almost never get
the same words. Each part of a template (greeting, thanks, detail, ...) picks one of its phrasings
from the seed and its own name; `shift` moves every part to its next phrasing at once, so the notes
to several interviewers of one round never share a sentence.
"""

from __future__ import annotations

import hashlib

from tactful.models import StepKind


def _digest(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:12], 16)


def variant_seed(application_id: int | None, round_number: int, kind: StepKind | str) -> int:
    """The phrasing seed of one round's follow-up of one kind."""
    return _digest(f"{application_id or 0}:{round_number}:{kind}")


class Chooser:
    """Called from templates as `choose("thanks", 3)`: the index of the phrasing to use."""

    def __init__(self, seed: int, shift: int = 0) -> None:
        self.seed = seed
        self.shift = shift
        self.parts: dict[str, int] = {}
        """Every part a template asked about, with how many phrasings it has (for tests)."""

    def __call__(self, part: str, count: int) -> int:
        if count < 1:
            raise ValueError(f"part {part!r} needs at least one phrasing")
        self.parts[part] = count
        return (_digest(f"{self.seed}:{part}") + self.shift) % count
