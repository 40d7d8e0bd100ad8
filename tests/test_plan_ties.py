"""How the learn-next plan orders steps that bring the same gain, and that it states a gain once."""

from __future__ import annotations

import re

from analyzer import Profile, analyze_postings
from analyzer.gap.asks import AskCollector, plan_with_rounds
from analyzer.gap.plan import Ask, PostingAsks, build_plan
from analyzer.io.plan_report import render_plan, step_facts

R, P, U = "required", "preferred", "unspecified"

# One posting, written for this test: the skills that matter most come first, soft skills last.
POSTING = """Machine Learning Engineer

Requirements:
- 3+ years of experience building machine learning models in Python
- Strong knowledge of PyTorch and deep learning
- Experience with Docker and Kubernetes
- Solid SQL skills
- Excellent communication skills and attention to detail

Nice to have:
- Experience with Airflow
"""


def test_one_posting_plan_follows_the_posting_not_the_alphabet(taxonomy):
    analysis = analyze_postings([("mle", POSTING)], Profile.from_text("excel"))
    asks = AskCollector().add_all(analysis.postings)
    plan, _ = plan_with_rounds(asks.postings, asks.known(analysis.profile.known_ids()), taxonomy, 20)
    ids = [s.skill_id for s in plan.steps]
    # every required gap learnt in one step ties (nothing is within reach before the last one): the
    # posting's own order decides, not the alphabet ("attention to detail" was step 1)
    singles = [sid for sid in ids if sid in {"python", "pytorch", "sql", "communication", "attention_to_detail"}]
    assert singles == ["python", "pytorch", "sql", "communication", "attention_to_detail"], ids
    assert ids[0] == "python", ids
    assert ids.index("airflow") > ids.index("attention_to_detail"), ids  # preferred: less coverage


def test_a_tie_goes_to_the_stronger_level_asked():
    # r: required in p1 (3 of 12); q: preferred in p2 (2 of 8) — the same coverage, one posting each,
    # and p2 names q first: the stronger level decides. p2 is within reach already.
    postings = [
        PostingAsks("p1", (Ask.skill("h1"), Ask.skill("h2"), Ask.skill("r"), Ask.skill("r2"))),
        PostingAsks("p2", (Ask.skill("q", P), Ask.skill("h3"), Ask.skill("h4"))),
    ]
    plan = build_plan(postings, {"h1", "h2", "h3", "h4"}, steps=3)
    assert [s.skill_id for s in plan.steps] == ["r", "r2", "q"]
    assert plan.steps[0].coverage_gain == plan.steps[2].coverage_gain


def test_a_tie_goes_to_the_skill_more_postings_ask_for():
    # t: required in p1 (3 of 12); u: required in p2 and p3 (3 of 24 each): the same coverage, and
    # neither brings a posting within reach: the skill two postings ask for goes first.
    fill = [Ask.skill(f"h{i}") for i in range(6)]
    postings = [
        PostingAsks("p1", (Ask.skill("t"), Ask.skill("t2"), Ask.skill("h0"), Ask.skill("h1"))),
        PostingAsks("p2", (Ask.skill("u"), Ask.skill("u2"), *fill)),
        PostingAsks("p3", (*fill, Ask.skill("u"), Ask.skill("u2"))),
    ]
    plan = build_plan(postings, {f"h{i}" for i in range(6)}, steps=1)
    assert plan.steps[0].skill_id == "u"
    assert plan.next_gaps[:1] == ("u2",)  # what comes after the plan is ranked the same way


GAIN = re.compile(r"coverage (?:by )?\+?<?[\d.]+ %", re.I)  # "coverage +3 %", "Raises coverage by 3 %"


def test_a_step_states_its_coverage_gain_once():
    postings = [
        PostingAsks("p1", (Ask.skill("python"), Ask.skill("sql"), Ask.skill("docker", P))),
        PostingAsks("p2", (Ask.skill("python"), Ask.skill("spark"), Ask.skill("docker", P))),
    ]
    plan = build_plan(postings, {"python"}, steps=3)
    assert plan.steps
    for s in plan.steps:
        facts = step_facts(s, plan.postings)
        shown = f"{facts} {s.reason}"  # the dashboard's bar and caption, the HTML report's line
        assert len(GAIN.findall(shown)) == 1, shown
    md = render_plan(plan, [], "md")
    steps = [line for line in md.splitlines() if re.match(r"\d+\. \*\*", line)]
    assert steps and not any(GAIN.search(line) for line in steps), steps  # the table has the column
    html = render_plan(plan, [], "html")
    for item in html.split('<ol class="steps"', 1)[1].split("</ol>", 1)[0].split("<li>")[1:]:
        text = re.sub(r"<title>.*?</title>", "", item)  # a bar's tooltip is not read with the line
        assert len(GAIN.findall(text)) == 1, text


def test_asks_follow_the_posting_order_whatever_the_user_has():
    from analyzer.gap.asks import asks_from_gap

    analysis = analyze_postings([("mle", POSTING)], Profile.from_text("sql, docker"))
    order = [next(iter(a.options)) for a in asks_from_gap(analysis.postings[0]).asks]
    assert order.index("docker") < order.index("sql") < order.index("communication"), order
    assert order.index("python") < order.index("docker"), order
