"""Real mail servers on loopback for the tests: Dovecot (IMAP, and LMTP for delivery) and an
aiosmtpd SMTP server that delivers through Dovecot's LMTP, so a test sees a sent message arrive
in the recipient's INBOX and a reply appear in the sender's.

One set of servers per test process (pytest-xdist worker): unique ports, a unique directory.
Tests keep to their own users (`MailServers.user()`), so they never see each other's mail.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import getpass
import imaplib
import itertools
import os
import shutil
import signal
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from imapclient import imap_utf7

DOVECOT = Path("/usr/sbin/dovecot")
_counter = itertools.count(1)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Delivery:
    mail_from: str
    recipients: list[str]
    content: bytes


@dataclass
class Handler:
    """What the SMTP server does with a message: deliver it to Dovecot through LMTP."""

    servers: MailServers
    received: list[Delivery] = field(default_factory=list)
    drop_after_data: bool = False
    """Fault: take the message (and deliver it), then drop the connection without a reply."""
    files_sent_copy: set[str] = field(default_factory=set)
    """Senders whose provider files a copy in their Sent folder itself (as Gmail does)."""

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address.startswith("nobody"):
            return "550 5.1.1 no such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = bytes(envelope.original_content or b"")
        sender = envelope.mail_from or ""
        self.received.append(Delivery(sender, list(envelope.rcpt_tos), content))
        await asyncio.to_thread(self._deliver, sender, envelope.rcpt_tos, content)
        if self.drop_after_data and server.transport is not None:
            server.transport.abort()  # type: ignore[attr-defined]
            return "421 dropped"
        return "250 OK"

    def _deliver(self, sender: str, recipients: list[str], content: bytes) -> None:
        local = [r for r in recipients if r in self.servers.users]
        if sender in self.files_sent_copy:
            user, domain = sender.split("@")
            local.append(f"{user}+Sent@{domain}")
        if local:
            self.servers.lmtp(local, content)

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        if len(args) < 2:
            return AuthResult(success=False, handled=False)
        fields = base64.b64decode(args[1]).split(b"\x01")
        user = fields[0].removeprefix(b"user=").decode()
        token = next((f[len(b"auth=Bearer ") :] for f in fields if f.startswith(b"auth=")), b"")
        if self.servers.users.get(user) == token.decode():
            return AuthResult(success=True, auth_data=LoginPassword(user.encode(), token))
        await server.push("334 eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIn0=")
        await server.challenge_auth("", encode_to_b64=False)
        return AuthResult(success=False, handled=False)


class MailServers:
    """Dovecot and an SMTP server, started once per test process."""

    def __init__(self) -> None:
        # Not pytest's tmp dir: Dovecot's unprivileged processes must reach this folder.
        self.root = Path(tempfile.mkdtemp(prefix="tactful-mail-"))
        os.chmod(self.root, 0o755)
        self.users: dict[str, str] = {}
        self.imap_port, self.imaps_port, self.lmtp_port = free_port(), free_port(), free_port()
        self.smtp_port, self.smtps_port = free_port(), free_port()
        self.ca = trustme.CA()
        cert = self.ca.issue_cert("localhost", "127.0.0.1")
        self.ca_file = self.root / "ca.pem"
        self.ca.cert_pem.write_to_path(str(self.ca_file))
        self.cert_file, self.key_file = self.root / "cert.pem", self.root / "key.pem"
        cert.cert_chain_pems[0].write_to_path(str(self.cert_file))
        cert.private_key_pem.write_to_path(str(self.key_file))
        self.handler = Handler(self)
        self._controllers: list[Controller] = []

    # Life cycle

    def start(self) -> MailServers:
        self._write_dovecot_conf()
        subprocess.run([str(DOVECOT), "-c", str(self.conf)], check=True)
        self._wait_for(self.imap_port)
        server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        server_tls.load_cert_chain(self.cert_file, self.key_file)
        common: dict[str, Any] = {
            "hostname": "127.0.0.1",
            "authenticator": self._authenticate,
            "auth_require_tls": False,
            "server_hostname": "localhost",
        }
        plain = Controller(self.handler, port=self.smtp_port, tls_context=server_tls, **common)
        implicit = Controller(self.handler, port=self.smtps_port, ssl_context=server_tls, **common)
        for controller in (plain, implicit):
            controller.start()
            self._controllers.append(controller)
        return self

    def stop(self) -> None:
        for controller in self._controllers:
            with contextlib.suppress(Exception):
                controller.stop()
        pid_file = self.root / "run" / "master.pid"
        if pid_file.exists():
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)
        time.sleep(0.2)
        shutil.rmtree(self.root, ignore_errors=True)

    def _wait_for(self, port: int) -> None:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                return
            time.sleep(0.05)
        log = (self.root / "dovecot.log").read_text(errors="replace")[-2000:]
        raise RuntimeError(f"Dovecot did not start on port {port}:\n{log}")

    def _write_dovecot_conf(self) -> None:
        root = self.root
        (root / "run").mkdir()
        mail = root / "mail"
        mail.mkdir()
        self.passwd = root / "users"
        self.passwd.mkdir()
        if os.geteuid() == 0:
            internal, login, mail_user = "dovecot", "dovenull", "dovecot"
            shutil.chown(mail, mail_user, mail_user)
        else:
            internal = login = mail_user = getpass.getuser()
        self.conf = root / "dovecot.conf"
        self.conf.write_text(
            f"""
base_dir = {root}/run
state_dir = {root}/run/state
instance_name = tactful-test-{os.getpid()}
protocols = imap lmtp
listen = 127.0.0.1
log_path = {root}/dovecot.log
ssl = yes
ssl_cert = <{self.cert_file}
ssl_key = <{self.key_file}
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
auth_failure_delay = 0
default_internal_user = {internal}
default_internal_group = {internal}
default_login_user = {login}
mail_uid = {mail_user}
mail_gid = {mail_user}
first_valid_uid = 1
mail_location = maildir:{mail}/%u
recipient_delimiter = +
lmtp_save_to_detail_mailbox = yes
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.passwd}/%u
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {self.passwd}/%u
}}
service imap-login {{
  inet_listener imap {{
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    port = {self.imaps_port}
    ssl = yes
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {self.lmtp_port}
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
"""
        )
        os.chmod(self.passwd, 0o755)

    # Users and mail

    def user(self, local: str = "me", domain: str = "candidate.test", password: str = "") -> str:
        """A new mail user only this test uses: its address (password: `password` or 'pw-N')."""
        number = next(_counter)
        address = f"{local}{number}.{os.getpid()}@{domain}"
        self.users[address] = password or f"pw-{number}"
        # One users file per address: Dovecot opens a new file fresh, while it rereads a
        # changed one at most once a second.
        entry = self.passwd / address
        entry.write_text(f"{address}:{{PLAIN}}{self.users[address]}::::\n")
        os.chmod(entry, 0o644)
        # Dovecot rereads the file when its mtime changes: make each write's mtime new, even
        # within one second.
        return address

    def lmtp(self, recipients: list[str], content: bytes) -> None:
        # One recipient per session: LMTP answers DATA once per recipient, smtplib reads one.
        for recipient in recipients:
            with smtplib.LMTP("127.0.0.1", self.lmtp_port) as lmtp:
                lmtp.sendmail("postmaster@localhost", [recipient], content)

    def send(self, sender: str, recipients: list[str], content: bytes) -> None:
        """Send as `sender` through the SMTP server (an employer answering)."""
        content = content.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")  # smtplib keeps LF
        with smtplib.SMTP("127.0.0.1", self.smtp_port) as smtp:
            smtp.login(sender, self.users[sender])
            smtp.sendmail(sender, recipients, content)

    def messages(self, user: str, folder: str = "INBOX") -> list[bytes]:
        """Every message in a folder, read without changing a flag."""
        imap = imaplib.IMAP4("127.0.0.1", self.imap_port)
        try:
            imap.login(user, self.users[user])
            name = imap_utf7.encode(folder).decode("ascii")
            status, _ = imap.select(f'"{name}"', readonly=True)
            if status != "OK":
                return []
            _, data = imap.uid("FETCH", "1:*", "(BODY.PEEK[])")
            return [part[1] for part in data if isinstance(part, tuple)]
        finally:
            with contextlib.suppress(Exception):
                imap.logout()

    def flags(self, user: str, folder: str = "INBOX") -> list[bytes]:
        imap = imaplib.IMAP4("127.0.0.1", self.imap_port)
        try:
            imap.login(user, self.users[user])
            imap.select(f'"{folder}"', readonly=True)
            _, data = imap.uid("FETCH", "1:*", "(FLAGS)")
            return [d for d in data if isinstance(d, bytes)]
        finally:
            imap.logout()

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        if isinstance(data, LoginPassword):
            login, password = data.login.decode(), data.password.decode()
            if self.users.get(login) == password:
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)


def wait_until(condition: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("timed out waiting")


def lock() -> threading.Lock:
    return threading.Lock()


class Proxy:
    """A TCP relay in front of a server: counts what the server sends, and can drop the
    connection once it has relayed `drop_after` bytes (a server that goes away mid-fetch)."""

    def __init__(self, port: int, drop_after: int | None = None) -> None:
        self.target = port
        self.drop_after = drop_after
        self.from_server = 0
        self.refuse = False
        """Accept, then hang up at once: a server that is away."""
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.refuse:
                client.close()
                continue
            server = socket.create_connection(("127.0.0.1", self.target))
            threading.Thread(target=self._pipe, args=(client, server, False), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, True), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, counted: bool) -> None:
        try:
            while data := source.recv(65536):
                if counted:
                    self.from_server += len(data)
                    if self.drop_after is not None and self.from_server > self.drop_after:
                        sink.sendall(
                            data[: max(0, len(data) - (self.from_server - self.drop_after))]
                        )
                        raise ConnectionResetError
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()

    def close(self) -> None:
        self._closed = True
        self.listener.close()
