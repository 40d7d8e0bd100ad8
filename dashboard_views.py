"""The dashboard's "Your plan" and "Market" tabs (drawn by ``dashboard.py``'s ``main()``).

Thin like the dashboard: the plan and the market view are the library's (``analyzer.gap.asks``,
``analyzer.gap.market``); these functions draw them. Every text from postings, uploads or the
taxonomy goes through :func:`~analyzer.io.markdown.md_escape` before reaching Markdown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial

import pandas as pd
import streamlit as st

from analyzer.errors import SkillgapError
from analyzer.gap.analysis import Analysis
from analyzer.gap.asks import AskCollector, plan_with_rounds
from analyzer.gap.market import TOP_PER_GROUP, MarketCounter, MarketPosting, MarketReport, top_skills_by_group
from analyzer.gap.plan import DEFAULT_STEPS, EFFORT_SMALL
from analyzer.gap.profile import Profile
from analyzer.gap.ranking import BUSINESS, GROUPS, TECHNICAL
from analyzer.io.markdown import md_escape
from analyzer.io.market_report import render_market
from analyzer.io.plan_report import step_facts
from analyzer.io.uploads import UploadedBatch, UploadedRows
from analyzer.plural import counted
from analyzer.records import name_without_taxonomy
from analyzer.taxonomy import Taxonomy

NO_GROUP = "(no grouping)"
#: The "Skills" filter of the Market tab's top skills, as the gaps filter names its choices.
KINDS = {"Technical": {TECHNICAL}, "Business and communication": {BUSINESS}, "All": set(GROUPS)}
#: Top skills per group named in the groups table (the detail table shows as many as the slider asks).
NAMED_PER_GROUP = 5
MARKET_REPORTS = {  # format -> (button label, file name, MIME type), as ``skillgap market -o`` writes them
    "html": ("HTML", "skillgap-market.html", "text/html"),
    "md": ("Markdown", "skillgap-market.md", "text/markdown"),
    "csv": ("CSV", "skillgap-market.csv", "text/csv"),
    "json": ("JSON", "skillgap-market.json", "application/json"),
}
EFFORT = {"small": "small step", "medium": "medium", "large": "large (builds on other skills)"}


def views_ui(
    analysis: Analysis,
    market: Sequence[MarketPosting],
    taxonomy: Taxonomy,
) -> None:
    """The two tabs, under the gap analysis (``market``: what the Market tab counts of each posting,
    taken before a big batch drops its mentions)."""
    # Keyed and stateful: picking a "Group by" column (a rerun) stays on the Market tab instead of
    # jumping back to the first one.
    plan_tab, market_tab = st.tabs(["Your plan", "Market"], key="views_tab", on_change="rerun")
    with plan_tab:
        plan_ui(analysis, taxonomy)
    with market_tab:
        market_ui(analysis, market, taxonomy)


def _name(taxonomy: Taxonomy, sid: str, names: Mapping[str, str] | None = None) -> str:
    skill = taxonomy.skills.get(sid)
    return skill.name if skill else name_without_taxonomy(sid, names)


def share_chart(frame: pd.DataFrame, x: str, y: str) -> None:
    """A line of shares (0–1) against a count, on a fixed 0–100 % axis: an automatic one zooms a flat
    line of zeros into a single tick labelled "0.000000" and makes a rise of 1 % look like 100 %."""
    st.vega_lite_chart(
        frame,
        {
            "mark": {"type": "line", "point": True},
            "encoding": {
                "x": {"field": x, "type": "quantitative", "axis": {"tickMinStep": 1, "format": "d"}},
                "y": {
                    "field": y,
                    "type": "quantitative",
                    "scale": {"domain": [0, 1]},
                    "axis": {"format": ".0%"},
                },
                "tooltip": [
                    {"field": x, "type": "quantitative"},
                    {"field": y, "type": "quantitative", "format": ".1%"},
                ],
            },
        },
        width="stretch",
    )


def plan_ui(analysis: Analysis, taxonomy: Taxonomy) -> None:
    steps = st.slider("Steps", 1, 20, DEFAULT_STEPS, key="plan_steps")
    asks = AskCollector().add_all(analysis.postings)
    plan, rounds = plan_with_rounds(
        asks.postings, asks.known(analysis.profile.known_ids()), taxonomy, steps, asks.unlisted_names
    )
    st.markdown(
        md_escape(
            f"Within reach now (no required skill missing): {plan.within_reach_now_count} of "
            f"{counted(plan.postings, 'posting')} ({plan.within_reach_now:.0%})."
        )
    )
    if not plan.steps:
        st.info(
            "Nothing to add: every skill these postings ask for is covered." if plan.postings else "No skills found."
        )
        return
    top = max((s.new_within_reach for s in plan.steps), default=0)
    top_cover = max((s.coverage_gain for s in plan.steps), default=0.0) or 1.0
    for i, s in enumerate(plan.steps, 1):
        # One box per step: a reason under its bar sat as close to the next step's title, and read as
        # that step's ("needed for statistics" over "7. statistics", said of step 6, probability).
        with st.container(border=True, key=f"plan_step_{i}"):
            st.markdown(f"**{i}. {md_escape(s.skill)}** · effort: {md_escape(EFFORT.get(s.effort, s.effort))}")
            gain = s.new_within_reach / top if top else s.coverage_gain / top_cover
            st.progress(
                min(1.0, gain),
                text=md_escape(step_facts(s, plan.postings)),
            )
            # The reason already says what the step is "needed for" and, for a short step, which skill
            # you know it is related to: said again here, it read "needed for statistics · needed for statistics".
            notes = [s.reason]
            if s.adjacent_to and s.effort != EFFORT_SMALL:
                notes.append(
                    "related to what you know: "
                    + ", ".join(_name(taxonomy, p, asks.unlisted_names) for p in s.adjacent_to)
                )
            st.caption(md_escape(" · ".join(notes)))
    curve = pd.DataFrame(
        {
            "steps": list(range(len(plan.steps) + 1)),
            "share within reach": [plan.within_reach_now, *(s.within_reach_after for s in plan.steps)],
        }
    )
    share_chart(curve, "steps", "share within reach")
    st.subheader("Interview prep, round by round")
    for r in rounds:
        with st.expander(r.name):
            st.markdown(md_escape(f"What it tests: {r.tests}"))
            gaps = ", ".join(_name(taxonomy, g, asks.unlisted_names) for g in r.gaps) or "none of your gaps"
            strengths = (
                ", ".join(_name(taxonomy, g, asks.unlisted_names) for g in r.strengths)
                or "nothing these postings ask for yet"
            )
            st.markdown(md_escape(f"Gaps it is likely to probe: {gaps}"))
            st.markdown(md_escape(f"You can draw on: {strengths}"))
            for sid, prompt in r.prompts:
                st.markdown("- " + md_escape(f"{_name(taxonomy, sid, asks.unlisted_names)}: {prompt}"))


def _uploaded_columns() -> tuple[UploadedRows | UploadedBatch, list[str]] | None:
    """The upload the analysis on show was computed from, and its columns (of several files, those
    every readable one has); None for pasted postings. Not the uploader's files now: one dropped
    there since (or pasted postings analysed before it) would give its column's values to postings
    it does not hold."""
    rows = st.session_state.get("analysis_rows")
    if not isinstance(rows, (UploadedRows, UploadedBatch)):
        return None
    return rows, rows.columns()


def market_counter(market: Sequence[MarketPosting], groups: list[str | None] | None) -> MarketCounter:
    """The market counts of the analysed postings, grouped by ``groups`` (one value per posting)."""
    counter = MarketCounter(grouped=groups is not None)
    for i, posting in enumerate(market):
        group = groups[i] if groups is not None and i < len(groups) else None
        counter.add(posting._replace(group=group))
    return counter


def market_ui(analysis: Analysis, market: Sequence[MarketPosting], taxonomy: Taxonomy) -> None:
    if len(analysis.postings) < 2:
        st.info("The market view needs a batch: upload a file or paste several postings.")
        return
    groups: list[str | None] | None = None
    try:
        upload = _uploaded_columns()
    except SkillgapError as e:
        st.error(md_escape(str(e)))
        upload = None
    if upload is not None:
        analysed, columns = upload
        choice = st.selectbox("Group by", [NO_GROUP, *columns], key="market_group_by")
        if choice != NO_GROUP:
            try:
                groups = analysed.extra_values(choice)
            except SkillgapError as e:
                st.error(md_escape(str(e)))
    report = market_counter(market, groups).result(taxonomy)
    for w in report.warnings:
        st.warning(md_escape(w))
    _groups_ui(report, analysis.profile)
    _differences_ui(report)
    _cooccurrence_ui(report)
    _clusters_ui(report)
    _coverage_ui(report)
    _market_export_ui(report)


def _groups_ui(report: MarketReport, profile: Profile) -> None:
    """Each group's size, its most demanded skills and your gaps among them; one group in detail."""
    st.subheader("Groups: the most demanded skills and your gaps")
    left, right = st.columns(2)
    with left:
        kinds = st.radio("Skills", list(KINDS), horizontal=True, key="market_top_kinds")
    with right:
        top = st.slider("Skills per group", 3, 30, TOP_PER_GROUP, key="market_top_n")
    tops = top_skills_by_group(report, profile, top=top, kinds=KINDS[kinds])
    named = min(top, NAMED_PER_GROUP)
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "group": t.group,
                    "postings": t.postings,
                    "errors": t.errors,
                    "most demanded": ", ".join(s.skill for s in t.skills[:named]),
                    "your gaps among them": ", ".join(s.skill for s in t.gaps if s in t.skills[:named])
                    or ("none" if t.skills else ""),
                }
                for t in tops
            ],
            columns=["group", "postings", "errors", "most demanded", "your gaps among them"],
        ),
        hide_index=True,
    )
    if not tops:
        return
    chosen = st.selectbox(
        "Group in detail",
        [t.group for t in tops],
        format_func=lambda g: f"{g} ({counted(next(t.postings for t in tops if t.group == g), 'posting')})",
        key="market_top_group",
    )
    group = next(t for t in tops if t.group == chosen)
    if not group.postings:
        st.info(md_escape(f"No posting of {group.group} could be analysed ({counted(group.errors, 'error')})."))
        return
    if not group.skills:
        st.info("No skills of this kind found in this group.")
        return
    gaps = ", ".join(s.skill for s in group.gaps)
    st.markdown(
        md_escape(
            f"Your gaps among the {counted(len(group.skills), 'skill')} most asked for in {group.group}: "
            + (gaps or "none, you have them all")
            + "."
        )
    )
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "skill": s.skill,
                    "category": report.names.category_name(s.category) if report.names else s.category,
                    "share": s.share,
                    "required share": s.required_share,
                    "yours": "yes" if s.yours else "gap",
                }
                for s in group.skills
            ]
        ),
        column_config={
            "share": st.column_config.ProgressColumn("share", format="percent", min_value=0.0, max_value=1.0),
            "required share": st.column_config.ProgressColumn(
                "required share", format="percent", min_value=0.0, max_value=1.0
            ),
        },
        hide_index=True,
    )


def _differences_ui(report: MarketReport) -> None:
    if not report.differences:
        st.caption("Pick a column with two or more groups of 30+ postings to compare them.")
        return
    st.subheader("Rising and falling between groups (95 % intervals)")
    rows = [
        {
            "skill": report.skill_name(d.skill_id),
            "groups": f"{d.group_a} vs {d.group_b}",
            "difference": d.diff,
            "low": d.low,
            "high": d.high,
        }
        for d in report.differences[:20]
    ]
    frame = pd.DataFrame(rows)
    st.vega_lite_chart(
        frame,
        {
            "layer": [
                {
                    "mark": "rule",
                    "encoding": {
                        "y": {"field": "skill", "type": "nominal", "sort": None},
                        "x": {"field": "low", "type": "quantitative", "title": "difference"},
                        "x2": {"field": "high"},
                    },
                },
                {
                    "mark": "point",
                    "encoding": {
                        "y": {"field": "skill", "type": "nominal", "sort": None},
                        "x": {"field": "difference", "type": "quantitative"},
                    },
                },
            ]
        },
    )
    st.dataframe(frame, hide_index=True)


def _cooccurrence_ui(report: MarketReport) -> None:
    if not report.cooccurrence:
        return
    st.subheader("Skills that travel together")
    options = [c.skill_id for c in report.cooccurrence]
    chosen = st.selectbox("With", options, format_func=report.skill_name, key="market_with_skill")
    entry = next(c for c in report.cooccurrence if c.skill_id == chosen)
    st.dataframe(
        pd.DataFrame(
            [{"skill": report.skill_name(p.skill_id), "lift": p.lift, "support": p.support} for p in entry.partners]
        ),
        hide_index=True,
    )


def _clusters_ui(report: MarketReport) -> None:
    if not report.clusters:
        return
    st.subheader("Clusters")
    for c in report.clusters:
        st.markdown("- " + md_escape(f"{c.name}: " + ", ".join(report.skill_name(s) for s in c.skills[:12])))


def _coverage_ui(report: MarketReport) -> None:
    if not report.coverage_curve:
        return
    st.subheader("Coverage curve")
    frame = pd.DataFrame([{"skills": p.k, "covered share": p.covered_share} for p in report.coverage_curve])
    share_chart(frame, "skills", "covered share")


def _market_export_ui(report: MarketReport) -> None:
    """The market view as ``skillgap market --group-by COLUMN -o market.EXT`` writes it."""
    st.caption("The market view (groups, differences, skills that travel together, clusters, coverage curve):")
    cols = st.columns(len(MARKET_REPORTS))
    for col, (fmt, (label, name, mime)) in zip(cols, MARKET_REPORTS.items()):
        col.download_button(
            label,
            data=partial(render_market, report, fmt),
            file_name=name,
            mime=mime,
            key=f"market_download_{fmt}",
            on_click="ignore",
            icon=":material/download:",
        )
