"""The plain records every layer passes around (rows read, skill mentions, per-posting gaps,
summaries, resolved profile entries) and the small vocabulary they share (requirement levels and
their weights). Standard library only: any layer may import this module.

>>> m = SkillMention("Python", "python", "languages", 10, 16, "Python", REQUIRED, 3.0, 0, 20)
>>> m.to_dict()["requirement"], strongest([UNSPECIFIED, REQUIRED, PREFERRED])
('required', 'required')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
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
    title: str | None = None  # the job title and company, from the input's columns when it has them
    company: str | None = None

    #: Values of other columns asked for by name (``open_postings(extra_columns=...)``), e.g. a group
    #: or date column; None where the row has no value or could not be read.
    extra: dict[str, str | None] | None = None
    #: The file the row was read from when several are read as one batch (``open_many``, the
    #: dashboard's upload of several files); None for a single input. With ``row``: its origin.
    source: str | None = None


def display_name(pid: str, title: str | None, company: str | None) -> str:
    """How a posting is named to a reader: "Title — Company (id)", or its id alone when it has no title.

    >>> display_name("42", "Data Scientist", "Acme"), display_name("42", None, None)
    ('Data Scientist — Acme (42)', '42')
    """
    label = " — ".join(x for x in (title, company) if x)
    return f"{label} ({pid})" if label and label != pid else pid


# Longer postings are refused per row (they are not postings; spaCy would also refuse them).
MAX_POSTING_CHARS = 10_000_000

# A posting longer than this many characters is read in pieces of at most this many (cut at a blank
# line, else a line end, a sentence end or a space in each piece's second half): spaCy's tokenizer
# and the rules run on one piece at a time, so the time limit is checked between pieces and memory
# holds one piece's Doc, whatever the posting's length. Real postings are far shorter (the longest
# of 6,865 is 15,000 characters) and are read whole, as one text; the readers warn about a longer
# one (analyzer.io.postings.long_rows_warning): several postings pasted as one, most likely.
PIECE_CHARS = 100_000
#: What reading in pieces costs, in words (the readers' warning and the reports' note end with it).
PIECES_READ = (
    f"read in pieces of at most {PIECE_CHARS:,} characters, cut at a blank line or a line end where there is "
    "one; every piece is read, but a list cut in two is read as two lists"
)


def pieces_note(chars: int) -> str:
    """Why a posting of ``chars`` characters (over :data:`PIECE_CHARS`) was analysed in part, in
    words: the note a report writes beside it.

    >>> pieces_note(250_000)[:92]
    'Longer than a posting: 250,000 characters (several pasted as one?), so it was read in pieces'
    """
    return f"Longer than a posting: {chars:,} characters (several pasted as one?), so it was {PIECES_READ}"


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
    listed_with: tuple[str, ...] = ()  # an unlisted skill: the taxonomy skills it was listed with

    @property
    def in_taxonomy(self) -> bool:
        """False for an unlisted skill (:func:`is_unlisted`): a name the posting lists among known skills."""
        return not is_unlisted(self.skill_id)

    def to_dict(self) -> dict:
        """The ``extract`` JSON shape (the evidence segment is left out)."""
        out = {
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
            "in_taxonomy": self.in_taxonomy,
        }
        if self.listed_with:
            out["listed_with"] = list(self.listed_with)
        return out


# --- unlisted skills -------------------------------------------------------------------------------
#: Skill ids of unlisted skills start with this: "unlisted:" + the name's :func:`normalise_name`.
UNLISTED_PREFIX = "unlisted:"
#: What readers are told about an unlisted skill.
NOT_IN_TAXONOMY = "not in the taxonomy"

_NAME_SPACES = re.compile(r"[\s\-_]+")


def normalise_name(text: str) -> str:
    """The key a phrase is counted and compared under: lower case, one space for runs of spaces,
    hyphens and underscores, a plural last word in the singular ("technologies", "processes",
    "notebooks"). Words that only end in "s" keep it: an upper-case final S ("DSAMS", "SaaS"),
    "series" and "-ss", "-us", "-is" words. ("analytics" folds to "analytic" so that a posting's
    "Statistic" still meets the taxonomy's "statistics".)

    >>> normalise_name("HL7  Interfaces"), normalise_name("GPT-4"), normalise_name("AWS"), normalise_name("Node.js")
    ('hl7 interface', 'gpt 4', 'aws', 'node.js')
    >>> normalise_name("DSAMS"), normalise_name("Notebooks"), normalise_name("SaaS")  # an acronym's last S is part of it
    ('dsams', 'notebook', 'saas')
    >>> normalise_name("Emerging Technologies"), normalise_name("business processes"), normalise_name("Time Series")
    ('emerging technology', 'business process', 'time series')
    >>> normalise_name("APIs"), normalise_name("GPUs")
    ('api', 'gpu')
    """
    key = _NAME_SPACES.sub(" ", text.strip().lower()).strip(" .,;:'\"")
    last = key.rsplit(" ", 1)[-1].rsplit(".", 1)[-1]  # "Node.js": "js" is no plural
    tail = text.rstrip(" .,;:'\"\t\n").rsplit(None, 1)[-1:]
    if not tail:
        return key
    if len(tail[0]) > 2 and tail[0].endswith("s") and tail[0][:-1].isupper() and key[-2].isalpha():
        return key[:-1]  # an acronym's plural: "APIs", "GPUs", "LLMs"
    if (
        len(last) <= 3
        or not key.endswith("s")
        or key.endswith(_NOT_PLURAL_ENDINGS)
        or not key[-2].isalpha()
        or tail[0].endswith("S")  # "DSAMS", "SaaS": a plural s is lower case
        or last in _SINGULAR_IN_S
    ):
        return key
    if key.endswith("ies") and len(last) > 4:  # "technologies" -> "technology"
        return key[:-3] + "y"
    if key.endswith(_ES_PLURALS):  # "processes", "approaches": the e belongs to the plural
        return key[:-2]
    return key[:-1]


_NOT_PLURAL_ENDINGS = ("ss", "us", "is")  # "business", "status", "analysis"
_ES_PLURALS = ("sses", "xes", "ches", "shes", "zzes")
_SINGULAR_IN_S = frozenset({"series", "species", "news", "kubernetes"})


def unlisted_id(name: str) -> str:
    """The skill id of an unlisted skill named ``name``.

    >>> unlisted_id("PK-Sim"), is_unlisted(unlisted_id("PK-Sim")), is_unlisted("python")
    ('unlisted:pk sim', True, False)
    """
    return UNLISTED_PREFIX + normalise_name(name)


def is_unlisted(skill_id: str) -> bool:
    """Whether a skill id names an unlisted skill (one the taxonomy does not have)."""
    return skill_id.startswith(UNLISTED_PREFIX)


def name_without_taxonomy(skill_id: str, names: Mapping[str, str] | None = None) -> str:
    """How a skill id the taxonomy lacks is shown: an unlisted skill by the name a posting wrote
    (``names``: id -> that name, when known) or else its normalised name, and "(not in the
    taxonomy)"; any other id as itself.

    >>> name_without_taxonomy("unlisted:pk sim"), name_without_taxonomy("retired_id")
    ('pk sim (not in the taxonomy)', 'retired_id')
    >>> name_without_taxonomy("unlisted:pk sim", {"unlisted:pk sim": "PK-Sim"})
    'PK-Sim (not in the taxonomy)'
    """
    if not is_unlisted(skill_id):
        return skill_id
    shown = names.get(skill_id) if names else None
    return f"{shown or unlisted_key(skill_id)} ({NOT_IN_TAXONOMY})"


def unlisted_key(skill_id: str) -> str:
    """The normalised name inside an unlisted skill's id ("unlisted:pk sim" -> "pk sim")."""
    return skill_id[len(UNLISTED_PREFIX) :] if is_unlisted(skill_id) else skill_id


@dataclass(frozen=True, slots=True)
class EducationAsk:
    """A posting's degree requirement ("MS or PhD in Statistics or a related field")."""

    level: str | None  # the lowest level accepted: bachelor | master | phd, or None (a degree, level not stated)
    fields: list[str]  # fields of study as the posting names them; empty when none is named
    related: bool  # "or a related field" (or "a quantitative field such as ..."): other fields accepted
    experience: bool  # "or equivalent experience" accepted instead
    requirement: str
    start: int  # the degree's words, from the first degree name to the end of the field list
    end: int
    text: str
    fields_start: int  # the field list alone (skills named only here are not skills of the posting)
    fields_end: int

    def to_dict(self) -> dict:
        return {
            "level": self.level,
            "fields": list(self.fields),
            "related_fields": self.related,
            "equivalent_experience": self.experience,
            "requirement": self.requirement,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Degree:
    """A degree the user has: level bachelor | master | phd, and its field when stated."""

    level: str
    field: str | None
    input: str = ""


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
    education: list[EducationAsk] = field(default_factory=list)
    other: list[OtherPhrase] = field(default_factory=list)  # asked for, but not in the taxonomy

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "skills": [m.to_dict() for m in self.skills],
            "education": [e.to_dict() for e in self.education],
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
    evidence: list[EvidenceSpan]  # first: a sentence that asks at ``requirement``; then the rest in text order
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
            "in_taxonomy": not is_unlisted(self.skill_id),
        }


class MatchedSkill(NamedTuple):
    skill: str
    skill_id: str
    how: str  # how the profile has it: typed | picked | resume | alias | fuzzy | implied (see ``via``)


#: Verdicts on a skill a posting asks for.
HAVE, CHOICE_MET, MISSING = "have", "choice_met", "missing"


@dataclass(frozen=True, slots=True)
class Choice:
    """Skills a posting offers as options for one ask ("AWS, GCP or Azure"), in the posting's order."""

    options: tuple[str, ...]  # skill ids (an example list's head first: "ML frameworks like PyTorch")
    names: tuple[str, ...]  # display names of the options that meet it: the head is the ask, not one of them
    head: str | None = None  # display name of an example list's head, the skill the options are examples of

    def to_dict(self) -> dict:
        return {"options": list(self.options)}


@dataclass(slots=True)
class ChoiceMet:
    """A skill the posting offers as one option of a choice the profile already meets with another."""

    item: GapItem
    options: tuple[str, ...]
    met_by: tuple[str, ...]  # skill ids of the options the profile has
    reason: str

    def to_dict(self) -> dict:
        return {
            "skill": self.item.skill,
            "skill_id": self.item.skill_id,
            "category": self.item.category,
            "requirement": self.item.requirement,
            "options": list(self.options),
            "met_by": list(self.met_by),
            "mentions": [{"start": s, "end": e} for s, e in self.item.mentions],
            "evidence": [{"start": e.start, "end": e.end, "text": e.text} for e in self.item.evidence],
            "reason": self.reason,
        }


@dataclass(slots=True)
class EducationVerdict:
    ask: EducationAsk
    met: bool | None  # None: the profile states no degree, or only "a related field" could say
    reason: str

    def to_dict(self) -> dict:
        return {**self.ask.to_dict(), "met": self.met, "reason": self.reason}


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
    choices_met: list[ChoiceMet] = field(default_factory=list)
    education: list[EducationVerdict] = field(default_factory=list)
    reasons: dict[str, str] = field(default_factory=dict)  # skill id -> why its verdict, in words (have, missing)
    choice_of: dict[str, Choice] = field(default_factory=dict)  # missing skill id -> the unmet choice it belongs to
    title: str | None = None
    company: str | None = None
    other: list[OtherPhrase] = field(default_factory=list)  # asked for, but not in the taxonomy
    # The choices the posting offers, each one ask (its options, less an example list's head), and
    # the skills asked for only as such options (not on their own): what coverage counts, for the plan.
    # None: not known (a gap built by hand), the plan then reads the verdicts alone.
    choice_asks: list[tuple[str, ...]] | None = None
    choice_only: frozenset[str] = frozenset()
    # What the report says about how the posting was read (a text over PIECE_CHARS: :func:`pieces_note`).
    notes: list[str] = field(default_factory=list)
    # Where the posting came from when several files were read as one batch: the file's name and the
    # posting's data row in it (1-based; 0 for a file that could not be read at all). None: one input.
    source: str | None = None
    source_row: int | None = None

    @property
    def name(self) -> str:
        """The posting as a reader knows it: title, company and id (see :func:`display_name`)."""
        return display_name(self.id, self.title, self.company)

    @property
    def origin(self) -> str | None:
        """ "jobs-a.csv, row 3" for a posting of a batch of several files (None otherwise); "jobs-a.csv"
        alone for a file that could not be read.

        >>> PostingGap("7", None, [], [], source="a.csv", source_row=3).origin
        'a.csv, row 3'
        """
        if self.source is None:
            return None
        return f"{self.source}, row {self.source_row}" if self.source_row else self.source

    @property
    def skills(self) -> list[GapItem]:
        """Every skill the posting asks for (have, then missing); choice-met options are apart."""
        return [*self.matched_details, *self.missing]

    def verdict(self, skill_id: str) -> str | None:
        """have | choice_met | missing for a skill of this posting (None: not asked here)."""
        if any(m.skill_id == skill_id for m in self.matched):
            return HAVE
        if any(c.item.skill_id == skill_id for c in self.choices_met):
            return CHOICE_MET
        if any(g.skill_id == skill_id for g in self.missing):
            return MISSING
        return None

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
                "in_taxonomy": not is_unlisted(m.skill_id),
            }
            if m.skill_id in self.via:
                item["via"] = self.via[m.skill_id]
            item["reason"] = self.reasons.get(m.skill_id, "")
            matched.append(item)
        missing = []
        for g in self.missing:
            entry = g.to_dict()
            choice = self.choice_of.get(g.skill_id)
            entry["choice"] = choice.to_dict() if choice is not None else None
            entry["reason"] = self.reasons.get(g.skill_id, "")
            missing.append(entry)
        return {
            "id": self.id,
            "title": self.title,
            "company": self.company,
            "coverage": self.coverage,
            "matched": matched,
            "choices_met": [c.to_dict() for c in self.choices_met],
            "missing": missing,
            "education": [e.to_dict() for e in self.education],
            "other": [p.to_dict() for p in self.other],
            "error": self.error,
            "notes": list(self.notes),
            # a posting of a batch of several files says which file and row it is (one file: no keys)
            **({"source": self.source, "source_row": self.source_row} if self.source is not None else {}),
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
    choice_met: int = 0  # postings where it is one option of a choice the profile meets with another
    required_choice_met: int = 0  # of the ``required`` postings, those where it is such an option
    preferred_choice_met: int = 0  # of the ``preferred`` postings, those where it is such an option

    @property
    def open_postings(self) -> int:
        """The postings where it is an open ask (for a gap: where it is missing), choice met left out."""
        return self.postings - self.choice_met

    @property
    def open_required(self) -> int:
        """The postings requiring it where it is an open ask (for a gap: where it is missing)."""
        return self.required - self.required_choice_met

    @property
    def open_preferred(self) -> int:
        """The postings preferring it (their strongest level) where it is an open ask."""
        return self.preferred - self.preferred_choice_met

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
            "choice_met": self.choice_met,
            "required_choice_met": self.required_choice_met,
            "preferred_choice_met": self.preferred_choice_met,
            "in_taxonomy": not is_unlisted(self.skill_id),
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
    basics_missing: list[str]  # foundation categories (names) below BROAD_THRESHOLD, most missing demand first
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
    how: str  # "typed" | "alias" | "fuzzy" | "implied" | "picked" | "resume"
    confidence: float = 1.0
    via: str | None = None  # for "implied": the skill id that gave the credit
    years: float | None = None  # years of experience the user gave ("Python: 5 years"); implied skills inherit them
    years_from: str | None = None  # where ``years`` came from: "typed" | "resume" | "resume_roles" (YEARS_FROM)


@dataclass(frozen=True, slots=True)
class Unresolved:
    input: str
    suggestions: list[str] = field(default_factory=list)  # display names, best first
