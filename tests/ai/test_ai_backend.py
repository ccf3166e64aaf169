"""The OpenAI-compatible backend against a real chat-completions server on loopback."""

from __future__ import annotations

import json
import logging
import time
from dataclasses import replace
from typing import Any

import pytest

from ai_server import (
    Delay,
    Malformed,
    Raw,
    ScriptedChatServer,
    Status,
    UnknownModel,
    closed_port_url,
    completion,
    stream_events,
)
from tactful.ai import AIError, AISettings, Message, OpenAICompatible, load_ai_settings
from tactful.errors import BadInput, ExitStatus

KEY = "sk-test-0123456789abcdef"
HELLO: list[Message] = [
    {"role": "system", "content": "You write short emails."},
    {"role": "user", "content": "Say hello."},
]
ANSWER = "Dear Ana,\n\nThank you for your time on Tuesday.\n\nBest regards,\nSam"


def backend(server: ScriptedChatServer, **changes: Any) -> OpenAICompatible:
    """The backend as `server.configure` sets it up, read by the real settings loader."""
    env = server.env(TACTFUL_AI_MODEL="llama3.1")
    settings = load_ai_settings(environ=env, use_keyring=False)
    return OpenAICompatible(replace(settings, **changes))


def one_line(error: AIError) -> str:
    assert "\n" not in error.message
    assert error.exit_status == ExitStatus.BAD_INPUT
    return error.message


def test_streamed_answer_arrives_token_by_token(chat_server: ScriptedChatServer) -> None:
    chat_server.add(ANSWER)
    pieces: list[str] = []
    text = backend(chat_server).generate(HELLO, on_token=pieces.append)
    assert text == ANSWER
    assert len(pieces) > 5
    assert "".join(pieces) == ANSWER
    request = chat_server.requests[0]
    assert request.path == "/v1/chat/completions"
    assert request.body["stream"] is True
    assert request.body["model"] == "llama3.1"
    assert request.body["messages"] == HELLO
    assert request.headers["accept"] == "text/event-stream"


def test_plain_answer_without_callback(chat_server: ScriptedChatServer) -> None:
    chat_server.add(ANSWER)
    text = backend(chat_server).generate(HELLO, temperature=0.1, max_tokens=123)
    assert text == ANSWER
    body = chat_server.requests[0].body
    assert body["stream"] is False
    assert body["temperature"] == 0.1
    assert body["max_tokens"] == 123


def test_server_that_ignores_stream_still_feeds_the_callback(
    chat_server: ScriptedChatServer,
) -> None:
    chat_server.add(Raw(json.dumps(completion("Whole answer."))))
    pieces: list[str] = []
    text = backend(chat_server).generate(HELLO, on_token=pieces.append)
    assert text == "Whole answer."
    assert pieces == ["Whole answer."]


def test_stream_sent_without_being_asked_is_read_whole(chat_server: ScriptedChatServer) -> None:
    chat_server.add(Raw("".join(stream_events("Streamed anyway.")), "text/event-stream"))
    assert backend(chat_server).generate(HELLO) == "Streamed anyway."


def test_429_is_retried_after_retry_after(chat_server: ScriptedChatServer) -> None:
    chat_server.add(Status(429, retry_after=0), Status(429, retry_after=1), ANSWER)
    waits: list[float] = []
    ai = backend(chat_server)
    ai._sleep = waits.append
    assert ai.generate(HELLO) == ANSWER
    assert waits == [0.0, 1.0]
    assert len(chat_server.requests) == 3


def test_5xx_backs_off_exponentially_then_succeeds(chat_server: ScriptedChatServer) -> None:
    chat_server.add(Status(503), Status(502), ANSWER)
    waits: list[float] = []
    ai = backend(chat_server, retry_delay=0.5, max_tries=3)
    ai._sleep = waits.append
    pieces: list[str] = []
    assert ai.generate(HELLO, on_token=pieces.append) == ANSWER
    assert waits == [0.5, 1.0]
    assert "".join(pieces) == ANSWER


def test_500_every_time_gives_up_with_one_line(chat_server: ScriptedChatServer) -> None:
    chat_server.add(Status(500), Status(500), Status(500), "never reached")
    started = time.monotonic()
    with pytest.raises(AIError) as caught:
        backend(chat_server).generate(HELLO)
    assert time.monotonic() - started < 2
    message = one_line(caught.value)
    assert "keeps failing (HTTP 500, 3 tries)" in message
    assert chat_server.base_url in message
    assert len(chat_server.requests) == 3
    assert chat_server.script == ["never reached"]


def test_429_every_time_says_rate_limited(chat_server: ScriptedChatServer) -> None:
    chat_server.add(*[Status(429, retry_after=0)] * 2)
    with pytest.raises(AIError) as caught:
        backend(chat_server, max_tries=2).generate(HELLO)
    assert "rate limiting" in one_line(caught.value)
    assert len(chat_server.requests) == 2


def test_retry_after_too_long_fails_at_once(chat_server: ScriptedChatServer) -> None:
    chat_server.add(Status(429, retry_after=3600), ANSWER)
    with pytest.raises(AIError) as caught:
        backend(chat_server).generate(HELLO)
    assert "asks to wait 3600 s" in one_line(caught.value)
    assert len(chat_server.requests) == 1


def test_timeout_gives_one_line(chat_server: ScriptedChatServer) -> None:
    chat_server.add(Delay(3, ANSWER))
    started = time.monotonic()
    with pytest.raises(AIError) as caught:
        backend(chat_server, read_timeout=0.3).generate(HELLO, on_token=lambda t: None)
    assert time.monotonic() - started < 2.5
    message = one_line(caught.value)
    assert "did not answer within 0.3 s" in message
    assert "TACTFUL_AI_READ_TIMEOUT" in message
    assert len(chat_server.requests) == 1  # a timeout is not retried


def test_malformed_json(chat_server: ScriptedChatServer) -> None:
    chat_server.add(Malformed())
    with pytest.raises(AIError) as caught:
        backend(chat_server).generate(HELLO)
    message = one_line(caught.value)
    assert "malformed answer (the answer is not JSON)" in message


def test_malformed_sse(chat_server: ScriptedChatServer) -> None:
    chat_server.add(Malformed())
    with pytest.raises(AIError) as caught:
        backend(chat_server).generate(HELLO, on_token=lambda t: None)
    assert "malformed answer (a streamed event is not JSON)" in one_line(caught.value)


def test_json_without_choices_is_malformed(chat_server: ScriptedChatServer) -> None:
    chat_server.add(Malformed('{"object": "chat.completion"}'))
    with pytest.raises(AIError) as caught:
        backend(chat_server).generate(HELLO)
    assert "no choices[0].message.content" in one_line(caught.value)


def test_stream_cut_before_done_is_malformed(chat_server: ScriptedChatServer) -> None:
    event = 'data: {"choices": [{"index": 0, "delta": {"content": "Dear"}}]}\n\n'
    chat_server.add(Malformed(event))
    pieces: list[str] = []
    with pytest.raises(AIError) as caught:
        backend(chat_server).generate(HELLO, on_token=pieces.append)
    assert "the stream ended before [DONE]" in one_line(caught.value)
    assert pieces == ["Dear"]


def test_error_event_inside_stream(chat_server: ScriptedChatServer) -> None:
    chat_server.add(Malformed('data: {"error": {"message": "out of memory"}}\n\n'))
    with pytest.raises(AIError) as caught:
        backend(chat_server).generate(HELLO, on_token=lambda t: None)
    assert "reported an error: out of memory" in one_line(caught.value)


def test_empty_answer_is_an_error(chat_server: ScriptedChatServer) -> None:
    chat_server.add("   ")
    with pytest.raises(AIError) as caught:
        backend(chat_server).generate(HELLO)
    assert "returned an empty answer" in one_line(caught.value)


def test_unknown_model(chat_server: ScriptedChatServer) -> None:
    chat_server.add(UnknownModel())
    with pytest.raises(AIError) as caught:
        backend(chat_server, model="llama9").generate(HELLO, on_token=lambda t: None)
    message = one_line(caught.value)
    assert "the model 'llama9' is unknown" in message
    assert "ollama pull llama9" in message
    assert len(chat_server.requests) == 1


def test_wrong_path_404_says_base_url_should_end_in_v1(chat_server: ScriptedChatServer) -> None:
    ai = OpenAICompatible(AISettings(base_url=f"http://127.0.0.1:{chat_server.port}", model="m"))
    with pytest.raises(AIError) as caught:
        ai.generate(HELLO)
    assert "usually ends in /v1" in one_line(caught.value)


def test_other_4xx_shows_the_servers_reason(chat_server: ScriptedChatServer) -> None:
    chat_server.add(Status(400, body='{"error": {"message": "max_tokens is too large"}}'))
    with pytest.raises(AIError) as caught:
        backend(chat_server).generate(HELLO)
    assert "rejected the request (HTTP 400: max_tokens is too large)" in one_line(caught.value)


def test_endpoint_down() -> None:
    url = closed_port_url()
    ai = OpenAICompatible(AISettings(base_url=url, model="m", connect_timeout=2))
    with pytest.raises(AIError) as caught:
        ai.generate(HELLO)
    message = one_line(caught.value)
    assert message.startswith(f"cannot reach the AI endpoint at {url}: is Ollama")


def test_unreachable_ollama_port_names_ollama_serve() -> None:
    ai = OpenAICompatible(AISettings(base_url="http://localhost:11434/v1", model="m"))
    assert "is Ollama running (`ollama serve`)?" in ai._unreachable().message
    remote = OpenAICompatible(AISettings(base_url="https://api.openai.com/v1", model="m"))
    assert "is the server running?" in remote._unreachable().message


def test_key_sent_as_bearer_and_never_shown(
    chat_server: ScriptedChatServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    echo = {"error": {"message": f"Incorrect API key provided: {KEY}"}}
    chat_server.add(ANSWER, Status(401, body=json.dumps(echo)))
    ai = backend(chat_server, api_key=KEY)
    assert ai.generate(HELLO) == ANSWER
    assert chat_server.requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert KEY not in chat_server.requests[0].raw.decode()
    with pytest.raises(AIError) as caught:
        ai.generate(HELLO)
    message = one_line(caught.value)
    assert "refused the API key (HTTP 401)" in message
    assert KEY not in message
    assert KEY not in str(caught.value)
    assert KEY not in repr(ai.settings)
    assert KEY not in ai.describe()
    assert KEY not in str(ai.settings.public())
    assert KEY not in caplog.text
    assert caplog.records, "httpx logging was captured"


def test_server_echoing_the_key_in_another_error_is_scrubbed(
    chat_server: ScriptedChatServer,
) -> None:
    chat_server.add(Status(400, body=f'{{"error": {{"message": "bad header Bearer {KEY}"}}}}'))
    with pytest.raises(AIError) as caught:
        backend(chat_server, api_key=KEY).generate(HELLO)
    assert KEY not in caught.value.message
    assert "[redacted]" in caught.value.message


def test_no_key_no_authorization_header(chat_server: ScriptedChatServer) -> None:
    chat_server.add(ANSWER, Status(401))
    ai = backend(chat_server)
    ai.generate(HELLO)
    assert "authorization" not in chat_server.requests[0].headers
    with pytest.raises(AIError) as caught:
        ai.generate(HELLO)
    assert "needs an API key (HTTP 401)" in one_line(caught.value)


def test_userinfo_in_url_is_not_printed(chat_server: ScriptedChatServer) -> None:
    url = f"http://user:hunter2@127.0.0.1:{chat_server.port}/v1"
    chat_server.add(Status(500))
    ai = OpenAICompatible(AISettings(base_url=url, model="m", max_tries=1))
    with pytest.raises(AIError) as caught:
        ai.generate(HELLO)
    assert "hunter2" not in caught.value.message
    assert f"http://127.0.0.1:{chat_server.port}/v1" in caught.value.message


def test_from_settings_refuses_an_unconfigured_endpoint() -> None:
    with pytest.raises(BadInput) as caught:
        OpenAICompatible.from_settings(AISettings(base_url="http://x/v1"))
    assert "no AI model configured" in caught.value.message
    assert "set the AI endpoint's base URL and model" in caught.value.message
    assert (caught.value.code, caught.value.field) == ("ai-not-configured", "ai")
    assert caught.value.values == {"missing": ["model"]}


def test_retry_after_as_http_date(chat_server: ScriptedChatServer) -> None:
    chat_server.add(Status(503, retry_after="Wed, 21 Oct 2015 07:28:00 GMT"), ANSWER)
    waits: list[float] = []
    ai = backend(chat_server)
    ai._sleep = waits.append
    assert ai.generate(HELLO) == ANSWER
    assert waits == [0.0]  # a date in the past: retry at once


def test_connection_dropped_mid_stream(chat_server: ScriptedChatServer) -> None:
    event = 'data: {"choices": [{"index": 0, "delta": {"content": "Dear"}}]}\n\n'
    chat_server.add(Raw(event, "text/event-stream", content_length=len(event) + 500))
    pieces: list[str] = []
    with pytest.raises(AIError) as caught:
        backend(chat_server).generate(HELLO, on_token=pieces.append)
    assert "broke the connection (RemoteProtocolError); try again" in one_line(caught.value)
    assert pieces == ["Dear"]
    assert len(chat_server.requests) == 1
