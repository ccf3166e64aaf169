"""What `due` reads of each round, as plain tuples: one query per batch, no model objects.

`tactful due` on a large store spends most of its time building the applications, rounds,
interviewers and follow-ups that `load_applications` and `load_interviews` give, then reading
a handful of their fields. This loader reads only those fields (`tactful.policy.due` plans
from them), in the order `load_interviews` gives the rounds, through the same executors
(the stdlib sqlite3 read path or the open store, scoped in hosted mode).
"""

from __future__ import annotations

from datetime import date, datetime

from tactful.store.codec import date_in, remember_instant
from tactful.store.columns import ROUND_FLAGS

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import Any

    from tactful.policy.due import RoundValues
    from tactful.store.loader import Rows

_SQL = (
    "SELECT i.id, i.application_id, a.company, a.role, i.round, i.starts_at, i.timezone, "
    "i.duration_minutes, i.decision_date, i.timeline, i.many_candidates, i.skipped, "
    f"a.closing_date, a.country, a.subdivision, {ROUND_FLAGS} "
    "FROM interviews i JOIN applications a ON a.id = i.application_id "
    "WHERE i.application_id BETWEEN {first} AND {last} AND NOT i.cancelled "
    "ORDER BY i.application_id, i.round"
)


def load_due_rounds(rows: Rows, between: tuple[int, int]) -> tuple[list[RoundValues], list[bool]]:
    """The rounds that are neither cancelled nor answered of the applications whose ids lie
    `between` two (inclusive), ordered by application and round, as
    `tactful.policy.due.RoundValues`, and whether a later round supersedes each.

    Cancelled and answered rounds are left out: none of their steps is due. Answered rounds
    are read all the same (a later round supersedes an earlier one even when it is answered,
    not when it is cancelled: `tactful.policy.rounds.plan_all`), but only for that; asking
    the query to decide superseding cost more, where no round is answered, than it saved."""
    sql = _SQL.format(first=int(between[0]), last=int(between[1]))
    dates: dict[object, date | None] = {None: None, "": None}
    skips: dict[str, tuple[bool, bool]] = {}
    instants: dict[tuple[Any, str], datetime] = {}
    out: list[RoundValues] = []
    append = out.append
    superseded: list[bool] = []
    fetched = rows(sql)
    count = len(fetched)
    for index, r in enumerate(fetched):
        if r[15]:
            continue  # answered
        # The rows come by application and round: a later round is the next row's.
        superseded.append(index + 1 < count and fetched[index + 1][1] == r[1])
        decision, closing, skipped = r[8], r[12], r[11]
        if decision not in dates:
            dates[decision] = date_in(decision)
        if closing not in dates:
            dates[closing] = date_in(closing)
        if (starts_at := instants.get((r[5], r[6]))) is None:
            starts_at = remember_instant(instants, r[5], r[6])
        if (skip := skips.get(skipped)) is None:
            kinds = skipped.split(",")
            skip = skips[skipped] = ("thank-you" in kinds, "status-inquiry" in kinds)
        append(
            (
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                starts_at,
                r[7],
                dates[decision],
                r[9],
                bool(r[10]),
                dates[closing],
                r[13],
                r[14],
                False,
                bool(r[16]) or skip[0],
                bool(r[17]) or skip[1],
            )
        )
    return out, superseded
