"""What an employer's email means: rejection, invitation, offer, request, acknowledgement,
out-of-office or another human reply. Offline rules over the new text (the quoted reply is
ignored), the subject and the headers, in English and French. See docs/mail-classifier.md.

Order of the decision:
1. An automatic reply (Auto-Submitted: auto-replied, X-Autoreply, X-Autorespond, Precedence:
   auto_reply, or a subject such as "Automatic reply:") is out-of-office when it speaks of an
   absence, else a decision (rejection, invitation, offer) only when the text says one
   strongly, else an acknowledgement when it confirms receipt.
2. Otherwise the strongest decision wins when its phrases weigh DECIDE_AT or more.
3. Then an absence, a request, a receipt notice; a weaker decision; else `other`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from enum import StrEnum
from functools import cache

from tactful.mail import cues
from tactful.mail.message import IncomingMail
from tactful.mail.senders import SenderFacts, sender_facts
from tactful.mail.when import find_meeting_time
from tactful.models import Outcome

CONFIDENT_AT = 0.8
"""`confident` is True from this confidence up: `tactful inbox --apply` applies those alone."""
DECIDE_AT = 3
"""Weight from which a rejection, invitation or offer decides a message."""
AUTO_DECIDE_AT = 4
"""The same for an automatic reply, whose headers say it is probably not a decision."""
_SNIPPET = 90


class MailKind(StrEnum):
    REJECTION = "rejection"
    INVITATION = "invitation"
    OFFER = "offer"
    REQUEST = "request"
    ACKNOWLEDGEMENT = "acknowledgement"
    OUT_OF_OFFICE = "out-of-office"
    OTHER = "other"


_OUTCOMES: dict[MailKind, Outcome | None] = {
    MailKind.REJECTION: Outcome.REJECTION,
    MailKind.OFFER: Outcome.OFFER,
    MailKind.INVITATION: Outcome.NEXT_ROUND,
    MailKind.REQUEST: Outcome.OTHER,
    MailKind.OTHER: Outcome.OTHER,
    MailKind.ACKNOWLEDGEMENT: None,
    MailKind.OUT_OF_OFFICE: None,
}


@dataclass(frozen=True, slots=True)
class Classification:
    kind: MailKind
    confidence: float
    """0..1: how sure the rules are (see docs/mail-classifier.md for the scale)."""
    confident: bool
    """Safe to apply without asking: confidence >= CONFIDENT_AT."""
    language: str
    """"en" or "fr"."""
    reasons: tuple[str, ...]
    meeting: datetime | None = None
    """For an invitation: the one start the text proposes, if it is clear."""

    def outcome(self) -> Outcome | None:
        """The reply outcome to record; None for an acknowledgement or an out-of-office,
        which are not replies and cancel nothing."""
        return _OUTCOMES[self.kind]


# Reading the evidence

_DECISIONS = (MailKind.OFFER, MailKind.REJECTION, MailKind.INVITATION)
_TABLES: dict[MailKind, tuple[cues.Cue, ...]] = {
    MailKind.REJECTION: cues.REJECTION,
    MailKind.INVITATION: cues.INVITATION,
    MailKind.OFFER: cues.OFFER,
    MailKind.REQUEST: cues.REQUEST,
    MailKind.ACKNOWLEDGEMENT: cues.RECEIPT,
    MailKind.OUT_OF_OFFICE: cues.ABSENCE,
}
_POSITIVE = frozenset({MailKind.OFFER, MailKind.INVITATION})
_DECISION_SET = frozenset(_DECISIONS)
_ALL = frozenset(MailKind(kind) for kind in _TABLES)


@dataclass(frozen=True, slots=True)
class _Cue:
    kind: MailKind
    key: str
    weight: int
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class _Compiled:
    cues: tuple[_Cue, ...]
    negation: re.Pattern[str]
    conditional: re.Pattern[str]
    ooo_subject: re.Pattern[str]
    reply_subject: re.Pattern[str]


def _spaces(pattern: str) -> str:
    return re.sub(r"(?<!\\) ", r"\\s+", pattern)


@cache
def _compiled() -> _Compiled:
    # One regex per cue on lower-cased text: far faster in `re` than one alternation per class
    # (a single pattern gets its literal prefix optimised), and no IGNORECASE cost.
    compiled = tuple(
        _Cue(MailKind(kind), f"{kind}:{i}", weight, re.compile(_spaces(pattern)))
        for kind, table in _TABLES.items()
        for i, (weight, pattern) in enumerate(table)
    )
    return _Compiled(
        cues=compiled,
        negation=re.compile(cues.NEGATION),
        conditional=re.compile(_spaces(cues.CONDITIONAL)),
        ooo_subject=re.compile(_spaces(cues.OOO_SUBJECT)),
        reply_subject=re.compile(r"^\s*(?:re|tr|fw|fwd|aw|rif|sv|antw|ref)\s*(?:\[\d+\])?\s*:"),
    )


def lowered(text: str) -> str:
    """The text folded (no accents, straight quotes) and in lower case, one character for one
    so that offsets still point into `text`."""
    from tactful.text.fold import key

    return key(text)


@dataclass(frozen=True, slots=True)
class _Hit:
    kind: MailKind
    weight: int
    snippet: str
    note: str = ""


@dataclass
class _Evidence:
    scores: dict[MailKind, int] = field(default_factory=dict)
    hits: dict[MailKind, list[_Hit]] = field(default_factory=dict)
    seen: set[tuple[MailKind, str]] = field(default_factory=set)

    def add(self, hit: _Hit, key: str) -> None:
        if (hit.kind, key) in self.seen:
            return
        self.seen.add((hit.kind, key))
        self.scores[hit.kind] = self.scores.get(hit.kind, 0) + hit.weight
        self.hits.setdefault(hit.kind, []).append(hit)

    def score(self, kind: MailKind) -> int:
        return self.scores.get(kind, 0)

    def strongest(self, kind: MailKind) -> int:
        return max((hit.weight for hit in self.hits.get(kind, [])), default=0)


def _read(text: str, evidence: _Evidence, where: str, kinds: frozenset[MailKind]) -> None:
    compiled = _compiled()
    folded = lowered(text)
    for cue in compiled.cues:
        if cue.kind not in kinds:
            continue
        for match in cue.pattern.finditer(folded):
            start, end = match.span()
            if cue.kind is MailKind.REJECTION and compiled.conditional.search(
                _sentence(folded, start, end)
            ):
                continue  # "if you do not hear from us, your application was unsuccessful"
            kind, begin, note = cue.kind, start, ""
            if cue.kind in _POSITIVE and (negation := _negation(folded, start)) is not None:
                kind, begin, note = MailKind.REJECTION, negation, f" (a negated {cue.kind})"
            snippet = " ".join(text[begin:end].split())[:_SNIPPET]
            evidence.add(_Hit(kind, cue.weight, snippet, where + note), cue.key)
            if kind is cue.kind:
                break  # one plain match per cue is enough; a negated one may hide a plain one


_STOPS = (".", "!", "?", "\n\n")
"""Sentence ends; a single line break is not one, as plain-text mail is wrapped at 72-80."""


def _sentence(folded: str, start: int, end: int) -> str:
    left = max(folded.rfind(c, 0, start) for c in _STOPS)
    right = min((i for c in _STOPS if (i := folded.find(c, end)) >= 0), default=len(folded))
    return folded[left + 1 : right]


def _negation(folded: str, start: int) -> int | None:
    """Where a negation starts in the clause just before `start`, if there is one."""
    window_start = max(start - 45, max(folded.rfind(c, 0, start) for c in (*_STOPS, ";")) + 1, 0)
    negations = list(_compiled().negation.finditer(folded, window_start, start))
    return negations[-1].start() if negations else None


# Deciding


def classify(mail: IncomingMail, *, zone: tzinfo | None = None) -> Classification:
    """Classify one parsed email. Never raises; reasons say what was seen."""
    compiled = _compiled()
    facts = sender_facts(mail.headers, mail.sender)
    from tactful.text.language import detect_language

    subject_folded = lowered(mail.subject)
    ooo_subject = bool(compiled.ooo_subject.search(subject_folded))
    is_reply = bool(compiled.reply_subject.search(subject_folded))
    auto = facts.auto_reply or ooo_subject
    evidence = _Evidence()
    meeting = None
    if mail.date is not None:
        meeting = find_meeting_time(mail.text, received_at=mail.date, zone=zone)
    if meeting is not None:
        evidence.add(_Hit(MailKind.INVITATION, 1, f"proposes {meeting:%Y-%m-%d %H:%M}"), "meeting")
    if any(_is_invitation(c) for c in mail.calendars):
        evidence.add(_Hit(MailKind.INVITATION, 3, "has a calendar invitation attached"), "ics")
    # Read the decisions first: when one is strong, the other classes cannot win (see _decide),
    # so their phrases need not be looked for. That halves the time of most decisions.
    first = _DECISION_SET | ({MailKind.OUT_OF_OFFICE} if auto else frozenset())
    for stage in (first, _ALL - first):
        if not auto and not is_reply:
            _read(mail.subject, evidence, "in the subject", stage)
        _read(mail.text, evidence, "", stage)
        if _settled(evidence, auto):
            break
    kind, confidence = _decide(evidence, facts, auto, ooo_subject)
    reasons = _reasons(kind, evidence, facts, ooo_subject, mail.subject)
    return Classification(
        kind=kind,
        confidence=round(confidence, 2),
        confident=confidence >= CONFIDENT_AT,
        language=detect_language(f"{mail.subject}\n{mail.text}"),
        reasons=reasons,
        meeting=meeting if kind is MailKind.INVITATION else None,
    )


def _settled(evidence: _Evidence, auto: bool) -> bool:
    """Whether the classes read so far decide, whatever the others would add."""
    if auto:
        return evidence.score(MailKind.OUT_OF_OFFICE) >= 2
    decision, best, _ = _best_decision(evidence, strong=True)
    return decision is not MailKind.OTHER and best >= DECIDE_AT


def _is_invitation(calendar: bytes) -> bool:
    head = calendar[:4000].upper()
    return b"BEGIN:VEVENT" in calendar.upper() and b"METHOD:CANCEL" not in head


def _best_decision(evidence: _Evidence, *, strong: bool) -> tuple[MailKind, int, int]:
    """The decision with the most weight (among those with a weight-3 phrase when `strong`),
    its weight, and the next decision's weight."""
    eligible = [k for k in _DECISIONS if not strong or evidence.strongest(k) >= 3]
    if not eligible:
        return MailKind.OTHER, 0, 0
    ranked = sorted(_DECISIONS, key=evidence.score, reverse=True)
    best = max(eligible, key=evidence.score)
    runner_up = max((evidence.score(k) for k in ranked if k is not best), default=0)
    return best, evidence.score(best), runner_up


def _decide(
    evidence: _Evidence, facts: SenderFacts, auto: bool, ooo_subject: bool
) -> tuple[MailKind, float]:
    decision, best, runner_up = _best_decision(evidence, strong=True)
    absence = evidence.score(MailKind.OUT_OF_OFFICE)
    receipt = evidence.score(MailKind.ACKNOWLEDGEMENT)
    request = evidence.score(MailKind.REQUEST)
    if auto:
        markers = int(facts.auto_reply) + int(ooo_subject)
        if absence >= 2:
            return MailKind.OUT_OF_OFFICE, 0.85 + 0.05 * markers
        if best >= AUTO_DECIDE_AT and best > runner_up:
            return decision, _decision_confidence(best, runner_up) - 0.1
        if receipt >= 2:
            return MailKind.ACKNOWLEDGEMENT, 0.85 + 0.05 * int(facts.auto_reply)
        if ooo_subject:
            return MailKind.OUT_OF_OFFICE, 0.7 + 0.1 * int(absence > 0)
        return MailKind.ACKNOWLEDGEMENT, 0.6
    if best >= DECIDE_AT:
        return decision, _decision_confidence(best, runner_up)
    if absence >= 3:
        return MailKind.OUT_OF_OFFICE, 0.75
    if request >= 2:
        rival = any(evidence.score(k) for k in _DECISIONS)
        return MailKind.REQUEST, (0.85 if request >= 4 else 0.8 if request == 3 else 0.65) - (
            0.1 if rival else 0.0
        )
    if receipt >= 3 or (receipt >= 2 and facts.automated):
        return MailKind.ACKNOWLEDGEMENT, 0.95 if facts.automated and receipt >= 3 else 0.75
    decision, best, runner_up = _best_decision(evidence, strong=False)
    if best >= DECIDE_AT and best > runner_up:
        return decision, 0.7
    if best >= 2 and best > runner_up:
        return decision, 0.55
    return MailKind.OTHER, 0.6 if not facts.automated else 0.45


def _decision_confidence(best: int, runner_up: int) -> float:
    confidence = 0.8 if best == DECIDE_AT else 0.9 if best <= 5 else 0.95
    if runner_up >= DECIDE_AT:
        confidence -= 0.3 if best - runner_up < DECIDE_AT else 0.1
    elif runner_up:
        confidence -= 0.05
    return max(confidence, 0.3)


def _reasons(
    kind: MailKind, evidence: _Evidence, facts: SenderFacts, ooo_subject: bool, subject: str
) -> tuple[str, ...]:
    reasons: list[str] = []
    if kind in (MailKind.OUT_OF_OFFICE, MailKind.ACKNOWLEDGEMENT) or facts.ats:
        reasons.extend(facts.reasons)
    if ooo_subject:
        reasons.append(f"subject reads like an automatic reply ({subject[:60]!r})")
    kept: list[_Hit] = []
    for hit in sorted(evidence.hits.get(kind, []), key=lambda h: -h.weight):
        if not any(hit.snippet.lower() in k.snippet.lower() for k in kept):
            kept.append(hit)
    reasons.extend(_say(hit) for hit in kept[:3])
    for other in _DECISIONS:
        if other is not kind and evidence.score(other) >= 2:
            strongest = max(evidence.hits[other], key=lambda h: h.weight)
            reasons.append(f"also {_say(strongest)} ({other}), outweighed")
    if not reasons:
        reasons.append("no phrase of a rejection, invitation, offer, request or notice")
    return tuple(reasons)


def _say(hit: _Hit) -> str:
    if hit.snippet.startswith(("proposes ", "has a ")):
        return hit.snippet
    where = f" {hit.note.strip()}" if hit.note else ""
    return f"says '{hit.snippet}'{where}"
