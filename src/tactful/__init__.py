"""tactful: follow up after job interviews the way employers like it, and write job ads that
candidates answer.

The public API. The command line, the web app and the REST API are thin shells over it.
Every name loads on first use, so that `import tactful` (and so every command) costs nothing
until a name is needed: a read command imports only what it runs.
"""

from __future__ import annotations

from tactful.lazy import lazy_names

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from tactful.ads import (
        analyse_ad,
        build_job_posting,
        parse_spec,
        render_ad,
        validate_job_posting,
    )
    from tactful.ai import configured_backend
    from tactful.calendars import calendar_ics
    from tactful.checks import CheckReport, EmailContext, check_email
    from tactful.core import Tactful
    from tactful.drafts import draft_follow_up, suggest_forgot
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

_LAZY = {
    "Tactful": "tactful.core",
    "BadInput": "tactful.errors",
    "ExitStatus": "tactful.errors",
    "NotFound": "tactful.errors",
    "Refused": "tactful.errors",
    "TactfulError": "tactful.errors",
    "Application": "tactful.models",
    "Channel": "tactful.models",
    "FollowUp": "tactful.models",
    "Interview": "tactful.models",
    "Outcome": "tactful.models",
    "Person": "tactful.models",
    "Reply": "tactful.models",
    "RoundState": "tactful.models",
    "StepKind": "tactful.models",
    "StepState": "tactful.models",
    "BusinessCalendar": "tactful.policy",
    "RoundPlan": "tactful.policy",
    "Step": "tactful.policy",
    "parse_timeline": "tactful.policy",
    "plan_round": "tactful.policy",
    "Settings": "tactful.settings",
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


__getattr__, __dir__ = lazy_names(__name__, _LAZY, globals())


__all__ = [
    "Application",
    "BadInput",
    "BusinessCalendar",
    "Channel",
    "CheckReport",
    "EmailContext",
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
    "analyse_ad",
    "build_job_posting",
    "calendar_ics",
    "check_email",
    "configured_backend",
    "draft_follow_up",
    "parse_spec",
    "parse_timeline",
    "plan_round",
    "render_ad",
    "suggest_forgot",
    "validate_job_posting",
]
