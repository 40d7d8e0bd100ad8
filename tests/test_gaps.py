"""Gap analysis: per-posting coverage, the across-postings summary, and real postings."""

import csv

import pytest
from conftest import shared_path

from analyzer import analyze_postings
from analyzer.gap.alternatives import alternative_groups
from analyzer.gap.analysis import Analysis, posting_gap, summarize
from analyzer.gap.profile import Profile
from analyzer.records import WEIGHTS, EvidenceSpan, InputRow, MatchedSkill, PostingResult, SkillMention


def mention(tax, text, word, skill_id, level, years=None, occurrence=0, segment=None):
    """A SkillMention of ``word`` in ``text`` (the n-th occurrence), its segment being its line."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    end = start + len(word)
    if segment is None:
        seg_start = text.rfind("\n", 0, start) + 1
        seg_end = text.find("\n", end)
        segment = (seg_start, len(text) if seg_end < 0 else seg_end)
    skill = tax.skills[skill_id]
    return SkillMention(skill.name, skill_id, skill.category, start, end, word, level, years, *segment)


TEXT = (
    "About us: we run Kubernetes.\n"
    "Requirements:\n- 3+ years of Python\n- SQL\n"
    "Nice to have:\n- Docker\n- Python notebooks\n"
    "We also use AWS."
)


@pytest.fixture
def result(tax):
    return PostingResult(
        "p1",
        [
            mention(tax, TEXT, "Kubernetes", "kubernetes", "unspecified"),
            mention(tax, TEXT, "Python", "python", "required", years=3.0),
            mention(tax, TEXT, "SQL", "sql", "required"),
            mention(tax, TEXT, "Docker", "docker", "preferred"),
            mention(tax, TEXT, "Python", "python", "preferred", occurrence=1),
            mention(tax, TEXT, "AWS", "aws", "unspecified"),
        ],
        None,
        TEXT,
    )


# --- one posting ---------------------------------------------------------------------------------
def test_coverage_is_the_documented_weighted_share(tax, result):
    profile = Profile.from_text("python, docker", tax)
    gap = posting_gap(result, profile)
    # python required 3 (its strongest level) + docker preferred 2 matched, of
    # kubernetes 1 + python 3 + sql 3 + docker 2 + aws 1 = 10.
    assert gap.coverage == 0.5
    assert WEIGHTS == {"required": 3, "preferred": 2, "unspecified": 1}
    assert [m.skill_id for m in gap.matched] == ["python", "docker"]
    assert all(isinstance(m, MatchedSkill) and m.how == "typed" for m in gap.matched)
    # Missing: strongest first, then in text order.
    assert [(g.skill_id, g.requirement) for g in gap.missing] == [
        ("sql", "required"),
        ("kubernetes", "unspecified"),
        ("aws", "unspecified"),
    ]


def test_each_skill_once_at_its_strongest_level_with_all_evidence(tax, result):
    gap = posting_gap(result, Profile.from_text("", tax))
    python = next(g for g in gap.missing if g.skill_id == "python")
    assert python.requirement == "required" and python.years == 3.0
    assert [e.text for e in python.evidence] == ["- 3+ years of Python", "- Python notebooks"]
    for item in gap.missing:
        for e in item.evidence:
            assert isinstance(e, EvidenceSpan) and TEXT[e.start : e.end] == e.text
        for s, e in item.mentions:
            assert TEXT[s:e] == item.skill or TEXT[s:e] in ("Python", "SQL", "AWS")
    assert gap.coverage == 0.0 and gap.matched == []


def test_the_sentence_that_asks_is_quoted_first():
    text = (
        "Responsibilities:\n- Apply data science methods to pricing and demand\n\n"
        "Requirements:\n- 2+ years of experience in a data science role\n"
    )
    gap = analyze_postings([("p", text)], Profile.from_text("SQL")).postings[0]
    item = next(g for g in gap.missing if g.skill_id == "data_science")
    assert item.requirement == "required"
    assert item.evidence[0].text.strip("- ") == "2+ years of experience in a data science role"
    assert "“2+ years of experience in a data science role”" in gap.reasons["data_science"]
    assert sorted(e.start for e in item.evidence[1:]) == [e.start for e in item.evidence[1:]]  # the rest in order


def test_implied_match_names_the_skill_that_gave_it(tax, result):
    gap = posting_gap(result, Profile.from_text("postgres", tax))
    assert MatchedSkill("SQL", "sql", "implied") in gap.matched
    assert gap.via == {"sql": "postgresql"}
    assert gap.to_dict()["matched"][0]["via"] == "postgresql"


def test_errors_and_postings_without_skills(tax):
    profile = Profile.from_text("python", tax)
    bad = posting_gap(PostingResult("x", [], "posting text is empty", None), profile)
    assert (bad.coverage, bad.error, bad.missing) == (None, "posting text is empty", [])
    none = posting_gap(PostingResult("y", [], None, "We are a friendly team."), profile)
    assert none.coverage is None and none.error is None and none.skills == []


def test_posting_json_shape(tax, result):
    d = posting_gap(result, Profile.from_text("python", tax)).to_dict()
    assert set(d) == {
        "id",
        "title",
        "company",
        "coverage",
        "matched",
        "choices_met",
        "missing",
        "education",
        "other",
        "error",
        "notes",
    }
    assert {"skill", "skill_id"} <= set(d["matched"][0])
    assert {"skill", "skill_id", "category", "requirement", "years", "evidence"} <= set(d["missing"][0])
    assert set(d["missing"][0]["evidence"][0]) == {"start", "end", "text"}


# --- across postings -----------------------------------------------------------------------------
def make(tax, pid, spec):
    """A posting from [(skill_id, level)], one line per skill."""
    lines = [f"{tax.skills[sid].name} line" for sid, _ in spec]
    text = "\n".join(lines)
    mentions = [mention(tax, text, tax.skills[sid].name, sid, level) for sid, level in spec]
    return PostingResult(pid, mentions, None, text)


def test_summary_shares_priority_and_ranking(tax):
    postings = [
        make(tax, "a", [("python", "required"), ("docker", "preferred"), ("aws", "unspecified")]),
        make(tax, "b", [("python", "required"), ("docker", "required")]),
        make(tax, "c", [("python", "preferred"), ("tableau", "unspecified")]),
        make(tax, "d", [("docker", "unspecified")]),
        PostingResult("e", [], "row 5 is not valid CSV", None),
    ]
    profile = Profile.from_text("python", tax)
    gaps = [posting_gap(r, profile) for r in postings]
    s = summarize(gaps, profile, tax)
    assert (s.postings, s.analysed, s.errors) == (5, 4, 1)
    by_id = {d.skill_id: d for d in s.demand}
    assert by_id["python"].known and by_id["python"].share == 0.75
    docker = by_id["docker"]
    assert (docker.postings, docker.required, docker.preferred) == (3, 1, 1)
    assert docker.share == 0.75 and docker.required_share == 0.25
    assert docker.priority == pytest.approx(round(0.75 * (2 + 3 + 1) / 3 / 3, 4))
    assert by_id["aws"].priority == pytest.approx(round(0.25 * 1 / 3, 4))
    assert [g.skill_id for g in s.gaps] == ["docker", "aws", "tableau"]  # python is known; ties by name
    assert docker.rounds == ["Algorithms and software round"]
    assert s.rounds["Algorithms and software round"] == ["Docker", "AWS"]
    assert s.rounds["Business / project round"] == ["Tableau"]


def test_category_coverage_is_weighted_by_demand(tax):
    postings = [
        make(tax, "a", [("python", "required"), ("java", "required")]),
        make(tax, "b", [("python", "required"), ("java", "required")]),
        make(tax, "c", [("python", "required"), ("sql", "required")]),
        make(tax, "d", [("python", "required"), ("sql", "required"), ("tableau", "preferred")]),
    ]
    profile = Profile.from_text("python, sql", tax)
    s = summarize([posting_gap(r, profile) for r in postings], profile, tax)
    cats = {c.category: c for c in s.categories}
    # software_development: python share 1.0 (known) + java 0.5 (missing) -> 1/1.5
    assert cats["software_development"].coverage == pytest.approx(round(1 / 1.5, 4))
    assert (cats["software_development"].skills, cats["software_development"].known) == (2, 1)
    assert cats["data_management"].coverage == 1.0
    assert cats["analytics_visualization"].coverage == 0.0
    assert "ml_modelling" not in cats  # no demand, not listed
    assert "Data management" in s.depth
    assert "Software development" not in s.basics_missing  # 67% is above the 50% line
    assert s.basics_missing == []  # analytics_visualization is a specialisation, not a basic
    d = s.to_dict()
    assert {"postings", "gaps", "categories"} <= set(d)
    assert set(d["gaps"][0]) >= {"skill", "skill_id", "category", "postings", "share", "required_share", "priority"}


def test_no_skills_given_makes_every_demanded_skill_a_gap(tax):
    postings = [make(tax, "a", [("python", "required"), ("docker", "preferred")])]
    profile = Profile.from_text("", tax)
    s = summarize([posting_gap(r, profile) for r in postings], profile, tax)
    assert [g.skill_id for g in s.gaps] == ["python", "docker"]
    assert all(c.coverage == 0.0 for c in s.categories)


def test_empty_batch_and_all_errors(tax):
    profile = Profile.from_text("python", tax)
    s = summarize([], profile, tax)
    assert (s.postings, s.analysed, s.gaps, s.mean_coverage) == (0, 0, [], None)
    s = summarize([posting_gap(PostingResult("x", [], "bad", None), profile)], profile, tax)
    assert (s.postings, s.analysed, s.errors, s.demand) == (1, 0, 1, [])


# --- with the pipeline -----------------------------------------------------------------------------
def test_analyze_postings_keeps_order_errors_and_reports_progress(tax, tnlp):
    rows = [
        ("one", "Requirements: Python and SQL. Docker is a plus."),
        InputRow("two", None, "row 2 is broken"),
        ("three", ""),
        ("four", "Senior Python Developer. We like tea."),
    ]
    ticks = []
    analysis = analyze_postings(rows, Profile.from_text("python", tax), tnlp, progress=ticks.append)
    assert isinstance(analysis, Analysis)
    assert [p.id for p in analysis.postings] == ["one", "two", "three", "four"]
    assert sum(ticks) == 4
    one, two, three, four = analysis.postings
    assert one.coverage == pytest.approx(3 / 8)  # python 3 of python 3 + sql 3 + docker 2
    assert two.error == "row 2 is broken" and "empty" in three.error
    # A skill named only in the job title is no gap: the extractor drops it.
    assert four.skills == [] and four.coverage is None
    d = analysis.to_dict()
    assert set(d) == {"profile", "postings", "summary"} and d["summary"]["errors"] == 2


# --- real postings ---------------------------------------------------------------------------------
OTHER_FORMS = "python, sklearn, k8s, postgres, ML, GCP, stats"


def real_rows(n=60):
    rows = []
    for name in ("linkedin_ai_ml_2024.csv", "msia_glassdoor_2020.csv", "google_job_skills.csv"):
        with open(shared_path("data", "postings", name), encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                if i >= n // 3:
                    break
                rows.append((row["id"], row["description"]))
    return rows


@pytest.mark.shared
def test_real_postings_listed_skills_are_never_missing(nlp, taxonomy):
    from analyzer.nlp.extraction import extract_many

    forms = OTHER_FORMS + (", NLP" if "natural_language_processing" in taxonomy.skills else "")
    profile = Profile.from_text(forms, taxonomy)
    assert profile.unresolved == [], profile.unresolved
    listed = {s.skill_id for s in profile.skills if s.how != "implied"}
    assert {"python", "scikit_learn", "kubernetes", "postgresql", "machine_learning", "gcp", "statistics"} <= listed
    rows = real_rows()
    analysis = analyze_postings(rows, profile, nlp)
    extracted = {r.id: r for r in extract_many(rows, nlp)}
    known = profile.known_ids()
    seen_listed = 0
    for p in analysis.postings:
        assert p.error is None
        missing = {g.skill_id for g in p.missing}
        assert not missing & known, (p.id, missing & known)
        # Same recall as extraction: missing = everything extracted minus what the profile has,
        # minus the choices the posting offers where the profile has another choice, minus the
        # options of a choice that another option asked for on its own meets anyway.
        found = {m.skill_id for m in extracted[p.id].skills}
        chosen = {c.item.skill_id for c in p.choices_met}
        groups = alternative_groups(dict(rows)[p.id], extracted[p.id].skills)
        for c in p.choices_met:
            assert set(c.met_by) <= known and c.item.skill_id not in known
            assert any({c.item.skill_id, *c.met_by} <= g for g in groups)
        assert missing <= found - known - chosen
        for sid in found - known - chosen - missing:  # an alternative to a skill asked on its own
            assert any(sid in g and g & missing - {sid} for g in groups), (p.id, sid)
        assert {m.skill_id for m in p.matched} == found & known
        assert all(m.how != "alternative" for m in p.matched)
        seen_listed += bool({m.skill_id for m in p.matched} & listed)
        for g in p.missing:
            text = dict(rows)[p.id]
            assert all(text[e.start : e.end] == e.text for e in g.evidence)
    assert seen_listed >= len(rows) // 2  # the profile's skills really occur in these postings


# --- the streaming summary -------------------------------------------------------------------------
def _reference_summarize(postings, profile, taxonomy):
    """The list-based summary as it was before SummaryBuilder (the oracle), plus choices covered by an alternative."""
    from analyzer.records import (
        BROAD_THRESHOLD,
        DEPTH_THRESHOLD,
        MAX_WEIGHT,
        CategoryCoverage,
        SkillDemand,
        Summary,
    )

    ok = [p for p in postings if p.error is None]
    n = len(ok)
    have = profile.by_id()
    counts = {}
    for p in ok:
        chosen = {c.item.skill_id for c in p.choices_met}
        for item in [*p.skills, *(c.item for c in p.choices_met)]:
            c = counts.setdefault(
                item.skill_id,
                {"item": item, "n": 0, "req": 0, "pref": 0, "w": 0, "years": [], "alt": 0, "req_alt": 0, "pref_alt": 0},
            )
            c["n"] += 1
            c["alt"] += item.skill_id in chosen
            c["req_alt"] += item.skill_id in chosen and item.requirement == "required"
            c["pref_alt"] += item.skill_id in chosen and item.requirement == "preferred"
            c["req"] += item.requirement == "required"
            c["pref"] += item.requirement == "preferred"
            c["w"] += item.weight
            if item.years is not None:
                c["years"].append(item.years)
    demand = []
    for sid, c in counts.items():
        item = c["item"]
        share = c["n"] / n
        cat = taxonomy.categories.get(item.category)
        rounds = [taxonomy.rounds[r].name if r in taxonomy.rounds else r for r in (cat.rounds if cat else ())]
        owned = have.get(sid)
        open_share = (c["n"] - c["alt"]) / n
        demand.append(
            SkillDemand(
                skill=item.skill,
                skill_id=sid,
                category=item.category,
                postings=c["n"],
                required=c["req"],
                preferred=c["pref"],
                share=round(share, 4),
                required_share=round(c["req"] / n, 4),
                priority=round(open_share * (c["w"] / c["n"]) / MAX_WEIGHT, 4),
                known=owned is not None,
                how=owned.how if owned else None,
                rounds=rounds,
                max_years=max(c["years"]) if c["years"] else None,
                choice_met=c["alt"],
                required_choice_met=c["req_alt"],
                preferred_choice_met=c["pref_alt"],
            )
        )
    demand.sort(key=lambda d: (-d.priority, -d.share, d.skill.lower()))
    asked = {d.skill_id: (d.postings - d.choice_met) / n for d in demand}
    gaps = [d for d in demand if not d.known and asked[d.skill_id] > 0]
    categories = []
    for cid, cat in taxonomy.categories.items():
        in_cat = [d for d in demand if d.category == cid and asked[d.skill_id] > 0]
        if not in_cat:
            continue
        total = sum(asked[d.skill_id] for d in in_cat)
        known = sum(asked[d.skill_id] for d in in_cat if d.known)
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
    by_round = {}
    for rnd in taxonomy.rounds.values():
        names = [g.skill for g in gaps if rnd.name in g.rounds]
        if names:
            by_round[rnd.name] = names
    covered = [p.coverage for p in ok if p.coverage is not None]
    return Summary(
        postings=len(postings),
        analysed=n,
        errors=len(postings) - n,
        demand=demand,
        gaps=gaps,
        categories=categories,
        rounds=by_round,
        basics_missing=[
            c.name
            for c in sorted(categories, key=lambda c: (-c.demand * (1 - c.coverage), c.name))
            if c.kind == "foundation" and c.coverage < BROAD_THRESHOLD
        ],
        depth=[c.name for c in categories if c.coverage >= DEPTH_THRESHOLD],
        mean_coverage=round(sum(covered) / len(covered), 4) if covered else None,
    )


def synthetic_batch(tax, n, seed=5):
    """``n`` postings with random skills, levels and years; some unreadable, some without skills."""
    import random

    rnd = random.Random(seed)
    ids = sorted(tax.skills)
    levels = ["required", "required", "preferred", "unspecified"]
    out = []
    for i in range(n):
        if i % 97 == 13:
            out.append(PostingResult(f"e{i}", [], f"row {i} has 3 fields but the header has 2", None))
            continue
        chosen = rnd.sample(ids, rnd.randint(0, 8))
        lines, mentions = [], []
        for sid in chosen:  # some skills twice, at different levels
            for _ in range(rnd.choice((1, 1, 2))):
                lines.append(f"{tax.skills[sid].name} for {rnd.randint(1, 9)} things")
        text = "\n".join(lines)
        offset = 0
        for line in lines:
            name = line.split(" for ")[0]
            sid = next(s for s in chosen if tax.skills[s].name == name)
            years = rnd.choice((None, None, float(rnd.randint(1, 8))))
            s = tax.skills[sid]
            mentions.append(
                SkillMention(
                    s.name,
                    sid,
                    s.category,
                    offset,
                    offset + len(name),
                    name,
                    rnd.choice(levels),
                    years,
                    offset,
                    offset + len(line),
                )
            )
            offset += len(line) + 1
        out.append(PostingResult(f"p{i}", mentions, None, text))
    return out


@pytest.mark.parametrize("profile_text", ["python, postgres, k8s, stats", "", "tableau"])
def test_summary_builder_equals_the_list_summary(tax, profile_text):
    from analyzer.gap.analysis import SummaryBuilder

    profile = Profile.from_text(profile_text, tax)
    gaps = [posting_gap(r, profile) for r in synthetic_batch(tax, 1500)]
    want = _reference_summarize(gaps, profile, tax)
    assert summarize(gaps, profile, tax) == want
    builder = SummaryBuilder(profile, tax)
    for i, gap in enumerate(gaps, 1):
        builder.add(gap)
        if i == 700:  # a result part way (an interrupted run) is the summary of what was added
            assert builder.result() == _reference_summarize(gaps[:700], profile, tax)
    assert builder.result() == want
    assert builder.result().to_dict() == want.to_dict()
    assert want.errors == 16 and want.mean_coverage is not None


@pytest.mark.shared
def test_summary_builder_equals_the_list_summary_on_real_postings(nlp, taxonomy):
    profile = Profile.from_text(OTHER_FORMS, taxonomy)
    analysis = analyze_postings(real_rows(150), profile, nlp)
    want = _reference_summarize(analysis.postings, profile, taxonomy)
    assert analysis.summary == want and len(want.demand) > 20


def test_a_choice_the_posting_offers_is_not_a_gap_when_you_have_another(nlp, taxonomy):
    posting = "Requirements:\n- Experience with a relational database (PostgreSQL or MySQL)\n- Python, SQL and Docker\n"
    analysis = analyze_postings([("p1", posting)], Profile.from_text("postgres, python", taxonomy), nlp)
    gap = analysis.postings[0]
    missing = {g.skill_id for g in gap.missing}
    assert "mysql" not in missing and "docker" in missing  # "and" lists still ask for every item
    assert "mysql" not in {m.skill_id for m in gap.matched}  # neither held nor missing
    [mysql] = [c for c in gap.choices_met if c.item.skill_id == "mysql"]
    assert mysql.met_by == ("postgresql",) and gap.verdict("mysql") == "choice_met"
    assert mysql.reason == "this posting accepts any of PostgreSQL, MySQL; you have PostgreSQL"
    assert "mysql" not in {g.skill_id for g in analysis.summary.gaps}
    demand = {d.skill_id: d for d in analysis.summary.demand}
    assert demand["mysql"].choice_met == 1 and not demand["mysql"].known
    # Without PostgreSQL both options are missing, each carrying the choice.
    bare = analyze_postings([("p1", posting)], Profile.from_text("python", taxonomy), nlp).postings[0]
    assert {"mysql", "postgresql"} <= {g.skill_id for g in bare.missing}
    assert bare.choice_of["mysql"].options == ("postgresql", "mysql")


def test_the_asked_as_filter_reads_the_levels_where_a_gap_is_missing():
    # "Python or R" required and met with Python asks nothing of R there: the gap table says R is
    # required in 0 postings where it is missing, yet the "Asked as: required" filter kept it (it read
    # every posting naming R) and a reader looking for required gaps was shown a nice-to-have one.
    from analyzer.gap.ranking import filter_gaps, levels_of

    postings = [
        ("p1", "Data Analyst\n\nRequirements\n- Python or R.\n- Tableau.\n"),
        ("p2", "Statistician\n\nRequirements\n- SQL.\n\nNice to have\n- R.\n"),
    ]
    gaps = analyze_postings(postings, Profile.from_text("python")).summary.gaps
    [r] = [g for g in gaps if g.skill == "R"]
    assert levels_of(r) == {"preferred"}
    assert [g.skill for g in filter_gaps(gaps, levels={"required"})] == ["SQL", "Tableau"]
    assert [g.skill for g in filter_gaps(gaps, levels={"preferred"})] == ["R"]
    assert (r.required, r.required_choice_met, r.preferred, r.preferred_choice_met) == (1, 1, 1, 0)
