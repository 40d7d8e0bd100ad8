"""Requirement levels from cues inside a sentence and from the kind of sentence (our own example texts)."""

import pytest


def level_of(extract, text, skill):
    got = {m.requirement for m in extract(text) if m.skill_id == skill}
    assert got, f"{skill} not found in {text!r}"
    return got


IDEAL_RESTATES_HEADING = """Senior ML Engineer

What you'll do
- Train ranking models

What You Need To Succeed
The ideal candidate will have the following background:
- Fluent in Python and PyTorch
- Experience with Kubernetes
"""

IDEAL_ADDS = """Qualifications
- 3+ years of Python
In addition to the qualifications above, the ideal candidate would also have experience with the following:
- Kubernetes
"""


def test_ideal_candidate_lead_in_under_a_required_heading_stays_required(extract):
    assert level_of(extract, IDEAL_RESTATES_HEADING, "pytorch") == {"required"}
    assert level_of(extract, IDEAL_RESTATES_HEADING, "kubernetes") == {"required"}


def test_ideal_candidate_lead_in_after_the_required_items_adds_preferred_ones(extract):
    assert level_of(extract, IDEAL_ADDS, "python") == {"required"}
    assert level_of(extract, IDEAL_ADDS, "kubernetes") == {"preferred"}


IDEAL_THEN_NICE_TO_HAVE = """Computer Vision Engineer

What you will do
- Ship detection models to our cameras

Our ideal engineer:
- Writes production Python every day
- Has trained detection models with PyTorch
- Knows Docker well

Nice to have:
- Experience with Kubernetes
"""

IDEAL_THEN_BASIC_AND_PREFERRED = """The Ideal Candidate Is
Hands-on: you have shipped models built with PyTorch and you write clean Python.
Basic Qualifications
- Bachelor's degree and 2 years of experience with SQL
Preferred Qualifications
- Experience with Kubernetes
"""

IDEAL_ONLY = """Data Analyst

The ideal candidate will possess:
- Experience with Tableau
- Knowledge of SQL

Benefits
- Annual bonus
"""

PREFERRED_THEN_IDEAL = """Required Skills:
- SQL
Preferred Skills:
- Tableau
The ideal candidate will possess:
- Experience with Kubernetes
Compensation
- Targeted annual bonus
"""


def test_ideal_list_before_a_nice_to_have_section_is_the_main_list(extract):
    for skill in ("python", "pytorch", "docker"):
        assert level_of(extract, IDEAL_THEN_NICE_TO_HAVE, skill) == {"required"}, skill
    assert level_of(extract, IDEAL_THEN_NICE_TO_HAVE, "kubernetes") == {"preferred"}


def test_ideal_profile_before_the_postings_own_basic_qualifications_is_preferred(extract):
    # (round 35's settled convention: with a required list of its own, the ideal candidate is a tier above it)
    assert level_of(extract, IDEAL_THEN_BASIC_AND_PREFERRED, "pytorch") == {"preferred"}
    assert level_of(extract, IDEAL_THEN_BASIC_AND_PREFERRED, "sql") == {"required"}
    assert level_of(extract, IDEAL_THEN_BASIC_AND_PREFERRED, "kubernetes") == {"preferred"}


def test_ideal_list_that_is_the_only_qualification_list_is_required(extract):
    # (round 35's settled convention; a bonus among the benefits is pay, no preferred section either way)
    assert level_of(extract, IDEAL_ONLY, "tableau") == {"required"}
    assert level_of(extract, IDEAL_ONLY, "sql") == {"required"}


IDEAL_THEN_REQUIREMENTS_AND_NICE_TO_HAVE = """Analytics Engineer

The ideal candidate will:
- Have scheduled reporting pipelines in Apache Airflow
- Know Looker inside out

Requirements
- 3+ years writing SQL for analytics

Nice to have
- Experience with Snowflake
"""

IDEAL_WITH_MARKED_ITEM = """Data Engineer

What you will do
- Keep our pipelines running

Our Ideal Candidate:
- 4+ years building pipelines with Apache Spark
- Experience with Kafka is a plus

What we offer
- Remote work
"""


def test_ideal_list_before_the_postings_own_requirements_stays_preferred_with_a_nice_to_have_after(extract):
    assert level_of(extract, IDEAL_THEN_REQUIREMENTS_AND_NICE_TO_HAVE, "airflow") == {"preferred"}
    assert level_of(extract, IDEAL_THEN_REQUIREMENTS_AND_NICE_TO_HAVE, "looker") == {"preferred"}
    assert level_of(extract, IDEAL_THEN_REQUIREMENTS_AND_NICE_TO_HAVE, "sql") == {"required"}


def test_the_only_ideal_candidate_list_is_required_and_its_marked_items_stay_preferred(extract):
    assert level_of(extract, IDEAL_WITH_MARKED_ITEM, "apache_spark") == {"required"}
    assert level_of(extract, IDEAL_WITH_MARKED_ITEM, "kafka") == {"preferred"}


def test_an_ideal_candidate_sentence_in_prose_stays_preferred(extract):
    text = (
        "About the role\n"
        "You will join a small team that builds forecasting services for our stores. An ideal candidate will have "
        "worked with Kubernetes in production.\n"
        "Requirements\n"
        "- Strong Python skills\n"
    )
    assert level_of(extract, text, "kubernetes") == {"preferred"}
    assert level_of(extract, text, "python") == {"required"}


def test_ideal_list_after_the_preferred_section_stays_preferred(extract):
    assert level_of(extract, PREFERRED_THEN_IDEAL, "sql") == {"required"}
    assert level_of(extract, PREFERRED_THEN_IDEAL, "kubernetes") == {"preferred"}


JOB_IDEAL_FOR_SOMEONE = """Data Analyst
Benefits:
Paid time off
This Job Is Ideal for Someone Who Is:
Detail-oriented -- cares about getting the small things right
Adaptable/flexible -- comfortable when priorities shift
Schedule:
Monday to Friday
"""


def test_a_job_ideal_for_someone_heading_describes_the_candidate_asked_for(extract):
    assert level_of(extract, JOB_IDEAL_FOR_SOMEONE, "attention_to_detail") == {"required"}
    assert level_of(extract, JOB_IDEAL_FOR_SOMEONE, "adaptability") == {"required"}


@pytest.mark.parametrize(
    "sentence",
    [
        "This is the ideal role for someone who wants to put their Python skills to work.",
        "The position is ideal for a recent graduate with a background in Python.",
    ],
)
def test_a_role_ideal_for_someone_is_no_preference(extract, sentence):
    # "ideal" speaks of the job; the person it fits, described by what they have, is the one asked for (required,
    # as "The successful candidate has …")
    text = "We build pricing tools for retailers. " + sentence + " You will join a small team."
    assert level_of(extract, text, "python") == {"required"}


def test_a_standalone_ideal_candidate_sentence_is_preferred(extract):
    text = "About the role\nAn ideal candidate will have some exposure to Kubernetes."
    assert level_of(extract, text, "kubernetes") == {"preferred"}


@pytest.mark.parametrize(
    "text, skill",
    [
        ("Our lab is seeking a research engineer with PyTorch, Kubernetes and Docker skills to join us.", "kubernetes"),
        (
            "Acme is seeking a Senior Platform Engineer with Terraform or Pulumi experience for our new hub.",
            "terraform",
        ),
        ("We are seeking a senior ML/Ops engineer with a solid understanding of Kubernetes.", "kubernetes"),
        ("Our client is hiring a data engineer with deep familiarity of Terraform.", "terraform"),
        ("We are looking for someone with a strong background in Kubernetes operations.", "kubernetes"),
        ("We are seeking individuals with hands-on Terraform experience to join us.", "terraform"),
        ("We need someone with prior experience deploying Kubernetes clusters.", "kubernetes"),
        ("We need candidates that have worked with Terraform.", "terraform"),
        ("You should also have experience with Docker.", "docker"),
        ("You are an individual with strong Python abilities and a love of data.", "python"),
        ("The analyst will be detail oriented and possess expertise in Tableau.", "tableau"),
        ("- Possesses working knowledge of Docker", "docker"),
        ("The successful candidate will communicate clearly and blend Python with sound judgement.", "python"),
    ],
)
def test_sentences_describing_the_candidate_are_required(extract, text, skill):
    assert level_of(extract, "About the job\n" + text, skill) == {"required"}


@pytest.mark.parametrize(
    "text, skill",
    [
        ("Ensure vendors possess the tooling to run Kubernetes well.", "kubernetes"),
        (
            "If you are an individual with a disability and need help applying on our Docker-based portal, email us.",
            "docker",
        ),
        ("We need you to help us move our stack to Kubernetes.", "kubernetes"),
        ("Successful candidates will join a team that runs Kubernetes at scale.", "kubernetes"),
    ],
)
def test_sentences_about_something_else_stay_unspecified(extract, text, skill):
    assert level_of(extract, "About the job\n" + text, skill) == {"unspecified"}


DESIRED_WITH_A_MUST = """Desired Qualifications:
- Strong Terraform skills are required
- Kubernetes experience is a must
- Experience with Docker
- Willing to travel as required
"""


def test_an_item_that_says_required_outranks_a_preferred_heading(extract):
    assert level_of(extract, DESIRED_WITH_A_MUST, "terraform") == {"required"}
    assert level_of(extract, DESIRED_WITH_A_MUST, "kubernetes") == {"required"}
    assert level_of(extract, DESIRED_WITH_A_MUST, "docker") == {"preferred"}


@pytest.mark.parametrize(
    "text, skill, level",
    [
        ("Requirements:\n- Kubernetes experience is a plus, but not required", "kubernetes", "preferred"),
        ("- Terraform preferred but not necessary.", "terraform", "preferred"),
        ("- Knowledge of Docker is desirable, not mandatory", "docker", "preferred"),
        ("Requirements:\n- Experience with Kubernetes is not required, we will teach you", "kubernetes", "unspecified"),
        # the preference after "but" is the same clause's: "not required" does not close a clause of its own
        ("Requirements:\n- Hands-on Kubernetes work not required but very helpful", "kubernetes", "preferred"),
        ("Requirements:\n- Basic scripting with Java is not mandatory, but is considered a plus", "java", "preferred"),
    ],
)
def test_not_required_softens_a_preference_and_negates_a_bare_ask(extract, text, skill, level):
    assert level_of(extract, text, skill) == {level}


MIGHT_ALSO_HAVE = """Qualifications:
You have -
- 3+ years of Python
You might also have -
- Experience with Docker
- Familiar with Terraform
"""


@pytest.mark.parametrize("lead_in", ["You might also have -", "You may have:", "You Might Also Have:"])
def test_a_hedged_lead_in_opens_a_preferred_list(extract, lead_in):
    text = MIGHT_ALSO_HAVE.replace("You might also have -", lead_in)
    assert level_of(extract, text, "python") == {"required"}
    assert level_of(extract, text, "docker") == {"preferred"}
    assert level_of(extract, text, "terraform") == {"preferred"}


def test_you_may_have_noticed_is_no_preference(extract):
    text = "Requirements:\n- You may have noticed we love Kubernetes; you need 2+ years of it"
    assert level_of(extract, text, "kubernetes") == {"required"}


@pytest.mark.parametrize(
    "item, head_skill, tail_skill",
    [
        ("- Proficiency with containerization - Docker preferred", "containerization", "docker"),
        ("- Experience with cloud platforms – AWS or GCP a plus", "cloud_computing", "gcp"),
    ],
)
def test_a_preference_after_a_dash_speaks_for_its_tail(extract, item, head_skill, tail_skill):
    text = "Requirements:\n" + item
    assert level_of(extract, text, head_skill) == {"required"}
    assert level_of(extract, text, tail_skill) == {"preferred"}


def test_a_bare_marker_after_a_dash_speaks_for_the_whole_item(extract):
    text = "Requirements:\n- Experience with Kubernetes - a strong plus"
    assert level_of(extract, text, "kubernetes") == {"preferred"}


@pytest.mark.parametrize(
    "item, head_skill, tail_skill",
    [
        ("- Working knowledge of Python and SQL; familiarity with Scala is an asset", "python", "scala"),
        ("- Proficiency with cloud platforms; preferred experience in Google Cloud", "cloud_computing", "gcp"),
        ("- 3+ years of data analysis experience; Tableau a plus", "data_analysis", "tableau"),
    ],
)
def test_a_preference_after_a_semicolon_speaks_for_its_clause(extract, item, head_skill, tail_skill):
    for heading in ("Requirements:\n", ""):
        text = heading + item
        assert level_of(extract, text, head_skill) == {"required"}
        assert level_of(extract, text, tail_skill) == {"preferred"}


def test_a_bare_marker_after_a_semicolon_speaks_for_the_whole_item(extract):
    text = "Requirements:\n- Experience with Kubernetes; preferred"
    assert level_of(extract, text, "kubernetes") == {"preferred"}


def test_a_preference_after_the_last_slash_of_slashed_qualifications_speaks_for_its_piece(extract):
    text = "Requirements:\n- Statistics skills / Data visualization skills in Python (charts, dashboards) / Tableau would be a bonus"
    assert level_of(extract, text, "statistics") == {"required"}
    assert level_of(extract, text, "data_visualization") == {"required"}
    assert level_of(extract, text, "tableau") == {"preferred"}


@pytest.mark.parametrize(
    "item",
    [
        "- Experience with Machine Learning / Deep Learning is a plus",  # one cue over the names a preposition takes
        "- Knowledge of AWS / Azure / GCP / Deep Learning would be a bonus",
    ],
)
def test_a_cue_over_a_slashed_list_of_names_speaks_for_all_of_them(extract, item):
    text = "Requirements:\n" + item
    assert level_of(extract, text, "deep_learning") == {"preferred"}


@pytest.mark.parametrize(
    "text, preferred_skill, other_skill, other_level",
    [
        (
            "About you\nWhile Spark experience is a plus, we mostly look for people with strong SQL skills.",
            "apache_spark",
            "sql",
            "required",
        ),
        (
            "Qualifications:\n- Strong Python skills, though Kubernetes experience is strongly preferred",
            "kubernetes",
            "python",
            "required",
        ),
        # a pronoun points at the main clause: the cue is said of it
        (
            "About you\nAlthough it is helpful, we do not expect you to know Tableau already.",
            "tableau",
            "tableau",
            "preferred",
        ),
    ],
)
def test_a_concessive_clause_scopes_its_preference(extract, text, preferred_skill, other_skill, other_level):
    assert level_of(extract, text, preferred_skill) == {"preferred"}
    assert level_of(extract, text, other_skill) == {other_level}


@pytest.mark.parametrize(
    "text",
    [
        "Qualifications:\n- In addition to solid forecasting and clustering skills, experience with Kubernetes is preferred",
        "Qualifications:\n- Beyond forecasting and clustering, familiarity with Kubernetes is a plus",
        # a label run into the item in a flattened posting
        "Qualifications:\n- 3 years of Python. Modelling Skills In addition to forecasting, clustering and other core "
        "methods, experience with Kubernetes is a plus",
    ],
)
def test_an_additive_opening_clause_keeps_its_level_under_the_main_clauses_preference(extract, text):
    assert level_of(extract, text, "kubernetes") == {"preferred"}
    assert level_of(extract, text, "clustering") == {"required"}


def test_a_competency_stated_of_the_candidate_is_a_qualification(extract):
    text = "About the job\n- Demonstrates basic programming skills and some experience using Python or Julia."
    assert level_of(extract, text, "python") == {"required"}


@pytest.mark.parametrize(
    "text, skill, level",
    [
        ("Responsibilities:\n- Build reports which may require programming in Tableau", "tableau", "unspecified"),
        ("Responsibilities:\n- Gather the required Snowflake tables for each report", "snowflake", "unspecified"),
        ("Responsibilities:\n- This position requires strong Tableau skills", "tableau", "required"),
        ("About the job\nThis is a technical role that requires hands-on Snowflake work.", "snowflake", "required"),
    ],
)
def test_require_says_what_the_candidate_needs_only_when_the_role_requires_it(extract, text, skill, level):
    assert level_of(extract, text, skill) == {level}


@pytest.mark.parametrize(
    "text, level",
    [
        ("What you'll do\n- Identify essential components of our Kubernetes platform", "unspecified"),
        ("What you'll do\n- Hands-on Kubernetes experience is essential", "required"),
    ],
)
def test_essential_asks_only_when_it_says_so_of_the_candidate(extract, text, level):
    assert level_of(extract, text, "kubernetes") == {level}


@pytest.mark.parametrize(
    "text, level",
    [
        ("The ideal candidate will be responsible for running our Kubernetes clusters.", "unspecified"),
        ("The ideal candidate will be closely involved in migrating services to Kubernetes.", "unspecified"),
        ("The ideal candidate will have run Kubernetes in production.", "preferred"),
    ],
)
def test_an_ideal_candidate_doing_the_job_is_a_duty(extract, text, level):
    assert level_of(extract, "About the role\n" + text, "kubernetes") == {level}


@pytest.mark.parametrize(
    "item, head_skill, tail_skill",
    [
        ("- Strong software engineering skills, with proficiency in Rust preferred.", "software_engineering", "rust"),
        ("- Solid Tableau skills, with Power BI a plus", "tableau", "power_bi"),
    ],
)
def test_a_preference_in_a_narrowing_tail_speaks_for_the_tail(extract, item, head_skill, tail_skill):
    text = "Requirements:\n" + item
    assert level_of(extract, text, head_skill) == {"required"}
    assert level_of(extract, text, tail_skill) == {"preferred"}


@pytest.mark.parametrize(
    "item, head_skill, tail_skill",
    [
        # "including …" is no clause: the cue after it is said of the whole item (it once cut the tail off).
        ("- Advanced Excel skills, including VBA is a plus", "excel", "vba"),
        ("- Experience with Kotlin and Java, including Spring Boot is a plus.", "kotlin", "spring"),
        ("- Scripting experience, including Bash and PowerShell is desired", "scripting", "powershell"),
    ],
)
def test_a_preference_after_an_including_tail_speaks_for_the_whole_item(extract, item, head_skill, tail_skill):
    text = "Requirements:\n- 3+ years of SQL\n" + item
    assert level_of(extract, text, head_skill) == {"preferred"}
    assert level_of(extract, text, tail_skill) == {"preferred"}
    assert level_of(extract, text, "sql") == {"required"}


@pytest.mark.parametrize(
    "text, level",
    [
        ("Candidates should have hands-on Terraform experience.", "required"),
        ("The Data Engineer should be proficient in Terraform.", "required"),
        ("Applicants are expected to know Terraform.", "required"),
        ("We expect you to have used Terraform.", "required"),
        ("You’ve worked with Terraform modules before.", "required"),
        ("We are looking for an engineer who has shipped Terraform modules.", "required"),
        ("We don't expect you to have used Terraform; we will teach you.", "unspecified"),
        ("The analyst should be responsible for our Terraform modules.", "unspecified"),
    ],
)
def test_more_sentences_describing_the_candidate(extract, text, level):
    assert level_of(extract, "About the job\n" + text, "terraform") == {level}


@pytest.mark.parametrize(
    "text",
    [
        "It would be nice if you know Snowflake.",
        "Extra points for Snowflake experience.",
        "We'd love to see Snowflake experience.",
        "Snowflake experience would set you apart.",
        "Familiarity with Snowflake is appreciated.",
        "Snowflake experience highly regarded.",
        "Experience with Snowflake is a differentiator.",
    ],
)
def test_softer_preference_phrasings(extract, text):
    assert level_of(extract, "Qualifications\n- 3+ years of SQL\n- " + text, "snowflake") == {"preferred"}


def test_we_would_love_to_see_opens_a_preferred_list(extract):
    text = "What You'll Bring:\n- 3+ years of SQL\nWe'd Love to See:\n- Experience with Snowflake\n"
    assert level_of(extract, text, "sql") == {"required"}
    assert level_of(extract, text, "snowflake") == {"preferred"}


def test_we_would_love_to_see_as_the_only_list_is_still_preferred(extract):
    # A hedged list standing alone stays a wish (the annotation guideline's convention, as for "The ideal
    # candidate will have:").
    text = "What you'll do\n- Build dashboards\nWhat we'd love to see:\n- Experience with Snowflake\n"
    assert level_of(extract, text, "snowflake") == {"preferred"}


@pytest.mark.parametrize(
    "lead_in",
    [
        "The successful candidate will likely have the following skills and experience",
        "Our new analyst will most likely have the following:",
        "You'll likely have:",
    ],
)
def test_a_likely_have_lead_in_standing_alone_opens_a_preferred_list(extract, lead_in):
    text = f"What you'll do\n- Build dashboards\n{lead_in}\n- Experience with Snowflake\n- Knowledge of Airflow\n"
    assert level_of(extract, text, "snowflake") == {"preferred"}
    assert level_of(extract, text, "airflow") == {"preferred"}


def test_a_likely_have_lead_in_inside_a_flattened_line_marks_the_rest_of_the_line(extract):
    text = (
        "Analytics engineer based in Denver. The successful candidate will likely have the following skills and"
        " experience Hands-on experience building dbt models Fluent in SQL and Snowflake Strong background in"
        " data modeling\n"
    )
    assert level_of(extract, text, "snowflake") == {"preferred"}
    assert level_of(extract, text, "dbt") == {"preferred"}


def test_a_likely_have_lead_in_under_a_qualifications_heading_only_restates_it(extract):
    text = (
        "Your qualifications\nYou are a builder who wants to improve healthcare with data.\nYou'll likely have:\n"
        "- Experience with Snowflake\n"
    )
    assert level_of(extract, text, "snowflake") == {"required"}


def test_you_will_probably_have_to_learn_is_no_hedged_ask(extract):
    text = "About the job\nYou'll likely have to learn Snowflake on the job.\n"
    assert level_of(extract, text, "snowflake") == {"unspecified"}


def test_impact_you_will_make_lists_duties(extract):
    text = "What You'll Bring:\n- 3+ years of SQL\nImpact You'll Make:\n- Migrate our services to Kubernetes\n"
    assert level_of(extract, text, "kubernetes") == {"unspecified"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Knowledge of Dask is an added advantage.",
        "Experience with Dask, Ray etc. will be advantage.",
        "Familiarity with Dask would be an additional advantage.",
        "Experience with Dask will be an advantage.",
    ],
)
def test_an_advantage_in_any_wording_is_preferred(extract, sentence):
    text = f"Requirements\n- 3+ years of Python\n- {sentence}\n"
    assert level_of(extract, text, "dask") == {"preferred"}
    assert level_of(extract, text, "python") == {"required"}


FRENCH = """Notre équipe construit des modèles de prévision.
Le candidat devra avoir
Des connaissances approfondies en Kubernetes et en Terraform
De l’expertise en statistiques et en Python
La maîtrise de Docker est indispensable.
Une expérience avec Snowflake serait un plus
Airflow souhaité
"""


@pytest.mark.parametrize(
    "skill, level",
    [
        ("kubernetes", "required"),
        ("python", "required"),
        ("docker", "required"),
        ("snowflake", "preferred"),
        ("airflow", "preferred"),
    ],
)
def test_a_posting_in_french_reads_its_cues_and_qualification_items(extract, skill, level):
    assert level_of(extract, FRENCH, skill) == {level}


def test_indispensable_in_an_english_blurb_asks_nothing(extract):
    text = "About the job\nYou will join the team that made Kubernetes an indispensable tool for hundreds of teams.\n"
    assert level_of(extract, text, "kubernetes") == {"unspecified"}


@pytest.mark.parametrize(
    "item",
    [
        "Snowflake experience is preferable.",
        "Experience with Snowflake, preferable",
        "Preferable: exposure to Snowflake",
    ],
)
def test_preferable_marks_the_whole_item(extract, item):
    text = f"Requirements\n- 3+ years of Python\n- {item}\n"
    assert level_of(extract, text, "snowflake") == {"preferred"}
    assert level_of(extract, text, "python") == {"required"}


def test_preferable_inside_an_item_marks_only_what_follows_it(extract):
    text = "Requirements\n- Strong Python skills, preferable with Snowflake\n"
    assert level_of(extract, text, "python") == {"required"}
    assert level_of(extract, text, "snowflake") == {"preferred"}


@pytest.mark.parametrize(
    "text, skill",
    [
        ("Requirements include a background in econometrics, as well as a working knowledge of Stata.", "stata"),
        ("Candidates will have a proven track record with Terraform and the following:", "terraform"),
        ("As a platform engineer you are someone who has deep expertise in Kubernetes and networking.", "kubernetes"),
        ("The successful candidate is a self-starter who is comfortable working with Terraform.", "terraform"),
        (
            "Successful applicants will serve as recognized subject matter experts in Kubernetes operations.",
            "kubernetes",
        ),
        ("Looking for candidates having a background in building Terraform modules.", "terraform"),
        ("Looking for someone good with scripting tools like: Bash, Python, PowerShell.", "python"),
        ("Clouds they run are Azure, GCP and AWS, but really want someone with two of the three.", "azure"),
        ("Bring your passion and talent in Kubernetes to our platform team.", "kubernetes"),
        (
            "Our lab is seeking a highly motivated and skilled PhD level engineer with strong Kubernetes, Terraform,"
            " Ansible, Docker, Helm, networking and related tooling experience.",
            "ansible",
        ),
    ],
)
def test_unhedged_descriptions_of_the_hire_are_required(extract, text, skill):
    assert level_of(extract, text, skill) == {"required"}


@pytest.mark.parametrize(
    "text, skill",
    [
        ("Candidates will have the opportunity to work with Kubernetes.", "kubernetes"),
        ("The successful candidate is responsible for our Terraform modules.", "terraform"),
        ("Requirements include migrating the Terraform modules to the new cloud account.", "terraform"),
        ("We want you to bring your expertise in Kubernetes.", "kubernetes"),
        (
            "Acme is seeking a full-time platform engineer who will collaborate with teams to build Terraform modules"
            " and share their understanding.",
            "terraform",
        ),
    ],
)
def test_opportunities_duties_and_purpose_clauses_ask_nothing(extract, text, skill):
    assert level_of(extract, text, skill) == {"unspecified"}


@pytest.mark.parametrize(
    "text, skill, level",
    [
        ("We are looking for a creative problem solver who enjoys messy data.", "problem_solving", "required"),
        ("We are seeking a strategic thinker and team player to join our analytics group.", "teamwork", "required"),
        ("We need a self-starter to build our Kubernetes platform.", "kubernetes", "unspecified"),
        (
            "We are seeking a thought leader to join our lab to advance the use of Kubernetes in research.",
            "kubernetes",
            "unspecified",
        ),
    ],
)
def test_a_hire_named_by_what_they_are_good_at_is_asked_for_but_not_the_purpose_clause(extract, text, skill, level):
    assert level_of(extract, text, skill) == {level}


@pytest.mark.parametrize(
    "text, skill, level",
    [
        # people named by their role, plural, with what they bring
        (
            "A growing health company is seeking curious scientists and engineers with experience in computer vision"
            " to tackle hard problems.",
            "computer_vision",
            "required",
        ),
        # … and what they will do, after the experience asked: a purpose clause asks nothing
        (
            "We are looking for analysts with public policy experience to perform tasks such as building Tableau"
            " dashboards for our partners.",
            "tableau",
            "unspecified",
        ),
        (
            "Acme is seeking a data scientist with retail experience to build Kubernetes services for stores.",
            "kubernetes",
            "unspecified",
        ),
    ],
)
def test_a_hire_sought_with_experience_is_asked_up_to_the_purpose_clause(extract, text, skill, level):
    assert level_of(extract, text, skill) == {level}


@pytest.mark.parametrize(
    "text, skill, level",
    [
        # the candidate's own skills, named by three or more words, in a line of the role's prose
        ("Your statistics, forecasting and Tableau skills will shape our planning.", "tableau", "required"),
        ("Your Spark and Kafka expertise will help the platform team scale.", "kafka", "required"),
        # … not a task the role has ("Your role is to …")
        ("Your role is to provide needed knowledge of Tableau to the sales team.", "tableau", "unspecified"),
    ],
)
def test_your_skills_named_by_many_words_are_the_candidates(extract, text, skill, level):
    assert level_of(extract, "About the role\n" + text, skill) == {level}


@pytest.mark.parametrize(
    "text, skill, level",
    [
        # what the candidate should be, know or enjoy, in a paragraph of prose, is asked of them
        (
            "Successful candidates should enjoy pair programming and will have excellent Terraform skills.",
            "terraform",
            "required",
        ),
        ("You should be curious by nature and at home with Kubernetes internals.", "kubernetes", "required"),
        ("For example, you should know how to tune Terraform plans for large accounts.", "terraform", "required"),
        # … not what they should be eager or willing to do, nor a duty or an expectation of the job
        ("You should be eager to move our platform to Kubernetes.", "kubernetes", "unspecified"),
        ("You should influence how the team writes its Terraform modules.", "terraform", "unspecified"),
        ("You should also expect to work with Kubernetes on call.", "kubernetes", "unspecified"),
    ],
)
def test_what_the_candidate_should_be_know_or_enjoy_is_asked(extract, text, skill, level):
    assert level_of(extract, "About the role\n" + text, skill) == {level}


@pytest.mark.parametrize(
    "text, skill, level",
    [
        # the hire sought, described by what they are, love or can do
        (
            "We're looking for someone who is pragmatic, an expert Terraform user and a good teacher.",
            "terraform",
            "required",
        ),
        ("We are looking for people that love hard problems and working with Kubernetes.", "kubernetes", "required"),
        ("We are seeking someone who can untangle our Terraform state and explain it.", "terraform", "required"),
        # … not where they are, nor what they are excited about or responsible for
        (
            "We are looking for someone who is currently in Denver to run our Kubernetes cluster.",
            "kubernetes",
            "unspecified",
        ),
        ("We are hiring people who are based in Denver to run our Terraform modules.", "terraform", "unspecified"),
    ],
)
def test_the_hire_sought_described_by_what_they_are_love_or_can_do_is_asked(extract, text, skill, level):
    assert level_of(extract, "About the role\n" + text, skill) == {level}


@pytest.mark.parametrize(
    "text, skill, level",
    [
        # the hire named by the role and what they will have, or by adjectives and a person noun
        (
            "The Platform Engineer will have prior experience running Kubernetes in production.",
            "kubernetes",
            "required",
        ),
        ("This analyst will also have solid Terraform skills.", "terraform", "required"),
        (
            "We're looking for curious, driven people with experience in Kubernetes and Terraform.",
            "kubernetes",
            "required",
        ),
        (
            "We are seeking a pragmatic, hands-on engineer who can untangle our Terraform state.",
            "terraform",
            "required",
        ),
        (
            "We're hiring a calm, methodical problem solver to migrate our Kubernetes clusters.",
            "problem_solving",
            "required",
        ),
        # what the hire knows, sought by the employer with no person named
        (
            "We're looking for hands-on experience building clusters with Kubernetes and Terraform.",
            "kubernetes",
            "required",
        ),
        (
            "Given the lean team, they are looking to see solid Terraform fundamentals and some depth in one area.",
            "terraform",
            "required",
        ),
        # … not the reader looking for experience to gain
        ("If you are looking for experience with Kubernetes, this residency teaches it.", "kubernetes", "unspecified"),
        # … not what the role will have the chance or the access to do
        ("The Platform Engineer will have the opportunity to learn Kubernetes.", "kubernetes", "unspecified"),
        ("The analyst will have access to our Terraform modules and a mentor.", "terraform", "unspecified"),
    ],
)
def test_the_hire_named_by_role_or_by_adjectives_is_asked_for(extract, text, skill, level):
    assert level_of(extract, "About the role\n" + text, skill) == {level}


@pytest.mark.parametrize(
    "text, skill, level",
    [
        # a short item that names what the candidate is to have and ends on the qualification noun
        ("Kubernetes and service mesh operations experience", "kubernetes", "required"),
        ("Terraform, Ansible and Packer scripting skills", "terraform", "required"),
        # … not pay, a label, nor a duty about someone else's experience
        ("Salary commensurate with Kubernetes experience", "kubernetes", "unspecified"),
        ("Improve the Terraform user experience", "terraform", "unspecified"),
    ],
)
def test_an_item_ending_on_its_qualification_noun_is_asked(extract, text, skill, level):
    duties = (
        "Platform Engineer\n\nWhat you'll do\n- Run our build farm and keep releases on time\n"
        "- Review pull requests from the team\n- {}\n- Write runbooks for on-call\n"
    )
    assert level_of(extract, duties.format(text), skill) == {level}


@pytest.mark.parametrize(
    "text, skill",
    [
        ("Free Coursera courses, Terraform and Kubernetes skills", "kubernetes"),
        ("Mentorship, hackathons, deep learning knowledge", "deep_learning"),
    ],
)
def test_an_offered_item_ending_on_a_qualification_noun_asks_nothing(extract, text, skill):
    # what the employer offers names skills to grow, not skills to have: no "required" from its last noun
    perks = "Platform Engineer\n\nRequirements\n- 3+ years of SQL\n\nPerks\n- {}\n- Paid time off\n"
    assert level_of(extract, perks.format(text), skill) <= {"unspecified"}


def levels_or_none(extract, text, skill):
    """The levels a skill gets, or an empty set when the mention is dropped (as in a company blurb)."""
    return {m.requirement for m in extract(text) if m.skill_id == skill}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        (
            "Northwind applies advanced technologies such as machine learning to route planning. "
            "We are hiring a data analyst.\n\nResponsibilities\n- Build weekly reports\n",
            "machine_learning",
        ),
        (
            "About us\nOrbital builds advanced algorithms for satellite imagery and computer vision.\n\n"
            "Requirements\n- Strong SQL skills\n",
            "computer_vision",
        ),
        (
            "Responsibilities\n- Dive deep into clickstream data and run A/B tests with product teams\n",
            "a_b_testing",
        ),
        (
            "Overview\nThrough strong partnerships with hospitals, this team applies natural language processing to "
            "clinical notes.\n",
            "natural_language_processing",
        ),
    ],
)
def test_a_strength_word_in_company_or_duty_prose_asks_nothing(extract, text, skill):
    # (a blurb under "About us" may drop the mention altogether; elsewhere it stays, unspecified)
    expected = [set(), {"unspecified"}] if text.startswith("About us") else [{"unspecified"}]
    assert levels_or_none(extract, text, skill) in expected


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("- Strong SQL skills", "sql"),
        ("- Advanced Excel", "excel"),
        ("- A solid grasp of statistics", "statistics"),
        ("- Very strong Python", "python"),
        ("- Must have strong experience with Tableau", "tableau"),
        ("- Possess excellent communication skills", "communication"),
        ("- You have deep knowledge of PyTorch", "pytorch"),
        ("- Intermediate to advanced SQL", "sql"),
        ("o Excellent communication and teamwork", "communication"),
        ("- Technically strong in Python and Spark", "python"),
    ],
)
def test_a_strength_word_that_speaks_of_the_candidate_stays_a_qualification(extract, item, skill):
    text = f"Data Analyst\n\nWhat you'll do\n- Build dashboards for the sales team\n\n{item}\n- 2+ years of analytics\n"
    assert level_of(extract, text, skill) == {"required"}


@pytest.mark.parametrize(
    "item",
    [
        "- Ability to pick up other query languages beyond those required above, such as Cypher",
        "- Deliver dashboards to the required quality in Looker",
    ],
)
def test_required_said_of_other_asks_keeps_a_preferred_heading(extract, item):
    text = f"Nice to have\n{item}\n- Familiarity with Airflow\n"
    skill = "looker" if "Looker" in item else "cypher"
    assert level_of(extract, text, skill) == {"preferred"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Acme Analytics is growing. We seek candidates with solid knowledge of Snowflake and dbt.", "snowflake"),
        ("Our lab seeks a postdoctoral fellow with hands-on experience in flow cytometry.", "flow_cytometry"),
    ],
)
def test_seek_names_the_hire_as_seeking_does(extract, text, skill):
    assert level_of(extract, text, skill) == {"required"}


def test_we_seek_to_is_no_ask(extract):
    text = "We seek to apply machine learning to freight pricing.\n"
    assert level_of(extract, text, "machine_learning") == {"unspecified"}


def test_a_deep_dive_is_a_task_not_a_deep_qualification(extract):
    text = "What you'll do\n\n- Deep dive into large data sets to answer product questions with SQL and Looker\n"
    assert level_of(extract, text, "looker") == {"unspecified"}


def test_we_expect_you_to_have_opens_a_required_list(extract):
    text = (
        "Pricing Analyst\n\nTo succeed in this role, we expect you to be/have:\n"
        "curiosity about insurance data\na passion for Looker dashboards\n"
    )
    assert level_of(extract, text, "looker") == {"required"}


@pytest.mark.parametrize(
    "text",
    [
        "Responsibilities\nBuild the pipelines and produce required reports in Power BI for the finance team\n",
        "Duties\nApplies knowledge of Power BI and statistics to monthly reporting\n",
    ],
)
def test_required_as_an_attribute_and_third_person_duties_ask_nothing(extract, text):
    assert level_of(extract, text, "power_bi") == {"unspecified"}


@pytest.mark.parametrize(
    "text",
    ["Power BI required for this role.\n", "Required skills include Power BI and SQL.\n", "Power BI is required.\n"],
)
def test_required_said_of_the_candidate_still_asks(extract, text):
    assert level_of(extract, text, "power_bi") == {"required"}


@pytest.mark.parametrize("kind", ["languages are", "tools are", "technologies are", "software is", "tech stack is"])
def test_a_capitalised_required_before_a_kind_of_thing_still_asks(extract, kind):
    # "produce required reports" is an attribute; "Required languages are …" opens the ask
    text = f"The team ships weekly. Required {kind} Power BI and SQL.\n"
    assert level_of(extract, text, "power_bi") == {"required"}


@pytest.mark.parametrize(
    "text",
    [
        "Responsibilities\nRecommends beneficial use cases of Power BI across the sales org\n",
        "Responsibilities\nPartner with vendors on mutually beneficial roadmaps for Power BI\n",
        "Responsibilities\nConfirm the Power BI dashboards report the metric desired by the client\n",
        "Responsibilities\nBuild Power BI reports that give store managers helpful summaries\n",
    ],
)
def test_beneficial_or_desired_said_of_something_else_is_no_preference(extract, text):
    assert level_of(extract, text, "power_bi") == {"unspecified"}


@pytest.mark.parametrize(
    "text",
    [
        "Knowledge of Power BI is beneficial.\n",
        "Power BI experience beneficial\n",
        "Power BI desired\n",
        "Power BI experience helpful but not required\n",
        "Familiarity with Power BI helpful.\n",
    ],
)
def test_beneficial_or_desired_said_of_the_candidate_still_prefers(extract, text):
    assert level_of(extract, text, "power_bi") == {"preferred"}


@pytest.mark.parametrize(
    "text",
    [
        "Responsibilities\nBuild the pipelines required for loading data into Snowflake\n",
        "Responsibilities\nMaintain the Snowflake jobs required to support quarterly reporting\n",
        "Responsibilities\nPrepare Snowflake extracts required by the finance team\n",
        "Responsibilities\nDesign the Snowflake jobs necessary to report on performance\n",
    ],
)
def test_required_said_of_a_thing_the_work_needs_asks_nothing(extract, text):
    assert level_of(extract, text, "snowflake") == {"unspecified"}


@pytest.mark.parametrize(
    "text",
    [
        "Responsibilities\nLoad data daily. Snowflake experience required for this role.\n",
        "Responsibilities\nLoad data daily. Snowflake experience is required to succeed here.\n",
        "Responsibilities\nLoad data daily. Snowflake experience required.\n",
        "Responsibilities\nLoad data daily. Bring the Snowflake skills necessary to tune warehouses.\n",
    ],
)
def test_required_said_of_the_candidates_experience_still_asks(extract, text):
    assert level_of(extract, text, "snowflake") == {"required"}


@pytest.mark.parametrize(
    "text",
    [
        "About the team\nShould have worked on Snowflake data pipelines\n",
        "About the team\n* Should have a background in Snowflake administration.\n",
        "About the team\nWe build pipelines. Should be familiar with Snowflake.\n",
    ],
)
def test_an_item_opening_on_should_asks_as_one_opening_on_must(extract, text):
    assert level_of(extract, text, "snowflake") == {"required"}


def test_should_inside_a_sentence_said_of_a_thing_asks_nothing(extract):
    text = "About the team\nThe dashboards should have Snowflake as their single source.\n"
    assert level_of(extract, text, "snowflake") == {"unspecified"}


def test_a_helpful_attitude_is_no_preference_for_the_rest_of_its_item(extract):
    text = "Requirements\n- Friendly, helpful attitude and strong communication skills\n"
    assert level_of(extract, text, "communication") == {"required"}


def test_a_tail_preferring_only_more_proficiency_leaves_the_item_required(extract):
    text = "Requirements\n- Working knowledge of Excel and Power BI, proficiency strongly preferred.\n"
    assert level_of(extract, text, "power_bi") == {"required"}


def test_highly_regarded_as_describes_the_employer(extract):
    text = (
        "Requirements\n- Experience with Power BI (Tableau)Company DescriptionNorthwind is highly regarded as a "
        "consultancy for retailers.\n"
    )
    assert level_of(extract, text, "power_bi") == {"required"}


def test_years_glued_to_the_sentence_before_start_their_own(extract):
    text = (
        "Qualifications\nBachelor's degree in a quantitative field; Tableau experience preferred.3+ years of experience "
        "with Power BI and SQL.\n"
    )
    assert level_of(extract, text, "power_bi") == {"required"}
    assert level_of(extract, text, "tableau") == {"preferred"}


def test_a_perk_phrased_like_a_qualification_asks_nothing(extract):
    text = (
        "Requirements\n- 2+ years of SQL\n\nBenefits\n- Flexible hours\n"
        "- Hands-on experience with the most advanced Power BI features\n- The ability to influence major initiatives\n"
    )
    assert "required" not in levels_or_none(extract, text, "power_bi")
    assert level_of(extract, text, "sql") == {"required"}


def test_the_hire_described_as_they_is_asked_for(extract):
    text = (
        "The ideal analyst is a problem solver. They have strong experience with Power BI and are excellent "
        "communicators.\n"
    )
    assert level_of(extract, text, "power_bi") == {"required"}


@pytest.mark.parametrize(
    "text, skill",
    [
        ("About the role\nThe Data Engineer has solid knowledge of Airflow and dbt.\n", "airflow"),
        ("The Research Analyst combines survey design expertise with fluency in Tableau.\n", "tableau"),
        ("The successful candidate combines strengths in statistics and software engineering.\n", "statistics"),
        ("A strong Data Scientist demonstrates excellent presentation skills to senior leaders.\n", "presentation"),
    ],
)
def test_the_hire_named_by_the_role_and_described_by_what_they_have_is_asked_for(extract, text, skill):
    assert level_of(extract, text, skill) == {"required"}


def test_a_duty_clause_after_the_hire_described_and_the_staff_described_ask_nothing(extract):
    text = (
        "The analyst has strong presentation skills and will partner with marketing to report results in Looker.\n"
        "Our consultants bring deep expertise in Kubernetes.\n"
        "The intern has the opportunity to gain experience with Snowflake.\n"
    )
    assert level_of(extract, text, "presentation") == {"required"}
    assert level_of(extract, text, "looker") == {"unspecified"}
    assert level_of(extract, text, "kubernetes") == {"unspecified"}
    assert level_of(extract, text, "snowflake") == {"unspecified"}


# A list flattened to one line with its dash bullets glued to the items before them.
GLUED_DASH_ITEMS = (
    "What you bring:-Curious about messy behavioural data-Excellent written communication skills"
    "-A degree in a quantitative field-Hands-on data analysis with BI tools (Looker / Tableau)"
    "-Experience with Scala - nice to have\n"
)


def test_dash_bullets_glued_to_the_item_before_are_items_of_their_own(extract):
    assert level_of(extract, GLUED_DASH_ITEMS, "communication") == {"required"}
    assert level_of(extract, GLUED_DASH_ITEMS, "tableau") == {"required"}
    assert level_of(extract, GLUED_DASH_ITEMS, "scala") == {"preferred"}


def test_a_spaced_dash_introducing_examples_keeps_its_item_whole(extract):
    text = (
        "Requirements\nExperience with Python, visualization suites- Power BI, Spotfire, Tableau, "
        "etc. preferred but not required\n"
    )
    assert level_of(extract, text, "python") == {"preferred"}


def test_a_prefix_compound_is_no_glued_dash_bullet(extract):
    text = (
        "Requirements\n3+ years of analytics experience post-Masters with forecasting models, "
        "or 5+ years of experience with Python preferred\n"
    )
    assert level_of(extract, text, "forecasting") == level_of(extract, text, "python")


@pytest.mark.parametrize(
    "text",
    [
        "Responsibilities:\nTranslate business needs to dashboards in Tableau\n",
        "Responsibilities:\nClean the raw logs, which need to be loaded into Snowflake daily\n",
        "What you'll do:\nThe customer data needs to be modeled in dbt before each release.\n",
    ],
)
def test_needs_to_said_of_the_business_or_the_data_asks_nothing_of_the_candidate(extract, text):
    got = {m.skill_id: m.requirement for m in extract(text)}
    assert got and set(got.values()) == {"unspecified"}, got


@pytest.mark.parametrize(
    "text",
    [
        "Responsibilities:\nPartner with the stakeholders on what they need to see in Tableau\n",
        "Responsibilities:\nWe will need to migrate the pipelines to Snowflake this year\n",
        "Responsibilities:\nThe reports must also refresh hourly in Tableau\n",
    ],
)
def test_need_to_and_must_said_of_others_ask_nothing_of_the_candidate(extract, text):
    # one check decides who "need(s) to" and "must" are said of: here others and things, not the candidate
    got = {m.skill_id: m.requirement for m in extract(text)}
    assert got and set(got.values()) == {"unspecified"}, got


@pytest.mark.parametrize(
    "text",
    [
        "The analyst needs to be fluent in SQL.",
        "This person only needs to be very strong in SQL.",
        "Help desk experience, need to know SQL",
        "The role is mostly reporting but needs to know SQL well.",
    ],
)
def test_needs_to_said_of_the_candidate_still_asks(extract, text):
    got = {m.skill_id: m.requirement for m in extract(text)}
    assert got["sql"] == "required", got


@pytest.mark.parametrize(
    "item",
    [
        "Familiarity with Kubernetes will be a significant benefit to the successful candidate.",
        "Experience with Kubernetes is a major plus.",
        "Kubernetes experience would be an additional advantage.",
        "Prior Kubernetes work is an added benefit.",
    ],
)
def test_a_qualified_plus_or_benefit_marks_the_item_preferred(extract, item):
    text = f"Requirements\n- 3 years of Python\n- {item}\n"
    assert level_of(extract, text, "python") == {"required"}
    assert level_of(extract, text, "kubernetes") == {"preferred"}


@pytest.mark.parametrize(
    "question, level",
    [
        ("Do you thrive on tuning Kubernetes clusters?", "required"),
        ("Do you enjoy running Kubernetes at scale?", "required"),
        ("Do you want to apply Kubernetes to hard scheduling problems?", "required"),
        ("Can you keep a fleet of Kubernetes clusters healthy on your own?", "required"),
        ("Are you equally comfortable with Kubernetes and bare metal?", "required"),
        ("Would you describe yourself as fluent in Kubernetes?", "required"),
        ("Have you got a feel for debugging Kubernetes networking?", "required"),
        ("Do you excel at operating Kubernetes under load?", "required"),
        # the workplace, not the candidate
        ("Do you thrive in a team that runs everything on Kubernetes?", "unspecified"),
        ("Can you imagine moving every service to Kubernetes?", "unspecified"),
        ("Would you like to help us move to Kubernetes?", "unspecified"),
    ],
)
def test_a_question_to_the_candidate_asks(extract, question, level):
    text = f"About the role\n{question} Then join our platform team.\n"
    assert level_of(extract, text, "kubernetes") == {level}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "If you have hands-on Kubernetes experience and a calm head in incidents, we want to hear from you.",
            "required",
        ),
        ("If you are an engineer with a strong Kubernetes background, please apply.", "required"),
        ("IF YOU HAVE run Kubernetes in production, get in touch.", "required"),
        # a preference word wins, and a capital "If" after a comma opens a sentence glued to a list before it
        ("Bonus points if you have run Kubernetes in production.", "preferred"),
        ("The stack includes Kubernetes, Terraform, If you have a passion for tooling, talk to us.", "unspecified"),
    ],
)
def test_a_condition_picturing_the_candidate_asks(extract, text, level):
    assert level_of(extract, f"About the role\n{text}\n", "kubernetes") == {level}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("We are looking for a platform engineer who specializes in Kubernetes to join our team.", "required"),
        ("Our clients are looking for site reliability engineers who are comfortable running Kubernetes.", "required"),
        ("We seek a hands-on operator who excels at Kubernetes upgrades.", "required"),
        ("We are seeking a senior developer who is passionate about Kubernetes and cloud tooling.", "required"),
        ("The right candidate loves Kubernetes and is comfortable on call.", "required"),
        ("The right person for this role is a strong Kubernetes operator.", "required"),
        ("This is a hands-on position requiring Kubernetes and strong debugging skills.", "required"),
        # a want, not what the hire has
        ("We are hiring engineers who are passionate about helping teams adopt Kubernetes.", "unspecified"),
        ("The right candidate will be excited by the prospect of redesigning our Kubernetes setup.", "unspecified"),
        ("The successful candidate is a key member of the team that runs our Kubernetes clusters.", "unspecified"),
        ("The successful candidate is an experienced Kubernetes operator.", "required"),
    ],
)
def test_the_hire_pictured_by_what_they_know_or_love_asks(extract, text, level):
    assert level_of(extract, f"About the role\n{text}\n", "kubernetes") == {level}


@pytest.mark.parametrize(
    ("text", "skill", "level"),
    [
        (
            "Northwind builds route planners. A successful candidate has deep expertise in operations research.",
            "operations_research",
            "required",
        ),
        (
            "You will run ad-hoc analysis. Successful candidates for this role have strong SQL skills.",
            "sql",
            "required",
        ),
        ("The right candidate has a background in statistics and econometrics.", "statistics", "required"),
        ("The candidate will excel at using dashboards to tell stories with data.", "dashboards", "required"),
        (
            "Our dream applicant has built forecasting models and is hungry to learn.",
            "forecasting",
            "required",
        ),
        (
            "Projects\n\nA more nuanced understanding of Kubernetes and cluster scheduling\n",
            "kubernetes",
            "required",
        ),
        (
            "This role is ideal for a candidate who thrives in a fast-paced team and is passionate about Kubernetes.",
            "kubernetes",
            "required",
        ),
        ("This is an ideal opportunity for someone who wants to learn Kubernetes.", "kubernetes", "unspecified"),
        ("This fast-paced team will draw on your excellent communication skills.", "communication", "required"),
        ("Over time the position will rely on your skills in computer vision.", "computer_vision", "required"),
        # (what the candidate gets is no ask)
        ("The successful candidate has the opportunity to learn Tableau.", "tableau", "unspecified"),
    ],
)
def test_a_description_of_the_candidate_in_prose_asks(extract, text, skill, level):
    assert levels_or_none(extract, text, skill) == {level}


@pytest.mark.parametrize(
    "sentence",
    [
        "You will design our data platform, and knowing the databases we run will help, including: PostgreSQL and Kafka.",
        "Some exposure to PostgreSQL would help.",
    ],
)
def test_an_ask_that_will_help_is_preferred(extract, sentence):
    assert level_of(extract, "Data Engineer\n\n" + sentence, "postgresql") == {"preferred"}


def test_a_skill_that_will_help_the_team_do_something_is_no_preference(extract):
    text = "What you'll do\n- Use PostgreSQL that will help us build reports for clients.\n"
    assert level_of(extract, text, "postgresql") != {"preferred"}


@pytest.mark.parametrize(
    ("text", "skill", "level"),
    [
        # a duty that puts the hire's own skills to use asks for those skills …
        (
            "What you'll do\n- Apply your deep expertise in Kubernetes and cloud networking to harden our platform\n",
            "kubernetes",
            "required",
        ),
        (
            "The Role\nThe engineer will harness their knowledge of computer vision to ship new camera features.\n",
            "computer_vision",
            "required",
        ),
        # … named without an owner too ("Apply broad knowledge of …", "Use knowledge of SQL …"), …
        (
            "What you'll do\n- Apply broad knowledge of computer vision to harden our camera features\n",
            "computer_vision",
            "required",
        ),
        (
            "The Value You Deliver\nUse knowledge of Kubernetes and cloud networking to keep our platform running.\n",
            "kubernetes",
            "required",
        ),
        # … but not what the purpose clause after it names, …
        (
            "What you'll do\n- Use your knowledge of statistics to build dashboards in Tableau for the sales team\n",
            "tableau",
            "unspecified",
        ),
        # … nor what the job lets the hire learn, nor what the employer's own staff know
        (
            "What you'll do\n- Day to day you will grow your knowledge of Kubernetes while running our clusters\n",
            "kubernetes",
            "unspecified",
        ),
        (
            "The Team\nOur engineering team applies their expertise in computer vision to retail analytics every day.\n",
            "computer_vision",
            "unspecified",
        ),
        (
            "The Team\nOur engineers apply deep knowledge of computer vision to retail analytics every day.\n",
            "computer_vision",
            "unspecified",
        ),
        ("What we do\nWe use our knowledge of computer vision to help retailers.\n", "computer_vision", "unspecified"),
        (
            "The Role\nThe Data & Analytics practice employs deep expertise in computer vision to help our clients.\n",
            "computer_vision",
            "unspecified",
        ),
        (
            "The Role\nThis role gives you the opportunity to leverage experience in computer vision every day.\n",
            "computer_vision",
            "unspecified",
        ),
    ],
)
def test_a_duty_putting_the_hires_own_skills_to_use_asks_for_them(extract, text, skill, level):
    assert levels_or_none(extract, text, skill) <= {level}
    assert levels_or_none(extract, text, skill)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The Role\nYou love wrangling messy data with pandas and turning it into clear answers.\n", "required"),
        ("What you'll do\n- You excel at building pandas pipelines that others can maintain\n", "required"),
        # (a condition, or what the job lets the hire enjoy, pictures no one)
        ("The Role\nIf you enjoy working with pandas, this team is for you.\n", "unspecified"),
        ("The Role\nEvery day you will enjoy building pandas pipelines with a great team.\n", "unspecified"),
    ],
)
def test_the_candidate_pictured_by_what_they_enjoy_or_excel_at_is_asked_for(extract, text, level):
    assert level_of(extract, text, "pandas") == {level}


def test_years_after_a_stop_and_a_space_open_a_sentence_of_their_own(extract):
    # "…; the candidate must know X. 3 – 5 years' experience desired." — the desire is for the years, not for X
    text = (
        "Who you are\nThe candidate must be proficient in predictive analysis and Kubernetes. "
        "3 – 5 years’ experience desired.\n"
    )
    assert level_of(extract, text, "kubernetes") == {"required"}
    # (an abbreviation before the years is no stop: "min. 3 years")
    text = "Qualifications\nDegree in CS, min. 3 years of experience with Kubernetes preferred.\n"
    assert level_of(extract, text, "kubernetes") == {"preferred"}


def test_items_run_together_at_a_semicolon_keep_their_own_levels(extract):
    text = (
        "Qualifications\nBoard certification in toxicology preferred;Extensive experience with Kubernetes;"
        "Ability to travel up to 20%.\n"
    )
    assert level_of(extract, text, "kubernetes") == {"required"}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a cue set off by commas is an aside: what follows its closing comma goes on with the item …
        ("Qualifications\n- Advanced degree, ideally a PhD, in a field with research in Kubernetes\n", "required"),
        ("Qualifications\n- Programming ability, preferably in Go, with experience running Kubernetes\n", "required"),
        # … but a cue that runs to the end of its item speaks for all of it
        (
            "Qualifications\n- Experience with container platforms, preferably Docker, Kubernetes or Nomad\n",
            "preferred",
        ),
    ],
)
def test_a_preference_set_off_by_commas_speaks_for_itself(extract, text, level):
    assert level_of(extract, text, "kubernetes") == {level}


@pytest.mark.parametrize(
    "item, head_skill, tail_skill",
    [
        # the head need not read as a qualification by its form
        ("- Earlier roles included leading teams; knowledge of Scrum a plus", "leadership", "scrum"),
        # a preference after the last semicolon of a bracketed aside is that clause's
        (
            "- Grounding in machine learning (supervised learning; reinforcement learning is a plus)",
            "supervised_learning",
            "reinforcement_learning",
        ),
        # a noun with its singular verb after the last comma is the subject of a clause of its own
        ("- 3+ years building models (k-means, regression), retail experience is preferred", "k_means", None),
        ("- Experience with Jira, consulting experience is a plus", "jira", None),
        # … and after "and" when a comma closes the first qualification and the second has its noun and preposition
        (
            "- Deep expertise in Terraform, and familiarity with Kubernetes operators preferred",
            "terraform",
            "kubernetes",
        ),
        # names joined by "and" / "or" after a qualification that ends on a common noun narrow it down
        ("- Skill in at least one scripting language, Python or Ruby preferred", "scripting", "ruby"),
    ],
)
def test_a_preference_in_a_clause_of_its_own_speaks_for_that_clause(extract, item, head_skill, tail_skill):
    text = "Requirements:\n" + item
    assert level_of(extract, text, head_skill) == {"required"}
    if tail_skill:
        assert level_of(extract, text, tail_skill) == {"preferred"}


def test_a_preference_said_of_a_list_of_qualifications_still_speaks_for_all(extract):
    # "and" joins the tail to the list: one cue over both
    text = "Requirements:\n- Experience with Jira, and consulting experience is a plus"
    assert level_of(extract, text, "jira") == {"preferred"}


def test_a_lead_in_naming_what_the_candidate_will_demonstrate_opens_a_required_list(extract):
    text = (
        "Why join us?\n"
        "We live by our values every day. In this role the successful candidate will demonstrate the following:\n"
        "Sound budgeting and cost awareness\n"
        "Clear written communication with partners\n"
    )
    assert level_of(extract, text, "budgeting") == {"required"}
    assert level_of(extract, text, "communication") == {"required"}


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Superior written communication skills for a lay audience", "communication"),
        ("Sound judgment when choosing SQL over spreadsheets", "sql"),
        ("Basic Tableau dashboard design skills", "tableau"),
        ("Sharp attention to detail and fluency in Excel", "excel"),
        ("Intermediate- to advanced-level experience with Python", "python"),
    ],
)
def test_an_item_opening_on_a_strength_word_before_a_competency_is_a_qualification(extract, item, skill):
    text = f"Responsibilities\n- Build weekly reports for the sales team\n- {item}\n"
    assert level_of(extract, text, skill) == {"required"}


@pytest.mark.parametrize(
    "item",
    [
        "Significant participation in SQL code reviews",
        "Extensive debugging of Python pipelines",
        "Basic Function: maintain the Tableau dashboards",
    ],
)
def test_a_strength_word_with_no_competency_after_it_opens_no_qualification(extract, item):
    text = f"Responsibilities\n- Build weekly reports for the sales team\n- {item}\n"
    assert not {"required", "preferred"} & {m.requirement for m in extract(text)}


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Become an expert in our SQL warehouse and its lineage", "sql"),
        ("Become proficient in Tableau within your first quarter", "tableau"),
        ("Becomes familiar with the Python services behind our reports", "python"),
    ],
)
def test_becoming_an_expert_is_what_the_job_teaches_not_what_it_asks(extract, item, skill):
    text = f"What you will do\n- Build weekly reports for the sales team\n- {item}\n"
    assert level_of(extract, text, skill) == {"unspecified"}


HIRE_SAID_AHEAD = """Pricing Analyst

We price freight for regional carriers across the Midwest.
You will bring sharp analytical skills and a working knowledge of econometrics.
You'll be an optimization expert with a feel for Gurobi.
You will have the opportunity to learn Kubernetes alongside our platform team.
Through these projects you will have gained experience in Terraform.
You will bring solid SQL skills and help us build dashboards in Looker.
"""


def test_what_the_hire_will_bring_or_be_expert_in_is_asked(extract):
    assert level_of(extract, HIRE_SAID_AHEAD, "econometrics") == {"required"}
    assert level_of(extract, HIRE_SAID_AHEAD, "gurobi") == {"required"}
    assert level_of(extract, HIRE_SAID_AHEAD, "sql") == {"required"}


def test_what_the_job_gives_or_the_duty_joined_to_the_ask_is_not_asked(extract):
    assert level_of(extract, HIRE_SAID_AHEAD, "kubernetes") == {"unspecified"}
    assert level_of(extract, HIRE_SAID_AHEAD, "terraform") == {"unspecified"}
    assert level_of(extract, HIRE_SAID_AHEAD, "looker") == {"unspecified"}


IDEAL_CANDIDATE_DUTIES = """Field Biologist (Data)

Our ideal candidate will collect samples and build queries in SQL against our survey warehouse.
The ideal candidate will utilize image segmentation to count plankton in microscope slides.
The ideal candidate will have a background in ecology and experience with Stata.
"""


def test_ideal_candidate_doing_the_work_is_a_duty_not_a_preference(extract):
    assert level_of(extract, IDEAL_CANDIDATE_DUTIES, "sql") == {"unspecified"}
    assert level_of(extract, IDEAL_CANDIDATE_DUTIES, "image_segmentation") == {"unspecified"}
    assert level_of(extract, IDEAL_CANDIDATE_DUTIES, "stata") == {"preferred"}


ITEMS_CLOSED_BY_SEMICOLONS = """Requirements
- Solid grounding in statistics, including modelling languages (Stata, Julia); exposure to Kubernetes is a plus;
- A degree in a quantitative field;
"""


def test_a_semicolon_closing_the_item_leaves_the_preference_to_the_clause_before_it(extract):
    assert level_of(extract, ITEMS_CLOSED_BY_SEMICOLONS, "julia") == {"required"}
    assert level_of(extract, ITEMS_CLOSED_BY_SEMICOLONS, "kubernetes") == {"preferred"}


PREFERABLY_WITH_EXAMPLES = """Requirements
- Practical work with forecasting, preferably modern sequence models (e.g. LSTM, Prophet) in production
- Fluent in Python
"""


def test_preferably_reaches_over_the_stop_of_e_g_into_its_examples(extract):
    assert level_of(extract, PREFERABLY_WITH_EXAMPLES, "lstm") == {"preferred"}
    assert level_of(extract, PREFERABLY_WITH_EXAMPLES, "python") == {"required"}


FLATTENED_WITH_GERUND_ITEM = (
    "Requirements\n"
    "Experience pulling data from several stores such as Snowflake, Redshift and document stores (e.g. MongoDB, "
    "Cassandra) Experience deploying models on Kubernetes is preferred Excellent written communication\n"
)


def test_experience_and_a_gerund_opens_an_item_of_a_flattened_list(extract):
    assert level_of(extract, FLATTENED_WITH_GERUND_ITEM, "snowflake") == {"required"}
    assert level_of(extract, FLATTENED_WITH_GERUND_ITEM, "mongodb") == {"required"}
    assert level_of(extract, FLATTENED_WITH_GERUND_ITEM, "kubernetes") == {"preferred"}


ABBREVIATED_YEARS_THEN_A_NAMED_PREFERENCE = """Contract role, 9 months
Min of 6+ yr. experience with Tableau, Looker Certified preferred
Excellent stakeholder communication
"""


def test_abbreviated_years_read_as_a_qualification_keep_the_head_before_a_named_preference(extract):
    assert level_of(extract, ABBREVIATED_YEARS_THEN_A_NAMED_PREFERENCE, "tableau") == {"required"}
    assert level_of(extract, ABBREVIATED_YEARS_THEN_A_NAMED_PREFERENCE, "looker") == {"preferred"}


GLUED_AFTER_A_SHORT_WORD = (
    "Requirements\n"
    "Fluent in the libraries we use every day: NumPy, SciPy, JaxExperience with Kubernetes is a plus"
    "Excellent written communication across teams\n"
)


def test_an_item_opener_glued_to_a_short_word_ends_the_item_before_it(extract):
    assert level_of(extract, GLUED_AFTER_A_SHORT_WORD, "kubernetes") == {"preferred"}
    assert level_of(extract, GLUED_AFTER_A_SHORT_WORD, "numpy") == {"required"}


@pytest.mark.parametrize(
    "item",
    [
        "Proficiency in a general-purpose language, preferably Go, and familiarity with NumPy and pandas",
        "Fluency in one statistics package, ideally Stata, as well as working knowledge of NumPy and pandas",
    ],
)
def test_a_preference_aside_ends_where_a_second_qualification_begins(extract, item):
    text = f"Requirements\n- {item}\n"
    assert level_of(extract, text, "numpy") == {"required"}
    assert level_of(extract, text, "pandas") == {"required"}


@pytest.mark.parametrize(
    "item",
    [
        "Comfortable writing SQL, bonus if you have also scheduled jobs in Airflow.",
        "Solid SQL skills, extra points for experience with Airflow.",
        "Hands-on SQL experience, a plus if you have run Airflow in production.",
    ],
)
def test_a_bonus_clause_after_the_last_comma_is_its_own_qualification(extract, item):
    text = f"Qualifications\n- {item}\n"
    assert level_of(extract, text, "sql") == {"required"}
    assert level_of(extract, text, "airflow") == {"preferred"}


def test_looking_for_people_with_a_fluency_asks_for_it(extract):
    text = (
        "The Team\n"
        "Our group turns sensor logs into forecasts for the grid. We're looking for curious and driven people with "
        "a deep technical fluency in Kubernetes and a taste for hard problems.\n"
    )
    assert level_of(extract, text, "kubernetes") == {"required"}


@pytest.mark.parametrize(
    "item",
    [
        "Comfortable writing SQL, a big plus if you have scheduled jobs in Airflow.",
        "Comfortable writing SQL, an added plus if you have scheduled jobs in Airflow.",
    ],
)
def test_a_plus_with_an_intensifier_after_the_last_comma_is_its_own_qualification(extract, item):
    text = f"Qualifications\n- {item}\n"
    assert level_of(extract, text, "sql") == {"required"}
    assert level_of(extract, text, "airflow") == {"preferred"}


def test_a_big_plus_opening_an_item_marks_it_preferred(extract):
    text = "Qualifications\n- Fluent in SQL\n- Huge plus if you have kept Airflow running in production\n"
    assert level_of(extract, text, "sql") == {"required"}
    assert level_of(extract, text, "airflow") == {"preferred"}


@pytest.mark.parametrize(
    "heading",
    [
        "Would Love For You To Have",
        "We'd love for you to have:",
        "What We'd Love",
        "We'll really love you if:",
        "Kudos if you have:",
    ],
)
def test_a_heading_wishing_for_more_opens_a_preferred_list(extract, heading):
    text = f"What You Need\n- Strong SQL skills\n{heading}\n- Experience with Airflow\n- Docker\n"
    assert level_of(extract, text, "sql") == {"required"}
    assert level_of(extract, text, "airflow") == {"preferred"}
    assert level_of(extract, text, "docker") == {"preferred"}


@pytest.mark.parametrize(
    "heading",
    ["We'd love to hear from you if you have", "What You'll Love"],
)
def test_an_invitation_or_the_jobs_appeal_is_no_wish_heading(extract, heading):
    text = f"Responsibilities\n- Run reports\n{heading}\n- Strong SQL skills\n"
    assert level_of(extract, text, "sql") == {"required"}


def test_a_preference_before_a_semicolon_ends_with_its_clause(extract):
    text = (
        "Qualifications\n"
        "- Experience in retail lending is highly desired; a detailed understanding of credit risk and Tableau\n"
        "- Strong Python skills\n"
    )
    assert level_of(extract, text, "tableau") == {"required"}
    assert level_of(extract, text, "python") == {"required"}


def test_a_preference_marker_opening_an_item_still_scopes_past_its_semicolon(extract):
    text = "Qualifications\n- Strong Python skills\n- Preferred: experience with Airflow; Docker\n"
    assert level_of(extract, text, "airflow") == {"preferred"}
    assert level_of(extract, text, "docker") == {"preferred"}


def test_an_ideal_candidate_heading_over_a_paragraph_picturing_the_candidate_stays_preferred(extract):
    text = (
        "The Ideal Candidate:\n"
        "The ideal candidate will have a degree in economics and two years of work with Tableau. They enjoy "
        "explaining numbers to managers.\n"
        "Benefits:\n"
        "Health insurance\n"
    )
    assert level_of(extract, text, "tableau") == {"preferred"}


def test_an_ideal_candidate_heading_over_tasks_is_no_main_qualification_list(extract):
    text = (
        "The ideal candidate will take on the following tasks:\n"
        "- Build weekly dashboards in Tableau\n"
        "- Answer questions from the sales team\n"
        "The ideal candidate will possess the following qualities:\n"
        "- Strong SQL skills\n"
        "- A degree in economics or statistics\n"
    )
    assert level_of(extract, text, "sql") == {"required"}
    assert "required" not in level_of(extract, text, "tableau")


def test_a_boards_screening_table_is_no_required_list_of_the_postings_own(extract):
    text = (
        "What you will do\n"
        "- Build churn models\n"
        "Our ideal analyst will have:\n"
        "- Strong SQL skills\n"
        "- Experience with Tableau\n"
        "Bonus points:\n"
        "- Experience with Airflow\n"
        "Job Type: Full-time\n"
        "Experience:\n"
        "Python: 1 year (Preferred)\n"
        "Looker: 1 year (Preferred)\n"
    )
    assert level_of(extract, text, "tableau") == {"required"}
    assert level_of(extract, text, "airflow") == {"preferred"}


def test_fields_after_a_required_and_a_preferred_degree_are_asked_at_the_required_level(extract):
    text = (
        "Qualifications\n"
        "- Bachelor's degree required, Master's degree preferred in Statistics, Economics or a related field\n"
        "- Strong SQL skills\n"
    )
    assert level_of(extract, text, "statistics") == {"required"}
    assert level_of(extract, text, "economics") == {"required"}


def test_fields_after_a_degree_pair_joined_by_or_are_required_outside_any_list(extract):
    text = "About the role\nYou will forecast demand for our stores.\nMS required or PhD preferred in statistics or operations research\n"
    assert level_of(extract, text, "statistics") == {"required"}
    assert level_of(extract, text, "operations_research") == {"required"}


def test_a_degree_pair_with_a_preference_of_its_own_after_the_fields_keeps_it(extract):
    text = (
        "Qualifications\n"
        "- Bachelor's degree required, Master's degree preferred in a quantitative field (statistics preferred)\n"
        "- Strong SQL skills\n"
    )
    assert level_of(extract, text, "statistics") == {"preferred"}


def test_something_said_to_be_of_interest_is_preferred(extract):
    text = "Qualifications\n- Strong Python skills\n- Familiarity with Kafka is of interest\n"
    assert level_of(extract, text, "python") == {"required"}
    assert level_of(extract, text, "kafka") == {"preferred"}


def test_a_role_of_interest_to_the_reader_prefers_nothing(extract):
    text = "Qualifications\n- Strong Python skills\nIf this role is of interest to you and you know Tableau, apply.\n"
    assert "preferred" not in level_of(extract, text, "tableau")


def test_the_alternative_a_bracketed_preference_accepts_keeps_the_items_level(extract):
    text = "Qualifications\n- Experience with a cloud platform (GCP preferred, AWS or Azure experience is acceptable)\n"
    assert level_of(extract, text, "gcp") == {"preferred"}
    assert level_of(extract, text, "aws") == {"required"}
    assert level_of(extract, text, "azure") == {"required"}


def test_the_alternative_a_preference_will_consider_keeps_the_items_level(extract):
    text = "Qualifications\n- PostgreSQL experience is preferred, but MySQL experience will be considered\n"
    assert level_of(extract, text, "postgresql") == {"preferred"}
    assert level_of(extract, text, "mysql") == {"required"}


def test_a_dotted_name_in_the_accepted_alternative_keeps_the_items_level(extract):
    # the stop inside "Vue.js" ends no clause
    text = "Qualifications\n- Experience with React preferred, Vue.js experience is also acceptable\n"
    assert level_of(extract, text, "react") == {"preferred"}
    assert level_of(extract, text, "vuejs") == {"required"}


def test_the_degree_pair_and_the_accepted_alternative_read_a_posting_in_capitals(extract):
    # the cheap tests before the two patterns (which ignore case) read capitals too
    text = (
        "QUALIFICATIONS\n- BS REQUIRED, MS PREFERRED IN COMPUTER SCIENCE OR STATISTICS\n"
        "- POSTGRESQL EXPERIENCE IS PREFERRED, BUT MYSQL EXPERIENCE WILL BE CONSIDERED\n"
    )
    assert level_of(extract, text, "computer_science") == {"required"}
    assert level_of(extract, text, "postgresql") == {"preferred"}
    assert level_of(extract, text, "mysql") == {"required"}


@pytest.mark.parametrize(
    "text",
    [
        "You need strong SQL skills. If you also have experience with Snowflake, we'd like to meet you.",
        "Requirements:\n3 years of SQL\nIf you also had these experiences, you'd really stand apart from the crowd:\n"
        "Familiarity with Snowflake\n",
    ],
)
def test_if_you_also_have_is_a_preference(extract, text):
    assert level_of(extract, text, "sql") == {"required"}
    assert level_of(extract, text, "snowflake") == {"preferred"}


def test_if_you_have_without_also_still_asks(extract):
    text = "If you have experience with Snowflake, we'd like to meet you."
    assert level_of(extract, text, "snowflake") == {"required"}


def test_you_demonstrate_pictures_the_candidate(extract):
    text = (
        "We are a small analytics team in Austin. You demonstrate the ability to turn raw data into Tableau dashboards."
    )
    assert level_of(extract, text, "tableau") == {"required"}


def test_as_you_demonstrate_is_the_job_growing_not_an_ask(extract):
    text = "As you demonstrate strong Tableau skills, your responsibilities will grow quickly."
    assert level_of(extract, text, "tableau") == {"unspecified"}


@pytest.mark.parametrize(
    "text",
    [
        "What you'll do:\nYou build forecasting models.\nYou demonstrate new Tableau dashboards to store managers.\n",
        "As a solutions engineer you visit hospitals. You demonstrate our Tableau integrations to clinical leaders.",
        "We attend many trade shows. You exhibit our Tableau extensions at two conferences a year.",
    ],
)
def test_you_demonstrate_a_product_is_a_duty_not_an_ask(extract, text):
    # "You demonstrate" pictures the candidate only by what they show of themselves (an ability, skills, acumen)
    assert level_of(extract, text, "tableau") == {"unspecified"}
