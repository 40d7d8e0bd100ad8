"""`skillgap analyze` names postings by their title and company columns (found, or named with
--title-column / --company-column) in every report format; .xlsx files are read (or refused with
"save it as CSV"); experience gaps; `skillgap evaluate` on the gold format docs/evaluation.md shows."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from analyzer.cli import main

ROOT = Path(__file__).resolve().parent.parent
ROWS = [
    {
        "id": "j1",
        "Job Title": "Data Scientist",
        "Employer": "Acme",
        "description": "Must have 5+ years of Python and SQL.",
    },
    {
        "id": "j2",
        "Job Title": "Data Scientist",
        "Employer": "Globex",
        "description": "Requires Docker; PyTorch is a plus.",
    },
    {"id": "j3", "Job Title": "", "Employer": "", "description": "Python."},
]


def run(args):
    return CliRunner().invoke(main, args, catch_exceptions=False)


def write(path: Path, rows: list[dict], fields: list[str]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)
    return path


@pytest.fixture
def jobs(tmp_path) -> Path:
    return write(tmp_path / "jobs.csv", ROWS, ["id", "Job Title", "Employer", "description"])


def report(jobs: Path, tmp_path: Path, ext: str, *extra: str) -> str:
    out = tmp_path / f"r.{ext}"
    res = run(["analyze", str(jobs), "--skills", "python 3y", "--output", str(out), *extra])
    assert res.exit_code == 0, res.output
    return out.read_text(encoding="utf-8")


def test_title_and_company_columns_are_found_and_carried_into_every_format(jobs, tmp_path):
    d = json.loads(report(jobs, tmp_path, "json"))
    assert [(p["id"], p["title"], p["company"]) for p in d["postings"]] == [
        ("j1", "Data Scientist", "Acme"),
        ("j2", "Data Scientist", "Globex"),
        ("j3", None, None),
    ]
    rows = list(csv.DictReader(io.StringIO(report(jobs, tmp_path, "csv"))))
    assert {(r["posting_id"], r["title"], r["company"]) for r in rows} == {
        ("j1", "Data Scientist", "Acme"),
        ("j2", "Data Scientist", "Globex"),
        ("j3", "", ""),
    }
    md = report(jobs, tmp_path, "md")
    assert "### Data Scientist — Acme (j1)" in md and "### Data Scientist — Globex (j2)" in md
    assert "[Data Scientist — Globex (j2)](#p-2)" in md  # the postings' index links to each one
    html = report(jobs, tmp_path, "html")
    assert '<details class="posting" id="p-1"><summary>Data Scientist — Acme (j1)' in html
    assert '<a href="#p-2">Data Scientist — Globex (j2)</a>' in html


def test_named_columns_win_and_a_missing_one_is_an_error(tmp_path):
    rows = [{"id": "1", "role": "Analyst", "position": "ML Engineer", "org": "Initech", "description": "SQL."}]
    path = write(tmp_path / "p.csv", rows, ["id", "role", "position", "org", "description"])
    md = report(path, tmp_path, "md", "--title-column", "position", "--company-column", "org")
    assert "### ML Engineer — Initech (1)" in md
    res = CliRunner().invoke(main, ["analyze", str(path), "--title-column", "headline"])
    assert res.exit_code != 0
    assert "no title column 'headline'" in res.output and "--title-column" in res.output


def test_experience_gaps_in_the_reports(jobs, tmp_path):
    md = report(jobs, tmp_path, "md")
    assert "asks 5+ years of Python (you have 3)" in md
    assert "1 posting asks more years of Python than your 3 (up to 5+)" in md
    rows = list(csv.DictReader(io.StringIO(report(jobs, tmp_path, "csv"))))
    python = [r for r in rows if r["posting_id"] == "j1" and r["skill_id"] == "python"]
    assert python[0]["years"] == "5.0" and python[0]["your_years"] == "3.0"


def test_xlsx_is_read(tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("openpyxl")
    path = tmp_path / "jobs.xlsx"
    pd.DataFrame(ROWS).to_excel(path, index=False)
    d = json.loads(report(path, tmp_path, "json"))
    assert [(p["id"], p["title"], p["company"]) for p in d["postings"]] == [
        ("j1", "Data Scientist", "Acme"),
        ("j2", "Data Scientist", "Globex"),
        ("j3", None, None),
    ]
    assert {m["skill_id"] for m in d["postings"][0]["missing"]} == {"sql"}


@pytest.mark.parametrize("name, data", [("old.xls", b"\xd0\xcf\x11\xe0 old excel"), ("sheet.ods", b"PK\x03\x04 ods")])
def test_other_spreadsheets_say_save_as_csv(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    res = CliRunner().invoke(main, ["analyze", str(path), "--skills", "python"])
    assert res.exit_code != 0
    assert "save it as CSV" in res.output and name in res.output


def test_xlsx_without_openpyxl_says_save_as_csv(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_openpyxl(name, *args, **kwargs):
        if name == "openpyxl":
            raise ImportError("no openpyxl")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_openpyxl)
    path = tmp_path / "jobs.xlsx"
    path.write_bytes(b"PK\x03\x04 not read")
    res = CliRunner().invoke(main, ["analyze", str(path), "--skills", "python"])
    assert res.exit_code != 0
    assert "openpyxl" in res.output and "save it as CSV" in res.output


def test_the_documented_gold_format_is_what_evaluate_reads(tmp_path):
    doc = (ROOT / "docs" / "evaluation.md").read_text(encoding="utf-8")
    [example] = re.findall(r"```json\n(.*?)```", doc, re.S)
    gold = json.loads(example)
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    text = "Requirements: Python. Structured query language is a plus. You will do applied AI research. Statistics."
    write(tmp_path / "p.csv", [{"id": "p1", "description": text}], ["id", "description"])
    res = run(["evaluate", "--postings", str(tmp_path / "p.csv"), "--gold", str(tmp_path / "gold.jsonl"), "-v"])
    assert res.exit_code == 0, res.output
    scores = json.loads(res.stdout.strip().splitlines()[0])
    # Python (required) and SQL (preferred, "structured query language") found at their levels;
    # "AI" counted only inside its context; the edge skill (statistics) neither rewards nor punishes
    assert scores["postings"] == 1 and scores["recall"] == 1.0 and scores["requirement_judged"] == 2
    assert "docs/evaluation.md" in run(["evaluate", "--help"]).output


def test_mine_help_names_every_input_it_reads(tmp_path):
    # It said "counted over POSTINGS (CSV)", yet mine reads JSON Lines, Parquet and .txt as extract does.
    text = run(["mine", "--help"]).output
    assert "(CSV)" not in text and "POSTINGS is as for `extract`" in text
    (tmp_path / "p.jsonl").write_text(
        json.dumps({"id": "a", "description": "Requirements: experience with quorum sensing assays."}) + "\n",
        encoding="utf-8",
    )
    res = run(["mine", str(tmp_path / "p.jsonl"), "--min-postings", "1", "-j", "1", "-q"])
    assert res.exit_code == 0 and res.stdout.startswith("phrase,postings"), res.output
