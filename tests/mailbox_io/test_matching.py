"""Matching, pure: which application a message is about."""

from __future__ import annotations

from datetime import UTC, datetime

from tactful.mailbox.matching import Index, ats_name, is_webmail
from tactful.models import Application, FollowUp, Interview, Person, StepKind

AT = datetime(2026, 11, 25, 13, 0, tzinfo=UTC)
LATER = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def index() -> Index:
    acme = Application(
        "Acme Analytics", "Data engineer", id=1, contact=Person("Rita", "rita@acme.example")
    )
    globex = Application("Globex", "Analyst", id=2)
    rounds = [
        Interview(1, AT, id=10, interviewers=[Person("Ada", "ada@acme.example")],
                  follow_ups=[FollowUp(StepKind.THANK_YOU, AT, message_id="<ty-1@me.example>")]),
        Interview(2, AT, id=20, interviewers=[Person("Hank", "hank.scorpio@gmail.com")]),
    ]  # fmt: skip
    return Index.build([acme, globex], rounds, {"<other@me.example>": 20})


def test_a_reply_to_our_message_id_wins() -> None:
    match = index().match_incoming(
        Person("Someone", "someone@elsewhere.example"), in_reply_to="<TY-1@me.example>", when=LATER
    )
    assert match is not None
    assert (match.interview_id, match.how) == (10, "thread")


def test_interviewer_contact_and_company_domain() -> None:
    idx = index()
    assert idx.match_incoming(Person("", "ada@acme.example"), when=LATER).how == "address"  # type: ignore[union-attr]
    assert idx.match_incoming(Person("", "rita@acme.example"), when=LATER).how == "address"  # type: ignore[union-attr]
    hr = idx.match_incoming(Person("HR", "jobs@mail.acme.example"), when=LATER)
    assert hr is not None
    assert (hr.application_id, hr.how) == (1, "domain")


def test_a_webmail_domain_is_never_a_company_domain() -> None:
    idx = index()
    assert is_webmail("gmail.com")
    assert idx.match_incoming(Person("", "hank.scorpio@gmail.com"), when=LATER).how == "address"  # type: ignore[union-attr]
    assert idx.match_incoming(Person("Stranger", "stranger@gmail.com"), when=LATER) is None


def test_ats_senders_are_matched_by_company_name() -> None:
    idx = index()
    sender = Person("Greenhouse", "no-reply@us.greenhouse-mail.io")
    assert ats_name(sender.email) == "Greenhouse"
    assert idx.wants_text(sender)
    found = idx.match_incoming(sender, when=LATER, text="Your application to ACME Analytics, Inc.")
    assert found is not None
    assert (found.application_id, found.how) == (1, "ats")
    assert idx.match_incoming(sender, when=LATER, text="Your application to Initech") is None


def test_sent_mail_to_an_interviewer() -> None:
    [match] = index().match_sent([Person("Ada", "ADA@acme.example")], LATER)
    assert match.interview_id == 10
    assert match.person == Person("Ada", "ada@acme.example")
