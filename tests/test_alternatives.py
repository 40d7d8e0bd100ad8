"""Alternatives a posting offers ("PostgreSQL or MySQL") versus lists it asks for in full."""

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
