"""Gap-analysis reports: JSON, CSV, Markdown and HTML, for the CLI and the dashboard alike.

- ``json``: :meth:`Analysis.to_dict`, the whole analysis, on one line.
- ``csv``: one row per (posting, skill), each with its posting's ``posting_number`` (its place in
  the input, the number of the Markdown and HTML index) and ``verdict`` (``have`` / ``choice_met`` /
  ``missing``; ``status`` says the same as ``matched`` / ``choice met`` / ``missing``), the choice's
  ``options``, and the ``reason`` in words; one ``education`` row per degree requirement (``met``
  true / false / empty); a posting that could not be analysed gets one ``error`` row and one without
  skills a ``no skills`` row, so every posting appears; a posting read in pieces (over
  :data:`~analyzer.records.PIECE_CHARS` characters) gets a ``note`` row, its words in ``reason``.
  Postings of several files read as one batch also have ``source_file`` and ``source_row``
  (:data:`CSV_SOURCE_COLUMNS`). Every text cell goes through :func:`csv_safe`.
- ``md``: a report a person would send to a mentor: a contents list, the summary, top gaps
  (technical, then business and communication, apart),
  coverage per category, gaps per interview round, the profile, an index of the postings (name,
  coverage, missing skills, a link each), then each posting with its gaps grouped by the sentence
  that asks for them (each sentence quoted once).
- ``html``: the same content as one self-contained, printable page with inline SVG charts; each
  posting's detail is a collapsed ``<details>`` (opened by its link in the index). No script, no
  external resource; every piece of posting or résumé text is escaped.

Markdown and HTML are one view model (headings, paragraphs, lists, tables, charts of plain text
pieces, built by ``_head_blocks``, ``_posting_blocks`` and :data:`HOW_TO_READ`) rendered twice, so
the two formats say the same things; each renderer escapes every text piece (Markdown with
:func:`~analyzer.io.markdown.md_escape`, HTML with :func:`html.escape`).

Every report is written by one :class:`ReportWriter`, a posting at a time, so any number of
postings fits in memory: :func:`open_report` streams a report to a file (what ``skillgap analyze``
does), :func:`render_report` renders an :class:`~analyzer.gap.analysis.Analysis` held in memory (what the
dashboard does) and :func:`write_report` writes one to a file; all three give the same text.

>>> csv_safe("=HYPERLINK(...)"), csv_safe("- Python"), csv_safe("Python")
("'=HYPERLINK(...)", "'- Python", 'Python')
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import shutil
import sys
import tempfile
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from ..errors import OutputError
from ..gap.analysis import Analysis, SummaryBuilder
from ..gap.experience import ExperienceDemand, ExperienceGap, ExperienceTally
from ..gap.profile import YEARS_FROM, Profile, describe_source, describe_unresolved, years_alone_messages
from ..gap.ranking import BUSINESS, TECHNICAL, by_importance, filter_gaps
from ..plural import counted
from ..records import (
    BROAD_THRESHOLD,
    CHOICE_MET,
    DEPTH_THRESHOLD,
    HAVE,
    MISSING,
    NOT_IN_TAXONOMY,
    PIECES_READ,
    Choice,
    EducationVerdict,
    EvidenceSpan,
    GapItem,
    PostingGap,
    Summary,
    is_unlisted,
)
from ..taxonomy import Taxonomy
from .atomic import atomic_text
from .markdown import md_escape

FORMATS = {".json": "json", ".csv": "csv", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
_FORMAT_NAMES = ("json", "csv", "md", "html")
#: Gaps listed in the "top gaps" sections of the Markdown and HTML reports.
TOP_GAPS = 25
#: Business and communication gaps (communication, collaboration …) are listed apart, fewer of them.
TOP_BUSINESS_GAPS = 10
#: Evidence sentences longer than this are shortened (around the skill) in Markdown and HTML.
EVIDENCE_CHARS = 300
CSV_COLUMNS = [
    "posting_id",
    "posting_number",
    "title",
    "company",
    "status",
    "verdict",
    "skill",
    "skill_id",
    "category",
    "requirement",
    "years",
    "your_years",
    "how",
    "via",
    "options",
    "met",
    "reason",
    "coverage",
    "evidence",
    "error",
]
#: With postings read from several files as one batch (``skillgap analyze a.csv b.xlsx``, the
#: dashboard's upload of several files), each CSV row says after ``posting_number`` which file
#: its posting came from and its data row there.
CSV_SOURCE_COLUMNS = ["source_file", "source_row"]
_FORMULA_CHARS = ("=", "+", "-", "@", "\t", "\r")
#: Look-alikes a spreadsheet (or its import) may read as a formula start: the minus sign, and
#: (through NFKC) the full-width and small forms of ``= + - @``.
_FORMULA_LOOKALIKES = {"\u2212"}


def csv_safe(cell: object) -> object:
    """Neutralise a cell a spreadsheet would run as a formula: it starts, after any spaces and
    invisible characters (zero-width space, BOM, direction marks), with ``= + - @``, a look-alike of
    one (full-width ``＝``, minus sign ``−``) or a tab or CR."""
    if isinstance(cell, str) and cell and _formula_start(cell):
        return "'" + cell
    return cell


def _formula_start(cell: str) -> bool:
    if cell[0] in _FORMULA_CHARS:
        return True
    for ch in cell:
        if ch in _FORMULA_CHARS or ch in _FORMULA_LOOKALIKES:
            return True
        if ch.isspace() or unicodedata.category(ch) == "Cf":  # spaces, ZWSP, BOM, bidi marks
            continue
        return unicodedata.normalize("NFKC", ch)[:1] in _FORMULA_CHARS
    return False


def render_report(
    analysis: Analysis,
    fmt: str,
    *,
    extra: Mapping[str, object] | None = None,
    sections: Sequence[str] = (),
    contents: Sequence[tuple[str, str]] = (),
) -> str:
    """The report as text in ``fmt``: ``json``, ``csv``, ``md`` or ``html`` (built in memory);
    ``extra``, ``sections`` and ``contents`` as for :meth:`ReportWriter.finish` (the plan:
    :mod:`analyzer.io.views`)."""
    _check_format(fmt)
    buf = io.StringIO()
    sources = any(p.source is not None for p in analysis.postings)
    writer = ReportWriter(buf, fmt, analysis.profile, spool=io.StringIO(), sources=sources)
    for p in analysis.postings:
        writer.add(p)
    writer.finish(analysis.summary, extra=extra, sections=sections, contents=contents)
    return buf.getvalue()


def _check_format(fmt: str) -> None:
    if fmt not in _FORMAT_NAMES:
        raise OutputError(f"unknown report format {fmt!r}; use one of {', '.join(_FORMAT_NAMES)}")


def format_for(path: str | Path) -> str:
    """The report format a file name asks for (by extension); OutputError for any other."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise OutputError(f"{path}: unknown report type {suffix or '(no extension)'!r}; use .json, .csv, .md or .html")
    return FORMATS[suffix]


def write_report(analysis: Analysis, path: str | Path) -> str:
    """Write the report in the format the extension names; returns that format."""
    fmt = format_for(path)
    with open_report(path, analysis.profile) as writer:
        for p in analysis.postings:
            writer.add(p)
        writer.finish(analysis.summary)
    return fmt


@contextmanager
def open_report(
    target: str | Path | TextIO,
    profile: Profile,
    *,
    fmt: str | None = None,
    taxonomy: Taxonomy | None = None,
    sources: bool = False,
) -> Iterator[ReportWriter]:
    """A :class:`ReportWriter` on a file (its extension picks the format) or on an open text stream
    (``fmt``, default ``md``), for postings that arrive one at a time::

        with open_report("report.html", profile, taxonomy=taxonomy) as report:
            for gap in analyze_batch(rows, profile):
                report.add(gap)
            summary = report.finish()  # the summary of the postings added

    A file is written under a temporary name in its folder and takes its name only when the block
    ends without an exception, so a report on disk is always whole; on an exception (Ctrl-C, an
    error) nothing is left behind and an older report of that name is untouched. The block ends
    with :meth:`ReportWriter.finish` if it was not called. :class:`OutputError` when the file
    cannot be written. ``sources``: the postings come from several files (the CSV report says each
    one's file and row).
    """
    writer: ReportWriter | None
    if not isinstance(target, (str, Path)):
        fmt = fmt or "md"
        _check_format(fmt)
        name = "standard output" if target is sys.stdout else "the output"
        writer = ReportWriter(target, fmt, profile, taxonomy=taxonomy, name=name, sources=sources)
        try:
            yield writer
            if not writer.finished:
                writer.finish()
        finally:
            writer.close()
        return
    fmt = fmt or format_for(target)
    _check_format(fmt)
    path = Path(target)
    writer = None
    with atomic_text(path, newline="" if fmt == "csv" else "\n") as handle:
        try:
            writer = ReportWriter(
                handle, fmt, profile, taxonomy=taxonomy, spool_dir=path.parent, name=str(path), sources=sources
            )
            yield writer  # the caller's errors pass through unchanged; the writer's are OutputErrors
            if not writer.finished:
                writer.finish()
        finally:
            if writer is not None:
                writer.close()


class ReportWriter:
    """One report, written as its postings arrive: memory holds one posting at a time.

    JSON and CSV go straight to ``out``: JSON writes ``{"profile": …, "postings": [`` first, each
    posting as it comes, then ``], "summary": …}``. Markdown and HTML open with the summary, so the
    postings' sections wait in ``spool`` (by default an anonymous temporary file in ``spool_dir``,
    or the system's temporary folder) and are copied after the summary by :meth:`finish`.

    With ``taxonomy`` the writer also keeps the :class:`~analyzer.gap.analysis.SummaryBuilder` of the
    postings added, and ``finish()`` needs no summary.
    """

    def __init__(
        self,
        out: TextIO,
        fmt: str,
        profile: Profile,
        *,
        taxonomy: Taxonomy | None = None,
        spool: TextIO | None = None,
        spool_dir: str | Path | None = None,
        name: str = "the report",
        sources: bool = False,
    ):
        _check_format(fmt)
        self.out, self.fmt, self.profile, self.name = out, fmt, profile, name
        # the CSV's columns: with postings of several files, each row's file and row there too
        self.columns = _with_sources(CSV_COLUMNS) if sources else CSV_COLUMNS
        self.summary_builder = SummaryBuilder(profile, taxonomy) if taxonomy is not None else None
        self.experience = ExperienceTally(profile)
        self.count = 0  # postings added
        self.pieced = Pieced()  # the postings read in pieces, named in the summary (Markdown, HTML)
        self.finished = False
        self._own_spool = False
        self._spool: TextIO | None = None
        self._index: TextIO | None = None  # the postings' index lines (Markdown / HTML), spooled too
        with self._writing():
            if fmt in ("md", "html"):
                if spool is None:
                    spool = tempfile.TemporaryFile(
                        "w+", encoding="utf-8", newline="", dir=spool_dir, prefix=".skillgap-report-"
                    )
                    self._own_spool = True
                self._spool = spool
                self._index = tempfile.TemporaryFile(
                    "w+", encoding="utf-8", newline="", dir=spool_dir, prefix=".skillgap-index-"
                )
            elif fmt == "json":
                out.write('{"profile": ' + _dumps(profile.to_dict()) + ', "postings": [')
            else:
                self._csv = csv.writer(out)
                self._csv.writerow(self.columns)

    def add(self, posting: PostingGap) -> None:
        """Write one posting (and count it in the summary)."""
        if self.finished:
            raise ValueError("this report is finished")
        if self.summary_builder is not None:
            self.summary_builder.add(posting)
        with self._writing():
            if self.fmt == "json":  # the JSON is Analysis.to_dict(): the profile's and postings' years compare
                self.out.write((", " if self.count else "") + _dumps(posting.to_dict()))
            elif self.fmt == "csv":
                self._csv.writerows(_csv_rows(posting, self.experience.years, self.count + 1, self.columns))
            else:
                assert self._spool is not None and self._index is not None
                anchor = f"p-{self.count + 1}"
                if posting.notes:
                    self.pieced.add(posting.name, anchor)
                lines = _render_posting(self.fmt, posting, anchor, self.experience.add(posting))
                self._spool.write("".join("\n" + line for line in lines))
                self._index.write(_render_index_entry(self.fmt, posting, anchor) + "\n")
        self.count += 1

    def finish(
        self,
        summary: Summary | None = None,
        *,
        extra: Mapping[str, object] | None = None,
        sections: Sequence[str] = (),
        contents: Sequence[tuple[str, str]] = (),
    ) -> Summary:
        """Write the summary (given, or built from the postings added) and end the report.

        ``extra`` adds top-level keys to the JSON report (``plan``, ``rounds``, ``market``);
        ``sections`` are lines already rendered in the report's format (Markdown or HTML, escaped
        by their renderer) placed after the summary and the profile, before the postings;
        ``contents`` their (title, anchor) entries in the contents list."""
        if summary is None:
            if self.summary_builder is None:
                raise ValueError("finish() needs the summary when the writer has no taxonomy")
            summary = self.summary_builder.result()
        with self._writing():
            if self.fmt == "json":
                tail = "".join(f", {_dumps(k)}: {_dumps(v)}" for k, v in (extra or {}).items())
                self.out.write('], "summary": ' + _dumps(summary.to_dict()) + tail + "}\n")
            elif self.fmt in ("md", "html"):
                assert self._spool is not None and self._index is not None
                head = _render_head(self.fmt, self.profile, summary, self.experience.result(), contents, self.pieced)
                self.out.write("\n".join(head))
                if sections:
                    self.out.write("\n" + "\n".join(sections))
                self.out.write("\n" + "\n".join(_render_postings_heading(self.fmt)))
                self._index.seek(0)
                self.out.write("\n" + _render_index_open(self.fmt, self.count))
                shutil.copyfileobj(self._index, self.out, 1 << 20)
                self.out.write(_render_index_close(self.fmt, self.count))
                self._spool.seek(0)
                shutil.copyfileobj(self._spool, self.out, 1 << 20)
                self.out.write("\n" + "\n".join(_render_foot(self.fmt)))
            self.out.flush()
        self.finished = True
        self.close()
        return summary

    def close(self) -> None:
        """Drop the spooled postings (called by :meth:`finish`; nothing else is closed)."""
        if self._own_spool and self._spool is not None:
            self._spool.close()
        if self._index is not None:
            self._index.close()
        self._spool = self._index = None

    @contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            yield
        except BrokenPipeError:  # the reader went away (``| head``): the CLI ends quietly
            raise
        except OSError as e:
            raise OutputError(f"cannot write {self.name}: {e.strerror or e}") from None


def _dumps(obj: object) -> str:
    # One line: json's C encoder is used only without indent (10x faster on 1,000 postings).
    # ``python -m json.tool report.json`` pretty-prints it.
    return json.dumps(obj, ensure_ascii=False)


# --- CSV ----------------------------------------------------------------------------------------
def _with_sources(columns: list[str]) -> list[str]:
    at = columns.index("posting_number") + 1
    return [*columns[:at], *CSV_SOURCE_COLUMNS, *columns[at:]]


def _csv_rows(
    p: PostingGap, years: dict[str, float] | None, number: int, columns: list[str] = CSV_COLUMNS
) -> list[list[object]]:
    """The CSV rows of one posting (at least one, so every posting appears). ``number``: the
    posting's place in the input (1, 2, …), as the Markdown and HTML reports number their index;
    it tells apart two postings that share an id."""
    base = {
        "posting_id": p.id,
        "posting_number": number,
        "source_file": p.source or "",
        "source_row": p.source_row if p.source is not None and p.source_row else "",
        "title": p.title or "",
        "company": p.company or "",
        "coverage": "" if p.coverage is None else p.coverage,
    }
    if p.error is not None:
        rows = [{**base, "status": "error", "error": p.error}]
    elif not p.skills:
        rows = [{**base, "status": "no skills"}]
    else:
        rows = []
        for m, d in zip(p.matched, p.matched_details):
            have = (years or {}).get(m.skill_id, "")
            rows.append(
                {
                    **base,
                    **_csv_item(d),
                    "status": "matched",
                    "verdict": HAVE,
                    "how": m.how,
                    "via": p.via.get(m.skill_id, ""),
                    "reason": p.reasons.get(m.skill_id, ""),
                    "your_years": have,
                }
            )
        for c in p.choices_met:
            rows.append(
                {
                    **base,
                    **_csv_item(c.item),
                    "status": "choice met",
                    "verdict": CHOICE_MET,
                    "via": "; ".join(c.met_by),
                    "options": "; ".join(c.options),
                    "reason": c.reason,
                }
            )
        for g in p.missing:
            choice = p.choice_of.get(g.skill_id)
            rows.append(
                {
                    **base,
                    **_csv_item(g),
                    "status": "missing",
                    "verdict": MISSING,
                    "options": "; ".join(choice.options) if choice else "",
                    "reason": p.reasons.get(g.skill_id, ""),
                }
            )
    if p.error is None:
        for e in p.education:
            rows.append(
                {
                    **base,
                    "status": "education",
                    "skill": e.ask.text,
                    "requirement": e.ask.requirement,
                    "met": "" if e.met is None else str(e.met).lower(),
                    "reason": e.reason,
                }
            )
        rows += [{**base, "status": "note", "reason": note} for note in p.notes]
    return [[csv_safe(row.get(c, "")) for c in columns] for row in rows]


def _csv_item(item: GapItem) -> dict:
    return {
        "skill": item.skill,
        "skill_id": item.skill_id,
        "category": item.category,
        "requirement": item.requirement,
        "years": "" if item.years is None else item.years,
        "evidence": " … ".join(" ".join(e.text[list_mark_end(e.text) :].split()) for e in item.evidence),
    }


# --- shared wording --------------------------------------------------------------------------
def _pct(x: float | None) -> str:
    return "–" if x is None else f"{round(x * 100)}%"


def _level(item: GapItem) -> str:
    words = {"required": "required", "preferred": "nice to have", "unspecified": "mentioned"}[item.requirement]
    return words + (f", {item.years:g}+ years" if item.years else "")


BASICS_SHOWN = 3  # foundation categories named in the summary; the others are counted


def basics_to_broaden(summary: Summary) -> str:
    """The foundation categories below the breadth threshold where the postings ask most of what
    the profile lacks, each with its coverage (the figure the threshold is about, as the category
    table shows it) and its most asked gap, and a count of the others: "Data management (17%
    covered, most asked: data pipelines), DevOps and cloud (0% covered, most asked: AWS) and 5 more".

    A count of the category's skills ("0 of 132 asked skills") said little over many postings: most
    of those skills are asked once, and it did not explain the order. Every name in
    ``basics_missing`` is one of ``summary.categories``."""
    by_name = {c.name: c for c in summary.categories}
    top_gap: dict[str, str] = {}
    for g in summary.gaps:  # by priority: the first of a category is its most asked gap
        top_gap.setdefault(g.category, g.skill)
    named = []
    for name in summary.basics_missing[:BASICS_SHOWN]:
        c = by_name[name]
        first = top_gap.get(c.category)
        named.append(f"{name} ({_pct(c.coverage)} covered" + (f", most asked: {first})" if first else ")"))
    text = ", ".join(named)
    rest = len(summary.basics_missing) - len(named)
    if rest:
        text += f" and {rest} more"
    return text


def _category_name(summary: Summary, cid: str) -> str:
    for c in summary.categories:
        if c.category == cid:
            return c.name
    return cid


def _years_note(profile: Profile) -> str:
    """ "SQL 10, Python 5.8 (from your résumé's dated roles); Looker 1 (as you typed them)": the years of
    each skill you named, the most first, grouped by where they came from, so a misread date shows."""
    direct = [s for s in profile.skills if s.how != "implied" and s.years]
    groups = []
    for source in (*YEARS_FROM, None):
        members = sorted(
            (s for s in direct if s.years_from == source), key=lambda s: (-(s.years or 0), s.skill.lower())
        )
        if members:
            listed = ", ".join(f"{s.skill} {s.years:g}" for s in members)
            groups.append(listed + (f" ({YEARS_FROM[source]})" if source is not None else ""))
    return "; ".join(groups)


def _implied_notes(profile: Profile) -> list[str]:
    names = {s.skill_id: s.skill for s in profile.skills}
    return [f"{s.skill} (from {names.get(s.via or '', s.via)})" for s in profile.skills if s.how == "implied"]


_LEADING_BULLET = re.compile(r"\s*(?:[*•·▪◦–—-]\s+)?")


def list_mark_end(text: str) -> int:
    """Where an evidence sentence starts after its line's list mark (``- ``, ``• ``, ``* `` …) and
    the spaces around it: the sentence is quoted, not the list's mark (0 when nothing would be left).
    A mark needs a space after it, so ``-1`` or ``-Docker`` keeps its minus; what is left is still
    a CSV cell for :func:`csv_safe` to defuse.

    >>> list_mark_end("  • Docker is a plus"), list_mark_end("-Tableau"), list_mark_end("- ")
    (4, 0, 0)
    """
    mark = _LEADING_BULLET.match(text)
    return mark.end() if mark is not None and mark.end() < len(text) else 0


def _evidence_window(item: GapItem | tuple[GapItem, ...], ev) -> tuple[str, list[tuple[int, int]]]:
    """The evidence text (shortened around the first mention) and the offsets inside it of the
    mentions of ``item`` (one skill, or every skill the sentence is quoted for)."""
    items = item if isinstance(item, tuple) else (item,)
    inside = sorted(
        (s - ev.start, e - ev.start) for it in items for s, e in it.mentions if ev.start <= s and e <= ev.end
    )
    cut = list_mark_end(ev.text)  # " * Knowledge of …": quote the sentence, not the list's mark
    text = ev.text[cut:]
    if cut:
        inside = [(s - cut, e - cut) for s, e in inside if s >= cut]
    if len(text) <= EVIDENCE_CHARS:
        return text, inside
    centre = inside[0][0] if inside else 0
    lo = max(0, min(centre - EVIDENCE_CHARS // 2, len(text) - EVIDENCE_CHARS))
    hi = lo + EVIDENCE_CHARS
    prefix = "…" if lo else ""
    shifted = [(s - lo + len(prefix), e - lo + len(prefix)) for s, e in inside if lo <= s and e <= hi]
    return prefix + text[lo:hi] + ("…" if hi < len(text) else ""), shifted


# --- the view model: what a Markdown or HTML report says, built once and rendered twice ----------
# A report is a list of blocks; a block holds lines of inline pieces. A plain ``str`` piece is text
# (escaped by each renderer: posting and résumé text are untrusted); the classes mark what the two
# formats show differently.
@dataclass(frozen=True, slots=True)
class Strong:
    text: str


@dataclass(frozen=True, slots=True)
class Muted:
    text: str  # a side note: grey in HTML, plain in Markdown


@dataclass(frozen=True, slots=True)
class Bar:
    value: float  # a coverage bar: drawn with block characters in Markdown; HTML has the chart


@dataclass(frozen=True, slots=True)
class Level:
    item: GapItem  # "required, 3+ years": coloured in HTML, in brackets in Markdown


@dataclass(frozen=True, slots=True)
class Quote:
    """One sentence of a posting, quoted once for every skill it asks for (their words marked in HTML)."""

    span: EvidenceSpan
    items: tuple[GapItem, ...]


@dataclass(frozen=True, slots=True)
class Link:
    text: str
    anchor: str  # an id in the same report


Inline = str | Strong | Muted | Bar | Level | Quote | Link
Line = list[Inline]


@dataclass(slots=True)
class Heading:
    level: int
    line: Line
    anchor: str = ""  # the id a contents link points at


@dataclass(slots=True)
class Para:
    line: Line
    style: str = ""  # "err" | "muted" | "" (HTML class)


@dataclass(slots=True)
class Bullets:
    items: list[Line]


@dataclass(slots=True)
class Table:
    header: list[str]
    rows: list[list[Line]]
    numeric: frozenset[int] = frozenset()  # right-aligned columns (HTML)


@dataclass(slots=True)
class Chart:
    rows: list[tuple[str, float, str]]  # (label, value 0..1, value as text); HTML only
    title: str


@dataclass(slots=True)
class Section:
    """One posting: a heading (HTML: the summary of a collapsed ``<details>``) over its detail."""

    anchor: str
    title: Line
    blocks: list[Block]


Block = Heading | Para | Bullets | Table | Chart | Section

HOW_TO_READ: list[Block] = [
    Heading(2, ["How to read this"], "how-to-read"),
    Bullets(
        [
            [
                "Coverage of a posting = weight of the skills you have / weight of all its skills; each skill "
                "counts once, at its strongest level in the posting: required 3, nice to have 2, mentioned 1."
            ],
            ["Priority of a gap = share of postings where it is missing × its mean weight / 3 (0 to 1)."],
            [
                "Top gaps: Missing in and Required in count the postings where the skill is missing; Choice "
                "met in counts those that offer it as one option of a choice you already meet with another "
                "(no gap there)."
            ],
            [
                "Category coverage = the demand (share of postings) of the category's skills you have "
                "/ the demand of all of them."
            ],
            [
                "Each skill a posting asks for is one of: have (you named it, or a more specific skill "
                "that covers it); choice met (the posting offers options and you have another one: it is "
                "neither held nor missing); missing. A choice counts once in coverage."
            ],
            ["Education is listed per posting, apart from skills: met, not met, or for you to judge."],
            ["Skills named only in a job title, or only as the field of a degree, are not counted."],
        ]
    ),
]


def no_gaps_message(summary: Summary) -> str:
    """Why a summary has no gaps, in words: nothing read, nothing asked, or everything held."""
    if not summary.analysed:
        return "No posting could be analysed."
    if not summary.demand:
        return "No skills from the taxonomy were found in these postings, so there is nothing to compare yours with."
    return "No gaps: you have every skill these postings ask for."


def _head_blocks(
    prof: Profile,
    s: Summary,
    experience: list[ExperienceDemand] | None = None,
    sections: Sequence[tuple[str, str]] = (),
    pieced: Pieced | None = None,
) -> list[Block]:
    """What comes before the postings: profile, summary, top gaps, categories, interview rounds
    (``sections``: the (title, anchor) of the sections written after these, listed in the contents;
    ``pieced``: the postings read in pieces, named under the count of postings)."""
    contents: list[Line] = [
        [Link("Summary", "summary")],
        [Link("Top gaps", "top-gaps")],
        [Link("Coverage by category", "categories")],
        [Link("Your profile", "profile")],
        [Link(f"Postings ({s.postings})", "postings"), " — an index, then each posting's detail"],
        [Link("How to read this", "how-to-read")],
    ]
    contents[4:4] = [[Link(title, anchor)] for title, anchor in sections]  # after the profile
    if s.rounds:
        contents.insert(3, [Link("Where the gaps show up in interviews", "rounds")])
    out: list[Block] = [
        Heading(1, ["Skill gap report"]),
        Heading(2, ["Contents"], "contents"),
        Bullets(contents),
        Heading(2, ["Summary"], "summary"),
    ]
    gap_ids = {g.skill_id for g in s.gaps}
    chosen = [d for d in s.demand if not d.known and d.skill_id not in gap_ids]
    summary: list[Line] = [
        [
            f"Postings: {s.postings} ({s.analysed} analysed"
            + (f", {s.errors} could not be analysed)" if s.errors else ")")
        ],
        [
            "Mean coverage: ",
            Strong(_pct(s.mean_coverage)),
            " of what the postings ask for (weighted: required 3, nice to have 2, mentioned 1)",
        ],
        [
            f"Skills the postings ask for: {len(s.demand)}; you have {sum(d.known for d in s.demand)}, "
            f"missing {len(s.gaps)}"
            + (
                f"; {len(chosen)} only as {'an option' if len(chosen) == 1 else 'options'} of a choice you already meet"
                if chosen
                else ""
            )
        ],
    ]
    if pieced and pieced.count:
        summary.insert(1, pieced.line())
    if s.basics_missing:
        summary.append(
            [
                f"Basics to broaden (foundation categories below {_pct(BROAD_THRESHOLD)}, most asked of what you "
                f"lack first): {basics_to_broaden(s)}"
            ]
        )
    if s.depth:
        summary.append([f"Depth (categories at {_pct(DEPTH_THRESHOLD)} or more): {', '.join(s.depth)}"])
    elif not prof.is_empty:
        summary.append(
            [f"Depth: no category is at {_pct(DEPTH_THRESHOLD)} yet; interviewers look for depth in one or two"]
        )
    for d in (experience or [])[:10]:
        summary.append(["Experience: ", d.describe()])
    out += [Bullets(summary), Heading(2, [f"Top gaps (of {len(s.gaps)})"], "top-gaps")]
    if s.gaps:
        technical = filter_gaps(s.gaps, groups={TECHNICAL})
        business = filter_gaps(s.gaps, groups={BUSINESS})
        top = technical[:TOP_GAPS]
        if top:
            out.append(
                Chart(
                    [(g.skill, g.priority, f"{g.priority:.2f}") for g in top],
                    "Technical gap priority (share × mean weight / 3)",
                )
            )
        # Counted where the skill is missing: where another option of a posting's choice is yours it
        # is no gap, and those postings have a column of their own (the JSON's choice_met).
        header = ["#", "Skill", "Category", "Missing in", "Required in", "Choice met in", "Priority", "Interview round"]
        for label, gaps, limit in (
            ("Technical", technical, TOP_GAPS),
            ("Business and communication", business, TOP_BUSINESS_GAPS),
        ):
            if not gaps:
                continue
            more = f" (the first {limit} of {len(gaps)})" if len(gaps) > limit else f" ({len(gaps)})"
            out.append(Para([Strong(label), more]))
            rows: list[list[Line]] = [
                [
                    [str(i)],
                    [g.skill, *_unlisted_note(g.skill_id)],
                    [_category_name(s, g.category)],
                    [f"{g.open_postings} ({_pct(g.open_postings / s.analysed)})"],
                    [_pct(g.open_required / s.analysed)],
                    [str(g.choice_met)],
                    [f"{g.priority:.2f}"],
                    [", ".join(g.rounds)],
                ]
                for i, g in enumerate(gaps[:limit], 1)
            ]
            out.append(Table(header, rows, frozenset({0, 3, 4, 5, 6})))
    else:
        out.append(Para([no_gaps_message(s)]))
    out.append(Heading(2, ["Coverage by category"], "categories"))
    if s.categories:
        out.append(Chart([(c.name, c.coverage, _pct(c.coverage)) for c in s.categories], "Coverage by category"))
        rows = [
            [
                [c.name],
                [c.kind],
                [Bar(c.coverage), _pct(c.coverage)],
                [f"{c.known} of {c.skills}"],
                [", ".join(c.rounds)],
            ]
            for c in s.categories
        ]
        out.append(
            Table(["Category", "Kind", "Coverage", "Skills you have", "Interview rounds"], rows, frozenset({2, 3}))
        )
    else:
        out.append(Para(["No skills found in the postings."]))
    if s.rounds:
        items: list[Line] = []
        for rnd, names in s.rounds.items():
            shown = ", ".join(names[:15]) + (f" and {len(names) - 15} more" if len(names) > 15 else "")
            items.append([Strong(rnd), ": ", shown])
        out += [Heading(2, ["Where the gaps show up in interviews"], "rounds"), Bullets(items)]
    out += _profile_blocks(prof)
    return out


def _profile_blocks(prof: Profile) -> list[Block]:
    out: list[Block] = [Heading(2, ["Your profile"], "profile")]
    if not prof.skills:
        out.append(Para([Strong("No skills were given"), ", so every skill the postings ask for is listed as a gap."]))
    items: list[Line] = []
    if prof.skills:
        direct = [x for x in prof.skills if x.how != "implied"]
        listed: Line = [f"Skills ({len(direct)}): "]
        for i, x in enumerate(direct):
            listed += [", "] if i else []
            listed.append(x.skill)
            if x.how == "fuzzy":
                listed.append(Muted(f" ({x.input}, fuzzy match {x.confidence:.0%})"))
        items.append(listed)
        years = _years_note(prof)
        if years:
            items.append(["Years: ", years])
        implied = _implied_notes(prof)
        if implied:
            items.append(["Credited because implied: ", ", ".join(implied)])
    if prof.degrees:
        levels = {"bachelor": "bachelor's", "master": "master's", "phd": "PhD"}
        items.append(
            ["Education: ", ", ".join(levels[d.level] + (f" in {d.field}" if d.field else "") for d in prof.degrees)]
        )
    alone = prof.years_alone  # "Python, 5 years": as the dashboard says
    items += [[said] for said in years_alone_messages(alone)]  # the first few, then how many more
    unknown = prof.unknown_entries
    if unknown:
        items.append(
            [
                "Not in the taxonomy (counted only where a posting lists the same name): ",
                describe_unresolved(unknown),
            ]
        )
    items.append([Muted(f"From {describe_source(prof.source)}")])
    return [*out, Bullets(items)]


@dataclass(slots=True)
class Pieced:
    """The postings read in pieces (over PIECE_CHARS characters), as the summary names them: the
    first few by name and link, the rest counted."""

    shown: list[tuple[str, str]] = field(default_factory=list)  # (name, anchor)
    count: int = 0

    def add(self, name: str, anchor: str) -> None:
        if len(self.shown) < _PIECED_SHOWN:
            self.shown.append((name, anchor))
        self.count += 1

    def line(self) -> Line:
        line: Line = [f"Longer than a posting ({counted(self.count, 'posting')}): "]
        for i, (name, anchor) in enumerate(self.shown):
            line += [", "] if i else []
            line.append(Link(name, anchor))
        more = self.count - len(self.shown)
        one = self.count == 1
        line.append(
            f"{f' and {more:,} more' if more else ''} (several pasted as one?); {'it was' if one else 'each was'} "
        )
        line.append(PIECES_READ)
        return line


#: Postings read in pieces named in the summary; more are counted.
_PIECED_SHOWN = 5


def _posting_status(p: PostingGap) -> str:
    """The one-line state of a posting: its coverage and how many skills it misses."""
    if p.error is not None:
        return "could not be analysed"
    required = sum(1 for g in p.missing if g.requirement == "required")
    missing = f"{len(p.missing)} missing" + (f" ({required} required)" if required else "") if p.missing else "no gaps"
    return f"coverage {_pct(p.coverage)}, {missing}"


def by_sentence(items: list[GapItem]) -> list[tuple[EvidenceSpan | None, list[GapItem]]]:
    """Skills grouped by the sentence that asks for them (the first evidence span of each), each
    sentence once: the sentences with the strongest requirement first, then in posting order."""
    groups: dict[tuple[int, int] | None, list[GapItem]] = {}
    spans: dict[tuple[int, int] | None, EvidenceSpan | None] = {}
    for item in by_importance(items):
        ev = item.evidence[0] if item.evidence else None
        key = (ev.start, ev.end) if ev is not None else None
        groups.setdefault(key, []).append(item)
        spans.setdefault(key, ev)
    return [(spans[key], members) for key, members in groups.items()]


def verdicts_markdown(p: PostingGap) -> str:
    """The posting's verdicts as the reports write them, in Markdown (every piece of posting text
    escaped): what you have, the choices you meet and why, what is missing with the sentence that
    asks for it. Empty for a posting with an error or no skills."""
    if p.error is not None or not p.skills:
        return ""
    return "\n".join(_md_blocks(_verdict_blocks(p))).strip()


def _verdict_blocks(p: PostingGap) -> list[Block]:
    blocks: list[Block] = []
    if p.matched:
        have: Line = ["You have: "]
        for i, m in enumerate(p.matched):
            have += [", "] if i else []
            have.append(m.skill)
            reason = p.reasons.get(m.skill_id, "")
            if m.how != "typed" and reason:
                have.append(Muted(f" ({reason})"))
            elif is_unlisted(m.skill_id):
                have.append(_UNLISTED_NOTE)
        blocks.append(Para(have))
    if p.choices_met:
        blocks.append(Para(["Choice met (options you do not need, because you have another):"]))
        blocks.append(
            Bullets([[Strong(c.item.skill), *_unlisted_note(c.item.skill_id), " — ", c.reason] for c in p.choices_met])
        )
    if p.missing:
        blocks.append(Para(["Missing, by the sentence that asks for them:"]))
        # (line, its strongest ask): an unmet choice ("One of PyTorch, TensorFlow (required)") takes its
        # place among the sentences by its level, not after every single ask ("… (mentioned)").
        asks: list[tuple[Line, GapItem]] = []
        single = [g for g in p.missing if g.skill_id not in p.choice_of]
        for span, members in by_sentence(single):
            line: Line = []
            for k, g in enumerate(members):
                line += [", "] if k else []
                line += [Strong(g.skill), *_unlisted_note(g.skill_id), " ", Level(g)]
            if span is not None:
                line.append(Quote(span, tuple(members)))
            asks.append((line, members[0]))
        shown_choices: set[tuple[str, ...]] = set()
        for g in p.missing:
            choice = p.choice_of.get(g.skill_id)
            if choice is not None and choice.options not in shown_choices:  # an unmet choice is one ask
                shown_choices.add(choice.options)
                asks.append((_choice_line(p, choice, g), g))
        # the strongest level first, then in posting order, as by_sentence orders the single asks
        asks.sort(key=lambda ask: (-ask[1].weight, ask[1].evidence[0].start if ask[1].evidence else 0))
        blocks.append(Bullets([line for line, _ in asks]))
    return blocks


def _choice_line(p: PostingGap, choice: Choice, g: GapItem) -> Line:
    """An unmet choice as one ask. An example list whose head is missing names the head, the general
    skill asked for, then its examples ("**relational databases**, for example **PostgreSQL**");
    otherwise the options ("One of **AWS, GCP, Azure**"), never a "One of" with one option, and the
    head they are examples of when it is had or asked on its own."""
    names = list(choice.names)
    # the sentence, quoted after a dash as every missing line is, with each option marked (not the first only)
    options = tuple(m for m in p.missing if m.skill_id in choice.options)
    quote = [Quote(g.evidence[0], options)] if g.evidence else []
    head_id = choice.options[0] if choice.head is not None else None
    if choice.head is not None and p.choice_of.get(head_id or "") == choice:
        examples = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
        return [Strong(choice.head), ", for example ", Strong(examples), " ", Level(g), *quote]
    line: Line = ["One of ", Strong(", ".join(names))] if len(names) > 1 else [Strong(", ".join(names))]
    line += [" ", Level(g)]
    if choice.head is not None:
        line.append(f", {'examples' if len(names) > 1 else 'an example'} of {choice.head}")
    return [*line, *quote]


def _posting_blocks(p: PostingGap, experience: list[ExperienceGap] | None = None) -> list[Block]:
    blocks: list[Block] = [Para([note]) for note in p.notes]
    if p.error is not None:
        blocks.append(Para([f"Error: {p.error}"], "err"))
    elif not p.skills:
        blocks.append(Para(["No skills from the taxonomy were found in this posting."]))
    else:
        blocks += _verdict_blocks(p)
        if experience:
            blocks.append(
                Para(["Experience: " + "; ".join(g.describe().replace("; you", " (you") + ")" for g in experience)])
            )
    if p.error is None and p.education:
        blocks.append(Para(["Education:"]))
        blocks.append(Bullets([_education_line(e) for e in p.education]))
    if p.error is None and p.other:
        blocks.append(Para(["Also asked for (not in the taxonomy): ", other_asks(p.other)]))
    return [Section("", [p.name, *_origin(p), Muted(" — " + _posting_status(p))], blocks)]


def _origin(p: PostingGap) -> list[Inline]:
    """Where a posting of several files came from ("jobs-a.csv, row 3"), after its name."""
    return [Muted(f" · {p.origin}")] if p.origin else []


#: After an unlisted skill's name (a name the posting lists among known skills; see
#: :mod:`analyzer.nlp.unlisted`): grey in HTML, in brackets in Markdown.
_UNLISTED_NOTE = Muted(f" ({NOT_IN_TAXONOMY})")


def _unlisted_note(skill_id: str) -> list[Inline]:
    return [_UNLISTED_NOTE] if is_unlisted(skill_id) else []


_MET_WORDS = {True: "met", False: "not met", None: "for you to judge"}


def _education_line(e: EducationVerdict) -> Line:
    level = {"required": "required", "preferred": "nice to have"}.get(e.ask.requirement, "mentioned")
    return [Strong(_MET_WORDS[e.met]), f" ({level}): “{e.ask.text}” — {e.reason}"]


#: At most this many "also asked for" phrases per posting in a report (the JSON keeps them all).
MAX_OTHER_ASKS = 12


def other_asks(phrases) -> str:
    """The posting's asks that match no taxonomy skill, once each in text order, for a report line."""
    unique = list(dict.fromkeys(p.text for p in phrases))
    more = len(unique) - MAX_OTHER_ASKS
    return ", ".join(unique[:MAX_OTHER_ASKS]) + (f" and {more} more" if more > 0 else "")


# --- Markdown ------------------------------------------------------------------------------------
def _md_text(text: str, line_start: bool = False) -> str:
    """Escaped like all text (:func:`md_escape`), keeping the one space a piece starts or ends with."""
    lead = " " if text[:1].isspace() else ""
    tail = " " if text[-1:].isspace() and text.strip() else ""
    return lead + md_escape(text, line_start=line_start and not lead) + tail


def _md_line(line: Line, line_start: bool = False) -> str:
    """``line`` as Markdown; ``line_start`` when it begins its line (a paragraph), where a leading
    "- " or "1." would start a list."""
    out = []
    for i, x in enumerate(line):
        first = line_start and i == 0
        if isinstance(x, str):
            out.append(_md_text(x, first))
        elif isinstance(x, Strong):
            out.append(f"**{md_escape(x.text, line_start=False)}**")
        elif isinstance(x, Muted):
            out.append(_md_text(x.text, first))
        elif isinstance(x, Bar):
            filled = round(x.value * 10)
            out.append("`" + "█" * filled + "░" * (10 - filled) + "` ")
        elif isinstance(x, Level):
            out.append(f"({_level(x.item)})")
        elif isinstance(x, Link):
            out.append(f"[{md_escape(x.text, line_start=False)}](#{x.anchor})")
        elif isinstance(x, Quote):
            text, _ = _evidence_window(x.items, x.span)
            out.append(f" — “{md_escape(text, line_start=False)}”")  # offsets are for programs: the JSON
    return "".join(out)


def _md_blocks(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    for b in blocks:
        if isinstance(b, Heading):
            anchor = [f'<a id="{b.anchor}"></a>', ""] if b.anchor else []
            out += [*anchor, "#" * b.level + " " + _md_line(b.line), ""]
        elif isinstance(b, Para):
            out += [_md_line(b.line, line_start=True), ""]
        elif isinstance(b, Bullets):
            out += ["- " + _md_line(item) for item in b.items] + [""]
        elif isinstance(b, Table):
            out.append("| " + " | ".join(b.header) + " |")  # our own words
            out.append("|" + "---|" * len(b.header))
            out += ["| " + " | ".join(_md_line(cell) for cell in row) + " |" for row in b.rows]
            out.append("")
        elif isinstance(b, Section):
            out += _md_blocks([Heading(3, b.title, b.anchor), *b.blocks])
    return out


# --- HTML ------------------------------------------------------------------------------------
_CSS = """
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1a1a1a;max-width:980px;margin:2rem auto;padding:0 1rem}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
h3{margin-bottom:.3rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}
td.num{text-align:right;white-space:nowrap}.muted{color:#555}.err{color:#a00000}
mark{background:#ffe08a;padding:0 .1em}.ev{color:#333;font-size:.92em}
.req{color:#b00020;font-weight:600}.pref{color:#8a5a00}.men{color:#35578a}
.posting{border-top:1px solid #e2e2e2;padding:.3rem 0}.posting>summary{cursor:pointer;font-weight:600;padding:.2rem 0}
.posting[open]>summary{margin-bottom:.3rem}ol.index{padding-left:2.2rem}ol.index li{margin:.1rem 0}
a{color:#0b5cad}
svg text{font:12px system-ui,sans-serif}svg{max-width:100%;height:auto}
@media (max-width:640px){table{display:block;overflow-x:auto}}
@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}.posting{break-inside:avoid}}
"""


def _h(text: object) -> str:
    return html.escape(str(text), quote=True)


def _bar_chart(rows: list[tuple[str, float, str]], title: str, max_value: float = 1.0) -> str:
    """A horizontal bar chart as inline SVG; rows are (label, value, value text)."""
    if not rows:
        return ""
    label_w, bar_w, row_h = 260, 420, 22
    height = row_h * len(rows) + 10
    parts = [
        f'<svg role="img" width="{label_w + bar_w + 70}" height="{height}" '
        f'viewBox="0 0 {label_w + bar_w + 70} {height}"><title>{_h(title)}</title>'
    ]
    for i, (label, value, shown) in enumerate(rows):
        y = 5 + i * row_h
        w = 0 if max_value <= 0 else max(0.0, min(1.0, value / max_value)) * bar_w
        short = label if len(label) <= 38 else label[:37] + "…"
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{_h(short)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="{row_h - 8}" fill="#eeeeee"/>'
            f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" fill="#0072B2"/>'
            f'<text x="{label_w + bar_w + 6}" y="{y + 15}">{_h(shown)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _evidence_html(item: GapItem | tuple[GapItem, ...], span: EvidenceSpan | None = None) -> str:
    one = item if isinstance(item, GapItem) else None
    ev = span if span is not None else (one.evidence[0] if one is not None and one.evidence else None)
    if ev is None:
        return ""
    text, marks = _evidence_window(item, ev)
    pieces, pos = [], 0
    for s, e in sorted(marks):
        if s < pos:
            continue
        pieces.append(_h(text[pos:s]))
        pieces.append(f"<mark>{_h(text[s:e])}</mark>")
        pos = e
    pieces.append(_h(text[pos:]))
    more = (
        f' <span class="muted">(+{len(one.evidence) - 1} more)</span>'
        if one is not None and len(one.evidence) > 1
        else ""
    )
    return f'<span class="ev">“{"".join(pieces)}”</span>{more}'  # offsets are for programs: the JSON


def _html_line(line: Line) -> str:
    out = []
    for x in line:
        if isinstance(x, str):
            out.append(_h(x))
        elif isinstance(x, Strong):
            out.append(f"<strong>{_h(x.text)}</strong>")
        elif isinstance(x, Muted):
            out.append(f'<span class="muted">{_h(x.text)}</span>')
        elif isinstance(x, Level):
            cls = {"required": "req", "preferred": "pref"}.get(x.item.requirement, "men")
            out.append(f'<span class="{cls}">{_h(_level(x.item))}</span>')
        elif isinstance(x, Quote):
            out.append(" — " + _evidence_html(x.items, x.span))
        elif isinstance(x, Link):
            out.append(f'<a href="#{x.anchor}">{_h(x.text)}</a>')
        # a Bar is drawn by the chart above its table
    return "".join(out)


def _html_blocks(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    for b in blocks:
        if isinstance(b, Heading):
            anchor = f' id="{b.anchor}"' if b.anchor else ""
            out.append(f"<h{b.level}{anchor}>{_html_line(b.line)}</h{b.level}>")
        elif isinstance(b, Para):
            out.append((f'<p class="{b.style}">' if b.style else "<p>") + _html_line(b.line) + "</p>")
        elif isinstance(b, Bullets):
            out.append("<ul>" + "".join(f"<li>{_html_line(item)}</li>" for item in b.items) + "</ul>")
        elif isinstance(b, Table):
            rows = ["<table><tr>" + "".join(f"<th>{_h(h)}</th>" for h in b.header) + "</tr>"]
            for row in b.rows:
                cells = (
                    ('<td class="num">' if i in b.numeric else "<td>") + _html_line(cell) + "</td>"
                    for i, cell in enumerate(row)
                )
                rows.append("<tr>" + "".join(cells) + "</tr>")
            out.append("".join(rows) + "</table>")
        elif isinstance(b, Chart):
            out.append(_bar_chart(b.rows, b.title))
        else:
            out += [
                f'<details class="posting" id="{b.anchor}"><summary>{_html_line(b.title)}</summary>',
                *_html_blocks(b.blocks),
                "</details>",
            ]
    return out


def _html_preamble() -> list[str]:
    return [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        "<title>Skill gap report</title>",
        f"<style>{_CSS}</style></head><body>",
    ]


# --- the three parts of a Markdown or HTML report, as the ReportWriter writes them ----------------
def _render_head(
    fmt: str,
    prof: Profile,
    s: Summary,
    experience: list[ExperienceDemand] | None = None,
    sections: Sequence[tuple[str, str]] = (),
    pieced: Pieced | None = None,
) -> list[str]:
    blocks = _head_blocks(prof, s, experience, sections, pieced)
    return _md_blocks(blocks) if fmt == "md" else [*_html_preamble(), *_html_blocks(blocks)]


def _render_postings_heading(fmt: str) -> list[str]:
    """The "Postings" heading, written after the sections that follow the head (plan, market)."""
    blocks: list[Block] = [Heading(2, ["Postings"], "postings")]
    return _md_blocks(blocks) if fmt == "md" else _html_blocks(blocks)


def _render_posting(fmt: str, p: PostingGap, anchor: str, experience: list[ExperienceGap] | None = None) -> list[str]:
    blocks = _posting_blocks(p, experience)
    for b in blocks:
        if isinstance(b, Section):
            b.anchor = anchor
    return _md_blocks(blocks) if fmt == "md" else _html_blocks(blocks)


def _render_index_entry(fmt: str, p: PostingGap, anchor: str) -> str:
    """One line of the postings' index: the posting's name (a link to its detail) and its state."""
    line: Line = [Link(p.name, anchor), *_origin(p), Muted(" — " + _posting_status(p))]
    return "1. " + _md_line(line) if fmt == "md" else "<li>" + _html_line(line) + "</li>"


def _render_index_open(fmt: str, count: int) -> str:
    if fmt == "md":
        return f"{counted(count, 'posting')}, in input order; each links to its detail below.\n\n" if count else ""
    intro = _h(
        f"{counted(count, 'posting')}, in input order; a name leads to its detail below (click it there to open it)."
    )
    return f'<p class="muted">{intro}</p><ol class="index">\n' if count else ""


def _render_index_close(fmt: str, count: int) -> str:
    return "</ol>" if fmt == "html" and count else ""


def _render_foot(fmt: str) -> list[str]:
    return _md_blocks(HOW_TO_READ) if fmt == "md" else [*_html_blocks(HOW_TO_READ), "</body></html>\n"]


# --- shared with the plan and market reports (io/plan_report.py, io/market_report.py) ---------
REPORT_CSS = _CSS
html_escape = _h
percent = _pct
bar_chart_svg = _bar_chart
