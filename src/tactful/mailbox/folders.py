"""Finding the Sent folder and a message in it by its Message-ID."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tactful.mailbox.account import MailAccount
from tactful.mailbox.connect import MailError

if TYPE_CHECKING:
    from imapclient import IMAPClient

USUAL_SENT = (
    "Sent",
    "Sent Items",
    "Sent Messages",
    "Sent Mail",
    "[Gmail]/Sent Mail",
    "INBOX.Sent",
    "INBOX/Sent",
    "Envoyés",
    "Messages envoyés",
    "Éléments envoyés",
    "OUTBOX",
)


def sent_folder(client: IMAPClient, account: MailAccount) -> str:
    """The account's Sent folder: as configured, else the one marked \\Sent, else a usual
    name."""
    if account.sent_folder:
        return account.sent_folder
    found = client.find_special_folder(b"\\Sent")
    if found:
        return str(found)
    names = {str(name) for _, _, name in client.list_folders()}
    for name in USUAL_SENT:
        if name in names:
            return name
    raise MailError(
        "cannot find your Sent folder: name it in the mail account's settings",
        code="mail-no-sent-folder",
        field="sent_folder",
    )


def find_message_id(client: IMAPClient, folder: str, message_id: str) -> bool:
    """Is a message with this Message-ID in the folder? Read-only."""
    if not message_id:
        return False
    client.select_folder(folder, readonly=True)
    return bool(client.search(["HEADER", "Message-ID", message_id]))
