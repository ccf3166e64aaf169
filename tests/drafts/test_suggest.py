"""suggest_forgot: a requirement the profile meets that the interview notes never mention."""

from __future__ import annotations

from tactful.drafts import suggest_forgot
from tactful.drafts.suggest import content_words, requirement_items, stem

REQUIREMENTS = """
- 3+ years of Python
- Experience running Kubernetes in production
- Familiarity with event sourcing
- Strong communication skills
"""
PROFILE = [
    "Python and SQL",
    "Led the migration of 40 services to Kubernetes",
    "Gave talks at PyCon",
]


def test_suggests_the_requirement_met_and_not_mentioned() -> None:
    found = suggest_forgot(REQUIREMENTS, PROFILE, ["we talked about event sourcing", "Python"])
    assert [s.text for s in found] == ["Led the migration of 40 services to Kubernetes"]
    assert found[0].requirement == "Experience running Kubernetes in production"
    assert found[0].matched == ("kubernetes",)
    assert found[0].to_json()["text"] == found[0].text


def test_nothing_when_notes_already_mention_it() -> None:
    notes = ["my Python work", "", "the Kubernetes migration"]
    assert suggest_forgot(REQUIREMENTS, PROFILE, notes) == []


def test_best_match_first_and_each_item_once() -> None:
    requirements = "Python; Python and PostgreSQL tuning\nKubernetes"
    profile = ["PostgreSQL tuning in Python services", "Kubernetes"]
    found = suggest_forgot(requirements, profile, [])
    assert [s.text for s in found] == ["PostgreSQL tuning in Python services", "Kubernetes"]
    assert found[0].requirement == "Python and PostgreSQL tuning"
    assert found[0].score > found[1].score


def test_stop_words_and_generic_job_words_never_match() -> None:
    requirements = "Experience with the team and strong skills"
    profile = ["Experience with the team", "strong skills in a team"]
    assert suggest_forgot(requirements, profile, []) == []


def test_stemming_matches_word_forms() -> None:
    assert stem("managed") == stem("managing") == stem("management") == stem("manager")
    assert stem("developed") == stem("development") == stem("developer")
    found = suggest_forgot("Managing a budget", ["Managed the budget of a 2 M€ project"], [])
    assert len(found) == 1
    assert set(found[0].matched) == {"managing", "budget"}


def test_french_requirements_with_accents_and_elisions() -> None:
    requirements = "Maîtrise de l'analyse de données ; expérience en gestion d'équipe"
    profile = ["Analyse des données clients pour 3 pays", "Gestion d’une équipe de 8 personnes"]
    notes = ["la gestion de l'équipe support"]
    found = suggest_forgot(requirements, profile, notes)
    assert [s.text for s in found] == ["Analyse des données clients pour 3 pays"]
    assert set(found[0].matched) == {"analyse", "donnees"}


def test_empty_inputs() -> None:
    assert suggest_forgot("", PROFILE, []) == []
    assert suggest_forgot(REQUIREMENTS, [], []) == []


def test_requirement_items_split_bullets_lines_and_sentences() -> None:
    text = "We need: 1. Go. 2) Rust\n• Docker; Terraform. You know AWS."
    items = requirement_items(text)
    assert "Docker" in items
    assert "Terraform" in items
    assert "You know AWS" in items
    assert any("Rust" in i for i in items)


def test_content_words_keep_technical_tokens() -> None:
    words = content_words("C++ and C# with Node.js, Go")
    assert {"c++", "c#", "node.js", "go"} <= set(words.values())


def test_ties_go_to_the_richer_item() -> None:
    found = suggest_forgot("Kubernetes", ["Kubernetes", "Ran Kubernetes clusters at scale"], [])
    assert found[0].text == "Ran Kubernetes clusters at scale"


def test_an_accomplishment_beats_a_bare_skill_name() -> None:
    found = suggest_forgot(
        REQUIREMENTS, ["Python", "Led the migration of 40 services to Kubernetes"], []
    )
    assert [s.text for s in found] == ["Led the migration of 40 services to Kubernetes", "Python"]
