"""Reading chat-completions answers: a whole JSON completion, or a stream of server-sent
events (`data: {...}` lines ending with `data: [DONE]`). Pure functions, no I/O."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any


class SSEError(ValueError):
    """The answer is not what the chat-completions protocol promises; says what was wrong."""


class ServerReportedError(SSEError):
    """The answer is well formed but carries an `error` object instead of text."""


def parse_completion(raw: str, reasons: list[str] | None = None) -> str:
    """The text of a non-streamed completion: `choices[0].message.content`. Its
    `finish_reason` ("stop", "length": cut at the token limit) is appended to `reasons`."""
    data = _json(raw, "the answer is not JSON")
    _raise_for_error(data)
    try:
        content = data["choices"][0]["message"]["content"]
        finish = data["choices"][0].get("finish_reason")
    except (KeyError, IndexError, TypeError):
        raise SSEError("no choices[0].message.content in the answer") from None
    if reasons is not None and isinstance(finish, str):
        reasons.append(finish)
    if content is None:
        return ""
    if not isinstance(content, str):
        raise SSEError("choices[0].message.content is not text")
    return content


def parse_stream(lines: Iterable[str], reasons: list[str] | None = None) -> Iterator[str]:
    """Yield each piece of text from a streamed completion, in order, until `[DONE]`.

    A stream that ends without `[DONE]` is accepted once a `finish_reason` was seen (some
    servers omit the marker); otherwise it counts as cut off. Each `finish_reason` seen is
    appended to `reasons`.
    """
    finished = False
    seen_event = False
    for line in lines:
        line = line.rstrip("\r")
        if not line or line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        if field != "data":
            continue  # event:, id:, retry: carry nothing we need
        value = value[1:] if value.startswith(" ") else value
        if value.strip() == "[DONE]":
            return
        data = _json(value, "a streamed event is not JSON")
        _raise_for_error(data)
        seen_event = True
        try:
            choices = data["choices"]
            if not choices:  # usage-only chunks have no choices
                continue
            choice = choices[0]
            delta = choice.get("delta") or {}
            content = delta.get("content")
            if content is None and "text" in choice:  # legacy completions chunk
                content = choice["text"]
        except (KeyError, TypeError, AttributeError):
            raise SSEError("a streamed event has no choices[0].delta") from None
        if content:
            if not isinstance(content, str):
                raise SSEError("a streamed delta is not text")
            yield content
        finished = _finish(choice, reasons) or finished
    if not finished:
        reason = "the stream ended before [DONE]" if seen_event else "the stream was empty"
        raise SSEError(reason)


def _finish(choice: dict[str, Any], reasons: list[str] | None) -> bool:
    """Whether this chunk finishes the answer; its reason goes to `reasons`."""
    reason = choice.get("finish_reason")
    if reasons is not None and reason and isinstance(reason, str):
        reasons.append(reason)
    return bool(reason)


def _json(raw: str, what: str) -> Any:
    try:
        data = json.loads(raw)
    except ValueError:
        raise SSEError(what) from None
    if not isinstance(data, dict):
        raise SSEError(what.replace("not JSON", "not a JSON object"))
    return data


def _raise_for_error(data: dict[str, Any]) -> None:
    error = data.get("error")
    if error:
        message = error.get("message") if isinstance(error, dict) else str(error)
        raise ServerReportedError(" ".join(str(message).split())[:200])
