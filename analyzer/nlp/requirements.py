"""How strongly a posting asks for what it mentions: required, preferred or unspecified.

A posting is cut into *segments* (a line, or a sentence within a long line). Each segment gets a
level from, in order: a negation ("no prior NLP experience needed" never makes anything
required), its own cue words ("is a plus", "must"), the heading of the section it sits in
("Minimum qualifications", "Nice to have", "Responsibilities"), and finally its form (an item
such as "3+ years of Python" or "Knowledge of SQL" reads as a requirement even without a
heading). Years of experience are read from the same segment.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..records import LEVELS, PREFERRED, REQUIRED, STRENGTH, UNSPECIFIED, strongest

__all__ = ["LEVELS", "PREFERRED", "REQUIRED", "STRENGTH", "UNSPECIFIED", "SegmentIndex", "Segment", "strongest"]

# Section kinds a heading can open.
_REQ, _PREF, _DUTY, _OTHER = "required", "preferred", "duty", "other"

_BULLET = re.compile(r"^[\s*•·▪●◦○■□➢➤►▶✓✔\-–—#>]*(?:\(?\d{1,2}[.)]\s+|[a-z][.)]\s+)?")
_HEADINGS = [
    (
        _PREF,
        re.compile(
            r"\b(prefer\w*|nice[\s-]to[\s-]haves?|bonus\w*|pluses|plus|desir\w*|ideal\w*|good[\s-]to[\s-]have|"
            r"extra credit|would be great|even better|stand out|set you apart|advantage\w*|optional)\b",
            re.I,
        ),
    ),
    (
        _DUTY,
        re.compile(
            r"\b(responsibilit\w*|duties|what you(?:'|’)?ll do|what you will do|you will|day[\s-]to[\s-]day|role overview|"
            r"the role|about the (?:role|job|position|team)|job (?:description|summary|overview)|position (?:summary|overview)|"
            r"essential functions|key (?:accountabilities|tasks)|what you(?:'|’)?ll be doing|your impact|the opportunity|"
            r"(?:position |role )?description|job details|the team|"
            r"the impact you(?:'|’)?ll make|in this role|your role|mission|overview|summary)\b",
            re.I,
        ),
    ),
    (
        _OTHER,
        re.compile(
            r"\b(benefits|perks|we offer|what we offer|compensation|salary|about us|about the company|who we are|"
            r"our (?:company|culture|team)|equal opportunity|eeo|why join|life at|location|how to apply|industries|seniority level|"
            r"employment type|job function|job type|schedule|work authorization|additional information|company description|"
            r"what we do|the company|physical demands|working conditions|disclaimer|application questions?|contract length|posted by)\b",
            re.I,
        ),
    ),
    (
        _REQ,
        re.compile(
            r"\b(requir\w*|qualifications?|minimum|basic|must[\s-]haves?|what you(?:'|’)?ll need|what you need|"
            r"what you bring|what you(?:'|’)?ll bring|who you are|about you|you have|you(?:'|’)?ll have|you should have|"
            r"skills|experience|competenc\w*|what we(?:'|’)?re looking for|what we look for|we(?:'|’)?re looking for|"
            r"looking for|knowledge|expertise|education|prerequisites|profile|candidate|essential|needed)\b",
            re.I,
        ),
    ),
]

_NEGATION = re.compile(
    r"\b(?:no\s+(?:prior\s+|previous\s+|formal\s+)?(?:\w+\s+){0,4}?(?:experience|knowledge|background)\s+(?:is\s+)?(?:required|needed|necessary|expected)"
    r"|not\s+(?:a\s+)?(?:required|needed|necessary|mandatory|requirement|expected)|(?:don(?:'|’)?t|do not|doesn(?:'|’)?t)\s+(?:need|have to|require)"
    r"|no\s+need\s+(?:for|to))\b",
    re.I,
)
_PREF_CUE = re.compile(
    r"\b(?:(?:is|are|would be|will be|as)\s+a\s+(?:big\s+|huge\s+|strong\s+|definite\s+)?(?:plus|bonus|benefit|advantage)|a\s+plus|plus\b(?=\s*[.;!)]|\s*$)"
    r"|preferred|preferably|prefer|nice[\s-]to[\s-]have|bonus|ideally|ideal|desirable|desired|advantageous|an advantage"
    r"|good[\s-]to[\s-]have|helpful|beneficial|optional|not required|would be great|is welcome|a bonus|(?:an?|strong|definite|added)\s+asset)\b",
    re.I,
)
_REQ_CUE = re.compile(
    r"\b(?:must|required|requires?|requirement|mandatory|essential|need to have|you need|needs? to|necessary|minimum|at least"
    r"|(?:is|are)\s+(?:important|critical|crucial|key|vital))\b",
    re.I,
)
# Heading words strong enough to end a "preferred" section; "Experience with any of the following:"
# under "Bonus points" is a lead-in, not a new section.
_STRONG_REQ_HEADING = re.compile(
    r"\b(requir\w*|minimum|basic|must|qualifications?|what you(?:'|’)?ll need|what you need|essential)\b", re.I
)
_QUALIFICATION = re.compile(
    r"^(?:(?:at\s+least|minimum(?:\s+of)?|over|more\s+than)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:[-–to]+\s*\d+\+?\s*)?\(?\+?\)?\s*years?"
    r"|^(?:\w+\s+){0,2}(?:experience|knowledge|proficien\w*|familiar\w*|expert\w*|understanding|background|fluen\w*|skills?|skilled"
    r"|degree|bachelor\w*|master\w*|ph\.?d|bs|ms|ba|ma|b\.s|m\.s|certifi\w*|ability|able\s+to|track\s+record|comfort\w*|competen\w*|command|mastery|grasp|exposure"
    r"|hands[\s-]on|working|demonstrated|proven|strong|solid|excellent|exceptional|advanced|deep|good|outstanding|superb|great)\b",
    re.I,
)
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_YEARS = re.compile(
    r"\b(\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*\+?\s*)?(?:\(\s*\d+\s*\)\s*)?\+?\s*(?:years?|yrs?)\b"
    r"(?:\s+(?:of\s+)?(?:\w+\s+){0,3}?(?:experience|exp\b|work|working|using|with|in)|\s*(?:of\s+)?(?:hands-on|professional|industry|relevant|related|practical))?",
    re.I,
)
# Where one sentence ends and the next starts: after . ! ? ; and space before a capital, bracket,
# quote or bullet; around an inline bullet; or at a run of 3+ spaces. Written so the engine tries
# it only at those characters (group 1 keeps the punctuation with the sentence before).
_SENTENCE_END = re.compile(r"([.!?;])\s+(?=[A-Z(\"'•*\-])|\s+[•·▪●◦]\s+|\s{3,}")


@dataclass(slots=True)
class Segment:
    start: int
    end: int
    level: str
    negated: bool = False
    heading: bool = False
    sentence_start: int = -1  # the whole sentence or line, shown as evidence
    sentence_end: int = -1


@dataclass(slots=True)
class _Line:
    """A line and the section it sits in; its sentences and their levels are worked out on demand."""

    start: int  # offsets into the whole text; ``start`` is where the line's content begins
    end: int
    section: str | None
    heading_level: str | None = None  # set for a heading line (or the label of "Heading: content")
    segments: list[Segment] | None = None


class SegmentIndex:
    """The segments of one text, for looking up the level and sentence of a character offset.

    Finding headings and sections is cheap and done up front, line by line; splitting a line into
    sentences and reading its cues happens only when a mention falls inside it.
    """

    def __init__(self, text: str):
        self.text = text
        self._lines = _split(text)
        self._starts = [line.start for line in self._lines]
        self._years: dict[int, list[tuple[int, int, float]]] = {}

    @property
    def segments(self) -> list[Segment]:
        return [seg for line in self._lines for seg in self._segments_of(line)]

    def segment_at(self, offset: int) -> Segment | None:
        i = bisect_right(self._starts, offset) - 1
        if i < 0 or offset >= self._lines[i].end:
            return None
        for seg in self._segments_of(self._lines[i]):
            if seg.start <= offset < seg.end:
                return seg
        return None

    def section_at(self, offset: int) -> str | None:
        """The kind of section ``offset`` sits in: "required", "preferred", "duty", "other" or None."""
        i = bisect_right(self._starts, offset) - 1
        if i < 0 or offset >= self._lines[i].end:
            return None
        return self._lines[i].section

    def years_for(self, start: int, end: int, seg: Segment | None = None) -> float | None:
        """Years stated in the mention's sentence: the nearest phrase before it, else right after it."""
        seg = seg or self.segment_at(start)
        if seg is None:
            return None
        years = self._years_in(seg.sentence_start, seg.sentence_end)
        before = [y for y in years if y[1] <= start]
        if before:
            return before[-1][2]
        after = [y for y in years if end <= y[0] < end + 40]
        return after[0][2] if after else None

    def _years_in(self, start: int, end: int) -> list[tuple[int, int, float]]:
        found = self._years.get(start)
        if found is None:
            chunk = self.text[start:end].lower()
            found = []
            if "year" in chunk or "yr" in chunk:
                found = [
                    (m.start(), m.end(), _years_value(m.group(1)))
                    for m in _YEARS.finditer(self.text, start, end)
                    if _mentions_experience(m)
                ]
            self._years[start] = found
        return found

    def _segments_of(self, line: _Line) -> list[Segment]:
        if line.segments is None:
            if line.heading_level is not None:
                line.segments = [
                    Segment(
                        line.start,
                        line.end,
                        line.heading_level,
                        heading=True,
                        sentence_start=line.start,
                        sentence_end=line.end,
                    )
                ]
            else:
                body = self.text[line.start : line.end]
                line.segments = [
                    seg
                    for s, e in _sentences(body, 0)
                    for seg in _sentence_segments(self.text, line.start + s, line.start + e, line.section)
                ]
        return line.segments


def _split(text: str) -> list[_Line]:
    """Lines of ``text`` (a "Heading: content" line gives two), each with the section it belongs to."""
    out: list[_Line] = []
    section: str | None = None
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        if not body.strip():
            continue
        kind, rest = _heading(body)
        if kind is None:
            out.append(_Line(line_start, line_start + len(body), section))
            continue
        label = body if rest is None else body[: rest - 1]
        if not (section == _PREF and kind == _REQ and _is_lead_in(label)):
            section = kind
        label_end = len(body) if rest is None else rest
        level = {_REQ: REQUIRED, _PREF: PREFERRED}.get(section or "", UNSPECIFIED)
        out.append(_Line(line_start, line_start + label_end, section, heading_level=level))
        if rest is not None and rest < len(body):
            out.append(_Line(line_start + rest, line_start + len(body), section))
    return out


def _is_lead_in(label: str) -> bool:
    """ "Experience with any of the following:" under "Bonus points" continues that section."""
    label = _BULLET.sub("", label, count=1).strip().rstrip(":").strip()
    words = label.split()
    return bool(words) and not _STRONG_REQ_HEADING.search(label) and not label.isupper() and not _titleish(words)


def _sentence_segments(text: str, start: int, end: int, section: str | None) -> list[Segment]:
    """One sentence: its own level, except bracketed asides that carry a cue of their own."""
    sentence = text[start:end]
    # A short marker such as "(Preferred)" speaks for the whole sentence; a longer aside only for itself.
    asides = [
        m
        for m in _ASIDE.finditer(sentence)
        if len(m.group().split()) > 3 and (_PREF_CUE.search(m.group()) or _NEGATION.search(m.group()))
    ]
    outer = _ASIDE.sub(lambda m: " " * len(m.group()), sentence) if asides else sentence
    level, negated = _level(outer, section)
    out: list[Segment] = []
    cursor = 0
    for m in asides:
        if m.start() > cursor:
            out.append(Segment(start + cursor, start + m.start(), level, negated))
        aside_level, aside_negated = _level(m.group(), section)
        out.append(Segment(start + m.start(), start + m.end(), aside_level, aside_negated))
        cursor = m.end()
    if cursor < len(sentence):
        out.append(Segment(start + cursor, end, level, negated))
    for seg in out:
        seg.sentence_start, seg.sentence_end = start, end
    return out


_ASIDE = re.compile(r"\([^()]{3,300}\)")


def _sentences(body: str, offset: int) -> list[tuple[int, int]]:
    """Sentence spans of a line, never cutting inside brackets ("(R. Python or Java preferred)")."""
    out = []
    start = offset
    for m in _SENTENCE_END.finditer(body, offset):
        end = m.start() + (1 if m.group(1) else 0)
        if body.count("(", start, end) > body.count(")", start, end):
            continue
        if end > start:
            out.append((start, end))
        start = m.end()
    if start < len(body):
        out.append((start, len(body)))
    return out


@lru_cache(maxsize=8192)  # postings repeat their headings and boilerplate lines
def _heading(line: str) -> tuple[str | None, int | None]:
    """(section kind, offset where the line's own content starts, or None) if the line is a heading.

    A heading is a short label ending in a colon ("Preferred:", "Requirements: Python, SQL"), or a
    short title-cased or upper-case line without a bullet ("Minimum Qualifications", "WHAT YOU'LL DO").
    """
    if len(line) > 90 and line.find(":", 0, 70) < 0:
        return None, None  # a long line with no early colon is never a heading
    bullet = _BULLET.match(line)
    has_bullet = bool(bullet and bullet.group().strip(" #"))
    stripped = line[bullet.end() if bullet else 0 :].strip().strip("*_#").strip()
    if not stripped:
        return None, None
    colon = stripped.find(":")
    if 0 < colon <= 60 and colon < len(stripped) - 1:
        label = stripped[:colon]
        if len(label.split()) <= 7:
            kind = _heading_kind(label)
            if kind is not None:
                return kind, line.find(":") + 1
        return None, None
    label = stripped.rstrip(":").strip()
    words = label.split()
    if not words or len(words) > 9 or len(label) > 80:
        return None, None
    if not stripped.endswith(":"):
        if has_bullet or label[-1] in ".,;!" or not (label.isupper() or _titleish(words)):
            return None, None
    return _heading_kind(label), None


_SMALL_WORDS = {
    "and",
    "or",
    "of",
    "to",
    "the",
    "a",
    "an",
    "for",
    "in",
    "with",
    "on",
    "at",
    "you",
    "we",
    "our",
    "your",
    "will",
    "be",
    "is",
    "are",
}


def _titleish(words: list[str]) -> bool:
    """ "Minimum Qualifications", "What You'll Need", "Skills and Experience", "What you'll do"."""
    first = words[0]
    if not first[:1].isupper():
        return False
    rest = [
        w for w in words[1:] if w.lower().strip("'’") not in _SMALL_WORDS and not w.lower().startswith(("you", "we"))
    ]
    return (
        all(w[:1].isupper() or not w[:1].isalpha() for w in rest)
        or len(words) <= 4
        and _heading_kind(" ".join(words)) is not None
        and words[0].lower() in _HEADING_OPENERS
    )


_HEADING_OPENERS = {
    "what",
    "who",
    "about",
    "your",
    "our",
    "why",
    "how",
    "preferred",
    "required",
    "minimum",
    "basic",
    "nice",
    "bonus",
    "key",
    "job",
    "the",
}


def _heading_kind(label: str) -> str | None:
    for kind, pattern in _HEADINGS:
        if pattern.search(label):
            return kind
    return None


# Words one of which every match of the cue patterns contains: a cheap test before the full regex.
_NEGATION_HINT = re.compile(r"no |not |n't|n’t|no need")
_PREF_HINT = re.compile(
    r"plus|prefer|nice|bonus|ideal|desir|advantag|good.to|helpful|benefi|optional|great|welcome|asset"
)
_REQ_HINT = re.compile(
    r"must|requir|mandatory|essential|need|necessary|minimum|at least|important|critical|crucial|key|vital"
)


def _level(sentence: str, section: str | None) -> tuple[str, bool]:
    low = sentence.lower()
    if _NEGATION_HINT.search(low) and _NEGATION.search(sentence):
        return UNSPECIFIED, True
    if section == _PREF or (_PREF_HINT.search(low) and _PREF_CUE.search(sentence)):
        return PREFERRED, False
    if section == _REQ or (_REQ_HINT.search(low) and _REQ_CUE.search(sentence)):
        return REQUIRED, False
    # A qualification reads as required wherever it stands, even among duties.
    item = _BULLET.sub("", sentence, count=1).strip()
    if _QUALIFICATION.match(item) or (
        ("year" in low or "yr" in low) and any(_mentions_experience(m) for m in _YEARS.finditer(sentence))
    ):
        return REQUIRED, False
    return UNSPECIFIED, False


def _years_value(word: str) -> float:
    word = word.lower()
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    value = float(word)
    return value


def _mentions_experience(m: re.Match) -> bool:
    """ "5+ years of Python", "Python (3+ years)" yes; "founded 20 years ago" no."""
    phrase = m.group(0).lower()
    if re.search(
        r"experience|exp\b|with|in\b|using|of\b|hands-on|professional|industry|relevant|related|practical",
        phrase[len(m.group(1)) :],
    ):
        return True
    before = m.string[max(0, m.start() - 2) : m.start()].strip()
    tail = m.string[m.end() : m.end() + 30].lower()
    return before.endswith("(") or bool(re.match(r"\s*(?:of|in|with|using|experience|working)\b", tail))
