"""The template step: phrasing chosen per round, placeholders, user overrides."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tactful import BadInput, Person, RoundPlan, StepKind, Tactful
from tactful.drafts import Chooser, Recipient, render_draft, variant_seed
from tactful.drafts.render import format_day, split_subject, tidy
from tactful.text.tokens import sentences

from .conftest import DETAIL, FORGOT, SELLING, make_round

ME = Person("Sam Doe", "sam@example.org")
ADA = Recipient("Ada Lovelace", "ada@acme.example", "interviewer")
KINDS = (StepKind.THANK_YOU, StepKind.STATUS_INQUIRY)
LANGS = ("en", "fr")


def _plan(tactful: Tactful, **kwargs: Any) -> RoundPlan:
    return tactful.plan(make_round(tactful, **kwargs).interview_id)


def test_variant_seed_is_stable_and_depends_on_application_round_and_kind() -> None:
    # A SHA-256, not Python's salted hash(): the same on every run and every machine.
    assert variant_seed(1, 1, StepKind.THANK_YOU) == variant_seed(1, 1, "thank-you")
    seeds = {
        variant_seed(app, rnd, kind) for app in range(1, 6) for rnd in (1, 2) for kind in KINDS
    }
    assert len(seeds) == 20


def test_variant_seed_value_is_fixed() -> None:
    import hashlib

    expected = int(hashlib.sha256(b"7:2:status-inquiry").hexdigest()[:12], 16)
    assert variant_seed(7, 2, StepKind.STATUS_INQUIRY) == expected


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_each_part_has_at_least_three_phrasings(
    tactful: Tactful, kind: StepKind, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = _plan(tactful)
    chooser = Chooser(0)
    # Render through the real template with a chooser that records what it was asked.
    from tactful.drafts import render as render_module

    monkeypatch.setattr(render_module, "Chooser", lambda seed, shift=0: chooser)
    render_draft(plan, kind, lang, ADA, 0, ME)
    expected = {"subject", "greeting", "closing", "signoff", "enthusiasm"}
    expected |= (
        {"thanks", "detail", "selling_point"}
        if kind is StepKind.THANK_YOU
        else {"reference", "process", "forgot"}
    )
    assert expected <= set(chooser.parts)
    assert all(count >= 3 for count in chooser.parts.values()), chooser.parts


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_three_shifts_share_no_sentence(tactful: Tactful, kind: StepKind, lang: str) -> None:
    """Notes to three interviewers of one round: every sentence of the core differs."""
    plan = _plan(tactful)
    seed = variant_seed(plan.application.id, 1, kind)
    cores = []
    for shift in range(3):
        draft = render_draft(plan, kind, lang, ADA, seed, ME, shift=shift)
        lines = draft.body.splitlines()
        core = "\n".join(lines[1:-2])  # without greeting, sign-off and name
        cores.append({s.text for s in sentences(core)} | {draft.subject})
    for i in range(3):
        for j in range(i + 1, 3):
            assert not (cores[i] & cores[j]), cores[i] & cores[j]


@pytest.mark.parametrize("kind", KINDS)
def test_different_applications_get_different_words(tactful: Tactful, kind: StepKind) -> None:
    bodies = set()
    for _ in range(12):
        plan = _plan(tactful)
        seed = variant_seed(plan.application.id, plan.interview.round, kind)
        bodies.add(render_draft(plan, kind, "en", ADA, seed, ME).text)
    assert len(bodies) == 12


def test_same_round_same_words(tactful: Tactful) -> None:
    plan = _plan(tactful)
    seed = variant_seed(plan.application.id, 1, StepKind.THANK_YOU)
    first = render_draft(plan, StepKind.THANK_YOU, "en", ADA, seed, ME)
    again = render_draft(plan, StepKind.THANK_YOU, "en", ADA, seed, ME)
    assert first.text == again.text


@pytest.mark.parametrize("lang", LANGS)
def test_thank_you_has_the_facts(tactful: Tactful, lang: str) -> None:
    plan = _plan(tactful)
    draft = render_draft(plan, StepKind.THANK_YOU, lang, ADA, 5, ME)
    assert DETAIL in draft.body
    assert SELLING in draft.body
    assert "Acme" in draft.body
    assert "Ada" in draft.body.splitlines()[0]
    assert draft.body.endswith("Sam Doe")
    assert ("20 novembre" if lang == "fr" else "November 20") in draft.body
    assert draft.placeholders == []
    assert "[" not in draft.text


@pytest.mark.parametrize("lang", LANGS)
def test_status_inquiry_has_the_facts_and_one_question(tactful: Tactful, lang: str) -> None:
    plan = _plan(tactful)
    for shift in range(3):
        draft = render_draft(plan, StepKind.STATUS_INQUIRY, lang, ADA, 11, ME, shift=shift)
        assert DETAIL in draft.body
        assert FORGOT in draft.body
        assert draft.body.count("?") == 1
        assert len(draft.body.split()) <= 125


def test_missing_facts_leave_visible_placeholders_with_the_fix(tactful: Tactful) -> None:
    plan = _plan(tactful, detail="", selling_point="", forgot="")
    iv = plan.interview.id
    draft = render_draft(plan, StepKind.THANK_YOU, "en", ADA, 3, None)
    assert "[a moment from the interview]" in draft.body
    assert "[your key selling point]" in draft.body
    assert draft.body.endswith("[your name]")
    fixes = {p.field: p.fix for p in draft.placeholders}
    assert fixes == {
        "detail": f'tactful interview edit {iv} --detail "..."',
        "selling_point": f'tactful interview edit {iv} --selling-point "..."',
        "me.name": 'tactful config set me.name "..."',
    }
    status = render_draft(plan, StepKind.STATUS_INQUIRY, "fr", ADA, 3, ME)
    assert "[un moment précis de l'entretien]" in status.body
    assert [p.field for p in status.placeholders] == ["detail"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("shift", range(3))
def test_a_status_inquiry_invents_no_forgotten_qualification(
    tactful: Tactful, lang: str, shift: int
) -> None:
    """Nothing recorded, nothing suggested: the paragraph is left out, not a placeholder."""
    plan = _plan(tactful, forgot="")
    draft = render_draft(plan, StepKind.STATUS_INQUIRY, lang, ADA, 3, ME, shift=shift)
    assert "[" not in draft.text, draft.text
    assert draft.placeholders == []
    assert draft.body.count("?") == 1
    assert "\n\n\n" not in draft.body


@pytest.mark.parametrize(
    ("role", "particle"),
    [
        ("Ingénieure données", "d'"),
        ("Analyste", "d'"),
        ("UX designer", "d'"),
        ("hôtesse d'accueil", "d'"),
        ("Data engineer", "de "),
        ("Head of Data", "de "),
        ("Développeuse", "de "),
    ],
)
def test_french_elides_de_before_a_vowel(tactful: Tactful, role: str, particle: str) -> None:
    """ "Poste d'Ingénieure données", "poste de Data engineer": wherever the role follows
    "de" in any phrasing of either email."""
    plan = _plan(tactful, role=role)
    seen = 0
    for kind in KINDS:
        for shift in range(3):
            text = render_draft(plan, kind, "fr", ADA, 3, ME, shift=shift).text
            for at in (i for i in range(len(text)) if text.startswith(role, i)):
                before = text[max(0, at - 10) : at]
                if before.endswith(("poste d'", "poste de ", "Poste d'", "Poste de ")):
                    assert before.endswith(particle), text
                    seen += 1
    assert seen >= 3


def test_a_given_forgot_replaces_the_recorded_one(tactful: Tactful) -> None:
    plan = _plan(tactful, forgot="")
    draft = render_draft(
        plan, StepKind.STATUS_INQUIRY, "en", ADA, 3, ME, forgot="Kubernetes operations."
    )
    assert "Kubernetes operations." in draft.body
    assert "operations.." not in draft.body
    assert draft.placeholders == []


@pytest.mark.parametrize("lang", LANGS)
def test_team_and_nameless_recipients(tactful: Tactful, lang: str) -> None:
    plan = _plan(tactful)
    team = Recipient("Hiring team", "", "team")
    for shift in range(3):
        body = render_draft(plan, StepKind.THANK_YOU, lang, team, 1, ME, shift=shift).body
        assert "Hiring team" not in body.splitlines()[0] or lang == "en"
        assert body.splitlines()[0].endswith(",")
    nameless = Recipient("", "hr@acme.example", "contact")
    body = render_draft(plan, StepKind.STATUS_INQUIRY, lang, nameless, 1, ME).body
    assert body.splitlines()[0].endswith(",")
    assert "  " not in body


def test_user_template_overrides_the_built_in_one(tactful: Tactful, home: Path) -> None:
    plan = _plan(tactful)
    mine = home / "templates" / "en" / "thank-you.j2"
    mine.parent.mkdir(parents=True)
    mine.write_text(
        "Subject: Thanks, {{ first_name }}\n\nHi {{ first_name }},\n\nThanks for {{ detail }}.\n"
        "\n{{ me }}\n",
        encoding="utf-8",
    )
    draft = render_draft(plan, StepKind.THANK_YOU, "en", ADA, 0, ME, home=home)
    assert draft.subject == "Thanks, Ada"
    assert draft.body == f"Hi Ada,\n\nThanks for {DETAIL}.\n\nSam Doe"
    # Other templates are still the built-in ones, and without `home` nothing is overridden.
    assert "Subject" not in render_draft(plan, StepKind.THANK_YOU, "en", ADA, 0, ME).body
    other = render_draft(plan, StepKind.THANK_YOU, "fr", ADA, 0, ME, home=home)
    assert "Bonjour" in other.body


def test_user_can_override_only_the_shared_parts(tactful: Tactful, home: Path) -> None:
    plan = _plan(tactful)
    common = home / "templates" / "fr" / "_common.j2"
    common.parent.mkdir(parents=True)
    common.write_text(
        "{% macro greeting() %}Salut {{ first_name }},{% endmacro %}\n"
        "{% macro signoff() %}À bientôt,\n{{ me }}{% endmacro %}\n",
        encoding="utf-8",
    )
    draft = render_draft(plan, StepKind.STATUS_INQUIRY, "fr", ADA, 0, ME, home=home)
    assert draft.body.startswith("Salut Ada,")
    assert draft.body.endswith("À bientôt,\nSam Doe")


def test_broken_user_template_is_one_line_bad_input(tactful: Tactful, home: Path) -> None:
    plan = _plan(tactful)
    mine = home / "templates" / "en" / "status-inquiry.j2"
    mine.parent.mkdir(parents=True)
    mine.write_text("Subject: x\n\n{% if %}\n", encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        render_draft(plan, StepKind.STATUS_INQUIRY, "en", ADA, 0, ME, home=home)
    assert "en/status-inquiry.j2" in caught.value.message
    assert "\n" not in caught.value.message
    mine.write_text("no subject line\n", encoding="utf-8")
    with pytest.raises(BadInput, match="Subject"):
        render_draft(plan, StepKind.STATUS_INQUIRY, "en", ADA, 0, ME, home=home)


def test_unknown_language_is_bad_input(tactful: Tactful) -> None:
    plan = _plan(tactful)
    with pytest.raises(BadInput, match="en or fr"):
        render_draft(plan, StepKind.THANK_YOU, "de", ADA, 0, ME)


def test_helpers() -> None:
    assert format_day(datetime(2026, 11, 1).date(), "fr") == "1er novembre"
    assert format_day(datetime(2026, 3, 9).date(), "en") == "March 9"
    assert split_subject("Subject:  Hello   there\n\nBody\n") == ("Hello there", "Body")
    assert split_subject("Objet\u00a0: Merci\n\nCorps") == ("Merci", "Corps")
    with pytest.raises(BadInput):
        split_subject("Hello\n\nBody")
    assert tidy("Dear Ada,\n\nOne.\nTwo.\n\n\n\nBest,\nSam", join=True) == (
        "Dear Ada,\n\nOne. Two.\n\nBest,\nSam"
    )
    assert tidy("One.\n- a\n- b", join=True) == "One.\n- a\n- b"
