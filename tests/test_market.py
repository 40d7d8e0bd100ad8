"""The market view: its statistics against hand-computed cases, groups and periods, merging, and
the renderers (contract, escaping). Plain Python: no pipeline is built here."""

from __future__ import annotations

import csv
import io
import json
import pickle
import random

import pytest

from analyzer.errors import InputError
from analyzer.gap.market import (
    UNKNOWN_PERIOD,
    MarketCounter,
    MarketPosting,
    lift_lower_bound,
    newcombe_interval,
    parse_date,
    parse_period,
    strongest_levels,
    trend_slope,
    wilson_interval,
    z_value,
)
from analyzer.io.market_report import render_market, write_market
from analyzer.taxonomy import Taxonomy

Z = z_value(0.95)
R, P, U = "required", "preferred", "unspecified"


def posting(skills: dict[str, str], group=None, date=None, error=False) -> MarketPosting:
    return MarketPosting(skills, group, date, error)


# --- statistics ---------------------------------------------------------------------------------
def test_z_value_is_the_normal_quantile():
    assert Z == pytest.approx(1.959964, abs=1e-6)
    assert z_value(0.90) == pytest.approx(1.644854, abs=1e-6)
    with pytest.raises(ValueError):
        z_value(1.0)


def test_wilson_interval_by_hand():
    # 5 of 10, z = 1.959964: z²/n = 0.384146; denominator 1.384146; centre (0.5 + 0.192073) / 1.384146 = 0.5;
    # half = z·sqrt(0.5·0.5/10 + z²/(4·100)) / 1.384146 = 1.959964 · sqrt(0.025 + 0.0096036) / 1.384146
    #      = 1.959964 · 0.186021 / 1.384146 = 0.263407  ->  (0.236593, 0.763407)
    low, high = wilson_interval(5, 10, Z)
    assert (low, high) == (pytest.approx(0.236593, abs=1e-6), pytest.approx(0.763407, abs=1e-6))
    # 0 of 20: centre = (z²/40) / (1 + z²/20) = 0.0960365 / 1.192073 = 0.0805626, half the same: (0, 0.161125)
    low, high = wilson_interval(0, 20, Z)
    assert low == 0.0 and high == pytest.approx(0.161125, abs=1e-6)
    assert wilson_interval(0, 0, Z) == (0.0, 1.0)


def test_newcombe_interval_matches_the_worked_example():
    # Newcombe (1998), example (a): 56/70 - 48/80 = 0.2, hybrid score interval 0.0524 to 0.3339.
    # Wilson 56/70 = (0.691834, 0.876953), Wilson 48/80 = (0.490455, 0.700382):
    # low  = 0.2 - sqrt((0.8 - 0.691834)² + (0.700382 - 0.6)²) = 0.2 - sqrt(0.011700 + 0.010077) = 0.052431
    # high = 0.2 + sqrt((0.876953 - 0.8)² + (0.6 - 0.490455)²) = 0.2 + sqrt(0.005922 + 0.012000) = 0.333873
    d, low, high = newcombe_interval(56, 70, 48, 80, Z)
    assert d == pytest.approx(0.2)
    assert low == pytest.approx(0.0524, abs=5e-5) and high == pytest.approx(0.3339, abs=5e-5)
    # No posting on either side asks for it: the difference is 0 and the interval is symmetric around it.
    d, low, high = newcombe_interval(0, 10, 0, 10, Z)
    assert d == 0 and low == pytest.approx(-high) and 0.27 < high < 0.28


def test_trend_slope_by_hand():
    # Shares 10 %, 20 %, 30 % in three periods of 100 postings: t̄ = 1, S_tt = 100·(1 + 0 + 1) = 200,
    # slope = 100·(-1·0.1 + 1·0.3) / 200 = 0.1 per period.
    # p̃ = 12/104, 22/104, 32/104; Var = [100·0.115385·0.884615 + 0 + 100·0.307692·0.692308] / 200²
    #     = (10.20710 + 21.30178) / 40000 = 0.000787722; half = 1.959964 · 0.0280664 = 0.0550092
    slope, low, high = trend_slope([(0, 10, 100), (1, 20, 100), (2, 30, 100)], Z)
    assert slope == pytest.approx(0.1)
    assert low == pytest.approx(0.0449908, abs=1e-6) and high == pytest.approx(0.1550092, abs=1e-6)
    # Calendar gaps count: the same shares in 2018, 2020, 2024 make a slope per year, not per step.
    slope, _, _ = trend_slope([(2018, 10, 100), (2020, 20, 100), (2024, 40, 100)], Z)
    t_mean = (2018 + 2020 + 2024) / 3
    s_tt = sum(100 * (t - t_mean) ** 2 for t in (2018, 2020, 2024))
    expected = sum(100 * (t - t_mean) * p for t, p in ((2018, 0.1), (2020, 0.2), (2024, 0.4))) / s_tt
    assert slope == pytest.approx(expected) and slope == pytest.approx(0.05, abs=0.002)


def test_strongest_levels_keeps_the_strongest_mention():
    mentions = [
        {"skill_id": "sql", "requirement": U},
        {"skill_id": "sql", "requirement": R},
        {"skill_id": "sql", "requirement": P},
        {"skill_id": "aws", "requirement": P},
    ]
    assert strongest_levels(mentions) == {"sql": R, "aws": P}


# --- dates --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("2024-03-01", (2024, 3)),
        ("2024-03-01T09:30:00Z", (2024, 3)),
        ("2024/3/1", (2024, 3)),
        ("2024-03", (2024, 3)),
        ("03/2024", (2024, 3)),
        ("2020", (2020, None)),
        ("Mar 2024", (2024, 3)),
        ("March 3, 2024", (2024, 3)),
        ("3 March 2024", (2024, 3)),
        ("sept. 2019", (2019, 9)),
        ("2024-Q2", (2024, 4)),
        ("Q4 2023", (2023, 10)),
        ("03/01/2024", (2024, 3)),  # month first when ambiguous
        ("25/12/2023", (2023, 12)),  # day first when the first number cannot be a month
        ("  2021-07-15 ", (2021, 7)),
    ],
)
def test_parse_date_reads_common_formats(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["", "yesterday", "3 days ago", "2024-13-01", "2023-02-30", "31/31/2020", "Smarch 2020", "1850", "12345"]
)
def test_parse_date_does_not_guess(text):
    assert parse_date(text) is None


def test_dates_from_dataframes():
    from datetime import date, datetime

    assert parse_date(datetime(2024, 3, 1, 12)) == (2024, 3) and parse_date(date(2019, 12, 31)) == (2019, 12)
    assert parse_date(2020) == (2020, None) and parse_date(20) is None and parse_date(True) is None
    c = MarketCounter(period="year")
    c.add(posting({"sql": R}, date=float("nan")))  # an empty cell read by pandas: missing, not unparsable
    assert (c.missing_dates, c.unparsable_dates) == (1, 0)
    c.add(posting({"sql": R}, date="soon"))
    assert "1 posting has no date and 1 has a date that could not be read (e.g. 'soon')" in " ".join(
        c.result(Taxonomy(categories={}, skills={})).warnings
    )


def test_parse_period_labels():
    assert parse_period("2024-03-15", "year") == "2024"
    assert parse_period("2024-03-15", "quarter") == "2024-Q1"
    assert parse_period("2024-11-15", "quarter") == "2024-Q4"
    assert parse_period("2024-03-15", "month") == "2024-03"
    assert parse_period("2024", "quarter") is None  # a bare year has no quarter
    with pytest.raises(ValueError):
        parse_period("2024", "week")


# --- groups, shares, errors ---------------------------------------------------------------------
def test_shares_are_over_postings_analysed_without_error(tax):
    c = MarketCounter()
    c.add(posting({"python": R, "sql": P}))
    c.add(posting({"python": U}))
    c.add(posting({"sql": R}))
    c.add(posting({}))  # analysed, no skill: still in the denominator
    c.add(posting({"python": R}, error=True))  # could not be analysed: in no share
    report = c.result(tax)
    assert report.postings == 4 and report.errors == 1
    (group,) = report.to_dict()["groups"]
    assert group["group"] == "all" and group["postings"] == 4
    shares = {s["skill_id"]: (s["share"], s["required_share"]) for s in group["skills"]}
    assert shares == {"python": (0.5, 0.25), "sql": (0.5, 0.25)}
    assert group["skills"][0]["skill"] in ("Python", "SQL") and group["skills"][0]["category"]
    assert any("could not be analysed" in w for w in report.warnings)


def test_group_values_and_missing_group(tax):
    c = MarketCounter(grouped=True)
    for _ in range(3):
        c.add(posting({"python": R}, group="mlops"))
    c.add(posting({"sql": R}, group="  "))
    c.add(posting({"sql": R}, group=None))
    groups = {g["group"]: g["postings"] for g in c.result(tax).to_dict()["groups"]}
    assert groups == {"mlops": 3, "(no value)": 2}


def test_differences_rank_by_the_robust_bound_and_flag_small_ones(tax):
    c = MarketCounter(grouped=True)
    # 100 postings per group. python: 55 vs 35 (diff 0.20, Newcombe 0.062 to 0.328);
    # docker: 18 vs 1 (diff 0.17, Newcombe 0.093 to 0.257): smaller but surer, so ranked first.
    # aws: 3 vs 0 (diff 0.03, Newcombe -0.012 to 0.083): not significant.
    for group, counts in (("a", {"python": 55, "docker": 18, "aws": 3}), ("b", {"python": 35, "docker": 1, "aws": 0})):
        for i in range(100):
            c.add(posting({s: R for s, k in counts.items() if i < k}, group=group))
    report = c.result(tax)
    rows = report.to_dict()["differences"]
    assert [r["skill_id"] for r in rows] == ["docker", "python", "aws"]
    python = rows[1]
    assert (python["group_a"], python["group_b"]) == ("a", "b")
    assert python["share_a"] == 0.55 and python["share_b"] == 0.35 and python["diff"] == pytest.approx(0.2)
    assert python["low"] == pytest.approx(0.0621, abs=1e-4) and python["high"] == pytest.approx(0.3275, abs=1e-4)
    aws = report.differences[2]
    assert not aws.significant and aws.low < 0 < aws.high
    assert report.differences[0].significant


def test_small_groups_are_not_compared_by_default_but_can_be_asked_for(tax):
    c = MarketCounter(grouped=True)
    for i in range(100):
        c.add(posting({"python": R} if i < 20 else {}, group="big"))
    for i in range(3):
        c.add(posting({"python": R} if i < 1 else {}, group="tiny"))
    report = c.result(tax)
    assert report.differences == []
    assert any("a group with fewer than 30 postings is not compared: tiny" in w for w in report.warnings)
    # Asked for explicitly, the 1-in-3 vs 20-in-100 difference is shown but its interval spans 0.
    (row,) = c.result(tax, compare=[("tiny", "big")]).differences
    assert row.diff == pytest.approx(1 / 3 - 0.2) and row.low < 0 < row.high and not row.significant
    with pytest.raises(InputError, match="no group named 'nope'"):
        c.result(tax, compare=[("nope", "big")])
    with pytest.raises(InputError, match="'big' is on both sides"):
        c.result(tax, compare=[(["tiny", "big"], "big")])


def test_more_than_two_groups_compare_each_with_the_rest(tax):
    c = MarketCounter(grouped=True)
    for group, k in (("a", 40), ("b", 10), ("c", 10)):
        for i in range(50):
            c.add(posting({"sql": R} if i < k else {}, group=group))
    rows = [d for d in c.result(tax).differences if d.group_a == "a"]
    (sql,) = rows
    assert sql.group_b == "all other groups" and sql.share_a == 0.8 and sql.share_b == pytest.approx(20 / 100)


def test_sides_can_join_groups(tax):
    c = MarketCounter(grouped=True)
    for group, k in (("2024", 30), ("2019", 5), ("2020", 5)):
        for i in range(40):
            c.add(posting({"pytorch": R} if i < k else {}, group=group))
    (row,) = c.result(tax, compare=[("2024", ["2019", "2020"])]).differences
    assert row.group_b == "2019 + 2020" and row.share_b == pytest.approx(10 / 80) and row.significant


# --- periods ------------------------------------------------------------------------------------
def test_periods_too_few_and_unknown_dates(tax):
    c = MarketCounter(period="year")
    for year, n, k in (("2019", 40, 4), ("2021", 2, 2), ("2023", 40, 20)):
        for i in range(n):
            c.add(posting({"pytorch": R} if i < k else {"sql": R}, date=f"{year}-06-01"))
    c.add(posting({"sql": R}, date=None))
    c.add(posting({"sql": R}, date=""))
    c.add(posting({"sql": R}, date="last week"))
    report = c.result(tax, min_postings=30)
    periods = report.to_dict()["periods"]
    assert [(p["period"], p["postings"], p["too_few"]) for p in periods] == [
        ("2019", 40, False),
        ("2021", 2, True),
        ("2023", 40, False),
        (UNKNOWN_PERIOD, 3, True),
    ]
    assert sum(p["postings"] for p in periods) == 85  # every posting is in a period
    warning = next(w for w in report.warnings if UNKNOWN_PERIOD in w)
    assert "2 postings have no date" in warning and "and 1 has a date that could not be read" in warning
    assert "'last week'" in warning
    assert any("left out of the trends: 2021" in w for w in report.warnings)
    # Two usable periods: the trend is 2023 minus 2019 with the Newcombe interval (2021 is left out).
    pytorch = next(t for t in report.trends if t.skill_id == "pytorch")
    d, low, high = newcombe_interval(20, 40, 4, 40, Z)
    assert (pytorch.slope_or_diff, pytorch.low, pytorch.high) == (d, low, high)
    assert report.trend_unit == "share in 2023 minus share in 2019"
    sql = next(t for t in report.trends if t.skill_id == "sql")
    assert sql.slope_or_diff < 0 and report.trends.index(pytorch) < report.trends.index(sql)


def test_three_periods_give_a_slope_per_quarter(tax):
    c = MarketCounter(period="quarter")
    for label, k in (("2024-01-10", 10), ("Apr 2024", 20), ("2024-08", 30)):
        for i in range(100):
            c.add(posting({"docker": R} if i < k else {"python": R}, date=label))
    report = c.result(tax)
    assert [p.period for p in report.periods] == ["2024-Q1", "2024-Q2", "2024-Q3"]
    docker = next(t for t in report.trends if t.skill_id == "docker")
    assert docker.slope_or_diff == pytest.approx(0.1)
    assert docker.low == pytest.approx(0.0449908, abs=1e-6)  # as in test_trend_slope_by_hand
    assert report.trend_unit == "change of share per quarter"


def test_no_trends_without_two_usable_periods(tax):
    c = MarketCounter(period="month")
    for _ in range(50):
        c.add(posting({"sql": R}, date="2024-05-02"))
    c.add(posting({"sql": R}, date="2024-06-02"))
    report = c.result(tax)
    assert report.trends == [] and [p.too_few for p in report.periods] == [False, True]


def test_no_period_asked_means_no_periods(tax):
    c = MarketCounter()
    c.add(posting({"sql": R}, date="2024-01-01"))
    d = c.result(tax).to_dict()
    assert d["periods"] == [] and d["trends"] == []


# --- co-occurrence, clusters, coverage ------------------------------------------------------------
def test_lift_support_and_partner_ranking_by_hand(tax):
    c = MarketCounter()
    for i in range(100):
        skills = {"python": i < 40, "sql": 16 <= i < 46, "tableau": i < 10 or 60 <= i < 70, "docker": 30 <= i < 40}
        c.add(posting({s: R for s, asked in skills.items() if asked}))
    report = c.result(tax, min_support=1)
    # N = 100. python 40, sql 30, together 24 (i = 16..39): lift = 24·100 / (40·30) = 2.0, support 0.24;
    #   lower bound 2.0·exp(-1.959964·sqrt(1/24 - 1/100)) = 2.0·exp(-0.348777) = 2.0·0.705550 = 1.41110.
    # docker 10, all with python: lift = 10·100 / (40·10) = 2.5, bound 2.5·exp(-1.959964·0.3) = 2.5·0.555443 = 1.38861:
    #   a higher lift on fewer postings ranks below SQL.
    # tableau 20, 10 with python: lift = 10·100 / (40·20) = 1.25 but bound 0.694 < 1: not listed.
    with_python = next(c for c in report.cooccurrence if c.skill_id == "python")
    assert [(p.skill_id, round(p.lift, 4), p.support) for p in with_python.partners] == [
        ("sql", 2.0, 0.24),
        ("docker", 2.5, 0.1),
    ]
    assert lift_lower_bound(2.0, 24, 100, Z) == pytest.approx(1.41110, abs=1e-5)
    assert lift_lower_bound(2.5, 10, 100, Z) == pytest.approx(1.38861, abs=1e-5)
    assert report.to_dict()["cooccurrence"][0]["with"][0].keys() == {"skill_id", "lift", "support"}
    # The default minimum support (10 postings together) leaves python-docker in, tableau pairs out.
    assert all(p.support * 100 >= 10 for c in c.result(tax).cooccurrence for p in c.partners)


def test_clusters_find_two_profiles(tax):
    c = MarketCounter()
    rng = random.Random(7)
    ml = ["pytorch", "tensorflow", "deep_learning", "python"]
    bi = ["sql", "tableau", "databases", "communication"]
    for _ in range(150):
        for profile in (ml, bi):
            c.add(posting({s: R for s in profile if rng.random() < 0.8}))
    report = c.result(tax)
    clusters = [set(cl.skills) for cl in report.clusters]
    assert set(ml) in clusters and set(bi) in clusters
    assert all(len(cl.name.split(" · ")) == 3 for cl in report.clusters)
    assert c.result(tax).to_dict()["clusters"] == report.to_dict()["clusters"]  # deterministic


def test_coverage_curve_greedy_with_implications(tax):
    # Required: p1 {python, sql}, p2 {sql}, p3 {databases, postgresql}; p4 requires nothing (not in P).
    # Weight of a required skill: Σ over postings 1 / |R(p)|, over |P| = 3:
    #   python 1/6, sql (1/2 + 1)/3 = 1/2, databases 1/6, postgresql 1/6.
    # PostgreSQL implies SQL and databases, so its first gain is 1/6 + 1/2 + 1/6 = 5/6 (> SQL's 1/2);
    # after it, SQL's and databases' gains drop to 0 and Python's 1/6 completes the curve.
    c = MarketCounter()
    c.add(posting({"python": R, "sql": R, "docker": P}))
    c.add(posting({"sql": R}))
    c.add(posting({"databases": R, "postgresql": R}))
    c.add(posting({"docker": P}))
    curve = c.result(tax).to_dict()["coverage_curve"]
    assert [(p["k"], p["skill_id"]) for p in curve] == [(1, "postgresql"), (2, "python")]
    assert [p["covered_share"] for p in curve] == [pytest.approx(5 / 6), pytest.approx(1.0)]
    report = c.result(tax)
    assert report.coverage_curve[0].also_meets == ("databases", "sql") and report.coverage_curve[1].also_meets == ()
    # The curve stops once it covers the target share.
    assert [p.skill_id for p in c.result(tax, coverage_target=0.8).coverage_curve] == ["postgresql"]
    # Counting only the skills themselves: SQL (1/2), then the three ties of 1/6 by id.
    plain = c.result(tax, implied=False).coverage_curve
    assert [p.skill_id for p in plain] == ["sql", "databases", "postgresql", "python"]
    assert [round(p.covered_share, 4) for p in plain] == [0.5, 0.6667, 0.8333, 1.0]


def test_nothing_counted_or_only_errors_gives_an_empty_report(tax):
    for counter in (
        MarketCounter(period="year"),
        MarketCounter(period="year").add_all([posting({"sql": R}, error=True)]),
    ):
        report = counter.result(tax)
        d = report.to_dict()
        assert d["differences"] == d["trends"] == d["cooccurrence"] == d["clusters"] == d["coverage_curve"] == []
        for fmt in ("json", "csv", "md", "html"):
            assert render_market(report, fmt)


# --- merging ------------------------------------------------------------------------------------
def _random_postings(n: int, seed: int) -> list[MarketPosting]:
    rng = random.Random(seed)
    skills = ["python", "sql", "pytorch", "tensorflow", "docker", "kubernetes", "aws", "tableau", "statistics"]
    dates = ["2019-05-01", "2020", "Mar 2024", "2024-Q2", None, "not a date", "03/2018"]
    out = []
    for _ in range(n):
        chosen = rng.sample(skills, rng.randint(0, 6))
        out.append(
            posting(
                {s: rng.choice((R, R, P, U)) for s in chosen},
                group=rng.choice(("mlops", "ds", "analyst", None)),
                date=rng.choice(dates),
                error=rng.random() < 0.05,
            )
        )
    return out


def test_merged_counters_equal_one_counter(tax):
    items = _random_postings(1200, seed=3)
    whole = MarketCounter(period="year", grouped=True).add_all(items)
    parts = [MarketCounter(period="year", grouped=True).add_all(items[i : i + 250]) for i in range(0, len(items), 250)]
    merged = MarketCounter(period="year", grouped=True)
    for part in reversed(parts):  # any order
        merged.merge(part)
    assert merged == whole
    assert pickle.loads(pickle.dumps(merged)) == whole  # counters travel between processes and Dask workers
    kwargs = {"min_support": 5}
    assert json.dumps(merged.result(tax, **kwargs).to_dict()) == json.dumps(whole.result(tax, **kwargs).to_dict())
    with pytest.raises(ValueError):
        whole.merge(MarketCounter(period="month", grouped=True))
    with pytest.raises(ValueError):
        whole.merge(MarketCounter(period="year"))


def test_memory_does_not_grow_with_postings():
    # 9 skills, postings of up to 6, 4 groups, 4 readable years + unknown: whatever the number of postings,
    # at most 36 pairs, 9 × 6 (skill, required count) cells, 4 groups and 5 periods are kept.
    c = MarketCounter(period="year", grouped=True)
    c.add_all(_random_postings(3000, seed=1))

    def size():
        return len(c.pairs), sum(len(v) for v in c.required_by_size.values()), len(c.groups), len(c.periods)

    for more in (0, 20_000):
        c.add_all(_random_postings(more, seed=2))
        pairs, cells, groups, periods = size()
        assert pairs <= 36 and cells <= 54 and (groups, periods) == (4, 5)
    assert c.total.postings + c.total.errors == 23_000
    assert c.unparsable_examples == ["not a date"]


def test_unknown_requirement_level_is_refused():
    with pytest.raises(ValueError, match="unknown requirement level"):
        MarketCounter().add(posting({"python": "mandatory"}))


# --- renderers ----------------------------------------------------------------------------------
HOSTILE = '<script>alert(1)</script> =HYPERLINK("http://x") | **bold** [a](javascript:x) # h'
HOSTILE_SKILL = "<img src=x onerror=alert(2)>"  # an id the taxonomy does not know, shown as is


@pytest.fixture
def hostile_report(tax):
    c = MarketCounter(period="year", grouped=True)
    rng = random.Random(11)
    for group, year, k in ((HOSTILE, "2020", 40), ("=cmd|' /C calc'!A0", "2024", 10)):
        for i in range(60):
            skills = {"python": R, "pytorch": R if i < k else P}
            for extra in ("sql", "docker", "kubernetes", "tableau", HOSTILE_SKILL):
                if rng.random() < 0.4:
                    skills[extra] = R
            if "docker" in skills:
                skills["kubernetes"] = R
            c.add(posting(skills, group=group, date=year if i % 5 else "<b>soon</b>"))
    return c.result(tax, min_support=5)


def test_json_follows_the_contract(hostile_report):
    d = json.loads(render_market(hostile_report, "json"))
    assert list(d) == ["groups", "differences", "periods", "trends", "cooccurrence", "clusters", "coverage_curve"]
    assert set(d["groups"][0]) == {"group", "postings", "errors", "skills"}
    assert set(d["groups"][0]["skills"][0]) == {"skill", "skill_id", "category", "share", "required_share"}
    assert set(d["differences"][0]) == {"skill_id", "group_a", "group_b", "share_a", "share_b", "diff", "low", "high"}
    assert set(d["periods"][0]) == {"period", "postings", "errors", "too_few", "skills"}
    assert set(d["periods"][0]["skills"][0]) == {"skill_id", "share"}
    assert set(d["cooccurrence"][0]) == {"skill_id", "with"}
    assert set(d["cooccurrence"][0]["with"][0]) == {"skill_id", "lift", "support"}
    assert set(d["coverage_curve"][0]) == {"k", "skill_id", "covered_share"}
    assert {g["group"] for g in d["groups"]} == {HOSTILE, "=cmd|' /C calc'!A0"}  # JSON keeps values as they are


def test_html_escapes_everything_and_loads_nothing(hostile_report):
    page = render_market(hostile_report, "html")
    assert "<script" not in page and "<img" not in page and "<b>soon" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "http://" not in page.replace("http://x", "") and "src=" not in page.replace("src=x", "")
    assert page.count("<svg") >= 3  # differences, coverage curve, co-occurrence bars
    assert "Warning:" in page and "unknown" in page


def test_markdown_escapes_untrusted_strings(hostile_report):
    text = render_market(hostile_report, "md")
    assert "<script>" not in text and "<img" not in text
    assert "&lt;script&gt;" in text and "\\*\\*bold\\*\\*" in text and "\\[a\\](javascript\u2060\\:x)" in text
    # The differences table has 8 columns: a hostile group name in a row does not add any.
    rows = [line for line in text.splitlines() if line.startswith("|") and "&lt;script&gt;alert(1)" in line]
    assert rows
    assert all(line.replace("\\|", "").count("|") == 9 for line in rows)


def test_csv_cells_are_formula_safe(hostile_report, tmp_path):
    path = tmp_path / "market.csv"
    assert write_market(hostile_report, path) == "csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    tables = {r["table"] for r in rows}
    assert tables >= {"group", "difference", "period", "trend", "cooccurrence", "cluster", "coverage"}
    for r in rows:
        for value in r.values():
            assert not value or value[0] not in "=+-@\t\r" or value[:1] == "-" and _is_number(value)
    assert any(r["group"] == "'=cmd|' /C calc'!A0" for r in rows)


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def test_every_format_writes_and_unknown_ones_are_refused(hostile_report, tmp_path):
    for ext in ("json", "csv", "md", "html"):
        assert write_market(hostile_report, tmp_path / f"m.{ext}") == ext
    with pytest.raises(Exception, match="unknown report type"):
        write_market(hostile_report, tmp_path / "m.xlsx")


def test_docstring_examples():
    import doctest

    import analyzer.gap.market

    result = doctest.testmod(analyzer.gap.market)
    assert result.attempted > 0 and result.failed == 0


def test_docs_example_prints_what_the_docs_show(tmp_path):
    import re
    import subprocess
    import sys
    from pathlib import Path

    doc = (Path(__file__).resolve().parent.parent / "docs" / "market.md").read_text(encoding="utf-8")
    code, shown = re.search(r"```python\n(.*?)```\n\nprints\n\n```\n(.*?)```", doc, re.DOTALL).groups()
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout == shown


def test_an_unlisted_skill_is_under_a_named_category_in_every_group_table(tax):
    """A skill the taxonomy lacks has no category: the Markdown and HTML per-group tables gave it a
    row with a blank category cell ("|  | Zorblax (not in the taxonomy) 100% …")."""
    counter = MarketCounter(grouped=True)
    for _ in range(3):
        counter.add(MarketPosting({"python": R, "unlisted:zorblax": R}, "ml", names={"unlisted:zorblax": "Zorblax"}))
    report = counter.result(tax)
    md = render_market(report, "md")
    assert "| Not in the taxonomy | Zorblax (not in the taxonomy) 100% (100%) |" in md
    assert "<tr><td>Not in the taxonomy</td><td>Zorblax (not in the taxonomy)" in render_market(report, "html")


# --- the most demanded skills of each group, and the user's gaps among them -----------------------
def test_top_skills_by_group_marks_what_the_profile_gives_credit_for(tax):
    from analyzer.gap.market import top_skills_by_group
    from analyzer.gap.profile import Profile
    from analyzer.gap.ranking import TECHNICAL

    c = MarketCounter(grouped=True)
    for i in range(4):
        c.add(posting({"python": R, "sql": R if i < 3 else P, "docker": P, "communication": U}, group="analyst"))
    for i in range(2):
        c.add(posting({"kubernetes": R, "docker": R, "unlisted:quibbly": P if i else R}, group="mlops"))
    c.add(posting({"kubernetes": R}, group="mlops", error=True))
    report = c.result(tax)
    # PostgreSQL gives credit for SQL (implies), as in the gap analysis; an unlisted skill is yours
    # when you typed its name.
    tops = top_skills_by_group(report, Profile.from_text("postgresql, Quibbly"), top=3)
    assert [(t.group, t.postings, t.errors) for t in tops] == [("analyst", 4, 0), ("mlops", 2, 1)]
    analyst, mlops = tops
    assert [(s.skill_id, s.share, s.required_share, s.yours) for s in analyst.skills] == [
        ("python", 1.0, 1.0, False),
        ("sql", 1.0, 0.75, True),
        ("communication", 1.0, 0.0, False),
    ]
    assert [s.skill_id for s in analyst.gaps] == ["python", "communication"]
    assert {s.skill_id: s.yours for s in mlops.skills} == {
        "docker": False,
        "kubernetes": False,
        "unlisted:quibbly": True,
    }
    assert [s.skill_id for s in mlops.gaps] == ["docker", "kubernetes"]
    # Technical skills only, more of them: communication drops out, SQL is yours through PostgreSQL.
    tops = top_skills_by_group(report, Profile.from_text("postgresql"), top=5, kinds={TECHNICAL})
    analyst = next(t for t in tops if t.group == "analyst")
    assert [(s.skill_id, s.yours) for s in analyst.skills] == [("python", False), ("sql", True), ("docker", False)]
    # Without a profile nothing is yours, every top skill is a gap.
    assert all(not s.yours for t in top_skills_by_group(report) for s in t.skills)
    with pytest.raises(ValueError, match="top"):
        top_skills_by_group(report, top=0)


def test_every_group_and_period_says_how_many_postings_could_not_be_analysed(tax, tmp_path):
    """A group (or period) whose postings all failed had no row in the CSV, and no format but
    Markdown and HTML said how many of a group's postings failed: an analyst reading the CSV or
    the JSON saw 'a' with 1 posting and no trace of the 2 rows of 'a' that were errors."""
    c = MarketCounter(period="year", grouped=True)
    c.add(posting({"python": R}, group="a", date="2024"))
    c.add(posting({}, group="a", date="2024", error=True))
    c.add(posting({}, group="a", date="2023", error=True))
    c.add(posting({}, group=None, date="2023", error=True))  # a group with no posting analysed
    report = c.result(tax)
    d = report.to_dict()
    assert {g["group"]: (g["postings"], g["errors"]) for g in d["groups"]} == {"a": (1, 2), "(no value)": (0, 1)}
    assert {p["period"]: (p["postings"], p["errors"]) for p in d["periods"]} == {"2023": (0, 2), "2024": (1, 1)}
    path = tmp_path / "m.csv"
    write_market(report, path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    groups = {(r["group"], r["postings"], r["errors"]) for r in rows if r["table"] == "group"}
    assert groups == {("a", "1", "2"), ("(no value)", "0", "1")}
    periods = {(r["period"], r["postings"], r["errors"]) for r in rows if r["table"] == "period"}
    assert periods == {("2023", "0", "2"), ("2024", "1", "1")}
    assert [r["skill"] for r in rows if r["table"] == "group" and r["group"] == "(no value)"] == [""]


def test_the_warning_about_rows_not_analysed_names_the_first_ones(tax):
    """ "3 postings could not be analysed" without saying which left an analyst to hunt for them in a
    file of thousands: the warning names the first few, in input order, also across merged chunks."""
    first, second = MarketCounter(grouped=True), MarketCounter(grouped=True)
    first.add(posting({"python": R}, group="a"))
    first.add(MarketPosting({}, "a", error=True, failure="j2 (posting text is empty)"))
    for i in range(3, 8):
        second.add(MarketPosting({}, "b", error=True, failure=f"j{i} (row {i} has 1 field but the header has 3)"))
    report = first.merge(second).result(tax)
    (warning,) = [w for w in report.warnings if "could not be analysed" in w]
    assert warning == (
        "6 postings could not be analysed; they are left out of every share: j2 (posting text is empty); "
        "j3 (row 3 has 1 field but the header has 3); j4 (row 4 has 1 field but the header has 3); and 3 more."
    )


def test_compared_groups_are_matched_whatever_their_case_and_keep_their_own_name(tax):
    # The groups come from a column of the user's file ("Data Science", "MLOps"); typing them in
    # another case on --compare names the same group, and the report says the file's spelling.
    c = MarketCounter(grouped=True)
    for group, k in (("Data Science", 30), ("MLOps", 5)):
        for i in range(40):
            c.add(posting({"pytorch": R} if i < k else {}, group=group))
    (row,) = c.result(tax, compare=[("data science", ["mlops"])]).differences
    assert (row.group_a, row.group_b) == ("Data Science", "MLOps") and row.share_a == 0.75
    with pytest.raises(InputError, match="'MLOps' is on both sides"):
        c.result(tax, compare=[("MLOPS", "mlops")])
    with pytest.raises(InputError, match="no group named 'data sciences'"):
        c.result(tax, compare=[("data sciences", "MLOps")])


def test_two_groups_differing_only_in_case_are_told_apart_by_the_exact_name(tax):
    c = MarketCounter(grouped=True)
    for group, k in (("ML", 30), ("ml", 5), ("DS", 10)):
        for i in range(40):
            c.add(posting({"pytorch": R} if i < k else {}, group=group))
    (row,) = c.result(tax, compare=[("ml", "DS")]).differences
    assert row.group_a == "ml" and row.share_a == 5 / 40  # the exact spelling wins
    with pytest.raises(InputError, match="'Ml' could be ML or ml"):
        c.result(tax, compare=[("Ml", "DS")])


def test_cli_market_compare_ignores_case(tmp_path):
    from click.testing import CliRunner

    from analyzer.cli import main

    src = tmp_path / "jobs.csv"
    with src.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "description", "family"])
        for i in range(40):
            w.writerow([f"d{i}", "Requirements: PyTorch and SQL." if i < 30 else "Requirements: SQL.", "Data Science"])
            w.writerow([f"m{i}", "Requirements: Docker and SQL.", "MLOps"])
    res = CliRunner().invoke(
        main, ["market", str(src), "--group-by", "family", "--compare", "data science:mlops", "-j", "1", "-q"]
    )
    assert res.exit_code == 0, res.output
    assert "| PyTorch | Data Science | MLOps | 75% | 0% |" in res.output  # the file's spelling in the report


def test_intro_counts_the_postings_left_out_in_the_right_number(tax):
    """The report's first line said "(1 could not be analysed and are left out of every share)"."""
    for errors, said in (
        (1, "1 could not be analysed and is left out"),
        (2, "2 could not be analysed and are left out"),
    ):
        c = MarketCounter()
        c.add(posting({"python": R}))
        for _ in range(errors):
            c.add(posting({"python": R}, error=True))
        report = c.result(tax)
        assert said in render_market(report, "md") and said in render_market(report, "html")
