"""Why the rules refused, in the reader's words.

The core refuses with a message written for the command line ("add --anyway to record it").
After it refused, the web reads the round itself to tell which rule it was, and words that
(`error.<code>` in the catalogues): it decides nothing the core did not.
"""

from __future__ import annotations

from datetime import datetime

from tactful.errors import Refused, TactfulError
from tactful.models import Interview, StepKind
from tactful.policy import RoundPlan
from tactful.web.i18n import catalogue
from tactful.web.problems import FieldErrors, Problem, WebError


def explain_refusal(exc: Refused, plan: RoundPlan, kind: StepKind, now: datetime) -> WebError:
    """A 409 that says which rule refused, from the round's data."""
    return WebError(409, refusal_problem(exc, plan, kind, now), field=exc.field)


def refusal_problem(exc: Refused, plan: RoundPlan, kind: StepKind, now: datetime) -> Problem:
    values: dict[str, object] = {"kind": str(kind)}
    derived = _from_the_round(plan, kind, now, values)
    if derived is not None:
        return derived
    if exc.code != Refused.default_code and f"error.{exc.code}" in catalogue("en"):
        return Problem(exc.code, values, text=exc.message)
    return Problem("refused", values, text=exc.message)


def _from_the_round(
    plan: RoundPlan, kind: StepKind, now: datetime, values: dict[str, object]
) -> Problem | None:
    """The rule that refused, read from the round's data, with what its message needs."""
    iv = plan.interview
    sent = [f for f in iv.follow_ups if f.kind is kind]
    if iv.cancelled:
        return Problem("round-cancelled", values)
    if sent:
        return Problem("already-sent", {**values, "when": sent[0].sent_at})
    if len(iv.follow_ups) >= 2:
        return Problem("two-follow-ups", values)
    if iv.replies:
        first = min(r.received_at for r in iv.replies)
        return Problem("already-answered", {**values, "when": first})
    if kind in iv.skipped:
        return Problem("skipped", values)
    if kind is StepKind.STATUS_INQUIRY and plan.superseded_by is not None:
        return Problem("superseded", {**values, "round": plan.superseded_by})
    step = plan.step(kind)
    if kind is StepKind.STATUS_INQUIRY and now < step.earliest:
        return Problem("too-early", {**values, "opens": step.earliest.date()})
    return None


def undo_problem(kind: StepKind, what: str) -> Problem:
    """Undoing what was not done: nothing recorded to remove, nothing skipped to plan again."""
    return Problem("nothing-sent" if what == "unsend" else "not-skipped", {"kind": str(kind)})


def dated_problem(
    exc: TactfulError, interview: Interview, at: datetime | None, what: str
) -> FieldErrors | WebError | None:
    """The core's refusal of a reply (`what` = "reply") or of a follow-up ("sent") recorded
    through a form or the API, in the reader's words: a date before the interview or still to
    come on the field `at`, a second reply for the round. None for any other error.

    The rules are the core's (`tactful.validation`, `tactful.policy.check_can_reply`): the web
    only words them. The codes are the API's, as it published them before the core held these
    rules (`reply-before-interview`, `sent-before-interview`, `in-the-future`, and
    `already-replied` on `outcome`, 422), so that no client has to change.
    """
    if exc.code == "before-interview":
        code = f"{what}-before-interview"
        return FieldErrors({"at": Problem(code, {"when": interview.starts_at}, text=exc.message)})
    if exc.code == "in-the-future" and at is not None:
        return FieldErrors({"at": Problem(exc.code, {"when": at}, text=exc.message)})
    if exc.code == "already-answered" and what == "reply":
        values = (
            {"when": min(r.received_at for r in interview.replies)} if interview.replies else {}
        )
        return WebError(422, Problem("already-replied", values, text=exc.message), field="outcome")
    return None
