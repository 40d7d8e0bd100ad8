"""Bad input, one case per row: the library and the CLI on the same files.

Each case is a file and what must happen to it, exactly:

- ``Refused(message, cli_hint)``: the file as a whole cannot be used. The library raises
  :class:`~analyzer.errors.InputError` naming the problem; ``skillgap extract`` prints one
  ``Error: ...`` line (no traceback) with the message and the option that fixes it, writes
  nothing and exits 1.
- ``Rows([(id, error fragment or None), ...])``: every input row is in the output, in order; a
  row that cannot be read carries its error; every good row is analysed. The CLI exits 0 and
  prints the reader's warnings (``warning: ...``).

Encodings (a decision, documented in analyzer/io/postings.py and docs/security.md): UTF-8 with
or without a BOM and UTF-16 with a BOM are decoded; anything else is refused as "not UTF-8"
(with the byte and its offset), or as UTF-16 or UTF-32 text named so, rather than guessed.

Cases tested elsewhere and not repeated here: a missing file, a 1 MB posting and the basic
empty/binary/Latin-1/BOM cases of ``extract`` (test_cli_extract.py); bad résumés and profiles
(test_profile.py, test_cli_analyze.py); each kind of corrupt taxonomy record (test_taxonomy.py).
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner
from gap_fixtures import csv_bytes, damaged_parquet, docx_bytes, text_pdf

from analyzer import taxonomy as taxonomy_mod
from analyzer.cli import main
from analyzer.deadline import DEFAULT_TIME_LIMIT
from analyzer.errors import InputError, OutputError, TaxonomyError
from analyzer.gap.profile import MAX_FUZZY_ENTRIES, Profile
from analyzer.io.postings import read_postings
from analyzer.nlp import pipeline as pipeline_mod
from analyzer.nlp.extraction import extract_rows
from analyzer.plural import counted
from analyzer.run import worker as worker_mod

GOOD = "Requirements: 3+ years of Python and SQL."


@dataclass
class Refused:
    message: str  # what the library says (in its own terms: never a command-line flag)
    cli_hint: str = ""  # what the CLI adds: how to fix it with its options


@dataclass
class Rows:
    rows: list[tuple[str, str | None]]  # (id, None for a good row, or a fragment of its error)
    warning: str | None = None  # a fragment of a reader warning
    skills: dict[str, set[str]] = field(default_factory=dict)  # id -> skill ids that must be found


def five_mb_posting() -> str:
    para = "We need Python. " + "lorem ipsum dolor sit amet consectetur " * 60 + "\n\n"
    return para * (5_000_000 // len(para) + 1)


def xlsx_bytes(rows: list[tuple[str, str]]) -> bytes:
    """A real .xlsx workbook (openpyxl) with an id and a description column."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["id", "description"])
    for row in rows:
        sheet.append(list(row))
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def zip_bytes(entries: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in entries:
            # an OpenDocument file stores its mimetype first and uncompressed
            z.writestr(name, text, compress_type=zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
    return buf.getvalue()


# An Excel 97-2003 workbook starts with the OLE2 compound-file signature and a 512-byte header.
OLE_HEAD = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(16) + bytes.fromhex("3e000300feff0900") + bytes(488)
ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"
SAVE_AS_CSV = "open it in Excel or LibreOffice and save it as CSV (File > Save As > CSV UTF-8)"


LATIN1_LATE = b"id,description\n" + b"1,Python\n" * 120_000 + "2,caf\xe9\n".encode("latin-1")

#: A gzipped CSV of real-looking rows, and three ways a download or a disk can spoil it.
GZ_WHOLE = gzip.compress(csv_bytes([(str(i), f"{GOOD} Row {i} also asks for Docker.") for i in range(400)]), mtime=0)
GZ_CUT = GZ_WHOLE[: len(GZ_WHOLE) // 2]
GZ_BAD_CRC = GZ_WHOLE[:-8] + bytes(b ^ 0xFF for b in GZ_WHOLE[-8:-4]) + GZ_WHOLE[-4:]
GZ_BAD_DEFLATE = GZ_WHOLE[:10] + b"\x07" + GZ_WHOLE[11:]  # a deflate block of the reserved type 3
GZ_CUT_SAID = (
    "not a readable gzip file: it ends before its compressed data does (cut short by an interrupted download or "
    "copy?); download or copy it again"
)
GZ_DAMAGED_SAID = (
    "not a readable gzip file: its compressed data is damaged (it does not unpack to what was packed); "
    "download or compress it again"
)


PARQUET_DAMAGED_SAID = "not a readable Parquet file: its data is damaged; write or download it again"
NOT_GZIP = (
    "p.csv.gz: is not gzip-compressed although its name ends in .gz (it looks like plain text: rename it without .gz)"
)


# (case id, file name, bytes, extra CLI options, expected)
CASES = [
    ("empty-file", "p.csv", b"", [], Refused("p.csv: the file is empty")),
    ("header-only", "p.csv", b"id,description\n", [], Refused("p.csv: has a header but no rows")),
    ("header-only-no-newline", "p.csv", b"id,description", [], Refused("p.csv: has a header but no rows")),
    (
        "empty-and-whitespace-postings",
        "p.csv",
        csv_bytes([("a", ""), ("b", "   \t\n  "), ("c", GOOD)]),
        [],
        Rows(
            [("a", "posting text is empty"), ("b", "posting text is empty"), ("c", None)],
            skills={"c": {"python", "sql"}},
        ),
    ),
    (
        "five-mb-posting",
        "p.csv",
        csv_bytes([("big", five_mb_posting()), ("small", GOOD)]),
        # ~1-2 s alone; a shared or slow machine can take over the default 10 s (wall clock)
        ["--time-limit", "60"],
        Rows([("big", None), ("small", None)], skills={"big": {"python"}, "small": {"python"}}),
    ),
    (
        "binary-bytes",
        "p.csv",
        bytes(range(256)) * 40,
        [],
        Refused("p.csv: looks like a binary file, not text (it contains NUL bytes)"),
    ),
    # A workbook saved under a text name is named for what it is, with what to do (qa40, item 1).
    (
        "xlsx-named-csv",
        "p.csv",
        xlsx_bytes([("1", GOOD)]),
        [],
        Refused(
            f"p.csv: is an Excel workbook (.xlsx), not text; {SAVE_AS_CSV}, then use the .csv file; "
            'or name it p.xlsx, which is read with the xlsx extra (pip install -e ".[xlsx]")'
        ),
    ),
    # A text file named .gz said "cannot read the file (Not a gzipped file (b'id'))" (qa46, item 4).
    (
        "text-named-gz",
        "p.csv.gz",
        csv_bytes([("1", GOOD)]),
        [],
        Refused(NOT_GZIP),
    ),
    # A .gz file cut short or damaged said zlib's own words ("Compressed file ended before the
    # end-of-stream marker was reached", "CRC check failed 0x… != 0x…"), and damaged compressed data
    # ("Error -3 while decompressing data") was a traceback (qa47).
    ("gz-cut-short", "p.csv.gz", GZ_CUT, [], Refused(GZ_CUT_SAID)),
    ("gz-bad-checksum", "p.csv.gz", GZ_BAD_CRC, [], Refused(GZ_DAMAGED_SAID)),
    ("gz-damaged-data", "p.csv.gz", GZ_BAD_DEFLATE, [], Refused(GZ_DAMAGED_SAID)),
    # A Parquet file with a damaged data page was a traceback (UnicodeDecodeError, OSError) (qa47).
    ("parquet-damaged-text", "p.parquet", damaged_parquet("none"), [], Refused(PARQUET_DAMAGED_SAID)),
    ("parquet-damaged-page", "p.parquet", damaged_parquet("snappy"), [], Refused(PARQUET_DAMAGED_SAID)),
    (
        "xlsx-named-csv-gz",
        "p.csv.gz",
        gzip.compress(xlsx_bytes([("1", GOOD)])),
        [],
        Refused("p.csv.gz: is an Excel workbook (.xlsx), not text"),
    ),
    (
        "ods-named-csv",
        "p.csv",
        zip_bytes([("mimetype", ODS_MIME), ("content.xml", "<office:document-content/>")]),
        [],
        Refused(f"p.csv: is an OpenDocument spreadsheet (.ods), not text; {SAVE_AS_CSV}, then use the .csv file"),
    ),
    (
        "xls-named-csv",
        "p.csv",
        OLE_HEAD + b"\xff" * 2048,
        [],
        Refused(f"p.csv: is an Excel 97-2003 workbook (.xls) or another old Office file, not text; {SAVE_AS_CSV}"),
    ),
    (
        "xls-header-only",  # its NULs must not read as UTF-16 without a byte-order mark
        "p.jsonl",
        OLE_HEAD,
        [],
        Refused("p.jsonl: is an Excel 97-2003 workbook (.xls)"),
    ),
    # A document under a postings name is named for what it is, with what to do (qa41, item 1).
    (
        "docx-named-csv",
        "p.csv",
        docx_bytes("Data engineer", "We need Python and SQL."),
        [],
        Refused(
            "p.csv: is a Word document (.docx), not text; open it in Word or LibreOffice and save it as plain "
            "text (File > Save As > Plain Text), then use the .txt file"
        ),
    ),
    (
        "docx-named-txt",
        "posting.txt",
        docx_bytes("We need Python and SQL."),
        [],
        Refused("posting.txt: is a Word document (.docx), not text; open it in Word or LibreOffice"),
    ),
    (
        "odt-named-txt",
        "posting.txt",
        zip_bytes([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")]),
        [],
        Refused("posting.txt: is an OpenDocument text (.odt), not text; open it in Word or LibreOffice"),
    ),
    (
        "pdf-named-txt",
        "posting.txt",
        text_pdf("We need Python and SQL"),
        [],
        Refused("posting.txt: is a PDF, not text; copy its text into a plain text file (.txt), then use the .txt file"),
    ),
    (
        "pdf-named-jsonl",
        "p.jsonl",
        text_pdf("We need Python and SQL"),
        [],
        Refused("p.jsonl: is a PDF, not text"),
    ),
    (
        "zip-of-a-csv",
        "p.csv",
        zip_bytes([("postings.csv", "id,description\n1,Python\n")]),
        [],
        Refused("p.csv: is a zip archive, not text; unzip it and use the file inside (a .gz file is read as it is)"),
    ),
    (
        "empty-zip",  # its end record alone: a zip too, not "binary data"
        "p.csv",
        zip_bytes([]),
        [],
        Refused("p.csv: is a zip archive, not text"),
    ),
    # A stray NUL in otherwise text marks its row, in the first 8 KB as later on (issue 10, item 12).
    (
        "nul-in-a-row",
        "p.csv",
        b"id,description\n1,Python\n2,Py\x00thon\n",
        [],
        Rows([("1", None), ("2", "NUL byte")], skills={"1": {"python"}}),
    ),
    (
        "nul-far-down",
        "p.csv",
        b"id,description\n" + b"".join(b"%d,Python\n" % i for i in range(2000)) + b"x,Py\x00thon\n",
        [],
        Rows([(str(i), None) for i in range(2000)] + [("x", "NUL byte")]),
    ),
    # Lone surrogates (JSON escapes) in an id or a text: replaced by U+FFFD with a warning, the
    # other rows analysed (issue 10, item 3).
    (
        "lone-surrogates-jsonl",
        "p.jsonl",
        b'{"id": "a\\ud800", "description": "Python \\udfff and SQL"}\n{"id": "b", "description": "We use Docker."}\n',
        [],
        Rows(
            [("a\ufffd", None), ("b", None)], warning="U+FFFD", skills={"a\ufffd": {"python", "sql"}, "b": {"docker"}}
        ),
    ),
    (
        "utf8-bom",
        "p.csv",
        codecs.BOM_UTF8 + csv_bytes([("1", GOOD)]),
        [],
        Rows([("1", None)], skills={"1": {"python"}}),
    ),
    (
        "latin1",
        "p.csv",
        "id,description\n1,caf\xe9 needs Python\n".encode("latin-1"),
        [],
        Refused("p.csv: is not UTF-8 text (byte 0xe9 at offset 20); save it as UTF-8 (or UTF-16 with a BOM)"),
    ),
    ("latin1-byte-after-1mb", "p.csv", LATIN1_LATE, [], Refused("is not UTF-8 text (byte 0xe9 at offset 1,080,020)")),
    (
        "cp1252-quotes",
        "p.csv",
        b"id,description\n1,\x93Python\x94\n",
        [],
        Refused("is not UTF-8 text (byte 0x93 at offset 17)"),
    ),
    (
        "utf16-with-bom",
        "p.csv",
        csv_bytes([("1", GOOD)], encoding="utf-16"),
        [],
        Rows([("1", None)], skills={"1": {"python"}}),
    ),
    (
        "utf16-without-bom",
        "p.csv",
        csv_bytes([("1", GOOD)], encoding="utf-16-le"),
        [],
        Refused("p.csv: looks like UTF-16 text without a byte-order mark; save it as UTF-8"),
    ),
    (  # its byte-order mark starts with UTF-16's: read as UTF-16, it had "no text column" ('\x00i\x00d\x00')
        "utf32-with-bom",
        "p.csv",
        csv_bytes([("1", GOOD)], encoding="utf-32"),
        [],
        Refused("p.csv: is UTF-32 text; save it as UTF-8 (or UTF-16 with a BOM)"),
    ),
    (
        "utf32-without-bom",
        "p.csv",
        csv_bytes([("1", GOOD)], encoding="utf-32-be"),
        [],
        Refused("p.csv: looks like UTF-32 text without a byte-order mark; save it as UTF-8"),
    ),
    (
        "crlf",
        "p.csv",
        csv_bytes([("1", GOOD), ("2", "Docker")], newline="\r\n"),
        [],
        Rows([("1", None), ("2", None)], skills={"1": {"python", "sql"}, "2": {"docker"}}),
    ),
    (
        "lone-cr",
        "p.csv",
        csv_bytes([("1", GOOD), ("2", "Docker")], newline="\r"),
        [],
        Rows([("1", None), ("2", None)], skills={"1": {"python", "sql"}, "2": {"docker"}}),
    ),
    (
        "missing-text-column",
        "p.csv",
        csv_bytes([("1", GOOD)], header=("id", "summary")),
        [],
        Refused(
            "p.csv: no text column: none is called description, job_description, text, body … "
            "(columns found: 'id', 'summary')",
            "; choose one with --text-column",
        ),
    ),
    (
        "two-text-like-columns",
        "p.csv",
        csv_bytes([("1", GOOD, "x")], header=("id", "text", "body")),
        [],
        Refused(
            "p.csv: several columns could hold the posting text ('text', 'body'; columns found: 'id', 'text', 'body')",
            "; choose one with --text-column",
        ),
    ),
    (
        "renamed-columns",  # found as the dashboard finds them (any case)
        "p.csv",
        csv_bytes([("1", GOOD)], header=("ID", "Description")),
        [],
        Rows([("1", None)], skills={"1": {"python"}}),
    ),
    (
        "job-description-column",
        "p.csv",
        csv_bytes([("j-9", "Data Engineer", GOOD)], header=("job_id", "Job Title", "job_description")),
        [],
        Rows([("j-9", None)], skills={"j-9": {"python", "sql"}}),
    ),
    (
        "renamed-columns-chosen",
        "p.csv",
        csv_bytes([("1", GOOD)], header=("ID", "Description")),
        ["--id-column", "ID", "--text-column", "Description"],
        Rows([("1", None)], skills={"1": {"python"}}),
    ),
    (
        "missing-chosen-id-column",
        "p.csv",
        csv_bytes([("1", GOOD)]),
        ["--id-column", "job_id"],
        Refused("no id column 'job_id' (columns found: 'id', 'description')", "; choose one with --id-column"),
    ),
    (
        "missing-id-column",
        "p.csv",
        csv_bytes([(GOOD,), ("Docker",)], header=("description",)),
        [],
        Rows([("row-1", None), ("row-2", None)], warning="no 'id' column; rows are numbered row-1, row-2"),
    ),
    # A column named twice (a join of two tables): the first copy is read, with a warning saying so;
    # copies of the posting text that differ make their row an error, and every row is kept.
    (
        "duplicated-text-column",
        "p.csv",
        csv_bytes([("1", "a", "b"), ("2", GOOD, GOOD)], header=("id", "description", "description")),
        [],
        Rows(
            [("1", "row 1: the 2 columns called 'description' (2 and 3) hold different text"), ("2", None)],
            warning="the column 'description' appears 2 times in the header (columns 2 and 3); the posting text "
            "is read from the first (column 2), and a row whose copies differ is an error",
            skills={"2": {"python"}},
        ),
    ),
    (
        "duplicated-id-column",
        "p.csv",
        csv_bytes([("1", "2", GOOD)], header=("id", "id", "description")),
        [],
        Rows(
            [("1", None)],
            warning="the column 'id' appears 2 times in the header (columns 1 and 2); the id is read from the first",
        ),
    ),
    (
        "duplicate-ids",
        "p.csv",
        csv_bytes([("7", GOOD), ("7", "Docker"), ("8", "Go")]),
        [],
        Rows(
            [("7", None), ("7", None), ("8", None)],
            warning="duplicate ids (every row is kept, in input order): '7' ×2",
            skills={"8": set()},
        ),
    ),
    (
        "nan-ids",
        "p.csv",
        csv_bytes([("NaN", GOOD), ("", "Docker"), ("null", "SQL"), ("ok", "Go")]),
        [],
        Rows(
            [("row-1", None), ("row-2", None), ("row-3", None), ("ok", None)],
            warning="row 1 has no id; it is called 'row-1'",
        ),
    ),
    (
        "embedded-newlines",
        "p.csv",
        csv_bytes([("1", "Intro line\nRequirements:\r\n- Python\n\n- SQL"), ("2", "Docker")]),
        [],
        Rows([("1", None), ("2", None)], skills={"1": {"python", "sql"}, "2": {"docker"}}),
    ),
    (
        "extra-field",
        "p.csv",
        b"id,description\n1,Python\n2,SQL,extra\n3,Docker\n",
        [],
        Rows([("1", None), ("2", "row 2 has 3 fields but the header has 2"), ("3", None)]),
    ),
    (
        "missing-field",
        "p.csv",
        b"id,description\n1,Python\n2\n3,Docker\n",
        [],
        Rows([("1", None), ("2", "row 2 has 1 field but the header has 2"), ("3", None)]),
    ),
    (
        "quote-never-closed",
        "p.csv",
        b'id,description\n1,Python\n2,"SQL and\n3,Docker\n4,Kubernetes\n',
        [],
        Rows(
            [
                ("1", None),
                (
                    "2",
                    "row 2 is not valid CSV (a quote opened in it is never closed); "
                    "the 2 lines after it are read as rows again",
                ),
                ("3", None),
                ("4", None),
            ],
            skills={"3": {"docker"}, "4": {"kubernetes"}},
        ),
    ),
    (
        "stray-quote-closed-later",
        "p.csv",
        b'id,description\n1,"Python"\n2,"SQL and\n3,Docker\n4,"Kubernetes, AWS"\n5,Go\n',
        [],
        Rows(
            [
                ("1", None),
                ("2", "row 2 is not valid CSV (a quote in it is not closed where the field ends"),
                ("3", None),
                ("4", None),
                ("5", None),
            ],
            skills={"3": {"docker"}, "4": {"kubernetes", "aws"}},
        ),
    ),
    # A stray quote closed by the next row's opening quote: the fields came out right (two), so the
    # row was taken whole, row 3's id and text inside row 2's text, and row 3 was lost unsaid.
    (
        "stray-quote-swallows-the-next-row",
        "p.csv",
        b'id,description\n1,"Python"\n2,"Use the ""new"" 3.5 SQL tools\n3,"Docker and Kubernetes"\n4,"Go"\n',
        [],
        Rows(
            [
                ("1", None),
                ("2", "row 2 is not valid CSV (a quote in it is not closed where the field ends"),
                ("3", None),
                ("4", None),
            ],
            skills={"3": {"docker", "kubernetes"}, "4": {"go_language"}},
        ),
    ),
    (
        "jsonl-bad-lines",
        "p.jsonl",
        b'{"id": "1", "description": "Python"}\n{broken\n[1]\n{"id": "4"}\n{"id": "5", "description": 5}\n',
        [],
        Rows(
            [
                ("1", None),
                ("row-2", "row 2 is not valid JSON"),
                ("row-3", "row 3 is not a JSON object"),
                ("4", "row 4 has no 'description' field"),
                ("5", "row 5: 'description' is not a string"),
            ]
        ),
    ),
    # null is how pandas and most exporters write a missing text: the same error as an empty CSV cell
    (
        "jsonl-null-description",
        "p.jsonl",
        b'{"id": "a", "description": null}\n{"id": "b", "description": "We use Docker."}\n',
        [],
        Rows([("a", "posting text is missing"), ("b", None)], skills={"b": {"docker"}}),
    ),
    ("folder", "folder.csv", None, [], Refused("folder.csv: is a folder, not a file")),
    # A .json export: one object per line is JSON Lines under another name; an array (what most
    # tools write to .json) is named as such, not read as a CSV whose columns are '[{"id": 1'.
    (
        "json-lines-named-json",
        "postings.json",
        b'{"id": "j1", "description": "Requirements: Python and SQL."}\n{"id": "j2", "description": "We use Docker."}\n',
        [],
        Rows([("j1", None), ("j2", None)], skills={"j1": {"python", "sql"}, "j2": {"docker"}}),
    ),
    (
        "json-array",
        "postings.json",
        b'[\n  {"id": "j1", "description": "Requirements: Python and SQL."},\n  {"id": "j2", "description": "Docker"}\n]\n',
        [],
        Refused("postings.json: holds a JSON array; write one JSON object per line (JSON Lines, .jsonl)"),
    ),
]


def _write(tmp_path: Path, name: str, data: bytes | None) -> Path:
    path = tmp_path / name
    if data is None:
        path.mkdir()
    else:
        path.write_bytes(data)
    return path


def _options(extra: list[str]) -> dict:
    opts = dict(zip(extra[::2], extra[1::2]))
    return {"id_column": opts.get("--id-column"), "text_column": opts.get("--text-column")}


def _time_limit(extra: list[str]) -> float:
    return float(dict(zip(extra[::2], extra[1::2])).get("--time-limit", DEFAULT_TIME_LIMIT))


def _check_rows(records: list[dict], expected: Rows) -> None:
    assert [r["id"] for r in records] == [pid for pid, _ in expected.rows]
    for rec, (pid, error) in zip(records, expected.rows):
        if error is None:
            assert rec["error"] is None, (pid, rec["error"])
        else:
            assert rec["error"] is not None and error in rec["error"], (pid, rec["error"])
            assert rec["skills"] == []
    by_id = {r["id"]: r for r in records}
    for pid, wanted in expected.skills.items():
        assert wanted <= {s["skill_id"] for s in by_id[pid]["skills"]}, pid


@pytest.mark.parametrize("name, data, extra, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_library(tmp_path, nlp, name, data, extra, expected):
    path = _write(tmp_path, name, data)
    if isinstance(expected, Refused):
        with pytest.raises(InputError) as err:
            rows, _ = read_postings(path, **_options(extra))
            list(extract_rows(rows, nlp))
        assert expected.message in str(err.value)
        assert " --" not in str(err.value)  # library terms, not the CLI's
        return
    rows, report = read_postings(path, **_options(extra))
    results = list(extract_rows(rows, nlp, keep_text=True, time_limit=_time_limit(extra)))
    records = [r.to_dict() for r in results]
    _check_rows(records, expected)
    for res in results:  # every span is exact in the text that was read
        for m in res.skills:
            assert res.text[m.start : m.end] == m.text
    if expected.warning:
        assert any(expected.warning in w for w in report.warnings), report.warnings


@pytest.mark.parametrize("name, data, extra, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_cli(tmp_path, name, data, extra, expected):
    path = _write(tmp_path, name, data)
    out = tmp_path / "out.jsonl"
    out.write_text("kept\n", encoding="utf-8")
    res = CliRunner().invoke(
        main, ["extract", str(path), "-o", str(out), "--jobs", "1", *extra], catch_exceptions=False
    )
    assert "Traceback" not in res.output
    if isinstance(expected, Refused):
        assert res.exit_code == 1, res.output
        assert res.stderr.startswith("Error: ") and res.stderr.count("\n") == 1, res.stderr
        assert expected.message + expected.cli_hint in res.stderr
        assert out.read_text(encoding="utf-8") == "kept\n"  # a refused input does not touch the output
        return
    assert res.exit_code == 0, res.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    _check_rows(records, expected)
    errors = sum(1 for _, e in expected.rows if e)
    assert f"{counted(len(expected.rows), 'posting')}, {errors} with errors" in res.stderr
    if expected.warning:
        assert any(line.startswith("warning: ") and expected.warning in line for line in res.stderr.splitlines())


def test_stdin_empty_and_binary():
    res = CliRunner().invoke(main, ["extract", "-"], input=b"")
    assert res.exit_code == 1 and res.stderr == "Error: standard input is empty\n"
    res = CliRunner().invoke(main, ["extract", "-"], input=b"\x00\x01\x02\x03" * 10)
    assert res.exit_code == 1 and "standard input: looks like a binary file" in res.stderr


# --- 100k rows with one broken row --------------------------------------------------------------
def test_100k_rows_with_one_broken_row_in_the_middle(tmp_path):
    n, broken = 100_000, 50_000
    src = tmp_path / "big.csv"
    with open(src, "w", encoding="utf-8", newline="") as f:
        f.write("id,description\n")
        for i in range(n):
            if i == broken:
                f.write(f'p{i},"Python, but the quote is never closed\n')  # swallows nothing: recovered
                continue
            f.write(f"p{i},Python and SQL{'; Docker is a plus' if i % 3 == 0 else ''}.\n")
    out = tmp_path / "out.jsonl"
    # its speed is measured in benchmarks/bench_scaling.py, not timed here (a shared machine is noisy)
    res = CliRunner().invoke(main, ["extract", str(src), "-o", str(out), "--jobs", "1"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert f"{n:,} postings, 1 with errors" in res.stderr
    with open(out, encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    assert len(records) == n
    assert [r["id"] for r in records[broken - 1 : broken + 2]] == [f"p{broken - 1}", f"p{broken}", f"p{broken + 1}"]
    bad = records[broken]
    assert bad["error"].startswith(f"row {broken + 1} is not valid CSV (a quote opened in it is never closed)")
    assert all(r["error"] is None and r["skills"] for i, r in enumerate(records) if i != broken)


# --- outputs ------------------------------------------------------------------------------------
@pytest.fixture
def postings_csv(tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes(csv_bytes([("1", GOOD), ("2", "")]))
    return path


@pytest.mark.parametrize(
    "command, target, message",
    [
        ("analyze", "r.xlsx", "unknown report type '.xlsx'; use .json, .csv, .md or .html"),
        ("analyze", "report", "unknown report type '(no extension)'"),
        ("analyze", "a-file/r.json", "cannot write"),
        ("extract", "a-file/out.jsonl", "cannot write"),
        ("extract", "missing-dir/out.jsonl", "cannot write"),
    ],
    ids=["unknown-extension", "no-extension", "analyze-unwritable", "extract-unwritable", "extract-missing-folder"],
)
def test_outputs_that_cannot_be_written(tmp_path, postings_csv, command, target, message):
    (tmp_path / "a-file").write_text("a file, not a folder", encoding="utf-8")
    args = [command, str(postings_csv), "-o", str(tmp_path / target), "--jobs", "1"]
    if command == "analyze":
        args += ["--skills", "python"]
    res = CliRunner().invoke(main, args, catch_exceptions=False)
    assert res.exit_code == 1, res.output
    assert res.stderr.startswith("Error: ") and message in res.stderr and "Traceback" not in res.output


def test_library_refuses_unknown_extension_and_unwritable_path(tmp_path, nlp, taxonomy):
    from analyzer import analyze_postings
    from analyzer.io.reports import write_report

    analysis = analyze_postings([("1", GOOD)], Profile.from_text("python", taxonomy), nlp=nlp)
    with pytest.raises(OutputError, match=r"unknown report type '\.pdf'"):
        write_report(analysis, tmp_path / "r.pdf")
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write"):
        write_report(analysis, tmp_path / "a-file" / "r.md")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]  # nothing half-written


# --- a skills list of 10,000 entries -----------------------------------------------------------
def ten_thousand_skills() -> list[str]:
    return ["Python", "SQL", "Docker"] + [f"notaskill{i:05d}" for i in range(9_997)]


def test_ten_thousand_skills_library(taxonomy):
    entries = ten_thousand_skills()
    profile = Profile.from_text(", ".join(entries), taxonomy)  # bounded by MAX_FUZZY_ENTRIES, checked below
    assert {"python", "sql", "docker"} <= profile.known_ids()
    # Nothing is dropped: every unknown entry is listed ...
    assert [u.input for u in profile.unresolved] == entries[3:]
    # ... typo matching and "did you mean" stop after MAX_FUZZY_ENTRIES unknown entries.
    assert all(not u.suggestions for u in profile.unresolved[MAX_FUZZY_ENTRIES:])


def test_ten_thousand_skills_cli(tmp_path, postings_csv):
    skills = tmp_path / "skills.txt"
    skills.write_text("\n".join(ten_thousand_skills()), encoding="utf-8")
    out = tmp_path / "r.json"
    res = CliRunner().invoke(
        main,
        ["analyze", str(postings_csv), "--profile", str(skills), "-o", str(out), "--jobs", "1"],
        catch_exceptions=False,
    )
    assert res.exit_code == 0, res.output
    warning = next(line for line in res.stderr.splitlines() if line.startswith("warning: not in the taxonomy"))
    assert warning.endswith("and 9,977 more") and len(warning) < 2_000
    report = json.loads(out.read_text(encoding="utf-8"))
    assert len(report["profile"]["unresolved"]) == 9_997
    assert report["postings"][0]["coverage"] == 1.0


def test_ten_thousand_unknown_skills_is_one_short_error(tmp_path, postings_csv):
    res = CliRunner().invoke(
        main,
        ["analyze", str(postings_csv), "--skills", ", ".join(ten_thousand_skills()[3:]), "--jobs", "1"],
        catch_exceptions=False,
    )
    assert res.exit_code == 1
    assert res.stderr.startswith("Error: none of the skills given is known: ") and "and 9,977 more" in res.stderr
    assert len(res.stderr) < 2_000


# --- a corrupt taxonomy -------------------------------------------------------------------------
@pytest.fixture
def corrupt_taxonomy(tmp_path, monkeypatch):
    import shutil

    root = tmp_path / "taxonomy"
    shutil.copytree(taxonomy_mod.default_taxonomy_dir(), root)
    target = sorted((root / "skills").glob("*.jsonl"))[0]
    lines = target.read_bytes().splitlines(keepends=True)
    lines.insert(2, b'{"id": "broken", "name": "Broken"\n')  # the third line: truncated JSON
    target.write_bytes(b"".join(lines))
    monkeypatch.setattr(taxonomy_mod, "default_taxonomy_dir", lambda: root)
    pipeline_mod.default_pipeline.cache_clear()
    worker_mod.worker_pipeline.cache_clear()
    yield target
    pipeline_mod.default_pipeline.cache_clear()
    worker_mod.worker_pipeline.cache_clear()


def test_corrupt_taxonomy_library(corrupt_taxonomy):
    with pytest.raises(TaxonomyError) as err:
        taxonomy_mod.Taxonomy.load()
    assert str(err.value) == f"{corrupt_taxonomy.name}:3: not valid JSON (Expecting ',' delimiter)"


@pytest.mark.parametrize("command", ["extract", "analyze"])
def test_corrupt_taxonomy_cli(corrupt_taxonomy, postings_csv, command):
    args = [command, str(postings_csv), "--jobs", "1"] + (["--skills", "python"] if command == "analyze" else [])
    res = CliRunner().invoke(main, args, catch_exceptions=False)
    assert res.exit_code == 1, res.output
    assert res.stderr == f"Error: {corrupt_taxonomy.name}:3: not valid JSON (Expecting ',' delimiter)\n"


def test_taxonomy_file_not_utf8_names_the_line(tmp_path):
    import shutil

    root = tmp_path / "taxonomy"
    shutil.copytree(taxonomy_mod.default_taxonomy_dir(), root)
    target = sorted((root / "skills").glob("*.jsonl"))[0]
    lines = target.read_bytes().splitlines(keepends=True)
    lines.insert(4, '{"id": "cafe", "name": "Caf\xe9", "category": "ml_modelling"}\n'.encode("latin-1"))
    target.write_bytes(b"".join(lines))
    with pytest.raises(TaxonomyError, match=rf"^{target.name}:5: not UTF-8 text \(byte 0xe9\)$"):
        taxonomy_mod.Taxonomy.load(root)


def test_xlsx_without_openpyxl_names_the_extra(tmp_path, monkeypatch):
    from analyzer.io.uploads import upload_columns

    path = _write(tmp_path, "p.xlsx", xlsx_bytes([("1", GOOD)]))
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # as if it were not installed
    wanted = 'reading .xlsx needs openpyxl, which is not installed: install the xlsx extra (pip install -e ".[xlsx]")'
    with pytest.raises(InputError, match=re.escape(wanted)):
        read_postings(path)
    with pytest.raises(InputError, match=re.escape(wanted)):
        upload_columns(path.read_bytes(), "p.xlsx")


@pytest.mark.parametrize(
    "data, said", [(GZ_CUT, GZ_CUT_SAID), (GZ_BAD_CRC, GZ_DAMAGED_SAID), (GZ_BAD_DEFLATE, GZ_DAMAGED_SAID)]
)
def test_a_damaged_gz_upload_is_named_in_our_words(data, said):
    # what the dashboard reads an upload with: "Error -3 while decompressing data" escaped as a bug
    from analyzer.io.postings import unpacked

    with pytest.raises(InputError) as err:
        unpacked(data, "p.csv.gz")
    assert str(err.value) == f"p.csv.gz: {said}"


@pytest.mark.parametrize("compression", ["none", "snappy"])
def test_a_damaged_parquet_upload_is_refused_in_our_words(compression):
    # the dashboard counts an upload's rows when it is read: the damaged page escaped as a bug there
    from analyzer.io.uploads import UploadedRows

    with pytest.raises(InputError) as err:
        UploadedRows(damaged_parquet(compression), "p.parquet", None, None)
    assert str(err.value) == f"p.parquet: {PARQUET_DAMAGED_SAID}"


def test_a_text_file_named_gz_is_named_plainly_in_memory_too():
    # The dashboard's upload said "not a readable gzip file (Not a gzipped file (b'id'))".
    from analyzer.io.postings import unpacked

    with pytest.raises(InputError) as err:
        unpacked(b"id,description\n1,Python\n", "p.csv.gz")
    assert str(err.value) == NOT_GZIP
    with pytest.raises(InputError) as err:
        unpacked(b"PK\x03\x04" + bytes(64), "p.csv.gz")
    assert str(err.value) == "p.csv.gz: is not gzip-compressed although its name ends in .gz"
