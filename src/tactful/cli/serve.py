"""`tactful serve` (the local web app and REST API) and `tactful web password`."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from tactful.cli.common import state
from tactful.errors import BadInput

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
) -> None:
    """Start the web app and REST API (http://127.0.0.1:8765 by default); Ctrl+C stops it."""
    import uvicorn

    from tactful.settings import Settings
    from tactful.web import create_app

    st = state(ctx)
    settings = Settings.load(st.home, st.database_url)
    if not 1 <= port <= 65535:
        raise BadInput(f"--port {port}: give a port between 1 and 65535")
    app = create_app(settings, now=st.now, host=host)  # Refused beyond loopback without password
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
