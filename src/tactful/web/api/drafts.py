"""/api/v1/rounds/{id}/drafts: `tactful draft --json` over HTTP, in the API's words."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from tactful.errors import BadInput
from tactful.web.api.answers import DraftsOut, ErrorOut
from tactful.web.api.schemas import DraftCreate
from tactful.web.deps import StateDep
from tactful.web.drafting import editor_notes
from tactful.web.i18n import shown, translator
from tactful.web.problems import FieldErrors, Problem, without_cli

router = APIRouter(tags=["drafts"])


def _ai_ready(api: Any) -> bool:
    from tactful.ai import load_ai_settings

    try:
        return load_ai_settings(api.config).configured
    except BadInput:
        return False


def _fix(interview_id: int | None, field: str) -> str:
    """How an API client fills a placeholder in (the CLI prints a command instead)."""
    if field == "me.name":
        return "set your name (me.name) in the settings page"
    return f'PATCH /api/v1/rounds/{interview_id} {{"{field}": "..."}}'


@router.post(
    "/rounds/{interview_id}/drafts",
    response_model=DraftsOut,
    responses={502: {"model": ErrorOut, "description": "The AI endpoint failed."}},
    summary="Draft a round's thank-you notes or status inquiry, checked",
)
async def draft(interview_id: int, body: DraftCreate, state: StateDep) -> dict[str, Any]:
    from tactful.drafts import draft_follow_up, parse_kind
    from tactful.drafts.follow_up import people_of, pick

    plan = await state.plan(interview_id)
    api = state.api
    if body.to is not None:
        try:
            pick(people_of(plan), body.to, interview_id)
        except BadInput:
            raise FieldErrors({"to": Problem("unknown-recipient", {"value": body.to})}) from None
    if body.ai and not _ai_ready(api):
        raise FieldErrors({"ai": Problem("ai-not-configured")})
    drafts = await state.run(
        draft_follow_up,
        api,
        interview_id,
        body.kind,
        lang=body.lang,
        to=body.to,
        ai=body.ai,
        plan=None if body.ai else plan,
    )
    t = translator("en")
    kind = parse_kind(body.kind)
    notes = [t(key, **shown(values, "en")) for key, values in editor_notes(plan, kind, api.now())]
    out = []
    for d in drafts:
        data = d.to_json()
        data["placeholders"] = [
            {**p, "fix": _fix(interview_id, p["field"])} for p in data["placeholders"]
        ]
        # The drafts' own notes speak the command line; the timing one is worded above.
        own = [without_cli(n) for n in d.notes if not n.startswith("too early")]
        data["notes"] = notes + own
        out.append(data)
    return {"drafts": out}
