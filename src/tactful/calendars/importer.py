"""Importing invitations: decide what each event does (create, update, cancel, nothing), then do it.

Two steps so that a front end can show the guessed applications and ask before creating them:

    items = prepare_import(api, read_invites(...), application_id=None)
    for guess in new_applications(items): ...confirm or correct...
    done = apply_import(api, items, rename={old_guess: corrected_guess})

An event is matched to a round by its UID: a higher SEQUENCE updates that round, METHOD:CANCEL
(or STATUS:CANCELLED) cancels it; importing the same invitation twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import tzinfo
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tactful.calendars.guess import Guess, company_key, guess_position
from tactful.calendars.invites import Invite, InviteFile
from tactful.clock import zone_named
from tactful.errors import BadInput
from tactful.models import Interview
from tactful.serialize import person_json

if TYPE_CHECKING:
    from tactful.records import Records


class Action(StrEnum):
    CREATE = "created"
    UPDATE = "updated"
    CANCEL = "cancelled"
    UNCHANGED = "unchanged"
    IGNORED = "ignored"


@dataclass(frozen=True, slots=True)
class ImportItem:
    invite: Invite
    action: Action
    interview_id: int | None = None
    application_id: int | None = None
    guess: Guess | None = None
    """For a new round without --application: the application it goes to, or one to create."""
    note: str = ""
    application_created: bool = False
    company: str = ""
    role: str = ""


def prepare_import(
    api: Records, invite_file: InviteFile, *, application_id: int | None = None
) -> list[ImportItem]:
    """What importing these events would do; nothing is written."""
    if application_id is not None:
        target = api.application(application_id)
    me_email, me_name = api.config.get("me.email"), api.config.get("me.name")
    applications = api.applications() if application_id is None else []
    items: list[ImportItem] = []
    for invite in _latest_per_uid(invite_file.invites):
        if invite_file.is_answer:
            items.append(
                ImportItem(
                    invite,
                    Action.IGNORED,
                    note=f"it is an answer to an invitation (METHOD:{invite_file.method}: an "
                    "attendee accepting or declining), not an invitation",
                )
            )
            continue
        existing: Interview | None = api.store.interview_by_uid(invite.uid)
        if existing is not None:
            items.append(_against(invite, existing))
        elif invite.cancelled:
            items.append(
                ImportItem(
                    invite,
                    Action.IGNORED,
                    note="it cancels an interview tactful does not know (never imported): "
                    "nothing to do",
                )
            )
        elif application_id is not None:
            items.append(
                ImportItem(
                    invite, Action.CREATE, application_id=application_id,
                    company=target.company, role=target.role,
                )
            )  # fmt: skip
        else:
            guess = guess_position(
                invite, me_email=me_email, me_name=me_name, applications=applications
            )
            items.append(
                ImportItem(
                    invite, Action.CREATE, application_id=guess.application_id, guess=guess,
                    company=guess.company, role=guess.role,
                )
            )  # fmt: skip
    return items


def new_applications(items: list[ImportItem]) -> list[Guess]:
    """The applications an import would create, each once."""
    found: list[Guess] = []
    for item in items:
        guess = item.guess
        new = item.action is Action.CREATE and item.application_id is None
        if new and guess is not None and guess not in found:
            found.append(guess)
    return found


def apply_import(
    api: Records, items: list[ImportItem], *, rename: Mapping[Guess, Guess] | None = None
) -> list[ImportItem]:
    """Write the import; `rename` replaces guesses the user corrected. Returns what was done.

    Every event is checked before anything is written, and the new applications are created
    before any round: creating one is the write the rules may still refuse (the configured
    holiday region, say), and a refusal then leaves nothing half-imported.
    """
    rename = rename or {}
    guesses: dict[int, Guess] = {}
    for index, item in enumerate(items):
        if item.action is Action.CREATE and item.application_id is None:
            guess = rename.get(item.guess, item.guess) if item.guess else None
            if guess is None or not guess.complete:
                raise BadInput(
                    f"cannot tell which company and role the invitation "
                    f"{item.invite.summary or item.invite.uid!r} is for: add --application ID "
                    "(see 'tactful list'; create one with 'tactful application add')"
                )
            guesses[index] = guess
    with api.atomic():  # a database error part-way leaves nothing half-imported
        targets = _applications_for(api, items, guesses)
        done: list[ImportItem] = []
        me_email = api.config.get("me.email")
        for index, item in enumerate(items):
            invite = item.invite
            people = invite.interviewers(me_email)
            # 14:00 in Paris stays 14:00 Europe/Paris, whatever the zone of this computer.
            starts_at = invite.starts_at.astimezone(_zone_of(invite, api.zone))
            if item.action is Action.CREATE:
                app_id, new = targets.get(index, (item.application_id, False))
                assert app_id is not None  # checked above
                guess = guesses.get(index)
                interview_id = api.add_interview(
                    app_id,
                    at=starts_at,
                    duration_minutes=invite.duration_minutes,
                    interviewers=people,
                    ical_uid=invite.uid,
                    ical_sequence=invite.sequence,
                )
                done.append(
                    replace(
                        item, interview_id=interview_id, application_id=app_id,
                        application_created=new,
                        company=guess.company if guess else item.company,
                        role=guess.role if guess else item.role,
                    )
                )  # fmt: skip
            elif item.action is Action.UPDATE:
                assert item.interview_id is not None
                # An update that names nobody keeps the interviewers already recorded.
                named = {"interviewers": people} if people else {}
                api.edit_interview(
                    item.interview_id,
                    starts_at=starts_at,
                    duration_minutes=invite.duration_minutes,
                    ical_sequence=invite.sequence,
                    cancelled=False,
                    **named,
                )
                done.append(_named(api, item))
            elif item.action is Action.CANCEL:
                assert item.interview_id is not None
                api.edit_interview(item.interview_id, cancelled=True, ical_sequence=invite.sequence)
                done.append(_named(api, item))
            else:
                done.append(_named(api, item) if item.application_id is not None else item)
    return done


def _applications_for(
    api: Records, items: list[ImportItem], guesses: Mapping[int, Guess]
) -> dict[int, tuple[int, bool]]:
    """For each guessed event: its application id, and whether it was created now (each new
    company and role once, even when several events name it)."""
    created: dict[tuple[str, str], int] = {}
    targets: dict[int, tuple[int, bool]] = {}
    for index, guess in guesses.items():
        key = (company_key(guess.company), guess.role.casefold().strip())
        app_id = guess.application_id or created.get(key)
        if app_id is not None:
            targets[index] = (app_id, False)
            continue
        created[key] = api.add_application(
            company=guess.company,
            role=guess.role,
            notes=f"Created from the invitation {items[index].invite.summary!r}.",
        )
        targets[index] = (created[key], True)
    return targets


def item_json(item: ImportItem, me_email: str = "") -> dict[str, Any]:
    invite = item.invite
    return {
        "action": str(item.action),
        "uid": invite.uid,
        "sequence": invite.sequence,
        "interview_id": item.interview_id,
        "application_id": item.application_id,
        "application_created": item.application_created,
        "company": item.company,
        "role": item.role,
        "summary": invite.summary,
        "starts_at": invite.starts_at.isoformat(),
        "invite_timezone": invite.zone,
        "duration_minutes": invite.duration_minutes,
        "interviewers": [person_json(p) for p in invite.interviewers(me_email)],
        "guess_basis": item.guess.basis if item.guess and item.guess.application_id is None else "",
        "note": item.note,
    }


def _latest_per_uid(invites: list[Invite]) -> list[Invite]:
    """One event per UID (an update may repeat it): the highest SEQUENCE, the later on a tie."""
    chosen: dict[str, Invite] = {}
    for invite in invites:
        kept = chosen.get(invite.uid)
        if kept is None or invite.sequence >= kept.sequence:
            chosen[invite.uid] = invite
    return sorted(chosen.values(), key=lambda i: (i.starts_at, i.line))


def _against(invite: Invite, existing: Interview) -> ImportItem:
    base = ImportItem(
        invite, Action.UNCHANGED, interview_id=existing.id, application_id=existing.application_id
    )
    stored = existing.ical_sequence
    if invite.sequence < stored:
        return replace(
            base,
            action=Action.IGNORED,
            note=f"an older version (SEQUENCE {invite.sequence}) of an invitation already "
            f"imported at SEQUENCE {stored}",
        )
    if invite.cancelled:
        if existing.cancelled:
            return replace(base, note="already cancelled")
        return replace(base, action=Action.CANCEL, note="the organizer cancelled it")
    if invite.sequence > stored:
        note = "rescheduled or changed by the organizer"
        if existing.cancelled:
            note = "invited again after a cancellation"
        return replace(base, action=Action.UPDATE, note=note)
    return replace(base, note=f"already imported (SEQUENCE {stored})")


def _named(api: Records, item: ImportItem) -> ImportItem:
    assert item.application_id is not None
    app = api.application(item.application_id)
    return replace(item, company=app.company, role=app.role)


def _zone_of(invite: Invite, default: tzinfo) -> tzinfo:
    """The invitation's own time zone; the user's for floating or UTC times (a UTC time says
    nothing about where the interview happens)."""
    if invite.zone and invite.zone not in ("floating", "UTC"):
        try:
            return zone_named(invite.zone)
        except BadInput:
            return default
    return default
