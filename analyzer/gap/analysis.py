"""Gap analysis: what stands between a profile and the postings it is held against.

Per posting, every skill the extractor found gets one verdict:

- **have** — the profile names it (typed, picked, résumé, alias, fuzzy) or a more specific skill
  that implies it (``how: implied``, ``via``: PostgreSQL covers SQL);
- **choice met** — the posting offers it as one option of a choice ("PostgreSQL or MySQL", "one of
  AWS, GCP, Azure", "tools such as Tableau or Looker"; :mod:`analyzer.gap.alternatives`) and the
  profile has another option. Such a skill is neither held nor missing: it is not in ``matched``,
  not in category coverage and never a gap. A skill the posting asks for both on its own and
  as an option has one verdict, from the stronger ask (:func:`settle_asks`): asked on its own at
  least as strongly, it is no option, and the choice adds no ask (its other options are no gaps);
  asked more strongly in the choice, it is only an option;
- **missing** — everything else; a missing option of a choice the profile does not meet carries
  that choice ("learn one of AWS, GCP, Azure").

An unlisted skill (a name the posting lists among known skills that the taxonomy lacks,
``unlisted:<normalised name>``; :mod:`analyzer.nlp.unlisted`) gets the same verdicts: the profile has
it when the user typed the same name (:meth:`Profile.unlisted`, compared by
:func:`~analyzer.records.normalise_name`; nothing implies it), and its missing reason says it is not
in the taxonomy and names the skills it was listed with.

Every verdict carries its reason in words. A posting's asks are its skills asked on their own and
its choices (one ask each). Each ask counts once, at its strongest requirement level, with the
weight :data:`WEIGHTS` (required 3, preferred 2, mentioned without a level 1 — skills named in the
company blurb or the duties still count as 1: they are what the job uses; skills named only in a
job title or only as a degree's field never get here, the extractor drops them).

    coverage = Σ weight(asks met) / Σ weight(all asks)     (a choice is met by any of its options)

A posting in which no skill was found has coverage ``None`` (nothing to cover), as has a posting
that could not be read (its ``error`` says why). Degree requirements are separate items
(``education``), each met, not met, or undecided (``None``) against the profile's degrees.

Across postings (only those analysed without error count in ``n``):

    share          = postings naming the skill / n
    asked share    = postings where it is have or missing (not choice met) / n
    required_share = postings where it is required / n
    priority       = asked share × mean weight over the postings naming it / 3     (0..1)
    category coverage = Σ asked share of the category's skills the profile has
                        / Σ asked share of all its skills

Gaps are ranked by priority (then share, then name). Each gap also names the interview rounds
where its category is tested (``taxonomy.categories[c].rounds``).

This module is plain Python over skill ids and records; :func:`analyzer.run.local.analyze_postings`
runs the pipeline and then this.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from ..nlp.education import education_met
from ..records import (
    BROAD_THRESHOLD,
    DEPTH_THRESHOLD,
    MAX_WEIGHT,
    NOT_IN_TAXONOMY,
    PIECE_CHARS,
    PREFERRED,
    REQUIRED,
    UNSPECIFIED,
    WEIGHTS,
    CategoryCoverage,
    Choice,
    ChoiceMet,
    EducationVerdict,
    EvidenceSpan,
    GapItem,
    MatchedSkill,
    PostingGap,
    PostingResult,
    ResolvedSkill,
    SkillDemand,
    SkillMention,
    Summary,
    is_unlisted,
    pieces_note,
    strongest,
)
from ..taxonomy import Taxonomy
from .alternatives import OfferedChoice, offered_choices
from .experience import profile_years
from .profile import Profile, years_source_note, years_sources

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
    """The verdict on every skill of one extracted posting (have, choice met, missing), with reasons,
    its coverage, and its degree requirements against the profile's degrees."""
    text = text if text is not None else result.text
    if result.error is not None:
        return PostingGap(result.id, None, [], [], result.error, text, [])
    have = profile.by_id()
    names = {s.skill_id: s.skill for s in profile.skills}
    items = _group(result.skills, text)
    # Unlisted skills (not in the taxonomy) are had when the user typed the same name.
    typed = profile.typed_names() if any(is_unlisted(i.skill_id) for i in items) else {}
    for item in items:
        owned_unlisted = profile.unlisted(item.skill_id, typed) if typed else None
        if owned_unlisted is not None:
            have[item.skill_id] = owned_unlisted
            names[item.skill_id] = item.skill
    by_id = {i.skill_id: i for i in items}
    asks = settle_asks(result.skills, offered_choices(text, result.skills) if text is not None else [])
    choices, standalone = asks.choices, asks.alone
    # A choice is met by an option the profile has; an example list's head does not meet its examples.
    met = [tuple(o for o in c.options if o in have and o != c.head) for c in choices]
    covered_met = [tuple(o for o in c.options if o in have and o != c.head) for c in asks.covered]
    if asks.covered:  # a skill asked on its own is quoted from where it is, not from a choice it answers
        _lead_with_own_ask(items, result.skills, asks)

    matched, details, missing, choices_met = [], [], [], []
    via: dict[str, str] = {}
    reasons: dict[str, str] = {}
    choice_of: dict[str, Choice] = {}
    years = profile_years(profile) if any(i.years for i in items) else {}
    sources = years_sources(profile.skills) if years else {}
    for item in items:
        sid = item.skill_id
        owned = have.get(sid)
        if owned is not None:
            matched.append(MatchedSkill(item.skill, sid, owned.how))
            details.append(item)
            if owned.how == "implied" and owned.via:
                via[sid] = owned.via
            source = have.get(owned.via) if owned.how == "implied" and owned.via else None
            reasons[sid] = have_reason(owned, names, source.how if source is not None else None)
            if item.years and years.get(sid, item.years) < item.years:  # as experience_gaps compares them
                reasons[sid] += f"; this posting asks {item.years:g}+ years, you have {years[sid]:g}"
                reasons[sid] += years_source_note(owned, sources.get(sid))
            continue
        mine = [i for i, c in enumerate(choices) if sid in c.options and sid not in standalone]
        if not mine and sid not in standalone:  # only an alternative to a skill asked for on its own
            alternatives = [i for i, c in enumerate(asks.covered) if sid in c.options and covered_met[i]]
            if alternatives:
                mine_covered = [asks.covered[i] for i in alternatives]
                met_by = tuple(dict.fromkeys(o for i in alternatives for o in covered_met[i]))
                options = tuple(dict.fromkeys(o for c in mine_covered for o in c.options))
                reason = (
                    f"this posting accepts {_accepted(mine_covered, by_id)}; you have {_names(met_by, by_id, names)}"
                )
                choices_met.append(ChoiceMet(item, options, met_by, reason))
            continue  # not asked for: learning the skill asked on its own meets that choice too
        absorbed = asks.absorbed.get(sid)  # also asked on its own, more weakly than in its choice
        also = f" ({item.skill} is also {_LEVEL_WORDS[absorbed]} on its own)" if absorbed else ""
        if mine and all(met[i] for i in mine):
            options = tuple(dict.fromkeys(o for i in mine for o in choices[i].options))
            met_by = tuple(dict.fromkeys(o for i in mine for o in met[i]))
            accepted = _accepted([choices[i] for i in mine], by_id)
            reason = f"this posting accepts {accepted}; you have {_names(met_by, by_id, names)}{also}"
            choices_met.append(ChoiceMet(item, options, met_by, reason))
            continue
        missing.append(item)
        open_choice = next((choices[i] for i in mine if not met[i]), None)
        if open_choice is not None:
            shown = [o for o in open_choice.options if o != open_choice.head]  # the head is the ask, not an option
            head = _name(open_choice.head, by_id) if open_choice.head is not None else None
            choice_of[sid] = Choice(open_choice.options, tuple(_name(o, by_id) for o in shown), head)
            reasons[sid] = _learn(open_choice, by_id) + also
            if is_unlisted(sid):
                reasons[sid] += f" ({item.skill} is {NOT_IN_TAXONOMY})"
        elif is_unlisted(sid):
            reasons[sid] = unlisted_reason(item, result.skills)
        else:
            reasons[sid] = "asked for in: " + _quote(item)
        answers = [c for c in asks.covered if sid in c.options and sid != c.head and sid in standalone]
        if answers:  # the choices its own ask meets too: "Python or R" where Python is asked anyway
            reasons[sid] += (
                f"; it also meets {_segment_quote(text, answers[0].mentions[0])} ({_accepted(answers[:1], by_id)})"
            )
            reasons[sid] += (
                f" and {len(answers) - 1} more choice{'s' if len(answers) > 2 else ''}" if len(answers) > 1 else ""
            )
    missing.sort(key=lambda g: (-g.weight, g.evidence[0].start if g.evidence else 0))
    coverage = _coverage(items, standalone, choices, have)
    education = [EducationVerdict(ask, *education_met(ask, profile.degrees)) for ask in result.education]
    return PostingGap(
        result.id,
        coverage,
        matched,
        missing,
        None,
        text,
        list(result.skills),
        details,
        via,
        choices_met,
        education,
        reasons,
        choice_of,
        other=list(result.other),
        choice_asks=[tuple(o for o in c.options if o != c.head) for c in choices],
        choice_only=frozenset(i.skill_id for i in items if i.skill_id not in standalone),
        notes=[pieces_note(len(text))] if text is not None and len(text) > PIECE_CHARS else [],
    )


def _coverage(
    items: list[GapItem], standalone: AbstractSet[str], choices: list[OfferedChoice], have: dict
) -> float | None:
    """Σ weight of the asks met / Σ weight of all asks: a skill asked on its own is one ask, a choice
    is one ask (met when the profile has any option) at the strongest level of its own mentions."""
    asks = [(i.weight, i.skill_id in have) for i in items if i.skill_id in standalone]
    for c in choices:
        asks.append((_choice_weight(c), any(o in have and o != c.head for o in c.options)))
    total = sum(w for w, _ in asks)
    return round(sum(w for w, ok in asks if ok) / total, 4) if total else None


def _lead_with_own_ask(items: list[GapItem], mentions: Iterable[SkillMention], asks: SettledAsks) -> None:
    in_choice = {(m.start, m.skill_id) for c in (*asks.choices, *asks.covered) for m in c.mentions}
    own: dict[str, tuple[int, int]] = {}  # skill id -> the segment of its first mention outside every choice
    for m in mentions:
        if m.skill_id in asks.alone and (m.start, m.skill_id) not in in_choice:
            own.setdefault(m.skill_id, (m.segment_start, m.segment_end))
    for item in items:
        span = own.get(item.skill_id)
        if span is None or not item.evidence:
            continue
        at = next((k for k, e in enumerate(item.evidence) if span[0] <= e.start and e.end <= span[1]), None)
        if at:
            item.evidence.insert(0, item.evidence.pop(at))


def _choice_weight(choice: OfferedChoice) -> int:
    return max(WEIGHTS[m.requirement] for m in choice.mentions)


_LEVEL_WORDS = {REQUIRED: "required", PREFERRED: "nice to have", UNSPECIFIED: "mentioned"}


@dataclass(frozen=True, slots=True)
class SettledAsks:
    """A posting's asks once every skill asked both on its own and as an option has one place."""

    choices: list[OfferedChoice]  # the choices that are asks
    alone: frozenset[str]  # skill ids asked for on their own
    covered: list[OfferedChoice]  # choices that an option asked on its own answers (no asks)
    absorbed: dict[str, str]  # skill id -> the weaker level it is also asked on its own at


def settle_asks(mentions: Iterable[SkillMention], choices: list[OfferedChoice]) -> SettledAsks:
    """Where a skill asked for on its own ("Python is a must") is also an option of a choice
    ("Python or R"), the stronger ask wins:

    - asked on its own at least as strongly as the choice: learning it meets the choice too, so the
      choice adds no ask (it is *covered*), and its other options are only alternatives to a skill
      asked for anyway: no gap ("Python is a must … Python or R": R is not missing);
    - asked more strongly in the choice ("Python or R required … nice to have: Python"): the skill
      is an option of that choice and no ask of its own (*absorbed*: its reason says so).

    An example list's head (the skill before "such as") never covers its examples' choice."""
    mentions = list(mentions)
    in_choice = {(m.start, m.skill_id) for c in choices for m in c.mentions}
    alone: dict[str, int] = {}  # skill id -> the strongest weight of its mentions outside every choice
    for m in mentions:
        if (m.start, m.skill_id) not in in_choice:
            alone[m.skill_id] = max(alone.get(m.skill_id, 0), WEIGHTS[m.requirement])
    live: list[OfferedChoice] = []
    covered: list[OfferedChoice] = []
    for c in choices:
        weight = _choice_weight(c)
        (covered if any(alone.get(o, 0) >= weight for o in c.options if o != c.head) else live).append(c)
    level_of = {w: level for level, w in WEIGHTS.items()}
    absorbed = {
        sid: level_of[weight]
        for sid, weight in alone.items()
        if any(sid in c.options and _choice_weight(c) > weight for c in live)
    }
    return SettledAsks(live, frozenset(s for s in alone if s not in absorbed), covered, absorbed)


def unlisted_reason(item: GapItem, mentions: Iterable[SkillMention]) -> str:
    """Why an unlisted skill is missing: it is not in the taxonomy, the skills it was listed with,
    and the sentence ("not in the taxonomy; listed with SAS, Simcyp in: “…”")."""
    listed_with = next((m.listed_with for m in mentions if m.skill_id == item.skill_id and m.listed_with), ())
    with_ = f"; listed with {', '.join(listed_with)}" if listed_with else ""
    return f"{NOT_IN_TAXONOMY}{with_} in: {_quote(item)}"


def have_reason(owned: ResolvedSkill, names: dict[str, str], via_how: str | None = None) -> str:
    """Why the profile has a skill, in words ("you listed PostgreSQL, which covers SQL"). ``via_how``:
    how the profile has the skill that implies it ("resume": "your résumé names SQL, which covers …")."""
    if is_unlisted(owned.skill_id):
        return f"you listed {owned.input} ({NOT_IN_TAXONOMY})"
    if owned.how == "implied":
        source = names.get(owned.via or "", owned.input)
        named = {"resume": f"your résumé names {source}", "picked": f"you picked {source}"}.get(
            via_how or "", f"you listed {source}"
        )
        return f"{named}, which covers {owned.skill}"
    if owned.how == "picked":
        return f"you picked {owned.skill}"
    if owned.how == "resume":  # and how, when in other words: "data science as “Data Scientist”"
        written = " ".join(owned.input.split())
        return f"your résumé names {owned.skill}" + (
            f" as “{written}”" if owned.skill.lower() not in written.lower() else ""
        )
    if owned.how == "fuzzy":
        return f"you typed “{owned.input}”, read as {owned.skill}"
    if owned.how == "alias" and owned.input.strip().lower() != owned.skill.lower():
        return f"you listed “{owned.input}”, another name for {owned.skill}"
    return f"you listed {owned.skill}"


def _name(sid: str, by_id: dict[str, GapItem], names: dict[str, str] | None = None) -> str:
    item = by_id.get(sid)
    if item is not None:
        return item.skill
    return (names or {}).get(sid, sid.replace("_", " "))


def _names(ids: Iterable[str], by_id: dict[str, GapItem], names: dict[str, str] | None = None) -> str:
    return ", ".join(_name(i, by_id, names) for i in ids)


def _offered(choices: Iterable[OfferedChoice], by_id: dict[str, GapItem]) -> tuple[str, int]:
    """The options that meet the choices, in words, and how many there are: an example list's head is
    what the examples are of, not one of them ("TensorFlow, PyTorch (examples of machine learning)",
    "PostgreSQL (an example of relational databases)")."""
    choices = list(choices)
    heads = tuple(dict.fromkeys(c.head for c in choices if c.head is not None))
    options = tuple(dict.fromkeys(o for c in choices for o in c.options if o not in heads))
    of = f" ({'an example' if len(options) == 1 else 'examples'} of {_names(heads, by_id)})" if heads else ""
    return _names(options, by_id) + of, len(options)


def _accepted(choices: Iterable[OfferedChoice], by_id: dict[str, GapItem]) -> str:
    """What the choices accept: "any of TensorFlow, PyTorch (examples of machine learning)"; a single
    example is no "any of" ("PostgreSQL (an example of relational databases)")."""
    offered, count = _offered(choices, by_id)
    return offered if count == 1 else "any of " + offered


def _learn(choice: OfferedChoice, by_id: dict[str, GapItem]) -> str:
    """Why a skill of an unmet choice is missing: what to learn to meet it. A list of one example
    ("relational databases such as PostgreSQL") names that example and what it exemplifies."""
    examples = [o for o in choice.options if o != choice.head]
    if len(examples) == 1:
        of = f" as an example of {_name(choice.head, by_id)}" if choice.head is not None else ""
        return f"learn {_name(examples[0], by_id)}: this posting names it{of}"
    return f"learn one of {_offered([choice], by_id)[0]}: this posting accepts any of them"


#: Evidence quoted in a reason is cut to this many characters.
REASON_QUOTE_CHARS = 160


def _quote(item: GapItem) -> str:
    if not item.evidence:
        return f"“{item.skill}”"
    return _quoted(item.evidence[0].text)


def _segment_quote(text: str | None, m: SkillMention) -> str:
    """The sentence or bullet of a mention, quoted as :func:`_quote` does."""
    if text is None:
        return f"“{m.text}”"
    return _quoted(text[slice(*_evidence_window(m, m.segment_start, m.segment_end))])


def _quoted(text: str) -> str:
    text = " ".join(text.split()).lstrip("-*•· ")
    if len(text) > REASON_QUOTE_CHARS:
        text = text[: REASON_QUOTE_CHARS - 1] + "…"
    return f"“{text}”"


# The longest evidence kept for one skill: a "sentence" can be a whole 1 MB posting without
# punctuation, and each distinct skill in it would otherwise copy all of it (real postings' longest
# evidence is about 5,500 characters).
MAX_EVIDENCE_CHARS = 10_000


def _evidence_window(m: SkillMention, start: int, end: int) -> tuple[int, int]:
    """The mention's segment, or the MAX_EVIDENCE_CHARS of it centred on the mention."""
    if end - start <= MAX_EVIDENCE_CHARS:
        return start, end
    window_start = max(start, min(m.start - MAX_EVIDENCE_CHARS // 2, end - MAX_EVIDENCE_CHARS))
    return window_start, window_start + MAX_EVIDENCE_CHARS


def _group(mentions: Iterable[SkillMention], text: str | None) -> list[GapItem]:
    """One item per skill, in order of first mention: strongest level, largest years, segments."""
    by_id: dict[str, list[SkillMention]] = {}
    for m in mentions:
        by_id.setdefault(m.skill_id, []).append(m)
    items = []
    for sid, ms in by_id.items():
        years = [m.years for m in ms if m.years is not None]
        level = strongest(m.requirement for m in ms)
        evidence: list[EvidenceSpan] = []
        index: dict[tuple[int, int], int] = {}  # segment -> its place in evidence
        asking = None  # the first segment that asks at the skill's level: quoted as "the sentence that asks"
        for m in ms:
            span = (m.segment_start, m.segment_end)
            if span not in index:
                index[span] = len(evidence)
                start, end = _evidence_window(m, *span)
                evidence.append(EvidenceSpan(start, end, text[start:end] if text is not None else m.text))
            if asking is None and m.requirement == level:
                asking = index[span]
        if asking:  # a team heading or a duty named it first ("OUR DATA SCIENCE TEAM"): the ask leads
            evidence.insert(0, evidence.pop(asking))
        first = ms[0]
        items.append(
            GapItem(
                first.skill,
                sid,
                first.category,
                level,
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

    __slots__ = (
        "skill",
        "category",
        "n",
        "req",
        "pref",
        "w",
        "choice_met",
        "req_choice_met",
        "pref_choice_met",
        "max_years",
    )

    def __init__(self, skill: str, category: str):
        self.skill, self.category = skill, category
        self.n = self.req = self.pref = self.w = self.choice_met = self.req_choice_met = self.pref_choice_met = 0
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
        self._typed = profile.typed_names()  # what unlisted skills are matched against
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
        for item in posting.skills:
            self._count(item)
        for chosen in posting.choices_met:
            c = self._count(chosen.item)
            c.choice_met += 1
            c.req_choice_met += chosen.item.requirement == REQUIRED
            c.pref_choice_met += chosen.item.requirement == PREFERRED
        if posting.coverage is not None:
            self._covered += 1
            self._coverage.add(posting.coverage)

    def _count(self, item: GapItem) -> _Demand:
        c = self._counts.get(item.skill_id)
        if c is None:
            c = self._counts[item.skill_id] = _Demand(item.skill, item.category)
        c.n += 1
        c.req += item.requirement == REQUIRED
        c.pref += item.requirement == PREFERRED
        c.w += item.weight
        if item.years is not None and (c.max_years is None or item.years > c.max_years):
            c.max_years = item.years
        return c

    def result(self) -> Summary:
        taxonomy, n = self.taxonomy, self.analysed
        demand = []
        asked_share: dict[str, float] = {}  # postings asking for it (have or missing; not choice met) / n
        for sid, c in self._counts.items():
            share = c.n / n
            cat = taxonomy.categories.get(c.category)
            rounds = [taxonomy.rounds[r].name if r in taxonomy.rounds else r for r in (cat.rounds if cat else ())]
            owned = self._have.get(sid) or self.profile.unlisted(sid, self._typed)
            # Postings where another option of a choice is already yours do not make this a gap.
            asked = c.n - c.choice_met
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
                    priority=round((asked / n) * (c.w / c.n) / MAX_WEIGHT, 4),
                    known=owned is not None,
                    how=owned.how if owned else None,
                    rounds=rounds,
                    max_years=c.max_years,
                    choice_met=c.choice_met,
                    required_choice_met=c.req_choice_met,
                    preferred_choice_met=c.pref_choice_met,
                )
            )
            asked_share[sid] = asked / n
        demand.sort(key=lambda d: (-d.priority, -d.share, d.skill.lower()))
        gaps = [d for d in demand if not d.known and asked_share[d.skill_id] > 0]

        categories = []
        for cid, cat in taxonomy.categories.items():
            # Only skills asked for count (have or missing): options of a met choice are neither.
            in_cat = [d for d in demand if d.category == cid and asked_share[d.skill_id] > 0]
            if not in_cat:
                continue
            total = sum(asked_share[d.skill_id] for d in in_cat)
            known = sum(asked_share[d.skill_id] for d in in_cat if d.known)
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
            # most of what the postings ask and the profile lacks first: a short profile has most
            # foundations below the threshold, and the top few are where to start
            basics_missing=[
                c.name
                for c in sorted(categories, key=lambda c: (-c.demand * (1 - c.coverage), c.name))
                if c.kind == "foundation" and c.coverage < BROAD_THRESHOLD
            ],
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
