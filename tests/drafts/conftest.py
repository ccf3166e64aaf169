"""A round with every fact recorded, made through the public API on the test's fresh home."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tactful import Person, Tactful

ADA = "Ada Lovelace <ada@acme.example>"
GRACE = "Grace Hopper <grace@acme.example>"
DETAIL = "your plan to move billing to event sourcing"
SELLING = "my five years of building streaming pipelines"
FORGOT = "I led the migration of 40 services to Kubernetes"
INTERVIEW_AT = "2026-11-20 10:00"
AFTER_INTERVIEW = "2026-11-20T15:00:00+01:00"
"""Inside the thank-you window, before the status inquiry window."""
STATUS_OPEN = "2026-11-27T12:00:00+01:00"
"""Inside the status inquiry window (a week after the interview: 27 to 30 November)."""


@dataclass
class Round:
    application_id: int
    interview_id: int


@pytest.fixture
def tactful() -> Iterator[Tactful]:
    api = Tactful.open()
    yield api
    api.close()


def make_round(
    api: Tactful,
    *,
    company: str = "Acme",
    role: str = "Data Engineer",
    interviewers: tuple[str, ...] = (ADA, GRACE),
    detail: str = DETAIL,
    selling_point: str = SELLING,
    forgot: str = FORGOT,
    contact: str | None = None,
) -> Round:
    app_id = api.add_application(
        company=company,
        role=role,
        contact=Person.parse(contact) if contact else None,
    )
    iv_id = api.add_interview(
        app_id,
        at=INTERVIEW_AT,
        interviewers=[Person.parse(p) for p in interviewers],
        detail=detail,
        selling_point=selling_point,
        forgot=forgot,
    )
    return Round(app_id, iv_id)


@pytest.fixture
def full_round(tactful: Tactful) -> Round:
    return make_round(tactful)
