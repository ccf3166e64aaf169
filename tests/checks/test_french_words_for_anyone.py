"""What tactful writes in French for the candidate to say (the drafts' templates, the checker's
example sentences) uses no word that agrees with the writer's gender: French has no neutral
form of "ravi·e" or "certifié·e", so the words are chosen to need none (docs/drafts.md)."""

from __future__ import annotations

import re
from pathlib import Path

from tactful.checks import registered_rules

TEMPLATES = Path(__file__).resolve().parents[2] / "src" / "tactful" / "drafts" / "templates" / "fr"

# First-person adjectives and participles a follow-up reaches for, both genders: the writer's
# gender shows in either form.
AGREEING = (
    "certifié", "certifiée", "diplômé", "diplômée", "opérationnel", "opérationnelle",
    "ravi", "ravie", "motivé", "motivée", "intéressé", "intéressée", "convaincu", "convaincue",
    "reconnaissant", "reconnaissante", "heureux", "heureuse", "prêt", "prête", "impatient",
    "impatiente", "passionné", "passionnée", "désolé", "désolée", "honoré", "honorée",
    "enchanté", "enchantée", "qualifié", "qualifiée", "formé", "formée",
)  # fmt: skip
AGREEING_RE = re.compile(r"\b(?:" + "|".join(AGREEING) + r")\b", re.IGNORECASE)


def test_the_french_templates_need_no_gender() -> None:
    found = {
        path.name: AGREEING_RE.findall(path.read_text(encoding="utf-8"))
        for path in sorted(TEMPLATES.glob("*.j2"))
    }
    assert set(found) == {"_common.j2", "status-inquiry.j2", "thank-you.j2"}
    assert {name: words for name, words in found.items() if words} == {}


def test_the_checkers_french_examples_need_no_gender() -> None:
    quoted = re.compile(r"«([^»]*)»")
    examples = {
        rule.id: example
        for rule in registered_rules()
        for text in rule.messages.get("fr", ())
        for example in quoted.findall(text)
    }
    assert len(examples) > 5  # the French suggestions quote example sentences
    assert {rule: text for rule, text in examples.items() if AGREEING_RE.search(text)} == {}
