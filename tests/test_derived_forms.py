"""Spellings the taxonomy derives from each skill's own forms (``analyzer.taxonomy.derive_forms``):
a method's other heads, the agent noun of a trait, the system development life cycle, a product
name without its generic tail, a database head written "DB", the other side of the Atlantic's
spelling, a compound written apart. Checked as generators, as taxonomy
data (no derived form takes another skill's form) and as extraction on posting-like text."""

import json
import shutil

import pytest

from analyzer.nlp.matching import SkillIndex
from analyzer.taxonomy import Category, Skill, Taxonomy, default_taxonomy_dir, derive_forms, normalize_form

TRAITS = Category("business_communication", "Business sense and communication", "foundation", ())
METHODS = Category("ml_modelling", "Statistical modelling and machine learning", "foundation", ())


def forms(skill, category=METHODS, kind=None):
    return {d.form for d in derive_forms(skill, category) if kind is None or d.kind == kind}


def test_a_method_written_with_three_kinds_of_head_gets_the_others():
    survival = Skill("survival_analysis", "survival analysis", "x", aliases=("survival models", "survival modeling"))
    derived = forms(survival, kind="method head")
    assert {"survival model", "survival methods", "survival techniques", "survival algorithms"} <= derived
    assert "survival analyses" in derived  # "analysis" is given only where the skill writes it
    ranking = Skill(
        "ranking", "learning to rank", "x", aliases=("ranking models", "ranking modeling", "ranking methods")
    )
    assert "ranking analysis" not in forms(ranking)


@pytest.mark.parametrize(
    "aliases",
    [
        ("data model", "data models", "data modeling"),  # no method head: "data" is no method
        ("decision analysis", "decision modeling"),  # two kinds only: "decision models" decide things
        ("churn analysis", "churn methods", "churn techniques"),  # no model head
    ],
)
def test_a_modifier_without_enough_evidence_gets_no_heads(aliases):
    skill = Skill("some_skill", aliases[0], "x", aliases=aliases[1:])
    assert not forms(skill, kind="method head")


def test_a_method_plural_in_the_singular_needs_a_skill_context():
    ensemble = Skill(
        "ensemble_methods",
        "ensemble methods",
        "x",
        aliases=("ensemble models", "ensemble modeling", "ensembles", "forecasts"),
    )
    singular = [d for d in derive_forms(ensemble, METHODS) if d.kind == "method singular"]
    assert {d.form for d in singular} == {"ensemble", "Ensemble"}  # "forecast" is no method's modifier
    assert all(d.cased and d.needs_context for d in singular)


def test_a_gerund_method_plural_gets_no_bare_singular():
    # "embedding" is as often the verb ("embedding dashboards in client apps"): heads only
    vectors = Skill(
        "embeddings", "embeddings", "x", aliases=("embedding model", "embedding techniques", "embedding methods")
    )
    assert not forms(vectors, kind="method singular")
    assert {"embedding technique", "embedding algorithms"} <= forms(vectors, kind="method head")


def test_trait_skills_get_agent_nouns_in_the_singular():
    thought = Skill("leadership", "leadership", "x", aliases=("thought leadership", "team leadership"))
    solving = Skill("problem_solving", "problem solving", "x", aliases=("creative problem solving",))
    assert forms(thought, TRAITS) == {"thought leader"}  # a team leader is a post
    assert forms(solving, TRAITS) == {"problem solver", "creative problem solver"}
    assert not forms(solving, METHODS)  # "machine learner", "data miner": technical skills have none
    writing = Skill("technical_writing", "technical writing", "x", aliases=("report writing",))
    assert not forms(writing, TRAITS)  # "technical writer" is a job


def test_the_development_life_cycle_is_the_systems_too():
    sdlc = Skill("software_engineering", "software engineering", "x", aliases=("software development life cycle",))
    derived = forms(sdlc, kind="life cycle")
    assert {
        "systems development life cycle",
        "system development lifecycle",
        "software development life-cycle",
    } <= derived


def test_a_database_head_is_also_written_db_in_both_numbers():
    columnar = Skill("nosql", "NoSQL", "x", aliases=("columnar databases", "graph database", "database design"))
    assert forms(columnar, kind="abbreviation") == {"columnar DB", "columnar DBs", "graph DB", "graph DBs"}
    # a cased form is a name ("Epic Clarity database"), the abbreviation is for plain ones; nor "DB" alone
    assert not forms(Skill("epic_clarity", "Epic Clarity", "x", aliases=("Clarity database", "database")))


def test_product_names_without_their_generic_tail():
    dynamo = Skill("dynamodb", "DynamoDB", "x")
    k8s = Skill("kubernetes", "Kubernetes", "x", aliases=("K8s",))
    vue = Skill("vuejs", "Vue.js", "x")
    assert [(d.form, d.cased, d.needs_context) for d in derive_forms(dynamo)] == [("Dynamo", True, True)]
    assert forms(k8s) == {"K8"}
    assert forms(vue) == set()  # three letters: too short a stem to stand for the name
    assert forms(Skill("cosmos_db", "Azure Cosmos DB", "x", aliases=("CosmosDB",))) == set()  # another product


def test_plain_forms_get_the_other_sides_spelling():
    skill = Skill(
        "some_skill",
        "data modeling",
        "x",
        aliases=("visualisation", "analyze data", "sentiment analyses", "labeling tools", "consumer behavior"),
    )
    derived = forms(skill, kind="transatlantic")
    assert {"data modelling", "visualization", "analyse data", "labelling tools", "consumer behaviour"} <= derived
    assert "sentiment analyzes" not in derived  # "analyses" is also the plural of "analysis"
    # "-ise" is American too, "telling" has its two l's everywhere; names are written as they are
    words = Skill("other", "enterprise architecture", "x", aliases=("storytelling", "expertise", "Optimizely"))
    assert not forms(words, kind="transatlantic")


def test_an_analysis_gets_its_plural_but_not_a_field_of_mathematics():
    cluster = Skill("clustering", "clustering", "x", aliases=("cluster analysis", "null hypothesis"))
    assert forms(cluster, kind="plural") == {"cluster analyses", "null hypotheses"}
    maths = Category("mathematics", "Mathematics", "foundation", ())
    real = Skill("real_analysis", "real analysis", "x", aliases=("mathematical analysis",))
    assert not forms(real, maths, kind="plural")


def test_a_cased_common_word_gets_its_plural_as_written():
    segmentation = Skill(
        "segmentation", "customer segmentation", "x", cased=("segmentation", "Segmentation"), needs_context=True
    )
    plurals = [d for d in derive_forms(segmentation, METHODS) if d.kind == "cased plural"]
    assert {d.form for d in plurals} == {"segmentations", "Segmentations"}
    assert all(d.cased and d.needs_context for d in plurals)


@pytest.mark.parametrize(
    "skill, category",
    [
        # names: written only capitalised ("Springs", "Excels" are other words) or needing no context
        (Skill("spring", "Spring Boot", "x", cased=("Spring",), needs_context=True), METHODS),
        (Skill("looker", "Looker", "x", cased=("Looker", "looker")), METHODS),
        # a field's plural names instances: "existing health policies"
        (Skill("policy", "health policy", "x", cased=("health policy", "Health Policy"), needs_context=True), TRAITS),
        # a quality's plural: "reproducibilities"; a gerund: "testings"
        (Skill("repro", "reproducibility", "x", cased=("reproducibility",), needs_context=True), METHODS),
        (Skill("testing", "software testing", "x", cased=("testing", "Testing"), needs_context=True), METHODS),
    ],
)
def test_no_plural_of_a_name_a_field_a_quality_or_a_gerund(skill, category):
    assert not forms(skill, category, kind="cased plural")


def test_a_one_word_form_is_also_written_apart_at_a_prefix_or_a_known_word():
    vocabulary = frozenset({"parameter", "data", "bases", "feed", "back", "personal", "set", "ability"})
    hyper = Skill("hyperparameter_tuning", "hyperparameter tuning", "x", aliases=("hyperparameter",))
    databases = Skill("databases", "databases", "x", aliases=("feedback", "interpretability"))
    assert {d.form for d in derive_forms(hyper, METHODS, vocabulary)} == {"hyper parameter"}
    # "feed back" is a verb phrase, "interpret ability" a suffix, not a compound written apart
    assert {d.form for d in derive_forms(databases, METHODS, vocabulary)} == {"data bases"}
    assert not forms(hyper)  # no vocabulary, no compounds


def test_no_derived_form_takes_another_skills_form(taxonomy):
    written = {normalize_form(f): s.id for s in taxonomy.skills.values() for f, _ in s.surface_forms()}
    derived = taxonomy.derived_forms()
    assert len(derived) >= 50
    owners = {}
    for d in derived:
        key = normalize_form(d.form)
        assert key not in written, f"{d.form!r} of {d.skill} is written for {written.get(key)}"
        for other in (key + "s", key[:-1]):
            assert written.get(other, d.skill) == d.skill, f"{d.form!r} of {d.skill}: {other!r} is {written[other]}"
        assert owners.setdefault(key, d.skill) == d.skill, f"{d.form!r}: {owners[key]} and {d.skill}"


def test_a_truncation_that_is_another_skills_word_is_left_out(taxonomy):
    stems = {d.form for d in taxonomy.derived_forms() if d.kind == "truncation"}
    assert {"Dynamo", "K8"} <= stems
    # "Document" (DocumentDB) is a word of document databases, "Express" (Express.js) of Plotly Express
    assert not stems & {"Document", "Express", "Next", "Chart"}


def _taxonomy_with(tmp_path, *records):
    root = tmp_path / "taxonomy"
    shutil.copytree(default_taxonomy_dir(), root)
    with (root / "skills" / "ml_maths.jsonl").open("a", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record) + "\n")
    return Taxonomy.load(root)


def test_a_written_form_wins_over_a_derived_one(tmp_path):
    tax = _taxonomy_with(tmp_path, {"id": "aaa_survival_model", "name": "survival model", "category": "ml_modelling"})
    derived = {normalize_form(d.form): d.skill for d in tax.derived_forms()}
    assert "survival model" not in derived
    assert derived["survival methods"] == "survival_analysis"
    found = SkillIndex(tax).find("Experience with a survival model in R.")
    assert [m.skill.id for m in found if m.skill.id != "r_language"] == ["aaa_survival_model"]


def test_a_form_two_skills_derive_goes_to_neither(tmp_path):
    tax = _taxonomy_with(
        tmp_path,
        {
            "id": "aaa_one",
            "name": "zeta analysis",
            "aliases": ["zeta models", "zeta methods"],
            "category": "ml_modelling",
        },
        {
            "id": "aaa_two",
            "name": "zeta modeling",
            "aliases": ["zeta techniques", "zeta analyses"],
            "category": "ml_modelling",
        },
    )
    derived = {normalize_form(d.form) for d in tax.derived_forms()}
    assert "zeta algorithms" not in derived


def found(extract, text):
    return [(m.text, m.skill_id) for m in extract(text)]


def ids(extract, text):
    return {m.skill_id for m in extract(text)}


@pytest.mark.parametrize(
    "text, mention, skill",
    [
        ("Methods: regression model, survival model, ensemble methods.", "survival model", "survival_analysis"),
        ("This will entail A/B testing, cohort and survival methods.", "survival methods", "survival_analysis"),
        ("Supervised learning (e.g., ensemble classifiers, boosting).", "ensemble", "ensemble_methods"),
        ("We are seeking a thought leader and team builder to join our lab.", "thought leader", "thought_leadership"),
        ("Provide thought-leadership on the team's analytics roadmap.", "thought-leadership", "thought_leadership"),
        ("You are a creative problem solver who enjoys ambiguity.", "creative problem solver", "problem_solving"),
        ("Linux containers (Docker, K8) and CI pipelines.", "K8", "kubernetes"),
        ("Experience with a columnar DB such as Redshift or Vertica.", "columnar DB", "nosql"),
        ("Hands-on work with time-series DBs and stream processing.", "time-series DBs", "time_series_databases"),
        ("Comfortable with relational DBs and their query planners.", "relational DBs", "relational_databases"),
        ("AWS services: CloudWatch, Lambda, Dynamo, API Gateway, S3.", "Dynamo", "dynamodb"),
        ("Experience with data bases, query languages and data architecture.", "data bases", "databases"),
        ("Run cluster analyses and time series analyses on usage data.", "cluster analyses", "clustering"),
        (
            "Methods: clustering, segmentations, forecasting and A/B tests.",
            "segmentations",
            "customer_segmentation_models",
        ),
        ("Tune hyper-parameters of deep models at scale.", "hyper-parameters", "hyperparameter_tuning"),
        ("Strong inter-personal and written communication skills.", "inter-personal", "interpersonal_skills"),
        ("Dimensional data modelling (Kimball) for the warehouse.", "Dimensional data modelling", "data_modeling"),
        (
            "Knowledge of Systems Development Life Cycle methodologies.",
            "Systems Development Life Cycle",
            "software_engineering",
        ),
    ],
)
def test_postings_spellings_of_known_skills(extract, text, mention, skill):
    assert (mention, skill) in found(extract, text)


@pytest.mark.parametrize(
    "text, skill",
    [
        ("At Dynamo AI, we believe models must be safe.", "dynamodb"),  # a company named like the product
        ("Our client DB is a global bank based in Frankfurt.", "databases"),  # "DB" alone is a name
        ("Use a broad ensemble of data sources to find insights.", "ensemble_methods"),  # a word, no skill context
        ("Work closely with engineering leaders and thought leaders.", "leadership"),  # other people
        ("Reports to the Medical Team Leader of the division.", "leadership"),  # a post
        ("Join a rare collection of thought leaders and innovators.", "thought_leadership"),  # other people
        ("Maintain relationships with industry thought-leaders.", "thought_leadership"),
        ("Our growth comes from clear segmentations of the retail market.", "customer_segmentation_models"),
        ("Offices in Colorado Springs and Palm Springs.", "spring"),  # the plural of a name is another word
        ("Requirements\n- Experience embedding dashboards, charts and reports in client apps", "embeddings"),
    ],
)
def test_derived_spellings_not_read_into_other_words(extract, text, skill):
    assert skill not in ids(extract, text)


def test_a_property_of_a_common_object_written_with_of_names_its_skill(extract):
    # "data integrity", "data provenance" written the other way round
    text = "You will safeguard the integrity of the data and record the provenance of data for audits."
    got = {(m.text, m.skill_id) for m in extract(text)}
    assert ("integrity of the data", "data_quality") in got
    assert ("provenance of data", "data_provenance") in got


def test_an_inverted_form_gives_way_to_the_noun_phrase_its_object_opens(extract):
    # the object goes on: "data models", "data pipeline" are the skills, not data governance or quality
    got = {(m.text, m.skill_id) for m in extract("Take ownership of data models and the integrity of data pipelines.")}
    assert ("data models", "data_modeling") in got
    assert not {skill for _, skill in got} & {"data_governance", "data_quality"}
    # nor a head that is the hire's own or the data's shape
    ids = {m.skill_id for m in extract("Knowledge of data is a plus; you will review the structure of the data.")}
    assert "data_structures" not in ids


def test_inverted_forms_are_made_only_from_common_objects_and_singular_heads(taxonomy):
    inverted = {d.form: d.skill for d in taxonomy.derived_forms() if d.kind == "inverted"}
    assert inverted.get("quality of data") == "data_quality"
    # a noun of action is a task rule's ("deployment of models"), a plural head names items
    assert not any(form.startswith(("deployment of", "requirements of", "analyses of")) for form in inverted)
