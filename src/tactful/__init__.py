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
]
