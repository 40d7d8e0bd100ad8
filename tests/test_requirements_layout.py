"""Requirement levels read from a posting's layout: lead-ins, glued text, headings of many shapes."""

import pytest

from analyzer.gap.market import strongest_levels
from analyzer.nlp.requirements import SegmentIndex, _sentences


def levels_of(extract, text):
    """skill id -> the strongest level its mentions get."""
    return strongest_levels(extract(text))


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


def test_a_line_of_section_words_is_a_heading_in_any_case(extract):
    text = (
        "Required knowledge, skills, and abilities\n"
        "Proficiency in Python\n"
        "Desired knowledge, skills and experience\n"
        "Solid experience with Terraform\n"
        "NICE TO HAVE BUT NOT REQUIRED.\n"
        "Familiarity with Kafka\n"
    )
    got = levels_of(extract, text)
    assert got["python"] == "required"
    assert got["terraform"] == "preferred"
    assert got["kafka"] == "preferred"


def test_an_answer_or_an_item_is_no_heading():
    text = "Minimum qualifications\nA visa sponsorship:\nNot required.\nMinimum 3 years of SQL\nDocker\n"
    index = SegmentIndex(text)
    assert index.section_at(text.index("Docker")) == "required"
    heads = [text[s.start : s.end] for s in index.segments if s.heading]
    assert "Not required." not in heads and "Minimum 3 years of SQL" not in heads


def test_upper_case_heading_with_a_stop_ends_the_section_before():
    text = "REQUIRED SKILLS.\nStrong SQL\nJOB DUTIES.\nMaintain the Tableau workbooks\n"
    index = SegmentIndex(text)
    assert index.section_at(text.index("Strong")) == "required"
    assert index.section_at(text.index("Maintain")) == "duty"


def test_recommended_heading_and_valued_or_useful_cues(extract):
    text = (
        "Qualifications\n"
        "Degree in statistics\n"
        "Experience with Spark is also highly valued.\n"
        "Experience with R; knowing Stata would be useful.\n"
        "Recommended Experience\n"
        "Hands-on experience with Looker\n"
    )
    got = levels_of(extract, text)
    assert got["apache_spark"] == "preferred"
    assert got["looker"] == "preferred"


def test_a_suggested_skills_heading_lists_preferences(extract):
    text = "What you need:\n- Three years of Scala\n\nSuggested Skills:\n- Graph Databases\n- Reinforcement Learning\n"
    got = levels_of(extract, text)
    assert got["scala"] == "required"
    assert got["graph_databases"] == got["reinforcement_learning"] == "preferred"


def test_about_our_organisation_is_a_blurb():
    text = "Requirements\nPython\nAbout our organization\nWe build tools for hospitals.\n"
    assert SegmentIndex(text).section_at(text.index("We build")) == "blurb"


def test_a_bold_label_that_lost_a_star_is_a_heading(extract):
    text = (
        "*Minimum Qualifications**\n"
        "+ MS in physics with 2+ years of experience in Python\n"
        "*Preferred Qualifications**\n"
        "+ Some experience with Kubernetes\n"
    )
    got = levels_of(extract, text)
    assert got["python"] == "required"
    assert got["kubernetes"] == "preferred"


FLAT = (
    "Responsibilities Design forecasting models for the supply team and explain their results to planners "
    "across the company Work with product owners on roadmaps Own the reporting layer and keep it tidy "
    "Required Skills Three years of experience with Python and strong SQL "
    "Preferred qualifications Experience with Airflow and hands-on knowledge of Kubernetes"
)


def test_headings_run_into_a_flattened_posting(extract):
    got = levels_of(extract, FLAT)
    assert got["python"] == "required"
    assert got["sql"] == "required"
    assert got["kubernetes"] == "preferred"
    index = SegmentIndex(FLAT)
    assert index.section_at(FLAT.index("Design")) == "duty"
    assert index.section_at(FLAT.index("Experience with Airflow")) == "preferred"


def test_words_that_only_look_like_a_run_in_heading_are_not_cut():
    text = (
        "Write functional requirements (Business Requirements Documents) and Use Cases for every release of the "
        "platform; show strong analytical skills Ability to explain results; maintain the Government Contract "
        "Data Requirements List for the program office and keep it current"
    )
    heads = [text[s.start : s.end] for s in SegmentIndex(text).segments if s.heading]
    assert heads == []


def test_what_the_candidate_is_to_have_is_required_even_among_duties(extract):
    text = (
        "What you will do\n"
        "Our lab is seeking a research engineer with deep experience in computer vision and PyTorch. "
        "You will build data pipelines in Airflow. You should have worked with Docker. "
        "The successful candidate will have the opportunity to use Kubernetes.\n"
    )
    got = levels_of(extract, text)
    assert got["computer_vision"] == "required"
    assert got["pytorch"] == "required"
    assert got["docker"] == "required"
    assert got["airflow"] == "unspecified"
    assert got["kubernetes"] == "unspecified"


def test_a_list_whose_line_breaks_were_lost(extract):
    # Labels and items glued straight to the word before them.
    text = (
        "You will tune our ranking models and keep the feature store healthyWe are looking for:"
        "Three years of Python in productionExperience with Snowflake is a plusPerks and benefits:"
        "Free lunches and a gym budgetAbout Acme Robotics:We make warehouse robots that run on Kubernetes."
    )
    got = levels_of(extract, text)
    assert got["python"] == "required"
    assert got["snowflake"] == "preferred"
    index = SegmentIndex(text)
    assert index.section_at(text.index("Free lunches")) == "benefits"
    assert index.section_at(text.index("We make")) == "blurb"


def test_product_names_in_camel_case_are_not_cut():
    text = "Requirements: experience with TensorFlow, PyTorch and JavaScript is needed."
    python = SegmentIndex(text).segment_at(text.index("PyTorch"))
    assert python is not None and python.sentence_start == text.index(" experience")


def test_when_and_adjective_cues_ask_nothing(extract):
    # "as required", "as necessary", "the necessary …", "a need to …", "the desired …" say nothing of the candidate.
    text = (
        "Responsibilities\n"
        "Produce weekly Tableau reports as required by the director.\n"
        "Triage data issues in Snowflake as necessary.\n"
        "Build the necessary Airflow pipelines for ingestion.\n"
        "There is a need to build Looker dashboards for finance.\n"
        "Design Spark jobs to get the desired metrics out of raw logs.\n"
        "Knowledge of SQL is necessary for this role.\n"
    )
    got = levels_of(extract, text)
    for skill in ("tableau", "snowflake", "airflow", "looker", "apache_spark"):
        assert got[skill] == "unspecified", skill
    assert got["sql"] == "required"


def test_a_duty_opening_with_a_verb_is_no_qualification(extract):
    text = (
        "What you'll do\n"
        "Execute advanced statistical modeling projects on churn\n"
        "Working in Hive and Presto primarily, sometimes MySQL\n"
        "Exercise your experience in Kubernetes deployments\n"
        "Working knowledge of Tableau\n"
    )
    got = levels_of(extract, text)
    for skill in ("statistical_modeling", "apache_hive", "presto", "mysql", "kubernetes"):
        assert got[skill] == "unspecified", skill
    assert got["tableau"] == "required"


def test_employer_prose_after_the_last_item_ends_the_qualifications(extract):
    text = (
        "Preferred qualifications\n"
        "Experience with Kafka and event-driven services\n"
        "Acme's mission is to help farmers grow more food with less water. Our teams are constantly iterating, "
        "solving problems and building machine learning tools for growers around the world.\n"
    )
    got = levels_of(extract, text)
    assert got["kafka"] == "preferred"
    index = SegmentIndex(text)
    assert index.section_at(text.index("Acme's")) == "blurb"
    assert got.get("machine_learning", "unspecified") == "unspecified"


def test_a_paragraph_on_the_named_employer_ends_the_qualifications(extract):
    text = (
        "Preferred Qualifications\n"
        "Experience with Kafka and event-driven services\n"
        "Brightfield Labs was founded by retail veterans and builds pricing software powered by machine learning "
        "and predictive modeling for grocery chains.\n"
        "Brightfield Labs is an equal opportunity employer.\n"
    )
    got = levels_of(extract, text)
    assert got["kafka"] == "preferred"
    assert SegmentIndex(text).section_at(text.index("was founded")) == "blurb"
    for skill in ("machine_learning", "predictive_modeling"):
        assert got.get(skill, "unspecified") == "unspecified", skill


def test_a_named_subject_that_asks_or_speaks_of_the_hire_keeps_the_qualifications(extract):
    text = (
        "Requirements\n"
        "Solid SQL skills\n"
        "Tableau is used daily by the team and experience with it is required for this analyst role.\n"
        "Northwind is hiring analysts who know Python and can present findings to executives.\n"
        "Knowledge of Looker\n"
        "Northwind offers flexible hours.\n"
    )
    got = levels_of(extract, text)
    for skill in ("sql", "tableau", "python", "looker"):
        assert got[skill] == "required", skill


def test_what_the_candidate_is_knows_or_is_asked_is_required(extract):
    text = (
        "About the role\n"
        "You will build data pipelines in Airflow. You should be ready to communicate results to executives. "
        "You're comfortable with Docker and Linux. You write Go services and understand how Kafka partitions work. "
        "Are you fluent in SQL? Also, you will need expertise in Excel. You have the opportunity to use Kubernetes. "
        "If you have a passion for Rust, tell us.\n"
    )
    got = levels_of(extract, text)
    for skill in ("communication", "docker", "linux", "kafka", "sql", "excel"):
        assert got[skill] == "required", skill
    for skill in ("airflow", "kubernetes", "rust"):
        assert got[skill] == "unspecified", skill


def test_a_cue_speaks_for_its_own_clause(extract):
    text = (
        "Requirements\n"
        "Experience with Snowflake is required and experience with dbt preferred\n"
        "A minimum of 2 years of Scala strongly recommended.\n"
        "Development experience in an object-oriented language (Java, C++), with preference given to Python\n"
        "Data warehousing experience, Redshift preferred\n"
        "Excellent communication skills, strong presentation skills a plus\n"
    )
    got = levels_of(extract, text)
    assert got["snowflake"] == "required"
    assert got["dbt"] == "preferred"
    assert got["scala"] == "preferred"
    assert got["java"] == "required"
    assert got["python"] == "preferred"
    assert got["data_warehousing"] == "required"
    assert got["redshift"] == "preferred"
    # Two qualifications under one cue: both preferred.
    assert got["communication"] == "preferred"
    assert got["presentation"] == "preferred"


@pytest.mark.parametrize(
    "item, must_skill, plus_skill",
    [
        ("Hands-on work with Tableau is a must, experience with Looker is a plus", "tableau", "looker"),
        ("Deep command of Spark is a must and familiarity with Kafka is highly preferred", "apache_spark", "kafka"),
        ("Lab experience with assays (ELISA a must, flow cytometry desirable)", "elisa", "flow_cytometry"),
    ],
)
def test_a_must_closes_its_clause_as_required_does(extract, item, must_skill, plus_skill):
    got = levels_of(extract, "About the team\nWe build models.\nQualifications\n" + item + "\n")
    assert got[must_skill] == "required"
    assert got[plus_skill] == "preferred"


def test_not_a_must_closes_no_clause(extract):
    got = levels_of(extract, "Qualifications\nRetail analytics is a plus but not a must, Python a plus\n")
    assert got["python"] == "preferred"


def test_more_heading_shapes(extract):
    text = (
        "Qualifications What you bring\n"
        "SAS and R experience\n"
        "Added bonus if you have\n"
        "Experience with Terraform and Helm charts\n"
        "You Are\n"
        "Experienced with PyTorch\n"
        "Extra Impressive:\n"
        "* Advanced Knowledge of Streaming: Flink and Kafka\n"
        "Base Salary, Bonus, Benefits:\n"
        "Health insurance and gym\n"
        "Keywords: Python, Excel\n"
    )
    got = levels_of(extract, text)
    assert got["sas"] == "required"
    assert got["terraform"] == "preferred"
    assert got["pytorch"] == "required"
    assert got["flink"] == "preferred" and got["kafka"] == "preferred"
    assert got["python"] == "unspecified"
    index = SegmentIndex(text)
    assert index.section_at(text.index("Health")) == "benefits"
    about = "About This Role:\nBuild churn models\n"
    assert SegmentIndex(about).section_at(about.index("Build")) == "duty"


def test_a_title_cased_item_is_no_heading(extract):
    # "Experience with Microsoft SSIS" names what it asks for: it stays in the "Bonus experience" list.
    text = (
        "Key Quali\ufb01cations:\n"
        "SQL experience\n"
        "Bonus Experience\n"
        "Experience with Microsoft SSIS\n"
        "Knowledge of Sisense\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["ssis"] == "preferred"
    heads = [text[s.start : s.end] for s in SegmentIndex(text).segments if s.heading]
    assert heads == ["Key Quali\ufb01cations:", "Bonus Experience"]


def test_a_profile_heading_right_under_a_required_heading_keeps_it_required(extract):
    text = (
        "About the role\n"
        "You will build forecasting services.\n"
        "What You Need To Succeed\n"
        "The ideal candidate will have the following background:\n"
        " * 4+ years of Python development\n"
        " * Hands-on work with Kubernetes in production\n"
    )
    got = levels_of(extract, text)
    assert got["python"] == "required"
    assert got["kubernetes"] == "required"


def test_a_profile_heading_after_a_finished_required_list_is_a_second_tier(extract):
    text = "Requirements:\n3 years of experience writing SQL\nIdeal Candidate:\nExperience with Airflow\n"
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["airflow"] == "preferred"


def test_a_sub_heading_without_a_level_word_keeps_the_preferred_level(extract):
    text = (
        "Minimum Qualifications\n"
        "Degree in statistics and 2 years of experience with R\n"
        "PREFERRED QUALIFICATIONS\n"
        "Skills/Abilities and Knowledge\n"
        "Experience with Snowflake\n"
        "Requirements\n"
        "Working knowledge of Tableau\n"
    )
    got = levels_of(extract, text)
    assert got["snowflake"] == "preferred"
    assert got["tableau"] == "required"


def test_a_level_sub_heading_right_under_a_heading_still_switches(extract):
    text = "Qualifications\nPreferred:\nExperience with Snowflake\n"
    assert levels_of(extract, text)["snowflake"] == "preferred"


def test_a_dash_can_stand_for_the_colon_of_a_heading(extract):
    text = (
        "Key duties -\n"
        "Maintain dashboards in Looker\n"
        "You have -\n"
        "Strong command of SQL\n"
        "You might also have -\n"
        "Experience with Terraform\n"
        "Experience with Kafka -\n"
        "streaming jobs on Flink\n"
    )
    got = levels_of(extract, text)
    assert got["looker"] == "unspecified"
    assert got["sql"] == "required"
    assert got["terraform"] == "preferred"
    assert got["kafka"] == "preferred"  # an item ending in a dash is no heading: the list goes on


def test_what_the_candidate_may_have_is_preferred(extract):
    text = (
        "Requirements:\n"
        "Two years of Python\n"
        "You May Also Have\n"
        "Familiarity with Snowflake\n"
        "What you might bring:\n"
        "Experience with dbt\n"
    )
    got = levels_of(extract, text)
    assert got["python"] == "required"
    assert got["snowflake"] == "preferred"
    assert got["dbt"] == "preferred"


def test_a_run_in_heading_followed_by_an_inline_bullet_opens_its_section(extract):
    # A posting flattened to one line: each heading runs into the text before it and its first
    # item follows after a bullet, with no line break anywhere.
    text = (
        "We build pricing tools for regional grocers and we are growing our analytics team this year. "
        "Duties and Responsibilities· Build weekly reports in Looker· Maintain pipelines in Airflow. "
        "Apply today for immediate consideration! Requirements -Data Analysis -SQL -Pivot Tables "
        "-Tableau Preferred Qualifications* Exposure to Snowflake"
    )
    got = levels_of(extract, text)
    assert got["looker"] == "unspecified"
    assert got["sql"] == "required"
    assert got["tableau"] == "required"
    assert got["snowflake"] == "preferred"


def test_an_item_that_calls_itself_required_is_required_under_a_preferred_heading(extract):
    text = (
        "Desired Qualifications:\n"
        "Strong SQL skills are required\n"
        "Must be fluent in Python\n"
        "Keras (Must)\n"
        "Experience with Snowflake\n"
        "Experience with Airflow is required for some projects but Docker is a plus\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["python"] == "required"
    assert got["keras"] == "required"
    assert got["snowflake"] == "preferred"
    assert got["docker"] == "preferred"


def test_items_of_a_flattened_list_split_where_a_capitalised_qualification_starts(extract):
    # Line breaks lost, with or without the space: each item keeps its own level.
    text = (
        "Degree in statistics or a related quantitative field 5+ years of experience with Airflow "
        "in a production setting Strong analytical skills and a habit of writing tests "
        "Knowledge of Snowflake is a plus Ability to explain results to finance partners"
    )
    got = levels_of(extract, text)
    assert got["airflow"] == "required"
    assert got["snowflake"] == "preferred"
    glued = (
        "Experience with Terraform and Kubernetes across the lifecycle of Work OrdersModerate experience "
        "with Tableau reporting is a plusMust have a current security clearance and a degree in Mathematics3+ "
        "years of experience in Python"
    )
    got = levels_of(extract, glued)
    assert got["terraform"] == "required"
    assert got["kubernetes"] == "required"
    assert got["tableau"] == "preferred"
    assert got["python"] == "required"


def test_a_flattened_item_after_a_level_word_may_open_with_years_or_experience_within(extract):
    # "… is a plus 3-10 years …", "… industry Experience within …": the next item starts there, with its own level.
    text = (
        "Qualifications Must have a background in retail banking Experience within billing or payments systems "
        "is a plus 4-8 years of experience as an analyst working with Kubernetes Strong Tableau skills"
    )
    got = levels_of(extract, text)
    assert got["kubernetes"] == "required"
    assert got["tableau"] == "required"


def test_a_named_thing_or_a_phrase_that_goes_on_is_no_new_item():
    text = (
        "You will join our newly created Advanced Analytics team and use Deep Learning for forecasting, "
        "with at least 5 years of growth ahead and experience with Advanced Excel preferably in insurance."
    )
    index = SegmentIndex(text)
    first = index.segment_at(text.index("Advanced Analytics"))
    assert first is not None
    assert first.sentence_start == 0 and first.sentence_end >= text.index("Advanced Excel")


def test_a_heading_glued_to_the_text_it_heads_opens_its_section(extract):
    text = (
        "ResponsibilitiesBuild reports in Looker for the sales team\n"
        "Required QualificationsA degree in a quantitative field\n"
        "Daily use of Git\n"
        "Meet the needs of the position.Preferred QualificationsA degree in statistics\n"
        "Experience with Snowflake\n"
    )
    got = levels_of(extract, text)
    assert got["looker"] == "unspecified"
    assert got["git"] == "required"
    assert got["snowflake"] == "preferred"


def test_a_skill_name_glued_to_a_section_word_is_no_heading():
    text = "Strong MS Word and PowerPoint SkillsProven track record with Excel\n"
    index = SegmentIndex(text)
    assert len(index.lines()) == 1


def test_an_ellipsis_can_end_a_heading_like_a_colon(extract):
    text = (
        "Minimum Qualifications...\n"
        "Bachelor's degree and two years of SQL\n"
        "It would be even better if you…\n"
        "Have hands-on experience with Terraform\n"
        "What you’ll get…\n"
        "A yearly budget for courses on Kubernetes\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["terraform"] == "preferred"
    assert SegmentIndex(text).section_at(text.index("Kubernetes")) == "benefits"


def test_an_item_that_trails_off_is_no_heading():
    text = "Requirements:\nStrong skills in SQL, R, etc...\nNice to have:\nExperience with Spark...\nKafka\n"
    index = SegmentIndex(text)
    assert index.section_at(text.index("Kafka")) == "preferred"
    assert index.section_at(text.index("SQL")) == "required"


def test_a_lead_in_that_adds_to_the_list_above_is_a_second_tier(extract):
    text = (
        "Basic Qualifications\n"
        "Candidate must have experience with SQL\n"
        "Other Qualifications\n"
        "In addition to the qualifications listed above, the ideal candidate would have experience with:\n"
        "Data analysis using pandas\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["pandas"] == "preferred"


def test_a_level_word_before_a_capitalised_item_may_end_a_lead_in(extract):
    text = (
        "We need an analyst with a background in retail pricing and forecasting. "
        "Below skills are desirable Strong Tableau skills, onsite and offshore coordination."
    )
    assert levels_of(extract, text)["tableau"] == "preferred"


def test_more_ways_to_head_what_the_candidate_brings(extract):
    text = (
        "What your day will look like:\n"
        "You will maintain dashboards in Looker\n"
        "You might be a good fit if you:\n"
        "* Write SQL every day\n"
        "* Have run jobs on Airflow\n"
        "Experience in any of the following will make you stand out from other applicants:\n"
        "* Managing workloads on Kubernetes\n"
    )
    got = levels_of(extract, text)
    assert got["looker"] == "unspecified"
    assert got["sql"] == "required"
    assert got["airflow"] == "required"
    assert got["kubernetes"] == "preferred"


def test_a_level_experience_heading_run_into_a_flattened_posting(extract):
    text = (
        "We are growing fast and need people who are organized and detailed in development efforts of all "
        "kinds. Required Experience Excellent interpersonal skills and daily use of SQL. Able to adapt to a "
        "fast-paced environment with 5 years of Relevant Experience Working with Snowflake Preferred "
        "Experience Project leadership in a consulting firm\n"
        "Experience with Tableau\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["snowflake"] == "required"  # "Relevant Experience" is no heading
    assert got["tableau"] == "preferred"


def test_a_level_heading_run_into_years_in_a_flattened_posting(extract):
    # A heading that names its level opens its section inside a flattened line even when the first item after it
    # opens on a number of years; "the Skills 2 …" and a heading at the line's start still do not.
    text = (
        "Requirements Strong coding skills in Python and a record of shipping features end to end for "
        "enterprise customers in a fast-moving product team with debugging in Docker Preferred Qualifications "
        "4 years of professional software engineering experience Experience with Airflow and Kubernetes"
    )
    got = levels_of(extract, text)
    assert got["python"] == "required"
    assert got["docker"] == "required"  # not made preferred by the heading after it
    assert got["kubernetes"] == "preferred"
    assert got["airflow"] == "preferred"


def test_an_item_read_as_a_heading_does_not_pass_its_level_on(extract):
    # "A/B Testing Experience" is an item of the preferred list that looks like a heading: the
    # "Ideal Candidate" list under it is not thereby made required.
    text = (
        "Preferred Qualifications\n"
        "Experience working in Git\n"
        "A/B Testing Experience\n"
        "Ideal Candidate\n"
        "Experience with Looker\n"
    )
    assert levels_of(extract, text)["looker"] == "preferred"


def test_capital_headings_run_into_a_flattened_posting_and_the_prose_after_the_last_list(extract):
    text = (
        "At Example Games we build data products for a worldwide audience of players, partners and "
        "studios. RESPONSIBILITIES Partner with producers to maintain Looker dashboards. "
        "QUALIFICATIONS 5+ years in an analytics role writing SQL. SKILLS Strong command of Python. "
        "We collaborate as a global team to develop data pipelines with Airflow."
    )
    got = levels_of(extract, text)
    assert got["looker"] == "unspecified"
    assert got["sql"] == "required"
    assert got["python"] == "required"
    assert got["airflow"] == "unspecified"  # the company's prose after the last list
    # The list goes on on the next line.
    got = levels_of(extract, text.rsplit(" We collaborate", 1)[0] + "\nTableau\n")
    assert got["tableau"] == "required"


def test_an_item_whose_label_ends_in_a_preposition_stays_in_its_preferred_list(extract):
    # "Experience with: Git, Docker" waits for its object after the colon: an item of the list it
    # stands in, not a "Experience" heading that would make the rest of the list required.
    text = (
        "Requirements\n"
        "Team player mindset.\n"
        "Nice to Haves\n"
        "A record of conference talks.\n"
        "Experience with: Git, Docker, AWS.\n"
        "Knowledge of: Airflow\n"
    )
    got = levels_of(extract, text)
    assert got["git"] == got["docker"] == got["airflow"] == "preferred"
    # A label that names a required heading of its own still switches the list.
    got = levels_of(extract, text.replace("Knowledge of: Airflow", "Required Experience in: Airflow"))
    assert got["airflow"] == "required" and got["git"] == "preferred"


SECOND_LIST = """What you bring
 * 3+ years of Python
 * Experience with Airflow
Ways to really stand apart
 * Publications on recommender systems
 * Experience with Kubernetes
 * Contributions to dbt are a plus
"""


def test_a_second_list_under_an_unknown_label_with_a_plus_among_its_items_is_preferred(extract):
    got = levels_of(extract, SECOND_LIST.replace("really stand apart", "get a head start"))
    assert got["python"] == "required"
    assert got["airflow"] == "required"
    assert got["kubernetes"] == "preferred"
    assert got["dbt"] == "preferred"


def test_a_second_list_with_no_preference_cue_or_a_requirement_word_keeps_its_level(extract):
    plain = SECOND_LIST.replace("Ways to really stand apart", "Tooling").replace(" are a plus", "")
    assert levels_of(extract, plain)["kubernetes"] == "required"
    strict = SECOND_LIST.replace("Ways to really stand apart", "Tooling").replace(
        "Experience with Kubernetes", "Experience with Kubernetes is required"
    )
    assert levels_of(extract, strict)["kubernetes"] == "required"


def test_an_unbulleted_line_continuing_the_item_before_is_no_label(extract):
    text = SECOND_LIST.replace(
        " * Experience with Airflow\nWays to really stand apart", " * Experience with\nAirflow and Spark"
    )
    got = levels_of(extract, text)
    assert got["kubernetes"] == "required"


def test_what_we_have_to_offer_is_a_benefits_heading():
    text = (
        "Requirements\n * 3+ years of Python\nWhat We Have to Offer:\n * Salary + bonus + equity\n * 401k with match\n"
    )
    index = SegmentIndex(text)
    assert index.section_at(text.index("401k")) == "benefits"


def test_a_question_shaped_heading_of_eight_words_names_its_section(extract):
    text = (
        "THE TEAM\nWe build ranking models.\nWhat we're looking for in our next teammate\n"
        " * 3+ years of Python\n * Designing and building data pipelines in Airflow\n"
    )
    got = levels_of(extract, text)
    assert got["python"] == "required"
    assert got["airflow"] == "required"  # a verb-phrased line under a qualifications heading stays required


@pytest.mark.parametrize("heading", ["Helpful Qualifications", "It's helpful to have:", "What else would be helpful?"])
def test_helpful_headings_open_a_preferred_list(extract, heading):
    text = f"Requirements\n- 3+ years of Python\n{heading}\n- Experience with Airflow\n"
    got = levels_of(extract, text)
    assert got["python"] == "required"
    assert got["airflow"] == "preferred"


def test_helpful_alone_in_a_list_of_values_is_no_heading():
    text = "Requirements\n- 3+ years of Python\nOur values:\nTruthful\nHelpful\n- Experience with Airflow\n"
    index = SegmentIndex(text)
    assert index.section_at(text.index("Airflow")) != "preferred"


LIST_UNDER_A_GENERIC_HEADING = """Job Description
Bachelor's degree in statistics or a related field
2+ years of experience in analytics
Languages: Scala, Julia, SQL
Knowledge of data warehouses
Create test data for the warehouse team
Understanding of Airflow
"""


def test_a_bare_line_between_qualification_items_is_one_of_them(extract):
    got = levels_of(extract, LIST_UNDER_A_GENERIC_HEADING)
    assert got["scala"] == "required"
    assert got["julia"] == "required"


def test_a_task_between_qualification_items_stays_a_task(extract):
    text = LIST_UNDER_A_GENERIC_HEADING.replace("Languages: Scala, Julia, SQL", "Maintain reports in Tableau")
    assert levels_of(extract, text)["tableau"] == "unspecified"


def test_the_last_line_of_a_qualification_list_before_a_heading_is_one_of_its_items(extract):
    text = (
        "Job Details\nExperience of 5+ years.\nExperience using R or Python to manipulate data.\n"
        "Scala, Julia, Kafka Knowledge of a variety of machine learning techniques\nBenefits\nHealth insurance\n"
    )
    assert levels_of(extract, text)["kafka"] == "required"


def test_a_bare_line_among_duties_keeps_no_level(extract):
    text = "Responsibilities\n- Build dashboards for sales\n- Scala, Julia\n- Maintain the warehouse\n"
    assert levels_of(extract, text)["scala"] == "unspecified"


def test_headings_run_together_take_the_last_ones_section(extract):
    # a page that lost its line breaks: "About Us" + "The Role" + "Responsibilities" on one line
    text = (
        "About UsThe RoleResponsibilities\n\n"
        "Build predictive models for customer churn\n"
        "Present insights to product leaders\n\n"
        "About the teamAbout You\n\n"
        "Strong SQL skills\n"
        "Hands-on work with Tableau dashboards\n"
    )
    got = levels_of(extract, text)
    assert got["predictive_modeling"] == "unspecified"  # a duty, no longer dropped as company blurb
    assert got["sql"] == "required"
    assert got["tableau"] == "required"


def test_a_skills_heading_glued_under_a_preference_stays_preferred(extract):
    text = "Desired Skills and AttributesTechnical Skills\n\nExperience with Snowflake\nKnowledge of dbt\n"
    got = levels_of(extract, text)
    assert got["snowflake"] == "preferred"


def test_a_camel_case_name_is_no_glued_heading(extract):
    text = "Job Qualifications:\n\nDeep Learning, Red Hat OpenShift, TensorFlow\n"
    got = levels_of(extract, text)
    assert got["tensorflow"] == "required"


def test_a_misspelled_preferred_heading_still_opens_a_preferred_list(extract):
    text = (
        "Minimum Qualifications\n"
        "Three years of experience with Python.\n"
        "Prefferred Qualifications\n"
        "Experience with Snowflake and dbt.\n"
    )
    got = levels_of(extract, text)
    assert got["python"] == "required"
    assert got["snowflake"] == "preferred"


def test_nice_if_you_have_opens_a_preferred_list(extract):
    text = "You Have\n- Experience with Python\nNice If You Have\n- Experience with Kubernetes\n"
    got = levels_of(extract, text)
    assert got["python"] == "required"
    assert got["kubernetes"] == "preferred"


def test_a_lead_in_of_what_helps_or_excites_opens_a_preferred_list(extract):
    text = (
        "Why we're excited about you\n"
        "You should be highly analytical, with strong SQL skills.\n"
        "What else will help you succeed here? We're excited about candidates who:\n"
        "Use Looker to build dashboards\n"
        "Shall have experience in supporting Snowflake environments.\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["looker"] == "preferred"
    assert got["snowflake"] == "required"  # "shall have" asks it outright, whatever the lead-in


def test_a_sentence_broken_over_lines_is_read_whole(extract):
    text = (
        "Responsibilities\n"
        "Build and maintain reporting pipelines for the finance team and the\n"
        "operations team, working closely with analysts across the company.\n"
        "Shall have experience in supporting cloud data warehouses, specifically\n"
        "Snowflake or BigQuery, and the backup of\n"
        "data.\n"
        "Experience with developing forecasting models and with\n"
        "Kubernetes is a plus.\n"
    )
    got = levels_of(extract, text)
    assert got["snowflake"] == "required"
    assert got["bigquery"] == "required"
    assert got["kubernetes"] == "preferred"
    assert got["forecasting"] == "preferred"


def test_a_qualification_wrapped_after_a_comma_or_a_noun_is_read_whole(extract):
    # A headingless list of qualifications, hard-wrapped mid-item.
    text = (
        "Experience with Python and Jupyter notebooks\n"
        "Strong analytic,\n"
        "inferencing and critical thinking skills\n"
        "Understanding of systems\n"
        "engineering processes including requirements analysis\n"
        "Experience with Kubernetes and Docker, or\n"
        "Helm is a plus\n"
    )
    got = levels_of(extract, text)
    assert got["critical_thinking"] == "required"
    assert got["requirements_gathering"] == "required"
    assert got["kubernetes"] == "preferred"


def test_a_level_after_a_comma_wrapped_line_speaks_for_the_whole_item(extract):
    # "Strong written," alone would be a required item of its own; the marker after the break is said of both lines.
    text = "Qualifications\n- Strong written,\nverbal and presentation skills are a plus\n- Experience with SQL\n"
    got = levels_of(extract, text)
    assert got["communication"] == "preferred"
    assert got["sql"] == "required"


def test_a_comma_before_a_line_with_labels_of_its_own_breaks_no_sentence(extract):
    text = (
        "Qualifications\n"
        "A team player, analytical, with experience in SQL and Spark,\n"
        "data mining R (required) Python (optional) fluency in these tools desired: Tableau\n"
    )
    assert levels_of(extract, text)["apache_spark"] == "required"


@pytest.mark.parametrize(
    "lead_in",
    [
        "You'll be most successful in this role if you have:",
        "You will excel in this role if you are:",
        "We believe you are an excellent fit, if you have:",
    ],
)
def test_a_long_hedged_fit_lead_in_after_duties_opens_a_list_of_qualifications(extract, lead_in):
    # Clarification 1: a hedged lead-in with no preference word asks for what it lists.
    text = f"Responsibilities\n- Build churn models\n{lead_in}\n- Comfortable in Excel\n- A creative problem solver\n"
    got = levels_of(extract, text)
    assert got["excel"] == "required"
    assert got["problem_solving"] == "required"


def test_sentences_before_a_lead_in_on_its_line_keep_their_section(extract):
    text = (
        "The Role\n"
        "We are hiring a Machine Learning Engineer. For us that means someone who ships Kubernetes services."
        " You'll be a great fit if:\n"
        "- You have 3+ years of Python\n"
    )
    got = levels_of(extract, text)
    assert got["python"] == "required"
    assert got["kubernetes"] == "unspecified"


@pytest.mark.parametrize(
    "heading", ["What you'll be working on", "WHAT WILL YOU WORK ON?", "Some projects you might work on:"]
)
def test_what_you_will_work_on_lists_duties(extract, heading):
    text = f"Requirements\n- 3+ years of SQL\n{heading}\n- Build Airflow pipelines for the growth team\n"
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["airflow"] == "unspecified"


def test_lines_of_a_list_are_not_one_broken_sentence(extract):
    text = (
        "Requirements\n"
        "Experience with relational databases and SQL;\n"
        "Experience with working in an AWS environment a plus; and\n"
        "Ability to build Tableau dashboards and present them to senior leaders.\n"
        "Skills\n"
        "statistics, forecasting and risk modeling\n"
        "data mining, visualization and reporting tools such as Looker or Power BI for our teams\n"
        "large data sets, Spark a plus\n"
    )
    got = levels_of(extract, text)
    assert got["aws"] == "preferred"
    assert got["tableau"] == "required"
    assert got["looker"] == "required"


def test_a_label_item_speaks_only_for_its_values_on_the_next_line(extract):
    text = (
        "Requirements\n"
        " * Experience shipping models with Python\n"
        " * Desirable:\n"
        "   PyTorch, JAX, reinforcement learning\n"
        " * Strong SQL skills\n"
        " * Experience with Docker\n"
    )
    got = levels_of(extract, text)
    assert got["pytorch"] == "preferred"
    assert got["sql"] == "required"
    assert got["docker"] == "required"


def test_a_heading_over_an_indented_list_keeps_its_section(extract):
    text = (
        "Requirements\n"
        "Experience shipping models with Python\n"
        "Preferred:\n"
        "   PyTorch, JAX, reinforcement learning\n"
        "Experience with Docker\n"
    )
    got = levels_of(extract, text)
    assert got["pytorch"] == "preferred"
    assert got["docker"] == "preferred"


def test_a_heading_of_personal_attributes_after_an_ideal_candidate_list_is_its_own_list(extract):
    text = (
        "The Ideal Candidate\n"
        "Experience with Spark and Airflow\n"
        "Knowledge of Kubernetes\n"
        "Personal Attributes\n"
        "Creative problem solver who enjoys ambiguity\n"
        "Team-oriented and collaborative\n"
    )
    got = levels_of(extract, text)
    # (with a list of its own besides the ideal candidate's, the ideal candidate is a tier above it)
    assert got["apache_spark"] == "preferred"
    assert got["problem_solving"] == "required"


@pytest.mark.parametrize(
    "item, skill",
    [
        ("Effective communication in English (written and verbal)", "communication"),
        ("Highly effective communicator with executives", "communication"),
        ("Detail orientation and ability to troubleshoot Kubernetes clusters", "kubernetes"),
    ],
)
def test_a_qualification_among_duties_is_required(extract, item, skill):
    text = f"Job Description\nBuild dashboards for the sales team\n{item}\nMaintain the data warehouse\n"
    assert levels_of(extract, text)[skill] == "required"


def test_an_effective_date_is_no_qualification(extract):
    text = "Job Description\nBuild dashboards\nEffective July 1, 2024, the public policy of the state bars screening.\n"
    assert levels_of(extract, text).get("public_policy", "unspecified") == "unspecified"


def test_items_glued_at_a_closing_bracket_are_read_apart(extract):
    text = (
        "Desired Skills\n"
        "Demonstrated experience with Kubeflow (an ML toolkit).MUST hold an active clearance.\n"
        "Requirements\n"
        "Experience with SQL Server is a plus (any recent version)"
        "Solid understanding of Snowflake data sharing and Tableau dashboards for the finance team\n"
    )
    got = levels_of(extract, text)
    assert got["kubeflow"] == "preferred"
    assert got["snowflake"] == "required"


def test_a_lead_in_ending_on_to_before_capitalised_items_is_no_broken_sentence(extract):
    # the items after "… algorithms to" are read one by one, as a list: "Discover patterns" stays a skill
    text = "Responsibilities\nApply machine learning algorithms to\nDiscover patterns in usage\nPredict user behavior\n"
    assert "pattern_recognition" in levels_of(extract, text)


def test_a_level_label_after_a_sentence_of_an_item_speaks_for_its_line_only(extract):
    text = (
        "What You'll Bring\n"
        "Strong programming skills. Preferred languages: Python, SQL, Bash\n\n"
        "Experience with data science libraries (e.g. pandas, NumPy, Keras)\n\n"
        "Familiar with version control and containers\n\n"
        "Nice to have:\n"
        "Experience with Spark. Required tools: Tableau, Looker\n"
        "Knowledge of Airflow\n"
    )
    levels = levels_of(extract, text)
    assert levels["python"] == levels["sql"] == "preferred"
    assert levels["pandas"] == levels["numpy"] == levels["keras"] == levels["version_control"] == "required"
    # the other way round: a required label inside a nice-to-have list
    assert levels["tableau"] == "required" and levels["airflow"] == "preferred"
    # a label that starts its line is a heading: what follows takes its level
    heading = "Requirements:\n- Python\nPreferred skills: Docker\n- Kubernetes\n"
    assert levels_of(extract, heading)["kubernetes"] == "preferred"


def test_a_bare_level_word_glued_into_a_long_line_speaks_for_its_line_only(extract):
    # a flattened list: a long line of items whose last sentences a bare "Preferred:" labels
    text = (
        "Qualifications:\n"
        "MS or 3+ years of experience in a quantitative field.You have 2+ years of experience with SQL and "
        "statistical tools.You also have some data engineering experience building pipelines for reporting "
        "teams.Preferred: experience with Airflow and Docker\n\n"
        "Curiosity about the news.Experience with Tableau and a willingness to learn.\n"
    )
    levels = levels_of(extract, text)
    assert levels["sql"] == "required"
    assert levels["airflow"] == levels["docker"] == "preferred"
    assert levels["tableau"] == "required"


@pytest.mark.parametrize(
    "label", ["Prefer Local Candidates", "Local candidates preferred", "Preferred Location: Austin or remote"]
)
def test_a_wish_about_where_the_hire_lives_is_no_preferred_heading(extract, label):
    text = f"Requirements:\n- 3+ years of SQL\n{label}\n- Experience with Tableau dashboards\nNice to have:\n- Docker\n"
    levels = levels_of(extract, text)
    assert levels["sql"] == levels["tableau"] == "required"
    assert levels["docker"] == "preferred"


def test_items_glued_by_a_full_stop_and_a_dash_each_keep_their_own_level(extract):
    text = (
        "Other Requirements\n"
        "Retail experience preferred.- Kafka knowledge strongly preferred.- Requires two years of SQL.- Knowledge of "
        "Tableau.\n"
    )
    levels = levels_of(extract, text)
    assert levels["kafka"] == "preferred"
    assert levels["sql"] == levels["tableau"] == "required"
    # … also when an acronym ends the item before: its cue-free ask stays required
    text = "Qualifications\n-Proficient in Java and SQL.-Experience with Kafka is a plus.-Ability to learn new tools.\n"
    levels = levels_of(extract, text)
    assert levels["java"] == levels["sql"] == "required"
    assert levels["kafka"] == "preferred"


@pytest.mark.parametrize("heading", ["BASIC FUNCTION OF THE JOB", "Primary Function:"])
def test_a_basic_or_primary_function_heading_opens_duties(extract, heading):
    text = f"{heading}\nBuild Tableau reports that support the operations team.\nRequirements\n- SQL\n"
    levels = levels_of(extract, text)
    assert levels["tableau"] == "unspecified"
    assert levels["sql"] == "required"


def test_a_camel_case_name_before_a_label_keeps_its_capital(extract):
    # "GenAI experience:" is an item of the list, not "Gen" + a glued heading "AI experience:"
    text = (
        "Requirements:\n * Three years of Python\n\n"
        "Nice to have:\n * Experience with Kubernetes\n"
        " * GenAI experience: you have shipped products on open-source LLMs\n"
    )
    got = levels_of(extract, text)
    assert got["python"] == "required"
    assert got["large_language_models"] == "preferred"


def test_a_name_the_posting_uses_elsewhere_is_no_lost_line_break(extract):
    # "NovaGrid" stands elsewhere in the posting: its inner capital is no line break lost before "Grid skills:"
    text = (
        "Requirements:\n * Three years of Python\n\n"
        "Nice to have:\n * Familiarity with the NovaGrid platform\n"
        " * NovaGrid skills: Snowflake and dbt\n"
    )
    got = levels_of(extract, text)
    assert got["snowflake"] == "preferred"
    assert got["dbt"] == "preferred"


def test_a_heading_glued_to_a_job_title_is_still_cut(extract):
    # a lost line break before a heading word: the duties are duties, the qualifications required
    text = "Senior Data ScientistResponsibilities:\nBuild churn models in Python\nQualifications:\nStrong SQL\n"
    index = SegmentIndex(text)
    assert index.section_at(text.index("Build churn")) != index.section_at(text.index("Strong SQL"))
    got = levels_of(extract, text)
    assert got["python"] == "unspecified"
    assert got["sql"] == "required"


def test_a_duty_item_with_a_colon_is_no_qualifications_heading(extract):
    # "Promote data knowledge …:" names "knowledge" but opens with a task verb: an item of the duty list, so
    # what follows it stays a duty; a title-cased "Work Experience:" is still a heading.
    text = (
        "What you'll do\n"
        "- Promote data knowledge across teams: share dashboards built in Tableau with partners\n"
        "- Build ETL pipelines in Airflow\n"
        "Requirements\n"
        "- Work Experience: 3+ years of SQL\n"
        "- Provide expertise in the following areas: Snowflake, dbt\n"
    )
    got = levels_of(extract, text)
    assert got["tableau"] == "unspecified"
    assert got["airflow"] == "unspecified"
    assert got["sql"] == "required"
    assert got["snowflake"] == "required"


def test_a_label_ending_on_will_lists_tasks(extract):
    # "… the analyst will:" under the qualifications: the items complete "will", i.e. they are the tasks.
    text = (
        "Qualifications\n"
        "- 3+ years of SQL\n"
        "In this position the analyst will:\n"
        "- Maintain dashboards in Looker\n"
        "- Present findings to leadership\n"
        "Preferred\n"
        "- Experience with dbt\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["looker"] == "unspecified"
    assert got["dbt"] == "preferred"


def test_a_level_word_labelling_one_item_of_a_list_speaks_for_that_item(extract):
    # Items of one list, one of them labelled with its own level: the list goes on at its level after it.
    text = (
        "Job Description\n"
        "3+ years of experience in analytics\n"
        "Knowledge of SQL\n"
        "Preferred: Snowflake, dbt\n"
        "Strong Tableau skills\n"
        "Nice to have: experience with tools like\n"
        "Looker, Mode\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["snowflake"] == "preferred"
    assert got["tableau"] == "required"
    assert got["looker"] == "preferred"  # the labelled item goes on over the line break


def test_a_level_label_whose_value_is_a_lead_in_opens_a_list(extract):
    # "DESIRED: … if you had:" leads into the items after it: they take its level.
    text = (
        "Requirements\n"
        "- 3+ years of Python\n"
        "DESIRED: In addition, it would be great if you had:\n"
        "- Experience with Kubernetes\n"
    )
    got = levels_of(extract, text)
    assert got["python"] == "required"
    assert got["kubernetes"] == "preferred"


@pytest.mark.parametrize("heading", ["Stand-out Skills", "Standout qualifications:", "What will make you stand out"])
def test_a_stand_out_heading_lists_nice_to_haves(extract, heading):
    text = (
        "What do you need to qualify?\n"
        "- 5+ years of SQL\n"
        "- Experience with Tableau or similar tools\n"
        f"{heading}\n"
        "Deep learning with PyTorch or similar\n"
        "Spark, Kafka, or similar\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["tableau"] == "required"
    for skill in ("pytorch", "apache_spark", "kafka"):
        assert got[skill] == "preferred", skill


@pytest.mark.parametrize(
    "heading",
    [
        "What'll Make You Special",
        "What gives you an edge:",
        "What Will Put You Ahead?",
        "How to Really Get Our Attention",
        "Skills that grab our attention:",
        "Plusses",
        "Great to have",
        "Good to have.",
        "Good To Haves:",
        "Top Candidates Will Also Have",
        "The strongest candidates will also have:",
    ],
)
def test_a_heading_saying_what_lifts_the_candidate_above_the_rest_lists_nice_to_haves(extract, heading):
    text = (
        "Requirements\n"
        "3+ years of SQL\n"
        "Experience with Tableau or similar tools\n"
        f"{heading}\n"
        "Experience with Spark in production\n"
        "Working knowledge of Kafka\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["tableau"] == "required"
    assert got["apache_spark"] == "preferred"
    assert got["kafka"] == "preferred"


@pytest.mark.parametrize(
    "heading", ["What sets us apart", "What will help you succeed", "Qualified candidates will have:"]
)
def test_a_heading_about_the_employer_or_success_is_no_nice_to_have(extract, heading):
    text = f"Requirements\n3+ years of SQL\n{heading}\nExperience with Spark in production\n"
    assert levels_of(extract, text).get("apache_spark") != "preferred"


def test_a_level_word_run_into_the_sentence_it_heads_opens_its_section(extract):
    # "Preferred" lost its line break: a determiner after it starts a new phrase, so the word heads what follows.
    text = (
        "Duties\n"
        "Build forecasting models with the analytics team.\n"
        "Preferred Some of the skills our scientists use are SQL and Tableau.\n"
        "Deep learning. CNN, LSTM\n"
        "Aware of optimization methods such as linear programming\n"
    )
    got = levels_of(extract, text)
    for skill in ("sql", "tableau", "deep_learning", "linear_programming"):
        assert got[skill] == "preferred", skill


def test_a_section_noun_and_level_word_run_into_their_list_open_its_section(extract):
    # "Skills required" lost its colon and line break: the capital after it starts the first item.
    text = (
        "We need a lead for a small analytics team, starting next month.\n"
        "Skills required Solid grasp of Airflow scheduling Ability to write Python and Go Familiarity with "
        "Tableau dashboards Experience with Snowflake (nice to have, not required)\n"
    )
    got = levels_of(extract, text)
    for skill in ("airflow", "python", "tableau"):
        assert got[skill] == "required", skill


def test_a_section_noun_and_level_word_before_a_preposition_is_a_heading_as_it_stands(extract):
    text = "Skills Required For This Role In Our Company\nPython and SQL\n"
    index = SegmentIndex(text)
    assert index.section_at(text.index("Python")) == "required"
    assert index.segment_at(0).end == text.index("\n")  # the heading is not cut after "Required"


def test_a_level_word_before_a_noun_it_qualifies_is_no_heading(extract):
    text = "Qualifications\nPreferred candidates will have strong SQL skills\nExperience with Tableau\n"
    got = levels_of(extract, text)
    assert got["sql"] == "preferred"
    assert got["tableau"] == "required"


def test_a_list_with_no_heading_after_a_paragraph_that_asks_lists_what_it_asks(extract):
    text = (
        "Join our pool of talent for future openings.\n\n"
        "We hire specialists who are experts in their field. Solid credentials are important, and so is experience.\n\n"
        " * Project Management\n"
        " * Computer Science (Big Data, Databases, etc.)\n"
        " * Design and build machine learning models\n\n"
        "If you are interested, apply below.\n"
    )
    got = levels_of(extract, text)
    assert got["project_management"] == "required"
    assert got["big_data"] == "required"
    assert got["machine_learning"] == "unspecified"  # a task in the list stays a task


def test_a_list_after_a_paragraph_that_asks_nothing_keeps_its_own_levels(extract):
    text = (
        "We are a small team building analytics products for retailers.\n\n"
        " * Project Management\n"
        " * Big Data platforms\n"
    )
    got = levels_of(extract, text)
    assert got["project_management"] == "unspecified"
    assert got["big_data"] == "unspecified"


@pytest.mark.parametrize(
    "lead_in",
    ["To join our lab team, you MUST be:", "Applicants must possess the following:", "You should demonstrate:"],
)
def test_a_lead_in_saying_what_the_candidate_must_be_or_have_opens_a_required_list(extract, lead_in):
    text = f"What you will do\nRun the weekly reports.\n{lead_in}\nProcess Validation\nTechnical Writing\n"
    got = levels_of(extract, text)
    assert got["technical_writing"] == "required"


def test_a_lead_in_about_being_able_to_start_is_no_list_of_skills(extract):
    text = (
        "What you will do\n"
        "Build dashboards for the sales team.\n"
        "Candidates must be able to commit to one of the following start dates:\n"
        "June 1 or September 1\n"
        "Join our team as an engineer working on computer vision.\n"
    )
    assert levels_of(extract, text)["computer_vision"] == "unspecified"


def test_an_item_saying_it_is_essential_outranks_a_preferred_heading(extract):
    text = (
        "Desired qualifications\n"
        "Excellent analytical skills are essential\n"
        "Experience with Tableau\n"
        "Critical thinking about product metrics\n"
    )
    got = levels_of(extract, text)
    assert got["analytical_thinking"] == "required"
    assert got["tableau"] == "preferred"
    assert got["critical_thinking"] == "preferred"


def test_years_written_out_with_a_bracketed_figure_make_a_qualification_before_a_semicolon(extract):
    # "five (5+) years": the head before the semicolon is a qualification, so the preference after it is its own.
    text = (
        "A minimum of five (5+) years of professional work experience in a Terraform engineering role; "
        "experience with Kubernetes is preferred"
    )
    mentions = {m.skill_id: m for m in extract("Qualifications\n" + text)}
    assert mentions["terraform"].requirement == "required"
    assert mentions["terraform"].years == 5.0
    assert mentions["kubernetes"].requirement == "preferred"


def test_a_name_after_the_last_comma_of_a_qualification_is_what_the_preference_is_said_of(extract):
    got = levels_of(extract, "Qualifications\n- Experience with infrastructure-as-code tools, Terraform preferred\n")
    assert got == {"infrastructure_as_code": "required", "terraform": "preferred"}
    got = levels_of(extract, "Qualifications\n- Familiarity with container orchestration, Nomad strongly preferred.\n")
    assert got["containerization"] == "required"
    # a list of names under one marker stays one preference
    got = levels_of(extract, "Qualifications\n- Experience with Kubernetes, Helm is a plus\n")
    assert got == {"kubernetes": "preferred", "helm": "preferred"}


def test_a_job_boards_experience_field_names_its_skill_its_years_and_its_level(extract):
    # "Excel: 5 years (Required)": an ambiguous name as the field's label is the skill, with the field's years.
    text = "Experience:\nPython: 5 years (Required)\nExcel: 4 years (Required)\nR: 2 years (Preferred)\n"
    mentions = {m.skill_id: m for m in extract(text)}
    assert (mentions["excel"].requirement, mentions["excel"].years) == ("required", 4.0)
    assert (mentions["r_language"].requirement, mentions["r_language"].years) == ("preferred", 2.0)
    assert mentions["python"].years == 5.0


def test_sub_headings_that_name_only_a_kind_of_qualification_keep_the_level_above_them(extract):
    # The same "Education" / "Skills" sub-headings under a required and then a preferred heading: under the
    # preferred one they sort its items, they do not start a new required section.
    text = (
        "MINIMUM REQUIREMENTS\n"
        "Education:\n"
        "BS in statistics or a related field\n"
        "Technical Skills:\n"
        "Working knowledge of SQL\n"
        "NICE TO HAVE\n"
        "Education:\n"
        "MS in operations research\n"
        "Technical Skills:\n"
        "Built pipelines in Airflow\n"
        "Knowledge/Skills/Abilities:\n"
        "Familiar with Kubernetes\n"
        "Benefits\n"
        "Tuition help for courses in Spark\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["airflow"] == "preferred"
    assert got["kubernetes"] == "preferred"
    assert got.get("apache_spark", "unspecified") == "unspecified"


def test_a_title_cased_label_with_its_list_after_a_dash_is_an_item_not_a_heading(extract):
    text = (
        "Nice-to-have Qualifications\n"
        "Exposure to streaming data\n"
        "Further Scripting Experience - Bash, Ruby, Perl\n"
        "Dashboards built in Looker\n"
    )
    got = levels_of(extract, text)
    assert got["perl"] == "preferred"
    assert got["looker"] == "preferred"


def test_a_useful_or_nice_to_have_heading_in_other_words_opens_a_preferred_list(extract):
    text = (
        "What you need - Qualifications:\n"
        "Working knowledge of SQL\n"
        "Other good stuff to have:\n"
        "Hands-on work with Snowflake\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got.get("snowflake") == "required"  # "good stuff to have" names no preference word
    text = (
        "Qualifications:\n"
        "Working knowledge of SQL\n"
        "Other nice things to have:\n"
        "Hands-on work with Snowflake\n"
        "Useful Technical Skills\n"
        "Kubernetes, Terraform\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["snowflake"] == "preferred"
    assert got["kubernetes"] == "preferred"
    assert got["terraform"] == "preferred"


def test_a_key_capabilities_heading_opens_a_required_list_but_the_employers_capabilities_do_not(extract):
    got = levels_of(extract, "KEY CAPABILITIES\nStrategic thinker who can influence senior leaders\n")
    assert got["strategic_thinking"] == "required"
    got = levels_of(extract, "Responsibilities\nExpand Forecasting Capabilities\nBuild demand models with Prophet\n")
    assert got["forecasting"] == "unspecified"


def test_a_name_with_its_own_qualification_noun_after_the_last_comma_is_the_preferred_tail(extract):
    text = (
        "Qualifications\n"
        "- Experience with reporting tools, dashboard work with visualization libraries, Looker experience preferred\n"
    )
    got = levels_of(extract, text)
    assert got["dashboards"] == "required"
    assert got["looker"] == "preferred"
    # two qualifications under one cue stay one preference
    got = levels_of(extract, "Qualifications\n- Excellent communication skills, strong presentation skills a plus\n")
    assert got == {"communication": "preferred", "presentation": "preferred"}


def test_a_short_stopped_line_among_stopped_qualification_items_is_one_of_them(extract):
    text = (
        "As an intern you will help our analytics team.\n"
        "Solid grounding in statistics.\n"
        "Strong communication skills.\n"
        "Desire to work in a team environment.\n"
        "Experience with Git.\n"
        "Attention to detail.\n"
        "Knowledge of Python.\n"
    )
    got = levels_of(extract, text)
    assert got["teamwork"] == "required"
    assert got["attention_to_detail"] == "required"
    # a task or the employer speaking stays what it is
    text = (
        "Strong communication skills.\n"
        "Work with the data engineers on Airflow pipelines.\n"
        "Strong SQL skills.\n"
        "We use Snowflake.\n"
        "Knowledge of statistics.\n"
    )
    got = levels_of(extract, text)
    assert got["airflow"] == "unspecified"
    assert got.get("snowflake", "unspecified") == "unspecified"


GLUED_COMPANY_DESCRIPTION = (
    "Data Analyst\n"
    "Requirements\n"
    "-Three years of SQL\n"
    "-Strong written communication\n"
    "-Ability to pass a Public TrustCompany DescriptionNorthwind Labs is a leading provider of health, data"
    " analytics, cloud, agile software development and cyber security solutions. Headquartered in Ohio,"
    " Northwind has 12 offices.\n"
)


def test_a_glued_company_description_heading_ends_the_qualifications(extract):
    found = {m.skill_id: m.requirement for m in extract(GLUED_COMPANY_DESCRIPTION)}
    assert found["sql"] == "required"
    assert found["communication"] == "required"
    assert not {"cloud_computing", "agile", "security", "data_analysis"} & found.keys()


def test_a_company_heading_at_a_lines_start_is_left_to_the_heading_reader():
    text = "Company OverviewJoin us and build forecasting tools.\nRequirements\n- Python\n"
    index = SegmentIndex(text)
    assert index.section_at(text.index("Python")) == "required"


@pytest.mark.parametrize(
    "heading", ["Required or Preferred Skills/Education", "Required and Desired Experience/Skills"]
)
def test_a_heading_naming_both_levels_lists_required_items(extract, heading):
    text = (
        "Duties\n- Maintain weekly reports\n\n"
        f"{heading}\n"
        "Masters in Statistics or a related field\n"
        "Comfortable with experimental design\n"
        "Working knowledge of SQL\n"
        "Experience with Tableau preferred\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["experimental_design"] == "required"
    assert got["tableau"] == "preferred"


def test_kind_sub_headings_keep_a_preferred_level_past_an_item_read_as_a_heading(extract):
    # "Education" and "Related Work Experience" name only a kind of qualification: under "PREFERRED
    # QUALIFICATIONS" they stay preferred, even after an item shaped like "Heading: values".
    text = (
        "REQUIRED QUALIFICATIONS\n"
        "Skills and Knowledge\n"
        "Strong skills with Python\n\n"
        "PREFERRED QUALIFICATIONS\n"
        "Skills and Knowledge\n"
        "Experience with Snowflake: tasks, streams, and query tuning\n"
        "Familiarity with Linux\n\n"
        "Education\n"
        "Master's degree in a quantitative field\n\n"
        "Related Work Experience\n"
        "6+ years of Business Analysis\n"
        "3+ years of Tableau\n"
    )
    got = levels_of(extract, text)
    assert got["python"] == "required"
    assert got["linux"] == "preferred"
    assert got["business_analysis"] == "preferred"
    assert got["tableau"] == "preferred"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qualifications\nSolid experience with R (required) and/or Python (desired) for analytics\n",
            {"r_language": "required", "python": "preferred"},
        ),
        (
            "Skills: Excel: 2 years (Required)Tableau: 1 year (Preferred)SQL: 3 years (Required)\n",
            {"excel": "required", "tableau": "preferred", "sql": "required"},
        ),
    ],
)
def test_bracketed_markers_of_both_levels_each_speak_for_what_comes_before(extract, text, expected):
    got = levels_of(extract, text)
    assert {skill: got.get(skill) for skill in expected} == expected


def test_a_bare_name_marked_preferred_after_one_named_ask_narrows_it(extract):
    text = "Requirements:\n- Strong working knowledge of SQL, Snowflake preferred\n- Experience in Python, R, Julia preferred\n"
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["snowflake"] == "preferred"
    # (one cue over a list of names speaks for the whole list)
    assert got["python"] == "preferred"


QUALITY_LEAD_IN_UNDER_DUTIES = """Junior Analyst

General Duties
Skilled in using Excel to do the following:
Building pivot tables from raw exports
Writing VBA macros that refresh the reports
Support the finance team with monthly reporting in Tableau
"""


def test_a_quality_lead_in_under_duties_asks_for_its_list(extract):
    levels = {m.skill_id: m.requirement for m in extract(QUALITY_LEAD_IN_UNDER_DUTIES)}
    assert levels["vba"] == "required"
    # the list ends at the next duty
    assert levels["tableau"] == "unspecified"


def test_a_one_word_label_under_duties_is_no_quality_lead_in(extract):
    text = "Responsibilities\nBackground:\nOur analysts build dashboards in Tableau for clients.\n"
    assert {m.requirement for m in extract(text) if m.skill_id == "tableau"} == {"unspecified"}


def test_a_bare_marker_inside_a_list_marks_only_the_item_before_it(extract):
    # the list goes on after the marker: the other items keep the required heading's level
    text = (
        "Required Qualifications\n"
        "- Working knowledge of SQL, Tableau, Python (optional), and Excel reporting\n"
        "- Experience with Spark, Hive (a plus), Kafka and Airflow\n"
    )
    got = levels_of(extract, text)
    assert got["python"] == "preferred"
    assert got["apache_hive"] == "preferred"
    assert {got["sql"], got["tableau"], got["excel"], got["apache_spark"], got["kafka"]} == {"required"}


def test_a_bare_marker_after_the_last_item_still_marks_the_whole_item(extract):
    got = levels_of(extract, "Required Qualifications\n- Experience with Spark and Hive (preferred)\n")
    assert got["apache_spark"] == "preferred"
    assert got["apache_hive"] == "preferred"


@pytest.mark.parametrize(
    "item",
    [
        "Solid grasp of machine learning methods (trees, boosting, etc), experience with computer vision is a plus",
        "Strong SQL skills, hands-on experience with computer vision would be a bonus",
        "Proficiency in SQL and machine learning, familiarity with computer vision preferred",
    ],
)
def test_a_second_qualification_after_the_last_comma_takes_the_preference_alone(extract, item):
    got = levels_of(extract, f"Requirements:\n- {item}\n")
    assert got["computer_vision"] == "preferred"
    assert got.get("sql", got.get("machine_learning")) == "required"


@pytest.mark.parametrize("heading", ["Beneficial Background And Skills", "Beneficial experience"])
def test_a_beneficial_heading_opens_a_preferred_list(extract, heading):
    got = levels_of(extract, f"Requirements\n- 3+ years of Python\n{heading}\n- Tableau dashboards\n- Spark\n")
    assert got["python"] == "required"
    assert got["tableau"] == "preferred"
    assert got["apache_spark"] == "preferred"


@pytest.mark.parametrize(
    "heading",
    [
        "What We Expect From You:",
        "Here's What We Seek",
        "Glad to hear from you if:",
        "The Essentials",
        "Person Specification",
        "The Engineer Should Possess:",
        "Academic Background",
    ],
)
def test_headings_that_state_what_the_candidate_needs_ask_for_it(extract, heading):
    text = (
        "Our team builds forecasting tools for retailers.\n"
        + heading
        + "\nSolid SQL and Python\nA degree in statistics\n"
    )
    assert SegmentIndex(text).section_at(text.index("Solid")) == "required"
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["python"] == "required"


@pytest.mark.parametrize(
    "heading",
    [
        "What You'll Achieve",
        "In This Job You Will Be Responsible For:",
        "The analyst is responsible for:",
    ],
)
def test_headings_that_list_what_the_role_is_responsible_for_are_duties(extract, heading):
    text = heading + "\nMaintaining Airflow pipelines\nWriting Spark jobs for reporting\n"
    assert SegmentIndex(text).section_at(text.index("Writing")) == "duty"
    got = levels_of(extract, text)
    assert got["airflow"] == "unspecified"


@pytest.mark.parametrize("heading", ["What Our Firm Can Offer You:", "What you can expect from us"])
def test_what_the_employer_offers_or_promises_is_benefits(extract, heading):
    text = (
        "Requirements:\nExperience with Looker\n" + heading + "\nA yearly budget for training\nRegular team socials\n"
    )
    assert SegmentIndex(text).section_at(text.index("Regular")) == "benefits"


def test_a_bare_background_heading_or_a_responsibility_item_is_not_a_heading():
    text = "Background:\nThe lab explores blockchain for supply chains.\n"
    assert SegmentIndex(text).section_at(text.index("The lab")) != "required"
    item = "Qualifications:\nResponsible For Driving Adoption Of Tableau\nSQL\n"
    assert SegmentIndex(item).section_at(item.index("SQL")) == "required"


def test_a_title_cased_qualification_item_is_no_heading(extract):
    # "Basic Understanding of …" is an item of the preferred list, not a new "basic" (required) heading.
    text = (
        "Required Qualifications\n"
        "Working knowledge of Python\n"
        "Clear written communication\n"
        "Desired Skills and Characteristics\n"
        "Experience with Looker\n"
        "Basic Understanding of statistics\n"
        "Two years of financial analysis experience\n"
    )
    got = levels_of(extract, text)
    assert got["python"] == "required"
    assert got["looker"] == "preferred"
    assert got["statistics"] == "preferred"
    assert got["financial_analysis"] == "preferred"


def test_a_proficiencies_heading_heads_required_items(extract):
    text = (
        "Analyst Proficiencies:\n"
        "3+ years in an analytics role\n"
        "Model development, validation and deployment\n"
        "Comfort presenting to clients\n"
    )
    got = levels_of(extract, text)
    assert got["model_development"] == "required"


def test_names_between_qualifications_in_an_unheaded_list_are_required(extract):
    text = (
        "We are hiring two analysts for our Denver office:\n"
        "Forecasting models in Python\n"
        "Solid knowledge of SQL\n"
        "Data Cleaning and Preparation\n"
        "Azure, AWS, Google Cloud\n"
        "Snowflake experience is a plus\n"
        "Apply today!\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["data_cleaning"] == "required"
    assert got["aws"] == "required"
    assert got["snowflake"] == "preferred"
    # (a name before the first qualification may close a list of tasks: it keeps its own level)
    assert got["python"] == "unspecified"


def test_tasks_and_the_employers_tools_stay_unspecified_next_to_qualifications(extract):
    text = (
        "Strong command of Excel\n"
        "Educating junior analysts on Tableau\n"
        "Proactively improve reporting to raise data quality\n"
        "Experience with SQL\n"
        "Tools we use:\n"
        "Deep Learning: PyTorch\n"
        "Airflow, Docker, Kubernetes\n"
        "Experience with dbt\n"
        "Familiarity with Kafka\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["tableau"] == "unspecified"
    assert got["data_quality"] == "unspecified"
    assert got["docker"] == "unspecified"


def test_items_glued_by_a_bullet_glyph_each_keep_their_own_level(extract):
    # a flattened list whose middle dots stayed glued to the item before: "preferably" speaks for its own item
    text = (
        "Basic Qualifications· Degree in a quantitative field.· Command of a programming language; preferably "
        "Python or Julia· Familiar with a database such as PostgreSQL, can write basic SQL queries· Clear "
        "communication skills (written and spoken)Preferred Qualifications· Experience with Looker dashboards.\n"
    )
    levels = levels_of(extract, text)
    assert levels["python"] == levels["julia"] == "preferred"
    assert levels["postgresql"] == levels["sql"] == levels["communication"] == "required"
    # the heading glued to the closing bracket still opens the preferred list
    assert levels["looker"] == "preferred"


def test_what_the_hire_will_know_is_asked_in_prose(extract):
    text = (
        "The Reporting Analyst will build monthly reports for the clinics. They will be knowledgeable in "
        "descriptive statistics and regression. The analyst will be proficient with Tableau.\n"
        "The analyst will be responsible for the Looker migration.\n"
    )
    levels = levels_of(extract, text)
    assert levels["descriptive_statistics"] == levels["regression"] == levels["tableau"] == "required"
    assert levels["looker"] == "unspecified"


def test_a_heading_wrapped_after_its_level_word_keeps_that_level(extract):
    # an export that wraps every line after its first word: "Preferred" / "Qualifications:"
    text = (
        "Minimum\nQualifications:\nExperience\nwith SQL and Python\n\n"
        "Preferred\nQualifications:\nPractical\nexperience with Tableau\nUnderstanding\nof Spark\n\n"
        "Skills\nExcellent written communication\n"
    )
    levels = levels_of(extract, text)
    assert levels["sql"] == levels["python"] == "required"
    assert levels["tableau"] == levels["apache_spark"] == "preferred"
    # a heading of its own after the preferred list is no part of it
    assert levels["communication"] == "required"


def test_a_job_title_printed_inside_a_wrapped_heading_leaves_its_level(extract):
    # a board that prints the title between the level word and the section noun: "Preferred" / title / "Skills"
    text = (
        "Required\nMachine Learning Engineer\nSkills\n:\n"
        "Solid experience with Java and Go\n\n"
        "Preferred\nMachine Learning Engineer\nSkills\n:\n"
        "Practical experience with Airflow\n"
        "Background in reinforcement learning\n"
    )
    levels = levels_of(extract, text)
    assert levels["java"] == "required"
    assert levels["airflow"] == levels["reinforcement_learning"] == "preferred"


def test_a_table_of_levels_with_empty_values_heads_no_preferred_section(extract):
    # "Required" / "None" / "Preferred" / "None": the values of a table, not a title inside a heading
    text = "Certifications\nRequired\nNone\nPreferred\nNone\nSkills\nData Analysis\nStatistical Analysis\nSAS\n"
    assert levels_of(extract, text)["sas"] == "required"


def test_a_paragraph_of_prose_after_a_bulleted_list_speaks_outside_it(extract):
    text = (
        "Preferred Qualifications\n"
        " * Experience with Spark.\n"
        " * Familiarity with Airflow.\n"
        "This role offers a rare chance to work on speech recognition for hospitals. You will be part of a small "
        "team that cares about computer vision too. Join us and shape the future of care.\n"
    )
    levels = levels_of(extract, text)
    assert levels["apache_spark"] == levels["airflow"] == "preferred"
    assert levels["speech_recognition"] == levels["computer_vision"] == "unspecified"


def test_a_paragraph_that_asks_after_a_bulleted_list_keeps_its_level(extract):
    text = (
        "Qualifications\n"
        " * Experience with Spark.\n"
        "You likely have a background in statistics or econometrics, though people come to this work from "
        "many fields. Tell us what you have built.\n"
    )
    levels = levels_of(extract, text)
    assert levels["statistics"] == levels["econometrics"] == "required"


def test_a_section_word_that_starts_a_wrapped_item_is_no_heading(extract):
    # an export that wraps every item after its first word or two: "Experience" / "with …" is one item
    text = (
        "Basic Qualifications:\nHands-on\nData Engineering Skills (Scala-Preferred)\nExcellent\n"
        "written communication skills\n\n"
        "Preferred\nQualifications:\nPractical\nexperience with Tableau\nExperience\nwith Kafka and Airflow\n"
        "Knowledge\nof Snowflake\n"
    )
    levels = levels_of(extract, text)
    assert levels["data_engineering"] == levels["communication"] == "required"
    assert levels["scala"] == "preferred"
    assert levels["tableau"] == levels["kafka"] == levels["airflow"] == levels["snowflake"] == "preferred"


@pytest.mark.parametrize(
    "heading",
    [
        "The Value You Deliver",
        "What You'll Accomplish:",
        "The Impact You'll Have",
        "How the successful candidate will contribute:",
        "How You’ll Make An Impact",
    ],
)
def test_a_heading_about_what_the_hire_brings_about_opens_duties(extract, heading):
    text = (
        "The Skills You Bring\n"
        "Strong Python skills\n"
        f"{heading}\n"
        "Maintain Airflow pipelines for the finance team\n"
        "Present findings to senior leaders\n"
    )
    levels = levels_of(extract, text)
    assert levels["python"] == "required"
    assert levels["airflow"] == "unspecified"


def test_what_the_hire_will_have_still_asks(extract):
    text = "What You'll Do\nMaintain Airflow pipelines\nWhat You'll Have\nExperience with Tableau dashboards\n"
    levels = levels_of(extract, text)
    assert levels["airflow"] == "unspecified"
    assert levels["tableau"] == "required"


@pytest.mark.parametrize(
    "lead_in",
    [
        "Any mix of the following would be nice to have.",
        "Experience with any of the following tools is a plus",
        "THE FOLLOWING IS DESIRED BUT NOT REQUIRED",
    ],
)
def test_a_sentence_pointing_at_the_lines_below_leads_them_without_a_colon(extract, lead_in):
    text = (
        "Minimum Qualifications\n"
        "Three years of SQL reporting work\n"
        "Additional Qualifications\n"
        f"{lead_in}\n"
        "Experience with Snowflake or BigQuery\n"
        "Knowledge of Terraform\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["snowflake"] == "preferred"
    assert got["terraform"] == "preferred"


def test_a_line_that_points_below_but_lists_its_own_items_is_no_lead_in(extract):
    text = (
        "Requirements\n"
        "Experience with any of the following a plus: Redshift, Glue\n"
        "Knowledge of Terraform\n"
        "- Python experience below the senior level is a plus\n"
        "Strong Tableau skills\n"
    )
    got = levels_of(extract, text)
    assert got["redshift"] == "preferred"
    assert got["terraform"] == "required"
    assert got["tableau"] == "required"


def test_a_flattened_list_starts_an_item_after_a_closing_bracket(extract):
    # Line breaks lost: the bonus of the last item must not reach the items before its bracket.
    text = (
        "Skills Required:\n"
        "Proficiency with Python and BI tools (Tableau, Looker, etc.) Experience with a big data platform "
        "(i.e. Hadoop) Bonus points for experience working with Azure. Strong organizational skills\n"
    )
    got = levels_of(extract, text)
    assert got["tableau"] == "required"
    assert got["hadoop"] == "required"
    assert got["azure"] == "preferred"


def test_a_bracketed_level_marker_opening_an_item_stays_with_it(extract):
    text = (
        "Qualifications\n"
        "PhD in Computer Science or Physics.\n"
        "(Preferred) Master's degree in data science and experience with Spark and Airflow projects\n"
    )
    got = levels_of(extract, text)
    assert got["apache_spark"] == "preferred"
    assert got["airflow"] == "preferred"


def test_duties_of_a_flattened_list_keep_apart_from_a_later_cue(extract):
    # The duties lost their line breaks and run on into the qualifications; the first qualification's
    # cue must not reach back over the duties, which start with their verbs in capitals.
    text = (
        "Key Responsibilities Forecast weekly demand for our stores and chart it in Looker Collaborate with the "
        "merchandising team on pricing tests Present findings to leadership You must have "
        "a Master's degree and at least 3 years of experience with Python and SQL"
    )
    got = levels_of(extract, text)
    assert got["looker"] == "unspecified"
    assert got["python"] == "required"


def test_a_verb_pair_is_not_cut_apart():
    # "… able to design Implement …": two verbs of one item, not a new duty.
    body = "Engineers should be able to design Implement end to end data pipelines using big data technologies"
    assert len(_sentences(body, 0, duty_items=True)) == 1
    assert len(_sentences("Build dashboards for the sales team Present results to leadership", 0, duty_items=True)) == 2


def test_dash_bullets_glued_to_their_items_after_a_space(extract):
    text = (
        "Required Qualifications -Degree in statistics or a related field -Experience with AWS -Knowledge of "
        "SQL and Python -Background in retail analytics a plus -Experience with Tableau"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["tableau"] == "required"


@pytest.mark.parametrize(
    "item, marked, rest",
    [
        ("- Knowledge of Ruby (preferred) or Java", "ruby", ["java"]),
        ("- Experience with databases such as MySQL (preferred), PostgreSQL or Oracle", "mysql", ["postgresql"]),
        ("- 2+ years on a cloud platform, either AWS (a plus) or Azure", "aws", ["azure"]),
    ],
)
def test_a_bare_marker_after_the_first_item_of_a_list_marks_only_that_item(extract, item, marked, rest):
    got = levels_of(extract, "Required Qualifications\n" + item + "\n")
    assert got[marked] == "preferred"
    assert {got[skill] for skill in rest} == {"required"}


def test_a_title_cased_item_of_quality_does_not_head_the_items_after_it(extract):
    text = (
        "Desired Skills:\n"
        "3+ years of experience as an analyst\n"
        "Excellent Presentation Skills\n"
        "Experience with Tableau\n"
    )
    got = levels_of(extract, text)
    assert got["presentation"] == "preferred"
    assert got["tableau"] == "preferred"


def test_a_sentence_spelling_out_a_preferred_item_is_preferred_too(extract):
    text = (
        "What you bring:\n"
        "- Solid Java engineering background.\n"
        "- Familiarity with vector search is a plus. This includes Elasticsearch, Redis and similar stores.\n"
        "- Good written English.\n"
    )
    got = levels_of(extract, text)
    assert got["java"] == "required"
    assert got["elasticsearch"] == "preferred"
    assert got["redis"] == "preferred"


def test_a_sentence_spelling_out_the_work_is_not_asked_of_the_candidate(extract):
    text = (
        "We are looking for someone who wants to automate our invoice intake. "
        "This means everything from scanning paper forms to using Tesseract to read them.\n"
    )
    got = levels_of(extract, text)
    assert got.get("tesseract", "unspecified") == "unspecified"


def test_a_long_lead_in_naming_the_skill_requirements_opens_a_required_list(extract):
    text = (
        "Notes from our hiring call\n"
        "The team ships fraud models for card payments\n"
        "Here is a short recap of the skill set requirements we agreed on with the manager:\n"
        "Kafka, Airflow, Docker, Snowflake\n"
    )
    got = levels_of(extract, text)
    assert {got[skill] for skill in ("kafka", "airflow", "docker", "snowflake")} == {"required"}


def test_a_label_with_a_bracketed_level_heads_its_section(extract):
    text = (
        "What you need:\n"
        "Experience with SQL.\n"
        "\n"
        "Extra points if you have (Preferred Experience)\n"
        "\n"
        "Working knowledge of MATLAB.\n"
        "Experience with Looker.\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["matlab"] == "preferred"
    assert got["looker"] == "preferred"


GLUED_NUMBERED_ITEMS = (
    "Warehouse Analyst\n\n"
    "Essential job duties: 1.Ability to reconcile stock counts using Excel and Access. "
    "2.Develops pick-path reports with Alteryx. 3.Ability to document procedures in Confluence.\n"
)


def test_numbers_glued_to_their_items_start_items_of_their_own(extract):
    levels = {m.skill_id: m.requirement for m in extract(GLUED_NUMBERED_ITEMS)}
    assert levels.get("excel") == "required"
    assert levels.get("alteryx") == "unspecified"


def test_a_run_of_bare_lines_inside_a_list_of_qualifications_is_asked(extract):
    # Clarification 1: a list of qualifications is required, whatever heading it sits under (here a duty's), and so
    # are the names it runs through.
    text = (
        "Job Description\n"
        "3+ years of experience in analytics\n"
        "Knowledge of hypothesis testing\n"
        "Scikit-learn and XGBoost modelling\n"
        "Dashboard design in Looker or Tableau\n"
        "Experience with Airflow\n"
    )
    got = levels_of(extract, text)
    assert got["xgboost"] == "required"
    assert got["looker"] == "required"
    assert got["airflow"] == "required"


def test_tasks_in_a_run_after_qualification_items_stay_tasks(extract):
    text = (
        "Job Description\n"
        "Strong skill in critical thinking\n"
        "Expert in cloud services\n"
        "Processing and cleansing data in Snowflake\n"
        "Doing reports in Tableau for the sales team\n"
        "Experience with Airflow\n"
    )
    got = levels_of(extract, text)
    assert got["snowflake"] == "unspecified"
    assert got["tableau"] == "unspecified"


def test_a_paragraph_without_a_list_after_it_is_not_split_for_a_cue(monkeypatch):
    """The unheaded-list rule reads a paragraph's last sentence only when a list of two items or more follows
    it: a paragraph followed by more prose costs no sentence split there (issue 12)."""
    from analyzer.nlp import requirements

    text = (
        "We build forecasting tools for grocers across the country. You must know Python well.\n"
        "Our office sits near the river and has a lot of light in the afternoon.\n"
        "Lunch is served on Fridays and everyone brings a story to share with the team.\n"
    )
    lines = requirements._split(text)
    calls = []
    sentences = requirements._sentences

    def counting(body, offset, duty_items=False):
        calls.append(body)
        return sentences(body, offset, duty_items)

    monkeypatch.setattr(requirements, "_sentences", counting)
    requirements._mark_cued_lists(text, lines)
    assert calls == []
    # … and a paragraph whose last sentence asks, over a bulleted list, still makes the list's items asks
    listed = text.split("\n")[0] + "\n* Time series forecasting\n* Causal inference\n* Bayesian statistics\n"
    listed_lines = requirements._split(listed)
    requirements._mark_cued_lists(listed, listed_lines)
    assert [line.in_ask_list for line in listed_lines[1:]] == [True, True, True]


@pytest.mark.parametrize(
    "heading",
    ["Who We Want", "A little about yourself:", "THE SKILL SET", "Why you?"],
)
def test_a_heading_that_speaks_of_the_person_sought_lists_requirements(extract, heading):
    # after a list of duties, a heading that names the candidate as a person the employer wants
    text = (
        "Responsibilities\n"
        "Maintain reporting jobs for the finance team\n"
        f"{heading}\n"
        "Terraform modules and Rust services\n"
    )
    got = levels_of(extract, text)
    assert got["terraform"] == "required"


def test_a_heading_that_states_the_jobs_purpose_ends_the_requirements(extract):
    text = (
        "Basic Qualifications\n"
        "Two years of Terraform\n"
        "Position Purpose\n"
        "The analyst will run Kubernetes clusters for the trading desk.\n"
        "The Challenge\n"
        "Our warehouse team moves records into Snowflake every night.\n"
    )
    got = levels_of(extract, text)
    assert got["terraform"] == "required"
    assert got["kubernetes"] == "unspecified"
    assert got["snowflake"] == "unspecified"


def test_a_successful_candidate_will_heading_still_lists_tasks(extract):
    text = "Qualifications\nTwo years of Terraform\nThe successful candidate will:\nRun Kubernetes clusters daily\n"
    got = levels_of(extract, text)
    assert got["kubernetes"] == "unspecified"


def test_a_certifications_heading_after_tasks_lists_requirements(extract):
    text = "Key Tasks\nRun the nightly batch jobs\nLicenses/Certifications\nA current CISSP\n"
    got = levels_of(extract, text)
    assert got["cissp"] == "required"


def test_why_us_is_the_employers_pitch(extract):
    text = (
        "Requirements\n"
        "Three years of Terraform\n"
        "Why Us?\n"
        "Our platform team runs Kubernetes at a scale few others reach.\n"
    )
    got = levels_of(extract, text)
    assert got["terraform"] == "required"
    assert got.get("kubernetes", "unspecified") == "unspecified"


def test_a_lead_in_inside_a_line_that_asks_heads_the_numbered_items_run_on_after_it(extract):
    # a labour-certification style paragraph: the lead-in, then "1." and the items on the same line
    text = (
        "The laboratory runs stability studies for new coatings.\n"
        "Candidates must have a master's degree in chemistry. In addition, the applicant must have two years of "
        "experience in: 1. Running Kubernetes clusters for the assay pipeline; 2.) Writing Terraform modules for "
        "lab servers; and 3) Maintaining dashboards in Tableau. We are an equal opportunity employer and our "
        "teams store results in Snowflake.\n"
    )
    got = levels_of(extract, text)
    assert got["kubernetes"] == "required"
    assert got["terraform"] == "required"
    assert got["tableau"] == "required"
    # where the employer speaks again the list has ended
    assert SegmentIndex(text).segment_at(text.index("Snowflake")).level == "unspecified"


def test_a_numbered_list_after_a_lead_in_that_asks_nothing_keeps_its_level(extract):
    text = (
        "The analyst supports the plant team.\n"
        "Typical work includes the following: 1. Running Kubernetes clusters for the assay pipeline; 2.) Writing "
        "Terraform modules for lab servers.\n"
    )
    got = levels_of(extract, text)
    assert got["kubernetes"] == "unspecified"
    assert got["terraform"] == "unspecified"


def test_a_positive_competency_item_in_an_unheaded_list_is_a_qualification(extract):
    text = (
        "Build reports for the claims team\n"
        "Meet with underwriters every week\n"
        "3+ years of experience with SQL\n"
        "Strong command of Tableau dashboards\n"
        "Eagerness to pick up new tools and share them with the team\n"
        # (a long item, no bare line of a list: it asks by its own form)
        "Positive interpersonal and communication skills, including listening closely to what our users need and "
        "checking that we understood them\n"
        "Ability to work on your own and within a small team\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["interpersonal_skills"] == "required"


def test_a_lead_in_that_asks_glued_to_its_starred_items_heads_them(extract):
    # a page that lost its line breaks: the duties, then the lead-in and its items run together
    text = (
        "As an analyst you will:\n"
        "* Price our policies every quarter\n"
        "Build models of claims behaviourWe're looking for teammates who have:* 4+ years of experience* Comfort "
        "writing Terraform modules* Facility with Kubernetes or Nomad\n"
    )
    got = levels_of(extract, text)
    assert got["terraform"] == "required"
    assert got["kubernetes"] == "required"


@pytest.mark.parametrize(
    "closing",
    [
        "If this sounds like you, apply today!",
        "If you resonate with these values, then please submit your application.",
        "If you enjoy untangling messy data, we'd love to hear from you.",
    ],
)
def test_a_closing_invitation_to_apply_ends_the_list_it_follows(extract, closing):
    text = (
        "What we need\n"
        "- 3+ years of experience with SQL\n"
        "- Comfort presenting to our clinic managers\n"
        f"{closing}\n"
        "We run our reporting on Looker and Airflow.\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["looker"] == "unspecified"
    assert got["airflow"] == "unspecified"


def test_an_invitation_that_points_to_the_criteria_below_keeps_the_list_going(extract):
    text = (
        "What we need\n"
        "- 3+ years of experience with SQL\n"
        "If you don't meet every one of the criteria below, apply anyway.\n"
        "- Working knowledge of Airflow\n"
    )
    assert levels_of(extract, text)["airflow"] == "required"


def test_accountability_as_a_competency_label_is_no_duties_heading(extract):
    text = (
        "Skills and Abilities\n"
        "Accountability: owns the numbers the team reports and follows up on misses\n"
        "Communication: explains survey results to clinic managers with Tableau dashboards\n"
        "\n"
        "Key Accountabilities\n"
        "Maintain the Airflow jobs that load claims data\n"
    )
    got = levels_of(extract, text)
    assert got["tableau"] == "required"
    assert got["airflow"] == "unspecified"


def test_a_closing_invitation_asks_nothing_itself(extract):
    text = (
        "Core Competencies:\n"
        "Teamwork\n"
        "Initiative\n"
        "If you share these values and want to grow in a team known for its thought leadership, then please submit "
        "your application.\n"
    )
    got = levels_of(extract, text)
    assert got["teamwork"] == "required"
    assert got["thought_leadership"] == "unspecified"


def test_a_heading_naming_this_accountability_still_lists_duties(extract):
    text = (
        "Qualifications\n"
        "- 3+ years of experience with SQL\n"
        "Main Highlights Of This Accountability Include\n"
        "Maintaining the Airflow jobs that load claims data\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["airflow"] == "unspecified"


def test_the_hire_sought_to_do_a_list_heads_duties_not_qualifications(extract):
    text = (
        "We're looking for a data engineer to:\n"
        "- build Airflow pipelines for the billing team\n"
        "- tune Spark jobs\n"
        "What you bring\n"
        "- Strong Python skills\n"
    )
    got = levels_of(extract, text)
    assert got["airflow"] == "unspecified"
    assert got["apache_spark"] == "unspecified"
    assert got["python"] == "required"


def test_the_hire_sought_able_to_do_a_list_heads_qualifications(extract):
    text = "We are seeking an analyst able to:\n- write SQL queries against our warehouse\n- build Tableau dashboards\n"
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["tableau"] == "required"


@pytest.mark.parametrize("what", ["with the skills to", "with the expertise to", "qualified to"])
def test_the_hire_sought_with_what_it_takes_to_do_a_list_heads_qualifications(extract, what):
    # what the hire brings, as "able to" is, not the duties of "We're looking for a data engineer to:"
    text = (
        f"We are looking for someone {what}:\n- write SQL queries against our warehouse\n- build Tableau dashboards\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["tableau"] == "required"


def test_a_level_heading_indented_by_a_tab_heads_its_list(extract):
    # a board that indents its sub-headings with a tab: the tab is no bullet, the line no item
    text = (
        "Qualifications:\n"
        "\tRequired\n"
        "\tBachelor's degree in Computer Science\n"
        "5+ years of experience with SQL\n"
        "\tPreferred or Desired\n"
        "\tExperience in healthcare preferred.\n"
        "Traditional relational databases such as MongoDB, Cassandra\n"
        "Exposure to Talend\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["mongodb"] == "preferred"
    assert got["talend"] == "preferred"


@pytest.mark.parametrize("heading", ["It’d be great if you also have:", "It'd be great if you had:"])
def test_it_would_be_great_contracted_heads_a_preferred_list(extract, heading):
    text = f"At a minimum, you'll need:\n3 years of experience with SQL\n{heading}\nExperience with Snowflake\n"
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["snowflake"] == "preferred"


def test_a_lower_case_posting_heads_its_lists_with_hyphenated_compounds(extract):
    text = (
        "if you're still with us, here are the requirements:\n"
        "must-haves\n"
        "3+ years of experience with Google Analytics\n"
        "strong communication skills\n"
        "nice-to-haves\n"
        "experience writing SQL and analyzing data using R or Python\n"
        "experience with tools like Optimizely or Mixpanel\n"
        "full-time\n"
    )
    got = levels_of(extract, text)
    assert got["google_analytics"] == "required"
    assert got["sql"] == "preferred"
    assert got["python"] == "preferred"
    assert got["optimizely"] == "preferred"


def test_a_trait_with_the_ability_to_is_a_qualification_item(extract):
    # an unheaded list of what the analyst is: "<a few words> with (the) ability to …" describes the candidate
    text = (
        "The Data Analyst builds reports for the sales organization.\n\n"
        "Practical experience working with relational database tools\n\n"
        "Organized state of mind with ability to document activities and build slides in PowerPoint\n\n"
        "Supportive mentor with ability to train new team members in Tableau\n"
    )
    got = levels_of(extract, text)
    assert got["powerpoint"] == "required"
    assert got["tableau"] == "required"


def test_abilities_given_to_others_ask_nothing(extract):
    text = "We provide our analysts with the ability to explore data in Tableau.\n"
    assert levels_of(extract, text)["tableau"] == "unspecified"


def test_a_lead_in_spelling_out_the_sentence_before_it_opens_its_list_at_that_level(extract):
    # "This may include the following …:" only lists instances of what the sentence before it asked
    text = (
        "Acme Robotics builds warehouse automation for retailers across the country.\n"
        "The right hire will have a solid grounding in statistics and machine learning. This could include, among "
        "others, the following methods:\n"
        "Gradient Boosting\n"
        "Time Series Forecasting\n"
        "Anomaly detection with Isolation Forests\n"
        "The analyst will partner with operations managers to plan staffing, and must also be comfortable presenting "
        "to leadership. Work will range from building dashboards in Tableau to writing reports for our clients.\n"
    )
    got = levels_of(extract, text)
    assert got["gradient_boosting"] == "required"
    assert got["forecasting"] == "required"
    assert got["anomaly_detection"] == "required"
    # the paragraph of prose after the short items speaks on its own again
    assert got["tableau"] == "unspecified"


def test_a_lead_in_spelling_out_the_work_opens_no_list_of_asks(extract):
    text = (
        "You'll be responsible for driving our marketing reporting and making recommendations. This includes:\n"
        "Running weekly analyses in Tableau\n"
        "Finding performance trends\n"
    )
    assert levels_of(extract, text)["tableau"] == "unspecified"


@pytest.mark.parametrize(
    "lead_in",
    ["You are well-versed in the following:", "You're proficient with:", "You are highly knowledgeable of:"],
)
def test_a_lead_in_picturing_what_the_candidate_knows_opens_a_required_list(extract, lead_in):
    text = (
        "About the team: we build pricing models for airlines.\n"
        f"{lead_in}\n"
        "Regression and survival models\n"
        "Statistical software like R, SAS and MATLAB\n"
    )
    got = levels_of(extract, text)
    assert got["r_language"] == "required"
    assert got["sas"] == "required"
    assert got["survival_analysis"] == "required"


@pytest.mark.parametrize(
    "lead_in",
    [
        "If you are a good fit for the Analytics Engineer position, you will have:",
        "To be a great fit for this opportunity, you'll have:",
    ],
)
def test_a_fit_clause_then_you_will_have_opens_a_required_list(extract, lead_in):
    text = f"We are growing our data team in Denver.\n{lead_in}\nShown leadership in building Airflow pipelines\n"
    assert levels_of(extract, text)["airflow"] == "required"


def test_you_will_have_without_a_fit_clause_still_lists_what_the_job_gives(extract):
    text = "We are growing our data team in Denver. In this job you will have:\nAccess to a Snowflake sandbox\n"
    assert levels_of(extract, text)["snowflake"] == "unspecified"


def test_an_item_ending_in_a_level_word_and_a_glued_aside_is_no_heading(extract):
    # "…, Preferred.(Toad, Oracle)": the stop before the aside ends an item; the items after keep their list's level
    text = (
        "Skills Needed\n"
        "Knowledge of the insurance industry is required.\n"
        "Hands-on Data Analysis And Reporting Experience, Preferred.(Looker, Redshift)\n"
        "Good general understanding of data concepts (Data Quality, Metadata, etc.)\n"
        "Establishes strong working relationships with business partners.\n"
    )
    got = levels_of(extract, text)
    assert got["looker"] == "preferred"
    assert got["data_quality"] == "required"


def test_additional_considerations_heads_a_preferred_list(extract):
    text = (
        "Qualifications:\n"
        "Experience with Hadoop and Spark is essential.\n"
        "Additional Considerations:\n"
        "Experience with optimization and statistical data analysis tools\n"
        "Experience with one or more programming languages (Python, Julia)\n"
    )
    got = levels_of(extract, text)
    assert got["hadoop"] == "required"
    assert got["python"] == "preferred"
    assert got["julia"] == "preferred"


@pytest.mark.parametrize(
    "sentence",
    [
        "The analyst must support our marketing team.",
        "You will need to work closely with finance.",
        "Fellows are required to sign a training agreement within 30 days.",
    ],
)
def test_a_lead_in_spelling_out_a_duty_that_is_asked_opens_no_list_of_asks(extract, sentence):
    # only a sentence naming what the candidate has ("… will have formal training in …") lends its level to the list
    text = f"About the role\n{sentence} This includes the following:\nBuilding Tableau dashboards\nWeekly SQL reports\n"
    got = levels_of(extract, text)
    assert got["tableau"] == "unspecified"
    assert got["sql"] == "unspecified"


def test_an_aside_speaking_of_the_list_marks_a_lead_in_preferred(extract):
    # the aside is stripped only when it speaks of something else ("(retail is a plus), including:")
    text = (
        "Qualifications:\n"
        "3 years of SQL\n"
        "Tools and platforms (working knowledge of some of the below would be helpful):\n"
        "Tableau\n"
        "Looker\n"
    )
    got = levels_of(extract, text)
    assert got["sql"] == "required"
    assert got["tableau"] == "preferred"
    assert got["looker"] == "preferred"
