"""Each interviewer's thank-you note on its own: `tactful sent ID thank-you --to`, skip --to,
the plan's per-interviewer states, and the database's cap."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest
import sqlalchemy as sa

from conftest import CLI

NOW = "2026-11-25T17:00:00+01:00"


def round_with_two(cli: CLI) -> None:
    assert (
        cli("application", "add", "--company", "Acme", "--role", "Dev", "--country", "FR").code == 0
    )
    done = cli(
        "--now", NOW, "interview", "add", "1", "--at", "2026-11-25 14:00",
        "--interviewer", "Ada Lovelace <ada@acme.example>",
        "--interviewer", "Grace Hopper <grace@acme.example>",
    )  # fmt: skip
    assert done.code == 0, done.err


def plan(cli: CLI) -> dict[str, Any]:
    return cast(dict[str, Any], cli("--now", NOW, "plan", "1", "--json").json()["interviews"][0])


def thank_you(p: dict) -> str:  # type: ignore[type-arg]
    return str(next(s["state"] for s in p["steps"] if s["kind"] == "thank-you"))


def test_the_step_is_sent_when_every_note_is(cli: CLI) -> None:
    round_with_two(cli)
    done = cli("--now", NOW, "sent", "1", "thank-you", "--to", "ada@acme.example")
    assert done.code == 0, done.err
    p = plan(cli)
    assert thank_you(p) == "due"
    assert [(n["name"], n["state"]) for n in p["thank_you_notes"]] == [
        ("Ada Lovelace", "sent"), ("Grace Hopper", "due"),
    ]  # fmt: skip
    again = cli("--now", NOW, "sent", "1", "thank-you", "--to", "Ada")
    assert again.code == 1
    assert "already recorded" in again.err
    assert cli("--now", NOW, "sent", "1", "thank-you", "--to", "Grace").code == 0
    p = plan(cli)
    assert thank_you(p) == "sent"
    shown = cli("--now", NOW, "interview", "show", "1", "--json").json()
    assert len(shown["follow_ups"]) == 1  # one thank-you step, two notes
    assert len(shown["thank_you_notes"]) == 2


def test_sent_without_to_records_everyone(cli: CLI) -> None:
    round_with_two(cli)
    assert cli("--now", NOW, "sent", "1", "thank-you").code == 0
    p = plan(cli)
    assert thank_you(p) == "sent"
    assert {n["state"] for n in p["thank_you_notes"]} == {"sent"}


def test_skipping_one_and_sending_the_other(cli: CLI) -> None:
    round_with_two(cli)
    assert cli("--now", NOW, "skip", "1", "thank-you", "--to", "Grace").code == 0
    assert thank_you(plan(cli)) == "due"
    assert cli("--now", NOW, "sent", "1", "thank-you", "--to", "Ada").code == 0
    p = plan(cli)
    assert thank_you(p) == "sent"
    assert {n["name"]: n["state"] for n in p["thank_you_notes"]} == {
        "Ada Lovelace": "sent", "Grace Hopper": "skipped",
    }  # fmt: skip


def test_skipping_everyone_skips_the_step_and_unskip_undoes_it(cli: CLI) -> None:
    round_with_two(cli)
    assert cli("--now", NOW, "skip", "1", "thank-you", "--to", "Grace").code == 0
    assert cli("--now", NOW, "skip", "1", "thank-you", "--to", "Ada").code == 0
    assert thank_you(plan(cli)) == "skipped"
    assert cli("--now", NOW, "unskip", "1", "thank-you").code == 0
    p = plan(cli)
    assert thank_you(p) == "due"
    assert {n["state"] for n in p["thank_you_notes"]} == {"due"}


def test_an_unknown_recipient_is_bad_input(cli: CLI) -> None:
    round_with_two(cli)
    done = cli("--now", NOW, "sent", "1", "thank-you", "--to", "Linus")
    assert done.code == 2
    assert "Ada Lovelace" in done.err


def test_the_database_keeps_notes_email_only_and_one_each(cli: CLI, home) -> None:  # type: ignore[no-untyped-def]
    round_with_two(cli)
    assert cli("--now", NOW, "sent", "1", "thank-you", "--to", "Ada").code == 0
    engine = sa.create_engine(f"sqlite:///{home / 'tactful.db'}")
    with engine.begin() as conn:
        for sql in (
            "INSERT INTO thank_you_notes (interview_id, recipient_key, state, sent_at, channel) "
            "VALUES (1, 'ada@acme.example', 'sent', '2026-11-25T18:00:00+01:00', 'email')",
            "INSERT INTO thank_you_notes (interview_id, recipient_key, state, sent_at, channel) "
            "VALUES (1, 'grace@acme.example', 'sent', '2026-11-25T18:00:00+01:00', 'phone')",
            "INSERT INTO thank_you_notes (interview_id, recipient_key, state) "
            "VALUES (1, 'grace@acme.example', 'sent')",
        ):
            try:
                with conn.begin_nested():
                    conn.exec_driver_sql(sql)
            except sa.exc.IntegrityError:
                continue
            raise AssertionError(f"the database accepted: {sql}")
    engine.dispose()


def test_export_and_import_keep_the_notes(cli: CLI, tmp_path) -> None:  # type: ignore[no-untyped-def]
    round_with_two(cli)
    assert cli("--now", NOW, "sent", "1", "thank-you", "--to", "Ada").code == 0
    exported = cli("export").out
    (tmp_path / "export.json").write_text(exported)
    other = tmp_path / "other"
    assert cli("--home", str(other), "import", str(tmp_path / "export.json")).code == 0
    assert cli("--home", str(other), "export").out == exported


def test_the_database_refuses_a_note_once_the_step_is_recorded(cli: CLI, home: Path) -> None:
    round_with_two(cli)
    assert cli("--now", NOW, "sent", "1", "thank-you", "--to", "Ada").code == 0
    assert cli("--now", NOW, "skip", "1", "thank-you", "--to", "Grace").code == 0
    engine = sa.create_engine(f"sqlite:///{home / 'tactful.db'}")
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM thank_you_notes WHERE recipient_key LIKE 'grace%'")
        with pytest.raises(sa.exc.IntegrityError, match="already recorded"), engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO thank_you_notes (interview_id, recipient_key, state) "
                "VALUES (1, 'grace@acme.example', 'skipped')"
            )
    finally:
        engine.dispose()


def _states(cli: CLI) -> tuple[str, list[tuple[str, str]]]:
    p = plan(cli)
    return thank_you(p), [(n["name"], n["state"]) for n in p["thank_you_notes"]]


def test_unsend_to_one_person_undoes_their_note_only(cli: CLI) -> None:
    round_with_two(cli)
    assert cli("--now", NOW, "sent", "1", "thank-you", "--to", "Ada").code == 0
    assert cli("--now", NOW, "sent", "1", "thank-you", "--to", "Grace").code == 0
    assert _states(cli)[0] == "sent"
    undone = cli("--now", NOW, "unsend", "1", "thank-you", "--to", "grace@acme.example")
    assert undone.code == 0, undone.err
    assert "Removed the thank-you to grace@acme.example" in undone.out
    # Grace's note is due again, so the round's step is no longer complete; Ada's stays sent.
    assert _states(cli) == ("due", [("Ada Lovelace", "sent"), ("Grace Hopper", "due")])
    shown = cli("--now", NOW, "interview", "show", "1", "--json").json()
    assert shown["follow_ups"] == []
    again = cli("--now", NOW, "unsend", "1", "thank-you", "--to", "Grace")
    assert again.code == 1
    assert "nothing to undo" in again.err
    assert cli("--now", NOW, "sent", "1", "thank-you", "--to", "Grace").code == 0
    assert _states(cli)[0] == "sent"


def test_unskip_to_one_person_plans_their_note_again(cli: CLI) -> None:
    round_with_two(cli)
    assert cli("--now", NOW, "skip", "1", "thank-you", "--to", "Ada").code == 0
    assert cli("--now", NOW, "skip", "1", "thank-you", "--to", "Grace").code == 0
    assert _states(cli)[0] == "skipped"
    not_sent = cli("--now", NOW, "unsend", "1", "thank-you", "--to", "Ada")
    assert not_sent.code == 1, "a skipped note is not a sent one"
    assert cli("--now", NOW, "unskip", "1", "thank-you", "--to", "Ada").code == 0
    assert _states(cli) == ("due", [("Ada Lovelace", "due"), ("Grace Hopper", "skipped")])
    assert cli("--now", NOW, "unskip", "1", "thank-you", "--to", "Ada").code == 1
    assert cli("--now", NOW, "sent", "1", "thank-you", "--to", "Ada").code == 0
    assert _states(cli) == ("sent", [("Ada Lovelace", "sent"), ("Grace Hopper", "skipped")])
