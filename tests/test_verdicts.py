"""Verdicts a job seeker can trust: have, choice met, missing — with reasons — and education apart.

Every posting here is written for these tests, one rule each, negatives included.
"""

import csv
import io
import json

import pytest

from analyzer import Profile, analyze_postings
from analyzer.io.highlight import gap_highlights, highlight_html
from analyzer.io.reports import render_report
from analyzer.nlp.education import find_education, parse_degree
from analyzer.nlp.extraction import analyse_row
from analyzer.records import InputRow


@pytest.fixture
def run(nlp, taxonomy):
    def analyse(posting, skills, pid="p1"):
        analysis = analyze_postings([(pid, posting)], Profile.from_text(skills, taxonomy), nlp, taxonomy=taxonomy)
        return analysis.postings[0], analysis

    return analyse


def verdicts(gap):
    return {
        **{m.skill_id: "have" for m in gap.matched},
        **{c.item.skill_id: "choice_met" for c in gap.choices_met},
        **{g.skill_id: "missing" for g in gap.missing},
    }


# --- choices from the posting's own words ---------------------------------------------------------
@pytest.mark.parametrize(
    "posting, skills, have, met",
    [
        ("Requirements:\n- Experience with PostgreSQL or MySQL", "postgres", "postgresql", ["mysql"]),
        ("Requirements:\n- Deploy models on AWS, GCP, or Azure", "gcp", "gcp", ["aws", "azure"]),
        ("Requirements:\n- Hands-on Kubernetes and/or Docker experience", "docker", "docker", ["kubernetes"]),
        (
            "Requirements:\n- Proficiency in one or more of the following: Java, Scala, Go",
            "scala",
            "scala",
            ["java", "go_language"],
        ),
        ("Requirements:\n- Fluency in any of Python, R, Julia", "python", "python", ["r_language", "julia"]),
        (
            "Requirements:\n- Familiarity with orchestration tools like Airflow or Dagster",
            "airflow",
            "airflow",
            ["dagster"],
        ),
        (
            "Requirements:\n- Knowledge of BI tools including Tableau, Looker and Power BI",
            "looker",
            "looker",
            ["tableau", "power_bi"],
        ),
    ],
)
def test_a_choice_is_met_by_any_option(run, posting, skills, have, met):
    gap, analysis = run(posting, skills)
    v = verdicts(gap)
    assert v[have] == "have"
    assert [c.item.skill_id for c in gap.choices_met] == met
    for c in gap.choices_met:
        assert have in c.met_by and c.item.skill_id in c.options
    # Options met by another are neither held nor missing, and never a gap.
    assert not set(met) & {m.skill_id for m in gap.matched} and not set(met) & {g.skill_id for g in gap.missing}
    assert not set(met) & {g.skill_id for g in analysis.summary.gaps}


def test_an_example_list_answers_its_head(run):
    # "cloud platforms such as AWS or GCP": the ask is cloud computing; AWS answers it.
    gap, _ = run("Requirements:\n- Experience with cloud platforms such as AWS or GCP", "aws")
    assert verdicts(gap) == {"aws": "have", "cloud_computing": "have", "gcp": "choice_met"}
    # A deep learning framework (e.g. PyTorch, TensorFlow, JAX): PyTorch is one.
    gap, _ = run("Requirements:\n- A deep learning framework (e.g. PyTorch, TensorFlow, JAX)", "pytorch")
    assert verdicts(gap)["tensorflow"] == "choice_met" and verdicts(gap)["jax"] == "choice_met"


def test_and_is_never_a_choice(run):
    gap, _ = run(
        "Requirements:\n- Python, SQL and Docker\n- Machine learning and natural language processing",
        "python, machine learning",
    )
    assert verdicts(gap) == {
        "python": "have",
        "machine_learning": "have",
        "sql": "missing",
        "docker": "missing",
        "natural_language_processing": "missing",
    }
    assert gap.choices_met == [] and all(gap.choice_of.get(g.skill_id) is None for g in gap.missing)


@pytest.mark.parametrize(
    "posting",
    ["Requirements:\n- Java\n- or Scala if you prefer", "You must know Java. Or Scala, if you prefer."],
)
def test_never_a_choice_across_bullets_or_sentences(run, posting):
    gap, _ = run(posting, "java")
    assert verdicts(gap) == {"java": "have", "scala": "missing"}


def test_a_skill_also_asked_on_its_own_is_asked(run):
    posting = "Requirements:\n- Java or Scala\n- Strong Scala skills are essential"
    gap, _ = run(posting, "java")
    assert verdicts(gap) == {"java": "have", "scala": "missing"}
    assert gap.choice_of.get("scala") is None  # asked on its own: no "learn one of"
    assert gap.reasons["scala"].startswith("asked for in: ")


def test_a_met_choice_counts_once_and_an_unmet_choice_once(run):
    posting = "Requirements:\n- Python\n- Experience with AWS, GCP or Azure"
    met, _ = run(posting, "python, azure")
    assert met.coverage == 1.0  # Python 3 + the choice 3 (met by Azure), of 3 + 3
    unmet, _ = run(posting, "python")
    assert unmet.coverage == 0.5  # the unmet choice is one ask, not three
    assert {g.skill_id: unmet.choice_of[g.skill_id].options for g in unmet.missing} == {
        sid: ("aws", "gcp", "azure") for sid in ("aws", "gcp", "azure")
    }
    assert unmet.reasons["gcp"] == (
        "learn one of AWS, Google Cloud Platform, Microsoft Azure: this posting accepts any of them"
    )


def test_choice_met_options_stay_out_of_category_coverage_and_t_shape(run):
    # The case: a pandas/Tableau profile must not get NLP or computer vision at 100 %.
    posting = (
        "Requirements:\n- Python, R, PyTorch, TensorFlow, or spaCy\n"
        "- Experience in one or two of the following: deep learning, NLP, computer vision"
    )
    gap, analysis = run(posting, "python, pandas, tableau")
    assert {c.item.skill_id for c in gap.choices_met} >= {"pytorch", "tensorflow", "r_language"}
    held = {d.category for d in analysis.summary.demand if d.known}
    spacy_cat = next(d.category for d in analysis.summary.demand if d.skill_id == "spacy")
    assert spacy_cat not in held
    for c in analysis.summary.categories:  # coverage counts have only: no credit through a choice
        assert c.coverage == 0.0 or c.category in held, c
    assert (
        spacy_cat not in {c.category for c in analysis.summary.categories}
        or next(c for c in analysis.summary.categories if c.category == spacy_cat).coverage == 0.0
    )
    assert "pytorch" not in {m.skill_id for m in gap.matched}
    assert all(m.how != "alternative" for m in gap.matched)


# --- reasons in words -------------------------------------------------------------------------------
def test_reasons_in_words_and_no_internal_ids(run):
    posting = "Requirements:\n- SQL\n- Python, R, or PyTorch\n- Strong background in NLP\n- scikit-learn or XGBoost"
    gap, analysis = run(posting, "postgres, python, sklearn")
    assert gap.reasons["sql"] == "you listed PostgreSQL, which covers SQL"
    [r] = [c for c in gap.choices_met if c.item.skill_id == "r_language"]
    assert r.reason == "this posting accepts any of Python, R, PyTorch; you have Python"
    assert gap.reasons["natural_language_processing"] == "asked for in: “Strong background in NLP”"
    for fmt in ("md", "html"):
        text = render_report(analysis, fmt)
        assert "scikit_learn" not in text and "r_language" not in text and "natural_language_processing" not in text
        assert "you listed PostgreSQL, which covers SQL" in text


# --- the contract -----------------------------------------------------------------------------------
def test_json_and_csv_contract(run):
    gap, analysis = run("Requirements:\n- PostgreSQL or MySQL\n- AWS or GCP\n- BS in Physics", "postgres, MSc Physics")
    d = json.loads(render_report(analysis, "json"))["postings"][0]
    assert {m["how"] for m in d["matched"]} <= {"typed", "picked", "resume", "alias", "fuzzy", "implied"}
    assert all(("via" in m) == (m["how"] == "implied") for m in d["matched"])
    [cm] = d["choices_met"]
    assert set(cm) >= {"skill", "skill_id", "category", "requirement", "options", "met_by", "mentions"}
    assert (cm["skill_id"], cm["options"], cm["met_by"]) == ("mysql", ["postgresql", "mysql"], ["postgresql"])
    assert {m["skill_id"]: m["choice"] for m in d["missing"]} == {
        "aws": {"options": ["aws", "gcp"]},
        "gcp": {"options": ["aws", "gcp"]},
    }
    [edu] = d["education"]
    assert (edu["level"], edu["fields"], edu["met"]) == ("bachelor", ["Physics"], True)
    rows = list(csv.DictReader(io.StringIO(render_report(analysis, "csv"))))
    assert {r["skill_id"]: r["verdict"] for r in rows if r["verdict"]} == {
        "postgresql": "have",
        "mysql": "choice_met",
        "aws": "missing",
        "gcp": "missing",
    }
    assert [r["met"] for r in rows if r["status"] == "education"] == ["true"]


def test_highlight_styles_for_the_three_verdicts(run):
    gap, _ = run("Requirements:\n- Python or R\n- Docker\nNice to have:\n- Spark\nWe use Slack.", "python")
    html = highlight_html(gap.text, gap_highlights(gap))
    assert 'class="sg-skill sg-matched"' in html and ">Python<" in html
    assert 'class="sg-skill sg-choice-met"' in html and 'title="R: choice met via Python"' in html
    assert 'sg-missing-required" data-status="missing-required" title="Docker' in html
    assert "sg-missing-preferred" in html and "wavy" in html


# --- education --------------------------------------------------------------------------------------
def test_degree_requirement_is_an_item_not_skills(nlp):
    text = (
        "Requirements:\n"
        "- Master's or PhD in Computer Science, Economics, Mathematics, or a related field\n"
        "- 3+ years of Python\n"
        "Nice to have:\n- PhD in Statistics"
    )
    result = analyse_row(nlp, InputRow("p", text))
    skills = {m.skill_id for m in result.skills}
    assert "computer_science" not in skills and "mathematics" not in skills and "economics" not in skills
    assert "python" in skills
    first, second = result.education
    assert (first.level, first.fields, first.related, first.requirement) == (
        "master",
        ["Computer Science", "Economics", "Mathematics"],
        True,
        "required",
    )
    assert text[first.start : first.end] == first.text and first.text.startswith("Master's or PhD in")
    assert (second.level, second.fields, second.requirement) == ("phd", ["Statistics"], "preferred")
    assert result.to_dict()["education"][0]["level"] == "master"  # `extract` JSON carries it too


def test_a_degree_field_also_asked_as_a_skill_is_a_skill(nlp):
    text = "Requirements:\n- BS in Statistics or Computer Science\n- Strong statistics and experimental design"
    result = analyse_row(nlp, InputRow("p", text))
    assert "statistics" in {m.skill_id for m in result.skills}
    assert "computer_science" not in {m.skill_id for m in result.skills}


@pytest.mark.parametrize(
    "text, level",
    [
        ("Bachelor's degree in Computer Science or equivalent practical experience.", "bachelor"),
        ("BS/MS/PhD in Computer Science", "bachelor"),
        ("Degree in Mathematics required.", None),
        ("Ph.D. in Physics preferred.", "phd"),
    ],
)
def test_degree_levels(text, level):
    [ask] = find_education(text)
    assert ask.level == level


@pytest.mark.parametrize(
    "text", ["Proficient with MS Office and Excel.", "You will master the craft.", "a 360-degree view"]
)
def test_not_degrees(text):
    assert find_education(text) == []


def test_education_met_against_typed_saved_and_resume_degrees(run, taxonomy):
    posting = "Requirements:\n- MS in Statistics, Physics or Mathematics\n- Python"
    assert run(posting, "python, MSc Physics")[0].education[0].met is True
    low = run(posting, "python, BSc Physics")[0].education[0]
    assert low.met is False and "you have a bachelor's degree in Physics" in low.reason
    assert run(posting, "python")[0].education[0].met is None  # no degree stated
    other = run(posting, "python, MSc Biology")[0].education[0]
    assert other.met is False
    related = run(posting.replace("or Mathematics", "or a related field"), "python, MSc Biology")[0].education[0]
    assert related.met is None and "related field" in related.reason
    saved = Profile.from_dict(
        json.loads(json.dumps(Profile.from_text("python, MSc Physics", taxonomy).to_dict())), taxonomy
    )
    assert [(d.level, d.field) for d in saved.degrees] == [("master", "Physics")]
    resume = "Jo Doe\nSkills\nPython, SQL\nEducation\n- M.Sc. in Physics, ETH Zurich, 2018\nExperience\nMS Office"
    cv = Profile.from_resume_text(resume, taxonomy=taxonomy)
    assert [(d.level, d.field) for d in cv.degrees] == [("master", "Physics")]
    assert parse_degree("python") is None


def test_the_head_of_an_example_list_does_not_meet_its_examples(run):
    # "ML frameworks (e.g., TensorFlow, PyTorch)": knowing machine learning is not knowing a framework.
    gap, _ = run("Requirements:\n- Experience with ML frameworks (e.g., TensorFlow, PyTorch)", "machine learning")
    assert verdicts(gap) == {"machine_learning": "have", "tensorflow": "missing", "pytorch": "missing"}
    assert gap.choice_of["pytorch"].options == ("machine_learning", "tensorflow", "pytorch")


def test_including_is_a_choice_only_for_a_skill_it_exemplifies(run):
    stack = "Requirements:\n- Utilize a wide range of technologies, including Python, Docker and Kubernetes"
    gap, _ = run(stack, "python")
    assert verdicts(gap) == {"python": "have", "docker": "missing", "kubernetes": "missing"}
    tools, _ = run("Requirements:\n- Knowledge of BI tools including Tableau, Looker and Power BI", "tableau")
    assert verdicts(tools)["looker"] == "choice_met"


def test_a_bracketed_list_is_a_choice_only_when_open_ended(run):
    gap, _ = run("Requirements:\n- One scripting language (Python, Ruby, PHP, etc.)", "python")
    assert verdicts(gap)["ruby"] == "choice_met" and verdicts(gap)["php"] == "choice_met"
    closed, _ = run("Requirements:\n- Python (pandas, NumPy, Jupyter)", "python")
    assert verdicts(closed) == {"python": "have", "pandas": "missing", "numpy": "missing", "jupyter": "missing"}


def test_the_report_names_the_profile_degree_and_each_posting_education(run):
    _, analysis = run("Requirements:\n- PhD in Physics\n- Python", "python, MSc Physics")
    md = render_report(analysis, "md")
    assert "Education: master's in Physics" in md
    assert "**not met** (required): “PhD in Physics” — this posting asks for a PhD or higher in Physics" in md


def test_a_bare_slash_is_a_choice_only_between_skills_of_the_same_kind(run):
    # "C/C++" offers C or C++ (related languages): a C++ user is not missing C. "NLP/ML" joins
    # skills of different kinds, as often "and" as "or": no choice. (Until round 28 every bare
    # slash was "and", and C was a required gap for a C++ user.)
    gap, _ = run("Requirements:\n- Languages: R, Python, C/C++, SQL\n- Build NLP/ML algorithms", "python, c++, ml")
    assert verdicts(gap) == {
        "python": "have",
        "cpp": "have",
        "machine_learning": "have",
        "r_language": "missing",
        "sql": "missing",
        "c_language": "choice_met",
        "natural_language_processing": "missing",
    }
    assert [c.item.skill_id for c in gap.choices_met] == ["c_language"]


def test_example_fields_in_brackets_are_education(nlp):
    text = "Requirements:\n- Master's degree in a STEM field (e.g., statistics, computer science, engineering)"
    result = analyse_row(nlp, InputRow("p", text))
    [ask] = result.education
    assert ask.fields == ["statistics", "computer science", "engineering"] and ask.related
    assert not {"statistics", "computer_science"} & {m.skill_id for m in result.skills}


def test_people_described_are_not_a_degree_ask():
    assert find_education("We are a team of Ph.D.'s and builders, free of bureaucracy.") == []
    [ask] = find_education("Requirements:\n- PhD")
    assert ask.level == "phd" and ask.requirement == "required"


def test_or_equivalent_experience_and_example_fields():
    text = "Bachelor’s degree or equivalent work experience in Computer Science or related discipline such as Statistics, Mathematics, Economics, etc."
    [ask] = find_education(text)
    assert ask.fields == ["Computer Science", "Statistics", "Mathematics", "Economics"]
    assert ask.related and ask.experience and ask.level == "bachelor"


@pytest.mark.parametrize(
    "text, fields",
    [
        (
            "Bachelor’s Degree in a quantitative or technical field of study, such as Statistics, Mathematics, or Physics",
            ["Statistics", "Mathematics", "Physics"],
        ),
        ("Education in a quantitative field, such as Computer Science, Applied Mathematics, or Statistics", None),
        ("Graduate Degree in Computer Science or any other related discipline or commensurate work experience", None),
    ],
)
def test_related_field_lists(text, fields):
    [ask] = find_education(text)
    assert ask.related
    if fields is not None:
        assert ask.fields[-3:] == fields
    assert "work experience" not in " ".join(ask.fields) and "quantitative field" not in ask.fields


def test_a_long_bracketed_list_of_example_fields():
    text = (
        "Master’s degree in a quantitative field (e.g., Statistics, Mathematics, Economics, Computer Science, "
        "Engineering, Quantitative Psychology, Quantitative Political Science, MBA with a specialization in "
        "Analytics) with 1 year of relevant work experience"
    )
    [ask] = find_education(text)
    assert ask.fields[:4] == ["Statistics", "Mathematics", "Economics", "Computer Science"] and ask.related
    assert text[ask.fields_start : ask.fields_end].endswith("Analytics")


def test_a_head_is_the_phrase_right_before_the_examples(run):
    gap, _ = run("Requirements:\n- Data mining skills using tools like SQL, R, SAS", "sql")
    assert verdicts(gap)["data_mining"] == "missing"  # SQL is an example of the tools, not of data mining
    assert verdicts(gap)["r_language"] == "choice_met"


def test_an_aside_between_degree_and_field():
    [ask] = find_education("Master’s degree (PhD strongly preferred) in Statistics or Mathematics required")
    assert ask.fields == ["Statistics", "Mathematics"] and ask.level == "master"


# --- fields named before the degree, and "e.g." in a field list (issue 11) ---------------------------
@pytest.mark.parametrize(
    "line, fields, related",
    [
        ("A Computer Science or Statistics degree", ["Computer Science", "Statistics"], False),
        ("CS degree, or equivalent experience building data pipelines", ["CS"], False),
        ("STEM degree required", ["STEM"], False),
        ("Mathematics degree, Statistics degree or Physics degree", ["Mathematics", "Statistics", "Physics"], False),
        ("You hold an Economics, Finance or similar degree.", ["Economics", "Finance"], True),
        ("Computer Science (or a similar) technical degree", ["Computer Science"], True),
        ("A quantitative degree and two years of analytics work", [], True),
    ],
)
def test_fields_named_before_the_degree(line, fields, related):
    [ask] = find_education("Requirements:\n- " + line + "\n- Python")
    assert (ask.fields, ask.related, ask.requirement) == (fields, related, "required")
    assert "degree" in ask.text.lower() and "Python" not in ask.text


@pytest.mark.parametrize(
    "text",
    [
        "Our analysts work with a high degree of autonomy.",
        "Foreign degrees must be evaluated for equivalency.",
        "Build a 360-degree view of the customer with SQL.",
        "Join a team that ships business systems degree by degree.",
    ],
)
def test_degree_words_that_ask_for_no_degree(text):
    assert find_education(text) == []


def test_the_name_of_a_degree_is_not_its_field():
    [ask] = find_education("Requirements:\n- Master of Science degree or higher in Statistics or Physics")
    assert (ask.level, ask.fields) == ("master", ["Statistics", "Physics"])
    [plain] = find_education("Requirements:\n- Bachelor of Science degree")
    assert (plain.level, plain.fields) == ("bachelor", [])
    [advanced] = find_education("Nice to have:\n- An advanced STEM degree (PhD or MS)")
    assert (advanced.level, advanced.fields, advanced.requirement) == ("master", ["STEM"], "preferred")


def test_fields_named_before_the_degree_are_not_skills(nlp):
    text = (
        "Requirements:\n- A Computer Science or Mathematics degree\n- 3+ years of Python\n"
        "- Strong statistics and experimental design\nNice to have:\n- Statistics degree"
    )
    result = analyse_row(nlp, InputRow("p", text))
    skills = {m.skill_id for m in result.skills}
    assert not {"computer_science", "mathematics"} & skills
    assert {"python", "statistics"} <= skills  # statistics is also asked for as a skill: it stays one
    assert [(a.fields, a.requirement) for a in result.education] == [
        (["Computer Science", "Mathematics"], "required"),
        (["Statistics"], "preferred"),
    ]


@pytest.mark.parametrize(
    "line, fields",
    [
        (
            "Degree in a quantitative field, e.g. Statistics, Physics or Economics",
            ["Statistics", "Physics", "Economics"],
        ),
        ("MS in a technical discipline (e.g. Computer Science or Mathematics)", ["Computer Science", "Mathematics"]),
        ("BS in a relevant field, e.g., mathematics, computer science, econometrics (a plus)", None),
        ("PhD in Statistics, i.e. a research degree, and 2 years in industry", ["Statistics"]),
    ],
)
def test_e_g_does_not_end_a_field_list(nlp, line, fields):
    text = "Requirements:\n- " + line + "\n- SQL"
    [ask] = find_education(text)
    if fields is not None:
        assert ask.fields == fields
    else:
        assert ask.fields == ["mathematics", "computer science", "econometrics"]
    assert not {"e", "i", "e.g", "field", "discipline"} & {f.lower() for f in ask.fields}
    skills = {m.skill_id for m in analyse_row(nlp, InputRow("p", text)).skills}
    assert skills and not {"computer_science", "mathematics", "econometrics", "economics"} & skills
    assert "sql" in skills


def test_a_kind_of_field_without_names_is_for_the_user_to_judge(run):
    gap, _ = run("Requirements:\n- A quantitative degree\n- Python", "python, MA History")
    [edu] = gap.education
    assert edu.met is None and "decide whether a master's degree in History counts" in edu.reason
    named, _ = run("Requirements:\n- A Statistics or Economics degree\n- Python", "python, MSc Economics")
    assert named.education[0].met is True


# --- years: a "have" verdict says when the posting asks more years than you gave ------------------
YEARS_POSTING = """Lead Data Scientist
What we need
- 6+ years of Python in production
- 4+ years of SQL
- Experience with Git"""


@pytest.mark.parametrize(
    "skills, python_reason, sql_reason",
    [
        (
            "Python (3 years), 5 years of SQL, Git",
            "you listed Python; this posting asks 6+ years, you have 3",
            "you listed SQL",  # 5 years is enough for 4+
        ),
        ("python 6y, sql 2 yrs", "you listed Python", "you listed SQL; this posting asks 4+ years, you have 2"),
        (
            "python, PostgreSQL 3y",
            "you listed Python",
            "you listed PostgreSQL, which covers SQL; this posting asks 4+ years, you have 3",
        ),
    ],
)
def test_have_reason_says_when_the_posting_asks_more_years(skills, python_reason, sql_reason):
    gap = analyze_postings([("p", YEARS_POSTING)], Profile.from_text(skills)).postings[0]
    assert gap.verdict("python") == gap.verdict("sql") == "have"
    assert gap.reasons["python"] == python_reason
    assert gap.reasons["sql"] == sql_reason
    assert gap.reasons["git"] == ("you listed Git" if "Git" in skills else "asked for in: “Experience with Git”")


def test_an_example_lists_head_is_named_as_the_ask_not_as_an_option(run):
    # "ML frameworks like TensorFlow, Keras, or PyTorch": the frameworks meet it, machine learning does not;
    # telling someone who knows machine learning to "learn one of machine learning, TensorFlow, …" is wrong.
    posting = "Requirements:\n- Experience with machine learning frameworks like TensorFlow, Keras, or PyTorch"
    gap, analysis = run(posting, "machine learning")
    assert gap.reasons["pytorch"] == (
        "learn one of TensorFlow, Keras, PyTorch (examples of machine learning): this posting accepts any of them"
    )
    md = render_report(analysis, "md")
    assert "One of **TensorFlow, Keras, PyTorch** (required), examples of machine learning — “" in md
    assert "One of **machine learning" not in md
    met, _ = run(posting, "tensorflow")
    [keras] = [c for c in met.choices_met if c.item.skill_id == "keras"]
    assert keras.reason == (
        "this posting accepts any of TensorFlow, Keras, PyTorch (examples of machine learning); you have TensorFlow"
    )


# --- an example list with one example (QA ux29) ----------------------------------------------------
ONE_EXAMPLE = "Requirements:\n- Solid experience with relational databases such as PostgreSQL\n- Python"


def test_a_single_example_is_named_with_the_skill_it_exemplifies(run):
    # "relational databases such as PostgreSQL" and none of them: the missing line named only
    # "One of PostgreSQL" — a choice of one, and the general skill asked for nowhere on the line.
    gap, analysis = run(ONE_EXAMPLE, "python")
    assert verdicts(gap) == {"python": "have", "relational_databases": "missing", "postgresql": "missing"}
    assert gap.choice_of["postgresql"].head == "relational databases"
    md = render_report(analysis, "md")
    assert "- **relational databases**, for example **PostgreSQL** (required) — “" in md
    assert "One of **PostgreSQL**" not in md
    for sid in ("relational_databases", "postgresql"):
        assert gap.reasons[sid] == "learn PostgreSQL: this posting names it as an example of relational databases"
    html = render_report(analysis, "html")
    assert "<strong>relational databases</strong>, for example <strong>PostgreSQL</strong>" in html
    for fmt in ("md", "html", "json", "csv"):  # JSON and CSV carry the reason in words
        report = render_report(analysis, fmt)
        assert "One of PostgreSQL" not in report and "one of PostgreSQL" not in report and "One of <" not in report
        if fmt in ("json", "csv"):
            assert "learn PostgreSQL: this posting names it as an example of relational databases" in report


def test_an_example_list_whose_head_is_missing_names_the_head_first(run):
    gap, analysis = run("Requirements:\n- Experience with cloud platforms such as AWS or GCP", "python")
    assert verdicts(gap) == {"cloud_computing": "missing", "aws": "missing", "gcp": "missing"}
    md = render_report(analysis, "md")
    assert "- **cloud computing**, for example **AWS or Google Cloud Platform** (required) — “" in md
    html = render_report(analysis, "html")
    assert "<strong>cloud computing</strong>, for example <strong>AWS or Google Cloud Platform</strong>" in html


def test_a_single_example_of_a_head_you_have(run):
    # The head is had (it is in "You have"); the one example is the ask left, named with its head.
    gap, analysis = run("Requirements:\n- Experience with ML frameworks (e.g., PyTorch)", "machine learning")
    assert verdicts(gap) == {"machine_learning": "have", "pytorch": "missing"}
    assert gap.reasons["pytorch"] == "learn PyTorch: this posting names it as an example of machine learning"
    md = render_report(analysis, "md")
    assert "- **PyTorch** (required), an example of machine learning — “" in md and "One of" not in md


def test_example_text_in_a_choice_line_is_escaped(run):
    gap, analysis = run("Requirements:\n- Relational databases such as PostgreSQL <b>now</b>", "python")
    html = render_report(analysis, "html")
    assert "<b>now</b>" not in html and "&lt;b&gt;now&lt;/b&gt;" in html


def test_including_after_another_noun_lists_its_parts_not_examples_of_the_skill(run):
    # "AI/ML tasks including …" lists tasks: data management and microservices are no kinds of machine
    # learning, so the report must not call them "examples of machine learning" (a 2024 posting did).
    posting = (
        "What you will do:\n- Lead the design of large-scale AI/ML tasks including data management systems, "
        "microservices design, and integration with front-end components"
    )
    gap, analysis = run(posting, "machine learning")
    assert verdicts(gap)["data_management_general"] == "missing" and verdicts(gap)["microservices"] == "missing"
    assert "data_management_general" not in gap.choice_of
    assert "examples of machine learning" not in render_report(analysis, "md")
    # The same words before kinds of the skill, or items of its own category, still make it the head.
    nlp_tasks, _ = run("Requirements:\n- NLP tasks including named entity recognition and topic modeling", "nlp")
    assert nlp_tasks.choice_of["topic_modeling"].head == "natural language processing"
    tools, _ = run("Requirements:\n- Machine learning tools including PyTorch and TensorFlow", "machine learning")
    assert tools.choice_of["pytorch"].head == "machine learning"


def test_a_like_suffix_is_no_lead_in(run):
    # "SQL-like query languages" describes the languages: they are not examples of SQL.
    gap, _ = run("Requirements:\n- Experience with SQL or SQL-like query languages such as HiveQL", "python")
    assert all(c.head != "SQL" for c in gap.choice_of.values())


def test_an_unmet_choice_takes_its_place_among_the_asks_by_level(run):
    # "One of PyTorch, TensorFlow (required)" was listed after every single ask, "(mentioned)" ones
    # included: a reader going down the list for what is required missed it.
    posting = (
        "Data Scientist\nYou will build dashboards and present results to stakeholders.\n\n"
        "Requirements:\n- Experience with PyTorch or TensorFlow.\n- Strong SQL.\n"
    )
    gap, analysis = run(posting, "python")
    lines = [line for line in render_report(analysis, "md").splitlines() if line.startswith("- ") and " — “" in line]
    order = [next(w for w in ("PyTorch", "SQL", "dashboards") if w in line) for line in lines]
    assert order == ["PyTorch", "SQL", "dashboards"], lines  # required in posting order, then mentioned


# --- a skill asked on its own and as an option: one verdict, the stronger ask ------------------------
ALONE_AND_OPTION = (
    "Data Scientist\nRequirements:\n- Python is a must, 3+ years.\n"
    "- Experience in Python or R for statistical analysis.\n- SQL\nNice to have:\n- Scala or Python\n"
)


def _missing_lines(analysis):
    return [line for line in render_report(analysis, "md").splitlines() if line.startswith("- ") and " — “" in line]


def test_a_skill_asked_alone_is_not_also_an_option_of_a_weaker_or_equal_choice(run):
    # "Python is a must" and "Python or R": whoever learns Python meets both, so Python is one
    # missing ask and R, an alternative to a skill asked for anyway, is no gap of its own.
    gap, analysis = run(ALONE_AND_OPTION, "sql")
    assert verdicts(gap) == {"python": "missing", "sql": "have", "statistics": "missing"}
    assert gap.choice_of == {}
    reason = gap.reasons["python"]
    assert reason.startswith("asked for in: “Python is a must, 3+ years.”")
    assert reason.endswith(
        "; it also meets “Experience in Python or R for statistical analysis.” (any of Python, R) and 1 more choice"
    )
    assert [d.skill_id for d in analysis.summary.gaps if d.skill_id in ("r_language", "scala")] == []
    lines = _missing_lines(analysis)
    assert sum("Python" in line for line in lines) == 2, lines  # its own ask, and statistics' sentence
    assert not any("One of" in line for line in lines), lines
    rows = list(csv.DictReader(io.StringIO(render_report(analysis, "csv"))))
    assert [r["skill_id"] for r in rows if r["verdict"]].count("python") == 1
    assert not any(r["skill_id"] in ("r_language", "scala") for r in rows)
    d = json.loads(render_report(analysis, "json"))["postings"][0]
    assert [m["skill_id"] for m in d["missing"]] == ["python", "statistics"]
    assert gap.coverage == 0.3333  # Python 3, statistics 3, SQL 3: the two choices add no ask
    html = highlight_html(gap.text, gap_highlights(gap))
    assert ">R<" not in html and ">Scala<" not in html  # not asked: not highlighted as missing


def test_an_option_of_a_covered_choice_you_have_or_meet(run):
    gap, _ = run(ALONE_AND_OPTION, "r")
    assert verdicts(gap) == {"r_language": "have", "python": "missing", "sql": "missing", "statistics": "missing"}
    gap, _ = run(ALONE_AND_OPTION, "python")  # the choices are met by Python
    assert verdicts(gap) == {
        "python": "have",
        "r_language": "choice_met",
        "scala": "choice_met",
        "sql": "missing",
        "statistics": "missing",
    }


def test_a_stronger_choice_wins_over_a_weaker_single_ask(run):
    posting = "Requirements:\n- Python or R for analysis\n- SQL\nNice to have:\n- Python\n"
    gap, analysis = run(posting, "r, sql")  # Python is met as an option of the required choice
    assert verdicts(gap) == {"r_language": "have", "sql": "have", "python": "choice_met"}
    [py] = gap.choices_met
    assert py.reason.startswith("this posting accepts any of Python, R; you have R")
    assert "nice to have on its own" in py.reason
    assert gap.coverage == 1.0
    gap, analysis = run(posting, "sql")  # one unmet choice, Python not also a nice-to-have gap
    assert verdicts(gap) == {"sql": "have", "python": "missing", "r_language": "missing"}
    assert gap.choice_of["python"].options == ("python", "r_language")
    assert "nice to have on its own" in gap.reasons["python"]
    lines = _missing_lines(analysis)
    assert len(lines) == 1 and lines[0].startswith("- One of **Python, R** (required)"), lines
    assert gap.coverage == 0.5


# --- a degree or experience: the job seeker judges ---------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Bachelor's degree in Software Engineering or similar experience.",
        "BS in Software Engineering or comparable industry experience.",
        "MS in Software Engineering or equivalent experience.",
    ],
)
def test_similar_experience_is_accepted_instead_of_the_degree(line):
    [ask] = find_education(line)
    assert ask.fields == ["Software Engineering"] and ask.experience


def test_a_degree_that_does_not_match_is_for_you_to_judge_where_experience_counts(run):
    # "not met" for an MSc in Computer Science, where the posting accepts "similar experience"
    posting = "Requirements:\n- Python\n- Master's / Bachelor's degree in Software Engineering or similar experience."
    verdict = run(posting, "python, MSc Computer Science")[0].education[0]
    assert verdict.met is None
    assert verdict.reason == (
        "this posting accepts a bachelor's degree or higher in Software Engineering, or equivalent experience; "
        "decide whether your experience counts (you have a master's degree in Computer Science)"
    )
    low = run("Requirements:\n- MS in Statistics or equivalent experience.", "python, BSc Statistics")[0]
    assert low.education[0].met is None and "decide whether your experience counts" in low.education[0].reason
    strict = run("Requirements:\n- MS in Statistics.", "python, BSc Statistics")[0]
    assert strict.education[0].met is False


@pytest.mark.parametrize("unknown", ["Café", "Theano 2", "Caffe2 Mobile"])
def test_an_item_the_taxonomy_lacks_does_not_break_a_list_of_examples(run, unknown):
    # "frameworks such as TensorFlow, Café, PyTorch and Keras": the unknown item cut the list in two,
    # and TensorFlow and Keras were required gaps for someone with PyTorch
    posting = f"Requirements:\n- Working knowledge of deep learning frameworks such as TensorFlow, {unknown}, PyTorch and Keras."
    gap, _ = run(posting, "pytorch")
    v = verdicts(gap)
    assert v["tensorflow"] == "choice_met" and v["keras"] == "choice_met", v
    # without a lead-in the list still asks for every item
    gap, _ = run(f"Requirements:\n- Experience with TensorFlow, {unknown}, PyTorch and Keras.", "pytorch")
    assert verdicts(gap)["tensorflow"] == "missing"


@pytest.mark.parametrize(
    "text, fields",
    [
        (
            "Bachelor's degree in Physics or Economics, and Four years of related experience",
            ["Physics", "Economics"],
        ),
        (
            "Master's degree in a related field and five (5) years of relevant work experience",
            [],
        ),
    ],
)
def test_a_years_clause_in_words_ends_the_field_list(text, fields):
    [ask] = find_education(text)
    assert ask.fields == fields


def test_the_tools_of_an_experience_clause_after_a_degree_stay_skills(nlp):
    text = (
        "Requirements:\n- Bachelor's degree in Finance or a related field, and Two years of experience, and "
        "development of reporting applications (preferably including SharePoint and SQL Server)"
    )
    skills = {m.skill_id for m in analyse_row(nlp, InputRow("p", text)).skills}
    assert {"sharepoint", "sql_server"} <= skills
