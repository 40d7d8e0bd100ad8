"""Counts with their nouns, in the plural unless the count is one: every message that says how
many postings, rows, skills … uses :func:`counted`, so none says "1 postings"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` (with thousands separators) and ``noun``, plural unless ``n`` is 1.

    >>> counted(1, "posting"), counted(0, "gap"), counted(12_500, "row"), counted(2, "entry", "entries")
    ('1 posting', '0 gaps', '12,500 rows', '2 entries')
    """
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
