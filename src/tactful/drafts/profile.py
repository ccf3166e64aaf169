"""The user's profile: skills and accomplishments that `tactful suggest` matches against a
posting's requirements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tactful.errors import BadInput, no_such

if TYPE_CHECKING:
    from tactful.core import Tactful

PROFILE_KINDS = ("skill", "accomplishment")
MAX_TEXT = 500


@dataclass(frozen=True, slots=True)
class ProfileItem:
    id: int
    kind: str
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "text": self.text}


def profile_items(api: Tactful) -> list[ProfileItem]:
    return [ProfileItem(i, k, t) for i, k, t in api.store.profile()]


def add_profile_item(api: Tactful, kind: str, text: str) -> ProfileItem:
    kind = kind.strip().lower()
    if kind not in PROFILE_KINDS:
        raise BadInput(f"unknown profile item kind {kind!r}: write skill or accomplishment")
    text = " ".join(text.split())
    if not text:
        raise BadInput(
            'a profile item needs its text, such as "PostgreSQL" for a skill',
            code="required",
            field="text",
            values={"kind": kind},
        )
    if len(text) > MAX_TEXT:
        raise BadInput(f"a profile item is at most {MAX_TEXT} characters: shorten it")
    return ProfileItem(int(api.store.add_profile_item(kind, text)), kind, text)


def remove_profile_item(api: Tactful, item_id: int) -> None:
    if not api.store.delete_profile_item(item_id):
        raise no_such("profile-item", item_id)
