"""Lossless export to JSON and import back: everything in the store, ids included."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from tactful.errors import BadInput
from tactful.models import (
    Application,
    Channel,
    FollowUp,
    Interview,
    Outcome,
    Person,
    Reply,
    StepKind,
)
from tactful.serialize import application_json, interview_json

if TYPE_CHECKING:
    from tactful.core import Tactful

FORMAT = "tactful-export"
VERSION = 1


def export_data(api: Tactful) -> dict[str, Any]:
    applications, interviews = api.store.applications(), api.store.interviews()
    by_app: dict[int | None, list[dict[str, Any]]] = {}
    for iv in interviews:
        by_app.setdefault(iv.application_id, []).append(interview_json(iv))
    return {
        "format": FORMAT,
        "version": VERSION,
        "applications": [
            {**application_json(a), "interviews": by_app.get(a.id, [])} for a in applications
        ],
        "profile": [{"id": i, "kind": k, "text": t} for i, k, t in api.store.profile()],
    }


def import_data(api: Tactful, data: Any) -> dict[str, int]:
    """Add everything in an export to the store, in one transaction.

    Into an empty store the ids are kept, so an export imports back to the same export; into a
    store that has data, new ids are given.
    """
    applications, profile = _read(data)
    keep_ids = api.store.is_empty()
    counts = api.store.import_all(applications, profile, keep_ids=keep_ids)
    return counts


def _read(
    data: Any,
) -> tuple[list[tuple[Application, list[Interview]]], list[tuple[int | None, str, str]]]:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BadInput(
            'not a tactful export: expected a JSON object with "format": "tactful-export"'
        )
    if data.get("version") != VERSION:
        raise BadInput(f"unsupported export version {data.get('version')!r}: expected {VERSION}")
    try:
        apps = [
            (_application(a), [_interview(i) for i in a.get("interviews", [])])
            for a in data.get("applications", [])
        ]
        profile = [
            (int(p["id"]) if p.get("id") is not None else None, str(p["kind"]), str(p["text"]))
            for p in data.get("profile", [])
        ]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BadInput(
            f"the export is damaged ({type(exc).__name__}: {exc}); nothing was imported"
        ) from None
    for _, ivs in apps:
        for iv in ivs:
            kinds = [f.kind for f in iv.follow_ups]
            if len(kinds) != len(set(kinds)) or any(
                f.channel is not Channel.EMAIL for f in iv.follow_ups
            ):
                raise BadInput(
                    f"interview {iv.id} in the export breaks the rules (one email of each kind); "
                    "nothing was imported"
                )
    return apps, profile


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _person(value: Any) -> Person:
    return Person(str(value.get("name", "")), str(value.get("email", "")))


def _application(a: dict[str, Any]) -> Application:
    return Application(
        id=int(a["id"]) if a.get("id") is not None else None,
        company=str(a["company"]),
        role=str(a["role"]),
        contact=_person(a["contact"]) if a.get("contact") else None,
        url=str(a.get("url", "")),
        closing_date=_date(a.get("closing_date")),
        posted_date=_date(a.get("posted_date")),
        country=str(a.get("country", "")),
        subdivision=str(a.get("subdivision", "")),
        notes=str(a.get("notes", "")),
        requirements=str(a.get("requirements", "")),
        created_at=datetime.fromisoformat(a["created_at"]) if a.get("created_at") else None,
        language=str(a.get("language", "")),
    )


def _interview(i: dict[str, Any]) -> Interview:
    return Interview(
        id=int(i["id"]) if i.get("id") is not None else None,
        application_id=int(i.get("application_id") or 0),
        round=int(i.get("round", 1)),
        starts_at=datetime.fromisoformat(i["starts_at"]),
        timezone=str(i.get("timezone", "")),
        duration_minutes=int(i.get("duration_minutes", 60)),
        interviewers=[_person(p) for p in i.get("interviewers", [])],
        decision_date=_date(i.get("decision_date")),
        timeline=str(i.get("timeline", "")),
        many_candidates=bool(i.get("many_candidates", False)),
        detail=str(i.get("detail", "")),
        selling_point=str(i.get("selling_point", "")),
        forgot=str(i.get("forgot", "")),
        skipped=[StepKind(k) for k in i.get("skipped", [])],
        ical_uid=str(i.get("ical_uid", "")),
        ical_sequence=int(i.get("ical_sequence", 0)),
        cancelled=bool(i.get("cancelled", False)),
        follow_ups=[
            FollowUp(
                id=f.get("id"),
                kind=StepKind(f["kind"]),
                channel=Channel(f.get("channel", "email")),
                sent_at=datetime.fromisoformat(f["sent_at"]),
                recipients=[_person(p) for p in f.get("recipients", [])],
                subject=str(f.get("subject", "")),
                body=str(f.get("body", "")),
            )
            for f in i.get("follow_ups", [])
        ],
        replies=[
            Reply(
                id=r.get("id"),
                received_at=datetime.fromisoformat(r["received_at"]),
                outcome=Outcome(r.get("outcome", "other")),
                note=str(r.get("note", "")),
            )
            for r in i.get("replies", [])
        ],
    )
