"""`skillgap extract` and `skillgap evaluate` on good and bad input."""

import csv
import io
import json
import subprocess
import sys

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


def test_stdin_text_and_stdin_csv():
    recs = records(run(["extract", "-"], input=POSTING).stdout)
    assert len(recs) == 1 and recs[0]["skills"]
    buf = io.StringIO()
    csv.writer(buf).writerows([("id", "description"), ("1", POSTING), ("2", "Go and Rust")])
    recs = records(run(["extract", "-"], input=buf.getvalue()).stdout)
    assert [r["id"] for r in recs] == ["1", "2"]


def test_missing_text_column_is_one_clear_line(tmp_path):
    src = write_csv(tmp_path / "p.csv", [("1", "x")], header=("id", "body"))
    res = run(["extract", str(src)])
    assert res.exit_code == 1
    assert "no text column 'description'" in res.output and "'body'" in res.output
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
    src = write_csv(tmp_path / "p.csv", [("1", "x")], header=("id", "text"))
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
