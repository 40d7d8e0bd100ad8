"""Degree requirements in a posting ("Master's or PhD in Computer Science, Statistics, or a related
field") and degrees in a profile ("MSc Physics").

Education is not a skill: a degree requirement becomes one :class:`~analyzer.records.EducationAsk`
per sentence — the lowest level it accepts (bachelor < master < PhD, or none stated), the fields it
names, whether related fields or equivalent experience are accepted, its requirement level, and its
offsets — and skills named only as the field of a degree are taken out of the posting's skills
(:func:`split_education`). The same field asked for elsewhere ("experience with statistics") stays
a skill of the posting, with all its mentions.

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

from ..records import UNSPECIFIED, Degree, EducationAsk, SkillMention
from .requirements import SegmentIndex

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
_DEGREE = re.compile(
    rf"\b(?:(?P<phd>{_PHD})|(?P<master>{_MASTER})|(?P<bachelor>{_BACHELOR})|(?P<short>{_SHORT})|(?P<generic>{_GENERIC}))",
    re.I,
)
_QUICK = re.compile(
    r"degree|education|coursework|bachelor|master|ph\.?\s?d|doctor|\b[bm]\.?s\.?c?\b|\bb\.?a\b|\bm\.?a\b|\bmba\b", re.I
)
# The field list: "in|of" after the degree, up to the end of the clause.
_FIELDS_LEAD = re.compile(
    r"[\s,]*(?:(?:degree|diploma)s?\s*)?(?:\([^()\n]{0,40}\)\s*)?(?:,?\s*or\s+(?:higher|above|equivalent(?:\s+[a-z]+){0,2})\s*)?"
    r"(?:of\s+(?:science|arts|engineering)\s+)?(?:in|of)\s+",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;:!?()\n]|\s(?:with|and\s+\d|plus|from|required|preferred|is|are|or\s+equivalent)\b", re.I)
_ITEM_SPLIT = re.compile(r",|/|\bor\b|\band\b|&", re.I)
_ARTICLE = re.compile(r"^(?:a|an|the|other|another|any|some|one|similar|relevant)\s+", re.I)
_RELATED = re.compile(r"\b(?:related|similar|relevant|equivalent|quantitative|technical|stem|comparable)\b", re.I)
_EXAMPLES = re.compile(r"\b(?:such\s+as|e\.g\.?|like|including)\b", re.I)
_DEGREE_WORD = re.compile(r"\bdegree|\bdiploma|\bqualification", re.I)
_EXPERIENCE = re.compile(r"equivalent\s+(?:\w+\s+){0,2}experience|experience\s+in\s+lieu", re.I)
#: A field of study is a few words; a longer "item" means the list has ended.
MAX_FIELD_WORDS = 5
#: A bracketed list of example fields after "a quantitative field (" is read up to this many characters.
MAX_BRACKET_CHARS = 300
_FIELD_WORD = re.compile(r"\b(?:field|discipline|area|subject|major|degree|science)s?\b", re.I)
_FIELD_ABBREVIATIONS = {"cs": "computer science", "ee": "electrical engineering", "ml": "machine learning"}


def _level_of(m: re.Match) -> str | None:
    if m.group("phd"):
        return PHD
    if m.group("master"):
        return MASTER
    if m.group("bachelor"):
        return BACHELOR
    short = m.group("short")
    if short:
        return BACHELOR if short.lower() in ("bs", "ba") else MASTER
    return None


def find_education(text: str, index: SegmentIndex | None = None) -> list[EducationAsk]:
    """The degree requirements of a posting, one per sentence that names a degree, in text order."""
    if not text or not _QUICK.search(text):
        return []
    index = index or SegmentIndex(text)
    by_sentence: dict[int, list[re.Match]] = {}
    order: list[int] = []
    for m in _DEGREE.finditer(text):
        seg = index.segment_at(m.start())
        key = seg.sentence_start if seg is not None else m.start()
        if key not in by_sentence:
            by_sentence[key] = []
            order.append(key)
        by_sentence[key].append(m)
    asks = []
    for key in order:
        matches = by_sentence[key]
        seg = index.segment_at(matches[0].start())
        sent_end = seg.sentence_end if seg is not None and seg.sentence_end > 0 else len(text)
        levels = [lv for lv in map(_level_of, matches) if lv is not None]
        level = min(levels, key=LEVEL_RANK.__getitem__) if levels else None
        # The field list follows one of the degree names ("BS or MS in X", "MS in X; PhD preferred").
        fields: list[str] = []
        related, fields_start, fields_end = False, matches[-1].end(), matches[-1].end()
        for m in matches:
            found = _fields(text, m.end(), sent_end)
            if found[3] > found[2]:
                fields, related, fields_start, fields_end = found
                break
        start, end = matches[0].start(), max(matches[-1].end(), fields_end)
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


def _fields(text: str, after: int, limit: int) -> tuple[list[str], bool, int, int]:
    """Fields of study named after a degree: (names, related accepted, start, end of the list)."""
    lead = _FIELDS_LEAD.match(text, after, limit)
    if lead is None:
        return [], False, after, after
    start = lead.end()
    stop = _CLAUSE_END.search(text, start, limit)
    end = stop.start() if stop else limit
    if stop is not None and stop.group(0) == "(" and _FIELD_WORD.search(text, start, end):
        # "a STEM field (e.g., statistics, computer science)": the examples are fields too.
        close = text.find(")", end, min(limit, end + MAX_BRACKET_CHARS))
        if close != -1:
            inner = text[end + 1 : close]
            examples = [
                f
                for f in (
                    _ARTICLE.sub("", " ".join(x.split())).strip() for x in _ITEM_SPLIT.split(_EXAMPLES.sub("", inner))
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
            item = item[ex.end() :].strip()
        item = _ARTICLE.sub("", item).strip(" '\"")
        if after_related and not ex:
            break  # "or a related field" ends the list, unless examples of it follow
        after_related = False
        if item and _RELATED.search(item) and _FIELD_WORD.search(item):
            related = after_related = True
            list_end = pos + len(raw.rstrip())
            if sep is None:
                break
            pos = sep.end()
            continue
        if item and item.lower().rstrip(".") != "etc":
            if len(item.split()) > MAX_FIELD_WORDS or not item[0].isalnum():
                break
            fields.append(item)
        if raw.strip():
            list_end = pos + len(raw.rstrip())
        if sep is None:
            break
        pos = sep.end()
    return list(dict.fromkeys(fields)), related, start, max(list_end, start)


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
    kept = [m for m in mentions if m.skill_id in asked_elsewhere]
    return kept, asks


# --- the profile's side -------------------------------------------------------------------------
_PROFILE_DEGREE = re.compile(
    rf"^\s*(?:(?P<phd>{_PHD})|(?P<master>{_MASTER}|ms|ma)|(?P<bachelor>{_BACHELOR}|bs|ba))(?![a-z])", re.I
)
_PROFILE_FIELD_LEAD = re.compile(r"^[\s,.:\-–(]*(?:(?:of\s+(?:science|arts|engineering))\s*)?(?:in|of)?\s*", re.I)


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
        extra = " (or equivalent experience)" if ask.experience else ""
        return False, f"this posting asks for {accepted}{extra}; you have {_degree_words(best)}"
    if not ask.fields:
        return True, f"you have {_degree_words(high_enough[0])}; this posting asks for {accepted}"
    for d in high_enough:
        for f in ask.fields:
            if field_matches(f, d.field):
                return True, f"you have {_degree_words(d)}, which this posting accepts ({accepted})"
    d = high_enough[0]
    if ask.related:
        return None, f"this posting accepts {accepted}; decide whether {_degree_words(d)} counts as a related field"
    return False, f"this posting asks for {accepted}; you have {_degree_words(d)}"


_LEVEL_WORDS = {BACHELOR: "a bachelor's degree", MASTER: "a master's degree", PHD: "a PhD"}


def _degree_words(d: Degree) -> str:
    return _LEVEL_WORDS[d.level] + (f" in {d.field}" if d.field else "")


def _accepted(ask: EducationAsk) -> str:
    words = (_LEVEL_WORDS[ask.level] + " or higher") if ask.level else "a degree"
    if ask.fields:
        names = list(ask.fields) + (["a related field"] if ask.related else [])
        words += " in " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1])
    return words
