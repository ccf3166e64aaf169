"""What the rules refuse."""

from datetime import date
from typing import Any

import pytest

from tactful.errors import ExitStatus, Refused
from tactful.models import Channel, StepKind
from tactful.policy import (
    BusinessCalendar,
    RoundPlan,
    check_can_record,
    check_can_skip,
    plan_round,
)

from .helpers import at, round_

CAL = BusinessCalendar()


def plan_of(**kwargs: Any) -> RoundPlan:
    iv, app = round_(closing=date(2026, 11, 20), **kwargs)
    return plan_round(iv, app, CAL, at("2026-12-01T10:00"))


def test_a_phone_call_is_refused_with_the_articles_reason() -> None:
    # Article: "Then you can email them. Do not call."
    with pytest.raises(Refused, match="Do not call") as caught:
        check_can_record(plan_of(), StepKind.THANK_YOU, Channel.PHONE, at("2026-11-25T16:00"))
    assert caught.value.exit_status is ExitStatus.REFUSED


def test_a_visit_is_refused_with_the_articles_reason() -> None:
    # Article: "or far worse, actually showing up at the office"
    with pytest.raises(Refused, match="showing up at the office"):
        check_can_record(plan_of(), StepKind.THANK_YOU, Channel.VISIT, at("2026-11-25T16:00"))


def test_a_third_follow_up_is_refused() -> None:
    # Article: "The answer is twice. You can follow up with the employer two times."
    plan = plan_of(
        sent={StepKind.THANK_YOU: "2026-11-25T16:00", StepKind.STATUS_INQUIRY: "2026-11-28T10:00"}
    )
    for kind in StepKind:
        with pytest.raises(Refused, match="already recorded"):
            check_can_record(plan, kind, Channel.EMAIL, at("2026-12-01T10:00"))


def test_a_status_inquiry_before_its_window_is_refused_unless_anyway() -> None:
    # Article: "following up before that period would not be productive"
    plan = plan_of(sent={StepKind.THANK_YOU: "2026-11-25T16:00"})
    with pytest.raises(Refused, match="window opens on 2026-12-02"):
        check_can_record(plan, StepKind.STATUS_INQUIRY, Channel.EMAIL, at("2026-11-27T10:00"))
    check_can_record(
        plan,
        StepKind.STATUS_INQUIRY,
        Channel.EMAIL,
        at("2026-11-27T10:00"),
        anyway=True,
    )


def test_no_follow_up_after_the_employer_answered() -> None:
    plan = plan_of(replied="2026-11-26T10:00")
    with pytest.raises(Refused, match="already answered"):
        check_can_record(plan, StepKind.THANK_YOU, Channel.EMAIL, at("2026-11-26T11:00"))


def test_skipping_what_was_sent_is_refused() -> None:
    iv, _ = round_(sent={StepKind.THANK_YOU: "2026-11-25T16:00"})
    with pytest.raises(Refused, match="already sent"):
        check_can_skip(iv, StepKind.THANK_YOU)
