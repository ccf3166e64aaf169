"""What went wrong, as data the web can word in English or French: a stable `code`, the `field`
it is about, and the values its message needs.

The core words its errors for the command line ("run 'tactful list'", "--anyway"). The web
never shows those words: it keys its own catalogue on the error's code (`error.<code>` in
`i18n/*.json`) and falls back to the core's message, cleared of command-line advice, only for a
code it does not know yet.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tactful.errors import BadInput, NotFound, Refused, TactfulError


@dataclass(frozen=True)
class Problem:
    """One problem: `code` keys the message (`error.<code>`), `values` fill it in; `text` is the
    English fallback when the catalogue has no such code."""

    code: str
    values: Mapping[str, Any] = field(default_factory=dict)
    text: str = ""
    words: str = ""
    """The catalogue entry to word it with (`error.<words>`) when it is not the code's own: the
    core's code stays what clients key on, the words fit where it happened."""

    def english(self) -> str:
        from tactful.web.i18n import error_translator

        return error_translator("en")(self)


class FieldErrors(BadInput):
    """Input refused field by field, every problem at once: {"company": Problem("required")}."""

    def __init__(self, problems: Mapping[str, Problem | str]) -> None:
        self.problems: dict[str, Problem] = {
            name: p if isinstance(p, Problem) else Problem("invalid", text=p)
            for name, p in problems.items()
        }
        first_field, first = next(iter(self.problems.items()))
        message = "; ".join(f"{k}: {p.english()}" for k, p in self.problems.items())
        super().__init__(message, code=first.code, field=first_field)

    @property
    def errors(self) -> dict[str, Problem]:
        return self.problems


class WebError(TactfulError):
    """An error the web words itself, with the HTTP status it answers."""

    def __init__(
        self,
        status: int,
        problem: Problem,
        *,
        field: str | None = None,
    ) -> None:
        super().__init__(problem.english(), code=problem.code, field=field)
        self.status = status
        self.problem = problem


def not_found(what: str, ident: object) -> WebError:
    """404 for an application or round that does not exist (any more)."""
    return WebError(404, Problem(f"{what}-not-found", {"id": ident}))


def status_of(exc: TactfulError) -> int:
    if isinstance(exc, WebError):
        return exc.status
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, Refused):
        return 409
    from tactful.ai import AIError

    if isinstance(exc, AIError):
        return 502
    return 422


def problems_of(exc: TactfulError) -> dict[str | None, Problem]:
    """Every problem an error holds, by field (None: about no one field)."""
    if isinstance(exc, FieldErrors):
        return dict(exc.problems.items())
    if isinstance(exc, WebError):
        return {exc.field: exc.problem}
    return {exc.field: core_problem(exc)}


def core_problem(exc: TactfulError) -> Problem:
    """A core error as a problem to word: its code, its values, its text for a code the
    catalogues lack; a code said of several things ("too-large" for an email, an ad, a request)
    is worded by its entry for that thing (error.too-large.email) when there is one."""
    from tactful.web.i18n import catalogue

    what = exc.values.get("what")
    words = f"{exc.code}.{what}" if f"error.{exc.code}.{what}" in catalogue("en") else ""
    return Problem(exc.code, exc.values, text=exc.message, words=words)


def error_body(exc: TactfulError, say: Callable[[Problem], str]) -> dict[str, Any]:
    """The API's one error shape: {"error": {code, message, field}, "errors": [every one]}."""
    items = [
        {"code": p.code, "message": say(p), "field": name} for name, p in problems_of(exc).items()
    ]
    return {"error": items[0], "errors": items}


def http_body(
    status: int, say: Callable[[Problem], str], values: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The same shape for an HTTP error raised outside the app's code (404, 405, 413, …)."""
    problem = Problem(HTTP_CODES.get(status, f"http-{status}"), values or {})
    item = {"code": problem.code, "message": say(problem), "field": None}
    return {"error": item, "errors": [item]}


HTTP_CODES = {
    400: "bad-request",
    401: "login-required",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    406: "not-acceptable",
    413: "too-large",
    415: "json-only",
    422: "invalid",
    429: "too-many-requests",
}

# Command-line advice inside a core message: "; run 'tactful list' to see the ids",
# "(see tactful plan)", "add --anyway to record it", "give --company and --role", "'-' for stdin".
_CLI_CLAUSE = re.compile(
    r"""[;:,(]?\s*
        (?:[^;:,.()"]*?\b(?:run|see|use|with|add|give|try|set|record\ your\ own\ with)\s+)?
        (?:'?tactful\s[^;:,.()"']*'?
          |--[a-z][a-z-]*(?:\s+(?:and|or)\s+--[a-z][a-z-]*)*
          |'-'\ for\ stdin)
        [^;:.()"]*\)?""",
    re.VERBOSE,
)


def without_cli(message: str) -> str:
    """A core message with its command-line advice taken out: the web has buttons instead."""
    cleaned = _CLI_CLAUSE.sub("", message)
    cleaned = re.sub(r"\s+([;:,.])(?![\w.])", r"\1", cleaned)  # not before ".ics"
    cleaned = re.sub(r"[;:,]\s*$", "", cleaned.strip())
    return " ".join(cleaned.split())


FIELD_ALIASES = {"starts_at": "at", "duration": "duration_minutes", "decision_by": "decision_date"}
"""The core's names of a few inputs, as the forms and the API name them."""


def on_its_field(exc: TactfulError) -> TactfulError:
    """A core refusal about one input (it carries `field`) as a problem next to that input;
    any other error as it is."""
    if isinstance(exc, FieldErrors | WebError) or not exc.field:
        return exc
    name = FIELD_ALIASES.get(exc.field, exc.field)
    return FieldErrors({name: core_problem(exc)})
