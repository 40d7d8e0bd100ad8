"""The Dask engine gives the local engine's results, row for row, on a real 2-worker cluster."""

import json

import distributed  # the [dask] extra: installed wherever the tests run (CI installs it), so never skipped
import pytest
from click.testing import CliRunner
from gap_fixtures import SAMPLE_TEXTS as TEXTS

from analyzer.cli import main
from analyzer.records import InputRow
from analyzer.run.local import extract_jsonl


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0", silence_logs=50
    ) as c:
        yield c


def rows(n):
    out = [InputRow(f"p{i}", TEXTS[i % len(TEXTS)] + f" #{i}", None, i + 1) for i in range(n)]
    out[n // 2] = InputRow("broken", None, f"row {n // 2 + 1} has 3 fields but the header has 2", n // 2 + 1)
    return out


def test_dask_equals_local_row_for_row(cluster):
    data = rows(400)
    local = list(extract_jsonl(data, jobs=1))
    dask = list(extract_jsonl(data, engine="dask", scheduler=cluster.scheduler_address, chunk_size=16))
    assert dask == local
    assert [json.loads(line)["id"] for line, _ in dask] == [r.id for r in data]
    assert dask[200][1].startswith("row 201")
    assert len(cluster.scheduler_info["workers"]) == 2


def test_cli_engine_dask_with_scheduler(cluster, tmp_path):
    src = tmp_path / "p.jsonl"
    src.write_text(
        "".join(json.dumps({"id": r.id, "description": r.text or ""}) + "\n" for r in rows(60)), encoding="utf-8"
    )
    outs = []
    for extra in (["--jobs", "2"], ["--engine", "dask", "--scheduler", cluster.scheduler_address]):
        out = tmp_path / f"out{len(outs)}.jsonl"
        res = CliRunner().invoke(main, ["extract", str(src), "-o", str(out), "-q", *extra])
        assert res.exit_code == 0, res.output
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1]


def test_dataframe_path_on_the_workers(cluster, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from analyzer.run.dask_engine import extract_parquet

    data = [r for r in rows(50) if r.text is not None]
    pq.write_table(
        pa.table({"id": [r.id for r in data], "description": [r.text for r in data]}),
        tmp_path / "in.parquet",
        row_group_size=10,
    )
    extract_parquet(str(tmp_path / "in.parquet"), str(tmp_path / "out"), scheduler=cluster.scheduler_address)
    table = pq.read_table(tmp_path / "out").to_pandas().sort_values("row")
    local = [line for line, _ in extract_jsonl(data, jobs=1)]
    assert table["result"].tolist() == local
    assert table["row"].tolist() == list(range(1, len(data) + 1))


# The Dask functions find their columns as the CLI does: in any case or spacing, guessed when not
# named, a missing or ambiguous name listing the columns (qa41, item 4).
def _frame(columns: dict):
    import dask.dataframe as dd
    import pandas as pd

    return dd.from_pandas(pd.DataFrame(columns), npartitions=2)


def test_dataframe_columns_are_found_as_the_cli_finds_them():
    from analyzer.run.dask_engine import extract_dataframe

    texts = ["We need Python and SQL.", "Docker and Kubernetes preferred.", "Tableau dashboards."]
    ddf = _frame({"Job_ID": ["a", "b", "c"], "Job Description": texts})
    for options in ({}, {"text_column": "job description", "id_column": "job_id"}):
        out = extract_dataframe(ddf, **options).compute(scheduler="synchronous").sort_values("row")
        assert out["id"].tolist() == ["a", "b", "c"], options
        skills = [{s["skill_id"] for s in json.loads(line)["skills"]} for line in out["result"]]
        assert {"python", "sql"} <= skills[0] and "docker" in skills[1]
    numbered = extract_dataframe(ddf, id_column="").compute(scheduler="synchronous").sort_values("row")
    assert numbered["id"].tolist() == ["row-1", "row-2", "row-3"]  # "" numbers the rows, as --id-column ""


@pytest.mark.parametrize(
    "columns, options, message",
    [
        (
            {"id": ["a"], "body": ["x"]},
            {"text_column": "Posting"},
            "no text column 'Posting' (columns found: 'id', 'body')",
        ),
        ({"id": ["a"], "text": ["x"]}, {"id_column": "job_id"}, "no id column 'job_id' (columns found: 'id', 'text')"),
        (
            {"Team": ["a"], "TEAM": ["b"], "description": ["x"]},
            {"id_column": "team"},
            "several columns are called 'team' in another case or spacing ('Team', 'TEAM'",
        ),
    ],
)
def test_dataframe_column_errors_name_the_columns(columns, options, message):
    from analyzer.errors import ColumnNotFoundError
    from analyzer.run.dask_engine import extract_dataframe

    with pytest.raises(ColumnNotFoundError) as err:
        extract_dataframe(_frame(columns), **options)
    assert message in str(err.value)


def test_parquet_columns_in_another_case(cluster, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from analyzer.run.dask_engine import extract_parquet

    pq.write_table(
        pa.table({"Posting ID": ["x1", "x2"], "Description": ["Python and SQL.", "Spark on AWS."]}),
        tmp_path / "in.parquet",
    )
    extract_parquet(str(tmp_path / "in.parquet"), str(tmp_path / "out"), scheduler=cluster.scheduler_address)
    table = pq.read_table(tmp_path / "out").to_pandas().sort_values("row")
    assert table["id"].tolist() == ["x1", "x2"] and table["error"].isna().all()


def test_unreachable_scheduler_is_one_clear_line(tmp_path):
    src = tmp_path / "p.txt"
    src.write_text("Python", encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(src), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert res.exit_code == 1 and "cannot reach the Dask scheduler" in res.output


def test_missing_dask_is_a_clear_error(monkeypatch, tmp_path):
    import sys

    from click.testing import CliRunner

    from analyzer.cli import main
    from analyzer.errors import MissingDependencyError
    from analyzer.run.dask_engine import dask_client

    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(MissingDependencyError, match="needs the dask and distributed packages") as err:
        with dask_client():
            pass
    assert err.value.extra == "dask" and "pip" not in str(err.value)  # the library says what, the CLI how
    posting = tmp_path / "p.txt"
    posting.write_text("Python", encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(posting), "--engine", "dask"])
    assert res.exit_code == 1 and "pip install 'skillgap[dask]' (here and on every worker)" in res.stderr


def market_rows(n):
    out = rows(n)
    groups = ["mlops", "data_science", "analytics", ""]
    dates = ["2020-03-01", "2024-05", "not a date", None, "Q2 2022"]
    for i, r in enumerate(out):
        r.extra = {"family": groups[i % len(groups)] or None, "posted": dates[i % len(dates)]}
    return out


def test_market_counts_on_the_cluster_equal_the_local_engine(cluster):
    from analyzer.run.local import count_market
    from analyzer.taxonomy import load_default_taxonomy

    data = market_rows(300)
    options = {"group_column": "family", "date_column": "posted", "period": "year", "chunk_size": 16}
    local = count_market(data, jobs=1, **options)
    dask = count_market(data, engine="dask", scheduler=cluster.scheduler_address, **options)
    assert dask == local
    taxonomy = load_default_taxonomy()
    assert dask.result(taxonomy).to_dict() == local.result(taxonomy).to_dict()
    # every row counted: the broken row is an error of its group, undated rows are in "unknown"
    assert local.total.postings + local.total.errors == 300 and local.total.errors == 1
    assert local.periods["unknown"].postings + local.periods["unknown"].errors == 120


def test_cli_market_engine_dask_equals_local(cluster, tmp_path):
    src = tmp_path / "p.jsonl"
    src.write_text(
        "".join(
            json.dumps({"id": r.id, "description": r.text or "", "family": r.extra["family"]}) + "\n"
            for r in market_rows(80)
        ),
        encoding="utf-8",
    )
    outs = []
    for extra in (["--jobs", "1"], ["--engine", "dask", "--scheduler", cluster.scheduler_address]):
        out = tmp_path / f"m{len(outs)}.json"
        res = CliRunner().invoke(main, ["market", str(src), "--group-by", "family", "-o", str(out), "-q", *extra])
        assert res.exit_code == 0, res.output
        outs.append(json.loads(out.read_text(encoding="utf-8")))
    assert outs[0] == outs[1]
    assert {g["group"] for g in outs[0]["groups"]} == {"mlops", "data_science", "analytics", "(no value)"}
