"""Round states: active (something to send), waiting, closed."""

from datetime import date

from tactful.models import RoundState, StepKind, StepState
from tactful.policy import BusinessCalendar, plan_round

from .helpers import at, round_

CAL = BusinessCalendar()


def test_active_when_something_is_due() -> None:
    iv, app = round_()
    assert plan_round(iv, app, CAL, at("2026-11-25T16:00")).state is RoundState.ACTIVE


def test_waiting_between_the_thank_you_and_the_status_window() -> None:
    iv, app = round_(sent={StepKind.THANK_YOU: "2026-11-25T16:00"})
    plan = plan_round(iv, app, CAL, at("2026-11-27T10:00"))
    assert plan.state is RoundState.WAITING


def test_an_employer_reply_cancels_what_is_pending_and_closes_the_round() -> None:
    iv, app = round_(sent={StepKind.THANK_YOU: "2026-11-25T16:00"}, replied="2026-11-30T09:00")
    plan = plan_round(iv, app, CAL, at("2026-12-03T10:00"))
    assert plan.state is RoundState.CLOSED
    assert plan.step(StepKind.THANK_YOU).state is StepState.SENT
    assert plan.step(StepKind.STATUS_INQUIRY).state is StepState.CANCELLED


def test_two_weeks_of_silence_after_the_status_inquiry_close_the_round() -> None:
    # Article: "Employers are often slow to respond … don't take it personally."
    iv, app = round_(
        closing=date(2026, 11, 20),
        sent={
            StepKind.THANK_YOU: "2026-11-25T16:00",
            StepKind.STATUS_INQUIRY: "2026-12-03T09:00",
        },
    )
    waiting = plan_round(iv, app, CAL, at("2026-12-17T08:59"))
    assert waiting.state is RoundState.WAITING
    closed = plan_round(iv, app, CAL, at("2026-12-17T09:00"))
    assert closed.state is RoundState.CLOSED
    assert "don't take it personally" in closed.advice
    assert "move on" in closed.advice


def test_a_later_round_starts_its_own_sequence() -> None:
    iv, app = round_(sent={StepKind.THANK_YOU: "2026-11-25T16:00"})
    plan = plan_round(iv, app, CAL, at("2026-12-10T10:00"), superseded_by=2)
    assert plan.step(StepKind.STATUS_INQUIRY).state is StepState.CANCELLED
    assert plan.state is RoundState.CLOSED
    assert "round 2" in plan.step(StepKind.STATUS_INQUIRY).reason


def test_a_cancelled_interview_closes_the_round() -> None:
    iv, app = round_()
    iv.cancelled = True
    plan = plan_round(iv, app, CAL, at("2026-11-25T16:00"))
    assert plan.state is RoundState.CLOSED
    assert all(s.state is StepState.CANCELLED for s in plan.steps)
