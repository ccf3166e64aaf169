"""A real HTTP server on 127.0.0.1 serving the saved posting pages, redirects and failures."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

PAGES = Path(__file__).resolve().parent.parent / "data" / "postings"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *_: object) -> None:
        pass

    def _send(
        self, status: int, body: bytes, kind: str = "text/html; charset=utf-8", **headers: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", headers.pop("length", str(len(body))))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if path.startswith("/jobs/"):
            page = PAGES / path.removeprefix("/jobs/")
            if page.is_file():
                self._send(200, page.read_bytes())
            else:
                self._send(404, b"<h1>Not found</h1>")
        elif path == "/moved":
            self._send(301, b"", Location="/jobs/acme-data-engineer.html")
        elif path == "/loop":
            self._send(302, b"", Location="/loop")
        elif path == "/pdf":
            self._send(200, b"%PDF-1.7\n", kind="application/pdf")
        elif path == "/latin1":
            body = (PAGES / "acme-data-engineer.html").read_bytes().decode("utf-8")
            body = body.replace('<meta charset="utf-8">', "").replace(
                "Data Engineer", "Ingénieur données"
            )
            self._send(
                200, body.encode("latin-1", errors="replace"), kind="text/html; charset=iso-8859-1"
            )
        elif path == "/huge-declared":
            self._send(200, b"", length=str(6 * 1024 * 1024))
        elif path == "/huge-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65536 + b"</p>"
            try:
                for _ in range(100):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/slow":
            time.sleep(1.0)
            self._send(200, b"<html></html>")
        else:
            self._send(404, b"<h1>Not found</h1>")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # A client that gave up (timeout, size limit) is what some tests do on purpose.


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """Base URL of the local server, e.g. http://127.0.0.1:43125."""
    httpd = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy from the environment must not stand between the tests and 127.0.0.1."""
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
