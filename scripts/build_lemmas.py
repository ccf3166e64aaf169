"""Rebuild src/tactful/text/data/lemmas.json from simplemma's dictionaries (run by hand).

tactful's rules name lemmas ("call", "appeler"); this keeps, from simplemma's English and
French dictionaries (MIT licence), every inflected form of those lemmas only. The result is a
small JSON file read on first use, so tactful needs neither simplemma nor its 19 MB of
dictionaries at run time, and a check pays no dictionary load (see docs/checker.md).

    python -m venv /tmp/lemmas && /tmp/lemmas/bin/pip install 'simplemma==2.*'
    PYTHONPATH=src /tmp/lemmas/bin/python scripts/build_lemmas.py
"""

from __future__ import annotations

import json
from pathlib import Path

from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

from tactful.text.fold import key
from tactful.text.lemmas import VOCABULARY

OUT = Path(__file__).resolve().parents[1] / "src" / "tactful" / "text" / "data" / "lemmas.json"


def forms(lang: str, wanted: frozenset[str]) -> dict[str, str]:
    dictionary = DefaultDictionaryFactory().get_dictionary(lang)
    table: dict[str, str] = {}
    for form, lemma in dictionary.items():
        lemma_key = key(lemma)
        if lemma_key in wanted and form.isalpha():
            table.setdefault(key(form), lemma_key)
    for lemma in wanted:
        table[lemma] = lemma
        if lang == "en":  # regular forms simplemma reads as other words ("following")
            for form in _english_forms(lemma):
                table.setdefault(form, lemma)
    return dict(sorted(table.items()))


def _english_forms(lemma: str) -> list[str]:
    """-s, -ed and -ing forms by the regular spelling rules (e dropped, consonant doubled)."""
    if not lemma.isalpha() or len(lemma) < 3:
        return []
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
    vowels = "aeiou"
    short = (
        len(lemma) <= 4
        and lemma[-1] not in vowels + "wxy"
        and lemma[-2] in vowels
        and lemma[-3] not in vowels
    )
    double = lemma + lemma[-1] if short else stem
    plural = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
    return [plural, double + "ed" if not lemma.endswith("e") else lemma + "d", double + "ing"]


def main() -> None:
    data = {
        lang: forms(lang, frozenset(key(w) for w in words)) for lang, words in VOCABULARY.items()
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"{OUT}: " + ", ".join(f"{lang} {len(table)} forms" for lang, table in data.items()))


if __name__ == "__main__":
    main()
