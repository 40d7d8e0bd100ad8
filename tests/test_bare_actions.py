"""A bare word of action names its skill where its sentence names the object (Skill.bare; our own
example texts)."""

import pytest


def found(extract, text, skill):
    return [m.text for m in extract(text) if m.skill_id == skill]


def duty(line: str) -> str:
    return f"Senior Data Scientist\nWhat you will do:\n- {line}\n"


@pytest.mark.parametrize(
    "line, skill, word",
    [
        # an item of a list of the stages of modelling work
        (
            "Take the churn models end to end, including feature work, validation and handover.",
            "model_evaluation",
            "validation",
        ),
        (
            "Keep existing ranking models healthy through continuous monitoring and retraining.",
            "model_monitoring",
            "monitoring",
        ),
        (
            "Check that scoring models still behave once live, with drift checks and monitoring.",
            "model_monitoring",
            "monitoring",
        ),
        ("Tune forecasting models for deployment on small edge devices.", "model_deployment", "deployment"),
        # a series of verbs shares the object after it
        ("Design, train, evaluate and maintain pricing models in production.", "model_evaluation", "evaluate"),
        # analysis of data, with the data named in the same sentence
        (
            "Prepare raw survey data, with outlier checks, for analysis by the research group.",
            "data_analysis",
            "analysis",
        ),
        ("Keep clean customer data sets available to the marketing group for analysis.", "data_analysis", "analysis"),
        ("Own naming rules, access rules and governance for the data lake.", "data_governance", "governance"),
        # a stage of the data life cycle listed among others, the data named in the sentence
        (
            "Look after the billing data stores: backups, upgrades, recovery and migration.",
            "data_migration",
            "migration",
        ),
        ("Handle the lineage, cataloguing and access rules of finance data.", "data_lineage", "lineage"),
        ("Script the extraction, cleaning and loading of sensor data sets.", "data_extraction", "extraction"),
        ("Oversee survey data through collection, cleaning and reporting.", "data_acquisition", "collection"),
        (
            "Prepare lab data for modelling, with scaling, normalization and outlier removal.",
            "data_normalization",
            "normalization",
        ),
        (
            "Agree naming, standardization and review rules for supplier data.",
            "data_standardization",
            "standardization",
        ),
        ("Keep customer data, pipelines and dashboards up to date for the analysts.", "data_pipelines", "pipelines"),
        # a stage of the software life cycle
        (
            "Own the software life cycle: requirements, design, development, testing and deployment.",
            "software_testing",
            "testing",
        ),
    ],
)
def test_a_bare_word_of_action_with_its_object_in_the_sentence_names_the_skill(extract, line, skill, word):
    assert word in found(extract, duty(line), skill)


@pytest.mark.parametrize(
    "line, skill",
    [
        # no object in the sentence
        ("Attend reviews of analyses with the editors of the weekly newsletter.", "data_analysis"),
        # a noun before it names another kind
        ("Run network monitoring for the model serving cluster.", "model_monitoring"),
        ("Apply sentiment analysis and comparative analysis to the data.", "data_analysis"),
        # a modifier of the noun after it
        ("Build analysis tools on top of our data warehouse.", "data_analysis"),
        # another object after "of"
        ("Lead the evaluation of cloud vendors for our model platform.", "model_evaluation"),
        # the series takes another object: data is monitored, not models
        ("Monitor and analyze sales data to improve our pricing models.", "model_monitoring"),
        # the object modifies the head after it: requirements are analysed
        ("Define and analyze system and data requirements with the product owners.", "data_analysis"),
        # a participle before the object is an adjective, nothing asked
        ("Report on the accuracy of deployed models every month.", "model_deployment"),
        ("Run blood and urine testing for the software vendors' clinics.", "software_testing"),
        # a noun before it names another kind: sales, not data, are in the pipeline; talent is collected
        ("Track the sales pipelines and the data behind the forecasts.", "data_pipelines"),
        ("Report on the garbage collection of the data services each week.", "data_acquisition"),
        # a modifier of the noun after it
        ("Maintain the migration scripts that move our data between regions.", "data_migration"),
        # a component named in capitals in a list of infrastructure
        ("Run the platform: API Gateway, Model Serving, Logging, Monitoring and Cron Jobs.", "model_monitoring"),
    ],
)
def test_a_bare_word_of_action_stays_unnamed_without_its_own_object(extract, line, skill):
    assert found(extract, duty(line), skill) == []


def test_company_prose_and_a_team_as_subject_ask_nothing(extract):
    text = (
        "Acme Analytics\n"
        "About us: we help hospitals turn their data into decisions through careful analysis.\n"
        "Our data science team provides analysis and models for every clinic we serve.\n"
    )
    assert found(extract, text, "data_analysis") == []


def test_an_industry_list_is_no_data_mining(extract):
    text = duty("Support clients in the oil and gas, mining and utilities industries with data pipelines.")
    assert found(extract, text, "data_mining") == []
