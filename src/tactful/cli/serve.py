"""`tactful serve` (the local web app and REST API) and `tactful web password`."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from tactful.cli.common import state
from tactful.errors import BadInput
from tactful.settings import Settings

web_app = typer.Typer(
    help="The web app's password (needed to serve beyond 127.0.0.1).", no_args_is_help=True
)


def serve(
    ctx: typer.Context,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="Address to listen on. A loopback address (127.0.0.0/8, ::1, localhost) needs "
            "no password; any other one does (tactful web password).",
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8765,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the app in your web browser.")
    ] = False,
    watch: Annotated[
        bool,
        typer.Option("--watch", help="Also watch the mailbox in the background (tactful watch)."),
    ] = False,
    every: Annotated[
        float, typer.Option("--every", help="With --watch: minutes between two reads.")
    ] = 15.0,
    multi_user: Annotated[
        bool,
        typer.Option(
            "--multi-user",
            help="Accounts for many people on PostgreSQL (or TACTFUL_MODE=multi-user); see "
            "docs/hosting.md.",
        ),
    ] = False,
    workers: Annotated[
        int, typer.Option("--workers", help="Web worker processes (multi-user mode).", min=1)
    ] = 1,
    behind_proxy: Annotated[
        bool,
        typer.Option(
            "--behind-proxy",
            help="Served over HTTPS by a reverse proxy on this machine: secure cookies, client "
            "addresses from X-Forwarded-For.",
        ),
    ] = False,
) -> None:
    """Start the web app and REST API (http://127.0.0.1:8765 by default); Ctrl+C stops it."""
    import uvicorn

    from tactful.accounts.hosted import multi_user_requested
    from tactful.settings import Settings
    from tactful.web import create_app

    st = state(ctx)
    settings = Settings.load(st.home, st.database_url)
    if not 1 <= port <= 65535:
        raise BadInput(f"--port {port}: give a port between 1 and 65535")
    if multi_user_requested(multi_user):
        if watch:
            raise BadInput(
                "--watch is single-user: in multi-user mode 'tactful worker' watches every "
                "member's mailbox",
                code="watch-multi-user",
                field="watch",
            )
        _serve_hosted(settings, st.now, host, port, workers, behind_proxy)
        return
    if workers != 1:
        raise BadInput(
            "--workers needs --multi-user: one person's SQLite home is served by one process",
            code="workers-need-multi-user",
            field="workers",
        )
    app = create_app(settings, now=st.now, host=host)  # Refused beyond loopback without password
    from tactful.web.memory import settle_memory, warm_up

    warm_up(app)  # every round planned and the feed written before the address is given
    settle_memory()
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{port}/"
    typer.echo(f"tactful is at {url} (data: {settings.home}); Ctrl+C stops it.", err=True)
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    stop = _start_watcher(st, every) if watch else None
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
    except OSError as exc:
        raise BadInput(
            f"cannot listen on {host}:{port}: {exc.strerror}; try another --port"
        ) from None
    finally:
        if stop is not None:
            stop.set()


def _start_watcher(st: Any, every: float) -> Any:
    """`tactful watch` in a background thread; its log lines go to stderr."""
    import threading

    from tactful.core import Tactful
    from tactful.mailbox.watcher import Watcher, stamp

    with Tactful.open(st.home, st.database_url, now=st.now) as first:
        first.mailbox().secret()  # no account or no password: say so before serving

    def log(line: str) -> None:
        sys.stderr.write(f"{stamp()} watch: {line}\n")
        sys.stderr.flush()

    stop = threading.Event()
    watcher = Watcher(
        lambda: Tactful.open(st.home, st.database_url, now=st.now),
        every_minutes=every, log=log, stop=stop, desktop=True,
    )  # fmt: skip
    threading.Thread(target=watcher.run, name="tactful-watch", daemon=True).start()
    log(f"watching the mailbox every {every:g} minute(s)")
    return stop


def _serve_hosted(
    settings: Settings, now: str | None, host: str, port: int, workers: int, proxy: bool
) -> None:
    """Check everything once in this process (one-line errors), then start the workers."""
    import os

    import uvicorn

    from tactful.accounts import Hosted, hosted_settings
    from tactful.web.security import load_secret

    settings = hosted_settings(settings)
    Hosted(settings, now=now).close()  # PostgreSQL reachable, schema current, roles usable
    load_secret(settings.home)  # made once here: every worker signs cookies with the same
    os.environ.update(
        TACTFUL_HOME=str(settings.home),
        TACTFUL_DATABASE_URL=settings.database_url,
        TACTFUL_SERVE_HOST=host,
        TACTFUL_SECURE_COOKIE="1" if proxy else "",
    )
    if now:
        os.environ["TACTFUL_NOW"] = now
    typer.echo(
        f"tactful (multi-user, {workers} worker{'s' if workers > 1 else ''}) is at "
        f"http://{host}:{port}/; Ctrl+C stops it.",
        err=True,
    )
    try:
        uvicorn.run(
            "tactful.web.hosted_app:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
            server_header=False,
            proxy_headers=proxy,
            forwarded_allow_ips="127.0.0.1" if proxy else None,
        )
    except OSError as exc:
        raise BadInput(
            f"cannot listen on {host}:{port}: {exc.strerror}; try another --port"
        ) from None


@web_app.command("password")
def password(
    ctx: typer.Context,
    remove: Annotated[
        bool, typer.Option("--remove", help="Forget the password (serve on 127.0.0.1 only).")
    ] = False,
) -> None:
    """Set the web app's password (read from the terminal, or stdin when piped).

    Only its argon2 hash is stored, in the tactful home. Setting or removing it logs every
    browser out and changes the calendar feed's secret address.
    """
    from tactful.settings import Settings
    from tactful.web.security import remove_password, set_password

    st = state(ctx)
    home = Settings.load(st.home, st.database_url).home
    if remove:
        done = remove_password(home)
        typer.echo("Password removed." if done else "No password was set.")
        return
    if sys.stdin.isatty():
        first = typer.prompt("New password", hide_input=True)
        second = typer.prompt("Repeat it", hide_input=True)
        if first != second:
            raise BadInput("the two passwords differ: run the command again")
        secret = first
    else:
        secret = sys.stdin.readline().rstrip("\r\n")
    set_password(home, secret)
    typer.echo(f"Password set (argon2 hash in {home}); serve with: tactful serve --host 0.0.0.0")


@web_app.command("feed-url")
def feed_url(
    ctx: typer.Context,
    base: Annotated[
        str, typer.Option("--base", help="The app's address as your calendar app reaches it.")
    ] = "http://127.0.0.1:8765",
) -> None:
    """Print the calendar feed's address (with its secret token when a password is set)."""
    from tactful.settings import Settings
    from tactful.web.security import feed_address, feed_token, load_secret, password_hash

    st = state(ctx)
    home = Settings.load(st.home, st.database_url).home
    token = feed_token(load_secret(home)) if password_hash(home) is not None else None
    typer.echo(feed_address(base, token))


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.add_typer(web_app, name="web")
