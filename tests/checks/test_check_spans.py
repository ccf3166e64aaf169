"""Spans are exact character offsets into the text as given, whatever its Unicode: curly
quotes, non-breaking spaces, accents (composed or not), emoji before the span, CRLF-free lines."""

from __future__ import annotations

import unicodedata

import pytest
from check_samples import email
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.checks import check_email
from tactful.text.lines import line_column


def only(text: str, rule: str, kind: str | None = None, lang: str | None = None) -> list[str]:
    report = check_email(text, kind=kind, lang=lang)
    return [text[f.start : f.end] for f in report.findings if f.rule == rule]


def test_curly_apostrophe_is_matched_and_kept_in_the_span() -> None:
    text = email("thank-you", "en", "I’ll call you on Friday.")
    assert only(text, "call-or-visit", "thank-you", "en") == ["I’ll call you"]


def test_non_breaking_spaces_inside_a_phrase() -> None:
    text = email("status-inquiry", "en", "Sorry\u00a0to\u202fbother you again.")
    assert only(text, "apology", "status-inquiry", "en") == ["Sorry\u00a0to\u202fbother you"]


def test_accents_composed_and_decomposed() -> None:
    composed = "Désolée de vous déranger."
    decomposed = unicodedata.normalize("NFD", composed)
    assert len(decomposed) > len(composed)
    for sentence in (composed, decomposed):
        text = email("status-inquiry", "fr", sentence)
        (span,) = only(text, "apology", "status-inquiry", "fr")
        assert span == sentence[:-1]


def test_french_phrase_without_its_accents_is_still_found() -> None:
    text = email("status-inquiry", "fr", "Desolee de vous deranger.")
    assert only(text, "apology", "status-inquiry", "fr") == ["Desolee de vous deranger"]


def test_offsets_count_code_points_after_emoji_and_guillemets() -> None:
    text = (
        "Bonjour 🙂 Madame,\n\n«\u202fPetite relance\u202f» : je vous appellerai lundi."
        "\n\nCordialement,\nAna"
    )
    report = check_email(text, kind=None, lang="fr")
    by_rule = {f.rule: f for f in report.findings}
    filler, call = by_rule["filler"], by_rule["call-or-visit"]
    assert text[filler.start : filler.end] == "Petite relance"
    assert text[call.start : call.end] == "je vous appellerai"
    assert (filler.line, filler.column) == (3, 3)
    assert (call.line, call.column) == line_column(text, call.start)
    assert text.splitlines()[call.line - 1][call.column - 1 :].startswith("je vous appellerai")


def test_phrase_across_a_line_break_is_one_span() -> None:
    text = "Hi Ana,\n\nI wanted to touch\nbase about the role.\n\nBest,\nSam"
    (span,) = only(text, "filler")
    assert span == "touch\nbase"


def test_line_and_column_of_each_finding_match_its_start() -> None:
    text = email("thank-you", "en", "I REALLY need this job!! 😊 Sorry to bother you.")
    report = check_email(text, kind="thank-you")
    assert len(report.findings) >= 4
    for finding in report.findings:
        assert (finding.line, finding.column) == line_column(text, finding.start)
        assert 0 <= finding.start < finding.end <= len(text)


@settings(max_examples=60, deadline=None)
@given(
    prefix=st.text(
        alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r"),
        max_size=40,
    )
)
def test_spans_shift_with_any_unicode_prefix(prefix: str) -> None:
    """Whatever comes before a phrase (emoji, combining marks, RTL text), the span still covers
    exactly the phrase."""
    body = "\n\nDear Ana,\n\nI'll call you tomorrow.\n\nBest,\nSam"
    text = prefix.replace("\n", " ") + body
    report = check_email(text, lang="en")
    calls = [f for f in report.findings if f.rule == "call-or-visit"]
    assert [text[f.start : f.end] for f in calls] == ["I'll call you"]


@pytest.mark.parametrize("text", ["   \n\t ", ""])
def test_empty_text_is_bad_input(text: str) -> None:
    from tactful.errors import BadInput

    with pytest.raises(BadInput, match="empty"):
        check_email(text)
