"""Article: "The first follow-up should be the thank you note that you send – probably by
email – immediately after your job interview." """

from datetime import timedelta

from tactful.models import StepKind, StepState
from tactful.policy import BusinessCalendar, plan_round, thank_you_window

from .helpers import at, round_

CAL = BusinessCalendar()


def test_window_opens_when_the_interview_ends_and_closes_24_hours_later() -> None:
    iv, _ = round_("2026-11-25T14:00", duration=90)
    opens, closes = thank_you_window(iv)
    assert opens == at("2026-11-25T15:30")
    assert closes - opens == timedelta(hours=24)


def test_upcoming_during_the_interview_due_right_after_late_after_a_day() -> None:
    iv, app = round_("2026-11-25T14:00")

    def state(now: str) -> StepState:
        return plan_round(iv, app, CAL, at(now)).step(StepKind.THANK_YOU).state

    assert state("2026-11-25T14:30") is StepState.UPCOMING
    assert state("2026-11-25T15:00") is StepState.DUE
    assert state("2026-11-26T15:00") is StepState.DUE
    assert state("2026-11-26T15:01") is StepState.LATE


def test_late_thank_you_is_still_worth_sending_once() -> None:
    iv, app = round_("2026-11-25T14:00")
    step = plan_round(iv, app, CAL, at("2026-11-28T09:00")).step(StepKind.THANK_YOU)
    assert step.state is StepState.LATE
    assert "still worth sending once" in step.reason


def test_sent_thank_you_is_sent_and_quotes_what_it_should_say() -> None:
    iv, app = round_(sent={StepKind.THANK_YOU: "2026-11-25T16:00"})
    step = plan_round(iv, app, CAL, at("2026-11-25T17:00")).step(StepKind.THANK_YOU)
    assert step.state is StepState.SENT
    assert "reiterate your enthusiasm" in step.reason


def test_a_reply_cancels_a_thank_you_not_yet_sent() -> None:
    iv, app = round_(replied="2026-11-25T15:10")
    step = plan_round(iv, app, CAL, at("2026-11-25T16:00")).step(StepKind.THANK_YOU)
    assert step.state is StepState.CANCELLED
