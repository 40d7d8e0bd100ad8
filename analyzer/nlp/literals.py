"""The literal words a regular expression cannot match without, read from the pattern itself.

A rule that tries a list of patterns in turn on the same string (the heading kinds, each a regex of
its own words) pays for every pattern that fails, and a case-blind pattern that opens with ``\\b`` is
tried at every position of the string. Each such pattern needs one of a few literal strings to
match at all: ``salary|compensation`` needs "salary" or "compensation". :func:`required_literals`
reads that set from the parsed pattern, so it can never miss a word added later, and
:class:`FirstSearch` finds, in one Aho-Corasick pass over the string, which patterns can match
before it runs them, in their order, with the very same result.

The test is made on the string lower-cased as the engine compares case-blind
(:func:`.casefold.ignorecase_lower`), with every literal lower-cased too: a case-sensitive literal
found in the string is found in its lower-cased copy as well, and a case-blind one is found there
exactly where the engine would match it. Only ASCII literals are used (a non-ASCII letter has
case-blind equivalents that lower-casing does not give).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Generic, TypeVar

import ahocorasick

from .casefold import ignorecase_lower_uncached

__all__ = ["FirstSearch", "required_literals"]

_Key = TypeVar("_Key")


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``pattern`` holds (in the text it matches or
    that a positive look-around of it reads), or None when no such set can be told (a branch made of
    classes only, an optional part, a back-reference).

    >>> sorted(required_literals(re.compile(r"\\b(?:Salary|pay\\s+range)\\b", re.I)))
    ['range', 'salary']
    >>> required_literals(re.compile(r"\\d+|years?")) is None
    True
    """
    return _of_sequence(list(sre_parse.parse(pattern.pattern, pattern.flags)))


def _of_sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """Of a sequence of items every one of which must match: the best of what each item requires, a
    run of literal characters counting as one item."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, value in items:
        char = _literal_char(op, value)
        if char is not None:
            run.append(char)
            continue
        if run:
            options.append(frozenset(("".join(run),)))
            run = []
        required = _of_item(op, value)
        if required is not None:
            options.append(required)
    if run:
        options.append(frozenset(("".join(run),)))
    # The most selective: the longest shortest string, then the fewest strings.
    return max(options, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _literal_char(op: Any, value: Any) -> str | None:
    """The lower-cased character an item matches, if it is one ASCII literal (``a`` or ``[a]``)."""
    if op is sre.IN and len(value) == 1:
        op, value = value[0]
    if op is sre.LITERAL and value < 128:
        return chr(value).lower()
    return None


def _of_item(op: Any, value: Any) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        return _of_sequence(list(value[3]))
    if op is sre.ATOMIC_GROUP:
        return _of_sequence(list(value))
    if op is sre.ASSERT:  # a positive look-ahead or look-behind reads its words from the text too
        return _of_sequence(list(value[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = value
        return _of_sequence(list(body)) if low >= 1 else None
    if op is sre.BRANCH:
        words: set[str] = set()
        for branch in value[1]:
            required = _of_sequence(list(branch))
            if required is None:
                return None
            words |= required
        return frozenset(words)
    return None


class FirstSearch(Generic[_Key]):
    """Patterns tried in order on one string; :meth:`first` gives the key of the first that
    ``search``-es it, as the loop ``for key, pattern in patterns: if pattern.search(s): return key``
    does, trying only the patterns one of whose required literals the string holds."""

    def __init__(self, patterns: Sequence[tuple[_Key, re.Pattern[str]]]):
        self._patterns = list(patterns)
        self._always: list[int] = []  # patterns with no literal to require: always tried
        self._automaton = ahocorasick.Automaton()
        needed_by: dict[str, list[int]] = {}
        for index, (_key, pattern) in enumerate(self._patterns):
            required = required_literals(pattern)
            if required is None:
                self._always.append(index)
                continue
            for word in required:
                needed_by.setdefault(word, []).append(index)
        for word, indexes in needed_by.items():
            self._automaton.add_word(word, indexes)
        if needed_by:
            self._automaton.make_automaton()

    def first(self, text: str) -> _Key | None:
        candidates = set(self._always)
        if len(self._automaton):
            for _end, indexes in self._automaton.iter(ignorecase_lower_uncached(text)):
                candidates.update(indexes)
        for index in sorted(candidates):
            key, pattern = self._patterns[index]
            if pattern.search(text):
                return key
        return None
