"""`Tactful.iter_due` (the due steps planned from a few values per round) gives exactly the
steps of `Tactful.due()` (whole plans), in the same order once sorted as `due_steps` sorts:
the same kinds, states, windows (and their zones), channels and reasons in both languages, on
a generated store, at several moments, in batches of any size."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest

from due_store import NOW, fill
from tactful import Tactful
from tactful.models import StepKind, StepState
from tactful.policy import Step

if TYPE_CHECKING:
    from tactful.policy.due import RoundValues

Seen = tuple[int | None, str, str, str, str, str, str, str]


def _seen(interview_id: int | None, step: Step) -> Seen:
    return (
        interview_id,
        str(step.kind),
        str(step.state),
        step.earliest.isoformat(),
        step.latest.isoformat(),
        str(step.channel),
        step.reason_in("en"),
        step.reason_in("fr"),
    )


def _lean(api: Tactful, batch: int) -> list[Seen]:
    found: list[tuple[RoundValues, Step]] = [
        item for steps in api.iter_due(batch) for item in steps
    ]
    found.sort(key=lambda rs: (rs[1].state is StepState.LATE, rs[1].latest, rs[1].kind))
    return [_seen(r[0], step) for r, step in found]


@pytest.fixture(scope="module")
def moments() -> list[str]:
    return [(NOW + timedelta(days=days)).isoformat() for days in (-40, -10, 0, 3, 9, 30)]


def test_iter_due_gives_the_steps_of_due(moments: list[str]) -> None:
    with Tactful.open(now=NOW) as api:
        fill(api, 60)
    checked = 0
    for now in moments:
        with Tactful.open(now=now) as api:
            expected = [_seen(p.interview.id, step) for p, step in api.due()]
            for batch in (1, 7, 0):
                assert _lean(api, batch) == expected
            checked += len(expected)
    assert checked > 50  # the store has due steps to compare, of both kinds
    with Tactful.open(now=NOW) as api:
        kinds = {(str(s.kind), str(s.state)) for _, s in api.due()}
    assert len(kinds) >= 3


def test_an_empty_store_has_nothing_due() -> None:
    with Tactful.open(now=NOW) as api:
        assert list(api.iter_due()) == []
        api.add_application(company="Acme", role="Engineer")
        assert list(api.iter_due()) == [[]]


def test_a_later_round_supersedes_when_answered_not_when_cancelled() -> None:
    """Answered rounds are read only to decide superseding: the first round's status inquiry
    is not due while its answered second round supersedes it, and is when that round is
    cancelled instead (the steps always as `due()`, from whole plans, gives them)."""
    start = NOW - timedelta(days=30)
    with Tactful.open(now=NOW) as api:
        for later in ("answered", "cancelled", "open"):
            app = api.add_application(company=f"Acme {later}", role="Engineer")
            first = api.add_interview(app, at=start, timezone="Europe/Paris")
            api.record_sent(first, StepKind.THANK_YOU, at=start + timedelta(hours=2))
            second = api.add_interview(app, at=start + timedelta(days=2), timezone="UTC")
            if later == "answered":
                api.record_reply(second, at=start + timedelta(days=3))
            elif later == "cancelled":
                api.edit_interview(second, cancelled=True)
        expected = [_seen(p.interview.id, step) for p, step in api.due()]
        assert _lean(api, 0) == expected
        assert _lean(api, 1) == expected
        firsts = {seen[0] for seen in expected if seen[1] == "status-inquiry"}
        # Round 3: the first of the application whose later round is cancelled; round 6: the
        # later round left open (it supersedes round 5). Round 1 is superseded by round 2.
        assert firsts == {3, 6}
