"""Requirement levels and years of experience."""

import pytest

POSTING = """Data Scientist

Responsibilities
- Build forecasting models in Python
- Present results to stakeholders

Basic Qualifications
- 5+ years of experience with SQL
- Two years of experience in Tableau

Preferred Qualifications
- Experience with Spark
- PhD in Statistics
"""


def levels(extract, text):
    out = {}
    for m in extract(text):
        out.setdefault(m.skill_id, set()).add((m.requirement, m.years))
    return out


def test_sections_decide_levels(extract):
    got = levels(extract, POSTING)
    assert got["python"] == {("unspecified", None)}
    assert ("required", 5.0) in got["sql"]
    assert ("required", 2.0) in got["tableau"]
    assert {lvl for lvl, _ in got["apache_spark"]} == {"preferred"}


@pytest.mark.parametrize(
    "text, skill, level",
    [
        ("Experience with Docker is a plus.", "docker", "preferred"),
        ("Familiarity with Kubernetes is nice to have.", "kubernetes", "preferred"),
        ("Bonus: PyTorch", "pytorch", "preferred"),
        ("Ideally you have used Airflow.", "apache_airflow", "preferred"),
        ("You must know SQL.", "sql", "required"),
        ("Requirements: Python, Java", "java", "required"),
        ("What you'll need\n- Strong Python skills", "python", "required"),
        ("- Knowledge of Git and Linux", "git", "required"),
        ("No prior NLP experience needed, we will teach you.", "natural_language_processing", "unspecified"),
        ("Experience with Java is not required.", "java", "unspecified"),
        ("We are a company that uses AWS.", "aws", "unspecified"),
    ],
)
def test_cues(extract, taxonomy, text, skill, level):
    if skill not in taxonomy.skills:
        skill = next(s.id for s in taxonomy.skills.values() if skill.split("_")[-1] in s.id)
    got = {m.requirement for m in extract(text) if m.skill_id == skill}
    assert got == {level}


def test_negation_never_makes_required(extract):
    text = "Minimum qualifications:\n- No prior NLP experience needed\n- Python"
    got = levels(extract, text)
    assert {lvl for lvl, _ in got["natural_language_processing"]} == {"unspecified"}
    assert {lvl for lvl, _ in got["python"]} == {"required"}


@pytest.mark.parametrize(
    "text, years",
    [
        ("3+ years of Python", 3.0),
        ("At least 2-4 years of experience with Python", 2.0),
        ("Python (3+ years)", 3.0),
        ("three years of experience using Python", 3.0),
        ("Our company was founded 20 years ago and uses Python.", None),
        # The skill inside the years phrase itself: "N years X experience", "N years of X in …".
        ("5+ years Python experience", 5.0),
        ("3+ years of Python in production, with code review and Git.", 3.0),
        ("4 years of Python with Docker", 4.0),
        # "working" and "experiences" are words of the phrase, not "work" and "experience" cut short.
        ("At least 4 years working with Scala and Python", 4.0),
        ("3+ years experiences building services in Python", 3.0),
    ],
)
def test_years(extract, text, years):
    got = [m.years for m in extract(text) if m.skill_id == "python"]
    assert got == [years]


@pytest.mark.parametrize(
    "heading",
    ["It’s great, but not required if you have:", "Not Required", "Great to have, but not required:", "Great to Have"],
)
def test_a_heading_that_says_not_required_lists_preferred_skills(extract, heading):
    text = f"Data Analyst\nWhat you will do\n- Build reports\n{heading}\n- Experience with Tableau\n- Knowledge of Python\n"
    got = levels(extract, text)
    assert got["tableau"] == {("preferred", None)} and got["python"] == {("preferred", None)}, got


@pytest.mark.parametrize(
    "text, skill, level",
    [
        (
            "The ranking model needs to scale to millions of users, so the service runs on Kubernetes.",
            "kubernetes",
            "unspecified",
        ),
        ("Our analytics team must deliver weekly dashboards in Tableau.", "tableau", "unspecified"),
        ("The candidate must know SQL.", "sql", "required"),
        ("The successful Data Scientist needs to have experience with PyTorch.", "pytorch", "required"),
        ("Applicants need to be fluent in Python.", "python", "required"),
    ],
)
def test_must_and_needs_to_said_of_a_thing_or_others_ask_nothing(extract, text, skill, level):
    assert {m.requirement for m in extract(text) if m.skill_id == skill} == {level}


@pytest.mark.parametrize(
    "text, want",
    [
        # One years phrase over its coordinated list: every item gets the years.
        (
            "Requirements:\n- 5+ years of experience with Python, SQL and Spark.",
            {"python": 5.0, "sql": 5.0, "apache_spark": 5.0},
        ),
        ("You bring 4 years of hands-on work in Docker, Kubernetes or Terraform.", {"docker": 4.0, "terraform": 4.0}),
        # A later item of the sentence that is an ask of its own (knowledge, familiarity, strong … skills, with
        # solid … habits: …) is not governed by the years phrase.
        (
            "Requirements:\n- 3+ years of Python development, familiarity with code review and unit tests.",
            {"python": 3.0, "code_review": None, "unit_testing": None},
        ),
        (
            "We need 6 years of experience in Scala or Java, and a working knowledge of Docker.",
            {"scala": 6.0, "java": 6.0, "docker": None},
        ),
        (
            "Must have: 2+ years building dashboards in Tableau; strong SQL skills.",
            {"tableau": 2.0, "sql": None},
        ),
        (
            "- 3+ years of Python in production, with solid engineering habits: code review, unit tests, Git.",
            {"python": 3.0, "code_review": None, "unit_testing": None, "git": None},
        ),
        # … a flattened list's "+" items, an alternative "; or demonstrated …", "with strong …" after the object.
        (
            "Requirements: 6 years of product analytics work + Proficiency in Tableau and Looker + Familiarity with dbt",
            {"tableau": None, "looker": None, "dbt": None},
        ),
        ("Required: 4+ years in a backend role; or demonstrated expertise in Kubernetes.", {"kubernetes": None}),
        (
            "Required: 5 years of data pipeline development with strong Airflow skills and Terraform.",
            {"airflow": None, "terraform": None},
        ),
        ("Requirements: 3+ years of experience with deep learning and Docker.", {"docker": 3.0}),
        # … while a years phrase after its own boundary still counts: "…, and 2+ years of Go".
        ("Required: 5 years of Java, proficiency in SQL and 2+ years of Go.", {"java": 5.0, "sql": None}),
    ],
)
def test_years_scope_their_own_list(extract, text, want):
    got = {m.skill_id: m.years for m in extract(text) if m.skill_id in want}
    assert got == want


@pytest.mark.parametrize(
    "text, want",
    [
        # "and" joining two heads over one object, and a colon opening the list the phrase governs, keep the years.
        ("Requirements: 4+ years of experience and proficiency in Python and Go.", {"python": 4.0}),
        ("Must have 3 years of professional experience in these areas: deep knowledge of Docker.", {"docker": 3.0}),
        ("Required: 2 years of academic and applied background in Python.", {"python": 2.0}),
        ("Minimum of 3 years of graduate training or experience involving SQL.", {"sql": 3.0}),
    ],
)
def test_years_reach_over_shared_heads_and_a_colon(extract, text, want):
    got = {m.skill_id: m.years for m in extract(text) if m.skill_id in want}
    assert got == want


def test_a_comma_between_the_phrases_own_adjectives_keeps_its_reach(extract):
    text = (
        "Qualifications: at least four years of demonstrated, relevant experience in statistics and machine learning."
    )
    assert {m.skill_id: m.years for m in extract(text)} == {"statistics": 4.0, "machine_learning": 4.0}


@pytest.mark.parametrize(
    "text, want",
    [
        # "years' experience", "years’ experience", "year’s experience": the possessive is the same phrase
        ("Requirements:\n- 3 years' experience in Python", {"python": 3.0}),
        ("Requirements:\n- 2+ years’ experience with Tableau and SQL", {"tableau": 2.0, "sql": 2.0}),
        ("Nice to have:\n- 1 year’s experience of Docker", {"docker": 1.0}),
        ("Requirements:\n- 4-6 years’ hands-on experience building pipelines in Spark", {"apache_spark": 4.0}),
        # (and, as for "years of", not a span of time that is no experience)
        (
            "We have put 10 years' worth of effort into our platform, which is built with Python and Docker.",
            {"python": None},
        ),
    ],
)
def test_years_with_a_possessive_apostrophe(extract, text, want):
    got = {m.skill_id: m.years for m in extract(text) if m.skill_id in want}
    assert got == want


@pytest.mark.parametrize(
    "text, want",
    [
        # a degree's field takes no years, whichever side the years phrase stands on: the years are of work, the
        # field is what was studied (the field stays a skill here, as it is also asked on its own)
        (
            "Requirements:\n- Master's degree in Statistics or Economics with 5+ years of experience in machine "
            "learning\n- Solid grounding in statistics and economics",
            {"statistics": {None}, "economics": {None}, "machine_learning": {5.0}},
        ),
        (
            "Requirements:\n- 4 years of experience and a Bachelor's degree in Computer Science\n"
            "- Computer science coursework",
            {"computer_science": {None}},
        ),
        (
            "Requirements:\n- 2 years of experience with a Bachelor’s degree in Mathematics or Statistics, or a PhD\n"
            "- Statistics coursework",
            {"statistics": {None}},
        ),
        # … but a field list read on past a years phrase of its own keeps the years of that phrase's object
        (
            "Requirements:\n- Bachelor's degree in Statistics, Economics or related field and minimum 3 years of "
            "related work experience (i.e. predictive analytics, statistics)\n- Statistics",
            {"statistics": {None, 3.0}},
        ),
        # … and "post PhD" is a time, not a degree asked for
        (
            "Requirements:\n- 2 years of lab experience post PhD, in the development of immunoassays and "
            "optimization\n- Optimization",
            {"optimization": {None, 2.0}},
        ),
    ],
)
def test_a_degree_field_takes_no_years(extract, text, want):
    got: dict[str, set] = {}
    for m in extract(text):
        if m.skill_id in want:
            got.setdefault(m.skill_id, set()).add(m.years)
    assert got == want


@pytest.mark.parametrize(
    "text, want",
    [
        # numbers written in words read as digits do: a range gives its minimum ("4-6 years" gives 4)
        ("Requirements:\n- Four to six years of experience with Python", {"python": 4.0}),
        ("Requirements:\n- three-five years of hands-on experience in SQL", {"sql": 3.0}),
        ("Requirements:\n- Two (2) to four (4) years of experience with Tableau", {"tableau": 2.0}),
        ("Requirements:\n- 3 to five years of experience with Docker", {"docker": 3.0}),
        # "N or more years", in words or digits, is N
        ("Requirements:\n- Two or more years of experience with Python", {"python": 2.0}),
        ("Requirements:\n- 5 or more years of experience building models in R", {"r_language": 5.0}),
        ("Requirements:\n- Three (3) or more years of SQL experience", {"sql": 3.0}),
        # (and the shapes that were read right stay so)
        ("Requirements:\n- At least three years of experience with Python", {"python": 3.0}),
        ("Requirements:\n- Five (5) years of experience with Python", {"python": 5.0}),
        ("Requirements:\n- One year of experience with Excel", {"excel": 1.0}),
        ("Requirements:\n- 4-6 years of experience with Python", {"python": 4.0}),
    ],
)
def test_years_written_in_words_and_open_ranges(extract, text, want):
    got = {m.skill_id: m.years for m in extract(text) if m.skill_id in want}
    assert got == want


@pytest.mark.parametrize(
    "text, skill",
    [
        # the company's own years in its blurb are no years asked of the candidate, nor an ask at all
        (
            "About us\nBrightway is a consulting firm with 20+ years' experience in marketing analytics for retailers.",
            "marketing_analytics",
        ),
        (
            "Who we are\nWe have more than 25 years of experience in predictive modeling for insurers and banks.",
            "predictive_modeling",
        ),
        (
            "Our story\nOur team has delivered forecasting solutions for over 30 years in the energy sector.",
            "forecasting",
        ),
        (
            "Northwind Analytics has over 15 years of experience in data visualization. Northwind Analytics is "
            "growing fast.",
            "data_visualization",
        ),
        (
            "Drawing on more than 40 years of experience in statistics, our consultants help public agencies.",
            "statistics",
        ),
    ],
)
def test_a_companys_own_years_are_not_asked(extract, text, skill):
    # (the mention may stay, unasked, or go with the blurb that holds it)
    got = [(m.years, m.requirement) for m in extract(text) if m.skill_id == skill]
    assert all(got_one == (None, "unspecified") for got_one in got)


@pytest.mark.parametrize(
    "text, want",
    [
        # … while the candidate's years in the employer's words stay: a role or a person "with" the years, a
        # sentence that asks
        ("We are hiring a Data Analyst with 4+ years of experience in SQL.", {"sql": 4.0}),
        ("We require at least 3 years of experience with Python.", {"python": 3.0}),
        ("Our ideal candidate has 5+ years of experience in machine learning.", {"machine_learning": 5.0}),
        (
            "Our Boston client would welcome an actuary with 5+ years of actuarial work, including 2+ years in "
            "predictive modeling.",
            {"predictive_modeling": 2.0},
        ),
        ("Requirements:\n- Over 5 years of experience with SQL in our industry", {"sql": 5.0}),
        (
            "Requirements:\n- Bachelor's degree from an accredited institution with 6 years of Tableau experience",
            {"tableau": 6.0},
        ),
    ],
)
def test_the_candidates_years_in_the_employers_words_stay(extract, text, want):
    got = {m.skill_id: m.years for m in extract(text) if m.skill_id in want}
    assert got == want


@pytest.mark.parametrize(
    "text, want",
    [
        # numbers above ten in words read as digits do
        ("Requirements:\n- Twelve (12) years of experience with Python", {"python": 12.0}),
        ("Requirements:\n- Fifteen years of hands-on experience in SQL", {"sql": 15.0}),
        ("Requirements:\n- Eleven or more years of experience with Tableau", {"tableau": 11.0}),
        ("Requirements:\n- Thirteen to twenty years of experience with Spark", {"apache_spark": 13.0}),
    ],
)
def test_years_above_ten_in_words(extract, text, want):
    got = {m.skill_id: m.years for m in extract(text) if m.skill_id in want}
    assert got == want


@pytest.mark.parametrize(
    "text, want",
    [
        # a years phrase in words, a range with "to", "or more" or a capital "Years" opens the next item of a
        # flattened list (or the next sentence) as "5+ years" does: the item before takes none of its years
        (
            "Requirements: Knowledge of Excel and statistics Two or more years of experience in SQL",
            {"excel": None, "statistics": None, "sql": 2.0},
        ),
        (
            "Requirements: Solid communication skills Five (5) years of experience with Tableau",
            {"communication": None, "tableau": 5.0},
        ),
        (
            "Requirements: Familiarity with Docker and cloud platforms 6+ Years of experience with Python",
            {"docker": None, "python": 6.0},
        ),
        (
            "Requirements: You will build dashboards in Tableau for our regional leaders. 3 to 5 years of "
            "experience in analytics.",
            {"tableau": None},
        ),
    ],
)
def test_years_in_words_open_the_next_item(extract, text, want):
    got = {m.skill_id: m.years for m in extract(text) if m.skill_id in want}
    assert got == want


@pytest.mark.parametrize(
    "text, want",
    [
        # "as well as" with a new ask after it ends the years phrase's reach, as ", as well as" did
        (
            "Requirements:\n- 5 or more years of hands-on experience with Snowflake as well as proven BI skills "
            "with Tableau",
            {"snowflake": 5.0, "tableau": None},
        ),
        # (a plain "as well as" between two objects keeps them both)
        ("Requirements:\n- 3+ years of experience with SQL as well as Python", {"sql": 3.0, "python": 3.0}),
        # the last field of study before "or a related field" takes none of the years after it
        (
            "Requirements:\n- Degree in a quantitative field (e.g. mathematics), econometrics, or a related field "
            "with four or more years of experience.",
            {"econometrics": None},
        ),
        # (a skill's own years right after it stay)
        ("Requirements:\n- Python (3+ years)", {"python": 3.0}),
    ],
)
def test_years_stop_at_a_new_ask_or_a_field_of_study(extract, text, want):
    got = {m.skill_id: m.years for m in extract(text) if m.skill_id in want}
    assert got == want


@pytest.mark.parametrize(
    "text, want",
    [
        # a comma, then a years phrase with an object of its own: the next item's years, not the skill's before
        (
            "Requirements:\n- Proficiency in Excel, 2+ years of experience performing statistical analysis",
            {"excel": None, "statistics": 2.0},
        ),
        (
            "Requirements:\n- Working knowledge of Git, 4 years of experience building APIs in Java",
            {"git": None, "java": 4.0},
        ),
        ("Requirements:\n- Familiarity with Docker, 3+ years of Python", {"docker": None, "python": 3.0}),
        # (a bare years phrase after the skill is still its own: "SQL, 3+ years", "Tableau, 2 years of experience")
        ("Requirements:\n- Strong SQL, 3+ years of experience", {"sql": 3.0}),
        ("Requirements:\n- Python, 3+ years experience required", {"python": 3.0}),
        ("Requirements:\n- Advanced Tableau, 2 years of experience required", {"tableau": 2.0}),
    ],
)
def test_years_after_a_comma_with_their_own_object_belong_to_it(extract, text, want):
    got = {m.skill_id: m.years for m in extract(text) if m.skill_id in want}
    assert got == want


@pytest.mark.parametrize(
    "text, want",
    [
        # "including" carries the skill on into the years; "in this area" and "with both" point back to it
        (
            "Requirements:\n- Advanced report design skills in Power BI, including 3+ years of experience with DAX",
            {"power_bi": 3.0},
        ),
        ("Requirements:\n- Building forecasting models, ideally with 2+ years in the field", {"forecasting": 2.0}),
        ("Requirements:\n- Data cleaning and ETL, with at least 2 years of work in this area", {"etl": 2.0}),
        ("Requirements:\n- Python and SQL, 4 years of experience with both", {"python": 4.0, "sql": 4.0}),
    ],
)
def test_years_after_a_comma_that_point_back_stay_with_the_skill(extract, text, want):
    got = {m.skill_id: m.years for m in extract(text) if m.skill_id in want}
    assert got == want
