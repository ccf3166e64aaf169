"""The corpora's files (tests/data, every folder): the real texts on which the tests hold each
shortcut of the text engine to the plain reading it replaces."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def corpus_files(*suffixes: str) -> list[Path]:
    """Every file of tests/data ending with one of `suffixes` (".md" and ".txt" when none is
    given), sorted within each suffix, the suffixes in the order given."""
    return [
        path for suffix in suffixes or (".md", ".txt") for path in sorted(DATA.rglob(f"*{suffix}"))
    ]
