"""The server's long-lived objects kept out of the cyclic garbage collector's full passes.

A full collection walks every object the collector tracks, and while it runs no request is
served. With the web stack loaded (FastAPI, pydantic, Jinja, SQLAlchemy) and 1,000 rounds
planned, one pass took 65–130 ms on the benchmark machine, in the middle of the load: that is
Today's slow hundredth (docs/benchmarks.md). What exists once the app has started (modules,
classes, routes, compiled templates) lives as long as the process, so it is collected once and
then frozen (`gc.freeze`, as CPython's documentation suggests for servers): later passes walk
only what was made since (20–80 ms in the same benchmark). Nothing is leaked: garbage is
collected before the freeze, and frozen objects are still freed by reference counting.

What the first requests would load anyway is loaded before the freeze (`warm_up`): the
pages' templates, every country's holiday rules (the `holidays` package, 470 modules, imported
by the first plan) and, for one user's home, the plans of every round and the calendar feed.
Left to the first requests, they were made after the freeze and walked by every full pass: with
1,000 rounds about 84,000 objects, a third of them the plans, the rest those modules.

The command line warms up and settles before `uvicorn.run`, and each hosted web worker after
building its app. Once a server has settled, every snapshot of the data it builds later (after
a write, when the minute turns, a member's first page) is frozen too (`freeze_snapshot`): a
hosted worker holds hundreds of members' plans, and with 200 members one worker's full passes
walked 130,000 objects (100-400 ms each on the loaded benchmark machine, one or two in every
10-second window). No full pass runs first (that doubled the first Today after a write when it
was tried): only the young generations are collected, and plans make no reference cycles
(tested), so an old snapshot is freed by reference counting once replaced. What cyclic garbage
had already reached the oldest generation is frozen with it; so that it cannot pile up, the
frozen objects are collected again (unfrozen, one full pass, frozen) whenever their number has
doubled since the last time.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI


_settled_at: int | None = None
"""The number of frozen objects after the last full pass; None until the server settles."""
_frozen_since = 0
"""Objects frozen since then (counting the frozen ones walks them all: done only now and then)."""


def warm_up(app: FastAPI) -> None:
    """Load now what serving would load on its first requests (before `settle_memory`)."""
    import holidays  # noqa: F401  # every country's rules: the first plan imports them

    from tactful.calendars import export  # noqa: F401  # the feed's writer
    from tactful.web.templating import environment

    env = environment()
    for name in env.list_templates():
        env.get_template(name)
    if getattr(app.state, "hosted", None) is None:  # one user's home: plan and write the feed
        app.state.web.warm()


def settle_memory() -> None:
    """Collect what the start left behind, then freeze what remains (once per server process,
    before it serves)."""
    global _settled_at
    gc.collect()
    gc.freeze()
    _settled_at = gc.get_freeze_count()


def freeze_snapshot() -> None:
    """Freeze a snapshot just built, in a server that has settled (elsewhere: nothing)."""
    global _settled_at, _frozen_since
    if _settled_at is None:
        return
    gc.collect(1)  # the young generations only: their survivors join the oldest
    _frozen_since += len(gc.get_objects(2))
    gc.freeze()
    if _frozen_since > _settled_at:
        _frozen_since = 0
        if gc.get_freeze_count() > 2 * _settled_at:
            gc.unfreeze()
            gc.collect()
            gc.freeze()
            _settled_at = gc.get_freeze_count()
