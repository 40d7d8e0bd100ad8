"""Gap-analysis reports: JSON, CSV, Markdown and HTML, for the CLI and the dashboard alike.

- ``json``: :meth:`Analysis.to_dict`, the whole analysis, on one line.
- ``csv``: one row per (posting, skill) with status ``matched`` / ``missing``; a posting that
  could not be read gets one ``error`` row and one without skills a ``no skills`` row, so every
  posting appears. Every text cell goes through :func:`csv_safe`.
- ``md``: a report a person would send to a mentor: summary, top gaps, coverage per category,
  gaps per interview round, then each posting.
- ``html``: the same content as one self-contained, printable page with inline SVG charts. No
  script, no external resource; every piece of posting or résumé text is escaped.

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
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from ..errors import OutputError
from ..gap.analysis import Analysis, SummaryBuilder
from ..gap.profile import Profile, describe_unresolved
from ..records import BROAD_THRESHOLD, DEPTH_THRESHOLD, GapItem, PostingGap, Summary
from ..taxonomy import Taxonomy
from .markdown import md_escape

FORMATS = {".json": "json", ".csv": "csv", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
_FORMAT_NAMES = ("json", "csv", "md", "html")
#: Gaps listed in the "top gaps" sections of the Markdown and HTML reports.
TOP_GAPS = 25
#: Evidence sentences longer than this are shortened (around the skill) in Markdown and HTML.
EVIDENCE_CHARS = 300
CSV_COLUMNS = [
    "posting_id",
    "status",
    "skill",
    "skill_id",
    "category",
    "requirement",
    "years",
    "how",
    "via",
    "coverage",
    "evidence",
    "error",
]
_FORMULA_CHARS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(cell: object) -> object:
    """Neutralise a cell a spreadsheet would run as a formula (leading ``= + - @``, tab or CR)."""
    if isinstance(cell, str) and cell and (cell[0] in _FORMULA_CHARS or cell.lstrip(" ")[:1] in _FORMULA_CHARS):
        return "'" + cell
    return cell


def render_report(analysis: Analysis, fmt: str) -> str:
    """The report as text in ``fmt``: ``json``, ``csv``, ``md`` or ``html`` (built in memory)."""
    _check_format(fmt)
    buf = io.StringIO()
    writer = ReportWriter(buf, fmt, analysis.profile, spool=io.StringIO())
    for p in analysis.postings:
        writer.add(p)
    writer.finish(analysis.summary)
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
    target: str | Path | TextIO, profile: Profile, *, fmt: str | None = None, taxonomy: Taxonomy | None = None
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
    cannot be written.
    """
    writer: ReportWriter | None
    if not isinstance(target, (str, Path)):
        fmt = fmt or "md"
        _check_format(fmt)
        name = "standard output" if target is sys.stdout else "the output"
        writer = ReportWriter(target, fmt, profile, taxonomy=taxonomy, name=name)
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
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        handle = tmp.open("w", encoding="utf-8", newline="" if fmt == "csv" else "\n")
    except OSError as e:
        raise OutputError(f"cannot write {path}: {e.strerror or e}") from None
    writer = None
    try:
        writer = ReportWriter(handle, fmt, profile, taxonomy=taxonomy, spool_dir=path.parent, name=str(path))
        yield writer  # the caller's errors pass through unchanged; the writer's are OutputErrors
        if not writer.finished:
            writer.finish()
        try:
            handle.close()
            os.replace(tmp, path)
        except OSError as e:
            raise OutputError(f"cannot write {path}: {e.strerror or e}") from None
    finally:
        if writer is not None:
            writer.close()
        if not handle.closed:
            handle.close()
        tmp.unlink(missing_ok=True)


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
    ):
        _check_format(fmt)
        self.out, self.fmt, self.profile, self.name = out, fmt, profile, name
        self.summary_builder = SummaryBuilder(profile, taxonomy) if taxonomy is not None else None
        self.count = 0  # postings added
        self.finished = False
        self._own_spool = False
        self._spool: TextIO | None = None
        with self._writing():
            if fmt in ("md", "html"):
                if spool is None:
                    spool = tempfile.TemporaryFile(
                        "w+", encoding="utf-8", newline="", dir=spool_dir, prefix=".skillgap-report-"
                    )
                    self._own_spool = True
                self._spool = spool
            elif fmt == "json":
                out.write('{"profile": ' + _dumps(profile.to_dict()) + ', "postings": [')
            else:
                self._csv = csv.writer(out)
                self._csv.writerow(CSV_COLUMNS)

    def add(self, posting: PostingGap) -> None:
        """Write one posting (and count it in the summary)."""
        if self.finished:
            raise ValueError("this report is finished")
        if self.summary_builder is not None:
            self.summary_builder.add(posting)
        with self._writing():
            if self.fmt == "json":
                self.out.write((", " if self.count else "") + _dumps(posting.to_dict()))
            elif self.fmt == "csv":
                self._csv.writerows(_csv_rows(posting))
            else:
                assert self._spool is not None
                lines = _md_posting(posting) if self.fmt == "md" else _html_posting(posting)
                self._spool.write("".join("\n" + line for line in lines))
        self.count += 1

    def finish(self, summary: Summary | None = None) -> Summary:
        """Write the summary (given, or built from the postings added) and end the report."""
        if summary is None:
            if self.summary_builder is None:
                raise ValueError("finish() needs the summary when the writer has no taxonomy")
            summary = self.summary_builder.result()
        with self._writing():
            if self.fmt == "json":
                self.out.write('], "summary": ' + _dumps(summary.to_dict()) + "}\n")
            elif self.fmt in ("md", "html"):
                assert self._spool is not None
                md = self.fmt == "md"
                self.out.write("\n".join(_md_head(self.profile, summary) if md else _html_head(self.profile, summary)))
                self._spool.seek(0)
                shutil.copyfileobj(self._spool, self.out, 1 << 20)
                self.out.write("\n" + "\n".join(_md_foot() if md else _html_foot()))
            self.out.flush()
        self.finished = True
        self.close()
        return summary

    def close(self) -> None:
        """Drop the spooled postings (called by :meth:`finish`; nothing else is closed)."""
        if self._own_spool and self._spool is not None:
            self._spool.close()
        self._spool = None

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
def _csv_rows(p: PostingGap) -> list[list[object]]:
    """The CSV rows of one posting (at least one, so every posting appears)."""
    base = {"posting_id": p.id, "coverage": "" if p.coverage is None else p.coverage}
    if p.error is not None:
        rows = [{**base, "status": "error", "error": p.error}]
    elif not p.skills:
        rows = [{**base, "status": "no skills"}]
    else:
        rows = []
        for m, d in zip(p.matched, p.matched_details):
            rows.append({**base, **_csv_item(d), "status": "matched", "how": m.how, "via": p.via.get(m.skill_id, "")})
        rows += [{**base, **_csv_item(g), "status": "missing"} for g in p.missing]
    return [[csv_safe(row.get(c, "")) for c in CSV_COLUMNS] for row in rows]


def _csv_item(item: GapItem) -> dict:
    return {
        "skill": item.skill,
        "skill_id": item.skill_id,
        "category": item.category,
        "requirement": item.requirement,
        "years": "" if item.years is None else item.years,
        "evidence": " … ".join(" ".join(e.text.split()) for e in item.evidence),
    }


# --- shared wording --------------------------------------------------------------------------
def _pct(x: float | None) -> str:
    return "–" if x is None else f"{round(x * 100)}%"


def _level(item: GapItem) -> str:
    words = {"required": "required", "preferred": "nice to have", "unspecified": "mentioned"}[item.requirement]
    return words + (f", {item.years:g}+ years" if item.years else "")


def _category_name(summary: Summary, cid: str) -> str:
    for c in summary.categories:
        if c.category == cid:
            return c.name
    return cid


def _implied_notes(profile: Profile) -> list[str]:
    names = {s.skill_id: s.skill for s in profile.skills}
    return [f"{s.skill} (from {names.get(s.via or '', s.via)})" for s in profile.skills if s.how == "implied"]


def _evidence_window(item: GapItem, ev) -> tuple[str, list[tuple[int, int]]]:
    """The evidence text (shortened around the first mention) and mention offsets inside it."""
    inside = [(s - ev.start, e - ev.start) for s, e in item.mentions if ev.start <= s and e <= ev.end]
    text = ev.text
    if len(text) <= EVIDENCE_CHARS:
        return text, inside
    centre = inside[0][0] if inside else 0
    lo = max(0, min(centre - EVIDENCE_CHARS // 2, len(text) - EVIDENCE_CHARS))
    hi = lo + EVIDENCE_CHARS
    prefix = "…" if lo else ""
    shifted = [(s - lo + len(prefix), e - lo + len(prefix)) for s, e in inside if lo <= s and e <= hi]
    return prefix + text[lo:hi] + ("…" if hi < len(text) else ""), shifted


# --- Markdown --------------------------------------------------------------------------------
def _md_head(prof: Profile, s: Summary) -> list[str]:
    """The lines before the postings: profile, summary, top gaps, categories, interview rounds."""
    out = ["# Skill gap report", ""]
    out += _md_profile(prof)
    out += ["## Summary", ""]
    out.append(
        f"- Postings: {s.postings} ({s.analysed} analysed" + (f", {s.errors} could not be read)" if s.errors else ")")
    )
    out.append(
        f"- Mean coverage: {_pct(s.mean_coverage)} of what the postings ask for (weighted: required 3, nice to have 2, mentioned 1)"
    )
    out.append(
        f"- Skills the postings ask for: {len(s.demand)}; you have {len(s.demand) - len(s.gaps)}, missing {len(s.gaps)}"
    )
    if s.basics_missing:
        out.append(
            f"- Basics to broaden (foundation categories below {_pct(BROAD_THRESHOLD)}): {', '.join(s.basics_missing)}"
        )
    if s.depth:
        out.append(f"- Depth (categories at {_pct(DEPTH_THRESHOLD)} or more): {', '.join(s.depth)}")
    elif not prof.is_empty:
        out.append(f"- Depth: no category is at {_pct(DEPTH_THRESHOLD)} yet; interviewers look for depth in one or two")
    out.append("")
    out += [f"## Top gaps (of {len(s.gaps)})", ""]
    if s.gaps:
        out += [
            "| # | Skill | Category | Asked in | Required in | Priority | Interview round |",
            "|---|---|---|---|---|---|---|",
        ]
        for i, g in enumerate(s.gaps[:TOP_GAPS], 1):
            out.append(
                f"| {i} | {md_escape(g.skill)} | {md_escape(_category_name(s, g.category))} | {g.postings} ({_pct(g.share)}) "
                f"| {_pct(g.required_share)} | {g.priority:.2f} | {md_escape(', '.join(g.rounds))} |"
            )
    else:
        out.append(
            "No gaps: you have every skill these postings ask for." if s.analysed else "No posting could be analysed."
        )
    out.append("")
    out += ["## Coverage by category", ""]
    if s.categories:
        out += ["| Category | Kind | Coverage | Skills you have | Interview rounds |", "|---|---|---|---|---|"]
        for c in s.categories:
            bar = "█" * round(c.coverage * 10) + "░" * (10 - round(c.coverage * 10))
            out.append(
                f"| {md_escape(c.name)} | {c.kind} | `{bar}` {_pct(c.coverage)} | {c.known} of {c.skills} | {md_escape(', '.join(c.rounds))} |"
            )
    else:
        out.append("No skills found in the postings.")
    out.append("")
    if s.rounds:
        out += ["## Where the gaps show up in interviews", ""]
        for rnd, names in s.rounds.items():
            shown = ", ".join(md_escape(n) for n in names[:15]) + (
                f" and {len(names) - 15} more" if len(names) > 15 else ""
            )
            out.append(f"- **{md_escape(rnd)}**: {shown}")
        out.append("")
    out += ["## Postings", ""]
    return out


def _md_foot() -> list[str]:
    return [
        "## How to read this",
        "",
        "- Coverage of a posting = weight of the skills you have / weight of all its skills; each skill counts once, "
        "at its strongest level in the posting: required 3, nice to have 2, mentioned 1.",
        "- Priority of a gap = share of postings asking for it × its mean weight / 3 (0 to 1).",
        "- Category coverage = the demand (share of postings) of the category's skills you have / the demand of all of them.",
        "- Skills named only in a job title are not counted.",
        "",
    ]


def _md_profile(prof: Profile) -> list[str]:
    out = ["## Your profile", ""]
    direct = [s for s in prof.skills if s.how != "implied"]
    if not prof.skills:
        out.append("**No skills were given**, so every skill the postings ask for is listed as a gap.")
    else:
        listed = []
        for s in direct:
            note = f" ({md_escape(s.input)}, fuzzy match {s.confidence:.0%})" if s.how == "fuzzy" else ""
            listed.append(md_escape(s.skill) + note)
        out.append(f"- Skills ({len(direct)}): " + ", ".join(listed))
        implied = _implied_notes(prof)
        if implied:
            out.append("- Credited because implied: " + ", ".join(md_escape(x) for x in implied))
    if prof.unresolved:
        out.append("- Not recognised (not counted): " + md_escape(describe_unresolved(prof.unresolved)))
    out.append(f"- Source: {md_escape(prof.source)}")
    out.append("")
    return out


def _md_posting(p: PostingGap) -> list[str]:
    out = [f"### {md_escape(p.id)} — " + ("could not be read" if p.error else f"coverage {_pct(p.coverage)}"), ""]
    if p.error is not None:
        return out + [f"Error: {md_escape(p.error)}", ""]
    if not p.skills:
        return out + ["No skills from the taxonomy were found in this posting.", ""]
    if p.matched:
        names = [
            md_escape(m.skill) + (f" (implied by {md_escape(p.via[m.skill_id])})" if m.skill_id in p.via else "")
            for m in p.matched
        ]
        out.append("You have: " + ", ".join(names))
        out.append("")
    if p.missing:
        out.append("Missing:")
        out.append("")
        for g in p.missing:
            ev = g.evidence[0] if g.evidence else None
            quote = ""
            if ev is not None:
                text, _ = _evidence_window(g, ev)
                quote = f" — “{md_escape(text)}” (chars {ev.start}–{ev.end})"
            out.append(f"- **{md_escape(g.skill)}** ({_level(g)}){quote}")
        out.append("")
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
.posting{border-top:1px solid #e2e2e2;padding-top:.4rem;break-inside:avoid}
svg text{font:12px system-ui,sans-serif}
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


def _evidence_html(item: GapItem) -> str:
    if not item.evidence:
        return ""
    ev = item.evidence[0]
    text, marks = _evidence_window(item, ev)
    pieces, pos = [], 0
    for s, e in sorted(marks):
        if s < pos:
            continue
        pieces.append(_h(text[pos:s]))
        pieces.append(f"<mark>{_h(text[s:e])}</mark>")
        pos = e
    pieces.append(_h(text[pos:]))
    more = f' <span class="muted">(+{len(item.evidence) - 1} more)</span>' if len(item.evidence) > 1 else ""
    return f'<span class="ev">“{"".join(pieces)}”</span> <span class="muted">chars {ev.start}–{ev.end}</span>{more}'


def _html_head(prof: Profile, s: Summary) -> list[str]:
    """The lines before the postings: profile, summary, charts, categories, interview rounds."""
    o: list[str] = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        "<title>Skill gap report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Skill gap report</h1>",
    ]
    # profile
    o.append("<h2>Your profile</h2>")
    direct = [x for x in prof.skills if x.how != "implied"]
    if not prof.skills:
        o.append(
            "<p><strong>No skills were given</strong>, so every skill the postings ask for is listed as a gap.</p>"
        )
    else:
        listed = ", ".join(
            _h(x.skill)
            + (f' <span class="muted">({_h(x.input)}, fuzzy {x.confidence:.0%})</span>' if x.how == "fuzzy" else "")
            for x in direct
        )
        o.append(f"<p>Skills ({len(direct)}): {listed}</p>")
        implied = _implied_notes(prof)
        if implied:
            o.append(f"<p>Credited because implied: {_h(', '.join(implied))}</p>")
    if prof.unresolved:
        o.append(f'<p class="err">Not recognised (not counted): {_h(describe_unresolved(prof.unresolved))}</p>')
    o.append(f'<p class="muted">Source: {_h(prof.source)}</p>')
    # summary
    o.append("<h2>Summary</h2><ul>")
    o.append(
        f"<li>Postings: {s.postings} ({s.analysed} analysed"
        + (f", {s.errors} could not be read)" if s.errors else ")")
        + "</li>"
    )
    o.append(f"<li>Mean coverage: <strong>{_pct(s.mean_coverage)}</strong> of what the postings ask for</li>")
    o.append(
        f"<li>Skills the postings ask for: {len(s.demand)}; you have {len(s.demand) - len(s.gaps)}, missing {len(s.gaps)}</li>"
    )
    if s.basics_missing:
        o.append(
            f"<li>Basics to broaden (foundation categories below {_pct(BROAD_THRESHOLD)}): {_h(', '.join(s.basics_missing))}</li>"
        )
    if s.depth:
        o.append(f"<li>Depth (categories at {_pct(DEPTH_THRESHOLD)} or more): {_h(', '.join(s.depth))}</li>")
    o.append("</ul>")
    # top gaps
    o.append(f"<h2>Top gaps (of {len(s.gaps)})</h2>")
    if s.gaps:
        top = s.gaps[:TOP_GAPS]
        o.append(
            _bar_chart(
                [(g.skill, g.priority, f"{g.priority:.2f}") for g in top], "Gap priority (share × mean weight / 3)"
            )
        )
        o.append(
            "<table><tr><th>#</th><th>Skill</th><th>Category</th><th>Asked in</th><th>Required in</th>"
            "<th>Priority</th><th>Interview round</th></tr>"
        )
        for i, g in enumerate(top, 1):
            o.append(
                f'<tr><td class="num">{i}</td><td>{_h(g.skill)}</td><td>{_h(_category_name(s, g.category))}</td>'
                f'<td class="num">{g.postings} ({_pct(g.share)})</td><td class="num">{_pct(g.required_share)}</td>'
                f'<td class="num">{g.priority:.2f}</td><td>{_h(", ".join(g.rounds))}</td></tr>'
            )
        o.append("</table>")
    else:
        o.append(
            "<p>No gaps: you have every skill these postings ask for.</p>"
            if s.analysed
            else "<p>No posting could be analysed.</p>"
        )
    # categories
    o.append("<h2>Coverage by category</h2>")
    if s.categories:
        o.append(_bar_chart([(c.name, c.coverage, _pct(c.coverage)) for c in s.categories], "Coverage by category"))
        o.append(
            "<table><tr><th>Category</th><th>Kind</th><th>Coverage</th><th>Skills you have</th><th>Interview rounds</th></tr>"
        )
        for c in s.categories:
            o.append(
                f'<tr><td>{_h(c.name)}</td><td>{_h(c.kind)}</td><td class="num">{_pct(c.coverage)}</td>'
                f'<td class="num">{c.known} of {c.skills}</td><td>{_h(", ".join(c.rounds))}</td></tr>'
            )
        o.append("</table>")
    else:
        o.append("<p>No skills found in the postings.</p>")
    if s.rounds:
        o.append("<h2>Where the gaps show up in interviews</h2><ul>")
        for rnd, names in s.rounds.items():
            shown = ", ".join(names[:15]) + (f" and {len(names) - 15} more" if len(names) > 15 else "")
            o.append(f"<li><strong>{_h(rnd)}</strong>: {_h(shown)}</li>")
        o.append("</ul>")
    # postings
    o.append("<h2>Postings</h2>")
    return o


def _html_posting(p: PostingGap) -> list[str]:
    head = "could not be read" if p.error else f"coverage {_pct(p.coverage)}"
    o = [f'<section class="posting"><h3>{_h(p.id)} <span class="muted">— {head}</span></h3>']
    if p.error is not None:
        o.append(f'<p class="err">Error: {_h(p.error)}</p></section>')
        return o
    if not p.skills:
        o.append("<p>No skills from the taxonomy were found in this posting.</p></section>")
        return o
    if p.matched:
        names = [
            _h(m.skill)
            + (f' <span class="muted">(implied by {_h(p.via[m.skill_id])})</span>' if m.skill_id in p.via else "")
            for m in p.matched
        ]
        o.append(f"<p>You have: {', '.join(names)}</p>")
    if p.missing:
        o.append("<ul>")
        for g in p.missing:
            cls = {"required": "req", "preferred": "pref"}.get(g.requirement, "men")
            o.append(
                f'<li><strong>{_h(g.skill)}</strong> <span class="{cls}">{_h(_level(g))}</span> {_evidence_html(g)}</li>'
            )
        o.append("</ul>")
    o.append("</section>")
    return o


def _html_foot() -> list[str]:
    return [
        "<h2>How to read this</h2><ul>"
        "<li>Coverage of a posting = weight of the skills you have / weight of all its skills; each skill counts once, "
        "at its strongest level in the posting: required 3, nice to have 2, mentioned 1.</li>"
        "<li>Priority of a gap = share of postings asking for it × its mean weight / 3 (0 to 1).</li>"
        "<li>Category coverage = the demand of the category's skills you have / the demand of all of them.</li>"
        "<li>Skills named only in a job title are not counted.</li></ul>",
        "</body></html>\n",
    ]
