"""The server's own mail: sign-up and reset links, and reminders to members.

The server has a mail account when `TACTFUL_SMTP_URL` names one
(`smtp://USER@HOST:PORT?security=starttls|tls|none`, the password in `TACTFUL_SMTP_PASSWORD`,
the sender in `TACTFUL_MAIL_FROM`); without it, links are printed for the operator to pass on and
reminders wait on the member's Today page. `--security none` only on a loopback host, and TLS
certificates are verified (`TACTFUL_SMTP_CA_FILE` for a private CA), as for members' mail.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from urllib.parse import parse_qs, unquote, urlsplit

from tactful.errors import BadInput

SECURITIES = ("starttls", "tls", "none")


class SendFailed(Exception):
    """The message was not sent; `maybe_sent` when the server may have taken it anyway (the
    connection dropped after DATA), so a retry could send it twice."""

    def __init__(self, message: str, *, maybe_sent: bool) -> None:
        super().__init__(message)
        self.maybe_sent = maybe_sent


def _is_loopback(host: str) -> bool:
    from tactful.web.security import is_loopback

    return is_loopback(host)


@dataclass(frozen=True)
class ServerMail:
    host: str
    port: int
    security: str
    user: str
    password: str
    sender: str
    ca_file: str = ""

    @classmethod
    def from_env(cls) -> ServerMail | None:
        url = os.environ.get("TACTFUL_SMTP_URL", "").strip()
        if not url:
            return None
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise BadInput(
                "TACTFUL_SMTP_URL must look like smtp://USER@HOST:587?security=starttls",
                code="bad-smtp-url",
                field="TACTFUL_SMTP_URL",
            )
        if parts.password:
            raise BadInput(
                "TACTFUL_SMTP_URL holds a password: give it in TACTFUL_SMTP_PASSWORD instead",
                code="secret-in-url",
                field="TACTFUL_SMTP_URL",
            )
        query = parse_qs(parts.query)
        default = "tls" if parts.scheme == "smtps" else "starttls"
        security = (query.get("security") or [default])[0]
        if security not in SECURITIES:
            raise BadInput(
                f"security={security}: write starttls, tls or none",
                code="not-a-choice",
                field="TACTFUL_SMTP_URL",
            )
        if security == "none" and not _is_loopback(parts.hostname):
            raise BadInput(
                "security=none sends passwords in clear: only allowed to a loopback host",
                code="insecure-mail",
                field="TACTFUL_SMTP_URL",
            )
        user = unquote(parts.username or "")
        sender = os.environ.get("TACTFUL_MAIL_FROM", "").strip() or user
        if "@" not in sender:
            raise BadInput(
                "set TACTFUL_MAIL_FROM to the address the server's mail comes from",
                code="no-sender",
                field="TACTFUL_MAIL_FROM",
            )
        port = parts.port or {"tls": 465, "starttls": 587, "none": 25}[security]
        return cls(
            host=parts.hostname,
            port=port,
            security=security,
            user=user,
            password=os.environ.get("TACTFUL_SMTP_PASSWORD", ""),
            sender=sender,
            ca_file=os.environ.get("TACTFUL_SMTP_CA_FILE", ""),
        )

    def message(self, to: str, subject: str, body: str, message_id: str = "") -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg["Date"] = formatdate(localtime=False)
        msg["Message-ID"] = message_id or make_msgid(domain=self.sender.split("@")[-1])
        msg["Auto-Submitted"] = "auto-generated"
        msg.set_content(body)
        return msg

    def send(self, msg: EmailMessage) -> None:
        """Send one message; SendFailed says whether it may have gone anyway."""
        context = ssl.create_default_context(cafile=self.ca_file or None)
        after_data = False
        try:
            if self.security == "tls":
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=30, context=context
                )
            else:
                client = smtplib.SMTP(self.host, self.port, timeout=30)
            with client:
                if self.security == "starttls":
                    client.starttls(context=context)
                if self.user and self.password:
                    client.login(self.user, self.password)
                after_data = True
                client.send_message(msg)
        except smtplib.SMTPRecipientsRefused as exc:
            raise SendFailed(f"the server refused the recipient: {exc}", maybe_sent=False) from None
        except smtplib.SMTPResponseException as exc:
            # A refusal in words: the message was not taken.
            raise SendFailed(f"the mail server said {exc.smtp_code}", maybe_sent=False) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise SendFailed(
                f"cannot reach the mail server {self.host}:{self.port}: {exc}",
                maybe_sent=after_data,
            ) from None
