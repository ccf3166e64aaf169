"""Render a follow-up from its Jinja2 template: pure apart from reading the template files.

Templates live in `tactful/drafts/templates/<lang>/<kind>.j2`; a file of the same relative path
under `$TACTFUL_HOME/templates/` replaces the built-in one. A template renders a first line
`Subject: ...`, a blank line, then the body.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from tactful.drafts.model import Draft, Placeholder, Recipient, check_lang
from tactful.drafts.phrasing import Chooser
from tactful.errors import BadInput
from tactful.models import Person, StepKind
from tactful.policy import RoundPlan
from tactful.policy.wording import weekday

BUILT_IN = Path(__file__).resolve().parent / "templates"

_MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ),
}  # fmt: skip

PLACEHOLDERS: dict[str, dict[str, str]] = {
    "en": {
        "detail": "[a moment from the interview]",
        "selling_point": "[your key selling point]",
        "forgot": "[a qualification you did not mention]",
        "me.name": "[your name]",
    },
    "fr": {
        "detail": "[un moment précis de l'entretien]",
        "selling_point": "[votre principal atout]",
        "forgot": "[une qualification non mentionnée]",
        "me.name": "[votre nom]",
    },
}
NEEDS: dict[StepKind, tuple[str, ...]] = {
    StepKind.THANK_YOU: ("detail", "selling_point"),
    StepKind.STATUS_INQUIRY: ("detail",),
}
"""The interview facts each kind of email is built on (the article's list for each). The status
inquiry mentions a forgotten qualification only when there is one: the article says to mention
those "you might have forgotten", and a placeholder would invent one the candidate never had."""


def leftover_placeholders(text: str) -> list[str]:
    """The placeholders tactful put in a draft (in either language) still in `text`: what the
    user has yet to fill in before sending."""
    return [p for lang in PLACEHOLDERS.values() for p in lang.values() if p in text]


def template_name(lang: str, kind: StepKind) -> str:
    return f"{lang}/{kind}.j2"


def fix_command(field: str, interview_id: int | None) -> str:
    """The command that records a missing fact."""
    if field == "me.name":
        return 'tactful config set me.name "..."'
    option = "--" + field.replace("_", "-")
    which = interview_id if interview_id is not None else "ID"
    return f'tactful interview edit {which} {option} "..."'


def format_day(day: date, lang: str) -> str:
    """'November 20' / '20 novembre' ('1er novembre')."""
    month = _MONTHS[lang][day.month - 1]
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month}"
    return f"{month} {day.day}"


def format_weekday(day: date, lang: str) -> str:
    return weekday(day, lang)


_VOWELS = frozenset("aeiouàâäéèêëîïôöùûüœæ")
_MUTE_H = (
    "hab", "hér", "hist", "hom", "hon", "hop", "hôp", "hor", "hôt", "huis", "hum", "hyd", "hyg",
)  # fmt: skip
"""Starts of French words whose h is mute (l'hôtesse, d'horticulteur); elsewhere an h is
aspirated or English (de Head of Data)."""


def elides(word: str) -> bool:
    """Whether French elides "de", "le", "que" before `word`: a vowel or a mute h."""
    folded = word.strip().casefold()
    if not folded:
        return False
    return folded[0] in _VOWELS or folded.startswith(_MUTE_H)


def de(word: str) -> str:
    """ "de Data engineer", "d'Ingénieure données" (French elision)."""
    word = word.strip()
    return f"d'{word}" if elides(word) else f"de {word}"


def clean_fact(text: str) -> str:
    """A note as it goes into a sentence: one line, no closing full stop."""
    return " ".join(text.split()).rstrip(" .;,!")


def draft_facts(
    plan: RoundPlan, kind: StepKind, lang: str, me: Person | None, *, forgot: str | None = None
) -> tuple[dict[str, str], list[Placeholder]]:
    """The facts a draft is written from (detail, selling_point, forgot, me.name), with a
    visible placeholder for each one this kind needs and the round lacks."""
    iv = plan.interview
    facts = {
        "detail": clean_fact(iv.detail),
        "selling_point": clean_fact(iv.selling_point),
        "forgot": clean_fact(forgot if forgot is not None else iv.forgot),
        "me.name": (me.name.strip() if me else ""),
    }
    placeholders: list[Placeholder] = []
    for field in (*NEEDS[kind], "me.name"):
        if not facts[field]:
            text = PLACEHOLDERS[lang][field]
            facts[field] = text
            placeholders.append(Placeholder(field, text, fix_command(field, iv.id)))
    return facts, placeholders


def environment(home: Path | None) -> Any:
    """A Jinja2 environment reading `home/templates` first, then the built-in templates."""
    import jinja2

    loaders: list[jinja2.BaseLoader] = []
    if home is not None:
        loaders.append(jinja2.FileSystemLoader(str(home / "templates")))
    loaders.append(jinja2.FileSystemLoader(str(BUILT_IN)))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def render_draft(
    plan: RoundPlan,
    kind: StepKind,
    lang: str,
    recipient: Recipient,
    variant: int,
    me: Person | None,
    *,
    shift: int = 0,
    forgot: str | None = None,
    home: Path | None = None,
) -> Draft:
    """The template draft of one follow-up to one recipient.

    `variant` is the phrasing seed (see `tactful.drafts.phrasing.variant_seed`), `shift` moves
    every part to its next phrasing (one per recipient), `forgot` replaces the recorded `forgot`
    (a suggestion), `home` is where user templates override the built-in ones.
    """
    lang = check_lang(lang)
    iv, app = plan.interview, plan.application
    facts, placeholders = draft_facts(plan, kind, lang, me, forgot=forgot)
    choose = Chooser(variant, shift)
    values = {
        "kind": str(kind),
        "lang": lang,
        "company": app.company.strip(),
        "role": app.role.strip(),
        "day": format_day(iv.starts_at.date(), lang),
        "weekday": format_weekday(iv.starts_at.date(), lang),
        "round": iv.round,
        "recipient": recipient,
        "name": recipient.name if recipient.role != "team" else "",
        "first_name": recipient.first_name,
        "team": recipient.role == "team",
        "detail": facts["detail"],
        "selling_point": facts["selling_point"],
        "forgot": facts["forgot"],
        "me": facts["me.name"],
        "choose": choose,
        "de": de,
    }
    text = _render(home, template_name(lang, kind), values)
    subject, body = split_subject(text, template_name(lang, kind))
    body = tidy(body, join=True)
    return Draft(
        kind=kind,
        lang=lang,
        to=recipient,
        subject=subject,
        body=body,
        interview_id=iv.id,
        sender=me,
        placeholders=placeholders,
        source="template",
        variant=variant,
    )


def _render(home: Path | None, name: str, values: dict[str, Any]) -> str:
    import jinja2

    try:
        return str(environment(home).get_template(name).render(**values))
    except jinja2.TemplateNotFound as exc:
        raise BadInput(f"no template {exc.name}: restore it or remove your override") from None
    except jinja2.TemplateError as exc:
        line = getattr(exc, "lineno", None)
        where = f" line {line}" if line else ""
        raise BadInput(
            f"template {name}{where} cannot be rendered: {exc.message or exc}; "
            f"fix it (yours are in $TACTFUL_HOME/templates)"
        ) from None


_SUBJECT_RE = re.compile(r"^\s*(?:subject|objet)\s*:\s*(?P<subject>.*)$", re.IGNORECASE)


def split_subject(text: str, origin: str = "the text") -> tuple[str, str]:
    """('subject', 'body') from 'Subject: subject' (or 'Objet : …') on the first line, then the
    body."""
    lines = text.strip().splitlines()
    match = _SUBJECT_RE.match(lines[0]) if lines else None
    if match is None or not match["subject"].strip():
        raise BadInput(f"{origin} must start with a line 'Subject: ...'")
    return " ".join(match["subject"].split()), tidy("\n".join(lines[1:]))


_BULLET_RE = re.compile(r"^[-*•]\s")


def tidy(body: str, *, join: bool = False) -> str:
    """Single spaces, no trailing blanks, at most one empty line between paragraphs.

    With `join` (templates), the lines of a paragraph become one line, except after a line that
    ends with a comma (a greeting, a sign-off) or before a bullet: template authors write one
    sentence per line and the email gets flowing paragraphs.
    """
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in body.strip().splitlines()]
    if join:
        joined: list[str] = []
        for line in lines:
            previous = joined[-1] if joined else ""
            if line and previous and not previous.endswith(",") and not _BULLET_RE.match(line):
                joined[-1] = f"{previous} {line}"
            else:
                joined.append(line)
        lines = joined
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = re.sub(r" ([.,])", r"\1", text)
    return text.strip()
