"""Professional skills asked for in the words postings use: the mention is the words that name the
skill, and a verb that names it alone gives way to a phrase that names a more specific one."""

import pytest


def mentions(extract, text, skill_id):
    return [m.text for m in extract(text) if m.skill_id == skill_id]


@pytest.mark.parametrize(
    "text, mention",
    [
        ("Requirements:\n- Able to work both independently and as part of a team.", "as part of a team"),
        (
            "Requirements:\n- Can deliver results individually or as part of a larger project team.",
            "as part of a larger project team",
        ),
        ("Requirements:\n- Comfortable working autonomously and on a distributed team.", "on a distributed team"),
        # without the adverbs before it the phrase keeps its verb
        ("Requirements:\n- Ability to work well in a small team.", "work well in a small team"),
        # a member of a team, a group setting, group projects
        ("Requirements:\n- Ability to work as a member of a team to meet deadlines.", "work as a member of a team"),
        ("Requirements:\n- Able to work independently or in a group setting.", "in a group setting"),
        ("Ideal for someone who:\n- Enjoys meeting people and working on group projects", "working on group projects"),
    ],
)
def test_teamwork_mention_is_the_team_phrase_not_the_clause(extract, text, mention):
    assert mentions(extract, text, "teamwork") == [mention]


@pytest.mark.parametrize(
    "text",
    [
        "What you will do\n- You will work on a small team and rotate between client projects every quarter.",
        "In this role the analyst will work within the Revenue Operations team to size new markets.",
        "Responsibilities:\n- Work as part of the Partnerships team to qualify new leads.",
        "About you\nYou'll enjoy working on this team if you like shipping forecasts every week.",
        "The Opportunity: a chance to work in a small, focused team environment with plenty of ownership.",
        "Examples of projects the team works on include churn forecasts and pricing tests.",
        "You Will\n- Work in a small analytics team embedded in the payments group.",
    ],
)
def test_the_team_the_hire_joins_is_no_teamwork(extract, text):
    assert mentions(extract, text, "teamwork") == []


@pytest.mark.parametrize(
    "text, mention",
    [
        # asked for: a word of ability or manner before the particular team
        ("Requirements:\n- Ability to work as part of a small, agile team.", "work as part of a small, agile team"),
        ("Requirements:\n- Must be able to work independently in a small team.", "work independently in a small team"),
        ("Who you are\n- Someone who excels in a small team environment.", "in a small team environment"),
        # no particular team: the competency itself
        ("You will work in a global team spread over three time zones.", "work in a global team"),
        ("Duties:\n- Promote trust and encourage teamwork so the teams can do their best work.", "teamwork"),
    ],
)
def test_teamwork_asked_or_unparticular_stays(extract, text, mention):
    assert mentions(extract, text, "teamwork") == [mention]


@pytest.mark.parametrize(
    "text, mention",
    [
        # a hyphenated kind of team before the environment
        (
            "Requirements:\n- Able to work well in a fast-paced, small-team environment.",
            "in a fast-paced, small-team environment",
        ),
        # serving or taking part as a member of a team, like working as one
        (
            "Responsibilities:\n- Serve as a member of a data team that answers pricing questions.",
            "Serve as a member of a data team",
        ),
        (
            "Duties:\n- Participates as a member of a project team of other analysts.",
            "Participates as a member of a project team",
        ),
        # working with a team, asked of the candidate
        ("Requirements:\n- Ability to work with a distributed team across time zones.", "work with a distributed team"),
        (
            "Who you are\n- Comfortable in a fast-paced setting working with a small, close-knit team",
            "working with a small, close-knit team",
        ),
    ],
)
def test_team_phrasings_asked_of_the_candidate_are_teamwork(extract, text, mention):
    assert mentions(extract, text, "teamwork") == [mention]


@pytest.mark.parametrize(
    "text",
    [
        # the team the hire will join, offered: no ask
        "About the role\nYou will be working with a highly skilled team of forecasters and economists.",
        "This is your chance to grow, working with a team that is invested in your career!",
        # the people worked with: collaboration's task rule reads it
        "Requirements:\n- Ability to work with a team of analysts to size new markets.",
    ],
)
def test_working_with_a_team_offered_or_of_people_is_no_teamwork(extract, text):
    assert mentions(extract, text, "teamwork") == []


def test_working_alone_and_collaboratively_stays_collaboration(extract):
    text = "Requirements:\n- Ability to work independently as well as collaboratively in a team."
    assert mentions(extract, text, "teamwork") == []
    assert mentions(extract, text, "collaboration") == ["collaboratively"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Responsibilities:\n- Lead the evaluation of new forecasting approaches.", ["lead"]),
        ("Responsibilities:\n- Lead one of the three workstreams of the program.", ["lead"]),
        ("What you will do:\n- Help lead and grow the analytics practice.", ["lead"]),
        # motivating others is leadership too (a task rule), a mention of its own
        ("Requirements:\n- Proven ability to lead and/or motivate others.", ["lead", "motivate others"]),
        # the work's efforts, tasks, investigations and analyses (recall41)
        (
            "Requirements:\n- Able to independently lead cross-team efforts with little oversight.",
            ["lead cross-team efforts"],
        ),
        ("Responsibilities:\n- Lead quarterly analyses of store performance.", ["lead quarterly analyses"]),
        ("Responsibilities:\n- Leads specific tasks of the survey project.", ["leads specific tasks"]),
    ],
)
def test_lead_with_an_object_is_leadership(extract, text, expected):
    assert [m.lower() for m in mentions(extract, text, "leadership")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Responsibilities:\n- The role reports to our Analytics Lead and will sit in Austin.",
        "Responsibilities:\n- Follow up on sales leads and opportunities.",
        "About us: Acme is leading a revolution in retail logistics.",
        "Responsibilities:\n- Lead the way.",
        "Responsibilities:\n- Partner with the team lead and the product owner.",
        "About us: We are leading efforts to modernise freight.",
    ],
)
def test_lead_as_a_noun_or_a_slogan_is_no_leadership(extract, text):
    assert mentions(extract, text, "leadership") == []


def test_a_verb_alone_gives_way_to_the_phrase_of_a_more_specific_skill(extract):
    found = [(m.text, m.skill_id) for m in extract("Responsibilities:\n- Lead the discussions with clients on scope.")]
    assert ("Lead the discussions", "facilitation") in found
    assert all(skill != "leadership" for _, skill in found)


@pytest.mark.parametrize(
    "text, mention",
    [
        ("Duties:\n- Guides the work of less experienced analysts.", "Guides"),
        ("Duties:\n- Provides direction and assistance to less-experienced staff.", "Provides direction"),
        ("Duties:\n- Provides tutorship to junior engineers.", "Provides tutorship"),
    ],
)
def test_guiding_less_experienced_people_is_mentoring(extract, text, mention):
    assert mentions(extract, text, "mentoring") == [mention]


@pytest.mark.parametrize(
    "text",
    [
        "About you:\n- You will have mentors, time with senior leaders and a budget for conferences.",
        "Why join us\n- We provide hands-on mentorship, a learning stipend and flexible hours.",
        "We care about balance, and we provide extensive mentorship and training resources to help you grow.",
        "Join our teams and benefit from open access to our technology and industry mentors.",
    ],
)
def test_mentorship_the_hire_receives_is_no_mentoring_asked(extract, text):
    assert mentions(extract, text, "mentoring") == []


@pytest.mark.parametrize(
    "text, mention",
    [
        # the hire gives it: people to mentor follow, or an ask comes first
        ("Duties:\n- Receive requests from the business and provide mentoring to junior analysts.", "mentoring"),
        ("Requirements:\n- Ability to receive and give mentorship to peers.", "mentorship"),
    ],
)
def test_mentorship_the_hire_gives_stays_mentoring(extract, text, mention):
    assert mentions(extract, text, "mentoring") == [mention]


def test_guiding_a_product_is_no_mentoring(extract):
    assert mentions(extract, "Duties:\n- Guide the product roadmap with the junior PM.", "mentoring") == []


def test_a_long_phrase_of_a_pattern_is_named_by_its_verb(extract):
    text = "Duties:\n- Run analyses and present written business recommendations to the board."
    assert mentions(extract, text, "presentation")[0] == "present"
    assert mentions(extract, "Duties:\n- Present findings to leadership.", "presentation") == ["Present findings"]


@pytest.mark.parametrize(
    "text, skill, mention",
    [
        (
            "Requirements:\n- Ability to work effectively with people at all levels of the company.",
            "interpersonal_skills",
            "effectively with people at all levels",
        ),
        # the adverb is optional: the pattern is tried where "with" starts too
        (
            "Requirements:\n- Able to interact with individuals at all levels of the business.",
            "interpersonal_skills",
            "with individuals at all levels",
        ),
        ("Requirements:\n- Strong customer interaction skills.", "interpersonal_skills", "interaction skills"),
        ("Requirements:\n- Ability to write clearly and concisely for executives.", "communication", "write clearly"),
        ("Requirements:\n- Solid business knowledge of retail pricing.", "business_acumen", "business knowledge"),
    ],
)
def test_professional_skills_in_other_words(extract, text, skill, mention):
    assert mentions(extract, text, skill) == [mention]


def test_writing_well_structured_code_is_programming_not_communication(extract):
    assert (
        mentions(extract, "Requirements:\n- Passion for writing well structured, testable code.", "communication") == []
    )


@pytest.mark.parametrize(
    "text, mention",
    [
        ("Responsibilities:\n- Work with clients to turn their questions into analyses.", "Work with clients"),
        ("Requirements:\n- Experience partnering with customers on pilot projects.", "partnering with"),
        ("Responsibilities:\n- Work with the project sponsor to agree on milestones.", "Work with the project sponsor"),
    ],
)
def test_working_with_clients_or_sponsors_is_collaboration(extract, text, mention):
    assert mention in mentions(extract, text, "collaboration")
    assert mentions(extract, text, "client_management") == []


@pytest.mark.parametrize(
    "text",
    [
        "Requirements:\n- Experience working with retail and online customer data.",
        "Responsibilities:\n- Work on building customer facing dashboards for the sales group.",
        "Responsibilities:\n- Work on client projects across the healthcare practice.",
    ],
)
def test_people_that_modify_a_thing_are_no_one_worked_with(extract, text):
    assert mentions(extract, text, "collaboration") == mentions(extract, text, "client_management") == []


def test_engaging_clients_stays_client_management(extract):
    text = "Responsibilities:\n- Engage with clients to scope new analytics work."
    assert mentions(extract, text, "client_management") == ["Engage with clients"]


@pytest.mark.parametrize(
    "text, mention",
    [
        ("Responsibilities:\n- Work with finance and regional field sales teams to size markets.", "Work with"),
        (
            "Responsibilities:\n- Work directly with design and product analytics teams on launches.",
            "Work directly with",
        ),
        ("Requirements:\n- Ability to work well across many functions.", "work well across many functions"),
    ],
)
def test_working_with_listed_teams_is_collaboration(extract, text, mention):
    assert mentions(extract, text, "collaboration") == [mention]


@pytest.mark.parametrize(
    "text",
    [
        "Requirements:\n- Organised, and able to work on your own or as a collaborative team member.",
        "Qualifications:\n- Collaborative team player with a bias for action.",
    ],
)
def test_a_collaborative_team_player_is_collaboration(extract, text):
    assert [m.lower() for m in mentions(extract, text, "collaboration")] == ["collaborative"]


def test_a_collaborative_team_joined_is_the_workplace(extract):
    text = "About us: We are a small, collaborative team of engineers based in Leeds."
    assert mentions(extract, text, "collaboration") == []


@pytest.mark.parametrize(
    "text, skill, mention",
    [
        (
            "About the role: you will build forecasts and effectively present findings to executives.",
            "presentation",
            "present findings",
        ),
        (
            "Requirements:\n- Able to write weekly reports and clearly explain the results to managers.",
            "communication",
            "explain the results",
        ),
    ],
)
def test_a_later_verb_after_and_and_an_adverb_asks_like_the_first(extract, text, skill, mention):
    assert mention in mentions(extract, text, skill)


def test_an_adverb_before_a_participle_makes_an_adjective_not_a_later_verb(extract):
    text = "Responsibilities\n- Designing robust and fully automated data ingestion processes"
    assert mentions(extract, text, "process_improvement") == []


def test_presenting_in_a_group_setting_is_no_teamwork(extract):
    assert mentions(extract, "Requirements:\n- Able to present findings in a group setting.", "teamwork") == []
