"""Calendars: interview invitations in (.ics), follow-up reminders out (.ics)."""

from tactful.calendars.export import calendar_ics, draft_command, event_uid
from tactful.calendars.guess import Guess, company_key, guess_position
from tactful.calendars.importer import (
    Action,
    ImportItem,
    apply_import,
    item_json,
    new_applications,
    prepare_import,
)
from tactful.calendars.invites import Invite, InviteFile, read_invites, resolve_zone
from tactful.calendars.zones import iana_for_windows, windows_zones

__all__ = [
    "Action",
    "Guess",
    "ImportItem",
    "Invite",
    "InviteFile",
    "apply_import",
    "calendar_ics",
    "company_key",
    "draft_command",
    "event_uid",
    "guess_position",
    "iana_for_windows",
    "item_json",
    "new_applications",
    "prepare_import",
    "read_invites",
    "resolve_zone",
    "windows_zones",
]
