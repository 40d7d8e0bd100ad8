"""Ranking and filtering gaps the way a job seeker reads them.

- Over many postings, gaps are ranked by priority (:mod:`analyzer.gap.analysis`); here they can be
  split into **technical** gaps and **business and communication** ones (the taxonomy category
  ``business_communication``: communication, collaboration, stakeholder work …), and filtered by
  requirement level and category, keeping the priority order — so a "top gaps" line drawn from
  the filtered list agrees with the table under it.
- In one posting, skills are ordered by requirement level (required, nice to have, mentioned),
  then by where the posting first names them (not alphabetically).
- The demand matrix (skills × postings) is cut to the most asked skills and the postings that ask
  for most of them, so it fits a screen as a heat map.

>>> from analyzer.records import SkillDemand
>>> gaps = [SkillDemand("communication", "communication", "business_communication", 9, 2, 3, .9, .2, .5, False),
...         SkillDemand("Docker", "docker", "devops_cloud", 5, 5, 0, .5, .5, .5, False)]
>>> [g.skill for g in filter_gaps(gaps, groups={TECHNICAL})]
['Docker']
>>> [g.skill for g in filter_gaps(gaps, levels={"preferred"})]
['communication']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..records import STRENGTH, GapItem, PostingGap, SkillDemand

TECHNICAL = "technical"
BUSINESS = "business and communication"
GROUPS = (TECHNICAL, BUSINESS)
BUSINESS_CATEGORIES = frozenset({"business_communication"})
#: Requirement levels as a reader names them, strongest first.
LEVEL_NAMES = {"required": "required", "preferred": "nice to have", "unspecified": "mentioned"}


def gap_group(category: str) -> str:
    """``technical`` or ``business and communication``, from a skill's category id."""
    return BUSINESS if category in BUSINESS_CATEGORIES else TECHNICAL


def levels_of(gap: SkillDemand) -> set[str]:
    """The requirement levels at which postings ask for the skill where it is missing (its strongest
    level per posting): a posting whose choice the profile meets with another option asks nothing of
    it, as the gap table's counts leave it out ("Python or R" required, met with Python, does not make
    R a required gap)."""
    required, preferred = gap.open_required, gap.open_preferred
    out = set()
    if required:
        out.add("required")
    if preferred:
        out.add("preferred")
    if gap.open_postings - required - preferred > 0:
        out.add("unspecified")
    return out


def filter_gaps(
    gaps: Iterable[SkillDemand],
    *,
    groups: Iterable[str] | None = None,
    levels: Iterable[str] | None = None,
    categories: Iterable[str] | None = None,
) -> list[SkillDemand]:
    """The gaps in the given groups, asked at one of ``levels`` somewhere, in one of ``categories``
    (ids); ``None`` means no filter. The order (priority) is kept."""
    group_set = set(groups) if groups is not None else None
    level_set = set(levels) if levels is not None else None
    category_set = set(categories) if categories is not None else None
    return [
        g
        for g in gaps
        if (group_set is None or gap_group(g.category) in group_set)
        and (level_set is None or levels_of(g) & level_set)
        and (category_set is None or g.category in category_set)
    ]


def by_importance(items: Iterable[GapItem]) -> list[GapItem]:
    """One posting's skills by requirement level (required first), then where the posting first names them."""
    return sorted(items, key=lambda g: (-STRENGTH[g.requirement], first_offset(g)))


def first_offset(item: GapItem) -> int:
    """Where the posting first names the skill (its first mention, else its first evidence sentence)."""
    if item.mentions:
        return min(s for s, _ in item.mentions)
    return item.evidence[0].start if item.evidence else 1 << 62


@dataclass(frozen=True, slots=True)
class DemandCell:
    skill: str
    posting: str  # the posting's display name
    level: str  # required | preferred | unspecified (the strongest in the posting)
    missing: bool  # a gap of the profile


def demand_cells(postings: Iterable[PostingGap], skills: int = 30, max_postings: int = 60) -> list[DemandCell]:
    """The demand matrix, cut for a heat map: the ``skills`` skills most postings ask for, and of the
    postings, the ``max_postings`` that ask for most of those skills (then input order)."""
    level_of: dict[tuple[int, str], str] = {}
    count: dict[str, int] = {}
    names: dict[str, str] = {}
    missing: set[str] = set()
    posting_names: list[str] = []
    for i, p in enumerate(postings):
        posting_names.append(p.name)
        for item, is_missing in [*((d, False) for d in p.matched_details), *((g, True) for g in p.missing)]:
            level_of[(i, item.skill_id)] = item.requirement
            count[item.skill_id] = count.get(item.skill_id, 0) + 1
            names[item.skill_id] = item.skill
            if is_missing:
                missing.add(item.skill_id)
    top = sorted(count, key=lambda sid: (-count[sid], names[sid].lower()))[:skills]
    chosen = set(top)
    asks = {i: 0 for i in range(len(posting_names))}
    for i, sid in level_of:
        if sid in chosen:
            asks[i] += 1
    rows = sorted((i for i in asks if asks[i]), key=lambda i: (-asks[i], i))[:max_postings]
    return [
        DemandCell(names[sid], posting_names[i], level_of[(i, sid)], sid in missing)
        for i in sorted(rows)
        for sid in top
        if (i, sid) in level_of
    ]
