"""parse_message on the mail the wild sends: broken MIME, wrong charsets, RFC 2047, huge parts."""

from __future__ import annotations

import base64
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.message import Message
from email.parser import BytesParser
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.mail import Attachment, parse_message
from tactful.models import Person


def eml(headers: str, body: bytes | str = "Hello.\n") -> bytes:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return headers.strip("\n").encode("utf-8") + b"\n\n" + data


def test_a_plain_message_reads_into_values() -> None:
    mail = parse_message(
        eml(
            """
From: "Okafor, Tessa" <Tessa.Okafor@Northwind.example>
To: Alex Morgan <alex@example.com>, ruth@northwind.example
Cc: =?utf-8?q?L=C3=A9a_Dubois?= <lea@example.fr>
Subject: Second interview
Date: Thu, 03 Dec 2026 10:40:00 +0000
Message-ID: <abc@northwind.example>
In-Reply-To: <thanks-1@mail.example>
References: <first@mail.example>
 <thanks-1@mail.example>
Auto-Submitted: no
""",
            "Hi Alex,\n\nSee you soon.\n",
        )
    )
    assert mail.sender == Person("Okafor, Tessa", "tessa.okafor@northwind.example")
    assert mail.to == (
        Person("Alex Morgan", "alex@example.com"),
        Person("", "ruth@northwind.example"),
    )
    assert mail.cc == (Person("Léa Dubois", "lea@example.fr"),)
    assert mail.message_id == "abc@northwind.example"
    assert mail.in_reply_to == "thanks-1@mail.example"
    assert mail.references == ("first@mail.example", "thanks-1@mail.example")
    assert mail.date == datetime(2026, 12, 3, 10, 40, tzinfo=UTC)
    assert mail.text == "Hi Alex,\n\nSee you soon."
    assert mail.quoted == ""
    assert mail.headers["auto-submitted"] == "no"
    assert mail.attachments == () and mail.calendars == ()


def test_rfc2047_subjects_in_several_charsets_are_decoded() -> None:
    cases = {
        "=?utf-8?b?UsOpcG9uc2UgYXV0b21hdGlxdWUgOiBlbnRyZXRpZW4=?=": (
            "Réponse automatique : entretien"
        ),
        "=?iso-8859-1?q?R=E9ponse_=E0_votre_candidature?=": "Réponse à votre candidature",
        "Re: =?windows-1252?q?Offre_=96_CDI?= sign\u00e9e": "Re: Offre – CDI signée",
        "=?utf-8?q?Invitation_=E2=80=93?=\n =?utf-8?q?_final_interview?=": (
            "Invitation – final interview"
        ),
    }
    for raw, expected in cases.items():
        mail = parse_message(eml(f"From: a@b.example\nSubject: {raw}"))
        assert mail.subject == expected, raw


def test_broken_encoded_words_and_8bit_headers_degrade_without_raising() -> None:
    # Declared UTF-8, written in Latin-1: read as Windows-1252 rather than lost.
    mail = parse_message(eml("From: a@b.example\nSubject: =?utf-8?q?V=E9rification?="))
    assert mail.subject == "Vérification"
    # An unknown charset and a truncated word keep what can be read.
    mail = parse_message(
        eml("From: a@b.example\nSubject: =?x-klingon?q?Qapla=27?= ok =?utf-8?b?w6")
    )
    assert "ok" in mail.subject
    # Raw 8-bit UTF-8 and raw Latin-1 bytes in headers.
    raw = b"From: =?utf-8?q?=C3=89lodie?= <e@x.example>\nSubject: R\xc3\xa9ponse\n\nbody\n"
    assert parse_message(raw).subject == "Réponse"
    raw = b"From: \xc9lodie <e@x.example>\nSubject: R\xe9ponse \xe0 votre candidature\n\nbody\n"
    mail = parse_message(raw)
    assert mail.subject == "Réponse à votre candidature"
    assert mail.sender.email == "e@x.example"


def test_missing_and_unreadable_fields_are_empty() -> None:
    mail = parse_message(eml("Subject: no sender\nDate: the day after tomorrow\nMessage-ID: none"))
    assert mail.sender == Person()
    assert mail.date is None
    assert mail.message_id == ""
    assert parse_message(b"").text == ""
    assert parse_message(b"\x00\xff\xfe garbage without headers").sender == Person()


def test_a_date_without_a_zone_is_utc_and_others_keep_theirs() -> None:
    mail = parse_message(eml("From: a@b.example\nDate: Tue, 1 Dec 2026 09:00:00 -0000"))
    assert mail.date == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    mail = parse_message(eml("From: a@b.example\nDate: Tue, 1 Dec 2026 09:00:00 +0100"))
    assert mail.date is not None and mail.date.utcoffset() == timedelta(hours=1)
    assert mail.date == datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def test_bodies_in_wrong_or_missing_charsets_are_read() -> None:
    latin1 = "Nous avons le regret de ne pas retenir votre candidature.\n".encode("latin-1")
    undeclared = eml(
        "From: a@b.example\nContent-Type: text/plain\nContent-Transfer-Encoding: 8bit", latin1
    )
    assert "regret de ne pas retenir" in parse_message(undeclared).text
    mislabelled = eml(
        'From: a@b.example\nContent-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: 8bit",
        latin1,
    )
    assert "retenir votre candidature" in parse_message(mislabelled).text
    unknown = eml(
        'From: a@b.example\nContent-Type: text/plain; charset="x-unknown-9"\n'
        "Content-Transfer-Encoding: quoted-printable",
        b"D=C3=A9cision prise.\n",
    )
    assert parse_message(unknown).text == "Décision prise."
    garbage = eml(
        'From: a@b.example\nContent-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: 8bit",
        b"ok \x81\x8d\x8f\x90\x9d end\n",
    )
    text = parse_message(garbage).text
    assert text.startswith("ok ") and text.endswith(" end")


def test_malformed_mime_degrades() -> None:
    no_boundary = eml("From: a@b.example\nContent-Type: multipart/alternative", "just text\n")
    parse_message(no_boundary)  # nothing to assert but that it returns
    unterminated = eml(
        'From: a@b.example\nContent-Type: multipart/mixed; boundary="b1"',
        "--b1\nContent-Type: text/plain\n\nWe would like to invite you.\n"
        "--b1\nContent-Type: text/html\n\n<p>cut",
    )
    assert "invite you" in parse_message(unterminated).text
    bad_base64 = eml(
        "From: a@b.example\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: base64",
        "SGVsbG8gd29ybGQ=!!!not base64\n",
    )
    parse_message(bad_base64)
    nested = eml(
        'From: a@b.example\nContent-Type: multipart/mixed; boundary="a"',
        '--a\nContent-Type: multipart/alternative; boundary="a"\n\n--a\n\ntext\n--a--\n--a--\n',
    )
    parse_message(nested)


def test_html_only_mail_is_read_as_text_with_the_quote_set_apart() -> None:
    html = (
        "<html><head><style>p{color:red}</style><title>x</title></head><body>"
        "<div dir='ltr'><p>Hi Sam,</p>"
        "<p>We&#39;d like to <b>invite you</b> to a second interview.</p></div>"
        "<div class='gmail_quote'>"
        "<div class='gmail_attr'>On Tue, Sam &lt;s@x.example&gt; wrote:</div>"
        "<blockquote class='gmail_quote'>Thank you for the offer of an interview</blockquote></div>"
        "</body></html>"
    )
    mail = parse_message(eml("From: a@b.example\nContent-Type: text/html; charset=utf-8", html))
    assert mail.text == "Hi Sam,\n\nWe'd like to invite you to a second interview."
    assert "Thank you for the offer" in mail.quoted
    assert "color:red" not in mail.text


def test_outlook_html_reply_drops_everything_after_the_reply_header() -> None:
    html = (
        "<html><body><div>Dear Alex,</div><div>Unfortunately we will not proceed.</div>"
        "<div id='appendonsend'></div><hr>"
        "<div id='divRplyFwdMsg'><b>From:</b> Alex<br><b>Sent:</b> Monday</div>"
        "<div>I was delighted to receive your offer.</div></body></html>"
    )
    mail = parse_message(eml("From: a@b.example\nContent-Type: text/html", html))
    assert mail.text == "Dear Alex,\nUnfortunately we will not proceed."
    assert "delighted to receive your offer" in mail.quoted


def test_a_stub_text_part_gives_way_to_the_html() -> None:
    body = (
        "--b\nContent-Type: text/plain\n\nView in browser.\n"
        "--b\nContent-Type: text/html\n\n<p>We are pleased to offer you the position.</p>\n--b--\n"
    )
    mail = parse_message(
        eml('From: a@b.example\nContent-Type: multipart/alternative; boundary="b"', body)
    )
    assert mail.text == "We are pleased to offer you the position."


def test_calendars_are_kept_from_inline_parts_and_ics_attachments() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:1\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    encoded = base64.b64encode(ics.encode()).decode()
    body = (
        '--m\nContent-Type: multipart/alternative; boundary="a"\n\n'
        "--a\nContent-Type: text/plain\n\nSee invite.\n"
        "--a\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\n\n" + ics + "\n--a--\n"
        '--m\nContent-Type: application/ics; name="invite.ics"\nContent-Disposition: attachment; '
        'filename="invite.ics"\nContent-Transfer-Encoding: base64\n\n' + encoded + "\n--m--\n"
    )
    mail = parse_message(
        eml('From: a@b.example\nContent-Type: multipart/mixed; boundary="m"', body)
    )
    assert mail.text == "See invite."
    assert len(mail.calendars) == 2
    assert all(c.replace(b"\r\n", b"\n").startswith(b"BEGIN:VCALENDAR") for c in mail.calendars)
    assert mail.attachments == (Attachment("invite.ics", "application/ics", len(ics)),)


def test_a_forwarded_message_is_listed_not_read_as_the_body() -> None:
    body = (
        "--m\nContent-Type: text/plain\n\nFYI, see below.\n"
        "--m\nContent-Type: message/rfc822\n\nFrom: x@y.example\nSubject: inner\n\n"
        "We are pleased to offer you the position.\n--m--\n"
    )
    mail = parse_message(
        eml('From: a@b.example\nContent-Type: multipart/mixed; boundary="m"', body)
    )
    assert mail.text == "FYI, see below."
    assert [a.content_type for a in mail.attachments] == ["message/rfc822"]


def _with_attachment(data: bytes, name: str = "cv.pdf") -> bytes:
    head = (
        'From: a@b.example\nSubject: offer\nContent-Type: multipart/mixed; boundary="m"\n\n'
        "--m\nContent-Type: text/plain\n\nYour contract is attached.\n"
        f'--m\nContent-Type: application/pdf; name="{name}"\nContent-Disposition: attachment; '
        f'filename="{name}"\nContent-Transfer-Encoding: base64\n\n'
    )
    return head.encode() + base64.encodebytes(data) + b"\n--m--\n"


def _peak_memory(work: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_huge_attachment_is_listed_with_its_size_and_never_decoded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = b"%PDF-1.4\n" + bytes(range(256)) * 24_000  # 6 MB
    raw = _with_attachment(data)
    decoded: list[str] = []
    real_get_payload = Message.get_payload

    def watched(self: Message, i: int | None = None, decode: bool = False) -> Any:
        if decode:
            decoded.append(self.get_content_type())
        return real_get_payload(self, i, decode)  # type: ignore[call-overload]

    monkeypatch.setattr(Message, "get_payload", watched)
    mail = parse_message(raw)
    assert mail.text == "Your contract is attached."
    assert mail.attachments == (Attachment("cv.pdf", "application/pdf", len(data)),)
    assert mail.calendars == ()
    assert decoded == ["text/plain"]  # the body was decoded, the 6 MB PDF was not
    # The standard parser alone holds the message text several times over; parse_message
    # must add no more than a fraction of the attachment's size to that.
    monkeypatch.undo()
    baseline = _peak_memory(lambda: BytesParser(policy=policy.default).parsebytes(raw))
    ours = _peak_memory(lambda: parse_message(raw))
    assert ours < baseline + len(data) // 4, (ours, baseline)


def test_a_text_part_over_the_cap_is_not_decoded_either() -> None:
    big = "x" * 50_000
    raw = eml("From: a@b.example\nContent-Type: text/plain; charset=utf-8", big)
    mail = parse_message(raw, max_part_bytes=10_000)
    assert mail.text == ""
    assert mail.attachments == (Attachment("", "text/plain", len(big)),)
    small = parse_message(raw)
    assert small.text == big and small.attachments == ()


def test_an_oversized_calendar_is_listed_not_kept() -> None:
    ics = "BEGIN:VCALENDAR\nX-PAD:" + "y" * 5000 + "\nEND:VCALENDAR\n"
    raw = eml("From: a@b.example\nContent-Type: text/calendar; method=REQUEST", ics)
    mail = parse_message(raw, max_part_bytes=1000)
    assert mail.calendars == ()
    assert mail.attachments[0].content_type == "text/calendar"
    assert parse_message(raw).calendars != ()


def test_headers_are_lower_case_and_decoded() -> None:
    mail = parse_message(
        eml(
            "From: a@b.example\nX-Autoreply: YES\nAuto-Submitted: auto-replied\n"
            "X-Thing: =?utf-8?q?caf=C3=A9?=\nReceived: first\nReceived: second"
        )
    )
    assert mail.headers["x-autoreply"] == "YES"
    assert mail.headers["auto-submitted"] == "auto-replied"
    assert mail.headers["x-thing"] == "café"
    assert mail.headers["received"] == "first"


_HEADER_NAMES = [
    "From",
    "To",
    "Cc",
    "Subject",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    "Content-Type",
    "Content-Transfer-Encoding",
    "Content-Disposition",
    "Auto-Submitted",
    "X-Autoreply",
    "MIME-Version",
]
_VALUES = st.one_of(
    st.binary(max_size=60),
    st.sampled_from(
        [
            b"=?utf-8?q?caf=C3=A9?=",
            b"=?iso-8859-1?b?6Q==?=",
            b"=?x-bad?q?x?=",
            b"=?utf-8?b?w6",
            b'multipart/mixed; boundary="b"',
            b"multipart/alternative; boundary=b",
            b"text/html",
            b"text/plain; charset=utf-16",
            b"text/calendar",
            b"message/rfc822",
            b"base64",
            b"quoted-printable",
            b'attachment; filename="a.ics"',
            b"<a@b> <c@d>",
            b'"Doe, J" <j@x>',
            b"Tue, 31 Feb 2026 25:61:00 +9999",
            b"",
        ]
    ),
)
_BODY_PIECES = st.sampled_from(
    [
        b"--b\n",
        b"--b--\n",
        b"Content-Type: text/plain\n\n",
        b"Content-Type: text/html\n\n<p>x",
        b"Content-Transfer-Encoding: base64\n\n",
        b"=C3=A9=\n",
        b"SGVsbG8=\n",
        b"\n",
        b"> quoted\n",
        b"On Tue, X wrote:\n",
        b"<div class=gmail_quote>",
        b"\xff\xfe\x00",
        b"BEGIN:VCALENDAR\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    headers=st.lists(st.tuples(st.sampled_from(_HEADER_NAMES), _VALUES), max_size=10),
    body=st.lists(st.one_of(_BODY_PIECES, st.binary(max_size=40)), max_size=15),
)
def test_parse_message_never_raises_on_mime_shaped_garbage(
    headers: list[tuple[str, bytes]], body: list[bytes]
) -> None:
    raw = b"".join(n.encode() + b": " + v + b"\n" for n, v in headers) + b"\n" + b"".join(body)
    mail = parse_message(raw, max_part_bytes=50)
    assert isinstance(mail.subject, str) and isinstance(mail.text, str)
    assert all(isinstance(c, bytes) and len(c) <= 50 for c in mail.calendars)
    assert all(a.size >= 0 for a in mail.attachments)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_parse_message_never_raises_on_arbitrary_bytes(raw: bytes) -> None:
    mail = parse_message(raw)
    assert isinstance(mail.text, str) and isinstance(mail.quoted, str)
    assert mail.date is None or mail.date.tzinfo is not None
