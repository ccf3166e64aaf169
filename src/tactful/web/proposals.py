"""What the mailbox proposes, as Today shows it: the kind of message in words, who sent it,
when, and what Apply would do, named by the round it is about (company, role, round), never by
an id or a command. Pure: values in, words out.

`Proposal.describe()` words a proposal for the command line (ids, codes); the web words it
again from the proposal's data with its own catalogue, in English and in French.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from tactful.policy import RoundPlan
from tactful.web.dates import moment_words
from tactful.web.i18n import Translate

KINDS = (
    "rejection",
    "invitation",
    "offer",
    "request",
    "acknowledgement",
    "out-of-office",
    "other",
    "sent",
)
REFUSED = ("already-answered", "not-pending", "nothing-to-apply")
"""Why Apply can be refused, each worded on Today (`mail.refused.<code>`)."""


@dataclass(frozen=True)
class ProposalView:
    id: int
    kind: str
    """The kind of message, in words."""
    sender: str
    subject: str
    received: str
    """When it came, in words."""
    does: str
    """What Apply does, in words."""
    unsure: bool


def _round(plan: RoundPlan | None, t: Translate) -> str:
    if plan is None:
        return t("mail.round_unknown")
    app = plan.application
    return t("mail.round", company=app.company, role=app.role, number=plan.interview.round)


def _when(text: Any, zone: tzinfo, lang: str, year: int) -> str:
    try:
        value = datetime.fromisoformat(str(text))
    except ValueError:
        return ""
    # Shown in the user's time zone, as every other moment on Today.
    value = value.replace(tzinfo=zone) if value.tzinfo is None else value.astimezone(zone)
    return moment_words(value, lang, year)


def _inside(words: str) -> str:
    """A catalogue label ("A rejection", "Thank-you note") inside a sentence."""
    return words[:1].lower() + words[1:]


def _does(
    proposal: Any, plan: RoundPlan | None, t: Translate, zone: tzinfo, lang: str, year: int
) -> str:
    details: dict[str, Any] = proposal.details
    where = _round(plan, t)
    if proposal.action in ("reply", "next-round"):
        outcome = _inside(t(f"outcome.{details.get('outcome') or 'other'}"))
        if proposal.action == "reply":
            return t("mail.do.reply", outcome=outcome, round=where)
        when = _when(details.get("next_round_at"), zone, lang, year)
        if when:
            return t("mail.do.next-round", outcome=outcome, round=where, when=when)
        return t("mail.do.next-round-invite", outcome=outcome, round=where)
    if proposal.action == "sent":
        to = details.get("to") or {}
        person = str(to.get("name") or to.get("email") or "")
        kind = _inside(t(f"kind.{details.get('kind') or 'thank-you'}"))
        return t("mail.do.sent", kind=kind, to=person, round=where)
    return ""


def proposal_view(
    proposal: Any, plan: RoundPlan | None, t: Translate, *, zone: tzinfo, lang: str, year: int
) -> ProposalView:
    """One waiting proposal in the reader's words; `plan` is its round's (None when gone)."""
    kind = proposal.mail_kind if proposal.mail_kind in KINDS else "other"
    received = proposal.received_at.astimezone(zone)
    return ProposalView(
        id=int(proposal.id),
        kind=t(f"mail.kind.{kind}"),
        sender=proposal.sender,
        subject=proposal.subject or t("mail.no_subject"),
        received=moment_words(received, lang, year),
        does=_does(proposal, plan, t, zone, lang, year),
        unsure=not proposal.confident,
    )


def refused_words(code: str, t: Translate) -> str:
    """Why Apply (or Dismiss) was refused, for the message on Today."""
    return t(f"mail.refused.{code if code in REFUSED else 'other'}")
