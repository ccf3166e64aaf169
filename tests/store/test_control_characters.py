"""Text with a control character is refused where it is written, on SQLite and PostgreSQL.

PostgreSQL cannot store NUL at all (a database error before); the other control characters
come from copying out of a PDF or a terminal and break calendar lines and email headers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tactful import Person, StepKind, Tactful
from tactful.errors import BadInput


def _refused(call: object, *args: object, **kwargs: object) -> BadInput:
    assert callable(call)
    with pytest.raises(BadInput) as refused:
        call(*args, **kwargs)
    assert refused.value.code == "control-character"
    return refused.value


def test_applications_and_rounds_refuse_control_characters(home: Path) -> None:
    with Tactful.open(now="2026-11-30T18:00:00+00:00") as api:
        error = _refused(api.add_application, company="Acme\x00Corp", role="Dev")
        assert error.field == "company"
        assert error.values == {"char": "U+0000", "position": 5}
        assert "control character (U+0000, character 5)" in error.message
        assert api.applications() == []  # nothing half-written
        app_id = api.add_application(company="Acme", role="Dev", notes="tab\tand\nlines\r\n")
        _refused(api.edit_application, app_id, notes="page\x0cbreak")
        _refused(api.edit_application, app_id, contact=Person("Ada\x1b[31m", "ada@acme.example"))
        assert api.application(app_id).notes == "tab\tand\nlines\r\n"
        _refused(api.add_interview, app_id, at="2026-11-30 10:00", detail="the \x07 demo")
        _refused(
            api.add_interview,
            app_id,
            at="2026-11-30 10:00",
            interviewers=[Person("Ada", "ada@acme.example\x00")],
        )
        iv = api.add_interview(app_id, at="2026-11-30 10:00")
        assert _refused(api.edit_interview, iv, selling_point="x\x7f").field == "selling_point"
        assert _refused(api.record_sent, iv, StepKind.THANK_YOU, body="Thanks\x00").field == "body"
        assert _refused(api.record_reply, iv, note="\x00").field == "note"
        assert _refused(api.add_profile_item, "skill", "SQL\x00").field == "text"
        assert api.interview(iv).follow_ups == []


def test_an_import_refuses_control_characters(home: Path) -> None:
    with Tactful.open() as api:
        app_id = api.add_application(company="Acme", role="Dev")
        data = api.export_data()
        api.delete_application(app_id)
        data["applications"][0]["company"] = "Acme\x00"
        assert _refused(api.import_data, data).field == "company"
        assert api.applications() == []
