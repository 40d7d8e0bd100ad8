"""Unlisted skills: names a posting lists among known technical skills that the taxonomy lacks become
skills of their own (``unlisted:<name>``), with a verdict, in every view, and leave ``other``."""

import csv
import io
import json

import pytest

from analyzer.gap.analysis import Analysis, posting_gap, summarize
from analyzer.gap.asks import AskCollector, plan_with_rounds
from analyzer.gap.market import MarketCounter, MarketPosting, strongest_levels, unlisted_written_names
from analyzer.gap.profile import Profile
from analyzer.io.highlight import gap_highlights
from analyzer.io.reports import render_report
from analyzer.nlp.extraction import extract_many
from analyzer.nlp.unlisted import name_shaped
from analyzer.records import MISSING, NOT_IN_TAXONOMY, is_unlisted, unlisted_id
from analyzer.run.mining import mine_results

POSTING = """About us
Acme Analytics builds forecasting software for retailers such as Walmart, Kroger and ShopCo.

Requirements:
- 3+ years of Python and SQL
- Visualization libraries such as Matplotlib, Seaborn, Plotzilla or GraphKit3
- Linux containers (Docker, QPod8)
- Cloud services: AWS Lambda, S3, FrobDB, and API Gateway
- TS/SCI clearance with Polygraph
- Located in San Diego, CA

Nice to have:
- Knowledge of HL7, FHIR and MedLink7 standards
- Strong communication, Teamwork and Dependable

#LI-AB1
"""


@pytest.fixture(scope="module")
def result(nlp):
    (res,) = extract_many([("p1", POSTING)], nlp, keep_text=True)
    return res


def unlisted(result):
    return {m.skill: m for m in result.skills if not m.in_taxonomy}


def test_tool_names_listed_with_known_tools_become_skills(result):
    found = unlisted(result)
    assert set(found) == {"Plotzilla", "GraphKit3", "QPod8", "FrobDB", "MedLink7"}
    for name, m in found.items():
        assert POSTING[m.start : m.end] == name and m.skill_id == unlisted_id(name) and is_unlisted(m.skill_id)
        assert m.listed_with  # the taxonomy skills it was listed with
    assert found["QPod8"].category == "devops_cloud" and "Docker" in found["QPod8"].listed_with
    assert found["Plotzilla"].category == "analytics_visualization"
    assert found["QPod8"].requirement == "required" and found["MedLink7"].requirement == "preferred"
    record = found["FrobDB"].to_dict()
    assert record["in_taxonomy"] is False and record["skill_id"] == "unlisted:frobdb"
    assert all(m.to_dict()["in_taxonomy"] for m in result.skills if m.in_taxonomy)


def test_promoted_names_leave_other_and_junk_stays_out(result):
    other = [p.text for p in result.other]
    assert not set(other) & set(unlisted(result))  # counted once: as a skill, not also as "other"
    names = set(unlisted(result))
    # Companies in the blurb, clearances, states, soft skills, hashtags: never skills.
    for junk in ("Walmart", "Kroger", "ShopCo", "TS", "SCI", "CA", "San Diego", "Teamwork", "Dependable", "LI-AB1"):
        assert junk not in names


@pytest.mark.parametrize("name", ["PK-Sim", "Q8", "LangChain", "Pheonix NLME", "ISO 19770", "NetSuite", "D3.js"])
def test_name_shapes(name):
    assert name_shaped(name)


@pytest.mark.parametrize(
    "name",
    [
        "services",
        "establish facts",
        "academic",
        "Design",
        "TS",
        "CA",
        "REQ12345",
        "Acme LLC",
        "12c",
        "FinTech",
        "SaaS",
        "CEO",
    ],
)
def test_not_name_shapes(name):
    assert not name_shaped(name)


def test_lists_of_companies_venues_and_permits_are_not_promoted(nlp):
    text = (
        "Requirements:\n"
        "- Publications at conferences such as NeurIPS, ICML or ZEBRACONF\n"
        "- We have worked with companies such as Oracle, SAP and QuuxCorp\n"
        "- Active TS/SCI clearance (Python, Q7 access)\n"
        "- Experience with Python, Spark and QuuxDB\n"
    )
    (res,) = extract_many([("p", text)], nlp)
    assert set(unlisted(res)) == {"QuuxDB"}


def test_names_in_brackets_and_after_a_tool_head(nlp):
    text = (
        "Requirements:\n"
        "- Maintain our inventory databases (Remedy, QX-Track, ZorbDB) weekly\n"
        "- Experience with ticketing systems such as QTRAK, FROBNET or similar\n"
    )
    (res,) = extract_many([("p", text)], nlp)
    found = unlisted(res)
    assert {"QX-Track", "ZorbDB", "QTRAK", "FROBNET"} <= set(found)
    assert found["QTRAK"].category and found["QTRAK"].requirement == "required"


def test_a_name_the_taxonomy_knows_is_never_unlisted(nlp, taxonomy):
    from analyzer.nlp.unlisted import taxonomy_names

    names = taxonomy_names(taxonomy)
    assert "python" in names and "excel" in names and taxonomy_names(taxonomy) is names  # built once
    text = "Requirements:\n- Manipulate raw data sets (Excel, CSV, XML, JSON, etc.)\n- Python, SQL and Excel\n"
    (res,) = extract_many([("p", text)], nlp)
    assert not any(m.skill_id.startswith("unlisted:") and m.skill.lower() in names for m in res.skills)


def test_a_plain_capitalised_word_needs_named_tools_beside_it(nlp):
    tools = "Requirements:\n- Data pipelines with Spark, Kafka, Airflow, Zorblax and dbt\n"
    concepts = "Requirements:\n- Forecasting, Zorblax and regression for our planning teams\n"
    lower_too = "Requirements:\n- Data pipelines with Spark, Kafka, Airflow, Zorblax and dbt\n- zorblax is our word\n"
    found = [set(unlisted(r)) for r in extract_many([("a", tools), ("b", concepts), ("c", lower_too)], nlp)]
    assert found == [{"Zorblax"}, set(), set()]


def test_verdicts_by_typed_name(result, tax):
    profile = Profile.from_text("python, sql, frobdb, QPod-8", tax)
    gap = posting_gap(result, profile)
    assert gap.verdict("unlisted:frobdb") == "have"
    assert NOT_IN_TAXONOMY in gap.reasons["unlisted:frobdb"]
    assert gap.verdict("unlisted:qpod8") == MISSING  # "QPod-8" is another name: normalised names must meet
    reason = gap.reasons["unlisted:qpod8"]
    assert reason.startswith(NOT_IN_TAXONOMY) and "Docker" in reason and "Linux containers (Docker, QPod8)" in reason
    # An option of a choice ("Matplotlib, Seaborn, Plotzilla or GraphKit3") is learnt as one of them.
    assert gap.choice_of["unlisted:plotzilla"] and NOT_IN_TAXONOMY in gap.reasons["unlisted:plotzilla"]
    # Coverage counts the unlisted asks like any other.
    assert 0 < gap.coverage < 1
    summary = summarize([gap], profile, tax)
    demand = {d.skill_id: d for d in summary.demand}
    assert demand["unlisted:frobdb"].known and not demand["unlisted:qpod8"].known
    assert "unlisted:qpod8" in {g.skill_id for g in summary.gaps}
    assert demand["unlisted:qpod8"].to_dict()["in_taxonomy"] is False


def test_the_plan_never_asks_to_learn_an_unlisted_skill_the_user_has(result, tax):
    profile = Profile.from_text("python, sql, frobdb", tax)
    asks = AskCollector().add_all([posting_gap(result, profile)])
    plan, _ = plan_with_rounds(asks.postings, asks.known(profile.known_ids()), tax, 20, asks.unlisted_names)
    learn = {step.skill_id: step.skill for step in plan.steps}
    assert "unlisted:qpod8" in learn and "unlisted:frobdb" not in learn
    assert learn["unlisted:qpod8"] == "QPod8 (not in the taxonomy)"  # as the posting wrote it


def test_reports_say_not_in_the_taxonomy(result, tax):
    profile = Profile.from_text("python, sql", tax)
    gaps = [posting_gap(result, profile)]
    analysis = Analysis(profile, gaps, summarize(gaps, profile, tax))
    md = render_report(analysis, "md")
    html = render_report(analysis, "html")
    assert f"**QPod8** ({NOT_IN_TAXONOMY})" in md
    assert "QPod8" in html and NOT_IN_TAXONOMY in html
    data = json.loads(render_report(analysis, "json"))
    missing = {m["skill_id"]: m for m in data["postings"][0]["missing"]}
    assert missing["unlisted:qpod8"]["in_taxonomy"] is False and NOT_IN_TAXONOMY in missing["unlisted:qpod8"]["reason"]
    rows = list(csv.DictReader(io.StringIO(render_report(analysis, "csv"))))
    k8 = next(r for r in rows if r["skill_id"] == "unlisted:qpod8")
    assert k8["verdict"] == MISSING and NOT_IN_TAXONOMY in k8["reason"]
    notes = {h.skill: h.note for h in gap_highlights(gaps[0])}
    assert NOT_IN_TAXONOMY in notes["QPod8"] and NOT_IN_TAXONOMY not in notes.get("Python", "")


def test_market_counts_by_normalised_name_and_shows_the_most_written_name(nlp, tax):
    texts = [
        "Requirements:\n- Experience with Python, Spark and Quux-DB\n",
        "Qualifications: knowledge of Kafka, Quux DB or Airflow.\n",
        "Requirements:\n- Python\n",
        "Requirements:\n- Experience with Snowflake, dbt and Quux DB\n",
    ]
    counters = []
    for res in extract_many([(str(i), t) for i, t in enumerate(texts)], nlp):
        counter = MarketCounter()
        counter.add(MarketPosting(strongest_levels(res.skills), names=unlisted_written_names(res.skills)))
        counters.append(counter)
    forward, backward = MarketCounter(), MarketCounter()
    for c in counters:
        forward.merge(c)
    for c in reversed(counters):
        backward.merge(c)
    assert forward == backward
    shares = {s.skill_id: s for s in forward.result(tax).groups[0].skills}
    quux = shares["unlisted:quux db"]  # "Quux DB" and "Quux-DB" meet under one skill
    assert quux.share == pytest.approx(3 / 4) and quux.skill == f"Quux DB ({NOT_IN_TAXONOMY})"
    # without the written names (an older caller) the normalised key is shown
    bare = MarketCounter().add_all(
        MarketPosting(strongest_levels(r.skills)) for r in extract_many([(str(i), t) for i, t in enumerate(texts)], nlp)
    )
    assert {s.skill for s in bare.result(tax).groups[0].skills} >= {f"quux db ({NOT_IN_TAXONOMY})"}


def test_the_miner_still_counts_unlisted_names(nlp):
    postings = [
        ("a", "Requirements:\n- Experience with Python, Spark and QuuxDB\n"),
        ("b", "Qualifications: knowledge of Kafka, QuuxDB or Airflow.\n"),
    ]
    results = []
    for res in extract_many(postings, nlp, keep_text=True):
        assert "QuuxDB" in unlisted(res) and not res.other
        results.append(res)
    mined = {p.phrase: p for p in mine_results(results, min_postings=2)}
    assert mined["quuxdb"].postings == 2 and mined["quuxdb"].category == "data_management"


def test_a_plain_name_of_two_words_among_named_tools_is_promoted(nlp):
    """ "Zorblet Builder" among Tableau and Power BI names one more tool; a post ("Business Analyst"),
    a phrase ending like an English noun ("Strong Communication", "Data Integration") or one the
    posting also writes in lower case ("data services") does not."""
    text = (
        "Requirements:\n"
        "- Experience with BI tools (Zorblet Builder, Tableau, Power BI, etc.)\n"
        "- Skills: Python, SQL, Tableau, Strong Communication, Data Integration\n"
        "- Prior work as a Data Analyst, Business Analyst or similar using SQL, Tableau and Looker\n"
        "- Experience with SSIS, Talend, Data Services or Informatica; we build data services daily\n"
    )
    (res,) = extract_many([("p", text)], nlp)
    found = unlisted(res)
    assert "Zorblet Builder" in found
    assert not {"Strong Communication", "Data Integration", "Business Analyst", "Data Services"} & set(found)


def test_plain_noun_phrases_listed_among_known_skills_are_skills(nlp):
    """A lower-case item of a list with two known skills, shaped like the name of a method or a
    field, is an unlisted skill with the line's level: first, inner and last items, in a
    requirement and in a duty."""
    text = (
        "Requirements:\n"
        "- Experience with glacier melt modeling, time series forecasting and anomaly detection\n"
        "- Experience in time series forecasting, anomaly detection, and sensor drift correction\n"
        "Nice to have:\n"
        "- Familiarity with deep learning, label harmonization, and computer vision\n"
        "Responsibilities:\n"
        "- Build pipelines for stream processing, feature engineering and catalogue reconciliation\n"
    )
    (res,) = extract_many([("p", text)], nlp)
    found = unlisted(res)
    assert {
        "glacier melt modeling",
        "sensor drift correction",
        "label harmonization",
        "catalogue reconciliation",
    } <= set(found)
    assert found["sensor drift correction"].requirement == "required"
    assert found["label harmonization"].requirement == "preferred"
    assert "anomaly detection" in found["sensor drift correction"].listed_with


def test_a_plural_noun_first_and_a_diagram_head_are_method_names(nlp):
    """ "drivers analysis" starts with a plural noun, not a duty's verb ("drives"), and sequence
    diagrams are things built like models (context diagrams became a taxonomy skill)."""
    text = (
        "Requirements:\n"
        "- Experience with neural networks, data fusion, drivers analysis, clustering and forecasting\n"
        "- Experience with data modeling, data quality, sequence diagrams and SQL\n"
    )
    (res,) = extract_many([("p", text)], nlp)
    assert {"drivers analysis", "sequence diagrams"} <= set(unlisted(res))


@pytest.mark.parametrize(
    "line",
    [
        "Requirements:\n- Bachelor's degree with a focus on machine learning, signal processing, and acoustic ecology\n",
        "Requirements:\n- Experience with deep learning and glacier melt modeling\n",
        "Requirements:\n- Experience with machine learning, signal processing or other glacier melt modeling\n",
        "Requirements:\n- Experience with machine learning, signal processing and reliable data delivery\n",
        "Requirements:\n- Experience with machine learning, signal processing and product managers\n",
        "Responsibilities:\n- Use machine learning, signal processing and analyzes performance\n",
        "About us\nWe build software for machine learning, signal processing and glacier melt modeling.\n",
    ],
    ids=["degree-fields", "one-known-skill", "filler", "quality", "people", "verb", "company-blurb"],
)
def test_list_items_that_name_no_skill_stay_out(nlp, line):
    """Fields of a degree, an item with one known skill beside it, fillers, qualities, people, a
    duty's verb and a company's description are no unlisted skills."""
    (res,) = extract_many([("p", line)], nlp)
    assert set(unlisted(res)) == set()


def test_in_a_posting_without_sections_only_a_skill_slot_vouches(nlp):
    """Without headings a line's level says little: an item counts only in a skill slot ("such
    as …", "experience in …"), not in any list of the prose."""
    in_slot = (
        "We build systems using methods such as glacier melt modeling, time series forecasting and anomaly detection.\n"
    )
    prose = "The team works on time series forecasting, anomaly detection and glacier melt modeling.\n"
    found = [set(unlisted(r)) for r in extract_many([("a", in_slot), ("b", prose)], nlp)]
    assert found == [{"glacier melt modeling"}, set()]


def test_named_methods_and_business_tools_make_a_list_of_tools(nlp):
    # Agile, Waterfall, JIRA and SharePoint sit among the business words, yet as names they vouch
    # for the unknown names listed with them; soft skills still do not.
    methods = "Requirements:\n- Delivery using methodologies like Agile, QRUX, Waterfall and hybrid methods.\n"
    systems = "Preferred:\n- Experience with sources such as SharePoint, JIRA, Confluence, Zorbex, etc.\n"
    soft = "Requirements:\n- Strong skills like communication, teamwork, QRUX and leadership.\n"
    found = [set(unlisted(r)) for r in extract_many([("a", methods), ("b", systems), ("c", soft)], nlp)]
    assert found == [{"QRUX"}, {"Zorbex"}, set()]


def test_tools_listed_after_a_glossed_item_become_skills(extract):
    text = (
        "Qualifications:\n"
        "You will need solid experience with Python (pandas, NumPy), Tableau (or similar), QuibbleDB and Zorb3D."
        " You will also mentor analysts and present results to the leadership team every quarter.\n"
        "- Systems: Epic (Clarity), SnarfEHR (Caboodle), SQL\n"
    )
    found = {m.skill: m for m in extract(text) if not m.in_taxonomy}
    assert {"QuibbleDB", "Zorb3D", "SnarfEHR"} <= set(found)
    assert found["Zorb3D"].requirement == "required"
    assert not [name for name in found if "(" in name or "Caboodle" in name or "similar" in name]


CUT_AT_A_SEMICOLON = """Requirements:
- Fluent in statistical languages (SAS, Stata, Julia); experience with platforms such as QPlat9 is a plus;
- A degree in a quantitative field;
"""


def test_an_unlisted_name_takes_the_level_of_its_own_piece_of_a_sentence_cut_in_two(nlp):
    (res,) = extract_many([("p1", CUT_AT_A_SEMICOLON)], nlp, keep_text=True)
    levels = {m.skill: m.requirement for m in res.skills}
    assert levels["Julia"] == "required"
    assert levels["QPlat9"] == "preferred"  # not the level of Julia, its nearest neighbour across the cut
