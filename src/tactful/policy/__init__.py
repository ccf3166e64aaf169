"""The follow-up rules: pure functions of values and "now", no I/O.

Each rule carries the sentence of the article it comes from (`tactful.policy.article`).

Each name loads its module on first use: the email checker quotes the article and needs none of
the planning code (whose dataclasses cost a command's start about 10 ms).
"""

from tactful.lazy import lazy_names

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
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

_LAZY = {
    "BusinessCalendar": "tactful.policy.business_days",
    "check_can_record": "tactful.policy.guards",
    "check_can_reply": "tactful.policy.guards",
    "check_can_skip": "tactful.policy.guards",
    "check_channel": "tactful.policy.guards",
    "CLOSE_AFTER_STATUS": "tactful.policy.plan",
    "RoundPlan": "tactful.policy.plan",
    "Step": "tactful.policy.plan",
    "due_steps": "tactful.policy.plan",
    "plan_round": "tactful.policy.plan",
    "status_window": "tactful.policy.plan",
    "thank_you_window": "tactful.policy.plan",
    "plan_all": "tactful.policy.rounds",
    "TIMELINE_FORMS": "tactful.policy.timeline",
    "parse_timeline": "tactful.policy.timeline",
}


__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())


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
