"""Lower-casing that agrees with Python's case-insensitive matching, for fast case-sensitive scans.

A pattern compiled with ``re.IGNORECASE`` cannot use the engine's literal-prefix search, so it is
tried at every position of a posting. Lower-cased text lets a case-sensitive pattern of lower-case
letters do the same work at C speed, provided the text is lower-cased the way the engine compares:
for ASCII letters that is ``str.lower`` plus the three characters the engine also equates with one
("İ" and "ı" with "i", "ſ" with "s"; the Kelvin sign already lower-cases to "k"). Every character
keeps its position, so offsets found in the lower-cased text hold in the original.
"""

from __future__ import annotations

import re

__all__ = ["ignorecase_lower", "ignorecase_lower_uncached", "word_start_alternation"]

# The non-ASCII characters that re.IGNORECASE matches with an ASCII letter but str.lower() does not
# turn into it (checked over all of Unicode in tests/test_prefilters.py).
_SPECIAL = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}
_SPECIAL_RE = re.compile("[\u0130\u0131\u017f]")


class _Last:
    """The text last lower-cased and the result, as one tuple (read and replaced whole)."""

    entry: tuple[str, str] | None = None


def ignorecase_lower(text: str) -> str:
    """``text`` lower-cased character by character (the same length), with "İ" and "ı" as "i" and
    "ſ" as "s": a case-sensitive pattern of lower-case ASCII letters matches it where the same
    pattern with ``re.IGNORECASE`` matches ``text``. The last result is kept (a posting is read by
    several steps one after the other).

    >>> ignorecase_lower("MSc in STATISTICS")
    'msc in statistics'
    """
    entry = _Last.entry
    if entry is not None and entry[0] is text:
        return entry[1]
    low = ignorecase_lower_uncached(text)
    _Last.entry = (text, low)
    return low


def ignorecase_lower_uncached(text: str) -> str:
    """:func:`ignorecase_lower` without keeping the result: for the many short strings (labels,
    lines) a rule reads, which would each push the posting's own result out."""
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and _SPECIAL_RE.search(text) is not None):
        low = "".join(_SPECIAL.get(c) or (c.lower() if len(c.lower()) == 1 else c) for c in text)
    return low


_LEADING_LETTERS = re.compile(r"[a-z0-9]+")


def word_start_alternation(alternatives: list[str]) -> str:
    r"""``\b(?:a|b|…)`` for alternatives that each open with a literal word stem of lower-case letters or digits, written
    so that the engine can skip through a text to the stems' first letters at C speed: the word
    boundary becomes a look-behind after each stem (``collect(?<!\wcollect)…``), as a pattern that
    opens with ``\b`` or a look-ahead is tried at every position of the text. The same matches.

    >>> word_start_alternation(["collect(?:ing)?", "gathers?"])
    '(?:collect(?<!\\wcollect)(?:ing)?|gather(?<!\\wgather)s?)'
    """
    parts = []
    for alternative in alternatives:
        found = _LEADING_LETTERS.match(alternative)
        stem = found.group() if found else ""
        if alternative[len(stem) : len(stem) + 1] in ("?", "*", "+", "{"):
            stem = stem[:-1]  # "masters?": the quantifier takes the last letter
        if not stem:
            raise ValueError(f"alternative does not open with a word stem: {alternative!r}")
        parts.append(rf"{stem}(?<!\w{stem}){alternative[len(stem) :]}")
    return "(?:" + "|".join(parts) + ")"
