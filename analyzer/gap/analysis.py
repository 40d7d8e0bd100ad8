"""Gap analysis: what stands between a profile and the postings it is held against.

Per posting, every skill the extractor found is either *matched* (the profile has it, directly or
implied) or *missing*. Each skill counts once per posting, at its strongest requirement level
there, with the weight :data:`WEIGHTS` (required 3, preferred 2, mentioned without a level 1 —
skills named in the company blurb or the duties still count as 1: they are what the job uses;
skills named only in a job title never get here, the extractor drops them).

    coverage = Σ weight(matched skills) / Σ weight(all skills in the posting)

A posting in which no skill was found has coverage ``None`` (nothing to cover), as has a posting
that could not be read (its ``error`` says why).

Across postings (only those analysed without error count in ``n``):

    share          = postings asking for the skill / n
    required_share = postings where it is required / n
    priority       = share × mean weight over the postings asking for it / 3     (0..1)
    category coverage = Σ share of the category's demanded skills the profile has
                        / Σ share of all its demanded skills

Gaps are ranked by priority (then share, then name). Each gap also names the interview rounds
where its category is tested (``taxonomy.categories[c].rounds``).

This module is plain Python over skill ids and records; :func:`analyzer.run.local.analyze_postings`
runs the pipeline and then this.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from ..records import (
    BROAD_THRESHOLD,
    DEPTH_THRESHOLD,
    MAX_WEIGHT,
    PREFERRED,
    REQUIRED,
    WEIGHTS,
    CategoryCoverage,
    EvidenceSpan,
    GapItem,
    MatchedSkill,
    PostingGap,
    PostingResult,
    SkillDemand,
    SkillMention,
    Summary,
    strongest,
)
from ..taxonomy import Taxonomy
from .alternatives import alternative_groups
from .profile import Profile

__all__ = [
    "BROAD_THRESHOLD",
    "DEPTH_THRESHOLD",
    "WEIGHTS",
    "Analysis",
    "CategoryCoverage",
    "GapItem",
    "PostingGap",
    "SkillDemand",
    "Summary",
    "SummaryBuilder",
    "posting_gap",
    "summarize",
]


@dataclass(slots=True)
class Analysis:
    profile: Profile
    postings: list[PostingGap]
    summary: Summary

    def to_dict(self) -> dict:
        return {
            "profile": self.profile.to_dict(),
            "postings": [p.to_dict() for p in self.postings],
            "summary": self.summary.to_dict(),
        }


# --- per posting ------------------------------------------------------------------------------
def posting_gap(result: PostingResult, profile: Profile, text: str | None = None) -> PostingGap:
    """Matched and missing skills of one extracted posting."""
    text = text if text is not None else result.text
    if result.error is not None:
        return PostingGap(result.id, None, [], [], result.error, text, [])
    have = profile.by_id()
    items = _group(result.skills, text)
    # "PostgreSQL or MySQL": knowing one of the choices answers the ask for the others.
    groups = alternative_groups(text, result.skills) if text is not None else []
    matched, details, missing = [], [], []
    via: dict[str, str] = {}
    for item in items:
        owned = have.get(item.skill_id)
        if owned is None:
            chosen = next((sid for g in groups if item.skill_id in g for sid in sorted(g) if sid in have), None)
            if chosen is None:
                missing.append(item)
                continue
            matched.append(MatchedSkill(item.skill, item.skill_id, "alternative"))
            details.append(item)
            via[item.skill_id] = chosen
            continue
        matched.append(MatchedSkill(item.skill, item.skill_id, owned.how))
        details.append(item)
        if owned.how == "implied" and owned.via:
            via[item.skill_id] = owned.via
    total = sum(i.weight for i in items)
    coverage = round(sum(i.weight for i in details) / total, 4) if total else None
    missing.sort(key=lambda g: (-g.weight, g.evidence[0].start if g.evidence else 0))
    return PostingGap(
        result.id, coverage, matched, missing, None, text, list(result.skills), details, via, list(result.other)
    )


def _group(mentions: Iterable[SkillMention], text: str | None) -> list[GapItem]:
    """One item per skill, in order of first mention: strongest level, largest years, segments."""
    by_id: dict[str, list[SkillMention]] = {}
    for m in mentions:
        by_id.setdefault(m.skill_id, []).append(m)
    items = []
    for sid, ms in by_id.items():
        years = [m.years for m in ms if m.years is not None]
        evidence: list[EvidenceSpan] = []
        seen: set[tuple[int, int]] = set()
        for m in ms:
            span = (m.segment_start, m.segment_end)
            if span in seen:
                continue
            seen.add(span)
            seg_text = text[span[0] : span[1]] if text is not None else m.text
            evidence.append(EvidenceSpan(span[0], span[1], seg_text))
        first = ms[0]
        items.append(
            GapItem(
                first.skill,
                sid,
                first.category,
                strongest(m.requirement for m in ms),
                max(years) if years else None,
                evidence,
                [(m.start, m.end) for m in ms],
            )
        )
    return items


# --- across postings --------------------------------------------------------------------------
def summarize(postings: Iterable[PostingGap], profile: Profile, taxonomy: Taxonomy) -> Summary:
    """Demand, ranked gaps, category coverage (T-shape) and interview rounds over ``postings``."""
    builder = SummaryBuilder(profile, taxonomy)
    for p in postings:
        builder.add(p)
    return builder.result()


class _Demand:
    """What the summary keeps of one skill while postings stream by: counts, not postings."""

    __slots__ = ("skill", "category", "n", "req", "pref", "w", "alt", "max_years")

    def __init__(self, skill: str, category: str):
        self.skill, self.category = skill, category
        self.n = self.req = self.pref = self.w = self.alt = 0
        self.max_years: float | None = None


class SummaryBuilder:
    """The across-postings :class:`Summary`, accumulated one posting at a time.

    Memory is one small record per demanded skill, whatever the number of postings, so a report
    over 100,000 postings can be summarised while it is being written::

        builder = SummaryBuilder(profile, taxonomy)
        for gap in gaps:          # e.g. analyzer.run.local.analyze_batch(rows, profile)
            builder.add(gap)
        summary = builder.result()  # the same Summary as summarize(all_gaps, profile, taxonomy)

    :func:`summarize` is this builder over a list. ``result()`` may be called at any point (e.g.
    after an interrupted run) and again after more ``add`` calls.
    """

    def __init__(self, profile: Profile, taxonomy: Taxonomy):
        self.profile = profile
        self.taxonomy = taxonomy
        self._have = profile.by_id()
        self._counts: dict[str, _Demand] = {}  # skill id -> counts, in order of first demand
        self.postings = 0
        self.analysed = 0
        self._covered = 0  # postings with a coverage
        self._coverage = _RunningSum()

    def add(self, posting: PostingGap) -> None:
        self.postings += 1
        if posting.error is not None:
            return
        self.analysed += 1
        alternative = {m.skill_id for m in posting.matched if m.how == "alternative"}
        for item in (*posting.matched_details, *posting.missing):
            c = self._counts.get(item.skill_id)
            if c is None:
                c = self._counts[item.skill_id] = _Demand(item.skill, item.category)
            c.n += 1
            c.alt += item.skill_id in alternative
            c.req += item.requirement == REQUIRED
            c.pref += item.requirement == PREFERRED
            c.w += item.weight
            if item.years is not None and (c.max_years is None or item.years > c.max_years):
                c.max_years = item.years
        if posting.coverage is not None:
            self._covered += 1
            self._coverage.add(posting.coverage)

    def result(self) -> Summary:
        taxonomy, n = self.taxonomy, self.analysed
        demand = []
        for sid, c in self._counts.items():
            share = c.n / n
            cat = taxonomy.categories.get(c.category)
            rounds = [taxonomy.rounds[r].name if r in taxonomy.rounds else r for r in (cat.rounds if cat else ())]
            owned = self._have.get(sid)
            # Postings where another choice of theirs is already yours do not make this a gap.
            open_share = share if owned else (c.n - c.alt) / n
            demand.append(
                SkillDemand(
                    skill=c.skill,
                    skill_id=sid,
                    category=c.category,
                    postings=c.n,
                    required=c.req,
                    preferred=c.pref,
                    share=round(share, 4),
                    required_share=round(c.req / n, 4),
                    priority=round(open_share * (c.w / c.n) / MAX_WEIGHT, 4),
                    known=owned is not None or c.alt == c.n,
                    how=owned.how if owned else ("alternative" if c.alt == c.n else None),
                    rounds=rounds,
                    max_years=c.max_years,
                    by_alternative=c.alt,
                )
            )
        demand.sort(key=lambda d: (-d.priority, -d.share, d.skill.lower()))
        gaps = [d for d in demand if not d.known]

        categories = []
        for cid, cat in taxonomy.categories.items():
            in_cat = [d for d in demand if d.category == cid]
            if not in_cat:
                continue
            total = sum(d.share for d in in_cat)
            known = sum(d.share for d in in_cat if d.known)
            rounds = [taxonomy.rounds[r].name if r in taxonomy.rounds else r for r in cat.rounds]
            categories.append(
                CategoryCoverage(
                    cid,
                    cat.name,
                    cat.kind,
                    round(known / total, 4) if total else 0.0,
                    round(total, 4),
                    len(in_cat),
                    sum(d.known for d in in_cat),
                    rounds,
                )
            )
        by_round: dict[str, list[str]] = {}
        for rnd in taxonomy.rounds.values():
            names = [g.skill for g in gaps if rnd.name in g.rounds]
            if names:
                by_round[rnd.name] = names
        return Summary(
            postings=self.postings,
            analysed=n,
            errors=self.postings - n,
            demand=demand,
            gaps=gaps,
            categories=categories,
            rounds=by_round,
            basics_missing=[c.name for c in categories if c.kind == "foundation" and c.coverage < BROAD_THRESHOLD],
            depth=[c.name for c in categories if c.coverage >= DEPTH_THRESHOLD],
            mean_coverage=round(self._coverage.total() / self._covered, 4) if self._covered else None,
        )


class _RunningSum:
    """A float sum built one value at a time, with Neumaier compensation (what ``sum()`` does
    on a list of floats since Python 3.12), so a long run's mean does not drift."""

    __slots__ = ("_sum", "_c")

    def __init__(self) -> None:
        self._sum = 0.0
        self._c = 0.0

    def add(self, x: float) -> None:
        t = self._sum + x
        if abs(self._sum) >= abs(x):
            self._c += (self._sum - t) + x
        else:
            self._c += (x - t) + self._sum
        self._sum = t

    def total(self) -> float:
        return self._sum + self._c if self._c and math.isfinite(self._c) else self._sum
