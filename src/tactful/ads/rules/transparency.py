"""Transparency: what candidates need to decide to apply (pay, place, dates, process, reply)."""

from __future__ import annotations

import re

from tactful.ads.detect import (
    BENEFITS_PHRASES,
    BENEFITS_SCAN_RE,
    DEADLINE_PHRASES,
    DEADLINE_SCAN_RE,
    NOT_PAY_CONTEXT_RE,
    PAY_CONTEXT_RE,
    PAY_NAMED_RE,
    PAY_RE,
    PAY_WORD_SCAN_RE,
    PROCESS_PHRASES,
    PROCESS_SCAN_RE,
    REMOTE_PHRASES,
    REMOTE_SCAN_RE,
    REPLY_RE,
    REPLY_TRIGGER_SCAN_RE,
    REPLY_WORDS,
    TIMELINE_PHRASES,
    TIMELINE_SCAN_RE,
    TIMELINE_UNITS,
)
from tactful.ads.document import AdDocument
from tactful.ads.places import job_places, located_phrases, location_lines, names_a_place
from tactful.ads.rules.base import Hit
from tactful.text.values import Frozen

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import TypeAlias


class Facts(Frozen):
    """What the ad states."""

    __slots__ = _fields = (
        "pay",
        "benefits",
        "deadline",
        "location",
        "process",
        "timeline",
        "reply",
    )
    pay: bool
    benefits: bool
    deadline: bool
    location: bool
    process: bool
    timeline: bool
    reply: bool

    def __init__(
        self,
        pay: bool,
        benefits: bool,
        deadline: bool,
        location: bool,
        process: bool,
        timeline: bool,
        reply: bool,
    ) -> None:
        setter = object.__setattr__  # a read-only record's fields (tactful.text.values)
        setter(self, "pay", pay)
        setter(self, "benefits", benefits)
        setter(self, "deadline", deadline)
        setter(self, "location", location)
        setter(self, "process", process)
        setter(self, "timeline", timeline)
        setter(self, "reply", reply)


Phrases: TypeAlias = tuple[tuple[str, frozenset[str]], ...]
"""Phrases of a keyword regex, spaced, each with the set of its words."""


def _word_sets(phrases: tuple[tuple[str, tuple[str, ...]], ...]) -> Phrases:
    """tactful.ads.detect's spaced phrases (`_spaced`), each with its words as a set: whether
    the ad holds them all is one comparison with its words' keys (a generator of look-ups
    per phrase cost more than the look-ups)."""
    return tuple((spaced, frozenset(words)) for spaced, words in phrases)


_BENEFITS = _word_sets(BENEFITS_PHRASES)
_DEADLINE = _word_sets(DEADLINE_PHRASES)
_REMOTE = _word_sets(REMOTE_PHRASES)
_PROCESS = _word_sets(PROCESS_PHRASES)
_TIMELINE = _word_sets(TIMELINE_PHRASES)


def facts(doc: AdDocument, places: list[str]) -> Facts:
    scan = doc.scan
    return Facts(
        pay=_states_pay(doc) or PAY_WORD_SCAN_RE.search(scan) is not None,
        benefits=_names(doc, _BENEFITS, BENEFITS_SCAN_RE),
        deadline=_names(doc, _DEADLINE, DEADLINE_SCAN_RE),
        location=bool(places) or _names(doc, _REMOTE, REMOTE_SCAN_RE),
        process=_names(doc, _PROCESS, PROCESS_SCAN_RE),
        timeline=_holds_phrase(doc, _TIMELINE)
        or _matches_before(doc, TIMELINE_SCAN_RE, TIMELINE_UNITS)
        or TIMELINE_SCAN_RE.search(scan) is not None,
        reply=_promises_reply(doc),
    )


def _names(doc: AdDocument, phrases: Phrases, regex: re.Pattern[str]) -> bool:
    """Whether `regex` (a keyword regex) matches in the stream: first answered by its phrases
    (`_holds_phrase`), which most ads that name the fact hold."""
    return _holds_phrase(doc, phrases) or regex.search(doc.scan) is not None


def _holds_phrase(doc: AdDocument, phrases: Phrases) -> bool:
    """Whether the stream holds one of `phrases` (phrases of a keyword regex, spaced, with their
    words: tactful.ads.detect._spaced) whose words are all words of the stream: there the
    regex matches, so it need not be searched (tried at every space up to its first match, it
    costs more than these look-ups)."""
    words, scan = doc.word_counts.keys(), doc.scan
    return any(words >= needed and spaced in scan for spaced, needed in phrases)


def _matches_before(doc: AdDocument, pattern: re.Pattern[str], words: tuple[str, ...]) -> bool:
    """Whether `pattern` matches in the 40 characters before the first of `words` (that the ad
    holds) and up to the space after it. A match there is a match in the stream: the regexes
    read no further than one character after their match, which ends before that space."""
    counts, scan = doc.word_counts, doc.scan
    for word in words:
        if word in counts:
            at = scan.find(f" {word} ")
            if at >= 0 and pattern.search(scan, max(at - 40, 0), at + len(word) + 2):
                return True
    return False


def _states_pay(doc: AdDocument) -> bool:
    """An amount of money in a sentence that speaks of pay ("€45,000–€55,000 a year",
    "Salaire : 2 400 € brut par mois"), not a company's funding or a savings plan. Each
    sentence is read once (`AdDocument.sentence_index`): an amount after the first in a
    sentence that does not speak of pay is in a sentence that does not either."""
    read = -2  # the sentence last read
    for match in PAY_RE.finditer(doc.folded):
        index = doc.sentence_index(match.start())
        if index == read:
            continue
        read = index
        sentence = doc.sentence_around(match.start())
        if PAY_CONTEXT_RE.search(sentence) and (
            not _about_business_money(sentence) or PAY_NAMED_RE.search(sentence)
        ):
            return True
    return False


_BUSINESS_MONEY_WORDS = (
    "quota", "revenue", "arr", "deal", "turnover", "funding", "raised", "valuation", "budget",
    "chiffre d'affaires", "levée", "portefeuille", "contrat", "assets", "aum",
)  # fmt: skip
"""What each branch of NOT_PAY_CONTEXT (tactful.ads.detect) holds, in its order."""


def _about_business_money(sentence: str) -> bool:
    """Whether NOT_PAY_CONTEXT_RE finds the business's money in `sentence`: searched only when
    the sentence holds one of _BUSINESS_MONEY_WORDS (a look-up each), which most pay sentences
    do not (the regex is tried at most of their characters)."""
    for word in _BUSINESS_MONEY_WORDS:
        if word in sentence:
            return NOT_PAY_CONTEXT_RE.search(sentence) is not None
    return False


def _promises_reply(doc: AdDocument) -> bool:
    """Whether the sentence of a reply trigger ("reply", "respond"…) promises a reply to every
    applicant. The sentence of the first " reply", " respond"… (words the ad holds) is read
    first: when it promises one, so does the first such sentence; otherwise every trigger's is
    read in turn (the regex of triggers is then run over the ad), each sentence once
    (`AdDocument.sentence_index`: the triggers after the first in a sentence read the same
    sentence)."""
    scan, counts = doc.scan, doc.word_counts
    for word in _REPLY_FIRST:
        at = scan.find(" " + word) if word in counts else -1
        if at >= 0 and REPLY_TRIGGER_SCAN_RE.match(scan, at) and _promises(doc, at):
            return True
    read = -2  # the sentence last read
    for match in REPLY_TRIGGER_SCAN_RE.finditer(scan):
        index = doc.sentence_index(match.start())
        if index != read:
            read = index
            if _promises(doc, match.start()):
                return True
    return False


_REPLY_FIRST = ("reply", "respond", "répondons", "réponse")
"""Trigger words a reply promise often holds ("we reply to every applicant", "nous répondons à
toutes les candidatures")."""


def _promises(doc: AdDocument, offset: int) -> bool:
    """Whether the sentence at `offset` promises a reply (REPLY_RE)."""
    sentence = doc.sentence_around(offset)
    # a sentence without any of REPLY_WORDS holds no match: its search is skipped
    return any(word in sentence for word in REPLY_WORDS) and REPLY_RE.search(sentence) is not None


def located_places(doc: AdDocument) -> list[str]:
    """Where the ad says the job is, read anywhere in it: 'Location: …' lines (any line),
    the first lines when they name a place ("Acme · Denver, CO · Full-time"), and the places
    the body ties the job to ("based in Seattle", "a Denver-based role", "working from our
    Dublin office", "présence régulière à Paris", "réunions à La Défense"). Places named only
    for the company ("headquartered in Iowa City", "offices in Chicago") count when nothing
    else names one."""
    folded = doc.folded
    header: list[str] = []
    for line in doc.lines:
        if len(header) == 3:
            break
        if line.blank or line.bullet or line.end - line.start > 300:
            continue
        first = folded[line.start : line.end]
        # a title or a subtitle ("Acme · Denver, CO · Full-time"), not prose
        count = len(first.split())
        prose = count > 25 or (count > 12 and first.rstrip().endswith("."))
        header.append("" if prose else first)
    found = location_lines(folded)
    found += [line for line in header if names_a_place(line)]
    words = doc.word_counts
    strong, weak = job_places(doc.text, folded, doc.scan, words)
    found += [p for p in located_phrases(folded, doc.scan, words) + strong if names_a_place(p)]
    if not found:
        found = [p for p in weak if names_a_place(p)]
    return found


def transparency_hits(known: Facts) -> list[Hit]:
    hits: list[Hit] = []
    if not known.pay:
        hits.append(Hit("pay-missing"))
    if not known.location:
        hits.append(Hit("location-missing"))
    if not known.deadline:
        hits.append(Hit("closing-date-missing"))
    if not known.process:
        hits.append(Hit("process-missing"))
    elif not known.timeline:
        hits.append(Hit("timeline-missing"))
    if not known.reply:
        hits.append(Hit("reply-promise-missing"))
    return hits
