"""Which line breaks of a text end a line: the hard boundaries a name of several words never spans.

The matcher folds line breaks into spaces, so a form of several words can run from one line into
the next. Where a source wraps prose in the middle of a sentence ("experience with machine" /
"learning") that is right; where the line before is complete it is not: the last word of a list
item and the first word of the next item or heading are no name ("Hadoop" / "Tools", "Testing/QA"
/ "Educate client services"). A break is hard when

- the next line starts with a bullet or an item number ("- ", "•", "2.", "3)");
- the line before ends a sentence or an item (". ; : ! ?");
- the next line starts with a capital or a digit, after a blank line, or after a line that is no
  wrapped prose: a wrapped line is long and breaks inside a capitalised name ("... Mathematics,
  Computer" / "Science, Econometrics"), where both words are capitalised words in lower case
  after their first letter, and the next word does not open an item ("Vision" / "Works with").

A next line that starts in lower case continues the sentence ("machine" / "learning").
"""

from __future__ import annotations

import re
from bisect import bisect_left

# Characters that open a list item; other modules read bullets with this set too.
BULLET_CHARS = "*•·▪●◦○■□➢➤►▶✓✔-–—>"
#: The bullet characters escaped for a regex character class: "[" + BULLET_CLASS + "]".
BULLET_CLASS = re.escape(BULLET_CHARS)
_ENDS = ".;:!?"
_NEXT = re.compile(r"\S")
_ITEM_NUMBER = re.compile(r"\d{1,2}[.)](?:\s|$)")
_OPENS_ITEM = re.compile(r"[ \t]+(?:with|in|of|to|on|for)\b")
_WRAPPED = 40  # a line at least this long that breaks inside a capitalised name is wrapped prose


def hard_breaks(text: str) -> list[int]:
    """The offsets of the line breaks (``\\n``) of ``text`` that end a line, in order. Linear: each
    character is read a bounded number of times."""
    breaks: list[int] = []
    line_start = 0
    pos = text.find("\n")
    while pos >= 0:
        line = text[line_start:pos].rstrip()
        line_start = pos + 1
        nxt = text.find("\n", line_start)
        if line:  # after a blank line the break before it decided
            found = _NEXT.search(text, line_start)
            if found is not None and _is_hard(text, line, found.start(), pos):
                breaks.append(pos)
        pos = nxt
    return breaks


def _is_hard(text: str, line: str, start: int, pos: int) -> bool:
    first = text[start]
    if first in BULLET_CHARS or _ITEM_NUMBER.match(text, start):
        return True
    if line[-1] in _ENDS:
        return True
    if first.islower():
        return False
    if not (first.isupper() or first.isdigit()):
        return False
    if "\n" in text[pos + 1 : start]:
        return True  # a blank line: a new paragraph or heading
    if len(line) < _WRAPPED or not first.isupper():
        return True
    last = line.rsplit(None, 1)[-1]
    word_end = start
    while word_end < len(text) and text[word_end].isalpha() and word_end - start < 40:
        word_end += 1
    if _OPENS_ITEM.match(text, word_end):
        return True  # "Experience with", "Works with", "Ability to": the next item opens
    return not (_capitalised(last) and _capitalised(text[start:word_end]))


def _capitalised(word: str) -> bool:
    """ "Computer", "Science": a capital, then lower-case letters (no acronym, no "SQL")."""
    return len(word) > 1 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


def spans_break(breaks: list[int], start: int, end: int) -> bool:
    """Whether a hard line break lies inside ``start`` .. ``end``."""
    i = bisect_left(breaks, start)
    return i < len(breaks) and breaks[i] < end


def kept_breaks(folded: str, breaks: list[int]) -> str:
    """``folded`` (a text whose line breaks were folded into spaces) with its hard breaks back."""
    pieces = []
    last = 0
    for pos in breaks:
        pieces.append(folded[last:pos])
        pieces.append("\n")
        last = pos + 1
    pieces.append(folded[last:])
    return "".join(pieces)
