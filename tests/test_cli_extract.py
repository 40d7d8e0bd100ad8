"""`skillgap extract` and `skillgap evaluate` on good and bad input."""

import csv
import gzip
import io
import json
import os
import subprocess
import sys
import threading

import pytest
from click.testing import CliRunner
from gap_fixtures import write_csv

from analyzer.cli import main

POSTING = "Requirements:\n- 3+ years of Python and SQL\n- Experience with Docker is a plus"


def run(args, input=None):
    return CliRunner().invoke(main, args, input=input, catch_exceptions=False)


def records(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_csv_to_jsonl_in_input_order(tmp_path):
    src = write_csv(tmp_path / "p.csv", [("b", POSTING), ("a", "Experience with Kubernetes."), ("c", "")])
    out = tmp_path / "out.jsonl"
    res = run(["extract", str(src), "--output", str(out)])
    assert res.exit_code == 0, res.output
    recs = records(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in recs] == ["b", "a", "c"]
    first = recs[0]
    assert first["error"] is None
    by_id = {s["skill_id"]: s for s in first["skills"]}
    assert by_id["python"]["requirement"] == "required" and by_id["python"]["years"] == 3
    assert by_id["docker"]["requirement"] == "preferred"
    for s in first["skills"]:
        assert POSTING[s["start"] : s["end"]] == s["text"]
        assert set(s) == {
            "skill",
            "skill_id",
            "category",
            "start",
            "end",
            "text",
            "requirement",
            "years",
            "esco",
            "onet",
            "in_taxonomy",
        }
    assert recs[2]["skills"] == [] and "empty" in recs[2]["error"]


def test_custom_columns(tmp_path):
    src = write_csv(tmp_path / "p.csv", [("x1", "T", POSTING)], header=("job", "title", "body"))
    res = run(["extract", str(src), "--id-column", "job", "--text-column", "body"])
    assert res.exit_code == 0
    assert records(res.stdout)[0]["id"] == "x1"


def test_txt_file_is_one_posting(tmp_path):
    src = tmp_path / "job.txt"
    src.write_text(POSTING, encoding="utf-8")
    recs = records(run(["extract", str(src)]).stdout)
    assert len(recs) == 1 and recs[0]["id"] == "job"
    assert {s["skill_id"] for s in recs[0]["skills"]} >= {"python", "sql", "docker"}


def test_a_text_posting_is_named_by_its_file_name_as_written(tmp_path):
    # The dashboard names an upload "Acme_ML-Lead.TXT" Acme_ML-Lead; the command line must not lower it.

    from analyzer.io.postings import rows_from_bytes

    src = tmp_path / "Acme_ML-Lead.TXT"
    src.write_text(POSTING, encoding="utf-8")
    assert [r["id"] for r in records(run(["extract", str(src)]).stdout)] == ["Acme_ML-Lead"]
    packed = tmp_path / "Globex_Data_Scientist.md.gz"
    packed.write_bytes(gzip.compress(POSTING.encode()))
    assert [r["id"] for r in records(run(["extract", str(packed)]).stdout)] == ["Globex_Data_Scientist"]
    assert [r.id for r in rows_from_bytes(src.read_bytes(), src.name)] == ["Acme_ML-Lead"]
    assert [r.id for r in rows_from_bytes(packed.read_bytes(), packed.name)] == ["Globex_Data_Scientist"]


def test_stdin_text_and_stdin_csv():
    recs = records(run(["extract", "-"], input=POSTING).stdout)
    assert len(recs) == 1 and recs[0]["skills"]
    buf = io.StringIO()
    csv.writer(buf).writerows([("id", "description"), ("1", POSTING), ("2", "Go and Rust")])
    recs = records(run(["extract", "-"], input=buf.getvalue()).stdout)
    assert [r["id"] for r in recs] == ["1", "2"]


def test_gzipped_stdin_is_unpacked():
    # "gzip -c p.csv | skillgap extract -": no name says the stream is compressed; its first bytes do
    buf = io.StringIO()
    csv.writer(buf).writerows([("id", "description"), ("1", POSTING), ("2", "Go and Rust")])
    res = CliRunner().invoke(main, ["extract", "-"], input=gzip.compress(buf.getvalue().encode()))
    assert res.exit_code == 0, res.output
    assert [r["id"] for r in records(res.stdout)] == ["1", "2"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
@pytest.mark.parametrize(
    "name, data, ids",
    [
        ("63", b"id,description\n1,We need Python.\n2,Go and Rust\n", ["1", "2"]),  # "<(cat p.csv)"
        ("64", POSTING.encode(), ["stdin"]),  # "<(cat posting.txt)": one posting, not named "64"
        ("65", gzip.compress(b"id,description\n7,We need Python.\n"), ["7"]),  # "<(gzip -c p.csv)"
        ("p.jsonl", b'{"id": "j", "description": "We need Python."}\n', ["j"]),  # a named pipe: its suffix
    ],
)
def test_a_pipe_is_read_once_not_refused_as_empty(tmp_path, name, data, ids):
    # A pipe's size is 0 whatever it holds: it was refused as "the file is empty".
    pipe = tmp_path / name
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_bytes, args=(data,))
    writer.start()
    try:
        res = run(["extract", str(pipe)])
    finally:
        writer.join(timeout=10)
    assert res.exit_code == 0, res.output
    assert [r["id"] for r in records(res.stdout)] == ids
    assert records(res.stdout)[0]["skills"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_an_empty_pipe_is_one_clear_error(tmp_path):
    pipe = tmp_path / "70"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_bytes, args=(b"",))
    writer.start()
    try:
        res = run(["extract", str(pipe)])
    finally:
        writer.join(timeout=10)
    assert res.exit_code == 1 and f"{pipe}: the file is empty" in res.output


def test_missing_text_column_is_one_clear_line(tmp_path):
    src = write_csv(tmp_path / "p.csv", [("1", "x")], header=("id", "summary"))
    res = run(["extract", str(src)])
    assert res.exit_code == 1
    assert "no text column: none is called description" in res.output and "'summary'" in res.output
    assert "Traceback" not in res.output


def test_explicit_missing_id_column(tmp_path):
    src = write_csv(tmp_path / "p.csv", [("1", "x")])
    res = run(["extract", str(src), "--id-column", "job_id"])
    assert res.exit_code == 1 and "no id column 'job_id'" in res.output


def test_empty_file(tmp_path):
    src = tmp_path / "empty.csv"
    src.write_bytes(b"")
    res = run(["extract", str(src)])
    assert res.exit_code == 1 and "empty" in res.output


def test_missing_file(tmp_path):
    res = run(["extract", str(tmp_path / "nope.csv")])
    assert res.exit_code == 1 and "no such file" in res.output


def test_non_utf8_file_is_refused_with_the_reason(tmp_path):
    src = tmp_path / "latin1.csv"
    src.write_bytes("id,description\n1,Caf\u00e9 needs Python\n".encode("latin-1"))
    res = run(["extract", str(src)])
    assert res.exit_code == 1 and "not UTF-8" in res.output


def test_utf8_bom_and_utf16_are_decoded(tmp_path):
    text = "id,description\n1,Experience with Python\n"
    for name, data in [("bom.csv", text.encode("utf-8-sig")), ("u16.csv", text.encode("utf-16"))]:
        src = tmp_path / name
        src.write_bytes(data)
        recs = records(run(["extract", str(src)]).stdout)
        assert recs[0]["id"] == "1" and recs[0]["skills"][0]["skill_id"] == "python"


def test_one_megabyte_posting(tmp_path):
    big = ("Experience with Python and Kubernetes is required. " + "lorem ipsum " * 40 + "\n") * 2000
    assert len(big) > 1_000_000
    src = write_csv(tmp_path / "big.csv", [("big", big)])
    recs = records(run(["extract", str(src)]).stdout)
    assert recs[0]["error"] is None
    assert sum(s["skill_id"] == "python" for s in recs[0]["skills"]) == 2000


def test_binary_file(tmp_path):
    src = tmp_path / "bin.csv"
    src.write_bytes(bytes(range(256)) * 10)
    res = run(["extract", str(src)])
    assert res.exit_code == 1 and "binary" in res.output


def test_console_script_runs_without_traceback(tmp_path):
    src = write_csv(tmp_path / "p.csv", [("1", "x")], header=("id", "summary"))
    proc = subprocess.run([sys.executable, "-m", "analyzer", "extract", str(src)], capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.startswith("Error: ") and "Traceback" not in proc.stderr


def test_evaluate_reports_scores_and_misses(tmp_path):
    src = write_csv(tmp_path / "p.csv", [("1", "Experience with Python and Hadoop.")])
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "1",
                "skills": [
                    {"skill": "Python", "mentions": ["Python"], "requirement": "required", "edge": False},
                    {"skill": "widget design", "mentions": ["Experience"], "requirement": "required", "edge": False},
                ],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    res = run(["evaluate", "--postings", str(src), "--gold", str(gold), "--verbose"])
    assert res.exit_code == 0
    assert "MISS   1  widget design" in res.stdout
    assert "fp     1  hadoop" in res.stdout.lower()
    score = json.loads(res.stdout.strip().splitlines()[-1])
    assert score["recall"] == 0.5 and score["precision"] == 0.5 and score["requirement_accuracy"] == 1.0


def _gold_line(pid, *skills):
    return json.dumps(
        {"id": pid, "skills": [{"skill": s, "mentions": [s], "requirement": "required", "edge": False} for s in skills]}
    )


def test_evaluate_refuses_a_gold_id_that_names_two_postings(tmp_path):
    # scored against whichever row came last, the gold for "7" found SQL where it asked for Python
    src = write_csv(tmp_path / "p.csv", [("7", "Requirements: Python."), ("7", "Requirements: SQL."), ("8", "Docker")])
    gold = tmp_path / "gold.jsonl"
    gold.write_text(_gold_line("7", "Python") + "\n", encoding="utf-8")
    res = run(["evaluate", "--postings", str(src), "--gold", str(gold)])
    assert res.exit_code == 1
    assert (
        "ids of the gold name several postings each: '7' is in rows 1 and 2;" in res.stderr
        and "Traceback" not in res.stderr
    )
    # a duplicate the gold does not name is only warned about, as every command does
    gold.write_text(_gold_line("8", "Docker") + "\n", encoding="utf-8")
    res = run(["evaluate", "--postings", str(src), "--gold", str(gold)])
    assert res.exit_code == 0 and "duplicate ids (every row is kept, in input order): '7' ×2" in res.stderr


def test_warnings_about_the_whole_file_name_it(tmp_path):
    # as a row's warning does ("p.csv: row 3 has no id"), so a run over several files says which one
    src = write_csv(
        tmp_path / "week-49.csv",
        [("7", "Requirements: Python."), ("7", "Requirements: SQL."), ("", "Docker"), ("8", "Go")],
    )
    res = run(["extract", str(src), "-o", str(tmp_path / "out.jsonl"), "--jobs", "1"])
    warnings = [line for line in res.stderr.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        f"warning: {src}: row 3 has no id; it is called 'row-3'",
        f"warning: {src}: duplicate ids (every row is kept, in input order): '7' ×2",
    ]
    piped = CliRunner().invoke(main, ["extract", "-", "--jobs", "1"], input=src.read_text(encoding="utf-8"))
    assert "warning: standard input: duplicate ids (every row is kept, in input order): '7' ×2" in piped.stderr


def test_evaluate_says_which_gold_skills_cannot_be_found_in_their_posting(tmp_path):
    src = write_csv(tmp_path / "p.csv", [("1", "Requirements: Python and SQL.")])
    gold = tmp_path / "gold.jsonl"
    gold.write_text(_gold_line("1", "Python", "Pyhton", "Kotlin") + "\n", encoding="utf-8")
    res = run(["evaluate", "--postings", str(src), "--gold", str(gold), "--verbose"])
    assert res.exit_code == 0
    assert "MISS   1  Kotlin  (no mention in the text)" in res.stdout
    assert "counted as missed whatever is extracted: 2; check the gold's mentions" in res.stderr
    assert json.loads(res.stdout.strip().splitlines()[-1])["recall"] == round(1 / 3, 4)  # the score is unchanged


# --- title and company (issue 13) ---------------------------------------------------------------------
def _jobs_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "job_title", "employer", "description"])
        w.writerows(rows)
    return path


def test_records_carry_title_and_company_when_the_input_has_them(tmp_path):
    rows = [
        ("a1", "ML Engineer", "Acme Robotics", POSTING),
        ("a2", "", "Globex", "Experience with Kubernetes."),
        ("a3", "", "", "Must know SQL."),
    ]
    # more rows than one chunk (32), so two worker processes each encode some of the lines
    rows += [(f"b{i}", f"Data Analyst {i}", "Initech", "Must know SQL and Tableau.") for i in range(40)]
    src = _jobs_csv(tmp_path / "jobs.csv", rows)
    for jobs in ("1", "2"):  # the parent adds the names to the workers' lines, in input order
        res = run(["extract", str(src), "-q", "-j", jobs])
        assert res.exit_code == 0, res.output
        a1, a2, a3, *rest = records(res.stdout)
        assert list(a1)[:3] == ["id", "title", "company"]
        assert (a1["title"], a1["company"]) == ("ML Engineer", "Acme Robotics")
        assert "title" not in a2 and a2["company"] == "Globex" and "kubernetes" in {s["skill_id"] for s in a2["skills"]}
        assert "title" not in a3 and "company" not in a3 and a3["skills"][0]["skill_id"] == "sql"
        assert [(r["id"], r["title"]) for r in rest] == [(f"b{i}", f"Data Analyst {i}") for i in range(40)]
    # columns with other names are named on the command line; a missing one is an error
    renamed = tmp_path / "renamed.csv"
    renamed.write_text(src.read_text(encoding="utf-8").replace("job_title,employer", "role_name,org"), encoding="utf-8")
    res = run(["extract", str(renamed), "-q", "--title-column", "role_name", "--company-column", "org"])
    assert records(res.stdout)[0]["title"] == "ML Engineer" and records(res.stdout)[0]["company"] == "Acme Robotics"
    assert "title" not in records(run(["extract", str(renamed), "-q"]).stdout)[0]
    bad = CliRunner().invoke(main, ["extract", str(renamed), "--title-column", "nope"])
    assert bad.exit_code != 0 and "no title column 'nope'" in bad.output


def test_jsonl_records_carry_their_title(tmp_path):
    src = tmp_path / "jobs.jsonl"
    src.write_text(
        json.dumps({"id": "j1", "title": "Data Analyst", "description": "Must know SQL and Tableau."}) + "\n",
        encoding="utf-8",
    )
    [rec] = records(run(["extract", str(src), "-q"]).stdout)
    assert rec["title"] == "Data Analyst" and "company" not in rec


def test_the_readme_extract_example_is_what_extract_writes(tmp_path):
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    intro = readme.index("`extract` writes one JSON object per input row")
    block = readme[
        readme.index("```json", intro) + len("```json") : readme.index("```", readme.index("```json", intro) + 7)
    ]
    shown = json.loads(block)
    posting = " ".join(readme[intro : readme.index("```json", intro)].split('the posting "')[1].split('":')[0].split())
    src = _jobs_csv(tmp_path / "jobs.csv", [(shown["id"], shown["title"], shown["company"], posting)])
    [written] = records(run(["extract", str(src), "-q"]).stdout)
    assert written == shown


def test_names_join_any_line_the_workers_write():
    from analyzer.records import InputRow
    from analyzer.run.local import with_names

    for pid in ("7", 'say "hi"', "Zürich-3", "4"):
        line = json.dumps({"id": pid, "skills": [], "error": None}, ensure_ascii=False)
        row = InputRow(pid, None, title='Data "Ninja" Scientist', company="Café\nRobotics")
        joined = json.loads(with_names(line, row))
        assert list(joined) == ["id", "title", "company", "skills", "error"]
        assert (joined["id"], joined["title"], joined["company"]) == (pid, row.title, row.company)
    other = json.dumps({"id": "42", "skills": []})  # not this row's line: read and written again
    assert json.loads(with_names(other, InputRow("4", None, company="Acme")))["company"] == "Acme"
    assert with_names(other, InputRow("42", None)) == other


def test_a_time_limit_that_is_not_a_number_is_refused(tmp_path):
    # "nan" compared false with every duration: it switched the per-posting limit off without a word.
    src = tmp_path / "job.txt"
    src.write_text(POSTING, encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(src), "--time-limit", "nan"])
    assert res.exit_code == 2 and "--time-limit" in res.output and "not a number" in res.output
    assert records(run(["extract", str(src), "--time-limit", "0"]).stdout)[0]["skills"]


def test_evaluate_without_judged_levels_has_no_requirement_accuracy(tmp_path):
    # Gold that marks every skill "unspecified" judges no level: a 0.0 next to
    # requirement_judged 0 looked measured (and awful); it is null, and the library's Score says None.
    src = write_csv(tmp_path / "p.csv", [("a1", "Our analysts work in Python and Tableau every day.")])
    gold = tmp_path / "gold.jsonl"
    line = {"id": "a1", "skills": [{"skill": "Python", "mentions": ["Python"], "requirement": "unspecified"}]}
    gold.write_text(json.dumps(line) + "\n", encoding="utf-8")
    res = run(["evaluate", "--postings", str(src), "--gold", str(gold)])
    assert res.exit_code == 0, res.output
    score = json.loads(res.stdout.strip().splitlines()[-1])
    assert score["requirement_judged"] == 0 and score["requirement_accuracy"] is None
    assert score["recall"] == 1.0
    assert "requirement accuracy is not measured (null)" in res.stderr


def test_evaluate_scores_several_postings_and_gold_files_as_one(tmp_path):
    # annotated sets come in pairs (week 1's postings and gold, week 2's): one run scores them together
    one = write_csv(tmp_path / "week1.csv", [("a1", "Requirements: Python and Docker.")])
    two = write_csv(tmp_path / "week2.csv", [("b1", "Requirements: SQL and Kubernetes.")])
    gold1, gold2 = tmp_path / "week1.jsonl", tmp_path / "week2.jsonl"
    gold1.write_text(_gold_line("a1", "Python", "Docker") + "\n", encoding="utf-8")
    gold2.write_text(_gold_line("b1", "SQL", "Kubernetes") + "\n", encoding="utf-8")
    args = ["evaluate", "--postings", str(one), "--postings", str(two), "--gold", str(gold1), "--gold", str(gold2)]
    res = run(args)
    assert res.exit_code == 0, res.output
    score = json.loads(res.stdout.strip().splitlines()[-1])
    assert score["postings"] == 2 and score["recall"] == 1.0 and score["requirement_judged"] == 4
    # the same posting id in two gold files is an error naming both, not one silently replacing the other
    gold2.write_text(_gold_line("a1", "Docker") + "\n", encoding="utf-8")
    res = run(["evaluate", "--postings", str(one), "--gold", str(gold1), "--gold", str(gold2)])
    assert res.exit_code == 1 and "Traceback" not in res.stderr
    assert f"{gold2}:1: posting 'a1' appears again (first in {gold1}:1)" in res.stderr
    # a gold id in no postings file names the files read
    res = run(["evaluate", "--postings", str(two), "--gold", str(gold1)])
    assert res.exit_code == 1 and f"gold posting 'a1' is not in {two}" in res.stderr


def test_evaluate_reads_postings_files_named_as_every_other_command_does(tmp_path):
    # "skillgap market a.csv b.csv" names its files without an option; "--postings a.csv b.csv" (or no
    # --postings at all) reads both too, rather than stopping at "unexpected extra argument"
    one = write_csv(tmp_path / "week1.csv", [("a1", "Requirements: Python and Docker.")])
    two = write_csv(tmp_path / "week2.csv", [("b1", "Requirements: SQL and Kubernetes.")])
    gold = tmp_path / "gold.jsonl"
    gold.write_text(_gold_line("a1", "Python") + "\n" + _gold_line("b1", "SQL") + "\n", encoding="utf-8")
    for args in (["--postings", str(one), str(two)], [str(one), str(two)]):
        res = run(["evaluate", *args, "--gold", str(gold)])
        assert res.exit_code == 0, res.output
        assert json.loads(res.stdout.strip().splitlines()[-1])["postings"] == 2
    res = run(["evaluate", "--gold", str(gold)])
    assert res.exit_code == 2 and "no postings file" in res.output
    # "--gold a.jsonl b.jsonl" makes b.jsonl a postings file: say it is gold, not "no text column"
    res = run(["evaluate", "--postings", str(one), str(two), "--gold", str(gold), str(gold)])
    assert res.exit_code == 2 and f"{gold} is a gold file" in res.output and "repeat --gold" in res.output


def test_evaluate_says_when_predictions_miss_the_gold_postings(tmp_path):
    # the extract output of another file scored 0.0 everywhere, as if the extractor found nothing
    src = write_csv(tmp_path / "p.csv", [("a1", "Requirements: Python."), ("a2", "Requirements: SQL.")])
    gold = tmp_path / "gold.jsonl"
    gold.write_text(_gold_line("a1", "Python") + "\n" + _gold_line("a2", "SQL") + "\n", encoding="utf-8")
    other = write_csv(tmp_path / "other.csv", [("z9", "Requirements: Python.")])
    preds = tmp_path / "preds.jsonl"
    assert run(["extract", str(other), "-o", str(preds), "--jobs", "1"]).exit_code == 0
    res = run(["evaluate", str(src), "--gold", str(gold), "--predictions", str(preds)])
    assert res.exit_code == 1 and "Traceback" not in res.stderr
    assert f"{preds} has no record for any gold posting" in res.stderr
    # some missing: scored as finding nothing there, with a warning naming them
    assert run(["extract", str(src), "-o", str(preds), "--jobs", "1"]).exit_code == 0
    kept = preds.read_text(encoding="utf-8").splitlines()[:1]
    preds.write_text("\n".join(kept) + "\n", encoding="utf-8")
    res = run(["evaluate", str(src), "--gold", str(gold), "--predictions", str(preds)])
    assert res.exit_code == 0
    assert (
        f"warning: {preds} has no record for 1 of 2 gold postings ('a2'); they count as finding nothing" in res.stderr
    )


def test_extract_to_a_report_name_is_refused_naming_what_it_writes(tmp_path):
    # A new user asks for a table: extract writes JSON Lines only, so "-o skills.csv" would have been
    # JSON under a CSV name (qa41, new-user pass). Refused before anything is read or written.
    src = write_csv(tmp_path / "p.csv", [("a", POSTING)])
    for name in ("skills.csv", "skills.html", "Skills.MD", "skills.xlsx", "skills.parquet"):
        out = tmp_path / name
        res = run(["extract", str(src), "-o", str(out)])
        assert res.exit_code != 0, name
        stem = name.split(".")[0]
        assert (
            f"{out}: extract writes JSON Lines; name the output {stem}.jsonl "
            "(for a report table, use skillgap analyze … -o report.csv)" in res.output
        ), res.output
        assert not out.exists()
    ok = tmp_path / "skills.json"  # JSON Lines under .json, .jsonl or .ndjson, or no suffix, are fine
    assert run(["extract", str(src), "-o", str(ok), "-q"]).exit_code == 0 and records(ok.read_text())
