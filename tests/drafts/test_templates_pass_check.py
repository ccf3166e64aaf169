"""A template that fails its own check is a bug: every kind x language x phrasing x recipient,
with all facts filled, gets verdict "ok" and no error-level finding, at a time its step is due."""

from __future__ import annotations

from datetime import datetime

import pytest

from tactful import Person, StepKind, Tactful
from tactful.drafts import Recipient, check_draft, render_draft, variant_seed

from .conftest import AFTER_INTERVIEW, STATUS_OPEN, make_round

NOW = {
    StepKind.THANK_YOU: datetime.fromisoformat(AFTER_INTERVIEW),
    StepKind.STATUS_INQUIRY: datetime.fromisoformat(STATUS_OPEN),
}
RECIPIENTS = (
    Recipient("Ada Lovelace", "ada@acme.example", "interviewer"),
    Recipient("Hiring team", "", "team"),
    Recipient("", "jobs@acme.example", "contact"),
)
SELLING_POINTS = (
    "my five years of building streaming pipelines",
    "ten years of payroll audits",
)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("kind", [StepKind.THANK_YOU, StepKind.STATUS_INQUIRY])
def test_every_phrasing_passes_the_checker(tactful: Tactful, kind: StepKind, lang: str) -> None:
    plans = [
        tactful.plan(make_round(tactful, selling_point=point, role=role).interview_id)
        for point, role in zip(SELLING_POINTS, ("Data Engineer", "Payroll Analyst"), strict=True)
    ]
    me = Person("Sam Doe", "sam@example.org")
    checked = 0
    for plan in plans:
        seed = variant_seed(plan.application.id, plan.interview.round, kind)
        for recipient in RECIPIENTS:
            for shift in range(3):  # every phrasing of every part (each part has 3)
                draft = render_draft(plan, kind, lang, recipient, seed, me, shift=shift)
                report = check_draft(draft, plan, NOW[kind])
                errors = [f for f in report["findings"] if f["severity"] == "error"]
                assert report["verdict"] == "ok", (draft.text, errors)
                assert errors == []
                warnings = [f["rule"] for f in report["findings"] if f["severity"] == "warning"]
                assert warnings == [], (draft.text, warnings)
                checked += 1
    assert checked == 2 * 3 * 3
