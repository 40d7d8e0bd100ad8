"""The dashboard script, driven headless with streamlit.testing.v1.AppTest (the real dashboard.py)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = str(ROOT / "dashboard.py")
TIMEOUT = 120

POSTING = """Machine Learning Engineer

Requirements
- 3+ years of Python and strong SQL.
- Must have Docker and Kubernetes experience.
- Hands-on PyTorch.

Nice to have
- Apache Spark.
"""


@pytest.fixture
def app() -> AppTest:
    at = AppTest.from_file(SCRIPT, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    return at


def analyze(at: AppTest, postings: str | None = None, skills: str | None = None) -> AppTest:
    if postings is not None:
        at.text_area(key="postings_text").input(postings)
    if skills is not None:
        at.text_area(key="user_skills").input(skills)
    at.button(key="analyze").click()
    at.run()
    assert not at.exception, at.exception
    return at


# st.dataframe has no key in AppTest's tree (it is not a widget); each table is found by its columns.
TABLE_COLUMNS = {
    "gaps_table": {"skill", "priority", "required share"},
    "resolved_table": {"skill", "found how"},
    "coverage_table": {"posting", "coverage"},
    "errors_table": {"posting", "error"},
    "experience_table": {"skill", "most asked (years)", "you have"},
}


def frame(at: AppTest, key: str):
    want = TABLE_COLUMNS[key]
    for df in [*at.dataframe, *at.table]:  # the profile table is a static table (its reasons wrap)
        value = df.value
        if want <= set(value.columns) and (key != "errors_table" or "coverage" not in value.columns):
            return value
    raise AssertionError(f"no {key} shown; tables: {[list(d.value.columns) for d in at.dataframe]}")


def text_of(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def csv_bytes(rows: list[dict], fieldnames: list[str]) -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fieldnames)
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def test_the_documented_keys_exist(app):
    assert app.text_area(key="postings_text") is not None
    assert app.text_area(key="user_skills") is not None
    assert app.button(key="analyze") is not None
    assert app.file_uploader(key="resume_file") is not None


def test_paste_skills_analyze_shows_the_gaps(app):
    at = analyze(app, POSTING, "python, sql, git")
    gaps = frame(at, "gaps_table")
    assert {"Docker", "Kubernetes", "Apache Spark"} <= set(gaps["skill"])
    assert "Python" not in set(gaps["skill"])
    assert {"skill", "category", "demand", "required share", "priority", "interview round"} <= set(gaps.columns)
    assert "Top gaps:" in text_of(at)
    [metric] = [m for m in at.metric if m.label == "Overall coverage"]
    assert metric.value.endswith("%")
    # the posting, highlighted, with a legend
    [html] = [h.value for h in at.html if "sg-posting" in h.value]
    assert "sg-legend" in html
    assert 'class="sg-skill sg-matched"' in html and ">Python<" in html
    assert "sg-missing-required" in html
    # the T-shape chart and the four exports
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")
    assert {"download_html", "download_md", "download_csv", "download_json"} <= {
        b.key for b in at.get("download_button")
    }


def test_typed_skills_show_how_they_resolved(app):
    app.text_area(key="user_skills").input("postgres, kubernets, qwertyuiop")
    app.run()
    assert not app.exception
    resolved = frame(app, "resolved_table")
    assert any(h.startswith("close spelling of “kubernets”") for h in resolved["found how"])
    assert any(h == "credited: you have PostgreSQL" for h in resolved["found how"])  # gives SQL; named, not as typed
    caption = " ".join(c.value for c in app.caption)
    assert "recognised" in caption and "alias" not in caption and "implied" not in caption  # no jargon
    assert any("qwertyuiop" in w.value for w in app.warning)


def test_picked_skills_count(app):
    app.multiselect(key="skills_picked").select("docker").select("kubernetes")
    app.run()
    at = analyze(app, POSTING)
    assert "Docker" not in set(frame(at, "gaps_table")["skill"])


def test_analyze_without_input_warns(app):
    at = analyze(app)
    assert any("Paste a posting" in w.value for w in at.warning)
    at = analyze(at, POSTING)
    assert any("skills" in w.value for w in at.warning)


def test_several_pasted_postings(app):
    at = analyze(app, POSTING + "\n\n===\n\nWe are hiring\nRequirements: Excel, Tableau and SQL.\n", "python")
    coverage = frame(at, "coverage_table")
    # named by a title-like first line, else "Posting N"
    assert list(coverage["posting"]) == ["Machine Learning Engineer (Posting 1)", "Posting 2"]
    assert len(at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")) >= 2  # categories + demand heat map


def test_the_samples_button(app):
    app.button(key="try_samples").click()
    app.run()
    assert not app.exception
    assert app.text_area(key="postings_text").value.count("\n===\n") >= 4
    assert app.text_area(key="user_skills").value
    at = analyze(app)
    assert len(frame(at, "coverage_table")) >= 4
    assert len(frame(at, "gaps_table")) > 3


def test_csv_upload(app):
    rows = [
        {"job": "a1", "content": POSTING, "extra": "x"},
        {"job": "a2", "content": "Data Scientist. Requirements: statistics, R and SQL.", "extra": "y"},
        {"job": "a3", "content": "", "extra": "z"},
    ]
    app.radio(key="postings_source").set_value("File upload")
    app.run()
    app.file_uploader(key="csv_file").upload("jobs.csv", csv_bytes(rows, ["job", "content", "extra"]), "text/csv")
    app.run()
    assert not app.exception
    # no column called description/text: the app asks for one and Analyze is disabled
    assert any("pick the column" in e.value for e in app.error)
    assert app.button(key="analyze").disabled
    app.selectbox(key="csv_text_column").set_value("content")
    app.selectbox(key="csv_id_column").set_value("job")
    app.run()
    assert not app.error
    at = analyze(app, skills="python")
    coverage = frame(at, "coverage_table")
    assert list(coverage["posting"]) == ["a1", "a2", "a3"]
    errors = frame(at, "errors_table")  # the empty row is listed, the batch went on
    assert list(errors["posting"]) == ["a3"] and "empty" in errors["error"].iloc[0]
    assert "Kubernetes" in set(frame(at, "gaps_table")["skill"])


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("latin1.csv", "id,description\n1,caf\xe9 needs Python\n".encode("latin-1"), "not UTF-8"),
        ("binary.csv", b"\x00\x01\x02id,description", "binary"),
        ("empty.csv", b"", "empty"),
        ("header-only.csv", b"id,description\n", "no rows"),
        ("big.csv", b"id,description\n" + b"1,Python\n" * 6_000_000, "the dashboard takes up to 50 MB"),
    ],
)
def test_a_broken_csv_shows_an_error_and_the_app_keeps_working(app, name, data, message):
    app.radio(key="postings_source").set_value("File upload")
    app.run()
    app.file_uploader(key="csv_file").upload(name, data, "text/csv")
    app.run()
    assert not app.exception
    assert any(message in e.value for e in app.error), [e.value for e in app.error]
    # back to pasting: the app still works
    app.radio(key="postings_source").set_value("Paste")
    app.run()
    at = analyze(app, POSTING, "python")
    assert not at.error
    assert "Kubernetes" in set(frame(at, "gaps_table")["skill"])


def test_bad_resume_and_profile_uploads_show_messages(app):
    app.file_uploader(key="resume_file").upload("cv.pdf", b"%PDF-1.4 not really a pdf", "application/pdf")
    app.file_uploader(key="profile_file").upload("p.json", b"{not json", "application/json")
    app.run()
    assert not app.exception
    assert len(app.error) >= 1


def test_resume_upload_adds_skills(app):
    app.file_uploader(key="resume_file").upload(
        "cv.md", b"# Me\nI build things in Python and Docker.\n", "text/markdown"
    )
    app.run()
    assert not app.exception
    assert {"Python", "Docker"} <= set(frame(app, "resolved_table")["skill"])


def test_markup_in_a_posting_is_escaped(app):
    evil = "Data Scientist <script>alert(1)</script>\nRequirements: Python and SQL. <img src=x onerror=alert(1)>"
    at = analyze(app, evil, "python")
    [html] = [h.value for h in at.html if "sg-posting" in h.value]
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_split_postings():
    from analyzer.io.uploads import split_postings

    rows = split_postings("Senior Data Scientist\nPython\n\n===\n\nAbout us\nSQL\n\n=====\n   \nC\n")
    assert [(r.id, r.title) for r in rows] == [
        ("Posting 1", "Senior Data Scientist"),
        ("Posting 2", None),
        ("Posting 3", None),
    ]
    # a line of --- (Markdown rule) or a === line inside text is part of the posting, not a separator
    assert len(split_postings("Intro\n\n---\n\nMore\nTitle\n===\nBody")) == 1
    assert [r.text for r in split_postings("one posting -- with dashes --- inline")] == [
        "one posting -- with dashes --- inline"
    ]


def test_a_saved_profile_loads(app):
    data = (ROOT / "data" / "samples" / "profile.json").read_bytes()
    app.file_uploader(key="profile_file").upload("profile.json", data, "application/json")
    app.run()
    assert not app.exception and not app.error
    assert {"Python", "SQL", "Tableau"} <= set(frame(app, "resolved_table")["skill"])
    assert app.get("download_button")[0].key == "profile_download"


def test_invalid_years_in_a_saved_profile_are_shown(app):
    data = b'{"skills": [{"input": "sql", "skill_id": "sql", "how": "alias", "years": -3}, "python"]}'
    app.file_uploader(key="profile_file").upload("mine.json", data, "application/json")
    app.run()
    assert not app.exception and not app.error
    assert {"Python", "SQL"} <= set(frame(app, "resolved_table")["skill"])
    shown = [w.value for w in app.warning]
    assert any("mine.json: years ignored for 1 skill" in w and "-3 is not above 0" in w for w in shown), shown


def test_samples_flag_opens_on_the_bundled_samples(app, monkeypatch):
    assert "analysis" not in app.session_state  # a plain start waits for input
    monkeypatch.setattr("sys.argv", ["dashboard.py", "--samples"])
    at = AppTest.from_file(SCRIPT, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    assert at.text_area(key="postings_text").value.strip()
    assert len(at.session_state["analysis"].postings) >= 4


def test_errors_are_explained_in_the_dashboards_terms(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT))
    import dashboard
    from analyzer.errors import ColumnNotFoundError, MissingDependencyError, ResumeWithoutTextError

    column = dashboard.explain(ColumnNotFoundError("p.csv: no text column 'description'", "text"))
    assert column.endswith("pick the column in the “Text column” box") and "--" not in column
    scan = dashboard.explain(ResumeWithoutTextError("cv.pdf: the PDF has no text layer"))
    assert scan.endswith("or type your skills in the box above")
    assert dashboard.explain(MissingDependencyError("x needs pyarrow", "pyarrow")).endswith("install pyarrow")
    assert dashboard.md_escape("**a**") == "\\*\\*a\\*\\*"  # the library's one escaper


CHOICE_POSTING = """Data Scientist

Requirements
- 3+ years of Python or R.
- Must have Docker experience.
- Master's degree in Statistics or a related field.

Nice to have
- Apache Spark.
"""


def test_highlight_shows_the_three_verdicts_in_their_own_styles(app):
    at = analyze(app, CHOICE_POSTING, "python, MSc Physics")
    [html] = [h.value for h in at.html if "sg-posting" in h.value]
    assert 'class="sg-skill sg-matched"' in html and ">Python<" in html  # have
    assert 'class="sg-skill sg-choice-met"' in html and 'title="R: choice met via Python"' in html  # choice met
    assert 'sg-missing-required" data-status="missing-required" title="Docker' in html  # missing
    assert "sg-missing-preferred" in html
    assert "choice met by another option" in html  # the legend names the style
    coverage = frame(at, "coverage_table")
    assert coverage["choice met"].tolist() == [1] and coverage["you have"].tolist() == [1]
    assert "R" not in set(frame(at, "gaps_table")["skill"])
    assert "for you to judge" in text_of(at)  # education: a related field could decide
    captions = " ".join(c.value for c in at.caption)
    assert "Education: master" in captions and "Physics" in captions  # the degree typed, not an unknown skill


def test_demand_heat_map_shows_a_met_choice_as_neither_held_nor_missing(nlp):
    """The dashboard's skills × postings heat map: R, offered with Python, is not a gap for a Python user."""
    from analyzer.gap.profile import Profile
    from analyzer.gap.ranking import demand_cells
    from analyzer.run.local import analyze_postings

    analysis = analyze_postings([("c", CHOICE_POSTING)], Profile.from_text("python"), nlp)
    cells = {c.skill: c for c in demand_cells(analysis.postings)}
    assert "Python" in cells and not cells["Python"].missing
    assert "Docker" in cells and cells["Docker"].missing
    assert "R" not in cells or not cells["R"].missing


def test_the_posting_view_says_each_verdict_and_its_reason_in_words(app):
    """Have, choice met and missing are written out under the highlighted posting, with why (the
    highlights' reasons were only tooltips: nothing to read on a phone or with a keyboard)."""
    at = analyze(app, CHOICE_POSTING + "\nBonus: <b>Kafka</b> is a plus.", "python")
    text = text_of(at)
    assert "You have: Python" in text
    assert "Choice met" in text and "**R** — this posting accepts any of Python, R; you have Python" in text
    assert "Missing, by the sentence that asks for them:" in text and "**Docker** (required)" in text
    assert "<b>" not in text and "&lt;b&gt;Kafka" in text  # posting text stays text


def test_skills_from_a_resume_say_they_came_from_it(app):
    """ "found how" names the résumé for the skills read from it (they said "as typed", though
    nothing was typed)."""
    app.text_area(key="user_skills").input("SQL")
    app.file_uploader(key="resume_file").upload("cv.md", b"Skills: Kubernetes, Spark\n", "text/markdown")
    app.run()
    how = dict(zip(frame(app, "resolved_table")["skill"], frame(app, "resolved_table")["found how"]))
    assert how["SQL"] == "as typed"
    assert how["Kubernetes"] == "from your résumé"
    assert how["Apache Spark"] == "from your résumé, as “Spark”"


def test_each_uploader_states_its_own_files_limit(app):
    """The résumé and profile uploaders said "50 MB per file" (the postings upload's limit), but a
    résumé is refused over 10 MB and a profile over 5 MB."""
    from analyzer.io.profiles import MAX_PROFILE_BYTES
    from analyzer.io.resumes import MAX_RESUME_BYTES

    resume = app.file_uploader(key="resume_file").proto
    profile = app.file_uploader(key="profile_file").proto
    assert resume.max_upload_size_mb * 1_048_576 == MAX_RESUME_BYTES
    assert "Up to 10 MB" in resume.help
    assert 0 < profile.max_upload_size_mb * 1_048_576 - MAX_PROFILE_BYTES < 1_048_576


def test_years_from_a_resumes_dated_roles_are_said_so(app):
    resume = b"Experience\nData Scientist, Acme   01/15 - 12/20\n- Python and Docker\n"
    app.file_uploader(key="resume_file").upload("cv.txt", resume, "text/plain")
    at = analyze(app, "Requirements:\n- 8+ years of Python\n- Docker\n- Kubernetes", "Python")
    how = dict(zip(frame(at, "resolved_table")["skill"], frame(at, "resolved_table")["found how"]))
    assert how["Python"] == "typed; years from your résumé's dated roles"  # typed, yet the years are the résumé's
    assert how["Docker"] == "from your résumé; years from its dated roles"
    experience = frame(at, "experience_table")
    assert list(experience["you have"]) == [6] and list(experience["your years"]) == ["from your résumé's dated roles"]


def test_experience_gaps_show_when_no_skill_is_missing(app):
    # every skill held, but fewer years than asked: the experience table is the one gap left to show
    at = analyze(app, "Requirements:\n- 8+ years of Python\n- Docker", "Python 3 years, Docker")
    experience = frame(at, "experience_table")
    assert list(experience["skill"]) == ["Python"] and list(experience["you have"]) == [3]


def test_the_posting_view_names_the_skill_a_single_example_stands_for(app):
    """A posting asking for "relational databases such as PostgreSQL" and a user with neither: the
    view said "One of **PostgreSQL**", a choice of one that never named the skill asked for."""
    at = analyze(app, "Requirements:\n- Experience with relational databases such as PostgreSQL <i>x</i>", "python")
    text = text_of(at)
    assert "**relational databases**, for example **PostgreSQL** (required)" in text
    assert "One of" not in text
    assert "<i>" not in text and "&lt;i&gt;x" in text  # posting text stays text


def test_table_export_is_off_wherever_the_dashboard_is_started():
    # .streamlit/config.toml turns Streamlit's "Download as CSV" off (it writes cells as they are, so a
    # posting titled "=HYPERLINK(...)" is a live formula), but a flag, an environment variable or a
    # deployment's own config (`--client.disableDataExport false`) turned it back on for every table.
    from streamlit import config

    before = config.get_option("client.disableDataExport")
    config.set_option("client.disableDataExport", False)  # as with no project config read
    try:
        at = AppTest.from_file(SCRIPT, default_timeout=TIMEOUT)
        at.run()
        assert not at.exception
        assert config.get_option("client.disableDataExport") is True
    finally:
        config.set_option("client.disableDataExport", before)


def test_a_pasted_posting_read_in_pieces_is_said_so(app):
    # a whole careers page pasted in: the user is told it is longer than a posting and read in pieces
    block = "Requirements:\n- 3+ years of Python and SQL\n- Experience with Docker <b>now</b>\n\n"
    app.text_area(key="postings_text").input("Data Scientist\n" + block * (110_000 // len(block)))
    app.run()
    assert not app.exception
    warnings = [w.value for w in app.warning]
    assert any("Posting 1 (" in w and "longer than a posting" in w and "read in pieces" in w for w in warnings), (
        warnings
    )


def test_a_resume_replaces_the_sample_skills_it_was_not_typed_with(app):
    # "Try the samples" filled in a sample profile; a résumé uploaded after it is the user's own
    # skills: the sample's Tableau and pandas must not be credited to them without a word
    app.button(key="try_samples").click()
    app.run()
    app.file_uploader(key="resume_file").upload(
        "cv.md", b"# Me\nI build things in Python and Docker.\n", "text/markdown"
    )
    app.run()
    assert not app.exception
    skills = set(frame(app, "resolved_table")["skill"])
    assert {"Python", "Docker"} <= skills and not {"Tableau", "pandas"} & skills, skills
    assert app.text_area(key="user_skills").value == ""
    assert any("sample skills" in c.value and "résumé" in c.value for c in app.info), [c.value for c in app.info]
    # pressing the samples again loads the sample postings, not the sample skills over the résumé
    app.button(key="try_samples").click()
    app.run()
    assert app.text_area(key="user_skills").value == ""


def test_skills_typed_by_the_user_are_kept_with_a_resume(app):
    app.text_area(key="user_skills").input("Tableau, pandas")
    app.run()
    app.file_uploader(key="resume_file").upload(
        "cv.md", b"# Me\nI build things in Python and Docker.\n", "text/markdown"
    )
    app.run()
    assert not app.exception
    assert {"Python", "Docker", "Tableau", "pandas"} <= set(frame(app, "resolved_table")["skill"])
    assert app.text_area(key="user_skills").value == "Tableau, pandas"


def test_a_bad_resume_does_not_hide_the_saved_profile_beside_it(app):
    """A résumé that could not be read ended the reading of the skills: the saved profile uploaded
    beside it was left out, unsaid (one error shown, its skills missing). Each is read on its own."""
    data = (ROOT / "data" / "samples" / "profile.json").read_bytes()
    app.file_uploader(key="resume_file").upload("cv.pdf", b"%PDF-1.4 not really a pdf", "application/pdf")
    app.file_uploader(key="profile_file").upload("profile.json", data, "application/json")
    app.run()
    assert not app.exception
    assert [e.value for e in app.error if "cv.pdf" in e.value]
    assert {"Python", "SQL", "Tableau"} <= set(frame(app, "resolved_table")["skill"])
    # both bad: both said
    app.file_uploader(key="profile_file").upload("p.json", b"{not json", "application/json")
    app.run()
    assert not app.exception
    assert len([e for e in app.error if "cv.pdf" in e.value or "p.json" in e.value]) == 2
