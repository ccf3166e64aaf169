"""`tactful interview import` through the real CLI: create, guess, update, cancel, no duplicate."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import Any, cast

import pytest

from conftest import CLI
from tactful.cli.main import main

INVITES = Path(__file__).resolve().parent.parent / "data" / "invites"
ME = "sam.candidate@gmail.com"
NOW = ("--now", "2026-11-20T09:00:00+01:00")


def invite(name: str) -> str:
    return str(INVITES / name)


@pytest.fixture
def me(cli: CLI) -> CLI:
    assert cli("config", "set", "me.email", ME).code == 0
    return cli


def interviews(cli: CLI) -> list[dict[str, Any]]:
    r = cli(*NOW, "plan", "--json")
    assert r.code == 0, r.err
    return cast(list[dict[str, Any]], r.json()["interviews"])


def test_without_a_terminal_or_yes_nothing_is_created_and_the_error_says_add_yes(me: CLI) -> None:
    r = me(*NOW, "interview", "import", invite("google.ics"))
    assert r.code == 2
    assert r.err.count("\n") == 1
    assert "Data Engineer at Acme Analytics" in r.err
    assert "add --yes" in r.err
    assert interviews(me) == []
    assert me("list", "--json").json()["applications"] == []


def test_yes_creates_the_application_and_the_round_with_the_interviewers(me: CLI) -> None:
    r = me(*NOW, "interview", "import", invite("google.ics"), "--yes", "--json")
    assert r.code == 0, r.err
    [item] = r.json()["imported"]
    assert item["action"] == "created"
    assert item["application_created"] is True
    assert (item["company"], item["role"]) == ("Acme Analytics", "Data Engineer")
    assert "New application: Data Engineer at Acme Analytics" in r.err
    shown = me("interview", "show", str(item["interview_id"]), "--json").json()
    assert shown["starts_at"] == "2026-11-25T14:00:00+01:00"
    assert shown["timezone"] == "Europe/Paris"
    assert shown["duration_minutes"] == 60
    assert shown["ical_uid"] == "5f3k2j1h0g9f8e7d6c5b4a3z2y@google.com"
    assert [p["email"] for p in shown["interviewers"]] == [
        "ada.lovelace@acme-analytics.com",
        "grace.hopper@acme-analytics.com",
    ]


def test_importing_the_same_invitation_twice_changes_nothing(me: CLI) -> None:
    assert me(*NOW, "interview", "import", invite("google.ics"), "--yes").code == 0
    r = me(*NOW, "interview", "import", invite("google.ics"))
    assert r.code == 0, r.err
    assert "already imported" in r.out
    assert len(interviews(me)) == 1
    assert len(me("list", "--json").json()["applications"]) == 1


def test_a_higher_sequence_reschedules_the_same_round(me: CLI) -> None:
    first = me(*NOW, "interview", "import", invite("google.ics"), "--yes", "--json").json()
    r = me(*NOW, "interview", "import", invite("google-rescheduled.ics"), "--json")
    assert r.code == 0, r.err
    [item] = r.json()["imported"]
    assert item["action"] == "updated"
    assert item["interview_id"] == first["imported"][0]["interview_id"]
    [plan] = interviews(me)
    assert plan["starts_at"] == "2026-11-26T10:00:00+01:00"
    thank_you = plan["steps"][0]
    assert thank_you["earliest"] == "2026-11-26T10:45:00+01:00"
    shown = me("interview", "show", str(item["interview_id"]), "--json").json()
    assert shown["ical_sequence"] == 1
    assert shown["duration_minutes"] == 45


def test_a_cancel_cancels_the_round_and_an_older_copy_does_not_bring_it_back(me: CLI) -> None:
    me(*NOW, "interview", "import", invite("google.ics"), "--yes")
    me(*NOW, "interview", "import", invite("google-rescheduled.ics"))
    r = me(*NOW, "interview", "import", invite("google-cancelled.ics"))
    assert r.code == 0, r.err
    assert "cancelled" in r.out
    [plan] = interviews(me)
    assert plan["state"] == "closed"
    assert {s["state"] for s in plan["steps"]} == {"cancelled"}
    again = me(*NOW, "interview", "import", invite("google-cancelled.ics"), "--json")
    assert again.json()["imported"][0]["action"] == "unchanged"
    old = me(*NOW, "interview", "import", invite("google.ics"), "--json")
    assert old.json()["imported"][0]["action"] == "ignored"
    assert "older version" in old.json()["imported"][0]["note"]
    assert interviews(me)[0]["state"] == "closed"
    assert len(interviews(me)) == 1


def test_a_cancel_for_an_unknown_interview_does_nothing_and_says_so(me: CLI) -> None:
    r = me(*NOW, "interview", "import", invite("google-cancelled.ics"))
    assert r.code == 0
    assert "does not know" in r.out
    assert interviews(me) == []


def test_application_option_adds_the_round_there_without_asking(me: CLI) -> None:
    app = me("application", "add", "--company", "Globex", "--role", "Python developer", "--json")
    app_id = app.json()["id"]
    r = me(
        *NOW, "interview", "import", invite("outlook.ics"), "--application", str(app_id), "--json"
    )
    assert r.code == 0, r.err
    [item] = r.json()["imported"]
    assert item["application_id"] == app_id
    assert not item["application_created"]
    assert len(me("list", "--json").json()["applications"]) == 1
    missing = me(*NOW, "interview", "import", invite("teams.ics"), "--application", "99")
    assert missing.code == 2
    assert "no application 99" in missing.err


def test_an_existing_application_at_that_company_is_used_without_asking(me: CLI) -> None:
    me("application", "add", "--company", "Acme Analytics", "--role", "Data Engineer")
    r = me(*NOW, "interview", "import", invite("google.ics"))
    assert r.code == 0, r.err
    assert r.out.startswith("Interview 1 created: round 1 of application 1 (Acme Analytics")
    assert len(me("list", "--json").json()["applications"]) == 1
    assert interviews(me)[0]["company"] == "Acme Analytics"


def test_several_events_give_one_application_and_one_round_each(me: CLI) -> None:
    r = me(*NOW, "interview", "import", invite("onsite-several.ics"), "--yes", "--json")
    assert r.code == 0, r.err
    items = r.json()["imported"]
    assert [i["action"] for i in items] == ["created", "created"]
    assert len({i["application_id"] for i in items}) == 1
    plans = interviews(me)
    assert [p["round"] for p in plans] == [1, 2]
    # 10:00 and 13:30 Pacific Standard Time are 19:00 and 22:30 in Paris.
    # Each round keeps its invitation's own time zone (the same instants as 19:00 and 22:30
    # in Paris).
    assert [p["starts_at"] for p in plans] == [
        "2026-12-03T10:00:00-08:00",
        "2026-12-03T13:30:00-08:00",
    ]


def test_every_sample_invitation_imports(me: CLI) -> None:
    expected = {
        "google.ics": ("Acme Analytics", "2026-11-25T14:00:00+01:00", 60),
        "outlook.ics": ("Globex", "2026-11-25T10:30:00+01:00", 60),
        "teams.ics": ("Umbrella Corp", "2026-11-27T09:00:00+01:00", 90),
        "zoom.ics": ("Hooli", "2026-11-30T08:00:00-08:00", 45),  # kept in Los Angeles time
        "floating.ics": ("Stark Industries", "2026-12-01T16:00:00+01:00", 30),
        "utc.ics": ("Wayne Enterprises", "2026-12-02T14:00:00+01:00", 60),
    }
    for name, (company, starts_at, minutes) in expected.items():
        r = me(*NOW, "interview", "import", invite(name), "--yes", "--json")
        assert r.code == 0, (name, r.err)
        [item] = r.json()["imported"]
        assert item["company"] == company, name
        shown = me("interview", "show", str(item["interview_id"]), "--json").json()
        assert (shown["starts_at"], shown["duration_minutes"]) == (starts_at, minutes), name
        assert ME not in [p["email"] for p in shown["interviewers"]], name
        assert shown["interviewers"], name


def test_without_me_email_the_user_stays_among_the_interviewers(cli: CLI) -> None:
    r = cli(*NOW, "interview", "import", invite("outlook.ics"), "--yes", "--json")
    emails = [p["email"] for p in r.json()["imported"][0]["interviewers"]]
    assert ME in emails


def test_a_new_application_from_an_invitation_gets_the_configured_country(me: CLI) -> None:
    me("config", "set", "country", "de")
    r = me(*NOW, "interview", "import", invite("teams.ics"), "--yes", "--json")
    app_id = r.json()["imported"][0]["application_id"]
    assert me("show", str(app_id), "--json").json()["country"] == "DE"


def test_yes_cannot_invent_a_company_it_cannot_read(me: CLI, tmp_path: Path) -> None:
    bare = tmp_path / "bare.ics"
    bare.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:bare-1\r\n"
        b"DTSTAMP:20261119T000000Z\r\nDTSTART:20261125T140000Z\r\nSUMMARY:Call\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    r = me(*NOW, "interview", "import", str(bare), "--yes")
    assert r.code == 2
    assert "add --application ID" in r.err
    assert interviews(me) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2026\r\n"
            b"END:VEVENT\r\nEND:VCALENDAR\r\n",
            'broken.ics line 5: DTSTART "2026"',
        ),
        (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nnonsense\r\n",
            "broken.ics line 5: cannot read 'nonsense'",
        ),
    ],
)
def test_a_malformed_file_is_one_line_naming_the_line(
    me: CLI, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "broken.ics"
    path.write_bytes(content)
    r = me(*NOW, "interview", "import", str(path), "--yes")
    assert r.code == 2
    assert r.err.startswith("tactful: error: ")
    assert r.err.count("\n") == 1
    assert message in r.err
    assert "Traceback" not in r.err


def test_a_missing_file_is_a_clear_error(me: CLI) -> None:
    r = me("interview", "import", "/nonexistent/invite.ics")
    assert r.code == 2
    assert "no such file: /nonexistent/invite.ics" in r.err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_in_a_terminal_the_guess_is_shown_and_can_be_corrected(
    me: CLI, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal("Acme Analytics Ltd\nSenior Data Engineer\ny\n"))
    code = main([*NOW, "interview", "import", invite("google.ics")])
    out = capsys.readouterr().out
    assert code == 0
    assert "looks like Data Engineer at Acme Analytics" in out
    apps = me("list", "--json").json()["applications"]
    assert [(a["company"], a["role"]) for a in apps] == [
        ("Acme Analytics Ltd", "Senior Data Engineer")
    ]


def test_in_a_terminal_saying_no_imports_nothing(
    me: CLI, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal("\n\nn\n"))
    code = main([*NOW, "interview", "import", invite("google.ics")])
    assert code == 1
    assert "Nothing imported" in capsys.readouterr().out
    assert me("list", "--json").json()["applications"] == []


def test_an_import_with_one_unreadable_event_writes_nothing(cli: CLI, tmp_path: Path) -> None:
    good = (
        "BEGIN:VEVENT\r\nUID:good-1@example.com\r\nDTSTAMP:20261119T101010Z\r\n"
        "DTSTART:20261202T130000Z\r\nDTEND:20261202T140000Z\r\n"
        "SUMMARY:Data Scientist interview — Wayne Enterprises\r\nEND:VEVENT\r\n"
    )
    vague = (
        "BEGIN:VEVENT\r\nUID:vague-2@example.com\r\nDTSTAMP:20261119T101010Z\r\n"
        "DTSTART:20261203T130000Z\r\nDTEND:20261203T140000Z\r\nSUMMARY:Call\r\nEND:VEVENT\r\n"
    )
    invite = tmp_path / "two.ics"
    invite.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + good + vague
        + "END:VCALENDAR\r\n",
        encoding="utf-8",
        newline="",
    )  # fmt: skip
    result = cli("interview", "import", str(invite), "--yes")
    assert result.code == 2, result.err
    assert "add --application ID" in result.err
    assert cli("list", "--json").json() == {"applications": []}

    # The library call the web app makes holds the same promise.
    from tactful import BadInput, Tactful

    api = Tactful.open()
    items = api.preview_invitations(invite.read_bytes(), source="two.ics")
    with pytest.raises(BadInput, match="add --application ID"):
        api.import_invitations(items)
    assert api.applications() == []


def test_a_refused_new_application_leaves_no_round_of_the_same_file_behind(
    cli: CLI, tmp_path: Path
) -> None:
    """The first event goes to an application tactful has; the second needs a new one, which
    the holiday rules refuse (a subdivision the configured country does not have): nothing of
    the file is written, not even the first event's round."""
    known = cli("application", "add", "--company", "Acme Analytics", "--role", "Data Engineer",
                "--json")  # fmt: skip
    assert known.code == 0, known.err
    assert cli("config", "set", "country", "FR").code == 0
    # `config set` now refuses an unknown subdivision; a config file edited by hand (or
    # written by an older tactful) can still hold one.
    assert cli("config", "set", "subdivision", "ZZ").code == 2
    from tactful.config import Config

    Config(Path(os.environ["TACTFUL_HOME"])).set("subdivision", "ZZ")
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261119T101010Z\r\nDTSTART:{day}T130000Z\r\n"
        f"DTEND:{day}T140000Z\r\nSUMMARY:{summary}\r\nEND:VEVENT\r\n"
        for uid, day, summary in (
            ("known-1@example.com", "20261202", "Data Engineer interview — Acme Analytics"),
            ("new-2@example.com", "20261203", "Data Scientist interview — Wayne Enterprises"),
        )
    )
    path = tmp_path / "two.ics"
    path.write_bytes(
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{events}END:VCALENDAR\r\n"
        .encode()
    )  # fmt: skip
    r = cli(*NOW, "interview", "import", str(path), "--yes")
    assert r.code == 2
    assert r.err.splitlines()[-1].startswith("tactful: error: ")
    assert interviews(cli) == []
    apps = cli("list", "--json").json()["applications"]
    assert [a["company"] for a in apps] == ["Acme Analytics"]


def test_a_zone_only_the_files_vtimezone_describes_is_read_from_that_block(
    me: CLI, tmp_path: Path
) -> None:
    path = tmp_path / "custom.ics"
    path.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        b"BEGIN:VTIMEZONE\r\nTZID:Custom Office Time\r\nBEGIN:STANDARD\r\n"
        b"DTSTART:19700101T000000\r\nTZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nTZNAME:COT\r\n"
        b"END:STANDARD\r\nEND:VTIMEZONE\r\n"
        b"BEGIN:VEVENT\r\nUID:custom-1@example.com\r\nDTSTAMP:20261119T101010Z\r\n"
        b"DTSTART;TZID=Custom Office Time:20261202T150000\r\n"
        b"DTEND;TZID=Custom Office Time:20261202T161500\r\n"
        b"SUMMARY:Data Engineer interview \xe2\x80\x94 Acme Analytics\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
    r = me(*NOW, "interview", "import", str(path), "--yes", "--json")
    assert r.code == 0, r.err
    [item] = r.json()["imported"]
    assert item["invite_timezone"] == "Custom Office Time (UTC+05:30)"
    shown = me("interview", "show", str(item["interview_id"]), "--json").json()
    # 15:00 at +05:30 is 10:30 in Paris.
    assert (shown["starts_at"], shown["duration_minutes"]) == ("2026-12-02T10:30:00+01:00", 75)


def test_a_database_error_half_way_through_an_import_writes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tactful import Tactful

    data = (Path(__file__).parent.parent / "data" / "invites" / "onsite-several.ics").read_bytes()
    api = Tactful.open()
    items = api.preview_invitations(data, source="onsite.ics")
    assert len(items) >= 2
    real = api.records.add_interview
    calls = []

    def failing_second(*args: Any, **kwargs: Any) -> int:
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(api.records, "add_interview", failing_second)
    with pytest.raises(OSError, match="disk full"):
        api.import_invitations(items)
    assert api.applications() == []
    assert api.interviews() == []
