"""Why the rules refused, in the reader's words.

The core refuses with a message written for the command line ("add --anyway to record it").
After it refused, the web reads the round itself to tell which rule it was, and words that
(`error.<code>` in the catalogues): it decides nothing the core did not.
"""

from __future__ import annotations

from datetime import datetime

from tactful.errors import Refused
from tactful.models import StepKind
from tactful.policy import RoundPlan
from tactful.web.i18n import catalogue
from tactful.web.problems import Problem, WebError


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
    step = plan.step(kind)
    if kind is StepKind.STATUS_INQUIRY and now < step.earliest:
        return Problem("too-early", {**values, "opens": step.earliest.date()})
    return None


def undo_problem(kind: StepKind, what: str) -> Problem:
    """Undoing what was not done: nothing recorded to remove, nothing skipped to plan again."""
    return Problem("nothing-sent" if what == "unsend" else "not-skipped", {"kind": str(kind)})
