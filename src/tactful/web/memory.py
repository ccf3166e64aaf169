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
building its app. Freezing each new snapshot of the data as well was tried and dropped: the
full pass it needs before the freeze doubled the first Today after a write (100 to 200 ms).
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI


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
    gc.collect()
    gc.freeze()
