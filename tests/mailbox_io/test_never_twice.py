"""Never twice: the sender is killed at each stage, or the connection drops after DATA, and
the next run counts the messages received. Each note arrives exactly once."""

from __future__ import annotations

from typing import Any, cast

import pytest

from mailbox_io.world import World, step_state


def notes(world: World) -> dict[str, str]:
    return {n["name"]: n["state"] for n in world.plan()["thank_you_notes"]}


def outbox(world: World) -> list[dict[str, Any]]:
    done = world.run("mail", "outbox", "--json")
    assert done.code == 0, done.err
    return cast(list[dict[str, Any]], done.json()["outbox"])


@pytest.fixture
def ready(world: World) -> World:
    world.setup_account()
    world.add_round()
    return world


def test_killed_before_smtp_sends_once_on_the_next_run(ready: World) -> None:
    ready.killed_at("prepared", "send", "1", "thank-you", "--to", "Ada", "--yes")
    assert ready.inbox(ready.ada) == []
    done = ready.run("send", "1", "thank-you", "--to", "Ada", "--yes")
    assert done.code == 0, done.err
    assert "never handed to the SMTP server" in done.err
    assert len(ready.inbox(ready.ada)) == 1
    assert notes(ready)["Ada Lovelace"] == "sent"


def test_killed_while_handing_over_asks_before_sending_again(ready: World) -> None:
    ready.killed_at("sending", "send", "1", "thank-you", "--to", "Ada", "--yes")
    assert ready.inbox(ready.ada) == []  # killed just before DATA: nothing went out
    again = ready.run("send", "1", "thank-you", "--to", "Ada", "--yes")
    assert again.code == 1  # it may have gone out: no blind resend
    assert "tactful mail resolve" in again.err
    assert ready.inbox(ready.ada) == []
    [entry] = outbox(ready)
    assert entry["state"] == "sending"
    assert ready.run("mail", "resolve", str(entry["id"]), "not-sent").code == 0
    assert ready.run("send", "1", "thank-you", "--to", "Ada", "--yes").code == 0
    assert len(ready.inbox(ready.ada)) == 1


def test_killed_after_data_before_recording_records_without_resending(ready: World) -> None:
    ready.killed_at("sent", "send", "1", "thank-you", "--to", "Ada", "--yes")
    assert len(ready.inbox(ready.ada)) == 1
    assert notes(ready)["Ada Lovelace"] == "due"
    again = ready.run("send", "1", "thank-you", "--to", "Ada", "--yes")
    assert "recorded as sent" in again.err
    assert again.code == 1  # nothing left to send to Ada
    assert len(ready.inbox(ready.ada)) == 1
    assert notes(ready)["Ada Lovelace"] == "sent"
    assert len(ready.inbox(ready.me, "Sent")) == 1


def test_killed_after_recording_files_one_copy_later(ready: World) -> None:
    ready.killed_at("recorded", "send", "1", "thank-you", "--to", "Ada", "--yes")
    assert notes(ready)["Ada Lovelace"] == "sent"
    assert ready.inbox(ready.me, "Sent") == []
    done = ready.run("send", "1", "thank-you", "--to", "Grace", "--yes")
    assert done.code == 0, done.err
    assert len(ready.inbox(ready.ada)) == 1
    assert len(ready.inbox(ready.grace)) == 1
    assert len(ready.inbox(ready.me, "Sent")) == 2
    assert {e["state"] for e in outbox(ready)} == {"done"}
    assert step_state(ready.plan(), "thank-you") == "sent"


def test_connection_dropped_after_data_is_uncertain_until_resolved(ready: World) -> None:
    ready.servers.handler.drop_after_data = True
    done = ready.run("send", "1", "thank-you", "--to", "Ada", "--yes")
    ready.servers.handler.drop_after_data = False
    assert done.code == 1
    assert "not in your Sent folder" in done.err
    assert len(ready.inbox(ready.ada)) == 1  # the server had taken it
    again = ready.run("send", "1", "thank-you", "--to", "Ada", "--yes")
    assert again.code == 1
    assert len(ready.inbox(ready.ada)) == 1
    [entry] = outbox(ready)
    resolved = ready.run("mail", "resolve", str(entry["id"]), "sent")
    assert resolved.code == 0, resolved.err
    assert notes(ready)["Ada Lovelace"] == "sent"
    assert len(ready.inbox(ready.me, "Sent")) == 1
    assert len(ready.inbox(ready.ada)) == 1


def test_connection_dropped_after_data_found_in_sent_is_recorded(world: World) -> None:
    world.servers.handler.files_sent_copy.add(world.me)
    world.setup_account("--files-sent")
    world.add_round()
    world.servers.handler.drop_after_data = True
    done = world.run("send", "1", "thank-you", "--to", "Ada", "--yes")
    world.servers.handler.drop_after_data = False
    assert done.code == 0, done.err
    assert "found in Sent" in done.out
    assert len(world.inbox(world.ada)) == 1
    assert notes(world)["Ada Lovelace"] == "sent"
