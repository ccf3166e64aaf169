"""`tactful mail setup|status|forget|remind`: presets, security rules, and no secret anywhere."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any, cast

import pytest

from conftest import CLI


def setup(cli: CLI, *args: str) -> dict[str, Any]:
    done = cli("mail", "setup", *args)
    assert done.code == 0, done.err
    status = cli("mail", "status", "--json")
    assert status.code == 0, status.err
    return cast(dict[str, Any], status.json())


@pytest.mark.parametrize(
    ("email", "smtp", "imap", "files_sent"),
    [
        ("sam@gmail.com", ("smtp.gmail.com", 587, "starttls"), ("imap.gmail.com", 993), True),
        ("sam@orange.fr", ("smtp.orange.fr", 465, "tls"), ("imap.orange.fr", 993), False),
        ("sam@free.fr", ("smtp.free.fr", 465, "tls"), ("imap.free.fr", 993), False),
        ("sam@laposte.net", ("smtp.laposte.net", 465, "tls"), ("imap.laposte.net", 993), False),
        ("sam@yahoo.fr", ("smtp.mail.yahoo.com", 465, "tls"), ("imap.mail.yahoo.com", 993), False),
        ("sam@icloud.com", ("smtp.mail.me.com", 587, "starttls"), ("imap.mail.me.com", 993), False),
        ("sam@fastmail.com", ("smtp.fastmail.com", 465, "tls"), ("imap.fastmail.com", 993), False),
        ("sam@proton.me", ("127.0.0.1", 1025, "starttls"), ("127.0.0.1", 1143), True),
    ],
)
def test_presets_fill_the_servers(
    cli: CLI, email: str, smtp: tuple[str, int, str], imap: tuple[str, int], files_sent: bool
) -> None:
    account = setup(cli, "--email", email, "--password-command", "echo x")["account"]
    assert (account["smtp_host"], account["smtp_port"], account["smtp_security"]) == smtp
    assert (account["imap_host"], account["imap_port"]) == imap
    assert account["files_sent"] is files_sent


def test_a_provider_note_is_shown(cli: CLI) -> None:
    done = cli("mail", "setup", "--email", "sam@gmail.com", "--password-command", "echo x")
    assert "app password" in done.out
    cli("config", "set", "lang", "fr")
    done = cli("mail", "setup", "--email", "sam@orange.fr", "--password-command", "echo x")
    assert "mot de passe" in done.out


def test_hosted_domains_name_their_provider(cli: CLI) -> None:
    account = setup(
        cli, "--email", "sam@example.org", "--provider", "microsoft365",
        "--password-command", "echo token", "--auth", "xoauth2",
    )["account"]  # fmt: skip
    assert account["smtp_host"] == "smtp.office365.com"
    assert account["auth"] == "xoauth2"
    ovh = setup(cli, "--email", "sam@example.org", "--provider", "ovh")["account"]
    assert ovh["imap_host"] == "ssl0.ovh.net"
    unknown = cli("mail", "setup", "--email", "sam@example.org", "--provider", "nope")
    assert unknown.code == 2
    assert "microsoft365" in unknown.err


def test_security_none_only_on_loopback(cli: CLI) -> None:
    refused = cli(
        "mail", "setup", "--email", "sam@example.org", "--smtp-host", "mail.example.org",
        "--imap-host", "mail.example.org", "--security", "none",
    )  # fmt: skip
    assert refused.code == 2
    assert "only for a server on this machine" in refused.err
    assert cli("mail", "status", "--json").json()["configured"] is False
    ok = setup(
        cli, "--email", "sam@example.org", "--smtp-host", "127.0.0.1", "--imap-host", "::1",
        "--security", "none",
    )  # fmt: skip
    assert ok["account"]["smtp_port"] == 25


@pytest.mark.parametrize("option", ["--security", "--smtp-security", "--imap-security"])
def test_an_unknown_security_without_a_port_is_one_line(cli: CLI, option: str) -> None:
    """With no port given, the default port was looked up by the security before the security
    was checked: a KeyError traceback (and a 500 from the hosted account form)."""
    done = cli(
        "mail", "setup", "--email", "sam@example.org", "--smtp-host", "127.0.0.1",
        "--imap-host", "127.0.0.1", option, "ssl",
    )  # fmt: skip
    assert done.code == 2
    assert "security 'ssl': write" in done.err
    assert done.err.count("\n") == 1
    assert cli("mail", "status", "--json").json()["configured"] is False


def test_xoauth2_needs_a_token_command(cli: CLI) -> None:
    done = cli("mail", "setup", "--email", "sam@gmail.com", "--auth", "xoauth2")
    assert done.code == 2
    assert "--password-command" in done.err


def test_the_password_is_never_stored(
    cli: CLI, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "s3cret-Pa55word-never-kept"
    monkeypatch.setenv("TACTFUL_MAIL_PASSWORD", secret)
    status = setup(cli, "--email", "sam@example.org", "--smtp-host", "127.0.0.1",
                   "--imap-host", "127.0.0.1", "--security", "none")  # fmt: skip
    assert status["password"] == "environment"
    cli("application", "add", "--company", "Acme", "--role", "Dev")
    exported = cli("export")
    for path in home.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
    assert secret not in exported.out
    assert secret not in json.dumps(status)


def test_remind_and_forget(cli: CLI) -> None:
    assert cli("mail", "remind", "on").code == 2  # no account yet
    setup(cli, "--email", "sam@gmail.com", "--password-command", "echo x")
    assert cli("mail", "remind", "on").code == 0
    assert cli("mail", "status", "--json").json()["remind"] is True
    assert cli("mail", "remind", "off").code == 0
    assert cli("mail", "status", "--json").json()["remind"] is False
    done = cli("mail", "forget")
    assert "forgotten" in done.out
    assert cli("mail", "status", "--json").json() == {"configured": False, "account": None}


def test_no_password_anywhere_says_how_to_give_one(cli: CLI) -> None:
    setup(cli, "--email", "sam@example.org", "--smtp-host", "127.0.0.1",
          "--imap-host", "127.0.0.1", "--security", "none")  # fmt: skip
    done = cli("mail", "test")
    assert done.code == 2
    assert "TACTFUL_MAIL_PASSWORD" in done.err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("usable", [False, True])
def test_the_password_is_asked_only_where_a_keyring_can_keep_it(
    usable: bool, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With no system keyring, setup asked for the password, then said there was nowhere to
    keep it: the user typed it for nothing."""
    import getpass

    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    from ai_server import MemoryKeyring
    from tactful.cli.main import main

    asked: list[str] = []

    def ask(prompt: str = "") -> str:
        asked.append(prompt)
        return "pw"

    monkeypatch.setattr(getpass, "getpass", ask)
    monkeypatch.delenv("TACTFUL_MAIL_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", _Terminal(""))
    previous = keyring.get_keyring()
    backend = MemoryKeyring() if usable else FailKeyring()
    keyring.set_keyring(backend)
    try:
        code = main(["mail", "setup", "--email", "sam@example.org", "--smtp-host", "127.0.0.1",
                     "--imap-host", "127.0.0.1", "--security", "none"])  # fmt: skip
    finally:
        keyring.set_keyring(previous)
    out = capsys.readouterr().out
    assert code == 0
    if usable:
        assert len(asked) == 1
        assert "Password kept in the system keyring." in out
    else:
        assert asked == []
        assert "No system keyring here: set TACTFUL_MAIL_PASSWORD" in out
    assert "Next: tactful mail test" in out
