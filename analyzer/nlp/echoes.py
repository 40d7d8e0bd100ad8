"""A qualification that names a skill of the posting by its bare verb asks for that skill.

"Develop and implement data collection systems" among the duties, "Strong analytical skills with the
ability to collect, organize, analyze and disseminate information" among the requirements: the
requirement names data collection and data analysis by their verbs alone, too weak a form to find a
skill on its own ("collect" is no skill anywhere), but enough to say that a skill the posting already
names elsewhere is asked for. The guideline's rule for a skill named in both a duty and a
qualification is the qualification's level; these echoes carry it.

Only a skill the posting names elsewhere gets an echo, only in a required segment of a section that
asks something of the candidate, and only where no other mention sits. Each pattern is scanned once
over the text for each skill present, so the pass stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from ..records import REQUIRED, SkillMention
from .casefold import ignorecase_lower, word_start_alternation
from .requirements import FIELD, NON_ASK_SECTIONS, SegmentIndex

__all__ = ["ECHOES", "with_echoes"]

# Skill id -> the bare verb forms that echo it. Verbs of one skill only ("collect", not "manage"),
# in forms that stay verbs ("collecting data", not "collected data", an adjective), or a verb with the
# object that makes it the skill ("lead a team", "solve … problems").
# Each skill's forms as alternatives that open with a word stem (see word_start_alternation).
_ECHO_FORMS: dict[str, list[str]] = {
    "data_acquisition": [r"collect(?:ing)?"],
    # not "analyze business requirements" (requirements analysis), "analyze and solve problems" (problem
    # solving), "analyze assays" (lab work)
    "data_analysis": [
        r"analy[sz](?:e|ing)"
        r"(?![\s,]++(?:[\w-]++[\s,]++){0,3}?(?:requirements?|assays?|needs|processes|problems?|issues|situations|work)\b)"
    ],
    "presentation": [r"present(?:ing)?"],
    "communication": [r"communicat(?:e|ing)"],
    # … and working with others named as a group: "ability to work effectively with people from other
    # departments", "comfortable working with a wide range of stakeholders and functional teams"
    "collaboration": [
        r"collaborat(?:e|ing)",
        r"work(?:ing)?\s++(?:[\w-]++\s++){0,3}?with\s++(?:[\w-]++\s++){0,5}?"
        r"(?:stakeholders|teams|people|departments|colleagues|others|partners|personnel)",
    ],
    # leading people or work, not "a lead scientist" nor "lead to better outcomes"
    "leadership": [
        r"lead(?:ing)?\s++(?:an?\s++|the\s++)?(?:[\w-]++\s++){0,2}?(?:teams?|projects?|efforts?|initiatives?|groups?)",
        r"technical\s++lead",
        r"tech\s++lead",
        r"team\s++lead",
    ],
    "problem_solving": [
        rf"{verb}\s++(?:[\w,-]++\s++){{0,4}}?problems"
        for verb in ("solv(?:e|ing)", "tackl(?:e|ing)", "resolv(?:e|ing)")
    ],
    "troubleshooting": [r"troubleshoot(?:ing)?"],
    "data_cleaning": [r"clean(?:s|ing)?", r"cleans(?:e|ing)"],
}
ECHOES: dict[str, re.Pattern[str]] = {
    skill: re.compile(r"\b(?:" + "|".join(forms) + r")\b", re.I) for skill, forms in _ECHO_FORMS.items()
}
# The same patterns for the text lower-cased by ignorecase_lower: each scan skips to its stems' first
# letters instead of trying every position (about ten times faster over a posting).
_ECHO_SCANS: dict[str, re.Pattern[str]] = {
    skill: re.compile(word_start_alternation(forms) + r"\b") for skill, forms in _ECHO_FORMS.items()
}
_NO_ASK = NON_ASK_SECTIONS | {FIELD}
# The verb must complete what the candidate has or is able to do, in the words before it: "the ability to
# [collect] …", "experience [analyzing] …", "communication skills used to … [present] …" (not a duty that a
# cue elsewhere in its sentence made required: "The analyst should be fluent in SQL; will [collect] metrics").
_QUALIFIES = re.compile(
    r"\b(?:abilit(?:y|ies)|able|experience[ds]?|skill(?:s|ed)?|proficien\w*|knowledge|expertise|comfort\w*|capable"
    r"|background|track\s++record|adept)\b",
    re.I,
)
_QUALIFIES_REACH = 150  # characters before the verb in which the qualification word stands


def with_echoes(text: str, mentions: Sequence[SkillMention], segments: SegmentIndex) -> list[SkillMention]:
    """``mentions`` and, for each skill of :data:`ECHOES` the posting names but never requires, a mention
    at the first required segment that echoes it."""
    required = {m.skill_id for m in mentions if m.requirement == REQUIRED}
    first: dict[str, SkillMention] = {}
    for m in mentions:
        if m.skill_id in ECHOES and m.skill_id not in required:
            first.setdefault(m.skill_id, m)
    if not first:
        return list(mentions)
    taken = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in taken]
    reach = []  # the furthest end among the spans starting up to each one
    furthest = 0
    for _, end in taken:
        furthest = max(furthest, end)
        reach.append(furthest)
    added = []
    lower = ignorecase_lower(text)
    for skill_id, seen in first.items():
        for match in _ECHO_SCANS[skill_id].finditer(lower):
            if _overlaps(starts, reach, match.start(), match.end()):
                continue
            seg = segments.segment_at(match.start())
            if seg is None or seg.level != REQUIRED or segments.section_at(match.start()) in _NO_ASK:
                continue
            if not _QUALIFIES.search(text, max(seg.sentence_start, match.start() - _QUALIFIES_REACH), match.start()):
                continue
            added.append(
                replace(
                    seen,
                    start=match.start(),
                    end=match.end(),
                    text=text[match.start() : match.end()],
                    requirement=REQUIRED,
                    years=segments.years_for(match.start(), match.end(), seg),
                    segment_start=seg.sentence_start,
                    segment_end=max(match.end(), seg.sentence_end),
                )
            )
            break
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def _overlaps(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps a mention: one starting before ``end`` reaches past ``start``."""
    before = bisect_left(starts, end)
    return before > 0 and reach[before - 1] > start
