"""tactful: follow up after job interviews the way employers like it, and write job ads that
candidates answer.

The public API. The command line, the web app and the REST API are thin shells over it.
"""

from tactful.core import Tactful
from tactful.errors import BadInput, ExitStatus, NotFound, Refused, TactfulError
from tactful.models import (
    Application,
    Channel,
    FollowUp,
    Interview,
    Outcome,
    Person,
    Reply,
    RoundState,
    StepKind,
    StepState,
)
from tactful.policy import BusinessCalendar, RoundPlan, Step, parse_timeline, plan_round
from tactful.settings import Settings

__version__ = "0.1.0"

# The capabilities beyond the core load on first use, so that `tactful due` starts fast.
_LAZY = {
    "check_email": "tactful.checks",
    "EmailContext": "tactful.checks",
    "CheckReport": "tactful.checks",
    "draft_follow_up": "tactful.drafts",
    "suggest_forgot": "tactful.drafts",
    "analyse_ad": "tactful.ads",
    "parse_spec": "tactful.ads",
    "render_ad": "tactful.ads",
    "build_job_posting": "tactful.ads",
    "validate_job_posting": "tactful.ads",
    "calendar_ics": "tactful.calendars",
    "configured_backend": "tactful.ai",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'tactful' has no attribute {name!r}")


__all__ = [
    "Application",
    "BadInput",
    "BusinessCalendar",
    "Channel",
    "ExitStatus",
    "FollowUp",
    "Interview",
    "NotFound",
    "Outcome",
    "Person",
    "Refused",
    "Reply",
    "RoundPlan",
    "RoundState",
    "Settings",
    "Step",
    "StepKind",
    "StepState",
    "Tactful",
    "TactfulError",
    "__version__",
    "parse_timeline",
    "plan_round",
    *_LAZY,
]
