"""Follow-up drafts: thank-you notes and status inquiries written from the round's facts.

    from tactful.drafts import draft_follow_up
    drafts = draft_follow_up(api, interview_id, "thank-you", lang="en")   # checked drafts

`render_draft` is the pure template step; `suggest_forgot` the pure "what to mention" step;
`to_eml` / `to_mailto` turn a draft into something a mail client opens.
"""

from tactful.drafts.follow_up import (
    check_draft,
    draft_follow_up,
    forgot_suggestions,
    recipients_for,
    timing_note,
)
from tactful.drafts.formats import FORMATS, to_eml, to_mailto, to_message, write_eml_files
from tactful.drafts.model import Draft, Placeholder, Recipient, parse_kind
from tactful.drafts.phrasing import Chooser, variant_seed
from tactful.drafts.profile import (
    PROFILE_KINDS,
    ProfileItem,
    add_profile_item,
    profile_items,
    remove_profile_item,
)
from tactful.drafts.render import draft_facts, render_draft
from tactful.drafts.suggest import Suggestion, suggest_forgot

__all__ = [
    "FORMATS",
    "PROFILE_KINDS",
    "Chooser",
    "Draft",
    "Placeholder",
    "ProfileItem",
    "Recipient",
    "Suggestion",
    "add_profile_item",
    "check_draft",
    "draft_facts",
    "draft_follow_up",
    "forgot_suggestions",
    "parse_kind",
    "profile_items",
    "recipients_for",
    "remove_profile_item",
    "render_draft",
    "suggest_forgot",
    "timing_note",
    "to_eml",
    "to_mailto",
    "to_message",
    "variant_seed",
    "write_eml_files",
]
