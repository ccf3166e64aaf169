"""Reading employer email offline: parse a message, classify what it means, find a proposed
interview time. Pure: no network, no disk.

    from tactful.mail import classify, parse_message
    mail = parse_message(raw_bytes)
    result = classify(mail, zone=ZoneInfo("Europe/Paris"))
    result.kind, result.confident, result.outcome(), result.meeting

See docs/mail-classifier.md.
"""

from tactful.mail.message import Attachment, IncomingMail, parse_message

__all__ = ["Attachment", "IncomingMail", "parse_message"]
