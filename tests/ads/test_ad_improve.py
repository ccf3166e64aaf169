"""`tactful ad improve`: word-for-word fixes, and AI rewrites checked against the original
(through a real chat-completions server on 127.0.0.1)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ai_server import ScriptedChatServer
from conftest import CLI
from tactful.ads import analyse_ad, improve_deterministic, invented_facts

NOW = ("--now", "2026-03-02T09:00")
TODAY = date(2026, 3, 2)

AD = """# Rockstar Developer

Location: Remote (EU)

We want a world-class ninja. The ideal candidate has five years of Python and is a native
English speaker. You will join our guys and hit the ground running.

Pay: €50,000–€60,000 a year. Apply by 30 April 2026 at jobs@acme.example.
"""

REWRITE = """# Python Developer

Location: Remote (EU)

You will join a friendly team of developers. You have five years of Python and fluent English.

## What you will do

- Build and maintain our services with the team.

## How to apply

Pay: €50,000–€60,000 a year. Apply by 30 April 2026 at jobs@acme.example. Our hiring process is
one interview; we reply to every applicant.
"""


def test_deterministic_fixes_replace_words_and_raise_the_score() -> None:
    result = improve_deterministic(AD, today=TODAY, name="ad.md")
    assert result.accepted
    assert result.method == "deterministic"
    assert "Skilled Developer" in result.text
    assert "strong specialist" in result.text
    assert "You have five years" in result.text
    assert "fluent English speaker" in result.text
    assert "join our team" in result.text
    assert "get up to speed quickly" in result.text
    assert result.after.score > result.before.score
    assert result.diff.startswith("--- ad.md (before)\n+++ ad.md (after)\n")
    assert "-# Rockstar Developer" in result.diff
    assert "+# Skilled Developer" in result.diff
    rules_left = {f.rule for f in analyse_ad(result.text, today=TODAY).findings}
    assert "superhero-title" not in rules_left
    assert "third-person" not in rules_left


def test_deterministic_fixes_keep_html_valid() -> None:
    html = "<p>A rockstar &amp; a guru, work hard &amp; a cutting-edge stack.</p>"
    result = improve_deterministic(html, today=TODAY)
    assert result.text == (
        "<p>A specialist &amp; a specialist, work hard &amp; a modern stack.</p>"
    )


def test_improve_cli_shows_scores_and_diff_and_writes_out(cli: CLI, tmp_path: Path) -> None:
    source = tmp_path / "ad.md"
    source.write_text(AD, encoding="utf-8")
    out = tmp_path / "better.md"
    r = cli(*NOW, "ad", "improve", source, "--out", out)
    assert r.code == 0, r.err
    before, after = (int(x) for x in r.out.split("Score: ")[1].split("\n")[0].split(" → "))
    assert after > before
    assert "--- ad.md (before)" in r.out
    assert "+# Skilled Developer" in r.out
    assert out.read_text(encoding="utf-8").startswith("# Skilled Developer\n")
    assert source.read_text(encoding="utf-8") == AD  # the original is left alone


def test_improve_cli_json_and_nothing_to_fix(cli: CLI) -> None:
    r = cli(*NOW, "ad", "improve", "-", "--json", input="We bake bread in Lyon.")
    assert r.code == 0
    data = r.json()
    assert data["applied"] == []
    assert data["diff"] == ""
    assert data["accepted"] is True
    assert data["score_before"] == data["score_after"]


def test_invented_facts() -> None:
    original = "Pay: €50,000 a year, apply by 30 April 2026 at jobs@acme.example. 1. Call"
    assert (
        invented_facts(original, "Pay: 50 000 € a year; 1. A call; apply by 30 April 2026.") == []
    )
    assert invented_facts(original, "Pay: €60,000 a year.") == ["60000"]
    assert invented_facts(original, "Pay: €50k.") == []
    assert invented_facts(original, "Write to hr@acme.example or see https://acme.example.") == [
        "hr@acme.example",
        "https://acme.example.",
    ]


# --- with AI, through the loopback chat server -----------------------------------------------


def _ad(tmp_path: Path) -> Path:
    path = tmp_path / "ad.md"
    path.write_text(AD, encoding="utf-8")
    return path


def test_ai_rewrite_accepted(cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "better.md"
    with ScriptedChatServer([f"```markdown\n{REWRITE}```"]) as server:
        server.configure(monkeypatch)
        r = cli(*NOW, "ad", "improve", _ad(tmp_path), "--ai", "--out", out, "--json")
    assert r.code == 0, r.err
    data = r.json()
    assert data["accepted"] is True
    assert data["method"] == "ai"
    assert data["score_after"] > data["score_before"]
    assert out.read_text(encoding="utf-8") == REWRITE
    assert "+# Python Developer" in data["diff"]
    messages = server.requests[0].messages
    assert messages[0]["role"] == "system"
    assert "Never add a fact" in messages[0]["content"]
    assert AD in messages[1]["content"]
    assert "superhero title" in messages[1]["content"]


def test_ai_rewrite_is_taken_out_of_its_fence_without_the_models_comments(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A remark, the ad in a fence, another remark ("I removed…"): the ad is the fence's content;
    the comments and the backticks are not written into --out."""
    out = tmp_path / "better.md"
    answer = f"Here is the improved ad:\n\n```markdown\n{REWRITE}```\n\nI removed the jargon."
    with ScriptedChatServer([answer]) as server:
        server.configure(monkeypatch)
        r = cli(*NOW, "ad", "improve", _ad(tmp_path), "--ai", "--out", out, "--json")
    assert r.code == 0, r.err
    assert r.json()["accepted"] is True
    assert out.read_text(encoding="utf-8") == REWRITE


def test_ai_rewrite_cut_at_the_token_limit_is_rejected(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'finish_reason: length': the model stopped mid-ad; the part it wrote may even score
    higher, but it is not the whole ad."""
    import json

    from ai_server import Raw

    out = tmp_path / "better.md"
    cut = REWRITE.split("## How to apply")[0]
    answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": cut},
                           "finish_reason": "length"}]}  # fmt: skip
    with ScriptedChatServer([Raw(json.dumps(answer))]) as server:
        server.configure(monkeypatch)
        r = cli(*NOW, "ad", "improve", _ad(tmp_path), "--ai", "--out", out, "--json")
    assert r.code == 1
    assert r.json()["accepted"] is False
    assert "stopped at its length limit" in r.json()["reason"]
    assert not out.exists()


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (REWRITE.replace("€50,000–€60,000", "€50,000–€70,000"), "'70000'"),
        (REWRITE + "\nSee https://acme.example/jobs.\n", "'https://acme.example/jobs.'"),
        (REWRITE.replace("jobs@acme.example", "talent@acme.example"), "'talent@acme.example'"),
        (AD + "\nWe want rockstar guys who crush it, dude.\n", "lower than the original"),
    ],
    ids=["pay", "url", "email", "lower-score"],
)
def test_ai_rewrite_rejected(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str, reason: str
) -> None:
    out = tmp_path / "better.md"
    with ScriptedChatServer([answer]) as server:
        server.configure(monkeypatch)
        r = cli(*NOW, "ad", "improve", _ad(tmp_path), "--ai", "--out", out)
    assert r.code == 1
    assert "rewrite rejected" in r.err
    assert reason in r.err
    assert "(rejected)" in r.out
    assert "Score:" in r.out
    assert "+++ ad.md (after)" in r.out
    assert not out.exists()


def test_ai_not_configured_is_bad_input(cli: CLI, tmp_path: Path) -> None:
    r = cli(*NOW, "ad", "improve", _ad(tmp_path), "--ai")
    assert r.code == 2
    assert r.err.startswith("tactful: error:")
    assert r.err.count("\n") == 1


@pytest.mark.parametrize(
    ("title", "improved"),
    [
        ("Senior Ninja Specialist", "Senior Specialist"),  # not "Senior Specialist Specialist"
        ("Specialist Ninja", "Specialist"),
        ("Rockstar Developer", "Skilled Developer"),  # a title keeps its capitals
        ("Ninja Engineer", "Skilled Engineer"),
    ],
)
def test_word_for_word_fixes_read_as_written(title: str, improved: str) -> None:
    text = f"# {title}\n\nWe need a {title} in Denver, CO. Our rockstar developer left.\n"
    fixed = improve_deterministic(text, today=TODAY).text
    assert fixed.splitlines()[0] == f"# {improved}"
    assert f"We need a {improved} in Denver" in fixed
    assert "Our skilled developer left." in fixed  # in a sentence, lower case stays lower


def test_word_for_word_fixes_keep_the_line_and_its_article_right() -> None:
    text = (
        "# Rockstar Full-Stack Ninja\n\n"
        "The ideal candidate is an aggressive self-starter in Denver, CO.\n"
    )
    fixed = improve_deterministic(text, today=TODAY).text
    assert fixed.splitlines()[0] == "# Full-Stack Specialist"  # not "Specialist … Specialist"
    assert "You are a bold self-starter" in fixed  # not "an bold"
