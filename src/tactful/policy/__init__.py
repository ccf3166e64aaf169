"""The follow-up rules: pure functions of values and "now", no I/O.

Each rule carries the sentence of the article it comes from (`tactful.policy.article`).
"""

from tactful.policy.business_days import BusinessCalendar
from tactful.policy.guards import (
    check_can_record,
    check_can_reply,
    check_can_skip,
    check_channel,
)
from tactful.policy.plan import (
    CLOSE_AFTER_STATUS,
    RoundPlan,
    Step,
    due_steps,
    plan_round,
    status_window,
    thank_you_window,
)
from tactful.policy.rounds import plan_all
from tactful.policy.timeline import TIMELINE_FORMS, parse_timeline

__all__ = [
    "CLOSE_AFTER_STATUS",
    "TIMELINE_FORMS",
    "BusinessCalendar",
    "RoundPlan",
    "Step",
    "check_can_record",
    "check_can_reply",
    "check_can_skip",
    "check_channel",
    "due_steps",
    "parse_timeline",
    "plan_all",
    "plan_round",
    "status_window",
    "thank_you_window",
]
