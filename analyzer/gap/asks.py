"""From gap verdicts to the plan's asks, and the plan with its interview prep in one call.

:func:`asks_from_gap` is the one adapter between the gap analysis (verdicts have / choice met /
missing, :mod:`analyzer.gap.analysis`) and the learn-next plan (:mod:`analyzer.gap.plan`): per
posting, one :class:`~analyzer.gap.plan.Ask` per skill asked for on its own, and one
:meth:`Ask.choice <analyzer.gap.plan.Ask.choice>` per choice the posting offers ("PostgreSQL or
MySQL"), at the strongest requirement level of its options — the asks the coverage formula counts.

:class:`AskCollector` keeps the asks of many postings with one shared object per distinct ask
(a posting holds references), so a plan over 100,000 postings costs a few megabytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet

from ..records import STRENGTH, PostingGap, is_unlisted
from ..taxonomy import Taxonomy
from .interview import default_prompts, interview_rounds
from .plan import DEFAULT_STEPS, Ask, Plan, PostingAsks, RoundPrep, build_plan, prepare_rounds, relations_from_taxonomy


def asks_from_gap(gap: PostingGap) -> PostingAsks:
    """The asks of one analysed posting; none for a posting that could not be analysed.

    A skill the user has is an ask met; a choice met by another option is one ask met by that
    option; a missing skill that belongs to an unmet choice becomes that choice (learning any one
    option meets it); any other missing skill is an ask of its own.
    """
    if gap.error is not None:
        return PostingAsks(gap.id, (), failed=True)
    singles: dict[str, str] = {}
    choices: dict[tuple[str, ...], str] = {}

    def level_up(table: dict, key, level: str) -> None:
        if key not in table or STRENGTH[level] > STRENGTH[table[key]]:
            table[key] = level

    if gap.choice_asks is not None:  # the asks the posting's coverage counts, one per choice
        levels: dict[str, str] = {}
        for item in [*gap.matched_details, *gap.missing, *(c.item for c in gap.choices_met)]:
            level_up(levels, item.skill_id, item.requirement)
            if item.skill_id not in gap.choice_only:
                level_up(singles, item.skill_id, item.requirement)
        for options in gap.choice_asks:
            for o in options:
                if o in levels:
                    level_up(choices, tuple(sorted(options)), levels[o])
        asks = [Ask.skill(sid, level) for sid, level in singles.items()]
        asks += [Ask.choice(options, level) for options, level in choices.items() if options]
        return PostingAsks(gap.id, _in_posting_order(asks, gap))

    for item in gap.matched_details:
        level_up(singles, item.skill_id, item.requirement)
    for met in gap.choices_met:
        level_up(choices, tuple(sorted(met.options)), met.item.requirement)
    for item in gap.missing:
        choice = gap.choice_of.get(item.skill_id)
        if choice is not None and len(choice.options) > 1:
            level_up(choices, tuple(sorted(choice.options)), item.requirement)
        else:
            level_up(singles, item.skill_id, item.requirement)
    asks = [Ask.skill(sid, level) for sid, level in singles.items()]
    asks += [Ask.choice(options, level) for options, level in choices.items()]
    return PostingAsks(gap.id, _in_posting_order(asks, gap))


def _in_posting_order(asks: list[Ask], gap: PostingGap) -> tuple[Ask, ...]:
    """The asks in the order the posting first names them (the plan breaks ties by it: postings
    list first what matters most); an ask without known offsets keeps its place after them."""
    first: dict[str, int] = {}
    for item in [*gap.matched_details, *gap.missing, *(c.item for c in gap.choices_met)]:
        if item.mentions:
            at = min(start for start, _ in item.mentions)
            first[item.skill_id] = min(at, first.get(item.skill_id, at))
    end = 1 + max(first.values(), default=0)
    return tuple(sorted(asks, key=lambda a: min(first.get(o, end) for o in a.options)))


class AskCollector:
    """The asks of the postings added, with one shared :class:`Ask` object per distinct ask."""

    def __init__(self) -> None:
        self.postings: list[PostingAsks] = []
        self._shared: dict[Ask, Ask] = {}
        # Unlisted skills (names the taxonomy lacks) the gap analysis found the user has: the
        # profile's known ids cannot hold them, since their ids exist only once a posting names them.
        self.unlisted_had: set[str] = set()
        # The name a posting wrote for each unlisted skill (first seen), for showing it.
        self.unlisted_names: dict[str, str] = {}

    def known(self, have: AbstractSet[str]) -> AbstractSet[str]:
        """``have`` (e.g. ``profile.known_ids()``) with the unlisted skills the user was found to have."""
        return have | self.unlisted_had if self.unlisted_had else have

    def add(self, gap: PostingGap) -> None:
        posting = asks_from_gap(gap)
        self.unlisted_had.update(item.skill_id for item in gap.matched_details if is_unlisted(item.skill_id))
        for item in (*gap.matched_details, *gap.missing):
            if is_unlisted(item.skill_id):
                self.unlisted_names.setdefault(item.skill_id, item.skill)
        shared = self._shared
        asks = tuple(shared.setdefault(a, a) for a in posting.asks)
        self.postings.append(PostingAsks(posting.id, asks, posting.failed))

    def add_all(self, gaps: Iterable[PostingGap]) -> AskCollector:
        for gap in gaps:
            self.add(gap)
        return self


def plan_with_rounds(
    postings: Sequence[PostingAsks],
    have: AbstractSet[str],
    taxonomy: Taxonomy,
    steps: int = DEFAULT_STEPS,
    names: Mapping[str, str] | None = None,
) -> tuple[Plan, list[RoundPrep]]:
    """The learn-next plan over ``postings`` for a user who has ``have`` (closed under ``implies``,
    e.g. ``profile.known_ids()``), and the interview prep per round of the taxonomy. ``names``:
    how postings wrote the unlisted skills (:attr:`AskCollector.unlisted_names`)."""
    relations = relations_from_taxonomy(taxonomy, names)
    plan = build_plan(postings, have, relations, steps=steps)
    rounds = prepare_rounds(plan, interview_rounds(taxonomy), default_prompts(), relations.rounds_of)
    return plan, rounds
