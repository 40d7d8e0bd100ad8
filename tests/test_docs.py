"""The examples in docstrings and in the README run and print what they say."""

import doctest
import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import analyzer

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(
    name for _, name, is_package in pkgutil.walk_packages(analyzer.__path__, "analyzer.") if name != "analyzer.__main__"
)


def test_every_module_is_listed():
    assert {"analyzer.records", "analyzer.nlp.pipeline", "analyzer.io.reports", "analyzer.run.worker"} <= set(MODULES)


@pytest.mark.parametrize("name", ["analyzer", *MODULES])
def test_docstring_examples(name):
    """Every module's examples run and print what they show; none is skipped."""
    module = importlib.import_module(name)
    source = Path(module.__file__).read_text(encoding="utf-8")
    assert "doctest: +SKIP" not in source, "an example that is not run goes stale"
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert (result.attempted > 0) == (">>> " in source), "every example in the module was found and run"


def test_readme_python_example_prints_what_the_readme_shows(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code, shown = re.search(r"## Python\n.*?```python\n(.*?)```\n\nprints\n\n```\n(.*?)```", readme, re.S).groups()
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout == shown


def test_every_command_has_help_and_is_in_the_readme():
    from click.testing import CliRunner

    from analyzer.cli import main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert command.help, name
        assert CliRunner().invoke(main, [name, "--help"]).exit_code == 0
        assert f"skillgap {name}" in readme, name


WIRE_EXAMPLE = re.compile(r"^skillgap (?:plan|market|analyze \S+ .*--group-by)[^\n#]*", re.M)


def test_readme_and_docs_plan_and_market_examples_run(tmp_path):
    """The `skillgap plan`, `skillgap market` and `analyze --group-by` lines of the README and the
    docs run as written, on a small postings file with the columns they name."""
    import csv
    import shlex

    from click.testing import CliRunner

    from analyzer.cli import main

    texts = [
        "Requirements: Python, SQL and Tableau. Nice to have: AWS.",
        "Must have PyTorch, Python and Docker; Kubernetes is a plus.",
        "We need statistics, pandas and A/B testing; Spark or Hive.",
    ]
    sources = ["linkedin_ai_ml_2024", "msia_indeed_2020", "msia_linkedin_2020"]
    for name in ("postings.csv", "postings-2023.csv", "postings-2024.csv"):
        with (tmp_path / name).open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["id", "description", "source", "role_family", "posted"])
            for i in range(45):
                w.writerow(
                    [
                        f"{name[:-4]}-{i}",
                        texts[i % 3],
                        sources[i % 3],
                        ["ml_ai", "data_scientist"][i % 2],
                        f"2024-0{1 + i % 9}-01",
                    ]
                )
    (tmp_path / "me.json").write_text('{"skills": ["python", "sql"]}', encoding="utf-8")
    lines = []
    for doc in (ROOT / "README.md", ROOT / "docs" / "plan.md", ROOT / "docs" / "market.md"):
        lines += [m.group(0).strip() for m in WIRE_EXAMPLE.finditer(doc.read_text(encoding="utf-8"))]
    lines = [line for line in lines if ".parquet" not in line and "--scheduler" not in line]  # need a cluster
    assert sum(line.startswith("skillgap plan") for line in lines) >= 2
    assert sum(line.startswith("skillgap market") for line in lines) >= 3
    runner = CliRunner()
    import os

    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        for line in lines:
            args = shlex.split(line)[1:] + ["--jobs", "1", "--quiet"]
            res = runner.invoke(main, args)
            assert res.exit_code == 0, (line, res.output)
            out = args[args.index("-o") + 1]
            assert (tmp_path / out).stat().st_size > 0, line
    finally:
        os.chdir(cwd)


def test_gap_analysis_doc_example_prints_what_the_doc_shows(tmp_path):
    doc = (ROOT / "docs" / "gap-analysis.md").read_text(encoding="utf-8")
    code, shown = re.search(
        r"## Python API\n.*?```python\n(.*?)```\n\nOutput \(bundled taxonomy\):\n\n```\n(.*?)```", doc, re.S
    ).groups()
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout == shown
    assert (tmp_path / "report.html").stat().st_size > 0


def test_readme_taxonomy_counts_match_the_taxonomy():
    """The README's "N skills with M surface forms (plus K spellings …; P phrasing patterns; Q … task rules)"
    states the shipped taxonomy's sizes: a round that adds skills updates the sentence too."""
    from analyzer.taxonomy import load_default_taxonomy

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(
        r"([\d,]+) skills with ([\d,]+) surface forms \(plus ([\d,]+) spellings the loader derives from them; "
        r"([\d,]+) phrasing patterns; ([\d,]+) verb \+ object task rules",
        readme,
    )
    assert found, "the README's taxonomy sentence changed shape"
    taxonomy = load_default_taxonomy()
    actual = (
        len(taxonomy.skills),
        taxonomy.surface_count(),
        len(taxonomy.derived_forms()),
        sum(len(s.patterns) for s in taxonomy.skills.values()),
        len(taxonomy.tasks),
    )
    assert tuple(int(n.replace(",", "")) for n in found.groups()) == actual


def test_dashboard_doc_resume_years_examples_hold():
    """docs/dashboard.md's "Years" paragraph: what a résumé's lines give, quoted from the doc and read."""
    from datetime import date

    from analyzer.gap.profile import Profile

    doc = " ".join((ROOT / "docs" / "dashboard.md").read_text(encoding="utf-8").split())
    stated, whose, dated = (
        "Skills: Python (5 years), SQL",
        "5 years of experience with TensorFlow and Keras",
        "Data Scientist, Acme, Jan 2019 - Dec 2022",
    )
    for example in (stated, whose, dated):
        assert f'"{example}"' in doc

    def years(text: str) -> dict[str, tuple[float | None, str | None]]:
        profile = Profile.from_resume_text(text, today=date(2026, 1, 1))
        return {s.skill: (s.years, s.years_from) for s in profile.skills if s.how == "resume"}

    assert years(stated) == {"Python": (5.0, "resume"), "SQL": (None, None)}
    assert years(whose) == {"TensorFlow": (None, None), "Keras": (None, None)}
    role = years(dated + "\n- Trained models in TensorFlow and Keras for churn")
    assert role["TensorFlow"] == role["Keras"] == (4.0, "resume_roles")
    assert "dates of past jobs are not read" not in doc


def test_the_readme_says_xlsx_needs_its_extra():
    # The README offered .xlsx uploads, but its set-up (`pip install -e .`) does not install openpyxl.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ".xlsx" in readme and '.[xlsx]"' in readme


def test_the_help_of_every_command_that_reads_postings_names_xlsx():
    # The README reads `skillgap analyze a.csv b.xlsx` with the xlsx extra; `extract --help` and
    # `mine --help` listed CSV, JSON Lines, Parquet and .txt only.
    from click.testing import CliRunner

    from analyzer.cli import main

    for name in ("extract", "mine"):
        text = " ".join(CliRunner().invoke(main, [name, "--help"], terminal_width=200).output.split())
        assert ".xlsx" in text and '".[xlsx]"' in text, name


def test_the_readme_names_the_held_out_sets_bench_heldout_scores_by_default():
    """bench_heldout.py's default became sixteen sets (set46 a tuning set, set47 and set48 added)
    while the README still said it scores "the fifteen unread sets … set44–set46 by default"."""
    source = (ROOT / "benchmarks" / "bench_heldout.py").read_text(encoding="utf-8")
    default = re.search(r'default="(set[\d,set]+)"', source).group(1).split(",")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    said = re.search(
        r"`python benchmarks/bench_heldout.py` scores the (\w+)\s+unread sets (.*?) by default", readme, re.S
    )
    assert said, "the README no longer says what bench_heldout.py scores by default"
    words = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    assert words.index(said.group(1)) == len(default)
    named: set[str] = set()
    for a, b in re.findall(r"set(\d+)(?:–set(\d+))?", said.group(2)):
        named.update(f"set{n}" for n in range(int(a), int(b or a) + 1))
    assert named == set(default)
