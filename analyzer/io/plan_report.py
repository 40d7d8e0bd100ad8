"""The learn-next plan and interview prep as JSON, Markdown or one self-contained HTML page.

- ``json``: ``{"plan": Plan.to_dict(), "rounds": [RoundPrep.to_dict() …]}`` on one line — the
  contract shared with the ``analyze`` JSON report.
- ``md``: the steps as a table with a text gain bar, then per interview round what it tests, the
  gaps it is likely to probe, the skills to draw on and practice prompts.
- ``html``: the same as a printable page with an inline SVG chart of the share of postings within
  reach against the number of steps and a gain bar per step. No script, no external resource;
  every string is escaped with the escapers of :mod:`analyzer.reports`.

>>> from analyzer.gap.plan import Ask, PostingAsks, build_plan
>>> plan = build_plan([PostingAsks("p1", (Ask.skill("sql"),))], set())
>>> print(render_plan(plan, [], "md").splitlines()[0])
# Your learning plan
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from ..errors import OutputError
from ..gap.plan import Plan, PlanStep, RoundPrep
from ..plural import counted
from .atomic import atomic_text
from .markdown import md_escape as _md
from .reports import REPORT_CSS as _CSS
from .reports import html_escape as _h
from .reports import percent as _pct

PLAN_FORMATS = {".json": "json", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
EFFORT_WORDS = {
    "small": "small step (a related skill is known)",
    "medium": "medium",
    "large": "large (builds on other skills)",
}


def plan_to_dict(plan: Plan, rounds: Sequence[RoundPrep]) -> dict:
    return {"plan": plan.to_dict(), "rounds": [r.to_dict() for r in rounds]}


def render_plan(
    plan: Plan,
    rounds: Sequence[RoundPrep],
    fmt: str,
    *,
    name_of: Callable[[str], str] = str,
    profile: Sequence[str] = (),
) -> str:
    """The plan as text in ``fmt`` (``json``, ``md`` or ``html``). ``name_of`` gives display names
    for skill ids (gaps, strengths, prompts); ``profile`` lists the user's skills for the header."""
    if fmt == "json":
        return json.dumps(plan_to_dict(plan, rounds), ensure_ascii=False) + "\n"
    if fmt == "md":
        return "\n".join(_markdown(plan, rounds, name_of, profile)) + "\n"
    if fmt == "html":
        return "\n".join(_html(plan, rounds, name_of, profile)) + "\n"
    raise OutputError(f"unknown plan format {fmt!r}; use json, md or html")


def plan_format_for(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in PLAN_FORMATS:
        raise OutputError(f"{path}: unknown plan report type {suffix or '(no extension)'!r}; use .json, .md or .html")
    return PLAN_FORMATS[suffix]


def write_plan(plan: Plan, rounds: Sequence[RoundPrep], path: str | Path, **kwargs) -> str:
    """Write the plan in the format the extension names (whole or not at all); returns the format."""
    fmt = plan_format_for(path)
    text = render_plan(plan, rounds, fmt, **kwargs)
    with atomic_text(path) as f:  # whole or not at all
        f.write(text)
    return fmt


# --- shared wording --------------------------------------------------------------------------
def _gain_pct(x: float) -> str:
    pct = x * 100
    if 0 < pct < 0.05:
        return "+<0.1 %"
    return f"+{pct:.1f} %" if 0 < pct < 1 else f"+{pct:.0f} %"


def step_facts(step: PlanStep, postings: int) -> str:
    """A step's figures in one line, rounded as its reason rounds them (plain text: escape it to show
    it): "+1 within reach · now 2 of 5 (40%) · coverage +2 %". The HTML report and the dashboard's
    plan both show it, so a bar's "+2.4 %" never stands over its reason's "2 %"."""
    return (
        f"+{step.new_within_reach} within reach · now {step.within_reach_count} of {postings} "
        f"({_pct(step.within_reach_after)}) · coverage {_gain_pct(step.coverage_gain)}"
    )


def _headline(plan: Plan) -> list[str]:
    n = plan.postings
    apart = []
    if plan.skipped:
        apart.append(f"{plan.skipped} more had no skills and {'is' if plan.skipped == 1 else 'are'} not counted")
    if plan.failed:
        apart.append(f"{plan.failed} could not be analysed")
    lines = [
        f"Postings with skills found: {n}" + (f" ({'; '.join(apart)})" if apart else ""),
        (
            f"Within reach now (no required skill missing): {plan.within_reach_now_count} of {n} "
            f"({_pct(plan.within_reach_now)})"
        ),
    ]
    if plan.mean_coverage_now is not None:
        lines.append(f"Mean coverage now: {_pct(plan.mean_coverage_now)}")
    if plan.steps:
        marks = sorted({k for k in (3, 5, 10, len(plan.steps)) if k <= len(plan.steps)})
        lines.append(
            "Within reach after "
            + ", ".join(f"{counted(k, 'step')}: {_pct(plan.within_reach_after(k))}" for k in marks)
        )
    return lines


def _bar_scale(steps: Sequence[PlanStep]) -> tuple[Callable[[PlanStep], float], str]:
    """How long each step's gain bar is (0..1): by postings brought within reach, or by coverage
    when no step brings any."""
    most = max((s.new_within_reach for s in steps), default=0)
    if most:
        return (lambda s: s.new_within_reach / most), "postings brought within reach"
    top = max((s.coverage_gain for s in steps), default=0.0)
    return (lambda s: s.coverage_gain / top if top else 0.0), "coverage gained"


def _round_names(rounds: Sequence[RoundPrep]) -> dict[str, str]:
    return {r.round: r.name for r in rounds}


# --- Markdown --------------------------------------------------------------------------------
def _markdown(
    plan: Plan, rounds: Sequence[RoundPrep], name_of: Callable[[str], str], profile: Sequence[str]
) -> list[str]:
    out = ["# Your learning plan", ""]
    if profile:
        out += [f"Your skills: {', '.join(_md(s) for s in profile)}", ""]
    return out + markdown_section(plan, rounds, name_of=name_of) + _md_how()


def markdown_section(
    plan: Plan, rounds: Sequence[RoundPrep], *, name_of: Callable[[str], str] = str, level: int = 2
) -> list[str]:
    """The plan and the interview prep as Markdown lines, headings from ``level`` down — the
    body of the plan page, and the "Plan" section of a longer report."""
    h2, h3 = "#" * level + " ", "#" * (level + 1) + " "
    out = [f"- {_md(line)}" for line in _headline(plan)] + [""]
    out += [h2 + "What to learn next, in order", ""]
    if not plan.steps:
        out += [
            "Nothing to add: every skill these postings ask for is covered."
            if plan.postings
            else "No posting with skills to plan for.",
            "",
        ]
    else:
        scale, basis = _bar_scale(plan.steps)
        names = _round_names(rounds)
        out += [
            f"| # | Learn | Effort | New within reach | Within reach after | Coverage | Gain ({basis}) | Interview rounds |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for i, s in enumerate(plan.steps, 1):
            filled = round(scale(s) * 10)
            bar = "█" * filled + "░" * (10 - filled)
            rnds = ", ".join(names.get(r, r) for r in s.rounds)
            out.append(
                f"| {i} | **{_md(s.skill)}** | {_md(s.effort)} | {s.new_within_reach} "
                f"| {s.within_reach_count} ({_pct(s.within_reach_after)}) | {_gain_pct(s.coverage_gain)} "
                f"| `{bar}` | {_md(rnds)} |"
            )
        out.append("")
        out += [f"{i}. **{_md(s.skill)}** — {_md(s.reason)}." for i, s in enumerate(plan.steps, 1)]
        out.append("")
    if rounds:
        out += [h2 + "Interview prep, round by round", ""]
        for r in rounds:
            out += [h3 + _md(r.name), "", f"What it tests: {_md(r.tests)}", ""]
            out.append(
                "- Gaps it is likely to probe: "
                + (", ".join(_md(name_of(g)) for g in r.gaps) if r.gaps else "none of your gaps")
            )
            out.append(
                "- You can draw on: "
                + (
                    ", ".join(_md(name_of(s)) for s in r.strengths)
                    if r.strengths
                    else "nothing these postings ask for yet"
                )
            )
            if r.prompts:
                out += ["- Practice:", ""]
                out += [f"  {i}. **{_md(name_of(sid))}**: {_md(text)}" for i, (sid, text) in enumerate(r.prompts, 1)]
            out.append("")
    return out


def _md_how() -> list[str]:
    return [
        "## How to read this",
        "",
        (
            "- A posting is within reach when none of its required skills is missing; when it offers a choice "
            "(“AWS, GCP or Azure”), one option is enough."
        ),
        (
            "- Each step is the skill that brings the most postings within reach, ties broken by the rise in "
            "coverage (weights: required 3, nice to have 2, mentioned 1), recomputed after every step; "
            "between equal steps, the skill asked at the stronger level, by more postings, then named earlier "
            "in a posting comes first."
        ),
        (
            "- A skill that builds on others comes after them; the plan adds a missing prerequisite first, "
            "marked “needed for”."
        ),
        (
            "- Effort: small when you know a related skill, large for an area whose prerequisites you still "
            "need, medium otherwise. Effort never changes the numbers: a related skill gives no credit."
        ),
        "",
    ]


# --- HTML ------------------------------------------------------------------------------------
#: Styles of the plan's HTML (steps, effort badges), on top of the gap report's.
PLAN_CSS = """
.steps{padding-left:1.6rem}.steps li{margin:.5rem 0;break-inside:avoid}
.effort{font-size:.85em;padding:0 .35em;border-radius:.3em;border:1px solid #aaa;margin-left:.3em}
.effort.small{background:#e6f4ea;border-color:#6a9f78}.effort.large{background:#fdeaea;border-color:#c07070}
.why{color:#333;font-size:.93em}.prompts li{margin:.25rem 0}
"""


def _html(plan: Plan, rounds: Sequence[RoundPrep], name_of: Callable[[str], str], profile: Sequence[str]) -> list[str]:
    o = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        "<title>Your learning plan</title>",
        f"<style>{_CSS}{PLAN_CSS}</style></head><body>",
        "<h1>Your learning plan</h1>",
    ]
    if profile:
        o.append(f"<p>Your skills: {_h(', '.join(profile))}</p>")
    o += html_section(plan, rounds, name_of=name_of)
    o.append("<h2>How to read this</h2><ul>")
    o += [f"<li>{_h(line[2:])}</li>" for line in _md_how() if line.startswith("- ")]
    o.append("</ul></body></html>")
    return o


def html_section(
    plan: Plan, rounds: Sequence[RoundPrep], *, name_of: Callable[[str], str] = str, level: int = 2
) -> list[str]:
    """The plan and the interview prep as HTML fragments, headings from ``<h{level}>`` down — the
    body of the plan page, and the "Plan" section of a longer report (which adds :data:`PLAN_CSS`)."""
    h2, h3 = f"h{level}", f"h{level + 1}"
    o = ["<ul>" + "".join(f"<li>{_h(line)}</li>" for line in _headline(plan)) + "</ul>"]
    o.append(f"<{h2}>What to learn next, in order</{h2}>")
    if not plan.steps:
        o.append(
            "<p>Nothing to add: every skill these postings ask for is covered.</p>"
            if plan.postings
            else "<p>No posting with skills to plan for.</p>"
        )
    else:
        o.append(reach_chart(plan))
        o.append(_steps_html(plan, _round_names(rounds), name_of))
    if rounds:
        o.append(f"<{h2}>Interview prep, round by round</{h2}>")
        for r in rounds:
            o.append(f'<section class="posting"><{h3}>{_h(r.name)}</{h3}>')
            o.append(f"<p><strong>What it tests:</strong> {_h(r.tests)}</p>")
            gaps = ", ".join(_h(name_of(g)) for g in r.gaps) or "none of your gaps"
            strengths = ", ".join(_h(name_of(s)) for s in r.strengths) or "nothing these postings ask for yet"
            o.append(f"<p><strong>Gaps it is likely to probe:</strong> {gaps}</p>")
            o.append(f"<p><strong>You can draw on:</strong> {strengths}</p>")
            if r.prompts:
                o.append('<p><strong>Practice:</strong></p><ol class="prompts">')
                o += [f"<li><strong>{_h(name_of(sid))}</strong>: {_h(text)}</li>" for sid, text in r.prompts]
                o.append("</ol>")
            o.append("</section>")
    return o


def _steps_html(plan: Plan, round_names: Mapping[str, str], name_of: Callable[[str], str]) -> str:
    scale, basis = _bar_scale(plan.steps)
    parts = [f'<ol class="steps" aria-label="Steps, with a bar for the {_h(basis)}">']
    bar_w = 160
    for s in plan.steps:
        w = max(0.0, min(1.0, scale(s))) * bar_w
        bar = (
            f'<svg role="img" width="{bar_w}" height="12" viewBox="0 0 {bar_w} 12" style="vertical-align:middle">'
            f"<title>{_h(basis)}: {counted(s.new_within_reach, 'posting')}, coverage {_h(_gain_pct(s.coverage_gain))}</title>"
            f'<rect x="0" y="1" width="{bar_w}" height="10" fill="#eeeeee"/>'
            f'<rect x="0" y="1" width="{w:.1f}" height="10" fill="#0072B2"/></svg>'
        )
        effort = f'<span class="effort {_h(s.effort)}">{_h(EFFORT_WORDS.get(s.effort, s.effort))}</span>'
        facts = step_facts(s, plan.postings)
        extra = []  # what the step is "needed for" is in its reason
        if s.rounds:
            extra.append("comes up in: " + ", ".join(_h(round_names.get(r, r)) for r in s.rounds))
        parts.append(
            f'<li><strong>{_h(s.skill)}</strong>{effort} {bar} <span class="muted">{_h(facts)}</span>'
            f'<br><span class="why">{_h(s.reason)}.</span>'
            + (f'<br><span class="muted">{"; ".join(extra)}</span>' if extra else "")
            + "</li>"
        )
    parts.append("</ol>")
    return "".join(parts)


def reach_chart(plan: Plan, width: int = 640, height: int = 240) -> str:
    """Inline SVG: share of postings within reach (y) after 0..k steps (x)."""
    values = [plan.within_reach_now] + [s.within_reach_after for s in plan.steps]
    left, right, top, bottom = 48, 16, 16, 36
    inner_w, inner_h = width - left - right, height - top - bottom
    # y axis up to the next 10 % above the highest share, so a rise from 10 % to 15 % is visible
    y_max = min(1.0, (int(max(values) * 10) + 1) / 10)
    n = len(values) - 1

    def x(i: int) -> float:
        return left + (inner_w * i / n if n else inner_w / 2)

    def y(v: float) -> float:
        return top + inner_h * (1 - v / y_max)

    parts = [
        (
            f'<svg role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
            "<title>Share of your postings within reach after each step</title>"
        ),
        f'<line x1="{left}" y1="{top + inner_h}" x2="{left + inner_w}" y2="{top + inner_h}" stroke="#888"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + inner_h}" stroke="#888"/>',
    ]
    for k in range(5):
        v = y_max * k / 4
        parts.append(
            f'<line x1="{left}" y1="{y(v):.1f}" x2="{left + inner_w}" y2="{y(v):.1f}" stroke="#eee"/>'
            # the line's own value: a quarter of 10 % is 2.5 %, not "2%"
            f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{round(v * 100, 1):g}%</text>'
        )
    label_every = max(1, n // 10)
    for i in range(0, n + 1, label_every):
        parts.append(f'<text x="{x(i):.1f}" y="{top + inner_h + 16}" text-anchor="middle">{i}</text>')
    parts.append(f'<text x="{left + inner_w / 2:.1f}" y="{height - 4}" text-anchor="middle">steps</text>')
    points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
    parts.append(f'<polyline points="{points}" fill="none" stroke="#0072B2" stroke-width="2"/>')
    labels = ["now"] + [s.skill for s in plan.steps]
    for i, v in enumerate(values):
        parts.append(
            f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="3.5" fill="#0072B2">'
            f"<title>{_h(labels[i])}: {_h(_pct(v))} within reach</title></circle>"
        )
    parts.append("</svg>")
    return "".join(parts)
