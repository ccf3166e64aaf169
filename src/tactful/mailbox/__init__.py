"""The user's own mailbox over IMAP and SMTP: send follow-ups at most once, read the employer's
replies, propose what to record, remind when a step is due. See docs/mail.md.

    box = api.mailbox()                          # tactful.Tactful.mailbox()
    items = box.prepare(3, "thank-you")          # checked emails, one per interviewer
    with box.sender() as sender: sender.send(items)
    box.scan(); [p.describe() for p in box.proposals()]
"""

from tactful.mailbox.account import MailAccount, build_account, load_account
from tactful.mailbox.proposals import Proposal
from tactful.mailbox.service import Mailbox

__all__ = ["MailAccount", "Mailbox", "Proposal", "build_account", "load_account"]
