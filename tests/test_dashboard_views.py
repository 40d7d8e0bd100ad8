"""The "Your plan" and "Market" tabs of the dashboard, driven headless with AppTest."""

import csv
import gzip
import io
import json
import re

import pytest
from streamlit.testing.v1 import AppTest
from test_dashboard import ROOT, SCRIPT, TIMEOUT

PASTED = """Machine Learning Engineer <script>alert(1)</script>
Requirements:
- Python and SQL
- Experience with AWS, GCP or Azure
- Docker and Kubernetes

===

Data Scientist
Requirements:
- Python, statistics and A/B testing
- Tableau or Power BI
Nice to have: PyTorch

===

MLOps Engineer
Must have: Kubernetes, Docker, CI/CD and Terraform. Python required."""


@pytest.fixture
def app() -> AppTest:
    at = AppTest.from_file(SCRIPT, default_timeout=TIMEOUT)
    at.run()
    return at


def markdown_text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown) + "\n".join(c.value for c in at.caption)


def analyze_pasted(app: AppTest) -> None:
    """The bundled test postings pasted, "python, sql" typed, Analyze clicked."""
    app.text_area(key="postings_text").input(PASTED)
    app.text_area(key="user_skills").input("python, sql")
    app.button(key="analyze").click()
    app.run()
    assert not app.exception, app.exception


def _analyse_upload(
    app, name: str, data: bytes, skills: str, group_by: str | None = None, mime: str = "text/csv"
) -> None:
    """Upload ``data`` as the postings file, type ``skills``, analyse, and pick ``group_by`` in the Market tab."""
    app.radio(key="postings_source").set_value("File upload")
    app.run()
    app.file_uploader(key="csv_file").upload(name, data, mime)
    app.run()
    app.text_area(key="user_skills").input(skills)
    app.button(key="analyze").click()
    app.run()
    if group_by is not None:
        app.selectbox(key="market_group_by").set_value(group_by)
        app.run()


def test_your_plan_tab_lists_steps_with_gain_bars_chart_and_rounds(app):
    analyze_pasted(app)
    assert [t.label for t in app.tabs] == ["Your plan", "Market"]
    plan = app.tabs[0]
    steps = [m.value for m in plan.markdown if m.value.startswith("**")]
    assert steps and steps[0].startswith("**1. ")
    assert len(plan.get("progress")) == len(steps)  # one gain bar per step
    assert plan.get("vega_lite_chart")  # share within reach against steps
    assert [e.label for e in plan.expander]  # the interview rounds
    text = markdown_text(app)
    assert "Within reach now" in text
    assert "<script>" not in text  # the posting's title is never shown unescaped
    app.slider(key="plan_steps").set_value(2)
    app.run()
    assert len([m for m in app.tabs[0].markdown if m.value.startswith("**")]) <= 2


@pytest.mark.parametrize("name", ["jobs.csv", "jobs.jsonl.gz"])
def test_market_tab_groups_by_an_uploaded_column(app, name):
    texts = PASTED.split("\n\n===\n\n")
    rows = [(f"j{i}", texts[i % 3], ["ml", "ds", "<b>ops</b>"][i % 3]) for i in range(12)]
    if name.endswith(".csv"):
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["id", "description", "family"])
        w.writerows(rows)
        data = buf.getvalue().encode()
    else:  # the group column of a JSON Lines upload, gzipped, is read as the CLI reads it
        lines = (json.dumps({"id": i, "description": d, "family": f}) for i, d, f in rows)
        data = gzip.compress("\n".join(lines).encode())
    _analyse_upload(app, name, data, "python", mime="application/octet-stream")
    assert not app.exception, app.exception
    picker = app.selectbox(key="market_group_by")
    assert {"id", "description", "family"} <= set(picker.options)
    picker.set_value("family")
    app.run()
    assert not app.exception, app.exception
    groups = next(df.value for df in app.tabs[1].dataframe if "group" in df.value.columns)
    assert set(groups["group"]) == {"ml", "ds", "<b>ops</b>"} and groups["postings"].sum() == 12
    assert any("Coverage curve" in h.value for h in app.tabs[1].subheader)


def test_market_tab_shows_each_groups_top_skills_and_your_gaps_among_them(app):
    """The CLI's market report lists each group's top skills; the Market tab listed only the groups'
    sizes. Per group picked by the column, it must show the most demanded skills (as the library's
    ``top_skills_by_group`` finds them) and which of them are the user's gaps."""
    from analyzer.gap.market import top_skills_by_group  # noqa: F401  (the library the tab draws)

    texts = PASTED.split("\n\n===\n\n")
    rows = [(f"j{i}", texts[i % 3], ["ml", "ds", "=ops"][i % 3]) for i in range(9)]
    rows.append(("j9", "  ", "blank"))  # a group whose one row cannot be analysed
    buf = io.StringIO()
    csv.writer(buf).writerows([["id", "description", "family"], *rows])
    _analyse_upload(app, "jobs.csv", buf.getvalue().encode(), "python, kubernetes", group_by="family")
    assert not app.exception, app.exception
    market = app.tabs[1]
    groups = next(df.value for df in market.dataframe if "most demanded" in df.value.columns)
    by_group = groups.set_index("group")
    assert set(by_group.index) == {"ml", "ds", "=ops", "blank"}
    # No skill counted is no gap: not "none" (which reads as "you have them all").
    assert tuple(by_group.loc["blank", ["postings", "errors", "your gaps among them"]]) == (0, 1, "")
    # The MLOps postings ask for Kubernetes, Docker, CI/CD, Terraform, Python: the user has Python
    # and Kubernetes, so Docker is among the gaps and Python and Kubernetes are not.
    assert "Kubernetes" in by_group.loc["=ops", "most demanded"]
    gaps = by_group.loc["=ops", "your gaps among them"]
    assert "Docker" in gaps and "Kubernetes" not in gaps and "Python" not in gaps
    # One group in detail: its skills with their shares and a verdict each.
    picker = app.selectbox(key="market_top_group")
    assert [o.rsplit(" (", 1)[0] for o in picker.options] == list(groups["group"])
    picker.set_value("blank")
    app.run()
    assert not app.exception, app.exception
    assert any("No posting of blank could be analysed (1 error)" in i.value for i in app.tabs[1].info)
    app.selectbox(key="market_top_group").set_value("=ops")
    app.run()
    detail = next(df.value for df in app.tabs[1].dataframe if "yours" in df.value.columns)
    verdict = dict(zip(detail["skill"], detail["yours"]))
    assert verdict["Kubernetes"] == "yes" and verdict["Docker"] == "gap"
    assert (detail["share"] == 1.0).all()
    # Technical skills by default; the filter brings the business ones in.
    app.radio(key="market_top_kinds").set_value("All")
    app.run()
    assert not app.exception, app.exception


def test_market_groups_only_the_postings_that_were_analysed(app):
    """Pasted postings were analysed; then a file of as many rows was dropped on the uploader, not yet
    analysed: its columns must not group the pasted postings (nor may a later file's)."""
    texts = PASTED.split("\n\n===\n\n")
    app.text_area(key="postings_text").input(PASTED)
    app.text_area(key="user_skills").input("python")
    app.button(key="analyze").click()
    app.run()
    buf = io.StringIO()
    csv.writer(buf).writerows(
        [["id", "description", "family"], *[[f"u{i}", t, f"fam{i}"] for i, t in enumerate(texts)]]
    )
    app.radio(key="postings_source").set_value("File upload")
    app.run()
    app.file_uploader(key="csv_file").upload("other.csv", buf.getvalue().encode(), "text/csv")
    app.run()
    assert not app.exception, app.exception
    assert not [s for s in app.selectbox if s.key == "market_group_by"]
    groups = next(df.value for df in app.tabs[1].dataframe if "group" in df.value.columns)
    assert not {"fam0", "fam1", "fam2"} & set(groups["group"]) and groups["postings"].sum() == 3
    # Analysed, the upload's own column groups it.
    app.button(key="analyze").click()
    app.run()
    app.selectbox(key="market_group_by").set_value("family")
    app.run()
    groups = next(df.value for df in app.tabs[1].dataframe if "group" in df.value.columns)
    assert set(groups["group"]) == {"fam0", "fam1", "fam2"}


# --- the downloads carry the plan, as the CLI's reports do -------------------------------------------
SAMPLES = ROOT / "data" / "samples"


@pytest.fixture
def downloads(monkeypatch):
    """Download button key -> what a click on it serves (the deferred callable Streamlit keeps)."""
    from streamlit.runtime.media_file_manager import MediaFileManager

    served: dict[str, object] = {}
    register = MediaFileManager.add_deferred

    def add_deferred(self, data_callable, *args, **kwargs):
        file_id = register(self, data_callable, *args, **kwargs)
        served[file_id] = data_callable
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", add_deferred)

    def of(at: AppTest) -> dict[str, str]:
        return {
            b.key: served[b.proto.deferred_file_id]() for b in at.get("download_button") if b.proto.deferred_file_id
        }

    return of


def _cli_report(tmp_path, fmt: str, skills: str, steps: int) -> str:
    from click.testing import CliRunner

    from analyzer.cli import main

    out = tmp_path / f"cli.{fmt}"
    args = ["analyze", str(SAMPLES / "postings.csv"), "--skills", skills, "--steps", str(steps), "-q", "-j", "1"]
    res = CliRunner().invoke(main, [*args, "-o", str(out)], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    return out.read_text(encoding="utf-8")


def test_downloads_hold_the_plan_the_cli_writes_for_the_same_inputs(app, downloads, tmp_path):
    skills = (SAMPLES / "skills.txt").read_text(encoding="utf-8").strip()
    _analyse_upload(app, "postings.csv", (SAMPLES / "postings.csv").read_bytes(), skills)
    assert not app.exception, app.exception
    for steps in (10, 3):  # the default, then the "Your plan" slider moved
        if steps != 10:
            app.slider(key="plan_steps").set_value(steps)
            app.run()
            assert not app.exception, app.exception
        served = downloads(app)
        report = json.loads(served["download_json"])
        assert list(report) == ["profile", "postings", "summary", "plan", "rounds"]
        assert 0 < len(report["plan"]["steps"]) <= steps and report["rounds"]
        for fmt in ("json", "md", "html"):
            # byte for byte: the same postings, names, profile, plan and interview rounds
            assert served[f"download_{fmt}"] == _cli_report(tmp_path, fmt, skills, steps), fmt
        assert "## Plan" in served["download_md"] and "<h2>Plan</h2>" in served["download_html"]
        assert "Plan" not in served["download_csv"].splitlines()[0]  # CSV: the gaps only, as the CLI's


def _share_axes(at: AppTest) -> list[dict]:
    specs = [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]
    axes = []
    for spec in specs:
        for layer in [spec, *spec.get("layer", [])]:
            y = layer.get("encoding", {}).get("y", {})
            if y.get("field") in ("share within reach", "covered share"):
                axes.append(y)
    return axes


def test_share_curves_have_a_fixed_percent_axis(app):
    """The plan's "share within reach" and the market's coverage curve are shares: drawn on 0–100 %,
    not on an axis fitted to the data (a plan that brings nothing within reach showed a flat line on
    one tick labelled "0.000000")."""
    app.text_area(key="postings_text").input(PASTED)
    app.text_area(key="user_skills").input("python")
    app.button(key="analyze").click()
    app.run()
    assert not app.exception, app.exception
    axes = _share_axes(app)
    assert {a["field"] for a in axes} == {"share within reach", "covered share"}
    for axis in axes:
        assert axis["scale"]["domain"] == [0, 1] and axis["axis"]["format"].endswith("%"), axis


def test_a_plan_steps_bar_and_its_reason_give_the_same_figures(app):
    # The bar's text said "coverage +2.4 %" over a reason that says "Raises coverage by 2 %" (the
    # reports round as the reason does); the bar now shows the HTML report's line for the step, and
    # the gain is said there only: the reason no longer repeats it ("coverage +3 %" and "Raises
    # coverage by 3 %" under it).
    analyze_pasted(app)
    plan = app.tabs[0]
    bars = [p.proto.text for p in plan.get("progress")]
    reasons = [c.value for c in plan.caption]
    assert bars and len(reasons) >= len(bars)
    for bar, reason in zip(bars, reasons):
        assert re.search(r"coverage \+(\S+) %", bar), bar
        assert not re.search(r"coverage (?:by |\+)(\S+) %", reason.replace("\\", "")), (bar, reason)


def test_a_plan_steps_note_says_each_thing_once(app):
    # "Not asked for on its own by your postings; needed for statistics · needed for statistics", and
    # "you know Python, a related skill: a short step · related to what you know: Python": the reason
    # already says both, the dashboard (and the HTML report) said them again.
    from analyzer import Profile, analyze_postings
    from analyzer.io.views import render_analysis_report
    from analyzer.taxonomy import load_default_taxonomy

    analyze_pasted(app)
    notes = [c.value.replace("\\", "") for c in app.tabs[0].caption]
    assert any("needed for" in n for n in notes), notes  # the case this test is about is there
    for note in notes:
        assert note.count("needed for") <= 1, note
        assert not ("a related skill" in note and "related to what you know" in note), note
    texts = PASTED.split("\n\n===\n\n")
    analysis = analyze_postings([(f"p{i}", t) for i, t in enumerate(texts)], Profile.from_text("python, sql"))
    html = render_analysis_report(analysis, "html", load_default_taxonomy())
    steps = html.split('<ol class="steps"', 1)[1].split("</ol>", 1)[0].split("<li>")[1:]
    assert any("needed for" in s for s in steps)
    assert all(s.count("needed for") <= 1 for s in steps), [s for s in steps if s.count("needed for") > 1]


def test_market_tab_of_a_big_upload_counts_its_skills_as_the_cli_does(app):
    """A batch of more than ``CACHED_BATCH`` postings is kept without its mentions (memory): the
    Market tab counted those empty lists, so the co-occurrences, clusters and coverage curve of
    every upload of 501+ postings were missing, with no word why. It must show what the library's
    market report (the CLI's ``skillgap market``) finds, unlisted skills by the name written."""
    import dashboard
    from analyzer import extract_many
    from analyzer.gap.market import MarketCounter, MarketPosting, strongest_levels, unlisted_written_names

    texts = [*PASTED.split("\n\n===\n\n"), "Requirements: tools like LangChain, LlamaIndex and Quibbly; Python."]
    families = ["ml", "ds", "ops", "llm"]
    n = dashboard.CACHED_BATCH + 1
    rows = [(f"j{i}", texts[i % 4], families[i % 4]) for i in range(n)]
    data = "id,description,family\n" + "".join(f'{i},"{t.replace(chr(34), chr(34) * 2)}",{f}\n' for i, t, f in rows)
    _analyse_upload(app, "jobs.csv", data.encode(), "python", group_by="family")
    assert not app.exception, app.exception

    counter = MarketCounter(grouped=True)
    for (_, _, family), result in zip(rows, extract_many([(i, t) for i, t, _ in rows])):
        counter.add(MarketPosting(strongest_levels(result.skills), family, names=unlisted_written_names(result.skills)))
    expected = counter.result(dashboard.taxonomy_of(dashboard.load_nlp()))
    assert expected.cooccurrence and expected.coverage_curve and expected.clusters

    market = app.tabs[1]
    assert {"Skills that travel together", "Clusters", "Coverage curve"} <= {h.value for h in market.subheader}
    picker = app.selectbox(key="market_with_skill")
    assert list(picker.options) == [expected.skill_name(c.skill_id) for c in expected.cooccurrence]
    assert "Quibbly (not in the taxonomy)" in picker.options  # as written, not the key "quibbly"


def test_market_tab_downloads_the_market_view_the_cli_writes(app, downloads, tmp_path):
    """The Market tab had no download: an analyst who grouped an upload in the dashboard could not
    take the market view away. Its four formats must be what ``skillgap market --group-by`` writes."""
    from click.testing import CliRunner

    from analyzer.cli import main

    texts = PASTED.split("\n\n===\n\n")
    path = tmp_path / "jobs.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["id", "description", "family"], *[[f"j{i}", texts[i % 3], "=ml"] for i in range(7)]])
    _analyse_upload(app, "jobs.csv", path.read_bytes(), "python", group_by="family")
    assert not app.exception, app.exception
    served = downloads(app)
    for fmt in ("json", "csv", "md", "html"):
        out = tmp_path / f"market.{fmt}"
        args = ["market", str(path), "--group-by", "family", "-q", "-j", "1", "-o", str(out)]
        res = CliRunner().invoke(main, args, catch_exceptions=False)
        assert res.exit_code == 0, res.output
        assert served[f"market_download_{fmt}"] == out.read_bytes().decode("utf-8"), fmt
    assert "'=ml" in served["market_download_csv"]  # formula-safe, as the CLI's


def _blocks_keyed(node, prefix: str) -> list:
    """The containers drawn with ``st.container(key=...)`` whose key starts with ``prefix``."""
    found = []
    for child in getattr(node, "children", {}).values():
        if type(child).__name__ == "Block" and child.proto.id.split("-", 2)[-1].startswith(prefix):
            found.append(child)
        found.extend(_blocks_keyed(child, prefix))
    return found


def test_each_plan_step_keeps_its_reason_in_its_own_box(app):
    # A step's reason was a caption under its bar, as far from it as from the next step's title:
    # "Not asked for on its own by your postings; needed for statistics" over "7. statistics" read as
    # the reason for statistics, not for the step above (probability).
    analyze_pasted(app)
    plan = app.tabs[0]
    steps = [m.value for m in plan.markdown if re.match(r"\*\*\d+\. ", m.value)]
    boxes = _blocks_keyed(plan, "plan_step_")
    assert len(boxes) == len(steps) > 1
    for i, box in enumerate(boxes, 1):
        assert box.proto.flex_container.border
        [title] = [m.value for m in box.markdown]
        assert title.startswith(f"**{i}. ")
        assert len(box.get("progress")) == 1 and len(box.caption) == 1  # its bar and its reason, nothing else


def test_several_files_offer_a_group_column_spelt_differently_in_each(tmp_path):
    """Two job boards' exports with ``role_family`` and ``Role Family``: ``skillgap market a.csv
    b.csv --group-by role_family`` finds the column in each (any case or spacing), but the Market
    tab offered only the columns spelt alike in every file, so it could not group them at all."""
    from click.testing import CliRunner

    from analyzer.cli import main
    from analyzer.io.uploads import UploadedBatch

    a = b"id,description,role_family,team\n1,Requirements: Python.,ds,z\n"
    b = b"ID,Description,Role Family,Team,TEAM\n2,Requirements: SQL.,ops,x,y\n"
    batch = UploadedBatch([("a.csv", a), ("b.csv", b)])
    assert batch.columns() == ["id", "description", "role_family"]  # the first file's spelling
    assert batch.extra_values("role_family") == ["ds", "ops"]
    for name, data in (("a.csv", a), ("b.csv", b)):
        (tmp_path / name).write_bytes(data)
    res = CliRunner().invoke(
        main, ["market", str(tmp_path / "a.csv"), str(tmp_path / "b.csv"), "--group-by", "role_family", "-q", "-j", "1"]
    )
    assert res.exit_code == 0, res.output
    # "team" is no choice: in b.csv it could be Team or TEAM, which the command line refuses too
    res = CliRunner().invoke(
        main, ["market", str(tmp_path / "a.csv"), str(tmp_path / "b.csv"), "--group-by", "team", "-q", "-j", "1"]
    )
    assert res.exit_code == 1 and "TEAM" in res.output
