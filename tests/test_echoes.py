"""A requirement naming a skill of the posting by its bare verb asks for that skill (our own example texts)."""

import pytest

from analyzer.nlp.echoes import ECHOES
from analyzer.taxonomy import Taxonomy


def asked(extract, text, skill):
    return [(m.text, m.requirement) for m in extract(text) if m.skill_id == skill]


DUTY_AND_REQUIREMENT = """Data Analyst
Responsibilities
- Build and run the data collection systems of the survey team
- Support data analysis for the operations group
Requirements
- Sharp analytical skills with the ability to collect, sort, analyze and share large amounts of information
- Able to present complex findings to non-technical audiences
"""


@pytest.mark.parametrize("skill, verb", [("data_acquisition", "collect"), ("data_analysis", "analyze")])
def test_a_requirement_echoing_a_duty_skill_by_its_verb_makes_it_required(extract, skill, verb):
    found = asked(extract, DUTY_AND_REQUIREMENT, skill)
    assert (verb, "required") in found
    assert any(level == "unspecified" for _, level in found)  # the duty keeps its own level


def test_a_bare_verb_alone_finds_no_skill(extract):
    text = "Requirements\n- Ability to collect, sort and share large amounts of information\n"
    assert asked(extract, text, "data_acquisition") == []


@pytest.mark.parametrize(
    "line",
    [
        # a duty whose sentence a cue elsewhere made required: no qualification word before the verb
        "The analyst should be fluent in SQL and will collect survey responses every week.",
        # problems and requirements analysed are other skills
        "Requirements\n- Ability to analyze and solve problems under pressure",
        "Requirements\n- Ability to analyze, organize and prioritize work",
    ],
)
def test_no_echo_outside_a_qualification_or_for_another_skill(extract, line):
    text = "Responsibilities\n- Run data collection and data analysis for the team\n" + line + "\n"
    found = {m.text for m in extract(text) if m.skill_id in ("data_acquisition", "data_analysis")}
    assert found == {"data collection", "data analysis"}


def test_no_echo_in_physical_demands(extract):
    text = (
        "Responsibilities\n- Communicate results to the sales team\nPhysical Demands\n"
        "- The role requires the ability to sit at a desk and communicate by telephone\n"
    )
    assert [level for _, level in asked(extract, text, "communication")] == ["unspecified"]


def test_every_echo_names_a_taxonomy_skill():
    skills = Taxonomy.load().skills
    assert set(ECHOES) <= set(skills)


OTHERS = """Analytics Engineer
Responsibilities
- Collaborate with finance partners
- Lead the analytics team
- Tackle data problems raised by the operations group
Qualifications
{line}
"""


@pytest.mark.parametrize(
    "line, skill, echo",
    [
        ("- Comfortable working with a wide range of stakeholders and functional teams", "collaboration", True),
        ("- Two years of experience in a technical lead role", "leadership", True),
        ("- Proven ability to tackle ambiguous, messy problems", "problem_solving", True),
        # a lead that is a title, a lead to an outcome
        ("- Experience supporting a lead scientist on modelling work", "leadership", False),
        ("- Ability to find insights that lead to better outcomes", "leadership", False),
    ],
)
def test_an_echo_with_its_object_for_skills_whose_verb_alone_says_little(extract, line, skill, echo):
    levels = [level for _, level in asked(extract, OTHERS.format(line=line), skill)]
    assert ("required" in levels) is echo


ECHO_LINES = [
    "Requirements: ABILITY TO COLLECT, Analyze and Present findings; re-collecting is no echo",
    "Experience Analyzing business requirements and analysing survey data with Troubleshooting skills",
    "Comfortable Working closely with a wide range of Stakeholders; collaborating across groups",
    "Will Lead a small team of engineers as the Tech Lead, or team  lead; leading to better outcomes",
    "Able to Solve complex, ambiguous data problems; tackling hard problems; resolving problems",
    "Cleansing and cleaning data, cleans tables, unclean; Communicate with İnternal teams (ſkills)",
]


@pytest.mark.parametrize("line", ECHO_LINES)
def test_the_lower_case_echo_scans_find_what_the_documented_patterns_find(line):
    from analyzer.nlp.casefold import ignorecase_lower
    from analyzer.nlp.echoes import _ECHO_SCANS

    lower = ignorecase_lower(line)
    for skill, pattern in ECHOES.items():
        assert [m.span() for m in _ECHO_SCANS[skill].finditer(lower)] == [m.span() for m in pattern.finditer(line)]
