"""What a matched message proposes, kept until the user applies or dismisses it.

- An employer's reply (rejection, offer, invitation, request, other): record the reply with its
  outcome, which cancels what is still pending; an invitation with a date (in the text or an
  attached .ics) also adds the next round, the .ics through the invitation import.
- An out-of-office or an automatic acknowledgement is not a reply: nothing (kept as info).
- A message in the Sent folder to an interviewer after the interview: record it as a follow-up
  sent outside tactful.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from tactful.errors import BadInput, Refused, TactfulError
from tactful.mailbox.matching import Match
from tactful.mailbox.tables import proposals as table
from tactful.models import Outcome, Person, StepKind, StepState, recipient_key
from tactful.store.database import is_duplicate
from tactful.validation import could_be_id

if TYPE_CHECKING:
    from tactful.core import Tactful
    from tactful.policy import RoundPlan

NOT_A_REPLY = ("out-of-office", "acknowledgement")
ACTIONS = ("reply", "next-round", "sent", "none")
SENT_THANK_YOU_WITHIN = timedelta(days=3)


@dataclass(slots=True)
class Proposal:
    folder: str
    message_key: str
    received_at: datetime
    action: str
    """reply, next-round, sent or none."""
    interview_id: int | None = None
    message_id: str = ""
    sender: str = ""
    subject: str = ""
    mail_kind: str = "other"
    confidence: float = 0.0
    confident: bool = False
    details: dict[str, Any] = field(default_factory=dict)
    status: str = "proposed"
    id: int | None = None
    account: str = ""

    @property
    def outcome(self) -> Outcome | None:
        value = self.details.get("outcome")
        return Outcome(value) if value else None

    def describe(self, lang: str = "en") -> str:
        """One line: what applying it does."""
        fr = lang == "fr"
        iv = self.interview_id
        if self.action in ("reply", "next-round"):
            outcome = self.details.get("outcome", "other")
            line = (
                f"enregistrer la réponse ({outcome}) pour l'entretien {iv} : ce qui reste à "
                "envoyer est annulé"
                if fr
                else f"record the reply ({outcome}) for interview {iv}: pending steps are cancelled"
            )
            if self.action == "next-round":
                at = self.details.get("next_round_at") or "the attached invitation"
                line += (
                    f"; ajouter le tour suivant ({at})" if fr else f"; add the next round ({at})"
                )
            return line
        if self.action == "sent":
            kind = self.details.get("kind", "thank-you")
            to = self.details.get("to", {}).get("email", "")
            return (
                f"enregistrer le {kind} envoyé hors de tactful à {to} (entretien {iv})"
                if fr
                else f"record the {kind} sent outside tactful to {to} (interview {iv})"
            )
        why = self.details.get("why", "")
        return f"rien à faire : {why}" if fr else f"nothing to do: {why}"

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        return {
            "id": self.id,
            "folder": self.folder,
            "message_id": self.message_id,
            "sender": self.sender,
            "subject": self.subject,
            "received_at": self.received_at.isoformat(),
            "interview_id": self.interview_id,
            "mail_kind": self.mail_kind,
            "confidence": round(self.confidence, 3),
            "confident": self.confident,
            "action": self.action,
            "details": {k: v for k, v in self.details.items() if k != "calendar"},
            "has_calendar": bool(self.details.get("calendar")),
            "status": self.status,
            "description": self.describe(lang),
        }


def propose_incoming(
    match: Match, plan: RoundPlan, classification: Any, calendar: bytes | None, base: Proposal
) -> Proposal:
    """What an employer's message to the candidate proposes."""
    kind = str(getattr(classification.kind, "value", classification.kind))
    details: dict[str, Any] = {
        "match": match.how,
        "reasons": list(getattr(classification, "reasons", ()) or ()),
        "language": getattr(classification, "language", ""),
    }
    proposal = replace(
        base,
        interview_id=match.interview_id,
        mail_kind=kind,
        confidence=float(classification.confidence),
        confident=bool(classification.confident),
        details=details,
    )
    if kind in NOT_A_REPLY:
        details["why"] = f"an {kind} is not a reply: nothing is cancelled"
        return replace(proposal, action="none", status="info")
    if plan.interview.replies:
        details["why"] = "a reply is already recorded for this round"
        return replace(proposal, action="none", status="info")
    outcome = classification.outcome() or Outcome.OTHER
    details["outcome"] = str(outcome)
    meeting = getattr(classification, "meeting", None)
    if outcome is Outcome.NEXT_ROUND and (calendar or meeting is not None):
        if meeting is not None:
            details["next_round_at"] = meeting.isoformat()
        if calendar:
            details["calendar"] = calendar.decode("utf-8", "replace")
        return replace(proposal, action="next-round")
    return replace(proposal, action="reply")


def propose_sent(match: Match, plan: RoundPlan, base: Proposal) -> Proposal | None:
    """A message the user sent to an interviewer after the interview, outside tactful."""
    person = match.person
    if person is None or plan.interview.replies:
        return None
    ends = plan.interview.starts_at + timedelta(minutes=plan.interview.duration_minutes)
    if base.received_at < ends:
        return None
    notes = {recipient_key(n.recipient): n for n in plan.interview.notes}
    thank_you, status = plan.step(StepKind.THANK_YOU), plan.step(StepKind.STATUS_INQUIRY)
    to = {"name": person.name, "email": person.email}
    if thank_you.pending and recipient_key(person) not in notes:
        confident = base.received_at <= ends + SENT_THANK_YOU_WITHIN
        details = {"kind": str(StepKind.THANK_YOU), "to": to, "match": match.how}
        return replace(
            base,
            interview_id=match.interview_id,
            action="sent",
            confident=confident,
            confidence=0.9 if confident else 0.5,
            details=details,
            mail_kind="sent",
        )
    if status.pending and thank_you.state in (StepState.SENT, StepState.SKIPPED):
        confident = base.received_at >= status.earliest - timedelta(days=1)
        details = {"kind": str(StepKind.STATUS_INQUIRY), "to": to, "match": match.how}
        return replace(
            base,
            interview_id=match.interview_id,
            action="sent",
            confident=confident,
            confidence=0.8 if confident else 0.4,
            details=details,
            mail_kind="sent",
        )
    return None


# Storage


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def seen_keys(api: Tactful, account: str, folder: str) -> set[str]:
    """The messages of a folder that already made a proposal (or an info line)."""
    with api.store.database.begin() as conn:
        rows = conn.execute(
            sa.select(table.c.message_key).where(
                table.c.account == account, table.c.folder == folder
            )
        )
        return {r[0] for r in rows}


def save(api: Tactful, proposal: Proposal) -> Proposal:
    """Keep a proposal (once per message and folder)."""
    values = {
        "account": proposal.account,
        "folder": proposal.folder,
        "message_key": proposal.message_key,
        "message_id": proposal.message_id,
        "sender": proposal.sender,
        "subject": proposal.subject,
        "received_at": proposal.received_at.isoformat(),
        "interview_id": proposal.interview_id,
        "mail_kind": proposal.mail_kind,
        "confidence": proposal.confidence,
        "confident": proposal.confident,
        "action": proposal.action,
        "details": json.dumps(proposal.details, ensure_ascii=False),
        "status": proposal.status,
        "created_at": _now(),
    }
    try:
        with api.store.database.begin() as conn:
            new_id = conn.execute(sa.insert(table).values(**values)).inserted_primary_key[0]  # type: ignore[index]
    except (sa.exc.IntegrityError, TactfulError) as exc:
        if not is_duplicate(exc):
            raise
        return proposal
    return replace(proposal, id=int(new_id))


def _proposal(row: Any) -> Proposal:
    return Proposal(
        id=row.id,
        account=row.account,
        folder=row.folder,
        message_key=row.message_key,
        message_id=row.message_id,
        sender=row.sender,
        subject=row.subject,
        received_at=datetime.fromisoformat(row.received_at),
        interview_id=row.interview_id,
        mail_kind=row.mail_kind,
        confidence=row.confidence,
        confident=bool(row.confident),
        action=row.action,
        details=json.loads(row.details or "{}"),
        status=row.status,
    )


def load_proposals(api: Tactful, *, pending_only: bool = True) -> list[Proposal]:
    query = sa.select(table).order_by(table.c.received_at, table.c.id)
    if pending_only:
        query = query.where(table.c.status == "proposed")
    with api.store.database.begin() as conn:
        return [_proposal(r) for r in conn.execute(query)]


def answers_waiting(api: Tactful, interview_id: int) -> list[Proposal]:
    """The pending proposals that record the employer's answer to this round (a reply, the
    next round): read, not applied or dismissed yet. While one waits, no follow-up is sent
    or reminded."""
    return [
        p
        for p in load_proposals(api)
        if p.interview_id == interview_id and p.action in ("reply", "next-round")
    ]


def get_proposal(api: Tactful, proposal_id: int) -> Proposal:
    row = None
    if could_be_id(proposal_id):
        with api.store.database.begin() as conn:
            row = conn.execute(sa.select(table).where(table.c.id == proposal_id)).first()
    if row is None:
        raise BadInput(
            f"no proposal {proposal_id}: read the inbox to see them",
            code="not-found",
            field="proposal",
            values={"what": "proposal", "id": proposal_id},
        )
    return _proposal(row)


def _set_status(api: Tactful, proposal_id: int, status: str) -> None:
    with api.store.database.begin() as conn:
        conn.execute(sa.update(table).where(table.c.id == proposal_id).values(status=status))


def _not_pending(proposal: Proposal, verb: str) -> Refused:
    """The refusal to apply or dismiss a proposal that is no longer waiting: applied,
    dismissed, or an information line (an out-of-office, a second reply), which was never one."""
    if proposal.status == "info":
        why = proposal.details.get("why", "")
        return Refused(
            f"proposal {proposal.id} is for information only"
            + (f" ({why})" if why else "")
            + f": there is nothing to {verb}",
            code="not-pending",
            values={"proposal_id": proposal.id, "status": proposal.status},
        )
    return Refused(
        f"proposal {proposal.id} is already {proposal.status}",
        code="not-pending",
        values={"proposal_id": proposal.id, "status": proposal.status},
    )


def dismiss_proposal(api: Tactful, proposal_id: int) -> Proposal:
    proposal = get_proposal(api, proposal_id)
    if proposal.status != "proposed":
        raise _not_pending(proposal, "dismiss")
    _set_status(api, proposal_id, "dismissed")
    return replace(proposal, status="dismissed")


def apply_proposal(api: Tactful, proposal_id: int) -> Proposal:
    """Do what the proposal says, in one transaction, and mark it applied."""
    proposal = get_proposal(api, proposal_id)
    if proposal.status != "proposed":
        raise _not_pending(proposal, "apply")
    if proposal.interview_id is None or proposal.action == "none":
        raise Refused(f"proposal {proposal_id} has nothing to apply", code="nothing-to-apply")
    with api.atomic():
        # A message dated a little ahead (the sender's clock) is recorded as received now.
        when = min(proposal.received_at, api.now())
        if proposal.action in ("reply", "next-round"):
            if api.interview(proposal.interview_id).replies:
                raise Refused(
                    f"interview {proposal.interview_id} already has a reply recorded: dismiss "
                    f"proposal {proposal_id}",
                    code="already-answered",
                    values={"interview_id": proposal.interview_id, "proposal_id": proposal_id},
                )
            api.record_reply(
                proposal.interview_id,
                at=when,
                outcome=proposal.outcome or Outcome.OTHER,
                note=f"{proposal.subject} — {proposal.sender}"[:500],
            )
            if proposal.action == "next-round":
                _add_next_round(api, proposal)
        elif proposal.action == "sent":
            to = proposal.details.get("to", {})
            person = Person(to.get("name", ""), to.get("email", ""))
            kind = StepKind(proposal.details.get("kind", "thank-you"))
            if kind is StepKind.THANK_YOU:
                api.record_sent(
                    proposal.interview_id,
                    kind,
                    at=when,
                    to=person,
                    subject=proposal.subject,
                    message_id=proposal.message_id,
                )
            else:
                api.record_sent(
                    proposal.interview_id,
                    kind,
                    at=when,
                    recipients=[person],
                    subject=proposal.subject,
                    message_id=proposal.message_id,
                    anyway=True,
                )
        _set_status(api, proposal_id, "applied")
    return replace(proposal, status="applied")


def _add_next_round(api: Tactful, proposal: Proposal) -> None:
    assert proposal.interview_id is not None
    app_id = api.interview(proposal.interview_id).application_id
    calendar = proposal.details.get("calendar")
    if calendar:
        items = api.preview_invitations(
            calendar.encode("utf-8"),
            source=f"the email {proposal.subject!r}",
            application_id=app_id,
        )
        api.import_invitations(items)
        return
    at = proposal.details.get("next_round_at")
    if at:
        # The time was read in the user's zone: the round keeps that zone (its name, so its
        # dates follow daylight saving), not the fixed offset the ISO text carries.
        api.add_interview(app_id, at=datetime.fromisoformat(at).astimezone(api.zone))
