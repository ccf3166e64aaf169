"""`--ai`: ask the chat model for the draft, check it, retry once, else keep the template.

The prompt carries the round's facts and the article's own sentences (`tactful.policy.article`).
The answer must start with "Subject: ..."; it goes through the same checker as the templates. On
error-level findings the model is asked once more with the findings as feedback; if the second
answer fails too, the template draft is kept and the reason is given in `Draft.notes`. An
unreachable endpoint, an unknown model or a malformed answer raise `AIError` (one line): the
user asked for AI writing, so tactful says what is wrong instead of silently using a template.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from tactful.checks.model import LENGTH_LIMITS
from tactful.drafts.model import Draft
from tactful.drafts.render import split_subject, tidy
from tactful.errors import BadInput
from tactful.models import StepKind
from tactful.policy import RoundPlan, article
from tactful.text.fences import unwrap_answer

if TYPE_CHECKING:
    from tactful.ai import Message, TextBackend

Checker = Callable[[Draft], dict[str, Any]]
"""Checks a draft's text and returns the report's JSON (`verdict`, `words`, `findings`)."""

_LANGUAGE = {"en": "English", "fr": "French"}

_RULES: dict[StepKind, tuple[str, ...]] = {
    StepKind.THANK_YOU: (
        article.THANK_YOU_IMMEDIATELY,
        article.THANK_YOU_CONTENT,
        article.REFER_TO_INTERVIEW,
        article.NOT_DESPERATE,
        article.PRESSURE,
    ),
    StepKind.STATUS_INQUIRY: (
        article.STATUS_CONTENT,
        article.REFER_TO_INTERVIEW,
        article.NOT_DESPERATE,
        article.PRESSURE,
        article.EMAIL_NOT_CALL,
        article.SHORT_AND_FRIENDLY,
    ),
}
_MUST: dict[StepKind, tuple[str, ...]] = {
    StepKind.THANK_YOU: (
        "thank the recipient for their time meeting you",
        "refer to the specific moment of the interview given below",
        "say you are enthusiastic about the role",
        "restate the key selling point given below",
    ),
    StepKind.STATUS_INQUIRY: (
        "ask politely, in one question, how the hiring process is going",
        "mention the qualification or accomplishment given below, forgotten at the interview",
        "refer to the specific moment of the interview given below",
        "show enthusiasm for the role without sounding desperate",
    ),
}
_NEVER = (
    "never propose a phone call, a meeting or a visit",
    "never pressure: no deadlines, no ultimatums, no 'any update?'",
    "never beg or apologise for writing; no filler such as 'just checking in' or 'touching base'",
    "no ALL CAPS, no exclamation marks in a row, no emoji, at most two questions",
)


def build_messages(draft: Draft, plan: RoundPlan, facts: dict[str, str]) -> list[Message]:
    """The system message (the article's rules, the format) and the user message (the facts)."""
    kind, lang = draft.kind, draft.lang
    label = "thank-you note" if kind is StepKind.THANK_YOU else "status inquiry"
    rules = "\n".join(f"- {sentence}" for sentence in _RULES[kind])
    must = "\n".join(f"- {item}" for item in _MUST[kind])
    never = "\n".join(f"- {item}" for item in _NEVER)
    system = (
        f"You write a job candidate's follow-up email after an interview: a {label}, in "
        f"{_LANGUAGE[lang]}. Follow this advice from a recruiter:\n{rules}\n\n"
        f"The email must:\n{must}\n\nRules:\n{never}\n"
        f"- at most {LENGTH_LIMITS[kind]} words, short and friendly, plain words\n"
        "- open with a greeting that names the recipient and close with a sign-off and the "
        "sender's name\n"
        "- use only the facts given; where a fact is a bracketed placeholder, copy the "
        "placeholder exactly as written\n\n"
        "Answer with the email only: the first line is 'Subject: ' and the subject, then an "
        "empty line, then the body. No commentary before or after."
    )
    iv, app = plan.interview, plan.application
    recipient = draft.to.name if draft.to.role != "team" else "the hiring team"
    lines = [
        f"Company: {app.company}",
        f"Role: {app.role}",
        f"Interview: round {iv.round}, on {iv.starts_at.date().isoformat()}",
        f"Recipient: {recipient}" + (f" ({draft.to.role})" if draft.to.role != "team" else ""),
        f"Sender (sign with this name): {facts['me.name']}",
        f"Specific moment of the interview: {facts['detail']}",
    ]
    if kind is StepKind.THANK_YOU:
        lines.append(f"Key selling point: {facts['selling_point']}")
    else:
        lines.append(f"Qualification forgotten at the interview: {facts['forgot']}")
    lines.append(f"Write the {label} now, in {_LANGUAGE[lang]}.")
    return [{"role": "system", "content": system}, {"role": "user", "content": "\n".join(lines)}]


def feedback_message(errors: list[dict[str, Any]]) -> Message:
    """What the model is told when its draft failed the check."""
    items = "\n".join(
        f"- {f.get('message', '')} {f.get('suggestion', '')}".rstrip() for f in errors
    )
    return {
        "role": "user",
        "content": (
            "A checker found these problems in your email:\n"
            f"{items}\n"
            "Rewrite the whole email to fix them. Same format: 'Subject: ...', an empty line, "
            "then the body."
        ),
    }


def parse_answer(answer: str, template: Draft) -> Draft | None:
    """The model's answer as a draft like `template`, or None when it has no subject line."""
    text = unwrap_answer(answer)
    try:
        subject, body = split_subject(text)
    except BadInput:
        return None
    if not body:
        return None
    present = [p for p in template.placeholders if p.text in text]
    return replace(
        template,
        subject=subject,
        body=tidy(body),
        source="ai",
        placeholders=present,
        check=None,
        notes=list(template.notes),
    )


def ai_draft(
    backend: TextBackend,
    template: Draft,
    plan: RoundPlan,
    facts: dict[str, str],
    check: Checker,
    *,
    on_token: Callable[[str], None] | None = None,
    on_retry: Callable[[str], None] | None = None,
    ignore: frozenset[str] = frozenset(),
) -> Draft:
    """The AI's draft when it passes the check (at the first or second try), else `template`
    with a note saying why. `facts` holds detail, selling_point, forgot and me.name (filled or
    placeholders). Error findings of the rules in `ignore` (the state of the round: too early,
    already sent...) do not count: no rewording fixes them. Raises `tactful.ai.AIError` when
    the endpoint fails."""
    messages = build_messages(template, plan, facts)
    problems: list[dict[str, Any]] = []
    for attempt in (1, 2):
        answer = backend.generate(messages, on_token=on_token)
        draft = parse_answer(answer, template)
        if getattr(backend, "cut_off", False):
            problems = [
                {
                    "rule": "format",
                    "message": "The answer stopped at the length limit, before its end.",
                    "suggestion": "Write a shorter email: the whole of it, ending with the "
                    "sender's name.",
                }
            ]
        elif draft is None:
            problems = [
                {
                    "rule": "format",
                    "message": "The answer does not start with a 'Subject: ...' line.",
                    "suggestion": "Start with 'Subject: ', then an empty line, then the body.",
                }
            ]
        else:
            draft.check = check(draft)
            problems = [
                f
                for f in draft.check.get("findings", [])
                if f.get("severity") == "error"
                and f.get("rule") not in ignore
                and not _kept_placeholder(f, draft)
            ]
            problems += after_signature(draft.body, facts.get("me.name", ""))
            problems += dropped_placeholders(template, draft)
            if not problems:
                return draft
        if attempt == 1:
            if on_retry is not None:
                on_retry(_summary(problems))
            messages = [*messages, {"role": "assistant", "content": answer}]
            messages.append(feedback_message(problems))
    fallback = replace(template, notes=list(template.notes))
    fallback.notes.append(
        f"the AI draft failed the check twice ({_summary(problems)}): showing the template draft"
    )
    return fallback


def _kept_placeholder(finding: dict[str, Any], draft: Draft) -> bool:
    """A leftover-placeholder finding about a fact the user has not recorded, copied as the
    model was told to: no rewording fixes it (recording the fact does), so it asks for no
    retry; the draft keeps it, and sending stays blocked until it is filled."""
    message = str(finding.get("message", ""))
    return finding.get("rule") == "placeholder" and any(
        p.text in message for p in draft.placeholders
    )


def dropped_placeholders(template: Draft, draft: Draft) -> list[dict[str, Any]]:
    """A problem for each fact the user has not recorded (a [placeholder] of the template) that
    the model's draft no longer holds: it wrote something in its place, and what it wrote is
    not a fact anyone gave it ("my ten years of Rust"). Kept, the placeholder blocks sending
    until the user records the fact."""
    kept = {p.text for p in draft.placeholders}
    return [
        {
            "rule": "invented-fact",
            "message": f"The placeholder “{p.text}” is gone: the email states a fact nobody gave.",
            "suggestion": "Copy each bracketed placeholder exactly as written; do not fill it in.",
        }
        for p in template.placeholders
        if p.text not in kept
    ]


def after_signature(body: str, name: str) -> list[dict[str, Any]]:
    """A format problem when the body goes on after the line that signs it with `name` (the
    model's comments to the user: "Feel free to adjust the tone!"), which would be sent."""
    wanted = " ".join(name.split()).casefold()
    if not wanted or wanted.startswith("["):
        return []
    lines = body.splitlines()
    signed = [i for i, line in enumerate(lines) if " ".join(line.split()).casefold() == wanted]
    rest = " ".join(" ".join(lines[signed[-1] + 1 :]).split()) if signed else ""
    if not rest:
        return []
    shown = rest if len(rest) <= 60 else rest[:59] + "…"
    return [
        {
            "rule": "format",
            "message": f"The answer goes on after the signature: “{shown}”.",
            "suggestion": "End the email with the sender's name: no comments or notes after it.",
        }
    ]


def _summary(problems: list[dict[str, Any]]) -> str:
    rules = sorted({str(f.get("rule", "?")) for f in problems})
    return ", ".join(rules)
