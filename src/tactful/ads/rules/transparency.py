"""Transparency: what candidates need to decide to apply (pay, place, dates, process, reply)."""

from __future__ import annotations

from dataclasses import dataclass

from tactful.ads.detect import (
    BENEFITS_SCAN_RE,
    DEADLINE_SCAN_RE,
    PAY_RE,
    PAY_WORD_SCAN_RE,
    PROCESS_SCAN_RE,
    REMOTE_SCAN_RE,
    REPLY_RE,
    REPLY_TRIGGER_SCAN_RE,
    TIMELINE_SCAN_RE,
)
from tactful.ads.document import AdDocument
from tactful.ads.places import LOCATION_LINE_RE, located_phrases, names_a_place
from tactful.ads.rules.base import Hit


@dataclass(frozen=True, slots=True)
class Facts:
    """What the ad states."""

    pay: bool
    benefits: bool
    deadline: bool
    location: bool
    process: bool
    timeline: bool
    reply: bool


def facts(doc: AdDocument, places: list[str]) -> Facts:
    folded, scan = doc.folded, doc.scan
    return Facts(
        pay=PAY_RE.search(folded) is not None or PAY_WORD_SCAN_RE.search(scan) is not None,
        benefits=BENEFITS_SCAN_RE.search(scan) is not None,
        deadline=DEADLINE_SCAN_RE.search(scan) is not None,
        location=bool(places) or REMOTE_SCAN_RE.search(scan) is not None,
        process=PROCESS_SCAN_RE.search(scan) is not None,
        timeline=TIMELINE_SCAN_RE.search(scan) is not None,
        reply=_promises_reply(doc),
    )


def _promises_reply(doc: AdDocument) -> bool:
    for match in REPLY_TRIGGER_SCAN_RE.finditer(doc.scan):
        if REPLY_RE.search(doc.sentence_around(match.start())):
            return True
    return False


def located_places(doc: AdDocument) -> list[str]:
    """Where the ad says the job is: 'Location: …' lines, 'based in …', and the first lines
    (title and subtitle, as in "Acme · Denver, CO · Full-time") when they name a place."""
    found: list[str] = []
    folded = doc.folded
    header: list[str] = []
    for line in doc.lines:
        if line.blank or line.end - line.start > 300:
            continue
        if len(header) < 3:
            header.append(folded[line.start : line.end])
        match = LOCATION_LINE_RE.match(folded, line.start, line.end)
        if match is not None and match.group(1).strip():
            found.append(match.group(1))
    found += located_phrases(folded, doc.scan)
    found += [line for line in header if names_a_place(line)]
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
