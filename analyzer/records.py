"""The plain records every layer passes around (rows read, skill mentions, per-posting gaps,
summaries, resolved profile entries) and the small vocabulary they share (requirement levels and
their weights). Standard library only: any layer may import this module.

>>> m = SkillMention("Python", "python", "languages", 10, 16, "Python", REQUIRED, 3.0, 0, 20)
>>> m.to_dict()["requirement"], strongest([UNSPECIFIED, REQUIRED, PREFERRED])
('required', 'required')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

# --- requirement levels (what the requirement tagger assigns; what gap weights count) --------
REQUIRED = "required"
PREFERRED = "preferred"
UNSPECIFIED = "unspecified"
LEVELS = (REQUIRED, PREFERRED, UNSPECIFIED)
STRENGTH = {REQUIRED: 2, PREFERRED: 1, UNSPECIFIED: 0}


def strongest(levels) -> str:
    """required > preferred > unspecified."""
    best = UNSPECIFIED
    for level in levels:
        if STRENGTH[level] > STRENGTH[best]:
            best = level
    return best


# --- input ---------------------------------------------------------------------------------------
@dataclass(slots=True)
class InputRow:
    id: str
    text: str | None
    error: str | None = None
    row: int = 0  # 1-based data row number (the header is not counted)


# Longer postings are refused per row (they are not postings; spaCy would also refuse them).
MAX_POSTING_CHARS = 10_000_000


_SURROGATE = re.compile("[\ud800-\udfff]")


def encodable(text: str) -> str:
    """The text with lone surrogates (from a broken decoder or a JSON ``\\ud800`` escape) replaced
    by U+FFFD, one character for one, so offsets are unchanged; spaCy cannot store them."""
    if text.isascii() or not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub("\ufffd", text)


def check_text(text: object) -> str | None:
    """Why a value cannot be analysed as a posting, or None when it can."""
    if not isinstance(text, str):
        return "posting text is missing"
    if not text.strip():
        return "posting text is empty"
    if len(text) > MAX_POSTING_CHARS:
        return f"posting text is {len(text):,} characters; the limit is {MAX_POSTING_CHARS:,}"
    if "\x00" in text:
        return "posting text contains binary data (NUL bytes)"
    return None


# --- extraction ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SkillMention:
    skill: str
    skill_id: str
    category: str
    start: int
    end: int
    text: str
    requirement: str
    years: float | None
    segment_start: int
    segment_end: int
    esco: str | None = None  # the skill's ESCO v1.1.1 preferred label, when it has an equivalent
    onet: str | None = None  # the skill's O*NET Technology Skills example, when it has one

    def to_dict(self) -> dict:
        """The ``extract`` JSON shape (the evidence segment is left out)."""
        return {
            "skill": self.skill,
            "skill_id": self.skill_id,
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "requirement": self.requirement,
            "years": self.years,
            "esco": self.esco,
            "onet": self.onet,
        }


@dataclass(frozen=True, slots=True)
class OtherPhrase:
    """A phrase in a skill slot ("experience with Optimizely") that no taxonomy skill covers."""

    text: str
    start: int
    end: int
    requirement: str

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "requirement": self.requirement}


@dataclass(slots=True)
class PostingResult:
    id: str
    skills: list[SkillMention]
    error: str | None = None
    text: str | None = None
    other: list[OtherPhrase] = field(default_factory=list)  # asked for, but not in the taxonomy

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "skills": [m.to_dict() for m in self.skills],
            "other": [p.to_dict() for p in self.other],
            "error": self.error,
        }


# --- gap analysis --------------------------------------------------------------------------------
WEIGHTS = {REQUIRED: 3, PREFERRED: 2, UNSPECIFIED: 1}
MAX_WEIGHT = 3
#: T-shape view: a foundation category below this coverage is a missing basic ...
BROAD_THRESHOLD = 0.5
#: ... and a category at or above this coverage is an area of depth.
DEPTH_THRESHOLD = 0.8


@dataclass(frozen=True, slots=True)
class EvidenceSpan:
    start: int  # offsets of the sentence or line (segment) in the posting text
    end: int
    text: str


@dataclass(slots=True)
class GapItem:
    """One skill of one posting, with the evidence for it (used for missing and matched skills)."""

    skill: str
    skill_id: str
    category: str
    requirement: str
    years: float | None
    evidence: list[EvidenceSpan]
    mentions: list[tuple[int, int]] = field(default_factory=list)  # offsets of the skill's own words

    @property
    def weight(self) -> int:
        return WEIGHTS[self.requirement]

    def to_dict(self) -> dict:
        return {
            "skill": self.skill,
            "skill_id": self.skill_id,
            "category": self.category,
            "requirement": self.requirement,
            "years": self.years,
            "evidence": [{"start": e.start, "end": e.end, "text": e.text} for e in self.evidence],
            "mentions": [{"start": s, "end": e} for s, e in self.mentions],
        }


class MatchedSkill(NamedTuple):
    skill: str
    skill_id: str
    how: str  # how the profile has it: alias | fuzzy | implied | picked, or "alternative": the posting
    # offers it as a choice ("PostgreSQL or MySQL") and the profile has another of the choices (see ``via``)


@dataclass(slots=True)
class PostingGap:
    id: str
    coverage: float | None
    matched: list[MatchedSkill]
    missing: list[GapItem]
    error: str | None = None
    text: str | None = None
    mentions: list[SkillMention] = field(default_factory=list)
    matched_details: list[GapItem] = field(default_factory=list)  # same order as ``matched``
    via: dict[str, str] = field(default_factory=dict)  # implied matches: skill id -> the profile skill that implies it
    other: list[OtherPhrase] = field(default_factory=list)  # asked for, but not in the taxonomy

    @property
    def skills(self) -> list[GapItem]:
        """Every skill of the posting (matched first), one item each."""
        return [*self.matched_details, *self.missing]

    def to_dict(self) -> dict:
        matched = []
        for m, d in zip(self.matched, self.matched_details):
            item = {
                "skill": m.skill,
                "skill_id": m.skill_id,
                "how": m.how,
                "category": d.category,
                "requirement": d.requirement,
                "years": d.years,
            }
            if m.skill_id in self.via:
                item["via"] = self.via[m.skill_id]
            matched.append(item)
        return {
            "id": self.id,
            "coverage": self.coverage,
            "matched": matched,
            "missing": [g.to_dict() for g in self.missing],
            "other": [p.to_dict() for p in self.other],
            "error": self.error,
        }


@dataclass(slots=True)
class SkillDemand:
    skill: str
    skill_id: str
    category: str
    postings: int  # postings asking for it
    required: int  # postings requiring it
    preferred: int  # postings where its strongest level is preferred
    share: float
    required_share: float
    priority: float
    known: bool
    how: str | None = None  # how the profile has it, when known
    rounds: list[str] = field(default_factory=list)  # round display names
    max_years: float | None = None
    by_alternative: int = 0  # postings where it is one of several choices and the profile has another

    def to_dict(self) -> dict:
        return {
            "skill": self.skill,
            "skill_id": self.skill_id,
            "category": self.category,
            "postings": self.postings,
            "required": self.required,
            "preferred": self.preferred,
            "share": self.share,
            "required_share": self.required_share,
            "priority": self.priority,
            "known": self.known,
            "how": self.how,
            "rounds": self.rounds,
            "max_years": self.max_years,
            "covered_by_alternative": self.by_alternative,
        }


@dataclass(slots=True)
class CategoryCoverage:
    category: str  # id
    name: str
    kind: str  # foundation | specialisation
    coverage: float
    demand: float  # Σ share of its skills (how much the postings ask of this category)
    skills: int  # demanded skills in the category
    known: int  # of which the profile has
    rounds: list[str]

    def to_dict(self) -> dict:
        return {
            "category": self.category,
            "name": self.name,
            "kind": self.kind,
            "coverage": self.coverage,
            "demand": self.demand,
            "skills": self.skills,
            "known": self.known,
            "rounds": self.rounds,
        }


@dataclass(slots=True)
class Summary:
    postings: int  # postings in the input
    analysed: int  # of which analysed without error (the denominator of every share)
    errors: int
    demand: list[SkillDemand]  # every demanded skill, by priority
    gaps: list[SkillDemand]  # the demanded skills the profile lacks, by priority
    categories: list[CategoryCoverage]  # categories with demand, in taxonomy order
    rounds: dict[str, list[str]]  # round display name -> gap skill names, by priority
    basics_missing: list[str]  # foundation categories (names) below BROAD_THRESHOLD
    depth: list[str]  # categories (names) at or above DEPTH_THRESHOLD
    mean_coverage: float | None

    def to_dict(self) -> dict:
        return {
            "postings": self.postings,
            "analysed": self.analysed,
            "errors": self.errors,
            "mean_coverage": self.mean_coverage,
            "gaps": [g.to_dict() for g in self.gaps],
            "categories": [c.to_dict() for c in self.categories],
            "rounds": [{"round": r, "gaps": names} for r, names in self.rounds.items()],
            "t_shape": {
                "basics_missing": self.basics_missing,
                "depth": self.depth,
                "broad_threshold": BROAD_THRESHOLD,
                "depth_threshold": DEPTH_THRESHOLD,
            },
            "demand": [d.to_dict() for d in self.demand],
        }


# --- profiles --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ResolvedSkill:
    input: str  # what the user typed (or the résumé text that named it)
    skill_id: str
    skill: str  # display name
    how: str  # "alias" | "fuzzy" | "implied" | "picked"
    confidence: float = 1.0
    via: str | None = None  # for "implied": the skill id that gave the credit


@dataclass(frozen=True, slots=True)
class Unresolved:
    input: str
    suggestions: list[str] = field(default_factory=list)  # display names, best first
