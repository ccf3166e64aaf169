"""One gate for every date and instant entering the store (1970-2100, with a UTC offset;
follow-ups and replies not before their interview nor in the future), through each way in:
the CLI, `interview edit`, the REST API, `tactful import`. After any refusal the store still
answers `due`, `plan`, `list`, `show` and `/api/v1/due`."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conftest import CLI
from tactful import Tactful
from tactful.errors import BadInput
from tactful.validation import check_instant, parse_date, parse_instant

NOW = ("--now", "2026-12-10T10:00:00+01:00")
PARIS = ZoneInfo("Europe/Paris")


def _round(cli: CLI) -> None:
    assert cli("application", "add", "--company", "Acme", "--role", "Dev").code == 0
    assert cli("interview", "add", "1", "--at", "2026-11-25 14:00").code == 0


def _still_usable(cli: CLI) -> None:
    for args in (("due",), ("plan",), ("list",), ("show", "1"), ("due", "--json")):
        r = cli(*NOW, *args)
        assert r.code == 0, (args, r.err)


def _one_line(r: object, code: int = 2) -> str:
    assert r.code == code, (r.out, r.err)  # type: ignore[attr-defined]
    err: str = r.err  # type: ignore[attr-defined]
    assert err.startswith("tactful: error: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize(
    ("args", "flag"),
    [
        (("interview", "add", "1", "--at", "9999-12-31 23:00"), "--at"),
        (("interview", "add", "1", "--at", "1969-12-31 23:00"), "--at"),
        (
            ("interview", "add", "1", "--at", "2026-11-26 10:00", "--decision-by", "9999-12-31"),
            "--decision-by",
        ),
        (
            ("interview", "add", "1", "--at", "2026-11-26 10:00", "--timeline", "9999-12-31"),
            "--timeline",
        ),
        (
            ("application", "add", "--company", "B", "--role", "R", "--closing-date", "9999-12-31"),
            "--closing-date",
        ),
        (("interview", "edit", "1", "--at", "9999-12-31 23:00"), "--at"),
        (("interview", "edit", "1", "--decision-by", "9999-12-31"), "--decision-by"),
        (("application", "edit", "1", "--closing-date", "0001-01-01"), "--closing-date"),
        (("sent", "1", "thank-you", "--at", "2026-11-24 10:00"), "--at"),
        (("sent", "1", "thank-you", "--at", "2027-01-01 10:00"), "--at"),
        (("reply", "1", "--at", "9999-12-31 10:00"), "--at"),
        (("reply", "1", "--at", "2026-11-01 10:00"), "--at"),
    ],
)
def test_the_cli_refuses_dates_out_of_range_in_one_line_naming_the_option(
    cli: CLI, args: tuple[str, ...], flag: str
) -> None:
    _round(cli)
    err = _one_line(cli(*NOW, *args))
    assert err.startswith(f"tactful: error: {flag}: ")
    assert any(w in err for w in ("out of range", "before the interview", "in the future"))
    _still_usable(cli)


def test_an_edit_that_is_refused_changes_nothing(cli: CLI) -> None:
    _round(cli)
    before = cli("interview", "show", "1", "--json").json()
    _one_line(cli(*NOW, "interview", "edit", "1", "--at", "9999-12-31 23:00"))
    assert cli("interview", "show", "1", "--json").json() == before


def test_the_rest_api_refuses_them_and_keeps_answering(home: Path) -> None:
    import httpx

    from web.conftest import serve

    _app, server = serve(home)
    with server as url, httpx.Client(base_url=url, timeout=30) as client:
        made = client.post("/api/v1/applications", json={"company": "A", "role": "B"})
        assert made.status_code == 201
        app_id = made.json()["id"]
        far = client.post(
            "/api/v1/applications", json={"company": "A", "role": "B", "closing_date": "9999-12-31"}
        )
        assert far.status_code == 422
        assert "out of range" in far.text
        late = client.post(f"/api/v1/applications/{app_id}/rounds", json={"at": "9999-12-31 23:00"})
        assert late.status_code == 422
        assert "out of range" in late.text
        ok = client.post(f"/api/v1/applications/{app_id}/rounds", json={"at": "2026-11-25 10:00"})
        assert ok.status_code == 201
        round_id = ok.json()["id"]
        edit = client.patch(f"/api/v1/rounds/{round_id}", json={"decision_date": "9999-12-31"})
        assert edit.status_code == 422
        assert client.get("/api/v1/due").status_code == 200
        assert client.get("/api/v1/applications").status_code == 200
        assert client.get(f"/api/v1/rounds/{round_id}").status_code == 200


def _export(**interview: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": 1,
        "round": 1,
        "starts_at": "2026-11-20T10:00:00+01:00",
        "timezone": "Europe/Paris",
    }
    base.update(interview)
    return {
        "format": "tactful-export",
        "version": 1,
        "applications": [
            {"id": 1, "company": "Acme", "role": "Dev", "country": "FR", "interviews": [base]}
        ],
        "profile": [],
    }


@pytest.mark.parametrize(
    ("export", "words", "field"),
    [
        (_export(starts_at="2026-11-20T10:00:00"), "has no UTC offset", "starts_at"),
        (_export(starts_at="9999-12-31T23:00:00+00:00"), "out of range", "starts_at"),
        (_export(decision_date="9999-12-31"), "out of range", "decision_date"),
        (_export(id=2**63), "out of range", "id"),
        (_export(id=[1]), "is not a whole number", "id"),
        (_export(id=True), "is not a whole number", "id"),
        (_export(many_candidates="false"), "is not true or false", "many_candidates"),
        (_export(cancelled="no"), "is not true or false", "cancelled"),
        (_export(ical_sequence=10**20), "out of range", "ical_sequence"),
        (_export(duration_minutes=0), "out of range", "duration_minutes"),
        (
            _export(
                follow_ups=[
                    {"id": [1], "kind": "thank-you", "sent_at": "2026-11-20T12:00:00+01:00"}
                ]
            ),
            "is not a whole number",
            "id",
        ),
        (
            _export(
                follow_ups=[{"kind": "status-inquiry", "sent_at": "2026-12-05T10:00:00+01:00"}],
                replies=[{"received_at": "2026-12-01T10:00:00+01:00", "outcome": "rejection"}],
            ),
            "after the employer's reply",
            "sent_at",
        ),
        (
            _export(follow_ups=[{"kind": "thank-you", "sent_at": "2026-11-19T12:00:00+01:00"}]),
            "before the interview",
            "sent_at",
        ),
        (
            _export(follow_ups=[{"kind": "thank-you", "sent_at": "2027-06-01T12:00:00+01:00"}]),
            "in the future",
            "sent_at",
        ),
        (
            _export(
                follow_ups=[
                    {
                        "kind": "thank-you",
                        "sent_at": "2026-11-20T12:00:00+01:00",
                        "channel": "phone",
                    }
                ]
            ),
            "email follow-ups only",
            "channel",
        ),
    ],
)
def test_import_refuses_in_one_line_and_imports_nothing(
    cli: CLI, tmp_path: Path, export: dict[str, object], words: str, field: str
) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    err = _one_line(cli(*NOW, "import", path))
    assert words in err
    assert "nothing was imported" in err
    assert cli("list", "--json").json() == {"applications": []}
    with (
        Tactful.open(now=datetime(2026, 12, 10, tzinfo=PARIS)) as api,
        pytest.raises(BadInput) as caught,
    ):
        api.import_data(export)
    assert caught.value.field == field
    assert cli(*NOW, "due").code == 0


@pytest.mark.parametrize(
    ("application", "words", "code"),
    [
        ({"company": "", "role": "Dev"}, "company is empty", "required"),
        ({"company": "Acme", "role": "Dev", "country": "ZZ"}, 'country "ZZ"', "unknown-country"),
        ({"company": 12, "role": "Dev"}, "is not text", "not-text"),
        (
            {"company": "Acme", "role": "Dev", "closing_date": "31/12/2026"},
            "is not a date",
            "not-a-date",
        ),
    ],
)
def test_import_refuses_bad_applications(
    cli: CLI, tmp_path: Path, application: dict[str, object], words: str, code: str
) -> None:
    export = {"format": "tactful-export", "version": 1, "applications": [application]}
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    err = _one_line(cli(*NOW, "import", path))
    assert words in err
    with Tactful.open() as api, pytest.raises(BadInput) as caught:
        api.import_data(export)
    assert caught.value.code == code
    assert cli(*NOW, "list").code == 0


def test_an_unknown_country_is_refused_where_it_is_typed(cli: CLI) -> None:
    err = _one_line(cli("application", "add", "--company", "A", "--role", "B", "--country", "ZZ"))
    assert err.startswith('tactful: error: --country: no public holidays known for country "ZZ"')
    _one_line(cli("config", "set", "country", "ZZ"))
    assert cli("config", "get", "country").out.strip() == ""


def test_the_gate_itself() -> None:
    with pytest.raises(BadInput) as caught:
        parse_instant("2026-11-20T10:00:00", "starts_at", zone=None)
    assert (caught.value.code, caught.value.field) == ("naive-time", "starts_at")
    assert parse_instant("2026-11-20 10:00", "starts_at", zone=PARIS).tzinfo is PARIS
    with pytest.raises(BadInput) as far:
        check_instant(datetime(9999, 12, 31, 23, tzinfo=PARIS), "starts_at")
    assert far.value.code == "date-out-of-range"
    with pytest.raises(BadInput) as naive:
        check_instant(datetime(2026, 1, 1), "sent_at")
    assert naive.value.field == "sent_at"
    assert parse_date("", "closing_date") is None
    with pytest.raises(BadInput) as early:
        parse_date("1969-12-31", "closing_date")
    assert early.value.as_dict() == {
        "code": "date-out-of-range",
        "field": "closing_date",
        "message": early.value.message,
    }


def test_the_store_refuses_what_skips_the_gate(home: Path) -> None:
    """The codec checks again: a caller that builds values by hand cannot poison the store."""
    from tactful.models import Interview

    with Tactful.open(home) as api:
        app = api.add_application(company="A", role="B", country="")
        bad = Interview(application_id=app, starts_at=datetime(2026, 11, 25, 14))
        with pytest.raises(BadInput, match="no UTC offset"):
            api.store.add_interview(bad)
        assert api.interviews() == []


@pytest.mark.sqlite_only  # the SQLite file itself; PostgreSQL: tests/store/test_postgres.py
def test_a_country_stored_before_it_was_checked_does_not_break_every_plan(
    cli: CLI, home: Path
) -> None:
    import sqlite3

    _round(cli)
    db = sqlite3.connect(home / "tactful.db")
    db.execute("UPDATE applications SET country = 'ZZ'")
    db.commit()
    db.close()
    _still_usable(cli)
    assert cli(*NOW, "plan", "1", "--json").json()["interviews"][0]["steps"]
