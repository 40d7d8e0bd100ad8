"""The four report formats, and that posting and résumé text can never become markup or formulas."""

import csv
import io
import json
import re

import pytest
from report_html import REPORT_TAGS, parse_page

from analyzer.errors import OutputError
from analyzer.gap.analysis import Analysis, posting_gap, summarize
from analyzer.gap.profile import Profile
from analyzer.io.reports import CSV_COLUMNS, csv_safe, format_for, render_report, write_report
from analyzer.records import PostingResult, SkillMention

HOSTILE = (
    'Requirements:\n=HYPERLINK("http://evil.example","x") Python | *bold* [a](b) <script>alert("x")</script>\n'
    "- Docker is a plus <img src=x onerror=alert(1)>\n@SUM(A1) uses AWS"
)


def mention(tax, text, word, skill_id, level, years=None):
    start = text.index(word)
    seg_start = text.rfind("\n", 0, start) + 1
    seg_end = text.find("\n", start)
    seg_end = len(text) if seg_end < 0 else seg_end
    s = tax.skills[skill_id]
    return SkillMention(s.name, skill_id, s.category, start, start + len(word), word, level, years, seg_start, seg_end)


def build(tax, profile_text="postgres", hostile_resume=False):
    results = [
        PostingResult(
            '<b id="p1">',
            [
                mention(tax, HOSTILE, "Python", "python", "required", 2.0),
                mention(tax, HOSTILE, "Docker", "docker", "preferred"),
                mention(tax, HOSTILE, "AWS", "aws", "unspecified"),
            ],
            None,
            HOSTILE,
        ),
        PostingResult("p2", [mention(tax, "Must know SQL.", "SQL", "sql", "required")], None, "Must know SQL."),
        PostingResult("p3", [], "row 3 has 4 fields but the header has 2", None),
        PostingResult("p4", [], None, "We are nice."),
    ]
    profile = Profile.from_text(profile_text, tax)
    if hostile_resume:
        profile.source = "resume:<script>cv</script>.pdf"
        profile = profile.merge(Profile.from_text("<img src=x>", tax))
    gaps = [posting_gap(r, profile) for r in results]
    return Analysis(profile, gaps, summarize(gaps, profile, tax))


@pytest.fixture
def analysis(tax):
    return build(tax)


# --- JSON --------------------------------------------------------------------------------------
def test_json_is_the_whole_analysis(analysis):
    d = json.loads(render_report(analysis, "json"))
    assert d["profile"]["skills"][0] == {
        "input": "postgres",
        "skill_id": "postgresql",
        "skill": "PostgreSQL",
        "how": "alias",
        "confidence": 1.0,
        "via": None,
        "years": None,
        "years_from": None,
    }
    implied = {s["skill_id"]: s for s in d["profile"]["skills"] if s["how"] == "implied"}
    assert implied["sql"]["via"] == "postgresql" and implied["sql"]["input"] == "postgres"
    assert [p["id"] for p in d["postings"]] == ['<b id="p1">', "p2", "p3", "p4"]
    p1 = d["postings"][0]
    assert p1["coverage"] == 0.0 and [m["skill_id"] for m in p1["missing"]] == ["python", "docker", "aws"]
    ev = p1["missing"][0]["evidence"][0]
    assert HOSTILE[ev["start"] : ev["end"]] == ev["text"]
    assert p1["missing"][0]["years"] == 2.0
    assert d["postings"][1]["coverage"] == 1.0 and d["postings"][1]["matched"][0]["how"] == "implied"
    assert d["postings"][2]["error"].startswith("row 3")
    assert d["summary"]["postings"] == 4 and d["summary"]["analysed"] == 3
    assert [g["skill_id"] for g in d["summary"]["gaps"]] == ["python", "docker", "aws"]
    assert {c["category"] for c in d["summary"]["categories"]} == {
        "software_development",
        "devops_cloud",
        "data_management",
    }


# --- CSV ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "cell, safe",
    [
        ("=1+2", "'=1+2"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("  =1+2", "'  =1+2"),
        ("Python", "Python"),
        ("", ""),
        (3.0, 3.0),
        (None, None),
        ("a=b", "a=b"),
    ],
)
def test_csv_safe(cell, safe):
    assert csv_safe(cell) == safe


def test_csv_one_row_per_posting_skill_and_every_posting_appears(analysis):
    rows = list(csv.DictReader(io.StringIO(render_report(analysis, "csv"), newline="")))
    assert list(rows[0]) == CSV_COLUMNS
    status = [(r["posting_id"], r["skill_id"], r["status"]) for r in rows]
    assert status == [
        ('<b id="p1">', "python", "missing"),
        ('<b id="p1">', "docker", "missing"),
        ('<b id="p1">', "aws", "missing"),
        ("p2", "sql", "matched"),
        ("p3", "", "error"),
        ("p4", "", "no skills"),
    ]
    assert rows[3]["how"] == "implied" and rows[3]["via"] == "postgresql"
    assert rows[4]["error"].startswith("row 3")
    for row in rows:
        for value in row.values():
            assert not value or value[0] not in "=+-@\t\r", row
    assert rows[0]["evidence"].startswith("'=HYPERLINK")  # neutralised, not dropped
    assert rows[1]["evidence"] == "Docker is a plus <img src=x onerror=alert(1)>"  # the list's mark dropped


# A list's mark is not part of the sentence quoted as evidence, in CSV as in Markdown and HTML (one
# helper); what the mark leaves must still not run as a formula (qa40, item 3).
BULLETED = (
    "What you will own:\n"
    "- 4+ years shipping Python services\n"
    "• Docker images for the team, and Python tooling\n"
    "* -Kubernetes on-call (we rotate weekly)\n"
    '– =HYPERLINK("http://evil.example","x") and AWS budgets\n'
    "-Tableau dashboards\n"
    "   ◦   SQL reviews"
)


def test_csv_evidence_drops_the_list_mark_as_markdown_does_and_stays_safe(tax):
    found = [
        mention(tax, BULLETED, "Python", "python", "required", 4.0),
        mention(tax, BULLETED, "Docker", "docker", "required"),
        mention(tax, BULLETED, "Kubernetes", "kubernetes", "required"),
        mention(tax, BULLETED, "AWS", "aws", "preferred"),
        mention(tax, BULLETED, "Tableau", "tableau", "required"),
        mention(tax, BULLETED, "SQL", "sql", "required"),
    ]
    second = BULLETED.index("Python tooling")
    found.append(
        SkillMention(
            "Python",
            "python",
            found[0].category,
            second,
            second + 6,
            "Python",
            "required",
            None,
            BULLETED.rfind("\n", 0, second) + 1,
            BULLETED.find("\n", second),
        )
    )
    profile = Profile.from_text("", tax)
    gaps = [posting_gap(PostingResult("b1", found, None, BULLETED), profile)]
    analysis = Analysis(profile, gaps, summarize(gaps, profile, tax))
    rows = {
        r["skill_id"]: r["evidence"] for r in csv.DictReader(io.StringIO(render_report(analysis, "csv"), newline=""))
    }
    assert rows == {
        "python": "4+ years shipping Python services … Docker images for the team, and Python tooling",
        "docker": "Docker images for the team, and Python tooling",
        "kubernetes": "'-Kubernetes on-call (we rotate weekly)",  # the mark went, the minus left is defused
        "aws": '\'=HYPERLINK("http://evil.example","x") and AWS budgets',
        "tableau": "'-Tableau dashboards",  # no space after it: a minus sign, kept (and defused) as Markdown keeps it
        "sql": "SQL reviews",
    }
    md = render_report(analysis, "md")
    assert "4+ years shipping Python services" in md and "- 4+ years" not in md


# --- Markdown -------------------------------------------------------------------------------------
def test_markdown_report(analysis):
    md = render_report(analysis, "md")
    for heading in (
        "# Skill gap report",
        "## Summary",
        "## Top gaps (of 3)",
        "## Coverage by category",
        "## Where the gaps show up in interviews",
        "## Postings",
        "## How to read this",
    ):
        assert heading in md
    assert "Credited because implied: " in md and "SQL (from PostgreSQL)" in md
    assert "| 1 | Python |" in md
    assert (
        "— could not be analysed" in md
        and "(3 analysed, 1 could not be analysed)" in md
        and "No skills from the taxonomy were found" in md
    )
    assert "<script>" not in md and "<img" not in md and "&lt;script&gt;" in md
    assert "\\| \\*bold\\* \\[a\\](b)" in md  # table, emphasis and link syntax made inert


def test_markdown_says_when_no_skills_were_given(tax):
    md = render_report(build(tax, profile_text=""), "md")
    assert "**No skills were given**" in md
    assert "| 1 | Python |" in md


# --- HTML ----------------------------------------------------------------------------------------
def test_html_is_self_contained_escaped_and_balanced(tax):
    page = render_report(build(tax, hostile_resume=True), "html")
    parser = parse_page(page)
    assert parser.stack == [] and parser.mismatched == []
    assert set(parser.tags) <= REPORT_TAGS, set(parser.tags) - REPORT_TAGS
    assert not any(a.startswith("on") or a == "src" for a, _ in parser.attrs)
    # links only to places in the page itself (the contents list and the postings' index)
    assert parser.hrefs and all(h.startswith("#") for h in parser.hrefs)
    ids = set(re.findall(r'id="([^"]+)"', page))
    assert {h[1:] for h in parser.hrefs} <= ids
    assert "http://" not in page.replace("http://evil.example", "") and "https://" not in page
    text = "".join(parser.text)
    assert '<script>alert("x")</script>' in text  # shown as text, not run
    assert "<img src=x onerror=alert(1)>" in text and "<script>cv</script>" in text and '<b id="p1">' in text
    assert "<svg" in page and "<mark>Python</mark>" in page
    assert "@media print" in page


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_profile_source_is_said_in_words(tax, fmt):
    # A profile merged from typed skills and a résumé: the report names both, not "typed+resume:…".
    analysis = build(tax)
    analysis.profile.source = "typed+resume:cv 2024.pdf"
    page = render_report(analysis, fmt)
    assert "typed+resume" not in page
    text = "".join(parse_page(page).text) if fmt == "html" else page
    assert "From skills you typed and the résumé" in text and "cv 2024.pdf" in text


def test_html_no_skills_given(tax):
    assert "<strong>No skills were given</strong>" in render_report(build(tax, profile_text=""), "html")


# --- writing -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name, fmt", [("r.json", "json"), ("r.csv", "csv"), ("R.MD", "md"), ("r.html", "html"), ("r.htm", "html")]
)
def test_write_report_picks_the_format_by_extension(analysis, tmp_path, name, fmt):
    path = tmp_path / name
    assert write_report(analysis, path) == fmt
    assert path.read_bytes().decode("utf-8") == render_report(analysis, fmt)  # CSV keeps its CRLF
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left behind


def test_write_report_errors(analysis, tmp_path):
    with pytest.raises(OutputError, match="unknown report type '.xlsx'"):
        write_report(analysis, tmp_path / "r.xlsx")
    with pytest.raises(OutputError, match="no extension"):
        format_for("report")
    with pytest.raises(OutputError, match="cannot write"):
        write_report(analysis, tmp_path / "missing" / "r.json")
    (tmp_path / "d.json").mkdir()
    with pytest.raises(OutputError, match="is a folder"):
        write_report(analysis, tmp_path / "d.json")
    with pytest.raises(OutputError, match="unknown report format"):
        render_report(analysis, "xml")


# --- streaming -----------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["json", "csv", "md", "html"])
def test_streamed_report_equals_the_in_memory_one(tax, tmp_path, fmt):
    from analyzer.io.reports import open_report

    for analysis in (build(tax), build(tax, profile_text="", hostile_resume=True)):
        path = tmp_path / f"r.{fmt}"
        with open_report(path, analysis.profile, taxonomy=tax) as report:
            for p in analysis.postings:
                report.add(p)
            summary = report.finish()  # built on the way, not given
        assert summary == analysis.summary
        streamed = path.read_bytes().decode("utf-8")
        in_memory = render_report(analysis, fmt)
        if fmt == "json":
            assert json.loads(streamed) == json.loads(in_memory) == json.loads(json.dumps(analysis.to_dict()))
        assert streamed == in_memory
        assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no spool or temporary file left
        stream = io.StringIO()
        with open_report(stream, analysis.profile, fmt=fmt, taxonomy=tax) as report:
            for p in analysis.postings:
                report.add(p)
        assert stream.getvalue() == in_memory  # the block finishes the report


def test_streamed_report_with_no_postings(tax):
    from analyzer.gap.analysis import Analysis
    from analyzer.io.reports import open_report

    profile = Profile.from_text("python", tax)
    empty = Analysis(profile, [], summarize([], profile, tax))
    for fmt in ("json", "csv", "md", "html"):
        stream = io.StringIO()
        with open_report(stream, profile, fmt=fmt, taxonomy=tax):
            pass
        assert stream.getvalue() == render_report(empty, fmt)
    assert json.loads(render_report(empty, "json"))["postings"] == []


def test_an_interrupted_stream_leaves_the_old_report_alone(analysis, tax, tmp_path):
    from analyzer.io.reports import ReportWriter, open_report

    path = tmp_path / "r.md"
    path.write_text("old report", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        with open_report(path, analysis.profile, taxonomy=tax) as report:
            report.add(analysis.postings[0])
            raise KeyboardInterrupt
    assert path.read_text(encoding="utf-8") == "old report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]
    with pytest.raises(OutputError, match="cannot write"):
        with open_report(tmp_path / "missing" / "r.csv", analysis.profile, taxonomy=tax):
            pass
    with pytest.raises(ValueError, match="needs the summary"):
        ReportWriter(io.StringIO(), "json", analysis.profile).finish()


def test_markdown_and_html_say_the_same_things(analysis):
    """Both are rendered from one view model: same headings in the same order, same explanations."""
    import html as html_mod

    md = render_report(analysis, "md")
    page = render_report(analysis, "html")
    md_headings = [
        html_mod.unescape(re.sub(r"\\(.)", r"\1", line.lstrip("#").strip()))
        for line in md.splitlines()
        if line.startswith("#")
    ]
    # a posting's heading is the summary line of its collapsed <details> in HTML
    html_headings = [
        html_mod.unescape(re.sub(r"<[^>]+>", "", h))
        for h in re.findall(r"<(?:h[123]|summary)[^>]*>(.*?)</(?:h[123]|summary)>", page)
    ]
    assert md_headings == html_headings and len(md_headings) > 8
    how_to_read = md[md.index("## How to read this") :]
    for bullet in [line[2:] for line in how_to_read.splitlines() if line.startswith("- ")]:
        assert html_mod.escape(bullet, quote=True) in page


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_report_on_postings_that_ask_for_nothing_does_not_say_no_gaps(tax, fmt):
    """ "No gaps: you have every skill …" only when the postings asked for some; a posting with no
    skill found says so instead."""
    profile = Profile.from_text("python", tax)
    gaps = [posting_gap(PostingResult("p1", [], None, "We are a friendly team."), profile)]
    page = render_report(Analysis(profile, gaps, summarize(gaps, profile, tax)), fmt)
    assert "No gaps" not in page
    assert "No skills from the taxonomy were found in these postings" in page


def test_the_profile_lists_each_skills_years_and_where_they_came_from(taxonomy):
    # A job seeker checks the years read from the résumé's dates before trusting an experience gap.
    from datetime import date

    from analyzer import analyze_postings

    resume = (
        "Experience\nData Scientist, Acme   03/21 – present\n- Python and SQL\n"
        "Analyst, Beta   01/17 – 02/21\n- SQL reporting\nSkills\nTableau (3 years)\n"
    )
    profile = Profile.from_text("Looker 1 year, Python", taxonomy).merge(
        Profile.from_resume_text(resume, taxonomy=taxonomy, today=date(2026, 12, 5))
    )
    md = render_report(analyze_postings([("p", "Requirements: 8+ years of SQL.")], profile, taxonomy=taxonomy), "md")
    assert (
        "Years: Looker 1 (as you typed them); Tableau 3 (as your résumé states them); "
        "SQL 10, data science 5.8, Python 5.8, reporting 4.2 (from your résumé's dated roles)"
    ) in md


def test_a_quoted_sentence_leaves_out_its_bullet_mark(taxonomy):
    # " * Knowledge of cloud technologies": the quote is the sentence, not the list's "* "
    from analyzer import analyze_postings

    posting = "Qualifications:\n\n * Knowledge of Kubernetes in production\n • Experience with Terraform\n"
    analysis = analyze_postings([("p", posting)], Profile.from_text("python", taxonomy), taxonomy=taxonomy)
    md = render_report(analysis, "md")
    assert "“Knowledge of Kubernetes in production”" in md and "“Experience with Terraform”" in md
    html = render_report(analysis, "html")
    assert "“<mark>Kubernetes</mark>" not in html  # the mark still sits on the skill, not shifted
    assert "Knowledge of <mark" in html


# Four short ML postings in our own words: they ask for many foundations, most of all modelling and
# cloud, and a little mathematics; the user knows only Python and SQL.
BROAD_POSTINGS = [
    (
        "mle",
        "Machine Learning Engineer\nRequirements:\n- Python, SQL and Spark\n- Docker, Kubernetes and AWS\n"
        "- Scikit-learn, XGBoost and PyTorch\n- Statistics and A/B testing\n- Linear algebra\n",
    ),
    (
        "ds",
        "Data Scientist\nRequirements:\n- Regression, classification and clustering with scikit-learn\n"
        "- Experience with AWS or GCP and Terraform\n- Hypothesis testing and Bayesian statistics\n"
        "- Strong communication with stakeholders\n",
    ),
    (
        "mlops",
        "MLOps Engineer\nRequirements:\n- Kubernetes, Docker, AWS and CI/CD pipelines\n- MLflow and model monitoring\n"
        "- Deep learning with PyTorch or TensorFlow\n- PostgreSQL and data modelling\n",
    ),
    (
        "nlp",
        "NLP Engineer\nRequirements:\n- Transformers, Hugging Face and LLM fine-tuning\n- PyTorch and deep learning\n"
        "- Deploying models on AWS with Docker\n- Git and unit testing\n",
    ),
]


def test_basics_to_broaden_names_the_most_asked_few_and_counts_the_rest(nlp):
    from analyzer import analyze_postings
    from analyzer.io.reports import BASICS_SHOWN

    analysis = analyze_postings(BROAD_POSTINGS, Profile.from_text("python, sql"), nlp=nlp)
    s = analysis.summary
    assert len(s.basics_missing) > BASICS_SHOWN  # a short profile is below the line almost everywhere
    by_name = {c.name: c for c in s.categories}
    missing = [by_name[name].demand * (1 - by_name[name].coverage) for name in s.basics_missing]
    assert missing == sorted(missing, reverse=True)  # most asked of what the user lacks first
    md = render_report(analysis, "md")
    line = next(ln for ln in md.splitlines() if ln.startswith("- Basics to broaden"))
    first = by_name[s.basics_missing[0]]
    top = next(g.skill for g in s.gaps if g.category == first.category)  # its most asked gap
    assert f"{first.name} ({round(first.coverage * 100)}% covered, most asked: {top})" in line
    for name in s.basics_missing[BASICS_SHOWN:]:
        assert name not in line
    assert line.endswith(f" and {len(s.basics_missing) - BASICS_SHOWN} more")
    html = render_report(analysis, "html")
    assert f"and {len(s.basics_missing) - BASICS_SHOWN} more" in html
    assert json.loads(render_report(analysis, "json"))["summary"]["t_shape"]["basics_missing"] == s.basics_missing


def test_an_open_choice_quotes_its_sentence_after_a_dash_in_html_as_in_markdown(nlp):
    # Markdown (and the dashboard) read "One of AWS, Google Cloud Platform (required) — “…”", the HTML
    # report "… required “…”" with no dash, unlike every other missing line around it.
    from analyzer import analyze_postings

    posting = "Platform ML Engineer\n\nRequirements\n- Terraform in production.\n- Deploy models on AWS or GCP.\n"
    analysis = analyze_postings([("p1", posting)], Profile.from_text("python"), nlp=nlp)
    md = render_report(analysis, "md")
    [md_line] = [ln for ln in md.splitlines() if ln.startswith("- One of **AWS")]
    assert "(required) — “" in md_line
    page = render_report(analysis, "html")
    [html_line] = re.findall(r"<li>One of <strong>AWS.*?</li>", page)
    assert '</span> — <span class="ev">' in html_line, html_line
    assert "<mark>AWS</mark> or <mark>GCP</mark>" in html_line  # both options marked, not the first only


# Two short postings in our own words, one with its asks on separate lines.
LINED_POSTING = (
    "Forecasting Analyst\n\nAbout the team\nWe plan demand for a grocery chain.\n\n"
    "Requirements\n- Strong SQL and Tableau dashboards.\n- Experience with Kubernetes is a plus.\n"
)


def test_human_reports_quote_the_sentence_without_character_offsets(taxonomy):
    # "— “Experience with Kubernetes is a plus.” (chars 116–187)": the offsets mean nothing to a
    # job seeker reading the Markdown or HTML report (or the dashboard's verdicts); programs read
    # them from the JSON.
    from analyzer import analyze_postings
    from analyzer.io.reports import verdicts_markdown

    analysis = analyze_postings([("p1", LINED_POSTING)], Profile.from_text("python", taxonomy), taxonomy=taxonomy)
    md = render_report(analysis, "md")
    assert "“Experience with Kubernetes is a plus.”" in md
    assert not re.search(r"chars \d+", md), md
    page = render_report(analysis, "html")
    assert "<mark>Kubernetes</mark>" in page and not re.search(r"chars \d+", page)
    verdicts = verdicts_markdown(analysis.postings[0])
    assert "Kubernetes" in verdicts and not re.search(r"chars \d+", verdicts), verdicts
    # the JSON keeps the offsets
    [posting] = json.loads(render_report(analysis, "json"))["postings"]
    [kube] = [g for g in posting["missing"] if g["skill_id"] == "kubernetes"]
    ev = kube["evidence"][0]
    assert "Experience with Kubernetes is a plus." in LINED_POSTING[ev["start"] : ev["end"]]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_years_typed_as_their_own_entry_read_as_in_the_dashboard(taxonomy, fmt):
    # "Python, 5 years": the dashboard says the years have no skill and how to write them, the
    # downloaded report listed "5 years" under "Not in the taxonomy".
    import html as html_mod

    from analyzer import analyze_postings
    from analyzer.gap.profile import years_alone_message

    profile = Profile.from_text("Python, 5 years, Quenya calligraphy", taxonomy)
    analysis = analyze_postings([("p1", LINED_POSTING)], profile, taxonomy=taxonomy)
    page = render_report(analysis, fmt)
    text = (
        html_mod.unescape(re.sub(r"<[^>]+>", "", page.replace("</li>", "\n")))
        if fmt == "html"
        else page.replace("\\", "")
    )
    said = years_alone_message("5 years")
    assert "no skill" in said and "Python 5 years" in said
    assert said in text, text
    [unknown] = [ln for ln in text.splitlines() if "Not in the taxonomy (counted" in ln]
    assert "Quenya calligraphy" in unknown and "5 years" not in unknown


#: A skills-and-years table pasted from a résumé, a skill and its years on lines of their own: every
#: years line is an entry with no skill (22 skills with as many years: more than the 20 said one by one).
SKILL_YEARS_TABLE = "\n".join(
    f"{skill}\n{years:g} years"
    for skill, years in zip(
        "Python SQL Tableau Excel Docker Kubernetes Spark Airflow dbt Snowflake Git Linux Java Scala Go "
        "Terraform Kafka PyTorch TensorFlow pandas NumPy Looker".split(),
        [1 + n / 2 for n in range(22)],
    )
)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_reports_count_the_years_alone_past_the_twenty_they_name(taxonomy, fmt):
    # 22 entries of years alone: the report named 20 and dropped the last two without a word.
    import html as html_mod

    from analyzer import analyze_postings

    profile = Profile.from_text(SKILL_YEARS_TABLE, taxonomy)
    assert len(profile.years_alone) == 22
    page = render_report(analyze_postings([("p1", LINED_POSTING)], profile, taxonomy=taxonomy), fmt)
    text = html_mod.unescape(page) if fmt == "html" else page.replace("\\", "")
    assert text.count("has no skill: write the years") == 20
    assert "…and 2 more entries of years with no skill" in text


# --- options of a choice already met (qa46) -------------------------------------------------------
CHOICES = [
    ("p1", "Data Analyst\n\nRequirements\n- Python or R.\n- Tableau.\n"),
    ("p2", "Statistician\n\nRequirements\n- R.\n- SQL.\n"),
    ("p3", "Biostatistician\n\nRequirements\n- R and SAS.\n"),
]


def test_top_gaps_count_only_the_postings_where_a_skill_is_missing():
    # R was "Asked in 3 (100%)" with Python, which the user has, meeting "Python or R" in p1: it read
    # as three postings to learn R for. Missing in 2; the third says so in a column of its own.
    from analyzer import analyze_postings

    analysis = analyze_postings(CHOICES, Profile.from_text("python"))
    [r] = [g for g in analysis.summary.gaps if g.skill == "R"]
    assert (r.postings, r.choice_met, r.required_choice_met) == (3, 1, 1)
    md = render_report(analysis, "md")
    assert "| # | Skill | Category | Missing in | Required in | Choice met in | Priority | Interview round |" in md
    [row] = [line for line in md.splitlines() if line.startswith("| 1 | R |")]
    assert "| 2 (67%) | 67% | 1 | 0.67 |" in row, row
    [row] = [line for line in md.splitlines() if line.startswith("| 2 | SAS |")]
    assert "| 1 (33%) | 33% | 0 | 0.33 |" in row, row
    assert "Choice met in" in md[md.index("## How to read this") :]
    page = render_report(analysis, "html")
    assert "<th>Missing in</th>" in page and "<th>Choice met in</th>" in page
    assert re.search(r"<td>R</td>.*?<td[^>]*>2 \(67%\)</td>\s*<td[^>]*>67%</td>\s*<td[^>]*>1</td>", page, re.S)
    d = json.loads(render_report(analysis, "json"))
    [r] = [g for g in d["summary"]["demand"] if g["skill"] == "R"]
    assert (r["postings"], r["choice_met"], r["required_choice_met"]) == (3, 1, 1)
