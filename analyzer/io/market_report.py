"""The market view (:class:`~analyzer.gap.market.MarketReport`) as JSON, CSV, Markdown or HTML.

- ``json``: :meth:`MarketReport.to_dict`, the contract of ``skillgap market -o x.json``.
- ``csv``: one tidy table, one row per fact, its kind in the column ``table`` (``group``,
  ``difference``, ``period``, ``trend``, ``cooccurrence``, ``cluster``, ``coverage``): filter it in
  a spreadsheet or ``pandas``. Every text cell goes through :func:`analyzer.reports.csv_safe`.
- ``md``: the tables, for a person.
- ``html``: one self-contained page with inline SVG charts (differences and trends with their
  intervals as whiskers, the coverage curve, co-occurrence of the top skills) and the cluster list.
  No script, nothing loaded from elsewhere; every group name, period label and skill name is
  escaped (group names come from the user's CSV).

Skill ids are shown by their taxonomy names.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from pathlib import Path

from ..errors import OutputError
from ..gap.market import UNKNOWN_PERIOD, GroupTop, MarketReport
from ..plural import counted
from .atomic import atomic_text
from .markdown import md_escape as _md
from .reports import REPORT_CSS as _CSS
from .reports import bar_chart_svg as _bar_chart
from .reports import csv_safe, format_for
from .reports import html_escape as _h
from .reports import percent as _pct

#: Rows in the Markdown and HTML tables that can be long.
TOP_ROWS = 15
#: Skills shown per category for each group.
TOP_PER_CATEGORY = 3
#: Skills whose partners are shown in the co-occurrence section.
COOCCURRENCE_SKILLS = 8
CSV_COLUMNS = [
    "table",
    "group",
    "group_b",
    "period",
    "postings",
    "too_few",
    "skill",
    "skill_id",
    "category",
    "share",
    "required_share",
    "share_b",
    "diff",
    "low",
    "high",
    "significant",
    "with_skill",
    "with_skill_id",
    "lift",
    "support",
    "cluster",
    "k",
    "covered_share",
    "also_meets",
    "errors",
]
_FORMATS = ("json", "csv", "md", "html")


def render_market(report: MarketReport, fmt: str) -> str:
    """The report as text in ``fmt``: ``json``, ``csv``, ``md`` or ``html``."""
    if fmt == "json":
        return json.dumps(report.to_dict(), ensure_ascii=False) + "\n"
    if fmt == "csv":
        return _csv(report)
    if fmt == "md":
        return "\n".join(_markdown(report)) + "\n"
    if fmt == "html":
        return "\n".join(_html(report)) + "\n"
    raise OutputError(f"unknown report format {fmt!r}; use one of {', '.join(_FORMATS)}")


def write_market(report: MarketReport, path: str | Path) -> str:
    """Write the report in the format the file's extension names (whole or not at all); returns it."""
    fmt = format_for(path)
    text = render_market(report, fmt)
    with atomic_text(path, newline="" if fmt == "csv" else "\n") as f:  # whole or not at all
        f.write(text)
    return fmt


# --- shared wording ------------------------------------------------------------------------------
def _points(x: float) -> str:
    """A difference of shares in percentage points, signed."""
    return f"{x * 100:+.1f}"


def _interval(low: float, high: float) -> str:
    return f"{low * 100:+.1f} to {high * 100:+.1f}"


def _verdict(low: float, high: float) -> str:
    return "yes" if low > 0 or high < 0 else "no (interval includes 0)"


def _category_tops(report: MarketReport, skills) -> list[tuple[str, list]]:
    """(category name, its top skills) for one group, categories by their top skill's share."""
    by_cat: dict[str, list] = {}
    for s in skills:
        by_cat.setdefault(s.category, []).append(s)
    names = report.names
    ordered = sorted(by_cat.items(), key=lambda kv: (-kv[1][0].share, kv[0]))
    return [(names.category_name(c) if names else c, rows[:TOP_PER_CATEGORY]) for c, rows in ordered]


def _usable_periods(report: MarketReport) -> list:
    return [p for p in report.periods if not p.too_few and p.period != UNKNOWN_PERIOD]


def _period_table_skills(report: MarketReport) -> list[str]:
    """The skills shown in the per-period table: the trends' skills, else the most common."""
    ids = [t.skill_id for t in report.trends[:TOP_ROWS]]
    if not ids and report.groups:
        ids = [s.skill_id for s in _all_skills(report)[:TOP_ROWS]]
    return ids


def _all_skills(report: MarketReport) -> list:
    """The skills over every group: the one group's list, or the largest group's."""
    return report.groups[0].skills if report.groups else []


def _intro(report: MarketReport) -> list[str]:
    """Plain-text lines (unescaped) that explain the numbers."""
    level = f"{report.confidence:.0%}"
    lines = [
        f"Postings analysed: {report.postings}"
        + (
            f" ({report.errors} could not be analysed and {'is' if report.errors == 1 else 'are'} left out of every share)"
            if report.errors
            else ""
        ),
        (
            "Share = postings asking for the skill at any level / postings analysed; required share = postings "
            "where it is required / postings analysed."
        ),
        (
            f"Differences: share A - share B in percentage points, with Newcombe's {level} hybrid score interval; "
            "a difference is significant when its interval excludes 0, and skills are ranked by the bound nearest 0."
        ),
    ]
    if report.period:
        lines.append(
            f"Periods by {report.period}; a period with fewer than {counted(report.min_postings, 'posting')} is flagged "
            f"'too few' and left out of the trends; postings without a readable date are in '{UNKNOWN_PERIOD}'."
        )
    lines.append(
        f"Co-occurrence: lift = how many times more often two skills are asked together than if they were "
        f"independent; only pairs asked together in at least {counted(report.min_support, 'posting')}."
    )
    lines.append(
        "Coverage curve: the share of what the average posting requires that the first k skills meet "
        "(a skill also meets the skills it implies, e.g. PostgreSQL meets SQL), picked greedily."
    )
    return lines


# --- CSV -----------------------------------------------------------------------------------------
def _csv(report: MarketReport) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CSV_COLUMNS)
    name = report.skill_name
    rows: list[dict] = []
    # A group or period whose postings all failed still gets a row, with its errors.
    for g in report.groups:
        group = {"table": "group", "group": g.group, "postings": g.postings, "errors": g.errors}
        if not g.skills:
            rows.append(group)
        for s in g.skills:
            rows.append(
                {
                    **group,
                    "skill": s.skill,
                    "skill_id": s.skill_id,
                    "category": s.category,
                    "share": s.share,
                    "required_share": s.required_share,
                }
            )
    for d in report.differences:
        rows.append(
            {
                "table": "difference",
                "group": d.group_a,
                "group_b": d.group_b,
                "skill": name(d.skill_id),
                "skill_id": d.skill_id,
                "share": d.share_a,
                "share_b": d.share_b,
                "diff": d.diff,
                "low": d.low,
                "high": d.high,
                "significant": d.significant,
            }
        )
    for p in report.periods:
        period = {
            "table": "period",
            "period": p.period,
            "postings": p.postings,
            "errors": p.errors,
            "too_few": p.too_few,
        }
        if not p.shares:
            rows.append(period)
        for sid, share in p.shares:
            rows.append({**period, "skill": name(sid), "skill_id": sid, "share": share})
    for t in report.trends:
        rows.append(
            {
                "table": "trend",
                "skill": name(t.skill_id),
                "skill_id": t.skill_id,
                "diff": t.slope_or_diff,
                "low": t.low,
                "high": t.high,
                "significant": t.significant,
            }
        )
    for c in report.cooccurrence:
        for partner in c.partners:
            rows.append(
                {
                    "table": "cooccurrence",
                    "skill": name(c.skill_id),
                    "skill_id": c.skill_id,
                    "with_skill": name(partner.skill_id),
                    "with_skill_id": partner.skill_id,
                    "lift": partner.lift,
                    "support": partner.support,
                }
            )
    for cl in report.clusters:
        for sid in cl.skills:
            rows.append({"table": "cluster", "cluster": cl.name, "skill": name(sid), "skill_id": sid})
    for pt in report.coverage_curve:
        rows.append(
            {
                "table": "coverage",
                "k": pt.k,
                "skill": name(pt.skill_id),
                "skill_id": pt.skill_id,
                "covered_share": pt.covered_share,
                "also_meets": "; ".join(name(s) for s in pt.also_meets),
            }
        )
    writer.writerows([csv_safe(row.get(col, "")) for col in CSV_COLUMNS] for row in rows)
    return buf.getvalue()


# --- Markdown ------------------------------------------------------------------------------------
def _your_gaps(top: GroupTop | None) -> str | None:
    """The line naming the user's gaps among a group's top skills (plain text), or None."""
    if top is None or not top.skills:
        return None
    gaps = ", ".join(s.skill for s in top.gaps) or "none, you have them all"
    return f"Your gaps among its {counted(len(top.skills), 'most asked-for technical skill')}: {gaps}."


def _markdown(report: MarketReport, tops: Mapping[str, GroupTop] | None = None) -> list[str]:
    name = report.skill_name
    out = ["# Market view", ""]
    out += [f"- {_md(line)}" for line in _intro(report)]
    out += [f"- **Warning:** {_md(w)}" for w in report.warnings]
    out.append("")
    out += ["## Groups", ""]
    for g in report.groups:
        out.append(
            f"### {_md(g.group)} — {counted(g.postings, 'posting')}"
            + (f" ({g.errors} not analysed)" if g.errors else "")
        )
        out.append("")
        if not g.skills:
            out += ["No skills found.", ""]
            continue
        if line := _your_gaps((tops or {}).get(g.group)):
            out += [_md(line), ""]
        out += ["| Category | Top skills (share, required share) |", "|---|---|"]
        for cat, rows in _category_tops(report, g.skills):
            shown = ", ".join(f"{_md(s.skill)} {_pct(s.share)} ({_pct(s.required_share)})" for s in rows)
            out.append(f"| {_md(cat)} | {shown} |")
        out.append("")
    if report.differences:
        out += ["## Differences between groups", ""]
        out += [
            (
                f"| Skill | Group A | Group B | Share A | Share B | Difference (points) | {report.confidence:.0%} interval "
                "| Significant |"
            ),
            "|---|---|---|---|---|---|---|---|",
        ]
        for d in report.differences:
            out.append(
                f"| {_md(name(d.skill_id))} | {_md(d.group_a)} | {_md(d.group_b)} | {_pct(d.share_a)} | "
                f"{_pct(d.share_b)} | {_points(d.diff)} | {_interval(d.low, d.high)} | {_verdict(d.low, d.high)} |"
            )
        out.append("")
    if report.periods:
        out += _md_periods(report)
    if report.cooccurrence:
        out += ["## Skills that travel together", ""]
        out += ["| With | postings also ask for (lift, share of all postings) |", "|---|---|"]
        for c in report.cooccurrence[:TOP_ROWS]:
            shown = ", ".join(f"{_md(name(p.skill_id))} ({p.lift:.1f}×, {_pct(p.support)})" for p in c.partners)
            out.append(f"| {_md(name(c.skill_id))} | {shown} |")
        out.append("")
    if report.clusters:
        out += ["## Skill clusters", ""]
        for i, cl in enumerate(report.clusters, 1):
            more = f" and {len(cl.skills) - 12} more" if len(cl.skills) > 12 else ""
            out.append(
                f"{i}. **{_md(cl.name)}** ({counted(len(cl.skills), 'skill')}): "
                + ", ".join(_md(name(s)) for s in cl.skills[:12])
                + more
            )
        out.append("")
    if report.coverage_curve:
        out += ["## Coverage curve", ""]
        out += _coverage_sentences(report, escape=_md)
        out += ["", "| k | Skill added | Also meets (implied) | Covered share |", "|---|---|---|---|"]
        for pt in report.coverage_curve[:20]:
            also = ", ".join(_md(name(s)) for s in pt.also_meets)
            out.append(f"| {pt.k} | {_md(name(pt.skill_id))} | {also} | {_pct(pt.covered_share)} |")
        out.append("")
    return out


def _md_periods(report: MarketReport) -> list[str]:
    name = report.skill_name
    out = ["## Periods", ""]
    head = [f"{_md(p.period)} ({p.postings}{', too few' if p.too_few else ''})" for p in report.periods]
    out += ["| Skill | " + " | ".join(head) + " |", "|---|" + "---|" * len(report.periods)]
    shares = [dict(p.shares) for p in report.periods]
    for sid in _period_table_skills(report):
        out.append(f"| {_md(name(sid))} | " + " | ".join(_pct(s.get(sid, 0.0)) for s in shares) + " |")
    out.append("")
    if report.trends:
        out += [f"### Rising and falling ({_md(report.trend_unit)}, in percentage points)", ""]
        out += [f"| Skill | Change | {report.confidence:.0%} interval | Significant |", "|---|---|---|---|"]
        for t in report.trends:
            out.append(
                f"| {_md(name(t.skill_id))} | {_points(t.slope_or_diff)} | {_interval(t.low, t.high)} | "
                f"{_verdict(t.low, t.high)} |"
            )
        out.append("")
    return out


def _coverage_sentences(report: MarketReport, escape) -> list[str]:
    out = []
    for target in (0.5, 0.8):
        k = next((pt.k for pt in report.coverage_curve if pt.covered_share >= target), None)
        if k is not None:
            cover = "covers" if k == 1 else "cover"
            out.append(f"- {counted(k, 'skill')} {cover} {_pct(target)} of what the average posting requires.")
        else:
            last = report.coverage_curve[-1]
            they = "it covers" if last.k == 1 else "they cover"
            out.append(
                f"- {_pct(target)} is not reached with {counted(last.k, 'skill')} ({they} {_pct(last.covered_share)})."
            )
    first = ", ".join(escape(report.skill_name(pt.skill_id)) for pt in report.coverage_curve[:7])
    out.append(f"- The first skills: {first}.")
    return out


# --- HTML ----------------------------------------------------------------------------------------
_MARKET_CSS = ".sig-up{color:#0072B2}.sig-down{color:#D55E00}.ns{color:#666}ol.clusters li{margin:.3rem 0}"


def _html(report: MarketReport, tops: Mapping[str, GroupTop] | None = None) -> list[str]:
    name = report.skill_name
    o = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        "<title>Market view</title>",
        f"<style>{_CSS}{_MARKET_CSS}</style></head><body>",
        "<h1>Market view</h1><ul>",
    ]
    o += [f"<li>{_h(line)}</li>" for line in _intro(report)]
    o += [f'<li class="err">Warning: {_h(w)}</li>' for w in report.warnings]
    o.append("</ul>")
    # groups
    o.append("<h2>Groups</h2>")
    for g in report.groups:
        errors = f" ({g.errors} not analysed)" if g.errors else ""
        o.append(f"<h3>{_h(g.group)} <span class='muted'>— {counted(g.postings, 'posting')}{errors}</span></h3>")
        if not g.skills:
            o.append("<p>No skills found.</p>")
        elif line := _your_gaps((tops or {}).get(g.group)):
            o.append(f"<p>{_h(line)}</p>")
            continue
        o.append("<table><tr><th>Category</th><th>Top skills (share, required share)</th></tr>")
        for cat, rows in _category_tops(report, g.skills):
            shown = ", ".join(f"{_h(s.skill)} {_pct(s.share)} ({_pct(s.required_share)})" for s in rows)
            o.append(f"<tr><td>{_h(cat)}</td><td>{shown}</td></tr>")
        o.append("</table>")
    # differences
    if report.differences:
        o.append("<h2>Differences between groups</h2>")
        pairs: dict[tuple[str, str], list] = {}
        for d in report.differences:
            pairs.setdefault((d.group_a, d.group_b), []).append(d)
        for (a, b), rows in pairs.items():
            o.append(f"<h3>{_h(a)} <span class='muted'>vs</span> {_h(b)}</h3>")
            o.append(
                _whisker_chart(
                    [(name(d.skill_id), d.diff, d.low, d.high) for d in rows[:TOP_ROWS]],
                    f"Share in {a} minus share in {b}, percentage points, with {report.confidence:.0%} intervals",
                )
            )
            o.append(
                "<table><tr><th>Skill</th><th>Share A</th><th>Share B</th><th>Difference (points)</th>"
                f"<th>{report.confidence:.0%} interval</th><th>Significant</th></tr>"
            )
            for d in rows:
                o.append(
                    f"<tr><td>{_h(name(d.skill_id))}</td><td class='num'>{_pct(d.share_a)}</td>"
                    f"<td class='num'>{_pct(d.share_b)}</td><td class='num'>{_points(d.diff)}</td>"
                    f"<td class='num'>{_interval(d.low, d.high)}</td><td>{_verdict(d.low, d.high)}</td></tr>"
                )
            o.append("</table>")
    # periods
    if report.periods:
        o += _html_periods(report)
    # co-occurrence
    if report.cooccurrence:
        o.append("<h2>Skills that travel together</h2>")
        top = max((p.lift for c in report.cooccurrence[:COOCCURRENCE_SKILLS] for p in c.partners), default=1.0)
        for c in report.cooccurrence[:COOCCURRENCE_SKILLS]:
            o.append(f"<h3>With {_h(name(c.skill_id))}, postings also ask for</h3>")
            o.append(
                _bar_chart(
                    [(name(p.skill_id), p.lift, f"{p.lift:.1f}× ({_pct(p.support)})") for p in c.partners],
                    f"Lift of the skills asked with {name(c.skill_id)}",
                    max_value=top,
                )
            )
        rest = report.cooccurrence[COOCCURRENCE_SKILLS : COOCCURRENCE_SKILLS + TOP_ROWS]
        if rest:
            o.append("<table><tr><th>With</th><th>postings also ask for (lift)</th></tr>")
            for c in rest:
                shown = ", ".join(f"{_h(name(p.skill_id))} ({p.lift:.1f}×)" for p in c.partners)
                o.append(f"<tr><td>{_h(name(c.skill_id))}</td><td>{shown}</td></tr>")
            o.append("</table>")
    # clusters
    if report.clusters:
        o.append("<h2>Skill clusters</h2><ol class='clusters'>")
        for cl in report.clusters:
            more = f" <span class='muted'>and {len(cl.skills) - 12} more</span>" if len(cl.skills) > 12 else ""
            o.append(
                f"<li><strong>{_h(cl.name)}</strong> <span class='muted'>({counted(len(cl.skills), 'skill')})</span>: "
                + _h(", ".join(name(s) for s in cl.skills[:12]))
                + more
                + "</li>"
            )
        o.append("</ol>")
    # coverage
    if report.coverage_curve:
        o.append("<h2>Coverage curve</h2><ul>")
        o += [f"<li>{line[2:]}</li>" for line in _coverage_sentences(report, escape=_h)]
        o.append("</ul>")
        o.append(_coverage_chart(report))
        o.append("<table><tr><th>k</th><th>Skill added</th><th>Also meets (implied)</th><th>Covered share</th></tr>")
        for pt in report.coverage_curve[:20]:
            o.append(
                f"<tr><td class='num'>{pt.k}</td><td>{_h(name(pt.skill_id))}</td>"
                f"<td>{_h(', '.join(name(s) for s in pt.also_meets))}</td>"
                f"<td class='num'>{_pct(pt.covered_share)}</td></tr>"
            )
        o.append("</table>")
    o.append("</body></html>")
    return o


def _html_periods(report: MarketReport) -> list[str]:
    name = report.skill_name
    o = ["<h2>Periods</h2>", "<table><tr><th>Skill</th>"]
    for p in report.periods:
        flag = "<br><span class='err'>too few</span>" if p.too_few else ""
        o.append(f"<th>{_h(p.period)}<br><span class='muted'>{counted(p.postings, 'posting')}</span>{flag}</th>")
    o.append("</tr>")
    shares = [dict(p.shares) for p in report.periods]
    for sid in _period_table_skills(report):
        cells = "".join(f"<td class='num'>{_pct(s.get(sid, 0.0))}</td>" for s in shares)
        o.append(f"<tr><td>{_h(name(sid))}</td>{cells}</tr>")
    o.append("</table>")
    if report.trends:
        o.append(f"<h3>Rising and falling <span class='muted'>({_h(report.trend_unit)})</span></h3>")
        o.append(
            _whisker_chart(
                [(name(t.skill_id), t.slope_or_diff, t.low, t.high) for t in report.trends],
                f"{report.trend_unit}, percentage points, with {report.confidence:.0%} intervals",
            )
        )
    elif _usable_periods(report):
        o.append("<p>No trends: fewer than two periods have enough postings.</p>")
    return o


def _whisker_chart(rows: list[tuple[str, float, float, float]], title: str) -> str:
    """Estimates with interval whiskers around a zero line, as inline SVG; rows are
    (label, value, low, high). Blue: significantly above 0; orange: below; grey: interval spans 0."""
    if not rows:
        return ""
    label_w, plot_w, text_w, row_h = 230, 400, 150, 22
    height = row_h * len(rows) + 30
    width = label_w + plot_w + text_w
    extent = max(max(abs(lo), abs(hi), abs(v)) for _, v, lo, hi in rows) or 1.0

    def x(v: float) -> float:
        return label_w + plot_w / 2 + v / extent * (plot_w / 2 - 6)

    parts = [
        f'<svg role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}"><title>{_h(title)}</title>',
        f'<line x1="{x(0):.1f}" y1="0" x2="{x(0):.1f}" y2="{height - 22}" stroke="#999"/>',
        f'<text x="{x(-extent):.1f}" y="{height - 6}">{extent * -100:+.0f}</text>',
        f'<text x="{x(0):.1f}" y="{height - 6}" text-anchor="middle">0</text>',
        f'<text x="{x(extent):.1f}" y="{height - 6}" text-anchor="end">{extent * 100:+.0f}</text>',
    ]
    for i, (label, value, low, high) in enumerate(rows):
        y = 10 + i * row_h
        colour = "#0072B2" if low > 0 else "#D55E00" if high < 0 else "#888888"
        short = label if len(label) <= 32 else label[:31] + "…"
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 4}" text-anchor="end">{_h(short)}</text>'
            f'<line x1="{x(low):.1f}" y1="{y}" x2="{x(high):.1f}" y2="{y}" stroke="{colour}" stroke-width="2"/>'
            f'<line x1="{x(low):.1f}" y1="{y - 5}" x2="{x(low):.1f}" y2="{y + 5}" stroke="{colour}"/>'
            f'<line x1="{x(high):.1f}" y1="{y - 5}" x2="{x(high):.1f}" y2="{y + 5}" stroke="{colour}"/>'
            f'<circle cx="{x(value):.1f}" cy="{y}" r="4" fill="{colour}"><title>{_h(label)}: '
            f"{_points(value)} ({_interval(low, high)})</title></circle>"
            f'<text x="{label_w + plot_w + 6}" y="{y + 4}">{_points(value)} ({_interval(low, high)})</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _coverage_chart(report: MarketReport) -> str:
    """The coverage curve (k against covered share) as inline SVG, with 50 % and 80 % guides."""
    curve = report.coverage_curve
    left, plot_w, plot_h, top = 50, 600, 220, 10
    width, height = left + plot_w + 20, top + plot_h + 40
    kmax = max(pt.k for pt in curve)

    def x(k: float) -> float:
        return left + k / kmax * plot_w

    def y(share: float) -> float:
        return top + (1 - share) * plot_h

    parts = [
        (
            f'<svg role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
            "<title>Share of what the average posting requires, met by the first k skills</title>"
        )
    ]
    for share in (0.0, 0.5, 0.8, 1.0):
        parts.append(
            f'<line x1="{left}" y1="{y(share):.1f}" x2="{left + plot_w}" y2="{y(share):.1f}" stroke="#ddd"/>'
            f'<text x="{left - 6}" y="{y(share) + 4:.1f}" text-anchor="end">{_pct(share)}</text>'
        )
    points = " ".join(f"{x(pt.k):.1f},{y(pt.covered_share):.1f}" for pt in curve)
    parts.append(f'<polyline points="{x(0):.1f},{y(0):.1f} {points}" fill="none" stroke="#0072B2" stroke-width="2"/>')
    for pt in curve:
        parts.append(
            f'<circle cx="{x(pt.k):.1f}" cy="{y(pt.covered_share):.1f}" r="3" fill="#0072B2">'
            f"<title>{pt.k}: + {_h(report.skill_name(pt.skill_id))} → {_pct(pt.covered_share)}</title></circle>"
        )
    parts.append(
        f'<text x="{left + plot_w / 2}" y="{height - 6}" text-anchor="middle">skills (k, up to {kmax})</text></svg>'
    )
    return "".join(parts)


# --- the market as a section of the analyze report ------------------------------------------------
def markdown_section(report: MarketReport, tops: Mapping[str, GroupTop] | None = None) -> list[str]:
    """The Markdown report as a section of a longer report (every heading one level down); ``tops``
    (group -> :func:`~analyzer.gap.market.top_skills_by_group`'s entry) adds the user's gaps per group."""
    return ["#" + line if line.startswith("#") else line for line in _markdown(report, tops)]


def html_section(report: MarketReport, tops: Mapping[str, GroupTop] | None = None) -> list[str]:
    """The HTML report's body as a section of a longer page (its CSS included, headings one level
    down; ``tops`` as for :func:`markdown_section`). Only our own tags are rewritten: every text in
    them is escaped and holds no ``<``."""
    body = _html(report, tops)
    start = next(i for i, line in enumerate(body) if line.startswith("<h1>"))
    out = [f"<style>{_MARKET_CSS}</style>"]
    for line in body[start:]:
        if line == "</body></html>":
            continue
        for level in (3, 2, 1):
            line = line.replace(f"<h{level}>", f"<h{level + 1}>").replace(f"</h{level}>", f"</h{level + 1}>")
        out.append(line)
    return out
