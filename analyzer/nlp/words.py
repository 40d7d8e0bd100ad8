"""The distinct words of one posting, found in one scan, for the rules that look for a few given words.

A pattern such as ``\\b(?:vision|speech)\\b`` searched over a whole posting costs the regex engine a
try at nearly every position (25–40 ns a character, whatever the pattern), and several such scans ran
on every posting although most postings hold none of their words (``benchmarks/profile18.md``). The
posting's words are read once instead; a rule asks which of its words the posting has at all, looks
for those alone (``str.find``), and tries its pattern only where one of them starts a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .casefold import ignorecase_lower

_WORD = re.compile(r"\w+")
# Every byte that is no ASCII word character (the engine's \w: letters, digits, "_") becomes a space, as
# does the "?" each other character is encoded as: the words are then str.split's pieces, found at C speed.
_ASCII_WORD_BYTES = bytes(c if chr(c).isalnum() or c == ord("_") else ord(" ") for c in range(128)) + b" " * 128


class WordIndex:
    """The words of a posting written in lower-case ASCII: its maximal runs of the engine's ``\\w``
    that hold only ASCII letters, digits and "_", lower-cased by :func:`.casefold.ignorecase_lower`
    (it may also hold the ASCII pieces of other words: "caf" of "café"; a rule only ever asks for
    whole words of its own).

    Every string a rule scans is the posting lower-cased character by character (the same length):
    ``ignorecase_lower``, or :func:`.matching.fold_text`, which also folds dashes, spaces and quotes to
    others and leaves "İ", "ı", "ſ" as they are. Both keep every character's being ``\\w`` or not, so
    a word of either string sits where a word of the posting's ``ignorecase_lower`` does; and where
    it is written in lower-case ASCII, it is that word. Asking the index is therefore never wrong
    about a word a rule's string holds.
    """

    __slots__ = ("text", "_words")

    def __init__(self, text: str):
        self.text = text
        ascii_only = ignorecase_lower(text).encode("ascii", "replace").translate(_ASCII_WORD_BYTES)
        self._words = frozenset(ascii_only.decode("ascii").split())

    def __contains__(self, word: str) -> bool:
        return word in self._words

    @property
    def words(self) -> frozenset[str]:
        return self._words

    def starts(self, lower: str, words: Iterable[str] = (), prefixes: Iterable[str] = ()) -> list[int]:
        """Sorted offsets in ``lower`` (the posting lower-cased, see the class) where a word begins
        with one of ``words`` (lower-case ASCII words, looked for only if the posting has one of them
        as a whole word) or of ``prefixes`` (looked for if ``lower`` holds them at all). Among them is
        every place a pattern can match whose every match opens a word that is one of ``words`` or
        begins with one of ``prefixes``."""
        found: set[int] = set()
        present = [word for word in words if word in self._words]
        present.extend(prefix for prefix in prefixes if prefix in lower)
        for word in present:
            at = lower.find(word)
            while at >= 0:
                # the engine's \w before it is str.isalnum or "_": then this is no word start
                if not at or not (lower[at - 1].isalnum() or lower[at - 1] == "_"):
                    found.add(at)
                at = lower.find(word, at + 1)
        return sorted(found)

    def finditer(
        self, pattern: re.Pattern[str], lower: str, words: Iterable[str] = (), prefixes: Iterable[str] = ()
    ) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(lower)`` finds, for a pattern that never matches empty and each of
        whose matches opens a word that :meth:`starts` finds with these ``words`` and ``prefixes``:
        tried only there."""
        done = 0  # finditer's matches never overlap: it goes on from the end of the last one
        for at in self.starts(lower, words, prefixes):
            if at >= done:
                found = pattern.match(lower, at)
                if found is not None:
                    done = found.end()
                    yield found


def word_index(text: str) -> WordIndex:
    """The :class:`WordIndex` of ``text``, reused while the same text is asked for again (the skill
    matcher and the degree reader read the same posting one after the other)."""
    entry = _Last.entry
    if entry is not None and (entry.text is text or entry.text == text):
        return entry
    _Last.entry = WordIndex(text)
    return _Last.entry


class _Last:
    entry: WordIndex | None = None


def opening_words(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """The words ``phrases`` open with ("fine-tuner": "fine"), for :meth:`WordIndex.starts`; None
    where one opens otherwise than with a word of lower-case ASCII, which the index does not hold.
    Each phrase must be matched whole by its pattern (a word boundary after it)."""
    words = []
    for phrase in phrases:
        found = _WORD.match(phrase)
        if found is None or not found.group().isascii() or found.group() != found.group().lower():
            return None
        words.append(found.group())
    return tuple(dict.fromkeys(words))
