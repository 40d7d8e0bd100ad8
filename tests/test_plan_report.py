"""Plan reports (analyzer/io/plan_report.py): JSON contract, Markdown and HTML, escaping, files."""

from __future__ import annotations

import json
import re

import pytest

from analyzer.errors import OutputError
from analyzer.gap.plan import Ask, PostingAsks, Relations, RoundInfo, build_plan, prepare_rounds
from analyzer.io.plan_report import plan_format_for, reach_chart, render_plan, write_plan

NAMES = {
    "sql": "SQL",
    "docker": "Docker",
    "kubernetes": "Kubernetes",
    "aws": "AWS",
    "gcp": "Google Cloud Platform",
    "hostile": "<script>alert(1)</script> | **bold** [x](http://evil)",
}
ROUNDS = {"sql": ("algorithms_software",), "docker": ("algorithms_software",), "kubernetes": ("algorithms_software",)}


def make(hostile_prompt="Write a query that finds each customer's latest order."):
    postings = [
        PostingAsks("a", (Ask.skill("sql"), Ask.choice(["aws", "gcp"]))),
        PostingAsks("b", (Ask.skill("sql"),)),
        PostingAsks("d", (Ask.skill("sql"), Ask.skill("docker", "preferred"))),
        PostingAsks("e", (Ask.skill("kubernetes"),)),
        PostingAsks("c", (Ask.skill("hostile"), Ask.skill("docker", "preferred"), Ask.skill("sql", "preferred"))),
    ]
    rel = Relations(
        requires={"kubernetes": ["docker"]},
        name_of=lambda s: NAMES.get(s, s),
        rounds_of=lambda s: ROUNDS.get(s, ()),
    )
    plan = build_plan(postings, set(), rel, steps=6)
    rounds = prepare_rounds(
        plan,
        [RoundInfo("algorithms_software", "Algorithms <and> software", 'Coding & design, "on the spot".')],
        {"sql": [hostile_prompt, "Explain a LEFT JOIN."], "docker": ["Write a Dockerfile."]},
        rel.rounds_of,
    )
    return plan, rounds, rel


def test_json_follows_the_contract():
    plan, rounds, rel = make()
    data = json.loads(render_plan(plan, rounds, "json", name_of=rel.name_of))
    assert set(data) == {"plan", "rounds"}
    assert data["plan"]["within_reach_now"] == 0.0
    steps = data["plan"]["steps"]
    assert [s["skill_id"] for s in steps] == ["sql", "aws", "hostile", "docker", "kubernetes"]
    kube = next(s for s in steps if s["skill_id"] == "kubernetes")
    docker = next(s for s in steps if s["skill_id"] == "docker")
    assert steps.index(docker) < steps.index(kube) and docker["prerequisite_for"] == ["kubernetes"]
    for s in steps:
        assert s["effort"] in {"small", "medium", "large"}
        assert isinstance(s["new_within_reach"], int) and 0 <= s["within_reach_after"] <= 1
    (rnd,) = data["rounds"]
    assert rnd["round"] == "algorithms_software" and rnd["gaps"][0] == "sql"
    assert rnd["prompts"][0] == {"skill_id": "sql", "prompt": "Write a query that finds each customer's latest order."}


def test_markdown_lists_steps_reasons_and_prompts_escaped():
    plan, rounds, rel = make("Use <b>tags</b> | pipes * and _underscores_")
    md = render_plan(plan, rounds, "md", name_of=rel.name_of, profile=["Python", "<i>me</i>"])
    assert md.startswith("# Your learning plan")
    table = [line for line in md.splitlines() if line.startswith("| ") and "**" in line]
    assert [re.search(r"\*\*(.+?)\*\*", line).group(1) for line in table][:2] == ["SQL", "AWS"]
    assert "Brings 2 more of your 5 postings within reach" in md
    assert "needed for Kubernetes" in md
    assert "What it tests: Coding &amp; design" in md
    assert "&lt;script&gt;" in md and "<script>" not in md
    assert "Use &lt;b&gt;tags&lt;/b&gt; \\| pipes \\* and \\_underscores\\_" in md
    assert "&lt;i&gt;me&lt;/i&gt;" in md


def test_html_is_self_contained_with_chart_and_gain_bars():
    plan, rounds, rel = make("</li><script>steal()</script>")
    page = render_plan(plan, rounds, "html", name_of=rel.name_of)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script" not in page.lower()
    assert not re.search(r"(src|href)\s*=", page)  # nothing fetched from anywhere
    assert "&lt;script&gt;" in page
    # one point per step plus "now" in the chart; one gain bar per step
    points = re.search(r'<polyline points="([^"]+)"', page).group(1).split()
    assert len(points) == len(plan.steps) + 1
    assert page.count('<rect x="0" y="1" width="160"') == len(plan.steps)
    assert "needed for Kubernetes" in page
    assert "Algorithms &lt;and&gt; software" in page


def test_chart_rises_with_the_share_within_reach():
    plan, _, _ = make()
    svg = reach_chart(plan)
    ys = [float(p.split(",")[1]) for p in re.search(r'points="([^"]+)"', svg).group(1).split()]
    assert ys == sorted(ys, reverse=True)  # SVG y grows downwards: never falls
    assert ys[-1] < ys[0]


def test_empty_plan_renders_in_every_format():
    plan = build_plan([], set())
    for fmt in ("json", "md", "html"):
        text = render_plan(plan, [], fmt)
        assert text
    assert "No posting with skills to plan for." in render_plan(plan, [], "md")
    done = build_plan([PostingAsks("p", (Ask.skill("sql"),))], {"sql"})
    assert "every skill these postings ask for is covered" in render_plan(done, [], "html")


def test_files_are_written_whole_and_bad_names_are_refused(tmp_path):
    plan, rounds, rel = make()
    for ext in ("json", "md", "html"):
        path = tmp_path / f"plan.{ext}"
        assert write_plan(plan, rounds, path, name_of=rel.name_of) == ext
        assert path.read_text(encoding="utf-8") == render_plan(plan, rounds, ext, name_of=rel.name_of)
    assert list(tmp_path.glob(".*tmp")) == []
    with pytest.raises(OutputError, match="unknown plan report type '.csv'"):
        plan_format_for(tmp_path / "plan.csv")
    folder = tmp_path / "dir.md"
    folder.mkdir()
    with pytest.raises(OutputError, match="it is a folder"):
        write_plan(plan, rounds, folder)
    with pytest.raises(OutputError, match="unknown plan format"):
        render_plan(plan, rounds, "pdf")


def test_docstring_example_runs():
    import doctest

    import analyzer.io.plan_report

    result = doctest.testmod(analyzer.io.plan_report)
    assert result.attempted > 0 and result.failed == 0


def test_docs_example_prints_what_the_docs_show(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    doc = (Path(__file__).resolve().parent.parent / "docs" / "plan.md").read_text(encoding="utf-8")
    code, shown = re.search(r"## Python\n\n```python\n(.*?)```\n\nprints\n\n```\n(.*?)```", doc, re.DOTALL).groups()
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout == shown


def test_sections_fit_inside_a_longer_report():
    from analyzer.io.plan_report import html_section, markdown_section

    plan, rounds, rel = make()
    md = markdown_section(plan, rounds, name_of=rel.name_of, level=3)
    assert "### What to learn next, in order" in md and "#### Algorithms &lt;and&gt; software" in md
    assert not any(line.startswith(("# ", "## ")) for line in md)
    html = "".join(html_section(plan, rounds, name_of=rel.name_of, level=3))
    assert "<h3>What to learn next, in order</h3>" in html and "<h4>Algorithms &lt;and&gt; software</h4>" in html
    assert "<html" not in html and "<h2>" not in html
    # the page is the section with a title and a footer around it
    page = render_plan(plan, rounds, "html", name_of=rel.name_of)
    assert "".join(html_section(plan, rounds, name_of=rel.name_of)) in page.replace("\n", "")


@pytest.mark.parametrize(
    ("empty", "said"),
    [(1, "(1 more had no skills and is not counted)"), (2, "(2 more had no skills and are not counted)")],
)
def test_the_headline_counts_postings_with_no_skill_in_good_english(empty, said):
    """ "1 more had none and are not counted" read wrongly on every plan with one such posting."""
    postings = [PostingAsks("a", (Ask.skill("sql"),))] + [PostingAsks(f"e{i}", ()) for i in range(empty)]
    plan = build_plan(postings, set(), Relations(name_of=lambda s: NAMES.get(s, s)), steps=2)
    assert plan.skipped == empty
    for fmt in ("md", "html"):
        assert said in render_plan(plan, [], fmt)


def test_the_chart_axis_labels_say_where_their_lines_are():
    # A y axis up to 10 % has lines at 2.5 % and 7.5 %; they were labelled "2%" and "8%".
    from types import SimpleNamespace

    steps = [SimpleNamespace(skill=f"s{i}", within_reach_after=0.05 + 0.004 * i) for i in range(1, 11)]
    svg = reach_chart(SimpleNamespace(within_reach_now=0.05, steps=steps))  # type: ignore[arg-type]
    labels = re.findall(r'text-anchor="end">([^<]+)</text>', svg)
    assert labels == ["0%", "2.5%", "5%", "7.5%", "10%"]


def test_the_headline_counts_postings_that_failed_apart_from_those_with_no_skill():
    # Two rows that could not be analysed read "(2 more had none and are not counted)", as if they
    # had been read and asked for nothing.
    postings = [
        PostingAsks("a", (Ask.skill("sql"),)),
        PostingAsks("e1", ()),
        PostingAsks("x1", (), failed=True),
        PostingAsks("x2", (), failed=True),
    ]
    plan = build_plan(postings, set(), Relations(name_of=lambda s: NAMES.get(s, s)), steps=2)
    assert (plan.skipped, plan.failed) == (1, 2)
    said = "(1 more had no skills and is not counted; 2 could not be analysed)"
    for fmt in ("md", "html"):
        assert said in render_plan(plan, [], fmt)
    only_failed = build_plan(postings[:1] + postings[2:3], set(), Relations(name_of=lambda s: NAMES.get(s, s)))
    assert "(1 could not be analysed)" in render_plan(only_failed, [], "md")


def test_a_posting_that_could_not_be_analysed_gives_a_failed_ask_list(tax):
    from analyzer.gap.analysis import posting_gap
    from analyzer.gap.asks import AskCollector
    from analyzer.gap.profile import Profile
    from analyzer.records import PostingResult

    profile = Profile.from_text("python", tax)
    gaps = [posting_gap(PostingResult("x", [], "posting text is empty", None), profile)]
    gaps.append(posting_gap(PostingResult("e", [], None, "We are nice."), profile))
    collector = AskCollector().add_all(gaps)
    assert [(p.id, p.asks, p.failed) for p in collector.postings] == [("x", (), True), ("e", (), False)]
