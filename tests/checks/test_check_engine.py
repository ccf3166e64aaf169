"""check_email's contract: kinds, languages, the report's JSON, and the rule registry."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Iterator

import pytest
from check_samples import email

from tactful.checks import (
    CheckReport,
    Email,
    Finding,
    Rule,
    check_email,
    register,
    registered_rules,
)
from tactful.checks.model import SEVERITIES
from tactful.checks.rule import unregister
from tactful.errors import BadInput

FINDING_KEYS = {"rule", "severity", "message", "suggestion", "start", "end", "line", "column"}


@pytest.mark.parametrize("alias", ["status", "status-inquiry", "STATUS", " status "])
def test_status_aliases(alias: str) -> None:
    assert check_email(email("status-inquiry", "en"), kind=alias).kind == "status-inquiry"


def test_unknown_kind_and_language_are_bad_input() -> None:
    with pytest.raises(BadInput, match="thank-you"):
        check_email("Hello", kind="reminder")
    with pytest.raises(BadInput, match="'en' or 'fr'"):
        check_email("Hello", lang="de")


@pytest.mark.parametrize(
    ("kind", "lang"),
    [("thank-you", "en"), ("thank-you", "fr"), ("status-inquiry", "en"), ("status-inquiry", "fr")],
)
def test_language_is_detected_from_the_text(kind: str, lang: str) -> None:
    assert check_email(email(kind, lang), kind=kind).lang == lang


def test_given_language_wins_over_detection() -> None:
    report = check_email("Hi,\n\nJust checking in.\n\nBest,\nSam", lang="fr")
    assert report.lang == "fr"
    assert "filler" not in report.rules()  # the French phrases were used


def test_report_json_shape() -> None:
    text = email("status-inquiry", "en", "Any update? Sorry to bother you.")
    report = check_email(text, kind="status")
    data = report.to_json()
    assert set(data) == {"verdict", "words", "findings", "language", "kind"}
    assert data["verdict"] == "revise"
    assert data["words"] == report.words > 0
    assert data["language"] == "en"
    for item in data["findings"]:
        assert set(item) >= FINDING_KEYS
        assert item["severity"] in SEVERITIES
        assert item["reason"]
    assert [f["rule"] for f in data["findings"]] == ["blunt-demand", "apology"]


def test_verdict_is_ok_with_warnings_only() -> None:
    report = check_email(email("status-inquiry", "en", "Just checking in."), kind="status")
    assert report.rules() == {"filler"}
    assert report.verdict == "ok"
    assert report.errors == []


def test_findings_are_sorted_by_position() -> None:
    text = email(
        "thank-you", "en", "Sorry to bother you. I'll call you. I need an answer by Monday."
    )
    starts = [f.start for f in check_email(text, kind="thank-you").findings]
    assert starts == sorted(starts)


def test_rules_argument_limits_the_run() -> None:
    text = email("thank-you", "en", "Sorry to bother you. I'll call you.")
    report = check_email(text, kind="thank-you", rules=["apology"])
    assert report.rules() == {"apology"}


def test_every_rule_is_complete_in_both_languages() -> None:
    rules = registered_rules()
    assert len({r.id for r in rules}) == len(rules) >= 25
    formatter = string.Formatter()
    for rule in rules:
        assert rule.severity in SEVERITIES
        assert rule.reason.strip(), rule.id
        keys = set(rule.messages)
        assert {"en", "fr"} <= keys, rule.id
        for key in keys:  # every variant exists in both languages, with the same fields
            lang, _, variant = key.partition(":")
            other = ("fr" if lang == "en" else "en") + (f":{variant}" if variant else "")
            assert other in keys, (rule.id, key)
            fields = {f for _, f, _, _ in formatter.parse("".join(rule.messages[key])) if f}
            other_fields = {f for _, f, _, _ in formatter.parse("".join(rule.messages[other])) if f}
            assert fields == other_fields, (rule.id, key)


class _NoSynergy(Rule):
    id = "test-no-synergy"
    severity = "error"
    reason = "Plain words read faster."
    messages = {  # noqa: RUF012
        "en": ("Jargon: {word}.", "Say what you mean."),
        "fr": ("Jargon : {word}.", "Dites-le simplement."),
    }

    def check(self, email: Email) -> Iterable[Finding]:
        for match in re.finditer(r"synerg\w*", email.folded, re.IGNORECASE):
            yield self.finding(email, match.start(), match.end(), word=match.group())


@pytest.fixture
def plugin_rule() -> Iterator[type[Rule]]:
    registered_rules()
    register(_NoSynergy)
    yield _NoSynergy
    unregister(_NoSynergy.id)


def test_a_plugin_rule_registers_like_a_built_in(plugin_rule: type[Rule]) -> None:
    text = email("thank-you", "fr", "Je crois aux synergies.")
    report: CheckReport = check_email(text, kind="thank-you")
    (finding,) = [f for f in report.findings if f.rule == plugin_rule.id]
    assert text[finding.start : finding.end] == "synergies"
    assert finding.message == "Jargon : synergies."
    assert report.verdict == "revise"


def test_registry_refuses_duplicates_and_bad_severities(plugin_rule: type[Rule]) -> None:
    class Clash(_NoSynergy):
        pass

    with pytest.raises(ValueError, match="two rules"):
        register(Clash)

    class Loud(_NoSynergy):
        id = "test-loud"
        severity = "fatal"

    with pytest.raises(ValueError, match="severity"):
        register(Loud)
