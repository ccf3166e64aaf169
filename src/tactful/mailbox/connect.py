"""Opening the account's SMTP and IMAP connections: verified TLS (or a private CA), password or
XOAUTH2 login, and failures as one-line errors that never carry the secret."""

from __future__ import annotations

import contextlib
import smtplib
import socket
import ssl
from typing import TYPE_CHECKING, Any

from tactful.errors import BadInput
from tactful.mailbox.account import MailAccount
from tactful.mailbox.secrets import redact

if TYPE_CHECKING:
    from imapclient import IMAPClient

TIMEOUT = 30.0


class MailError(BadInput):
    """A mail server could not be reached, or refused the login."""

    default_code = "mail-error"


class MailDropped(MailError):
    """The connection broke while talking to the server."""

    default_code = "mail-dropped"


def tls_context(account: MailAccount) -> ssl.SSLContext:
    """Certificates are verified, against the system's CAs or `--ca-file`."""
    try:
        return ssl.create_default_context(cafile=account.ca_file or None)
    except (OSError, ssl.SSLError) as exc:
        raise MailError(
            f"cannot use the CA file {account.ca_file}: {exc}",
            code="mail-tls",
            field="ca_file",
            values={"ca_file": account.ca_file, "reason": str(exc), "fix": "ca-file-unusable"},
        ) from None


def xoauth2_string(user: str, token: str) -> str:
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def _where(kind: str, host: str, port: int) -> str:
    return f"{kind} server {host}:{port}"


def _network_error(exc: BaseException, where: str, secret: str) -> MailError:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailError(
            f"the {where} has a certificate tactful cannot verify ({exc.verify_message}); "
            "for a private CA give its certificate file",
            code="mail-tls",
            values={"where": where, "reason": str(exc.verify_message), "fix": "ca-file"},
        )
    if isinstance(exc, ssl.SSLError):
        return MailError(f"TLS failed with the {where}: {exc.reason}", code="mail-tls")
    if isinstance(exc, socket.timeout | TimeoutError):
        return MailDropped(f"the {where} did not answer in time", code="mail-timeout")
    if isinstance(exc, ConnectionRefusedError):
        return MailError(
            f"cannot connect to the {where}: connection refused; check the host and port",
            code="mail-connect",
        )
    if isinstance(exc, smtplib.SMTPServerDisconnected | ConnectionError | EOFError):
        return MailDropped(f"the {where} closed the connection", code="mail-dropped")
    text = redact(str(exc), secret)
    return MailError(f"cannot talk to the {where}: {text}", code="mail-connect")


# SMTP


def open_smtp(account: MailAccount, secret: str, timeout: float = TIMEOUT) -> smtplib.SMTP:
    """A logged-in SMTP session."""
    where = _where("SMTP", account.smtp_host, account.smtp_port)
    smtp: smtplib.SMTP | None = None
    try:
        if account.smtp_security == "tls":
            smtp = smtplib.SMTP_SSL(
                account.smtp_host, account.smtp_port, timeout=timeout, context=tls_context(account)
            )
        else:
            smtp = smtplib.SMTP(account.smtp_host, account.smtp_port, timeout=timeout)
            smtp.ehlo()
            if account.smtp_security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise MailError(
                        f"the {where} does not offer STARTTLS: use TLS for SMTP instead",
                        code="mail-tls",
                        field="smtp_security",
                        values={"where": where, "fix": "smtp-tls"},
                    )
                smtp.starttls(context=tls_context(account))
                smtp.ehlo()
        _smtp_login(smtp, account, secret, where)
        return smtp
    except MailError:
        _close_smtp(smtp)
        raise
    except (OSError, smtplib.SMTPException) as exc:
        _close_smtp(smtp)
        raise _network_error(exc, where, secret) from None


def _smtp_login(smtp: smtplib.SMTP, account: MailAccount, secret: str, where: str) -> None:
    try:
        if account.auth == "xoauth2":
            token = xoauth2_string(account.user, secret)

            def answer(challenge: bytes | None = None) -> str:
                # A refused token gets a JSON challenge; the empty answer ends the exchange.
                return token if challenge is None else ""

            smtp.auth("XOAUTH2", answer, initial_response_ok=True)
        else:
            smtp.login(account.user, secret)
    except smtplib.SMTPAuthenticationError:
        raise _login_refused(account, where) from None
    except smtplib.SMTPNotSupportedError:
        raise MailError(
            f"the {where} offers no login: check the SMTP port and security",
            code="mail-auth",
            field="smtp_security",
            values={"where": where, "fix": "smtp-security"},
        ) from None


def _login_refused(account: MailAccount, where: str) -> MailError:
    if account.auth == "xoauth2":
        return MailError(
            f"the {where} refused the access token for {account.user}: it may have expired; "
            "check that the password command prints a fresh one",
            code="mail-token-refused",
            field="password_command",
            values={"where": where, "user": account.user},
        )
    return MailError(
        f"the {where} refused the login for {account.user}: wrong user or password (many "
        "providers want an app password)",
        code="mail-auth",
        field="password",
        values={"where": where, "user": account.user, "fix": "app-password"},
    )


def _close_smtp(smtp: smtplib.SMTP | None) -> None:
    if smtp is None:
        return
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


def close_smtp(smtp: smtplib.SMTP) -> None:
    _close_smtp(smtp)


# IMAP


def open_imap(account: MailAccount, secret: str, timeout: float = TIMEOUT) -> IMAPClient:
    """A logged-in IMAP session."""
    from imapclient import IMAPClient
    from imapclient.exceptions import IMAPClientError, LoginError

    where = _where("IMAP", account.imap_host, account.imap_port)
    client: IMAPClient | None = None
    try:
        context = tls_context(account) if account.imap_security != "none" else None
        client = IMAPClient(
            account.imap_host,
            port=account.imap_port,
            ssl=account.imap_security == "tls",
            ssl_context=context,
            timeout=timeout,
        )
        client.normalise_times = False  # aware datetimes: INTERNALDATE keeps its offset
        if account.imap_security == "starttls":
            client.starttls(context)
        if account.auth == "xoauth2":
            client.oauth2_login(account.user, secret)
        else:
            client.login(account.user, secret)
        return client
    except LoginError:
        _close_imap(client)
        raise _login_refused(account, where) from None
    except MailError:
        _close_imap(client)
        raise
    except (OSError, IMAPClientError) as exc:
        _close_imap(client)
        raise _network_error(exc, where, secret) from None


def _close_imap(client: Any) -> None:
    if client is None:
        return
    try:
        client.logout()
    except Exception:  # the connection may already be gone
        with contextlib.suppress(Exception):
            client.shutdown()


def close_imap(client: IMAPClient) -> None:
    _close_imap(client)
