"""A learn-next plan: which missing skill to learn first, then next, over the user's own postings.

The input is plain data, so the plan does not depend on how postings were read or verdicts made:

- per posting, its **asks** (:class:`Ask`): one skill id, or a *choice* of several ids met by any
  one of them, each with a requirement level and its weight (required 3, preferred 2, mentioned
  without a level 1 — the weights of the coverage formula in :data:`analyzer.records.WEIGHTS`);
- the user's **have-set**, already closed under ``implies``;
- the relations (:class:`Relations`): ``requires`` (a concept builds on others), ``related``
  (skills of the same kind), the display name, category and interview rounds of a skill, and
  optionally ``implies`` (learning a skill also credits what it implies).

A step credits the skill it names. :func:`relations_from_taxonomy` leaves ``implies`` empty on
purpose: with it, a narrow skill that implies several general ones ("graph neural networks" →
deep learning → machine learning) always outscores the general skill the postings ask for, and
over the development postings the plan recommended such narrow skills to reach ML postings. The
plan should say "learn machine learning" when that is what postings ask for.

Definitions:

- A posting is **within reach** when none of its required asks is missing; a choice is met when
  any of its options is had. Shares are over the postings with at least one ask (a posting in
  which nothing was found has nothing to reach).
- **Coverage** of a posting is Σ weight(met asks) / Σ weight(all asks) — a choice counts once.
  ``coverage_gain`` of a step is the rise of the mean coverage over those postings. Adjacency
  never changes coverage: a related skill gives no partial credit.

The plan is **greedy**: each step picks the skill that brings the most postings within reach,
ties broken by the rise in coverage, then distant gaps before adjacent ones (same value, less to
learn: an adjacent gap stays worth learning and is not lost), then the stronger level asked
(required before preferred before mentioned), then the skill more postings ask for, then the one
named earlier in a posting (postings list first what matters most: with one posting, where every
required gap ties, its own order decides), and last the skill id. Gains are recomputed after every
pick. Learning one option of an unmet choice meets that choice.

**Prerequisites.** A skill is never placed before a missing prerequisite (``requires``, followed
transitively): picking it pulls its missing prerequisites in first, deepest first, each marked
``prerequisite_for``. Such a bundle of *n* steps is judged by its gain per step, so three steps
that together reach 20 postings do not beat one step that reaches 10. A bundle never runs past
the number of steps asked for.

**Effort** of a step, with its reason always given in words (``reason``):

- ``small`` — an *adjacent* gap: the user (or an earlier step) has a ``related`` skill;
- ``large`` — a *foundation area*: a skill that builds on others (it has ``requires``) and some
  of them were missing when it was picked, so the plan teaches them first;
- ``medium`` — any other gap (a tool, or a concept whose prerequisites are already there).

Speed: per posting the count of its unmet required asks, per skill the asks it would meet; a
candidate's gain touches only its own unmet asks, so one step costs one pass over the unmet asks
(no recomputation per posting). This module is plain Python: no spaCy, no pandas.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from fractions import Fraction

from ..errors import TaxonomyError
from ..plural import counted
from ..records import REQUIRED, WEIGHTS, name_without_taxonomy, strongest

DEFAULT_STEPS = 10

EFFORT_SMALL, EFFORT_MEDIUM, EFFORT_LARGE = "small", "medium", "large"


@dataclass(frozen=True, slots=True)
class Ask:
    """One thing a posting asks for: a skill, or a choice of skills met by any one of them."""

    options: frozenset[str]
    requirement: str = REQUIRED

    def __post_init__(self) -> None:
        if not self.options:
            raise ValueError("an ask needs at least one skill id")
        if self.requirement not in WEIGHTS:
            raise ValueError(f"unknown requirement level {self.requirement!r}; use one of {', '.join(WEIGHTS)}")

    @classmethod
    def skill(cls, skill_id: str, requirement: str = REQUIRED) -> Ask:
        return cls(frozenset((skill_id,)), requirement)

    @classmethod
    def choice(cls, skill_ids: Iterable[str], requirement: str = REQUIRED) -> Ask:
        return cls(frozenset(skill_ids), requirement)

    @property
    def weight(self) -> int:
        return WEIGHTS[self.requirement]

    @property
    def is_choice(self) -> bool:
        return len(self.options) > 1


@dataclass(frozen=True, slots=True)
class PostingAsks:
    id: str
    asks: tuple[Ask, ...]
    failed: bool = False  # the posting could not be analysed (it has no asks, and is counted apart)

    @classmethod
    def from_mentions(cls, posting_id: str, mentions: Iterable[tuple[str, str]]) -> PostingAsks:
        """One ask per skill from ``(skill id, requirement)`` mentions, at its strongest level in
        the posting (how gap analysis counts a skill named several times), in first-mention order.

        >>> PostingAsks.from_mentions("p1", [("sql", "preferred"), ("aws", "unspecified"), ("sql", "required")]).asks
        (Ask(options=frozenset({'sql'}), requirement='required'), Ask(options=frozenset({'aws'}), requirement='unspecified'))
        """
        levels: dict[str, list[str]] = {}
        for sid, level in mentions:
            levels.setdefault(sid, []).append(level)
        return cls(posting_id, tuple(Ask.skill(sid, strongest(ls)) for sid, ls in levels.items()))


@dataclass(slots=True)
class Relations:
    """What the plan knows about skills besides the postings (all optional)."""

    requires: Mapping[str, Sequence[str]] = field(default_factory=dict)
    related: Mapping[str, AbstractSet[str]] = field(default_factory=dict)
    implies: Mapping[str, Sequence[str]] = field(default_factory=dict)  # learning a skill credits these too
    name_of: Callable[[str], str] = str
    category_of: Callable[[str], str] = lambda _sid: ""
    rounds_of: Callable[[str], Sequence[str]] = lambda _sid: ()


@dataclass(frozen=True, slots=True)
class PlanStep:
    skill: str
    skill_id: str
    category: str
    effort: str  # small | medium | large
    adjacent_to: tuple[str, ...]  # had (or planned earlier) skills related to this one
    prerequisite_for: tuple[str, ...]  # planned skills this step is needed for
    new_within_reach: int  # postings this step brings within reach
    within_reach_after: float  # share of postings within reach after this step
    within_reach_count: int  # ... and their number
    coverage_gain: float  # rise of the mean coverage over postings (0..1)
    rounds: tuple[str, ...]  # interview round ids the skill comes up in
    requires_missing: tuple[str, ...] = ()  # prerequisites the plan put ahead of this step
    reason: str = ""  # the step in words

    def to_dict(self) -> dict:
        return {
            "skill": self.skill,
            "skill_id": self.skill_id,
            "category": self.category,
            "effort": self.effort,
            "adjacent_to": list(self.adjacent_to),
            "prerequisite_for": list(self.prerequisite_for),
            "new_within_reach": self.new_within_reach,
            "within_reach_after": self.within_reach_after,
            "within_reach_count": self.within_reach_count,
            "coverage_gain": self.coverage_gain,
            "rounds": list(self.rounds),
            "requires": list(self.requires_missing),
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Plan:
    steps: tuple[PlanStep, ...]
    postings: int  # postings with at least one ask (the denominator of every share)
    within_reach_now_count: int
    mean_coverage_now: float | None
    #: Missing skills not in the plan, ranked by what each would add after the plan's last step.
    next_gaps: tuple[str, ...] = ()
    #: Skills the user has that the postings ask for, most asked first: (skill id, postings).
    strengths: tuple[tuple[str, int], ...] = ()
    skipped: int = 0  # postings analysed without any ask
    failed: int = 0  # postings that could not be analysed

    @property
    def within_reach_now(self) -> float:
        return _share(self.within_reach_now_count, self.postings)

    def within_reach_after(self, steps: int) -> float:
        """Share of postings within reach after the first ``steps`` steps (the plan's end if longer)."""
        if steps <= 0 or not self.steps:
            return self.within_reach_now
        return self.steps[min(steps, len(self.steps)) - 1].within_reach_after

    def to_dict(self) -> dict:
        return {
            "steps": [s.to_dict() for s in self.steps],
            "within_reach_now": self.within_reach_now,
            "within_reach_now_count": self.within_reach_now_count,
            "postings": self.postings,
            "mean_coverage_now": self.mean_coverage_now,
        }


# --- the planner ---------------------------------------------------------------------------
#: Postings missing at most this many required asks are indexed per skill (``_State.near``): only
#: they can be brought within reach by learning a few skills at once.
NEAR = 6


class _State:
    """The incremental bookkeeping.

    Per ask: its posting, weight, share of the posting's weight, options, met or not. Per
    posting: how many required asks are still unmet. Per skill: its unmet asks, the coverage
    they carry (``cover_sum``), and the postings that are *near* (1..NEAR unmet required asks)
    in which it would meet a required ask. A posting is brought within reach by a set of skills
    C only if it is near and every unmet required ask of it has an option in C, so the gain of a
    small C reads only C's near postings — a few per skill — instead of all of its asks.
    """

    def __init__(self, postings: Sequence[PostingAsks], have: AbstractSet[str]):
        self.ask_posting: list[int] = []
        self.ask_weight: list[int] = []
        self.ask_share: list[float] = []  # weight / the posting's total weight
        self.ask_required: list[bool] = []
        self.ask_options: list[frozenset[str]] = []
        self.posting_required: list[list[int]] = []  # posting -> its required asks unmet at the start
        self.unmet_required: list[int] = []
        self.met_weight: list[int] = []
        self.total_weight: list[int] = []
        self.skill_asks: dict[str, set[int]] = {}  # skill -> its unmet asks (emptied ones removed)
        self.cover_sum: dict[str, float] = {}  # skill -> Σ share of its unmet asks
        self.choice_asks: dict[str, set[int]] = {}  # skill -> its unmet asks with other options too
        self.max_hits: dict[str, int] = {}  # skill -> most required asks it is an option of in one posting
        self.near: dict[str, set[int]] = {}  # skill -> near postings where it answers a required ask
        self.strength_counts: dict[str, int] = {}
        # Tie-breaks, from the asks unmet at the start: per skill its strongest level (weight), how
        # many postings ask it, and its earliest place in a posting's asks (postings name first what
        # matters most).
        self.top_weight: dict[str, int] = {}
        self.asked_by: dict[str, int] = {}
        self.first_place: dict[str, int] = {}
        self.skipped = self.failed = 0
        for posting in postings:
            if posting.failed:
                self.failed += 1
                continue
            if not posting.asks:
                self.skipped += 1
                continue
            p = len(self.total_weight)
            total = sum(a.weight for a in posting.asks)
            unmet_req = met_w = 0
            had_here: set[str] = set()
            required_here: list[int] = []
            hits: dict[str, int] = {}
            asked_here: set[str] = set()
            for place, ask in enumerate(posting.asks):
                had = ask.options & have
                had_here |= had
                if had:
                    met_w += ask.weight
                    continue
                a = len(self.ask_posting)
                required = ask.requirement == REQUIRED
                share = ask.weight / total
                self.ask_posting.append(p)
                self.ask_weight.append(ask.weight)
                self.ask_share.append(share)
                self.ask_required.append(required)
                self.ask_options.append(ask.options)
                if required:
                    unmet_req += 1
                    required_here.append(a)
                for sid in ask.options:
                    if ask.weight > self.top_weight.get(sid, 0):
                        self.top_weight[sid] = ask.weight
                    if place < self.first_place.get(sid, place + 1):
                        self.first_place[sid] = place
                    asked_here.add(sid)
                    self.skill_asks.setdefault(sid, set()).add(a)
                    self.cover_sum[sid] = self.cover_sum.get(sid, 0.0) + share
                    if len(ask.options) > 1:
                        self.choice_asks.setdefault(sid, set()).add(a)
                    if required:
                        hits[sid] = hits.get(sid, 0) + 1
            for sid, h in hits.items():
                if h > self.max_hits.get(sid, 0):
                    self.max_hits[sid] = h
            for sid in asked_here:
                self.asked_by[sid] = self.asked_by.get(sid, 0) + 1
            for sid in had_here:
                self.strength_counts[sid] = self.strength_counts.get(sid, 0) + 1
            self.posting_required.append(required_here)
            self.total_weight.append(total)
            self.met_weight.append(met_w)
            self.unmet_required.append(unmet_req)
            if 0 < unmet_req <= NEAR:
                self._index_near(p)
        self.ask_met = [False] * len(self.ask_posting)
        self.n = len(self.total_weight)
        self.within_reach = sum(1 for u in self.unmet_required if u == 0)

    def _index_near(self, p: int) -> None:
        for a in self.posting_required[p]:
            for sid in self.ask_options[a]:
                self.near.setdefault(sid, set()).add(p)

    def gain(self, skills: Sequence[str]) -> tuple[int, float]:
        """(postings newly within reach, Σ coverage rise over postings) from learning ``skills``."""
        bound = sum(self.max_hits.get(sid, 0) for sid in skills)
        if bound > NEAR:
            return self.gain_by_asks(skills)
        chosen = frozenset(skills)
        cover = 0.0
        for sid in chosen:
            cover += self.cover_sum.get(sid, 0.0)
        if len(chosen) > 1:  # a choice answered by two of the skills counts once
            seen: set[int] = set()
            for sid in chosen:
                for a in self.choice_asks.get(sid, ()):
                    if a not in seen:
                        seen.add(a)
                        both = len(self.ask_options[a] & chosen)
                        if both > 1:
                            cover -= self.ask_share[a] * (both - 1)
        reached = 0
        unmet, met, options = self.unmet_required, self.ask_met, self.ask_options
        checked: set[int] = set()
        for sid in chosen:
            for p in self.near.get(sid, ()):
                if p in checked:
                    continue
                checked.add(p)
                u = unmet[p]
                if 0 < u <= bound and all(
                    met[a] or not options[a].isdisjoint(chosen) for a in self.posting_required[p]
                ):
                    reached += 1
        return reached, max(cover, 0.0)

    def gain_by_asks(self, skills: Sequence[str]) -> tuple[int, float]:
        """:meth:`gain` from the skills' asks themselves: any number of skills, slower."""
        touched: set[int] = set()
        for sid in skills:
            touched |= self.skill_asks.get(sid, set())
        cover = 0.0
        drops: dict[int, int] = {}
        posting, share, required = self.ask_posting, self.ask_share, self.ask_required
        for a in touched:
            cover += share[a]
            if required[a]:
                p = posting[a]
                drops[p] = drops.get(p, 0) + 1
        unmet = self.unmet_required
        return sum(1 for p, d in drops.items() if d == unmet[p]), cover

    def learn(self, skills: Iterable[str]) -> None:
        """Meet every ask ``skills`` answer."""
        for sid in skills:
            for a in self.skill_asks.pop(sid, ()):
                self.ask_met[a] = True
                share = self.ask_share[a]
                for other in self.ask_options[a]:
                    if other in self.cover_sum:
                        self.cover_sum[other] -= share
                    if other != sid:
                        rest = self.skill_asks.get(other)
                        if rest is not None:
                            rest.discard(a)
                            if not rest:
                                del self.skill_asks[other]
                    choices = self.choice_asks.get(other)
                    if choices is not None:
                        choices.discard(a)
                p = self.ask_posting[a]
                self.met_weight[p] += self.ask_weight[a]
                if self.ask_required[a]:
                    before = self.unmet_required[p]
                    self.unmet_required[p] = before - 1
                    if before == 1:
                        self.within_reach += 1
                    elif before == NEAR + 1:
                        self._index_near(p)
            self.cover_sum.pop(sid, None)
            self.near.pop(sid, None)

    def candidates(self) -> list[str]:
        return sorted(self.skill_asks)

    def tie_break(self, sid: str) -> tuple[int, int, int, str]:
        """Between equal gains: the strongest level asked, then the most postings asking, then the
        earliest place in a posting, then the id (deterministic)."""
        return (
            -self.top_weight.get(sid, 0),
            -self.asked_by.get(sid, 0),
            self.first_place.get(sid, len(self.ask_posting)),
            sid,
        )

    def mean_coverage(self) -> float | None:
        if not self.n:
            return None
        return sum(m / t for m, t in zip(self.met_weight, self.total_weight)) / self.n


def build_plan(
    postings: Sequence[PostingAsks],
    have: AbstractSet[str],
    relations: Relations | None = None,
    steps: int = DEFAULT_STEPS,
) -> Plan:
    """The greedy learn-next plan of at most ``steps`` steps (fewer when nothing is left to gain).

    ``have`` must already be closed under ``implies``. :class:`TaxonomyError` when ``requires``
    has a cycle through a skill the plan needs.
    """
    if steps < 0:
        raise ValueError("steps must be 0 or more")
    rel = relations or Relations()
    state = _State(postings, have)
    known: set[str] = set(have)  # had or learned so far
    learned_in: dict[str, int] = {}  # skill -> the plan's step (1-based) that credited it
    implied_cache: dict[str, tuple[str, ...]] = {}

    def credit(sid: str) -> tuple[str, ...]:
        """What learning ``sid`` gives credit for: itself and what it implies, minus what is known."""
        full = implied_cache.get(sid)
        if full is None:
            full = implied_cache[sid] = tuple(_closure(sid, rel.implies))
        return tuple(s for s in full if s not in known)

    def single_gain(sid: str) -> tuple[int, float]:
        return state.gain(credit(sid))

    within_now = state.within_reach
    coverage_now = state.mean_coverage()
    out: list[PlanStep] = []
    while len(out) < steps:
        remaining = steps - len(out)
        best_key = None
        best_bundle: list[str] = []
        for sid in state.candidates():
            if sid in known:
                continue
            bundle = _missing_prerequisites(sid, rel.requires, known) + [sid]
            size = len(bundle)
            if size > remaining:
                continue
            if size == 1:
                reached, cover = single_gain(sid)
            else:
                learned: set[str] = set()
                for member in bundle:
                    learned.update(credit(member))
                reached, cover = state.gain(sorted(learned))
            if reached == 0 and cover <= 0.0:
                continue
            adjacent = not rel.related.get(sid, frozenset()).isdisjoint(known)
            # best = most reached per step, then most coverage per step, distant before adjacent,
            # shorter bundle, then the tie-break of the skill (level, postings asking, place, id)
            key = (-Fraction(reached, size), -round(cover / size, 9), adjacent, size, state.tie_break(sid))
            if best_key is None or key < best_key:
                best_key, best_bundle = key, bundle
        if best_key is None:
            break
        target = best_bundle[-1]
        dependants = _dependants_within(best_bundle, rel.requires)
        for i, member in enumerate(best_bundle):
            below = _closure_set(member, rel.requires)
            missing_reqs = tuple(p for p in best_bundle[:i] if p in below)
            gained = credit(member)
            reached, cover = state.gain(gained)
            adjacent_to = tuple(sorted(rel.related.get(member, frozenset()) & known))
            state.learn(gained)
            known.update(gained)
            known.add(member)
            for sid in (*gained, member):
                learned_in.setdefault(sid, len(out) + 1)
            needed_for = dependants.get(member, ())
            if member != target and target not in needed_for:
                needed_for = (*needed_for, target)
            if rel.requires.get(member) and missing_reqs:
                effort = EFFORT_LARGE
            elif adjacent_to:
                effort = EFFORT_SMALL
            else:
                effort = EFFORT_MEDIUM
            step = PlanStep(
                skill=rel.name_of(member),
                skill_id=member,
                category=rel.category_of(member),
                effort=effort,
                adjacent_to=adjacent_to,
                prerequisite_for=needed_for if member != target else (),
                new_within_reach=reached,
                within_reach_after=_share(state.within_reach, state.n),
                within_reach_count=state.within_reach,
                coverage_gain=round(cover / state.n, 6) if state.n else 0.0,
                rounds=tuple(rel.rounds_of(member)),
                requires_missing=missing_reqs,
            )
            out.append(replace(step, reason=_reason(step, state.n, rel.name_of, learned_in)))
    # What would come next, for the interview-prep ranking beyond the plan.
    later = []
    for sid in state.candidates():
        if sid in known:
            continue
        reached, cover = single_gain(sid)
        if reached or cover > 0:
            later.append((-reached, -round(cover, 9), state.tie_break(sid)))
    later.sort()
    strengths = sorted(state.strength_counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return Plan(
        steps=tuple(out),
        postings=state.n,
        within_reach_now_count=within_now,
        mean_coverage_now=None if coverage_now is None else round(coverage_now, 6),
        next_gaps=tuple(tie[-1] for _, _, tie in later),
        strengths=tuple(strengths),
        skipped=state.skipped,
        failed=state.failed,
    )


def _share(count: int, n: int) -> float:
    return round(count / n, 6) if n else 0.0


def _closure(skill_id: str, edges: Mapping[str, Sequence[str]]) -> list[str]:
    """``skill_id`` and everything reachable from it, in first-seen order."""
    seen = {skill_id}
    order = [skill_id]
    stack = [skill_id]
    while stack:
        for nxt in edges.get(stack.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                order.append(nxt)
                stack.append(nxt)
    return order


def _closure_set(skill_id: str, edges: Mapping[str, Sequence[str]]) -> set[str]:
    return set(_closure(skill_id, edges)) - {skill_id}


def _missing_prerequisites(skill_id: str, requires: Mapping[str, Sequence[str]], known: AbstractSet[str]) -> list[str]:
    """The prerequisites of ``skill_id`` not known yet, transitively, each after its own
    prerequisites (deterministic: a depth-first walk in the order ``requires`` lists them)."""
    order: list[str] = []
    done: set[str] = set()
    on_path: list[str] = []

    def visit(sid: str) -> None:
        if sid in on_path:
            cycle = " → ".join([*on_path[on_path.index(sid) :], sid])
            raise TaxonomyError(f"'requires' has a cycle: {cycle}")
        if sid in done or (sid != skill_id and sid in known):
            return  # a prerequisite the user has is trusted with its own prerequisites
        on_path.append(sid)
        for pre in requires.get(sid, ()):
            visit(pre)
        on_path.pop()
        done.add(sid)
        if sid != skill_id:
            order.append(sid)

    visit(skill_id)
    return order


def _dependants_within(bundle: Sequence[str], requires: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, ...]]:
    """For each member of a bundle, the members that require it directly."""
    members = set(bundle)
    out: dict[str, list[str]] = {}
    for sid in bundle:
        for pre in requires.get(sid, ()):
            if pre in members:
                out.setdefault(pre, []).append(sid)
    return {k: tuple(v) for k, v in out.items()}


def _reason(step: PlanStep, n: int, name_of: Callable[[str], str], learned_in: Mapping[str, int]) -> str:
    """The step's reason in words. ``learned_in``: skill -> the earlier step that credited it (a related
    skill learned in the plan is not one "you know")."""

    def names(ids: Iterable[str]) -> str:
        return ", ".join(name_of(i) for i in ids)

    # The coverage gained is a figure of its own (``coverage_gain``), shown beside the reason by every
    # output (the report's table and step line, the dashboard's bar): the reason does not repeat it.
    parts = []
    if step.new_within_reach:
        parts.append(f"brings {step.new_within_reach} more of your {counted(n, 'posting')} within reach")
    elif step.coverage_gain > 0:
        parts.append(f"raises coverage across your {counted(n, 'posting')}")
    else:
        parts.append("not asked for on its own by your postings")
    if step.prerequisite_for:
        parts.append(f"needed for {names(step.prerequisite_for)}")
    if step.effort == EFFORT_SMALL:
        had = [s for s in step.adjacent_to if s not in learned_in]
        planned = [s for s in step.adjacent_to if s in learned_in]
        earlier = ", ".join(f"{name_of(s)} (step {learned_in[s]})" for s in planned)
        if not planned:
            kind = "a related skill" if len(had) == 1 else "related skills"
            parts.append(f"you know {names(had)}, {kind}: a short step")
        elif not had:
            parts.append(f"related to {earlier}: a short step")
        else:
            verb = "is" if len(planned) == 1 else "are"
            parts.append(f"you know {names(had)}; {earlier} {verb} related too: a short step")
    elif step.effort == EFFORT_LARGE:
        parts.append(f"a larger area that builds on {names(step.requires_missing)}, learned first in this plan")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


# --- from the taxonomy -----------------------------------------------------------------------
def relations_from_taxonomy(taxonomy, names: Mapping[str, str] | None = None) -> Relations:
    """Names, categories and rounds from a :class:`~analyzer.taxonomy.Taxonomy`; ``requires`` and
    ``related`` too where the taxonomy has them (``taxonomy.requires(id)``, ``taxonomy.related(id)``).
    ``implies`` stays empty: a step credits the skill it names (see the module's docstring)."""
    skills = taxonomy.skills
    requires: dict[str, tuple[str, ...]] = {}
    related: dict[str, frozenset[str]] = {}
    req_fn = getattr(taxonomy, "requires", None)
    rel_fn = getattr(taxonomy, "related", None)
    for sid in skills:
        if callable(req_fn):
            pre = tuple(req_fn(sid))
            if pre:
                requires[sid] = pre
        if callable(rel_fn):
            near = frozenset(rel_fn(sid))
            if near:
                related[sid] = near

    def rounds_of(sid: str) -> tuple[str, ...]:
        skill = skills.get(sid)
        cat = taxonomy.categories.get(skill.category) if skill else None
        return tuple(cat.rounds) if cat else ()

    return Relations(
        requires=requires,
        related=related,
        name_of=lambda sid: skills[sid].name if sid in skills else name_without_taxonomy(sid, names),
        category_of=lambda sid: skills[sid].category if sid in skills else "",
        rounds_of=rounds_of,
    )


# --- interview prep per round ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RoundInfo:
    id: str
    name: str
    tests: str  # what the round tests, in words


@dataclass(frozen=True, slots=True)
class RoundPrep:
    round: str  # round id
    name: str
    tests: str
    gaps: tuple[str, ...]  # skill ids, plan order first
    strengths: tuple[str, ...]  # skill ids the user has, most asked first
    prompts: tuple[tuple[str, str], ...]  # (skill id, practice prompt)

    def to_dict(self) -> dict:
        return {
            "round": self.round,
            "name": self.name,
            "tests": self.tests,
            "gaps": list(self.gaps),
            "strengths": list(self.strengths),
            "prompts": [{"skill_id": sid, "prompt": text} for sid, text in self.prompts],
        }


def prepare_rounds(
    plan: Plan,
    rounds: Sequence[RoundInfo],
    prompts: Mapping[str, Sequence[str]],
    rounds_of: Callable[[str], Sequence[str]],
    *,
    max_gaps: int = 10,
    max_strengths: int = 10,
    prompted_gaps: int = 5,
    prompts_per_gap: int = 3,
) -> list[RoundPrep]:
    """Per interview round: what it tests, the gaps it is likely to probe (the plan's steps in
    order, then the gaps after the plan by what each would add), the skills the user has that it
    can draw on, and practice prompts for its first ``prompted_gaps`` gaps that have prompts."""
    ranked = list(dict.fromkeys([*(s.skill_id for s in plan.steps), *plan.next_gaps]))
    out = []
    for rnd in rounds:
        gaps = [sid for sid in ranked if rnd.id in rounds_of(sid)]
        strengths = [sid for sid, _ in plan.strengths if rnd.id in rounds_of(sid)][:max_strengths]
        chosen: list[tuple[str, str]] = []
        with_prompts = [sid for sid in gaps if prompts.get(sid)][:prompted_gaps]
        for sid in with_prompts:
            chosen += [(sid, text) for text in list(prompts[sid])[:prompts_per_gap]]
        listed = set(gaps[:max_gaps]) | set(with_prompts)  # a gap with prompts is always listed
        shown = tuple(sid for sid in gaps if sid in listed)
        out.append(RoundPrep(rnd.id, rnd.name, rnd.tests, shown, tuple(strengths), tuple(chosen)))
    return out
