"""`tactful ai …`: configure, inspect and test the optional AI endpoint."""

from __future__ import annotations

import sys
import time
from typing import Annotated

import typer

from tactful.cli.common import JsonOption, api, print_json
from tactful.errors import BadInput

ai_app = typer.Typer(
    help="Optional AI writing: point tactful at an OpenAI-compatible endpoint (Ollama, vLLM, ...).",
    no_args_is_help=True,
)

TEST_PROMPT = "Reply with one short friendly sentence that says the connection works."


@ai_app.command("configure")
def configure(
    ctx: typer.Context,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="OpenAI-compatible base URL, e.g. http://localhost:11434/v1 (Ollama).",
        ),
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", help="Model name at that endpoint, e.g. llama3.1.")
    ] = None,
    api_key_from_stdin: Annotated[
        bool,
        typer.Option(
            "--api-key-from-stdin",
            help="Read an API key from stdin and keep it in the system keyring.",
        ),
    ] = False,
    forget_key: Annotated[
        bool,
        typer.Option("--forget-key", help="Remove the key kept in the keyring for this URL."),
    ] = False,
) -> None:
    """Save the endpoint and model in the config; an API key goes to the system keyring."""
    from tactful.ai.settings import (
        KeyringUnavailable,
        display_url,
        keyring_delete,
        keyring_set,
        normalize_base_url,
    )

    if api_key_from_stdin and forget_key:
        raise BadInput("--api-key-from-stdin and --forget-key cannot be used together")
    config = api(ctx).config
    url = normalize_base_url(base_url) if base_url is not None else config.get("ai.base_url")
    name = model.strip() if model is not None else config.get("ai.model")
    if model is not None and not name:
        raise BadInput("--model is empty: give the model name, e.g. --model llama3.1")
    if not url or not name:
        missing = "--base-url" if not url else "--model"
        raise BadInput(
            f"give {missing}: e.g. tactful ai configure --base-url http://localhost:11434/v1 "
            "--model llama3.1"
        )

    config.check("ai.base_url", url)  # before the key is kept anywhere: no secret in the URL
    stored_in = ""
    if api_key_from_stdin:
        key = _read_key()
        try:
            stored_in = keyring_set(url, key)
        except KeyringUnavailable as exc:
            raise BadInput(
                f"{exc}, so the API key was not stored and nothing was saved; set "
                "TACTFUL_AI_API_KEY in your environment instead and run again without "
                "--api-key-from-stdin"
            ) from None
    config.set("ai.base_url", url)
    config.set("ai.model", name)

    typer.echo(f"AI endpoint: {display_url(url)}")
    typer.echo(f"model: {name}")
    if stored_in:
        typer.echo(f"API key: stored in the system keyring ({stored_in})")
    elif forget_key:
        forgotten = keyring_delete(url)
        typer.echo("API key: removed from the keyring" if forgotten else "API key: none stored")
    typer.echo("check it with: tactful ai test")


@ai_app.command("status")
def status(ctx: typer.Context, json: JsonOption = False) -> None:
    """What is configured and where each value comes from (never the key itself)."""
    from tactful.ai import backends, load_ai_settings
    from tactful.ai.base import broken_backends

    settings = load_ai_settings(api(ctx).config)
    data = settings.public()
    data["backends"] = sorted(backends())
    broken = broken_backends()
    if json:
        data["broken_backends"] = broken
        print_json(data)
        return
    if not settings.configured and settings.backend == "openai":
        typer.echo("AI: not configured (tactful works offline without it)")
        typer.echo(
            "configure: tactful ai configure --base-url http://localhost:11434/v1 --model llama3.1"
        )
    typer.echo(f"backend: {settings.backend}")
    typer.echo(f"base URL: {data['base_url'] or '-'} ({settings.base_url_source})")
    typer.echo(f"model: {settings.model or '-'} ({settings.model_source})")
    typer.echo(f"API key: {settings.key_source}")
    typer.echo(
        f"timeouts: connect {settings.connect_timeout:g} s, read {settings.read_timeout:g} s; "
        f"tries: {settings.max_tries}"
    )
    typer.echo(f"backends available: {', '.join(data['backends'])}")
    for name, reason in broken.items():
        typer.echo(f"backend {name} failed to load: {reason}")


@ai_app.command("test")
def test_connection(ctx: typer.Context, json: JsonOption = False) -> None:
    """Send a tiny prompt and print the model's answer (exit 2 with one line on failure)."""
    from tactful.ai import Message, configured_backend

    backend = configured_backend(api(ctx))
    messages: list[Message] = [
        {"role": "system", "content": "You are a connection test. Answer in one sentence."},
        {"role": "user", "content": TEST_PROMPT},
    ]
    started = time.monotonic()
    if json:
        answer = backend.generate(messages, max_tokens=60, temperature=0.0)
        print_json(
            {
                "ok": True,
                "backend": backend.name,
                "model": backend.settings.model,
                "base_url": backend.settings.display_url,
                "answer": answer.strip(),
                "seconds": round(time.monotonic() - started, 3),
            }
        )
        return

    def show(token: str) -> None:
        sys.stdout.write(token)
        sys.stdout.flush()

    typer.echo(f"asking {backend.describe()} …", err=True)
    answer = backend.generate(messages, on_token=show, max_tokens=60, temperature=0.0)
    if not answer.endswith("\n"):
        sys.stdout.write("\n")
    typer.echo(f"ok ({time.monotonic() - started:.1f} s)", err=True)


def _read_key() -> str:
    if sys.stdin.isatty():
        key = typer.prompt("API key", hide_input=True, default="", show_default=False)
    else:
        key = sys.stdin.read()
    key = key.strip()
    if not key:
        raise BadInput("no API key on stdin: pipe it in, e.g. `pass show openai | tactful ai ...`")
    if any(c.isspace() for c in key):
        raise BadInput("the API key on stdin contains spaces or several lines; give the key alone")
    return key


def register(app: typer.Typer) -> None:
    app.add_typer(ai_app, name="ai")
