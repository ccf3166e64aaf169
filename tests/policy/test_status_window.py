"""The optional status inquiry.

Article: "If you still haven't heard from the employer in the time they indicated they would
make a decision – or in what seems like a reasonable amount of time after the interview, it is
okay to follow up a second time. This is usually between a week to ten days following the job
closing date."
"""

from datetime import date

from tactful.models import StepKind, StepState
from tactful.policy import BusinessCalendar, Step, plan_round, status_window

from .helpers import at, round_

CAL = BusinessCalendar()
FR_CHRISTMAS = BusinessCalendar({date(2026, 12, 25): "Noël", date(2027, 1, 1): "Jour de l'an"})


def test_with_no_date_known_it_opens_a_week_after_the_interview() -> None:
    # Wed 25 Nov + 7 = Wed 2 Dec; closes 3 days later, Sat 5 Dec → Mon 7 Dec.
    iv, app = round_("2026-11-25T14:00")
    opens, closes, why = status_window(iv, app, CAL)
    assert opens == date(2026, 12, 2)
    assert closes == date(2026, 12, 7)
    assert any("a week after the interview" in w for w in why)


def test_without_a_decision_date_never_sooner_than_a_week_after_the_interview() -> None:
    # The posting closed before the interview: closing + 7 would be two days after it.
    iv, app = round_("2026-11-25T14:00", closing=date(2026, 11, 20))
    opens, _, why = status_window(iv, app, CAL)
    assert opens == date(2026, 12, 2)
    assert any("a week after the interview" in w for w in why)


def test_it_opens_the_next_business_day_after_the_stated_decision_date() -> None:
    # "the time they indicated they would make a decision": Fri 4 Dec → Mon 7 Dec.
    iv, app = round_(decision=date(2026, 12, 4))
    opens, _, _ = status_window(iv, app, CAL)
    assert opens == date(2026, 12, 7)


def test_it_opens_a_week_after_the_closing_date() -> None:
    # "between a week to ten days following the job closing date"
    iv, app = round_(closing=date(2026, 12, 1))
    opens, closes, _ = status_window(iv, app, CAL)
    assert opens == date(2026, 12, 8)
    assert closes == date(2026, 12, 11)


def test_the_latest_of_decision_date_and_closing_date_wins() -> None:
    iv, app = round_(closing=date(2026, 12, 1), decision=date(2026, 12, 14))
    assert status_window(iv, app, CAL)[0] == date(2026, 12, 15)
    iv, app = round_(closing=date(2026, 12, 10), decision=date(2026, 12, 1))
    assert status_window(iv, app, CAL)[0] == date(2026, 12, 17)


def test_many_candidates_adds_a_week() -> None:
    # "If the company indicates they are interviewing many more people … it will likely take
    # longer for you to get a response."
    iv, app = round_(decision=date(2026, 12, 4), many=True)
    assert status_window(iv, app, CAL)[0] == date(2026, 12, 14)


def test_never_before_the_closing_date() -> None:
    # "following up before that period would not be productive"
    iv, app = round_("2026-11-25T14:00", closing=date(2026, 12, 20), decision=date(2026, 11, 26))
    opens, _, _ = status_window(iv, app, CAL)
    assert opens > date(2026, 12, 20)


def test_window_edges_move_off_weekends_and_holidays_and_name_the_holiday() -> None:
    # Decision Thu 24 Dec → next business day is Mon 28 Dec (25 is Noël, 26–27 the weekend).
    iv, app = round_("2026-12-10T10:00", decision=date(2026, 12, 24))
    opens, closes, why = status_window(iv, app, FR_CHRISTMAS)
    assert opens == date(2026, 12, 28)
    # 28 + 3 = 31 Dec (Thursday) — a business day.
    assert closes == date(2026, 12, 31)
    iv, app = round_("2026-12-10T10:00", closing=date(2026, 12, 18))
    opens, _, why = status_window(iv, app, FR_CHRISTMAS)
    # 18 + 7 = Fri 25 Dec (Noël) → Mon 28 Dec, and the reason names the holiday.
    assert opens == date(2026, 12, 28)
    assert any("Noël" in w for w in why)


def test_states_over_time_and_the_reason_quotes_the_article() -> None:
    iv, app = round_(closing=date(2026, 12, 1), sent={StepKind.THANK_YOU: "2026-11-25T16:00"})

    def state(now: str) -> Step:
        return plan_round(iv, app, CAL, at(now)).step(StepKind.STATUS_INQUIRY)

    assert state("2026-12-07T23:00").state is StepState.UPCOMING
    assert "a week to ten days" in state("2026-12-07T23:00").reason
    assert state("2026-12-08T00:00").state is StepState.DUE
    assert state("2026-12-11T23:59").state is StepState.DUE
    assert state("2026-12-12T00:00").state is StepState.LATE


def test_skipped_status_inquiry_stays_skipped() -> None:
    iv, app = round_(skipped=[StepKind.STATUS_INQUIRY])
    step = plan_round(iv, app, CAL, at("2026-12-03T10:00")).step(StepKind.STATUS_INQUIRY)
    assert step.state is StepState.SKIPPED


def test_the_reason_names_only_the_days_an_edge_really_moved_past() -> None:
    # Opens Thu 10 Dec; 10 + 3 = Sun 13 → Mon 14. Saturday 12 was never an edge.
    iv, app = round_("2026-11-25T14:00", decision=date(2026, 12, 9))
    opens, closes, why = status_window(iv, app, CAL)
    assert (opens, closes) == (date(2026, 12, 10), date(2026, 12, 14))
    moved = [w for w in why if w.startswith("moved")]
    assert moved == ["moved to a business day: 2026-12-13 is Sunday"]
