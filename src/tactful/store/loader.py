"""Reading the whole store into model values with plain, portable SQL.

One loader serves two executors: SQLAlchemy (every command) and the stdlib sqlite3 fast path
that read commands use to start quickly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tactful.models import (
    Application,
    Channel,
    FollowUp,
    Interview,
    NoteState,
    Outcome,
    Person,
    Reply,
    StepKind,
    ThankYouNote,
)
from tactful.store.codec import date_in, instant_in, people_in
from tactful.store.columns import APPLICATION_COLUMNS as APPLICATION_COLUMNS
from tactful.store.columns import INTERVIEW_COLUMNS as INTERVIEW_COLUMNS

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from typing import Any, TypeAlias

    Rows: TypeAlias = Callable[[str], Sequence[Sequence[Any]]]
    """How a loader runs a query: SQL in, rows out."""


def _where(column: str, value: int | None) -> str:
    return f" WHERE {column} = {int(value)}" if value is not None else ""


def _between(column: str, span: tuple[int, int]) -> str:
    return f" WHERE {column} BETWEEN {int(span[0])} AND {int(span[1])}"


def load_applications(
    rows: Rows, application_id: int | None = None, *, between: tuple[int, int] | None = None
) -> list[Application]:
    """Every application, one, or those whose ids lie `between` two (inclusive)."""
    where = _between("id", between) if between is not None else _where("id", application_id)
    sql = f"SELECT {APPLICATION_COLUMNS} FROM applications{where} ORDER BY id"
    return [
        Application(
            id=r[0],
            company=r[1],
            role=r[2],
            contact=Person(r[3], r[4]) if (r[3] or r[4]) else None,
            url=r[5],
            closing_date=date_in(r[6]),
            posted_date=date_in(r[7]),
            country=r[8],
            subdivision=r[9],
            notes=r[10],
            requirements=r[11],
            created_at=instant_in(r[12]),
            language=r[13],
        )
        for r in rows(sql)
    ]


def load_interviews(
    rows: Rows,
    *,
    interview_id: int | None = None,
    application_id: int | None = None,
    between: tuple[int, int] | None = None,
) -> list[Interview]:
    """Every round, one, an application's, or those of the applications whose ids lie
    `between` two (inclusive); ordered by application and round."""
    where = _where("id", interview_id) or _where("application_id", application_id)
    if between is not None:
        where = _between("application_id", between)
    sql = f"SELECT {INTERVIEW_COLUMNS} FROM interviews{where} ORDER BY application_id, round"
    found = {r[0]: _interview(r) for r in rows(sql)}
    if not found:
        return []
    child_where = _where("interview_id", interview_id)
    if between is not None:
        child_where = f" WHERE interview_id IN (SELECT id FROM interviews{where})"
    elif application_id is not None and interview_id is None:
        ids = ",".join(str(i) for i in found)
        child_where = f" WHERE interview_id IN ({ids})"
    _add_children(rows, found, child_where)
    return list(found.values())


def _interview(r: Sequence[Any]) -> Interview:
    return Interview(
        id=r[0],
        application_id=r[1],
        round=r[2],
        starts_at=instant_in(r[3], r[4]),
        timezone=r[4],
        duration_minutes=r[5],
        decision_date=date_in(r[6]),
        timeline=r[7],
        many_candidates=bool(r[8]),
        detail=r[9],
        selling_point=r[10],
        forgot=r[11],
        skipped=[StepKind(k) for k in r[12].split(",") if k],
        ical_uid=r[13],
        ical_sequence=r[14],
        cancelled=bool(r[15]),
    )


def _add_children(rows: Rows, found: dict[int, Interview], child_where: str) -> None:
    """Each round's interviewers, follow-ups, replies and thank-you notes, in order."""
    for r in rows(
        f"SELECT interview_id, name, email FROM interviewers{child_where} "
        "ORDER BY interview_id, position"
    ):
        if (iv := found.get(r[0])) is not None:
            iv.interviewers.append(Person(r[1], r[2]))
    for r in rows(
        "SELECT id, interview_id, kind, channel, sent_at, recipients, subject, body, message_id "
        f"FROM follow_ups{child_where} ORDER BY id"
    ):
        if (iv := found.get(r[1])) is not None:
            iv.follow_ups.append(
                FollowUp(
                    id=r[0],
                    interview_id=r[1],
                    kind=StepKind(r[2]),
                    channel=Channel(r[3]),
                    sent_at=instant_in(r[4], iv.timezone),
                    recipients=people_in(r[5]),
                    subject=r[6],
                    body=r[7],
                    message_id=r[8],
                )
            )
    for r in rows(
        f"SELECT id, interview_id, received_at, outcome, note FROM replies{child_where} ORDER BY id"
    ):
        if (iv := found.get(r[1])) is not None:
            iv.replies.append(
                Reply(
                    id=r[0],
                    interview_id=r[1],
                    received_at=instant_in(r[2], iv.timezone),
                    outcome=Outcome(r[3]),
                    note=r[4],
                )
            )
    for r in rows(
        "SELECT id, interview_id, name, email, state, sent_at, subject, body, message_id "
        f"FROM thank_you_notes{child_where} ORDER BY id"
    ):
        if (iv := found.get(r[1])) is not None:
            iv.notes.append(
                ThankYouNote(
                    id=r[0],
                    interview_id=r[1],
                    recipient=Person(r[2], r[3]),
                    state=NoteState(r[4]),
                    sent_at=instant_in(r[5], iv.timezone) if r[5] else None,
                    subject=r[6],
                    body=r[7],
                    message_id=r[8],
                )
            )
