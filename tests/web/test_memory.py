"""The server settles its memory once before serving: start-up garbage collected, the rest
frozen out of the collector's full passes (tactful.web.memory). Run in a child process, so the
test process's own collector is left as it is."""

from __future__ import annotations

import subprocess
import sys

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


def test_both_servers_settle_before_serving() -> None:
    from pathlib import Path

    import tactful

    src = Path(tactful.__file__).parent
    serve = (src / "cli" / "serve.py").read_text(encoding="utf-8")
    hosted = (src / "web" / "hosted_app.py").read_text(encoding="utf-8")
    assert serve.index("settle_memory()") < serve.index("uvicorn.run(app")
    assert "settle_memory()" in hosted
