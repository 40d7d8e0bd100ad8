"""Several postings files uploaded at once: one batch, read as ``skillgap analyze a.csv b.csv`` reads
them (``analyzer.io.uploads.UploadedBatch`` over ``analyzer.io.postings.chain_files``, which
``open_many`` uses too), each row keeping its file and row through the results and the reports; a
bad file named and kept as an error row while the others are analysed; the same file twice refused.
The first half tests the library, the second drives the real dashboard.py (AppTest)."""

from __future__ import annotations

import csv
import gzip
import io
import json
import time

import pytest
from _dashboard_helpers import click_analyze, file_upload_app, upload, upload_files
from click.testing import CliRunner
from gap_fixtures import csv_bytes
from streamlit.testing.v1 import AppTest
from test_bad_input import xlsx_bytes
from test_dashboard import frame

from analyzer import Profile, analyze_postings
from analyzer.cli import main
from analyzer.errors import InputError
from analyzer.io.markdown import md_escape
from analyzer.io.postings import ReadReport, open_many
from analyzer.io.reports import CSV_COLUMNS, render_report
from analyzer.io.uploads import UploadedBatch, UploadedRows, columns_of_any, refuse_uploaded_twice, upload_labels

BOARD_A = csv_bytes(
    [
        ("a-1", "Data Scientist", "Requirements: 3+ years of Python and SQL."),
        ("a-2", "ML Engineer", "Must have Docker and Kubernetes."),
    ],
    header=("id", "title", "description"),
)
# Another job board's export: other column names, a semicolon Excel CSV, an id also in board A.
BOARD_B = b"job_id;job_description\r\nb-1;We use Spark and Airflow daily.\r\na-1;Tableau dashboards for finance.\r\n"


def cells(report_csv: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(report_csv)))


# ---------------------------------------------------------------- library


def test_a_batch_reads_the_rows_the_command_line_reads_from_the_same_files(tmp_path):
    (tmp_path / "a.csv").write_bytes(BOARD_A)
    (tmp_path / "b.csv").write_bytes(BOARD_B)
    report = ReadReport()
    cli_rows = list(open_many([tmp_path / "a.csv", tmp_path / "b.csv"], report=report))
    batch = UploadedBatch([("a.csv", BOARD_A), ("b.csv", BOARD_B)])

    def seen(r):
        return (r.id, r.text, r.title, r.row, r.error, (r.source or "").rsplit("/", 1)[-1])

    assert [seen(r) for r in batch] == [seen(r) for r in cli_rows]
    assert [(r.source, r.row) for r in batch] == [("a.csv", 1), ("a.csv", 2), ("b.csv", 1), ("b.csv", 2)]
    assert len(batch) == 4 and batch.rows_by_file == {"a.csv": 2, "b.csv": 2} and not batch.failed
    # the id in both files is warned about as the command line warns (every row is kept)
    assert batch.warnings == [w.replace(f"{tmp_path}/", "") for w in report.warnings]
    assert batch.warnings == [
        "ids in more than one file (every row is kept, in input order): 'a-1' in a.csv (row 1) and b.csv (row 2)"
    ]
    assert batch.row(2).text == "We use Spark and Airflow daily."


def test_a_csv_and_an_xlsx_together():
    book = xlsx_bytes([("x-1", "Experience with PyTorch and AWS.")])
    batch = UploadedBatch([("board.csv", BOARD_A), ("export.xlsx", book)])
    assert [(r.source, r.id, r.text) for r in batch][-1] == ("export.xlsx", "x-1", "Experience with PyTorch and AWS.")
    assert batch.columns() == ["id", "description"]  # the columns both files have (the market's Group by)


def test_the_market_view_groups_a_batch_by_a_column_every_readable_file_has():
    teams = csv_bytes([("c-1", "platform", "Go and Rust.")], header=("id", "team", "description"))
    more = csv_bytes([("d-1", "Python.", "analytics")], header=("id", "description", "Team"))
    batch = UploadedBatch([("a.csv", teams), ("bad.csv", b""), ("b.csv", more)])
    # "team" is found as "Team" in b.csv, as ``--group-by team`` finds it on the command line
    assert batch.columns() == ["id", "team", "description"]
    assert batch.extra_values("team") == ["platform", None, "analytics"]
    both = UploadedBatch([("a.csv", teams), ("bad.csv", b""), ("b.csv", teams.replace(b"c-1", b"e-1"))])
    assert both.columns() == ["id", "team", "description"]
    assert both.extra_values("team") == ["platform", None, "platform"]  # the unread file's row has none


def test_a_bad_file_among_good_ones_is_one_error_row_in_its_place_and_the_others_are_read():
    bad = b"name,content\nx,Python\n"  # no text column
    batch = UploadedBatch([("a.csv", BOARD_A), ("notes.csv", bad), ("b.csv", BOARD_B)])
    rows = list(batch)
    assert [(r.source, r.row, r.error is None) for r in rows] == [
        ("a.csv", 1, True),
        ("a.csv", 2, True),
        ("notes.csv", 0, False),
        ("b.csv", 1, True),
        ("b.csv", 2, True),
    ]
    assert rows[2].error.startswith("notes.csv: no text column")
    assert list(batch.failed) == ["notes.csv"] and len(batch) == 5
    gaps = analyze_postings(rows, Profile.from_text("python")).postings
    assert [g.error is None for g in gaps] == [True, True, False, True, True]
    assert gaps[2].origin == "notes.csv" and gaps[3].origin == "b.csv, row 1"


@pytest.mark.parametrize(
    "data, why",
    [
        (b"", "notes.csv: the file is empty"),
        (b"\x00\x01\x02binary" * 50, "notes.csv: "),
        (b"id,description\n", "notes.csv: "),  # a header and no row
    ],
)
def test_unreadable_files_are_named_and_do_not_stop_the_batch(data, why):
    batch = UploadedBatch([("a.csv", BOARD_A), ("notes.csv", data)])
    # every one is an error row of its own (a file dropped without a word would pass an "or no row" here)
    assert [r.source for r in batch] == ["a.csv", "a.csv", "notes.csv"]
    assert list(batch.failed) == ["notes.csv"] and batch.failed["notes.csv"].startswith(why)


def test_a_named_column_missing_from_one_file_fails_that_file_only():
    batch = UploadedBatch([("a.csv", BOARD_A), ("b.csv", BOARD_B)], text_column="Description")
    assert list(batch.failed) == ["b.csv"] and "description" in batch.failed["b.csv"].lower()
    assert [r.text is not None for r in batch] == [True, True, False]


def test_the_same_file_twice_is_refused_as_the_command_line_refuses_it(tmp_path):
    with pytest.raises(InputError, match=r"a\.csv is uploaded 2 times; a file is read once: remove the copies"):
        UploadedBatch([("a.csv", BOARD_A), ("b.csv", BOARD_B), ("a.csv", BOARD_A)])
    with pytest.raises(InputError, match=r"a\.csv is uploaded 2 times \(as a\.csv, copy of a\.csv\)"):
        refuse_uploaded_twice([("a.csv", BOARD_A), ("copy of a.csv", BOARD_A)])
    (tmp_path / "a.csv").write_bytes(BOARD_A)
    res = CliRunner().invoke(main, ["analyze", str(tmp_path / "a.csv"), str(tmp_path / "a.csv"), "--skills", "sql"])
    assert res.exit_code != 0 and "a file is read once" in res.output


def test_two_empty_files_are_two_empty_files_not_one_uploaded_twice():
    # no bytes are the same bytes: each empty file is its own error row, the good file is read
    batch = UploadedBatch([("a.csv", BOARD_A), ("notes.csv", b""), ("todo.csv", b"")])
    assert batch.failed == {"notes.csv": "notes.csv: the file is empty", "todo.csv": "todo.csv: the file is empty"}
    assert [r.source for r in batch] == ["a.csv", "a.csv", "notes.csv", "todo.csv"]


def test_two_files_of_one_name_and_other_contents_are_two_files():
    assert upload_labels(["jobs.csv", "jobs.csv", "jobs.csv.gz"]) == ["jobs.csv", "jobs (2).csv", "jobs.csv.gz"]
    batch = UploadedBatch([("jobs.csv", BOARD_A), ("jobs.csv", csv_bytes([("c-1", "Go and Rust.")]))])
    assert [r.source for r in batch] == ["jobs.csv", "jobs.csv", "jobs (2).csv"]


def test_the_upload_limit_counts_every_file_and_names_the_one_past_it(monkeypatch):
    import analyzer.io.uploads as uploads

    monkeypatch.setattr(uploads, "MAX_UPLOAD_BYTES", len(BOARD_A) + 10)
    batch = UploadedBatch([("a.csv", BOARD_A), ("b.csv", BOARD_B)])
    assert list(batch.failed) == ["b.csv"]
    assert "the dashboard takes up to" in batch.failed["b.csv"] and "in all" in batch.failed["b.csv"]
    assert [r.error is None for r in batch] == [True, True, False]
    # a file that is not read holds no room: the next one that fits is read
    batch = UploadedBatch([("bad.csv", b"name\n" + b"x\n" * 20), ("a.csv", BOARD_A)])
    assert list(batch.failed) == ["bad.csv"] and batch.rows_by_file == {"a.csv": 2}
    assert [data for _, data, _ in batch.files] == [None, BOARD_A]


def test_batch_rows_hold_only_the_bytes():
    batch = UploadedBatch([("a.csv", BOARD_A), ("b.csv", BOARD_B)])
    held = [value for value in vars(batch).values() if isinstance(value, list)]
    assert not any(isinstance(item, str) and "Python" in item for value in held for item in value)
    assert [data for _, data, _ in batch.files] == [BOARD_A, BOARD_B]


def test_every_report_says_each_postings_file_and_row():
    batch = UploadedBatch([("a.csv", BOARD_A), ("notes.csv", b"name\nx\n"), ("b.csv", BOARD_B)])
    analysis = analyze_postings(batch, Profile.from_text("python, sql"))
    rows = cells(render_report(analysis, "csv"))
    assert list(rows[0])[:4] == ["posting_id", "posting_number", "source_file", "source_row"]
    origins = {(r["posting_number"], r["source_file"], r["source_row"], r["status"] == "error") for r in rows}
    assert origins == {
        ("1", "a.csv", "1", False),
        ("2", "a.csv", "2", False),
        ("3", "notes.csv", "", True),
        ("4", "b.csv", "1", False),
        ("5", "b.csv", "2", False),
    }
    postings = json.loads(render_report(analysis, "json"))["postings"]
    assert [(p["source"], p["source_row"]) for p in postings] == [
        ("a.csv", 1),
        ("a.csv", 2),
        ("notes.csv", 0),
        ("b.csv", 1),
        ("b.csv", 2),
    ]
    assert "a.csv, row 2" in render_report(analysis, "md") and "b.csv, row 1" in render_report(analysis, "html")


def test_one_file_keeps_its_report_as_it_was():
    analysis = analyze_postings(UploadedBatch([("a.csv", BOARD_A)]), Profile.from_text("python"))
    assert analysis.postings[0].origin == "a.csv, row 1"  # a batch of one still says its file
    from analyzer.io.uploads import UploadedRows

    single = analyze_postings(UploadedRows(BOARD_A, "a.csv", None, "description"), Profile.from_text("python"))
    assert list(cells(render_report(single, "csv"))[0]) == CSV_COLUMNS
    assert "source" not in json.loads(render_report(single, "json"))["postings"][0]


def test_a_hostile_file_name_is_text_in_every_report():
    name = "<img src=x onerror=alert(1)>**[x](javascript:alert(1))**.csv"
    analysis = analyze_postings(UploadedBatch([(name, BOARD_A), ("b.csv", BOARD_B)]), Profile.from_text("python"))
    html = render_report(analysis, "html")
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert md_escape(f"{name}, row 1") in render_report(analysis, "md")


def test_the_command_line_report_on_several_files_says_each_postings_file(tmp_path):
    (tmp_path / "a.csv").write_bytes(BOARD_A)
    (tmp_path / "b.csv").write_bytes(BOARD_B)
    out = tmp_path / "gaps.csv"
    res = CliRunner().invoke(
        main,
        ["analyze", str(tmp_path / "a.csv"), str(tmp_path / "b.csv"), "--skills", "python", "-o", str(out), "-j", "1"],
    )
    assert res.exit_code == 0, res.output
    rows = cells(out.read_text(encoding="utf-8"))
    assert {(r["source_file"].rsplit("/", 1)[-1], r["source_row"]) for r in rows} == {
        ("a.csv", "1"),
        ("a.csv", "2"),
        ("b.csv", "1"),
        ("b.csv", "2"),
    }
    one = tmp_path / "one.csv"
    assert CliRunner().invoke(main, ["analyze", str(tmp_path / "a.csv"), "-o", str(one), "-j", "1"]).exit_code == 0
    assert list(cells(one.read_text(encoding="utf-8"))[0]) == CSV_COLUMNS


# ---------------------------------------------------------------- the dashboard


@pytest.fixture
def app() -> AppTest:
    return file_upload_app("python, sql")


def test_the_uploader_takes_several_files(app):
    assert app.file_uploader(key="csv_file").accept_multiple_files


def test_two_files_are_analysed_as_one_batch_with_each_rows_origin(app):
    upload_files(app, ("board-a.csv", BOARD_A), ("board-b.csv", BOARD_B))
    captions = [c.value for c in app.caption]
    # the semicolons a file was read with are said, as the command line says them
    assert (
        md_escape("4 rows in 2 files (board-a.csv: 2 rows; board-b.csv: 2 rows, separated by semicolons (;))")
        in captions
    )
    assert [w.value for w in app.warning] == [
        md_escape(
            "ids in more than one file (every row is kept, in input order): "
            "'a-1' in board-a.csv (row 1) and board-b.csv (row 2)"
        )
    ]
    assert app.selectbox(key="csv_text_column").value == "(as found in each file)"
    at = click_analyze(app)
    table = frame(at, "coverage_table")
    assert list(table["from"]) == [
        "board-a.csv, row 1",
        "board-a.csv, row 2",
        "board-b.csv, row 1",
        "board-b.csv, row 2",
    ]
    assert list(table["error"]) == ["", "", "", ""]
    analysis = at.session_state["analysis"]
    from analyzer.io.views import render_analysis_report

    rows = cells(render_analysis_report(analysis, "csv", analysis_taxonomy()))
    assert {(r["source_file"], r["source_row"]) for r in rows} == {
        ("board-a.csv", "1"),
        ("board-a.csv", "2"),
        ("board-b.csv", "1"),
        ("board-b.csv", "2"),
    }
    assert "4 rows" not in " ".join(e.value for e in at.error)
    # the posting view names each posting's file; the market tab groups over the columns both files have
    labels = at.selectbox(key="posting_view_1")  # the first analysis of this session
    assert labels.options[2] == "b-1 · board-b.csv, row 1"


def analysis_taxonomy():
    from analyzer.taxonomy import load_default_taxonomy

    return load_default_taxonomy()


def test_a_bad_file_is_named_and_the_good_ones_are_analysed(app):
    upload_files(app, ("board-a.csv", BOARD_A), ("notes.csv", b"name,content\nx,Python\n"))
    # the rows the files hold (the unreadable file was counted as a third row: "3 rows in 2 files")
    captions = [c.value for c in app.caption]
    assert md_escape("2 rows in 2 files (board-a.csv: 2 rows; notes.csv: could not be read)") in captions
    errors = [e.value for e in app.error]
    assert len(errors) == 1 and errors[0].startswith(md_escape("notes.csv: no text column"))
    assert "the other files are analysed" in errors[0]
    assert not app.button(key="analyze").disabled
    at = click_analyze(app)
    table = frame(at, "coverage_table")
    assert list(table["from"]) == ["board-a.csv, row 1", "board-a.csv, row 2", "notes.csv"]
    assert [bool(e) for e in table["error"]] == [False, False, True]
    assert list(frame(at, "errors_table")["from"]) == ["notes.csv"]


def test_only_bad_files_disable_analyze(app):
    upload_files(app, ("one.csv", b""), ("two.csv", b"name\nx\n"))
    assert app.button(key="analyze").disabled
    assert [e.value.split(":")[0] for e in app.error] == ["one.csv", "two.csv"]


def test_the_same_file_twice_is_refused_with_a_clear_message(app):
    upload_files(app, ("board-a.csv", BOARD_A), ("board-b.csv", BOARD_B), ("board-a.csv", BOARD_A))
    assert [e.value for e in app.error] == [
        md_escape("board-a.csv is uploaded 2 times; a file is read once: remove the copies")
    ]
    assert app.button(key="analyze").disabled


def test_hostile_file_names_are_escaped_wherever_they_are_shown(app):
    evil = "**bold** :red[red] ![x](data:x) <img src=x>.csv"  # no "/": a name is its last path part
    upload_files(app, (evil, BOARD_A), ("[link](javascript:alert(1)).csv", b"name\nx\n"))
    shown = [c.value for c in app.caption] + [e.value for e in app.error]
    assert any(md_escape(evil) in text for text in shown)
    assert any(text.startswith(md_escape("[link](javascript:alert(1)).csv")) for text in shown)
    assert not any("**bold**" in text or "[link](" in text for text in shown)
    at = click_analyze(app)
    markdown = [m.value for m in at.markdown]
    assert not any("**bold**" in m or "![x](data" in m for m in markdown)


def test_one_file_is_read_as_before(app):
    upload_files(app, ("board-a.csv", BOARD_A))
    assert md_escape("2 rows in board-a.csv") in [c.value for c in app.caption]  # commas go unsaid
    assert app.selectbox(key="csv_text_column").value == "description"
    at = click_analyze(app)
    assert "from" not in frame(at, "coverage_table").columns


def test_one_file_separated_by_semicolons_says_so(app):
    upload(app, "board-b.csv", BOARD_B)  # a European Excel export: a wrong split would show at once
    assert md_escape("2 rows in board-b.csv, separated by semicolons (;)") in [c.value for c in app.caption]
    assert app.selectbox(key="csv_text_column").value == "job_description"


def test_the_market_tab_groups_two_files_by_a_column_both_have(app):
    a = csv_bytes(
        [("a-1", "platform", "Python, Docker and Kubernetes."), ("a-2", "analytics", "SQL and Tableau.")],
        header=("id", "team", "description"),
    )
    b = csv_bytes([("b-1", "analytics", "SQL, Python and Looker.")], header=("id", "team", "description"))
    at = click_analyze(upload_files(app, ("a.csv", a), ("b.csv", b)))
    group_by = at.selectbox(key="market_group_by")
    assert group_by.options == ["(no grouping)", "id", "team", "description"]
    group_by.set_value("team")
    at.run()
    assert not at.exception, at.exception
    groups = next(df.value for df in at.dataframe if "most demanded" in df.value.columns)
    assert dict(zip(groups["group"], groups["postings"])) == {"analytics": 2, "platform": 1}


def held_uploads(at: AppTest) -> list[str]:
    """The session state keys whose values still hold an upload's bytes (rows read again from them,
    or the bytes themselves), however deep in a tuple, list or dict."""

    def holds(value, depth=0) -> bool:
        if isinstance(value, (UploadedRows, UploadedBatch, io.BytesIO)) or (
            isinstance(value, bytes) and len(value) > 64
        ):
            return True
        if depth < 4 and isinstance(value, (tuple, list)):
            return any(holds(v, depth + 1) for v in value)
        if depth < 4 and isinstance(value, dict):
            return any(holds(v, depth + 1) for v in value.values())
        return False

    return [key for key, value in at.session_state.items() if holds(value)]


@pytest.fixture
def removed_uploads(monkeypatch) -> list[str]:
    """The ids of the files Streamlit's upload manager is asked to remove, in order."""
    from streamlit.runtime.memory_uploaded_file_manager import MemoryUploadedFileManager

    removed: list[str] = []
    remove = MemoryUploadedFileManager.remove_file

    def spy(self, session_id: str, file_id: str) -> None:
        removed.append(file_id)
        remove(self, session_id, file_id)

    monkeypatch.setattr(MemoryUploadedFileManager, "remove_file", spy)
    return removed


@pytest.mark.parametrize("files", [1, 2], ids=["one file", "two files"])
def test_switching_to_paste_releases_the_uploaded_bytes(app, removed_uploads, files):
    # After an upload (analysed), switching to the paste box kept the upload's bytes (up to 50 MB)
    # in the session — the rows read again from them, and Streamlit's copy of the files, which the
    # uploader, no longer drawn, never removes — until the session ended.
    at = click_analyze(upload_files(app, *[("board-a.csv", BOARD_A), ("board-b.csv", BOARD_B)][:files]))
    assert held_uploads(at)  # while the upload is in use
    ids = [f.file_id for f in at.file_uploader(key="csv_file").value] if files > 1 else []
    at.radio(key="postings_source").set_value("Paste")
    at.run()
    assert not at.exception, at.exception
    assert held_uploads(at) == []
    assert len(removed_uploads) == files and (not ids or sorted(removed_uploads) == sorted(ids))
    assert frame(at, "coverage_table") is not None  # the results shown stay, marked out of date
    # (AppTest.get takes an element type: get("stale_marker") was always empty, so the marker's warning is read)
    assert [w for w in at.warning if w.value.startswith("Out of date")]


def test_after_the_switch_a_big_batch_keeps_its_results_and_says_where_its_texts_went(app):
    # A batch over 500 postings keeps no texts: the posting view reads one back from the upload's
    # bytes, which the switch to Paste let go of — it says so, and the rows' error count stays.
    rows = [(f"p-{i}", f"We need Python and SQL, number {i}.") for i in range(501)]
    at = click_analyze(upload_files(app, ("many.csv", csv_bytes(rows))))
    assert "Rows with errors" in [m.label for m in at.metric]
    at.radio(key="postings_source").set_value("Paste")
    at.run()
    assert not at.exception, at.exception
    assert "Rows with errors" in [m.label for m in at.metric]  # the results shown are still a file's
    assert [i.value for i in at.info if "went with its file" in i.value]


def test_switching_to_paste_releases_an_upload_that_was_refused(app, removed_uploads):
    # A file that cannot be read (here a binary one named .csv) is refused before its columns are
    # known, so the session never noted its id: the switch to Paste let go of nothing and
    # Streamlit's copy of its bytes (up to 50 MB) stayed until the session ended.
    at = upload_files(app, ("good.csv", BOARD_A))  # a readable file first: its id is noted
    at = upload_files(at, ("scan.csv", bytes(range(256)) * 64))
    assert [e for e in at.error if "scan.csv" in e.value]
    (refused_id,) = [f.file_id for f in at.file_uploader(key="csv_file").value]
    at.radio(key="postings_source").set_value("Paste")
    at.run()
    assert not at.exception, at.exception
    assert refused_id in removed_uploads


def wide(spell, text: str, n: int = 20_000) -> bytes:
    """A CSV file of one posting (``text``) and ``n`` columns besides its description, column i named ``spell(i)``."""
    return ("description," + ",".join(spell(i) for i in range(n)) + f"\n{text}," + ",".join("x" * n) + "\n").encode()


def test_the_columns_two_wide_files_share_are_found_in_time():
    # Each column of the first file was looked for in the second by a pass over all of its columns
    # (named_column): two files of 20,000 columns took over a minute, on every rerun of the Market tab.
    n = 20_000

    batch = UploadedBatch(
        [
            ("a.csv", wide(lambda i: f"Role Family {i}", "We need Python")),
            ("b.csv", wide(lambda i: f"role_family_{i}", "SQL")),
        ],
        None,
        None,
    )
    started = time.perf_counter()
    common = batch.columns()
    assert len(common) == n + 1 and common[1] == "Role Family 0"  # in the first file's spelling
    assert time.perf_counter() - started < 5.0


def test_a_column_one_file_has_twice_in_two_spellings_is_no_common_column():
    a = b"id,description,team\na-1,We need Python,data\n"
    b = b"id,description,Team,TEAM,Region\nb-1,We need SQL,data,ops,eu\n"
    c = b"id,description,team,region\nc-1,We need Spark,data,eu\n"
    assert UploadedBatch([("a.csv", a), ("b.csv", b)], None, None).columns() == ["id", "description"]
    assert UploadedBatch([("c.csv", c), ("b.csv", b)], None, None).columns() == ["id", "description", "region"]


def test_the_columns_a_batch_offers_are_gathered_in_time():
    # The column boxes of a batch offered every column of its files, gathered by looking each one up
    # in the list built so far: two files of 20,000 columns took 9 s, on each new set of files.
    n = 20_000

    from dashboard import batch_columns

    files = [("a.csv", wide(lambda i: f"Role Family {i}", "We need Python")), ("b.csv", wide(str, "SQL"))]
    started = time.perf_counter()
    refused, offered = batch_columns(files, ("wide-a", "wide-b"))  # (bare mode: no session but this test's)
    assert time.perf_counter() - started < 2.0
    assert refused is None and offered == columns_of_any(files)
    assert len(offered) == 2 * n + 1 and offered[:2] == ["description", "Role Family 0"] and offered[-1] == str(n - 1)


def test_the_columns_a_batch_offers_are_each_once_in_the_order_first_seen():
    a = b"id,description,team\na-1,We need Python,data\n"
    b = b"ID,description,region,team\nb-1,We need SQL,eu,ops\n"
    assert columns_of_any([("a.csv", a), ("bad.csv", b""), ("b.csv", b)]) == [
        "id",
        "description",
        "team",
        "ID",
        "region",
    ]


FAMILIES_A = csv_bytes(
    [
        ("a-1", "ds", "Requirements: 3+ years of Python and SQL."),
        ("a-2", "mle", "Must have Docker and Kubernetes; PyTorch is a plus."),
    ],
    header=("id", "family", "description"),
)
FAMILIES_B = csv_bytes(
    [("b-1", "de", "Requirements: Spark, Airflow and SQL."), ("b-2", "ds", "Tableau dashboards and Excel required.")],
    header=("id", "family", "description"),
)


def _count_column_reads(monkeypatch) -> list[str]:
    """The names of the files whose columns :func:`analyzer.io.uploads.upload_columns` reads, as
    the dashboard and the uploads call it."""
    import analyzer.io.uploads as uploads

    real = uploads.upload_columns
    read: list[str] = []

    def counted(data: bytes, name: str) -> list[str]:
        read.append(name)
        return real(data, name)

    monkeypatch.setattr(uploads, "upload_columns", counted)
    return read


def test_an_upload_reads_its_columns_once(monkeypatch):
    """The Market tab asks the analysed upload for its columns on every rerun of the page (a
    slider moved, a skill typed); each asking read every file's header again, and a ``.gz`` file
    was unpacked whole to check its size. They are read once per upload."""
    read = _count_column_reads(monkeypatch)
    batch = UploadedBatch([("a.csv", FAMILIES_A), ("b.csv.gz", gzip.compress(FAMILIES_B))])
    assert batch.columns() == batch.columns() == ["id", "family", "description"]
    assert read == ["a.csv", "b.csv.gz"]
    read.clear()
    rows = UploadedRows(gzip.compress(FAMILIES_B), "b.csv.gz", None, "description")
    assert rows.columns() == rows.columns() == ["id", "family", "description"]
    assert read == ["b.csv.gz"]
    batch.columns().append("changed")  # a caller's list is its own
    assert batch.columns()[-1] == "description"


def test_the_dashboard_reads_an_uploads_columns_once(monkeypatch):
    """postings_ui read the header of a single uploaded file on every rerun (every key typed in the
    skills box, every slider of the Market tab), and the Market tab read it again; a 50 MB ``.gz``
    upload was unpacked whole twice a rerun. Now each upload's columns are read once."""
    read = _count_column_reads(monkeypatch)
    at = file_upload_app("python, sql")
    upload(at, "jobs.csv.gz", gzip.compress(FAMILIES_A + FAMILIES_B.split(b"\n", 1)[1]), "application/gzip")
    click_analyze(at)
    at.selectbox(key="market_group_by").set_value("family")
    at.run()
    assert not at.exception, at.exception
    assert read and set(read) == {"jobs.csv.gz"}
    before = len(read)
    at.text_area(key="user_skills").input("python, sql, docker")
    at.run()
    at.slider(key="market_top_n").set_value(5)
    at.run()
    assert not at.exception, at.exception
    assert len(read) == before
