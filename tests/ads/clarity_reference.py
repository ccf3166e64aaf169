"""The reading ease's counts as they were first written without a regex (byte tables and
bytes.count), kept for the tests: the bit reading of tactful.ads.rules.clarity
(`voiced_groups_and_numbers`) is held to these, and these to the regexes they replaced."""

from __future__ import annotations

from tactful.ads.rules.clarity import _byte_table, _words_starting

# Vowels become "a" and everything else a space: vowel groups are then the words of the result
# (read on the ASCII form, `ascii_form`, one byte a character).
_GROUP_TABLE = _byte_table(dict.fromkeys("aeiouy", "a"))


def vowel_groups(plain: str) -> int:
    """How many vowel groups the `ascii_form` of a text holds."""
    return _words_starting(plain.encode("ascii").translate(_GROUP_TABLE), b"a")


# MUTE_E_EN on the ASCII form: each letter as its class (v: a vowel but e, e, c: a consonant,
# l, which is neither), anything else a space. A mute e is then "e" after a consonant after a
# vowel (or after two consonants after a vowel), before a space: one of four strings, each
# ending at its e's space, so every mute e is counted once (bytes.count: no regex pass that
# stops at every "e" of the ad).
_LETTER_CLASS_TABLE = _byte_table(
    {
        **dict.fromkeys("aiouy", "v"),
        **dict.fromkeys("bcdfghjkmnpqrstvwxz", "c"),
        "e": "e",
        "l": "l",
    }
)
_MUTE_E_ENDS = (b"vce ", b"ece ", b"vcce ", b"ecce ")


def mute_e_en(plain: str) -> int:
    """How many matches MUTE_E_EN finds in `plain` (ASCII, an `ascii_form`)."""
    classes = plain.encode("ascii").translate(_LETTER_CLASS_TABLE) + b" "  # the end ends a word
    return sum(classes.count(end) for end in _MUTE_E_ENDS)
