"""The plan and the market view as parts of an ``analyze`` report.

:class:`ReportViews` collects, posting by posting, what they need (the asks of each posting for
the plan, the market counts when a group or date column is asked for) — never the postings — and
gives the :class:`~analyzer.io.reports.ReportWriter` their JSON keys (``plan``, ``rounds``,
``market``) and their Markdown or HTML sections. The CLI's ``analyze`` and the in-memory
:func:`render_analysis_report` use it, so both write the same report.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..gap.analysis import Analysis
from ..gap.asks import AskCollector, plan_with_rounds
from ..gap.market import MarketCounter, MarketReport, market_posting, top_skills_by_group
from ..gap.plan import DEFAULT_STEPS, Plan, RoundPrep
from ..gap.profile import Profile
from ..gap.ranking import TECHNICAL
from ..records import PostingGap, name_without_taxonomy
from ..taxonomy import Taxonomy
from . import market_report, plan_report
from .reports import render_report


def skill_namer(taxonomy: Taxonomy, names: Mapping[str, str] | None = None) -> Callable[[str], str]:
    """Skill id -> its display name (:func:`~analyzer.records.name_without_taxonomy` when the taxonomy
    does not know it: an unlisted skill says so)."""
    skills = taxonomy.skills
    return lambda sid: skills[sid].name if sid in skills else name_without_taxonomy(sid, names)


class ReportViews:
    """The plan (and, with ``group_by`` or ``date_column``, the market view) of the postings added."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        profile: Profile,
        steps: int = DEFAULT_STEPS,
        group_by: str | None = None,
        date_column: str | None = None,
        period: str | None = None,
    ):
        self.taxonomy, self.profile, self.steps = taxonomy, profile, steps
        self.group_by, self.date_column = group_by, date_column
        self.asks = AskCollector()
        self.counter = (
            MarketCounter((period or "year") if date_column else None, grouped=group_by is not None)
            if group_by or date_column
            else None
        )
        self.warnings: list[str] = []
        self._done: tuple[Plan, list[RoundPrep], MarketReport | None] | None = None

    def add(self, gap: PostingGap, *, row: Any = None, result: Any = None) -> None:
        """Count one posting. ``row`` (an :class:`~analyzer.records.InputRow`) gives its group and
        date columns; ``result`` (its extraction) its skills at their levels, else its mentions."""
        self.asks.add(gap)
        if self.counter is not None:
            extra = (getattr(row, "extra", None) or {}) if row is not None else {}
            mentions = result.skills if result is not None else gap.mentions
            error = result.error if result is not None else gap.error
            self.counter.add(
                market_posting(
                    mentions,
                    extra.get(self.group_by) if self.group_by else None,
                    extra.get(self.date_column) if self.date_column else None,
                    error is not None,
                    f"{gap.id} ({error})" if error is not None else None,
                )
            )

    def results(self) -> tuple[Plan, list[RoundPrep], MarketReport | None]:
        if self._done is None:
            plan, rounds = plan_with_rounds(
                self.asks.postings,
                self.asks.known(self.profile.known_ids()),
                self.taxonomy,
                self.steps,
                self.asks.unlisted_names,
            )
            market = self.counter.result(self.taxonomy) if self.counter is not None else None
            if market is not None:
                self.warnings += market.warnings
            self._done = (plan, rounds, market)
        return self._done

    def json(self) -> dict:
        """The report's extra top-level keys: ``plan``, ``rounds`` and, when counted, ``market``."""
        plan, rounds, market = self.results()
        out: dict[str, object] = {"plan": plan.to_dict(), "rounds": [r.to_dict() for r in rounds]}
        if market is not None:
            out["market"] = market.to_dict()
        return out

    def sections(self, fmt: str) -> list[str]:
        """The "Plan" (and "Market view") sections, rendered and escaped, in ``md`` or ``html``."""
        plan, rounds, market = self.results()
        name_of = skill_namer(self.taxonomy, self.asks.unlisted_names)
        # the user's gaps among each group's most asked-for technical skills, as the dashboard's Market tab
        tops = (
            {t.group: t for t in top_skills_by_group(market, self.profile, kinds={TECHNICAL})}
            if market is not None
            else None
        )
        if fmt == "md":
            out = ["", '<a id="plan"></a>', "", "## Plan", ""]
            out += plan_report.markdown_section(plan, rounds, name_of=name_of, level=3)
            if market is not None:
                out += ["", '<a id="market"></a>', "", *market_report.markdown_section(market, tops)]
            return out
        out = [f"<style>{plan_report.PLAN_CSS}</style>", '<a id="plan"></a>', "<h2>Plan</h2>"]
        out += plan_report.html_section(plan, rounds, name_of=name_of, level=3)
        if market is not None:
            out += ['<a id="market"></a>', *market_report.html_section(market, tops)]
        return out

    def contents(self) -> list[tuple[str, str]]:
        """The contents entries (title, anchor) of :meth:`sections`."""
        return [("Plan", "plan"), *([("Market view", "market")] if self.results()[2] is not None else [])]

    def finish_options(self, fmt: str) -> dict:
        """What :meth:`ReportWriter.finish` takes for ``fmt`` (the CSV report has no place for them)."""
        if fmt == "csv":
            return {}
        if fmt == "json":
            return {"extra": self.json()}
        return {"sections": self.sections(fmt), "contents": self.contents()}


def render_analysis_report(
    analysis: Analysis, fmt: str, taxonomy: Taxonomy, steps: int = DEFAULT_STEPS, views: ReportViews | None = None
) -> str:
    """:func:`~analyzer.io.reports.render_report` with the plan (the report ``skillgap analyze`` writes)."""
    views = views or ReportViews(taxonomy, analysis.profile, steps)
    for gap in analysis.postings:
        views.add(gap)
    return render_report(analysis, fmt, **views.finish_options(fmt))
