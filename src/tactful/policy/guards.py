"""What the rules refuse to record: a third follow-up, a phone call, a visit, a second of a kind."""

from __future__ import annotations

from datetime import datetime

from tactful.errors import Refused
from tactful.models import Channel, Interview, StepKind
from tactful.policy import article
from tactful.policy.plan import RoundPlan

MAX_FOLLOW_UPS = article.MAX_FOLLOW_UPS
"""Article: "The answer is twice. You can follow up with the employer two times." """


def check_channel(channel: Channel) -> None:
    """Email only.

    Article: "Then you can email them. Do not call." and "or far worse, actually showing up at
    the office – could have the employer thinking they dodged a bullet by not hiring you."
    """
    if channel is Channel.PHONE:
        raise Refused(
            f'tactful plans and records email follow-ups only: "{article.EMAIL_NOT_CALL}" '
            "Send a polite email instead.",
            code="email-only",
            field="channel",
        )
    if channel is Channel.VISIT:
        raise Refused(
            f'tactful plans and records email follow-ups only: "{article.NO_VISIT}" '
            "Send a polite email instead.",
            code="email-only",
            field="channel",
        )


def check_can_record(
    plan: RoundPlan,
    kind: StepKind,
    channel: Channel,
    at: datetime,
    *,
    anyway: bool = False,
) -> None:
    """Raise Refused when recording this follow-up would break the article's rules."""
    check_channel(channel)
    interview = plan.interview
    if interview.cancelled:
        raise Refused(
            "this interview was cancelled: there is nothing to follow up", code="cancelled"
        )
    for existing in interview.follow_ups:
        if existing.kind is kind:
            raise Refused(
                f"a {kind} was already recorded for this round on "
                f"{existing.sent_at.isoformat(timespec='minutes')}: one of each, at most two",
                code="already-recorded",
            )
    if len(interview.follow_ups) >= MAX_FOLLOW_UPS:
        raise Refused(f'this round already has two follow-ups: "{article.TWICE}"', code="cap")
    if interview.replies:
        first = min(r.received_at for r in interview.replies)
        raise Refused(
            f"the employer already answered on {first.date().isoformat()}: "
            "no more follow-ups for this round",
            code="after-reply",
        )
    if kind in interview.skipped:
        raise Refused(
            f"you skipped the {kind} of this round: plan it again first",
            code="skipped",
            values={"kind": str(kind), "interview_id": interview.id},
        )
    if kind is StepKind.STATUS_INQUIRY and plan.superseded_by is not None:
        raise Refused(
            f"round {plan.superseded_by} of this application came after this one: its own "
            "follow-ups replace this round's status email",
            code="superseded",
            values={"round": plan.superseded_by, "kind": str(kind)},
        )
    step = plan.step(kind)
    if kind is StepKind.STATUS_INQUIRY and at < step.earliest and not anyway:
        raise Refused(
            f"the status inquiry window opens on {step.earliest.date().isoformat()}: "
            f'"{article.CLOSING_DATE}" If it already went out, record it anyway',
            code="too-early",
            values={
                "opens": step.earliest.date().isoformat(),
                "kind": str(kind),
                "quote": article.CLOSING_DATE,
            },
        )


def check_can_reply(interview: Interview) -> None:
    """A round has one reply: the employer's answer ends its follow-ups, so a second one has
    nothing left to change (a new invitation is the next round's, not this one's)."""
    if interview.replies:
        first = min(interview.replies, key=lambda r: r.received_at)
        raise Refused(
            f"the employer's reply to this round is already recorded "
            f"({first.received_at.strftime('%Y-%m-%d %H:%M')}, {first.outcome}): "
            "a round has one reply",
            code="already-answered",
        )


def check_can_skip(interview: Interview, kind: StepKind) -> None:
    if any(f.kind is kind for f in interview.follow_ups):
        raise Refused(f"the {kind} of this round was already sent: nothing to skip")
    if kind in interview.skipped:
        raise Refused(f"the {kind} of this round is already skipped")
