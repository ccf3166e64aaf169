"""What a draft is: who it goes to, its subject and body, and what is still to fill in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from tactful.errors import BadInput
from tactful.models import Person, StepKind

LANGS = ("en", "fr")
Source = Literal["template", "ai"]
RecipientRole = Literal["interviewer", "contact", "team"]

KIND_WORDS: dict[str, StepKind] = {
    "thank-you": StepKind.THANK_YOU,
    "thanks": StepKind.THANK_YOU,
    "status": StepKind.STATUS_INQUIRY,
    "status-inquiry": StepKind.STATUS_INQUIRY,
}


def parse_kind(word: str | StepKind) -> StepKind:
    """'thank-you' or 'status' (also 'status-inquiry') as a StepKind."""
    if isinstance(word, StepKind):
        return word
    try:
        return KIND_WORDS[word.strip().lower()]
    except KeyError:
        raise BadInput(f"unknown draft kind {word!r}: write thank-you or status") from None


def check_lang(lang: str) -> str:
    """en or fr, in any case ("FR" is fr, as `check --lang` and `--language` take it)."""
    lang = lang.strip().lower()
    if lang not in LANGS:
        raise BadInput(f"unknown language {lang!r}: write en or fr")
    return lang


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who a note goes to: an interviewer, the application's contact, or the hiring team."""

    name: str
    email: str = ""
    role: RecipientRole = "interviewer"

    @classmethod
    def of(cls, person: Person, role: RecipientRole) -> Recipient:
        return cls(person.name, person.email, role)

    @property
    def first_name(self) -> str:
        if not self.name.strip() or self.role == "team":
            return ""
        return self.name.split()[0].rstrip(",;:")  # "Acme, Inc." greets "Acme", not "Acme,"

    @property
    def address(self) -> str:
        """'Ada Lovelace <ada@acme.example>', the bare email, or the name."""
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.email or self.name

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "email": self.email, "role": self.role}


@dataclass(frozen=True, slots=True)
class Placeholder:
    """A fact the draft needed and did not have: `text` stands in the draft until `fix` is run."""

    field: str
    text: str
    fix: str

    def to_json(self) -> dict[str, str]:
        return {"field": self.field, "text": self.text, "fix": self.fix}

    @property
    def hint(self) -> str:
        return f"fill {self.text} ({self.field}): {self.fix}"


@dataclass(slots=True)
class Draft:
    """One follow-up email, ready to read, check and send."""

    kind: StepKind
    lang: str
    to: Recipient
    subject: str
    body: str
    interview_id: int | None = None
    sender: Person | None = None
    placeholders: list[Placeholder] = field(default_factory=list)
    source: Source = "template"
    variant: int = 0
    """The phrasing seed: the same round and kind always get the same one."""
    check: dict[str, Any] | None = None
    """The checker's report (`verdict`, `words`, `findings`) once the draft was checked."""
    notes: list[str] = field(default_factory=list)
    """What the user should know: a suggestion used, why the AI draft was not kept."""

    @property
    def text(self) -> str:
        """Subject line, blank line, body: the form the checker and the AI both read."""
        return f"Subject: {self.subject}\n\n{self.body}"

    def findings(self, severity: str | None = None) -> list[dict[str, Any]]:
        found = list((self.check or {}).get("findings", []))
        return [f for f in found if severity is None or f.get("severity") == severity]

    def to_json(self) -> dict[str, Any]:
        return {
            "interview_id": self.interview_id,
            "to": self.to.to_json(),
            "subject": self.subject,
            "body": self.body,
            "lang": self.lang,
            "kind": str(self.kind),
            "placeholders": [p.to_json() for p in self.placeholders],
            "check": self.check,
            "source": self.source,
            "variant": self.variant,
            "notes": list(self.notes),
        }
