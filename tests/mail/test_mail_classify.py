"""classify on the subtle cases: automatic senders, auto-replies, negations, quotes, languages."""

from __future__ import annotations

import time
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from classifier_eval import TUNING
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tactful.mail import (
    CONFIDENT_AT,
    Classification,
    IncomingMail,
    MailKind,
    classify,
    parse_message,
)
from tactful.models import Outcome, Person

PARIS = ZoneInfo("Europe/Paris")
RECEIVED = datetime(2026, 12, 3, 10, 0, tzinfo=PARIS)


def mail(
    text: str,
    *,
    subject: str = "Your application",
    sender: str = "tessa@northwind.example",
    headers: dict[str, str] | None = None,
    quoted: str = "",
    calendars: tuple[bytes, ...] = (),
) -> IncomingMail:
    return IncomingMail(
        message_id="m@x.example",
        in_reply_to="",
        references=(),
        sender=Person("Someone", sender),
        to=(Person("Alex", "alex@example.com"),),
        cc=(),
        subject=subject,
        date=RECEIVED,
        text=text,
        quoted=quoted,
        headers=headers or {},
        calendars=calendars,
        attachments=(),
    )


def kind_of(m: IncomingMail) -> MailKind:
    return classify(m, zone=PARIS).kind


def test_an_ats_rejection_from_a_no_reply_address_is_a_rejection() -> None:
    result = classify(
        mail(
            "Unfortunately, we have decided to move forward with other candidates.",
            sender="no-reply@us.greenhouse-mail.io",
            headers={"auto-submitted": "auto-generated", "x-auto-response-suppress": "All"},
        )
    )
    assert result.kind is MailKind.REJECTION
    assert result.confident
    assert result.outcome() is Outcome.REJECTION
    assert any("greenhouse" in r for r in result.reasons)
    assert any("move forward with other candidates" in r for r in result.reasons)


def test_an_ats_invitation_is_an_invitation_not_an_acknowledgement() -> None:
    text = (
        "Thank you for applying. We'd like to invite you to a phone interview: pick a time below."
    )
    result = classify(
        mail(text, sender="no-reply@hire.lever.co", headers={"auto-submitted": "auto-generated"})
    )
    assert result.kind is MailKind.INVITATION
    assert result.outcome() is Outcome.NEXT_ROUND


@pytest.mark.parametrize(
    ("headers", "subject"),
    [
        ({"auto-submitted": "auto-replied"}, "Re: Thank you"),
        ({"x-autoreply": "yes"}, "Re: Thank you"),
        ({"x-autorespond": "true"}, "Re: Thank you"),
        ({"precedence": "auto_reply"}, "Re: Thank you"),
        ({}, "Automatic reply: Thank you"),
        ({}, "Réponse automatique : Merci"),
        ({}, "Absence du bureau"),
        ({"x-auto-response-suppress": "All"}, "Out of Office: Re: Thanks"),
    ],
)
def test_out_of_office_by_headers_or_subject(headers: dict[str, str], subject: str) -> None:
    text = "I am out of the office until Monday 7 December with limited access to email."
    result = classify(mail(text, subject=subject, headers=headers))
    assert result.kind is MailKind.OUT_OF_OFFICE
    assert result.outcome() is None
    assert result.confident


def test_an_out_of_office_in_french_that_mentions_interviews_is_still_an_absence() -> None:
    text = "Je suis absente jusqu'au 19 octobre. Les entretiens reprendront à mon retour."
    assert kind_of(mail(text, headers={"auto-submitted": "auto-replied"})) is MailKind.OUT_OF_OFFICE


def test_an_auto_reply_confirming_receipt_is_an_acknowledgement() -> None:
    text = "This is an automatic confirmation that we have received your message."
    result = classify(
        mail(text, subject="Re: Thank you", headers={"auto-submitted": "auto-replied"})
    )
    assert result.kind is MailKind.ACKNOWLEDGEMENT
    assert result.outcome() is None


def test_an_auto_reply_that_carries_a_clear_rejection_is_a_rejection() -> None:
    text = (
        "Thank you for your email. Unfortunately, we have decided to move forward with other "
        "candidates and your application has been unsuccessful."
    )
    result = classify(mail(text, headers={"auto-submitted": "auto-replied"}))
    assert result.kind is MailKind.REJECTION


def test_an_application_receipt_with_a_conditional_rejection_is_an_acknowledgement() -> None:
    for text in (
        "We confirm receipt of your application. If you do not hear from us within four weeks,\n"
        "please assume that your application has not been successful.",
        "Nous accusons réception de votre candidature. Sans réponse de notre part sous\n"
        "4 semaines, considérez que votre candidature n'a pas été retenue.",
    ):
        assert kind_of(mail(text, sender="jobs@company.example")) is MailKind.ACKNOWLEDGEMENT, text


def test_soft_rejections_in_both_languages() -> None:
    for text in (
        "Unfortunately we are not moving forward with your application, but we will keep your CV "
        "on file.",
        "Malheureusement, nous ne pouvons pas donner une suite favorable à votre candidature. "
        "Nous conservons votre candidature dans notre vivier.",
        "Nous sommes au regret de vous informer que nous avons retenu un autre candidat.",
    ):
        assert kind_of(mail(text)) is MailKind.REJECTION, text


def test_a_negated_offer_is_a_rejection_and_an_interview_offer_is_an_invitation() -> None:
    assert kind_of(mail("We will not be able to offer you the position.")) is MailKind.REJECTION
    assert kind_of(mail("Nous ne pouvons pas vous proposer le poste.")) is MailKind.REJECTION
    assert kind_of(mail("We'd like to offer you an interview next week.")) is MailKind.INVITATION
    assert kind_of(mail("We are pleased to offer you the position of Analyst.")) is MailKind.OFFER
    assert kind_of(mail("Nous avons le plaisir de vous proposer le poste.")) is MailKind.OFFER


def test_an_invitation_that_mentions_another_candidates_refusal_is_an_invitation() -> None:
    text = (
        "Unfortunately, the candidate we had chosen has declined our offer. We would like to "
        "invite you back for a final interview on Tuesday 8 December at 10:00."
    )
    result = classify(mail(text), zone=PARIS)
    assert result.kind is MailKind.INVITATION
    assert result.meeting == datetime(2026, 12, 8, 10, 0, tzinfo=PARIS)
    assert result.confident


def test_a_rejection_that_invites_to_a_talent_community_stays_a_rejection() -> None:
    text = (
        "We will not be proceeding with your application. We would like to invite you to join "
        "our talent community."
    )
    assert kind_of(mail(text)) is MailKind.REJECTION


def test_requests_for_information() -> None:
    for text in (
        "Could you send me the names and emails of two references?",
        "What are your salary expectations?",
        "When would you be available to start?",
        "Pourriez-vous nous indiquer vos prétentions salariales et votre préavis ?",
    ):
        result = classify(mail(text))
        assert result.kind is MailKind.REQUEST, text
        assert result.outcome() is Outcome.OTHER


def test_a_calendar_invitation_makes_an_invitation() -> None:
    ics = b"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    result = classify(mail("Hi Sam, here is the invite as discussed.", calendars=(ics,)))
    assert result.kind is MailKind.INVITATION
    cancelled = ics.replace(b"METHOD:REQUEST", b"METHOD:CANCEL")
    assert (
        kind_of(mail("Hi Sam, here is the invite as discussed.", calendars=(cancelled,)))
        is MailKind.OTHER
    )


def test_the_quoted_email_is_not_read() -> None:
    quoted = "> I am delighted to accept your offer of employment.\n> We are pleased to offer you"
    result = classify(mail("Thanks for your note, speak soon.", quoted=quoted))
    assert result.kind is MailKind.OTHER
    assert not result.confident


def test_a_reply_subject_is_not_read_as_evidence() -> None:
    text = "Thanks for confirming, see you on Tuesday!"
    assert kind_of(mail(text, subject="Re: Second interview – Data Analyst")) is MailKind.OTHER
    assert kind_of(mail("See below.", subject="Job offer – Data Analyst")) is MailKind.OFFER


def test_an_acknowledgement_from_an_ats() -> None:
    result = classify(
        mail(
            "Thanks for applying! We have received your application and will review it.",
            sender="noreply@smartrecruiters.com",
            headers={"auto-submitted": "auto-generated"},
        )
    )
    assert result.kind is MailKind.ACKNOWLEDGEMENT and result.confident
    assert result.outcome() is None


def test_accents_and_case_do_not_matter() -> None:
    plain = kind_of(
        mail("NOUS AVONS LE REGRET DE VOUS INFORMER QUE VOTRE CANDIDATURE N'A PAS ETE RETENUE")
    )
    accented = kind_of(
        mail("Nous avons le regret de vous informer que votre candidature n’a pas été retenue")
    )
    assert plain is accented is MailKind.REJECTION


def test_language_is_detected() -> None:
    assert (
        classify(mail("Nous avons bien reçu votre candidature et vous en remercions.")).language
        == "fr"
    )
    assert classify(mail("We have received your application, thank you.")).language == "en"


def test_outcomes_and_the_confidence_threshold() -> None:
    expected = {
        MailKind.REJECTION: Outcome.REJECTION,
        MailKind.OFFER: Outcome.OFFER,
        MailKind.INVITATION: Outcome.NEXT_ROUND,
        MailKind.REQUEST: Outcome.OTHER,
        MailKind.OTHER: Outcome.OTHER,
        MailKind.ACKNOWLEDGEMENT: None,
        MailKind.OUT_OF_OFFICE: None,
    }
    for kind, outcome in expected.items():
        assert Classification(kind, 0.5, False, "en", ()).outcome() is outcome
    result = classify(mail("We have decided to move forward with other candidates."))
    assert result.confident is (result.confidence >= CONFIDENT_AT)
    assert 0.0 <= result.confidence <= 1.0


def test_no_meeting_without_a_date_or_outside_an_invitation() -> None:
    undated = mail("We'd like to invite you to a second interview on Tuesday 8 December at 10:00.")
    undated = IncomingMail(
        **{**{f: getattr(undated, f) for f in IncomingMail.__slots__}, "date": None}
    )
    assert classify(undated).kind is MailKind.INVITATION
    assert classify(undated).meeting is None
    confirmation = classify(mail("Thanks for confirming, see you on Tuesday 8 December at 10:00!"))
    assert confirmation.meeting is None


def test_classifying_a_typical_email_takes_well_under_5_ms() -> None:
    mails = [parse_message(p.read_bytes()) for p in sorted(TUNING.glob("*.eml"))]
    for m in mails[:5]:
        classify(m)  # compile the patterns once
    timings = []
    for m in mails:
        started = time.process_time()
        classify(m, zone=PARIS)
        timings.append(time.process_time() - started)
    timings.sort()
    assert timings[len(timings) // 2] < 0.005, f"median {timings[len(timings) // 2] * 1000:.1f} ms"


text_fields = st.text(max_size=300)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=text_fields,
    subject=st.text(max_size=80),
    headers=st.dictionaries(
        st.sampled_from(
            ["auto-submitted", "x-autoreply", "precedence", "x-autorespond", "x-other"]
        ),
        st.text(max_size=30),
        max_size=4,
    ),
    sender=st.sampled_from(["", "no-reply@x.example", "a@greenhouse.io", "weird", "@", "a@b@c"]),
)
def test_classify_never_raises(
    text: str, subject: str, headers: dict[str, str], sender: str
) -> None:
    result = classify(mail(text, subject=subject, headers=headers, sender=sender), zone=PARIS)
    assert result.kind in MailKind
    assert result.language in ("en", "fr")
    assert 0.0 <= result.confidence <= 1.0
    assert result.reasons


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_parse_then_classify_never_raises_on_arbitrary_bytes(raw: bytes) -> None:
    parsed = parse_message(raw)
    assert isinstance(parsed.text, str)
    classify(parsed)
