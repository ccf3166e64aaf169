"""Request bodies of the REST API, named by role (`ApplicationCreate`, `RoundUpdate`, …).

Responses are the dictionaries of `tactful.serialize`, the same JSON as the CLI's --json; their
shapes are in `tactful.web.api.answers`.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from tactful.validation import MAX_LINE, MAX_TEXT

Kind = Literal["thank-you", "status", "status-inquiry"]
Outcome = Literal["offer", "rejection", "next-round", "other"]
Language = Literal["", "en", "fr"]

LINE = r"^[^\r\n]*$"
"""One line (the forms refuse line breaks there)."""
FILLED_LINE = r"^[^\r\n]*\S[^\r\n]*$"
"""One line with something in it."""
FILLED = r"^[\s\S]*\S[\s\S]*$"
"""Anything but blank."""
INSTANT = r"^\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\s*$"
"""An ISO 8601 date and time ("2026-11-25 14:00", offset optional)."""
SHORT, LONG = MAX_LINE, MAX_TEXT


class _Strict(BaseModel):
    # Python's regular expressions, as the schema's examples are drawn with them too.
    model_config = ConfigDict(extra="forbid", regex_engine="python-re")


class PersonIn(_Strict):
    name: str = Field("", max_length=SHORT, pattern=LINE)
    email: str = Field("", max_length=SHORT, pattern=LINE)


PersonText = Annotated[str, Field(max_length=SHORT, pattern=LINE)]
PersonField = PersonText | PersonIn


class ApplicationCreate(_Strict):
    company: str = Field(description="The employer.", max_length=SHORT, pattern=FILLED_LINE)
    role: str = Field(description="The job title.", max_length=SHORT, pattern=FILLED_LINE)
    closing_date: date | None = Field(None, description="When applications close.")
    posted_date: date | None = None
    country: str | None = Field(
        None,
        description="ISO 3166 code whose public holidays count (default: config country).",
        max_length=8,
        pattern=LINE,
    )
    subdivision: str | None = Field(
        None, description="State or region for holidays.", max_length=16, pattern=LINE
    )
    language: Language = Field(
        "", description='Language of its emails: "en", "fr", or "" for the configured one.'
    )
    contact: PersonField | None = Field(
        None, description='"Name <email>", "Name, email" or {name, email}.'
    )
    url: str = Field(
        "",
        description="The posting's address (https:// added when missing).",
        max_length=2000,
        pattern=LINE,
    )
    notes: str = Field("", max_length=LONG)
    requirements: str = Field(
        "", description="The posting's requirements, as text.", max_length=LONG
    )


class ApplicationUpdate(_Strict):
    company: str | None = Field(None, max_length=SHORT, pattern=FILLED_LINE)
    role: str | None = Field(None, max_length=SHORT, pattern=FILLED_LINE)
    closing_date: date | None = None
    posted_date: date | None = None
    country: str | None = Field(None, max_length=8, pattern=LINE)
    subdivision: str | None = Field(None, max_length=16, pattern=LINE)
    language: Language | None = None
    contact: PersonField | None = None
    url: str | None = Field(None, max_length=2000, pattern=LINE)
    notes: str | None = Field(None, max_length=LONG)
    requirements: str | None = Field(None, max_length=LONG)


Interviewer = PersonField
Zone = Field(None, description="IANA zone of `at` (default: config).", max_length=64, pattern=LINE)


class RoundCreate(_Strict):
    at: str = Field(description='Start: "YYYY-MM-DD HH:MM" (offset optional).', pattern=INSTANT)
    timezone: str | None = Zone
    duration_minutes: int = Field(60, ge=1, le=1440)
    interviewers: list[Interviewer] = Field(default_factory=list, max_length=50)
    decision_date: date | None = Field(None, description="The employer's decision date.")
    timeline: str = Field(
        "",
        description='What they said: "two weeks", "d\'ici vendredi".',
        max_length=SHORT,
        pattern=LINE,
    )
    many_candidates: bool = False
    detail: str = Field(
        "", description="A specific moment of the interview to refer to.", max_length=LONG
    )
    selling_point: str = Field("", max_length=LONG)
    forgot: str = Field("", description="A qualification you forgot to bring up.", max_length=LONG)


class RoundUpdate(_Strict):
    at: str | None = Field(None, pattern=INSTANT)
    timezone: str | None = Zone
    duration_minutes: int | None = Field(None, ge=1, le=1440)
    interviewers: list[Interviewer] | None = Field(None, max_length=50)
    decision_date: date | None = None
    timeline: str | None = Field(None, max_length=SHORT, pattern=LINE)
    many_candidates: bool | None = None
    detail: str | None = Field(None, max_length=LONG)
    selling_point: str | None = Field(None, max_length=LONG)
    forgot: str | None = Field(None, max_length=LONG)


class SentCreate(_Strict):
    kind: Kind
    at: str | None = Field(
        None,
        description="When it went out (default: now); not before the interview, not later.",
        pattern=INSTANT,
    )
    subject: str = Field("", max_length=SHORT)
    body: str = Field("", max_length=LONG)
    anyway: bool = Field(False, description="Record a status email sent before its window.")
    to: str | None = Field(
        None,
        description="A thank-you: only this person's note (name or email); without it, every "
        "interviewer's note at once. The round's thank-you is sent once every note is sent "
        "or skipped.",
        max_length=SHORT,
        pattern=FILLED_LINE,
    )


class SkipCreate(_Strict):
    kind: Kind
    to: str | None = Field(
        None,
        description="A thank-you: only this person's note (name or email).",
        max_length=SHORT,
        pattern=FILLED_LINE,
    )


class ReplyCreate(_Strict):
    at: str | None = Field(
        None,
        description="When it came (default: now); after the interview, not later than now.",
        pattern=INSTANT,
    )
    outcome: Outcome = "other"
    note: str = Field("", max_length=LONG)


class DraftCreate(_Strict):
    kind: Kind
    lang: Literal["en", "fr"] | None = Field(
        None, description="Default: the application's language, else config lang, else en."
    )
    to: str | None = Field(
        None,
        description="Only the note to this person (name or email).",
        max_length=SHORT,
        pattern=FILLED_LINE,
    )
    ai: bool = Field(False, description="Let the configured AI model write it (checked).")


class CheckCreate(_Strict):
    text: str = Field(
        description="The email: 'Subject: …', a blank line, then the body.", pattern=FILLED
    )
    kind: Kind | None = Field(None, description="Default: generic checks, or the step due.")
    lang: Literal["en", "fr"] | None = Field(None, description="Default: detected.")
    interview_id: int | None = Field(None, description="Check against this round.")


Jurisdiction = Annotated[str, Field(pattern=r"^\s*(EU|eu|[A-Za-z]{2}([-_][A-Za-z0-9]{1,3})?)\s*$")]


class AdAnalysisCreate(_Strict):
    text: str = Field(description="The ad: plain text, Markdown or HTML.", pattern=FILLED)
    format: Literal["text", "markdown", "html"] | None = Field(
        None, description="Default: guessed."
    )
    lang: Literal["en", "fr"] | None = Field(None, description="Default: detected.")
    jurisdictions: list[Jurisdiction] = Field(
        default_factory=list,
        description="FR, DE, EU, US-CO… Default: the ad's location.",
        max_length=50,
    )


Text = Annotated[str, Field(max_length=LONG, pattern=FILLED)]
Line = Annotated[str, Field(max_length=SHORT, pattern=FILLED_LINE)]


class CompanySpec(_Strict):
    name: Line
    url: str | None = Field(None, max_length=2000, pattern=LINE)
    description: Text | None = None
    logo: str | None = Field(None, max_length=2000, pattern=LINE)


class LocationSpec(_Strict):
    workplace: Literal["on-site", "hybrid", "remote"]
    city: Line | None = None
    region: Line | None = None
    postal_code: Line | None = None
    street: Line | None = None
    country: str | None = Field(None, pattern=r"^[A-Za-z]{2}$")
    remote_countries: list[Annotated[str, Field(pattern=r"^[A-Za-z]{2}$")]] = Field(
        default_factory=list, max_length=50
    )
    note: Line | None = None


class PaySpec(_Strict):
    currency: str = Field(pattern=r"^[A-Za-z]{3}$")
    min: float = Field(gt=0, le=1e12)
    max: float = Field(gt=0, le=1e12)
    period: Literal["HOUR", "DAY", "WEEK", "MONTH", "YEAR"]


class RequirementsSpec(_Strict):
    must: list[Line] = Field(min_length=1, max_length=50)
    nice: list[Line] = Field(default_factory=list, max_length=50)


class ProcessSpec(_Strict):
    steps: list[Line] = Field(min_length=1, max_length=50)
    timeline: Line | None = None
    reply_within_days: int = Field(10, ge=1, le=90)


class ApplySpec(_Strict):
    url: str | None = Field(None, max_length=2000, pattern=LINE)
    email: str | None = Field(None, max_length=SHORT, pattern=LINE)
    instructions: Text | None = None


class AdSpecCreate(_Strict):
    """The spec of docs/examples/ad-spec.toml, as JSON."""

    language: Literal["en", "fr"] = "en"
    title: Line
    company: Line | CompanySpec
    summary: Text
    employment_type: Literal[
        "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM",
        "OTHER",
    ] = "FULL_TIME"  # fmt: skip
    date_posted: date | None = Field(None, description="Default: today.")
    closing_date: date
    identifier: Line | None = None
    direct_apply: bool | None = None
    location: LocationSpec
    pay: PaySpec
    responsibilities: list[Line] = Field(min_length=1, max_length=50)
    requirements: RequirementsSpec
    benefits: list[Line] = Field(default_factory=list, max_length=50)
    process: ProcessSpec
    apply: ApplySpec
