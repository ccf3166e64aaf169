"""AI classification against the project's real chat-completions server on loopback."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from classifier_eval import TUNING

from ai_server import Malformed, ScriptedChatServer, Status, closed_port_url
from tactful.ai import AISettings, OpenAICompatible
from tactful.mail import MailKind, classify, parse_message
from tactful.mail.ai_classify import SYSTEM_PROMPT, classify_with_ai, parse_answer


@pytest.fixture
def server() -> Iterator[ScriptedChatServer]:
    with ScriptedChatServer() as chat:
        yield chat


def backend(url: str) -> OpenAICompatible:
    return OpenAICompatible(
        AISettings(
            base_url=url, model="scripted-model", max_tries=1, retry_delay=0.01, read_timeout=5.0
        )
    )


def tuning(name: str) -> bytes:
    return (TUNING / name).read_bytes()


def test_the_model_agreeing_raises_confidence_and_sees_only_the_new_text(
    server: ScriptedChatServer,
) -> None:
    mail = parse_message(tuning("en-rejection-09.eml"))
    rules = classify(mail)
    assert rules.kind is MailKind.REJECTION and not rules.confident
    server.add("rejection")
    result = classify_with_ai(mail, backend(server.base_url))
    assert result.kind is MailKind.REJECTION
    assert result.confident and result.confidence >= 0.9
    assert result.reasons[0] == "the model agrees: rejection"
    request = server.chat_requests[0]
    assert request.body["temperature"] == 0.0
    assert request.body["max_tokens"] <= 16
    system, user = request.messages
    assert system["content"] == SYSTEM_PROMPT
    for kind in MailKind:
        assert kind.value in system["content"]
    assert "won't be progressing your application" in user["content"]
    assert "idempotency keys" not in user["content"]  # the candidate's quoted email stays home


def test_a_disagreeing_model_wins_but_is_never_confident(server: ScriptedChatServer) -> None:
    mail = parse_message(tuning("en-other-01.eml"))
    server.add("Invitation.")
    result = classify_with_ai(mail, backend(server.base_url))
    assert result.kind is MailKind.INVITATION
    assert not result.confident
    assert result.reasons[:2] == ("the model answered 'invitation'", "the rules read 'other'")


@pytest.mark.parametrize(
    "answer",
    ["I think this is a rejection.", "maybe", "rejection or offer", "REJECTED", "offre"],
)
def test_an_answer_outside_the_classes_keeps_the_rules(
    server: ScriptedChatServer, answer: str
) -> None:
    mail = parse_message(tuning("fr-offre-01.eml"))
    server.add(answer)
    result = classify_with_ai(mail, backend(server.base_url))
    assert result.kind is MailKind.OFFER
    assert "not a class; kept the rules' result" in result.reasons[0]
    assert result.reasons[1:] == classify(mail).reasons


def test_a_malformed_or_empty_server_answer_keeps_the_rules(server: ScriptedChatServer) -> None:
    mail = parse_message(tuning("fr-refus-01.eml"))
    server.add(Malformed(), "")
    result = classify_with_ai(mail, backend(server.base_url))
    assert result.kind is MailKind.REJECTION
    assert result.reasons[0].startswith("AI classification failed (")
    assert "malformed" in result.reasons[0]
    empty = classify_with_ai(mail, backend(server.base_url))
    assert empty.kind is MailKind.REJECTION
    assert "empty answer" in empty.reasons[0]


def test_a_server_error_or_a_down_endpoint_keeps_the_rules(server: ScriptedChatServer) -> None:
    mail = parse_message(tuning("en-invitation-01.eml"))
    server.add(Status(500))
    result = classify_with_ai(mail, backend(server.base_url))
    assert result.kind is MailKind.INVITATION
    assert "AI classification failed" in result.reasons[0]
    down = classify_with_ai(mail, backend(closed_port_url()))
    assert down.kind is MailKind.INVITATION
    assert "cannot reach" in down.reasons[0]


def test_an_answer_contradicting_auto_reply_headers_keeps_the_rules(
    server: ScriptedChatServer,
) -> None:
    mail = parse_message(tuning("en-ooo-07.eml"))  # "I'm interviewing candidates all day"
    server.add("invitation")
    result = classify_with_ai(mail, backend(server.base_url))
    assert result.kind is MailKind.OUT_OF_OFFICE
    assert "headers say automatic reply" in result.reasons[0]


def test_an_auto_reply_the_model_calls_an_acknowledgement_is_accepted(
    server: ScriptedChatServer,
) -> None:
    mail = parse_message(tuning("en-ooo-07.eml"))
    server.add("acknowledgement")
    result = classify_with_ai(mail, backend(server.base_url))
    assert result.kind is MailKind.ACKNOWLEDGEMENT
    assert not result.confident


def test_an_invitation_from_the_model_gets_the_meeting_time(server: ScriptedChatServer) -> None:
    mail = parse_message(tuning("fr-invitation-01.eml"))
    rules = classify(mail)
    server.add("invitation")
    result = classify_with_ai(mail, backend(server.base_url), rules=rules)
    assert result.meeting == rules.meeting is not None


def test_parse_answer_accepts_only_the_class_names() -> None:
    assert parse_answer(" Out of office.\n") is MailKind.OUT_OF_OFFICE
    assert parse_answer("`acknowledgment`") is MailKind.ACKNOWLEDGEMENT
    assert parse_answer('"REQUEST"') is MailKind.REQUEST
    assert parse_answer("other\nbecause it is a human reply") is MailKind.OTHER
    assert parse_answer("It's an offer") is None
    assert parse_answer("") is None
