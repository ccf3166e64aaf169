"""Request bodies of the REST API, named by role (`ApplicationCreate`, `RoundUpdate`, …).

Responses are the dictionaries of `tactful.serialize`, the same JSON as the CLI's --json; their
shapes are in `tactful.web.api.answers`.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["thank-you", "status", "status-inquiry"]
Outcome = Literal["offer", "rejection", "next-round", "other"]
Language = Literal["", "en", "fr"]


class PersonIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field("", max_length=300)
    email: str = Field("", max_length=300)


PersonField = str | PersonIn


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ApplicationCreate(_Strict):
    company: str = Field(description="The employer.", max_length=300)
    role: str = Field(description="The job title.", max_length=300)
    closing_date: date | None = Field(None, description="When applications close.")
    posted_date: date | None = None
    country: str | None = Field(
        None,
        description="ISO 3166 code whose public holidays count (default: config country).",
        max_length=8,
    )
    subdivision: str | None = Field(
        None, description="State or region for holidays.", max_length=16
    )
    language: Language = Field(
        "", description='Language of its emails: "en", "fr", or "" for the configured one.'
    )
    contact: PersonField | None = Field(
        None, description='"Name <email>", "Name, email" or {name, email}.'
    )
    url: str = Field("", description="The posting's address (https:// added when missing).")
    notes: str = ""
    requirements: str = Field("", description="The posting's requirements, as text.")


class ApplicationUpdate(_Strict):
    company: str | None = Field(None, max_length=300)
    role: str | None = Field(None, max_length=300)
    closing_date: date | None = None
    posted_date: date | None = None
    country: str | None = Field(None, max_length=8)
    subdivision: str | None = Field(None, max_length=16)
    language: Language | None = None
    contact: PersonField | None = None
    url: str | None = None
    notes: str | None = None
    requirements: str | None = None


class RoundCreate(_Strict):
    at: str = Field(description='Start: "YYYY-MM-DD HH:MM" (offset optional).')
    timezone: str | None = Field(None, description="IANA zone of `at` (default: config).")
    duration_minutes: int = Field(60, ge=1, le=1440)
    interviewers: list[PersonField] = Field(default_factory=list)
    decision_date: date | None = Field(None, description="The employer's decision date.")
    timeline: str = Field("", description='What they said: "two weeks", "d\'ici vendredi".')
    many_candidates: bool = False
    detail: str = Field("", description="A specific moment of the interview to refer to.")
    selling_point: str = ""
    forgot: str = Field("", description="A qualification you forgot to bring up.")


class RoundUpdate(_Strict):
    at: str | None = None
    timezone: str | None = None
    duration_minutes: int | None = Field(None, ge=1, le=1440)
    interviewers: list[PersonField] | None = None
    decision_date: date | None = None
    timeline: str | None = None
    many_candidates: bool | None = None
    detail: str | None = None
    selling_point: str | None = None
    forgot: str | None = None


class SentCreate(_Strict):
    kind: Kind
    at: str | None = Field(
        None, description="When it went out (default: now); not before the interview, not later."
    )
    subject: str = ""
    body: str = ""
    anyway: bool = Field(False, description="Record a status email sent before its window.")


class SkipCreate(_Strict):
    kind: Kind


class ReplyCreate(_Strict):
    at: str | None = Field(
        None, description="When it came (default: now); after the interview, not later than now."
    )
    outcome: Outcome = "other"
    note: str = ""


class DraftCreate(_Strict):
    kind: Kind
    lang: Literal["en", "fr"] | None = Field(
        None, description="Default: the application's language, else config lang, else en."
    )
    to: str | None = Field(None, description="Only the note to this person (name or email).")
    ai: bool = Field(False, description="Let the configured AI model write it (checked).")


class CheckCreate(_Strict):
    text: str = Field(description="The email: 'Subject: …', a blank line, then the body.")
    kind: Kind | None = Field(None, description="Default: generic checks, or the step due.")
    lang: Literal["en", "fr"] | None = Field(None, description="Default: detected.")
    interview_id: int | None = Field(None, description="Check against this round.")


class AdAnalysisCreate(_Strict):
    text: str = Field(description="The ad: plain text, Markdown or HTML.")
    format: Literal["text", "markdown", "html"] | None = Field(
        None, description="Default: guessed."
    )
    lang: Literal["en", "fr"] | None = Field(None, description="Default: detected.")
    jurisdictions: list[str] = Field(
        default_factory=list, description="FR, DE, EU, US-CO… Default: the ad's location."
    )
