"""Several postings files read one after another as one stream (the market split by source or
year): the reader (`open_many`) and the commands that take POSTINGS... (`market`, `analyze`,
`extract`, `mine`, `plan`)."""

import json

import pytest
from click.testing import CliRunner
from gap_fixtures import write_csv

from analyzer.cli import main
from analyzer.errors import ColumnNotFoundError, InputError
from analyzer.io.postings import ReadReport, open_many

A_POST = "Requirements:\n- 3+ years of Python and SQL\n- Experience with Docker is a plus"
B_POST = "We need someone fluent in Kubernetes and Terraform; Spark knowledge helps."


def run(args, input=None):
    return CliRunner().invoke(main, args, input=input, catch_exceptions=False)


def two_files(tmp_path):
    a = write_csv(tmp_path / "2023.csv", [("1", A_POST), ("2", B_POST)])
    # Another source, its own column names: each file's columns are found on their own.
    b = write_csv(
        tmp_path / "2024.csv",
        [("1", "Senior DS", B_POST), ("9", "ML Eng", A_POST), ("10", "DS", "")],
        header=("job_id", "title", "job_description"),
    )
    return a, b


# --- the reader ----------------------------------------------------------------------------------
def test_rows_of_every_file_in_order_with_their_ids(tmp_path):
    a, b = two_files(tmp_path)
    report = ReadReport()
    rows = list(open_many([a, b], report=report))
    assert [r.id for r in rows] == ["1", "2", "1", "9", "10"]
    assert [r.row for r in rows] == [1, 2, 1, 2, 3]  # each file's own row numbers
    assert rows[2].title == "Senior DS"
    assert report.rows == 5
    assert report.rows_by_source == {str(a): 2, str(b): 3}


def test_an_id_in_two_files_is_warned_about_and_both_rows_kept(tmp_path):
    a, b = two_files(tmp_path)
    report = ReadReport()
    rows = list(open_many([a, b], report=report))
    assert sum(r.id == "1" for r in rows) == 2
    warned = [w for w in report.warnings if "in more than one file" in w]
    assert len(warned) == 1 and "'1'" in warned[0] and "2023.csv" in warned[0] and "2024.csv" in warned[0]
    assert "every row is kept" in warned[0]


def test_duplicates_within_one_file_are_still_named_by_that_file(tmp_path):
    a = write_csv(tmp_path / "a.csv", [("x", A_POST), ("x", B_POST)])
    b = write_csv(tmp_path / "b.csv", [("y", A_POST)])
    report = ReadReport()
    list(open_many([a, b], report=report))
    assert any(w.startswith(f"{a}: duplicate ids") for w in report.warnings)
    assert not any("more than one file" in w for w in report.warnings)


def test_one_file_reads_as_before(tmp_path):
    a, _ = two_files(tmp_path)
    report = ReadReport()
    rows = list(open_many([a], report=report))
    assert [r.id for r in rows] == ["1", "2"] and report.source == str(a)


def test_a_file_without_the_text_column_is_refused_up_front_naming_it(tmp_path):
    a, _ = two_files(tmp_path)
    c = write_csv(tmp_path / "other.csv", [("1", "x")], header=("id", "notes"))
    with pytest.raises(ColumnNotFoundError) as e:
        open_many([a, c], text_column="description")
    assert str(c) in str(e.value)
    with pytest.raises(InputError, match="missing.csv: no such file"):
        open_many([a, tmp_path / "missing.csv"])


def test_a_row_error_names_its_file(tmp_path):
    a, _ = two_files(tmp_path)
    bad = write_csv(tmp_path / "bad.csv", [("z", "binary\x00junk")])
    rows = list(open_many([a, bad]))
    assert rows[-1].error is not None and rows[-1].error.startswith(f"{bad}: row 1")


# --- the commands --------------------------------------------------------------------------------
def test_market_reads_several_files_and_counts_each(tmp_path):
    a, b = two_files(tmp_path)
    out = tmp_path / "m.json"
    res = run(["market", str(a), str(b), "-o", str(out), "--jobs", "1"])
    assert res.exit_code == 0, res.output
    (everyone,) = json.loads(out.read_text(encoding="utf-8"))["groups"]
    assert (everyone["postings"], everyone["errors"]) == (4, 1)  # the empty posting is an error
    assert f"{a} 2 rows" in res.stderr and f"{b} 3 rows" in res.stderr
    assert "in more than one file" in res.stderr


def test_market_refuses_a_file_missing_the_text_column_before_writing(tmp_path):
    a, _ = two_files(tmp_path)
    c = write_csv(tmp_path / "notes.csv", [("1", "x")], header=("id", "notes"))
    out = tmp_path / "m.md"
    res = run(["market", str(a), str(c), "-o", str(out), "--text-column", "description"])
    assert res.exit_code == 1
    assert str(c) in res.stderr and not out.exists()


@pytest.mark.parametrize("command", ["market", "analyze", "extract", "mine", "plan"])
def test_the_output_may_not_be_any_of_the_inputs(tmp_path, command):
    a, b = two_files(tmp_path)
    before = b.read_bytes()
    res = run([command, str(a), str(b), "-o", str(b)])
    assert res.exit_code == 1 and "is the input file" in res.stderr
    assert b.read_bytes() == before


def test_analyze_and_extract_keep_every_row_of_every_file(tmp_path):
    a, b = two_files(tmp_path)
    out = tmp_path / "gaps.json"
    res = run(["analyze", str(a), str(b), "--skills", "python", "-o", str(out), "--jobs", "1"])
    assert res.exit_code == 0, res.output
    assert f"{b} 3 rows" in res.stderr
    got = json.loads(out.read_text(encoding="utf-8"))
    assert [p["id"] for p in got["postings"]] == ["1", "2", "1", "9", "10"]
    res = run(["extract", str(a), str(b), "--jobs", "1"])
    assert res.exit_code == 0, res.output
    ids = [json.loads(line)["id"] for line in res.stdout.splitlines() if line.strip()]
    assert ids == ["1", "2", "1", "9", "10"]


STDIN_CSV = "id,description\n1,Requirements: Python and SQL.\n2,Nice to have: Docker.\n"


@pytest.mark.parametrize("command", ["market", "analyze", "extract", "mine", "plan"])
def test_standard_input_named_twice_is_refused_naming_the_problem(tmp_path, command):
    # Standard input can be read once: the second "-" read nothing and the command said
    # "standard input is empty" although the user piped rows into it.
    a, _ = two_files(tmp_path)
    res = CliRunner().invoke(main, [command, "-", str(a), "-"], input=STDIN_CSV)
    assert res.exit_code == 1, res.output
    assert "standard input (-) is named 2 times" in res.stderr and "empty" not in res.stderr
    assert not res.stdout


def test_open_many_refuses_standard_input_twice():
    with pytest.raises(InputError, match=r"standard input \(-\) is named 2 times; it can be read once"):
        open_many(["-", "-"])


# --- a file named twice, an id in two files: said as such ---------------------------------------
@pytest.mark.parametrize("command", ["market", "analyze", "extract", "mine", "plan"])
def test_a_file_named_twice_is_refused_naming_it(tmp_path, command):
    # a.csv a.csv read every row twice without a word (the id warning compares file names, and the
    # two were one name); the user meant one file, or mistyped another
    a, b = two_files(tmp_path)
    res = CliRunner().invoke(main, [command, str(a), str(b), str(a)])
    assert res.exit_code == 1, res.output
    assert f"{a} is named 2 times; a file is read once: name it once" in res.stderr
    assert "Traceback" not in res.stderr and not res.stdout


def test_open_many_refuses_one_file_under_two_spellings(tmp_path):
    a, _ = two_files(tmp_path)
    other = f"{tmp_path}/./{a.name}"
    with pytest.raises(InputError) as refused:
        open_many([a, other])
    assert str(refused.value) == f"{a} is named 2 times (as {a}, {other}); a file is read once: name it once"


def test_an_id_in_two_files_is_named_with_its_row_in_each(tmp_path):
    a, b = two_files(tmp_path)
    report = ReadReport()
    list(open_many([a, b], report=report))
    assert f"'1' in {a} (row 1) and {b} (row 1)" in " ".join(report.warnings)


def _gold(tmp_path, *ids):
    gold = tmp_path / "gold.jsonl"
    lines = [{"id": i, "skills": [{"skill": "Python", "mentions": ["Python"], "requirement": "required"}]} for i in ids]
    gold.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return gold


def test_evaluate_names_a_postings_file_given_twice(tmp_path):
    a, _ = two_files(tmp_path)
    res = run(["evaluate", "--postings", str(a), str(a), "--gold", str(_gold(tmp_path, "1"))])
    assert res.exit_code == 1
    assert f"{a} is named 2 times; a file is read once: name it once" in res.stderr
    assert "several postings each" not in res.stderr


def test_evaluate_names_where_a_gold_id_occurs_in_two_files(tmp_path):
    a, b = two_files(tmp_path)
    res = run(["evaluate", "--postings", str(a), str(b), "--gold", str(_gold(tmp_path, "1"))])
    assert res.exit_code == 1
    assert f"'1' is in {a} (row 1) and {b} (row 1)" in res.stderr
    # within one file, by its rows
    c = write_csv(tmp_path / "c.csv", [("7", A_POST), ("8", B_POST), ("7", B_POST)])
    res = run(["evaluate", "--postings", str(c), "--gold", str(_gold(tmp_path, "7"))])
    assert res.exit_code == 1
    assert f"{c}: ids of the gold name several postings each: '7' is in rows 1 and 3; give" in res.stderr


def test_evaluate_names_a_gold_file_given_twice(tmp_path):
    a, _ = two_files(tmp_path)
    gold = _gold(tmp_path, "1")
    res = run(["evaluate", "--postings", str(a), "--gold", str(gold), "--gold", str(gold)])
    assert res.exit_code == 1
    assert f"{gold} is named 2 times; a file is read once: name it once" in res.stderr
    assert "appears again" not in res.stderr


@pytest.mark.parametrize("command", ["market", "analyze", "extract", "mine", "plan"])
def test_a_copy_of_a_file_is_refused_naming_both(tmp_path, command):
    """``jobs.csv`` and ``jobs (1).csv`` (the same export downloaded twice) were read as two files:
    every posting counted twice, with only a warning about the ids. The dashboard refuses the same
    bytes uploaded under another name; the command line must too, naming both files."""
    a, b = two_files(tmp_path)
    copy = tmp_path / "2023 (1).csv"
    copy.write_bytes(a.read_bytes())
    res = CliRunner().invoke(main, [command, str(a), str(b), str(copy)])
    assert res.exit_code == 1, res.output
    assert f"{copy} holds the same bytes as {a}; a file is read once: name it once" in res.stderr
    assert "Traceback" not in res.stderr and not res.stdout


def test_files_of_one_size_and_different_bytes_are_two_files(tmp_path):
    a = write_csv(tmp_path / "a.csv", [("1", "Requirements: Python.")])
    b = write_csv(tmp_path / "b.csv", [("2", "Requirements: Python.")])
    assert a.stat().st_size == b.stat().st_size
    assert [r.id for r in open_many([a, b])] == ["1", "2"]


@pytest.mark.parametrize(
    "command, out",
    [("market", "m.md"), ("plan", "p.md"), ("extract", "x.jsonl"), ("mine", "n.csv"), ("analyze", "r.md")],
)
def test_nothing_analysable_exits_1_in_every_command(tmp_path, command, out):
    """`analyze` on a file whose every row fails (the wrong --text-column, an export with empty
    descriptions) wrote its report and exited 1; `market`, `plan`, `extract` and `mine` exited 0
    with an empty report, so a script went on as if it had a market view. Each writes its output
    (the errors are in it) and exits 1 saying why."""
    src = write_csv(tmp_path / "blank.csv", [("x", ""), ("y", "   ")])
    res = CliRunner().invoke(main, [command, str(src), "-o", str(tmp_path / out), "-j", "1"])
    assert res.exit_code == 1, res.output
    assert "no posting could be analysed (2 with errors)" in res.stderr
    assert (tmp_path / out).exists()
    # one posting analysed is enough
    ok = write_csv(tmp_path / "ok.csv", [("x", ""), ("y", "Requirements: Python and SQL.")])
    res = CliRunner().invoke(main, [command, str(ok), "-o", str(tmp_path / ("ok-" + out)), "-j", "1"])
    assert res.exit_code == 0, res.output


def _counting_reads(monkeypatch) -> list[int]:
    """Every byte count the same-bytes check of :func:`refuse_named_twice` reads, as a list."""
    import builtins

    from analyzer.io import atomic

    read: list[int] = []

    class Counted:
        def __init__(self, f):
            self.f = f

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def read(self, n=-1):
            data = self.f.read(n)
            read.append(len(data))
            return data

        def __getattr__(self, name):
            return getattr(self.f, name)

    monkeypatch.setattr(atomic, "open", lambda *a, **k: Counted(builtins.open(*a, **k)), raising=False)
    return read


def test_big_files_of_one_size_are_told_apart_without_reading_them_whole(tmp_path, monkeypatch):
    """Two exports of one size ("2023.csv" and "2024.csv" of 8 MB each) were hashed whole to see
    whether one is a copy of the other: 16 MB read before a row was, and read again by the reader.
    Their first and last blocks differ, so that is all the check reads."""
    from analyzer.io.atomic import refuse_named_twice

    body = b"Requirements: Python, SQL and Docker; experience with Kubernetes is a plus.\n" * 110_000
    a, b = tmp_path / "2023.csv", tmp_path / "2024.csv"
    a.write_bytes(b"id,description\n1," + body)
    b.write_bytes(b"id,description\n2," + body)
    assert a.stat().st_size == b.stat().st_size > 8_000_000
    read = _counting_reads(monkeypatch)
    refuse_named_twice([a, b])
    assert 0 < sum(read) <= 4 * (1 << 16)


def test_files_alike_at_both_ends_are_compared_whole(tmp_path, monkeypatch):
    """Files of one size with the same first and last blocks are read whole: two that differ only in
    the middle are two files; a copy is still refused."""
    from analyzer.io.atomic import refuse_named_twice

    line = b"Requirements: Python, SQL and Docker; experience with Kubernetes is a plus.\n"
    head, tail = b"id,description\n1," + line * 2_000, line * 2_000
    a, b, c = tmp_path / "a.csv", tmp_path / "b.csv", tmp_path / "c.csv"
    a.write_bytes(head + b"Python" + tail)
    b.write_bytes(head + b"Pyth0n" + tail)
    c.write_bytes(a.read_bytes())
    read = _counting_reads(monkeypatch)
    refuse_named_twice([a, b])
    assert sum(read) >= 2 * a.stat().st_size  # read whole, both
    with pytest.raises(InputError, match=r"c\.csv holds the same bytes as .*a\.csv; a file is read once"):
        refuse_named_twice([a, b, c])
