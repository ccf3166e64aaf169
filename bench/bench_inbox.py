"""`tactful inbox` on a 10,000-message INBOX against a real Dovecot on loopback: the first
scan, an incremental scan with nothing new, and one with 10 new messages (targets: first ≤ 30 s,
incremental ≤ 2 s).

Run: .venv/bin/python bench/bench_inbox.py  (needs dovecot-imapd and dovecot-lmtpd)
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from mailbox_servers import MailServers  # noqa: E402

MESSAGES = 10_000
MATCHED = 20
PARIS = timezone(timedelta(hours=1))


def message(number: int, sender: str, me: str, subject: str, body: str) -> bytes:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = me
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime(2026, 11, 26, 9, tzinfo=PARIS) + timedelta(minutes=number))
    m["Message-ID"] = f"<bench-{number}@example.net>"
    m.set_content(body)
    return m.as_bytes().replace(b"\n", b"\r\n")


def fill(servers: MailServers, me: str, ada: str, start: int, count: int) -> None:
    """Write messages straight into the maildir (Dovecot indexes them on the next read)."""
    new = servers.root / "mail" / me / "new"
    for folder in ("new", "cur", "tmp"):
        (new.parent / folder).mkdir(parents=True, exist_ok=True)
    for n in range(start, start + count):
        if n % (MESSAGES // MATCHED) == 0:
            raw = message(
                n,
                f"Ada Lovelace <{ada}>",
                me,
                "Re: Thank you",
                "Unfortunately we have decided to move forward with other candidates.",
            )
        else:
            raw = message(
                n,
                f"News {n % 50} <news{n % 50}@lists.example.net>",
                me,
                f"Newsletter {n}",
                "Lorem ipsum dolor sit amet. " * 40,
            )
        (new / f"{1796000000 + n}.M{n}P1.bench,S={len(raw)}").write_bytes(raw)
    if os.geteuid() == 0:
        for path in [new.parent, *new.parent.rglob("*")]:
            shutil.chown(path, "dovecot", "dovecot")


def tactful(home: Path, password: str, *args: str) -> float:
    import subprocess

    env = {
        **os.environ,
        "TACTFUL_HOME": str(home),
        "TACTFUL_MAIL_PASSWORD": password,
        "TZ": "Europe/Paris",
    }
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "tactful", "--now", "2026-12-05T10:00:00+01:00", *args],
        env=env,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"tactful {' '.join(args)} failed: {done.stderr}")
    return elapsed


def main() -> None:
    servers = MailServers().start()
    home = Path(tempfile.mkdtemp(prefix="tactful-bench-"))
    try:
        me, ada = servers.user("me"), servers.user("ada", "acme.example")
        password = servers.users[me]

        def run(*args: str) -> float:
            return tactful(home, password, *args)

        run(
            "mail",
            "setup",
            "--email",
            me,
            "--smtp-host",
            "127.0.0.1",
            "--smtp-port",
            str(servers.smtp_port),
            "--imap-host",
            "127.0.0.1",
            "--imap-port",
            str(servers.imap_port),
            "--security",
            "none",
        )
        run("application", "add", "--company", "Acme", "--role", "Dev", "--country", "FR")
        run(
            "interview",
            "add",
            "1",
            "--at",
            "2026-11-25 14:00",
            "--interviewer",
            f"Ada Lovelace <{ada}>",
        )
        fill(servers, me, ada, 0, MESSAGES)
        first = run("inbox", "--json")
        nothing = min(run("inbox", "--json") for _ in range(3))
        fill(servers, me, ada, MESSAGES, 10)
        ten = run("inbox", "--json")
        print(f"first scan of {MESSAGES:,} messages: {first:.2f} s (target ≤ 30 s)")
        print(f"incremental, nothing new: {nothing:.2f} s (best of 3; target ≤ 2 s)")
        print(f"incremental, 10 new: {ten:.2f} s (target ≤ 2 s)")
    finally:
        servers.stop()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
