"""Postings as a person hands them to the dashboard: pasted text, or an uploaded file held in memory.

Pasted text holds one posting, or several separated by a line of ``===`` standing alone between
blank lines. Not ``---``: 63 of the 6,865 real postings in the project's corpus contain a line of
dashes (26 of them between blank lines, as Markdown rules), and none a lone ``===`` line between
blank lines. A pasted posting is named by its first line when that line reads like a job title
("Senior Machine Learning Engineer"), else "Posting N".

>>> [(r.id, r.title) for r in split_postings("Data Scientist\\nSQL and Python.\\n\\n===\\n\\nWe are hiring!\\nPython.")]
[('Posting 1', 'Data Scientist'), ('Posting 2', None)]
>>> len(split_postings("Intro\\n\\n---\\n\\nStill the same posting"))
1
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Generator, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path

from ..errors import InputError, SkillgapError
from ..records import InputRow
from .postings import (
    NO_OPENPYXL,
    SPREADSHEET_SUFFIXES,
    NameColumns,
    ReadReport,
    RowStream,
    chain_files,
    columns_from_bytes,
    named_columns,
    rows_from_bytes,
    spreadsheet_message,
    unmangled,
)

#: The largest upload the dashboard takes, in MB; ``.streamlit/config.toml`` says the same (see
#: docs/dashboard.md for the memory measured at this size). Bigger files: ``skillgap analyze``.
MAX_UPLOAD_MB = 50
# In 1,000,000-byte MB, as the browser counts them when it refuses a bigger file (Linux, macOS).
MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1_000_000
#: What the paste box's caption calls the separator.
SEPARATOR_HELP = "a line of === on its own, with a blank line above and below"

_SEPARATOR_LINE = re.compile(r"[ \t]*={3,}[ \t]*")
# Words that job titles are made of (a first line with one of them, and short, reads as a title).
_TITLE_WORDS = frozenset(
    """engineer engineers scientist scientists analyst analysts developer developers manager lead head
    director architect researcher specialist consultant intern internship officer administrator designer
    associate principal staff senior junior programmer statistician expert technician advisor vp president
    coordinator fellow postdoc professor lecturer owner strategist economist quant modeler modeller""".split()
)
_WORD = re.compile(r"[A-Za-z]+")
MAX_TITLE_CHARS = 90
MAX_TITLE_WORDS = 12


def split_postings(text: str | None) -> list[InputRow]:
    """Pasted text -> one :class:`InputRow` per posting, ``Posting 1``, ``Posting 2`` …, each with
    its first line as ``title`` when that line reads like a job title (see :func:`title_line`)."""
    chunks: list[list[str]] = [[]]
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for i, line in enumerate(lines):
        blank_before = i == 0 or not lines[i - 1].strip()
        blank_after = i == len(lines) - 1 or not lines[i + 1].strip()
        if blank_before and blank_after and _SEPARATOR_LINE.fullmatch(line):
            chunks.append([])
        else:
            chunks[-1].append(line)
    rows: list[InputRow] = []
    for chunk in chunks:
        body = "\n".join(chunk).strip("\n")
        if not body.strip():
            continue
        n = len(rows) + 1
        rows.append(InputRow(f"Posting {n}", body, None, n, title_line(body)))
    return rows


def unsplit_separators(text: str | None) -> list[int]:
    """The lines (numbered from 1) of pasted text that look like a separator someone meant but that
    :func:`split_postings` kept inside a posting: a line of === with a blank line above and text
    right under it. A line of === right under text (a Markdown heading's underline) is not one.

    >>> unsplit_separators("Posting one\\n\\n===\\nPosting two"), unsplit_separators("Skills\\n===\\n\\nSQL")
    ([3], [])
    """
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [
        i + 1
        for i, line in enumerate(lines)
        if (i == 0 or not lines[i - 1].strip())
        and i + 1 < len(lines)
        and lines[i + 1].strip()
        and _SEPARATOR_LINE.fullmatch(line)
    ]


def title_line(text: str) -> str | None:
    """The posting's first non-blank line when it reads like a job title: short, no sentence, with a
    word that job titles are made of ("Engineer", "Scientist", "Analyst", "Lead" …). A leading
    "Job title:" is dropped.

    >>> title_line("Senior ML Engineer (Remote)\\n..."), title_line("About us\\n..."), title_line("We need an engineer.")
    ('Senior ML Engineer (Remote)', None, None)
    """
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    first = re.sub(r"^(?:job\s+title|title|position|role)\s*:\s*", "", first, flags=re.IGNORECASE).strip(" #*-–—")
    if not first or len(first) > MAX_TITLE_CHARS or first.endswith((".", ":", "!", "?", ",")):
        return None
    words = [w.lower() for w in _WORD.findall(first)]
    if not words or len(first.split()) > MAX_TITLE_WORDS or ". " in first:
        return None
    return first if any(w in _TITLE_WORDS for w in words) else None


def check_upload_size(data: bytes, name: str) -> None:
    """InputError for a file over :data:`MAX_UPLOAD_MB`, saying what to use instead."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise InputError(
            f"{name} is {len(data) / 1_000_000:.1f} MB; the dashboard takes up to {MAX_UPLOAD_MB} MB. "
            "Run `skillgap analyze` on it instead (it streams any size), or split it"
        )


def upload_columns(data: bytes, name: str) -> list[str]:
    """The column names of an uploaded postings file, in any format the command line reads (CSV,
    ``.csv.gz``, JSON Lines, Parquet) or ``.xlsx`` (InputError if it has none or is unreadable). A
    ``.gz`` file may unpack to :data:`MAX_UPLOAD_MB` at most, as a plain one may weigh."""
    check_upload_size(data, name)
    if not data:
        raise InputError(f"{name}: the file is empty")
    if Path(name.lower()).suffix in SPREADSHEET_SUFFIXES:
        return _spreadsheet_columns(data, name)
    return columns_from_bytes(data, name, MAX_UPLOAD_BYTES)


def _spreadsheet_columns(data: bytes, name: str) -> list[str]:
    if not name.lower().endswith((".xlsx", ".xlsm")):
        raise InputError(spreadsheet_message(name, "this kind of spreadsheet cannot be read"))
    try:
        import openpyxl  # noqa: F401
        import pandas as pd
    except ImportError:
        raise InputError(spreadsheet_message(name, NO_OPENPYXL)) from None
    try:
        frame = pd.read_excel(io.BytesIO(data), nrows=0, engine="openpyxl")
    except Exception as e:  # noqa: BLE001 - openpyxl raises many types for a damaged file
        raise InputError(spreadsheet_message(name, f"is not a readable .xlsx file ({type(e).__name__})")) from None
    header = unmangled([str(c).strip() for c in frame.columns])  # "title" twice, as the reader says
    if not header:
        raise InputError(f"{name}: the first sheet has no header row")
    return header


class _RereadRows:
    """Rows read again from held bytes on every iteration; ``count`` is taken at the first reading."""

    count: int

    def __iter__(self) -> Iterator[InputRow]:
        raise NotImplementedError

    def __len__(self) -> int:
        return self.count

    def row(self, index: int) -> InputRow:
        """The row at ``index`` (0-based), read from the bytes again."""
        if not 0 <= index < self.count:
            raise IndexError(index)
        return next(islice(iter(self), index, None))


class UploadedRows(_RereadRows):
    """The rows of an uploaded file, read again from its bytes each time they are iterated, so that
    only the bytes stay in memory (not a second copy of every posting as text). The first reading,
    here, counts them and raises :class:`InputError` for a file that cannot be read.

    >>> rows = UploadedRows(b"id,title,description\\n1,Data Scientist,Python\\n2,,SQL\\n", "p.csv", None, "description")
    >>> len(rows), [r.title for r in rows], rows.row(1).text
    (2, ['Data Scientist', None], 'SQL')
    """

    def __init__(
        self, data: bytes, name: str, id_column: str | None, text_column: str, names: NameColumns | None = None
    ):
        check_upload_size(data, name)
        self.data, self.name, self.id_column, self.text_column = data, name, id_column, text_column
        self.names = names or NameColumns()
        report = ReadReport()
        rows = rows_from_bytes(
            data, name, id_column, text_column, report=report, names=self.names, max_bytes=MAX_UPLOAD_BYTES
        )
        self.count = sum(1 for _ in rows)
        # What the command line prints on stderr (duplicate ids, rows without one, replaced characters).
        self.warnings: list[str] = report.warnings
        #: The CSV field separator found from the header ("," for a spreadsheet), said when not commas.
        self.delimiter = report.delimiter
        self._columns: list[str] | None = None

    def __iter__(self) -> Iterator[InputRow]:
        return iter(
            rows_from_bytes(
                self.data, self.name, self.id_column, self.text_column, names=self.names, max_bytes=MAX_UPLOAD_BYTES
            )
        )

    def columns(self) -> list[str]:
        """The file's columns (what the market view may group by), read once: the dashboard asks on
        every rerun, and a ``.gz`` file was unpacked whole each time to check its size."""
        if self._columns is None:
            self._columns = upload_columns(self.data, self.name)
        return list(self._columns)

    def extra_values(self, column: str) -> list[str | None]:
        """Each row's value of ``column``, in order (the market view's groups)."""
        rows = rows_from_bytes(
            self.data,
            self.name,
            self.id_column,
            self.text_column,
            extra_columns=[column],
            names=self.names,
            max_bytes=MAX_UPLOAD_BYTES,
        )
        return [(r.extra or {}).get(column) for r in rows]


def upload_labels(names: Sequence[str]) -> list[str]:
    """The names of several uploaded files, made unique: a second ``jobs.csv`` (from another folder)
    is ``jobs (2).csv``, so each row's origin names one file; the extension, which says how a file
    is read, is kept.

    >>> upload_labels(["jobs.csv", "jobs.csv", "other.xlsx", "jobs.csv"])
    ['jobs.csv', 'jobs (2).csv', 'other.xlsx', 'jobs (3).csv']
    """
    labels: list[str] = []
    taken: set[str] = set()
    for name in names:
        label, n = name, 1
        stem, dot, rest = name.partition(".")
        while label in taken:
            n += 1
            label = f"{stem or name} ({n}){dot}{rest}" if stem else f"{name} ({n})"
        taken.add(label)
        labels.append(label)
    return labels


def columns_of_any(files: Iterable[tuple[str, bytes]]) -> list[str]:
    """Every column of the readable files among ``files`` (label, bytes), each once, in the order
    first seen: what a batch's column boxes offer. A file that cannot be read adds none (the batch
    names it and why). Kept in a dict, not looked up in the list built so far, which made two
    files of 20,000 columns take 9 s (:meth:`UploadedBatch.columns` had the same quadratic pass)."""
    seen: dict[str, None] = {}
    for name, data in files:
        try:
            seen.update(dict.fromkeys(upload_columns(data, name)))
        except SkillgapError:
            continue
    return list(seen)


def refuse_uploaded_twice(files: Sequence[tuple[str, bytes]]) -> None:
    """InputError when one file is among the uploads more than once (the same bytes, under its own
    name or another): every row would be read twice, as ``skillgap analyze`` refuses a file named
    twice (:func:`~analyzer.io.atomic.refuse_named_twice`). Two files of one name and different
    contents are two files; so are two empty ones (each is its own "the file is empty")."""
    seen: dict[bytes, list[str]] = {}
    for name, data in files:
        if not data:
            continue
        seen.setdefault(hashlib.blake2b(data, digest_size=16).digest(), []).append(name)
    for names in seen.values():
        if len(names) > 1:
            spellings = list(dict.fromkeys(names))
            also = f" (as {', '.join(spellings)})" if len(spellings) > 1 else ""
            raise InputError(f"{names[0]} is uploaded {len(names)} times{also}; a file is read once: remove the copies")


class UploadedBatch(_RereadRows):
    """Several uploaded files analysed as one batch, as ``skillgap analyze a.csv b.xlsx`` reads
    them (:func:`~analyzer.io.postings.chain_files`, as :func:`~analyzer.io.postings.open_many`):
    one file after another, each file's columns found on its own (or the ones named, in any case),
    each row knowing its file (``row.source``) and row, an id found in more than one file warned
    about, a file uploaded twice refused (:func:`refuse_uploaded_twice`).

    Unlike the command line, a file that cannot be read (or lacks a named column) does not stop the
    others: it is one error row of the batch, named and in its place (``row`` 0), and ``failed``
    says why. Like :class:`UploadedRows`, only the bytes are held — at most :data:`MAX_UPLOAD_MB`
    in all (a file past that is refused, named) — and the rows are read again each time they are
    iterated.

    >>> batch = UploadedBatch([("a.csv", b"id,description\\n1,Python\\n"), ("b.csv", b"id,text\\n1,SQL\\n2,R\\n")])
    >>> len(batch), [(r.source, r.row, r.text) for r in batch]
    (3, [('a.csv', 1, 'Python'), ('b.csv', 1, 'SQL'), ('b.csv', 2, 'R')])
    >>> batch.warnings
    ["ids in more than one file (every row is kept, in input order): '1' in a.csv (row 1) and b.csv (row 1)"]
    """

    def __init__(
        self,
        files: Sequence[tuple[str, bytes]],
        id_column: str | None = None,
        text_column: str | None = None,
        names: NameColumns | None = None,
    ):
        refuse_uploaded_twice(files)
        self.id_column, self.text_column = id_column, text_column
        self.names = names or NameColumns()
        labels = upload_labels([name for name, _ in files])
        #: Every file in upload order: (name, bytes, error); the bytes are held for the readable ones only.
        self.files: list[tuple[str, bytes | None, str | None]] = []
        self.rows_by_file: dict[str, int] = {}
        #: Each readable file's CSV field separator ("," for a spreadsheet), said when not commas.
        self.delimiters: dict[str, str] = {}
        held = 0  # bytes of the readable files
        for label, (_, data) in zip(labels, files, strict=True):
            if len(data) <= MAX_UPLOAD_BYTES < held + len(data):
                why = (
                    f"{label}: the files uploaded together come to {(held + len(data)) / 1_000_000:.1f} MB with "
                    f"it; the dashboard takes up to {MAX_UPLOAD_MB} MB in all. Run `skillgap analyze` on them "
                    "instead (it streams any size), or upload fewer at once"
                )
                self.files.append((label, None, why))
                continue
            try:
                check_upload_size(data, label)
                if not data:
                    raise InputError(f"{label}: the file is empty")
                found = ReadReport(source=label)
                count = sum(1 for _ in self._read(label, data, found))
            except SkillgapError as e:
                self.files.append((label, None, str(e)))
                continue
            self.files.append((label, data, None))
            self.rows_by_file[label] = count
            self.delimiters[label] = found.delimiter
            held += len(data)
        #: File name -> why it could not be read (it is one error row of the batch).
        self.failed = {label: why for label, _, why in self.files if why is not None}
        report = ReadReport()
        self.count = sum(1 for _ in self._rows(report))
        #: What the command line prints on stderr: each file's warnings, then the ids in more than one file.
        self.warnings: list[str] = report.warnings
        self._columns: list[str] | None = None

    @property
    def name(self) -> str:
        return f"{len(self.files)} files"

    def _read(
        self, label: str, data: bytes, report: ReadReport | None = None, extra: Sequence[str] = ()
    ) -> Iterator[InputRow]:
        return rows_from_bytes(
            data,
            label,
            self.id_column,
            self.text_column,
            report=report,
            extra_columns=extra,
            names=self.names,
            max_bytes=MAX_UPLOAD_BYTES,
        )

    def _rows(self, report: ReadReport | None = None, extra: Sequence[str] = ()) -> RowStream:
        opened: list[tuple[RowStream, ReadReport]] = []
        for label, data, why in self.files:
            part = ReadReport(source=label)
            if why is None and data is not None:
                opened.append((self._read(label, data, part, extra), part))  # type: ignore[arg-type]  # the readers close
            else:
                opened.append((_failed_file(label, why or ""), part))
        return chain_files(opened, report if report is not None else ReadReport())

    def __iter__(self) -> Iterator[InputRow]:
        return iter(self._rows())

    def columns(self) -> list[str]:
        """The columns every readable file has (what the market view may group the batch by), in
        the first file's spelling: found in each file as ``--group-by`` finds it (:func:`named_column`:
        ``role_family`` is ``Role Family`` in another file; one a file has twice, ``Team`` and
        ``TEAM``, is no choice). Worked out once per batch: the dashboard asks on every rerun."""
        if self._columns is None:
            common: list[str] | None = None
            for label, data, why in self.files:
                if why is None and data is not None:
                    found = upload_columns(data, label)
                    common = found if common is None else named_columns(found, common)
            self._columns = common or []
        return list(self._columns)

    def extra_values(self, column: str) -> list[str | None]:
        """Each row's value of ``column`` (one of :meth:`columns`), in order; None for a file's error row."""
        return [(r.extra or {}).get(column) for r in self._rows(extra=[column])]


def _failed_file(label: str, why: str) -> Generator[InputRow, None, None]:
    """The one row that stands for an uploaded file that could not be read."""
    yield InputRow(label, None, why if why.startswith(label) else f"{label}: {why}", 0)
