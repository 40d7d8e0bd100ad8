"""`skillgap analyze`: profiles, reports in four formats, bad input, the progress bar."""

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import shared_path
from gap_fixtures import blank_pdf, docx_bytes, text_pdf, write_csv
from report_html import PLAN_TAGS, REPORT_TAGS, parse_page

from analyzer.cli import main

# Forms other than the postings use ("NLP" joins once the NLP skills are in the taxonomy).
OTHER_FORMS = "python, sklearn, k8s, postgres, ML, GCP, stats"
POSTINGS = [
    ("a", "Requirements:\n- 3+ years of Python and SQL\n- Kubernetes\nNice to have:\n- Docker"),
    ("b", "Must know Java. Experience with AWS or GCP is a plus."),
    ("c", ""),
]


def run(args):
    return CliRunner().invoke(main, args, catch_exceptions=False)


@pytest.fixture
def postings(tmp_path):
    return write_csv(tmp_path / "jobs.csv", POSTINGS)


def test_all_four_formats(postings, tmp_path):
    for ext in ("json", "csv", "md", "html"):
        out = tmp_path / f"report.{ext}"
        res = run(["analyze", str(postings), "--skills", "python, postgres, k8s", "--output", str(out)])
        assert res.exit_code == 0, res.output
        assert "3 postings, 1 with errors" in res.stderr and f"→ {out}" in res.stderr
        assert res.stdout == ""
        assert out.stat().st_size > 200
    d = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    a, b, c = d["postings"]
    assert {m["skill_id"] for m in a["matched"]} == {"python", "sql", "kubernetes"}
    assert [m["skill_id"] for m in a["missing"]] == ["docker"]
    assert a["coverage"] == pytest.approx(9 / 11, abs=1e-4)
    assert c["error"] == "posting text is empty"
    assert d["profile"]["skills"][0]["input"] == "python"
    with open(tmp_path / "report.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {(r["posting_id"], r["status"]) for r in rows} >= {
        ("a", "matched"),
        ("a", "missing"),
        ("b", "missing"),
        ("c", "error"),
    }
    assert "# Skill gap report" in (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "<svg" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_markdown_to_stdout_by_default_and_format_option(postings):
    res = run(["analyze", str(postings), "--skills", "python", "-q"])
    assert res.exit_code == 0 and res.stdout.startswith("# Skill gap report") and res.stderr == ""
    res = run(["analyze", str(postings), "--skills", "python", "--format", "json", "-q"])
    assert json.loads(res.stdout)["summary"]["postings"] == 3


def test_empty_skills_is_a_valid_profile(postings, tmp_path):
    out = tmp_path / "r.md"
    res = run(["analyze", str(postings), "--skills", "", "--output", str(out)])
    assert res.exit_code == 0
    assert "no skills found in what you gave; every skill the postings ask for is a gap" in res.stderr
    md = out.read_text(encoding="utf-8")
    assert "**No skills were given**" in md and "| Python |" in md and "| Docker |" in md
    res = run(["analyze", str(postings), "--output", str(out)])
    assert res.exit_code == 0 and "no skills given (--skills, --profile or --resume)" in res.stderr


def test_only_unknown_words_exit_1_with_suggestions(postings, tmp_path):
    out = tmp_path / "r.json"
    res = run(["analyze", str(postings), "--skills", "qwerty, dockerization", "--output", str(out)])
    assert res.exit_code == 1
    assert res.stderr.startswith("Error: none of the skills given is known")
    assert "did you mean Docker" in res.stderr and "Traceback" not in res.stderr
    # where to look the names up, for a user who installed the package (no data/taxonomy folder)
    assert "`skillgap skills` lists every known name" in res.stderr and "data/taxonomy" not in res.stderr
    assert not out.exists()


def test_skills_says_what_it_wrote(tmp_path):
    out = tmp_path / "skills.csv"
    res = run(["skills", "-o", str(out)])
    assert res.exit_code == 0
    rows = out.read_text(encoding="utf-8").splitlines()
    assert res.stderr == f"{len(rows) - 1:,} skills → {out}\n"
    assert run(["skills"]).stderr == ""  # to standard output: the table only
    for quiet in ("-q", "--quiet"):  # as every other command: the file, and nothing said
        res = run(["skills", "-o", str(tmp_path / f"q{quiet}.csv"), quiet])
        assert res.exit_code == 0 and res.stderr == ""
        assert (tmp_path / f"q{quiet}.csv").read_text(encoding="utf-8").splitlines() == rows


def test_a_word_near_an_abbreviation_is_warned_as_unknown_not_credited(postings, tmp_path):
    # "asdf" is one added letter from ADF (Azure Data Factory): a word of its own, not a typo of it
    out = tmp_path / "r.json"
    res = run(["analyze", str(postings), "--skills", "python, asdf, sqll", "--output", str(out)])
    assert res.exit_code == 0
    assert '"asdf" (did you mean Azure Data Factory?)' in res.stderr
    profile = json.loads(out.read_text(encoding="utf-8"))["profile"]
    assert profile["unresolved"] == ["asdf"]
    assert {(s["input"], s["skill"]) for s in profile["skills"] if s["how"] == "fuzzy"} == {("sqll", "SQL")}


def test_csv_rows_of_postings_sharing_an_id_are_told_apart_by_their_number(tmp_path):
    # Two re-posted ads under one id (and a second pair whose id a spreadsheet would run): each
    # CSV row carries its posting's number, the same number the Markdown report's index gives it.
    jobs = write_csv(
        tmp_path / "jobs.csv",
        [
            ("4471", "Requirements: strong Python and SQL."),
            ("4471", "We need Kubernetes experience; Docker is a plus."),
            ("=HYPERLINK(1)", "Must know Tableau."),
            ("=HYPERLINK(1)", "Must know Spark."),
        ],
    )
    out = tmp_path / "r.csv"
    res = run(["analyze", str(jobs), "--skills", "python", "-o", str(out), "--jobs", "1"])
    assert res.exit_code == 0, res.output
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    by_number = {}
    for r in rows:
        by_number.setdefault(r["posting_number"], set()).add((r["posting_id"], r["skill_id"]))
    assert by_number == {
        "1": {("4471", "python"), ("4471", "sql")},
        "2": {("4471", "kubernetes"), ("4471", "docker")},
        "3": {("'=HYPERLINK(1)", "tableau")},  # the id still defused
        "4": {("'=HYPERLINK(1)", "apache_spark")},
    }
    md = tmp_path / "r.md"
    assert run(["analyze", str(jobs), "--skills", "python", "-o", str(md), "--jobs", "1", "-q"]).exit_code == 0
    index = [line for line in md.read_text(encoding="utf-8").splitlines() if line.startswith("1. [")]
    assert len(index) == 4 and "(#p-2)" in index[1] and "(#p-4)" in index[3]


def test_some_unknown_words_are_warned_and_reported(postings, tmp_path):
    out = tmp_path / "r.json"
    res = run(["analyze", str(postings), "--skills", "python, zzz", "--output", str(out)])
    assert (
        res.exit_code == 0
        and 'warning: not in the taxonomy (counted only where a posting lists the same name): "zzz"' in res.stderr
    )
    assert json.loads(out.read_text(encoding="utf-8"))["profile"]["unresolved"] == ["zzz"]


def test_years_typed_as_their_own_entry_are_warned_as_the_dashboard_says(postings, tmp_path):
    # "--skills 'Python, 5 years'" warned that "5 years" is not in the taxonomy.
    from analyzer.gap.profile import years_alone_message

    res = run(["analyze", str(postings), "--skills", "Python, 5 years, zzz", "--output", str(tmp_path / "r.md")])
    assert res.exit_code == 0
    assert f"warning: {years_alone_message('5 years')}" in res.stderr
    [unknown] = [ln for ln in res.stderr.splitlines() if "not in the taxonomy" in ln]
    assert unknown.endswith(': "zzz"'), unknown


def test_the_years_alone_warnings_stop_at_twenty_and_count_the_rest(postings, tmp_path):
    # A skill and its years on lines of their own, 25 times: 25 warnings, one per line, flooded the
    # terminal; the reports and the dashboard name 20 and count the rest.
    skills = ["Python", "SQL", "Docker", "Git", "Excel"] * 5
    table = "\n".join(f"{skill}\n{n + 1} years" for n, skill in enumerate(skills))
    res = run(["analyze", str(postings), "--skills", table, "--output", str(tmp_path / "r.md")])
    assert res.exit_code == 0
    said = [ln for ln in res.stderr.splitlines() if "years" in ln and ln.startswith("warning: ")]
    assert len(said) == 21 and all("has no skill" in ln for ln in said[:20])
    assert said[-1] == (
        "warning: …and 5 more entries of years with no skill, each to be written in the same entry as its skill."
    )


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("scan.pdf", None, "export it from the original document, or give your skills with --skills"),
        ("cv.docx", b"PK\x03\x04broken", "not a readable .docx"),
        ("cv.doc", b"old", "unsupported résumé type"),
    ],
)
def test_bad_resumes_exit_1_without_traceback(postings, tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(blank_pdf() if data is None else data)
    res = run(["analyze", str(postings), "--resume", str(path)])
    assert res.exit_code == 1 and message in res.stderr and res.stderr.startswith("Error: ")
    assert "Traceback" not in res.output


def test_ten_mb_resume(postings, tmp_path):
    path = tmp_path / "cv.pdf"
    with open(path, "wb") as f:
        f.truncate(10 * 1024 * 1024 + 1)
    res = run(["analyze", str(postings), "--resume", str(path)])
    assert res.exit_code == 1 and "the limit is 10 MB" in res.stderr


def test_resume_pdf_docx_and_profile_combined(postings, tmp_path):
    pdf = tmp_path / "cv.pdf"
    pdf.write_bytes(text_pdf("Skills: Python and Kubernetes"))
    docx = tmp_path / "cv.docx"
    docx.write_bytes(docx_bytes("I ship Docker images."))
    saved = tmp_path / "me.json"
    out = tmp_path / "r.json"
    res = run(["analyze", str(postings), "--resume", str(pdf), "--save-profile", str(saved), "-q", "-o", str(out)])
    assert res.exit_code == 0, res.output
    res = run(
        [
            "analyze",
            str(postings),
            "--profile",
            str(saved),
            "--resume",
            str(docx),
            "--skills",
            "postgres",
            "-q",
            "-o",
            str(out),
        ]
    )
    assert res.exit_code == 0, res.output
    d = json.loads(out.read_text(encoding="utf-8"))
    assert {m["skill_id"] for m in d["postings"][0]["matched"]} == {"python", "kubernetes", "docker", "sql"}
    assert d["postings"][0]["missing"] == []


def test_batch_errors_keep_every_posting(tmp_path):
    src = tmp_path / "mixed.csv"
    src.write_text('id,description\nok,"Python and SQL"\nbad,"x","extra field"\nempty,\n', encoding="utf-8")
    out = tmp_path / "r.json"
    res = run(["analyze", str(src), "--skills", "python", "-o", str(out)])
    assert res.exit_code == 0
    d = json.loads(out.read_text(encoding="utf-8"))
    assert [(p["id"], p["error"] is None) for p in d["postings"]] == [("ok", True), ("bad", False), ("empty", False)]
    assert "3 fields" in d["postings"][1]["error"]


def test_nothing_analysable_exits_1_but_writes_the_report(tmp_path):
    src = write_csv(tmp_path / "blank.csv", [("x", ""), ("y", "   ")])
    out = tmp_path / "r.csv"
    res = run(["analyze", str(src), "--skills", "python", "-o", str(out)])
    assert res.exit_code == 1 and "no posting could be analysed (2 with errors)" in res.stderr
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["posting_id"], r["status"]) for r in rows] == [("x", "error"), ("y", "error")]


def test_bad_output_and_input(postings, tmp_path):
    res = run(["analyze", str(postings), "--skills", "python", "-o", str(tmp_path / "r.xlsx")])
    assert res.exit_code == 1 and "unknown report type '.xlsx'" in res.stderr
    res = run(["analyze", str(postings), "--skills", "python", "-o", str(tmp_path / "no" / "r.json")])
    assert res.exit_code == 1 and "cannot write" in res.stderr
    res = run(["analyze", str(tmp_path / "none.csv"), "--skills", "python"])
    assert res.exit_code == 1 and "no such file" in res.stderr
    res = run(["analyze", str(postings), "--profile", str(tmp_path / "none.json")])
    assert res.exit_code == 1 and "no such profile file" in res.stderr
    res = run(["analyze", str(postings), "--format", "csv", "-o", str(tmp_path / "r.json")])
    assert res.exit_code == 2 and "--format is for standard output" in res.stderr


def test_help_documents_the_options():
    res = run(["analyze", "--help"])
    for option in ("--skills", "--profile", "--resume", "--output", "--quiet", "--save-profile"):
        assert option in res.stdout


# --- the progress bar, on a real terminal -----------------------------------------------------------
def _run_on_tty(args, cwd):
    """Run the installed command with stderr on a pseudo-terminal; return (exit code, stderr text)."""
    import pty

    master, slave = pty.openpty()
    skillgap = Path(sys.executable).with_name("skillgap")
    proc = subprocess.Popen(
        [str(skillgap), *args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=slave, env={**os.environ, "COLUMNS": "100"}
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=300), b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_progress_bar_only_on_a_terminal_and_not_with_quiet(tmp_path):
    src = write_csv(tmp_path / "p.csv", [(f"p{i}", "Python and SQL") for i in range(30)])
    code, err = _run_on_tty(["analyze", str(src), "--skills", "python", "-o", str(tmp_path / "r.json")], tmp_path)
    assert code == 0, err
    assert " postings, " in err and "elapsed" in err  # the bar (erased at the end), then the summary
    assert "30 postings, 0 with errors" in err
    code, err = _run_on_tty(
        ["analyze", str(src), "--skills", "python", "-o", str(tmp_path / "r.json"), "--quiet"], tmp_path
    )
    assert code == 0 and err == ""
    # Not a terminal: no bar, only the summary line.
    res = run(["analyze", str(src), "--skills", "python", "-o", str(tmp_path / "r.json")])
    assert "elapsed" not in res.stderr and "30 postings, 0 with errors" in res.stderr


# --- real postings, bundled taxonomy ----------------------------------------------------------------
@pytest.mark.shared
def test_real_postings_end_to_end(tmp_path):
    rows = []
    with open(shared_path("data", "postings", "linkedin_ai_ml_2024.csv"), encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if i == 25:
                break
            rows.append((row["id"], row["description"]))
    src = write_csv(tmp_path / "real.csv", rows)
    out = tmp_path / "r.json"
    res = run(["analyze", str(src), "--skills", OTHER_FORMS, "-o", str(out)])
    assert res.exit_code == 0, res.output
    d = json.loads(out.read_text(encoding="utf-8"))
    assert d["profile"]["unresolved"] == []
    known = {s["skill_id"] for s in d["profile"]["skills"]}
    assert len(d["postings"]) == 25
    for p in d["postings"]:
        assert not {m["skill_id"] for m in p["missing"]} & known
    assert d["summary"]["gaps"] and all(0 <= g["priority"] <= 1 for g in d["summary"]["gaps"])


# --- streaming: the report is written while the postings are analysed --------------------------------
@pytest.mark.parametrize("fmt", ["json", "csv", "md", "html"])
def test_cli_report_equals_the_in_memory_report(postings, tmp_path, nlp, fmt):
    from analyzer import analyze_postings
    from analyzer.gap.profile import Profile
    from analyzer.io.views import render_analysis_report
    from analyzer.taxonomy import load_default_taxonomy

    out = tmp_path / f"r.{fmt}"
    res = run(["analyze", str(postings), "--skills", "python, postgres, k8s", "-q", "-j", "1", "-o", str(out)])
    assert res.exit_code == 0, res.output
    profile_out = tmp_path / "r.json"
    if fmt != "json":
        run(["analyze", str(postings), "--skills", "python, postgres, k8s", "-q", "-j", "1", "-o", str(profile_out)])
    profile = Profile.from_dict(json.loads(profile_out.read_text(encoding="utf-8"))["profile"])
    analysis = analyze_postings(POSTINGS, profile, nlp)
    # the CLI's report is the in-memory report with the plan of the same postings (JSON, Markdown, HTML)
    assert out.read_bytes().decode("utf-8") == render_analysis_report(analysis, fmt, load_default_taxonomy())


# Sentences written for these tests; each posting gets a different mix.
_LINES = [
    "Requirements:",
    "- 3+ years of Python and SQL",
    "- Experience with Docker and Kubernetes",
    "Nice to have:",
    "- Spark or Hadoop",
    "- Tableau dashboards",
    "You will build machine learning models with PyTorch.",
    "Strong communication skills are a must.",
    "Familiarity with AWS or GCP is a plus.",
    "We value curiosity.",
]


def _synthetic_postings(n):
    rows = []
    for i in range(n):
        if i % 500 == 7:
            rows.append((f"job-{i}", ""))  # an empty posting: an error row
            continue
        lines = [_LINES[(i * k) % len(_LINES)] for k in (1, 3, 7)] + [f"Posting number {i}."]
        rows.append((f"job-{i}", "\n".join(lines)))
    return rows


def test_two_thousand_postings_in_every_format(tmp_path):
    src = write_csv(tmp_path / "many.csv", _synthetic_postings(2000))
    ids = [f"job-{i}" for i in range(2000)]
    for ext, jobs in (("json", "2"), ("csv", "1"), ("md", "1"), ("html", "2")):
        out = tmp_path / f"r.{ext}"
        res = run(["analyze", str(src), "--skills", "python, docker", "-o", str(out), "-j", jobs])
        assert res.exit_code == 0, res.output
        assert "2,000 postings, 4 with errors" in res.stderr
        text = out.read_text(encoding="utf-8")
        if ext == "json":
            d = json.loads(text)
            assert list(d) == ["profile", "postings", "summary", "plan", "rounds"]
            assert [p["id"] for p in d["postings"]] == ids
            assert (d["summary"]["postings"], d["summary"]["errors"]) == (2000, 4)
            assert {g["skill_id"] for g in d["summary"]["gaps"]} >= {"sql", "kubernetes", "tableau"}
        elif ext == "csv":
            rows = list(csv.DictReader(text.splitlines()))
            assert list(dict.fromkeys(r["posting_id"] for r in rows)) == ids
            assert sum(r["status"] == "error" for r in rows) == 4
        elif ext == "md":
            assert text.startswith("# Skill gap report") and text.index("## Summary") < text.index("### job-0 ")
            assert text.count("\n### job-") == 2000 and text.rstrip().endswith("are not counted.")
        else:
            page = parse_page(text)
            assert set(page.tags) <= REPORT_TAGS | PLAN_TAGS and page.stack == [] and page.mismatched == []
            rounds = text.count('<section class="posting"><h4>')  # the plan's interview rounds (not collapsed)
            assert rounds >= 1 and page.tags.count("details") == 2000 and text.endswith("</body></html>\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many.csv", "r.csv", "r.html", "r.json", "r.md"]


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT")
def test_ctrl_c_ends_the_report_with_the_postings_analysed(tmp_path):
    import signal
    import time

    src = write_csv(tmp_path / "big.csv", _synthetic_postings(60_000))
    out = tmp_path / "r.json"
    proc = subprocess.Popen(
        [sys.executable, "-m", "analyzer", "analyze", str(src), "--skills", "python", "-o", str(out), "--jobs", "2"],
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        tmp = list(tmp_path.glob(".r.json.*.skillgap-tmp"))
        if tmp and tmp[0].stat().st_size > 100_000:
            break
        time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    d = json.loads(out.read_text(encoding="utf-8"))  # whole and valid
    n = len(d["postings"])
    assert 0 < n < 60_000 and d["summary"]["postings"] == n
    assert [p["id"] for p in d["postings"]] == [f"job-{i}" for i in range(n)]
    assert f"interrupted after {n} rows; {out} holds the report on postings 1..{n}" in err
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.csv", "r.json"]


def test_invalid_years_in_a_saved_profile_are_warned_about(postings, tmp_path):
    me = tmp_path / "me.json"
    me.write_text(
        json.dumps({"skills": [{"input": "python", "skill_id": "python", "how": "alias", "years": "ten"}]}),
        encoding="utf-8",
    )
    res = run(["analyze", str(postings), "--profile", str(me), "--output", str(tmp_path / "r.json")])
    assert res.exit_code == 0, res.output
    assert (
        f"warning: {me}: years ignored for 1 skill (kept without years): python ('ten' is not a number)" in res.stderr
    )
    assert "python" in {m["skill_id"] for m in json.loads((tmp_path / "r.json").read_text())["postings"][0]["matched"]}


def test_grouped_report_names_your_gaps_among_each_groups_top_skills(tmp_path):
    """``analyze --group-by`` listed each group's top skills without saying which the user lacks
    (the dashboard's Market tab does): the Markdown and HTML reports must name them, per group."""
    ml = "MLOps Engineer\nRequirements: Kubernetes, Docker and Terraform. Python required."
    ds = "Data Scientist\nRequirements: Python, statistics and SQL. Tableau is a plus."
    rows = [
        ["id", "description", "family"],
        *[[f"j{i}", (ml, ds)[i % 2], ("<b>ops</b>", "ds")[i % 2]] for i in range(6)],
    ]
    path = tmp_path / "jobs.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    for fmt in ("md", "html"):
        out = tmp_path / f"r.{fmt}"
        args = ["analyze", str(path), "--skills", "python, postgresql", "--group-by", "family", "-q", "-j", "1"]
        res = CliRunner().invoke(main, [*args, "-o", str(out)])
        assert res.exit_code == 0, res.output
        text = out.read_text(encoding="utf-8")
        market = text[text.index('<a id="market"></a>') :]
        # groups of equal size in name order: "<b>ops</b>" before "ds"
        ops, ds = [line for line in market.splitlines() if "Your gaps among" in line]
        assert market.index("ops&lt;/b&gt;") < market.index(ops) < market.index(ds)
        assert "Kubernetes" in ops and "Docker" in ops and "Terraform" in ops and "Python" not in ops
        # SQL is credited through PostgreSQL, as in the gap analysis
        assert "statistics" in ds and "SQL" not in ds and "Python" not in ds
        assert "<b>ops" not in text


def test_csv_report_says_it_has_no_market_view_for_group_by(tmp_path):
    """``analyze --group-by family -o gaps.csv`` counted the groups and dropped them without a word:
    the CSV report holds the gaps only. It must say so (before the work, not after it) and name
    the formats and the command that do hold the market view; the other formats say nothing."""
    rows = [["id", "description", "family"], ["j1", "Requirements: Python and SQL.", "ds"], ["j2", "Docker.", "ops"]]
    path = tmp_path / "jobs.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    base = ["analyze", str(path), "--skills", "python", "-j", "1"]
    res = run([*base, "--group-by", "family", "--date-column", "family", "-o", str(tmp_path / "gaps.csv")])
    assert res.exit_code == 0, res.output
    [said] = [line for line in res.stderr.splitlines() if "market view" in line]
    assert said.startswith("warning: the CSV report holds the gaps only")
    assert "--group-by family" in said and "--date-column family" in said
    assert ".json, .md or .html" in said and "skillgap market" in said
    assert res.stderr.index(said) < res.stderr.index("2 postings")
    res = run([*base, "--group-by", "family", "--format", "csv"])
    assert "warning: the CSV report holds the gaps only" in res.stderr
    for out in ("gaps.json", "gaps.md"):
        res = run([*base, "--group-by", "family", "-o", str(tmp_path / out)])
        assert "market view" not in res.stderr
    res = run([*base, "-o", str(tmp_path / "plain.csv")])
    assert "market view" not in res.stderr
