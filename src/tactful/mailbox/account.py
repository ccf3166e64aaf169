"""The mail account: servers, security, how to log in. Kept in HOME/mail.json, never a secret:
the password comes from tactful.mailbox.secrets."""

from __future__ import annotations

import ipaddress
import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from tactful.errors import BadInput
from tactful.files import write_atomically
from tactful.mailbox.presets import preset_for
from tactful.models import Person

SMTP_SECURITY = ("starttls", "tls", "none")
IMAP_SECURITY = ("tls", "starttls", "none")
AUTH = ("password", "xoauth2")
FILE_NAME = "mail.json"


@dataclass(frozen=True, slots=True)
class MailAccount:
    email: str
    user: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    imap_host: str
    imap_port: int
    imap_security: str
    auth: str = "password"
    password_command: str = ""
    ca_file: str = ""
    provider: str = ""
    files_sent: bool = False
    """The provider files what its SMTP server sends in Sent itself (Gmail): no APPEND."""
    sent_folder: str = ""
    """Empty: the folder the server marks \\Sent, else a usual name."""
    name: str = ""
    remind: bool = False
    """Send one reminder email to yourself when a step becomes due (`tactful mail remind`)."""

    @property
    def sender(self) -> Person:
        return Person(self.name, self.email)

    def to_json(self) -> dict[str, Any]:
        """What `mail status --json` shows: no secret is part of an account."""
        return asdict(self)

    def validated(self) -> MailAccount:
        if "@" not in self.email or self.email.strip() != self.email:
            raise BadInput(
                f"{self.email!r} is not an email address: give one like name@example.com",
                code="bad-email",
                field="email",
                values={"email": self.email},
            )
        for what, security, choices, host, port in (
            ("smtp", self.smtp_security, SMTP_SECURITY, self.smtp_host, self.smtp_port),
            ("imap", self.imap_security, IMAP_SECURITY, self.imap_host, self.imap_port),
        ):
            if not host:
                raise BadInput(
                    f"no {what.upper()} server for {self.email}: give its host name",
                    code="mail-no-host",
                    field=f"{what}_host",
                    values={"protocol": what, "email": self.email},
                )
            if security not in choices:
                raise BadInput(
                    f"{what.upper()} security {security!r}: write {', '.join(choices)}",
                    code="mail-bad-security",
                    field=f"{what}_security",
                    values={"protocol": what, "security": security, "choices": list(choices)},
                )
            if security == "none" and not is_loopback(host):
                raise BadInput(
                    f"{what.upper()} security none sends your password in clear: it is allowed "
                    f"only for a server on this machine (127.0.0.1, localhost), not {host}",
                    code="mail-insecure",
                    field=f"{what}_security",
                    values={"protocol": what, "host": host},
                )
            if not 0 < port < 65536:
                raise BadInput(
                    f"{what.upper()} port {port}: give a port between 1 and 65535",
                    code="mail-bad-port",
                    field=f"{what}_port",
                    values={"protocol": what, "port": port},
                )
        if self.auth not in AUTH:
            raise BadInput(
                f"sign-in method {self.auth!r}: write password or xoauth2",
                code="mail-bad-auth",
                field="auth",
                values={"auth": self.auth},
            )
        if self.auth == "xoauth2" and not self.password_command:
            raise BadInput(
                "xoauth2 sign-in needs a password command that prints a fresh access token",
                code="mail-no-token-command",
                field="password_command",
            )
        if self.ca_file and not Path(self.ca_file).is_file():
            raise BadInput(
                f"CA file {self.ca_file}: no such file",
                code="mail-no-ca-file",
                field="ca_file",
                values={"ca_file": self.ca_file},
            )
        return self


def is_loopback(host: str) -> bool:
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


DEFAULT_PORTS = {
    ("smtp", "tls"): 465,
    ("smtp", "starttls"): 587,
    ("smtp", "none"): 25,
    ("imap", "tls"): 993,
    ("imap", "starttls"): 143,
    ("imap", "none"): 143,
}


def build_account(
    email: str,
    *,
    provider: str | None = None,
    user: str | None = None,
    smtp_host: str | None = None,
    smtp_port: int | None = None,
    smtp_security: str | None = None,
    imap_host: str | None = None,
    imap_port: int | None = None,
    imap_security: str | None = None,
    auth: str | None = None,
    password_command: str | None = None,
    ca_file: str | None = None,
    security: str | None = None,
    name: str = "",
    files_sent: bool | None = None,
    sent_folder: str | None = None,
) -> MailAccount:
    """An account from the options given, the rest from the provider's preset."""
    email = email.strip()
    preset = preset_for(email, provider)
    if provider and preset is None:
        from tactful.mailbox.presets import BY_ID

        raise BadInput(
            f"unknown mail provider {provider!r}: write one of {', '.join(BY_ID)}",
            code="mail-unknown-provider",
            field="provider",
            values={"provider": provider, "choices": list(BY_ID)},
        )
    smtp_security = smtp_security or security or (preset.smtp_security if preset else "starttls")
    imap_security = imap_security or security or (preset.imap_security if preset else "tls")
    smtp_host = smtp_host or (preset.smtp_host if preset else "")
    imap_host = imap_host or (preset.imap_host if preset else "")
    if smtp_port is None:
        same = preset and preset.smtp_security == smtp_security and smtp_host == preset.smtp_host
        # An unknown security has no default port: 0, and validated() names the security.
        smtp_port = (
            preset.smtp_port if preset and same else DEFAULT_PORTS.get(("smtp", smtp_security), 0)
        )
    if imap_port is None:
        same = preset and preset.imap_security == imap_security and imap_host == preset.imap_host
        imap_port = (
            preset.imap_port if preset and same else DEFAULT_PORTS.get(("imap", imap_security), 0)
        )
    return MailAccount(
        email=email,
        user=user or email,
        smtp_host=smtp_host,
        smtp_port=smtp_port,
        smtp_security=smtp_security,
        imap_host=imap_host,
        imap_port=imap_port,
        imap_security=imap_security,
        auth=auth or "password",
        password_command=password_command or "",
        ca_file=str(Path(ca_file).expanduser().resolve()) if ca_file else "",
        provider=preset.id if preset else "",
        files_sent=files_sent if files_sent is not None else bool(preset and preset.files_sent),
        sent_folder=sent_folder or "",
        name=name,
    ).validated()


def account_path(home: Path) -> Path:
    return home / FILE_NAME


def load_account(home: Path) -> MailAccount | None:
    path = account_path(home)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise BadInput(
            f"cannot read {path}: {exc}; set the mail account up again",
            code="mail-account-unreadable",
            values={"path": str(path), "reason": str(exc)},
        ) from None
    known = {f.name for f in fields(MailAccount)}
    try:
        return MailAccount(**{k: v for k, v in data.items() if k in known})
    except TypeError as exc:
        raise BadInput(
            f"{path} is damaged ({exc}); set the mail account up again",
            code="mail-account-damaged",
            values={"path": str(path), "reason": str(exc)},
        ) from None


def require_account(home: Path) -> MailAccount:
    account = load_account(home)
    if account is None:
        raise BadInput(
            "no mail account is set up: set one up first",
            code="mail-not-set-up",
        )
    return account


def save_account(home: Path, account: MailAccount) -> None:
    home.mkdir(parents=True, exist_ok=True)
    write_atomically(account_path(home), json.dumps(account.to_json(), indent=2) + "\n", mode=0o600)


def forget_account(home: Path) -> bool:
    path = account_path(home)
    if path.exists():
        path.unlink()
        return True
    return False


def with_remind(account: MailAccount, on: bool) -> MailAccount:
    return replace(account, remind=on)
