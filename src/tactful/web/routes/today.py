"""Today: what is due or late, most urgent first, one card per round with what can be done
right there (mark as sent, skip, record the reply, add the next round), and what comes next."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from tactful.models import StepKind
from tactful.policy import RoundPlan, Step
from tactful.web.deps import CSRF_SLOT, ViewDep
from tactful.web.notes import NoteView, find_note, note_views, per_person, summary
from tactful.web.proposals import proposal_view, refused_words
from tactful.web.views import COMING_DAYS, coming_next

router = APIRouter()
SHOWN = 50
"""Cards on Today before "show all": the most urgent come first, and a long backlog stays light."""
UNDOABLE = {"sent": "unsend", "skipped": "unskip", "note-sent": "unsend", "note-skipped": "unskip"}


@dataclass(frozen=True)
class Card:
    """One round on Today, with its steps to act on (both, when both are due)."""

    plan: RoundPlan
    steps: tuple[Step, ...]

    @property
    def state(self) -> str:
        return "late" if any(str(s.state) == "late" for s in self.steps) else "due"

    @property
    def notes(self) -> list[NoteView]:
        """Each interviewer's thank-you note, when the round has several people to thank."""
        return per_person(self.plan)


def cards(due: list[tuple[RoundPlan, Step]]) -> list[Card]:
    """Due steps grouped by round, in the order of each round's most urgent step."""
    order: list[int] = []
    grouped: dict[int, tuple[RoundPlan, list[Step]]] = {}
    for plan, step in due:
        key = plan.interview.id or 0
        if key not in grouped:
            order.append(key)
            grouped[key] = (plan, [])
        grouped[key][1].append(step)
    return [Card(grouped[k][0], tuple(grouped[k][1])) for k in order]


@router.get("/", response_class=HTMLResponse)
async def today(
    view: ViewDep,
    all: bool = False,
    done: str = "",
    round: int = 0,
    kind: str = "",
    who: str = "",
    why: str = "",
) -> HTMLResponse:
    snapshot = await view.state.current()
    gate = view.request.app.state.gate
    # The page is drawn once per snapshot and language, for every reader: its forms carry a
    # slot that each answer fills with the reader's CSRF token. Only the undo message differs.
    whole = ("today-page", snapshot.key, view.lang, all, gate.locked, view.session.user)
    if not done and (page := view.state.fragments.get(whole)) is not None:
        return view.respond(page)
    key = ("today", snapshot.key, view.lang, all)
    body = view.state.fragments.get(key)
    if body is None:
        every = cards(snapshot.due())
        body = view.html(
            "today_list.html",
            cards=every if all else every[:SHOWN],
            card_count=len(every),
            coming=coming_next(snapshot.plans, snapshot.now),
            coming_days=COMING_DAYS,
            rounds=len(snapshot.plans),
            csrf=CSRF_SLOT,
            notes_summary=lambda notes: summary(notes, view.t),
        )
        view.state.fragments[key] = body
    # Proposals from the inbox live in the store: a new one changes the snapshot's key.
    waiting = await view.state.proposals(snapshot)
    zone = view.state.api.zone
    proposals = [
        proposal_view(
            p, snapshot.plan(p.interview_id or 0), view.t, zone=zone, lang=view.lang, year=view.year
        )
        for p in waiting
    ]
    refused = refused_words(why, view.t) if done == "proposal-refused" else ""
    undo = None
    if done in UNDOABLE and kind in tuple(StepKind) and (plan := snapshot.plan(round)):
        undo = {"plan": plan, "kind": kind, "action": UNDOABLE[done], "done": done, "note": None}
        if done.startswith("note-"):
            # One person's note: undo that one, and name them (as the round knows them).
            undo["note"] = find_note(note_views(plan), who)
            if undo["note"] is None:
                undo = None
    now = snapshot.now.astimezone(view.state.api.zone)
    page = view.shared_html(
        "today.html",
        body=body,
        now=now,
        undo=undo,
        done=done,
        proposals=proposals,
        refused=refused,
    )
    if not done:
        view.state.fragments[whole] = page
    return view.respond(page)
