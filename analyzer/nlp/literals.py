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
from collections.abc import Iterator, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES
from typing import Any, Generic, TypeVar

import ahocorasick

from .casefold import ignorecase_lower_uncached

__all__ = ["FirstSearch", "LeadSearch", "leading_literals", "required_literals"]

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


_LEAD_LENGTH = 3  # characters of each leading literal: enough to pass over most words at once
_MAX_LEADS = 4000  # more leads than this (a pattern opening with classes) and the scan would gain nothing


class _TooMany(Exception):
    pass


def leading_literals(pattern: re.Pattern[str], length: int = _LEAD_LENGTH) -> frozenset[str] | None:
    """Lower-case strings of up to ``length`` characters one of which every match of ``pattern``
    opens with (look-arounds and anchors are skipped, as they consume nothing), or None when no such
    set can be told: a match that may open with a class of many characters (or a letter the engine
    equates with another case-blind in its own way, such as "ſ") or match nothing at all. A string
    shorter than ``length`` is where the pattern went on with something else (``\\s``, an
    optional part that ends it).

    >>> sorted(leading_literals(re.compile(r"\\b(?:Must|(?<!not )need(?:s|ed)?\\s+to|at\\s+least)", re.I)))
    ['at', 'mus', 'nee']
    >>> leading_literals(re.compile(r"\\w+ly")) is None
    True
    """
    try:
        opened, closed = _leads(list(sre_parse.parse(pattern.pattern, pattern.flags)), {""}, length)
    except _TooMany:
        return None
    leads = opened | closed
    return None if "" in leads else frozenset(leads)


def _lead_char(code: int) -> str | None:
    """The character ``code`` lower-cased as :func:`.casefold.ignorecase_lower` gives every character
    the engine matches with it case-blind; None for one of the few it matches otherwise ("ſ" and
    "s", "ς" and "σ": Python's own table of them) or one that lower-cases to two."""
    if code < 128:
        return chr(code).lower()
    low = chr(code).lower()
    if len(low) != 1 or code in _EXTRA_CASES or ord(low) in _EXTRA_CASES:
        return None
    return low


def _lead_chars(op: Any, value: Any) -> set[str] | None:
    """The lower-cased characters a one-character item matches, if there are few."""
    if op is sre.LITERAL:
        char = _lead_char(value)
        return None if char is None else {char}
    if op is not sre.IN:
        return None
    chars: set[str] = set()
    for item_op, item in value:
        char = _lead_char(item) if item_op is sre.LITERAL else None
        if char is not None:
            chars.add(char)
        elif item_op is sre.RANGE and item[1] < 128 and item[1] - item[0] < 64:
            chars.update(chr(c).lower() for c in range(item[0], item[1] + 1))
        else:  # a negated set, a category ("\\w", "\\s"), a range beyond ASCII
            return None
    return chars


def _leads(items: list[tuple[Any, Any]], opened: set[str], length: int) -> tuple[set[str], set[str]]:
    """The strings ``opened`` grows into over ``items``: (those still shorter than ``length`` where
    the items end, those complete or cut short where an item could not be read)."""
    closed: set[str] = set()
    for op, value in items:
        if not opened:
            break
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width
        chars = _lead_chars(op, value)
        grown: set[str]
        if chars is not None:
            grown = {prefix + c for prefix in opened for c in chars}
        elif op is sre.SUBPATTERN or op is sre.ATOMIC_GROUP:
            grown, cut = _leads(list(value[3] if op is sre.SUBPATTERN else value), opened, length)
            closed |= cut
        elif op is sre.BRANCH:
            grown = set()
            for branch in value[1]:
                more, cut = _leads(list(branch), opened, length)
                grown |= more
                closed |= cut
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, body = value
            grown = set(opened) if low == 0 else set()
            current = opened
            for count in range(1, min(high, low + length) + 1):
                current, cut = _leads(list(body), current, length)
                closed |= cut
                if count >= low:
                    grown |= current
                if not current:
                    break
            else:
                closed |= current  # (cut short: what more repeats would add is not read)
        else:  # anything else (any character, a back-reference): the strings end here
            closed |= opened
            grown = set()
        closed |= {prefix[:length] for prefix in grown if len(prefix) >= length}
        opened = {prefix for prefix in grown if len(prefix) < length}
        if len(opened) + len(closed) > _MAX_LEADS:
            raise _TooMany
    return opened, closed


class LeadSearch:
    """``pattern``'s ``finditer`` and ``search``, the very same matches, with the pattern tried only
    where one of its :func:`leading_literals` stands (found in one Aho-Corasick pass over the
    lower-cased text): a case-blind pattern that opens with ``\\b`` or a look-ahead is otherwise tried,
    branch by branch, at every word of the text. Without such literals, the plain pattern."""

    def __init__(self, pattern: re.Pattern[str], length: int = _LEAD_LENGTH):
        self.pattern = pattern
        leads = leading_literals(pattern, length)
        self._automaton: Any = None
        if leads:
            self._automaton = ahocorasick.Automaton()
            for lead in leads:
                self._automaton.add_word(lead, len(lead))
            self._automaton.make_automaton()

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else min(endpos, len(text))
        if self._automaton is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        match = self.pattern.match
        low = ignorecase_lower_uncached(text)
        # (every match is non-empty and opens with a lead: the next one starts at or after the last one's end)
        for at in sorted({stop - n + 1 for stop, n in self._automaton.iter(low, pos, end)}):
            if at < pos:
                continue
            found = match(text, at, end)
            if found is not None:
                pos = found.end()
                yield found

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)
