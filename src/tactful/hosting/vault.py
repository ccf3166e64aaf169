"""Members' mail passwords at rest: encrypted with the server's key (Fernet: AES-128-CBC with
HMAC-SHA256), which lives only in the environment of the web and worker processes
(`TACTFUL_SECRET_KEY`; servers have no keyring). The database holds ciphertext only.

Losing the key loses only the mail passwords: members type theirs again on their account page,
and everything else stays. `tactful db new-key` prints a fresh key.
"""

from __future__ import annotations

import os

from tactful.errors import BadInput

KEY_VARIABLE = "TACTFUL_SECRET_KEY"


def new_key() -> str:
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode("ascii")


def _fernet() -> object:
    from cryptography.fernet import Fernet

    key = os.environ.get(KEY_VARIABLE, "").strip()
    if not key:
        raise BadInput(
            f"mail passwords need the server's key: set {KEY_VARIABLE} (make one with "
            "'tactful db new-key') in the environment of the web and worker processes",
            code="no-server-key",
            field=KEY_VARIABLE,
        )
    try:
        return Fernet(key.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        raise BadInput(
            f"{KEY_VARIABLE} is not a key made by 'tactful db new-key' (32 bytes, url-safe base64)",
            code="bad-server-key",
            field=KEY_VARIABLE,
        ) from None


def encrypt(secret: str) -> str:
    from cryptography.fernet import Fernet

    fernet = _fernet()
    assert isinstance(fernet, Fernet)
    return fernet.encrypt(secret.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    from cryptography.fernet import Fernet, InvalidToken

    fernet = _fernet()
    assert isinstance(fernet, Fernet)
    try:
        return fernet.decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken:
        raise BadInput(
            "the mail password was saved under another server key: type it again on your "
            "account page (the rest of your data is untouched)",
            code="mail-key-changed",
            field="password",
        ) from None
