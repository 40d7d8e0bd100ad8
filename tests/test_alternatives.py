"""Alternatives a posting offers ("PostgreSQL or MySQL") versus lists it asks for in full."""

import dataclasses

import pytest

from analyzer.gap.alternatives import alternative_groups


@pytest.mark.parametrize(
    "text, groups",
    [
        ("Experience with a relational database (PostgreSQL or MySQL).", [{"postgresql", "mysql"}]),
        ("Deploy on AWS, GCP or Azure.", [{"aws", "gcp", "azure"}]),
        (
            "Python/R and SQL",
            [{"python", "r_language"}],
        ),  # a slash between languages: a choice (test_alternatives_slash.py)
        ("Experience with NLP/ML algorithms", []),  # ... between different kinds it is as often "and" as "or"
        ("Python/R or Julia, and SQL", [{"python", "r_language", "julia"}]),
        ("Java or C++, and Kubernetes and/or Docker", [{"java", "cpp"}, {"kubernetes", "docker"}]),
        (
            "Experience with one or more of the following: Spark, Hive, Presto",
            [{"apache_spark", "apache_hive", "presto"}],
        ),
        (
            "Statistical software (e.g. R, SAS, Stata)",
            [{"statistics", "r_language", "sas", "stata"}],
        ),  # the head is the ask
        ("Python, SQL and Docker are required.", []),
        ("Python is a must. Or R, if you prefer.", []),
    ],
)
def test_groups(extract, text, groups):
    assert [set(g) for g in alternative_groups(text, extract(text))] == groups


@pytest.mark.parametrize(
    "text, groups",
    [
        # a semicolon closes a choice: what follows it is an ask of its own
        ("Nice to have: Looker or Tableau; causal inference", [{"looker", "tableau"}]),
        ("Bonus: Python or R; SQL and Docker", [{"python", "r_language"}]),
        ("You know Git; AWS or GCP", [{"aws", "gcp"}]),
        ("Skills: Docker; Kubernetes", []),
        ("Nice to have: Looker; Tableau or Power BI; dbt", [{"tableau", "power_bi"}]),
        ("Python or R; Kubernetes and/or Docker", [{"python", "r_language"}, {"kubernetes", "docker"}]),
    ],
)
def test_a_semicolon_ends_a_choice(extract, text, groups):
    assert [set(g) for g in alternative_groups(text, extract(text))] == groups


def test_semicolons_that_list_the_options_keep_the_choice(extract):
    """ "Looker; Tableau; or Power BI" is one choice, read as one segment or cut at its semicolons."""
    text = "Looker; Tableau; or Power BI, and Git"
    one_segment = [dataclasses.replace(m, segment_start=0) for m in extract(text)]
    assert [set(g) for g in alternative_groups(text, one_segment)] == [{"looker", "tableau", "power_bi"}]


@pytest.mark.parametrize(
    "text, groups",
    [
        # a list lead-in carries over the semicolons that separate its items, and over its own colon
        ("Experience with one of: Spark; Hive; Presto", [{"apache_spark", "apache_hive", "presto"}]),
        ("Experience with one of: Spark, Hive, Presto", [{"apache_spark", "apache_hive", "presto"}]),
        (
            "Requirements:\n- Any of the following: Looker; Tableau; Power BI\n- SQL",
            [{"looker", "tableau", "power_bi"}],
        ),
        ("Looker; Tableau; or Power BI, and Git", [{"looker", "tableau", "power_bi"}]),
        # ... but not past an item that is itself a list, nor to the next line
        ("Experience with one of Python or R; Docker", [{"python", "r_language"}]),
        ("Experience with one of:\nSpark; Hive", []),
        ("Deep knowledge of one of the cloud platforms; AWS/GCP/Azure", [{"aws", "gcp", "azure"}]),
    ],
)
def test_a_lead_in_carries_across_the_semicolons_of_its_list(extract, text, groups):
    assert [set(g) for g in alternative_groups(text, extract(text))] == groups
