"""The server's long-lived objects kept out of the cyclic garbage collector's full passes.

A full collection walks every object the collector tracks, and while it runs no request is
served. With the web stack loaded (FastAPI, pydantic, Jinja, SQLAlchemy) and 1,000 rounds
planned, one pass took 65–130 ms on the benchmark machine, in the middle of the load: that is
Today's slow hundredth (docs/benchmarks.md). What exists once the app has started (modules,
classes, routes, compiled templates) lives as long as the process, so it is collected once and
then frozen (`gc.freeze`, as CPython's documentation suggests for servers): later passes walk
only what was made since (20–80 ms in the same benchmark). Nothing is leaked: garbage is
collected before the freeze, and frozen objects are still freed by reference counting.

The command line settles before `uvicorn.run`, and each hosted web worker after building its
app. Freezing each new snapshot of the data as well was tried and dropped: the full pass it needs
before the freeze doubled the first Today after a write (100 to 200 ms).
"""

from __future__ import annotations

import gc


def settle_memory() -> None:
    """Collect what the start left behind, then freeze what remains (once per server process,
    before it serves)."""
    gc.collect()
    gc.freeze()
