"""What every rule module shares: the analysis context and the raw hits rules return."""

from __future__ import annotations

from tactful.text.values import Frozen, Record

TYPE_CHECKING = False  # typing is not imported at run time (it costs startup)
if TYPE_CHECKING:
    from datetime import date


class Context(Frozen):
    """What every ad rule is told besides the text: the language, jurisdictions and today."""

    __slots__ = _fields = ("lang", "jurisdictions", "today")
    lang: str
    jurisdictions: tuple[str, ...]
    today: date

    def __init__(self, lang: str, jurisdictions: tuple[str, ...], today: date) -> None:
        setter = object.__setattr__  # a read-only record's fields (tactful.text.values)
        setter(self, "lang", lang)
        setter(self, "jurisdictions", jurisdictions)
        setter(self, "today", today)


class Hit(Record):
    """A rule's finding before it is mapped to the source: offsets into the analysed text."""

    __slots__ = _fields = (
        "rule",
        "start",
        "end",
        "message",
        "severity",
        "suggestion",
        "replacement",
    )
    rule: str
    start: int | None
    end: int | None
    message: str | None
    """Replaces the rule's message (e.g. to quote the words found)."""
    severity: str | None
    suggestion: str | None
    replacement: str | None

    def __init__(
        self,
        rule: str,
        start: int | None = None,
        end: int | None = None,
        message: str | None = None,
        severity: str | None = None,
        suggestion: str | None = None,
        replacement: str | None = None,
    ) -> None:
        self.rule = rule
        self.start = start
        self.end = end
        self.message = message
        self.severity = severity
        self.suggestion = suggestion
        self.replacement = replacement
