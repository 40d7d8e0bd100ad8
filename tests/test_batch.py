"""The batch engine: streamed, parallel, ordered, and robust to bad rows and Ctrl-C."""

import csv
import gzip
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner
from gap_fixtures import SAMPLE_TEXTS as TEXTS

from analyzer.cli import main
from analyzer.io.postings import InputRow, ReadReport, open_postings
from analyzer.nlp.extraction import extract_rows
from analyzer.progress import Progress
from analyzer.run.local import chunk_rows, extract_batch, extract_jsonl, ordered_map, process_chunk


def make_rows(n):
    return [InputRow(f"p{i}", TEXTS[i % len(TEXTS)] + f" (posting {i})", None, i + 1) for i in range(n)]


def write_csv(path, n, bad_at=None):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "description"])
        for i in range(n):
            if i == bad_at:
                f.write(f'p{i},"unclosed,extra,fields\n')
                f.write(f"p{i}b,too,many,fields\n")
                continue
            w.writerow([f"p{i}", TEXTS[i % len(TEXTS)] + f" (posting {i})"])
    return path


def lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_chunked_equals_one_chunk_and_sequential(nlp):
    rows = make_rows(70)
    expected = [r.to_dict() for r in extract_rows(rows, nlp)]
    for jobs, size in [(1, 1), (1, 7), (1, 1000), (2, 5), (2, 64)]:
        got = [r.to_dict() for r in extract_batch(rows, jobs=jobs, chunk_size=size)]
        assert got == expected, (jobs, size)
    encoded = [json.loads(line) for line, _ in extract_jsonl(rows, jobs=2, chunk_size=3)]
    assert encoded == expected


def test_order_is_kept_when_chunks_finish_out_of_order():
    chunks = [[(str(i), "x", None)] for i in range(12)]
    out = [c[0][0] for c, _ in ordered_map(_sleepy, chunks, jobs=2, in_flight=6)]
    assert out == [str(i) for i in range(12)]


def _sleepy(chunk):  # earlier chunks sleep longer: they finish last
    time.sleep(0.02 * (12 - int(chunk[0][0])))
    return [c[0] for c in chunk]


def _dies_on_bad(chunk):
    for pid, _, _ in chunk:
        if pid == "bad":
            os._exit(3)  # a crash in native code, as the worker sees it
    return process_chunk(chunk, "result")


def test_a_row_that_kills_its_worker_is_reported_and_the_rest_processed():
    items = [(f"p{i}", TEXTS[0], None) for i in range(20)]
    items[9] = ("bad", TEXTS[1], None)
    chunks = [items[i : i + 4] for i in range(0, 20, 4)]
    results = [r for _, rs in ordered_map(_dies_on_bad, chunks, jobs=2) for r in rs]
    assert len(results) == 20
    assert isinstance(results[9], RuntimeError) and "died" in str(results[9])
    ok = [r for i, r in enumerate(results) if i != 9]
    assert all(r.error is None and r.skills for r in ok)
    assert [r.id for r in ok] == [f"p{i}" for i in range(20) if i != 9]


_ABORT_MID_RESULT = """
import sys
from analyzer.run.local import ordered_map

def big(chunk):  # a result far larger than a pipe's buffer: a worker is killed halfway through sending it
    return ["x" * 20_000_000 for _ in chunk]

if __name__ == "__main__":
    results = ordered_map(big, ([i] for i in range(50)), jobs=2)
    next(results)
    results.close()  # stops the workers while they are sending
    print("closed", flush=True)
"""


def test_a_process_whose_run_was_stopped_mid_result_exits():
    # The interpreter joins the pool's manager thread at exit; it used to wait forever for the rest
    # of a result its killed worker never sent (CI hung after "interrupted after N rows").
    proc = subprocess.run(
        [sys.executable, "-c", _ABORT_MID_RESULT], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "closed"


def test_a_row_that_raises_is_reported(monkeypatch, nlp):
    import analyzer.nlp.extraction as extraction

    real = extraction.mentions_from_doc

    def flaky(doc, nlp=None):
        if "posting 3)" in doc.text:
            raise ValueError("boom")
        return real(doc, nlp)

    monkeypatch.setattr(extraction, "mentions_from_doc", flaky)
    results = list(extract_batch(make_rows(8), jobs=1, chunk_size=3))
    assert [r.id for r in results] == [f"p{i}" for i in range(8)]
    assert "ValueError: boom" in results[3].error
    assert results[4].error is None and results[4].skills


@pytest.mark.parametrize("suffix", [".csv", ".csv.gz"])
def test_malformed_row_in_the_middle_of_a_large_file(tmp_path, suffix):
    src = write_csv(tmp_path / "big.csv", 3000, bad_at=1500)
    if suffix == ".csv.gz":
        gz = tmp_path / "big.csv.gz"
        gz.write_bytes(gzip.compress(src.read_bytes()))
        src = gz
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(main, ["extract", str(src), "-o", str(out), "--jobs", "2", "--quiet"])
    assert res.exit_code == 0, res.output
    recs = lines(out)
    errors = [r for r in recs if r["error"]]
    assert len(errors) >= 1 and any("row 1501" in r["error"] for r in errors)
    assert recs[0]["id"] == "p0" and recs[-1]["id"] == "p2999"
    assert sum(1 for r in recs if r["error"] is None and r["skills"]) >= 3000 * 3 // 5 - 2


def test_jsonl_and_parquet_inputs_give_the_same_records(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = make_rows(40)
    jl = tmp_path / "p.jsonl"
    jl.write_text("".join(json.dumps({"id": r.id, "description": r.text}) + "\n" for r in rows), encoding="utf-8")
    pq.write_table(
        pa.table({"id": [r.id for r in rows], "description": [r.text for r in rows]}),
        tmp_path / "p.parquet",
        row_group_size=7,
    )
    outs = []
    for name in ("p.jsonl", "p.parquet"):
        out = tmp_path / f"{name}.out"
        res = CliRunner().invoke(main, ["extract", str(tmp_path / name), "-o", str(out), "-j", "2", "-q"])
        assert res.exit_code == 0, res.output
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1] and len(outs[0].splitlines()) == 40


def test_chunk_rows_streams():
    def endless():
        i = 0
        while True:
            yield InputRow(str(i), "x")
            i += 1

    chunks = chunk_rows(endless(), 5)
    assert [r.id for r in next(chunks)] == ["0", "1", "2", "3", "4"]
    with pytest.raises(Exception, match="at least 1"):
        next(chunk_rows([], 0))


def test_progress_fraction_and_silence(tmp_path):
    src = write_csv(tmp_path / "p.csv", 200)
    report = ReadReport()
    rows = open_postings(src, report=report)
    next(rows)
    assert report.total_bytes == src.stat().st_size and 0 < report.fraction_read() <= 1
    list(rows)
    assert report.fraction_read() == 1.0

    class Tty:
        def __init__(self):
            self.text = ""

        def isatty(self):
            return True

        def write(self, s):
            self.text += s

        def flush(self):
            pass

    tty = Tty()
    bar = Progress(fraction=lambda: 0.5, stream=tty, interval=0)
    bar.update(10)
    assert "10 postings" in tty.text and "/s" in tty.text and "ETA" in tty.text and "50%" in tty.text
    quiet = Tty()
    Progress(stream=quiet, enabled=False, interval=0).update()
    assert quiet.text == ""


def test_no_progress_bar_when_not_a_terminal(tmp_path):
    src = write_csv(tmp_path / "p.csv", 50)
    res = CliRunner().invoke(main, ["extract", str(src), "-o", str(tmp_path / "o.jsonl"), "-j", "1"])
    assert res.exit_code == 0
    assert "\r" not in res.stderr and "postings/s" not in res.stderr


def test_scheduler_needs_dask_engine(tmp_path):
    src = write_csv(tmp_path / "p.csv", 3)
    res = CliRunner().invoke(main, ["extract", str(src), "--scheduler", "tcp://127.0.0.1:1"])
    assert res.exit_code == 2 and "--engine dask" in res.output


def test_ctrl_c_leaves_a_valid_truncated_file(tmp_path):
    src = write_csv(tmp_path / "big.csv", 60_000)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "analyzer", "extract", str(src), "-o", str(out), "--jobs", "2"],
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60

    def written() -> int:  # OUT is written under a temporary name until it is complete
        try:
            return sum(p.stat().st_size for p in tmp_path.glob(".out.jsonl.*.skillgap-tmp"))
        except FileNotFoundError:  # renamed meanwhile: the run is over
            return 1 << 30

    while written() < 50_000 and time.monotonic() < deadline:
        time.sleep(0.1)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    recs = lines(out)  # every line is whole, valid JSON
    n = len(recs)
    assert 0 < n < 60_000
    assert [r["id"] for r in recs] == [f"p{i}" for i in range(n)]
    assert f"interrupted after {n} rows; {out} holds rows 1..{n}" in err
    assert "Traceback" not in err
