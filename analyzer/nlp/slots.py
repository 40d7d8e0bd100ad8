"""Skill slots: the places in a posting where a skill is asked for, and the phrases in them that no
taxonomy skill covers ("also asked for (not in the taxonomy)").

A slot is the text after a cue ("experience with …", "knowledge of …", "proficiency in …",
"familiarity with …", "such as …", "e.g. …", "including …") up to the end of its clause (past an
item's bracketed gloss when the list goes on after it: "Python (pandas), SQL and Spark"), or a short
line (a bullet or a "Skills: A, B, C" list) in a required or preferred section. A slot is split into
list items at commas, slashes, "and", "or"; an item that overlaps a found skill is covered, the others
are kept when they look like the name of a skill (short, no pronoun, not only generic words).
Which of them a posting's ``other`` lists is decided after unlisted skills are promoted (:mod:`.asks`).

Plain Python, no spaCy: the extractor uses it per posting and ``skillgap mine`` over a corpus. Every
scan is bounded (a slot is at most ``MAX_SLOT_CHARS`` characters), so the cost is linear in the text.

>>> text = "Requirements:\\n- Experience with Optimizely, Python and HL7 interfaces."
>>> [(p.text, p.requirement) for p in other_phrases(text, [(44, 50)])]
[('Optimizely', 'required'), ('HL7 interfaces', 'required')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..records import PREFERRED, REQUIRED, UNSPECIFIED, OtherPhrase
from .lines import BULLET_CLASS
from .matching import lower_same_length
from .requirements import SegmentIndex, segment_index

__all__ = [
    "BRACKET",
    "LIMITED",
    "UNLISTED_ONLY",
    "MAX_SLOT_CHARS",
    "Slot",
    "SlotItem",
    "clause_end",
    "item_separators",
    "other_phrases",
    "slot_items",
    "slots",
    "slotted_phrases",
]

#: Longest stretch of text read after a cue; a list of skills is shorter than this.
MAX_SLOT_CHARS = 200
#: Longest line read as a list line under a requirement heading.
MAX_LIST_LINE_CHARS = 160
MAX_ITEM_WORDS = 5
BRACKET = "bracket"  # the kind of a slot that is a bracketed list
#: The kind of a slot after "including but not limited to": its lists are as often duties, documents or
#: benefits as skills ("including but not limited to generous PTO").
LIMITED = "limited"
#: Slots whose phrases count only as unlisted skills (:mod:`.unlisted`), never as open vocabulary.
UNLISTED_ONLY = frozenset({BRACKET, LIMITED})
#: Longest bracketed list read as a slot.
MAX_BRACKET_CHARS = 120
MAX_ITEM_CHARS = 60

# Literal alternatives only: the engine tries each at a position and never backtracks across text.
# Group 1 is a cue that asks for what follows; group 2 one that gives examples of something.
# Matched on the lower-cased text (same length), which is faster than a case-insensitive pattern.
_CUE = re.compile(
    r"\b(?:((?:experience|experienced|expertise|proficiency|proficient|skilled|skills?|fluency|fluent|background"
    r"|competen(?:ce|cy|t)|knowledge|understanding|familiarity|familiar|exposure|mastery)"
    r"\s+(?:with|in|of|using|at)(?:\s+|[ \t]*:[ \t]+))|(such\s+as\s+|e\.g\.,?\s*|i\.e\.,?\s*"
    r"|includ(?:ing|es?),?[ \t]+(?:but|and)[ \t]+(?:is[ \t]+|are[ \t]+)?not[ \t]+limited[ \t]+to:?[ \t]+"
    r"|including\s+|like\s+))"
)
# The first letters of every cue: found with str.find (C speed), then the cue is matched right there.
_CUE_ANCHORS = (
    "experience", "expertise", "proficien", "skill", "fluen", "background", "competen", "knowledge",
    "understanding", "familiar", "exposure", "mastery", "such", "e.g", "i.e", "includ", "like",
)  # fmt: skip


def _cues(lower: str) -> list[re.Match]:
    """The cue matches in ``lower`` (lower-cased text), in order; each anchor is scanned once."""
    found: dict[int, re.Match] = {}
    for anchor in _CUE_ANCHORS:
        pos = lower.find(anchor)
        while pos >= 0:
            if pos not in found and (pos == 0 or not lower[pos - 1].isalnum()):
                m = _CUE.match(lower, pos)
                if m:
                    found[pos] = m
            pos = lower.find(anchor, pos + 1)
    return [found[p] for p in sorted(found)]


# Where a slot's clause ends: sentence punctuation, a bracket, a line break, or a clause word.
_SLOT_END = re.compile(
    r"[.;:!?()\[\]\n\r]|\s(?:to|that|which|who|where|when|while|for|is|are|was|were|will|would|should|can|in order"
    r"|across|within|from|into|through|at|on|by|we|you|our|your|is|etc)\b",
    re.I,
)
# Between two list items.
# The look-ahead (the characters a separator can start with) lets the engine pass over the others at once.
_ITEM_SEP = re.compile(
    r"(?=[\s,/;|&aopv])\s*(?:,|/|;|\||&|\band/or\b|\band\b|\bor\b|\bas well as\b|\bplus\b|\bvs\.?)\s*", re.I
)
_BULLET = re.compile(r"[\s#" + BULLET_CLASS + r"]*(?:\(?\d{1,2}[.)]\s+)?")
_HEADING_LABEL = re.compile(r"[A-Za-z][A-Za-z /&'-]{0,40}:\s*")
_WORD = re.compile(r"[A-Za-z0-9][\w+#.'’-]*")

# Words stripped from the front of an item ("strong Optimizely" -> "Optimizely").
_LEADING = frozenset(
    """a an the any one some more other others similar relevant related common popular various modern
    strong solid good great excellent deep advanced basic working hands-on practical proven demonstrated
    expert expert-level thorough in-depth intermediate fundamental general applied professional
    at least least of with in using use and or e.g i.e such as including like tools tool""".split()
)
# Items made only of these words name no particular skill.
_GENERIC = frozenset(
    """data tools tool software experience experiences skills skill systems system technologies technology
    methods method techniques technique languages language etc others similar related field fields area areas
    environment environments concepts concept principles principle platforms platform applications application
    products product projects project problems problem solutions solution teams team business work years year
    things stuff knowledge understanding background processes process best practices practice industry
    frameworks framework libraries library packages package programs program degree degrees equivalent
    development analysis analytics techniques approaches approach models model needs ability abilities
    job jobs role roles company companies customers customer clients client people users user others
    plus bonus preferred required must nice have strong excellent good new large small complex multiple
    following one two three four five more least including like as such e.g i.e same high level""".split()
)
# An item holding one of these is a clause, an education line or a sentence fragment, not a skill name.
_REJECT = frozenset(
    """you your yours we our us they their them it its this that these those how what why who whom which
    able ability abilities degree bachelor bachelors bachelor's master masters master's phd ph.d graduate
    undergraduate diploma years year months experience experienced minimum preferred required plus
    be being been is are was were will would should could may might must can has have had do does did
    not no nor if then than when where while so very both written verbal oral passion desire interest
    willingness knowledge understanding familiarity proficient proficiency expertise exposure skills skill
    possess in of for to on by from before after about within without into across over under between
    employer employers veteran veterans disability gender race religion benefits salary insurance
    compensation ba bs ms ma b.s m.s b.a m.a major majors field fields subject discipline""".split()
)


# A capital inside a word or a digit: the cheap test for a slot that may hold a product-shaped name.
_NAMED_HINT = re.compile(r"\w[A-Z]|\d")
_DEGREE = re.compile(
    r"\b(?=[bdmp])(?:degrees?|bachelor|master|ph\.?d|doctorate|diploma|major|b\.?[as]|m\.?[as]|mba)\b", re.I
)
# Gerunds that name a field or a skill; other "-ing" openers make a task ("configuring routers").
_NOUN_GERUNDS = frozenset(
    """marketing engineering accounting consulting networking manufacturing computing banking learning
    processing testing programming modeling modelling mining forecasting scheduling budgeting auditing pricing
    billing training reporting clustering underwriting trading recruiting sourcing merchandising publishing
    advertising lending investing nursing routing caching indexing labeling labelling tagging""".split()
)


@dataclass(frozen=True, slots=True)
class Slot:
    start: int
    end: int
    kind: str  # "cue" (after "experience with", "knowledge of" …), "examples" (after "such as", "e.g.",
    # "including"), "limited" (after "including but not limited to"), "bracket" (a bracketed list) or
    # "list" (a short line under a requirement heading)


@dataclass(frozen=True, slots=True)
class SlotItem:
    start: int
    end: int
    slot: Slot


def slots(
    text: str, segments: SegmentIndex | None = None, known: Sequence[tuple[int, int]] | None = None
) -> Iterator[Slot]:
    """The skill slots of ``text``, in order of their start (cue slots and list lines may overlap).

    List lines need ``segments`` (for their section's level); given the sorted ``known`` skill spans,
    only list lines that could hold an unknown ask are kept (a known skill or a product-shaped name).
    """
    found = [
        Slot(m.end(), clause_end(text, m.end()), _cue_kind(m))
        for m in _cues(lower_same_length(text))
        if not _in_word(text, m.end())
    ]
    found.extend(_bracket_lists(text))
    if segments is not None:
        found.extend(_list_lines(text, segments, sorted(known) if known is not None else None))
    found.sort(key=lambda s: (s.start, s.end))
    yield from (s for s in found if s.end > s.start)


def _cue_kind(m: re.Match) -> str:
    if m.group(1):
        return "cue"
    return LIMITED if "limited" in m.group(2) else "examples"


def slot_items(text: str, slot: Slot, known: list[tuple[int, int]] | None = None) -> Iterator[SlotItem]:
    """The list items of one slot, trimmed of leading modifiers and of a closing one-item gloss
    ("MRDB (Corona)" → "MRDB"); only those shaped like a skill name. Items overlapping a span of the
    sorted ``known`` list are left out before any other work (each side of a bracket the list cut in
    two on its own: "COTS imaging tools (e.g. ENVI" keeps "COTS imaging tools" when ENVI is known)."""
    pos = slot.start
    for sep_start, sep_end in item_separators(text, slot.start, slot.end):
        yield from _item(text, pos, sep_start, slot, known)
        pos = sep_end
    yield from _item(text, pos, slot.end, slot, known)


def item_separators(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the list separators (commas, slashes, "and", "or" …) in ``text[start:end]``."""
    for sep in _ITEM_SEP.finditer(text, start, end):
        yield sep.span()


def other_phrases(
    text: str, known: Sequence[tuple[int, int]], segments: SegmentIndex | None = None
) -> list[OtherPhrase]:
    """Phrases in skill slots of ``text`` that overlap none of the ``known`` skill spans (start, end),
    each with the requirement level of the sentence it is in; in text order, each span once."""
    return [p for p, slot in slotted_phrases(text, known, segments) if slot.kind not in UNLISTED_ONLY]


def slotted_phrases(
    text: str, known: Sequence[tuple[int, int]], segments: SegmentIndex | None = None
) -> list[tuple[OtherPhrase, Slot]]:
    """:func:`other_phrases`, each with the slot (the list) it was found in, and the phrases found only
    in bracketed lists or after "including but not limited to" (:data:`UNLISTED_ONLY`): those count only
    as unlisted skills (:mod:`.unlisted`), never as ``other`` ("(WI, TX)", "(NYSE: WIT)", "including but
    not limited to generous PTO" are no asks)."""
    segments = segments if segments is not None else segment_index(text)
    starts = sorted(known)
    out: list[tuple[OtherPhrase, Slot]] = []
    seen: set[tuple[int, int]] = set()
    # Bracketed and "not limited to" lists last: a phrase that another slot also holds belongs to that one.
    for slot in sorted(slots(text, segments, starts), key=lambda sl: sl.kind in UNLISTED_ONLY):
        # Examples and list lines are skill slots when they list a known skill too ("tools such as
        # Tableau and Optimizely"); otherwise only names shaped like a product's ("HL7") count.
        listed_with_skill = slot.kind == "cue" or _overlaps_known(starts, slot.start, slot.end)
        if not listed_with_skill and not _NAMED_HINT.search(text, slot.start, slot.end):
            continue
        if _degree_near(text, max(0, slot.start - 60), slot.end, starts):
            continue  # fields of study ("BS in Physics, Statistics or Economics") are education
        level = None
        for item in slot_items(text, slot, starts):
            key = (item.start, item.end)
            if key in seen or _overlaps_known(starts, item.start, item.end):
                continue
            if not listed_with_skill and not _named(text[item.start : item.end]):
                continue
            seen.add(key)
            if level is None:  # one sentence per slot: its level holds for every item
                seg = segments.segment_at(item.start)
                level = seg.level if seg is not None and not seg.negated else UNSPECIFIED
            out.append((OtherPhrase(text[item.start : item.end], item.start, item.end, level), slot))
    out.sort(key=lambda ps: ps[0].start)
    return out


# --- helpers ---------------------------------------------------------------------------------------
def _in_word(text: str, pos: int) -> bool:
    return pos > 0 and pos < len(text) and text[pos - 1].isalnum() and text[pos].isalnum()


def clause_end(text: str, start: int, past_glosses: bool = True) -> int:
    """Where the clause that runs from ``start`` ends (sentence punctuation, a bracket, a line break,
    a clause word: "to", "that", "for" …), at most ``MAX_SLOT_CHARS`` on. With ``past_glosses``, a
    bracketed gloss of one item that the list goes on after ("Python (pandas, NumPy), SQL and
    Spark") does not end it."""
    limit = min(len(text), start + MAX_SLOT_CHARS)
    m = _SLOT_END.search(text, start, limit)
    end = m.start() if m else limit
    # "e.g." and "i.e." inside a slot do not end it; neither does the dot of "Node.js" or "v2.0".
    while m and (
        (m.group() == "." and end + 1 < limit and not text[end + 1].isspace())
        or (past_glosses and m.group() == "(" and (close := _gloss_end(text, end, limit)) >= 0)
    ):
        # each step moves past the stop (or past its bracket), so the scan stays linear
        m = _SLOT_END.search(text, end + 1 if m.group() == "." else close, limit)
        end = m.start() if m else limit
    return end


# After a gloss's closing bracket, the separator that shows the list goes on.
_LIST_GOES_ON = re.compile(r"[ \t]*(?:[,/&]|and\b|or\b|as well as\b|plus\b)", re.I)


def _gloss_end(text: str, open_at: int, limit: int) -> int:
    """After the bracket opened at ``open_at``: the end of its closing bracket when the bracket glosses
    one item of a list that goes on after it (a separator follows the close, on the same line, within
    ``limit`` and ``MAX_BRACKET_CHARS``, nothing nested); else -1."""
    close = text.find(")", open_at + 1, min(limit, open_at + 2 + MAX_BRACKET_CHARS))
    if close < 0 or close == open_at + 1:
        return -1
    inside = text[open_at + 1 : close]
    if "\n" in inside or "(" in inside or "[" in inside:
        return -1
    if not _LIST_GOES_ON.match(text, close + 1, limit):
        return -1
    return close + 1


def _bracket_lists(text: str) -> Iterator[Slot]:
    """The insides of brackets that hold a list ("containers (Docker, K8)", "databases (Remedy, ICRS)"):
    at most ``MAX_BRACKET_CHARS`` characters on one line, with a comma or a slash."""
    pos = text.find("(")
    while pos >= 0:
        close = text.find(")", pos + 1, pos + 2 + MAX_BRACKET_CHARS)
        if close > pos + 1:
            inside = text[pos + 1 : close]
            if "\n" not in inside and "(" not in inside and ("," in inside or "/" in inside):
                yield Slot(pos + 1, close, BRACKET)
        pos = text.find("(", pos + 1)


def _list_lines(text: str, segments: SegmentIndex, known: list[tuple[int, int]] | None) -> Iterator[Slot]:
    """Short lines, or the content of "Skills: A, B, C" lines, in required or preferred sections."""
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        start, end = pos, line_end
        pos = line_end + 1
        if end - start > MAX_LIST_LINE_CHARS + 40 or end <= start:
            continue
        m = _BULLET.match(text, start, end)
        body_start = m.end() if m else start
        label = _HEADING_LABEL.match(text, body_start, end)
        if label:
            body_start = label.end()
        body_end = end
        while body_end > body_start and text[body_end - 1] in " \t\r.;,":
            body_end -= 1
        if body_end - body_start < 2 or body_end - body_start > MAX_LIST_LINE_CHARS or text[body_end - 1] == ":":
            continue
        if known is not None and not _overlaps_known(known, body_start, body_end):
            if not _NAMED_HINT.search(text, body_start, body_end):
                continue  # nothing here could be reported: skip the rest
        if _is_sentence(text[body_start:body_end]):
            continue  # a sentence, not a list: its cues (if any) make cue slots
        seg = segments.segment_at(body_start)
        if seg is None or seg.heading or seg.negated or seg.level not in (REQUIRED, PREFERRED):
            continue
        yield Slot(body_start, body_end, "list")


_PUNCT_SEP = re.compile(r"[,;/|]")


def _is_sentence(body: str) -> bool:
    """More than ``MAX_ITEM_WORDS`` words between list separators: prose, not a list of names."""
    for part in _PUNCT_SEP.split(body):
        words = len(part.split())
        if words <= MAX_ITEM_WORDS:
            continue
        if words > 3 * MAX_ITEM_WORDS:
            return True  # no run of "and"/"or" makes this a list of short names
        if any(len(piece.split()) > MAX_ITEM_WORDS for piece in _ITEM_SEP.split(part)):
            return True
    return False


_BRACKET = re.compile(r"[()]")
# Characters no skill's name has, but markup, code and formulas do.
_CODE_CHARS = re.compile(r"[<>{}=`\\|]")
# No skill's name has this many digits (ISO 27001 has five); a phone number has ten.
_PHONE_DIGITS = 7


def _item(text: str, start: int, end: int, slot: Slot, known: list[tuple[int, int]] | None) -> Iterator[SlotItem]:
    end = _without_gloss(text, start, end)
    for part_start, part_end in _bracket_parts(text, start, end):
        if known is None or not _overlaps_known(known, part_start, part_end):
            yield from _whole_item(text, part_start, part_end, slot)


def _bracket_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a list item that are names of their own: the item itself; or, where the list cut
    a bracket in two ("Linux (Ubuntu", "Red Hat)"), the names on either side of an opening bracket
    ("Linux", "Ubuntu"), and what comes before a closing one (after it the sentence goes on: "etc.)
    considered")."""
    if text.count("(", start, end) == text.count(")", start, end):
        return [(start, end)]
    parts = []
    pos = start
    for bracket in _BRACKET.finditer(text, start, end):
        parts.append((pos, bracket.start()))
        if bracket.group() == ")":
            return parts
        pos = bracket.end()
    parts.append((pos, end))
    return parts


def _without_gloss(text: str, start: int, end: int) -> int:
    """The end of the list item ``text[start:end]`` without a bracketed gloss that closes it ("MRDB
    (Corona)", "Latent Semantic Analysis (LSA)", "Common Data Service(CDS)"): the item is the name
    before it; an abbreviation, vendor or version in the gloss is no item of the list. ``end`` when
    there is no such gloss or the bracket belongs to the name ("401(k)": one letter against the word)."""
    close = end
    while close > start and text[close - 1].isspace():
        close -= 1
    if close - start < 4 or text[close - 1] != ")":
        return end
    open_at = text.rfind("(", start, close)
    if open_at <= start or text.find(")", open_at, close - 1) >= 0 or text.find("(", start, open_at) >= 0:
        return end  # no gloss, nothing before it, or brackets in brackets
    if not text[open_at - 1].isspace() and close - open_at <= 3:
        return end
    return open_at


def _whole_item(text: str, start: int, end: int, slot: Slot) -> Iterator[SlotItem]:
    if start >= end:
        return
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    while words and words[0][2].lower().rstrip(".") in _LEADING:
        words.pop(0)
    while words and words[-1][2].lower().rstrip(".") in ("etc", "e.g", "i.e"):
        words.pop()
    if not words or len(words) > MAX_ITEM_WORDS:
        return
    lowered = [w[2].lower().rstrip(".'’") for w in words]
    if any(w in _REJECT for w in lowered) or all(w in _GENERIC or w in _LEADING for w in lowered):
        return
    first = words[0][2]
    if first.islower() and lowered[0].endswith("ing") and lowered[0] not in _NOUN_GERUNDS:
        return  # a task ("configuring routers"): task phrasings are matched elsewhere
    if not first[0].isalpha() and not first[0].isdigit():
        return
    if lowered[0][0].isdigit() and len(words) > 1:
        return  # "3 years", "2+ projects"
    item_start, item_end = words[0][0], words[-1][1]
    while item_end > item_start and text[item_end - 1] in ".'’-":
        item_end -= 1
    if not 2 <= item_end - item_start <= MAX_ITEM_CHARS:
        return
    item = text[item_start:item_end]
    if sum(c.isdigit() for c in item) >= _PHONE_DIGITS:
        return  # a phone number or an id: "Fax (858) 346-7101"
    if _CODE_CHARS.search(item) or item.count("(") != item.count(")") or _in_code(text, item_start, item_end):
        return  # markup, code or a formula ("script>alert", "</script>", "=HYPERLINK"): no name of a skill
    yield SlotItem(item_start, item_end, slot)


def _in_code(text: str, start: int, end: int) -> bool:
    """A tag's name ("<b>", "</script>") or a spreadsheet formula's ("=HYPERLINK(…)")."""
    return (
        "<" in text[max(0, start - 2) : start] or "=" in text[max(0, start - 1) : start] or text[end : end + 1] == ">"
    )


def _named(item: str) -> bool:
    """Shaped like a product or standard's name: an inner capital or digit ("HL7", "PyTorch", "GPT-4",
    "HIPAA"), not just a capitalised word."""
    letters = [c for c in item if c.isalpha()]
    if len(letters) < 2:
        return False
    inner_upper = any(c.isupper() for w in item.split() for c in w[1:])
    return inner_upper or (any(c.isdigit() for c in item) and any(c.isupper() for c in item))


def _degree_near(text: str, start: int, end: int, known: list[tuple[int, int]]) -> bool:
    """Whether a degree word stands in text[start:end] outside the known skills' spans: the "MS" of "MS
    Project" or "MS Excel" names a product, and its list ("MS Project, PowerPoint, SharePoint, InfoPath")
    is no list of fields of study."""
    # (a search from each hit's end, as finditer goes on: without a generator, as this runs for every slot)
    hit = _DEGREE.search(text, start, end)
    while hit is not None:
        if not _overlaps_known(known, hit.start(), hit.end()):
            return True
        hit = _DEGREE.search(text, hit.end(), end)
    return False


def _overlaps_known(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_left(spans, (start, start))
    if i > 0 and spans[i - 1][1] > start:
        return True
    return i < len(spans) and spans[i][0] < end
