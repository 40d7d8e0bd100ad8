"""Which column holds the posting text (and id): one function, :func:`choose_posting_column`, for the
command line (every command that reads postings) and the dashboard's upload boxes."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from streamlit.testing.v1 import AppTest
from test_dashboard import SCRIPT, TIMEOUT, frame

from analyzer.cli import main
from analyzer.errors import ColumnNotFoundError
from analyzer.io.postings import NUMBER_THE_ROWS, choose_posting_column, read_postings

POSTING = (
    "Senior Data Scientist\n"
    "What you bring:\n"
    "- 4+ years of Python and SQL\n"
    "- Experience with Spark on AWS\n"
    "Nice to have: dbt, Airflow"
)
OTHER = "Analytics Engineer. Must have: SQL, Looker and strong communication skills."


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def run(args, input=None):
    return CliRunner().invoke(main, args, input=input, catch_exceptions=False)


# --- the function --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "columns, chosen",
    [
        (["id", "title", "description"], "description"),
        (["Job Title", "Company", "Job Description"], "Job Description"),  # a scraped export's header
        (["job_id", "job_description", "company_description"], "job_description"),
        (["url", "text"], "text"),
        (["id", "Description", "body"], "Description"),  # the default (any case) wins over the others
        (["\ufeffdescription", "id"], "description"),
        (["id", "title", "summary"], None),
        (["id", "text", "body"], None),  # which one? the user must say
        (["id", "description", "Description"], "description"),  # one name twice: the first (the reader warns)
    ],
)
def test_text_column_choice(columns, chosen):
    assert choose_posting_column(columns, "text").name == chosen


@pytest.mark.parametrize(
    "columns, chosen",
    [
        (["id", "job_id", "description"], "id"),
        (["Job ID", "description"], "Job ID"),
        (["posting_id", "description"], "posting_id"),
        (["url", "description"], None),
    ],
)
def test_id_column_choice(columns, chosen):
    assert choose_posting_column(columns, "id").name == chosen


def test_problem_names_the_columns_found():
    none = choose_posting_column(["id", "title", "summary"])
    assert none.problem("jobs.csv") == (
        "jobs.csv: no text column: none is called description, job_description, text, body … "
        "(columns found: 'id', 'title', 'summary')"
    )
    two = choose_posting_column(["id", "text", "body"])
    assert two.candidates == ("text", "body")
    with pytest.raises(ColumnNotFoundError) as err:
        two.require("jobs.csv")
    assert err.value.role == "text" and "several columns could hold the posting text ('text', 'body'" in str(err.value)
    assert choose_posting_column(["description"]).problem() == ""


# --- the library's readers -----------------------------------------------------------------------
def test_csv_reader_guesses_and_reports(tmp_path):
    src = write(tmp_path / "jobs.csv", ["Job ID", "Job Title", "Job Description"], [("a1", "DS", POSTING)])
    rows, report = read_postings(src)
    assert [(r.id, r.title, r.text) for r in rows] == [("a1", "DS", POSTING)]
    assert report.chosen_columns == {"text": "Job Description", "id": "Job ID"}


def test_default_columns_are_not_reported(tmp_path):
    src = write(tmp_path / "jobs.csv", ["id", "description"], [("a1", POSTING)])
    assert read_postings(src)[1].chosen_columns == {}


def test_jsonl_reader_guesses_from_the_first_object(tmp_path):
    src = tmp_path / "jobs.jsonl"
    lines = [{"job_id": 7, "text": POSTING}, {"job_id": 8, "text": OTHER}]
    src.write_text("\n".join(json.dumps(o) for o in lines) + "\n", encoding="utf-8")
    rows, report = read_postings(src)
    assert [(r.id, r.text) for r in rows] == [("7", POSTING), ("8", OTHER)]
    assert report.chosen_columns == {"text": "text", "id": "job_id"}


def test_jsonl_without_a_text_field_is_refused(tmp_path):
    src = tmp_path / "jobs.jsonl"
    src.write_text(json.dumps({"id": 1, "summary": POSTING}) + "\n", encoding="utf-8")
    with pytest.raises(ColumnNotFoundError, match=r"no text column: .*columns found: 'id', 'summary'"):
        read_postings(src)


def test_parquet_reader_guesses(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    src = tmp_path / "jobs.parquet"
    pq.write_table(pa.table({"job_id": ["p1", "p2"], "job_description": [POSTING, OTHER]}), src)
    rows, report = read_postings(src)
    assert [(r.id, r.text) for r in rows] == [("p1", POSTING), ("p2", OTHER)]
    assert report.chosen_columns == {"text": "job_description", "id": "job_id"}


# --- every command that reads postings -----------------------------------------------------------
@pytest.fixture
def scraped(tmp_path):
    """A scraper's export: no column called description or id."""
    return write(
        tmp_path / "scraped.csv",
        ["job_id", "title", "company", "location", "job_description"],
        [
            ("li-1", "Senior Data Scientist", "Acme", "Remote", POSTING),
            ("li-2", "Analytics Engineer", "Beta", "", OTHER),
        ],
    )


SAID = "reading posting text from column 'job_description' and ids from column 'job_id'"


@pytest.mark.parametrize(
    "command",
    [
        ["extract", "--jobs", "1"],
        ["analyze", "--skills", "python, sql", "--jobs", "1", "--format", "json"],
        ["plan", "--skills", "python", "--jobs", "1"],
        ["market", "--jobs", "1"],
        ["mine", "--jobs", "1", "--min-postings", "1"],
    ],
    ids=lambda c: c[0],
)
def test_commands_read_the_guessed_column_and_say_so(scraped, command):
    res = run([command[0], str(scraped), *command[1:]])
    assert res.exit_code == 0, res.output
    assert SAID in res.stderr
    assert "--text-column / --id-column" in res.stderr
    if command[0] == "extract":
        recs = [json.loads(line) for line in res.stdout.splitlines()]
        assert [r["id"] for r in recs] == ["li-1", "li-2"]
        assert {"python", "sql", "apache_spark"} <= {s["skill_id"] for s in recs[0]["skills"]}
    if command[0] == "analyze":
        report = json.loads(res.stdout)
        assert [p["id"] for p in report["postings"]] == ["li-1", "li-2"]


def test_quiet_says_nothing(scraped):
    res = run(["extract", str(scraped), "--jobs", "1", "--quiet"])
    assert res.exit_code == 0 and res.stderr == ""


def test_named_column_wins_and_is_not_reported(tmp_path):
    src = write(tmp_path / "p.csv", ["id", "text", "notes"], [("1", "unused", POSTING)])
    res = run(["extract", str(src), "--jobs", "1", "--text-column", "notes"])
    assert res.exit_code == 0 and "reading" not in res.stderr
    assert "python" in {s["skill_id"] for s in json.loads(res.stdout)["skills"]}


@pytest.mark.parametrize(
    "header, message",
    [
        (["id", "title", "summary"], "no text column: none is called description"),
        (["id", "text", "body"], "several columns could hold the posting text ('text', 'body'"),
    ],
)
@pytest.mark.parametrize("command", ["extract", "mine", "market"])
def test_absent_or_ambiguous_is_one_clear_error(tmp_path, header, message, command):
    src = write(tmp_path / "p.csv", header, [("1", POSTING, OTHER)])
    res = run([command, str(src), "--jobs", "1"])
    assert res.exit_code == 1
    assert res.stderr.startswith("Error: ") and res.stderr.count("\n") == 1, res.stderr
    assert message in res.stderr and "; choose one with --text-column" in res.stderr
    assert "columns found: " + ", ".join(repr(h) for h in header) in res.stderr


def test_stdin_csv_with_a_guessed_column():
    buf = io.StringIO()
    csv.writer(buf).writerows([("job_id", "job_description"), ("s1", POSTING)])
    res = run(["extract", "-", "--jobs", "1"], input=buf.getvalue())
    assert res.exit_code == 0, res.output
    rec = json.loads(res.stdout)
    assert rec["id"] == "s1" and "python" in {s["skill_id"] for s in rec["skills"]}


def test_stdin_posting_whose_first_line_is_a_heading_stays_a_posting():
    text = "Job Description\n" + POSTING
    res = run(["extract", "-", "--jobs", "1"], input=text)
    recs = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(recs) == 1 and recs[0]["id"] == "stdin"


def test_evaluate_reads_the_guessed_column(tmp_path):
    src = write(tmp_path / "p.csv", ["job_id", "text"], [("g1", "Requirements: Python.")])
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"id": "g1", "skills": [{"skill": "Python", "mentions": ["Python"], "requirement": "required"}]})
        + "\n",
        encoding="utf-8",
    )
    res = run(["evaluate", "--postings", str(src), "--gold", str(gold)])
    assert res.exit_code == 0, res.output
    assert "reading posting text from column 'text'" in res.stderr
    assert json.loads(res.stdout)["f1"] == 1.0


# --- the dashboard picks the same column ---------------------------------------------------------
def upload_to_dashboard(data: bytes, name: str = "p.csv", skills: str = ""):
    """The dashboard after a file upload (and typed skills, when given), as a user leaves it."""
    at = AppTest.from_file(SCRIPT, default_timeout=TIMEOUT)
    at.run()
    if skills:
        at.text_area(key="user_skills").input(skills)
    at.radio(key="postings_source").set_value("File upload")
    at.run()
    at.file_uploader(key="csv_file").upload(name, data, "text/csv")
    at.run()
    return at


def csv_bytes(rows) -> bytes:
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue().encode()


@pytest.mark.parametrize(
    "header, text, id_",
    [
        (["job_id", "title", "job_description"], "job_description", "job_id"),
        (["ID", "Description"], "Description", "ID"),
        (["id", "text", "body"], None, "id"),
    ],
)
def test_dashboard_preselects_the_same_columns(header, text, id_):
    at = upload_to_dashboard(csv_bytes([header, ["1"] + [POSTING] * (len(header) - 1)]))
    assert not at.exception
    assert at.selectbox(key="csv_text_column").value == text == choose_posting_column(header).name
    assert at.selectbox(key="csv_id_column").value == id_
    if text is None:
        assert any("several columns could hold the posting text" in e.value for e in at.error)


# --- "(number the rows)" is a choice, not a guess ------------------------------------------------
def test_number_the_rows_ignores_an_id_column(tmp_path):
    src = write(tmp_path / "p.csv", ["job_id", "description"], [("A-17", POSTING), ("B-22", OTHER)])
    rows, report = read_postings(src, id_column=NUMBER_THE_ROWS)
    assert [r.id for r in rows] == ["row-1", "row-2"] and not report.warnings
    jsonl = tmp_path / "p.jsonl"
    jsonl.write_text(json.dumps({"id": "A-17", "text": POSTING}) + "\n", encoding="utf-8")
    assert [r.id for r in read_postings(jsonl, id_column=NUMBER_THE_ROWS)[0]] == ["row-1"]


def test_dashboard_number_the_rows_is_obeyed():
    """Picking "(number the rows)" in the Id box numbers the postings; before, the file's id column
    was read all the same."""
    at = upload_to_dashboard(csv_bytes([("id", "description"), ("A-17", POSTING), ("B-22", OTHER)]), skills="python")
    assert at.selectbox(key="csv_id_column").value == "id"
    at.selectbox(key="csv_id_column").set_value("(number the rows)")
    at.run()
    at.button(key="analyze").click()
    at.run()
    assert not at.exception
    names = list(frame(at, "coverage_table")["posting"])
    assert not any("A-17" in n or "B-22" in n for n in names), names


# --- other field separators: European Excel ("CSV" with ;), tab-separated, pipes ----------------
# What Excel writes as "CSV UTF-8" where the decimal separator is a comma: a BOM, CRLF, ";" between
# fields, a field quoted when it holds a ";" or a line break, and commas left bare inside text.
EXCEL_SEMICOLON = (
    "\ufeffid;Titel;description;salary\r\n"
    "de-1;Data Scientist;Wir suchen: Python, SQL und Statistik.;55000,50\r\n"
    'de-2;ML Engineer;"Erfahrung mit Docker; Kubernetes\r\nund PyTorch";62000,00\r\n'
    "de-3;Analyst;Tableau, Excel\r\n"  # a field short: still a row, with its error
).encode("utf-8")


def test_a_semicolon_csv_is_read_with_every_row(tmp_path):
    src = tmp_path / "stellen.csv"
    src.write_bytes(EXCEL_SEMICOLON)
    rows, report = read_postings(src)
    assert [r.id for r in rows] == ["de-1", "de-2", "de-3"]
    assert rows[0].text == "Wir suchen: Python, SQL und Statistik."
    assert rows[1].text == "Erfahrung mit Docker; Kubernetes\r\nund PyTorch"
    assert rows[2].text is None and "row 3 has 3 fields but the header has 4" in rows[2].error
    assert report.delimiter == ";"
    res = run(["extract", str(src)])
    assert res.exit_code == 0, res.output
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert [o["id"] for o in out] == ["de-1", "de-2", "de-3"]
    assert {"Python", "SQL"} <= {s["skill"] for s in out[0]["skills"]}
    assert {"Docker", "Kubernetes", "PyTorch"} <= {s["skill"] for s in out[1]["skills"]}
    assert f"reading {src} as separated by semicolons (;)" in res.stderr


@pytest.mark.parametrize(
    "sep, name, word", [("\t", "jobs.tsv", "tabs"), ("\t", "jobs.csv", "tabs"), ("|", "jobs.csv", "pipes")]
)
def test_tab_and_pipe_separated_files_are_read(tmp_path, sep, name, word):
    src = tmp_path / name
    lines = [["job_id", "title", "job_description"], ["t1", "Data Engineer", POSTING], ["t2", "", OTHER]]
    src.write_text("".join(sep.join(f'"{c}"' if "\n" in c else c for c in line) + "\n" for line in lines), "utf-8")
    rows, report = read_postings(src)
    assert [(r.id, r.title, r.text) for r in rows] == [("t1", "Data Engineer", POSTING), ("t2", None, OTHER)]
    assert report.chosen_columns == {"text": "job_description", "id": "job_id"}
    res = run(["extract", str(src)])
    assert res.exit_code == 0 and f"as separated by {word}" in res.stderr
    from analyzer.io.uploads import UploadedRows  # the dashboard's upload reads it the same way

    uploaded = UploadedRows(src.read_bytes(), name, None, "job_description")
    assert [(r.id, r.title, r.text) for r in uploaded] == [(r.id, r.title, r.text) for r in rows]


def test_a_comma_csv_with_semicolons_in_a_header_name_stays_a_comma_csv(tmp_path):
    src = write(tmp_path / "p.csv", ["id", "notes; internal; hr", "description"], [("1", "a;b;c", POSTING)])
    rows, report = read_postings(src)
    assert [(r.id, r.text) for r in rows] == [("1", POSTING)] and report.delimiter == ","


def test_the_dashboard_upload_reads_a_semicolon_csv_as_the_command_line(tmp_path):
    from analyzer.io.uploads import UploadedRows, upload_columns

    assert upload_columns(EXCEL_SEMICOLON, "stellen.csv") == ["id", "Titel", "description", "salary"]
    src = tmp_path / "stellen.csv"
    src.write_bytes(EXCEL_SEMICOLON)
    uploaded = UploadedRows(EXCEL_SEMICOLON, "stellen.csv", None, "description")
    assert [(r.id, r.text, r.error) for r in uploaded] == [(r.id, r.text, r.error) for r in read_postings(src)[0]]
    at = upload_to_dashboard(EXCEL_SEMICOLON, "stellen.csv")
    assert not at.exception and not at.error
    assert at.selectbox(key="csv_text_column").value == "description"
    assert at.selectbox(key="csv_id_column").value == "id"


def test_an_excel_sep_line_names_the_separator_and_is_no_header(tmp_path):
    """Tools that export CSV for Excel write a first line "sep=;" before the header; it was read as
    the header ('no text column … found: 'sep=', '''). It names the separator and is left out,
    in files, uploads and standard input alike; row numbers stay those of the data rows."""
    from analyzer.io.uploads import UploadedRows, upload_columns

    data = "\ufeffsep=;\r\n".encode() + EXCEL_SEMICOLON.removeprefix("\ufeff".encode())
    src = tmp_path / "stellen.csv"
    src.write_bytes(data)
    rows, report = read_postings(src)
    assert [r.id for r in rows] == ["de-1", "de-2", "de-3"] and report.delimiter == ";"
    assert "row 3 has 3 fields but the header has 4" in rows[2].error
    assert upload_columns(data, "stellen.csv") == ["id", "Titel", "description", "salary"]
    uploaded = UploadedRows(data, "stellen.csv", None, "description")
    assert [(r.id, r.text, r.error) for r in uploaded] == [(r.id, r.text, r.error) for r in rows]
    res = run(["extract", "-"], input="sep=|\nid|description\ns1|Python and SQL\n")
    assert res.exit_code == 0, res.output
    assert [json.loads(line)["id"] for line in res.stdout.splitlines()] == ["s1"]


def test_standard_input_reads_a_semicolon_csv():
    res = run(["extract", "-"], input="id;description\ns1;Python and SQL\ns2;Docker\n")
    assert res.exit_code == 0, res.output
    assert [json.loads(line)["id"] for line in res.stdout.splitlines()] == ["s1", "s2"]


@pytest.mark.parametrize(
    "content, hint",
    [
        # a separator none of , ; tab | : the header is one column
        ("ref:title:description\n1:x:Python\n", "the header was read as one column"),
        # semicolons, but no column named like posting text: say how the header was split
        ("ref;ad_text\n1;Python\n", "fields separated by semicolons (;)"),
    ],
)
def test_a_file_that_cannot_be_read_hints_at_the_separator(tmp_path, content, hint):
    src = tmp_path / "p.csv"
    src.write_text(content, encoding="utf-8")
    res = run(["extract", str(src)])
    assert res.exit_code == 1 and hint in res.stderr, res.stderr
    with pytest.raises(ColumnNotFoundError, match=hint.replace("(", r"\(").replace(")", r"\)")):
        __import__("analyzer.io.uploads").io.uploads.UploadedRows(content.encode(), "p.csv", None, None)


# --- a column named twice ------------------------------------------------------------------------
# An export that joined two tables carries "title" (or "description") twice. Which copy is read is
# said; copies of the posting text that disagree make their row an error (every row is kept).
def test_a_title_column_named_twice_is_warned_about(tmp_path):
    src = write(
        tmp_path / "joined.csv",
        ["id", "title", "company", "title", "description"],
        [("j1", "Data Scientist", "Acme", "Senior Data Scientist", POSTING), ("j2", "Analyst", "Beta", "", OTHER)],
    )
    rows, report = read_postings(src)
    assert [(r.id, r.title) for r in rows] == [("j1", "Data Scientist"), ("j2", "Analyst")]
    assert (
        f"{src}: the column 'title' appears 2 times in the header (columns 2 and 4); "
        "the job title is read from the first (column 2)"
    ) in report.warnings
    res = run(["extract", str(src)])
    assert res.exit_code == 0 and "the column 'title' appears 2 times" in res.stderr


def test_a_group_column_named_twice_is_warned_about(tmp_path):
    src = write(tmp_path / "p.csv", ["id", "team", "description", "team"], [("1", "Search", POSTING, "Ads")])
    from analyzer.io.postings import ReadReport, open_postings

    report = ReadReport()
    rows = list(open_postings(src, report=report, extra_columns=["team"]))
    assert rows[0].extra == {"team": "Search"}
    assert any("the column 'team' appears 2 times in the header (columns 2 and 4)" in w for w in report.warnings)


def test_a_text_column_named_twice_is_read_where_the_copies_agree(tmp_path):
    src = write(
        tmp_path / "p.csv",
        ["id", "description", "title", "description"],
        [("same", POSTING, "DS", POSTING), ("other", POSTING, "AE", OTHER), ("blank", OTHER, "AE", "")],
    )
    rows, report = read_postings(src)
    assert [r.id for r in rows] == ["same", "other", "blank"]  # every row is kept
    assert rows[0].text == POSTING and rows[0].error is None
    assert rows[1].text is None
    assert rows[1].error == (
        "row 2: the 2 columns called 'description' (2 and 4) hold different text; "
        "rename one so that the posting text can be named"
    )
    assert rows[2].text is None and "hold different text" in rows[2].error
    assert (
        f"{src}: the column 'description' appears 2 times in the header (columns 2 and 4); the posting text "
        "is read from the first (column 2), and a row whose copies differ is an error"
    ) in report.warnings
    res = run(["extract", str(src)])
    assert res.exit_code == 0, res.output
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert [o["id"] for o in out] == ["same", "other", "blank"] and out[1]["error"].startswith("row 2: the 2 columns")


def test_the_dashboard_shows_a_column_named_twice(tmp_path):
    at = upload_to_dashboard(
        csv_bytes([["id", "title", "title", "description"], ["1", "Data Scientist", "DS", POSTING]])
    )
    assert not at.exception and not at.error
    shown = [w.value for w in at.warning]
    assert any("the column 'title' appears 2 times" in w and "read from the first" in w for w in shown), shown


def test_an_xlsx_sheet_with_a_column_named_twice_says_so(tmp_path):
    pytest.importorskip("openpyxl")
    from openpyxl import Workbook

    from analyzer.io.uploads import upload_columns

    book = Workbook()
    sheet = book.active
    for line in (["id", "title", "title", "description"], ["x1", "Data Scientist", "DS (m/f/d)", POSTING]):
        sheet.append(line)
    src = tmp_path / "export.xlsx"
    book.save(src)
    rows, report = read_postings(src)  # pandas reads the second "title" as "title.1": said as written
    assert [(r.id, r.title, r.text) for r in rows] == [("x1", "Data Scientist", POSTING)]
    assert any("the column 'title' appears 2 times in the header (columns 2 and 3)" in w for w in report.warnings)
    assert upload_columns(src.read_bytes(), "export.xlsx") == ["id", "title", "title", "description"]


def test_a_parquet_file_with_names_twice_is_read_as_a_csv_file_is(tmp_path):
    # pyarrow keeps a joined table's duplicate names; reading one by name used to crash (KeyError).
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    src = tmp_path / "joined.parquet"
    names = ["id", "description", "title", "title", "description"]  # a join of two tables
    values = [
        ["same", "other", "blank"],
        [POSTING, POSTING, OTHER],
        ["Data Scientist", "Analyst", "Analytics Engineer"],
        ["Senior DS", "", ""],
        [POSTING, OTHER, None],
    ]
    table = pa.Table.from_arrays([pa.array(v) for v in values], names=names)
    pq.write_table(table, src)
    rows, report = read_postings(src)
    assert [(r.id, r.title) for r in rows] == [
        ("same", "Data Scientist"),
        ("other", "Analyst"),
        ("blank", "Analytics Engineer"),
    ]
    assert rows[0].text == POSTING and rows[0].error is None
    assert rows[1].text is None and rows[1].error.startswith("row 2: the 2 columns called 'description' (2 and 5)")
    assert rows[2].text is None and "hold different text" in rows[2].error
    assert (
        f"{src}: the column 'description' appears 2 times in the header (columns 2 and 5); the posting text "
        "is read from the first (column 2), and a row whose copies differ is an error"
    ) in report.warnings
    assert any("the column 'title' appears 2 times in the header (columns 3 and 4)" in w for w in report.warnings)
    res = run(["extract", str(src)])
    assert res.exit_code == 0, res.output
    assert [json.loads(line)["id"] for line in res.stdout.splitlines()] == ["same", "other", "blank"]


# --- a column named in another case -------------------------------------------------------------
# Every column option finds its column as the text column is found without being named: in any case
# and spacing ("role_family" reads "Role_Family"); the exact name wins; several matches and no match
# are one error listing the file's columns (qa40, item 2).
EXPORT_HEADER = ["Job_ID", "Role_Family", "Posted_On", "Job_Title", "Employer", "Job Ad"]
EXPORT_ROWS = [
    ("r-101", "Data", "2025-01-03", "ML Engineer", "Acme", POSTING),
    ("r-102", "Analytics", "2026-02-01", "Analytics Engineer", "Beta", OTHER),
]


def _export_jsonl(path):
    path.write_text("".join(json.dumps(dict(zip(EXPORT_HEADER, r))) + "\n" for r in EXPORT_ROWS), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_every_named_column_is_found_in_any_case(tmp_path, fmt):
    from analyzer.io.postings import NameColumns, ReadReport, open_postings

    if fmt == "csv":
        src = write(tmp_path / "p.csv", EXPORT_HEADER, EXPORT_ROWS)
    elif fmt == "jsonl":
        src = _export_jsonl(tmp_path / "p.jsonl")
    else:
        import pandas as pd

        src = tmp_path / "p.parquet"
        pd.DataFrame(EXPORT_ROWS, columns=EXPORT_HEADER).to_parquet(src)
    rows = list(
        open_postings(
            src,
            id_column="job_id",
            text_column="job ad",
            report=ReadReport(),
            extra_columns=["role_family", "POSTED_ON"],
            names=NameColumns(title="job-title", company="employer"),
        )
    )
    assert [(r.id, r.title, r.company, r.extra, r.error) for r in rows] == [
        ("r-101", "ML Engineer", "Acme", {"role_family": "Data", "POSTED_ON": "2025-01-03"}, None),
        ("r-102", "Analytics Engineer", "Beta", {"role_family": "Analytics", "POSTED_ON": "2026-02-01"}, None),
    ]
    assert rows[0].text == POSTING


@pytest.mark.parametrize(
    "command, options, shown",
    [
        ("market", ["--group-by", "role_family", "--date-column", "posted_on"], "### Analytics — 1 posting"),
        ("analyze", ["-s", "python", "--group-by", "ROLE_FAMILY"], "Analytics"),
        ("extract", ["--id-column", "job_id", "--text-column", "job_ad", "--title-column", "job_title"], "r-102"),
        ("analyze", ["-s", "python", "--company-column", "EMPLOYER", "--id-column", "job_id"], "r-101"),
        ("plan", ["-s", "python", "--id-column", "job_id", "--text-column", "Job ad"], "Python"),
    ],
)
def test_commands_find_named_columns_in_any_case(tmp_path, command, options, shown):
    src = write(tmp_path / "p.csv", EXPORT_HEADER, EXPORT_ROWS)
    if "--text-column" not in options:
        options = [*options, "--text-column", "JOB AD"]
    res = run([command, str(src), "--jobs", "1", *options])
    assert res.exit_code == 0, res.output
    assert shown in res.stdout


@pytest.mark.parametrize(
    "option, given, message",
    [
        ("--group-by", "squad", "no column 'squad' (columns found: 'id', 'Team', 'TEAM', 'description')"),
        ("--id-column", "job_id", "no id column 'job_id' (columns found: 'id', 'Team', 'TEAM', 'description')"),
        ("--group-by", "team", "several columns are called 'team' in another case or spacing ('Team', 'TEAM'; columns"),
    ],
)
def test_a_named_column_absent_or_matched_twice_lists_the_columns(tmp_path, option, given, message):
    src = write(tmp_path / "p.csv", ["id", "Team", "TEAM", "description"], [("1", "Search", "Ads", POSTING)])
    res = run(["market", str(src), "--jobs", "1", option, given])
    assert res.exit_code == 1 and res.stderr.startswith("Error: ") and res.stderr.count("\n") == 1, res.stderr
    assert message in res.stderr
    assert "columns found: 'id', 'Team', 'TEAM', 'description'" in res.stderr


def test_the_exact_name_wins_over_another_case(tmp_path):
    from analyzer.io.postings import open_postings

    src = write(tmp_path / "p.csv", ["id", "Team", "team", "description"], [("1", "Search", "Ads", POSTING)])
    assert [r.extra for r in open_postings(src, extra_columns=["team", "Team"])] == [{"team": "Ads", "Team": "Search"}]
