"""Cheap tests that turn work away before a slower reading, and must never change what it finds.

A task verb's object window is read word by word (``TaskMatcher._object``) only where one of its
words is an object one of the verbs takes; a text is scanned for a series of departments worked
with only where two functions' names stand in a row; a text is scanned for a privacy notice only
where it names personal data or information; the money before a mention is looked for only in a
text with a currency sign; a mention is read as a partner department only when its last word is a
department's. These tests compare the fast path with the plain one on sentences of our own.
"""

import re

import pytest

from analyzer import extract_skills
from analyzer.nlp import context, matching, slots, tasks
from analyzer.nlp.matching import SkillIndex, fold_text, lower_same_length
from analyzer.nlp.requirements import segment_index

# Verbs with and without an object a rule pairs them with, pronouns, checking verbs, slashed words,
# lists, words glued across a lost line break, capitals, departments.
TASK_TEXTS = [
    "You will build a culture of trust and build dashboards for the sales team.",
    "Responsibilities:\n- Develop and deploy machine learning models\n- Clean and analyze large datasets",
    "Collect data from several sources and analyze them; train models and monitor their performance.",
    "Work closely with Product, Engineering and Finance to define metrics and present findings to leaders.",
    "Manage stakeholder expectations, build reports/dashboards and maintain data pipelinesExperience with SQL",
    "Build a culture of trustDashboards and reports follow; Maintain the Trust of Clients and Partners.",
    "Design, build, test and deploy ML systems; evaluate and recommend AI services to clients.",
    "Mentor junior engineers, support the team and validate that data is accurate and complete.",
    "We build tools. Our analysts present results to executives. Lead the analysis of customer churn.",
    "Communicate complex ideas clearly; write SQL queries; verify the consistency and accuracy of the data.",
]


@pytest.fixture(scope="module")
def index(taxonomy):
    return SkillIndex(taxonomy)


def _plain(monkeypatch):
    """No prefilter: every window is read word by word, and every word is checked for a lost line break."""
    monkeypatch.setattr(tasks.TaskMatcher, "_may_hold_head", lambda *args: True)
    monkeypatch.setattr(tasks, "_has_capital", lambda *args: True)


def _spans(found):
    return [(m.start, m.end, m.skill.id) for m in found]


def test_object_windows_with_no_object_of_the_verb_are_turned_away(index):
    matcher = index.tasks
    text = "build a culture of trust"
    window = tasks._WINDOW_RUN.match(text, len("build"))
    assert not matcher._may_hold_head(text, window.start(), window.end(), [(0, 5, "build")])
    text = "build dashboards for the team"
    window = tasks._WINDOW_RUN.match(text, len("build"))
    assert matcher._may_hold_head(text, window.start(), window.end(), [(0, 5, "build")])
    # a verb no rule has takes no object at all; a slashed word is read by its parts
    assert not matcher._may_hold_head("dashboards", 0, 10, [(0, 0, "")])
    assert matcher._may_hold_head("reports/dashboards", 0, 18, [(0, 5, "build")])


def test_object_windows_read_the_same_with_and_without_the_prefilter(index, monkeypatch):
    calls = []
    read = tasks.TaskMatcher._object

    def recording(self, lower, pos, series, cased=None):
        calls.append((self, lower, pos, list(series), cased))
        return read(self, lower, pos, series, cased)

    with monkeypatch.context() as patched:
        patched.setattr(tasks.TaskMatcher, "_object", recording)
        fast = [_spans(index.find(text)) for text in TASK_TEXTS]
    turned_away = sum(
        1
        for self, lower, pos, series, _cased in calls
        if (window := tasks._WINDOW_RUN.match(lower, pos)) is not None
        and not self._may_hold_head(lower, pos, window.end(), series)
    )
    assert turned_away >= 5  # the prefilter is exercised
    fast_objects = [read(*call) for call in calls]
    _plain(monkeypatch)
    assert [read(*call) for call in calls] == fast_objects
    assert [_spans(index.find(text)) for text in TASK_TEXTS] == fast


def test_a_glued_word_in_a_window_with_capitals_is_still_cut(index):
    # "pipelinesExperience": the line break was lost; the object is "pipelines", read up to the capital
    text = "Maintain data pipelinesExperience with SQL"
    cased = fold_text(text, lower=False)
    lower = lower_same_length(cased)
    heads = index.tasks._object(lower, len("Maintain"), [(0, 8, "maintain")], cased)
    assert [lower[start:end] for start, end, _rules in heads] == ["pipelines"]


DEPARTMENT_TEXTS = [
    "Partner with Marketing, Sales and IT to launch campaigns; experience with SQL required.",
    "Work with Finance and Legal on pricing; give feedback to Product Management and Engineering.",
    "You will report to the Head of Data Science. Knowledge of Finance is a plus.",
    "Experience with Finance and Accounting systems; work alongside Operations / Supply Chain teams.",
]


def test_a_text_is_scanned_for_department_series_only_where_two_names_stand_in_a_row(index, monkeypatch):
    pairs = index._department_pairs
    series = index._departments
    for text in DEPARTMENT_TEXTS:
        if series.search(text) is not None:
            assert pairs.search(text) is not None, text
    assert pairs.search(DEPARTMENT_TEXTS[2]) is None  # one name alone: no series, no scan
    fast = [_spans(index.find(text)) for text in DEPARTMENT_TEXTS]
    monkeypatch.setattr(index, "_department_pairs", None)  # always scanned
    assert [_spans(index.find(text)) for text in DEPARTMENT_TEXTS] == fast
    # the series itself still drops the departments' names: "Product Management" is no skill here
    assert "product_management" not in {skill for _s, _e, skill in fast[1]}
    monkeypatch.setattr(index, "_departments", None)
    assert "product_management" in {skill for _s, _e, skill in _spans(index.find(DEPARTMENT_TEXTS[1]))}


def test_the_pair_of_names_is_what_every_series_starts_with():
    names = ["Finance", "Product Management", "R&D"]
    pair = matching._department_pair(names)
    series = matching._department_series(names)
    for text in [
        "with Finance and R&D teams",
        "alongside Product  Management, Finance",
        "to Finance / Product Management.",
        "with Finance",
        "functions such as R&D, Finance and Product Management",
    ]:
        assert (series.search(text) is None) or (pair.search(text) is not None), text
    assert matching._department_pair([]) is None


PRIVACY_TEXTS = [
    "Northwind may collect and use your personal information when you apply. This data includes contact details; "
    "(ii) keep our network and information security sound.",
    "Acme may use candidates' personal data to run its hiring process; we keep the applicant's  personal\tdata safe.",
    "PERSONAL DATA YOU PROVIDE is kept for two years. Requirements: SQL, Python.",
    "We value personal growth and personal development. Protect customers' personal data under GDPR.",
    "Requirements\n- 3+ years of SQL\n- Your personal drive and personal information security skills",
    "Candidate personal\ninformation is kept apart (a line break between the words is no hit).",
]


def test_a_text_is_scanned_for_a_privacy_notice_only_where_it_names_personal_data(monkeypatch):
    # every hit of the full pattern holds what the prefilter looks for
    for text in PRIVACY_TEXTS:
        for hit in context._APPLICANTS_DATA.finditer(text):
            assert context._PERSONAL_DATA.search(hit.group()) is not None, hit.group()
    assert context._PERSONAL_DATA.search(PRIVACY_TEXTS[3].split(". ")[0]) is None  # turned away
    fast = [context._privacy_spans(text, segment_index(text)) for text in PRIVACY_TEXTS]
    assert sum(1 for spans in fast if spans) >= 3  # the notices are still found
    monkeypatch.setattr(context, "_PERSONAL_DATA", re.compile(""))  # no prefilter: every text scanned
    assert [context._privacy_spans(text, segment_index(text)) for text in PRIVACY_TEXTS] == fast


MONEY_TEXTS = [
    "Requirements\n- 3+ years of SQL\n- Experience with DOE and CAD tools\n",
    "Pay: $85,000 - $100,000 DOE. In Canada the range is $110,000 - $150,000 CAD + equity.\n"
    "Requirements\n- Manage a $2M budget in Excel\n- Python",
    "Salary £45,000 – £55,000 (CAD). Skills: CAD, AutoCAD, SQL; budget of €3M for Tableau licences.",
]


def _found(text):
    return [(m.start, m.end, m.skill_id, m.requirement) for m in extract_skills(text)]


def test_the_money_before_a_mention_is_looked_for_only_in_a_text_with_a_currency_sign(monkeypatch):
    assert not context._names_money(MONEY_TEXTS[0])
    assert all(context._names_money(text) for text in MONEY_TEXTS[1:])
    fast = [_found(text) for text in MONEY_TEXTS]
    assert "cad" in {skill for _s, _e, skill, _level in fast[0]}  # asked where no amount stands before it
    monkeypatch.setattr(context, "_names_money", lambda _text: True)  # every mention's window read
    assert [_found(text) for text in MONEY_TEXTS] == fast


PARTNER_TEXTS = [
    "Work closely with Program Management, New Business Development and Data Science to launch products.",
    "Partner with Data Science on experiments; experience with Machine Learning and Data Analytics required.",
    "Collaborate with Supply Chain Analytics and DATA SCIENCE teams; be skilled in Data Governance.",
    "Works with Marketing Analytics.\nData Science\nPython, SQL",
]


def _partner_plain(text, start, end):
    """_partner_department with its tests in their first order (the department word's last)."""
    form = text[start:end]
    words = form.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and context._DEPARTMENT_WORD_END.search(form) is not None
        and context._AFTER_PARTNER.match(text, end) is not None
        and context._ASK_BEFORE.search(text, max(0, start - 80), start) is None
        and context._SKILLED_BEFORE.search(text, max(0, start - 80), start) is None
        and context._partner_list_before(text, start)
    )


def test_a_partner_department_is_read_the_same_with_its_cheapest_test_first():
    spans = [
        (text, m.start(), m.end())
        for text in PARTNER_TEXTS
        for m in re.finditer(r"[A-Z][\w&]*(?:[ \t]+[A-Z][\w&]*)*", text)
    ]
    assert len(spans) > 15
    answers = [context._partner_department(*span) for span in spans]
    assert answers == [_partner_plain(*span) for span in spans]
    assert sum(answers) >= 2  # departments are found as partners


DEGREE_TEXTS = [
    "BS in Physics, Statistics or Economics; MS Project, PowerPoint, SharePoint, InfoPath",
    "Tools: MS Excel, MS Project, Visio, Jira (a degree is a plus)",
    "Master's degree or PhD in Computer Science, Mathematics; B.A. in Economics",
    "MBA preferred. Skills: Tableau, Looker, dbt",
]


def test_a_degree_word_outside_the_known_skills_is_found_as_finditer_finds_it():
    for text in DEGREE_TEXTS:
        known = [(m.start(), m.end()) for m in re.finditer(r"MS (?:Project|Excel)|Tableau|Looker", text)]
        for start in range(0, len(text), 7):
            for end in range(start, len(text) + 1, 11):
                plain = any(
                    not slots._overlaps_known(known, m.start(), m.end())
                    for m in slots._DEGREE.finditer(text, start, end)
                )
                assert slots._degree_near(text, start, end, known) == plain, (text, start, end)
    assert not slots._degree_near(DEGREE_TEXTS[1], 0, 25, [(7, 15), (17, 27)])  # only the MS of the products


def test_stems_read_on_through_a_plain_class_and_a_plain_group():
    stems = matching._leading_stems
    assert stems("in[- ]vitro(?= studies)") == ("in-vitro", "in vitro")
    assert stems("(?:the|whole|end[- ]to[- ]end) (?P<span>development life[- ]?cycles?)") == (
        "the development life",
        "whole development life",
        "end-to-end",
        "end-to end",
        "end to-end",
        "end to end",
    )
    assert stems("analy[sz](?:e|es|ing) (?:[\\w,-]+ ){0,2}problems") == ("analys", "analyz")
    assert stems("ab[sz]c? x") == ("abs", "abz")  # a letter made optional stays out, as before
    # not written out: a range, a class made optional, a group that is optional or a choice
    assert stems("x[a-z]y") == ("x",)
    assert stems("ab[sz]?c") == ("ab",)
    assert stems("rapid (?:test and )?learn") == ("rapid ",)
    assert stems("rapid (?:test|trial) and learn") == ("rapid ",)
    # too many ways (3 ** 3 = 27): the one stem before the first class
    assert stems("a[bcd]e[fgh]i[jkl]m") == ("a",)


# Sentences where a pattern whose stem now reads on may match, or nearly: the same mentions either way.
STEM_TEXTS = [
    "Design in vitro and in vivo studies; run in-vitro assays and in vivo pharmacology experiments.",
    "Own the entire development lifecycle and the full development life-cycle of models; end-to-end development "
    "life cycles; in the development of tools; the developer life.",
    "Analyze large-scale, complex datasets and high-volume data; web scale systems; large amounts of data.",
    "Analyse customer behaviours, analyze user behavior, analyzing business problems; analysed data.",
    "Hypotheses to be tested; hypothesis to test; a rapid test and learn culture; rapid prototyping.",
    "Work in a team environment, in vitro, in silico and in-house; the end; large; analy.",
]


def test_longer_stems_find_what_the_plain_stems_find(taxonomy, monkeypatch):
    fast_index = SkillIndex(taxonomy)
    fast = [_spans(fast_index.find(text)) for text in STEM_TEXTS]
    assert {"in_vitro_assays", "in_vivo_studies", "big_data"} <= {skill for spans in fast for _s, _e, skill in spans}
    monkeypatch.setattr(
        matching,
        "_literal_starts",
        lambda alternative, after_group=False: (matching._literal_start(alternative, after_group),),
    )
    plain_index = SkillIndex(taxonomy)
    assert [_spans(plain_index.find(text)) for text in STEM_TEXTS] == fast
