"""/api/v1/ads: the job-ad studio over HTTP."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body

from tactful.web.api.answers import AdAnalysisOut, AdGenerationOut
from tactful.web.api.schemas import AdAnalysisCreate, AdSpecCreate
from tactful.web.deps import StateDep
from tactful.web.problems import FieldErrors, Problem

router = APIRouter(tags=["ads"])

SPEC_EXAMPLE = {
    "language": "en",
    "title": "Backend Engineer",
    "company": {"name": "Northwind Clinics"},
    "summary": "You will build the services behind our booking app.",
    "closing_date": "2027-01-15",
    "responsibilities": ["Design, build and run our booking services."],
    "location": {"workplace": "hybrid", "city": "Denver", "region": "CO", "country": "US"},
    "pay": {"currency": "USD", "min": 115000, "max": 135000, "period": "YEAR"},
    "requirements": {"must": ["Three years building web services."]},
    "process": {"steps": ["A 30-minute call."], "reply_within_days": 10},
    "apply": {"url": "https://northwind.example/jobs/backend-engineer"},
}


@router.post(
    "/ads/analysis",
    response_model=AdAnalysisOut,
    summary="Analyse a job ad: score, gender coding, findings with spans",
)
async def analysis(body: AdAnalysisCreate, state: StateDep) -> dict[str, Any]:
    from tactful.ads import analyse_ad

    if not body.text.strip():
        raise FieldErrors({"text": Problem("required")})
    report = await state.run(
        analyse_ad,
        body.text,
        today=state.api.now().date(),
        lang=body.lang,
        jurisdictions=body.jurisdictions,
        source_format=body.format,
    )
    return dict(report.to_json())


@router.post(
    "/ads/generation",
    response_model=AdGenerationOut,
    summary="Write an ad and its JobPosting JSON-LD from a spec",
    description="The body is the spec of docs/examples/ad-spec.toml as a JSON object. "
    "Beyond its schema: a city and a country unless remote (then remote_countries), a URL or "
    "an email to apply, pay.max at least pay.min, closing_date not before date_posted. "
    "Answers the ad as Markdown and as an HTML page, and the JSON-LD.",
)
async def generation(
    state: StateDep, body: AdSpecCreate = Body(examples=[SPEC_EXAMPLE])
) -> dict[str, Any]:
    from tactful.web.studio import generate_from_spec, spec_problems

    spec = body.model_dump(mode="json", exclude_none=True)
    today = state.api.now().date()
    if problems := spec_problems(spec, today):
        raise FieldErrors(problems)
    generated = await state.run(generate_from_spec, spec, today)
    generated.pop("jsonld_text")
    return generated
