"""Plan and market wired into the library's batch path and the CLI: the asks taken from gap
verdicts, extra input columns, market counts per chunk, and the commands' outputs."""

import csv
import json

import pytest
from click.testing import CliRunner

from analyzer.cli import main
from analyzer.gap.asks import AskCollector, asks_from_gap, plan_with_rounds
from analyzer.gap.market import MarketCounter, MarketPosting, strongest_levels
from analyzer.gap.plan import Ask
from analyzer.gap.profile import Profile
from analyzer.io.postings import open_postings, rows_from_bytes
from analyzer.records import InputRow
from analyzer.run.local import analyze_postings, count_market, extract_batch
from analyzer.taxonomy import load_default_taxonomy

POSTING = """Machine Learning Engineer
Requirements:
- Python and SQL
- Experience with AWS, GCP or Azure
Nice to have:
- Docker"""


def gap_for(skills: str, text: str = POSTING):
    taxonomy = load_default_taxonomy()
    return analyze_postings([("p1", text)], Profile.from_text(skills, taxonomy)).postings[0]


def test_asks_from_gap_turns_an_open_choice_into_one_choice_ask():
    asks = set(asks_from_gap(gap_for("python")).asks)
    assert Ask.skill("python", "required") in asks
    assert Ask.skill("sql", "required") in asks
    assert Ask.choice(["aws", "gcp", "azure"], "required") in asks
    assert Ask.skill("docker", "preferred") in asks
    assert not any({"aws", "gcp", "azure"} & a.options for a in asks if not a.is_choice)


def test_a_met_choice_stays_one_met_ask_and_the_plan_never_asks_for_another_option():
    gap = gap_for("python, sql, gcp")
    asks = asks_from_gap(gap).asks
    assert Ask.choice(["aws", "gcp", "azure"], "required") in asks
    have = Profile.from_text("python, sql, gcp", load_default_taxonomy()).known_ids()
    plan, _ = plan_with_rounds([asks_from_gap(gap)], have, load_default_taxonomy())
    assert plan.within_reach_now == 1.0
    planned = {s.skill_id for s in plan.steps}
    assert "docker" in planned and not planned & {"aws", "azure", "python", "sql"}


def test_learning_one_option_meets_the_choice_in_the_plan():
    gap = gap_for("python, sql")
    have = Profile.from_text("python, sql", load_default_taxonomy()).known_ids()
    plan, rounds = plan_with_rounds([asks_from_gap(gap)], have, load_default_taxonomy(), steps=3)
    assert plan.within_reach_now == 0.0
    first = plan.steps[0]
    assert first.skill_id in {"aws", "gcp", "azure"} and first.new_within_reach == 1
    assert not {"aws", "gcp", "azure"} & {s.skill_id for s in plan.steps[1:]}
    assert [r.round for r in rounds]  # the taxonomy's rounds, each prepared


@pytest.mark.parametrize(
    "skills", ["python, sql, gcp", "python, sql, gcp, aws", "python", "python, sql, docker, azure"]
)
def test_the_plan_counts_asks_as_the_gap_analysis_does(skills):
    """A choice is one ask, whichever of its options you have (none, one or two): the plan's coverage
    now is the posting's coverage. Before, an option you had was also an ask of its own (60 % vs 56 %)."""
    taxonomy = load_default_taxonomy()
    gap = gap_for(skills)
    asks = asks_from_gap(gap).asks
    assert not any({"aws", "gcp", "azure"} & a.options for a in asks if not a.is_choice), asks
    plan, _ = plan_with_rounds([asks_from_gap(gap)], Profile.from_text(skills, taxonomy).known_ids(), taxonomy)
    assert plan.mean_coverage_now == pytest.approx(gap.coverage, abs=1e-4)


def test_an_unreadable_posting_has_no_asks():
    taxonomy = load_default_taxonomy()
    gaps = list(
        analyze_postings(
            [InputRow("bad", None, "row 2 is not valid CSV")], Profile.from_text("python", taxonomy)
        ).postings
    )
    assert asks_from_gap(gaps[0]).asks == ()


def test_ask_collector_shares_equal_asks_between_postings():
    collector = AskCollector().add_all([gap_for("python"), gap_for("python")])
    first, second = collector.postings
    assert all(a is b for a, b in zip(sorted(first.asks, key=repr), sorted(second.asks, key=repr)))


# --- extra columns -------------------------------------------------------------------------------
def write_csv(path, rows, header=("id", "description", "family", "posted")):
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_extra_columns_are_read_along_in_every_format(tmp_path):
    src = write_csv(tmp_path / "p.csv", [["a", "Python", "mlops", "2024-01-02"], ["b", "SQL", "", ""]])
    rows = list(open_postings(src, extra_columns=["family", "posted"]))
    assert [r.extra for r in rows] == [{"family": "mlops", "posted": "2024-01-02"}, {"family": None, "posted": None}]
    jsonl = tmp_path / "p.jsonl"
    jsonl.write_text('{"id": "a", "description": "Python", "family": "ds"}\n{"id": "b", "description": "SQL"}\n')
    assert [r.extra for r in open_postings(jsonl, extra_columns=["family"])] == [{"family": "ds"}, {"family": None}]
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(
        pa.table({"id": ["a", "b"], "description": ["Python", None], "family": ["x", "y"]}), tmp_path / "p.parquet"
    )
    got = list(open_postings(tmp_path / "p.parquet", extra_columns=["family"]))
    assert [r.extra for r in got] == [{"family": "x"}, {"family": "y"}] and got[1].error


def test_a_missing_extra_column_names_the_columns_found(tmp_path):
    src = write_csv(tmp_path / "p.csv", [["a", "Python", "mlops", "2024"]])
    res = CliRunner().invoke(main, ["market", str(src), "--group-by", "role"])
    assert res.exit_code == 1
    assert "no column 'role'" in res.output and "'family'" in res.output and "Traceback" not in res.output
    txt = tmp_path / "one.txt"
    txt.write_text("We need Python.")
    res = CliRunner().invoke(main, ["market", str(txt), "--group-by", "role"])
    assert res.exit_code == 1 and "plain text has no columns" in res.output


def test_extra_columns_are_read_from_an_xlsx_sheet_too(tmp_path):
    # A spreadsheet's group and date columns reach the market view as a CSV's do; a missing one is
    # named, not read as "(no value)" for every posting.
    pd = pytest.importorskip("pandas")
    pytest.importorskip("openpyxl")
    path = tmp_path / "jobs.xlsx"
    pd.DataFrame(
        {
            "id": ["a", "b", "c"],
            "description": ["Must know Python and SQL.", "Docker and Kubernetes required.", "Tableau reporting."],
            "family": ["analyst", "platform", None],
            "posted": ["2024-03-01", "2024-05-20", "2024-07-09"],
        }
    ).to_excel(path, index=False)
    rows = list(open_postings(path, extra_columns=["family", "posted"]))
    assert [r.extra for r in rows] == [
        {"family": "analyst", "posted": "2024-03-01"},
        {"family": "platform", "posted": "2024-05-20"},
        {"family": None, "posted": "2024-07-09"},
    ]
    uploaded = list(rows_from_bytes(path.read_bytes(), "jobs.xlsx", extra_columns=["family"]))
    assert [r.extra for r in uploaded] == [{"family": "analyst"}, {"family": "platform"}, {"family": None}]
    res = CliRunner().invoke(main, ["market", str(path), "--group-by", "role", "-q", "--jobs", "1"])
    assert res.exit_code == 1 and "no column 'role'" in res.output and "'family'" in res.output
    out = tmp_path / "m.json"
    res = CliRunner().invoke(main, ["market", str(path), "--group-by", "family", "-o", str(out), "-q", "--jobs", "1"])
    assert res.exit_code == 0, res.output
    groups = {g["group"]: g["postings"] for g in json.loads(out.read_text(encoding="utf-8"))["groups"]}
    assert groups == {"analyst": 1, "platform": 1, "(no value)": 1}


# --- market counts -------------------------------------------------------------------------------
TEXTS = [
    "Requirements: Python, SQL and Docker. Nice to have: Kubernetes.",
    "Must have PyTorch and Python. Experience with AWS is a plus.",
    "We need Tableau, SQL and Excel for reporting.",
]


def dated_rows(n):
    out = []
    for i in range(n):
        out.append(
            InputRow(
                f"r{i}",
                TEXTS[i % 3] + f" #{i}",
                None,
                i + 1,
                extra={"family": "abc"[i % 3], "posted": ["2020", "2024", "soon", None][i % 4]},
            )
        )
    out[5] = InputRow("broken", None, "row 6 is not valid CSV", 6, extra={"family": "c", "posted": "2020"})
    return out


def test_count_market_equals_a_counter_fed_row_by_row_whatever_the_jobs():
    data = dated_rows(90)
    expected = MarketCounter("year", grouped=True)
    for row, result in zip(data, extract_batch(data, jobs=1)):
        expected.add(
            MarketPosting(
                strongest_levels(result.skills), row.extra["family"], row.extra["posted"], result.error is not None
            )
        )
    options = {"group_column": "family", "date_column": "posted", "period": "year", "chunk_size": 8}
    assert count_market(data, jobs=1, **options) == expected
    assert count_market(data, jobs=2, **options) == expected
    assert expected.total.errors == 1 and expected.groups["c"].errors == 1
    # "soon" is unparsable and None is missing: both counted in "unknown", none dropped
    unknown = expected.periods["unknown"]
    assert unknown.postings + unknown.errors == 44 and expected.unparsable_dates == 22 and expected.missing_dates == 22
    assert sum(t.postings + t.errors for t in expected.periods.values()) == 90


# --- the commands --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def postings_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("wire") / "postings.csv"
    rows = [
        [
            f"p{i}",
            TEXTS[i % 3] + " Python required." * (i % 2),
            "abc"[i % 3],
            ["2020-02-01", "2024-06-30", "n/a"][i % 3],
        ]
        for i in range(60)
    ]
    return write_csv(path, rows)


def test_plan_command_writes_the_json_contract(postings_csv, tmp_path):
    out = tmp_path / "plan.json"
    res = CliRunner().invoke(
        main, ["plan", str(postings_csv), "--skills", "python", "--steps", "3", "-o", str(out), "--jobs", "1"]
    )
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text())
    assert set(data) == {"plan", "rounds"}
    steps = data["plan"]["steps"]
    assert 1 <= len(steps) <= 3
    assert {
        "skill",
        "skill_id",
        "category",
        "effort",
        "adjacent_to",
        "prerequisite_for",
        "new_within_reach",
        "within_reach_after",
        "coverage_gain",
        "rounds",
    } <= set(steps[0])
    assert all(s["skill_id"] != "python" for s in steps)
    assert {"round", "tests", "gaps", "strengths", "prompts"} <= set(data["rounds"][0])
    md = CliRunner().invoke(main, ["plan", str(postings_csv), "--skills", "python", "-q", "--jobs", "1"])
    assert md.exit_code == 0 and md.output.startswith("# Your learning plan")


def test_analyze_json_holds_plan_rounds_and_the_market_of_the_market_command(postings_csv, tmp_path):
    a_out, m_out = tmp_path / "a.json", tmp_path / "m.json"
    res = CliRunner().invoke(
        main,
        [
            "analyze",
            str(postings_csv),
            "--skills",
            "python",
            "--group-by",
            "family",
            "--date-column",
            "posted",
            "-o",
            str(a_out),
            "--jobs",
            "1",
        ],
    )
    assert res.exit_code == 0, res.output
    assert "unknown" in res.output  # the warning about undated rows
    res = CliRunner().invoke(
        main,
        [
            "market",
            str(postings_csv),
            "--group-by",
            "family",
            "--date-column",
            "posted",
            "-o",
            str(m_out),
            "-q",
            "--jobs",
            "1",
        ],
    )
    assert res.exit_code == 0, res.output
    analysis, market = json.loads(a_out.read_text()), json.loads(m_out.read_text())
    assert analysis["market"] == market
    assert {"steps", "within_reach_now"} <= set(analysis["plan"]) and analysis["rounds"]
    assert "rounds" in analysis["summary"]  # the summary's gap names per round stay where they were
    assert sum(p["postings"] for p in market["periods"]) + sum(1 for p in analysis["postings"] if p["error"]) == 60
    assert any(p["period"] == "unknown" for p in market["periods"])


def test_analyze_markdown_and_html_have_plan_and_market_sections(postings_csv, tmp_path):
    for ext in ("md", "html"):
        out = tmp_path / f"r.{ext}"
        res = CliRunner().invoke(
            main,
            [
                "analyze",
                str(postings_csv),
                "--skills",
                "sql",
                "--group-by",
                "family",
                "-o",
                str(out),
                "-q",
                "--jobs",
                "1",
            ],
        )
        assert res.exit_code == 0, res.output
        text = out.read_text()
        if ext == "md":
            assert "\n## Plan\n" in text and "\n## Market view\n" in text
            plan, market, postings = text.index("\n## Plan\n"), text.index("\n## Market view\n"), "\n## Postings\n"
            links = ("[Plan](#plan)", "[Market view](#market)")
        else:
            assert "<h2>Plan</h2>" in text and "<h2>Market view</h2>" in text and "<script" not in text
            plan, market, postings = (
                text.index("<h2>Plan</h2>"),
                text.index("<h2>Market view</h2>"),
                '<h2 id="postings">',
            )
            links = ('href="#plan"', 'href="#market"')
        # Both sections come after the summary and the profile, before the postings' index and
        # details (not between the "Postings" heading and its index), and the contents list them.
        assert text.index('id="profile"') < plan < market < text.index(postings) < text.index('id="p-1"')
        assert all(text.index(link) < text.index(postings) for link in links)


def test_market_formats_and_compare(postings_csv, tmp_path):
    for ext in ("csv", "md", "html"):
        out = tmp_path / f"m.{ext}"
        res = CliRunner().invoke(
            main,
            [
                "market",
                str(postings_csv),
                "--group-by",
                "family",
                "--compare",
                "a:b+c",
                "--min-postings",
                "5",
                "-o",
                str(out),
                "-q",
                "--jobs",
                "1",
            ],
        )
        assert res.exit_code == 0, res.output
        assert out.stat().st_size > 100
    res = CliRunner().invoke(
        main, ["market", str(postings_csv), "--group-by", "family", "--compare", "a:zz", "-q", "--jobs", "1"]
    )
    assert res.exit_code == 1 and "no group named 'zz'" in res.output
    res = CliRunner().invoke(main, ["market", str(postings_csv), "--period", "year"])
    assert res.exit_code == 2 and "--period needs --date-column" in res.output
