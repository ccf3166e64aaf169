"""Language-aware text helpers shared by the email checker and the job-ad studio (pure, no I/O)."""

import unicodedata


def strip_accents(text: str) -> str:
    """The text without its accents and other combining marks: 'Écrivez' -> 'Ecrivez'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
