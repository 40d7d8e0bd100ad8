"""A posting's text as HTML with its skills highlighted (the dashboard's posting view).

Safety: the posting is untrusted text. Every piece of it — the stretches between skills, the
skill text itself and every attribute value — goes through :func:`html.escape`; the only markup
in the output is the fixed ``<span>``/``<div>`` wrappers written here. A posting that contains
``<script>`` shows as the literal text ``<script>``.

Statuses follow the verdicts: ``matched`` (you have it), ``choice-met`` (one option of a choice the
posting offers, met by another option you have: "choice met via Python"), and the three missing
levels. Colour-blind safety: each status has its own underline *style* (solid, wavy, double, dashed, dotted)
and a text marker in the legend, so nothing depends on colour alone; the colours are from the
Okabe–Ito palette, which stays distinguishable under the common colour-vision deficiencies.

>>> from analyzer.io.highlight import Highlight, highlight_html
>>> html = highlight_html("Needs <b>Python</b>", [Highlight(9, 15, "missing-required", "Python")])
>>> "&lt;b&gt;" in html and 'class="sg-skill sg-missing-required"' in html
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from ..records import NOT_IN_TAXONOMY, is_unlisted

# status -> (label for the legend, colour, underline style, background tint)
STYLES: dict[str, tuple[str, str, str, str]] = {
    "matched": ("you have it", "#009E73", "solid", "rgba(0,158,115,0.14)"),  # bluish green
    "choice-met": ("choice met by another option", "#CC79A7", "wavy", "rgba(204,121,167,0.12)"),  # reddish purple
    "missing-required": ("missing: required", "#D55E00", "double", "rgba(213,94,0,0.16)"),  # vermillion
    "missing-preferred": ("missing: nice to have", "#E69F00", "dashed", "rgba(230,159,0,0.16)"),  # orange
    "missing-other": ("missing: mentioned", "#0072B2", "dotted", "rgba(0,114,178,0.10)"),  # blue
}
STATUSES = tuple(STYLES)


@dataclass(frozen=True, slots=True)
class Highlight:
    """One stretch of the posting to mark: ``text[start:end]`` with a status from :data:`STATUSES`."""

    start: int
    end: int
    status: str
    skill: str = ""  # display name, shown on hover
    note: str = ""  # replaces the status label on hover ("choice met via Python")


def status_for(requirement: str | None) -> str:
    """The highlight status of a *missing* skill at this requirement level."""
    if requirement == "required":
        return "missing-required"
    if requirement == "preferred":
        return "missing-preferred"
    return "missing-other"


def _style(status: str) -> str:
    _, colour, line, tint = STYLES[status]
    width = "3px" if line == "double" else "2px"
    weight = "font-weight:600;" if status == "missing-required" else ""
    return (
        f"background:{tint};text-decoration-line:underline;text-decoration-style:{line};"
        f"text-decoration-color:{colour};text-decoration-thickness:{width};"
        f"text-underline-offset:3px;border-radius:2px;padding:0 1px;{weight}"
    )


def _span(text: str, status: str, skill: str, note: str = "") -> str:
    label = note or STYLES[status][0]
    title = f"{skill}: {label}" if skill else label
    return (
        f'<span class="sg-skill sg-{status}" data-status="{status}" title="{html.escape(title, quote=True)}" '
        f'style="{_style(status)}">{html.escape(text, quote=True)}</span>'
    )


def highlight_html(text: str, highlights: Iterable[Highlight], *, legend: bool = True) -> str:
    """The posting as an HTML fragment: escaped text, highlighted skills, and a legend on top.

    Overlapping or out-of-range highlights are dropped (the first by start offset wins).
    """
    text = text or ""
    n = len(text)
    parts: list[str] = []
    pos = 0
    for h in sorted(highlights, key=lambda h: (h.start, -h.end)):
        if h.status not in STYLES:
            raise ValueError(f"unknown highlight status {h.status!r}; expected one of {', '.join(STATUSES)}")
        if h.start < pos or h.end <= h.start or h.end > n:
            continue
        parts.append(html.escape(text[pos : h.start], quote=True))
        parts.append(_span(text[h.start : h.end], h.status, h.skill, h.note))
        pos = h.end
    parts.append(html.escape(text[pos:], quote=True))
    body = (
        '<div class="sg-posting" style="white-space:pre-wrap;line-height:1.7;font-size:0.95rem;'
        'overflow-wrap:anywhere;">' + "".join(parts) + "</div>"
    )
    return (legend_html() + body) if legend else body


def legend_html() -> str:
    """The legend: a sample of each style with its meaning, in words."""
    # Spaces between the items: each keeps its words together (nowrap), and the line breaks between
    # them on a narrow screen (joined with nothing, a 390 px phone cut off the last two).
    items = " ".join(
        f'<span class="sg-legend-item" style="margin-right:1.2em;white-space:nowrap;">{_span(label, status, "")}</span>'
        for status, (label, *_rest) in STYLES.items()
    )
    return f'<div class="sg-legend" style="margin:0 0 0.6em 0;font-size:0.85rem;">{items}</div>'


def posting_highlights(
    mentions: Iterable, matched_ids: Iterable[str], missing: dict[str, str], choice_met: dict[str, str] | None = None
) -> list[Highlight]:
    """Highlights for a posting's skill mentions.

    ``mentions`` are :class:`~analyzer.records.SkillMention` (anything with ``start``, ``end``,
    ``skill_id`` and ``skill``); ``matched_ids`` the skills the user has; ``missing`` maps each
    missing skill id to its requirement level in this posting (as in the gap list); ``choice_met``
    maps each choice-met skill id to the names of the options the user has ("Python").
    Mentions of skills in none of them are not highlighted.
    """
    matched = set(matched_ids)
    chosen = choice_met or {}
    out = []
    for m in mentions:
        note = ""
        if m.skill_id in matched:
            status = "matched"
        elif m.skill_id in chosen:
            status, note = "choice-met", f"choice met via {chosen[m.skill_id]}"
        elif m.skill_id in missing:
            status = status_for(missing[m.skill_id])
        else:
            continue
        if is_unlisted(m.skill_id):  # a name the posting lists among known skills; the taxonomy lacks it
            note = f"{note or STYLES[status][0]} ({NOT_IN_TAXONOMY})"
        out.append(Highlight(m.start, m.end, status, m.skill, note))
    return out


def gap_highlights(gap) -> list[Highlight]:
    """:func:`posting_highlights` for a :class:`~analyzer.records.PostingGap` (its mentions and verdicts)."""
    names = {c.item.skill_id: ", ".join(_option_name(gap, o) for o in c.met_by) for c in gap.choices_met}
    missing = {g.skill_id: g.requirement for g in gap.missing}
    return posting_highlights(gap.mentions, [m.skill_id for m in gap.matched], missing, names)


def _option_name(gap, skill_id: str) -> str:
    for m in gap.matched:
        if m.skill_id == skill_id:
            return m.skill
    return skill_id.replace("_", " ")
