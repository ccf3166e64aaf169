"""A real chat-completions server on 127.0.0.1 with scripted answers, for tests of `--ai`.

How to import it (any test under tests/): pytest puts `tests/` on `sys.path` because the root
`tests/conftest.py` sits there with no `__init__.py` (the default "prepend" import mode), so

    from ai_server import Delay, Malformed, Raw, ScriptedChatServer, Status, UnknownModel

works in every test module, in-process and under `pytest -n 2`. Use it as a context manager:

    def test_draft_with_ai(cli, monkeypatch):
        with ScriptedChatServer(["Dear Ana, thank you ..."]) as server:
            server.configure(monkeypatch)          # sets TACTFUL_AI_BASE_URL / _MODEL / ...
            r = cli("draft", "1", "thank-you", "--ai")
        assert server.requests[0].body["messages"][0]["role"] == "system"

Script items, served in order, one per request (a retried request takes the next item):
- a `str`: the assistant's answer; streamed as server-sent events (one event per word) when the
  request says `"stream": true`, else a normal `chat.completion` JSON object;
- `Status(code, retry_after=None, body=None)`: an HTTP error (429, 500, 401 ...);
- `Delay(seconds, then="")`: wait before answering `then` (to trigger read timeouts);
- `Malformed(body=None)`: a 200 whose body is broken JSON, or a broken SSE stream;
- `UnknownModel()`: a 404 naming the requested model, as Ollama and OpenAI do;
- `Raw(body, content_type="application/json", status=200, content_length=None)`: exactly
  that answer (a `content_length` larger than the body, then a close: a cut connection);
- a callable `f(request) -> item`: decide from the recorded request (its prompt, say).
When the script runs out, the server answers 400 "ScriptedChatServer: script exhausted" (not
retried, so the error names it) and counts it in `server.exhausted`. Only POST
/v1/chat/completions is served (`server.base_url` ends in /v1); other paths get a 404.
Every request is recorded in `server.requests` (path, lower-case headers, JSON body, raw
bytes; `.messages`, `.stream`).

`server.configure(monkeypatch, **overrides)` sets the TACTFUL_AI_* variables of `server.env()`:
base URL, model "scripted-model", retry delay 0.01 s, read timeout 5 s, and an EMPTY
TACTFUL_AI_API_KEY (which also stops any system-keyring look-up); pass
`TACTFUL_AI_API_KEY="sk-..."` to send a key. For a subprocess: `tactful_process(..., env=
server.env())`. Also here: `closed_port_url()` (an endpoint that is down), `MemoryKeyring` and
`use_memory_keyring()` (a keyring that never touches the user's), `completion(text)` and
`stream_events(text)` (the wire format).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


@dataclass(frozen=True)
class Status:
    """Answer with this HTTP status (and a Retry-After header when given)."""

    code: int
    retry_after: float | str | None = None
    body: str | None = None


@dataclass(frozen=True)
class Delay:
    """Wait `seconds` before answering `then` (a str or another script item)."""

    seconds: float
    then: Any = ""


@dataclass(frozen=True)
class Malformed:
    """A 200 answer that breaks the protocol: `body` as given, else broken JSON / SSE."""

    body: str | None = None


@dataclass(frozen=True)
class Raw:
    """Exactly this answer: status, content type and body, whatever the request asked."""

    body: str
    content_type: str = "application/json"
    status: int = 200
    content_length: int | None = None
    """Announce this length instead (a larger one, then close: a connection cut mid-answer)."""


@dataclass(frozen=True)
class UnknownModel:
    """A 404 saying the requested model does not exist."""


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    """Header names in lower case."""
    body: Any
    """The JSON body (None when it was not JSON)."""
    raw: bytes

    @property
    def stream(self) -> bool:
        return isinstance(self.body, dict) and bool(self.body.get("stream"))

    @property
    def messages(self) -> list[dict[str, str]]:
        return list(self.body.get("messages", [])) if isinstance(self.body, dict) else []


Item = Any
MODEL = "scripted-model"
CHAT_PATH = "/v1/chat/completions"


@dataclass
class ScriptedChatServer:
    """An OpenAI-compatible `/v1/chat/completions` on a free loopback port, in a thread."""

    script: list[Item] = field(default_factory=list)
    model: str = MODEL
    requests: list[Request] = field(default_factory=list)
    exhausted: int = 0

    def __post_init__(self) -> None:
        self.script = list(self.script)
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # Lifecycle

    def start(self) -> ScriptedChatServer:
        server = self

        class Handler(_Handler):
            owner = server

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._closing.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> ScriptedChatServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # What tests use

    @property
    def port(self) -> int:
        assert self._httpd is not None, "start the server first"
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def add(self, *items: Item) -> None:
        with self._lock:
            self.script.extend(items)

    def env(self, **overrides: str) -> dict[str, str]:
        """Environment variables that point tactful at this server (fast retries, short
        timeouts, no API key and no keyring look-up unless `TACTFUL_AI_API_KEY` is given)."""
        values = {
            "TACTFUL_AI_BASE_URL": self.base_url,
            "TACTFUL_AI_MODEL": self.model,
            "TACTFUL_AI_API_KEY": "",
            "TACTFUL_AI_RETRY_DELAY": "0.01",
            "TACTFUL_AI_READ_TIMEOUT": "5",
            "TACTFUL_AI_CONNECT_TIMEOUT": "2",
        }
        values.update(overrides)
        return values

    def configure(self, monkeypatch: pytest.MonkeyPatch, **overrides: str) -> None:
        """Set `env(**overrides)` for the rest of the test."""
        for name, value in self.env(**overrides).items():
            monkeypatch.setenv(name, value)

    @property
    def chat_requests(self) -> list[Request]:
        return [r for r in self.requests if r.path.rstrip("/") == CHAT_PATH]

    # Serving

    def _next(self, request: Request) -> Item:
        with self._lock:
            self.requests.append(request)
            if not self.script:
                self.exhausted += 1
                message = "ScriptedChatServer: script exhausted, add more answers"
                return Status(400, body=json.dumps({"error": {"message": message}}))
            item = self.script.pop(0)
        while callable(item) and not isinstance(item, type):
            item = item(request)
        return item


class _Handler(BaseHTTPRequestHandler):
    owner: ScriptedChatServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def do_GET(self) -> None:
        if self.path.rstrip("/").endswith("/models"):
            self._send(
                200,
                "application/json",
                json.dumps(
                    {"object": "list", "data": [{"id": self.owner.model, "object": "model"}]}
                ),
            )
            return
        self._send(404, "application/json", json.dumps({"error": {"message": "not found"}}))

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        request = Request(
            "POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body, raw
        )
        if self.path.rstrip("/") != CHAT_PATH:
            self.owner.requests.append(request)
            self._send(404, "application/json", json.dumps({"error": {"message": "not found"}}))
            return
        self._serve(self.owner._next(request), request)

    def _serve(self, item: Item, request: Request) -> None:
        if isinstance(item, Delay):
            if self.owner._closing.wait(item.seconds):
                return
            self._serve(item.then, request)
        elif isinstance(item, Status):
            headers = {}
            if item.retry_after is not None:
                value = item.retry_after
                headers["Retry-After"] = (
                    str(int(value)) if isinstance(value, int | float) else str(value)
                )
            body = (
                item.body
                if item.body is not None
                else json.dumps(
                    {"error": {"message": f"scripted status {item.code}", "type": "server_error"}}
                )
            )
            self._send(item.code, "application/json", body, headers)
        elif isinstance(item, Raw):
            length = {} if item.content_length is None else {"Connection": "close"}
            self._send(item.status, item.content_type, item.body, length, item.content_length)
            if item.content_length is not None:
                self.close_connection = True
        elif isinstance(item, UnknownModel):
            model = request.body.get("model") if isinstance(request.body, dict) else "?"
            body = json.dumps(
                {
                    "error": {
                        "message": f'model "{model}" not found, try pulling it first',
                        "type": "invalid_request_error",
                        "code": "model_not_found",
                    }
                }
            )
            self._send(404, "application/json", body)
        elif isinstance(item, Malformed):
            if request.stream:
                body = item.body if item.body is not None else "data: {not json\n\n"
                self._send(200, "text/event-stream", body)
            else:
                self._send(200, "application/json", item.body or '{"choices": [ {not json')
        elif isinstance(item, str):
            if request.stream:
                self._stream(item)
            else:
                self._send(200, "application/json", json.dumps(completion(item, self.owner.model)))
        else:
            raise TypeError(f"unknown script item {item!r}")

    def _send(
        self,
        status: int,
        content_type: str,
        body: str,
        headers: dict[str, str] | None = None,
        length: int | None = None,
    ) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data) if length is None else length))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _stream(self, text: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        for event in stream_events(text, self.owner.model):
            self.wfile.write(event.encode("utf-8"))
            self.wfile.flush()


def tokens(text: str) -> list[str]:
    """Split text the way a model streams it: words with their following spaces."""
    return re.findall(r"\S+\s*|\s+", text)


def completion(text: str, model: str = MODEL) -> dict[str, Any]:
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": len(tokens(text)), "total_tokens": 1},
    }


def stream_events(text: str, model: str = MODEL) -> Iterable[str]:
    def chunk(delta: dict[str, str], finish: str | None = None) -> str:
        data = {
            "id": "chatcmpl-scripted",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        return f"data: {json.dumps(data)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    for token in tokens(text):
        yield chunk({"content": token})
    yield chunk({}, "stop")
    yield "data: [DONE]\n\n"


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in a dict, never in the user's keyring.

    Install it for a test with `use_memory_keyring()` (a context manager)."""

    priority = 1

    def __init__(self) -> None:
        # keyring leaves KeyringBackend.__init__ unannotated, and mypy's untyped_calls_exclude
        # does not reach super() calls.
        super().__init__()  # type: ignore[no-untyped-call]
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@contextmanager
def use_memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def closed_port_url() -> str:
    """A loopback URL where nothing listens (to test "endpoint down")."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


# The type of a callable script item.
Answer = Callable[[Request], Item]
