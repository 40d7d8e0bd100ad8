"""Open vocabulary: phrases in skill slots that no taxonomy skill covers (``other`` in extract
output, "also asked for" in reports) and ``skillgap mine``, which counts them over many postings."""

import csv
import io
import json
import time

from click.testing import CliRunner
from gap_fixtures import write_csv

from analyzer.cli import main
from analyzer.gap.analysis import Analysis, posting_gap, summarize
from analyzer.gap.profile import Profile
from analyzer.io.reports import render_report
from analyzer.nlp.extraction import extract_many
from analyzer.nlp.slots import other_phrases
from analyzer.records import OtherPhrase, PostingResult, SkillMention
from analyzer.run.mining import mine_results, normalise_phrase

POSTING = """About the role
We build analytics for hospitals, including billing, dental and vision benefits.

Requirements:
- 3+ years of experience with Python, SQL and Quibbly
- Knowledge of Zorblax or Oozie for scheduling
- BS in Physics, Statistics or Computer Engineering
- Familiarity with Blorp interfaces

Nice to have:
- Tools such as Tableau and Snarfly
- Python, FrobDB
"""


def other(text, extract):
    mentions = [m for m in extract(text) if m.in_taxonomy]  # the slot phrases before any is promoted
    return other_phrases(text, [(m.start, m.end) for m in mentions])


def test_phrases_in_skill_slots_that_no_skill_covers(extract):
    found = {p.text: p.requirement for p in other(POSTING, extract)}
    assert found == {
        "Quibbly": "required",
        "Zorblax": "required",
        "Blorp interfaces": "required",
        "Snarfly": "preferred",
        "FrobDB": "preferred",
    }
    # Company prose, benefits and fields of study are not asks for skills.
    assert not {"billing", "dental", "vision benefits", "Physics", "Computer Engineering"} & set(found)


def test_unknown_product_in_a_list_is_kept_with_its_level():
    text = "Requirements:\n- Experience with Optimizely, Python and HL7 interfaces.\n\nBonus:\n- Tools such as Looker or Quibbly"
    known = [(text.index("Python"), text.index("Python") + 6), (text.index("Looker"), text.index("Looker") + 6)]
    found = {p.text: p.requirement for p in other_phrases(text, known)}
    assert found == {"Optimizely": "required", "HL7 interfaces": "required", "Quibbly": "preferred"}


def test_the_ms_of_a_known_product_is_no_degree_before_fields_of_study(extract):
    # "MS Project" and "MS Excel" are products: their list is no "MS in Physics, Statistics" of a degree.
    text = (
        "Required:\n"
        "Beginner or higher proficiency with MS Project, PowerPoint, SharePoint, InfoPath\n"
        "Intermediate or higher proficiency with MS Excel\n"
        "MS in Statistics, Geodesy or Econometrics\n"
    )
    found = [p.text for p in other(text, extract)]
    assert "InfoPath" in found and not {"Statistics", "Geodesy", "Econometrics"} & set(found)
    names = {m.skill for m in extract(text)}
    assert "InfoPath" in names and "Geodesy" not in names


def test_a_colon_after_the_cue_still_opens_its_slot():
    text = "Preferred:\n- Relevant experience with: Looker, Quibbly; familiarity with: Zorbex"
    known = [(text.index("Looker"), text.index("Looker") + 6)]
    assert [p.text for p in other_phrases(text, known)] == ["Quibbly", "Zorbex"]


def test_a_list_after_not_limited_to_yields_unlisted_names_but_no_open_phrases(nlp):
    # The clause word "to" no longer ends the slot; the list's tools are promoted, while its
    # other phrases (benefits, documents, duties) are not reported as asks.
    text = (
        "Duties:\n- Pull data from systems including but not limited to Snowflake, QRDB, Oracle and MySQL.\n"
        "- Benefits including, but not limited to: generous PTO, dental cover and Snowflake credits.\n"
    )
    (res,) = extract_many([("p", text)], nlp)
    assert [m.skill for m in res.skills if m.skill_id.startswith("unlisted:")] == ["QRDB"]
    assert not any("PTO" in p.text or "dental" in p.text for p in res.other)


def test_offsets_point_at_the_phrase(extract):
    for p in other(POSTING, extract):
        assert POSTING[p.start : p.end] == p.text


def test_examples_without_a_known_skill_keep_only_product_shaped_names():
    text = "Benefits include medical, dental and 401k. Experience in domains such as retail, GxP and HIPAA-like rules."
    found = [p.text for p in other_phrases(text, [])]
    assert "medical" not in found and "dental" not in found and "retail" not in found
    assert "GxP" in found


def test_tasks_and_sentences_are_not_phrases():
    text = "Requirements:\n- Experience with building dashboards for our customers\n- Knowledge of how we work"
    assert other_phrases(text, []) == []


def test_a_bracket_cut_by_the_list_leaves_the_names_on_either_side():
    text = "Requirements:\n- Experience with Python, Quibbly Systems (QS, Zorblax), Frobnix (Snarfix, Red Blorp)\n"
    found = [p.text for p in other_phrases(text, [(text.index("Python"), text.index("Python") + 6)])]
    assert {"Quibbly Systems", "Zorblax", "Frobnix", "Snarfix", "Red Blorp"} <= set(found)
    assert not [p for p in found if "(" in p or ")" in p]


def _spans(text, *names):
    return sorted((text.index(n), text.index(n) + len(n)) for n in names)


def test_a_gloss_after_an_item_does_not_end_the_list_after_a_cue():
    text = "Requirements:\n- Experience with Python (pandas, NumPy), Quibbly (QBL v2) and Zorblax for reporting.\n"
    found = [p.text for p in other_phrases(text, _spans(text, "Python", "pandas", "NumPy"))]
    assert found == ["Quibbly", "Zorblax"]  # the gloss "QBL v2" is no item; "reporting" is past the clause


def test_a_bracket_the_sentence_goes_on_after_still_ends_the_slot():
    text = "Requirements:\n- Experience with Quibbly (version 3) to build Zorblax reports.\n"
    assert [p.text for p in other_phrases(text, [])] == ["Quibbly"]


def test_an_item_is_the_name_before_its_gloss():
    text = "Requirements:\n- Python, MRDB (Corona), Frobnix Suite (FNX) and SnarfDB(SDB)\n"
    found = [p.text for p in other_phrases(text, _spans(text, "Python"))]
    assert found == ["MRDB", "Frobnix Suite", "SnarfDB"]


def test_the_head_of_a_bracketed_list_of_known_tools_is_kept():
    text = "Requirements:\n- Experience using image software (e.g. Quibbly, Zorblax), Frobnix and Python\n"
    found = [p.text for p in other_phrases(text, _spans(text, "Quibbly", "Zorblax", "Python"))]
    assert "image software" in found and "Frobnix" in found


def test_markup_and_formulas_are_not_phrases():
    for text in (
        "Requirements:\n- Experience with Quibbly, </script> and =HYPERLINK(x)\n",
        "Requirements:\n- Experience with Quibbly, <b>Zorblax</b>, {{7*7}}\n",
        "Requirements:\n- Experience with Quibbly, Job ID R0018182, Phone 949-555-0123\n",
    ):
        found = [p.text for p in other_phrases(text, [])]
        assert found == ["Quibbly"], text


def test_slot_scan_is_linear():
    unit = "Requirements:\n- Experience with Quibbly, Frobnitz and Zorblax, e.g. Blorp or Snarf.\n"

    def seconds(n):
        text = unit * n
        start = time.perf_counter()
        other_phrases(text, [])
        return time.perf_counter() - start

    small, big = seconds(200), seconds(4000)
    assert big < max(small, 0.002) * 20 * 6  # 20x the text: far below quadratic growth


def test_extract_records_carry_other_phrases_and_references(nlp):
    (result,) = list(extract_many([("p1", POSTING)], nlp))
    record = result.to_dict()
    assert set(record) == {"id", "skills", "education", "other", "error"}
    texts = {o["text"] for o in record["other"]}
    assert texts and all(set(o) == {"text", "start", "end", "requirement"} for o in record["other"])
    python = next(s for s in record["skills"] if s["skill_id"] == "python")
    assert python["esco"] == "Python (computer programming)" and "onet" in python


def test_reports_list_what_the_taxonomy_does_not_know(tax):
    text = "Requirements: experience with Python and <script>alert(1)</script>Quibbly."
    result = PostingResult("p1", [], None, text, other=[OtherPhrase("<b>Quibbly</b>", 0, 5, "required")])
    profile = Profile.from_text("python", tax)
    gaps = [posting_gap(result, profile)]
    analysis = Analysis(profile, gaps, summarize(gaps, profile, tax))
    md = render_report(analysis, "md")
    html = render_report(analysis, "html")
    assert "Also asked for (not in the taxonomy)" in md and "Quibbly" in md
    assert "<b>Quibbly</b>" not in html and "&lt;b&gt;Quibbly&lt;/b&gt;" in html
    assert json.loads(render_report(analysis, "json"))["postings"][0]["other"][0]["text"] == "<b>Quibbly</b>"


# --- skillgap mine ---------------------------------------------------------------------------------
def test_normalised_phrases_meet():
    assert normalise_phrase("HL7  Interfaces") == normalise_phrase("hl7-interface")
    assert normalise_phrase("Optimizely") == "optimizely"
    assert normalise_phrase("analysis") == "analysis"  # not stripped to "analysi"


def test_mined_phrase_keys_are_words_a_reviewer_can_read():
    # The key is the phrase column of `skillgap mine`: a plural folds to its singular, but a name or
    # a field that only ends in "s" keeps its letters ("SaaS" is no plural of "saa").
    assert normalise_phrase("SaaS") == "saas"
    assert normalise_phrase("emerging technologies") == normalise_phrase("emerging technology") == "emerging technology"
    assert normalise_phrase("media industries") == "media industry"
    assert normalise_phrase("advertising strategies") == "advertising strategy"
    assert normalise_phrase("time series") == "time series"
    assert normalise_phrase("business processes") == normalise_phrase("business process") == "business process"
    assert normalise_phrase("search approaches") == "search approach"
    assert normalise_phrase("Notebooks") == "notebook" and normalise_phrase("APIs") == "api"


def test_mine_counts_postings_not_mentions(nlp):
    postings = [
        ("a", "Requirements:\n- Experience with Quibbly and Tableau\n- Quibbly experiments"),
        ("b", "Qualifications: knowledge of Quibbly, Looker and Frobnitz."),
        ("c", "Qualifications: knowledge of Frobnitz, Kafka or Airflow."),
        ("d", "Qualifications: Python."),
    ]
    texts = dict(postings)
    results = []
    for result in extract_many(postings, nlp):
        result.text = texts[result.id]
        results.append(result)
    mined = {p.phrase: p for p in mine_results(results, min_postings=2)}
    assert set(mined) == {"quibbly", "frobnitz"}
    assert mined["quibbly"].postings == 2 and mined["quibbly"].required == 2
    assert mined["frobnitz"].category == "data_management"  # Kafka and Airflow sit beside it
    assert all("[Quibbly]" in e for e in mined["quibbly"].examples)


def test_mine_counts_a_reposted_ad_once_among_distinct_uses():
    # Job boards copy one ad under several ids; a reviewer needs to know how many different
    # postings ask for a phrase, and examples that are not the same sentence three times.
    def posting(pid: str, text: str) -> PostingResult:
        start = text.index("Quibbly")
        tableau = text.index("Tableau")
        known = SkillMention(
            "Tableau",
            "tableau",
            "analytics_visualization",
            tableau,
            tableau + 7,
            "Tableau",
            "unspecified",
            None,
            0,
            len(text),
        )
        return PostingResult(pid, [known], text=text, other=[OtherPhrase("Quibbly", start, start + 7, "required")])

    ad = "Requirements: experience with Quibbly and Tableau for our retail dashboards."
    repost = "Requirements:experience with  Quibbly and Tableau for our retail\ndashboards."  # spacing lost
    other = "Nice to have: Tableau, Quibbly or Looker in a marketing team."
    results = [posting("a", ad), posting("b", repost), posting("c", ad), posting("d", other)]
    (quibbly,) = mine_results(results, min_postings=2)
    assert (quibbly.postings, quibbly.distinct) == (4, 2)
    assert len(quibbly.examples) == 2 and "marketing" in quibbly.examples[1]
    assert mine_results(results, min_postings=2, min_distinct=3) == []


def test_mine_cli_streams_a_csv(tmp_path):
    rows = [
        (f"p{i}", f"Requirements: experience with Quibbly and Python. =cmd|' /C calc'!A0 such as Zorblax{i}")
        for i in range(3)
    ]
    src = write_csv(tmp_path / "p.csv", [*rows, ("bad", "")])
    out = tmp_path / "mined.csv"
    res = CliRunner().invoke(
        main, ["mine", str(src), "-o", str(out), "-j", "1", "--min-postings", "3"], catch_exceptions=False
    )
    assert res.exit_code == 0, res.output
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["phrase"] for r in table] == ["quibbly"]
    assert table[0]["postings"] == "3" and table[0]["required"] == "3"
    assert "4 postings, 1 with errors, 1 phrase in at least 3 postings" in res.output


def test_skills_command_lists_references():
    res = CliRunner().invoke(main, ["skills"], catch_exceptions=False)
    table = list(csv.DictReader(io.StringIO(res.output)))
    python = next(r for r in table if r["skill_id"] == "python")
    assert python["esco"] == "Python (computer programming)"
    assert len(table) > 1500


def test_mine_examples_are_cut_at_whole_words():
    # An example used to open or end inside a word ("alysis and report design …"); it starts and
    # stops at a word and says with "…" that the posting goes on.
    def posting(pid: str, text: str) -> PostingResult:
        start = text.index("Quibbly")
        return PostingResult(pid, [], text=text, other=[OtherPhrase("Quibbly", start, start + 7, "required")])

    before = "Our analysts run the monthly forecasting and reporting cycle for regional warehouses; "
    after = " experience is needed for the dashboards that planners read every single morning before standup."
    results = [posting("a", before + "Quibbly" + after), posting("b", "Requirements: Quibbly and Looker.")]
    (quibbly,) = mine_results(results, min_postings=2)
    long, short = quibbly.examples
    assert short == "Requirements: [Quibbly] and Looker."  # a short posting is quoted whole
    assert long.startswith("… ") and long.endswith(" …") and "[Quibbly]" in long
    words = set((before + after).split())
    inner = long.removeprefix("… ").removesuffix(" …").replace("[Quibbly]", "").split()
    assert all(w in words for w in inner), long
