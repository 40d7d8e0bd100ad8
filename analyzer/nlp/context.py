"""Where a skill word is not an ask: the context rules applied to a posting's matches.

The matcher finds every surface form; these rules drop the ones whose context says the posting is
not asking for the skill:

- the section says so: company blurb ("About us"), benefits ("What we offer"), EEO statements and
  "Physical demands" / working conditions ask nothing of the candidate (sections are the
  requirement tagger's, :mod:`.requirements`); an EEO sentence asks nothing wherever it stands;
- the words are a name: the value of a field such as "Department: Customer Service" or
  "Company: …", or part of an organisation's name ("the Google Cloud Support team",
  "RL Solutions");
- a two-letter abbreviation listed only among things that are not skills ("Need VISA, DL and
  LinkedIn": a driving licence, not deep learning);
- a compound whose head changes the meaning ("thought leadership" is not leadership);
- a job title or team (:func:`names_a_role`, used by the matcher itself) — but not a real ask that
  merely looks like one ("experience working in agile teams", "a strong statistical foundation",
  "expert in AWS").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Protocol, TypeVar

from .requirements import (
    BENEFITS,
    BLURB,
    EEO,
    NON_ASK_SECTIONS,
    PHYSICAL,
    PREFERRED,
    REQUIRED,
    WORK_ENVIRONMENT,
    SegmentIndex,
    is_qualification,
)

__all__ = ["REASONS", "in_context", "names_a_role", "out_of_context"]


class _Span(Protocol):
    start: int
    end: int


M = TypeVar("M", bound=_Span)

# Phrases of an equal-opportunity or accommodation statement, which asks nothing wherever it stands.
_EEO_PHRASES = (
    "equal opportunit",
    "equal employment opportunit",
    "affirmative action",
    "without regard to",
    "regardless of race",
    "regardless of age",
    "regardless of gender",
    "regardless of sex",
    "reasonable accommodation",
    "protected veteran",
    "protected characteristic",
    "protected status",
    "sexual orientation",
    "gender identity",
    "e-verify",
    "drug-free workplace",
    "drug free workplace",
)
_EEO_REACH = 200  # characters around a mention an EEO phrase must be within, inside the same sentence
# A sentence that addresses the candidate or names what the role needs: kept even in a blurb or
# benefits section ("Who we are … We are looking for someone with Python experience").
_ASKS = re.compile(
    r"\b(?:you|your|candidates?|applicants?|looking for|seeking|experience|knowledge|skills?|abilit\w*|proficien\w*"
    r"|familiar\w*|degree|must|should|required|preferred|qualifications?)\b",
    re.I,
)
# Words that ask for a skill in so many words (no "required" or "must": the employee "must sit for long periods").
_SKILL_ASK = re.compile(
    r"\b(?:experience|knowledge|skills?|abilit\w*|proficien\w*|familiar\w*|degree|background|understanding|qualifications?)\b",
    re.I,
)
# Capitalised words ending in the noun of an organisation: "Google Cloud Support team", "RL Solutions".
_ORG_AFTER = re.compile(
    r"(?:(?:[ \t]+[A-Z][\w&.'’-]*){1,3}[ \t]+(?:[Tt]eams?|[Dd]epartment|[Dd]ivision|[Oo]rgani[sz]ation|[Uu]nit)\b"
    r"|(?:[ \t]+[A-Z][\w&.'’-]*){0,3}[ \t]+(?:Solutions|Inc|LLC|Ltd|Corp|Corporation|Consulting|Partners|Ventures|Capital"
    r"|Holdings|Agency|Group|Labs?|Institute|University|College|Foundation)\b)"
)
# A skill cue before the words makes them a kind of thing, not a name: "expertise in Graph DB Solutions".
_CUE_BEFORE = re.compile(
    r"\b(?:experience|expertise|knowledge|proficien\w*|familiar\w*|skills?|skilled|using|use|with|in|of|such as|like|e\.g\.)\s*$",
    re.I,
)
# Modifiers that make a compound mean something other than its head: "thought leadership" is
# publishing ideas, "market leadership" a company's position; neither asks the candidate to lead.
_NOT_THE_HEAD = {
    "leadership": re.compile(r"\b(?:thought|market|industry|category|cost|price|technology\s+thought)[\s-]+$", re.I),
    "leader": re.compile(r"\b(?:thought|market|industry|category)[\s-]+$", re.I),
}
_HEAD_LENGTHS = {len(head) for head in _NOT_THE_HEAD}
_RULE_LENGTHS = _HEAD_LENGTHS | {2}  # compounds and two-letter short forms
_LIST_SEP = re.compile(r"\s*(?:,|/|;|&|\band/or\b|\band\b|\bor\b)\s*$")
_LIST_SEP_AFTER = re.compile(r"\s*(?:,|/|;|&|\band/or\b|\band\b|\bor\b)\s*([A-Z][\w.-]*)")
_WORD_BEFORE = re.compile(r"([A-Z][\w.-]*)\s*(?:,|/|;|&|\band/or\b|\band\b|\bor\b)\s*$")


# A field's value is a name, a place or a date: short. A paragraph after "Company Details:" is a blurb.
_MAX_FIELD_VALUE = 60


def in_context(text: str, matches: Sequence[M], segments: SegmentIndex) -> list[M]:
    """``matches`` (in text order) without those whose context says they are no ask."""
    if not matches:
        return list(matches)
    skill_spans = [(m.start, m.end) for m in matches]
    eeo = _eeo_hits(text)
    lines = segments.lines()
    kept = []
    i = 0
    for m in matches:  # in text order: walk the lines alongside (this runs for every mention)
        start, end = m.start, m.end
        while i + 1 < len(lines) and lines[i + 1][0] <= start:
            i += 1
        _, line_end, section, field_value = lines[i] if lines else (0, 0, None, False)
        # The common case, decided without a call: nothing in the line, the words or the length asks for a rule.
        if (
            start < line_end
            and not field_value
            and section not in NON_ASK_SECTIONS
            and not (eeo and bisect_left(eeo, start - _EEO_REACH) < bisect_left(eeo, end + _EEO_REACH))
            and (
                text[end : end + 1] not in (" ", "\t")
                or not text[max(text.rfind(" ", start, end) + 1, start)].isupper()
            )
            and end - start not in _RULE_LENGTHS
        ):
            kept.append(m)
        elif out_of_context(text, start, end, segments, skill_spans, eeo) is None:
            kept.append(m)
    return kept


#: The reasons :func:`out_of_context` gives.
REASONS = ("section:<kind>", "field", "eeo", "name", "compound", "short_form")


def out_of_context(
    text: str,
    start: int,
    end: int,
    segments: SegmentIndex,
    skill_spans: Sequence[tuple[int, int]] = (),
    eeo_hits: list[int] | None = None,
) -> str | None:
    """Why the mention at [start, end) is no ask ("section:blurb", "name", …), or None when it may be one.

    ``skill_spans`` are all the skill matches of the text (a short form's list neighbours are looked up
    there); ``eeo_hits`` the offsets of EEO phrases in it (found here when not given).
    """
    m = _At(start, end)
    section = _section_says_no(text, m, segments, _eeo_hits(text) if eeo_hits is None else eeo_hits)
    if section:
        return section
    if _is_name(text, m):
        return "name"
    if _not_the_head(text, m):
        return "compound"
    if _short_form_among_non_skills(text, m, skill_spans):
        return "short_form"
    return None


class _At:
    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def _eeo_hits(text: str) -> list[int]:
    """Offsets of the EEO phrases in ``text``, sorted: a few fast substring scans per posting, looked
    up per mention by bisection."""
    low = text.lower()
    hits = []
    for phrase in _EEO_PHRASES:
        at = low.find(phrase)
        while at >= 0:
            hits.append(at)
            at = low.find(phrase, at + 1)
    return sorted(hits)


def _section_says_no(text: str, m: _Span, segments: SegmentIndex, eeo_hits: list[int]) -> str | None:
    line = segments.line_at(m.start)
    if line is None:
        return None
    line_start, line_end, section, field_value = line
    if field_value and line_end - line_start <= _MAX_FIELD_VALUE:  # "Department / Company: Customer Service"
        return "field"
    near = bisect_left(eeo_hits, m.start - _EEO_REACH) < bisect_left(eeo_hits, m.end + _EEO_REACH)
    if not near and section not in NON_ASK_SECTIONS:
        return None
    seg = segments.segment_at(m.start)
    sentence_start, sentence_end = (seg.sentence_start, seg.sentence_end) if seg else (line_start, line_end)
    sentence = text[sentence_start:sentence_end]
    # An EEO statement near the mention in its sentence (postings flattened to one line have huge "sentences").
    if near and any(
        max(sentence_start, m.start - _EEO_REACH) <= hit < min(sentence_end, m.end + _EEO_REACH) for hit in eeo_hits
    ):
        return "eeo"
    if section not in NON_ASK_SECTIONS:
        return None
    says_no = f"section:{section}"
    if section in (PHYSICAL, EEO):  # "Manual dexterity and coordination are required" asks for no skill
        return says_no
    if section == WORK_ENVIRONMENT:  # only a qualification stands out there: "Statistics background a plus"
        return None if is_qualification(sentence) or _SKILL_ASK.search(sentence) else says_no
    asks = (seg is not None and seg.level in (REQUIRED, PREFERRED)) or bool(_ASKS.search(sentence))
    if section == BENEFITS:
        return None if asks else says_no
    # A blurb's bullet list is usually the role itself under a heading that was not recognised.
    bulleted = text[line_start : line_start + 2].lstrip()[:1] in ("-", "*", "•", "·", "▪", "●", "◦", "○", "■")
    return says_no if section == BLURB and not asks and not bulleted else None


def _is_name(text: str, m: _Span) -> bool:
    """Part of an organisation's name: "the Google Cloud Support team", "RL Solutions"."""
    if text[m.end : m.end + 1] not in (" ", "\t"):
        return False
    # A name is capitalised: "work closely with Product Team" is no name.
    if not text[max(text.rfind(" ", m.start, m.end) + 1, m.start)].isupper():
        return False
    after = text[m.end : m.end + 60]
    if not _ORG_AFTER.match(after):
        return False
    return not _CUE_BEFORE.search(text[max(0, m.start - 30) : m.start])


def _not_the_head(text: str, m: _Span) -> bool:
    if m.end - m.start not in _HEAD_LENGTHS:
        return False
    pattern = _NOT_THE_HEAD.get(text[m.start : m.end].lower())
    return bool(pattern and pattern.search(text[max(0, m.start - 30) : m.start]))


def _short_form_among_non_skills(text: str, m: _Span, skill_spans: Sequence[tuple[int, int]]) -> bool:
    """ "Need VISA, DL and LinkedIn": a two-letter abbreviation listed only with words that are no skill."""
    form = text[m.start : m.end]
    if len(form) != 2 or not form.isupper():
        return False
    before = text[max(0, m.start - 30) : m.start]
    after = text[m.end : m.end + 30]
    left = _WORD_BEFORE.search(before)
    right = _LIST_SEP_AFTER.match(after)
    if not (left and right):
        return False  # not inside a list of three or more: the matcher's own context rules decide
    # A list neighbour that is a skill vouches for it ("ML, Python and SQL").
    if _is_skill_at(m.start - len(before) + left.start(1), m.start - len(before) + left.end(1), skill_spans):
        return False
    if _is_skill_at(m.end + right.start(1), m.end + right.end(1), skill_spans):
        return False
    return True


def _is_skill_at(start: int, end: int, skill_spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a skill match overlaps the word at [start, end)."""
    return any(s < end and start < e for s, e in skill_spans)


# --- job titles and teams -------------------------------------------------------------------------

# Words after a skill that make the phrase a job title, team or role, not an ask for the skill.
_ROLE_AFTER = re.compile(
    r"\s*(?:\(\w{1,6}\)\s*)?(?:/\s*\w+\s+)?(?:engineers?|scientists?|developers?|analysts?|architects?|managers?|leads?|interns?|internships?"
    r"|researchers?|specialists?|consultants?|directors?|practitioners?|experts?|professionals?|team|teams|group|department|"
    r"roles?|positions?|officers?|associates?|programmers?|administrators?|technicians?|evangelists?|advocates?|leader|leadership team"
    r"|labs?|laboratory|(institute|university|college|society|association|foundation|council|conference|journal|magazine|award))\b",
)
# "expert in AWS", "professional experience", "lead cross-functional projects": the word is not a role here.
_NOT_A_ROLE = re.compile(
    r"experts?\s+(?:in|at|with|on|level|proficiency|knowledge|user)\b"
    r"|professional\s+(?:level|proficiency|knowledge|experience|skills?|certification|development)\b"
    r"|leads?\s+(?:the|a|an|our|cross|multiple|complex|teams?|projects?|efforts?|initiatives?|development|discussions?|and\s+\w+ing)\b"
)
# "experience working in agile teams", "3 years in a data science role": where the skill is done, an ask.
_EXPERIENCE_IN = re.compile(
    r"\b(?:experience|background|years?)\s+(?:(?:working|collaborating|operating)\s+)?(?:in|within|on|with)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$"
)
_WHERE_NOUN = re.compile(r"\s*(?:teams?|roles?|positions?|environments?)\b")


def names_a_role(cased: str, lower: str, start: int, end: int) -> bool:
    """ "Machine Learning Engineer", "Python developer", "data science team": a role, not an ask.

    A name-only noun (institute, foundation, lab …) counts only capitalised, as part of a name
    ("Deep Learning Institute", not "a strong statistical foundation").
    """
    role = _ROLE_AFTER.match(lower, end)
    if role is None:
        return False
    if role.group(1) is not None and not cased[role.start(1) : role.start(1) + 1].isupper():
        return False
    if _NOT_A_ROLE.match(lower, _role_word_start(role)):
        return False
    if _WHERE_NOUN.match(lower, end) and _EXPERIENCE_IN.search(lower, max(0, start - 60), start):
        return False
    return True


def _role_word_start(role: re.Match) -> int:
    """Where the role noun itself starts in ``lower`` (after any bracket or slash part)."""
    word = re.search(r"[a-z]+(?:\s+team)?$", role.group())
    return role.end() - (len(word.group()) if word else 0)
