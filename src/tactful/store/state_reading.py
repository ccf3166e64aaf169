"""What `list` reads: each application's heading and, of each round, the values its state
depends on, as plain tuples (no model objects), with plain portable SQL through the same
executors as `load_applications` (the stdlib sqlite3 read path, psycopg, or the open store).
"""

from __future__ import annotations

from datetime import date, datetime

from tactful.store.codec import date_in, instant_in, remember_instant
from tactful.store.columns import APPLICATION_COLUMNS, ROUND_FLAGS

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from tactful.policy.states import StateValues
    from tactful.store.loader import Rows

    ApplicationHead = tuple[int, str, str, date | None]
    """An application as `list` prints it: id, company, role, closing date."""

_ROUNDS = (
    "SELECT i.id, i.application_id, i.round, i.starts_at, i.timezone, i.duration_minutes, "
    "i.decision_date, i.many_candidates, i.skipped, i.cancelled, "
    f"a.closing_date, a.country, a.subdivision, {ROUND_FLAGS} "
    "FROM interviews i JOIN applications a ON a.id = i.application_id "
    "WHERE i.application_id BETWEEN {first} AND {last} "
    "ORDER BY i.application_id, i.round"
)
_SENT = "SELECT interview_id, sent_at FROM follow_ups WHERE interview_id IN ({ids})"


def load_application_heads(rows: Rows, between: tuple[int, int]) -> list[ApplicationHead]:
    """The applications whose ids lie `between` two (inclusive), in id order."""
    sql = (
        "SELECT id, company, role, closing_date FROM applications "
        f"WHERE id BETWEEN {int(between[0])} AND {int(between[1])} ORDER BY id"
    )
    return [(r[0], r[1], r[2], date_in(r[3])) for r in rows(sql)]


def load_application_rows(rows: Rows, between: tuple[int, int]) -> list[Sequence[Any]]:
    """The rows `load_applications` reads (`APPLICATION_COLUMNS`) of the applications whose
    ids lie `between` two (inclusive), in id order, undecoded: `tactful list --json` writes
    them as JSON (`tactful.serialize.application_row_json`) without building models."""
    sql = (
        f"SELECT {APPLICATION_COLUMNS} FROM applications "
        f"WHERE id BETWEEN {int(between[0])} AND {int(between[1])} ORDER BY id"
    )
    return list(rows(sql))


def load_state_rounds(rows: Rows, between: tuple[int, int]) -> list[StateValues]:
    """The rounds of the applications whose ids lie `between` two (inclusive), ordered by
    application and round (as `load_interviews`), as `tactful.policy.states.StateValues`."""
    sql = _ROUNDS.format(first=int(between[0]), last=int(between[1]))
    dates: dict[object, date | None] = {None: None, "": None}
    instants: dict[tuple[Any, str], datetime] = {}
    found = []
    for r in rows(sql):
        decision, closing = r[6], r[10]
        if decision not in dates:
            dates[decision] = date_in(decision)
        if closing not in dates:
            dates[closing] = date_in(closing)
        if (starts_at := instants.get((r[3], r[4]))) is None:
            starts_at = remember_instant(instants, r[3], r[4])
        skipped = r[8].split(",")
        found.append((r, starts_at, dates[decision], dates[closing], skipped))
    # The latest follow-up of a round counts only once its status inquiry is sent.
    last = _last_sent(rows, {r[0]: r[4] for r, *_ in found if r[15]})
    return [
        (
            r[0],
            r[1],
            r[2],
            starts_at,
            r[5],
            decision,
            bool(r[7]),
            closing,
            r[11],
            r[12],
            bool(r[9]),
            bool(r[13]),
            bool(r[14]),
            "thank-you" in skipped,
            bool(r[15]),
            "status-inquiry" in skipped,
            last.get(r[0]),
        )
        for r, starts_at, decision, closing, skipped in found
    ]


def _last_sent(rows: Rows, zones: dict[int, str]) -> dict[int, datetime]:
    """The latest follow-up's instant of each of these rounds, given as {interview id: its
    time zone} (read as `load_interviews` reads it: in the round's zone)."""
    last: dict[int, datetime] = {}
    interview_ids = list(zones)
    for first in range(0, len(interview_ids), 500):
        ids = ",".join(str(int(i)) for i in interview_ids[first : first + 500])
        for r in rows(_SENT.format(ids=ids)):
            sent_at = instant_in(r[1], zones[r[0]])
            if r[0] not in last or sent_at > last[r[0]]:
                last[r[0]] = sent_at
    return last
