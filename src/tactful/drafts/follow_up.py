"""Drafting a round's follow-up from the store: who it goes to, which facts, which phrasing,
the check, and (with `ai=True`) the AI's version."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tactful.drafts.model import Draft, Recipient, check_lang, parse_kind
from tactful.drafts.phrasing import variant_seed
from tactful.drafts.profile import profile_items
from tactful.drafts.render import draft_facts, render_draft
from tactful.drafts.suggest import Suggestion, suggest_forgot
from tactful.models import Person, StepKind, recipient_key
from tactful.policy import RoundPlan
from tactful.policy.notes import find_recipient

if TYPE_CHECKING:
    from tactful.core import Tactful

TEAM_NAMES = {"en": "Hiring team", "fr": "Équipe de recrutement"}


def default_lang(api: Tactful, plan: RoundPlan | None = None) -> str:
    """The application's own language when it has one, else `config lang`, else English: a
    French application gets French emails whatever language the user reads tactful in."""
    if plan is not None and plan.application.language:
        return plan.application.language
    return api.config.get("lang") or "en"


def me_of(api: Tactful) -> Person | None:
    """The user, from `config me.name` and `me.email` (None when neither is set)."""
    name, email = api.config.get("me.name").strip(), api.config.get("me.email").strip()
    return Person(name, email) if name or email else None


def people_of(plan: RoundPlan) -> list[Recipient]:
    """Everyone a note of this round may go to: the interviewers, then the contact. An
    interviewer recorded twice (the same email, or the same name without one) is one person,
    as for the round's thank-you notes (`tactful.policy.notes.expected_recipients`)."""
    unique: dict[str, Person] = {}
    for person in plan.interview.interviewers:
        if person.name or person.email:
            unique.setdefault(recipient_key(person), person)
    found = [Recipient.of(p, "interviewer") for p in unique.values()]
    contact = plan.application.contact
    if contact is not None and not any(_same(contact, r) for r in found):
        found.append(Recipient.of(contact, "contact"))
    return found


def _same(person: Person, recipient: Recipient) -> bool:
    if person.email and recipient.email:
        return person.email.casefold() == recipient.email.casefold()
    return bool(person.name) and person.name.casefold() == recipient.name.casefold()


def recipients_for(
    plan: RoundPlan, kind: StepKind, lang: str, to: str | None = None
) -> list[Recipient]:
    """Who gets a note.

    Thank-you: each interviewer gets their own; with none recorded, the application's contact,
    else the hiring team. Status inquiry: one note only (several people receiving the same
    nudge is the "too many emails" the article warns about): the contact, else the first
    interviewer, else the hiring team. `to` picks one person by name or email (case-insensitive).
    """
    people = people_of(plan)
    if to is not None and to.strip():
        return [pick(people, to, plan.interview.id)]
    interviewers = [r for r in people if r.role == "interviewer"]
    contact = [r for r in people if r.role == "contact"]
    team = [Recipient(TEAM_NAMES[lang], "", "team")]
    if kind is StepKind.THANK_YOU:
        return interviewers or contact or team
    return (contact or interviewers or team)[:1]


def pick(people: list[Recipient], wanted: str, interview_id: int | None) -> Recipient:
    """The one person `wanted` names: a full name or email, else a unique part of a name (as
    `tactful.policy.notes.find_recipient` reads it for the round's notes)."""
    chosen = find_recipient([Person(r.name, r.email) for r in people], wanted, interview_id)
    return next(r for r in people if (r.name, r.email) == (chosen.name, chosen.email))


def timing_note(plan: RoundPlan, kind: StepKind, now: datetime) -> str | None:
    """One line when a status inquiry is drafted before its window opens."""
    if kind is not StepKind.STATUS_INQUIRY:
        return None
    step = plan.step(kind)
    if now < step.earliest:
        return (
            f"too early: the status inquiry window opens on {step.earliest.date().isoformat()} "
            f"(see tactful plan); keep this draft until then"
        )
    return None


def profile_texts(api: Tactful) -> list[str]:
    """The profile's texts, accomplishments first: the article asks for "qualifications or
    accomplishments", and an accomplishment makes the more telling sentence."""
    items = sorted(profile_items(api), key=lambda i: (i.kind != "accomplishment", i.id))
    return [item.text for item in items]


def forgot_suggestions(api: Tactful, plan: RoundPlan) -> list[Suggestion]:
    """Profile items that meet a requirement of the posting the interview notes never mention."""
    iv = plan.interview
    return suggest_forgot(
        plan.application.requirements, profile_texts(api), [iv.detail, iv.selling_point, iv.forgot]
    )


def check_draft(draft: Draft, plan: RoundPlan | None, now: datetime | None) -> dict[str, Any]:
    """The checker's report on a draft (its subject line and body), as JSON."""
    from tactful.checks import EmailContext, check_email

    report = check_email(
        draft.text, kind=str(draft.kind), lang=draft.lang, context=EmailContext(plan=plan, now=now)
    )
    return dict(report.to_json())


def round_rules() -> frozenset[str]:
    """The checker's rules about the state of the round (timing, already sent, answered),
    as opposed to the words of the email."""
    from tactful.checks import registered_rules

    return frozenset(rule.id for rule in registered_rules() if rule.needs_plan)


def draft_follow_up(
    api: Tactful,
    interview_id: int,
    kind: StepKind | str,
    *,
    lang: str | None = None,
    to: str | None = None,
    ai: bool = False,
    on_token: Callable[[str], None] | None = None,
    on_retry: Callable[[str], None] | None = None,
    plan: RoundPlan | None = None,
) -> list[Draft]:
    """The checked drafts of one round's follow-up, one per recipient.

    `kind` is 'thank-you' or 'status' (or a StepKind); `lang` defaults to the application's
    language, else `config lang`, else 'en'; `to` picks one recipient. With `ai`, the
    configured AI backend writes the drafts (streaming through `on_token`; `on_retry` hears why
    a first answer is retried) and the template is kept when the AI's text fails the check
    twice. Each draft carries its check report and the notes the user should read
    (placeholders are in `draft.placeholders`). `plan`, when the caller already has the round's
    plan (the web app's snapshot), saves planning it again. Raises BadInput (unknown interview,
    kind, language or recipient) and, with `ai`, `tactful.ai.AIError` when the endpoint fails.
    """
    step_kind = parse_kind(kind)
    if plan is None or plan.interview.id != interview_id:
        plan = api.plan(interview_id)
    language = check_lang(lang or default_lang(api, plan))
    now = api.now()
    me = me_of(api)
    recipients = recipients_for(plan, step_kind, language, to)
    notes: list[str] = []
    if note := timing_note(plan, step_kind, now):
        notes.append(note)
    forgot: str | None = None
    if step_kind is StepKind.STATUS_INQUIRY and not plan.interview.forgot.strip():
        suggestions = forgot_suggestions(api, plan)
        if suggestions:
            top = suggestions[0]
            forgot = top.text
            notes.append(
                f"no 'forgot' recorded: using your profile's {top.text!r}, which meets the "
                f"requirement {top.requirement!r} (record your own with tactful interview edit "
                f'{interview_id} --forgot "...")'
            )
    backend = None
    if ai:
        from tactful.ai import configured_backend
        from tactful.drafts.ai_writer import ai_draft

        backend = configured_backend(api)
        facts, _ = draft_facts(plan, step_kind, language, me, forgot=forgot)
        ignore = round_rules()
    seed = variant_seed(plan.application.id, plan.interview.round, step_kind)
    drafts = []
    for shift, recipient in enumerate(recipients):
        draft = render_draft(
            plan, step_kind, language, recipient, seed, me,
            shift=shift, forgot=forgot, home=api.settings.home,
        )  # fmt: skip
        draft.notes.extend(notes)
        if backend is not None:
            draft = ai_draft(
                backend,
                draft,
                plan,
                facts,
                lambda d: check_draft(d, plan, now),
                on_token=on_token,
                on_retry=on_retry,
                ignore=ignore,
            )
        if draft.check is None:
            draft.check = check_draft(draft, plan, now)
        drafts.append(draft)
    return drafts
