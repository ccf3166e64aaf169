"""The built-in backend: any OpenAI-compatible chat-completions endpoint (Ollama, vLLM,
llama.cpp server, LM Studio, OpenAI), over plain HTTP with `httpx`.

`POST {base_url}/chat/completions`, streamed as server-sent events when a token callback is
given. Retries 429 and 5xx answers with exponential backoff (honouring Retry-After); every
failure becomes one `AIError` line that never contains the API key.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit

from tactful.ai.base import AIError, Message, TextBackend, TokenCallback, register_backend
from tactful.ai.settings import AISettings
from tactful.ai.sse import ServerReportedError, SSEError, parse_completion, parse_stream
from tactful.errors import BadInput

if TYPE_CHECKING:
    import httpx

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})


class _Retry(Exception):
    def __init__(self, status: int, wait: float | None) -> None:
        super().__init__(status)
        self.status = status
        self.wait = wait


@register_backend
class OpenAICompatible(TextBackend):
    """Chat completions at `settings.base_url` with `settings.model`; key sent as Bearer."""

    name: ClassVar[str] = "openai"

    def __init__(
        self,
        settings: AISettings | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(settings)
        self._sleep = sleep

    @classmethod
    def from_settings(cls, settings: AISettings) -> OpenAICompatible:
        if not settings.configured:
            raise not_configured(settings)
        return cls(settings)

    @property
    def endpoint(self) -> str:
        return self.settings.base_url.rstrip("/") + "/chat/completions"

    def generate(
        self,
        messages: list[Message],
        *,
        on_token: TokenCallback | None = None,
        temperature: float = 0.4,
        max_tokens: int = 800,
    ) -> str:
        import httpx

        self.cut_off = False
        if not self.settings.configured:
            raise not_configured(self.settings)
        body: dict[str, Any] = {
            "model": self.settings.model,
            "messages": [{"role": m["role"], "content": m["content"]} for m in messages],
            "temperature": temperature,
            "max_tokens": max_tokens,
            "stream": on_token is not None,
        }
        timeout = httpx.Timeout(
            connect=self.settings.connect_timeout,
            read=self.settings.read_timeout,
            write=self.settings.read_timeout,
            pool=self.settings.connect_timeout,
        )
        host = urlsplit(self.settings.base_url).hostname or ""
        try:
            with httpx.Client(timeout=timeout, trust_env=host not in LOOPBACK) as client:
                return self._with_retries(client, body, on_token)
        except AIError as exc:
            raise AIError(
                self._scrub(exc.message), code=exc.code, field=exc.field, values=exc.values
            ) from None

    # The request, with retries

    def _with_retries(
        self, client: httpx.Client, body: dict[str, Any], on_token: TokenCallback | None
    ) -> str:
        tries = max(1, self.settings.max_tries)
        for attempt in range(1, tries + 1):
            try:
                return self._once(client, body, on_token)
            except _Retry as retry:
                if attempt == tries:
                    raise AIError(self._gave_up(retry.status, tries)) from None
                wait = retry.wait
                if wait is None:
                    wait = self.settings.retry_delay * 2 ** (attempt - 1)
                elif wait > self.settings.max_retry_wait:
                    raise AIError(
                        f"the AI endpoint at {self._where} is rate limiting (HTTP "
                        f"{retry.status}) and asks to wait {wait:.0f} s; try again later"
                    ) from None
                self._sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(
        self, client: httpx.Client, body: dict[str, Any], on_token: TokenCallback | None
    ) -> str:
        import httpx

        headers = {
            "Content-Type": "application/json",
            "Accept": "text/event-stream" if body["stream"] else "application/json",
            "User-Agent": "tactful",
        }
        if self.settings.api_key:
            headers["Authorization"] = f"Bearer {self.settings.api_key}"
        try:
            with client.stream("POST", self.endpoint, json=body, headers=headers) as response:
                if response.status_code in RETRY_STATUSES:
                    response.read()
                    raise _Retry(response.status_code, _retry_after(response))
                if response.status_code >= 400:
                    response.read()
                    raise self._http_error(response)
                return self._read_answer(response, on_token)
        except httpx.ConnectTimeout:
            raise AIError(
                f"cannot reach the AI endpoint at {self._where}: no answer within "
                f"{self.settings.connect_timeout:g} s; check the URL and that the server is up"
            ) from None
        except httpx.ConnectError:
            raise self._unreachable() from None
        except httpx.TimeoutException:
            raise AIError(
                f"the AI endpoint at {self._where} did not answer within "
                f"{self.settings.read_timeout:g} s; try again, pick a smaller model, or raise "
                "TACTFUL_AI_READ_TIMEOUT"
            ) from None
        except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
            raise AIError(
                f"the AI endpoint at {self._where} broke the connection ({type(exc).__name__}); "
                "try again"
            ) from None
        except httpx.InvalidURL:
            raise BadInput(
                f"the AI base URL {self._where!r} is not valid: give the full address of an "
                "OpenAI-compatible server, such as http://localhost:11434/v1",
                code="ai-bad-url",
                field="base_url",
                values={"base_url": self._where},
            ) from None
        except httpx.HTTPError as exc:
            raise AIError(
                f"talking to the AI endpoint at {self._where} failed ({type(exc).__name__}); "
                "try again"
            ) from None

    def _read_answer(self, response: httpx.Response, on_token: TokenCallback | None) -> str:
        content_type = response.headers.get("content-type", "")
        streamed = "text/event-stream" in content_type
        sent = False
        reasons: list[str] = []
        try:
            if on_token is not None and streamed:
                text, sent = _join(parse_stream(response.iter_lines(), reasons), on_token), True
            else:
                raw = response.read().decode("utf-8", errors="replace")
                if streamed:  # we did not ask for a stream, but got one: read it whole
                    text = "".join(parse_stream(iter(raw.splitlines()), reasons))
                else:
                    text = parse_completion(raw, reasons)
        except ServerReportedError as exc:
            raise AIError(f"the AI endpoint at {self._where} reported an error: {exc}") from None
        except SSEError as exc:
            raise AIError(
                f"the AI endpoint at {self._where} sent a malformed answer ({exc}); "
                "check that the base URL points at an OpenAI-compatible API"
            ) from None
        if not text.strip():
            raise AIError(
                f"the model {self.settings.model!r} at {self._where} returned an empty answer; "
                "try again or pick another model"
            )
        self.cut_off = "length" in reasons
        if on_token is not None and not sent:
            on_token(text)
        return text

    # Messages

    @property
    def _where(self) -> str:
        return self.settings.display_url

    def _unreachable(self) -> AIError:
        hint = "is the server running?"
        parts = urlsplit(self.settings.base_url)
        if parts.port == 11434:
            hint = "is Ollama running (`ollama serve`)?"
        elif (parts.hostname or "") in LOOPBACK:
            hint = "is Ollama (or your local server) running?"
        return AIError(
            f"cannot reach the AI endpoint at {self._where}: {hint} "
            "Check the base URL in the AI settings",
            code="ai-unreachable",
            values={"where": self._where, "hint": hint},
        )

    def _gave_up(self, status: int, tries: int) -> str:
        if status == 429:
            return (
                f"the AI endpoint at {self._where} is rate limiting requests (HTTP 429, "
                f"{tries} tries); wait a minute and try again"
            )
        return (
            f"the AI endpoint at {self._where} keeps failing (HTTP {status}, {tries} tries); "
            "try again later or check the server's log"
        )

    def _http_error(self, response: httpx.Response) -> AIError:
        status = response.status_code
        detail, code = _error_detail(response)
        model = self.settings.model
        facts = {"where": self._where, "status": status}
        if status in (401, 403):
            if not self.settings.api_key:
                return AIError(
                    f"the AI endpoint at {self._where} needs an API key (HTTP {status}); set "
                    "TACTFUL_AI_API_KEY in the environment",
                    code="ai-no-key",
                    field="api_key",
                    values=facts,
                )
            return AIError(
                f"the AI endpoint at {self._where} refused the API key (HTTP {status}); set the "
                "right one with TACTFUL_AI_API_KEY",
                code="ai-key-refused",
                field="api_key",
                values=facts,
            )
        mentions_model = code == "model_not_found" or (
            "model" in detail.lower()
            and any(w in detail.lower() for w in ("not found", "does not exist", "unknown"))
        )
        if mentions_model or (status == 404 and "model" in detail.lower()):
            return AIError(
                f"the model {model!r} is unknown at {self._where}; pull it (Ollama: `ollama "
                f"pull {model}`) or pick another model in the AI settings",
                code="ai-unknown-model",
                field="model",
                values={**facts, "model": model},
            )
        if status == 404:
            return AIError(
                f"no chat-completions API at {self.endpoint} (HTTP 404); the base URL of an "
                "OpenAI-compatible server usually ends in /v1",
                field="base_url",
                values=facts,
            )
        reason = f": {detail}" if detail else ""
        return AIError(
            f"the AI endpoint at {self._where} rejected the request (HTTP {status}{reason})",
            values=facts,
        )

    def _scrub(self, message: str) -> str:
        """No key in what the user reads: whole, partial, escaped or encoded (the endpoint may
        echo it), nor a user name or password of the base URL."""
        from tactful.secrets import redact

        secrets = [self.settings.api_key]
        try:
            parts = urlsplit(self.settings.base_url)
            secrets += [parts.password or "", parts.username or ""]
        except ValueError:
            pass
        return " ".join(redact(message, secrets).split())


def not_configured_message(settings: AISettings) -> str:
    missing = _missing(settings)
    return (
        f"no AI {' or '.join(missing)} configured: set the AI endpoint's base URL and model "
        "(such as http://localhost:11434/v1 and llama3.1), or TACTFUL_AI_BASE_URL and "
        "TACTFUL_AI_MODEL"
    )


def _missing(settings: AISettings) -> list[str]:
    return [
        name
        for name, value in (("base URL", settings.base_url), ("model", settings.model))
        if not value
    ]


def not_configured(settings: AISettings) -> BadInput:
    """No endpoint or no model (`ai-not-configured`): each interface words the fix its own way."""
    return BadInput(
        not_configured_message(settings),
        code="ai-not-configured",
        field="ai",
        values={"missing": _missing(settings)},
    )


def _join(tokens: Iterator[str], on_token: TokenCallback) -> str:
    pieces: list[str] = []
    for token in tokens:
        pieces.append(token)
        on_token(token)
    return "".join(pieces)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _error_detail(response: httpx.Response) -> tuple[str, str]:
    """The server's error message (one line, at most 200 characters) and error code."""
    text = response.text
    message, code = text, ""
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if isinstance(data, dict):
        error = data.get("error", data)
        if isinstance(error, dict):
            message = str(error.get("message") or error.get("detail") or "")
            code = str(error.get("code") or "")
        elif isinstance(error, str):
            message = error
        elif isinstance(data.get("detail"), str):
            message = data["detail"]
    message = " ".join(message.split())
    if len(message) > 200:
        message = message[:199] + "…"
    return message, code
