"""Context rules (nlp/context.py) and requirement levels from layout, on postings written for these tests."""

from __future__ import annotations

import re

import pytest

from analyzer import extract_skills
from analyzer.gap.market import strongest_levels
from analyzer.nlp.context import out_of_context
from analyzer.nlp.requirements import segment_index


def found(text: str) -> dict[str, str]:
    """skill id -> strongest level found (the way gap analysis counts a skill)."""
    return strongest_levels(extract_skills(text))


def texts(text: str) -> list[str]:
    return [m.text for m in extract_skills(text)]


# --- sections that ask nothing ---------------------------------------------------------------------

POSTING_WITH_BOILERPLATE = """Data Analyst
About Northwind
Northwind builds machine learning tools that help grocers forecast demand.
Requirements
- 2+ years of SQL
- Strong communication skills
What we offer
- A yearly budget for Coursera courses on deep learning
- Hybrid work and team offsites that celebrate collaboration
Physical Demands
Manual dexterity and coordination are required while operating office equipment. The employee must be able to communicate verbally.
Northwind is an equal opportunity employer: we value teamwork and hire without regard to race, religion or age.
"""


def test_blurb_benefits_physical_and_eeo_text_asks_nothing():
    skills = found(POSTING_WITH_BOILERPLATE)
    assert skills["sql"] == "required"
    assert skills["communication"] == "required"  # asked in the requirements, not taken from physical demands
    for not_asked in ("machine_learning", "forecasting", "deep_learning", "collaboration", "teamwork"):
        assert not_asked not in skills, not_asked
    assert "coordination" not in " ".join(texts(POSTING_WITH_BOILERPLATE)).lower()


@pytest.mark.parametrize("name", ["1901 GROUP", "10x Analytics", "3M"])
def test_an_about_heading_whose_name_opens_with_a_number_opens_the_blurb(name):
    text = (
        "Data Scientist\nClearance Required: TS/SCI\nABOUT " + name + ":\n" + name + " provides IT services through a "
        "cloud-based platform that enables monitoring and optimization of IT environments.\n"
        "Requirements\n- Python and SQL\n"
    )
    skills = found(text)
    assert "optimization" not in skills, skills
    assert {"python", "sql"} <= set(skills)
    # a number of years is no name
    assert "python" in found("About 3 Years Experience\n- Python\n")


def test_physical_requirements_are_no_skill_requirements():
    text = (
        "Qualifications\n- 3+ years of Python\n- Experience with Tableau\n"
        "Physical Requirements: These are the demands of the job.\n"
        "- Sitting for long periods at a computer\n"
        "- Hearing and speech to communicate with co-workers and deliver presentations\n"
        "What other skills are needed for you to be considered?\n"
        "- Familiarity with Spark is a plus\n"
    )
    skills = found(text)
    assert skills["python"] == "required" and skills["tableau"] == "required"
    assert "communication" not in skills and "presentation" not in skills  # the body's demands, not skills
    assert skills["apache_spark"] == "preferred"  # a question that asks about skills ends the physical section


def test_mental_and_physical_requirements_still_ask_for_skills():
    text = (
        "Mental and Physical Requirements\n- Ability to communicate clearly in writing\n- Ability to lift 10 pounds\n"
    )
    assert found(text)["communication"] == "required"


def test_a_blurb_sentence_that_asks_is_kept_and_a_new_heading_ends_the_blurb():
    text = (
        "About Us\nAcme makes logistics software.\nWe are looking for a data scientist with Python experience.\n"
        "JOB INFORMATION\nBuild dashboards in Tableau for the operations team.\n"
    )
    skills = found(text)
    assert "python" in skills
    assert "tableau" in skills  # "JOB INFORMATION" is a heading of no known kind: the blurb has ended


def test_bullets_under_a_blurb_heading_are_kept():
    text = "Who we are\nWe are a small lab.\n- Train forecasting models in PyTorch\n- Present results to clients\n"
    assert "pytorch" in found(text)


def test_a_blurb_sentence_naming_the_stack_the_work_uses_is_kept():
    text = (
        "About Us\nAcme builds routing software for hospitals.\n"
        "Core technologies involved include Kafka, Scala and Postgres.\n"
        "Our services are written primarily in Go and Rust.\n"
        "Our data stack runs on Snowflake and dbt.\n"
    )
    skills = found(text)
    for tool in ("kafka", "scala", "postgresql", "go_language", "rust", "snowflake", "dbt"):
        assert skills.get(tool) == "unspecified", tool


def test_a_blurb_that_only_mentions_technology_still_asks_nothing():
    text = (
        "About Us\nAcme is a freight company that applies machine learning to routing.\n"
        "Our platform is built in the cloud and used by 500 carriers.\n"
        "Our company is built on a foundation of deep learning research.\n"
    )
    skills = found(text)
    assert "machine_learning" not in skills and "deep_learning" not in skills and "cloud_computing" not in skills


def test_benefits_sentence_addressing_the_candidate_is_kept():
    text = "Perks\n- Free lunch\n- You will use Spark and Airflow every day\n"
    skills = found(text)
    assert "apache_spark" in skills
    assert "airflow" in skills


@pytest.mark.parametrize("heading", ["Build Your Career", "Total Rewards", "Top Reasons to Work with Us"])
def test_what_the_employer_gives_under_a_career_or_rewards_heading_asks_nothing(heading):
    text = f"Requirements\n- 3+ years of SQL\n{heading}\n- Free online courses on Kubernetes and Tableau\n"
    skills = found(text)
    assert skills["sql"] == "required"
    assert "kubernetes" not in skills and "tableau" not in skills


@pytest.mark.parametrize("heading", ["This Company Describes Its Culture as:", "Our Core Values", "Values:"])
def test_the_culture_and_values_an_employer_lists_ask_nothing(heading):
    text = (
        "Requirements\n- 3+ years of SQL\n"
        f"{heading}\nTeam-oriented -- cooperative and collaborative\nPeople-oriented -- supportive and fair\n"
    )
    skills = found(text)
    assert skills["sql"] == "required"
    assert "teamwork" not in skills and "collaboration" not in skills


def test_values_and_expectations_the_candidate_shows_stay_asked():
    text = "Our values and expectations\n- Strong teamwork and clear written communication\n"
    assert {"teamwork", "communication"} <= set(found(text))


def test_work_environment_keeps_only_qualifications():
    text = (
        "Requirements\n- Python\nWork Environment\n- Mathematics or Statistics background a plus\n"
        "- Our teams celebrate collaboration every day\n"
    )
    skills = found(text)
    assert skills.get("statistics") == "preferred"
    assert "collaboration" not in skills


def test_eeo_sentence_anywhere_but_not_a_long_flattened_posting():
    eeo = "Requirements: Python. Contoso is an equal opportunity employer that values diversity and teamwork."
    assert "teamwork" not in found(eeo)
    # A posting flattened to one line: the EEO words are far from the skill, which stays.
    flat = "Requirements: strong SQL skills " + "and more words " * 30 + ". Equal opportunity employer."
    assert "sql" in found(flat)


# --- names ---------------------------------------------------------------------------------------


def test_names_of_teams_companies_and_field_values_are_no_asks():
    text = (
        "You will join the Google Cloud Support team.\nRL Solutions is our parent company.\n"
        "Department / Company: Customer Service\nRequirements: Python\n"
    )
    skills = found(text)
    assert "python" in skills
    for name in ("gcp", "reinforcement_learning", "customer_service"):
        assert name not in skills, name


def test_words_inside_a_web_address_are_no_asks():
    text = (
        "Requirements\n- 3+ years of Python and Tableau\n- CRM work in Salesforce.com\n"
        "Apply with the form at https://forms.smartsheet.example/tableau-team/apply.html and read our notice at "
        "www.northwind.example/careers/github-privacy. See http://aws.example.com/sql-guide for more.\n"
    )
    mentions = extract_skills(text)
    addresses = [(text.index("https://"), text.index(" and read")), (text.index("www."), text.index(". See"))]
    addresses.append((text.index("http://"), text.index(" for more")))
    for m in mentions:
        assert not any(a <= m.start and m.end <= b for a, b in addresses), (m.text, m.start)
    skills = found(text)
    assert {"python", "tableau", "salesforce"} <= set(skills)  # "Salesforce.com" is a product name, not an address
    for name in ("html", "github", "smartsheet", "aws"):
        assert name not in skills, name


def test_a_name_pointing_to_a_web_address_is_no_ask():
    # the site, or what it describes, in the same sentence as the address
    text = (
        "Requirements\n- 3+ years of Python\n- A federal resume: for tips, check out this GitHub Repo: "
        "https://github.example/acme/resume-guide\n"
        "Go to www.acme-staffing.example to apply today!\n"
    )
    skills = found(text)
    assert "python" in skills
    for name in ("github", "go_language"):
        assert name not in skills, name
    # an address in the next sentence or on the next line points to nothing before it
    text = "Requirements\n- Experience with GitHub.\n- Apply at https://acme.example/jobs\n- Go or Rust. See www.acme.example\n"
    assert {"github", "go_language"} <= set(found(text))


def test_a_web_address_after_a_list_points_to_none_of_its_names():
    # the address names a site of its own, not the list's last item, nor a name with another name between
    for text, names in (
        (
            "Requirements:\n- Tools: Python, SQL, Tableau - see www.acme.example for our stack.\n",
            {"python", "sql", "tableau"},
        ),
        (
            "Requirements:\n- Tools: Spark, Hadoop, Tableau (see www.acme.example).\n",
            {"apache_spark", "hadoop", "tableau"},
        ),
        ("Requirements:\n- Tableau and Spark, see https://acme.example/stack\n", {"tableau", "apache_spark"}),
    ):
        assert names <= set(found(text)), text


def test_words_inside_an_email_address_are_no_asks():
    text = (
        "Requirements\n- 3+ years of Python\n"
        "If you need an accommodation, write to accommodations@pagerduty.example or jobs@acme.net.\n"
        "Questions: wes@labs.example\n"
    )
    skills = found(text)
    assert "python" in skills
    for name in ("pagerduty", "dotnet", "whole_genome_sequencing"):
        assert name not in skills, name


def test_words_after_an_email_address_inside_a_web_address_are_no_asks():
    # the e-mail's span, starting later, hid the web address around it: "tableau" after it counted
    text = "Requirements\n- 3+ years of SQL\n- Apply at https://apply.acme.example/form?ref=jobs@acme.com&team=tableau-bi\n"
    assert set(found(text)) == {"sql"}


def test_a_url_scheme_or_a_link_attribute_is_no_ask():
    # pasted HTML: a link's scheme ("javascript:") or target names a protocol or a page, not a skill
    text = (
        "Requirements\n- 3+ years of Python and SQL\n"
        '<a href="javascript:void(0)" onclick="apply()">Apply now</a> or <a href=javascript:openForm()>here</a>\n'
        '<a href="/careers/tableau-analyst">Similar roles</a>, call tel:+15550100 or write mailto:hr@acme.example\n'
        "Logs land in s3://acme-lake/spark-events and hdfs://cluster/kafka.\n"
        '<img src="data:image/png;base64,SparkR0lGOD"> <a href="mailto:jobs@acme.example?subject=Tableau">mail</a>\n'
    )
    skills = found(text)
    assert set(skills) == {"python", "sql"}, skills


def test_a_skill_word_before_a_colon_and_a_space_stays_a_skill():
    # only a scheme directly followed by its value is an address; "JavaScript: 3+ years" is a label
    text = "Requirements\n- JavaScript: 3+ years\n- Skills: javascript, Spark\n- Data: SQL and Tableau\n"
    assert {"javascript", "apache_spark", "sql", "tableau"} <= set(found(text))
    # a label glued to its value where a source lost its spaces: a scheme takes only its own kind of value
    text = "Requirements\n- Front end JavaScript:React, Vue\n- Data:SQL/NoSQL, Tableau\n"
    assert {"javascript", "react", "sql", "nosql", "tableau"} <= set(found(text))


def test_the_same_words_as_a_skill_are_kept():
    text = (
        "Requirements\n- Experience with Google Cloud and AWS\n- Expertise in Graph DB Solutions such as Neo4j\n"
        "- Work closely with Product Team members\n"
    )
    skills = found(text)
    assert "gcp" in skills
    assert "graph_databases" in skills
    assert "collaboration" in skills


def test_a_long_paragraph_after_a_field_label_is_no_field_value():
    text = "Company Details:\nWe are seeking employees motivated by hard work, teamwork, quality and respect.\n"
    assert "teamwork" in found(text)


def test_a_tool_name_that_is_also_a_word_counts_only_as_a_tool():
    """ "Maven" names a build tool, but also a company and an expert: only a tool's context counts."""
    prose = (
        "Who We Are\nMaven Wave, Northwind and you.\nYour Life As a Maven: leverage company data.\n"
        "Requirements\n- You are a quantitative maven who can build models in Python\n"
    )
    skills = found(prose)
    assert "python" in skills
    assert "maven" not in skills
    for asks in (
        "Requirements\n- Experience with Maven, Jenkins and SonarQube\n",
        "Requirements\n- Familiarity with Maven build systems\n",
        "Deployment Tools: Maven, Docker, Podman\n",
    ):
        assert "maven" in found(asks), asks


# --- short forms and compounds ---------------------------------------------------------------------


def test_a_posters_headline_asks_nothing():
    text = (
        "Posted by:\nJane Roe\nJane Roe\nTalent Acquisition (Software Engineering, Machine Learning & AI) at Acme\n"
        "Our Company\nAcme makes design software.\nRequirements\n- 3+ years of SQL and Python\n"
    )
    skills = found(text)
    assert {"sql", "python"} <= set(skills)
    for name in ("software_engineering", "machine_learning", "artificial_intelligence", "talent_acquisition"):
        assert name not in skills, name
    # a heading where the headline would stand is the posting's own, and what follows it is read
    headed = found("Posted by:\nJane Roe\nJane Roe\nShort list of requirements:\n- Machine learning\n- SQL\n")
    assert {"machine_learning", "sql"} <= set(headed)
    # a name given once is no poster block: the line after it is the posting's
    assert "machine_learning" in found(
        "Posted by:\nJane Roe\nData Scientist\nRequirements: machine learning in Python\n"
    )


def test_two_letter_abbreviation_among_non_skills():
    assert "deep_learning" not in found("Need VISA, DL and LinkedIn before the interview.")
    assert "deep_learning" in found("Skills: ML, DL and NLP.")
    assert "artificial_intelligence" in found("Set up the infrastructure for Data/AI projects.")


def test_a_modifier_that_changes_the_meaning():
    assert "leadership" not in found("Acme builds on its market leadership in payments.")
    # Thought leadership is its own skill (shaping a field's ideas), not the leadership of people.
    thought = found("Provide thought leadership to the analytics community.")
    assert "leadership" not in thought and "thought_leadership" in thought
    assert "thought_leadership" in found("You are a recognised thought leader in NLP.")
    assert found("Requirements: proven leadership skills")["leadership"] == "required"


# --- job titles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Requirements: experience working in agile teams", "agile"),
        ("Requirements: a strong statistical foundation", "statistics"),
        ("Requirements: expert in AWS and Terraform", "aws"),
        ("Requirements:\nMust be Data Mining expert\nJava", "data_mining"),
        ("What you bring: you are a Spark expert who enjoys tuning jobs.", "apache_spark"),
        ("Requirements: 2+ years of experience in a data analytics role", "data_analysis"),
        ("Requirements: 3+ years of experience at a digital marketing agency", "digital_marketing"),
        ("Requirements: Python, SQL and Tableau\nCompany: Northwind Traders", "tableau"),
        ("Requirements: communicate company goals to the team", "communication"),
        ("Build models such as customer segmentation, churn prediction and assist sales teams", "churn_modeling"),
        ("Requirements: SQL Server, SSIS, stored procedures and table functions", "stored_procedures"),
        # a list before a team or post noun, read no further than the sense allows
        ("Requirements: experience with Hadoop/Hive and Kafka\nGood team player", "apache_hive"),
        (
            "Prepare the data needed for statistical modeling and marketing analytics team to present results.",
            "statistical_modeling",
        ),
        ("Requirements: 3+ years of experience in a machine learning or data engineer role", "machine_learning"),
        ("Requirements: four years of business intelligence or data analyst experience", "business_intelligence"),
        ("Nice to have: you are active in the data science or open-source community", "data_science"),
        ("Requirements: thrive in a collaborative and fast-moving team environment", "collaboration"),
        ("Requirements: leading a team or been a Technical Team Lead on past projects", "leadership"),
        ("Requirements: cloud platforms such as Amazon Web Services (AWS)\nFoundation in statistics", "aws"),
    ],
)
def test_real_asks_that_look_like_titles_are_kept(text, skill):
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("We are hiring a Machine Learning Engineer.", "machine_learning"),
        ("You will join the data science team.", "data_science"),
        ("You will work alongside our data mining experts.", "data_mining"),
        ("We partner with the Deep Learning Institute.", "deep_learning"),
        ("Work with the finance, data science and engineering teams on the roadmap.", "data_science"),
        ("Partner with Pricing, Reserving and Predictive Modeling actuaries.", "predictive_modeling"),
        ("You will join a fast-growing artificial intelligence company in Denver.", "artificial_intelligence"),
        ("Join our analytics consulting firm in Denver.", "consulting"),
        # an item of a list before the shared team, community or title noun
        ("You will partner with the data science and analytics team on reporting.", "data_science"),
        ("Help other members of the data science and reporting community with shared tools.", "data_science"),
        ("Northwind's data science and pricing team owns the forecasts.", "data_science"),
        ("We are hiring a Senior AI/Machine Learning Engineer in Austin.", "artificial_intelligence"),
        ("Acme seeks a Computer Vision / Robotics Scientist for its lab.", "computer_vision"),
        ("Partner with senior machine learning, backend and security engineers.", "machine_learning"),
        ("Devco is seeking an Artificial Intelligence and Machine Learning (AIML) Engineer.", "machine_learning"),
    ],
)
def test_titles_teams_and_institutions_are_dropped(text, skill):
    assert skill not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senior Software Engineer, Computer Vision\nYou will ship features for our customers.",
        "Job Title: Data Scientist - NLP (Remote)\nYou will ship search features.",
        "Risk Analytics Data Analyst\nAbout the job\nDetails follow.",
    ],
)
def test_a_posting_opening_with_its_title_asks_nothing_there(text):
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # the title's skill asked for again below it
        ("Machine Learning Engineer, NLP\nRequirements\n- 3+ years of NLP research", "natural_language_processing"),
        # a first line that is a sentence, not a title
        ("Our client is hiring a Data Analyst with strong SQL.\nDetails follow.", "sql"),
        ("ACME IS SEEKING A MANAGER OF DATA SCIENCE\nDetails follow.", "data_science"),
        # a first line without a role noun
        ("Python, SQL and Tableau\nDetails follow.", "tableau"),
    ],
)
def test_skills_after_or_outside_an_opening_title_are_kept(text, skill):
    assert skill in found(text)


def test_at_name_we_opening_a_sentence_names_the_employer():
    text = (
        "About Northwind:\nAt Northwind AI, we're on a mission to make forecasting easy.\n"
        "What you will do\n- Build forecasting models in Python for Northwind AI customers."
    )
    assert "artificial_intelligence" not in found(text)
    assert "python" in found(text)


def test_a_product_that_is_the_employers_own_name_is_no_ask():
    text = (
        "Here at Splunk, we help teams see their data.\n"
        "What you will do\n"
        "- Build forecasting models in Python that help customers get more from Splunk.\n"
        "Benefits are an important part of Splunk's Total Rewards package."
    )
    assert "splunk" not in found(text)
    assert "python" in found(text)
    joined = (
        "Here at Splunk, we help teams see their data.\nRequirements\n- A background check is required to join Splunk."
    )
    assert "splunk" not in found(joined)


def test_skill_words_after_the_employers_own_name_name_its_unit_or_product():
    text = (
        "At Fabrikam, we make crop insurance simple.\nResponsibilities\n"
        "- Serve as an ambassador for Fabrikam Data Science by presenting at conferences.\n"
        "- Build pricing models in Python."
    )
    assert "data_science" not in found(text)
    assert "python" in found(text)
    unit = (
        "Fabrikam is a leading insurance company.\nResponsibilities\n"
        "- Work closely with Fabrikam AI researchers and apply machine learning to claims.\n"
        "- Fabrikam AI aims to use machine learning to improve claims handling."
    )
    assert "artificial_intelligence" not in found(unit)
    assert "machine_learning" in found(unit)


@pytest.mark.parametrize(
    "qualification",
    [
        "- Experience with MPP databases such as Snowflake or Redshift",
        "- Snowflake a plus",
        "- At least one of Python, Snowflake, dbt",
    ],
)
def test_the_employers_own_product_asked_for_as_a_tool_is_kept(qualification):
    text = f"Here at Snowflake, we build the data cloud.\nRequirements\n{qualification}\n"
    assert "snowflake" in found(text)


@pytest.mark.parametrize(
    "employer",
    [
        "Splunk's founders built the first log search engine, and the company now serves thousands of teams.",
        "Within Splunk's Public Sector organization, the analytics group is growing.",
        "Variety is one of the best things about working at Splunk as a data scientist.",
        "As a machine learning engineer at Splunk, you'll ship features every week.",
        "At Splunk , we help teams see their data.",
        "Splunk is seeking a Data Scientist who loves messy data.",
        "Splunk was recently acquired by a larger software company.",
        "Splunk is a place where people are encouraged to try new things.",
        "Why Splunk?",
    ],
)
def test_a_brand_spoken_of_as_the_employer_is_no_ask(employer):
    text = (
        f"{employer}\nResponsibilities\n- Build forecasting models in Python for Splunk customers.\n"
        "- Reinforce Splunk's core values in the team.\n"
    )
    assert "splunk" not in found(text)
    assert "python" in found(text)


@pytest.mark.parametrize(
    "ask",
    [
        "Nice to have\n- Splunk or other log analytics tools\n",
        "Nice to have\n- Splunk, Datadog\n",
        "Requirements\n- Become an expert in the Splunk query language within a month\n",
    ],
)
def test_the_employers_brand_asked_in_a_list_item_is_kept(ask):
    text = f"Splunk is seeking a Data Scientist who loves messy data.\n{ask}- 3+ years of Python\n"
    assert "splunk" in found(text)


@pytest.mark.parametrize("possessive", ["Splunk’s", "Splunk's"])
def test_the_employers_brand_with_its_possessive_in_a_list_item_is_the_company(possessive):
    # the owner of a platform or a programme, not the tool asked for ("successful completion of Cerner's
    # Analytics Learning Lab", "connect a customer's problems to Snorkel’s platform")
    text = (
        "Splunk is seeking a Data Scientist who loves messy data.\nRequirements\n"
        f"- Ability to connect customer problems to {possessive} platform and unique approach\n- 3+ years of Python\n"
    )
    assert "splunk" not in found(text)
    assert "python" in found(text)


def test_a_brand_spoken_of_as_the_employer_is_kept_where_asked():
    text = (
        "Variety is one of the best things about working at The Trade Desk.\n"
        "Requirements\n- Experience with Splunk, Python or SQL\n"
        "The Trade Desk is an equal opportunity employer.\n"
    )
    skills = found(text)
    assert "the_trade_desk" not in skills
    assert skills["splunk"] == "required"  # another brand, asked, and no employer here


# --- requirement levels from layout -------------------------------------------------------------


def test_preferably_and_ideally_scope_to_what_follows():
    text = (
        "Requirements:\n- Experience with SQL, preferably PostgreSQL\n- Python; ideally PyTorch\n"
        "- Experience with relational databases (Postgres preferred)\n- Docker (preferred)\n"
    )
    skills = found(text)
    assert skills["sql"] == "required"
    assert skills["postgresql"] == "preferred"
    assert skills["python"] == "required"
    assert skills["pytorch"] == "preferred"
    assert skills["relational_databases"] == "required"
    assert skills["docker"] == "preferred"  # a bare marker speaks for the whole item


def test_ideally_at_the_start_speaks_for_the_whole_item():
    skills = found("Ideally, you know Spark and Scala.")
    assert skills["apache_spark"] == "preferred"
    assert set(skills.values()) == {"preferred"}


def test_is_desirable_is_preferred():
    assert found("Requirements\n- Python\n- Knowledge of Kafka is desirable\n")["kafka"] == "preferred"


@pytest.mark.parametrize(
    "text",
    [
        "About the job\nWe build things that matter to our mission.Qualifications: Python and SQL",
        "About the job\nWe build things. Qualifications: Python and SQL",
        "**Qualifications**\n- Python\n- SQL",
        "QUALIFICATIONS\nPython, SQL",
        "What you will need to succeed\n- Python\n- SQL",
        "Who we are looking for\n- Python\n- SQL",
        "Responsibilities\n- Build reports\nMust-haves\n- Python\n- SQL",
        "Responsibilities\n- Build reports\n- In-depth knowledge of Python\n- Adept with SQL",
    ],
)
def test_requirement_headings_and_items(text):
    skills = found(text)
    assert skills["python"] == "required", text
    assert skills["sql"] == "required", text


@pytest.mark.parametrize(
    "text",
    [
        "Who we are\nWe build Python tools and SQL engines for banks.",
        "What you'll do!\n- Write Python and SQL",
        "Responsibilities\n- Build pipelines in Python\n- Own the SQL reporting layer",
        "You Will:\n- Conduct in-depth analyses in Python and SQL",
        "SUMMARY:ESSENTIAL JOB FUNCTIONS:\nMaintain reporting in Python and SQL",
    ],
)
def test_blurbs_and_duties_stay_unspecified(text):
    assert set(found(text).values()) <= {"unspecified"}, text


def test_a_field_line_keeps_the_section_it_sits_in():
    skills = found("Requirements\n- Python\nLocation: Remote (US)\n- SQL\n")
    assert skills == {"python": "required", "sql": "required"}


def test_a_sentence_is_not_a_heading():
    text = "About Us\nWe are great.\nOur work environment is relaxed business casual\nWhat would you be doing?\nApplying data science methods to images"
    assert "data_science" in found(text)


def test_out_of_context_gives_its_reason():
    text = POSTING_WITH_BOILERPLATE
    index = segment_index(text)
    start = text.index("machine learning")
    assert out_of_context(text, start, start + len("machine learning"), index) == "section:blurb"
    start = text.index("SQL")
    assert out_of_context(text, start, start + 3, index) is None


# --- what a posting says about its employer --------------------------------------------------------

EMPLOYER_PARAGRAPHS = """Harborline Analytics is a leading provider of route optimization and demand forecasting software for regional airlines. Our platform connects IoT sensors on ground equipment. The atmosphere is informal and promotes collaboration.
Responsibilities
- Build forecasting models in Python
- Present results to senior leadership
Requirements
- 3+ years of SQL
"""


def test_an_unheaded_company_paragraph_asks_nothing():
    skills = found(EMPLOYER_PARAGRAPHS)
    assert skills["python"] == "unspecified"
    assert skills["sql"] == "required"
    assert skills["forecasting"] == "unspecified"  # asked among the duties, not only in the blurb
    for not_asked in ("internet_of_things", "collaboration", "leadership"):
        assert not_asked not in skills, not_asked


def test_a_company_sentence_that_turns_to_the_candidate_is_kept():
    text = (
        "Kestrel Bio is a clinical-stage biotech company. We are looking for a scientist with Python and R.\n"
        "Kestrel Bio is a startup that uses AWS for everything.\n"
    )
    skills = found(text)
    assert {"python", "r_language", "aws"} <= set(skills)


def test_the_experience_a_company_sells_does_not_turn_its_blurb_into_an_ask():
    text = (
        "About Northwind\nNorthwind helps grocers delight shoppers. Our cloud and data capabilities power a seamless "
        "customer experience in every store.\nRequirements\n- Experience with SQL\n"
    )
    skills = found(text)
    assert "sql" in skills
    assert "cloud_computing" not in skills


@pytest.mark.parametrize(
    "opening",
    [
        "Guided by our shared values, we thrive in a workplace where collaboration and candour are valued.",
        "To reach that goal, our practice areas of strategy, cyber security and cloud computing work as one.",
        "Using deep learning and decades of sensor data, we help farmers predict their harvest.",
        "For advertisers, we provide a full-stack platform that grows their reach.",
    ],
)
def test_a_company_sentence_after_an_opening_phrase_asks_nothing(opening):
    skills = found(opening + "\nRequirements\n- 3+ years of SQL\n")
    assert "sql" in skills
    for not_asked in ("collaboration", "security", "cloud_computing", "deep_learning", "full_stack_development"):
        assert not_asked not in skills, not_asked


def test_a_company_sentence_naming_its_industries_or_culture_asks_nothing():
    text = (
        "Responsibilities\n"
        "- Build demand forecasts in Python\n"
        "Brightwave has a strong data analytics presence across many industries.\n"
        "Brightwave has a culture that embraces creativity.\n"
    )
    skills = found(text)
    assert "python" in skills
    for not_asked in ("data_analysis", "creativity"):
        assert not_asked not in skills, not_asked


def test_a_subject_named_as_an_organisation_describes_the_employer():
    text = (
        "Kitelight Labs is building private on-chain inference secured by modern cryptography.\n"
        "Requirements\n- 3+ years of Python\n"
    )
    skills = found(text)
    assert "python" in skills
    for not_asked in ("security", "artificial_intelligence"):
        assert not_asked not in skills, not_asked


def test_a_name_said_to_be_a_platform_is_the_employer():
    text = (
        "Lumenforge is the leading model observability platform for ML teams. Lumenforge helps banks trust models.\n"
        "What you will do\n- Show customers the value of Lumenforge in their workflows\n"
        "Requirements\n- 3+ years of Python and SQL\n"
    )
    skills = found(text)
    assert {"python", "sql"} <= set(skills)
    assert "machine_learning_observability" not in skills and "model_monitoring" not in skills
    assert "Lumenforge" not in texts(text)
    # a platform the hire builds is no company's name
    built = found("Requirements\n- Kafka is a streaming platform you will run; strong Python\n")
    assert {"kafka", "python"} <= set(built)


def test_the_employers_mission_asks_nothing_even_among_the_duties():
    text = (
        "Responsibilities\n\nAcme Video is a destination for short films. Our mission is to inspire creativity "
        "and bring joy.\n- Build ranking models in Python\n"
    )
    skills = found(text)
    assert "creativity" not in skills
    assert {"python"} <= set(skills)


@pytest.mark.parametrize(
    "sentence, pitched",
    [
        (
            "Loomwise’s inspection platform combines computer vision with natural language generation to help "
            "plant managers catch defects early.",
            {"computer_vision", "natural_language_generation"},
        ),
        ("Loomwise's mission is to bring creativity back to manufacturing.", {"creativity"}),
    ],
)
def test_the_employers_product_or_mission_named_with_its_possessive_asks_nothing(sentence, pitched):
    skills = found("Data Scientist\n" + sentence + "\nRequirements\n- 3+ years of Python\n")
    assert not pitched & set(skills), skills
    assert "python" in skills


def test_a_possessive_names_no_product_when_the_team_works_or_the_stack_is_asked():
    team = found("Loomwise's data team builds demand forecasting models with Airflow and dbt.\nRequirements\n- SQL\n")
    assert {"demand_forecasting", "airflow", "dbt"} <= set(team), team
    stack = found("Requirements\n- Loomwise's platform is written in Go and Kotlin; experience with both\n")
    assert {"go_language", "kotlin"} <= set(stack), stack


def test_the_people_who_make_the_employers_product_are_the_team_at_work():
    # "software engineers" names people, not the product "software": what they build is the role's work
    text = (
        "Loomwise is hiring a data engineer.\n"
        "Loomwise's software engineers are building demand forecasting pipelines with Airflow and dbt.\n"
        "Requirements\n- SQL\n"
    )
    skills = found(text)
    assert {"demand_forecasting", "airflow", "dbt"} <= set(skills), skills


def test_a_department_at_work_after_the_employers_blurb_stays_asked():
    text = (
        "Harborline Health is a leading provider of health plans in New York. The Corporate Analytics department "
        "is charged with identifying the root cause of its cost trends and forecasting key performance "
        "indicators.\nRequirements\n- SQL\n"
    )
    skills = found(text)
    assert {"root_cause_analysis", "kpis", "forecasting"} <= set(skills), skills


def test_a_skill_name_ending_in_systems_is_no_organisation():
    text = "Distributed Systems is what this team builds, with Kafka and Kubernetes at its core.\n"
    skills = found(text)
    for asked in ("distributed_systems", "kafka", "kubernetes"):
        assert asked in skills, asked


def test_a_name_ending_in_health_said_to_be_a_field_is_no_organisation():
    text = (
        "Digital Health is a fast-growing field in which machine learning and natural language processing "
        "reshape patient care.\nRequirements\n- 3+ years of Python\n"
    )
    skills = found(text)
    for asked in ("machine_learning", "natural_language_processing", "python"):
        assert asked in skills, asked


def test_a_company_named_with_health_still_describes_the_employer():
    text = (
        "Larkfield Health is simplifying care for patients with machine learning and natural language "
        "processing.\nRequirements\n- 3+ years of Python\n"
    )
    skills = found(text)
    assert "python" in skills
    for not_asked in ("machine_learning", "natural_language_processing"):
        assert not_asked not in skills, not_asked


def test_a_heading_naming_a_policy_over_its_paragraph_asks_nothing():
    text = (
        "Requirements\n- 3+ years of SQL\n\nHIPAA Compliance\n"
        "Every employee completes privacy training in the first month and follows our rules for patient records.\n"
    )
    assert "hipaa" not in found(text)
    listed = "Requirements\n- 3+ years of SQL\n- HIPAA compliance\n- Tableau\n"
    assert found(listed).get("hipaa") == "required"


def test_a_privacy_notice_on_the_applicants_data_asks_nothing():
    text = (
        "Requirements\n- 3+ years of SQL\n- Strong communication skills\n\n"
        "Applicant Data Privacy\n\n"
        "Northwind may collect and use your personal information when you apply for a role with us. This data includes "
        "contact, education, communications and employment history. Northwind may use your applicant personal data to "
        "(i) run and keep improving our hiring process; (ii) keep our network and information security sound; "
        "(iii) comply with the law.\n"
    )
    skills = found(text)
    assert skills["sql"] == "required" and skills["communication"] == "required"
    for not_asked in ("data_privacy", "security", "cybersecurity", "process_improvement"):
        assert not_asked not in skills, not_asked
    notice = text.split("\n\n", 1)[1]
    assert not any(m.start >= text.index("Applicant Data Privacy") for m in extract_skills(text)), notice


def test_personal_data_that_is_not_the_applicants_may_be_asked_for():
    text = (
        "Requirements\n"
        "- Experience protecting customers' personal data under GDPR and with information security audits.\n"
        "- 3+ years of SQL\n"
    )
    skills = found(text)
    assert "gdpr" in skills and "data_privacy" in skills and "security" in skills
    # a skills list item "Data privacy" is no heading over a notice
    assert "data_privacy" in found("Skills\n- Data Privacy\n- SQL\n")


def test_a_job_descriptions_disclaimer_asks_nothing():
    text = (
        "Requirements\n- 3+ years of SQL\n"
        "This description indicates the general nature and level of work performed by employees within this "
        "classification. Duties and qualifications may vary by department, reporting structure and other business needs.\n"
    )
    skills = found(text)
    assert "sql" in skills
    assert "classification" not in skills and "reporting" not in skills
    asked = "Requirements\n- Experience with classification and regression models\n- Automated reporting in Power BI\n"
    assert "classification" in found(asked) and "reporting" in found(asked)


def test_a_later_field_of_a_heads_remit_is_no_skill():
    text = (
        "Reporting to the Director of Analytics and Data Science, you will build dashboards in Tableau.\n"
        "The analyst works with the Manager of Pricing and Merchandising Analysis.\n"
    )
    skills = found(text)
    assert "tableau" in skills
    assert "data_science" not in skills and "merchandising" not in skills
    asked = "Requirements\n- Experience in statistics and Data Science\n"
    assert "data_science" in found(asked)


def test_a_currency_or_pay_term_after_an_amount_is_no_skill():
    text = (
        "Pay: $85,000 - $100,000 DOE. In Canada the range is $110,000 - $150,000 CAD + equity.\n"
        "Zone 1: $120,000 – $160,000/year (CAD)\n"
        "Requirements\n- 3+ years of SQL\n"
    )
    skills = found(text)
    assert "sql" in skills
    assert "experimental_design" not in skills and "cad" not in skills
    asked = "Requirements\n- Experience with DOE and CAD tools\n- Manage a $2M budget in Excel\n"
    skills = found(asked)
    assert "experimental_design" in skills and "cad" in skills and "excel" in skills


def test_a_list_item_above_an_organisation_sentence_is_no_part_of_its_name():
    text = "Tools\n- Jupyter\nR Studio\nBrightpath Solutions is an equal opportunity employer.\n"
    assert "rstudio" in found(text)


def test_a_recruiting_agency_notice_asks_nothing():
    text = (
        "Requirements\n- 3+ years of SQL\n"
        "We do not accept unsolicited resumes; candidates sent by agencies must come through our Applicant Tracking System.\n"
        "No placement fee is owed for candidates submitted through our Applicant Tracking System without a contract.\n"
    )
    skills = found(text)
    assert "sql" in skills
    assert "applicant_tracking_systems" not in skills


def test_an_opening_phrase_before_the_candidate_is_no_company_sentence():
    text = (
        "Using Python and SQL, you will build our forecasting models.\nTo succeed here, we expect strong Spark skills."
    )
    assert {"python", "sql", "apache_spark"} <= set(found(text))


def test_our_named_team_at_work_is_no_blurb():
    text = "Our Pricing & Inference team works closely with finance to set prices.\nRequirements: SQL."
    assert "collaboration" in found(text)


def test_the_team_at_work_is_no_blurb():
    text = (
        "About the team\nWe partner with finance to build dashboards in Tableau.\n"
        "Our data science stack includes Spark and Airflow.\n"
    )
    skills = found(text)
    assert {"tableau", "apache_spark", "airflow"} <= set(skills)


def test_the_team_the_hire_joins_at_work_is_no_blurb_but_the_company_still_is():
    # a company paragraph, then the team at work: what it builds and applies is what the role works with
    text = (
        "Harbor Analytics is a leading provider of freight software. We help carriers plan routes with AI.\n"
        "We are a small team building streaming pipelines with Kafka and Flink.\n"
        "The team tackles problems in demand forecasting and causal inference.\n"
        "Our platform uses deep learning to transform logistics.\n"
        "About us\nHarbor serves 300 carriers. Our engineers work on recommender systems in Scala.\n"
        "Our entire team works from one office twice a month. We help shippers with blockchain tracking.\n"
    )
    skills = found(text)
    for used in ("kafka", "flink", "causal_inference", "recommender_systems", "scala"):
        assert skills.get(used) == "unspecified", used
    # the company's products, clients and pitch stay prose; the team and its verb ask nothing
    for prose in ("artificial_intelligence", "deep_learning", "blockchain", "teamwork", "team_building"):
        assert prose not in skills, prose


def test_the_team_composed_of_veterans_or_serving_clients_is_still_a_blurb():
    text = (
        "Harbor Analytics is a freight software company. Our team is made up of engineers who built deep learning "
        "systems at large banks. The team serves carriers with blockchain tracking.\nRequirements: Python\n"
    )
    skills = found(text)
    assert "python" in skills
    assert "deep_learning" not in skills and "blockchain" not in skills


def test_a_job_title_as_subject_is_a_duty():
    text = "The Senior Data Scientist develops and maintains data pipelines and builds models with XGBoost."
    assert "xgboost" in found(text)


def test_skill_words_inside_the_employers_name():
    text = (
        "About Lumen AI:\nHere at Lumen AI, we help banks price loans.\nRequirements\n- Experience with Python\n"
        "Lumen AI is an equal opportunity employer.\n"
    )
    skills = found(text)
    assert "python" in skills
    assert "artificial_intelligence" not in skills
    taught = "Teaching Circle is the largest provider of tutoring services in Ohio.\nRequirements: Python"
    assert "teaching" not in found(taught)
    # A skill's own name at the start of a sentence is not taken for the employer's.
    text = "Machine Learning is a core part of our company strategy.\nRequirements: Machine Learning and SQL"
    assert found(text)["machine_learning"] == "required"


def test_values_listed_under_a_field_label_are_no_asks():
    text = (
        "Requirements\n- Python\nJob function\nEngineering\nInformation Technology\n"
        "Industries\nHospital & Health Care\nComputer & Network Security\nHuman Resources\n"
    )
    skills = found(text)
    assert "python" in skills
    for not_asked in ("network_security", "cybersecurity", "human_resources"):
        assert not_asked not in skills, not_asked


@pytest.mark.parametrize("heading", ["Company Overview", "COMPANY DESCRIPTION:", "Organization Summary"])
def test_a_company_overview_is_a_blurb(heading):
    text = f"{heading}\nNorthwind Freight moves parcels across twelve states with blockchain technology and route optimization.\nRequirements\n- Python\n"
    skills = found(text)
    assert "blockchain" not in skills and "python" in skills


# --- headings that frame the role: "The Team", "The Opportunity", "Our Mission" ------------------------

FRAMED_POSTING = """The Team
Our group came together from companies that shipped speech recognition products and computer vision research. Kestrel Labs is the leading data observability platform for hospital networks.
The Opportunity
Weather shapes every harvest. From satellite imagery to soil sensors, growers now collect more signals than ever before. As a member of the team, you will build forecasting models in Python.
- Design and validate time series models
Requirements
- SQL
"""


def test_prose_under_a_framing_heading_describes_the_setting():
    skills = found(FRAMED_POSTING)
    assert "speech_recognition" not in skills and "computer_vision" not in skills
    assert "remote_sensing" not in skills and "data_observability" not in skills
    # what the hire will do, in a sentence that says so or in a list item, is still asked
    assert {"forecasting", "python", "sql"} <= set(skills)
    assert "time_series_analysis" in skills


def test_the_team_at_work_under_a_framing_heading_is_kept():
    text = "About the Team\nThe Payments Data team builds machine learning systems for fraud detection. It was founded in 2019 and sits in three offices.\nRequirements\n- SQL\n"
    assert "machine_learning" in found(text)


def test_framing_reason():
    text = FRAMED_POSTING
    index = segment_index(text)
    start = text.index("computer vision")
    assert out_of_context(text, start, start + len("computer vision"), index) == "framing"
    start = text.index("forecasting models")
    assert out_of_context(text, start, start + len("forecasting"), index) is None


def test_a_law_named_is_no_ask():
    text = (
        "Requirements\n- SQL\nWe consider applicants with arrest records in line with the Fair Credit Reporting Act.\n"
    )
    assert "reporting" not in found(text)


# --- a field named as a body of people ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, skill",
    [
        ("Responsibilities\n- Agree technical requirements with the project management office\n", "project_management"),
        ("Responsibilities\n- Pair with senior data science colleagues on model reviews\n", "data_science"),
        (
            "Responsibilities\n- Support the head of business intelligence on special projects\n",
            "business_intelligence",
        ),
        ("Responsibilities\n- Align roadmaps with product management counterparts\n", "product_management"),
    ],
)
def test_a_field_named_as_a_group_is_no_ask(text, skill):
    assert skill not in found(text)


@pytest.mark.parametrize(
    "text, skill",
    [
        ("Requirements\n- 3+ years of experience on data science teams\n", "data_science"),
        ("Requirements\n- Data science experience; you will mentor the team\n", "data_science"),
    ],
)
def test_a_field_asked_near_a_group_stays(text, skill):
    assert skill in found(text)


# --- senses ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You will brief senior leadership on the results.",
        "Work with DHS leadership and analysts on reporting.",
        "Assists leadership with planning for new clinics.",
        # named by rank or body, whatever stands before
        "Responsibilities: build forecasts that help senior leadership plan the clinic budget.",
        "Share findings with analysts, clinicians and senior leadership every month.",
        "Present the quarterly results to all levels of organizational leadership.",
        "Report findings to various levels of county government leadership.",
        # a rank named after it
        "Requirements:\n- Ability to manage stakeholders across business areas and leadership levels.",
        "Comfortable working across functional teams and various leadership levels.",
        "Your analyses will drive leadership-level decisions on pricing.",
        # a name right before it: a body's leaders, or an organisation's standing
        "Partner with Claims Operations and Member Support leadership to set priorities.",
        "Your dashboards will inform Northwind's leadership on weekly sales.",
        "The lab builds on Fabrikam’s leadership in battery chemistry.",
        # the last of a list of people, after a serial comma
        "Collaborate with business team members, technical leads, and company leadership to define requirements.",
        "Present findings from the claims analysis to peers, management, and leadership.",
        "Partner with the product managers, user researchers, engineers and leadership to plan the roadmap.",
        # a new line after it opens the next item, not "leadership ability"
        "Requirements:\n- Clear communication at all levels, especially senior leadership\nAbility to run data projects",
        "Draft updates for requests from Finance and executive leadership\n\nTraining - plan courses",
    ],
)
def test_leadership_naming_the_leaders_is_no_skill(text):
    assert "leadership" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Requirements: candidates with leadership experience",
        "Strong leadership and communication skills",
        "Demonstrated leadership in analytics projects",
        "Requirements: Excellent leadership, planning and writing skills",
        "Duties: gather requirements. Provide leadership to the reporting analysts.",
        "Outstanding organizational leadership and strategic thinking",
        "Requirements: senior leadership experience in a regulated industry",
        # the skill among other skills, after a serial comma, or its noun on a wrapped line
        "Requirements: 5+ years in machine learning, software engineering, and leadership",
        "Provide consultation, business analysis, project management, and leadership on projects.",
        "Requirements: strong leadership\nskills and a record of shipping models",
    ],
)
def test_leadership_as_a_skill_is_kept(text):
    assert "leadership" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Works with the Finance Organization and leadership to plan the quarterly reporting.",
        "Share the weekly results with marketing and product leadership.",
        "Send the monthly summary to the Claims team leadership and partner groups.",
        "Recommendations reach every level of the company's leadership structure.",
        "Explain model results to store managers and regional leadership.",
        "Present the findings to leadership and other stakeholders.",
        # the people named by their trade after it
        "Work closely with a mixed team of clients, SMEs, leadership, and data scientists.",
        "Report progress to leadership and software engineers every week.",
    ],
)
def test_leadership_named_with_its_group_is_no_skill(text):
    assert "leadership" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Requirements: effective project management, leadership and negotiation skills",
        "Requirements: experience with team leadership",
        "Qualifications: communication, leadership, and initiative",
    ],
)
def test_leadership_listed_among_skills_is_kept(text):
    assert "leadership" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Build weekly dashboards to support regional decision-making.",
        "Deliver forecasts that drive strategic decision making across the stores.",
        "Prepare clean extracts for executive decision-making.",
        "Use experiments to aid in product and pricing decision making.",
        "These analyses enable data-driven decision making in every branch.",
        "The analytics team is integral to improving decision making across the stores.",
        "Dashboards enabling fact-based decision making for the sales leads.",
    ],
)
def test_decision_making_the_role_serves_is_no_skill(text):
    assert "decision_making" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Requirements: sound decision-making skills",
        "Requirements: experience in decision making for a sales team",
        "Requirements: ability to exercise independent decision making",
        "Qualifications: good judgment and decision-making",
    ],
)
def test_decision_making_asked_of_the_candidate_is_kept(text):
    assert "decision_making" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Design, build and deploy nightly SSIS packages for the finance team.",
        "Develop and deploy weekly sales dashboards in Power BI.",
        "You will build and deploy web applications for our clinics.",
        "Help customers choose and deploy the right technologies.",
    ],
)
def test_deploying_something_other_than_a_model_is_no_model_deployment(text):
    assert "model_deployment" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Train, tune and deploy gradient-boosted models for fraud scoring.",
        "Build and deploy AI-powered applications for underwriters.",
        "Prototype the ranking models and deploy them on our cloud infrastructure.",
        "Design and deploy on Kubernetes with the platform team.",
    ],
)
def test_deploying_a_model_is_kept(text):
    assert "model_deployment" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "You can expect fast growth and mentorship opportunities with our principal engineers.",
        "Interns work under the mentorship of the lab's senior researchers.",
        "You will be mentored by experienced statisticians throughout the program.",
        "Receive weekly coaching from a dedicated career advisor.",
        "What we offer: a supportive network of investors and a chance for mentorship and personal growth.",
        "The analyst works under minimal supervision and mentorship of senior data scientists.",
    ],
)
def test_mentoring_the_hire_receives_is_no_skill(text):
    assert "mentoring" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Requirements: experience mentoring junior analysts",
        "Provide technical mentorship to the modeling team.",
        "Contribute to the growth and mentorship of junior team members.",
    ],
)
def test_mentoring_the_hire_gives_is_kept(text):
    assert "mentoring" in found(text)


def test_react_the_verb_is_no_library():
    assert "react" not in found("Build alerts that let the clinic react quickly to staffing gaps.")
    assert "react" not in found("Model how shoppers react to price changes.")
    assert "react" in found("Requirements: React and TypeScript")
    assert "react" in found("Requirements: experience with react and node")


@pytest.mark.parametrize(
    "text",
    [
        "Northwind fosters a collaborative and dynamic work environment for its engineers.",
        "Successful hires join a large, collaborative, collegial group of chemists.",
        "Perks: a flexible and collaborative culture, stock options and a learning budget.",
    ],
)
def test_collaborative_describing_the_workplace_is_no_skill(text):
    assert "collaboration" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Requirements: ability to thrive in a collaborative, fast-paced environment",
        "You thrive in a collaborative culture and share your work early.",
        "Responsibilities:\n- Work in a collaborative environment with clinicians and analysts",
    ],
)
def test_collaborative_asked_of_the_candidate_is_kept(text):
    assert "collaboration" in found(text)


def test_regressions_in_the_software_sense():
    assert "regression" not in found("Write tests that prevent regressions in the billing service.")
    assert "regression" not in found("Maintain the regression test suite.")
    assert "regression" not in found("Duties: investigate data issues and debug regressions in the nightly jobs.")
    assert "regression" in found("Requirements: experience with regressions, clustering and decision trees")


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        (
            "Requirements: SQL.\nTo be considered you must apply through our applicant tracking system online.",
            "applicant_tracking_systems",
        ),
        (
            "Requirements: SQL.\nFeel free to attach any samples of your work, such as a GitHub repo or a blog.",
            "github",
        ),
        (
            "Requirements: SQL.\nWe may share your personal information or documentation with our affiliates.",
            "software_documentation",
        ),
    ],
)
def test_how_to_apply_sentences_ask_nothing(text, skill):
    skills = found(text)
    assert "sql" in skills
    assert skill not in skills


def test_eeo_sentence_with_protected_classification():
    text = "Requirements: Python.\nApplicants are considered regardless of veteran status or any other protected classification."
    assert "classification" not in found(text)


def test_a_title_before_of_names_a_post():
    assert "business_analytics" not in found("You will report to the Director of Business Analytics.")
    assert "data_science" in found("Requirements: knowledge of Data Science methods")


# --- an industry or field named, not asked for -------------------------------------------------------


@pytest.mark.parametrize(
    "text, named",
    [
        ("Work with the Centers for Medicare & Medicaid Services on reporting.", {"medicare", "medicaid"}),
        ("You will sit in the Immuno-Oncology Research Unit and build models in Python.", {"oncology"}),
        ("The team supports clients in the insurance underwriting and asset management industries.",
         {"insurance_underwriting", "asset_management"}),
        ("Brands like Acme and Globex use our platform to optimise their manufacturing processes.",
         {"manufacturing_operations"}),
    ],
)  # fmt: skip
def test_a_field_named_for_a_unit_or_the_clients_is_no_ask(text, named):
    assert not named & set(found(text))


@pytest.mark.parametrize(
    "text, asked",
    [
        ("Familiarity with Medicare and Medicaid claims is a plus.", {"medicare", "medicaid"}),
        ("Implementing profiling assays such as ChIP-seq to support our discovery portfolio.", {"chip_seq"}),
        ("Analyze claims data for our clients in healthcare.", {"healthcare_claims"}),
        ("3+ years of experience in capital markets, serving our clients.", {"capital_markets"}),
        ("Experience in the Supply Chain Analytics team or in supply chain management.", {"supply_chain_management"}),
    ],
)
def test_a_field_asked_of_the_candidate_or_worked_in_stays(text, asked):
    assert asked <= set(found(text))


# --- the groups a role works with ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, named",
    [
        ("Responsibilities:\n- Collaborate with Marketing, Sales, Data Science and Engineering to ship features.",
         {"data_science", "data_engineering"}),
        ("You will work closely with Architects, Developers, QA, DevOps and Product Owners.", {"devops"}),
        ("Partner across finance, operations, product management and legal on pricing.", {"product_management"}),
        ("Work in a team environment with Actuarial, Underwriting, IT and Digital.", {"underwriting"}),
    ],
)  # fmt: skip
def test_a_skill_listed_among_the_groups_the_role_works_with_is_no_ask(text, named):
    assert not named & set(found(text)), found(text)


@pytest.mark.parametrize(
    "text, asked",
    [
        # Listed as skills, not as groups: an experience cue before the list, or no group beside it.
        ("3+ years of experience working with Python, SQL, DevOps and Marketing data.", {"devops", "python"}),
        ("Work closely with product managers on data science and machine learning projects.", {"data_science"}),
        # A verb after the groups is the role's own work.
        ("Work with Sales, Finance, engineers and communicate results to executives.", {"communication"}),
    ],
)
def test_a_skill_beside_a_list_of_groups_stays(text, asked):
    assert asked <= set(found(text)), found(text)


# --- what the workplace fosters ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, named",
    [
        ("Analysts here find a work environment that fosters creativity, innovation and career growth.", {"creativity"}),
        ("We reward curious people with a workplace culture that thrives on teamwork and collaboration as well as "
         "fresh thinking.", {"teamwork", "collaboration"}),
        ("Join a culture that rewards problem-solving, client relationship building, and thought-leadership.",
         {"problem_solving", "relationship_building"}),
        # after a comma, by its participle
        ("Fabrikam Games is a great place to work, fostering creativity and collaboration.",
         {"creativity", "collaboration"}),
        # named before the verb that values them
        ("Join a casual corporate culture, where creativity and productivity are valued over a suit and tie.",
         {"creativity"}),
        ("Come work at a place where innovation and teamwork come together to support the mission.", {"teamwork"}),
    ],
)  # fmt: skip
def test_what_the_workplace_fosters_is_no_ask(text, named):
    assert not named & set(found(text)), found(text)


def test_what_the_workplace_fosters_is_kept_when_asked():
    text = "Requirements:\n- Thrive in a team that values collaboration and creativity\n- Python"
    assert {"collaboration", "creativity", "python"} <= set(found(text))
    # Outside the list of values the same words stay: "… fosters growth. You bring teamwork and creativity."
    assert "creativity" in found("Our culture fosters growth. You will bring creativity and rigor to modeling.")
    # … and so do the hire's own skills put to use there, and a workplace asked of the candidate
    text = "Work for a growing organization where you can apply your critical thinking skills and ideas are valued."
    assert "critical_thinking" in found(text)
    text = "Preferred:\n- Prior work in a startup where rapid prototyping and iterative development are the norm"
    assert "prototyping" in found(text)


# --- a generic modelling task covered by a specific method -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "3+ years of experience applying machine learning techniques to build models used in our products.",
        "Experience building models using deep learning and reinforcement learning.",
        "Apply statistical modeling and data mining to build models of customer churn.",
        # the method named elsewhere in the sentence, the task a bare verb sharing "models"
        "Experience developing models and ensembles in the deep learning space.",
        "You will select suitable statistical and machine learning techniques, build & validate models.",
        "- Develop models for churn and fraud using machine learning and data mining",
    ],
)
def test_a_generic_modelling_task_covered_by_a_specific_method_is_not_added(text):
    skills = found(text)
    assert "model_development" not in skills, skills
    assert skills.keys() & {"machine_learning", "deep_learning", "statistical_modeling", "data_mining"}


@pytest.mark.parametrize(
    "text",
    [
        "Experience building models in Python and SQL.",
        "You will build models of customer demand for the pricing team.",
        # the method in another sentence
        "You will build models of customer demand. The team also runs machine learning pipelines.",
    ],
)
def test_a_generic_modelling_task_on_its_own_stays(text):
    assert "model_development" in found(text)


def test_a_life_cycle_task_stays_beside_a_named_method():
    # only the generic task gives way: evaluating and deploying the models are skills of their own
    skills = found("You will select machine learning techniques, build & validate models, deploy completed models.")
    assert "model_development" not in skills, skills
    assert {"machine_learning", "model_evaluation", "model_deployment"} <= skills.keys(), skills


@pytest.mark.parametrize(
    "text",
    [
        "We are looking for a full-stack data scientist to own projects end to end.",
        "Experience with the full stack of machine learning: data, training and serving.",
        "You will join a “full-stack” ML team.",
    ],
)
def test_full_stack_before_a_data_or_ml_noun_is_no_web_development(text):
    assert "full_stack_development" not in found(text)


@pytest.mark.parametrize(
    "text",
    ["Full stack experience with Node and React is a plus.", "Understand how the full stack of our software works."],
)
def test_full_stack_software_stays(text):
    assert "full_stack_development" in found(text)


def test_a_named_subject_that_speaks_of_itself_as_our_is_the_employer():
    text = (
        "Northwind is growing our team of passionate people on a mission to make machine learning simple.\n"
        "Requirements:\n- SQL\n"
    )
    assert set(found(text)) == {"sql"}
    # A named subject that is no employer speaking of itself keeps its skills.
    assert "machine_learning" in found("Northwind Labs is hiring an analyst to apply machine learning to churn.")


def test_a_description_of_the_employer_between_commas_asks_nothing():
    text = (
        "Tidewater Robotics, a fast-growing leader in warehouse automation and computer vision, is seeking a "
        "data scientist to join our team.\nRequirements:\n- SQL and Python\n"
    )
    assert set(found(text)) == {"sql", "python"}
    # A description that speaks of the candidate, and a skill or a job title before the commas, are kept.
    kept = "Moreover, a successful candidate has strong computer vision skills, is curious and writes SQL."
    assert "computer_vision" in found(kept)
    title = "The Data Scientist, a key hire for a product built on computer vision, is the owner of our models."
    assert "computer_vision" in found(title)


def test_what_a_company_is_all_about_asks_nothing():
    text = "Northwind is all about teamwork, respect and diversity.\nRequirements:\n- SQL\n"
    assert set(found(text)) == {"sql"}


@pytest.mark.parametrize(
    "sentence",
    [
        "At Northwind, we encourage creativity and demand teamwork in everything.",
        "At Northwind, everything we do, from research to building trust with partners, is about teamwork.",
        "At Northwind Labs, we develop products for data visualization that insurers rely upon.",
    ],
)
def test_at_the_named_employer_we_describes_the_employer(sentence):
    skills = found(sentence + "\nRequirements:\n- SQL\n")
    assert set(skills) == {"sql"}, skills


def test_the_teams_mission_and_tools_stay_asks():
    text = (
        "The team's mission is to use machine learning to forecast demand for every store.\n"
        "At Northwind, we use Airflow and dbt for our pipelines.\n"
    )
    skills = found(text)
    assert {"machine_learning", "airflow", "dbt"} <= set(skills), skills


@pytest.mark.parametrize(
    "instruction, words, sent",
    [
        ("To apply: email your resume in Word to jobs@harborline.com", "Word", "microsoft_word"),
        ("Send your resume (in Microsoft Word format) to hr@harborline.com.", "Microsoft Word", "microsoft_word"),
        ("Please submit your CV in English.", "English", "english"),
        # the cheap test before the pattern reads a cover letter and capitals too ("RÉSUMÉ")
        ("Please send your cover letter in English.", "English", "english"),
        ("PLEASE SEND YOUR RÉSUMÉ IN ENGLISH.", "ENGLISH", "english"),
        (
            "Please do not forward resumes to our applicant tracking system or our employees.",
            "applicant tracking system",
            "applicant_tracking_systems",
        ),
    ],
)
def test_how_the_resume_is_sent_asks_nothing(instruction, words, sent):
    skills = found("Requirements\n- SQL\n" + instruction + "\n")
    assert sent not in skills, skills
    assert "sql" in skills
    start = instruction.index(words)
    assert out_of_context(instruction, start, start + len(words), segment_index(instruction)) == "apply"


def test_the_same_words_asked_as_skills_stay_asked():
    skills = found(
        "Requirements\n- Advanced Microsoft Word and Excel skills\n- Fluent English\n- CV experience in PyTorch\n"
    )
    assert {"microsoft_word", "excel", "english", "computer_vision", "pytorch"} <= set(skills), skills


def test_who_may_be_hired_under_export_control_law_asks_nothing():
    text = (
        "Requirements:\n- Python and SQL\n"
        "Due to ITAR regulations, this role is only open to U.S. Citizens, lawful permanent residents (green card "
        "holders) and protected individuals.\n"
    )
    assert "itar" not in found(text)
    assert "itar" in found("Requirements:\n- Knowledge of ITAR and export compliance\n")


@pytest.mark.parametrize(
    "text, skill",
    [
        ("We offer career path planning and tuition support.", "motion_planning"),
        ("Each year the firm deploys hundreds of consultants to client sites.", "model_deployment"),
    ],
)
def test_a_compound_or_object_that_changes_the_sense(text, skill):
    assert skill not in found(text)
    assert "motion_planning" in found("Experience with path planning for mobile robots.")


# --- data turned into insight ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You will transform data into actionable insights and recommendations for the sales team.",
        "- Transforming raw clinical data into knowledge that guides our product roadmap",
        "Responsibilities: convert data into a clear story for senior leaders",
    ],
)
def test_data_turned_into_insight_is_no_data_transformation(text):
    assert "data_transformation" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "You will transform data into a star schema for reporting.",
        "You will normalize and transform data from our event feeds.",
        "Experience with data transformation into Parquet and Delta tables.",
    ],
)
def test_data_transformation_into_another_shape_stays(text):
    assert "data_transformation" in found(text), found(text)


# --- relationships in the data --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You are able to establish causal relationships using statistical methods.",
        "Responsibilities: define and maintain relationships between datasets in the warehouse",
        "You will maintain complex relationships among customer and account records.",
    ],
)
def test_relationships_in_the_data_are_no_relationship_building(text):
    assert "relationship_building" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "You will build strong cross functional relationships with product and finance.",
        "You will build relationships between the data team and our clinical partners.",
        "Ability to establish and maintain relationships with senior stakeholders.",
    ],
)
def test_relationships_with_people_stay(text):
    assert "relationship_building" in found(text), found(text)


# --- decisions that the work helps others make ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You will find insights that will drive the decisions behind our pricing.",
        "- Build dashboards and reports to help drive business decisions",
        "You will analyze churn data which can drive product decisions across teams.",
    ],
)
def test_decisions_the_insights_drive_are_no_decision_making(text):
    assert "decision_making" not in found(text), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "You will drive product decisions with the leadership team.",
        "Requirements: a track record of driving decisions in ambiguous settings",
        "Ability to make decisions with incomplete data.",
    ],
)
def test_decisions_the_candidate_drives_stay(text):
    assert "decision_making" in found(text), found(text)


# --- a head word two skills share: the words around it choose ----------------------------------------


def _skill_at(text: str, word: str) -> set[str]:
    start = text.index(word)
    return {m.skill_id for m in extract_skills(text) if m.start <= start < m.end}


@pytest.mark.parametrize(
    ("text", "word", "skill"),
    [
        # listed with vision tasks: image segmentation
        (
            "Requirements\n- Experience training CNNs for object detection, segmentation and tracking in video",
            "segmentation",
            "image_segmentation",
        ),
        # listed with marketing analytics: customer segmentation
        (
            "Requirements\n- Experience with churn prediction, segmentation and campaign targeting in Python",
            "segmentation",
            "customer_segmentation_models",
        ),
        # the plural too: "segmentations" of images
        (
            "Requirements\n- Experience with object detection, segmentations and tracking of MRI images",
            "segmentations",
            "image_segmentation",
        ),
        # a form owned by one sense, used in the other: "segmentation models" of customers
        (
            "Responsibilities\n- Build segmentation models from customer purchase behavior for the CRM team",
            "segmentation models",
            "customer_segmentation_models",
        ),
    ],
)
def test_a_bare_shared_head_word_takes_the_sense_of_its_neighbours(text, word, skill):
    assert skill in _skill_at(text, word)


@pytest.mark.parametrize(
    ("text", "word", "skill"),
    [
        # beside clinical data capture: a case report form
        (
            "Responsibilities\n- Build clinical trial data collection tools, paper CRF and eCRF, in the EDC system",
            "CRF",
            "case_report_forms",
        ),
        (
            "Duties\n- Annotate the study's case report forms and review unique CRFs with the sites",
            "CRFs",
            "case_report_forms",
        ),
        # beside sequence models in NLP: a conditional random field
        (
            "Requirements\n- Background in NLP sequence labeling (HMMs, CRFs, SVMs)",
            "CRFs",
            "probabilistic_graphical_models",
        ),
    ],
)
def test_crf_takes_the_sense_its_line_speaks_for(text, word, skill):
    assert _skill_at(text, word) == {skill}


@pytest.mark.parametrize(
    ("text", "word", "skill"),
    [
        # beside claims, registries and other health data: an electronic medical record
        (
            "Requirements\n- Experience with patient-level data (claims, EMR, disease registries)",
            "EMR",
            "electronic_health_records",
        ),
        (
            "Preferred\n- Familiarity with hospital data such as EHR, EMR and billing codes",
            "EMR",
            "electronic_health_records",
        ),
        # beside AWS services and Hadoop: Amazon's cluster service
        ("Requirements\n- Hands-on with AWS services (S3, EMR, Glue, Athena)", "EMR", "aws_emr"),
    ],
)
def test_emr_takes_the_sense_its_line_speaks_for(text, word, skill):
    assert _skill_at(text, word) == {skill}


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        (
            "Minimum qualifications\n- Ability to speak and write English and Portuguese fluently.",
            {"english", "portuguese"},
        ),
        ("Language skills\n- Must be able to read, write, and speak English.", {"english"}),
        (
            "Requirements\n- Able to speak English and Korean or Japanese at a business level.",
            {"english", "korean", "japanese"},
        ),
        ("Preferred\n- Can converse in Spanish with clinic staff.", {"spanish"}),
    ],
)
def test_a_verb_of_speaking_asks_for_the_language_after_it(text, languages):
    assert languages <= set(found(text))


def test_a_speaker_of_the_language_asks_for_it_but_speakers_met_do_not():
    assert "english" in found("Requirements\n- Confident English speaker with AWS experience")
    assert "german" in found("Duties\n- Support our German speaking customers across the region")
    # people the hire works with, in the plural, ask nothing of the hire
    assert "english" not in found("About you\n- You enjoy working with native and non-native English speakers")


def test_a_verb_of_speaking_vouches_only_for_languages():
    # "write" before a word that is a tool only in skill context does not make it one
    assert "epic" not in found("About us\nOur clinicians write Epic stories about patient care every week.")


def test_either_joins_a_list_of_languages():
    text = "Requirements\n- Ability to speak and write in English and either Danish, Swedish or Finnish fluently."
    assert {"danish", "swedish", "finnish"} <= set(found(text))


def test_a_modified_segmentation_keeps_its_own_sense():
    text = "Requirements\n- Semantic segmentation of customer photos with PyTorch"
    assert _skill_at(text, "Semantic segmentation") == {"image_segmentation"}


def test_bare_segmentation_in_prose_is_no_skill():
    # one word that counts only in skill context: not in a sentence about the market
    text = "About us\nOur growth comes from a clear segmentation of the retail market."
    assert not _skill_at(text, "segmentation")


@pytest.mark.parametrize(
    "text",
    [
        "The Role\nReporting to the Director of Analytics, you will build dashboards in Tableau.",
        "This is a senior position reporting directly to the Head of Data & Research.",
        "You'll join a growing team of analysts, reporting into the Operations organization.",
        "Summary\nReporting to\nthe Director, Predictive Analytics, the analyst supports pricing.",
    ],
)
def test_reporting_to_a_manager_is_the_line_of_report_not_the_skill(text):
    assert "reporting" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Responsibilities\n- Provide reporting to regulatory agencies as required",
        "Responsibilities\n- Automate weekly reporting to stakeholders and partners",
        "Responsibilities\n- Develop and automate reporting to assess campaign performance\n- Partner with the media team",
    ],
)
def test_reporting_delivered_to_others_stays_the_skill(text):
    assert "reporting" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Responsibilities\n- Design Tableau dashboards to meet business requirements",
        "Responsibilities\n- Ensure the data models satisfy current and future business requirements",
        "Responsibilities\n- Write design documents in accordance with functional requirements",
    ],
)
def test_requirements_met_are_no_requirements_gathering(text):
    assert "requirements_gathering" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Requirements\n- Experience translating business requirements into technical specifications",
        "Requirements\n- Experience with business requirements and user stories",
        "Responsibilities\n- Document technical requirements for the data platform",
    ],
)
def test_requirements_worked_out_stay_requirements_gathering(text):
    assert "requirements_gathering" in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        (
            "Responsibilities\n- Build models that cut waste while maximizing customer service levels",
            "customer_service",
        ),
        ("Responsibilities\n- Recommend fixes that raise quality and customer-service standards", "customer_service"),
        ("Responsibilities\n- Own ML models that are part of a production decision-making system", "decision_making"),
        (
            "Responsibilities\n- Tune the ranking engine behind our decision-making platform",
            "decision_making",
        ),
    ],
)
def test_a_skill_naming_another_thing_by_its_noun_is_no_skill(text, skill):
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Requirements\n- Strong customer service skills", "customer_service"),
        ("Requirements\n- Sound decision-making abilities under pressure", "decision_making"),
    ],
)
def test_a_skill_with_its_own_noun_stays(text, skill):
    assert skill in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # an acronym that is also a word or a place is matched only as written
        ("Requirements\n- Patience to sift through messy sensor data", "image_processing"),
        ("Location: Grand Rapids, MI\nRequirements\n- 3 years of SQL", "rapids"),
        ("Requirements\n- A hunger to learn while having a blast with the team", "blast"),
        # e-learning offered to staff is no online learning algorithm
        ("Benefits\n- Free online training and a yearly conference budget", "online_learning_algorithms"),
    ],
)
def test_a_word_shaped_like_an_acronym_is_no_skill(text, skill):
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Requirements\n- Feature extraction with SIFT and ORB features in OpenCV", "image_processing"),
        ("Requirements\n- GPU data frames with RAPIDS and cuDF", "rapids"),
        ("Requirements\n- Sequence alignment with BLAST", "blast"),
    ],
)
def test_the_acronym_as_written_stays(text, skill):
    assert skill in found(text)


def test_the_employers_own_name_as_subject_describes_the_employer():
    text = (
        "Quillfeather (quillfeather.io) is a biotech company that designs antibodies.\n"
        "Quillfeather has two approved oncology medicines and a pipeline built on protein engineering.\n"
        "Quillfeather's leadership in immunology drives every program.\n"
        "Requirements:\n- SQL and Python\n"
    )
    skills = found(text)
    assert set(skills) == {"sql", "python"}, skills


def test_the_employers_name_does_not_hide_its_people_openings_or_asks():
    text = (
        "Quillfeather is a software company in Denver.\n"
        "Quillfeather engineers solve hard problems with Python every day.\n"
        "Quillfeather has an opening for an analyst with a specialization in machine learning.\n"
        "Requirements:\n- Quillfeather operational knowledge of SQL reporting\n"
    )
    skills = found(text)
    assert {"python", "machine_learning", "sql"} <= set(skills), skills


def test_a_capitalised_common_word_is_no_employers_name():
    # "Work" opens sentences but also stands in lower case: no company's name.
    text = (
        "Work is a team sport at our company.\n"
        "Work alongside scientists to design experiments and work with engineers.\n"
    )
    assert "collaboration" in found(text)


def test_the_company_named_by_a_common_noun_describes_the_employer():
    text = (
        "The company specializes in building web and mobile applications for schools.\n"
        "The platform gives businesses email marketing, CRM and segmentation in one place.\n"
        "Requirements:\n- SQL\n"
    )
    assert set(found(text)) == {"sql"}
    # What the platform will be is what the hire builds.
    assert "object_tracking" in found("The platform will combine human labels with automatic object tracking.")


def test_a_company_in_search_of_someone_asks():
    text = "Larkspur is a fast-growing startup in search of an analyst who blends customer service with SQL."
    assert {"customer_service", "sql"} <= set(found(text))
    searching = (
        "Larkspur Labs is a software company.\nLarkspur Labs is currently searching for an engineer to build "
        "tools. The applications we build rely on machine learning.\n"
    )
    assert "machine_learning" in found(searching)


def test_hr_form_fields_name_no_skill():
    text = (
        "Data Scientist\nFunctional Area\nSales Operations\nJob Family:\nData Analytics & Reporting\n"
        "Interest Group\nConsulting Services\nRequirements:\n- SQL and Python\n- Experience with reporting\n"
    )
    skills = found(text)
    assert {"sql", "python", "reporting"} <= set(skills), skills
    assert "sales_operations" not in skills and "data_analysis" not in skills, skills
    assert skills["reporting"] == "required"
    # "Job family" inside a sentence is no field label.
    assert "econometrics" in found("Entry-level role into the job family. Works with econometric tools.")


def test_an_institutions_name_names_no_skill():
    text = (
        "The Larkspur School of Leadership and Public Affairs is hiring a data scientist.\n"
        "You will work with the Laboratory of Genetics.\nRequirements:\n- Python\n- Strong leadership skills\n"
    )
    skills = found(text)
    assert "genetics" not in skills, skills
    assert skills["leadership"] == "required"  # asked in the requirements, not in the school's name
    kept = "Requirements:\n- Strong background in Statistics\n- Department of Defense clearance\n- SQL\n"
    assert "statistics" in found(kept)


def test_title_case_skill_words_inside_a_unit_name_are_no_asks():
    # units named after a field
    assert "data_science" not in found("You will join the Data Science & Analytics team at our bank.")
    assert "data_management_general" not in found("Support the Insurance Data Management Unit with monthly reports.")


@pytest.mark.parametrize(
    ("opening", "not_asked"),
    [
        ("We are seeking a curious Data Scientist to join our Data Science product team.", "data_science"),
        ("We are hiring an engineer to join our new AI Ops platform team in Research IT.", "artificial_intelligence"),
        ("You will be a founding member of our ML engineering team in Austin.", "machine_learning"),
        ("You will be part of the Demand & Supply Planning Data Science team.", "demand_planning"),
    ],
)
def test_the_name_of_the_team_the_hire_joins_asks_nothing_whatever_its_case(opening, not_asked):
    skills = found(opening + "\nRequirements:\n- 3+ years of SQL\n")
    assert "sql" in skills
    assert not_asked not in skills, skills


def test_what_the_joined_team_does_and_a_team_described_stay_asked():
    # the team's work after its name, and a team described rather than named
    assert "machine_learning" in found("You will be part of the team that builds machine learning models for the org.")
    assert "machine_learning" in found("Join our team and apply machine learning to fraud detection.")
    assert "collaboration" in found("Requirements:\n- Ability to work as part of a collaborative research team")


def test_a_label_whose_value_is_none_asks_nothing():
    form = (
        "Competencies\nTeamwork\nSolid teamwork and interpersonal skills.\nLeadership\nNONE\n"
        "Organizational\nSolid organizational skills.\nTechnical Skills\nAdvanced SQL\n"
    )
    skills = found(form)
    assert "sql" in skills and "teamwork" in skills
    assert "leadership" not in skills, skills
    assert "people_management" not in found("DIRECT REPORTS: None\nRequirements:\n- Python\n")
    assert "leadership" not in found("Requirements:\n- Leadership: N/A\n- Python: 3 years\n")


def test_a_label_with_a_value_or_a_none_that_opens_a_sentence_stays_asked():
    assert "leadership" in found("Requirements:\n- Leadership\n- None of the following is optional: Python\n")
    assert "leadership" in found("Requirements:\n- Leadership: leads a team of two\n")


def test_title_case_skill_words_after_an_ask_are_kept():
    assert "data_science" in found("Requirements:\n- 3+ years of experience working with Data Science teams")


def test_organisations_named_as_clients_or_users_are_no_asks():
    text = (
        "Our analytics team serves some of the best-known retailers in the country, including Salesforce, "
        "Kroger, Procter & Gamble and Tableau.\nRequirements:\n- Python\n- Experience with tools like Tableau or Looker\n"
    )
    skills = found(text)
    assert "salesforce" not in skills, skills
    assert skills["tableau"] == "required"  # asked for below like any tool
    # work listed after a noun for organisations is written in lower case and stays
    assert "data_quality" in found("Provide ongoing support for customers such as report building and data quality.")


@pytest.mark.parametrize(
    "text",
    [
        "Responsibilities:\n- Work with Product Management to turn the findings into roadmap items.",
        "Responsibilities:\n- Partner closely with Data Engineering and the platform team on data contracts.",
        "You will collaborate with the Data Governance, Security and Legal teams on access reviews.",
        "This role works closely with Program Management, New Business Development and Operations.",
    ],
)
def test_a_department_named_as_a_partner_is_no_ask(text):
    skills = found(text)
    assert not {"product_management", "data_engineering", "data_governance", "business_development"} & set(skills), (
        skills
    )


@pytest.mark.parametrize(
    "text",
    [
        "Responsibilities:\n- Pass customer feedback on to Product Management and Engineering.",
        "Responsibilities:\n- Answer data requests from Finance, Business Development, Marketing and other groups.",
        "You will support areas of the company such as Design, Product Management, Sales & Marketing.",
        "Responsibilities:\n- Present the quarterly results to Customer Service and Product Management leaders.",
        # the series ends at a preposition, or follows a verb of serving the people
        "You will partner with Product, Engineering, Design and Account Management across the whole product cycle.",
        "The analyst builds weekly reporting to empower Sales, Marketing and Product Management to find target customers.",
        "This role will support Finance, Customer Service and Product Management during the yearly planning.",
    ],
)
def test_a_series_of_departments_worked_with_or_for_is_no_ask(text):
    skills = found(text)
    assert not {"product_management", "business_development", "customer_service", "account_management"} & set(skills), (
        skills
    )


def test_a_series_of_departments_in_an_ask_for_experience_or_before_its_own_noun_stays():
    assert "product_management" in found(
        "Requirements:\n- Solid experience contributing to Product Management and Engineering."
    )
    assert "product_management" in found(
        "Requirements:\n- 3+ years of experience working alongside Product Management and Design."
    )
    assert "product_management" in found(
        "Requirements:\n- Experience supporting Sales, Marketing and Product Management across a large company."
    )


def test_a_department_in_title_case_before_a_group_noun_is_no_ask():
    text = "Responsibilities:\n- Brief the Data Analytics and Product Management leadership every quarter."
    assert "product_management" not in found(text)
    asked = "Requirements:\n- Experience working with Engineering and Product Management teams."
    assert "product_management" in found(asked)


def test_skill_words_of_a_title_case_job_title_with_a_word_before_the_role_are_no_asks():
    text = "As the Data Quality Business Analyst, you will support the claims team.\nRequirements:\n- SQL"
    skills = found(text)
    assert "data_quality" not in skills and skills["sql"] == "required"
    assert "mentoring" in found("Responsibilities:\n- Mentor Data Scientists on the modeling team.")
    kept = "Preferred: Azure certifications (e.g., Azure AI Engineer, Azure Data Scientist) are a plus."
    assert "azure" in found(kept)
    assert "tableau" in found("Requirements:\n- Administer Tableau Services Manager and Tableau Server.")


def test_a_field_worked_with_after_an_ask_stays_a_skill():
    assert "data_engineering" in found("Requirements:\n- 2+ years of experience working with Data Engineering.")
    assert "google_analytics" in found(
        "Requirements:\n- Highly skilled in working with SQL, Google Analytics and Looker."
    )
    assert "machine_learning" in found("Responsibilities:\n- Work with Machine Learning frameworks every day.")


def test_the_employers_creed_among_the_duties_asks_nothing():
    text = (
        "Responsibilities\n- Build forecasting models in Python\n"
        "We thrive on problem-solving, shipping fast and enjoying the ride.\n"
        "Customer Focus: We value our clients and show it by providing clear communications and fair prices.\n"
        "Requirements\n- SQL\n"
    )
    skills = found(text)
    assert skills["python"] == "unspecified" and skills["sql"] == "required"
    assert "problem_solving" not in skills and "communication" not in skills, skills
    # the team at work still describes the role
    assert "data_pipelines" in found("Responsibilities\nWe build data pipelines for the whole company.")


def test_the_values_an_employer_names_are_no_asks_unless_the_candidate_shows_them():
    text = "Northwind hires people whose behaviors align with our core values of collaboration, integrity and care."
    assert "collaboration" not in found(text)
    shown = "In interviews we check that a candidate demonstrates our values: Clear Communication, Ownership, Speed."
    assert "communication" in found(shown)


def test_legal_notices_on_applicant_data_ask_nothing():
    text = (
        "Requirements\n- SQL\nAs required by law, we invite applicants to self-identify; response data is used for "
        "periodic government reporting and will remain confidential.\n"
        "Under state law it is against public policy and a discriminatory practice for an employer to discriminate "
        "against a prospective employee on the basis of status as a veteran."
    )
    skills = found(text)
    assert skills["sql"] == "required"
    assert "reporting" not in skills and "public_policy" not in skills, skills


@pytest.mark.parametrize(
    "text, word, alone",
    [
        ("Noblis is a nonprofit. Work with us at noblis.org", "noblis", False),  # only in an address
        ("Noblis is a nonprofit; noblis-wide teams", "noblis", False),  # only in a hyphenated word
        ("Work alongside analysts; you will work with data", "work", True),
        ("Reworked pipelines and workflows", "work", False),  # only inside longer words
        ("see acme.com or email hr@acme now; then acme.", "acme", True),  # the last one stands alone
        ("works/work_items", "work", False),
    ],
)
def test_a_word_stands_alone_only_as_a_whole_word_outside_addresses(text, word, alone):
    from analyzer.nlp.context import _stands_alone

    assert _stands_alone(text, word) is alone
    assert (word in set(re.findall(r"(?<![\w./@-])\w++(?!-|\.\w)", text))) is alone  # the definition


@pytest.mark.parametrize(
    "text",
    [
        "You will partner with cross-functional teams, including product management, data engineering, and sales.",
        "You will work with highly motivated cross-functional teams including product management, design, and marketing.",
    ],
)
def test_functions_listed_as_the_teams_worked_with_are_no_skills(text):
    skills = found(text)
    assert "product_management" not in skills and "data_engineering" not in skills
    assert "product_management" in found("Requirements: experience in product management, design and marketing.")


@pytest.mark.parametrize(
    "text",
    [
        "Responsibilities:\n- Build tools that let analysts refresh the churn dashboards",
        "You will help build systems and optimizations for model serving.",
        "Work with the finance team to build tools for month-end reporting.",
        "Write scripts and build tools/workflows to clean the claims data.",
        "Requirements: ability to build systems that scale to millions of users",
        # the verb "build" with another verb before their object
        "Technical skills\n- Ability to build and maintain tools for process automation and data validation",
        "As the planning analyst, you will build and deploy tools and methods for the sales forecast.",
    ],
)
def test_build_tools_as_the_verb_and_its_object_is_no_skill(text):
    assert "build_tools" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Requirements: experience with the software lifecycle and build tools.",
        "Preferred: familiarity with compilers, linkers, build systems, etc.",
        "Nice to have: software build tools (sbt, Gradle) and containers",
        "Requirements:\n- Build tools: Gradle or Bazel",
        "Requirements:\n- Experience with build and deployment tools such as Jenkins",
    ],
)
def test_build_tools_named_as_software_stay_a_skill(text):
    assert "build_tools" in found(text)


def test_the_employers_own_expertise_does_not_turn_its_description_into_an_ask():
    blurb = (
        "Fabrikam Labs is a consulting firm. We pride ourselves on our technical depth, our collaborative "
        "problem-solving ability and our deep expertise in machine learning.\n"
        "Requirements:\n- SQL"
    )
    skills = found(blurb)
    assert "problem_solving" not in skills and "machine_learning" not in skills and "sql" in skills
    # the candidate's own ability, or the tools the team uses, still ask
    asked = found(
        "Fabrikam Labs is a consulting firm. We need someone who brings teamwork and takes pride in their ability."
    )
    assert "teamwork" in asked
    assert "dbt" in found("Fabrikam Labs is a consulting firm. Our tools include dbt and Airflow.")


@pytest.mark.parametrize(
    "text",
    [
        "Reporting to the Director, Predictive Analytics, the analyst builds weekly reports.",
        "As a Senior Analyst, Decision Sciences you will guide the analytics process.",
        "Sr. Data Scientist, Oncology\n\nThe team studies trial data.",
        # a no-break space in the article's gap, as job boards paste it
        "Join the pricing team as a\xa0 Analyst, Decision Sciences. You will build forecasts.",
    ],
)
def test_a_field_completing_a_job_title_after_a_comma_is_no_ask(text):
    skills = found(text)
    assert not {"predictive_modeling", "operations_research", "oncology"} & set(skills)


@pytest.mark.parametrize(
    "text",
    [
        "We are hiring a Head, Retail Analytics and Data Science to lead a small group.",
        "The Data Analyst (Healthcare Analytics) will report on hospital readmissions.",
    ],
)
def test_a_second_or_bracketed_field_of_a_job_title_is_no_ask(text):
    assert not {"data_science", "healthcare_analytics"} & set(found(text))


def test_fields_asked_after_a_title_word_still_ask():
    # a qualification that names the fields, not a title
    skills = found("Requirements: 3 years as an Analyst, with SQL and Data Science experience (Python)")
    assert {"sql", "data_science", "python"} <= set(skills)


def test_a_list_after_a_role_noun_still_asks():
    skills = found(
        "Preferred: a degree in a related field: Data Scientist, Applied Statistics, Business Analytics, Mathematics"
    )
    assert "statistics" in skills
    assert "database_administration" in found(
        "Requirements: experience as a Scientist, Consultant,\nArchitect, DBA, or Engineer"
    )


# --- an HR record's fields, perks, the people the hire joins --------------------------------------


def test_the_label_of_an_hr_field_is_no_skill():
    text = (
        "Job Title: Data Analyst\nReports to: Director of Analytics\nFLSA Classification: Exempt\n"
        "Employees Supervised: None\nJob Family/Subfamily\nResearch Program Management\n\n"
        "Requirements\n- SQL and Python\n- Experience building classification models"
    )
    got = texts(text)
    assert "Classification" not in got and "Supervised" not in got and "Program Management" not in got
    assert {"SQL", "Python", "classification models"} <= set(got)


def test_unit_operations_of_a_business_unit_are_no_process_skill():
    assert "unit_operations" not in found("Support leaders with insight into business unit operations and budgets.")
    assert "unit_operations" in found("Requirements:\n- Understanding of downstream unit operations such as filtration")
    # a lower-case item after "customers such as" is work, also for a form that the rules above look at
    # (here by its length)
    text = "Responsibilities:\n- Give ongoing help to customers such as report building, data quality, new feeds"
    assert {"report_design", "data_quality"} <= set(found(text))


def test_a_long_field_value_of_names_only_is_no_ask():
    text = (
        "Requirements\n- SQL and Python\n\nJob Family/Subfamily\n"
        "Clinical and Program Management-Operations and Program Management Support\nCareer Track\nIC 3\n"
        "Job Segment: Analytics, Database, Statistics, Scientific, Engineering, Technology, Healthcare\n"
    )
    skills = found(text)
    assert {"sql", "python"} <= set(skills), skills
    assert not {"program_management", "databases", "statistics"} & set(skills), skills
    # a long value that is a sentence may still ask something
    assert "machine_learning" in found(
        "Job Summary:\nThe analyst will build Machine Learning models in Python for claims."
    )


def test_every_department_of_a_title_case_list_before_a_group_noun_is_no_ask():
    text = (
        "Responsibilities:\n- Plan rollouts between the Data, Teaching and Learning, Finance, Operations and "
        "Leadership teams\n- Brief Data Analytics, Pricing, and Product Management leadership monthly\n"
        "Requirements:\n- Strong leadership skills\n- SQL\n"
    )
    skills = found(text)
    assert not {"teaching", "data_analysis", "product_management"} & set(skills), skills
    assert skills["leadership"] == "required"  # asked below, not the name of a team
    # a line break lost after the group noun
    assert "teaching" not in found("Coordinate with the Teaching, Technology and Leadership teamsLead weekly syncs.")
    # a list of skills before a word that is not a group noun stays
    assert "data_analysis" in found("Responsibilities:\n- Apply Data Analytics, Statistics and Forecasting methods")


def test_a_perk_offered_to_you_in_a_benefits_section_asks_nothing():
    text = (
        "Requirements\n- Strong SQL\n\nBenefits\n"
        "When you join us you'll have the chance to access training in data analysis and presentation methods.\n"
        "You will need strong Python skills."
    )
    levels = found(text)
    assert "presentation" not in levels
    assert levels.get("python") == "required"


@pytest.mark.parametrize(
    "text",
    [
        "Overview\nYou will join a group of creative problem solvers in our Boston office.",
        "Overview\nWe're energetic, forward-thinking problem solvers; come join our team!",
        "Overview\nWe are a group of data scientists and problem solvers with strong analytical skills.",
    ],
)
def test_a_person_noun_describing_the_team_is_no_ask(text):
    assert "problem_solving" not in found(text)


def test_a_person_noun_asked_of_the_candidate_stays():
    assert "problem_solving" in found("Requirements\n- We are looking for creative problem solvers.")


def test_self_identification_and_agency_notices_ask_nothing():
    text = (
        "Requirements\n- Python and SQL\n"
        "Applicants are invited to voluntarily self-identify under federal compliance regulations.\n"
        "All candidates must be submitted through our applicant tracking system by approved vendors."
    )
    got = found(text)
    assert "regulatory_compliance" not in got and "applicant_tracking_systems" not in got
    assert "python" in got


# --- an "About us" paragraph right after the last list, with no heading of its own -------------------

TRAILING_BLURB = """Senior Data Analyst
Requirements
- 3+ years of SQL and Tableau
- Experience with Python for analysis
Nice to have
- Familiarity with dbt
Fernbrook Media (FBM) helps brands improve the reach of digital advertising through better targeting and measurement. The ad tech industry is changing fast as it adapts to new privacy rules, and Fernbrook is at the center of it.
"""


def test_a_blurb_paragraph_after_the_last_list_asks_nothing():
    levels = found(TRAILING_BLURB)
    assert levels["sql"] == "required" and levels["dbt"] == "preferred"
    assert "digital_advertising" not in levels and "ad_tech" not in levels


def test_a_paragraph_about_the_team_after_the_last_list_is_left_alone():
    # The team the hire joins and what it does (another rule's question) are read as before.
    text = TRAILING_BLURB.replace("Fernbrook Media (FBM) helps", "The Fernbrook Media team helps")
    assert "digital_advertising" in found(text)


def test_a_paragraph_opening_with_a_common_word_is_left_alone():
    # "Marketing" is no employer's name (it stands in lower case elsewhere). (One sentence: a paragraph of several
    # sentences after a bulleted list, none asking, speaks outside the list whoever its subject is.)
    text = (
        TRAILING_BLURB.replace("Fernbrook Media (FBM) helps", "Marketing helps")
        .replace("- Familiarity with dbt", "- Familiarity with dbt and marketing data")
        .replace(
            " The ad tech industry is changing fast as it adapts to new privacy rules, and Fernbrook is at the center of it.",
            "",
        )
    )
    assert "digital_advertising" in found(text)


@pytest.mark.parametrize(
    "opening",
    [
        "Founded in 2004, Quillmark provides advertising technology and design thinking workshops to retailers.",
        "For over two decades, Quillmark has been the firm brands call for advertising technology and design thinking.",
    ],
)
def test_a_named_employer_after_an_opening_phrase_asks_nothing(opening):
    levels = found(opening + "\nRequirements\n- 3+ years of SQL\n- Experience with Tableau\n")
    assert levels["sql"] == "required"
    assert "design_thinking" not in levels


def test_a_named_employer_seeking_someone_after_an_opening_phrase_still_asks():
    text = "As part of that growth, Quillmark is seeking a data engineer with strong SQL and Airflow skills.\n"
    assert {"sql", "airflow"} <= set(found(text))


def test_conditions_of_employment_physical_demands_and_perks_among_the_asks_ask_nothing():
    # Postings often put these lines inside the qualifications lists rather than under their own headings.
    text = """Data Analyst
Requirements
- 2+ years of SQL
- Manual dexterity and coordination are required while operating office equipment
- Must pass a background check covering our data security and integrity standards
Nice to have
- Tableau experience
- Full-time staff get a comprehensive benefits package with mentorship, and a casual dress code
"""
    assert found(text) == {"sql": "required", "tableau": "preferred"}


def test_units_listed_as_the_teams_the_role_works_with_ask_nothing():
    text = """Partner Analyst
Responsibilities
- Work in cross-functional teams including Engineering, Product Management, Sales Operations and Finance.
- Support the full range of product groups in APAC, including Search, Hardware, Cloud, YouTube, Android and Maps.
Requirements
- 3+ years of SQL
"""
    levels = found(text)
    assert levels["sql"] == "required"
    for unit in ("product_management", "sales_operations", "cloud_computing", "android_development"):
        assert unit not in levels, unit


def test_a_list_after_a_team_word_that_names_tools_or_asks_stays():
    text = """Data Analyst
Requirements
- Comfortable working with engineering teams and using tools such as Git, GitHub and Jira
- Experience with one or more functional areas: Product Management, Supply Chain, Procurement
"""
    levels = found(text)
    assert {"git", "github", "product_management"} <= set(levels)


def test_a_role_the_hire_takes_on_asks_for_its_skill():
    text = (
        "Responsibilities\n"
        "- Assume a leadership role in the design of the claims warehouse\n"
        "- Play a key project management role as the program grows\n"
        "Qualifications\n"
        "- Willing to take on a leadership role when the team needs one\n"
    )
    assert found(text).get("leadership") == "required"
    assert "project_management" in found(text)


def test_a_role_named_as_the_job_or_the_company_s_openings_asks_nothing():
    text = "About us\nWe hire for leadership roles across all our offices.\n"
    assert "leadership" not in found(text)


# --- work done once per line, not once per mention (issue 12) ----------------------------------------


def test_a_lines_facts_are_read_once_for_all_its_mentions(monkeypatch):
    """A line of many mentions asks the index whether the line frames the role once, not once per mention
    (the mentions here all take the common path: no capital after them, no rule length)."""
    from analyzer.nlp.requirements import SegmentIndex

    calls = []
    framed_at = SegmentIndex.framed_at

    def counting(self, offset):
        calls.append(offset)
        return framed_at(self, offset)

    monkeypatch.setattr(SegmentIndex, "framed_at", counting)
    text = (
        "Requirements\n"
        "- You know pandas, numpy, scikit-learn, matplotlib, seaborn, tensorflow, pytorch, keras and xgboost well.\n"
    )
    found_here = texts(text)
    assert len(found_here) >= 6
    assert len(calls) < len(found_here)


# The four rules of context.py's department section, each the only one that reads its sentence: taking any
# of them away brings its department back as a skill (none is a duplicate of another).
_DEPARTMENT_RULES = {
    # a series of the taxonomy's functions' names after "to"
    "series": (
        "Responsibilities:\n- Send the weekly churn numbers to Customer Service and Growth.",
        "customer_service",
    ),
    # Title Case names, most no function's, before the group noun they share (an item of three words: no
    # job-title list of names_a_role, whose items are one or two)
    "list": (
        "Responsibilities:\n- Run monthly reviews for the Data Engineering, Clinical Trial Ops, Field Sales and Billing teams.",
        "data_engineering",
    ),
    # one Title Case department after a work-with verb
    "partner": ("Responsibilities:\n- Work with Data Engineering to ship the Python pipelines.", "data_engineering"),
    # a lower-case list of groups after a verb of working together
    "groups": (
        "Responsibilities:\n- Collaborate with marketing, finance and product management to size new markets.",
        "product_management",
    ),
}


@pytest.mark.parametrize("rule", sorted(_DEPARTMENT_RULES))
def test_each_department_rule_reads_a_sentence_no_other_rule_does(rule, monkeypatch):
    from analyzer.nlp import context, matching

    text, skill = _DEPARTMENT_RULES[rule]
    assert skill not in found(text)
    if rule == "series":
        monkeypatch.setattr(matching, "_drop_departments", lambda _text, matches, _series: matches)
    elif rule == "list":
        monkeypatch.setattr(context, "_in_department_list", lambda _text, _m: False)
    elif rule == "partner":
        monkeypatch.setattr(context, "_partner_department", lambda _text, _start, _end: False)
    else:
        monkeypatch.setattr(context, "_listed_with_groups", lambda _lower, _start, _end, _names: False)
    assert skill in found(text)


# --- the company's prose about skills it sells or has, and its own name doing something for others ----------


def test_capacity_words_without_a_field_leave_a_company_sentence_the_companys():
    # "expert witness services", "skills, expertise and data": the company's offer, no ask of the candidate
    text = "Data Analyst\nOur consultancy offers data management, medical writing and expert witness services to hospitals.\n\nRequirements\n- SQL\n"
    assert sorted(found(text)) == ["sql"]
    text = "Data Analyst\nOur platform gives grocers the skills, expertise and data behind demand forecasting.\n\nRequirements\n- SQL\n"
    assert sorted(found(text)) == ["sql"]


def test_capacity_words_with_a_field_or_held_by_someone_still_ask():
    text = "Data Analyst\nOur clinics offer data management and medical writing services, with experience across oncology.\n\nRequirements\n- SQL\n"
    assert {"data_management_general", "medical_writing", "oncology"} <= set(found(text))
    assert "data_visualization" in found("Overview\nWe value data visualization skills and curiosity about retail.\n")
    assert "sql" in found("Overview\nWe are a group of analysts with strong SQL skills and a love of puzzles.\n")


def test_the_employers_name_doing_something_for_others_is_its_prose_even_among_the_duties():
    about = "About Fernwick\nFernwick is a fintech company in Denver.\n\nResponsibilities\n"
    assert "budgeting" not in found(
        about + "Fernwick empowers people to manage budgeting and investing.\n- Build models in Python\n"
    )
    # its people at work still describe the role
    assert "budgeting" in found(
        about + "Fernwick engineers build forecasting models and budgeting tools.\n- Build models in Python\n"
    )


# --- a software word among methods of statistics and models -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Requirements\n- Working knowledge of t-tests, ANOVA, regression and testing of hypotheses on survey panels\n",
        "Requirements\n- Comfortable with regression, bootstrapping, and testing, in R or Stata\n",
        "Requirements\n- Owns churn models end to end: feature engineering, cross-validation, testing and calibration\n",
    ],
)
def test_testing_listed_among_statistical_or_model_methods_is_no_software_testing(text):
    assert "software_testing" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Requirements\n- Strong skills in refactoring, testing and debugging services written in Go\n",
        "Requirements\n- Familiar with Docker, CI/CD, testing and code review\n",
        "Responsibilities\n- Build new approaches to testing machine learning components in the voice app\n",
    ],
)
def test_testing_beside_software_work_or_before_its_object_stays_software_testing(text):
    assert "software_testing" in found(text)


# --- real-world data: health care's evidence only in a posting about patients and treatment -------------------


def test_real_world_data_outside_health_care_is_any_data_from_outside_the_lab():
    text = "Requirements:\n- Experience with messy, complex real-world data and SQL.\n- Assess model performance on real world data."
    assert "real_world_evidence" not in found(text)
    assert "sql" in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Requirements:\n- Knowledge of healthcare Real World Data, including claims and electronic health records.",
        "Responsibilities:\n- Map the patient journey in real-world data to improve treatment pathways.",
        # the abbreviation and the evidence name it anywhere
        "Requirements:\n- Experience analyzing RWD from vendors.",
        "Requirements:\n- Experience with real-world evidence studies.",
    ],
)
def test_real_world_data_in_a_health_care_posting_is_real_world_evidence(text):
    assert "real_world_evidence" in found(text)


# --- a product's name that ends in "Cloud" ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Responsibilities:\n- Build the models used in Creative Cloud, Document Cloud and Experience Cloud.",
        "Responsibilities:\n- Cleanse and maintain source system data (CRM, Marketing Cloud, etc.) and Python jobs.",
        "Responsibilities:\n- Support the move to Atlassian Cloud for the sales portal.",
    ],
)
def test_cloud_closing_a_products_name_is_no_cloud_computing(text):
    assert "cloud_computing" not in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Requirements:\n- Experience with Cloud, Python and SQL.",
        "Requirements:\n- Big Data, Cloud",
        "Requirements:\n- Cloud experience (AWS Cloud preferred)",
    ],
)
def test_cloud_as_a_skill_is_kept(text):
    assert "cloud_computing" in found(text)


# --- the name of an event or a prize ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        (
            "Recruiters from this company will be at the first Virtual AI Career Expo on April 15.",
            "artificial_intelligence",
        ),
        ("Conferences recently attended by our staff: AWS Summit, IoT World and DefCon.", "aws"),
        ("Present issues to the cross-functional Data Governance Forum each month.", "data_governance"),
        ("Responsibilities:\n- Present our work at the Gartner Data Analytics Summit.", "data_analysis"),
    ],
)
def test_skill_words_in_the_name_of_an_event_or_prize_are_no_ask(text, skill):
    assert skill not in found(text)


def test_skill_words_before_an_event_word_in_lower_case_stay_asked():
    assert "aws" in found("Requirements:\n- Experience with AWS and presenting at conferences.")


# --- words denied by "not" -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        (
            "Requirements: SQL for the purposes of analyzing and using data; not software development.",
            "software_engineering",
        ),
        ("We have plenty of claims data, but this is not a data cleansing position.", "data_cleaning"),
        ("Most of being a good engineer here is not programming: it is explaining trade-offs.", "programming"),
    ],
)
def test_words_denied_by_not_are_no_ask(text, skill):
    assert skill not in found(text)


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        # "cannot", "not only", "not limited to": a word between, the skill stays
        ("Requirements: strong SQL, and not only SQL: Python for the pipelines.", "python"),
        ("Requirements: tools including but not limited to Tableau and Power BI.", "tableau"),
        ("Requirements: you cannot avoid Python here; Python 3 daily.", "python"),
    ],
)
def test_a_word_between_not_and_the_skill_keeps_it(text, skill):
    assert skill in found(text)
