"""/api/v1/checks: `tactful check --json` over HTTP."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from tactful.web.api.answers import CheckOut
from tactful.web.api.schemas import CheckCreate
from tactful.web.deps import StateDep

router = APIRouter(tags=["checks"])


@router.post(
    "/checks",
    response_model=CheckOut,
    summary="Check a follow-up email: findings with exact spans and a verdict",
)
async def check(body: CheckCreate, state: StateDep) -> dict[str, Any]:
    from tactful.checks import EmailContext, check_email, kind_for

    kind = body.kind
    context = None
    if body.interview_id is not None:
        context = EmailContext(plan=await state.plan(body.interview_id), now=state.api.now())
        if kind is None:
            kind = kind_for(context)  # type: ignore[assignment]
    report = await state.run(check_email, body.text, kind=kind, lang=body.lang, context=context)
    return dict(report.to_json())
