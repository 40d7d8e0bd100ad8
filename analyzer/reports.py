"""Gap-analysis reports: JSON, CSV, Markdown and HTML, for the CLI and the dashboard alike.

- ``json``: :meth:`Analysis.to_dict`, the whole analysis, on one line.
- ``csv``: one row per (posting, skill) with status ``matched`` / ``missing``; a posting that
  could not be read gets one ``error`` row and one without skills a ``no skills`` row, so every
  posting appears. Every text cell goes through :func:`csv_safe`.
- ``md``: a report a person would send to a mentor: summary, top gaps, coverage per category,
  gaps per interview round, then each posting.
- ``html``: the same content as one self-contained, printable page with inline SVG charts. No
  script, no external resource; every piece of posting or résumé text is escaped.

>>> csv_safe("=HYPERLINK(...)"), csv_safe("- Python"), csv_safe("Python")
("'=HYPERLINK(...)", "'- Python", 'Python')
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
from pathlib import Path

from .errors import OutputError
from .gaps import BROAD_THRESHOLD, DEPTH_THRESHOLD, Analysis, GapItem, PostingGap
from .profile import describe_unresolved

FORMATS = {".json": "json", ".csv": "csv", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
#: Gaps listed in the "top gaps" sections of the Markdown and HTML reports.
TOP_GAPS = 25
#: Evidence sentences longer than this are shortened (around the skill) in Markdown and HTML.
EVIDENCE_CHARS = 300
CSV_COLUMNS = ["posting_id", "status", "skill", "skill_id", "category", "requirement", "years", "how", "via",
               "coverage", "evidence", "error"]
_FORMULA_CHARS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(cell: object) -> object:
    """Neutralise a cell a spreadsheet would run as a formula (leading ``= + - @``, tab or CR)."""
    if isinstance(cell, str) and cell and (cell[0] in _FORMULA_CHARS or cell.lstrip(" ")[:1] in _FORMULA_CHARS):
        return "'" + cell
    return cell


def render_report(analysis: Analysis, fmt: str) -> str:
    """The report as text in ``fmt``: ``json``, ``csv``, ``md`` or ``html``."""
    renderers = {"json": render_json, "csv": render_csv, "md": render_markdown, "html": render_html}
    if fmt not in renderers:
        raise OutputError(f"unknown report format {fmt!r}; use one of {', '.join(renderers)}")
    return renderers[fmt](analysis)


def format_for(path: str | Path) -> str:
    """The report format a file name asks for (by extension); OutputError for any other."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise OutputError(f"{path}: unknown report type {suffix or '(no extension)'!r}; "
                          "use .json, .csv, .md or .html")
    return FORMATS[suffix]


def write_report(analysis: Analysis, path: str | Path) -> str:
    """Write the report in the format the extension names; returns that format."""
    fmt = format_for(path)
    text = render_report(analysis, fmt)
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a folder")
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("w", encoding="utf-8", newline="" if fmt == "csv" else "\n") as f:
            f.write(text)
        os.replace(tmp, target)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {target}: {e.strerror or e}") from None
    return fmt


# --- JSON / CSV ------------------------------------------------------------------------------
def render_json(analysis: Analysis) -> str:
    # One line: json's C encoder is used only without indent (10x faster on 1,000 postings).
    # ``python -m json.tool report.json`` pretty-prints it.
    return json.dumps(analysis.to_dict(), ensure_ascii=False) + "\n"


def render_csv(analysis: Analysis) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    for p in analysis.postings:
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
        for row in rows:
            writer.writerow([csv_safe(row.get(c, "")) for c in CSV_COLUMNS])
    return buf.getvalue()


def _csv_item(item: GapItem) -> dict:
    return {"skill": item.skill, "skill_id": item.skill_id, "category": item.category, "requirement": item.requirement,
            "years": "" if item.years is None else item.years,
            "evidence": " … ".join(" ".join(e.text.split()) for e in item.evidence)}


# --- shared wording --------------------------------------------------------------------------
def _pct(x: float | None) -> str:
    return "–" if x is None else f"{round(x * 100)}%"


def _level(item: GapItem) -> str:
    words = {"required": "required", "preferred": "nice to have", "unspecified": "mentioned"}[item.requirement]
    return words + (f", {item.years:g}+ years" if item.years else "")


def _category_name(analysis: Analysis, cid: str) -> str:
    for c in analysis.summary.categories:
        if c.category == cid:
            return c.name
    return cid


def _implied_notes(analysis: Analysis) -> list[str]:
    names = {s.skill_id: s.skill for s in analysis.profile.skills}
    return [f"{s.skill} (from {names.get(s.via or '', s.via)})" for s in analysis.profile.skills if s.how == "implied"]


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
def _md(text: object) -> str:
    """Posting/résumé text made inert in Markdown: one line, no HTML, no table or emphasis breaks."""
    s = " ".join(str(text).split())
    s = html.escape(s, quote=False)
    for ch in "\\`*_[]|#":
        s = s.replace(ch, "\\" + ch)
    return s


def render_markdown(analysis: Analysis) -> str:
    s, prof = analysis.summary, analysis.profile
    out = ["# Skill gap report", ""]
    out += _md_profile(analysis)
    out += ["## Summary", ""]
    out.append(f"- Postings: {s.postings} ({s.analysed} analysed" + (f", {s.errors} could not be read)" if s.errors else ")"))
    out.append(f"- Mean coverage: {_pct(s.mean_coverage)} of what the postings ask for (weighted: required 3, nice to have 2, mentioned 1)")
    out.append(f"- Skills the postings ask for: {len(s.demand)}; you have {len(s.demand) - len(s.gaps)}, missing {len(s.gaps)}")
    if s.basics_missing:
        out.append(f"- Basics to broaden (foundation categories below {_pct(BROAD_THRESHOLD)}): {', '.join(s.basics_missing)}")
    if s.depth:
        out.append(f"- Depth (categories at {_pct(DEPTH_THRESHOLD)} or more): {', '.join(s.depth)}")
    elif not prof.is_empty:
        out.append(f"- Depth: no category is at {_pct(DEPTH_THRESHOLD)} yet; interviewers look for depth in one or two")
    out.append("")
    out += [f"## Top gaps (of {len(s.gaps)})", ""]
    if s.gaps:
        out += ["| # | Skill | Category | Asked in | Required in | Priority | Interview round |", "|---|---|---|---|---|---|---|"]
        for i, g in enumerate(s.gaps[:TOP_GAPS], 1):
            out.append(f"| {i} | {_md(g.skill)} | {_md(_category_name(analysis, g.category))} | {g.postings} ({_pct(g.share)}) "
                       f"| {_pct(g.required_share)} | {g.priority:.2f} | {_md(', '.join(g.rounds))} |")
    else:
        out.append("No gaps: you have every skill these postings ask for." if s.analysed else "No posting could be analysed.")
    out.append("")
    out += ["## Coverage by category", ""]
    if s.categories:
        out += ["| Category | Kind | Coverage | Skills you have | Interview rounds |", "|---|---|---|---|---|"]
        for c in s.categories:
            bar = "█" * round(c.coverage * 10) + "░" * (10 - round(c.coverage * 10))
            out.append(f"| {_md(c.name)} | {c.kind} | `{bar}` {_pct(c.coverage)} | {c.known} of {c.skills} | {_md(', '.join(c.rounds))} |")
    else:
        out.append("No skills found in the postings.")
    out.append("")
    if s.rounds:
        out += ["## Where the gaps show up in interviews", ""]
        for rnd, names in s.rounds.items():
            shown = ", ".join(_md(n) for n in names[:15]) + (f" and {len(names) - 15} more" if len(names) > 15 else "")
            out.append(f"- **{_md(rnd)}**: {shown}")
        out.append("")
    out += ["## Postings", ""]
    for p in analysis.postings:
        out += _md_posting(p)
    out += ["## How to read this", "",
            "- Coverage of a posting = weight of the skills you have / weight of all its skills; each skill counts once, "
            "at its strongest level in the posting: required 3, nice to have 2, mentioned 1.",
            "- Priority of a gap = share of postings asking for it × its mean weight / 3 (0 to 1).",
            "- Category coverage = the demand (share of postings) of the category's skills you have / the demand of all of them.",
            "- Skills named only in a job title are not counted.", ""]
    return "\n".join(out)


def _md_profile(analysis: Analysis) -> list[str]:
    prof = analysis.profile
    out = ["## Your profile", ""]
    direct = [s for s in prof.skills if s.how != "implied"]
    if not prof.skills:
        out.append("**No skills were given**, so every skill the postings ask for is listed as a gap.")
    else:
        listed = []
        for s in direct:
            note = f" ({_md(s.input)}, fuzzy match {s.confidence:.0%})" if s.how == "fuzzy" else ""
            listed.append(_md(s.skill) + note)
        out.append(f"- Skills ({len(direct)}): " + ", ".join(listed))
        implied = _implied_notes(analysis)
        if implied:
            out.append("- Credited because implied: " + ", ".join(_md(x) for x in implied))
    if prof.unresolved:
        out.append("- Not recognised (not counted): " + _md(describe_unresolved(prof.unresolved)))
    out.append(f"- Source: {_md(prof.source)}")
    out.append("")
    return out


def _md_posting(p: PostingGap) -> list[str]:
    out = [f"### {_md(p.id)} — " + ("could not be read" if p.error else f"coverage {_pct(p.coverage)}"), ""]
    if p.error is not None:
        return out + [f"Error: {_md(p.error)}", ""]
    if not p.skills:
        return out + ["No skills from the taxonomy were found in this posting.", ""]
    if p.matched:
        names = [_md(m.skill) + (f" (implied by {_md(p.via[m.skill_id])})" if m.skill_id in p.via else "") for m in p.matched]
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
                quote = f" — “{_md(text)}” (chars {ev.start}–{ev.end})"
            out.append(f"- **{_md(g.skill)}** ({_level(g)}){quote}")
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
    parts = [f'<svg role="img" width="{label_w + bar_w + 70}" height="{height}" '
             f'viewBox="0 0 {label_w + bar_w + 70} {height}"><title>{_h(title)}</title>']
    for i, (label, value, shown) in enumerate(rows):
        y = 5 + i * row_h
        w = 0 if max_value <= 0 else max(0.0, min(1.0, value / max_value)) * bar_w
        short = label if len(label) <= 38 else label[:37] + "…"
        parts.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{_h(short)}</text>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="{row_h - 8}" fill="#eeeeee"/>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" fill="#0072B2"/>'
                     f'<text x="{label_w + bar_w + 6}" y="{y + 15}">{_h(shown)}</text>')
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


def render_html(analysis: Analysis) -> str:
    s, prof = analysis.summary, analysis.profile
    o: list[str] = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
                    '<meta name="viewport" content="width=device-width,initial-scale=1">',
                    "<title>Skill gap report</title>", f"<style>{_CSS}</style></head><body>",
                    "<h1>Skill gap report</h1>"]
    # profile
    o.append("<h2>Your profile</h2>")
    direct = [x for x in prof.skills if x.how != "implied"]
    if not prof.skills:
        o.append("<p><strong>No skills were given</strong>, so every skill the postings ask for is listed as a gap.</p>")
    else:
        listed = ", ".join(_h(x.skill) + (f' <span class="muted">({_h(x.input)}, fuzzy {x.confidence:.0%})</span>'
                                          if x.how == "fuzzy" else "") for x in direct)
        o.append(f"<p>Skills ({len(direct)}): {listed}</p>")
        implied = _implied_notes(analysis)
        if implied:
            o.append(f"<p>Credited because implied: {_h(', '.join(implied))}</p>")
    if prof.unresolved:
        o.append(f'<p class="err">Not recognised (not counted): {_h(describe_unresolved(prof.unresolved))}</p>')
    o.append(f'<p class="muted">Source: {_h(prof.source)}</p>')
    # summary
    o.append("<h2>Summary</h2><ul>")
    o.append(f"<li>Postings: {s.postings} ({s.analysed} analysed" + (f", {s.errors} could not be read)" if s.errors else ")") + "</li>")
    o.append(f"<li>Mean coverage: <strong>{_pct(s.mean_coverage)}</strong> of what the postings ask for</li>")
    o.append(f"<li>Skills the postings ask for: {len(s.demand)}; you have {len(s.demand) - len(s.gaps)}, missing {len(s.gaps)}</li>")
    if s.basics_missing:
        o.append(f"<li>Basics to broaden (foundation categories below {_pct(BROAD_THRESHOLD)}): {_h(', '.join(s.basics_missing))}</li>")
    if s.depth:
        o.append(f"<li>Depth (categories at {_pct(DEPTH_THRESHOLD)} or more): {_h(', '.join(s.depth))}</li>")
    o.append("</ul>")
    # top gaps
    o.append(f"<h2>Top gaps (of {len(s.gaps)})</h2>")
    if s.gaps:
        top = s.gaps[:TOP_GAPS]
        o.append(_bar_chart([(g.skill, g.priority, f"{g.priority:.2f}") for g in top], "Gap priority (share × mean weight / 3)"))
        o.append("<table><tr><th>#</th><th>Skill</th><th>Category</th><th>Asked in</th><th>Required in</th>"
                 "<th>Priority</th><th>Interview round</th></tr>")
        for i, g in enumerate(top, 1):
            o.append(f'<tr><td class="num">{i}</td><td>{_h(g.skill)}</td><td>{_h(_category_name(analysis, g.category))}</td>'
                     f'<td class="num">{g.postings} ({_pct(g.share)})</td><td class="num">{_pct(g.required_share)}</td>'
                     f'<td class="num">{g.priority:.2f}</td><td>{_h(", ".join(g.rounds))}</td></tr>')
        o.append("</table>")
    else:
        o.append("<p>No gaps: you have every skill these postings ask for.</p>" if s.analysed else "<p>No posting could be analysed.</p>")
    # categories
    o.append("<h2>Coverage by category</h2>")
    if s.categories:
        o.append(_bar_chart([(c.name, c.coverage, _pct(c.coverage)) for c in s.categories], "Coverage by category"))
        o.append("<table><tr><th>Category</th><th>Kind</th><th>Coverage</th><th>Skills you have</th><th>Interview rounds</th></tr>")
        for c in s.categories:
            o.append(f'<tr><td>{_h(c.name)}</td><td>{_h(c.kind)}</td><td class="num">{_pct(c.coverage)}</td>'
                     f'<td class="num">{c.known} of {c.skills}</td><td>{_h(", ".join(c.rounds))}</td></tr>')
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
    for p in analysis.postings:
        head = "could not be read" if p.error else f"coverage {_pct(p.coverage)}"
        o.append(f'<section class="posting"><h3>{_h(p.id)} <span class="muted">— {head}</span></h3>')
        if p.error is not None:
            o.append(f'<p class="err">Error: {_h(p.error)}</p></section>')
            continue
        if not p.skills:
            o.append("<p>No skills from the taxonomy were found in this posting.</p></section>")
            continue
        if p.matched:
            names = [_h(m.skill) + (f' <span class="muted">(implied by {_h(p.via[m.skill_id])})</span>' if m.skill_id in p.via else "")
                     for m in p.matched]
            o.append(f"<p>You have: {', '.join(names)}</p>")
        if p.missing:
            o.append("<ul>")
            for g in p.missing:
                cls = {"required": "req", "preferred": "pref"}.get(g.requirement, "men")
                o.append(f'<li><strong>{_h(g.skill)}</strong> <span class="{cls}">{_h(_level(g))}</span> {_evidence_html(g)}</li>')
            o.append("</ul>")
        o.append("</section>")
    o.append("<h2>How to read this</h2><ul>"
             "<li>Coverage of a posting = weight of the skills you have / weight of all its skills; each skill counts once, "
             "at its strongest level in the posting: required 3, nice to have 2, mentioned 1.</li>"
             "<li>Priority of a gap = share of postings asking for it × its mean weight / 3 (0 to 1).</li>"
             "<li>Category coverage = the demand of the category's skills you have / the demand of all of them.</li>"
             "<li>Skills named only in a job title are not counted.</li></ul>")
    o.append("</body></html>\n")
    return "\n".join(o)
