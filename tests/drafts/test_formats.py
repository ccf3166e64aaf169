"""--format eml and mailto: what a mail client reads back."""

from __future__ import annotations

import email
from datetime import datetime
from email import policy
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import pytest

from tactful import BadInput, Person, StepKind
from tactful.drafts import Draft, Recipient, to_eml, to_mailto, write_eml_files

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=ZoneInfo("Europe/Paris"))
BODY = (
    "Bonjour Hélène Dupré,\n\nMerci pour notre échange du 20 novembre : "
    "c'était « très » clair & précis ? Oui = 100 %.\n\nBien cordialement,\nSam Doe"
)


def _draft(**changes: object) -> Draft:
    values: dict[str, Any] = {
        "kind": StepKind.THANK_YOU,
        "lang": "fr",
        "to": Recipient("Hélène Dupré", "helene@acme.example", "interviewer"),
        "subject": "Merci – entretien pour le poste d'ingénieure données",
        "body": BODY,
        "interview_id": 4,
        "sender": Person("Sam Doe", "sam@example.org"),
    }
    values.update(changes)
    return Draft(**values)


def test_eml_parses_back_with_headers_and_utf8_body() -> None:
    raw = to_eml(_draft(), now=NOW)
    assert b"\r\n" in raw
    raw.decode("ascii")  # 7-bit clean: encoded words and quoted-printable
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["From"].addresses[0].addr_spec == "sam@example.org"
    assert message["From"].addresses[0].display_name == "Sam Doe"
    assert message["To"].addresses[0].addr_spec == "helene@acme.example"
    assert message["To"].addresses[0].display_name == "Hélène Dupré"
    assert message["Subject"] == "Merci – entretien pour le poste d'ingénieure données"
    assert parsedate_to_datetime(message["Date"]) == NOW
    assert message["Message-ID"].startswith("<")
    assert message["Message-ID"].endswith("@example.org>")
    assert message["MIME-Version"] == "1.0"
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    assert message.get_content().replace("\r\n", "\n") == BODY + "\n"


def test_eml_without_sender_email_or_recipient_email() -> None:
    draft = _draft(sender=None, to=Recipient("Équipe de recrutement", "", "team"))
    message = email.message_from_bytes(to_eml(draft, now=NOW), policy=policy.default)
    assert message["From"] is None
    assert message["To"] is None
    assert message["Message-ID"].endswith("@tactful.invalid>")
    assert message.get_content().replace("\r\n", "\n") == BODY + "\n"


def test_mailto_round_trips_through_urllib() -> None:
    link = to_mailto(_draft())
    assert " " not in link
    assert "\n" not in link
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "helene@acme.example"
    query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
    assert query["subject"] == ["Merci – entretien pour le poste d'ingénieure données"]
    assert query["body"] == [BODY.replace("\n", "\r\n")]
    assert "%0D%0A" in link
    assert "%26" in link
    assert "%3D" in link
    assert "%3F" in link


def test_mailto_without_address() -> None:
    link = to_mailto(_draft(to=Recipient("Hiring team", "", "team")))
    assert link.startswith("mailto:?subject=")


def test_one_eml_file_per_draft(tmp_path: Path) -> None:
    drafts = [
        _draft(),
        _draft(to=Recipient("Grace Hopper", "grace@acme.example", "interviewer")),
        _draft(to=Recipient("Grace Hopper", "grace2@acme.example", "interviewer")),
    ]
    paths = write_eml_files(drafts, tmp_path / "out", now=NOW)
    assert [p.name for p in paths] == [
        "4-thank-you-helene-dupre.eml",
        "4-thank-you-grace-hopper.eml",
        "4-thank-you-grace-hopper-2.eml",
    ]
    for path, draft in zip(paths, drafts, strict=True):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert message["To"].addresses[0].addr_spec == draft.to.email
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in paths)


def test_out_must_be_a_directory(tmp_path: Path) -> None:
    file = tmp_path / "file"
    file.write_text("x")
    with pytest.raises(BadInput, match="directory"):
        write_eml_files([_draft()], file, now=NOW)


def test_eml_files_keep_crlf_byte_for_byte(tmp_path: Path) -> None:
    (path,) = write_eml_files([_draft()], tmp_path, now=NOW)
    data = path.read_bytes()
    assert data.isascii()  # quoted-printable body, encoded headers
    assert b"\r\n" in data
    assert b"\n" not in data.replace(b"\r\n", b"")
    expected = to_eml(_draft(), now=NOW)
    same_but_id = [line for line in expected.split(b"\r\n") if not line.startswith(b"Message-ID")]
    assert [line for line in data.split(b"\r\n") if not line.startswith(b"Message-ID")] == (
        same_but_id
    )
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_out_that_cannot_be_created_is_bad_input(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BadInput, match="cannot create the folder") as caught:
        write_eml_files([_draft()], blocker / "sub", now=NOW)
    assert (caught.value.code, caught.value.field) == ("cannot-create-folder", "out")
    assert caught.value.values["path"] == str(blocker / "sub")
