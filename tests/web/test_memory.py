"""The server settles its memory once before serving: start-up garbage collected, the rest
frozen out of the collector's full passes (tactful.web.memory). Run in a child process, so the
test process's own collector is left as it is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import CLI, Live, serve

PROBE = """
import gc, weakref
from tactful.web import create_app  # the web stack, as `tactful serve` loads it
from tactful.web.memory import settle_memory

class Node:
    pass

kept = Node()
garbage = Node()
garbage.self = garbage  # a cycle only the collector can free
gone = weakref.ref(garbage)
del garbage
assert gc.get_freeze_count() == 0
settle_memory()
print(gone() is None, gc.get_freeze_count() > 10_000, any(o is kept for o in gc.get_objects()))
"""


def test_start_up_garbage_is_collected_and_what_lives_is_frozen() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    collected, frozen, still_walked = done.stdout.split()
    assert collected == "True"
    assert frozen == "True"
    assert still_walked == "False"  # frozen objects are not in the generations a pass walks


WARM = """
import gc, sys, warnings
warnings.simplefilter("ignore")
from starlette.testclient import TestClient
from tactful.settings import Settings
from tactful.web import create_app
from tactful.web.memory import settle_memory, warm_up

app = create_app(Settings.load(), now="2026-11-25T17:00:00+01:00")
warm_up(app)
settle_memory()
state, loaded = app.state.web, set(sys.modules)
snapshot, feed = state._snapshot, state._feed
with TestClient(app, base_url="http://127.0.0.1") as client:
    pages = [client.get(path).status_code for path in ("/", "/applications", "/timeline")]
plans = sum(1 for o in gc.get_objects() if type(o).__name__ == "RoundPlan")
new = {m.split(".")[0] for m in set(sys.modules) - loaded}
later = sorted(new & {"holidays", "jinja2", "tactful"})
print(pages, len(snapshot.plans), state._snapshot is snapshot, state._feed is feed, plans, later)
"""


def test_what_serving_loads_is_loaded_and_frozen_before_the_first_request(live: Live) -> None:
    application = live.add_application()
    for day in ("2026-11-20 10:00", "2026-11-23 14:00", "2026-11-24 09:30"):
        live.add_round(application, at=day)
    env = {**os.environ, "TACTFUL_HOME": str(live.home)}
    done = subprocess.run(
        [sys.executable, "-c", WARM], capture_output=True, text=True, check=True, env=env
    )
    # Today, the applications and the timeline served from the plans and feed made before the
    # freeze: nothing planned again (an empty write-ahead log is no change), no round's plan
    # left for the collector to walk, no module imported on the way.
    assert done.stdout.split("\n")[0] == "[200, 200, 200] 3 True True 0 []"


def test_an_empty_write_ahead_log_is_no_change(home: Path, cli: CLI) -> None:
    assert cli("application", "add", "--company", "Globex", "--role", "Analyst").code == 0
    app, _ = serve(home)
    state = app.state.web
    wal = Path(str(state.settings.sqlite_path) + "-wal")
    key = state._files_key()
    assert key[0] is not None  # the database itself
    wal.write_bytes(b"")
    assert state._files_key() == key
    wal.write_bytes(b"\0" * 32)
    assert state._files_key() != key


ORDER = """
import gc, sys
import tactful.web.memory as memory

calls = []
for name in ("warm_up", "settle_memory"):
    def record(*args, _name=name, _real=getattr(memory, name)):
        calls.append(_name)
        return _real(*args)
    setattr(memory, name, record)


def report(app):
    walked = {id(o) for o in gc.get_objects()}  # frozen objects are not walked
    holidays = sys.modules.get("holidays")
    print(" ".join(calls), holidays is not None and id(vars(holidays)) not in walked)
"""
SERVE = (
    ORDER
    + """
import uvicorn
uvicorn.run = lambda app, **options: report(app)  # instead of serving: the state it serves in
from tactful.cli.main import main
sys.exit(main(["serve", "--port", "8999"]))
"""
)
HOSTED = (
    ORDER
    + """
from tactful.web.hosted_app import app_from_env
report(app_from_env())
"""
)


def test_tactful_serve_warms_up_and_settles_before_serving(live: Live) -> None:
    application = live.add_application()
    live.add_round(application, at="2026-11-20 10:00")
    env = {**os.environ, "TACTFUL_HOME": str(live.home), "TACTFUL_NOW": "2026-11-25T17:00:00+01:00"}
    done = subprocess.run(
        [sys.executable, "-c", SERVE], capture_output=True, text=True, check=True, env=env
    )
    # warmed up (every country's holiday rules loaded, the plans made), then settled (start-up
    # garbage collected, the rest frozen): all before uvicorn.run
    assert done.stdout.split() == ["warm_up", "settle_memory", "True"], done.stderr


def test_each_hosted_worker_warms_up_and_settles_before_serving(
    pg_url: str, tmp_path: Path
) -> None:
    env = {**os.environ, "TACTFUL_HOME": str(tmp_path), "TACTFUL_DATABASE_URL": pg_url}
    done = subprocess.run(
        [sys.executable, "-c", HOSTED], capture_output=True, text=True, check=True, env=env
    )
    assert done.stdout.split() == ["warm_up", "settle_memory", "True"], done.stderr


REBUILDS = """
import gc, warnings
from tactful.settings import Settings
from tactful.web import create_app
from tactful.web.memory import settle_memory, warm_up

app = create_app(Settings.load(), now="2026-11-25T17:00:00+01:00")
state = app.state.web
state.snapshot()
before = gc.get_freeze_count()  # nothing frozen before the server settles
warm_up(app)
settle_memory()
counts = []
for _ in range(30):  # a write, then the next page: every round planned again
    state.changed()
    state.snapshot()
    counts.append(gc.get_freeze_count())
plans = sum(1 for o in gc.get_objects() if type(o).__name__ == "RoundPlan")
print(before, len(state._snapshot.plans), plans, max(counts) - min(counts))
"""


def test_each_new_snapshot_is_frozen_and_the_old_one_freed(live: Live) -> None:
    application = live.add_application()
    for day in ("2026-11-20 10:00", "2026-11-23 14:00"):
        live.add_round(application, at=day)
    env = {**os.environ, "TACTFUL_HOME": str(live.home)}
    done = subprocess.run(
        [sys.executable, "-c", REBUILDS], capture_output=True, text=True, check=True, env=env
    )
    before, rounds, walked, growth = map(int, done.stdout.split())
    assert before == 0  # a process that never settled (a test, a script) is left alone
    assert rounds == 2
    assert walked == 0  # the plans of the last snapshot are frozen...
    assert growth < 500  # ...and the 29 before them were freed, not kept frozen


COMPACTION = """
import gc, weakref
from tactful.web.memory import freeze_snapshot, settle_memory

class Node:
    pass

settle_memory()
node = Node()
node.self = node
gc.collect(1)  # the node reaches the oldest generation while alive...
gone = weakref.ref(node)
del node  # ...and becomes cyclic garbage there
freeze_snapshot()
frozen_with_the_snapshot = gone() is not None
kept = [[] for _ in range(2 * gc.get_freeze_count())]  # the frozen objects double
freeze_snapshot()
print(frozen_with_the_snapshot, gone() is None)
"""


def test_garbage_frozen_with_a_snapshot_is_collected_once_the_frozen_objects_double() -> None:
    done = subprocess.run(
        [sys.executable, "-c", COMPACTION], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["True", "True"]
