"""`tactful user …`, `tactful db …` and `tactful serve --multi-user` as an operator types them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import CLI
from mail_sink import MailSink
from pg_server import Server


@pytest.fixture
def on_postgres(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("TACTFUL_DATABASE_URL", pg_url)
    return pg_url


def test_multi_user_mode_needs_postgresql_in_one_line(cli: CLI) -> None:
    done = cli("serve", "--multi-user")
    assert done.code == 2
    assert done.err.count("\n") == 1
    assert "multi-user mode needs PostgreSQL" in done.err
    assert cli("user", "list").code == 2


def test_the_environment_turns_multi_user_mode_on(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TACTFUL_MODE", "multi-user")
    done = cli("serve")
    assert done.code == 2
    assert "needs PostgreSQL" in done.err


def test_an_operator_adds_lists_invites_and_removes_accounts(cli: CLI, on_postgres: str) -> None:
    added = cli("user", "add", "Coach@Career.example", "--role", "coach")
    assert added.code == 0, added.err
    assert "Added coach@career.example (coach)." in added.out
    assert "/signup?token=" in added.out  # no server mail account: the link is printed
    invited = cli("user", "invite", "ada@example.org", "--json", "--base-url", "https://t.example")
    link = json.loads(invited.out)
    assert link["mailed"] is False
    assert link["url"].startswith("https://t.example/signup?token=")
    listed = cli("user", "list", "--json").json()["users"]
    assert [(u["email"], u["role"], u["active"]) for u in listed] == [
        ("coach@career.example", "coach", False)
    ]
    assert cli("user", "add", "coach@career.example").code == 1  # exists: the rules refuse
    bad = cli("user", "add", "not an address")
    assert bad.code == 2
    assert "is not an email address" in bad.err
    assert cli("user", "add", "x@example.org", "--role", "boss").code == 2
    removed = cli("user", "remove", "coach@career.example", "--yes")
    assert removed.code == 0
    assert cli("user", "list", "--json").json() == {"users": []}
    assert cli("user", "remove", "coach@career.example", "--yes").code == 2


def test_an_invitation_is_mailed_when_the_server_has_a_mail_account(
    cli: CLI, on_postgres: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with MailSink() as sink:
        monkeypatch.setenv("TACTFUL_SMTP_URL", sink.url)
        monkeypatch.setenv("TACTFUL_MAIL_FROM", "tactful@career.example")
        done = cli("user", "invite", "ada@example.org", "--lang", "fr")
        assert done.code == 0, done.err
        assert "Mailed a one-time link to ada@example.org." in done.out
        [message] = sink.sink.to("ada@example.org")
        assert message["Subject"] == "Votre compte tactful"
        assert "/signup?token=" in message.get_payload()
        assert "token=" not in done.out  # the link went to its owner only


def test_the_server_mail_refuses_clear_text_to_another_host(
    cli: CLI, on_postgres: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TACTFUL_SMTP_URL", "smtp://mail.example:25?security=none")
    monkeypatch.setenv("TACTFUL_MAIL_FROM", "tactful@career.example")
    done = cli("user", "invite", "ada@example.org")
    assert done.code == 2
    assert "only allowed to a loopback host" in done.err


def test_servers_never_migrate_and_say_how_to(
    cli: CLI, postgres_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TACTFUL_DATABASE_URL", postgres_url)  # an empty database
    refused = cli("user", "list")
    assert refused.code == 2
    assert "run 'tactful db upgrade' once" in refused.err
    upgraded = cli("db", "upgrade")
    assert upgraded.code == 0, upgraded.err
    assert "The database is at schema" in upgraded.out
    assert cli("user", "list", "--json").json() == {"users": []}
    assert cli("db", "upgrade").code == 0  # twice is harmless
    key = cli("db", "new-key").out.strip()
    assert len(key) == 44


def test_an_upgrade_of_a_database_it_cannot_reach_says_so_in_one_line(
    cli: CLI, postgres: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No traceback: a database that does not exist, or no server at the address, is one line
    naming the URL (without its password) and what to check."""
    from sqlalchemy.engine import make_url

    missing = make_url(postgres.url("no_such_database")).set(password="hunter2")
    for url in (missing.render_as_string(False), "postgresql://u:hunter2@127.0.0.1:1/tactful"):
        monkeypatch.setenv("TACTFUL_DATABASE_URL", url)
        done = cli("db", "upgrade")
        assert done.code == 2, done.err
        assert done.err.count("\n") == 1, done.err
        assert done.err.startswith("tactful: error: cannot use the database at postgresql")
        assert "hunter2" not in done.err
        assert "TACTFUL_DATABASE_URL" in done.err


def test_a_server_on_a_schema_newer_than_its_code_says_to_install_the_newer_release(
    cli: CLI, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database upgraded by a later release: 'tactful db upgrade' from this one cannot help,
    so the line says to install the release that upgraded it, not to run the upgrade."""
    import sqlalchemy as sa

    engine = sa.create_engine(pg_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    engine.dispose()
    monkeypatch.setenv("TACTFUL_DATABASE_URL", pg_url)
    for command in (("user", "list"), ("worker", "--once")):
        done = cli(*command)
        assert done.code == 2, done.err
        assert done.err.count("\n") == 1, done.err
        assert "schema 9999, newer than this tactful's" in done.err
        assert "pip install --upgrade tactful" in done.err
        assert "db upgrade" not in done.err


@pytest.mark.parametrize("email", ["", "   ", "x@y", "a<b>@example.org"])
def test_an_account_address_that_is_not_one_is_refused_in_an_accounts_words(
    cli: CLI, on_postgres: str, email: str
) -> None:
    """Not the interviewer parser's 'cannot read person …: write Name <name@example.com>'."""
    done = cli("user", "add", email)
    assert done.code == 2
    assert "is not an email address: write name@example.com" in done.err
    assert "Name <" not in done.err
    assert cli("user", "list", "--json").json() == {"users": []}


def test_a_mail_language_tactful_does_not_write_is_refused_before_the_account_is_added(
    cli: CLI, on_postgres: str
) -> None:
    """'--lang de' was taken silently (the link mailed in English, exit 0)."""
    done = cli("user", "add", "ada@example.org", "--lang", "de")
    assert done.code == 2
    assert done.err == 'tactful: error: --lang "de": the mail is written in en or fr\n'
    assert cli("user", "list", "--json").json() == {"users": []}
    assert cli("user", "invite", "ada@example.org", "--lang", "FR").code == 0


def test_removing_an_account_without_a_terminal_needs_yes(cli: CLI, on_postgres: str) -> None:
    """'tactful user remove' deletes an account and all of its data: without a terminal to
    ask (a script, a pipe) and without --yes it refuses, as every deleting command does; it
    deleted silently."""
    assert cli("user", "add", "ada@example.org").code == 0
    refused = cli("user", "remove", "ada@example.org")  # the test's stdin is not a terminal
    assert refused.code == 2
    assert refused.err.count("\n") == 1
    assert "Add --yes" in refused.err
    assert [u["email"] for u in cli("user", "list", "--json").json()["users"]] == [
        "ada@example.org"
    ]
    assert cli("user", "remove", "ada@example.org", "--yes").code == 0


def test_a_worker_on_a_database_without_the_job_queue_says_to_upgrade_it(
    cli: CLI, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store moved to PostgreSQL as it is (migrated by single-user tactful) has the schema
    but not the job queue's tables: the worker stopped with procrastinate's traceback."""
    monkeypatch.setenv("TACTFUL_DATABASE_URL", postgres_url)
    assert cli("list").code == 0  # single-user tactful migrates the empty database
    refused = cli("worker", "--once")
    assert refused.code == 2, refused.err
    assert refused.err.count("\n") == 1, refused.err
    assert "the job queue's tables are missing" in refused.err
    assert "run 'tactful db upgrade' once" in refused.err
    assert cli("db", "upgrade").code == 0
    done = cli("worker", "--once")
    assert done.code == 0, done.err


def test_a_login_without_hosted_modes_roles_is_told_to_grant_them(
    cli: CLI, postgres: Server, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A login role that is not a member of tactful_app, tactful_accounts and tactful_worker
    (the CREATE ROLE of docs/hosting.md without its IN ROLE) was told 'permission denied for
    table alembic_version; check TACTFUL_HOME / TACTFUL_DATABASE_URL'."""
    import uuid

    from sqlalchemy.engine import make_url

    login = f"plain_{uuid.uuid4().hex[:8]}"
    postgres.admin(f'CREATE ROLE "{login}" LOGIN')
    monkeypatch.setenv(
        "TACTFUL_DATABASE_URL", make_url(pg_url).set(username=login).render_as_string(False)
    )
    for command in (("user", "list"), ("worker", "--once")):
        done = cli(*command)
        assert done.code == 2, done.err
        assert done.err.count("\n") == 1, done.err
        assert "grant it tactful_app, tactful_accounts and tactful_worker" in done.err
        assert "alembic_version" not in done.err
