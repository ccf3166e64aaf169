"""The words of the web UI in English and French: one JSON catalogue per language.

The UI language is the one chosen in the page footer (kept in the session), else the browser's
Accept-Language, else `config lang`, else English.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "fr")
DEFAULT = "en"
CATALOGUES = Path(__file__).parent / "i18n"

Translate = Callable[..., str]


@cache
def catalogue(lang: str) -> dict[str, str]:
    data = json.loads((CATALOGUES / f"{lang}.json").read_text(encoding="utf-8"))
    # Catalogues of a part of the app (accounts.en.json) add their words to the language's.
    for extra in sorted(CATALOGUES.glob(f"*.{lang}.json")):
        data.update(json.loads(extra.read_text(encoding="utf-8")))
    return {str(k): str(v) for k, v in data.items()}


def fill(text: str, values: Mapping[str, object]) -> str:
    """`text.format(**values)`, with no second full stop after a value that ends with one: a
    French date ends with its month's abbreviation ("s’ouvre le lun. 7 déc.", not "déc..")."""
    for key, value in values.items():
        if isinstance(value, str) and value.endswith("."):
            text = text.replace(f"{{{key}}}.", f"{{{key}}}")
    return text.format(**values)


def translator(lang: str) -> Translate:
    """t("key", name=value): the message in `lang`, else English, else the key itself."""
    words = catalogue(lang if lang in LANGUAGES else DEFAULT)
    fallback = catalogue(DEFAULT)

    def t(key: str, **values: object) -> str:
        text = words.get(key) or fallback.get(key) or key
        if values:
            try:
                return fill(text, values)
            except (KeyError, IndexError, ValueError):
                return text
        return text

    return t


def error_translator(lang: str, year: int | None = None) -> Callable[[Any], str]:
    """A problem's message in `lang`: its code's entry (`error.<code>`) filled with its values
    (dates in words); a code the catalogue lacks gives the English text, cleared of
    command-line advice."""
    from tactful.web.problems import Problem, without_cli

    t = translator(lang)
    words = catalogue(lang if lang in LANGUAGES else DEFAULT)
    english = catalogue(DEFAULT)

    def te(problem: Any) -> str:
        if not isinstance(problem, Problem):
            return without_cli(str(problem))
        key = f"error.{problem.words or problem.code}"
        if key in words or key in english:
            values = shown(problem.values, lang, year)
            kind = words.get(f"kind.{values.get('kind')}")
            if kind:  # "status-inquiry" as the reader says it: "demande de nouvelles"
                values["kind"] = kind[:1].lower() + kind[1:]
            try:
                return fill(words.get(key) or english[key], values)
            except (KeyError, IndexError, ValueError):
                # The entry needs a value this problem does not carry (a core error reached
                # the page as it was): its own words beat a sentence with a hole in it.
                pass
        return without_cli(problem.text) or t("error.invalid")

    return te


def from_accept_language(header: str) -> str | None:
    """The first supported language of an Accept-Language header, by quality."""
    choices: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and quality > 0:
            choices.append((-quality, position, primary))
    return min(choices)[2] if choices else None


def choose(session_lang: str, accept_language: str, config_lang: str) -> str:
    for candidate in (session_lang, from_accept_language(accept_language) or "", config_lang):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT


def shown(values: Any, lang: str, year: int | None = None) -> dict[str, object]:
    """A message's values as text a person reads: dates and times in words, a tuple as the
    choices it offers ("'a', 'b' or 'c'")."""
    from datetime import date, datetime

    from tactful.web.dates import day_words, moment_words

    out: dict[str, object] = {}
    for key, value in dict(values).items():
        if isinstance(value, datetime):
            out[key] = moment_words(value, lang, year)
        elif isinstance(value, date):
            out[key] = day_words(value, lang, year)
        elif isinstance(value, tuple):
            out[key] = one_of(value, lang)
        else:
            out[key] = value
    return out


def one_of(choices: tuple[object, ...], lang: str) -> str:
    """Choices quoted and joined in `lang`: "'en', 'fr' or 'de'", "'en', 'fr' ou 'de'"."""
    quoted = [f"'{choice}'" for choice in choices]
    if len(quoted) < 2:
        return "".join(quoted)
    word = catalogue(lang if lang in LANGUAGES else DEFAULT)["word.or"]
    return f"{', '.join(quoted[:-1])} {word} {quoted[-1]}"
