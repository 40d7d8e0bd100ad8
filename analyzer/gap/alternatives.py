"""Skills a posting offers as alternatives: "PostgreSQL or MySQL", "AWS, GCP or Azure", "Python/R",
"one or more of: Spark, Hive, Presto", "tools such as Tableau, Looker".

Knowing one skill of such a group answers the posting's ask, so gap analysis does not report the
others as missing. Plain lists ("Python, SQL and Docker") ask for every item and form no group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..records import SkillMention

# Text between two items of one list.
_LIST_GAP = re.compile(r"^(?:\s|,|;|/|\band\b|\bor\b|&|\betc\b\.?)*$", re.I)
_OR_GAP = re.compile(r"\bor\b|/", re.I)
# A lead-in that makes the following list a set of examples or options.
_OPTIONS_BEFORE = re.compile(
    r"(?:one|two|any|some|several|at least one|one or more|a combination|either)\s+(?:or\s+more\s+)?of"
    r"(?:\s+the\s+following)?(?:\s+\w+){0,3}\s*[:(]?\s*$|such\s+as\s*:?\s*$|e\.g\.,?\s*$|for\s+example,?\s*$|like\s*$|\(\s*$",
    re.I,
)


def alternative_groups(text: str, mentions: Sequence[SkillMention]) -> list[frozenset[str]]:
    """Groups of skill ids the posting names as alternatives, each with at least two skills."""
    groups: list[frozenset[str]] = []
    for run, gaps in _lists(text, sorted(mentions, key=lambda m: m.start)):
        lead = text[max(run[0].segment_start, run[0].start - 60) : run[0].start]
        if _OPTIONS_BEFORE.search(lead):  # "such as A, B and C": examples, any one will do
            _add(groups, run)
            continue
        # "A/B and C": "and" starts a new ask; an "or" or "/" inside a part makes it a choice.
        part, part_has_or = [run[0]], False
        for m, gap in zip(run[1:], gaps):
            if _AND_GAP.search(gap) and not _OR_GAP.search(gap):
                if part_has_or:
                    _add(groups, part)
                part, part_has_or = [m], False
            else:
                part.append(m)
                part_has_or = part_has_or or bool(_OR_GAP.search(gap))
        if part_has_or:
            _add(groups, part)
    return groups


_AND_GAP = re.compile(r"\band\b|&", re.I)


def _add(groups: list[frozenset[str]], run: list[SkillMention]) -> None:
    ids = frozenset(m.skill_id for m in run)
    if len(ids) >= 2:
        groups.append(ids)


def _lists(text: str, ordered: list[SkillMention]):
    """Runs of mentions in one sentence separated only by list punctuation, with the gaps between them."""
    run: list[SkillMention] = []
    gaps: list[str] = []
    for m in ordered:
        if run:
            prev = run[-1]
            gap = text[prev.end : m.start]
            if m.segment_start == prev.segment_start and len(gap) <= 12 and _LIST_GAP.match(gap):
                run.append(m)
                gaps.append(gap)
                continue
            if len(run) >= 2:
                yield run, gaps
        run, gaps = [m], []
    if len(run) >= 2:
        yield run, gaps
