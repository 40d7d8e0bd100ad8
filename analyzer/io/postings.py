"""Reading postings: CSV (plain or .gz), JSON Lines, Parquet, a single text file, or stdin.

Every reader streams (a file is never read whole into memory) and yields one
:class:`InputRow` per input row, in order. A row that cannot be read still yields an
``InputRow`` with ``error`` set, so it appears in every output. Problems with the file as a
whole (missing, empty, binary, not UTF-8, no text column) raise :class:`InputError` with a
message that names the problem.

Encodings: UTF-8 (with or without a BOM) and UTF-16 with a BOM are decoded; anything else is
refused with a "not UTF-8" message (UTF-16 without its BOM and UTF-32 by their names) rather than
guessed, because a wrong guess silently corrupts the text.
"""

from __future__ import annotations

import codecs
import contextvars
import csv
import gzip
import io
import itertools
import json
import re
import sys
import zlib
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, BinaryIO, Protocol

from ..errors import ColumnNotFoundError, InputError, MissingDependencyError
from ..records import MAX_POSTING_CHARS, PIECE_CHARS, PIECES_READ, InputRow
from .atomic import refuse_named_twice

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

DEFAULT_ID_COLUMN = "id"
DEFAULT_TEXT_COLUMN = "description"
NUMBER_THE_ROWS = ""  # as ``id_column``: no id column, even when the file has one (rows are row-1, row-2, …)
TEXT_SUFFIXES = {".txt", ".md", ".text"}
JSON_LINES_SUFFIXES = (".jsonl", ".ndjson", ".json")  # a .json file of one object per line is JSON Lines
SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
#: Every suffix that names a format by itself (a pipe without one is told apart by its content).
NAMED_FORMAT_SUFFIXES = TEXT_SUFFIXES | SPREADSHEET_SUFFIXES | {*JSON_LINES_SUFFIXES, ".csv", ".tsv", ".parquet"}
# Column names that hold a posting's job title / company, found without being named (compared in
# lower case with spaces and hyphens as underscores); --title-column / --company-column name others.
TITLE_COLUMNS = ("title", "job_title", "jobtitle", "position", "position_title", "job_name", "role", "role_title")
COMPANY_COLUMNS = (
    "company",
    "company_name",
    "companyname",
    "employer",
    "employer_name",
    "organization",
    "organisation",
)


@dataclass(frozen=True)
class NameColumns:
    """The columns that name a posting (its job title and company): given, or found by :func:`find_name_columns`."""

    title: str | None = None
    company: str | None = None


def _column_key(name: str) -> str:
    return "_".join(name.strip().lstrip("\ufeff").lower().replace("-", " ").split())


def guess_column(columns: list[str], wanted: tuple[str, ...]) -> int | None:
    """The index of the first of ``wanted`` (in ``wanted``'s order) among ``columns``, or None.

    >>> guess_column(["Job Title", "Description"], TITLE_COLUMNS)
    0
    """
    keys = [_column_key(c) for c in columns]
    for w in wanted:
        if w in keys:
            return keys.index(w)
    return None


def named_column(columns: Sequence[str], given: str) -> int | None:
    """The index of the column ``given`` names (a column option: ``--group-by``, ``--text-column``
    …): the column called exactly that, else the one called so in another case or spacing
    (``role_family`` for ``Role_Family``, compared as the text column is found without being named).
    None when there is none, or several and none exact (:func:`require_named_column` says which).

    >>> named_column(["Job_ID", "Role_Family"], "role family"), named_column(["Team", "TEAM"], "team")
    (1, None)
    """
    if given in columns:
        return list(columns).index(given)
    same = _same_key(columns, given)
    return same[0] if len(same) == 1 else None


def named_columns(columns: Sequence[str], given: Iterable[str]) -> list[str]:
    """The names of ``given`` that :func:`named_column` finds among ``columns``, in ``given``'s
    order: one pass over each (a set of the names, a count of their keys), not a pass over
    ``columns`` for every name — the columns two wide files share are found in linear time.

    >>> named_columns(["Job_ID", "Role_Family", "Team", "TEAM"], ["role family", "team", "Team", "city"])
    ['role family', 'Team']
    """
    exact = set(columns)
    keys = Counter(_column_key(c) for c in columns)
    return [g for g in given if g in exact or keys[_column_key(g)] == 1]


def _same_key(columns: Sequence[str], given: str) -> list[int]:
    key = _column_key(given)
    return [i for i, c in enumerate(columns) if _column_key(c) == key]


def require_named_column(
    columns: Sequence[str], given: str, source: str, role: str, what: str = "column", shown: int = 12
) -> int:
    """:func:`named_column`, or :class:`ColumnNotFoundError` listing the columns found (``what``
    names the column in the message: "text column", "column" …)."""
    index = named_column(columns, given)
    if index is not None:
        return index
    found = ", ".join(repr(c) for c in columns[:shown]) or "none"
    same = _same_key(columns, given)
    if same:
        named = ", ".join(repr(columns[i]) for i in same)
        message = f"{source}: several columns are called {given!r} in another case or spacing ({named}; columns found: {found})"
    else:
        message = f"{source}: no {what} {given!r} (columns found: {found})"
    raise ColumnNotFoundError(message, role, list(columns))


# Column names that hold the posting text and its id, found without being named (compared like the
# title columns). The default, ``description`` / ``id``, wins over the others; without it a file
# must have exactly one column named like posting text (``text`` and ``body`` both: which one?).
TEXT_COLUMNS = (
    "description",
    "job_description",
    "text",
    "body",
    "posting",
    "jobdescription",
    "description_text",
    "job_text",
    "posting_text",
)
ID_COLUMNS = ("id", "job_id", "jobid", "posting_id", "job_posting_id")


@dataclass(frozen=True)
class ColumnChoice:
    """Which column of a header holds a posting's text (or id), as :func:`choose_posting_column` found it."""

    role: str  # "text" or "id"
    index: int | None  # the column chosen, or None: none found, or several (``candidates``)
    candidates: tuple[str, ...]  # the columns named like one, in the order of preference
    columns: tuple[str, ...]  # every column of the header, cleaned

    @property
    def name(self) -> str | None:
        return None if self.index is None else self.columns[self.index]

    @property
    def guessed(self) -> bool:
        """Chosen by a name other than the default's exact one: worth telling the user which."""
        return self.name is not None and self.name != (
            DEFAULT_TEXT_COLUMN if self.role == "text" else DEFAULT_ID_COLUMN
        )

    def problem(self, source: str = "the file") -> str:
        """Why no column was chosen (the empty string when one was)."""
        found = ", ".join(repr(c) for c in self.columns[:12]) or "none"
        if self.index is not None:
            return ""
        if self.candidates:
            named = ", ".join(repr(c) for c in self.candidates)
            return f"{source}: several columns could hold the posting {self.role} ({named}; columns found: {found})"
        usual = ", ".join(TEXT_COLUMNS[:4] if self.role == "text" else ID_COLUMNS[:3])
        return f"{source}: no {self.role} column: none is called {usual} … (columns found: {found})"

    def require(self, source: str = "the file") -> int:
        """The chosen column's index, or :class:`ColumnNotFoundError` saying why there is none."""
        if self.index is None:
            raise ColumnNotFoundError(self.problem(source), self.role, list(self.columns))
        return self.index


def choose_posting_column(columns: Sequence[str], role: str = "text") -> ColumnChoice:
    """The column of ``columns`` that holds the posting text (``role="text"``) or id (``"id"``), as
    the CLI and the dashboard guess it: the default (``description`` / ``id``, any case) when the
    header has it once; else the one column named like one of :data:`TEXT_COLUMNS` (for ids, the
    first of :data:`ID_COLUMNS` found). Several text-like columns and no default: none is chosen.

    >>> choose_posting_column(["Job Title", "Job Description"]).name
    'Job Description'
    >>> choose_posting_column(["id", "text", "body"]).candidates
    ('text', 'body')
    """
    cleaned = tuple(str(c).strip().lstrip("\ufeff") for c in columns)
    wanted = TEXT_COLUMNS if role == "text" else ID_COLUMNS
    keys = [_column_key(c) for c in cleaned]
    candidates = [i for w in wanted for i, k in enumerate(keys) if k == w]
    named = tuple(cleaned[i] for i in candidates)
    if not candidates:
        return ColumnChoice(role, None, (), cleaned)
    default = [i for i in candidates if keys[i] == wanted[0]]
    if default:  # "description" beside "text" is still the posting (the documented default)
        return ColumnChoice(role, default[0], named, cleaned)  # of copies, the first (the readers say so)
    if len({keys[i] for i in candidates}) == 1 or role == "id":
        return ColumnChoice(role, candidates[0], named, cleaned)
    return ColumnChoice(role, None, named, cleaned)


#: Field separators a CSV file may use: Excel writes ";" where the decimal separator is a comma
#: (most of Europe), and tab- or pipe-separated exports are common too.
DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "commas (,)", ";": "semicolons (;)", "\t": "tabs", "|": "pipes (|)"}


def separator_note(delimiter: str) -> str:
    """What to tell a user about a file's field separator: nothing for commas, else which one was
    read (a European Excel export uses semicolons), so a wrongly split file is noticed at once.

    >>> separator_note(";"), separator_note(",")
    ('separated by semicolons (;)', '')
    """
    return "" if delimiter == "," else f"separated by {DELIMITER_NAMES[delimiter]}"


def csv_delimiter(first_line: str, text_column: str | None = None) -> str:
    """The field separator of a CSV file, from its first line (the header): the first of
    :data:`DELIMITERS` that splits it into a header with the text column (``text_column``, or a
    column named like posting text); else the one that splits it into the most fields (a comma on a
    tie), so that a message about the header lists its columns.

    >>> csv_delimiter("id;title;description"), csv_delimiter("job_id\\tbody"), csv_delimiter('id,"a; b",text')
    (';', '\\t', ',')
    """
    line = first_line.lstrip("\ufeff").rstrip("\r\n")
    best, most = ",", 0
    for delimiter in DELIMITERS:
        header = [h.strip() for h in next(csv.reader([line], delimiter=delimiter), [])]
        if (
            named_column(header, text_column) is not None
            if text_column
            else choose_posting_column(header, "text").candidates
        ):
            return delimiter
        if len(header) > most:
            best, most = delimiter, len(header)
    return best


def excel_separator(first_line: str) -> str | None:
    """The separator a first line ``sep=;`` names (Excel's hint, written before the header by tools
    that export for Excel), when it is one of :data:`DELIMITERS`; None for any other line.

    >>> excel_separator("sep=;\\r\\n"), excel_separator("id;description")
    (';', None)
    """
    line = first_line.lstrip("\ufeff").rstrip("\r\n")
    if len(line) == 5 and line.lower().startswith("sep=") and line[4] in DELIMITERS:
        return line[4]
    return None


def _separator_hint(header: Sequence[str], delimiter: str) -> str:
    """How a header without the text column was split, for the message: another separator than a
    comma was taken, or the header was one column (the file's separator is none of :data:`DELIMITERS`)."""
    if delimiter != ",":
        return f"; read with fields separated by {DELIMITER_NAMES[delimiter]}"
    if len(header) == 1:
        return "; the header was read as one column (fields are read when separated by commas, semicolons, tabs or |)"
    return ""


def find_name_columns(
    header: list[str], title_column: str | None = None, company_column: str | None = None, name: str = "the file"
) -> tuple[int | None, int | None]:
    """Indices of the title and company columns: the named ones (ColumnNotFoundError when absent) or the
    usual names (``title``, ``job_title``, ``position`` …; ``company``, ``employer`` …)."""
    cleaned = [h.strip().lstrip("\ufeff") for h in header]
    found: list[int | None] = []
    for given, usual, role in ((title_column, TITLE_COLUMNS, "title"), (company_column, COMPANY_COLUMNS, "company")):
        if given:
            found.append(require_named_column(cleaned, given, name, role, f"{role} column"))
        else:
            found.append(guess_column(cleaned, usual))
    return found[0], found[1]


#: How to install what reads .xlsx (pyproject.toml's optional dependencies, as the README says).
XLSX_EXTRA = 'the xlsx extra (pip install -e ".[xlsx]")'
NO_OPENPYXL = f"reading .xlsx needs openpyxl, which is not installed: install {XLSX_EXTRA}"


def spreadsheet_message(name: str, why: str = "") -> str:
    """What to do with a spreadsheet that cannot be read here: save it as CSV."""
    return (
        f"{name}: {why or 'is a spreadsheet, not CSV'}; open it in Excel or LibreOffice and save it as CSV "
        "(File > Save As > CSV UTF-8), then use the .csv file"
    )


def _rows_from_spreadsheet(
    source: Path | bytes, name: str, id_column, text_column, report: ReadReport, names: NameColumns
) -> Iterator[InputRow]:
    """Rows of the first sheet of an .xlsx file (pandas + openpyxl; the sheet is read whole, as
    Excel caps it at 1,048,576 rows). Any other spreadsheet, or no openpyxl: "save it as CSV"."""
    if not name.lower().endswith((".xlsx", ".xlsm")):
        raise InputError(spreadsheet_message(name, "this kind of spreadsheet cannot be read"))
    try:
        import openpyxl  # noqa: F401
        import pandas as pd
    except ImportError:
        raise InputError(spreadsheet_message(name, NO_OPENPYXL)) from None
    try:
        frame = pd.read_excel(
            io.BytesIO(source) if isinstance(source, bytes) else source, dtype=object, engine="openpyxl"
        )
    except Exception as e:  # noqa: BLE001 - openpyxl raises many types for a damaged file
        raise InputError(spreadsheet_message(name, f"is not a readable .xlsx file ({type(e).__name__}: {e})")) from None
    header = unmangled([str(c) for c in frame.columns])
    id_idx, text_idx = _find_columns(header, id_column, text_column, name, report)
    title_idx, company_idx = find_name_columns(header, names.title, names.company, name)
    extra_idx = _find_extra(header, name)  # read now, as the CSV reader does: a generator runs on later
    copies = _note_columns(
        header, id_column, text_column, names, id_idx, text_idx, (title_idx, company_idx), extra_idx, name, report
    )
    if frame.empty:
        raise InputError(f"{name}: has a header but no rows")
    return _spreadsheet_rows(
        frame.itertuples(index=False, name=None),
        id_idx,
        text_idx,
        (title_idx, company_idx),
        report,
        extra_idx,
        (header, copies),
    )


def unmangled(header: list[str]) -> list[str]:
    """A spreadsheet's header as written: pandas renames a second ``title`` column ``title.1``.

    >>> unmangled(["id", "title", "title.1", "v.1"])
    ['id', 'title', 'title', 'v.1']
    """
    out: list[str] = []
    seen: set[str] = set()  # the names so far, looked up in one step (a sheet may have 16,384 columns)
    for c in header:
        m = re.fullmatch(r"(.*)\.(\d+)", c)
        out.append(m.group(1) if m and m.group(1) in seen else c)
        seen.add(out[-1])
    return out


def _spreadsheet_rows(
    tuples, id_idx, text_idx, name_idx, report: ReadReport, extra_idx: dict[str, int], copies=((), ())
) -> Iterator[InputRow]:
    header, text_copies = copies
    try:
        for n, values in enumerate(tuples, 1):
            pid = (clean_id(values[id_idx]) if id_idx is not None else "") or f"row-{n}"
            title, company = (_name_cell(values, i) for i in name_idx)
            text = values[text_idx]
            differ = None
            if text_copies:  # empty cells (NaN) compare as None
                cells = [None if isinstance(v, float) and v != v else v for v in values]
                differ = _copies_differ(cells, text_idx, text_copies, header, n)
            if differ:
                row = _row(report, pid, None, differ, n, title, company)
            elif text is None or (isinstance(text, float) and text != text):  # empty cell (None or NaN)
                row = _row(report, pid, None, "posting text is missing", n, title, company)
            else:
                row = _row(report, pid, str(text), None, n, title, company)
            if extra_idx:
                row.extra = _extra_of(extra_idx, values)
            yield row
    finally:
        report.finish()


def _name_cell(values, idx: int | None) -> str | None:
    if idx is None or idx >= len(values):
        return None
    return clean_id(values[idx]) or None


@dataclass
class ReadReport:
    """What the reader noticed about the input as a whole (shown after a run)."""

    rows: int = 0
    warnings: list[str] = field(default_factory=list)
    total_rows: int | None = None  # known up front for Parquet
    total_bytes: int | None = None  # size of the file on disk (compressed size for .gz)
    chosen_columns: dict[str, str] = field(default_factory=dict)  # role -> column found by another name
    delimiter: str = ","  # a CSV file's field separator, as found from its header (see csv_delimiter)
    source: str = ""  # the file read ("standard input"), named by the warnings about the whole of it
    _ids: Counter = field(default_factory=Counter)
    _replaced: list[int] = field(default_factory=list)  # rows whose lone surrogates became U+FFFD
    _long: list[tuple[int, str, int]] = field(default_factory=list)  # (row, id, characters) read in pieces
    _tell: Callable[[], int] | None = field(default=None, repr=False)
    parts: list[ReadReport] = field(default_factory=list)  # each file's own report, when several are read
    rows_by_source: dict[str, int] = field(default_factory=dict)  # rows read from each file (open_many)

    def fraction_read(self) -> float | None:
        """How much of the input the reader has consumed so far (0..1), or None when unknown.

        Used for a progress bar's ETA: bytes read of the file's size, or rows of a known row count.
        """
        if self.total_rows:
            return min(1.0, self.rows / self.total_rows)
        if self._tell is not None and self.total_bytes:
            try:
                return min(1.0, self._tell() / self.total_bytes)
            except (OSError, ValueError):  # the file is closed once it has been read
                return 1.0
        return None

    def note_id(self, pid: str) -> None:
        self._ids[pid] += 1

    def note_replaced(self, n: int) -> None:
        self._replaced.append(n)

    def note_long(self, n: int, pid: str, chars: int) -> None:
        self._long.append((n, pid, chars))

    def finish(self) -> None:
        # Named as the per-row warnings name it ("jobs.csv: row 4 has no id …").
        where = f"{self.source}: " if self.source else ""
        if self._replaced:
            rows = ", ".join(str(n) for n in self._replaced[:5])
            more = f" and {len(self._replaced) - 5} more" if len(self._replaced) > 5 else ""
            self.warnings.append(
                f"{where}row{'s' if len(self._replaced) > 1 else ''} {rows}{more}: invalid characters "
                "(lone UTF-16 surrogates) replaced by U+FFFD"
            )
            self._replaced = []
        if self._long:
            self.warnings.append(_long_rows(self._long, self.source))
            self._long = []
        dups = [(pid, n) for pid, n in self._ids.items() if n > 1]
        if dups:
            shown = ", ".join(f"{pid!r} ×{n}" for pid, n in dups[:5])
            more = f" and {len(dups) - 5} more" if len(dups) > 5 else ""
            self.warnings.append(f"{where}duplicate ids (every row is kept, in input order): {shown}{more}")


def open_postings(
    source: str | Path,
    id_column: str | None = None,
    text_column: str | None = None,
    report: ReadReport | None = None,
    extra_columns: Sequence[str] = (),
    names: NameColumns | None = None,
) -> RowStream:
    """Rows of a postings file. ``source`` may be ``"-"`` for standard input. ``close()`` closes the
    file early (reading to the end closes it too). Each row carries its job title and company from
    the ``names`` columns, or from columns with the usual names (``title``, ``company`` …).

    ``extra_columns`` names other columns to read along (a group or a date column): each row's
    ``extra`` maps them to their value (None where the row has none). A column missing from the
    file is a :class:`ColumnNotFoundError` (role ``"extra"``) naming the columns found; a file with
    no columns (one text posting) has none of them."""
    report = report if report is not None else ReadReport()
    report.source = report.source or ("standard input" if str(source) == "-" else str(source))
    names = names or NameColumns()
    extra = tuple(dict.fromkeys(extra_columns))
    if extra:
        return _with_extra(source, id_column, text_column, report, extra, names)
    if str(source) == "-":
        data = sys.stdin.buffer.read()
        return _rows_from_stdin(data, id_column, text_column, report, names)
    path = Path(source)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    if not path.is_file():  # a pipe ("<(zcat p.csv.gz)") or a device: read once, as standard input is
        return _rows_from_pipe(path, id_column, text_column, report, names)
    name = path.name.lower()
    if Path(name).suffix in SPREADSHEET_SUFFIXES:
        return _first_row_now(_rows_from_spreadsheet(path, str(path), id_column, text_column, report, names))
    if name.endswith(".parquet"):
        return _rows_from_parquet(path, id_column, text_column, report, names)
    compressed = name.endswith(".gz")
    base = name[:-3] if compressed else name
    if path.stat().st_size == 0:
        raise InputError(f"{path}: the file is empty")
    encoding = check_encoding(path, compressed)
    suffix = Path(base).suffix
    if suffix in TEXT_SUFFIXES:
        with _open_text(path, compressed, encoding) as handle:
            text = handle.read()
        return _rows_from_text(text, _text_posting_id(path.name), report, str(path))
    handle = _open_text(path, compressed, encoding)
    if suffix == ".json":
        _refuse_json_array(handle, str(path))
    _track_position(report, handle, path)
    if suffix in JSON_LINES_SUFFIXES:
        return _first_row_now(_rows_from_jsonl(handle, id_column, text_column, report, str(path), names))
    return _first_row_now(_rows_from_csv(handle, id_column, text_column, report, str(path), names))


def open_many(
    sources: Sequence[str | Path],
    id_column: str | None = None,
    text_column: str | None = None,
    report: ReadReport | None = None,
    extra_columns: Sequence[str] = (),
    names: NameColumns | None = None,
) -> RowStream:
    """Rows of several postings files read one after another as one stream (a market split by
        source or by year); one file is :func:`open_postings` itself.

        Every file is opened (and its columns found, on their own) before the first row is given, so a
        file that cannot be read or lacks a column raises here, naming it. Each file's warnings name it;
        ``report.parts`` holds each file's own :class:`ReadReport` and ``report.rows_by_source`` its rows;
        an id found in more than one file is warned about once the stream ends (every row is kept, as
        duplicates within a file are); a row's reading error names its file. Standard input (``"-"``)
        can be read once: named twice, :class:`InputError`, as for a file named twice (under any spelling:
    every row would be read twice)."""
    stdin = sum(1 for source in sources if str(source) == "-")
    if stdin > 1:
        raise InputError(
            f"standard input (-) is named {stdin} times; it can be read once: name it once, or save it to a file"
        )
    refuse_named_twice(sources)
    report = report if report is not None else ReadReport()
    if len(sources) == 1:
        rows = open_postings(sources[0], id_column, text_column, report, extra_columns, names)
        report.rows_by_source = {report.source: 0}
        return _Counted(rows, report, report.source)
    opened: list[tuple[RowStream, ReadReport]] = []
    try:
        for source in sources:
            part = ReadReport()
            opened.append((open_postings(source, id_column, text_column, part, extra_columns, names), part))
    except BaseException:
        for rows, _ in opened:
            rows.close()
        raise
    return chain_files(opened, report)


def chain_files(opened: Sequence[tuple[RowStream, ReadReport]], report: ReadReport) -> RowStream:
    """The rows of several opened files (each with its own :class:`ReadReport`) as one stream, one
    file after another: what :func:`open_many` gives for several files, and the dashboard's upload of
    several files (:class:`~analyzer.io.uploads.UploadedBatch`). Each row's ``source`` is its file; a
    row's error names its file; each file's warnings are added to ``report`` when the file ends, and
    the ids found in more than one file once the stream ends (every row is kept)."""
    report.source = f"{len(opened)} files"
    report.parts = [part for _, part in opened]
    report.rows_by_source = {part.source: 0 for part in report.parts}
    if all(part.total_bytes for part in report.parts):
        sizes = [part.total_bytes or 0 for part in report.parts]
        report.total_bytes = sum(sizes)
        report._tell = lambda: _bytes_read(report.parts, sizes)
    return _Chained(opened, report)


def _bytes_read(parts: list[ReadReport], sizes: list[int]) -> int:
    """Bytes of several files read so far: the finished ones whole, the current one as far as read."""
    done = 0
    for part, size in zip(parts, sizes, strict=True):
        fraction = part.fraction_read()
        if fraction is None or fraction < 1.0:
            return done + int(size * (fraction or 0.0))
        done += size
    return done


class _Counted:
    """One file's rows, counted into ``report.rows_by_source`` (so the summary can say it)."""

    def __init__(self, rows: RowStream, report: ReadReport, source: str):
        self._rows, self._report, self._source = rows, report, source

    def __iter__(self) -> _Counted:
        return self

    def __next__(self) -> InputRow:
        row = next(self._rows)
        self._report.rows_by_source[self._source] += 1
        return row

    def close(self) -> None:
        self._rows.close()


class _Chained:
    """The rows of several opened files, one file after another (see :func:`open_many`)."""

    def __init__(self, opened: Sequence[tuple[RowStream, ReadReport]], report: ReadReport):
        self._opened = list(opened)
        self._report = report
        self._where: dict[str, list[tuple[str, int]]] = {}  # id -> the files it is in (its first row in each)
        self._done = False

    def __iter__(self) -> _Chained:
        return self

    def __next__(self) -> InputRow:
        while self._opened:
            rows, part = self._opened[0]
            try:
                row = next(rows)
            except StopIteration:
                self._opened.pop(0)
                self._report.warnings.extend(part.warnings)
                continue
            self._report.rows += 1
            self._report.rows_by_source[part.source] += 1
            row.source = part.source
            files = self._where.setdefault(row.id, [])
            if not files or files[-1][0] != part.source:
                files.append((part.source, row.row))
            if row.error is not None and not row.error.startswith(part.source):
                row.error = f"{part.source}: {row.error}"
            return row
        self._finish()
        raise StopIteration

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        dups = [(pid, files) for pid, files in self._where.items() if len(files) > 1]
        if dups:
            shown = "; ".join(f"{pid!r} in {_and(f'{f} (row {n})' for f, n in files)}" for pid, files in dups[:5])
            more = f" and {len(dups) - 5} more" if len(dups) > 5 else ""
            self._report.warnings.append(
                f"ids in more than one file (every row is kept, in input order): {shown}{more}"
            )

    def close(self) -> None:
        for rows, _ in self._opened:
            rows.close()
        self._opened = []


def _and(items: Iterable[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _with_extra(
    source, id_column, text_column, report: ReadReport, extra: tuple[str, ...], names: NameColumns | None = None
) -> RowStream:
    """:func:`open_postings` with extra columns: the readers fill ``row.extra`` through ``_EXTRA``."""
    token = _EXTRA.set(extra)
    try:
        # Each reader reads the header (and a CSV or JSON Lines file its first row) before this
        # returns, and keeps the columns it found: later rows are read after the reset.
        return open_postings(source, id_column, text_column, report, names=names)
    finally:
        _EXTRA.reset(token)


def _extra_of(extra_idx: dict[str, int], fields: Sequence) -> dict[str, str | None]:
    return {c: (_cell(fields[i]) if i < len(fields) else None) for c, i in extra_idx.items()}


def _cell(value) -> str | None:
    """A cell as text; None for a missing one (empty, None, NaN)."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    text = str(value).strip()
    return text or None


def _find_extra(names: Sequence[str], name: str) -> dict[str, int]:
    """Column -> index of the extra columns asked for (``_EXTRA``); ColumnNotFoundError for a missing one."""
    wanted = _EXTRA.get()
    cleaned = [str(h).strip().lstrip("\ufeff") for h in names]
    return {col: require_named_column(cleaned, col, name, "extra", shown=30) for col in wanted}


#: The extra columns the readers of the current :func:`open_postings` call fill in (a context
#: variable, so the readers' signatures stay as they are and threads do not mix their requests).
_EXTRA: contextvars.ContextVar[tuple[str, ...]] = contextvars.ContextVar("skillgap_extra_columns", default=())


class RowStream(Protocol):
    """What :func:`open_postings` returns: an iterator of rows that can be closed early."""

    def __iter__(self) -> Iterator[InputRow]: ...

    def __next__(self) -> InputRow: ...

    def close(self) -> None: ...


class _Rows:
    """The rows of a reader whose first row has been read already; ``close()`` closes the file."""

    def __init__(self, first: list[InputRow], rows: Iterator[InputRow]):
        self._first = first
        self._rows = rows

    def __iter__(self) -> _Rows:
        return self

    def __next__(self) -> InputRow:
        if self._first:
            return self._first.pop()
        return next(self._rows)

    def close(self) -> None:
        self._rows.close()  # type: ignore[attr-defined]


def _first_row_now(rows: Iterator[InputRow]) -> _Rows:
    """Read the first row now, so that a file without rows is refused (InputError) before a
    caller opens its output; the rows are still streamed."""
    try:
        first = [next(rows)]
    except StopIteration:
        first = []
    return _Rows(first, rows)


def _track_position(report: ReadReport, handle: io.TextIOWrapper, path: Path) -> None:
    """Let ``report.fraction_read()`` see how far into the file (on disk) the reader is."""
    raw: Any = handle.buffer
    raw = getattr(raw, "fileobj", None) or raw  # a GzipFile: the position in the compressed file
    report.total_bytes = path.stat().st_size
    report._tell = raw.tell


def read_postings(
    source, id_column=None, text_column=None, names: NameColumns | None = None
) -> tuple[list[InputRow], ReadReport]:
    """All rows at once (for small inputs and tests)."""
    report = ReadReport()
    rows = list(open_postings(source, id_column, text_column, report, names=names))
    return rows, report


def rows_from_bytes(
    data: bytes,
    name: str,
    id_column=None,
    text_column=None,
    report: ReadReport | None = None,
    extra_columns: Sequence[str] = (),
    names: NameColumns | None = None,
    max_bytes: int | None = None,
) -> Iterator[InputRow]:
    """Rows of an uploaded file held in memory (the dashboard's uploads), in the formats
    :func:`open_postings` reads by name (CSV, ``.csv.gz``, JSON Lines, Parquet, a text file, a
    spreadsheet); ``extra_columns`` as for :func:`open_postings`, ``max_bytes`` as for
    :func:`unpacked`."""
    token = _EXTRA.set(tuple(dict.fromkeys(extra_columns)))
    try:
        return _rows_from_bytes(data, name, id_column, text_column, report, names, max_bytes)
    finally:
        _EXTRA.reset(token)


def _rows_from_bytes(
    data: bytes,
    name: str,
    id_column,
    text_column,
    report: ReadReport | None,
    names: NameColumns | None = None,
    max_bytes: int | None = None,
) -> RowStream:
    report = report if report is not None else ReadReport()
    report.source = report.source or name
    names = names or NameColumns()
    data, suffix = unpacked(data, name, max_bytes)
    if suffix in SPREADSHEET_SUFFIXES:
        return _first_row_now(_rows_from_spreadsheet(data, name, id_column, text_column, report, names))
    if suffix == ".parquet":
        return _rows_from_parquet(io.BytesIO(data), id_column, text_column, report, names, name)
    if suffix in TEXT_SUFFIXES:
        return _rows_from_text(decode_bytes(data, name), _text_posting_id(name), report, name)
    # Decoded as read (a StringIO of the whole text would hold 4 bytes per character of it).
    if suffix in JSON_LINES_SUFFIXES:
        handle = decode_stream(data, name, newline=None)
        if suffix == ".json":
            _refuse_json_array(handle, name)
        return _first_row_now(_rows_from_jsonl(handle, id_column, text_column, report, name, names))
    handle = decode_stream(data, name)
    return _first_row_now(_rows_from_csv(handle, id_column, text_column, report, name, names))


def unpacked(data: bytes, name: str, max_bytes: int | None = None, *, gzipped: bool = False) -> tuple[bytes, str]:
    """The bytes of a file held in memory, un-gzipped when its name ends in ``.gz`` (as the command
    line reads ``postings.csv.gz``), and the suffix that says its format (``.csv`` for
    ``p.csv.gz``). InputError for an empty file, a damaged gzip stream, or one that unpacks to more
    than ``max_bytes`` (read in steps, so a small file that unpacks to gigabytes stops there)."""
    if not data:
        raise InputError(f"{name}: the file is empty")
    lower = name.lower()
    if not (gzipped or lower.endswith(".gz")):  # ``gzipped``: a stream no name says is compressed
        return data, Path(lower).suffix
    if not data.startswith(GZIP_MAGIC):
        raise InputError(_not_gzip(name, data[:HEAD_BYTES]))
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while chunk := stream.read(1 << 20):
                out.write(chunk)
                if max_bytes is not None and out.tell() > max_bytes:
                    raise InputError(
                        f"{name}: unpacks to more than {max_bytes / 1_000_000:.0f} MB; "
                        "run `skillgap analyze` on it instead (it streams any size), or split it"
                    )
    except GZIP_ERRORS as e:
        raise InputError(gzip_damage(name, e)) from None
    if not out.tell():
        raise InputError(f"{name}: the file is empty")
    return out.getvalue(), Path(lower[:-3] if lower.endswith(".gz") else lower).suffix


def columns_from_bytes(data: bytes, name: str, max_bytes: int | None = None) -> list[str]:
    """The column names of a postings file held in memory, in any format :func:`rows_from_bytes`
    reads except a spreadsheet: a CSV header, the keys of a JSON Lines file's first object (the
    fields the readers guess the text and id from), a Parquet schema. InputError when it has none."""
    data, suffix = unpacked(data, name, max_bytes)
    if suffix == ".parquet":
        return _parquet_file(io.BytesIO(data), name).schema_arrow.names
    if suffix in JSON_LINES_SUFFIXES:
        with decode_stream(data, name, newline=None) as handle:
            if suffix == ".json":
                _refuse_json_array(handle, name)
            for n, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    raise InputError(
                        f"{name}: line {n} is not valid JSON ({e.msg}); write one JSON object per line"
                    ) from None
                if not isinstance(obj, dict) or not obj:
                    raise InputError(f"{name}: line {n} is not a JSON object with fields; write one per line")
                return [str(k) for k in obj]
        raise InputError(f"{name}: has no rows")
    try:
        handle = decode_stream(data, name)
        first = handle.readline()
        hinted = excel_separator(first)  # Excel's "sep=;" line: the header is the next line
        delimiter = hinted or csv_delimiter(first)  # as the reader finds it (semicolons, tabs …)
        if not hinted:
            handle.seek(0)
        header = next(csv.reader(handle, delimiter=delimiter), [])
    except csv.Error as e:
        raise InputError(f"{name}: not a readable CSV file ({e})") from None
    header = [h.strip() for h in header]
    if not any(header):
        raise InputError(f"{name}: the file is empty or has no header row")
    return header


def _refuse_json_array(handle: IO[str], name: str) -> None:
    """A ``.json`` file is read as JSON Lines; one holding an array (not streamable) is refused by
    name. Looks at the start of ``handle`` and rewinds it."""
    first = handle.read(4096).lstrip("\ufeff \t\r\n")[:1]
    handle.seek(0)
    if first == "[":
        handle.close()
        raise InputError(
            f"{name}: holds a JSON array; write one JSON object per line (JSON Lines, .jsonl) and try again"
        )


def decode_stream(data: bytes, name: str, newline: str | None = "") -> io.TextIOWrapper:
    """The bytes as a text stream decoded as it is read, checked first (InputError, as
    :func:`decode_bytes`) a megabyte at a time, so no copy of the whole text is ever made."""
    encoding = _sniff_encoding(data[:4], name)
    if encoding == "utf-8" and looks_binary(data[:HEAD_BYTES]):  # a stray NUL only makes its row an error
        raise InputError(_binary(name, data[:HEAD_BYTES], packed_kind_of(data)))
    decoder = codecs.getincrementaldecoder(encoding)()
    step = 1 << 20
    for start in range(0, len(data), step):
        chunk = data[start : start + step]
        try:
            decoder.decode(chunk, final=start + step >= len(data))
        except UnicodeDecodeError as e:
            raise InputError(_not_utf8(name, chunk, max(e.start, 0), offset=start)) from None
    return io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline=newline)


def decode_bytes(data: bytes, name: str) -> str:
    encoding = _sniff_encoding(data[:4], name)
    if encoding == "utf-8" and looks_binary(data[:HEAD_BYTES]):
        raise InputError(_binary(name, data[:HEAD_BYTES], packed_kind_of(data)))
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputError(_not_utf8(name, data, e.start)) from None


def check_encoding(path: Path, compressed: bool = False) -> str:
    """The file's encoding (utf-8, utf-8-sig or utf-16); InputError if it is binary or not UTF-8.

    The whole file is checked up front, in chunks, so a bad byte far down the file cannot stop a
    long run halfway.
    """
    with _open_binary(path, compressed) as f:
        try:
            head = f.read(HEAD_BYTES)
        except GZIP_ERRORS as e:
            raise InputError(
                gzip_damage(str(path), e) if compressed else f"{path}: cannot read the file ({e})"
            ) from None
        encoding = _sniff_encoding(head[:4], str(path))
        if encoding != "utf-8":
            return encoding
        if looks_binary(head):
            # a gzip is not read to its end for a zip's directory inside: its first bytes tell
            kind = packed_kind(head) if compressed else packed_kind_of_file(f, head)
            raise InputError(_binary(str(path), head, kind))
        decoder = codecs.getincrementaldecoder("utf-8")()
        offset = 0
        chunk = head
        try:
            while chunk:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as e:
                    raise InputError(_not_utf8(str(path), chunk, e.start, offset)) from None
                offset += len(chunk)
                chunk = f.read(1 << 20)
            decoder.decode(b"", final=True)
        except GZIP_ERRORS as e:
            raise InputError(
                gzip_damage(str(path), e) if compressed else f"{path}: cannot read the file ({e})"
            ) from None
        except UnicodeDecodeError:
            raise InputError(f"{path}: is not UTF-8 text (it ends in the middle of a character)") from None
    return "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"


def _sniff_encoding(head: bytes, name: str) -> str:
    """The encoding a file's first four bytes name by their byte-order mark (utf-8 without one);
    InputError for UTF-32, whose little-endian mark starts with UTF-16's (read as UTF-16, its text
    was every other character a NUL, and the file was refused for "no text column")."""
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise InputError(f"{name}: is UTF-32 text; {_SAVE_AS_UTF8}")
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8"


_SAVE_AS_UTF8 = "save it as UTF-8 (or UTF-16 with a BOM) and try again"


#: Share of NUL bytes (or of other control bytes) in the first 8 KB above which a file is binary.
BINARY_NUL_SHARE = 0.01
BINARY_CONTROL_SHARE = 0.05
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1b")


def looks_binary(head: bytes) -> bool:
    """Whether the first bytes of a file are binary data (or UTF-16 without a BOM) rather than text
    with a stray NUL: a few NULs in text only make their rows errors (see :func:`_row`). A zip
    archive, an old Office file or a PDF (a workbook or a document under a text name) is binary
    whatever its NULs."""
    if head.startswith((_ZIP_SIGNATURE, _ZIP_END, _OLE_SIGNATURE, _PDF_SIGNATURE)):
        return True
    if not head or b"\x00" not in head:
        return False
    nul = head.count(0)
    if nul > max(2, BINARY_NUL_SHARE * len(head)) or head.startswith(b"\x00"):
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > BINARY_CONTROL_SHARE * len(head)


#: The first bytes of a zip archive (.xlsx, .ods, .docx …), of an OLE2 compound file (.xls, .doc)
#: and of a PDF.
_ZIP_SIGNATURE = b"PK\x03\x04"
_OLE_SIGNATURE = bytes.fromhex("d0cf11e0a1b11ae1")
_PDF_SIGNATURE = b"%PDF-"
_ZIP_ENTRY = re.compile(rb"PK\x03\x04.{22}(..)(..)", re.DOTALL)

#: What :func:`packed_kind` tells apart: the kind's name in messages and its file-name suffix.
PACKED_KINDS: dict[str, tuple[str, str]] = {
    "xlsx": ("an Excel workbook (.xlsx)", ".xlsx"),
    "ods": ("an OpenDocument spreadsheet (.ods)", ".ods"),
    "ole": ("an Excel 97-2003 workbook (.xls) or another old Office file", ".xls"),
    "docx": ("a Word document (.docx)", ".docx"),
    "odt": ("an OpenDocument text (.odt)", ".odt"),
    "pdf": ("a PDF", ".pdf"),
    "zip": ("a zip archive", ".zip"),
}
_OPENDOCUMENT = {
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
    b"application/vnd.oasis.opendocument.text": "odt",
}


def _zip_entries(head: bytes) -> Iterator[tuple[str, bytes]]:
    """(name, first stored bytes) of each zip entry whose local header is in ``head``: the header
    signature, 22 bytes of fields, the name and extra-field lengths, then the name."""
    for m in _ZIP_ENTRY.finditer(head):
        start = m.end() + int.from_bytes(m.group(1), "little")
        name = head[m.end() : start].decode("utf-8", "replace")
        yield name, head[start + int.from_bytes(m.group(2), "little") :][:80]


def packed_kind(head: bytes, read: Callable[[int, int], bytes] | None = None, size: int = 0) -> str | None:
    """What a file whose first bytes are ``head`` really is, when it is a workbook, a document, a
    PDF or a zip archive (a key of :data:`PACKED_KINDS`); None for anything else. An .xlsx keeps its
    sheets under ``xl/``, a .docx its text under ``word/``; an OpenDocument file names its kind in
    a ``mimetype`` entry stored first.

    ``read(offset, length)`` reads the whole file (``size`` bytes): with it a zip's entries are
    named by its central directory (:func:`_zip_directory`, bounded), so a .docx whose Word parts
    lie past the first bytes (a preview image stored first) is still a Word document. Without it,
    only the entries whose headers are in ``head`` count. :func:`packed_kind_of` and
    :func:`packed_kind_of_file` pass it."""
    if head.startswith(_PDF_SIGNATURE):
        return "pdf"
    if head.startswith(_OLE_SIGNATURE):
        return "ole"
    if head.startswith(_ZIP_END):  # an empty archive is its end record alone
        return "zip"
    if not head.startswith(_ZIP_SIGNATURE):
        return None
    entries = _zip_entries(head)
    if read is not None:
        entries = itertools.chain(entries, _zip_directory(read, size))
    for entry, data in entries:
        if entry.startswith("xl/"):
            return "xlsx"
        if entry.startswith("word/"):
            return "docx"
        if entry == "mimetype":
            kind = next((k for mime, k in _OPENDOCUMENT.items() if data.startswith(mime)), None)
            if kind:
                return kind
    return "zip"


def packed_kind_of(data: bytes) -> str | None:
    """:func:`packed_kind` of a whole file held in memory (an upload, a résumé, a profile)."""
    return packed_kind(data[:HEAD_BYTES], lambda offset, length: data[offset : offset + length], len(data))


def packed_kind_of_file(f: BinaryIO, head: bytes) -> str | None:
    """:func:`packed_kind` of an open, seekable file whose first bytes are ``head``; the position is
    left where it was."""
    if not head.startswith(_ZIP_SIGNATURE):
        return packed_kind(head)
    where = f.tell()
    size = f.seek(0, io.SEEK_END)

    def read(offset: int, length: int) -> bytes:
        f.seek(offset)
        return f.read(length)

    try:
        return packed_kind(head, read, size)
    finally:
        f.seek(where)


#: The first bytes of a file that tell what it is (binary or text, a workbook or a document).
HEAD_BYTES = 8192
#: A zip's central directory is looked for in its last bytes: the end record (22 bytes) and the
#: longest archive comment it may have.
_ZIP_END_SEARCH = 22 + 65_535
#: At most this much of a central directory is read (46 bytes and a name an entry: thousands of
#: entries; a Word document has a few dozen).
MAX_ZIP_DIRECTORY = 1 << 20
_ZIP_END = b"PK\x05\x06"
_ZIP_CENTRAL = b"PK\x01\x02"
#: A ZIP64 archive (past 65,535 entries or 4 GB, or so written by its tool) puts its own end record
#: (56 bytes) and a locator of it (20 bytes) between the central directory and the end record.
_ZIP64_END = b"PK\x06\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"


def _end_record(tail: bytes) -> int:
    """Where in ``tail`` (a zip's last bytes) its end record starts: the last one whose comment runs
    to the end of the file (a comment may itself hold the record's signature), else the last
    signature (a file with bytes after its comment); -1 when there is none. Linear: each byte of
    ``tail`` is searched once."""
    last = end = tail.rfind(_ZIP_END)
    while end >= 0:
        if end + 22 + int.from_bytes(tail[end + 20 : end + 22], "little") == len(tail):
            return end
        end = tail.rfind(_ZIP_END, 0, end)
    return last


def _zip_directory(read: Callable[[int, int], bytes], size: int) -> Iterator[tuple[str, bytes]]:
    """(name, first stored bytes) of the entries a zip's central directory lists, read from its end
    record: at most :data:`MAX_ZIP_DIRECTORY` bytes of it, and the stored bytes only of an entry
    called ``mimetype`` (an OpenDocument file's kind). A zip without an end record, or one whose
    directory does not fit in the file, lists nothing."""
    tail_start = max(0, size - _ZIP_END_SEARCH)
    tail = read(tail_start, size - tail_start)
    end = _end_record(tail)
    if end < 0 or len(tail) - end < 22:
        return
    directory_size = int.from_bytes(tail[end + 12 : end + 16], "little")
    directory_offset = int.from_bytes(tail[end + 16 : end + 20], "little")
    directory_end = tail_start + end
    if directory_end >= 76 and read(directory_end - 20, 4) == _ZIP64_LOCATOR:
        record = read(directory_end - 76, 56)  # the ZIP64 end record, where its writers put it
        if len(record) == 56 and record.startswith(_ZIP64_END):
            directory_size = int.from_bytes(record[40:48], "little")
            directory_offset = int.from_bytes(record[48:56], "little")
            directory_end -= 76
    start = directory_end - directory_size  # where it is, whatever the file holds before the zip
    if start < 0:
        return
    directory = read(start, min(directory_size, MAX_ZIP_DIRECTORY))
    skew = start - directory_offset  # bytes before the zip itself
    pos = 0
    while directory.startswith(_ZIP_CENTRAL, pos) and pos + 46 <= len(directory):
        name_length, extra_length, comment_length = (
            int.from_bytes(directory[pos + k : pos + k + 2], "little") for k in (28, 30, 32)
        )
        name = directory[pos + 46 : pos + 46 + name_length].decode("utf-8", "replace")
        data = b""
        if name == "mimetype":
            local = int.from_bytes(directory[pos + 42 : pos + 46], "little") + skew
            header = read(local, 30) if 0 <= local < size else b""
            if header.startswith(_ZIP_SIGNATURE) and len(header) == 30:
                skip = 30 + int.from_bytes(header[26:28], "little") + int.from_bytes(header[28:30], "little")
                data = read(local + skip, 80)
        yield name, data
        pos += 46 + name_length + extra_length + comment_length


#: What to do with a document given where postings text goes.
_SAVE_AS_TEXT = (
    "open it in Word or LibreOffice and save it as plain text (File > Save As > Plain Text), then use the .txt file"
)


def _packed(name: str, kind: str | None) -> str | None:
    """Why a workbook, a document, a PDF or a zip archive (``kind``, :func:`packed_kind`) given as
    postings text is refused, with what to do; None for other data."""
    if kind is None:
        return None
    what = f"{name}: is {PACKED_KINDS[kind][0]}, not text"
    if kind == "xlsx":
        base = Path(name[:-3] if name.lower().endswith(".gz") else name)
        return (
            f"{spreadsheet_message(name, what.partition(': ')[2])}; or name it "
            f"{base.with_suffix('.xlsx').name}, which is read with {XLSX_EXTRA}"
        )
    if kind in ("ods", "ole"):
        return spreadsheet_message(name, what.partition(": ")[2])
    if kind in ("docx", "odt"):
        return f"{what}; {_SAVE_AS_TEXT}"
    if kind == "pdf":
        return f"{what}; copy its text into a plain text file (.txt), then use the .txt file"
    return f"{what}; unzip it and use the file inside (a .gz file is read as it is)"


def _binary(name: str, head: bytes, kind: str | None) -> str:
    """Why a file with NUL bytes is refused: a workbook or a zip archive (:func:`_packed`, ``kind``
    as :func:`packed_kind` tells it from the whole file), UTF-16 without its byte-order mark, or
    binary data."""
    packed = _packed(name, kind)
    if packed:
        return packed
    if len(head) >= 8 and _mostly_nul(head, 4, 3):
        return f"{name}: looks like UTF-32 text without a byte-order mark; {_SAVE_AS_UTF8}"
    if len(head) >= 4 and _mostly_nul(head, 2, 1):
        return f"{name}: looks like UTF-16 text without a byte-order mark; {_SAVE_AS_UTF8}"
    return f"{name}: looks like a binary file, not text (it contains NUL bytes)"


def _mostly_nul(head: bytes, width: int, zeros: int) -> bool:
    """Whether ``zeros`` byte positions in every ``width`` bytes are (nearly) all NUL, the high bytes
    of ASCII text in a ``width``-byte encoding: the ``zeros`` after its first byte (little-endian) or
    before its last (big-endian)."""

    def nul(position: int) -> bool:
        column = head[position::width]
        return column.count(0) >= 0.9 * len(column)

    return all(nul(p) for p in range(1, zeros + 1)) or all(nul(p) for p in range(width - 1 - zeros, width - 1))


def _not_utf8(name: str, data: bytes, pos: int, offset: int = 0) -> str:
    byte = data[pos] if pos < len(data) else 0
    return f"{name}: is not UTF-8 text (byte 0x{byte:02x} at offset {offset + pos:,}); {_SAVE_AS_UTF8}"


def _open_binary(path: Path, compressed: bool) -> BinaryIO:
    try:
        if compressed:
            with path.open("rb") as raw:
                head = raw.read(HEAD_BYTES)
            if head and not head.startswith(GZIP_MAGIC):
                raise InputError(_not_gzip(str(path), head))
        return gzip.open(path, "rb") if compressed else path.open("rb")  # type: ignore[return-value]
    except OSError as e:
        raise InputError(f"{path}: cannot open the file ({e.strerror or e})") from None


#: The first two bytes of every gzip stream.
GZIP_MAGIC = b"\x1f\x8b"
#: What reading a gzip stream raises when it is not whole: BadGzipFile (an OSError: a failed
#: checksum or length), EOFError (cut short), zlib.error (damaged compressed data).
GZIP_ERRORS = (OSError, EOFError, zlib.error)


def gzip_damage(name: str, error: BaseException) -> str:
    """What a gzip file that cannot be unpacked whole is told, in our words rather than zlib's
    ("Compressed file ended before the end-of-stream marker was reached", "Error -3 while
    decompressing data: invalid distance too far back", "CRC check failed 0x… != 0x…").

    >>> gzip_damage("p.csv.gz", EOFError("Compressed file ended before the end-of-stream marker was reached"))
    'p.csv.gz: not a readable gzip file: it ends before its compressed data does (cut short by an interrupted download or copy?); download or copy it again'
    """
    if isinstance(error, EOFError):
        return (
            f"{name}: not a readable gzip file: it ends before its compressed data does (cut short by an "
            "interrupted download or copy?); download or copy it again"
        )
    if isinstance(error, (zlib.error, gzip.BadGzipFile)):
        return (
            f"{name}: not a readable gzip file: its compressed data is damaged (it does not unpack to what was "
            "packed); download or compress it again"
        )
    return f"{name}: cannot read the file ({getattr(error, 'strerror', None) or error})"


def _not_gzip(name: str, head: bytes) -> str:
    """What a file named .gz that is not gzip-compressed is told (a plain CSV renamed, most likely)."""
    said = f"{name}: is not gzip-compressed although its name ends in .gz"
    return said + (" (it looks like plain text: rename it without .gz)" if not looks_binary(head) else "")


def _open_text(path: Path, compressed: bool, encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(_open_binary(path, compressed), encoding=encoding, newline="")


def _rows_from_pipe(path: Path, id_column, text_column, report: ReadReport, names: NameColumns) -> RowStream:
    """Rows of a file that is no regular file (its size says nothing and it can be read only once):
    by its name's format where the name has one, else told apart as standard input is."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read the file ({e.strerror or e})") from None
    lower = path.name.lower()
    suffix = Path(lower[:-3] if lower.endswith(".gz") else lower).suffix
    if lower.endswith(".gz") or suffix in NAMED_FORMAT_SUFFIXES:
        return _rows_from_bytes(data, str(path), id_column, text_column, report, names)
    return _rows_from_stdin(data, id_column, text_column, report, names, str(path))


def _rows_from_stdin(
    data: bytes, id_column, text_column, report, names: NameColumns, name: str = "standard input"
) -> RowStream:
    """Rows of standard input (or of a pipe named ``name``): a CSV when its first line is a header
    naming a posting-text column, else one posting of plain text."""
    if not data.strip():
        raise InputError(f"{name} is empty" if name == "standard input" else f"{name}: the file is empty")
    if data.startswith(GZIP_MAGIC):  # "gzip -c p.csv | skillgap extract -": no name says so
        data, _ = unpacked(data, name, gzipped=True)
    text = decode_bytes(data, name)
    lines = text.lstrip("\ufeff").split("\n", 2)
    first_line = lines[0]
    if excel_separator(first_line):  # Excel's "sep=;" line: the header is the next line
        first_line = lines[1] if len(lines) > 1 else ""
    header = next(csv.reader([first_line], delimiter=csv_delimiter(first_line, text_column)), [])
    if _is_csv_header(header, text_column):
        return _first_row_now(
            _rows_from_csv(io.StringIO(text, newline=""), id_column, text_column, report, name, names)
        )
    stem = _text_posting_id(Path(name).name)  # a pipe's name ("/dev/fd/63") is a number, no posting's name
    return _rows_from_text(text, "stdin" if name == "standard input" or stem.isdigit() else stem, report, name)


def _is_csv_header(header: list[str], text_column: str | None) -> bool:
    """Whether standard input's first line is a CSV header: it names the text column, or it has
    several columns and one is named like posting text (a posting's first line "Job Description"
    alone stays a posting)."""
    cleaned = [h.strip().lstrip("\ufeff") for h in header]
    if text_column:
        return named_column(cleaned, text_column) is not None
    if DEFAULT_TEXT_COLUMN in cleaned:
        return True
    return len(cleaned) > 1 and bool(choose_posting_column(cleaned, "text").candidates)


def _text_posting_id(file_name: str) -> str:
    """The id of a posting read from a text file: its name as written, without the extensions
    ("Acme_ML-Lead.TXT" and "Acme_ML-Lead.txt.gz" are both "Acme_ML-Lead")."""
    base = file_name[:-3] if file_name.lower().endswith(".gz") else file_name
    return Path(base).stem


def _rows_from_text(text: str, pid: str, report: ReadReport, name: str) -> Generator[InputRow, None, None]:
    if _EXTRA.get():
        raise ColumnNotFoundError(
            f"{name}: no column {_EXTRA.get()[0]!r}: a posting of plain text has no columns", "extra"
        )
    return _text_rows(text, pid, report)


def _text_rows(text: str, pid: str, report: ReadReport) -> Generator[InputRow, None, None]:
    row = _row(report, pid, text, None, 1)
    report.finish()
    yield row


def _note_columns(
    header, id_column, text_column, names: NameColumns, id_idx, text_idx, name_idx, extra_idx, name, report
) -> tuple[int, ...]:
    """Warn of the columns read whose name the header has several times (see :func:`_note_copies`);
    the other copies of the text column, which each row's text is checked against."""
    columns: dict[str, tuple[int | None, bool]] = {
        "text": (text_idx, not text_column),
        "id": (id_idx, not id_column),
        "title": (name_idx[0], not names.title),
        "company": (name_idx[1], not names.company),
    }
    columns.update({f"extra:{c}": (i, False) for c, i in extra_idx.items()})
    _note_copies(header, columns, name, report)
    return column_copies(header, text_idx, not text_column)


def posting_columns(
    header: Sequence[str], id_column: str | None, text_column: str | None, name: str
) -> tuple[int | None, int]:
    """The id and text columns' indices in ``header``, found as the column options find them (named in
    any case or spacing, else guessed; ``id_column=""`` numbers the rows): for a table read by other
    means (a Dask DataFrame). :class:`~analyzer.errors.ColumnNotFoundError` names the columns found."""
    return _find_columns([str(h) for h in header], id_column, text_column, name)


def _find_columns(
    header: list[str], id_column, text_column, name: str, report: ReadReport | None = None
) -> tuple[int | None, int]:
    """The id and text columns' indices: the named ones, or those :func:`choose_posting_column` finds
    (noted in ``report.chosen_columns`` when guessed, so that the user is told which)."""
    cleaned = [str(h).strip().lstrip("\ufeff") for h in header]
    if text_column:
        text_idx = require_named_column(cleaned, text_column, name, "text", "text column")
    else:
        text_choice = choose_posting_column(cleaned, "text")
        text_idx = text_choice.require(name)
        if report is not None and text_choice.guessed:
            report.chosen_columns["text"] = cleaned[text_idx]
    if id_column == NUMBER_THE_ROWS:
        return None, text_idx
    if id_column:
        return require_named_column(cleaned, id_column, name, "id", "id column"), text_idx
    id_choice = choose_posting_column(cleaned, "id")
    if id_choice.index is None and id_choice.candidates:
        id_choice.require(name)
    if report is not None and id_choice.guessed:
        report.chosen_columns["id"] = cleaned[id_choice.index]  # type: ignore[index]
    return id_choice.index, text_idx


_ROLE_WORDS = {"text": "posting text", "id": "id", "title": "job title", "company": "company"}


def column_copies(header: Sequence[str], index: int | None, by_key: bool = False) -> tuple[int, ...]:
    """The other columns of ``header`` called as column ``index`` is (compared as found without being
    named, in any case, when ``by_key``): a header with a name twice, as a join of two tables has.

    >>> column_copies(["id", "title", "Title", "description"], 1), column_copies(["id", "title", "Title"], 1, True)
    ((), (2,))
    """
    if index is None:
        return ()
    key = _column_key if by_key else (lambda c: str(c).strip().lstrip("\ufeff"))
    wanted = key(header[index])
    return tuple(i for i, c in enumerate(header) if i != index and key(c) == wanted)


def _note_copies(header: Sequence[str], columns: dict[str, tuple[int | None, bool]], name: str, report: ReadReport):
    """Warn of each column read (role -> index, found by key) whose name the header has several times:
    which copy is read (the first), and for the posting text, that a row whose copies differ is an error."""
    cleaned = [str(h).strip().lstrip("\ufeff") for h in header]
    for role, (index, by_key) in columns.items():
        copies = column_copies(cleaned, index, by_key)
        if index is None or not copies:
            continue
        at = sorted((index, *copies))
        where = _positions(at)
        what = _ROLE_WORDS.get(role, f"column {cleaned[index]!r}")
        warning = (
            f"{name}: the column {cleaned[index]!r} appears {len(at)} times in the header (columns {where}); "
            f"the {what} is read from the first (column {index + 1})"
        )
        if role == "text":
            warning += ", and a row whose copies differ is an error"
        if warning not in report.warnings:
            report.warnings.append(warning)


def _positions(indices: Sequence[int]) -> str:
    """Columns' positions as a user counts them (from 1): "2, 4 and 7"."""
    return ", ".join(str(i + 1) for i in indices[:-1]) + f" and {indices[-1] + 1}"


def _copies_differ(
    fields: Sequence, text_idx: int, copies: tuple[int, ...], header: Sequence[str], n: int
) -> str | None:
    """The error of row ``n`` when the copies of its text column (named twice) hold different text."""
    first = "" if fields[text_idx] is None else str(fields[text_idx]).strip()
    if all(("" if fields[i] is None else str(fields[i]).strip()) == first for i in copies if i < len(fields)):
        return None
    at = sorted((text_idx, *copies))
    where = _positions(at)
    return (
        f"row {n}: the {len(at)} columns called {str(header[text_idx]).strip()!r} ({where}) hold different text; "
        "rename one so that the posting text can be named"
    )


class _Lines:
    """The lines of a CSV file for :mod:`csv`, remembering those of the current record.

    With them a record that opened a quote and never closed it (so that it ran to the end of
    the file) can be told apart from a long quoted field, and its lines read again as rows.
    """

    def __init__(self, handle):
        self.handle = handle
        self.pending: deque[str] = deque()
        self.record: list[str] = []

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self.pending.popleft() if self.pending else next(self.handle)
        self.record.append(line)
        return line

    def at_end(self) -> bool:
        if self.pending:
            return False
        try:
            self.pending.append(next(self.handle))
        except StopIteration:
            return True
        return False


def _quote_problem(lines: list[str], delimiter: str = ",") -> str | None:
    """What is wrong with the quotes of these lines (one record), or None when they are well formed."""
    try:
        for _ in csv.reader(lines, delimiter=delimiter, strict=True):
            pass
    except csv.Error as e:
        if "unexpected end of data" in str(e):
            return "a quote opened in it is never closed"
        return f"a quote in it is not closed where the field ends: {e}"
    return None


def _rows_from_csv(
    handle, id_column, text_column, report: ReadReport, name: str, names: NameColumns | None = None
) -> Iterator[InputRow]:
    lines = _Lines(handle)
    names = names or NameColumns()
    header: list[str] = []
    try:
        first = next(handle, "")
        hinted = excel_separator(first)  # Excel's "sep=;" line before the header: read and left out
        if hinted:
            first = next(handle, "")
        if first:
            lines.pending.append(first)  # read again by the reader, as the header (or part of it)
        report.delimiter = delimiter = hinted or csv_delimiter(first, text_column)
        reader = csv.reader(lines, delimiter=delimiter, strict=False)
        header = next(reader)
        id_idx, text_idx = _find_columns(header, id_column, text_column, name, report)
        extra_idx = _find_extra(header, name)
        name_idx = find_name_columns(header, names.title, names.company, name)
        text_copies = _note_columns(
            header, id_column, text_column, names, id_idx, text_idx, name_idx, extra_idx, name, report
        )
    except ColumnNotFoundError as e:
        handle.close()
        if e.role != "text":
            raise
        raise ColumnNotFoundError(str(e) + _separator_hint(header, delimiter), e.role, e.columns) from None
    except StopIteration:
        handle.close()
        raise InputError(f"{name}: the file is empty") from None
    except csv.Error as e:
        handle.close()
        raise InputError(f"{name}: not a readable CSV file ({e})") from None
    except InputError:
        handle.close()
        raise
    if id_idx is None and id_column != NUMBER_THE_ROWS:
        report.warnings.append(f"{name}: no {DEFAULT_ID_COLUMN!r} column; rows are numbered row-1, row-2, …")
    return _csv_rows(lines, handle, header, id_idx, text_idx, report, name, extra_idx, name_idx, delimiter, text_copies)


def _csv_rows(
    lines: _Lines,
    handle,
    header: list[str],
    id_idx,
    text_idx,
    report: ReadReport,
    name: str,
    extra_idx: dict[str, int],
    name_idx: tuple[int | None, int | None] = (None, None),
    delimiter: str = ",",
    text_copies: tuple[int, ...] = (),
) -> Iterator[InputRow]:
    width = len(header)
    reader = csv.reader(lines, delimiter=delimiter, strict=False)
    n = 0
    try:
        while True:
            lines.record.clear()
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                n += 1
                yield _row(report, f"row-{n}", None, f"row {n} is not valid CSV ({e})", n)
                continue
            if not fields:
                continue  # a blank line is no row
            n += 1
            spanned = len(lines.record)
            problem = None
            if spanned > 1:
                # (also when the fields come out right: a stray quote closed by the next row's opening
                # one swallows that row whole, its id and text into this row's text, and no field is missing)
                problem = _quote_problem(lines.record, delimiter)
            if problem:
                # A stray quote made this row swallow the lines after it (up to the next quote, or
                # to the end of the file). Report the row with its first line and read the lines
                # after it again as rows, so that no other row is lost.
                first = next(csv.reader([lines.record[0]], delimiter=delimiter, strict=False), [])
                pid = clean_id(first[id_idx]) if id_idx is not None and id_idx < len(first) else ""
                lines.pending.extendleft(reversed(lines.record[1:]))
                reader = csv.reader(lines, delimiter=delimiter, strict=False)
                again = (
                    "the line after it is read as a row again"
                    if spanned == 2
                    else f"the {spanned - 1} lines after it are read as rows again"
                )
                yield _row(report, pid or f"row-{n}", None, f"row {n} is not valid CSV ({problem}); {again}", n)
                continue
            pid = clean_id(fields[id_idx]) if id_idx is not None and id_idx < len(fields) else ""
            if not pid:
                pid = f"row-{n}"
                if id_idx is not None:
                    report.warnings.append(f"{name}: row {n} has no id; it is called {pid!r}")
            if len(fields) != width:
                hint = f" (it runs over {spanned} lines: is a quote missing?)" if spanned > 1 else ""
                yield _row(
                    report,
                    pid,
                    None,
                    f"row {n} has {len(fields)} field{'' if len(fields) == 1 else 's'} "
                    f"but the header has {width}{hint}",
                    n,
                )
                continue
            title, company = (_name_cell(fields, i) for i in name_idx)
            differ = _copies_differ(fields, text_idx, text_copies, header, n) if text_copies else None
            if differ:
                row = _row(report, pid, None, differ, n, title, company)
            else:
                row = _row(report, pid, fields[text_idx], None, n, title, company)
            if extra_idx:
                row.extra = _extra_of(extra_idx, fields)
            yield row
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: is not UTF-8 text after row {n} ({e.reason})") from None
    finally:
        handle.close()
        report.finish()
    if n == 0:
        raise InputError(f"{name}: has a header but no rows")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _row(
    report: ReadReport, pid: str, text, error, n: int, title: str | None = None, company: str | None = None
) -> InputRow:
    """One row, with text no writer can choke on: a lone surrogate (from a JSON ``\\ud800`` escape)
    becomes U+FFFD with a warning; a NUL in the text (binary data pasted in) makes the row an error."""
    replaced = False
    if _SURROGATE.search(pid):
        pid, replaced = _SURROGATE.sub("\ufffd", pid), True
    pid = pid.replace("\x00", "\ufffd")
    if isinstance(text, str):
        if "\x00" in text:
            text, error = None, f"row {n} contains a NUL byte (binary data, not text)"
        elif _SURROGATE.search(text):
            text, replaced = _SURROGATE.sub("\ufffd", text), True
    if replaced:
        report.note_replaced(n)
    report.rows += 1
    report.note_id(pid)
    if isinstance(text, str) and _read_in_pieces(text):
        report.note_long(n, pid, len(text))
    return InputRow(pid, text, error, n, title, company)


#: Rows named by a warning about rows read in pieces; more are counted.
_LONG_SHOWN = 3


def long_rows_warning(rows: Iterable[InputRow]) -> str | None:
    """The warning about pasted postings longer than :data:`~analyzer.records.PIECE_CHARS`, each named
    by its id, or None: they are read in pieces (as the readers warn about such rows of a file)."""
    long = [(r.row, r.id, len(r.text)) for r in rows if isinstance(r.text, str) and _read_in_pieces(r.text)]
    return _long_rows(long) if long else None


def _read_in_pieces(text: str) -> bool:
    """Whether a posting is read in pieces: longer than one piece, but not over the limit of a
    posting (such a row is an error, "posting text is … characters; the limit is …", and is not read)."""
    return PIECE_CHARS < len(text) <= MAX_POSTING_CHARS


def _long_rows(long: Sequence[tuple[int, str, int]], source: str | None = None) -> str:
    # A file's rows by number and id ("row 2 ('p7', …)"), pasted ones by their id ("Posting 2 (…)").
    named = ", ".join(
        f"row {n} ({pid!r}, {chars:,} characters)" if source is not None else f"{pid} ({chars:,} characters)"
        for n, pid, chars in long[:_LONG_SHOWN]
    )
    also = f" and {len(long) - _LONG_SHOWN:,} more" if len(long) > _LONG_SHOWN else ""
    one = len(long) == 1
    return (
        f"{f'{source}: ' if source else ''}{named}{also} {'is' if one else 'are'} longer than a posting "
        f"(several pasted as one?): {'it is' if one else 'each is'} {PIECES_READ}"
    )


def clean_id(value) -> str:
    """A row id as text, stripped; the empty string for a missing one (None, NaN, "null")."""
    value = "" if value is None else str(value).strip()
    return "" if value.lower() in ("nan", "none", "null") else value


def _rows_from_jsonl(
    handle, id_column, text_column, report: ReadReport, name: str, names: NameColumns | None = None
) -> Iterator[InputRow]:
    names = names or NameColumns()
    want_text = text_column or DEFAULT_TEXT_COLUMN
    want_id: str | None = id_column or DEFAULT_ID_COLUMN
    extra = _EXTRA.get()  # read now: this generator runs on after open_postings returns
    extra_keys: dict[str, str] = {}
    n = 0
    fields_found = False
    try:
        for line in handle:
            if not line.strip():
                continue
            n += 1
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                yield _row(report, f"row-{n}", None, f"row {n} is not valid JSON ({e.msg})", n)
                continue
            if not isinstance(obj, dict):
                yield _row(report, f"row-{n}", None, f"row {n} is not a JSON object", n)
                continue
            if not fields_found:  # guessed from the first object's keys, as from a CSV header
                want_id, want_text = _jsonl_fields(list(obj), id_column, text_column, name, report)
                extra_keys = {c: _json_key(list(obj), c) for c in extra}
                fields_found = True
            pid = (clean_id(obj.get(want_id)) if want_id is not None else "") or f"row-{n}"
            text = obj.get(want_text)
            title, company = _json_names(obj, names)
            if want_text not in obj:
                yield _row(report, pid, None, f"row {n} has no {want_text!r} field", n)
            elif text is not None and not isinstance(text, str):  # null is a missing text, as an empty cell
                yield _row(report, pid, None, f"row {n}: {want_text!r} is not a string", n)
            else:
                row = _row(report, pid, text, None, n, title, company)
                if extra:  # a JSON object without the field has no value there (no header to check)
                    row.extra = {c: _cell(obj.get(k)) for c, k in extra_keys.items()}
                yield row
    finally:
        handle.close()
        report.finish()
    if n == 0:
        raise InputError(f"{name}: has no rows")


def _json_key(keys: list[str], given: str) -> str:
    """The field of the first object's ``keys`` that a named field stands for (:func:`named_column`:
    in any case or spacing); the name as given when none is (its rows then say they lack it)."""
    index = named_column(keys, given)
    return given if index is None else keys[index]


def _jsonl_fields(keys: list[str], id_column, text_column, name: str, report: ReadReport) -> tuple[str | None, str]:
    """The id and text fields of a JSON Lines file: the named ones, or those guessed from ``keys``."""
    want_text = _json_key(keys, text_column) if text_column else DEFAULT_TEXT_COLUMN
    if id_column == NUMBER_THE_ROWS:
        return None, want_text if text_column or want_text in keys else _guess_text_field(keys, name, report)
    want_id = _json_key(keys, id_column) if id_column else DEFAULT_ID_COLUMN
    if not text_column and want_text not in keys:
        want_text = _guess_text_field(keys, name, report)
    if id_column is None and want_id not in keys:
        id_idx = choose_posting_column(keys, "id").index
        if id_idx is not None:
            want_id = keys[id_idx]
            report.chosen_columns["id"] = want_id
    return want_id, want_text


def _guess_text_field(keys: list[str], name: str, report: ReadReport) -> str:
    text_field = keys[choose_posting_column(keys, "text").require(name)]
    report.chosen_columns["text"] = text_field
    return text_field


def _json_names(obj: dict, names: NameColumns) -> tuple[str | None, str | None]:
    keys = list(obj)
    out = []
    for given, usual in ((names.title, TITLE_COLUMNS), (names.company, COMPANY_COLUMNS)):
        idx = named_column(keys, given) if given else guess_column(keys, usual)
        value = obj[keys[idx]] if idx is not None else None
        out.append(clean_id(value) or None if isinstance(value, (str, int, float)) else None)
    return out[0], out[1]


def _parquet_file(source: Path | BinaryIO, name: str):
    """A ``pyarrow.parquet.ParquetFile`` of ``source`` (a path, or the bytes of an upload)."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingDependencyError(
            "reading Parquet needs the pyarrow package, which is not installed", "pyarrow"
        ) from None
    try:
        return pq.ParquetFile(source)
    except Exception as e:  # noqa: BLE001 - pyarrow raises several types for a bad file
        raise InputError(f"{name}: not a readable Parquet file ({e})") from None


def _rows_from_parquet(
    source: Path | BinaryIO,
    id_column,
    text_column,
    report: ReadReport,
    name_columns: NameColumns,
    name: str | None = None,
) -> RowStream:
    name = name or str(source)
    pf = _parquet_file(source, name)
    header = [str(c) for c in pf.schema_arrow.names]
    id_idx, text_idx = _find_columns(header, id_column, text_column, name, report)
    name_idx = find_name_columns(header, name_columns.title, name_columns.company, name)
    extra_idx = _find_extra(header, name)
    # A name the schema has twice (a join of two tables) is read from its first copy, as in a CSV file.
    text_copies = _note_columns(
        header, id_column, text_column, name_columns, id_idx, text_idx, name_idx, extra_idx, name, report
    )
    wanted = [i for i in (text_idx, id_idx, *name_idx, *extra_idx.values(), *text_copies) if i is not None]
    report.total_rows = pf.metadata.num_rows
    return _parquet_rows(pf, header, wanted, id_idx, text_idx, report, name_idx, extra_idx, text_copies, name)


def _parquet_rows(
    pf, header, wanted, id_idx, text_idx, report, name_idx, extra_idx, text_copies=(), name="the Parquet file"
) -> Generator[InputRow, None, None]:
    """The rows of the columns ``wanted`` (indices into ``header``). A batch holds every copy of a
    name asked for, in schema order among themselves: column ``i`` is the k-th of its name there.
    Data that cannot be decoded (a damaged page: pyarrow raises OSError, ArrowInvalid or
    UnicodeDecodeError) is an InputError naming the file and where, as a damaged header is."""
    wanted = list(dict.fromkeys(wanted))
    copy_of = {i: header[:i].count(header[i]) for i in wanted}  # 0 for the first column of its name
    n = 0
    try:
        batches = pf.iter_batches(batch_size=2048, columns=list(dict.fromkeys(header[i] for i in wanted)))
        while True:
            try:
                batch = next(batches, None)
                if batch is None:
                    break
                in_batch = [str(c) for c in batch.schema.names]
                cells = {
                    i: batch.column([b for b, c in enumerate(in_batch) if c == header[i]][copy_of[i]]).to_pylist()
                    for i in wanted
                }
            except Exception:  # noqa: BLE001 - pyarrow raises several types for damaged data
                after = f" after row {n:,}" if n else ""  # the rows before it were read whole
                raise InputError(
                    f"{name}: not a readable Parquet file: its data{after} is damaged; write or download it again"
                ) from None
            none = [None] * batch.num_rows
            texts = cells[text_idx]
            ids = cells[id_idx] if id_idx is not None else none
            titles, companies = (cells[i] if i is not None else none for i in name_idx)
            for r in range(batch.num_rows):
                n += 1
                pid = clean_id(ids[r]) or f"row-{n}"
                title, company = clean_id(titles[r]) or None, clean_id(companies[r]) or None
                text = texts[r]
                differ = None
                if text_copies:
                    fields: list = [None] * len(header)
                    for i in (text_idx, *text_copies):
                        fields[i] = cells[i][r]
                    differ = _copies_differ(fields, text_idx, text_copies, header, n)
                if differ:
                    row = _row(report, pid, None, differ, n, title, company)
                elif text is None:
                    row = _row(report, pid, None, "posting text is missing", n, title, company)
                else:
                    row = _row(report, pid, str(text), None, n, title, company)
                if extra_idx:
                    row.extra = {c: _cell(cells[i][r]) for c, i in extra_idx.items()}
                yield row
    finally:
        report.finish()
