"""Years of experience: what postings ask ("3+ years of Python") against what the profile says
("Python: 2 years").

A skill is an experience gap of a posting when the posting asks for a number of years of it, the
profile has the skill with a number of years, and that number is smaller. A skill the profile has
without years is not compared (nothing to compare with); a skill the profile lacks is a skill gap,
not an experience gap.

>>> from analyzer.gap.profile import Profile
>>> from analyzer.records import GapItem, MatchedSkill, PostingGap
>>> asked = GapItem("Python", "python", "software_development", "required", 5.0, [])
>>> posting = PostingGap("1", 1.0, [MatchedSkill("Python", "python", "alias")], [], matched_details=[asked])
>>> [g.describe() for g in experience_gaps(posting, Profile.from_text("python 3y"))]
['asks 5+ years of Python; you have 3']
>>> experience_gaps(posting, Profile.from_text("python"))
[]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..plural import counted
from ..records import PostingGap
from .profile import YEARS_FROM, Profile, most_years, years_sources


@dataclass(frozen=True, slots=True)
class ExperienceGap:
    """One skill of one posting that asks more years than the profile gives."""

    skill: str
    skill_id: str
    requirement: str
    asked: float  # years the posting asks for ("5+ years": 5)
    have: float  # years the profile gives

    def describe(self) -> str:
        return f"asks {self.asked:g}+ years of {self.skill}; you have {self.have:g}"

    def to_dict(self) -> dict:
        return {
            "skill": self.skill,
            "skill_id": self.skill_id,
            "requirement": self.requirement,
            "asked_years": self.asked,
            "your_years": self.have,
        }


def profile_years(profile: Profile) -> dict[str, float]:
    """Skill id -> the most years the profile gives for it (directly or through an implying skill)."""
    return most_years(profile.skills)


def experience_gaps(
    posting: PostingGap, profile: Profile, years: dict[str, float] | None = None
) -> list[ExperienceGap]:
    """The posting's skills that the profile has, with fewer years than the posting asks, in posting order.

    ``years`` is :func:`profile_years` of ``profile``, when the caller has it already (a batch).
    """
    years = profile_years(profile) if years is None else years
    if not years:
        return []
    out = []
    for matched, detail in zip(posting.matched, posting.matched_details):
        have = years.get(matched.skill_id)
        if detail.years and have is not None and have < detail.years:
            out.append(ExperienceGap(matched.skill, matched.skill_id, detail.requirement, detail.years, have))
    return out


@dataclass(slots=True)
class ExperienceDemand:
    """Across postings: how many ask more years of a skill than the profile gives."""

    skill: str
    skill_id: str
    postings: int
    most_asked: float
    have: float
    have_from: str | None = None  # where the profile's years came from (a key of YEARS_FROM)

    def describe(self) -> str:
        times = counted(self.postings, "posting") + (" asks" if self.postings == 1 else " ask")
        # typed years need no source; others say it: "(up to 8+; yours from your résumé's dated roles)"
        yours = (
            f"; yours {YEARS_FROM[self.have_from]}"
            if self.have_from in YEARS_FROM and self.have_from != "typed"
            else ""
        )
        return f"{times} more years of {self.skill} than your {self.have:g} (up to {self.most_asked:g}+{yours})"


class ExperienceTally:
    """Experience gaps counted over postings as they arrive (memory: one entry per skill)."""

    def __init__(self, profile: Profile):
        self.profile = profile
        self.years = profile_years(profile)
        self.sources = years_sources(profile.skills)
        self._found: dict[str, ExperienceDemand] = {}

    def add(self, posting: PostingGap) -> list[ExperienceGap]:
        """Count the posting's experience gaps; returns them."""
        gaps = experience_gaps(posting, self.profile, self.years)
        for gap in gaps:
            d = self._found.get(gap.skill_id)
            if d is None:
                self._found[gap.skill_id] = ExperienceDemand(
                    gap.skill, gap.skill_id, 1, gap.asked, gap.have, self.sources.get(gap.skill_id)
                )
            else:
                d.postings += 1
                d.most_asked = max(d.most_asked, gap.asked)
        return gaps

    def result(self) -> list[ExperienceDemand]:
        """The most frequent first."""
        return sorted(self._found.values(), key=lambda d: (-d.postings, -d.most_asked, d.skill.lower()))


def experience_summary(postings: Iterable[PostingGap], profile: Profile) -> list[ExperienceDemand]:
    """Experience gaps counted over postings, the most frequent first."""
    tally = ExperienceTally(profile)
    if tally.years:
        for posting in postings:
            tally.add(posting)
    return tally.result()
