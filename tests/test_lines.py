"""A name of several words, or a task phrase, never runs from a complete line into the next one;
prose wrapped in the middle of a sentence still joins. Example texts written for these tests."""

import pytest

from analyzer.nlp.lines import hard_breaks, kept_breaks, spans_break


def _break_after(text: str, line: str) -> bool:
    """Whether the line break right after ``line`` (its first occurrence) is a hard one."""
    pos = text.index(line) + len(line)
    assert text[pos] == "\n"
    return pos in hard_breaks(text)


@pytest.mark.parametrize(
    "text, line, hard",
    [
        # the next line is a new item or heading
        ("Tools we use: Kafka, Hadoop\nTools and platforms\n", "Kafka, Hadoop", True),
        ("Manual testing/QA\nEducate support staff on new releases\n", "Manual testing/QA", True),
        (
            "Own the reporting roadmap for the analytics group and its vision\nWorks closely with sales\n",
            "vision",
            True,
        ),
        ("Fluent in Python and SQL\n- Docker\n", "Fluent in Python and SQL", True),
        ("Fluent in Python and SQL\n2. Docker\n", "Fluent in Python and SQL", True),
        ("You will own our forecasting models.\nmachine learning is a plus\n", "forecasting models.", True),
        ("Python\n\nData\nScience team\n", "Python", True),  # a blank line: new paragraph
        ("Our analysts use modern cloud tooling across teams and Database\nExperience with Oracle\n", "Database", True),
        # prose wrapped in the middle of a sentence
        ("5+ years of hands-on experience with machine\nlearning in production\n", "machine", False),
        (
            "A degree in Statistics, Applied Mathematics, Physics or Computer\nScience, or a related field\n",
            "Computer",
            False,
        ),
        ("a short line\n(see below)\n", "a short line", False),
    ],
)
def test_which_line_breaks_end_a_line(text, line, hard):
    assert _break_after(text, line) is hard


def test_blank_lines_are_decided_once_and_offsets_are_the_breaks():
    text = "Apache Spark\n\n\n\nMachine Learning\r\nDeep learning\n"
    breaks = hard_breaks(text)
    # the three blank lines after "Apache Spark" add no break; "\r\n" breaks at its "\n"
    assert breaks == [text.index("\n"), text.index("\r\n") + 1]
    assert all(text[p] == "\n" for p in breaks)
    assert spans_break(breaks, text.index("Spark"), text.index("Machine") + 7)
    assert not spans_break(breaks, text.index("Machine"), text.index("Machine") + 16)
    folded = text.replace("\n", " ").replace("\r", " ")
    kept = kept_breaks(folded, breaks)
    assert len(kept) == len(text) and kept.count("\n") == 2


def test_no_text_no_breaks():
    assert hard_breaks("") == []
    assert hard_breaks("no line breaks at all") == []
    assert hard_breaks("\n\n\n") == []


def _mentions(extract, text):
    return [(m.text, m.skill_id) for m in extract(text)]


def test_a_name_does_not_run_from_one_list_item_into_the_next(extract):
    # "Hadoop" closes a list line; "Tools" is a heading: no "Hadoop Tools" across them
    text = "Skills\nPython, Spark, Hadoop\nTools\nWe use Airflow daily.\n"
    found = _mentions(extract, text)
    assert ("Hadoop", "hadoop") in found, found
    assert not any("\n" in t for t, _ in found), found


def test_a_form_across_a_heading_gives_way_to_the_word_on_its_line(extract):
    text = "Requirements\nStrong SQL\nExperience with Tableau or Looker dashboards\n"
    found = _mentions(extract, text)
    assert ("SQL", "sql") in found, found
    assert not any("\n" in t for t, _ in found), found


def test_the_last_word_of_a_duty_and_the_next_duty_are_no_name(extract):
    text = "Duties\nSupport the analytics team\nWorks with product owners on requirements\n"
    found = _mentions(extract, text)
    assert "teamwork" not in {skill for _, skill in found}, found
    assert not any("\n" in t for t, _ in found), found


def test_wrapped_prose_still_joins_a_name(extract):
    text = "Requirements\n- 3+ years of hands-on experience with statistics and machine\nlearning for search\n"
    found = _mentions(extract, text)
    assert any(skill == "machine_learning" and "\n" in t for t, skill in found), found


def test_a_task_phrase_stays_on_its_line(extract):
    # "detect ... patterns" would join a duty with the next one
    text = "Duties\nDetect and fix data anomalies\nIdentify patterns in customer churn\n"
    for m in extract(text):
        assert "\n" not in m.text, (m.text, m.skill_id)
    assert "pattern_recognition" not in {m.skill_id for m in extract(text)}
    # within one line a task phrase still counts
    one = "Responsibilities\n- Build and maintain data pipelines for the research team\n"
    assert any("pipelines" in m.text for m in extract(one))


@pytest.mark.parametrize(
    "text, written, skill",
    [
        # prose a source wrapped with blank lines in the middle of its sentences
        (
            "Requirements\nYou know a modern programming language or a business\n\nintelligence tool well.\n",
            "business\n\nintelligence",
            "business_intelligence",
        ),
        (
            "Requirements\n- Two years of work in customer research and data\n\n analytics for retail\n",
            "data\n\n analytics",
            "data_analysis",
        ),
        # spaces typed twice inside a name
        (
            "Requirements: we want someone fluent in distributed   systems.\n",
            "distributed   systems",
            "distributed_systems",
        ),
    ],
)
def test_a_name_across_a_blank_line_or_a_run_of_spaces(extract, text, written, skill):
    assert (written, skill) in _mentions(extract, text)


def test_no_name_across_a_blank_line_before_a_heading(extract):
    # a capital after a blank line opens a new paragraph or heading: "data" / "Warehousing" is no name
    text = "We store our customer data\n\nWarehousing and Logistics roles are listed below.\n"
    found = _mentions(extract, text)
    assert not any("\n" in t for t, _ in found), found
