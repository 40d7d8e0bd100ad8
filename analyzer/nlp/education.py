"""Degree requirements in a posting ("Master's or PhD in Computer Science, Statistics, or a related
field") and degrees in a profile ("MSc Physics").

Education is not a skill: a degree requirement becomes one :class:`~analyzer.records.EducationAsk`
per sentence — the lowest level it accepts (bachelor < master < PhD, or none stated), the fields it
names, whether related fields or equivalent experience are accepted, its requirement level, and its
offsets — and skills named only as the field of a degree are taken out of the posting's skills
(:func:`split_education`). The fields follow the degree ("MS in Statistics, e.g. Physics") or come
before it ("a Computer Science or Statistics degree", "STEM degree"). The same field asked for
elsewhere ("experience with statistics") stays a skill of the posting, with all its mentions.

Plain Python over the text and the segments of :mod:`analyzer.nlp.requirements`; no spaCy. Every
pattern is a plain alternation or a bounded class run (linear in the text).

>>> asks = find_education("Requirements:\\n- MS or PhD in Statistics, Physics, or a related field")
>>> [(a.level, a.fields, a.related, a.requirement) for a in asks]
[('master', ['Statistics', 'Physics'], True, 'required')]
>>> parse_degree("MSc Physics")
Degree(level='master', field='Physics', input='MSc Physics')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from ..records import UNSPECIFIED, Degree, EducationAsk, SkillMention
from .casefold import ignorecase_lower
from .requirements import SegmentIndex
from .words import word_index

BACHELOR, MASTER, PHD = "bachelor", "master", "phd"
#: Levels from lowest to highest; a requirement is met by its level or a higher one.
LEVEL_RANK = {BACHELOR: 1, MASTER: 2, PHD: 3}

# Degree names. Short abbreviations that are also common words or other things (MS Office, MA the
# state, BA the role) are only degrees before "/", "or", "in", "degree" or a comma list of degrees.
_PHD = r"ph\.?\s?d\.?s?|doctorate|doctoral\s+degree|d\.phil"
_MASTER = r"master['’]s(?:\s+degree)?|masters?(?:\s+degree|(?=\s+(?:in|of|or)\b|\s*/))|m\.sc?\.?|msc|m\.eng\.?|meng|mba|graduate\s+degree|advanced\s+degree"
_BACHELOR = (
    r"bachelor['’]s(?:\s+degree)?|bachelors?(?:\s+degree|(?=\s+(?:in|of|or)\b|\s*/))|b\.sc?\.?|bsc|b\.eng\.?|beng|b\.tech|btech|b\.a\.|undergraduate\s+degree"
    r"|(?:four|4)[- ]year\s+degree|(?:college|university)\s+degree"
)
_SHORT = r"(?:bs|ms|ba|ma)(?=\s*(?:/|,\s*(?:ms|phd|ph\.d)|\bor\b|\bin\b|\bdegree\b|\())"
_GENERIC = r"(?:degree|education|coursework)(?=\s+in\b)"
# The look-ahead (the first letters of every alternative) lets the engine skip most words at once.
_DEGREE = re.compile(
    rf"\b(?=[abcdefgmpu4])(?:(?P<phd>{_PHD})|(?P<master>{_MASTER})|(?P<bachelor>{_BACHELOR})|(?P<short>{_SHORT})|(?P<generic>{_GENERIC}))",
    re.I,
)
# The same, case-sensitive, for the text lower-cased by ignorecase_lower (a third faster: the engine
# tries it at every position, and compares each character as it is instead of case-folded).
_DEGREE_LOWER = re.compile(_DEGREE.pattern)
# The words a match of _DEGREE_LOWER opens (read off its alternatives: "ph" of "ph.d", "m" of "m.sc",
# "four" of "four-year degree"), and the stems that may go on in the same word ("phds", "mba"): it is
# tried only where the posting's WordIndex finds one of them, instead of at every word of the posting.
_DEGREE_WORDS = (
    "ph doctoral d master masters m graduate advanced bachelor bachelors b undergraduate four 4 college university"
    " bs ms ba ma degree education coursework"
).split()
_DEGREE_STEMS = "phd doctorate msc meng mba bsc beng btech".split()
_QUICK = re.compile(  # the look-ahead (first letters) again saves trying every alternative everywhere
    r"(?=[bcdemp])(?:degree|education|coursework|bachelor|master|ph\.?\s?d|doctor|\b[bm]\.?s\.?c?\b|\bb\.?a\b|\bm\.?a\b|\bmba\b)",
    re.I,
)
# The field list: "in|of" after the degree, up to the end of the clause.
_FIELDS_LEAD = re.compile(
    r"[\s,]*(?:of\s+(?:science|arts|engineering)\s+)?(?:(?:degree|diploma)s?\s*)?(?:\([^()\n]{0,40}\)\s*)?"
    r"(?:,?\s*or\s+(?:higher|above|(?:foreign\s+)?equivalent(?:\s+[a-z]+){0,2})\s*)?"
    r"(?:of\s+(?:science|arts|engineering)\s+)?(?:in|of(?!\s+(?:science|arts|engineering)\b))\s+",
    re.I,
)
# A years clause after "and" ends the field list, its number in digits or in words: "… or related field,
# and Three years of directly related experience, and … (preferably including SharePoint …)" asks for
# experience, and the bracket after it holds the experience's tools, not examples of the field.
_CLAUSE_END = re.compile(
    r"[.;:!?()\n]|\s(?:with|and\s+\d|plus|from|required|preferred|is|are|or\s+equivalent"
    r"|and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\(\d+\)\s+)?(?:years?|yrs?)"
    r"|or\s+(?:similar|comparable)\s+(?:[a-z-]+\s+){0,2}experience)\b",
    re.I,
)
# "e.g." / "i.e." inside a field list: their dots do not end the clause ("a quantitative field, e.g. Physics").
_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:e\.\s?g|i\.\s?e)\b\.?", re.I)
_ITEM_SPLIT = re.compile(r",|/|\bor\b|\band\b|&", re.I)
_ARTICLE = re.compile(r"^(?:a|an|the|other|another|any|some|one|similar|relevant)\s+", re.I)
_RELATED = re.compile(r"\b(?:related|similar|relevant|equivalent|quantitative|technical|stem|comparable)\b", re.I)
_EXAMPLES = re.compile(r"\b(?:such\s+as|e\.g\.?|like|including)\b", re.I)
_DEGREE_SUFFIX = re.compile(r"\s+degrees?$", re.I)  # "BS in Computer Science degree"
_DEGREE_WORD = re.compile(r"\bdegree|\bdiploma|\bqualification", re.I)
_EXPERIENCE = re.compile(
    r"equivalent\s+(?:\w+\s+){0,2}experience|experience\s+in\s+lieu|\bor\s+(?:similar|comparable)\s+(?:[\w-]+\s+){0,2}experience",
    re.I,
)
#: A field of study is a few words; a longer "item" means the list has ended.
MAX_FIELD_WORDS = 5
#: A bracketed list of example fields after "a quantitative field (" is read up to this many characters.
MAX_BRACKET_CHARS = 300
#: Sentences read on through "e.g." / "i.e." (each hop one sentence of the splitter).
MAX_ABBREVIATION_HOPS = 3
_FIELD_WORD = re.compile(r"\b(?:field|discipline|area|subject|major|degree|science)s?\b", re.I)
_FIELD_ABBREVIATIONS = {"cs": "computer science", "ee": "electrical engineering", "ml": "machine learning"}

# Fields named before the degree ("a Computer Science or Statistics degree", "CS degree", "STEM
# degree"): a bare "degree" is read back over at most this many characters of its sentence.
MAX_BEFORE_CHARS = 120
MAX_WORDS_BEFORE = 3  # words of one field there ("Quantitative Political Science")
_BARE_DEGREE = re.compile(r"\bdegrees?\b(?!\s+of\s+(?!science|arts|engineering)\w)", re.I)
# The same two patterns, case-sensitive, for the text lower-cased by ignorecase_lower: a literal
# prefix (or a plain substring test) lets the engine find them at C speed instead of trying every
# position. The word boundary before a word is a look-behind after its first letters.
_BARE_DEGREE_LOWER = re.compile(r"degree(?<!\wdegree)s?\b(?!\s+of\s+(?!science|arts|engineering)\w)")
_QUICK_WORDS = ("degree", "education", "coursework", "bachelor", "master", "doctor")
_QUICK_REST = re.compile(r"ph\.?\s?d|b(?<!\wb)(?:\.?s\.?c?\b|\.?a\b)|m(?<!\wm)(?:\.?s\.?c?\b|\.?a\b|ba\b)")


def _may_name_a_degree(lower: str) -> bool:
    """Whether ``_QUICK`` matches the text whose ignorecase_lower is ``lower``."""
    return any(word in lower for word in _QUICK_WORDS) or _QUICK_REST.search(lower) is not None


_BEFORE_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\S")
#: The last word of a field named before "degree": a discipline's head word ...
_FIELD_HEADS = frozenset(
    "science sciences engineering mathematics math maths statistics economics econometrics physics chemistry "
    "biology finance accounting business informatics computing analytics psychology linguistics "
    "systems technology".split()
)
#: ... or a field's abbreviation, written in capitals ("CS degree", "a STEM degree") ...
_FIELD_ABBREVIATION_HEADS = frozenset({"CS", "EE", "CE", "ECE", "IT", "MIS", "CIS", "STEM"})
#: ... or a word for a class of fields: other fields of the class are accepted ("a quantitative degree").
_FIELD_CLASSES = frozenset(
    "related similar relevant equivalent comparable quantitative technical analytical scientific".split()
)
# Words before the field list that say the degree's level ("an advanced STEM degree").
_LEVEL_BEFORE = {"advanced": MASTER, "graduate": MASTER, "postgraduate": MASTER, "undergraduate": BACHELOR}
_LIST_JOINS = frozenset({",", "/", "&", "or", "and"})
_ITEM_OPENERS = frozenset({"a", "an", "any", "other", "another", "some"})  # "or other quantitative degree"
MAX_ASIDE_TOKENS = 8
#: Words that end a field list read backwards ("a", "with", "required" …).
_STOP_BEFORE = frozenset(
    "a an the any other another some one with in of from for to have has hold holds having your our their "
    "its is are be preferably ideally strong solid good closely similarly advanced graduate postgraduate "
    "undergraduate college university required preferred require requires prefer prefers must need needs "
    "school".split()
)


def _is_field_end(word: str) -> bool:
    return word.lower() in _FIELD_HEADS or word.lower() in _FIELD_CLASSES or word in _FIELD_ABBREVIATION_HEADS


def _level_of(m: re.Match, text: str) -> str | None:
    """The level a match of ``_DEGREE_LOWER`` names; a short form is read as ``text`` writes it."""
    if m.group("phd"):
        return PHD
    if m.group("master"):
        return MASTER
    if m.group("bachelor"):
        return BACHELOR
    if m.group("short"):
        return BACHELOR if text[m.start("short") : m.end("short")].lower() in ("bs", "ba") else MASTER
    return None


def find_education(text: str, index: SegmentIndex | None = None) -> list[EducationAsk]:
    """The degree requirements of a posting, one per sentence that names a degree, in text order."""
    if not text:
        return []
    lower = ignorecase_lower(text)
    if not _may_name_a_degree(lower):
        return []
    index = index or SegmentIndex(text)
    by_sentence: dict[int, list[_Hit]] = {}
    order: list[int] = []
    degrees = word_index(text).finditer(_DEGREE_LOWER, lower, _DEGREE_WORDS, _DEGREE_STEMS)
    named = [_Hit(m.start(), m.end(), _level_of(m, text)) for m in degrees]
    hits = list(named)
    j, named_end = 0, 0
    for m in _BARE_DEGREE_LOWER.finditer(lower):  # a bare "degree" after its fields ("a CS or Statistics degree")
        while j < len(named) and named[j].end <= m.start():
            named_end, j = named[j].end, j + 1
        if j < len(named) and named[j].start <= m.start():
            continue  # a degree name's own word ("bachelor's degree", "degree in")
        seg = index.segment_at(m.start())
        before = _fields_before(text, m.start(), max(seg.sentence_start if seg is not None else 0, named_end))
        if before is not None:
            hits.append(_Hit(before.start, m.end(), before.level, before))
    hits.sort(key=lambda h: h.start)
    for hit in hits:
        seg = index.segment_at(hit.start)
        key = seg.sentence_start if seg is not None else hit.start
        if key not in by_sentence:
            by_sentence[key] = []
            order.append(key)
        by_sentence[key].append(hit)
    asks = []
    for key in order:
        matches = by_sentence[key]
        seg = index.segment_at(matches[0].start)
        sent_end = seg.sentence_end if seg is not None and seg.sentence_end > 0 else len(text)
        sent_end = _through_abbreviations(text, index, sent_end)
        levels = [hit.level for hit in matches if hit.level is not None]
        level = min(levels, key=LEVEL_RANK.__getitem__) if levels else None
        # The field list follows one of the degree names ("BS or MS in X", "MS in X; PhD preferred")
        # or comes before a bare "degree" ("a CS or Statistics degree").
        fields: list[str] = []
        related, fields_start, fields_end = False, matches[-1].end, matches[-1].end
        for i, hit in enumerate(matches):
            b = hit.before
            found = (b.fields, b.related, b.start, b.end) if b is not None else _fields(text, hit.end, sent_end)
            if found[3] > found[2]:
                fields, related, fields_start, fields_end = found
                last = hit
                for nxt in matches[i + 1 :]:  # "Mathematics degree, Statistics degree or CS degree"
                    if nxt.before is None or not _only_joins(text, last.end, nxt.before.start):
                        break
                    fields = list(dict.fromkeys([*fields, *nxt.before.fields]))
                    related, fields_end, last = related or nxt.before.related, nxt.before.end, nxt
                break
        start, end = matches[0].start, max(matches[-1].end, fields_end)
        requirement = seg.level if seg is not None and not seg.negated else UNSPECIFIED
        if requirement == UNSPECIFIED and not fields and not related and not _DEGREE_WORD.search(text, key, sent_end):
            continue  # "a team of PhDs and builders": people described, not a degree asked for
        sentence = text[key:sent_end]
        asks.append(
            EducationAsk(
                level=level,
                fields=fields,
                related=related,
                experience=bool(_EXPERIENCE.search(sentence)),
                requirement=requirement,
                start=start,
                end=end,
                text=text[start:end],
                fields_start=fields_start,
                fields_end=fields_end,
            )
        )
    return asks


class _Before(NamedTuple):
    """A field list named before a bare "degree" (the same shape as :func:`_fields`' answer)."""

    fields: list[str]
    related: bool
    start: int
    end: int
    level: str | None


class _Hit(NamedTuple):
    """A degree named in the text: a degree name, or a bare "degree" after its fields."""

    start: int
    end: int
    level: str | None
    before: _Before | None = None


def _only_joins(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds only list joins and "degree" words (a list going on)."""
    if end - start > 20:
        return False
    gap = text[start:end]
    return all(t.lower() in _LIST_JOINS or t.lower() in ("degree", "degrees") for t in gap.split())


def _fields_before(text: str, pos: int, floor: int) -> _Before | None:
    """The fields named right before the bare "degree" at ``pos`` ("a Computer Science or Statistics
    degree", "CS degree", "a quantitative degree"), read back to ``floor`` at most; None without any.

    Each item of the list ends in a discipline's head word, a field's abbreviation in capitals or a
    word for a class of fields; the list ends at the first item that does not, at a punctuation mark
    or at a word such as "a", "other" or "with". "Master of Science degree" names no field.
    """
    lo = max(floor, pos - MAX_BEFORE_CHARS)
    tokens = list(_BEFORE_TOKEN.finditer(text, lo, pos))
    items: list[tuple[int, int, list[str]]] = []  # (start, end, words), the nearest to "degree" first
    words: list[str] = []
    word_start = item_end = pos
    level: str | None = None
    i = len(tokens)
    while i > 0:
        i -= 1
        m = tokens[i]
        tok, low = m.group(0), m.group(0).lower()
        joined = low in _LIST_JOINS
        if tok == ")" and words:  # "Computer Science (or similar) technical degree": an aside ends an item
            opening = next(
                (k for k in range(i - 1, max(-1, i - MAX_ASIDE_TOKENS), -1) if tokens[k].group(0) == "("), None
            )
            if opening is None:
                break
            i, joined = opening, True
        elif low in _ITEM_OPENERS and words and i > 0 and tokens[i - 1].group(0).lower() in _LIST_JOINS:
            joined = True  # "Statistics, Economics or other quantitative degree": the list goes on
        if joined:
            if words:
                items.append((word_start, item_end, words))
                words = []
            elif not items:
                return None  # ", degree": no field before it
            continue
        if tok[0].isalpha() and low not in _STOP_BEFORE:
            if len(words) == MAX_WORDS_BEFORE:
                words = []  # "post high school information technology degree": no field's name is that long
                break
            if words or _is_field_end(tok):
                if not words:
                    item_end = m.end()
                words.insert(0, tok)
                word_start = m.start()
                continue
        elif low == "of" and not items and [w.lower() for w in words] in (["science"], ["arts"], ["engineering"]):
            return None  # "Master of Science degree": the degree's name, no field
        level = _LEVEL_BEFORE.get(low)
        break
    if words:
        items.append((word_start, item_end, words))
    if not items:
        return None
    fields: list[str] = []
    related = False
    for _start, _end, item in items:
        if item[-1].lower() in _FIELD_CLASSES:
            related = True  # "a quantitative degree", "or related degree": a class of fields
            continue
        lead = 0
        while item[lead].lower() in _FIELD_CLASSES:  # "related STEM degree"
            lead += 1
        related = related or lead > 0
        fields.insert(0, " ".join(item[lead:]))
    return _Before(list(dict.fromkeys(fields)), related, items[-1][0], items[0][1], level)


def _fields(text: str, after: int, limit: int) -> tuple[list[str], bool, int, int]:
    """Fields of study named after a degree: (names, related accepted, start, end of the list)."""
    lead = _FIELDS_LEAD.match(text, after, limit)
    if lead is None:
        return [], False, after, after
    start = lead.end()
    stop = _CLAUSE_END.search(text, start, limit)
    while stop is not None and stop.group(0) == ".":
        abbreviation = _abbreviation_at(text, stop.start())
        if abbreviation is None:
            break
        stop = _CLAUSE_END.search(text, abbreviation, limit)
    end = stop.start() if stop else limit
    if (
        stop is not None
        and stop.group(0) == "("
        and _FIELD_WORD.search(text, start, end)
        and not _EXAMPLES.search(text, start, end)  # "field, e.g., math, AI (artificial intelligence)": an aside
    ):
        # "a STEM field (e.g., statistics, computer science)": the examples are fields too.
        close = text.find(")", end, min(limit, end + MAX_BRACKET_CHARS))
        if close != -1:
            inner = text[end + 1 : close]
            examples = [
                f
                for f in (
                    _ARTICLE.sub("", " ".join(x.split()).strip(" .,:;")).strip()
                    for x in _ITEM_SPLIT.split(_EXAMPLES.sub("", inner))
                )
                if f and f[0].isalnum() and f.lower() not in ("etc", "etc.")
            ]
            examples = [f for f in examples if len(f.split()) <= MAX_FIELD_WORDS]
            if examples:
                return list(dict.fromkeys(examples)), True, start, close
    fields: list[str] = []
    related = after_related = False
    list_end = start
    pos = start
    for sep in [*_ITEM_SPLIT.finditer(text, start, end), None]:
        item_end = sep.start() if sep is not None else end
        raw = text[pos:item_end]
        item = " ".join(raw.split())
        ex = _EXAMPLES.search(item)
        if ex:  # "a quantitative field such as physics": the class accepts related fields
            related = True
            item = item[ex.end() :].lstrip(" .,:")
        if item.lower().startswith(("i.e", "i. e")):
            break  # "Statistics, i.e. a research degree": a restatement, not a field
        unstripped = item
        item = _ARTICLE.sub("", item).strip(" '\"")
        if after_related and not ex:
            break  # "or a related field" ends the list, unless examples of it follow
        after_related = False
        if item and _RELATED.search(unstripped) and _FIELD_WORD.search(item):  # "relevant field"
            related = after_related = True
            list_end = pos + len(raw.rstrip())
            if sep is None:
                break
            pos = sep.end()
            continue
        if item and item.lower().rstrip(".") != "etc":
            if len(item.split()) > MAX_FIELD_WORDS or not item[0].isalnum():
                break
            fields.append(_DEGREE_SUFFIX.sub("", item))
        if raw.strip():
            list_end = pos + len(raw.rstrip())
        if sep is None:
            break
        pos = sep.end()
    return list(dict.fromkeys(fields)), related, start, max(list_end, start)


def _through_abbreviations(text: str, index: SegmentIndex, end: int) -> int:
    """The end of the sentence ending at ``end``, read on when it ends in "e.g." or "i.e." (the sentence
    splitter takes their dot for a full stop: "a quantitative field, e.g. | Statistics, Physics")."""
    for _ in range(MAX_ABBREVIATION_HOPS):
        last = end
        while last > 0 and text[last - 1] in " \t":
            last -= 1
        if last < 2 or text[last - 1] != "." or _abbreviation_at(text, last - 1) != last:
            break
        nxt = last
        while nxt < len(text) and text[nxt] in " \t":
            nxt += 1
        seg = index.segment_at(nxt)
        if seg is None or seg.sentence_end <= end:
            break
        end = seg.sentence_end
    return end


def _abbreviation_at(text: str, dot: int) -> int | None:
    """The end of the "e.g." or "i.e." whose dot is at ``dot``, or None when it is no such dot."""
    for back in (1, 3, 4):
        m = _ABBREVIATION.match(text, max(0, dot - back))
        if m is not None and m.start() < dot < m.end():
            return m.end()
    return None


def split_education(
    text: str, mentions: Sequence[SkillMention], index: SegmentIndex | None = None
) -> tuple[list[SkillMention], list[EducationAsk]]:
    """The posting's skills without those named only as a degree's field, and its degree asks."""
    asks = find_education(text, index)
    if not asks:
        return list(mentions), []
    spans = [(a.fields_start, a.fields_end) for a in asks if a.fields_end > a.fields_start]

    def in_degree(m: SkillMention) -> bool:
        return any(s <= m.start and m.end <= e for s, e in spans)

    # A field asked for elsewhere as a skill stays a skill, every mention of it included (the
    # degree line's level is the posting's word on it too).
    asked_elsewhere = {m.skill_id for m in mentions if not in_degree(m)}
    # A field's mention takes no years: "a Bachelor's degree in Statistics with 3+ years of experience",
    # "4 years of experience and a degree in Computer Science" ask years of work, not of the field. (Not
    # after a years phrase inside the span: "… or related field and 3 years of work experience (i.e.
    # predictive analytics, …)" is a field list read too far, its later items the years' own object; nor
    # after "post": "3 years of experience post PhD, in the development of assays" is a time, not a degree.)
    fields = [
        (a.fields_start, _first_years(text, a.fields_start, a.fields_end))
        for a in asks
        if a.fields_end > a.fields_start and not _AFTER_DEGREE.search(text, max(0, a.start - 8), a.start)
    ]

    def field_only(m: SkillMention) -> bool:
        return any(s <= m.start and m.end <= e for s, e in fields)

    kept = [
        replace(m, years=None) if m.years is not None and field_only(m) else m
        for m in mentions
        if m.skill_id in asked_elsewhere
    ]
    return kept, asks


_AFTER_DEGREE = re.compile(r"\bpost[\s-]*+$", re.I)
_YEARS_WORD = re.compile(r"\b(?:years?|yrs?)\b", re.I)


def _first_years(text: str, start: int, end: int) -> int:
    """Where the first "year(s)"/"yr(s)" word between ``start`` and ``end`` begins, else ``end``."""
    m = _YEARS_WORD.search(text, start, end)
    return m.start() if m else end


# --- the profile's side -------------------------------------------------------------------------
_PROFILE_DEGREE = re.compile(
    rf"^\s*(?:(?P<phd>{_PHD})|(?P<master>{_MASTER}|ms|ma)|(?P<bachelor>{_BACHELOR}|bs|ba))(?![a-z])", re.I
)
_PROFILE_FIELD_LEAD = re.compile(r"^[\s,.:\-–(]*(?:(?:of\s+(?:science|arts|engineering))\s*)?(?:in|of)?\s*", re.I)


#: Where a degree may start inside run-together text ("… EDUCATION MSc Statistics, Uni 2014 - 2016 BSc …").
DEGREE_START = re.compile(rf"(?<![\w.])(?:{_PHD}|{_MASTER}|{_BACHELOR}|ms|ma|bs|ba)(?![a-z])", re.I)


def parse_degree(entry: str) -> Degree | None:
    """A degree typed in a profile or read from a résumé line ("MSc Physics", "PhD in CS",
    "Bachelor of Science in Mathematics, 2015"), or None when the entry is not one."""
    m = _PROFILE_DEGREE.match(entry)
    if m is None:
        return None
    level = PHD if m.group("phd") else MASTER if m.group("master") else BACHELOR
    rest = _PROFILE_FIELD_LEAD.sub("", entry[m.end() :], count=1)
    rest = re.split(r"[,;|(\n]|\s[-–—]\s|\s(?:at|from)\s|\d{4}", rest, maxsplit=1)[0].strip(" .")
    return Degree(level, rest or None, entry.strip())


def field_matches(asked: str, have: str | None) -> bool:
    """Whether a degree in ``have`` is in the field ``asked`` ("CS" is computer science)."""
    if not have:
        return False
    a, h = _norm_field(asked), _norm_field(have)
    return a == h or (len(a) > 3 and a in h) or (len(h) > 3 and h in a)


def _norm_field(name: str) -> str:
    key = " ".join(re.sub(r"[^a-z0-9 ]", " ", name.lower()).split())
    return _FIELD_ABBREVIATIONS.get(key, key)


def education_met(ask: EducationAsk, degrees: Sequence[Degree]) -> tuple[bool | None, str]:
    """Whether the profile's degrees meet the ask, and why, in words."""
    accepted = _accepted(ask)
    if not degrees:
        return None, f"your profile states no degree; this posting asks for {accepted}"
    rank = LEVEL_RANK.get(ask.level or "", 0)
    high_enough = [d for d in degrees if LEVEL_RANK[d.level] >= rank]
    if not high_enough:
        best = max(degrees, key=lambda d: LEVEL_RANK[d.level])
        if ask.experience:
            return None, _judge_experience(accepted, best)
        return False, f"this posting asks for {accepted}; you have {_degree_words(best)}"
    if not ask.fields and ask.related:  # "a quantitative degree", "STEM-related degree": a kind of field
        return None, f"this posting asks for “{ask.text}”; decide whether {_degree_words(high_enough[0])} counts"
    if not ask.fields:
        return True, f"you have {_degree_words(high_enough[0])}; this posting asks for {accepted}"
    for d in high_enough:
        for f in ask.fields:
            if field_matches(f, d.field):
                return True, f"you have {_degree_words(d)}, which this posting accepts ({accepted})"
    d = high_enough[0]
    if ask.related:
        return None, f"this posting accepts {accepted}; decide whether {_degree_words(d)} counts as a related field"
    if ask.experience:
        return None, _judge_experience(accepted, d)
    return False, f"this posting asks for {accepted}; you have {_degree_words(d)}"


def _judge_experience(accepted: str, d: Degree) -> str:
    """A degree that does not meet the ask where experience is accepted instead: the user judges."""
    return (
        f"this posting accepts {accepted}, or equivalent experience; decide whether your experience counts "
        f"(you have {_degree_words(d)})"
    )


_LEVEL_WORDS = {BACHELOR: "a bachelor's degree", MASTER: "a master's degree", PHD: "a PhD"}


def _degree_words(d: Degree) -> str:
    return _LEVEL_WORDS[d.level] + (f" in {d.field}" if d.field else "")


def _accepted(ask: EducationAsk) -> str:
    words = (_LEVEL_WORDS[ask.level] + " or higher") if ask.level else "a degree"
    if ask.fields:
        names = list(ask.fields) + (["a related field"] if ask.related else [])
        words += " in " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1])
    return words
