"""Cheap tests that turn work away before a slower reading, and must never change what it finds.

A task verb's object window is read word by word (``TaskMatcher._object``) only where one of its
words is an object one of the verbs takes; a text is scanned for a series of departments worked
with only where two functions' names stand in a row. These tests compare the fast path with the
plain one on sentences of our own.
"""

import pytest

from analyzer.nlp import matching, tasks
from analyzer.nlp.matching import SkillIndex, fold_text, lower_same_length

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
