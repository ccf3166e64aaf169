"""`tactful check` through the real entry point: JSON shape, exit codes, underlined spans, stdin."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_samples import email

from conftest import CLI
from tactful.checks.render import MAX_LINE

GOOD = email("thank-you", "en")
BAD = email("status-inquiry", "en", "Any update? I'll call you on Monday.")


def write(tmp_path: Path, text: str, name: str = "email.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_email_exits_0_with_json(cli: CLI, tmp_path: Path) -> None:
    r = cli("check", write(tmp_path, GOOD), "--kind", "thank-you", "--json")
    assert r.code == 0, r.err
    data = r.json()
    assert data["verdict"] == "ok"
    assert data["findings"] == []
    assert data["words"] == 60
    assert data["language"] == "en"


def test_error_finding_exits_1_with_every_field(cli: CLI, tmp_path: Path) -> None:
    r = cli("check", write(tmp_path, BAD), "--kind", "status", "--json")
    assert r.code == 1
    data = r.json()
    assert data["verdict"] == "revise"
    assert data["kind"] == "status-inquiry"
    rules = [f["rule"] for f in data["findings"]]
    assert rules == ["blunt-demand", "call-or-visit"]
    for f in data["findings"]:
        assert {
            "rule",
            "severity",
            "message",
            "suggestion",
            "start",
            "end",
            "line",
            "column",
        } <= set(f)
        assert BAD[f["start"] : f["end"]] in ("Any update?", "I'll call you")
        line = BAD.splitlines()[f["line"] - 1]
        assert line[f["column"] - 1 :].startswith(BAD[f["start"] : f["end"]])


def test_warnings_only_exit_0(cli: CLI, tmp_path: Path) -> None:
    text = email("status-inquiry", "en", "Just checking in.")
    r = cli("check", write(tmp_path, text), "--kind", "status", "--json")
    assert r.code == 0
    assert [f["severity"] for f in r.json()["findings"]] == ["warning"]


def test_stdin(cli: CLI) -> None:
    r = cli("check", "-", "--json", input=BAD)
    assert r.code == 1
    assert {f["rule"] for f in r.json()["findings"]} == {"blunt-demand", "call-or-visit"}
    assert r.json()["kind"] is None


def test_human_output_underlines_the_span(cli: CLI, tmp_path: Path) -> None:
    path = write(tmp_path, BAD)
    r = cli("check", path, "--kind", "status")
    assert r.code == 1
    lines = r.out.splitlines()
    start = BAD.index("I'll call you")
    line_no = BAD.count("\n", 0, start) + 1
    column = start - BAD.rfind("\n", 0, start)
    header = f"{path}:{line_no}:{column}: error: "
    i = next(i for i, line in enumerate(lines) if line.startswith(header))
    assert lines[i].endswith("[call-or-visit]")
    source, marks = lines[i + 1], lines[i + 2]
    bar = source.index("| ") + 2
    assert source[bar:] == BAD.splitlines()[line_no - 1]
    assert marks[bar:] == " " * (column - 1) + "^" * len("I'll call you")
    assert lines[i + 3].strip().startswith("= suggestion: Remove it")
    assert (
        lines[-1] == "verdict: revise (2 errors, 0 warnings, 0 notes; 60 words, status-inquiry, en)"
    )


def test_human_output_aligns_after_wide_characters(cli: CLI, tmp_path: Path) -> None:
    text = "Hi Ana,\n\n🙏🙏 Just checking in.\n\nBest,\nSam"
    r = cli("check", write(tmp_path, text))
    lines = r.out.splitlines()
    i = next(i for i, line in enumerate(lines) if "[filler]" in line)
    marks = lines[i + 2]
    bar = lines[i + 1].index("| ") + 2
    # Each emoji takes two columns, then one space: the carets start at column 6.
    assert marks[bar:] == " " * 5 + "^" * len("Just checking in")


def test_french_output_and_a_span_over_several_lines(cli: CLI, tmp_path: Path) -> None:
    text = "Bonjour,\n\nJe me permets de vous\nrelancer.\n\nCordialement,\nAna"
    r = cli("check", write(tmp_path, text), "--lang", "fr")
    assert "Formule creuse" in r.out
    assert "se poursuit jusqu'à la ligne 4" in r.out


def test_long_lines_are_windowed_around_the_span(cli: CLI, tmp_path: Path) -> None:
    padding = "I enjoyed our conversation about the new warehouse and the team. " * 4
    text = f"Hi Ana,\n\n{padding}I'll call you on Friday. {padding}\n\nBest,\nSam"
    r = cli("check", write(tmp_path, text))
    lines = r.out.splitlines()
    i = next(i for i, line in enumerate(lines) if "[call-or-visit]" in line)
    source, marks = lines[i + 1], lines[i + 2]
    assert "…" in source
    assert len(source) < MAX_LINE + 20
    bar = source.index("| ") + 2
    carets = marks.index("^")
    assert source[carets:].startswith("I'll call you")
    assert carets > bar


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "missing.txt"], "no such file"),
        (["check", "EMPTY"], "is empty"),
        (["check", "GOOD", "--kind", "reminder"], "unknown email kind"),
        (["check", "GOOD", "--lang", "de"], "unknown language"),
        (["check", "DIR"], "is a directory"),
        (["check", "LATIN1"], "not UTF-8"),
    ],
)
def test_bad_input_exits_2(cli: CLI, tmp_path: Path, args: list[str], message: str) -> None:
    names = {
        "EMPTY": str(write(tmp_path, "  \n", "empty.txt")),
        "GOOD": str(write(tmp_path, GOOD)),
        "DIR": str(tmp_path),
    }
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Chère Madame, très bien".encode("latin-1"))
    names["LATIN1"] = str(latin1)
    r = cli(*[names.get(a, a) for a in args])
    assert r.code == 2
    assert r.err.startswith("tactful: error: ")
    assert message in r.err
    assert r.out == ""


def test_empty_stdin_exits_2(cli: CLI) -> None:
    r = cli("check", "-", input="")
    assert r.code == 2
    assert "<stdin> is empty" in r.err


def test_byte_order_mark_is_ignored(cli: CLI, tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(("\ufeff" + BAD).encode("utf-8"))
    r = cli("check", path, "--json")
    f = next(f for f in r.json()["findings"] if f["rule"] == "call-or-visit")
    assert BAD[f["start"] : f["end"]] == "I'll call you"


def test_help_lists_the_options(cli: CLI) -> None:
    r = cli("check", "--help")
    assert r.code == 0
    for option in ("--kind", "--interview", "--lang", "--json"):
        assert option in r.out


def test_a_real_process_reads_stdin(tactful_process: CLI) -> None:
    r = tactful_process("check", "-", "--kind", "status", "--json", input=BAD)
    assert r.code == 1, r.err
    assert [f["rule"] for f in r.json()["findings"]] == ["blunt-demand", "call-or-visit"]
    ok = tactful_process("check", "-", "--kind", "thank-you", input=GOOD)
    assert ok.code == 0
    assert ok.out.strip() == "verdict: ok (0 errors, 0 warnings, 0 notes; 60 words, thank-you, en)"
