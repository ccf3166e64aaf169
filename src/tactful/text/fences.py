"""A chat model's answer without the wrapping it was asked not to add.

Models told to "answer with the email only" or "the rewritten ad only" still often answer
"Here is the rewrite:", a fenced block (```markdown … ```), then "I removed the gendered words."
The text meant is the block's content; the sentences around it are not part of it.
"""

from __future__ import annotations

import re

_BLOCK_RE = re.compile(
    r"^[ \t]*```[\w+.-]*[ \t]*\n(?P<content>.*?)\n[ \t]*```[ \t]*$", re.DOTALL | re.MULTILINE
)
_AROUND_LINES = 3
"""At most this many non-empty lines before and after the block are the model's comments; more
is a document with a code block in it, which is kept whole."""


def unwrap_answer(text: str) -> str:
    """The answer's one fenced block, when it has one with at most a few lines of comment
    around it; else the answer with a lone opening or closing fence line taken off (an answer
    cut short); else the answer. Stripped."""
    stripped = text.strip()
    blocks = list(_BLOCK_RE.finditer(stripped))
    if len(blocks) == 1:
        block = blocks[0]
        before, after = stripped[: block.start()], stripped[block.end() :]
        if all(_lines(part) <= _AROUND_LINES for part in (before, after)):
            return block["content"].strip()
    if not blocks:
        lines = stripped.splitlines()
        if lines and lines[0].lstrip().startswith("```"):
            lines = lines[1:]
        if lines and lines[-1].strip() == "```":
            lines = lines[:-1]
        return "\n".join(lines).strip()
    return stripped


def _lines(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip())
