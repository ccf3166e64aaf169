"""Reading employer email offline: parse a message, classify what it means, find a proposed
interview time. Pure: no network, no disk.

    from tactful.mail import classify, parse_message
    mail = parse_message(raw_bytes)
    result = classify(mail, zone=ZoneInfo("Europe/Paris"))
    result.kind, result.confident, result.outcome(), result.meeting

`tactful.mail.ai_classify.classify_with_ai` asks a configured AI backend instead, checked
against the rules. See docs/mail-classifier.md.
"""

from tactful.mail.classify import CONFIDENT_AT, Classification, MailKind, classify
from tactful.mail.message import Attachment, IncomingMail, parse_message
from tactful.mail.when import find_meeting_time

__all__ = [
    "CONFIDENT_AT",
    "Attachment",
    "Classification",
    "IncomingMail",
    "MailKind",
    "classify",
    "find_meeting_time",
    "parse_message",
]
