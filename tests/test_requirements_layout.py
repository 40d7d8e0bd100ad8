"""Requirement levels read from a posting's layout: lead-ins, glued text, headings of many shapes."""

from analyzer.nlp.requirements import SegmentIndex


def levels_of(extract, text):
    """skill id -> the strongest level its mentions get."""
    order = {"required": 2, "preferred": 1, "unspecified": 0}
    out: dict[str, str] = {}
    for m in extract(text):
        if m.skill_id not in out or order[m.requirement] > order[out[m.skill_id]]:
            out[m.skill_id] = m.requirement
    return out


def test_a_long_lead_in_with_a_preferred_cue_opens_a_preferred_list(extract):
    text = (
        "Qualifications:\n"
        "Bachelor's degree in a quantitative field\n"
        "3 years of experience writing SQL\n"
        "We will give preference to applicants who bring any of the following:\n"
        "Hands-on work with Kubernetes\n"
        "Experience building dashboards in Tableau\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["kubernetes"] == "preferred"
    assert got["tableau"] == "preferred"


def test_preference_given_is_a_preferred_cue(extract):
    got = levels_of(extract, "Strong Python skills. Preference given to candidates who have used Snowflake.")
    assert got["python"] == "required"
    assert got["snowflake"] == "preferred"


def test_a_lead_in_to_duties_or_an_aside_opens_no_preferred_list(extract):
    text = (
        "Requirements:\n"
        "5+ years of analytics experience (banking is a plus), including:\n"
        "Building reports in Power BI\n"
        "In this role the ideal candidate will take on these responsibilities:\n"
        "Maintain our data pipelines in Airflow\n"
    )
    got = levels_of(extract, text)
    assert got["power_bi"] == "required"
    assert "preferred" not in got.values()


def test_section_of_a_lead_in_list():
    text = "About the job\nBonus points if you have worked with any of the following tools:\nSpark\n"
    index = SegmentIndex(text)
    assert index.section_at(text.index("Spark")) == "preferred"


def test_run_together_sentences_keep_their_own_cues(extract):
    # Sentences pasted without a space: the "a plus" of one must not reach the next.
    text = (
        "Requirements: a degree in statistics.Previous work with Snowflake is a plus."
        "Experience building Tableau dashboards.Knowledge of Looker (preferred).Git skills."
    )
    got = levels_of(extract, text)
    assert got["snowflake"] == "preferred"
    assert got["tableau"] == "required"
    assert got["looker"] == "preferred"
    assert got["git"] == "required"


def test_abbreviations_and_dotted_names_are_no_sentence_ends():
    text = "Skills: languages e.g.Python and frameworks like ASP.NET or Node.js are used here."
    index = SegmentIndex(text)
    python = index.segment_at(text.index("Python"))
    assert python is not None
    assert python.sentence_start <= text.index("languages") and python.sentence_end >= text.index("here")
