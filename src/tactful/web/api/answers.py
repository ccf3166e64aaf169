"""What the REST API answers, as typed schemas for OpenAPI: the shapes of `tactful.serialize`
(the CLI's --json), the one error shape, and the errors every route may answer.

Models accept extra keys (`extra="allow"`): a field the CLI's JSON gains later still reaches
API clients, and validation never drops one.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ErrorItem(_Open):
    code: str = Field(description="Stable, kebab-case: required, not-found, too-early…")
    message: str = Field(description="One line saying what was wrong and how to fix it.")
    field: str | None = Field(description="The input it is about, when there is one.")


class ErrorOut(_Open):
    error: ErrorItem = Field(description="The first (or only) problem.")
    errors: list[ErrorItem] = Field(description="Every problem found, at once.")


def _error(description: str) -> dict[str, Any]:
    return {"model": ErrorOut, "description": description}


ERRORS: dict[int | str, dict[str, Any]] = {
    400: _error("The body cannot be read (not UTF-8, or broken)."),
    404: _error("No such application or round (or path)."),
    405: _error("This method does not apply to this path."),
    409: _error("The rules refuse it: a second thank-you, a status inquiry too early…"),
    413: _error("The body is larger than 1 MB."),
    415: _error("The body is not JSON (Content-Type: application/json)."),
    422: _error("Invalid input: each problem names its field."),
}
"""The errors documented on every API route."""


class Created(_Open):
    id: int


class PersonOut(_Open):
    name: str
    email: str


class StepOut(_Open):
    kind: str
    channel: str
    state: str
    earliest: str
    latest: str
    reason: str


class PlanOut(_Open):
    interview_id: int
    application_id: int
    company: str
    role: str
    round: int
    starts_at: str
    state: str
    advice: str
    steps: list[StepOut]


class PlansOut(_Open):
    interviews: list[PlanOut]


class DueItem(StepOut):
    interview_id: int
    application_id: int
    company: str
    role: str
    round: int


class DueOut(_Open):
    due: list[DueItem]


class ApplicationOut(_Open):
    id: int
    company: str
    role: str
    contact: PersonOut | None
    url: str
    closing_date: str | None
    posted_date: str | None
    country: str
    subdivision: str
    notes: str
    requirements: str
    created_at: str | None
    language: str


class RoundState(_Open):
    interview_id: int
    round: int
    state: str


class ApplicationListItem(ApplicationOut):
    interviews: list[RoundState]


class ApplicationsOut(_Open):
    applications: list[ApplicationListItem]
    total: int = Field(description="Applications matching the search and state.")
    page: int
    pages: int
    per_page: int


class FollowUpOut(_Open):
    id: int
    kind: str
    channel: str
    sent_at: str
    recipients: list[PersonOut]
    subject: str
    body: str


class ReplyOut(_Open):
    id: int
    received_at: str
    outcome: str
    note: str


class InterviewOut(_Open):
    id: int
    application_id: int
    round: int
    starts_at: str
    timezone: str
    duration_minutes: int
    interviewers: list[PersonOut]
    decision_date: str | None
    timeline: str
    many_candidates: bool
    detail: str
    selling_point: str
    forgot: str
    skipped: list[str]
    ical_uid: str
    ical_sequence: int
    cancelled: bool
    follow_ups: list[FollowUpOut]
    replies: list[ReplyOut]


class RoundOut(InterviewOut):
    plan: PlanOut


class RoundsOut(_Open):
    interviews: list[InterviewOut]


class ApplicationDetailOut(ApplicationOut):
    interviews: list[RoundOut]


class FindingOut(_Open):
    rule: str
    severity: str
    message: str
    suggestion: str | None = None
    start: int | None = None
    end: int | None = None


class CheckOut(_Open):
    verdict: str = Field(description='"ok", or "revise" when a finding is an error.')
    words: int
    findings: list[FindingOut]
    language: str | None = None
    kind: str | None = None


class RecipientOut(_Open):
    name: str
    email: str
    role: str


class PlaceholderOut(_Open):
    field: str
    text: str
    fix: str = Field(description="How to fill it in through the API.")


class DraftOut(_Open):
    interview_id: int | None
    to: RecipientOut
    subject: str
    body: str
    lang: str
    kind: str
    placeholders: list[PlaceholderOut]
    check: CheckOut | None
    source: str
    notes: list[str]


class DraftsOut(_Open):
    drafts: list[DraftOut]


class AdAnalysisOut(_Open):
    score: int
    words: int
    language: str
    findings: list[dict[str, Any]]


class AdGenerationOut(_Open):
    markdown: str
    html: str
    jsonld: dict[str, Any]


class ProposalOut(_Open):
    id: int
    folder: str
    message_id: str
    sender: str
    subject: str
    received_at: str
    interview_id: int | None
    mail_kind: str = Field(
        description="rejection, invitation, offer, request, acknowledgement, out-of-office, other"
    )
    confidence: float
    confident: bool
    action: str = Field(description="reply, next-round, sent or none")
    details: dict[str, Any]
    has_calendar: bool
    status: str = Field(description="proposed, applied, dismissed or info")
    description: str


class ProposalsOut(_Open):
    proposals: list[ProposalOut]
