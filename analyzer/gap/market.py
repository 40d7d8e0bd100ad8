"""The market view of a batch of postings: what it asks for, how groups and periods differ, which
skills travel together, and how few skills cover most of what it requires.

Plain Python over extraction records (no spaCy, no pandas). A :class:`MarketCounter` reads one
:class:`MarketPosting` at a time and keeps only counts, so its memory grows with the number of
distinct skills, groups and periods, never with the number of postings; counters built on separate
chunks (worker processes, a Dask cluster) :meth:`~MarketCounter.merge` into exactly the counter one
would have built over all of them (every count is an integer). :meth:`MarketCounter.result` turns
the counts into a :class:`MarketReport` whose :meth:`~MarketReport.to_dict` is the JSON contract of
``skillgap market``.

Definitions (``n`` = postings of the group or period analysed without error; postings that could
not be analysed are counted apart and never enter a share):

- ``share`` = postings asking for the skill at any level / n;
  ``required_share`` = postings where it is required / n.
- **Differences** between groups A and B: ``diff = share_a - share_b`` with **Newcombe's hybrid
  score interval** (Newcombe 1998, method 10), built from the two Wilson score intervals. It needs
  only the four counts (so it merges), is exact to compute, and keeps its coverage near 95 % for
  small groups and shares near 0 or 1, where the Wald interval collapses (a skill seen 0 times has
  a Wald interval of width 0). A bootstrap would need the posting-level data the counter does not
  keep and would make results depend on a random seed. A difference is *significant* when its
  interval excludes 0. Skills are ranked by the interval's bound nearest zero (0 when the interval
  crosses it), then by the size of the difference: a 3-posting difference has a wide interval and
  ranks low.
- **Periods** (``year``, ``quarter`` or ``month``) come from a date string, parsed by
  :func:`parse_period`. A posting whose date is missing or unparsable is counted in the period
  ``"unknown"`` (with a warning naming examples), never dropped. A period with fewer than
  ``min_postings`` postings (default :data:`MIN_POSTINGS`) is flagged ``too_few``.
- **Trends** use the periods that are neither ``unknown`` nor ``too_few``. With two of them:
  later share - earlier share, with the Newcombe interval. With three or more: the slope of the
  share per period (per year, quarter or month of calendar time, gaps included) by least squares
  weighted by postings, ``b = Σ n_t (t - t̄) p_t / Σ n_t (t - t̄)²`` (the estimator of the
  Cochran-Armitage trend test), with the Wald interval of
  ``Var(b) = Σ n_t (t - t̄)² p̃_t (1 - p̃_t) / (Σ n_t (t - t̄)²)²``, where ``p̃_t = (x_t + 2) / (n_t + 4)``
  (the Agresti-Caffo adjustment, so a skill absent from a period does not get zero variance).
- **Co-occurrence**: ``lift(a, b) = n_ab · N / (n_a · n_b)`` over the N postings analysed, and
  ``support = n_ab / N``. The partners of a skill are those whose lift is surely above 1 (the lower
  bound of :func:`lift_lower_bound` over 1), ranked by that bound: by lift alone a skill in half the
  postings (lift at most 2) would list its rarest partners first. A pair is only reported with ``n_ab >= min_support``, by default
  ``max(MIN_PAIR_POSTINGS, ceil(MIN_PAIR_FRACTION · N))``: the relative error of a lift is about
  ``1 / sqrt(n_ab)``, so below 10 postings a lift is uncertain by a factor of two either way, and
  two skills named once, together, would otherwise top every list with a lift of N.
- **Clusters**: Louvain community detection (networkx, fixed seed, resolution
  :data:`CLUSTER_RESOLUTION`) on the graph whose edges are the reported pairs with lift > 1,
  weighted by ``ln(lift)`` (positive PMI), so hub skills named in every posting (Python, SQL) do
  not pull everything into one cluster. Each cluster is named by its three most central skills.
- **Coverage curve**: let R(p) be the skills posting p requires and P the postings (analysed
  without error) that require at least one skill. A set S of skills *meets* a required skill when
  the skill is in S or implied by a skill in S (the taxonomy's ``implies``, transitively: knowing
  PostgreSQL meets a requirement for SQL, as in the gap analysis; ``implied=False`` counts only
  the skills themselves, and the curve is then simply the skills by weight).
  ``covered_share(S) = (1/|P|) Σ_p |R(p) ∩ met(S)| / |R(p)|`` — the share of what the average
  posting requires. The curve is the greedy sequence: at each step the skill (among those required
  somewhere) with the largest gain in covered_share given the skills already picked, recomputed
  every step because a skill's gain shrinks when skills it implies are already met. Greedy is
  within (1 - 1/e) of the best set of each size (the objective is a weighted coverage function).
  The curve stops at ``coverage_target`` (default 90 %), after ``coverage_points`` skills, or when no
  skill adds anything. It needs, per skill, the number of postings requiring it by their number of
  required skills; no per-posting storage (0 bytes per 100,000 postings).
"""

from __future__ import annotations

import calendar
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import combinations
from typing import TYPE_CHECKING, NamedTuple

from ..errors import InputError
from ..plural import counted
from ..records import LEVELS, NOT_IN_TAXONOMY, REQUIRED, STRENGTH, is_unlisted, name_without_taxonomy
from ..taxonomy import Taxonomy
from .ranking import gap_group

if TYPE_CHECKING:
    from .profile import Profile

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

PERIODS = ("year", "quarter", "month")
#: The period of postings whose date is missing or cannot be read.
UNKNOWN_PERIOD = "unknown"
#: The group of postings whose group column is empty.
NO_VALUE_GROUP = "(no value)"
#: The one group when nothing groups the postings.
ALL_GROUP = "all"
#: A group or period with fewer postings is flagged: below 30 one posting moves a share by more
#: than 3 points and the 95 % interval of a share near 50 % is wider than ±17 points, wider than
#: most real differences between groups or years.
MIN_POSTINGS = 30
MIN_PAIR_POSTINGS = 10
MIN_PAIR_FRACTION = 0.001
CONFIDENCE = 0.95
TOP_DIFFERENCES = 20  # per pair of groups
TOP_TRENDS = 15  # rising, and as many falling
TOP_COOCCURRING = 10  # partners per skill
#: The coverage curve runs until it covers this share (or the limit of points, or no gain is left).
COVERAGE_TARGET = 0.9
COVERAGE_POINTS = 200
CLUSTER_SEED = 0
#: Louvain's modularity resolution: at 1.0 the shared postings fall into four career families of
#: 120-190 skills each; at 1.5 into about ten profiles of 20-130 (BI, deep learning, big data, MLOps ...).
CLUSTER_RESOLUTION = 1.5
_EXAMPLES = 5  # unparsable date strings kept for the warning
_FAILURES = 3  # postings that could not be analysed named in the warning (the first ones, in input order)


class MarketPosting(NamedTuple):
    """What the market view needs of one posting."""

    skills: Mapping[str, str]  # skill id -> strongest requirement level in the posting
    group: str | None = None
    date: str | None = None
    error: bool = False
    names: Mapping[str, str] | None = None  # unlisted skill id -> the name the posting wrote
    failure: str | None = None  # with ``error``: which posting and why ("j2 (posting text is empty)")


def strongest_levels(mentions: Iterable) -> dict[str, str]:
    """Skill id -> strongest requirement level, from objects with ``skill_id`` and ``requirement``
    (extraction's mentions) or from ``extract`` JSON dicts."""
    out: dict[str, str] = {}
    for m in mentions:
        sid, level = (m["skill_id"], m["requirement"]) if isinstance(m, dict) else (m.skill_id, m.requirement)
        if sid not in out or STRENGTH[level] > STRENGTH[out[sid]]:
            out[sid] = level
    return out


def unlisted_written_names(mentions: Iterable) -> dict[str, str]:
    """Unlisted skill id -> the name the posting wrote for it (its first mention), from the same
    mentions :func:`strongest_levels` reads; the market view shows an unlisted skill by the name
    postings wrote most often rather than by its normalised key."""
    out: dict[str, str] = {}
    for m in mentions:
        sid, name = (m["skill_id"], m["skill"]) if isinstance(m, dict) else (m.skill_id, m.skill)
        if is_unlisted(sid):
            out.setdefault(sid, name)
    return out


def market_posting(
    mentions: Sequence,
    group: str | None = None,
    when: str | None = None,
    error: bool = False,
    failure: str | None = None,
) -> MarketPosting:
    """What the market view counts of one posting, from its mentions (objects or ``extract`` JSON
    dicts): its skills at their strongest levels, and the names it wrote for unlisted ones
    (``failure``: for a posting that could not be analysed, its id and the reason)."""
    return MarketPosting(
        strongest_levels(mentions), group, when, error, unlisted_written_names(mentions), failure if error else None
    )


# --- dates -------------------------------------------------------------------------------------
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_YEAR = r"(19\d\d|20\d\d|2100)"
_ISO = re.compile(rf"{_YEAR}[-/.](\d{{1,2}})(?:[-/.](\d{{1,2}}))?(?:[t ].*)?")  # text is lower-cased
_NUMERIC_DMY = re.compile(rf"(\d{{1,2}})[-/.](\d{{1,2}})[-/.]{_YEAR}(?:[t ].*)?")
_MONTH_YEAR = re.compile(rf"(\d{{1,2}})[-/.]{_YEAR}")
_QUARTER = re.compile(rf"(?:{_YEAR}[- ]?q([1-4])|q([1-4])[- ]?{_YEAR})")
_NAMED = re.compile(rf"(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+)?([a-z]+)\.?,?\s+(?:(\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?{_YEAR}")


def parse_date(value: object) -> tuple[int, int | None] | None:
    """``(year, month or None)`` from a date string, or None when it cannot be read.

    Read: ISO dates and timestamps (``2024-03-01``, ``2024-03-01T09:30:00Z``, ``2024/03/01``,
    ``2024-03``), ``03/2024``, a bare year ``2020``, quarters (``2024-Q1``, ``Q1 2024``), month names
    (``Mar 2024``, ``March 3, 2024``, ``3 March 2024``) and numeric day-month-year dates
    (``03/01/2024``: month first, as in the US, unless the first number is over 12, then day
    first). Years 1900-2100. Relative dates ("3 days ago") and anything else are not guessed.

    >>> parse_date("2024-03-01"), parse_date("03/2024"), parse_date("Mar 2024"), parse_date("soon")
    ((2024, 3), (2024, 3), (2024, 3), None)
    """
    if isinstance(value, (datetime, date)):
        return value.year, value.month
    if isinstance(value, int) and not isinstance(value, bool):  # a year column read as numbers
        return (value, None) if 1900 <= value <= 2100 else None
    if not isinstance(value, str):
        return None
    s = " ".join(value.strip().lower().split())
    if not s or len(s) > 64:
        return None
    if re.fullmatch(_YEAR, s):
        return int(s), None
    if m := _QUARTER.fullmatch(s):
        year = int(m.group(1) or m.group(4))
        quarter = int(m.group(2) or m.group(3))
        return year, quarter * 3 - 2
    if m := _ISO.fullmatch(s):
        month, day = int(m.group(2)), m.group(3)
        return (int(m.group(1)), month) if _valid(int(m.group(1)), month, day and int(day)) else None
    if m := _NUMERIC_DMY.fullmatch(s):
        first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        month, day = (second, first) if first > 12 else (first, second)
        return (year, month) if _valid(year, month, day) else None
    if m := _MONTH_YEAR.fullmatch(s):
        month, year = int(m.group(1)), int(m.group(2))
        return (year, month) if 1 <= month <= 12 else None
    if m := _NAMED.fullmatch(s):
        named = _MONTHS.get(m.group(2))
        day = m.group(1) or m.group(3)
        if named is None or (m.group(1) and m.group(3)):
            return None
        year = int(m.group(4))
        return (year, named) if _valid(year, named, day and int(day)) else None
    return None


def _valid(year: int, month: int, day: int | None | str) -> bool:
    if not 1 <= month <= 12:
        return False
    return not day or 1 <= int(day) <= calendar.monthrange(year, month)[1]


def parse_period(value: object, period: str) -> str | None:
    """The period label of a date: ``2024``, ``2024-Q1`` or ``2024-03``; None when the date cannot
    be read or is too coarse (a bare year has no quarter or month).

    >>> parse_period("2024-03-15", "quarter"), parse_period("2024", "month")
    ('2024-Q1', None)
    """
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    parsed = parse_date(value)
    if parsed is None:
        return None
    year, month = parsed
    if period == "year":
        return str(year)
    if month is None:
        return None
    return f"{year}-Q{(month - 1) // 3 + 1}" if period == "quarter" else f"{year}-{month:02d}"


def _period_ordinal(label: str) -> float:
    """Calendar position of a period label, in periods (years, quarters or months)."""
    if "-Q" in label:
        year, quarter = label.split("-Q")
        return int(year) * 4 + int(quarter) - 1
    if "-" in label:
        year, month = label.split("-")
        return int(year) * 12 + int(month) - 1
    return int(label)


# --- statistics --------------------------------------------------------------------------------
def z_value(confidence: float) -> float:
    """The two-sided standard-normal quantile: 1.96 for 0.95."""
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1, not {confidence}")
    from statistics import NormalDist

    return NormalDist().inv_cdf(0.5 + confidence / 2)


def wilson_interval(successes: int, n: int, z: float) -> tuple[float, float]:
    """Wilson's score interval for a proportion (0..1 when n is 0)."""
    if n <= 0:
        return 0.0, 1.0
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    # At 0 or n successes the bound is exactly 0 or 1 (centre - half is 0 only up to rounding).
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == n else min(1.0, centre + half)
    return low, high


def newcombe_interval(x1: int, n1: int, x2: int, n2: int, z: float) -> tuple[float, float, float]:
    """``(p1 - p2, low, high)``: Newcombe's hybrid score interval for a difference of proportions."""
    p1, p2 = (x1 / n1 if n1 else 0.0), (x2 / n2 if n2 else 0.0)
    l1, u1 = wilson_interval(x1, n1, z)
    l2, u2 = wilson_interval(x2, n2, z)
    d = p1 - p2
    return d, d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)


def trend_slope(points: Sequence[tuple[float, int, int]], z: float) -> tuple[float, float, float]:
    """``(slope, low, high)`` of a share over time from ``(t, successes, n)`` per period (see the
    module docstring: postings-weighted least squares, Agresti-Caffo-adjusted Wald interval)."""
    total = sum(n for _, _, n in points)
    t_mean = sum(t * n for t, _, n in points) / total
    s_tt = sum(n * (t - t_mean) ** 2 for t, _, n in points)
    if s_tt == 0:
        return 0.0, 0.0, 0.0
    slope = sum(n * (t - t_mean) * (x / n) for t, x, n in points) / s_tt
    var = sum(n * (t - t_mean) ** 2 * ((x + 2) / (n + 4)) * (1 - (x + 2) / (n + 4)) for t, x, n in points) / s_tt**2
    half = z * math.sqrt(var)
    return slope, slope - half, slope + half


def robust_effect(low: float, high: float) -> float:
    """The bound nearest zero of an interval that excludes zero, else 0: what ranks differences."""
    if low > 0:
        return low
    if high < 0:
        return high
    return 0.0


def significant(low: float, high: float) -> bool:
    return low > 0 or high < 0


# --- the counter -------------------------------------------------------------------------------
class _Tally:
    """Postings and per-skill counts (any level, required) of one group or period."""

    __slots__ = ("any", "errors", "postings", "required")

    def __init__(self) -> None:
        self.postings = 0  # analysed without error
        self.errors = 0
        self.any: Counter[str] = Counter()
        self.required: Counter[str] = Counter()

    def merge(self, other: _Tally) -> None:
        self.postings += other.postings
        self.errors += other.errors
        self.any.update(other.any)
        self.required.update(other.required)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Tally) and all(getattr(self, k) == getattr(other, k) for k in self.__slots__)


class MarketCounter:
    """Counts for the market view, one posting at a time; mergeable.

    ``period`` (``year``, ``quarter``, ``month`` or None) is how dates are bucketed. With
    ``grouped`` each posting's ``group`` names its group (an empty one is :data:`NO_VALUE_GROUP`);
    without it every posting is in the one group :data:`ALL_GROUP`. Counters can only be merged
    with counters of the same ``period`` and ``grouped``. Memory: per group and per period, two
    integers per distinct skill; one integer per distinct co-occurring pair of skills; per skill,
    one integer per distinct number of required skills in a posting (for the coverage curve).
    """

    def __init__(self, period: str | None = None, *, grouped: bool = False):
        if period is not None and period not in PERIODS:
            raise ValueError(f"period must be one of {', '.join(PERIODS)} or None, not {period!r}")
        self.period = period
        self.grouped = grouped
        self.total = _Tally()
        self.groups: dict[str, _Tally] = {}
        self.periods: dict[str, _Tally] = {}
        self.pairs: Counter[tuple[str, str]] = Counter()
        # skill -> {number of required skills in the posting: postings requiring the skill}
        self.required_by_size: dict[str, Counter[int]] = {}
        self.postings_requiring = 0  # postings analysed without error that require at least one skill
        self.missing_dates = 0
        self.unparsable_dates = 0
        self.unparsable_examples: list[str] = []  # the smallest few, so merging keeps them deterministic
        # unlisted skill id -> {name as written: postings}; one entry per spelling that normalises
        # to the id, so it grows with the skills, not with the postings
        self.unlisted_names: dict[str, Counter[str]] = {}
        # the first few postings that could not be analysed ("id: why"), in input order: counters
        # merge in input order (each engine's chunks come back in order), so it does not depend on them
        self.failures: list[str] = []

    def add(self, posting: MarketPosting) -> None:
        group_name = _group_name(posting.group) if self.grouped else ALL_GROUP
        group = self.groups.get(group_name)
        if group is None:
            group = self.groups[group_name] = _Tally()
        tallies = [self.total, group]
        if self.period is not None:
            label = self._period_of(posting.date)
            tally = self.periods.get(label)
            if tally is None:
                tally = self.periods[label] = _Tally()
            tallies.append(tally)
        if posting.error:
            for t in tallies:
                t.errors += 1
            if posting.failure and len(self.failures) < _FAILURES:
                self.failures.append(" ".join(posting.failure.split())[:200])
            return
        skills = posting.skills
        required = [s for s, level in skills.items() if level == REQUIRED]
        for level in skills.values():
            if level not in STRENGTH:
                raise ValueError(f"unknown requirement level {level!r}; use one of {', '.join(LEVELS)}")
        for t in tallies:
            t.postings += 1
            t.any.update(skills.keys())
            t.required.update(required)
        for sid, name in (posting.names or {}).items():
            if sid in skills:
                self.unlisted_names.setdefault(sid, Counter())[name] += 1
        if len(skills) > 1:
            self.pairs.update(combinations(sorted(skills), 2))
        if required:
            self.postings_requiring += 1
            size = len(required)
            for s in required:
                by_size = self.required_by_size.get(s)
                if by_size is None:
                    by_size = self.required_by_size[s] = Counter()
                by_size[size] += 1

    def add_all(self, postings: Iterable[MarketPosting]) -> MarketCounter:
        for p in postings:
            self.add(p)
        return self

    def _period_of(self, value: str | None) -> str:
        assert self.period is not None
        if value is None or (isinstance(value, str) and not value.strip()) or _is_nan(value):
            self.missing_dates += 1
            return UNKNOWN_PERIOD
        label = parse_period(value, self.period)
        if label is None:
            self.unparsable_dates += 1
            text = " ".join(str(value).split())[:40]
            if text not in self.unparsable_examples:
                self.unparsable_examples = sorted([*self.unparsable_examples, text])[:_EXAMPLES]
            return UNKNOWN_PERIOD
        return label

    def _unlisted_display_names(self) -> dict[str, str]:
        """Each unlisted skill's most written name (ties: the alphabetically first, so the choice
        does not depend on the order postings or merged counters came in)."""
        return {
            sid: min(written.items(), key=lambda kv: (-kv[1], kv[0]))[0] for sid, written in self.unlisted_names.items()
        }

    def merge(self, other: MarketCounter) -> MarketCounter:
        """Add ``other``'s counts to this counter (in place; returns it)."""
        if other.period != self.period or other.grouped != self.grouped:
            raise ValueError(
                f"cannot merge a counter (period {other.period}, grouped {other.grouped}) into one "
                f"(period {self.period}, grouped {self.grouped})"
            )
        self.total.merge(other.total)
        for mine, theirs in ((self.groups, other.groups), (self.periods, other.periods)):
            for name, tally in theirs.items():
                mine.setdefault(name, _Tally()).merge(tally)
        self.pairs.update(other.pairs)
        for s, by_size in other.required_by_size.items():
            self.required_by_size.setdefault(s, Counter()).update(by_size)
        for sid, written in other.unlisted_names.items():
            self.unlisted_names.setdefault(sid, Counter()).update(written)
        self.postings_requiring += other.postings_requiring
        self.failures = (self.failures + other.failures)[:_FAILURES]
        self.missing_dates += other.missing_dates
        self.unparsable_dates += other.unparsable_dates
        self.unparsable_examples = sorted(set(self.unparsable_examples) | set(other.unparsable_examples))[:_EXAMPLES]
        return self

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MarketCounter):
            return NotImplemented
        keys = (
            "period",
            "grouped",
            "total",
            "groups",
            "periods",
            "pairs",
            "required_by_size",
            "postings_requiring",
            "unlisted_names",
        ) + (
            "missing_dates",
            "unparsable_dates",
            "unparsable_examples",
        )
        return all(getattr(self, k) == getattr(other, k) for k in keys)

    def result(
        self,
        taxonomy: Taxonomy,
        *,
        compare: Sequence[tuple[str | Sequence[str], str | Sequence[str]]] | None = None,
        min_postings: int = MIN_POSTINGS,
        min_support: int | None = None,
        confidence: float = CONFIDENCE,
        top_differences: int = TOP_DIFFERENCES,
        top_trends: int = TOP_TRENDS,
        top_cooccurring: int = TOP_COOCCURRING,
        coverage_points: int = COVERAGE_POINTS,
        coverage_target: float = COVERAGE_TARGET,
        seed: int = CLUSTER_SEED,
        resolution: float = CLUSTER_RESOLUTION,
        implied: bool = True,
    ) -> MarketReport:
        """The market report of the postings counted.

        ``compare`` lists the pairs of groups whose differences are reported; a side is a group
        name (matched ignoring case) or a list of names taken together. By default: the two groups when there are two,
        else each group against all the others. Groups with fewer than ``min_postings`` postings
        are left out of the default comparisons (with a warning). :class:`InputError` for a group
        name that does not exist.
        """
        z = z_value(confidence)
        warnings: list[str] = []
        n = self.total.postings
        if self.total.errors:
            who = counted(self.total.errors, "posting")
            them = "it is" if self.total.errors == 1 else "they are"
            named = ""
            if self.failures:
                more = self.total.errors - len(self.failures)
                named = ": " + "; ".join(self.failures) + (f"; and {more:,} more" if more > 0 else "")
            warnings.append(f"{who} could not be analysed; {them} left out of every share{named}.")
        names = _SkillNames(taxonomy, self._unlisted_display_names())
        groups = [
            MarketGroup(name, t.postings, t.errors, _skill_shares(t, names))
            for name, t in sorted(self.groups.items(), key=lambda kv: (-kv[1].postings, kv[0]))
        ]
        differences = self._differences(compare, min_postings, z, top_differences, warnings)
        periods, trends = self._periods(min_postings, z, top_trends, warnings)
        support = min_support if min_support is not None else max(MIN_PAIR_POSTINGS, math.ceil(MIN_PAIR_FRACTION * n))
        pairs = {pair: c for pair, c in self.pairs.items() if c >= support}
        cooccurrence = self._cooccurrence(pairs, n, top_cooccurring, z)
        clusters = _clusters(pairs, self.total.any, n, names, seed, resolution)
        curve = _coverage_curve(
            self.required_by_size,
            self.postings_requiring,
            taxonomy if implied else None,
            coverage_points,
            coverage_target,
        )
        if len(self.groups) > 100:
            warnings.append(
                f"{counted(len(self.groups), 'group')}: the column grouping the postings has many distinct values."
            )
        return MarketReport(
            groups=groups,
            differences=differences,
            periods=periods,
            trends=trends,
            cooccurrence=cooccurrence,
            clusters=clusters,
            coverage_curve=curve,
            postings=n,
            errors=self.total.errors,
            period=self.period,
            min_postings=min_postings,
            min_support=support,
            confidence=confidence,
            warnings=warnings,
            names=names,
        )

    # -- pieces of the result --
    def _group_named(self, typed: str) -> str:
        """The group a user's ``typed`` name means, in its own spelling: the exact name, else the
        one group equal to it ignoring case and spaces around it. :class:`InputError` otherwise."""
        if typed in self.groups:
            return typed
        key = typed.strip().casefold()
        same = sorted(name for name in self.groups if name.strip().casefold() == key)
        if len(same) == 1:
            return same[0]
        if same:
            raise InputError(f"{typed!r} could be {' or '.join(same)}; type the group as the file spells it")
        known = ", ".join(sorted(self.groups)[:20])
        raise InputError(f"no group named {typed!r} to compare; the groups are: {known}")

    def _side(self, members: Sequence[str]) -> tuple[str, _Tally]:
        tally = _Tally()
        for m in members:
            tally.merge(self.groups[m])
        return " + ".join(members), tally

    def _named_sides(self, a: str | Sequence[str], b: str | Sequence[str]) -> tuple[list[str], list[str]]:
        """Both sides of a comparison as the groups' own names (matched as :meth:`_group_named`)."""
        sides = []
        for side in (a, b):
            members = [side] if isinstance(side, str) else list(side)
            if not members:
                raise InputError("a side of a comparison names no group")
            sides.append([self._group_named(m) for m in members])
        both = set(sides[0]) & set(sides[1])
        if both:
            raise InputError(f"group {min(both)!r} is on both sides of a comparison")
        return sides[0], sides[1]

    def _differences(self, compare, min_postings: int, z: float, top: int, warnings: list[str]) -> list[Difference]:
        sides: list[tuple[tuple[str, _Tally], tuple[str, _Tally]]] = []
        if compare is not None:
            named = [self._named_sides(a, b) for a, b in compare]
            sides = [(self._side(a), self._side(b)) for a, b in named]
        else:
            big = sorted(name for name, t in self.groups.items() if t.postings >= min_postings)
            small = sorted(name for name, t in self.groups.items() if t.postings < min_postings)
            if small and len(self.groups) > 1:
                shown = ", ".join(small[:10]) + (f" and {len(small) - 10} more" if len(small) > 10 else "")
                fewer = f"fewer than {counted(min_postings, 'posting')}"
                warnings.append(
                    f"{'a group' if len(small) == 1 else 'groups'} with {fewer} "
                    f"{'is' if len(small) == 1 else 'are'} not compared: {shown}."
                )
            if len(big) == 2:
                sides = [(self._side([big[0]]), self._side([big[1]]))]
            elif len(big) > 2:
                for name in big:
                    rest = _Tally()
                    rest.merge(self.total)
                    own = self.groups[name]
                    rest.postings -= own.postings
                    rest.errors -= own.errors
                    rest.any.subtract(own.any)
                    rest.required.subtract(own.required)
                    sides.append(((name, own), ("all other groups", rest)))
        out: list[Difference] = []
        for (name_a, a), (name_b, b) in sides:
            if a.postings == 0 or b.postings == 0:
                warnings.append(f"no difference between {name_a!r} and {name_b!r}: one of them has no postings.")
                continue
            rows = []
            for s in sorted(set(+a.any) | set(+b.any)):
                d, low, high = newcombe_interval(a.any[s], a.postings, b.any[s], b.postings, z)
                rows.append(Difference(s, name_a, name_b, a.any[s] / a.postings, b.any[s] / b.postings, d, low, high))
            rows.sort(key=lambda r: (-abs(robust_effect(r.low, r.high)), -abs(r.diff), r.skill_id))
            out += rows[:top]
        return out

    def _periods(self, min_postings: int, z: float, top: int, warnings: list[str]) -> tuple[list, list]:
        if self.period is None:
            return [], []
        if self.missing_dates or self.unparsable_dates:
            parts = []
            if self.missing_dates:
                have = "has" if self.missing_dates == 1 else "have"
                parts.append(f"{counted(self.missing_dates, 'posting')} {have} no date")
            if self.unparsable_dates:
                shown = ", ".join(repr(x) for x in self.unparsable_examples)
                have = "has" if self.unparsable_dates == 1 else "have"
                who = (
                    f"{self.unparsable_dates:,} {have}"
                    if parts
                    else f"{counted(self.unparsable_dates, 'posting')} {have}"
                )
                parts.append(f"{who} a date that could not be read (e.g. {shown})")
            they = "it is" if self.missing_dates + self.unparsable_dates == 1 else "they are"
            warnings.append(" and ".join(parts) + f"; {they} counted in the period {UNKNOWN_PERIOD!r}.")
        known = sorted((p for p in self.periods if p != UNKNOWN_PERIOD), key=_period_ordinal)
        order = known + ([UNKNOWN_PERIOD] if UNKNOWN_PERIOD in self.periods else [])
        periods = []
        for label in order:
            t = self.periods[label]
            shares = sorted(((s, c / t.postings) for s, c in (+t.any).items()), key=lambda x: (-x[1], x[0]))
            periods.append(MarketPeriod(label, t.postings, t.errors, t.postings < min_postings, shares))
        usable = [p for p in known if self.periods[p].postings >= min_postings]
        few = [p for p in known if self.periods[p].postings < min_postings]
        if few:
            warnings.append(
                f"{'a period' if len(few) == 1 else 'periods'} with fewer than {counted(min_postings, 'posting')} "
                f"{'is' if len(few) == 1 else 'are'} left out of the trends: {', '.join(few)}."
            )
        if len(usable) < 2:
            if known:
                warnings.append("fewer than two periods with enough postings: no trends.")
            return periods, []
        tallies = [self.periods[p] for p in usable]
        skills = sorted(set().union(*(set(+t.any) for t in tallies)))
        rows = []
        for s in skills:
            if len(usable) == 2:
                first, last = tallies
                d, low, high = newcombe_interval(last.any[s], last.postings, first.any[s], first.postings, z)
            else:
                d, low, high = trend_slope(
                    [(_period_ordinal(p), t.any[s], t.postings) for p, t in zip(usable, tallies)], z
                )
            rows.append(Trend(s, d, low, high))

        def key(r: Trend) -> tuple[float, float, str]:
            return (-abs(robust_effect(r.low, r.high)), -abs(r.slope_or_diff), r.skill_id)

        rising = sorted((r for r in rows if r.slope_or_diff > 0), key=key)[:top]
        falling = sorted((r for r in rows if r.slope_or_diff < 0), key=key)[:top]
        return periods, rising + falling

    def _cooccurrence(self, pairs: dict[tuple[str, str], int], n: int, top: int, z: float) -> list[Cooccurrence]:
        partners: dict[str, list[tuple[float, Partner]]] = {}
        counts = self.total.any
        for (a, b), c in pairs.items():
            lift = c * n / (counts[a] * counts[b])
            low = lift_lower_bound(lift, c, n, z)
            partners.setdefault(a, []).append((low, Partner(b, lift, c / n)))
            partners.setdefault(b, []).append((low, Partner(a, lift, c / n)))
        out = []
        for s in sorted(partners, key=lambda s: (-counts[s], s)):
            best = sorted(partners[s], key=lambda lp: (-lp[0], -lp[1].lift, lp[1].skill_id))
            out.append(Cooccurrence(s, [p for low, p in best if low > 1][:top]))
        return [c for c in out if c.partners]


def lift_lower_bound(lift: float, together: int, n: int, z: float) -> float:
    """The lower confidence bound of a lift, counting the joint count as its only noise:
    ``lift · exp(-z · sqrt(1/n_ab - 1/N))`` (the single counts are far larger and far surer).
    It ranks the partners of a skill: a lift of 2.2 from 10 postings (bound 1.2) ranks below a
    lift of 2.0 from 140 (bound 1.7)."""
    return lift * math.exp(-z * math.sqrt(max(0.0, 1 / together - 1 / n)))


def _is_nan(value: object) -> bool:
    return isinstance(value, float) and math.isnan(value)  # pandas' empty cell


def _group_name(value: object) -> str:
    if value is None or _is_nan(value):
        return NO_VALUE_GROUP
    text = " ".join(str(value).split())
    return text or NO_VALUE_GROUP


class _SkillNames:
    """Display name and category of a skill id (for a skill the taxonomy lacks, the id itself, or an
    unlisted skill's most written name marked "not in the taxonomy")."""

    def __init__(self, taxonomy: Taxonomy, unlisted: Mapping[str, str] | None = None):
        self.taxonomy = taxonomy
        self.unlisted = unlisted or {}

    def name(self, skill_id: str) -> str:
        s = self.taxonomy.skills.get(skill_id)
        return s.name if s else name_without_taxonomy(skill_id, self.unlisted)

    def category(self, skill_id: str) -> str:
        s = self.taxonomy.skills.get(skill_id)
        return s.category if s else ""

    def category_name(self, category_id: str) -> str:
        """The category's name; "Not in the taxonomy" for the empty one of skills it lacks (the
        reports' per-group table had a row with a blank category cell for an unlisted skill)."""
        c = self.taxonomy.categories.get(category_id)
        return c.name if c else category_id or NOT_IN_TAXONOMY.capitalize()


def _skill_shares(t: _Tally, names: _SkillNames) -> list[SkillShare]:
    if not t.postings:
        return []
    rows = [
        SkillShare(names.name(s), s, names.category(s), c / t.postings, t.required[s] / t.postings)
        for s, c in (+t.any).items()
    ]
    rows.sort(key=lambda r: (-r.share, -r.required_share, r.skill_id))
    return rows


def _clusters(
    pairs: dict[tuple[str, str], int], counts: Counter[str], n: int, names: _SkillNames, seed: int, resolution: float
) -> list[Cluster]:
    """Louvain communities of the positive-PMI graph (deterministic: sorted input, fixed seed).

    A cluster's skills are ordered by how central they are to it: the sum of their PMI weights to
    the other members times the log of their postings. Named by the most common skills, every
    cluster would be "communication · Python · …"; named by its core it reads as a profile
    ("Docker · Kubernetes · CI/CD").
    """
    import networkx as nx  # well-kept, pure Python; Louvain is not hand-rolled here

    graph = nx.Graph()
    for (a, b), c in sorted(pairs.items()):
        lift = c * n / (counts[a] * counts[b])
        if lift > 1:
            graph.add_edge(a, b, weight=math.log(lift))
    if graph.number_of_edges() == 0:
        return []
    communities = nx.community.louvain_communities(graph, weight="weight", resolution=resolution, seed=seed)
    clusters = []
    for members in communities:
        if len(members) < 2:
            continue
        core = {
            s: sum(w for t, w in sorted((t, d["weight"]) for t, d in graph[s].items() if t in members))
            * math.log(counts[s])
            for s in members
        }
        ordered = sorted(members, key=lambda s: (-core[s], s))
        clusters.append(Cluster(" · ".join(names.name(s) for s in ordered[:3]), ordered))
    clusters.sort(key=lambda c: (-len(c.skills), c.name))
    return clusters


def _coverage_curve(
    required_by_size: dict[str, Counter[int]], postings: int, taxonomy: Taxonomy | None, points: int, target: float
) -> list[CoveragePoint]:
    """Greedy curve of ``covered_share`` (module docstring); gains recomputed at every step."""
    if not postings:
        return []
    # Each required (posting, skill) is worth 1 / |R(p)| / |P|; summed exactly per skill.
    weight = {
        s: sum(c / size for size, c in sorted(by_size.items())) / postings for s, by_size in required_by_size.items()
    }
    candidates = sorted(weight)
    meets = {s: ({s} | _implied(taxonomy, s)) & weight.keys() for s in candidates}
    met: set[str] = set()
    covered = 0.0
    curve = []
    for k in range(1, points + 1):
        best, best_gain = None, 0.0
        for s in candidates:
            if s in met:
                continue
            gain = sum(weight[t] for t in sorted(meets[s] - met))  # sorted: same float sum in every run
            if gain > best_gain + 1e-15 or (best is not None and abs(gain - best_gain) <= 1e-15 and s < best):
                best, best_gain = s, gain
        if best is None:
            break
        newly = meets[best] - met
        met |= newly
        covered += best_gain
        # rounded to 12 places: a sum of thirds and sixths is 0.9999999999999999, not 1
        curve.append(CoveragePoint(k, best, min(1.0, round(covered, 12)), tuple(sorted(newly - {best}))))
        if covered >= target - 1e-12:
            break
    return curve


def _implied(taxonomy: Taxonomy | None, skill_id: str) -> set[str]:
    if taxonomy is None or skill_id not in taxonomy.skills:
        return set()
    return taxonomy.implied_by(skill_id)


# --- the report --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SkillShare:
    skill: str
    skill_id: str
    category: str
    share: float
    required_share: float

    def to_dict(self) -> dict:
        return {
            "skill": self.skill,
            "skill_id": self.skill_id,
            "category": self.category,
            "share": self.share,
            "required_share": self.required_share,
        }


@dataclass(frozen=True, slots=True)
class MarketGroup:
    group: str
    postings: int  # analysed without error
    errors: int
    skills: list[SkillShare]

    def to_dict(self) -> dict:
        return {
            "group": self.group,
            "postings": self.postings,
            "errors": self.errors,
            "skills": [s.to_dict() for s in self.skills],
        }


@dataclass(frozen=True, slots=True)
class Difference:
    skill_id: str
    group_a: str
    group_b: str
    share_a: float
    share_b: float
    diff: float
    low: float
    high: float

    @property
    def significant(self) -> bool:
        return significant(self.low, self.high)

    def to_dict(self) -> dict:
        return {
            "skill_id": self.skill_id,
            "group_a": self.group_a,
            "group_b": self.group_b,
            "share_a": self.share_a,
            "share_b": self.share_b,
            "diff": self.diff,
            "low": self.low,
            "high": self.high,
        }


@dataclass(frozen=True, slots=True)
class MarketPeriod:
    period: str
    postings: int
    errors: int
    too_few: bool
    shares: list[tuple[str, float]]  # (skill id, share), largest first

    def to_dict(self) -> dict:
        return {
            "period": self.period,
            "postings": self.postings,
            "errors": self.errors,
            "too_few": self.too_few,
            "skills": [{"skill_id": s, "share": v} for s, v in self.shares],
        }


@dataclass(frozen=True, slots=True)
class Trend:
    skill_id: str
    slope_or_diff: float  # share per period (3+ periods) or later - earlier share (2 periods)
    low: float
    high: float

    @property
    def significant(self) -> bool:
        return significant(self.low, self.high)

    def to_dict(self) -> dict:
        return {"skill_id": self.skill_id, "slope_or_diff": self.slope_or_diff, "low": self.low, "high": self.high}


class Partner(NamedTuple):
    skill_id: str
    lift: float
    support: float  # share of all postings asking for both


@dataclass(frozen=True, slots=True)
class Cooccurrence:
    skill_id: str
    partners: list[Partner]  # highest lift first

    def to_dict(self) -> dict:
        return {
            "skill_id": self.skill_id,
            "with": [{"skill_id": p.skill_id, "lift": p.lift, "support": p.support} for p in self.partners],
        }


@dataclass(frozen=True, slots=True)
class Cluster:
    name: str
    skills: list[str]  # most common first

    def to_dict(self) -> dict:
        return {"name": self.name, "skills": list(self.skills)}


class CoveragePoint(NamedTuple):
    k: int
    skill_id: str
    covered_share: float
    also_meets: tuple[str, ...] = ()  # required skills this pick meets through ``implies``, not met before

    def to_dict(self) -> dict:
        return {"k": self.k, "skill_id": self.skill_id, "covered_share": self.covered_share}


@dataclass
class MarketReport:
    """The market view; :meth:`to_dict` is the JSON contract, the other fields are for renderers."""

    groups: list[MarketGroup]
    differences: list[Difference]
    periods: list[MarketPeriod]
    trends: list[Trend]
    cooccurrence: list[Cooccurrence]
    clusters: list[Cluster]
    coverage_curve: list[CoveragePoint]
    postings: int = 0  # analysed without error
    errors: int = 0
    period: str | None = None
    min_postings: int = MIN_POSTINGS
    min_support: int = MIN_PAIR_POSTINGS
    confidence: float = CONFIDENCE
    warnings: list[str] = field(default_factory=list)
    names: _SkillNames | None = None

    @property
    def trend_unit(self) -> str:
        """What ``slope_or_diff`` measures: a slope per period, or a difference of two periods."""
        usable = [p for p in self.periods if not p.too_few and p.period != UNKNOWN_PERIOD]
        if len(usable) == 2:
            return f"share in {usable[1].period} minus share in {usable[0].period}"
        return f"change of share per {self.period}"

    def skill_name(self, skill_id: str) -> str:
        return self.names.name(skill_id) if self.names else skill_id

    def to_dict(self) -> dict:
        return {
            "groups": [g.to_dict() for g in self.groups],
            "differences": [d.to_dict() for d in self.differences],
            "periods": [p.to_dict() for p in self.periods],
            "trends": [t.to_dict() for t in self.trends],
            "cooccurrence": [c.to_dict() for c in self.cooccurrence],
            "clusters": [c.to_dict() for c in self.clusters],
            "coverage_curve": [c.to_dict() for c in self.coverage_curve],
        }


# --- the most demanded skills of each group, and the user's gaps among them -----------------------
#: Skills shown per group by default.
TOP_PER_GROUP = 10


@dataclass(frozen=True, slots=True)
class GroupSkill:
    """One of a group's most demanded skills, and whether the profile gives credit for it."""

    skill: str
    skill_id: str
    category: str
    share: float  # postings of the group asking for it at any level / postings analysed
    required_share: float
    yours: bool


@dataclass(frozen=True, slots=True)
class GroupTop:
    """A group's most demanded skills (largest share first)."""

    group: str
    postings: int  # analysed without error
    errors: int
    skills: list[GroupSkill]

    @property
    def gaps(self) -> list[GroupSkill]:
        """The top skills the profile does not give credit for, in the same order."""
        return [s for s in self.skills if not s.yours]


def top_skills_by_group(
    report: MarketReport,
    profile: Profile | None = None,
    *,
    top: int = TOP_PER_GROUP,
    kinds: Iterable[str] | None = None,
) -> list[GroupTop]:
    """Per group of ``report`` (largest first): its ``top`` most demanded skills — by the share of
    its postings asking for them at any level, then the share requiring them — each marked
    ``yours`` when ``profile`` gives credit for it as the gap analysis does (typed, implied by a
    skill typed: PostgreSQL gives SQL, or an unlisted skill typed by the same name). ``kinds``
    keeps only skills of those :func:`~analyzer.gap.ranking.gap_group` kinds (``technical``,
    ``business and communication``); None keeps all. Without a profile every skill is a gap.
    """
    if top < 1:
        raise ValueError(f"top must be at least 1, not {top}")
    wanted = set(kinds) if kinds is not None else None
    have = profile.by_id() if profile is not None else {}
    typed = profile.typed_names() if profile is not None else {}

    def yours(sid: str) -> bool:
        return sid in have or (profile is not None and profile.unlisted(sid, typed) is not None)

    out = []
    for g in report.groups:
        shown = [s for s in g.skills if wanted is None or gap_group(s.category) in wanted][:top]
        skills = [
            GroupSkill(s.skill, s.skill_id, s.category, s.share, s.required_share, yours(s.skill_id)) for s in shown
        ]
        out.append(GroupTop(g.group, g.postings, g.errors, skills))
    return out
