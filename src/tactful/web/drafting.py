"""The draft editor's pieces that hold no request: the checker's report cut for marking, what
changed since the last check (the only thing a screen reader hears), what is left to fill in,
and the notes the editor shows (in the reader's words, not the command line's)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tactful.errors import BadInput
from tactful.models import StepKind
from tactful.policy import RoundPlan
from tactful.web.highlight import excerpt, pieces

LANGS = ("en", "fr")


def email_text(subject: str, body: str) -> str:
    """What the checker reads: the subject line, a blank line, the body (as drafts give it)."""
    return f"Subject: {subject}\n\n{body}"


def check_text(
    plan: RoundPlan | None, kind: StepKind, lang: str, text: str, now: datetime
) -> dict[str, Any]:
    """The checker's report on `text`, with the text cut at every finding's span. Synchronous:
    call it through `WebState.run`."""
    from tactful.checks import EmailContext, check_email

    try:
        report = check_email(
            text, kind=str(kind), lang=lang, context=EmailContext(plan=plan, now=now)
        ).to_json()
    except BadInput as exc:  # too long to check: worded for the reader like any refusal
        from tactful.web.problems import core_problem

        return {"error": core_problem(exc), "findings": [], "verdict": "", "words": 0}
    return decorate(report, text)


def decorate(report: dict[str, Any], text: str) -> dict[str, Any]:
    """The report, with the text cut at the findings' spans. A finding about the email as a
    whole ("no thanks") is anchored at the whole body: it is listed, not marked."""
    from tactful.checks.anatomy import dissect
    from tactful.drafts.render import leftover_placeholders

    findings = report.get("findings", [])
    body = dissect(text, report.get("language") or "en").body
    located = [
        {**f, "start": None, "end": None}
        if (f.get("start"), f.get("end")) == (body.start, body.end)
        else f
        for f in findings
    ]
    return {
        **report,
        "text": text,
        "pieces": pieces(text, located),
        "excerpts": [excerpt(text, f) for f in located],
        "leftovers": leftover_placeholders(text),
        "signature": signature(report, text),
    }


def _identity(finding: dict[str, Any], text: str) -> str:
    """A finding as the reader knows it: its rule and the words it is about (offsets move as
    they type)."""
    start, end = finding.get("start"), finding.get("end")
    words = text[start:end] if isinstance(start, int) and isinstance(end, int) else ""
    return f"{finding.get('rule', '')}|{' '.join(words.split())}"


def signature(report: dict[str, Any], text: str) -> str:
    """The findings of a check, to tell the next check what the reader already heard."""
    return json.dumps(sorted({_identity(f, text) for f in report.get("findings", [])}))


@dataclass(frozen=True)
class News:
    """What changed between two checks: findings that appeared, and how many went away."""

    added: list[dict[str, Any]]
    fixed: int
    verdict_changed: bool


def news(report: dict[str, Any], previous: str, previous_verdict: str) -> News | None:
    """The change since the check the reader last heard (`previous`: its signature); None the
    first time, when the whole report is on the page anyway."""
    if not previous:
        return None
    try:
        before = {str(x) for x in json.loads(previous)}
    except (ValueError, TypeError):
        return None
    text = str(report.get("text", ""))
    now = {_identity(f, text): f for f in report.get("findings", [])}
    added = [f for key, f in now.items() if key not in before]
    fixed = len(before - set(now))
    return News(added, fixed, bool(previous_verdict) and previous_verdict != report.get("verdict"))


@dataclass(frozen=True)
class Leftovers:
    """Why marking this text as sent needs a second click: the checker's errors, and the
    [placeholders] tactful wrote that are still in it."""

    errors: list[dict[str, Any]]
    placeholders: list[str]

    def __bool__(self) -> bool:
        return bool(self.errors or self.placeholders)


def leftovers(report: dict[str, Any]) -> Leftovers:
    """The checker's errors and tactful's own [placeholders] left in the text; an error about
    one of those placeholders is named once, as the placeholder."""
    placeholders = list(report.get("leftovers", []))
    text = str(report.get("text", ""))

    def about_a_placeholder(finding: dict[str, Any]) -> bool:
        start, end = finding.get("start"), finding.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            return False
        return any(p in text[start:end] or text[start:end] in p for p in placeholders if p)

    errors = [
        f
        for f in report.get("findings", [])
        if f.get("severity") == "error" and not about_a_placeholder(f)
    ]
    return Leftovers(errors, placeholders)


def editor_notes(
    plan: RoundPlan, kind: StepKind, now: datetime
) -> list[tuple[str, dict[str, Any]]]:
    """What the editor tells before the draft, as (catalogue key, values): a status inquiry
    drafted before its window, a thank-you already recorded as sent."""
    step = plan.step(kind)
    notes: list[tuple[str, dict[str, Any]]] = []
    if kind is StepKind.STATUS_INQUIRY and now < step.earliest and str(step.state) != "sent":
        notes.append(("draft.note.too_early", {"opens": step.earliest.date()}))
    sent = [f for f in plan.interview.follow_ups if f.kind is kind]
    if sent:
        notes.append(("draft.note.already_sent", {"when": sent[0].sent_at}))
    return notes
