"""Reading completions and server-sent event streams: pure functions."""

from __future__ import annotations

import json

import pytest

from ai_server import completion, stream_events
from tactful.ai.sse import ServerReportedError, SSEError, parse_completion, parse_stream


def lines(text: str) -> list[str]:
    return text.splitlines()


def test_round_trip_of_the_fake_servers_stream() -> None:
    text = "Bonjour Ana,\n\nMerci pour l'entretien — à bientôt !"
    events = "".join(stream_events(text))
    assert "".join(parse_stream(lines(events))) == text


def test_comments_event_fields_crlf_and_usage_chunks_are_ignored() -> None:
    events = [
        ": keep-alive",
        "event: message",
        "id: 7",
        'data:{"choices":[{"delta":{"content":"Hi"},"finish_reason":null}]}\r',
        "",
        'data: {"choices": [], "usage": {"total_tokens": 3}}',
        'data: {"choices":[{"delta":{"content":" there"},"finish_reason":"stop"}]}',
        "data: [DONE]",
        'data: {"choices":[{"delta":{"content":"after done"}}]}',
    ]
    assert list(parse_stream(events)) == ["Hi", " there"]


def test_stream_without_done_but_finished_is_accepted() -> None:
    events = ['data: {"choices":[{"delta":{"content":"ok"},"finish_reason":"stop"}]}']
    assert list(parse_stream(events)) == ["ok"]


@pytest.mark.parametrize(
    ("events", "reason"),
    [
        ([], "the stream was empty"),
        (['data: {"choices":[{"delta":{"content":"cut"}}]}'], "ended before [DONE]"),
        (["data: {oops"], "a streamed event is not JSON"),
        (["data: [1, 2]"], "not a JSON object"),
        (['data: {"nothing": 1}'], "has no choices[0].delta"),
        (['data: {"choices":[{"delta":{"content":5}}]}'], "not text"),
    ],
)
def test_broken_streams(events: list[str], reason: str) -> None:
    with pytest.raises(SSEError, match=reason.replace("[", r"\[").replace("]", r"\]")):
        list(parse_stream(events))


def test_error_object_in_a_stream() -> None:
    with pytest.raises(ServerReportedError, match="model is loading"):
        list(parse_stream(['data: {"error": {"message": "model is\\nloading"}}']))


def test_completion() -> None:
    assert parse_completion(json.dumps(completion("Hello."))) == "Hello."
    assert parse_completion('{"choices":[{"message":{"content":null}}]}') == ""
    with pytest.raises(SSEError, match="not JSON"):
        parse_completion("<html>502 Bad Gateway</html>")
    with pytest.raises(SSEError, match="no choices"):
        parse_completion('{"choices": []}')
    with pytest.raises(ServerReportedError, match="quota"):
        parse_completion('{"error": {"message": "quota exceeded"}}')


def test_the_finish_reason_is_reported_streamed_or_whole() -> None:
    """'length' says the answer was cut at max_tokens: the draft and ad writers refuse it."""
    from tactful.ai.sse import parse_completion, parse_stream

    event = {"choices": [{"index": 0, "delta": {"content": "Dear"}, "finish_reason": "length"}]}
    streamed: list[str] = []
    assert "".join(parse_stream([f"data: {json.dumps(event)}", "data: [DONE]"], streamed)) == (
        "Dear"
    )
    assert streamed == ["length"]
    whole: list[str] = []
    answer = {"choices": [{"message": {"content": "Dear"}, "finish_reason": "stop"}]}
    assert parse_completion(json.dumps(answer), whole) == "Dear"
    assert whole == ["stop"]
