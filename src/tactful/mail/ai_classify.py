"""Optional: ask the configured AI backend what an employer's email means, checked by the rules.

The model must answer exactly one class name from the fixed list. The answer is refused, and
the rules' result kept (with a reason saying why), when:
- the backend fails (AIError: endpoint down, timeout, malformed answer);
- the answer is not one of the class names (after trimming case, quotes and a final period);
- it contradicts decisive headers: an automatic-reply header (Auto-Submitted: auto-replied,
  X-Autoreply, …) means out-of-office or acknowledgement, unless the rules themselves read a
  rejection, invitation or offer in the text.
When the model agrees with the rules, confidence rises to at least AGREED; when it disagrees,
its class is used but never as `confident` (the user is asked).

What is sent: the sender's name and address, the subject, which automatic-reply headers are
present, and the new text of this one email (not the quoted earlier messages), cut at
MAX_TEXT_CHARS.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import tzinfo

from tactful.ai.base import AIError, Message, TextBackend
from tactful.mail.classify import CONFIDENT_AT, Classification, MailKind, classify
from tactful.mail.message import IncomingMail
from tactful.mail.senders import sender_facts
from tactful.mail.when import find_meeting_time

MAX_TEXT_CHARS = 4000
AGREED = 0.9
DISAGREED = 0.6
_ALIASES = {
    "out of office": MailKind.OUT_OF_OFFICE,
    "out-of-office": MailKind.OUT_OF_OFFICE,
    "acknowledgment": MailKind.ACKNOWLEDGEMENT,
    "acknowledgement": MailKind.ACKNOWLEDGEMENT,
}
_DECISIONS = frozenset({MailKind.REJECTION, MailKind.INVITATION, MailKind.OFFER})
_NOT_REPLIES = frozenset({MailKind.OUT_OF_OFFICE, MailKind.ACKNOWLEDGEMENT})

SYSTEM_PROMPT = """You label one email that an employer, a recruiter or an applicant-tracking \
system sent to a job candidate. The email may be in English or French.

Answer with exactly one of these words and nothing else:
rejection - the application will not go further (also "we will keep your CV on file")
invitation - an invitation to a next interview or assessment round, a time or a scheduling link
offer - a job or internship offer, or an offer letter to sign
request - asks for information, documents or availability for something other than an interview
acknowledgement - an automatic notice that an application or a message was received
out-of-office - an automatic reply saying someone is away
other - a human reply that is none of these"""


def ai_messages(mail: IncomingMail) -> list[Message]:
    """The chat messages sent to the model for `mail`."""
    facts = sender_facts(mail.headers, mail.sender)
    headers = [r for r in facts.reasons if r.startswith("header ")]
    text = mail.text[:MAX_TEXT_CHARS]
    user = (
        f"From: {mail.sender}\n"
        f"Subject: {mail.subject}\n"
        f"Automatic-reply headers: {'; '.join(headers) or 'none'}\n\n"
        f"{text}\n\nAnswer with one word from the list."
    )
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]


def parse_answer(answer: str) -> MailKind | None:
    """The class the model named, or None when its answer is anything else."""
    lines = answer.strip().splitlines()
    word = re.sub(r"^[\s\"'`*]+|[\s\"'`*.!]+$", "", lines[0] if lines else "").lower()
    if word in _ALIASES:
        return _ALIASES[word]
    try:
        return MailKind(word)
    except ValueError:
        return None


def classify_with_ai(
    mail: IncomingMail,
    backend: TextBackend,
    *,
    zone: tzinfo | None = None,
    rules: Classification | None = None,
) -> Classification:
    """The model's class for `mail`, or the rules' one when the model's cannot be trusted."""
    rules = rules if rules is not None else classify(mail, zone=zone)
    try:
        answer = backend.generate(ai_messages(mail), temperature=0.0, max_tokens=10)
    except AIError as exc:
        return _keep(rules, f"AI classification failed ({exc.message}); kept the rules' result")
    kind = parse_answer(answer)
    if kind is None:
        shown = " ".join(answer.split())[:60]
        return _keep(rules, f"the model answered {shown!r}, not a class; kept the rules' result")
    facts = sender_facts(mail.headers, mail.sender)
    if facts.auto_reply and kind not in _NOT_REPLIES and rules.kind not in _DECISIONS:
        return _keep(
            rules,
            f"the model answered '{kind}' but the headers say automatic reply; kept the rules'"
            " result",
        )
    if kind is rules.kind:
        confidence = max(rules.confidence, AGREED)
        return replace(
            rules,
            confidence=confidence,
            confident=confidence >= CONFIDENT_AT,
            reasons=(f"the model agrees: {kind}", *rules.reasons),
        )
    meeting = None
    if kind is MailKind.INVITATION and mail.date is not None:
        meeting = find_meeting_time(mail.text, received_at=mail.date, zone=zone)
    return Classification(
        kind=kind,
        confidence=DISAGREED,
        confident=DISAGREED >= CONFIDENT_AT,
        language=rules.language,
        reasons=(f"the model answered '{kind}'", f"the rules read '{rules.kind}'", *rules.reasons),
        meeting=meeting,
    )


def _keep(rules: Classification, reason: str) -> Classification:
    return replace(rules, reasons=(reason, *rules.reasons))
