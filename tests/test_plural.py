"""Counts and their nouns agree: "1 posting", "2 postings" — in the CLI's summaries, the progress bar,
the reports and the market warnings, all through :func:`analyzer.plural.counted`."""

from __future__ import annotations

import csv
import io
import re

import pytest
from click.testing import CliRunner

from analyzer.cli import main
from analyzer.plural import counted
from analyzer.progress import Progress

POSTING = (
    "Machine Learning Engineer\n"
    "Requirements:\n"
    "- 3+ years of Python and SQL\n"
    "- Experience with Docker\n"
    "Nice to have: Kubernetes"
)
# A count of one before a plural noun ("1 postings", "1 gaps", "(1 skills)"), as a whole number.
ONE_AND_PLURAL = re.compile(
    r"(?<![\d.,+])\b1 (postings|rows|skills|gaps|steps|phrases|groups|periods|entries|years of|pasted postings)\b"
)


def test_counted():
    assert counted(1, "posting") == "1 posting"
    assert counted(0, "posting") == "0 postings"
    assert counted(2, "gap") == "2 gaps"
    assert counted(1_234_567, "row") == "1,234,567 rows"
    assert counted(1, "entry", "entries") == "1 entry" and counted(3, "entry", "entries") == "3 entries"


@pytest.fixture
def one_posting(tmp_path):
    path = tmp_path / "one.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([("id", "title", "team", "posted", "description"), ("1", "MLE", "ml", "", POSTING)])
    return path


def run(args):
    res = CliRunner().invoke(main, args, catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return res


def test_extract_summary(one_posting, tmp_path):
    res = run(["extract", str(one_posting), "-o", str(tmp_path / "o.jsonl"), "--jobs", "1"])
    assert "1 posting, 0 with errors" in res.stderr
    assert not ONE_AND_PLURAL.search(res.stderr), res.stderr


def test_analyze_summary_and_reports(one_posting, tmp_path):
    # one skill you have is missing from nothing: "python" leaves gaps; "python, sql, docker" leaves one
    for fmt in ("md", "html"):
        out = tmp_path / f"r.{fmt}"
        res = run(
            [
                "analyze",
                str(one_posting),
                "--skills",
                "python, sql, docker",
                "-o",
                str(out),
                "--jobs",
                "1",
                "--steps",
                "1",
            ]
        )
        assert "1 posting, 0 with errors" in res.stderr and "1 gap" in res.stderr, res.stderr
        assert not ONE_AND_PLURAL.search(res.stderr), res.stderr
        report = out.read_text(encoding="utf-8")
        assert not ONE_AND_PLURAL.search(report), ONE_AND_PLURAL.search(report)
        assert "1 posting, in input order" in report


def test_plan_summary(one_posting, tmp_path):
    res = run(["plan", str(one_posting), "--skills", "python, sql, docker", "--steps", "1", "--jobs", "1"])
    assert "1 posting (0 without skills, 0 with errors), 1 step," in res.stderr, res.stderr
    assert not ONE_AND_PLURAL.search(res.stdout), ONE_AND_PLURAL.search(res.stdout)


def test_market_summary_and_warnings(one_posting):
    res = run(["market", str(one_posting), "--group-by", "team", "--date-column", "posted", "--jobs", "1"])
    assert "1 posting, 0 with errors, 1 group, 1 period" in res.stderr, res.stderr
    assert "1 posting has no date" in res.stderr
    assert not ONE_AND_PLURAL.search(res.stderr + res.stdout), ONE_AND_PLURAL.search(res.stderr + res.stdout)


def test_mine_summary(tmp_path):
    path = tmp_path / "p.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(
            [("id", "description"), ("1", "Requirements: experience with Quibblefrost and Python.")]
        )
    res = run(["mine", str(path), "--min-postings", "1", "--jobs", "1"])
    assert re.search(r"^1 posting, 0 with errors, \d+ phrases? in at least 1 posting$", res.stderr, re.M), res.stderr


def test_mine_says_which_rows_could_not_be_mined(tmp_path):
    """mine skipped the rows it could not analyse without a word ("4 postings, 0 phrases …" for a
    file of which 3 rows were empty or broken): the summary counts them and a warning names them."""
    path = tmp_path / "p.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(
            [("id", "description"), ("a1", "Requirements: experience with Quibblefrost and Python."), ("b2", "  ")]
        )
    res = run(["mine", str(path), "--min-postings", "1", "--jobs", "1"])
    assert re.search(r"^2 postings, 1 with errors, \d+ phrases? in at least 1 posting$", res.stderr, re.M), res.stderr
    assert "1 posting could not be analysed and is not mined: b2 (posting text is empty)" in res.stderr, res.stderr


def test_progress_bar_counts_one_posting():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    tty = Tty()
    bar = Progress(stream=tty, interval=0)
    bar.update()
    assert "1 posting," in tty.getvalue()
    bar.update()
    assert "2 postings," in tty.getvalue()
