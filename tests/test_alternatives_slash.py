"""A bare slash between two skills of the same kind ("C/C++", "AWS/GCP") offers a choice; between
skills of different kinds ("NLP/ML algorithms", "a Java/Linux stack") it does not, and a skill whose
own name holds a slash ("CI/CD", "TCP/IP", "A/B testing") is one skill, never a choice."""

import pytest

from analyzer import Profile, analyze_postings
from analyzer.gap.alternatives import alternative_groups


@pytest.mark.parametrize(
    "text, groups",
    [
        ("Strong programming skills in C/C++ or similar languages.", [{"c_language", "cpp"}]),
        ("Hands-on experience with AWS/GCP.", [{"aws", "gcp"}]),
        ("Deep learning frameworks: PyTorch/TensorFlow.", [{"pytorch", "tensorflow"}]),
        ("Python/R and SQL", [{"python", "r_language"}]),  # "and" still starts a new ask
        ("Reporting in Tableau/Power BI, plus Excel.", [{"tableau", "power_bi"}]),
        # different kinds: the slash is "and" as often as "or"
        ("Experience with NLP/ML algorithms.", []),
        ("Work in a Java/Linux stack.", []),
        ("Strong math/statistics skills.", []),
        ("Docker/Kubernetes experience.", []),
        ("Knowledge of Spark/Hadoop.", []),
        # one skill with a slash in its name
        ("Build CI/CD pipelines and run A/B testing over TCP/IP.", []),
    ],
)
def test_slash_choices(extract, text, groups):
    assert [set(g) for g in alternative_groups(text, extract(text))] == groups


POSTING = """Embedded ML Engineer

Requirements:
- 3+ years of C/C++ or similar languages
- Experience with CI/CD and Linux
- Familiarity with A/B testing
"""


def test_a_cpp_user_is_not_missing_c():
    gap = analyze_postings([("emb", POSTING)], Profile.from_text("C++, CI/CD, Linux, A/B testing")).postings[0]
    missing = {g.skill_id for g in gap.missing}
    assert "c_language" not in missing, missing
    assert gap.verdict("c_language") == "choice_met"
    assert gap.coverage == 1.0


def test_a_user_without_either_misses_one_choice_not_two():
    gap = analyze_postings([("emb", POSTING)], Profile.from_text("Python, CI/CD, Linux, A/B testing")).postings[0]
    assert {g.skill_id for g in gap.missing} == {"c_language", "cpp"}
    assert gap.choice_of["cpp"].options == ("c_language", "cpp")


@pytest.mark.parametrize(
    "text, groups",
    [
        # three or more of one kind (they share the skill they imply, and some are related): all are options
        ("Fluency in C/C++/Java for low-latency services.", [{"c_language", "cpp", "java"}]),
        ("Production code in Python/Java/Scala.", [{"python", "java", "scala"}]),
        ("Dashboards in Tableau/Power BI/Looker.", [{"tableau", "power_bi", "looker"}]),
        ("Deploy on AWS/GCP/Azure.", [{"aws", "gcp", "azure"}]),
        # three of different kinds stay asks, whatever the related pairs among them
        ("Work in a Java/Linux/Ruby stack.", []),
        ("Familiar with NumPy/Pandas/scikit-learn.", []),
        ("Containers with Docker/Kubernetes/Helm.", []),
    ],
)
def test_a_slash_list_of_three_of_one_kind_offers_them_all(extract, text, groups):
    assert [set(g) for g in alternative_groups(text, extract(text))] == groups


def test_a_java_user_meets_c_cpp_java():
    text = "Backend ML Engineer\n\nRequirements:\n- 4+ years of C/C++/Java\n- Experience with Linux\n"
    gap = analyze_postings([("be", text)], Profile.from_text("Java, Linux")).postings[0]
    assert {g.skill_id for g in gap.missing} == set(), [g.skill_id for g in gap.missing]
    assert gap.verdict("cpp") == "choice_met" and gap.verdict("c_language") == "choice_met"
    assert {c.reason for c in gap.choices_met} == {"this posting accepts any of C, C++, Java; you have Java"}
    other = analyze_postings([("be", text)], Profile.from_text("Go, Linux")).postings[0]
    assert other.choice_of["java"].options == ("c_language", "cpp", "java")  # one choice of three unmet


@pytest.mark.parametrize(
    "text",
    [
        # duties written as verbs joined by a slash are both asked for, as "and": educate and mentor
        "What you will do:\n- Educate/mentor new engineers on our modelling practices.",
        "Duties:\n- Teach/mentor interns joining the forecasting team.",
        "- Analyze/profile data from the sales warehouse every week.",
        "The lead educates/mentors new engineers and coaches/teaches interns.",
    ],
)
def test_a_slash_between_duty_verbs_offers_no_choice(extract, text):
    assert alternative_groups(text, extract(text)) == []


def test_a_mentor_is_still_missing_teaching_where_a_duty_asks_both():
    text = "Senior ML Engineer\nWhat you will do:\n- Educate/mentor new engineers on our modelling practices."
    gap = analyze_postings([("duty", text)], Profile.from_text("mentoring")).postings[0]
    assert gap.verdict("teaching") == "missing" and not gap.choices_met
    # the same skills as nouns of one kind are still a choice ("teaching or mentoring experience")
    text = "Requirements:\n- Teaching or mentoring experience."
    gap = analyze_postings([("nouns", text)], Profile.from_text("mentoring")).postings[0]
    assert gap.verdict("teaching") == "choice_met"


@pytest.mark.parametrize(
    "text",
    [
        # two activities as gerunds that take an object are duties, as the verbs are: both asked for
        "What you will do:\n- Teaching/mentoring junior analysts on our forecasting methods.",
        "Requirements:\n- Experience in mentoring/teaching others in technical concepts.",
        "Responsibilities:\n- Cleansing/standardizing customer records in SQL before each release.",
    ],
)
def test_a_slash_between_gerunds_of_duties_offers_no_choice(extract, text):
    assert alternative_groups(text, extract(text)) == []


def test_a_mentor_is_missing_teaching_where_gerund_duties_ask_both():
    text = "Lead Data Scientist\nWhat you will do:\n- Teaching/mentoring junior analysts on our forecasting methods."
    gap = analyze_postings([("duty", text)], Profile.from_text("mentoring")).postings[0]
    assert gap.verdict("teaching") == "missing" and not gap.choices_met


@pytest.mark.parametrize(
    "text, groups",
    [
        # gerunds naming a kind of experience or skill (a noun use) and real alternatives stay choices
        ("Requirements:\n- Teaching/mentoring experience with junior staff.", [{"teaching", "mentoring"}]),
        ("Requirements:\n- Scripting in Python/R for our analyses.", [{"python", "r_language"}]),
        ("Requirements:\n- Dashboards built in Tableau/Power BI.", [{"tableau", "power_bi"}]),
    ],
)
def test_noun_gerunds_and_tool_slashes_stay_choices(extract, text, groups):
    assert [set(g) for g in alternative_groups(text, extract(text))] == groups
