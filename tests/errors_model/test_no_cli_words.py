"""The library words its errors for every interface: no command-line option, no `tactful …`
command in a message it raises. The CLI adds its own fix (tactful.cli.fixes) by the error's code.

The scan reads the source (AST): every string, f-string parts included, inside a call that builds
an error (`BadInput(...)`, `raise Refused(...)`, `MailError(...)`…) or inside a function whose
name says it builds one (`_refusal_message`, `no_password_error`…).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import tactful

SOURCE = Path(tactful.__file__).parent
INTERFACES = ("cli",)
"""The command line words its own fixes; the rest of the package is the library."""

ERROR_CALL = re.compile(r"(Error|BadInput|NotFound|Refused|Dropped|TooManyAttempts)$")
MESSAGE_BUILDER = re.compile(r"(error|message|refus|problem|complain)", re.IGNORECASE)
CLI_WORDS = re.compile(r"(?<![\w-])--[a-zA-Z{]|\btactful [a-z]+ ?[a-z{'`\"-]")
"""`--to`, `--{what}-host`, "tactful mail setup", "tactful list"… (not "tactful records")."""
COMMANDS = re.compile(
    r"\btactful (ai|mail|inbox|list|plan|show|profile|application|interview|sent|send|draft|"
    r"config|unskip|import|export|db|user|serve|web|check|ad|reply|due|calendar|worker)\b"
)


def _text(node: ast.AST) -> str:
    """A string or f-string as its literal text, each interpolation shown as X."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "X"
            for v in node.values
        )
    return ""


def _strings(node: ast.AST) -> Iterator[ast.AST]:
    for child in ast.walk(node):
        if isinstance(child, ast.JoinedStr) or (
            isinstance(child, ast.Constant) and isinstance(child.value, str)
        ):
            yield child


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _skipped(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """A docstring, or a part of an f-string (the whole f-string is read instead)."""
    return isinstance(parents.get(node), ast.Expr | ast.JoinedStr | ast.FormattedValue)


def _cli_words_in(source: str, name: str) -> Iterator[str]:
    tree = ast.parse(source)
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    scopes: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and ERROR_CALL.search(_name(node.func)):
            scopes.append(node)
        elif isinstance(node, ast.Raise) and node.exc is not None:
            scopes.append(node.exc)
        elif isinstance(node, ast.FunctionDef) and MESSAGE_BUILDER.search(node.name):
            scopes.append(node)
    seen: set[int] = set()
    for scope in scopes:
        for string in _strings(scope):
            if id(string) in seen or _skipped(string, parents):
                continue
            seen.add(id(string))
            text = _text(string)
            if CLI_WORDS.search(text) and ("--" in text or COMMANDS.search(text)):
                yield f"{name}:{getattr(string, 'lineno', '?')}: {text!r}"


def library_files() -> list[Path]:
    return [
        p for p in sorted(SOURCE.rglob("*.py")) if p.relative_to(SOURCE).parts[0] not in INTERFACES
    ]


def test_the_library_words_no_error_as_a_command_line() -> None:
    found = [
        hit
        for path in library_files()
        for hit in _cli_words_in(path.read_text(encoding="utf-8"), str(path.relative_to(SOURCE)))
    ]
    assert found == [], "\n".join(found)


def test_the_scan_finds_command_line_words() -> None:
    """The scan itself can fail: it finds an option and a command where they are."""
    sample = (
        "from tactful.errors import BadInput\n"
        "def f(what: str) -> None:\n"
        "    raise BadInput(f'give --{what}-host')\n"
        "def no_account_message() -> str:\n"
        "    return \"run 'tactful mail setup' first\"\n"
        "def fine() -> None:\n"
        "    raise BadInput('tactful records email follow-ups only: a call is not one')\n"
    )
    hits = sorted(_cli_words_in(sample, "sample.py"))
    assert len(hits) == 2, hits
    assert ":3:" in hits[0]
    assert ":5:" in hits[1]
