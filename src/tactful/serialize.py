"""JSON shapes shared by the CLI's --json and the REST API."""

from __future__ import annotations

from json.encoder import encode_basestring

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from tactful.core import RoundStateRow

    # Types only: `due --json` writes its steps through this module, without the models.
    from tactful.models import Application, FollowUp, Interview, Person, Reply, ThankYouNote
    from tactful.policy import RoundPlan, Step


def person_json(p: Person) -> dict[str, str]:
    return {"name": p.name, "email": p.email}


def step_json(step: Step, lang: str = "en") -> dict[str, Any]:
    return {
        "kind": str(step.kind),
        "channel": str(step.channel),
        "state": str(step.state),
        "earliest": step.earliest.isoformat(),
        "latest": step.latest.isoformat(),
        "reason": step.reason_in(lang),
    }


def plan_json(plan: RoundPlan, lang: str = "en") -> dict[str, Any]:
    iv, app = plan.interview, plan.application
    return {
        "interview_id": iv.id,
        "application_id": app.id,
        "company": app.company,
        "role": app.role,
        "round": iv.round,
        "starts_at": iv.starts_at.isoformat(),
        "state": str(plan.state),
        "advice": plan.advice_in(lang),
        "steps": [step_json(s, lang) for s in plan.steps],
        "thank_you_notes": [n.to_json() for n in plan.thank_you_notes],
    }


def due_json(plan: RoundPlan, step: Step, lang: str = "en") -> dict[str, Any]:
    return {
        "interview_id": plan.interview.id,
        "application_id": plan.application.id,
        "company": plan.application.company,
        "role": plan.application.role,
        "round": plan.interview.round,
        **step_json(step, lang),
    }


def due_json_text(plan: RoundPlan, step: Step, lang: str = "en") -> str:
    """`json.dumps(due_json(plan, step, lang), ensure_ascii=False)`, written directly: `due
    --json` writes one per due step, and building a dict to encode it costs twice as much. A
    test holds the two to the same text."""
    iv, app = plan.interview, plan.application
    return due_round_json_head(iv.id, app.id, app.company, app.role, iv.round) + (
        due_step_json_tail(step, lang)
    )


def due_round_json_head(
    interview_id: int | None, application_id: int | None, company: str, role: str, round_: int
) -> str:
    """The start of `due_json_text`: the round's fields, up to the step's."""
    return (
        f'{{"interview_id": {"null" if interview_id is None else int.__repr__(interview_id)}, '
        '"application_id": '
        f"{'null' if application_id is None else int.__repr__(application_id)}, "
        f'"company": {_string(company)}, "role": {_string(role)}, '
        f'"round": {int.__repr__(round_)}, '
    )


def due_step_json_tail(step: Step, lang: str = "en") -> str:
    """The rest of `due_json_text`: the step's fields, and the closing brace."""
    return (
        f'"kind": {_string(str(step.kind))}, '
        f'"channel": {_string(str(step.channel))}, "state": {_string(str(step.state))}, '
        f'"earliest": {_string(step.earliest.isoformat())}, '
        f'"latest": {_string(step.latest.isoformat())}, '
        f'"reason": {_string(step.reason_in(lang))}}}'
    )


def _number(value: int | None) -> str:
    return "null" if value is None else int.__repr__(value)


_string = encode_basestring
"""A JSON string as json.dumps writes it with ensure_ascii=False (the C encoder)."""


def application_json(app: Application) -> dict[str, Any]:
    return {
        "id": app.id,
        "company": app.company,
        "role": app.role,
        "contact": person_json(app.contact) if app.contact else None,
        "url": app.url,
        "closing_date": app.closing_date.isoformat() if app.closing_date else None,
        "posted_date": app.posted_date.isoformat() if app.posted_date else None,
        "country": app.country,
        "subdivision": app.subdivision,
        "notes": app.notes,
        "requirements": app.requirements,
        "created_at": app.created_at.isoformat() if app.created_at else None,
        "language": app.language,
    }


def follow_up_json(f: FollowUp) -> dict[str, Any]:
    return {
        "id": f.id,
        "kind": str(f.kind),
        "channel": str(f.channel),
        "sent_at": f.sent_at.isoformat(),
        "recipients": [person_json(p) for p in f.recipients],
        "subject": f.subject,
        "body": f.body,
        "message_id": f.message_id,
    }


def reply_json(r: Reply) -> dict[str, Any]:
    return {
        "id": r.id,
        "received_at": r.received_at.isoformat(),
        "outcome": str(r.outcome),
        "note": r.note,
    }


def interview_json(iv: Interview) -> dict[str, Any]:
    return {
        "id": iv.id,
        "application_id": iv.application_id,
        "round": iv.round,
        "starts_at": iv.starts_at.isoformat(),
        "timezone": iv.timezone,
        "duration_minutes": iv.duration_minutes,
        "interviewers": [person_json(p) for p in iv.interviewers],
        "decision_date": iv.decision_date.isoformat() if iv.decision_date else None,
        "timeline": iv.timeline,
        "many_candidates": iv.many_candidates,
        "detail": iv.detail,
        "selling_point": iv.selling_point,
        "forgot": iv.forgot,
        "skipped": [str(k) for k in iv.skipped],
        "ical_uid": iv.ical_uid,
        "ical_sequence": iv.ical_sequence,
        "cancelled": iv.cancelled,
        "follow_ups": [follow_up_json(f) for f in iv.follow_ups],
        "replies": [reply_json(r) for r in iv.replies],
        "thank_you_notes": [note_json(n) for n in iv.notes],
    }


def note_json(n: ThankYouNote) -> dict[str, Any]:
    return {
        "id": n.id,
        "name": n.recipient.name,
        "email": n.recipient.email,
        "state": str(n.state),
        "sent_at": n.sent_at.isoformat() if n.sent_at else None,
        "subject": n.subject,
        "body": n.body,
        "message_id": n.message_id,
    }


def round_json(plan: RoundPlan, lang: str = "en") -> dict[str, Any]:
    """A round with its plan (`tactful interview show --json`)."""
    return {**interview_json(plan.interview), "plan": plan_json(plan, lang)}


def application_detail_json(
    app: Application, plans: list[RoundPlan], lang: str = "en"
) -> dict[str, Any]:
    """An application with its rounds and their plans (`tactful show --json`)."""
    return {**application_json(app), "interviews": [round_json(p, lang) for p in plans]}


def applications_json(apps: list[Application], plans: list[RoundPlan]) -> dict[str, Any]:
    """Every application with its rounds' states (`tactful list --json`)."""
    rounds: dict[int | None, list[dict[str, Any]]] = {}
    for p in plans:
        rounds.setdefault(p.application.id, []).append(
            {"interview_id": p.interview.id, "round": p.interview.round, "state": str(p.state)}
        )
    return {
        "applications": [{**application_json(a), "interviews": rounds.get(a.id, [])} for a in apps]
    }


def application_row_json(r: Sequence[Any]) -> dict[str, Any]:
    """`application_json` of the application `load_applications` makes of the row `r` (its
    `APPLICATION_COLUMNS`), without making it: `tactful list --json` writes every
    application, and the models' dataclasses cost its startup more than reading them. A test
    holds the two to the same JSON."""
    # Here, not at the top: the codec brings zoneinfo, which most users of this module skip.
    from tactful.store.codec import date_in, instant_in

    closing, posted = date_in(r[6]), date_in(r[7])
    return {
        "id": r[0],
        "company": r[1],
        "role": r[2],
        "contact": {"name": r[3], "email": r[4]} if (r[3] or r[4]) else None,
        "url": r[5],
        "closing_date": closing.isoformat() if closing else None,
        "posted_date": posted.isoformat() if posted else None,
        "country": r[8],
        "subdivision": r[9],
        "notes": r[10],
        "requirements": r[11],
        "created_at": instant_in(r[12]).isoformat(),
        "language": r[13],
    }


def application_states_json(
    apps: list[dict[str, Any]], states: list[RoundStateRow]
) -> list[dict[str, Any]]:
    """`applications_json(applications, plans)["applications"]` from each application's JSON
    (`application_json`, `application_row_json`) and its rounds' states alone
    (`Tactful.iter_overview_json`), as `tactful list --json` prints them."""
    rounds: dict[int | None, list[dict[str, Any]]] = {}
    for application_id, interview_id, number, state in states:
        rounds.setdefault(application_id, []).append(
            {"interview_id": interview_id, "round": number, "state": str(state)}
        )
    return [{**app, "interviews": rounds.get(app["id"], [])} for app in apps]
