"""The learn-next plan (analyzer/gap/plan.py) and its interview-prep data (data/interview/).

The relations used here (``requires``, ``related``) are small hand-made mappings: the real ones
come with the taxonomy.
"""

from __future__ import annotations

import itertools
import random

import pytest

from analyzer.errors import TaxonomyError
from analyzer.gap.plan import (
    Ask,
    Plan,
    PostingAsks,
    Relations,
    RoundInfo,
    _State,
    build_plan,
    prepare_rounds,
    relations_from_taxonomy,
)

R, P, U = "required", "preferred", "unspecified"


# --- a plain reference: within reach and coverage from scratch ---------------------------------
def closure(skills, implies):
    out, stack = set(skills), list(skills)
    while stack:
        for nxt in implies.get(stack.pop(), ()):
            if nxt not in out:
                out.add(nxt)
                stack.append(nxt)
    return out


def evaluate(postings, known):
    """(postings within reach, Σ coverage) of postings with asks, computed directly."""
    reach, cover = 0, 0.0
    for posting in postings:
        if not posting.asks:
            continue
        met = [bool(a.options & known) for a in posting.asks]
        reach += all(m for m, a in zip(met, posting.asks) if a.requirement == R)
        cover += sum(a.weight for m, a in zip(met, posting.asks) if m) / sum(a.weight for a in posting.asks)
    return reach, cover


def tie_key(postings, have, sid):
    """The plan's order among equal gains, from the asks the user does not meet at the start."""
    weights, asked_by, places = [], 0, []
    for posting in postings:
        here = [(i, a) for i, a in enumerate(posting.asks) if sid in a.options and not (a.options & have)]
        asked_by += bool(here)
        weights += [a.weight for _, a in here]
        places += [i for i, _ in here]
    return (-max(weights, default=0), -asked_by, min(places, default=99), sid)


def random_instance(rng, n_skills=8, n_postings=14, choices=True):
    skills = [f"s{i}" for i in range(n_skills)]
    postings = []
    for p in range(n_postings):
        asks = []
        for sid in rng.sample(skills, rng.randint(0, 5)):
            level = rng.choice([R, R, P, U])
            if choices and rng.random() < 0.25:
                others = rng.sample([s for s in skills if s != sid], rng.randint(1, 2))
                asks.append(Ask.choice([sid, *others], level))
            else:
                asks.append(Ask.skill(sid, level))
        postings.append(PostingAsks(f"p{p}", tuple(asks)))
    have = set(rng.sample(skills, rng.randint(0, 2)))
    return skills, postings, have


# --- greedy optimality ----------------------------------------------------------------------
@pytest.mark.parametrize("seed", range(40))
def test_every_step_is_the_best_single_skill_by_brute_force(seed):
    rng = random.Random(seed)
    skills, postings, have = random_instance(rng)
    implies = {}
    if seed % 2:  # half of the instances: learning a skill also credits what it implies
        implies = {f"s{i}": [f"s{j}"] for i, j in [(rng.randrange(1, 8), 0), (rng.randrange(2, 8), 1)]}
        have = closure(have, implies)
    plan = build_plan(postings, have, Relations(implies=implies), steps=len(skills))
    known = set(have)
    n = sum(1 for p in postings if p.asks)
    reach_before, cover_before = evaluate(postings, known)
    assert plan.within_reach_now_count == reach_before
    for step in plan.steps:
        options = {}
        for sid in skills:
            if sid in known:
                continue
            reach, cover = evaluate(postings, known | closure({sid}, implies))
            options[sid] = (reach - reach_before, cover - cover_before)
        best = max(options.values(), key=lambda g: (g[0], round(g[1], 9)))
        chosen = options[step.skill_id]
        assert (chosen[0], round(chosen[1], 9)) == (best[0], round(best[1], 9)), (seed, step.skill_id, options)
        ties = [s for s, g in options.items() if (g[0], round(g[1], 9)) == (best[0], round(best[1], 9))]
        # deterministic, and explainable: among equals the strongest level asked, then the most
        # postings asking, then the earliest place in a posting, then the smallest id
        assert step.skill_id == min(ties, key=lambda s: tie_key(postings, have, s))
        assert step.new_within_reach == chosen[0]
        assert step.coverage_gain == pytest.approx(chosen[1] / n, abs=1e-6)
        known |= closure({step.skill_id}, implies)
        reach_before, cover_before = evaluate(postings, known)
        assert step.within_reach_count == reach_before
        assert step.within_reach_after == pytest.approx(reach_before / n, abs=1e-6)
    # the plan stops only when nothing is left to gain (or the step budget is spent)
    if len(plan.steps) < len(skills):
        assert all(evaluate(postings, known | {s}) == evaluate(postings, known) for s in skills)


@pytest.mark.parametrize("seed", range(30))
def test_fast_gain_agrees_with_counting_asks(seed):
    """The near-posting index gives the same gain as walking every ask, for sets of skills too."""
    rng = random.Random(1000 + seed)
    skills, postings, have = random_instance(rng, n_skills=7, n_postings=25)
    state = _State(postings, have)
    for _ in range(4):
        for size in (1, 2, 3):
            for group in itertools.combinations(sorted(set(skills) - have), size):
                fast = state.gain(list(group))
                slow = state.gain_by_asks(list(group))
                assert fast[0] == slow[0] and fast[1] == pytest.approx(slow[1], abs=1e-9), group
        learn = rng.choice(sorted(set(skills) - have))
        state.learn([learn])
        have = have | {learn}


@pytest.mark.parametrize("seed", range(10))
def test_fast_gain_follows_postings_that_come_near_after_learning(seed):
    """Postings asking for more than NEAR skills enter the near index as skills are learned."""
    from analyzer.gap.plan import NEAR

    rng = random.Random(2000 + seed)
    skills = [f"s{i}" for i in range(14)]
    postings = [
        PostingAsks(str(p), tuple(Ask.skill(s, R if rng.random() < 0.8 else P) for s in rng.sample(skills, 12)))
        for p in range(15)
    ]
    state = _State(postings, set())
    assert max(state.unmet_required) > NEAR
    learned: set[str] = set()
    for sid in rng.sample(skills, len(skills)):
        for group in itertools.combinations(sorted(set(skills) - learned), 2):
            fast, slow = state.gain(list(group)), state.gain_by_asks(list(group))
            assert fast[0] == slow[0] and fast[1] == pytest.approx(slow[1], abs=1e-9), group
        for other in sorted(set(skills) - learned):
            fast, slow = state.gain([other]), state.gain_by_asks([other])
            assert fast[0] == slow[0] and fast[1] == pytest.approx(slow[1], abs=1e-9), other
        state.learn([sid])
        learned.add(sid)
    assert state.within_reach == len(postings)


def test_a_plan_of_k_steps_is_the_first_k_steps_of_a_longer_plan():
    rng = random.Random(7)
    _, postings, have = random_instance(rng, n_skills=10, n_postings=30)
    long = build_plan(postings, have, steps=8)
    short = build_plan(postings, have, steps=3)
    assert [s.skill_id for s in short.steps] == [s.skill_id for s in long.steps[:3]]


def test_greedy_beats_one_off_ranking_when_gains_interact():
    # "a" alone reaches two postings; after it, "c" completes two more that also need "a"; "b"
    # looked better than "c" before "a" was learned. Recomputing after each pick finds that.
    postings = [
        PostingAsks("1", (Ask.skill("a"),)),
        PostingAsks("2", (Ask.skill("a"),)),
        PostingAsks("3", (Ask.skill("a"), Ask.skill("c"))),
        PostingAsks("4", (Ask.skill("a"), Ask.skill("c"))),
        PostingAsks("5", (Ask.skill("b"),)),
    ]
    plan = build_plan(postings, set(), steps=3)
    assert [(s.skill_id, s.new_within_reach) for s in plan.steps] == [("a", 2), ("c", 2), ("b", 1)]
    assert [s.within_reach_count for s in plan.steps] == [2, 4, 5]
    assert plan.within_reach_after(2) == pytest.approx(0.8)


# --- choices -------------------------------------------------------------------------------
def test_learning_one_option_meets_a_choice():
    cloud = Ask.choice(["aws", "gcp", "azure"])
    postings = [
        PostingAsks("ds", (Ask.skill("python"), cloud)),
        PostingAsks("ds2", (Ask.skill("python"), cloud, Ask.skill("docker", P))),
    ]
    plan = build_plan(postings, {"python"}, steps=5)
    first = plan.steps[0]
    assert first.skill_id == "aws"  # all three options are worth the same: the smallest id
    assert first.new_within_reach == 2
    assert plan.steps[0].within_reach_after == 1.0
    # the other options are never offered again: the choice is met
    assert [s.skill_id for s in plan.steps] == ["aws", "docker"]


def test_a_choice_already_met_is_not_a_gap():
    postings = [PostingAsks("p", (Ask.choice(["pytorch", "tensorflow"]), Ask.skill("sql")))]
    plan = build_plan(postings, {"tensorflow"}, steps=5)
    assert [s.skill_id for s in plan.steps] == ["sql"]
    assert plan.within_reach_now == 0.0 and plan.steps[0].within_reach_after == 1.0


# --- prerequisites -------------------------------------------------------------------------
REQUIRES = {
    "deep_learning": ["neural_networks"],
    "neural_networks": ["linear_algebra", "calculus"],
    "transformers": ["deep_learning"],
    "kubernetes": ["containerization"],
    "containerization": ["linux"],
}


@pytest.mark.parametrize("seed", range(25))
def test_prerequisites_never_come_after_their_dependants(seed):
    rng = random.Random(seed)
    pool = sorted({*REQUIRES, *(p for ps in REQUIRES.values() for p in ps), "sql", "docker", "aws"})
    postings = [
        PostingAsks(str(i), tuple(Ask.skill(s, rng.choice([R, P])) for s in rng.sample(pool, rng.randint(1, 4))))
        for i in range(20)
    ]
    have = set(rng.sample(pool, rng.randint(0, 3)))
    plan = build_plan(postings, have, Relations(requires=REQUIRES), steps=rng.randint(3, 12))
    position = {s.skill_id: i for i, s in enumerate(plan.steps)}
    for i, step in enumerate(plan.steps):
        stack = list(REQUIRES.get(step.skill_id, ()))
        while stack:
            pre = stack.pop()
            if pre in have:
                continue  # a prerequisite the user has is trusted with its own
            assert pre in position and position[pre] < i, (step.skill_id, pre, [s.skill_id for s in plan.steps])
            stack += REQUIRES.get(pre, ())
        for dependant in step.prerequisite_for:
            assert position[dependant] > i


def test_a_prerequisite_is_pulled_in_and_marked_needed_for():
    postings = [PostingAsks(str(i), (Ask.skill("transformers"),)) for i in range(3)]
    plan = build_plan(postings, {"calculus"}, Relations(requires=REQUIRES), steps=10)
    assert [s.skill_id for s in plan.steps] == ["linear_algebra", "neural_networks", "deep_learning", "transformers"]
    la, nn, dl, tr = plan.steps
    assert la.prerequisite_for == ("neural_networks", "transformers")
    assert nn.prerequisite_for == ("deep_learning", "transformers")
    assert dl.prerequisite_for == ("transformers",)
    assert tr.prerequisite_for == ()
    assert (la.new_within_reach, tr.new_within_reach) == (0, 3)
    assert tr.effort == "large" and "deep learning" in tr.reason.lower().replace("_", " ")
    assert "needed for" in la.reason and la.effort == "medium"


def test_a_bundle_is_judged_per_step_and_never_overruns_the_budget():
    # transformers reaches 4 postings but takes 4 steps (1 per step); sql reaches 2 in one step.
    postings = [PostingAsks(f"t{i}", (Ask.skill("transformers"),)) for i in range(4)]
    postings += [PostingAsks(f"s{i}", (Ask.skill("sql"),)) for i in range(2)]
    have = {"calculus"}
    plan = build_plan(postings, have, Relations(requires=REQUIRES), steps=3)
    assert [s.skill_id for s in plan.steps] == ["sql"]  # the 4-step bundle does not fit in the 2 left
    plan = build_plan(postings, have, Relations(requires=REQUIRES), steps=5)
    assert plan.steps[0].skill_id == "sql"
    assert plan.steps[-1].skill_id == "transformers" and len(plan.steps) == 5


def test_a_cycle_in_requires_is_a_taxonomy_error():
    postings = [PostingAsks("p", (Ask.skill("a"),))]
    with pytest.raises(TaxonomyError, match="cycle: a → b → a"):
        build_plan(postings, set(), Relations(requires={"a": ["b"], "b": ["a"]}))


# --- adjacency -----------------------------------------------------------------------------
RELATED = {
    "pytorch": frozenset({"tensorflow", "jax"}),
    "tensorflow": frozenset({"pytorch", "jax"}),
    "jax": frozenset({"pytorch", "tensorflow"}),
    "power_bi": frozenset({"tableau", "looker"}),
    "tableau": frozenset({"power_bi", "looker"}),
    "looker": frozenset({"power_bi", "tableau"}),
}


def test_adjacency_comes_only_from_related_and_never_changes_the_numbers():
    postings = [
        PostingAsks("mle", (Ask.skill("python"), Ask.skill("pytorch"))),
        PostingAsks("ds", (Ask.skill("python"), Ask.skill("sql"))),
    ]
    have = {"python", "tensorflow"}
    with_related = build_plan(postings, have, Relations(related=RELATED))
    without = build_plan(postings, have)
    # equally valuable: the distant gap (sql) first, the adjacent one (pytorch) after it
    assert [s.skill_id for s in with_related.steps] == ["sql", "pytorch"]
    assert [s.skill_id for s in without.steps] == ["pytorch", "sql"]  # by id alone
    pytorch = with_related.steps[1]
    assert pytorch.effort == "small" and pytorch.adjacent_to == ("tensorflow",)
    assert "you know TensorFlow" in build_plan(
        postings, have, Relations(related=RELATED, name_of={"tensorflow": "TensorFlow"}.get)
    ).steps[1].reason.replace("None", "")
    plain = {s.skill_id: s for s in without.steps}
    for step in with_related.steps:
        assert (step.new_within_reach, step.coverage_gain) == (
            plain[step.skill_id].new_within_reach,
            plain[step.skill_id].coverage_gain,
        )
    assert all(s.effort == "medium" and s.adjacent_to == () for s in without.steps)


def test_adjacency_never_outranks_more_value():
    postings = [
        PostingAsks("a", (Ask.skill("pytorch"),)),
        PostingAsks("b", (Ask.skill("pytorch"),)),
        PostingAsks("c", (Ask.skill("sql"),)),
    ]
    plan = build_plan(postings, {"tensorflow"}, Relations(related=RELATED))
    assert [s.skill_id for s in plan.steps] == ["pytorch", "sql"]  # 2 postings beat 1, adjacent or not


def test_a_skill_learned_earlier_in_the_plan_makes_its_relatives_adjacent():
    postings = [
        PostingAsks("a", (Ask.skill("tableau"),)),
        PostingAsks("b", (Ask.skill("tableau"),)),
        PostingAsks("c", (Ask.skill("looker"),)),
    ]
    plan = build_plan(postings, set(), Relations(related=RELATED))
    assert [(s.skill_id, s.effort, s.adjacent_to) for s in plan.steps] == [
        ("tableau", "medium", ()),
        ("looker", "small", ("tableau",)),
    ]
    # Tableau is not known yet: it is the plan's own first step, and the reason says so
    assert plan.steps[1].reason.endswith("related to tableau (step 1): a short step")


def test_a_short_steps_reason_tells_known_skills_from_planned_ones():
    postings = [PostingAsks("a", (Ask.skill("azure"),)), PostingAsks("b", (Ask.skill("azure"), Ask.skill("gcp")))]
    rel = Relations(related={"gcp": frozenset({"aws", "azure"}), "azure": frozenset({"aws", "gcp"})})
    plan = build_plan(postings, {"aws"}, rel)
    assert [s.skill_id for s in plan.steps] == ["azure", "gcp"]
    assert plan.steps[0].reason.endswith("you know aws, a related skill: a short step")
    # "you know AWS, Microsoft Azure" read as if Azure were known; it is step 1
    assert plan.steps[1].reason.endswith("you know aws; azure (step 1) is related too: a short step")
    two = build_plan(postings, {"aws", "gcp"}, rel)
    assert two.steps[0].reason.endswith("you know aws, gcp, related skills: a short step")


# --- a realistic plan --------------------------------------------------------------------------
def realistic_postings():
    cloud = Ask.choice(["aws", "gcp", "azure"])
    return [
        PostingAsks(
            "analyst-1",
            (Ask.skill("sql"), Ask.skill("tableau"), Ask.skill("excel"), Ask.skill("power_bi", P)),
        ),
        PostingAsks(
            "ds-1",
            (
                Ask.skill("python"),
                Ask.skill("statistics"),
                Ask.skill("machine_learning"),
                cloud,
                Ask.skill("docker", P),
            ),
        ),
        PostingAsks(
            "mle-1",
            (
                Ask.skill("python"),
                Ask.skill("pytorch"),
                Ask.skill("docker"),
                Ask.skill("kubernetes"),
                Ask.skill("mlops", P),
            ),
        ),
        PostingAsks(
            "ds-2", (Ask.skill("python"), Ask.skill("sql"), Ask.skill("machine_learning"), Ask.skill("a_b_testing", P))
        ),
        PostingAsks("bi-1", (Ask.skill("excel"), Ask.skill("sql"), Ask.skill("looker", P))),
        PostingAsks("empty", ()),  # nothing found: not counted
    ]


def test_plan_on_realistic_postings(taxonomy):
    have = {"python", "pandas", "sql", "statistics", "tableau", "tensorflow"}
    rel = relations_from_taxonomy(taxonomy)
    rel.requires = {"kubernetes": ["docker"]}
    rel.related = RELATED
    rel.implies = {}
    plan = build_plan(realistic_postings(), have, rel, steps=10)
    assert plan.postings == 5 and plan.skipped == 1 and plan.within_reach_now == 0.0
    got = [(s.skill_id, s.new_within_reach, s.within_reach_count, s.effort) for s in plan.steps]
    assert got == [
        ("excel", 2, 2, "medium"),  # completes analyst-1 and bi-1
        ("machine_learning", 1, 3, "medium"),  # completes ds-2 (ds-1 still needs a cloud)
        ("aws", 1, 4, "medium"),  # one option of ds-1's cloud choice completes it
        ("docker", 0, 4, "medium"),  # required in mle-1 (3/14) and preferred in ds-1 (2/14)
        ("looker", 0, 4, "small"),  # 2/8 of bi-1; adjacent to Tableau
        ("kubernetes", 0, 4, "medium"),  # 3/14, ties pytorch (adjacent: after); Docker, its prerequisite, is had by now
        ("pytorch", 1, 5, "small"),  # completes mle-1; a short step from TensorFlow
        ("a_b_testing", 0, 5, "medium"),  # 2/11, ties power_bi: distant first
        ("power_bi", 0, 5, "small"),
        ("mlops", 0, 5, "medium"),
    ]
    assert plan.steps[0].coverage_gain == pytest.approx((3 / 11 + 3 / 8) / 5, abs=1e-6)
    assert plan.steps[-1].within_reach_after == 1.0
    assert plan.steps[0].skill == "Microsoft Excel" and plan.steps[0].category == "analytics_visualization"
    assert plan.steps[0].reason == "Brings 2 more of your 5 postings within reach"  # the gain is its own figure
    assert plan.steps[6].reason.endswith("you know TensorFlow, a related skill: a short step")
    assert "ml_maths" in plan.steps[6].rounds
    as_json = plan.to_dict()
    assert set(as_json) >= {"steps", "within_reach_now"}
    assert set(as_json["steps"][0]) >= {
        "skill",
        "skill_id",
        "category",
        "effort",
        "adjacent_to",
        "prerequisite_for",
        "new_within_reach",
        "within_reach_after",
        "coverage_gain",
        "rounds",
    }


def test_a_gap_whose_prerequisites_were_pulled_in_is_large():
    postings = [PostingAsks("k8s", (Ask.skill("kubernetes"),)), PostingAsks("py", (Ask.skill("pytorch"),))]
    plan = build_plan(postings, set(), Relations(requires={"kubernetes": ["docker"]}), steps=10)
    assert [(s.skill_id, s.effort, s.prerequisite_for) for s in plan.steps] == [
        ("pytorch", "medium", ()),  # one step for one posting beats two steps for one
        ("docker", "medium", ("kubernetes",)),
        ("kubernetes", "large", ()),
    ]
    assert plan.steps[2].requires_missing == ("docker",)


def test_kubernetes_never_comes_before_docker():
    have = {"python", "pandas", "sql", "statistics", "tableau", "tensorflow"}
    plan = build_plan(realistic_postings(), have, Relations(requires={"kubernetes": ["docker"]}), steps=10)
    steps = [s.skill_id for s in plan.steps]
    assert steps.index("docker") < steps.index("kubernetes")


# --- interview prep ------------------------------------------------------------------------
def test_rounds_list_gaps_in_plan_order_strengths_and_prompts(taxonomy):
    from analyzer.gap.interview import default_prompts, interview_rounds

    have = set()
    for sid in ("python", "pandas", "sql", "statistics", "tableau", "tensorflow"):
        have |= {sid} | taxonomy.implied_by(sid)  # TensorFlow covers machine learning
    rel = relations_from_taxonomy(taxonomy)
    rel.requires = {"kubernetes": ["docker"]}  # fixed here: this test is about rounds, not the taxonomy's data
    plan = build_plan(realistic_postings(), have, rel, steps=3)
    assert [s.skill_id for s in plan.steps] == ["excel", "aws", "docker"]
    rounds = prepare_rounds(plan, interview_rounds(taxonomy), default_prompts(), rel.rounds_of)
    assert [r.round for r in rounds] == list(taxonomy.rounds)
    by_id = {r.round: r for r in rounds}
    algo = by_id["algorithms_software"]
    # the plan's steps first (AWS, Docker), then what would come after the plan
    assert algo.gaps[:2] == ("aws", "docker") and set(algo.gaps[2:]) == {"kubernetes", "mlops"}
    assert {"python", "sql"} <= set(algo.strengths)
    assert [sid for sid, _ in algo.prompts][:2] == ["aws", "aws"]
    ml = by_id["ml_maths"]
    assert set(ml.gaps) == {"pytorch", "a_b_testing", "mlops"}
    assert ml.gaps.index("pytorch") < ml.gaps.index("mlops")  # completes a posting: comes first
    assert {"statistics", "machine_learning"} <= set(ml.strengths) and "tensorflow" not in ml.strengths  # not asked
    assert {sid for sid, _ in ml.prompts} <= set(ml.gaps)
    assert by_id["business_project"].gaps[0] == "excel"
    assert all(r.tests and len(r.tests) > 40 for r in rounds)
    as_json = rounds[0].to_dict()
    assert set(as_json) >= {"round", "tests", "gaps", "strengths", "prompts"}
    assert set(as_json["prompts"][0]) == {"skill_id", "prompt"}


def test_a_round_with_nothing_to_ask_is_empty_not_an_error():
    plan = build_plan([PostingAsks("p", (Ask.skill("sql"),))], {"sql"})
    (prep,) = prepare_rounds(plan, [RoundInfo("hiring_manager", "Hiring manager", "fit")], {}, lambda s: ())
    assert (prep.gaps, prep.strengths, prep.prompts) == ((), (), ())


# --- the data -----------------------------------------------------------------------------
def test_every_prompt_names_a_known_skill_and_none_is_repeated(taxonomy):
    from analyzer.gap.interview import default_interview_dir, load_prompts

    prompts = load_prompts()
    assert set(prompts) <= set(taxonomy.skills), set(prompts) - set(taxonomy.skills)
    texts = [p.lower() for ps in prompts.values() for p in ps]
    assert len(texts) == len(set(texts))
    assert all(len(p) >= 30 for p in texts)
    raw = (default_interview_dir() / "prompts.tsv").read_text(encoding="utf-8").splitlines()
    assert sum(1 for line in raw if line and not line.startswith("#")) == len(texts)


def test_the_most_asked_skills_have_at_least_two_prompts(taxonomy):
    """The ~150 skills the development postings ask for most (counted with `skillgap extract`
    over ../shared/data/postings; frozen here so the test runs without them)."""
    from analyzer.gap.interview import load_prompts

    prompts = load_prompts()
    short = [sid for sid in MOST_ASKED if len(prompts.get(sid, ())) < 2]
    assert not short, short


def test_round_tests_cover_every_round_and_bad_files_are_named(taxonomy, tmp_path):
    from analyzer.gap.interview import load_prompts, load_round_tests

    tests = load_round_tests()
    assert set(tests) == set(taxonomy.rounds)
    bad = tmp_path / "prompts.tsv"
    bad.write_text("sql\tWrite a query.\nsql no tab here\n", encoding="utf-8")
    with pytest.raises(TaxonomyError, match="prompts.tsv:2"):
        load_prompts(bad)
    bad.write_text("sql\tWrite a query that counts rows.\nsql\twrite a query that counts  rows.\n", encoding="utf-8")
    with pytest.raises(TaxonomyError, match="duplicate prompt"):
        load_prompts(bad)


def test_empty_and_fully_met_inputs():
    assert build_plan([], set()).to_dict() == {
        "steps": [],
        "within_reach_now": 0.0,
        "within_reach_now_count": 0,
        "postings": 0,
        "mean_coverage_now": None,
    }
    plan = build_plan([PostingAsks("p", (Ask.skill("sql"),))], {"sql"})
    assert isinstance(plan, Plan) and plan.steps == () and plan.within_reach_now == 1.0
    with pytest.raises(ValueError):
        Ask.choice([])
    with pytest.raises(ValueError):
        Ask.skill("sql", "mandatory")


def test_time_grows_linearly_with_postings():
    """Not a benchmark: 8x the postings must not take much more than 8x the time."""
    import time

    rng = random.Random(3)
    skills = [f"s{i}" for i in range(300)]

    def postings(n):
        return [
            PostingAsks(str(i), tuple(Ask.skill(s, rng.choice([R, P, U])) for s in rng.sample(skills, 15)))
            for i in range(n)
        ]

    small, large = postings(500), postings(4000)
    t0 = time.perf_counter()
    build_plan(small, set(), steps=10)
    t1 = time.perf_counter()
    build_plan(large, set(), steps=10)
    t2 = time.perf_counter()
    assert t2 - t1 < 30 * max(t1 - t0, 0.01)


MOST_ASKED = [
    "communication",
    "collaboration",
    "python",
    "statistics",
    "sql",
    "data_analysis",
    "computer_science",
    "machine_learning",
    "problem_solving",
    "mathematics",
    "r_language",
    "data_visualization",
    "presentation",
    "data_science",
    "programming",
    "reporting",
    "databases",
    "tableau",
    "excel",
    "analytical_thinking",
    "cloud_computing",
    "algorithms",
    "artificial_intelligence",
    "leadership",
    "teamwork",
    "project_management",
    "dashboards",
    "model_deployment",
    "predictive_modeling",
    "business_intelligence",
    "data_modeling",
    "data_mining",
    "software_engineering",
    "data_quality",
    "java",
    "big_data",
    "aws",
    "data_wrangling",
    "optimization",
    "apache_spark",
    "interpersonal_skills",
    "economics",
    "hadoop",
    "relationship_building",
    "sas",
    "decision_making",
    "data_management_general",
    "etl",
    "tensorflow",
    "deep_learning",
    "data_transformation",
    "natural_language_processing",
    "statistical_modeling",
    "mentoring",
    "data_warehousing",
    "prototyping",
    "relational_databases",
    "data_cleaning",
    "process_improvement",
    "regression",
    "stakeholder_management",
    "pytorch",
    "kpis",
    "experimental_design",
    "model_development",
    "data_pipelines",
    "gcp",
    "data_extraction",
    "troubleshooting",
    "agile",
    "scripting",
    "quantitative_methods",
    "cpp",
    "data_engineering",
    "classification",
    "azure",
    "forecasting",
    "power_bi",
    "scikit_learn",
    "microsoft_office",
    "operations_research",
    "neural_networks",
    "data_integration",
    "clustering",
    "strategic_thinking",
    "scala",
    "model_evaluation",
    "advanced_analytics",
    "sql_server",
    "javascript",
    "apis",
    "requirements_gathering",
    "critical_thinking",
    "exploratory_data_analysis",
    "powerpoint",
    "nosql",
    "oracle_database",
    "linux",
    "apache_hive",
    "customer_service",
    "data_structures",
    "product_management",
    "pandas",
    "data_acquisition",
    "data_governance",
    "matlab",
    "quality_assurance",
    "simulation",
    "microsoft_access",
    "business_acumen",
    "database_design",
    "security",
    "microsoft_word",
    "a_b_testing",
    "large_language_models",
    "computer_vision",
    "time_series_analysis",
    "technical_writing",
    "decision_trees",
    "mlops",
    "git",
    "hypothesis_testing",
    "docker",
    "version_control",
    "feature_engineering",
    "ci_cd",
    "business_analysis",
    "business_analytics",
    "keras",
    "numpy",
    "influencing",
    "data_architecture",
    "spss",
    "continuous_improvement",
    "c_language",
    "mysql",
    "supervised_learning",
    "unsupervised_learning",
    "kubernetes",
    "stored_procedures",
    "risk_management",
    "generative_ai",
    "web_development",
    "random_forests",
    "distributed_computing",
    "customer_focus",
    "ad_hoc_analysis",
    "postgresql",
    "devops",
    "qlik",
    "pivot_tables",
    "distributed_systems",
    "probability",
    "digital_marketing",
    "software_documentation",
    "redshift",
    "anomaly_detection",
    "salesforce",
    "consulting",
    "recommender_systems",
    "html",
    "kafka",
    "backend_development",
    "data_ingestion",
    "spreadsheets",
    "google_analytics",
    "aws_s3",
    "containerization",
    "business_objects",
    "unix",
]


@pytest.mark.shared
def test_most_asked_list_is_still_the_most_asked(nlp):
    """Re-counts on a sample of the real postings: the frozen list must still hold the most asked."""
    import csv
    from collections import Counter

    from conftest import shared_path

    from analyzer.nlp.extraction import extract_many

    path = shared_path("data", "postings", "msia_indeed_2020.csv")
    csv.field_size_limit(2**31 - 1)
    with open(path, encoding="utf-8", newline="") as f:
        rows = [(r["id"], r["description"]) for _, r in zip(range(400), csv.DictReader(f))]
    counts: Counter[str] = Counter()
    for result in extract_many(rows, nlp):
        counts.update({m.skill_id for m in result.skills})
    top40 = [sid for sid, _ in counts.most_common(40)]
    assert len(set(top40) - set(MOST_ASKED)) <= 4, set(top40) - set(MOST_ASKED)


def test_docstring_examples():
    import doctest

    import analyzer.gap.plan

    result = doctest.testmod(analyzer.gap.plan)
    assert result.attempted > 0 and result.failed == 0
