"""skillgap dashboard: paste job postings, say what you know, see the gaps and export them.

Run: ``streamlit run dashboard.py`` (add ``-- --samples`` to open on the bundled sample postings). The script reads top to bottom: ``main()`` calls small
``*_ui()`` functions that draw widgets and return their values; all analysis is done by the
``analyzer`` library (the same functions the CLI uses). Widget keys are stable so tests and
scripts can drive the app: ``postings_text``, ``user_skills`` and ``analyze`` among them.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import time
from functools import partial
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from analyzer import analyze_postings
from analyzer.errors import ColumnNotFoundError, MissingDependencyError, ResumeWithoutTextError, SkillgapError
from analyzer.gap.analysis import Analysis, summarize
from analyzer.gap.profile import SHOWN_UNRESOLVED, Profile
from analyzer.io.highlight import highlight_html, posting_highlights
from analyzer.io.markdown import md_escape
from analyzer.io.postings import decode_bytes, rows_from_bytes
from analyzer.io.reports import other_asks, render_report
from analyzer.io.resumes import profile_from_resume as read_resume_profile
from analyzer.nlp.pipeline import default_pipeline, pipeline_taxonomy
from analyzer.records import InputRow, PostingGap

# Uploads: .streamlit/config.toml sets server.maxUploadSize to the same number (in MB), so the
# browser refuses bigger files; the check below covers everything else (AppTest, other configs).
MAX_UPLOAD_MB = 10
MAX_UPLOAD_BYTES = MAX_UPLOAD_MB * 1024 * 1024
# Several pasted postings are separated by a line of three or more dashes or equals signs.
SEPARATOR = re.compile(r"^[ \t]*(?:-{3,}|={3,})[ \t]*$", re.MULTILINE)
NO_ID = "(number the rows)"
BATCH_CHUNK = 20  # postings per cached call; the progress bar moves between chunks
REPORTS = {  # format -> (button label, file name, MIME type)
    "html": ("HTML report", "skillgap-report.html", "text/html"),
    "md": ("Markdown", "skillgap-report.md", "text/markdown"),
    "csv": ("CSV", "skillgap-gaps.csv", "text/csv"),
    "json": ("JSON", "skillgap-report.json", "application/json"),
}
SAMPLES_DIR = Path(__file__).resolve().parent / "data" / "samples"


# ---------------------------------------------------------------- cached library calls


@st.cache_resource(show_spinner="Loading the skill pipeline…")
def load_nlp():
    """The spaCy pipeline with the bundled taxonomy, shared by every session (read-only)."""
    return default_pipeline()


def taxonomy_of(nlp):
    return pipeline_taxonomy(nlp)


@st.cache_data(show_spinner=False, max_entries=64)
def profile_from_text(text: str, _nlp) -> Profile:
    return Profile.from_text(text, taxonomy_of(_nlp))


@st.cache_data(show_spinner=False, max_entries=64)
def profile_from_ids(ids: tuple[str, ...], _nlp) -> Profile:
    return Profile.from_skill_ids(ids, taxonomy_of(_nlp))


@st.cache_data(show_spinner="Reading your résumé…", max_entries=16)
def profile_from_resume(data: bytes, filename: str, _nlp) -> Profile:
    return read_resume_profile(data, filename, taxonomy_of(_nlp))


@st.cache_data(show_spinner=False, max_entries=256)
def posting_gaps(
    rows: tuple[tuple[int, str, str | None, str | None], ...], profile_key: str, _profile: Profile, _nlp
) -> list[PostingGap]:
    """Gaps of ``(row number, id, text, error)`` rows against a profile, cached per input.

    ``profile_key`` (the profile's JSON) stands for ``_profile`` in the cache key.
    """
    items = [InputRow(pid, text, error, n) for n, pid, text, error in rows]
    return analyze_postings(items, _profile, nlp=_nlp).postings


# ---------------------------------------------------------------- plain helpers (no Streamlit)


def split_postings(text: str) -> list[tuple[str, str]]:
    """Pasted text -> ``(id, text)`` pairs, split on separator lines; the id names the first line.

    >>> [pid for pid, _ in split_postings("Data Scientist\\nSQL\\n---\\nML Engineer\\nPython")]
    ['1. Data Scientist', '2. ML Engineer']
    """
    out = []
    for chunk in SEPARATOR.split(text or ""):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        first = chunk.strip().splitlines()[0].strip()
        title = first if len(first) <= 48 else first[:47].rstrip() + "…"
        out.append((f"{len(out) + 1}. {title}", chunk))
    return out


def check_upload_size(data: bytes, name: str) -> None:
    if len(data) > MAX_UPLOAD_BYTES:
        raise SkillgapError(
            f"{name} is {len(data) / 1_048_576:.1f} MB; the limit is {MAX_UPLOAD_MB} MB. Split it into smaller files."
        )


def csv_header(data: bytes, name: str) -> list[str]:
    """The column names of an uploaded CSV (SkillgapError if it is not readable text)."""
    check_upload_size(data, name)
    text = decode_bytes(data, name)
    try:
        header = next(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")), [])
    except csv.Error as e:
        raise SkillgapError(f"{name}: not a readable CSV file ({e})") from None
    header = [h.strip() for h in header]
    if not any(header):
        raise SkillgapError(f"{name}: the file is empty or has no header row")
    return header


def guess_column(columns: list[str], wanted: tuple[str, ...]) -> int | None:
    lowered = [c.lower() for c in columns]
    for w in wanted:
        if w in lowered:
            return lowered.index(w)
    return None


def load_csv_rows(data: bytes, name: str, id_column: str | None, text_column: str) -> list[tuple]:
    """Rows of an uploaded CSV as ``(id, text, error)``; SkillgapError for a file that is unusable."""
    check_upload_size(data, name)
    rows = rows_from_bytes(data, name, id_column=id_column, text_column=text_column)
    return [(r.id, r.text, r.error) for r in rows]


def sample_postings() -> str:
    """The bundled sample postings, joined with separator lines, ready for the paste box."""
    with open(SAMPLES_DIR / "postings.csv", encoding="utf-8", newline="") as f:
        return "\n\n---\n\n".join(r["description"].strip() for r in csv.DictReader(f))


def sample_skills() -> str:
    return (SAMPLES_DIR / "skills.txt").read_text(encoding="utf-8").strip()


def demand_table(analysis: Analysis) -> pd.DataFrame:
    """Skills × postings: how each posting asks for each skill (required / preferred / mentioned)."""
    marks = {"required": "required", "preferred": "preferred"}
    cells: dict[str, dict[str, str]] = {}
    for p in analysis.postings:
        for m in p.mentions:
            level = marks.get(m.requirement, "mentioned")
            row = cells.setdefault(m.skill, {})
            if row.get(p.id) != "required":
                row[p.id] = level if row.get(p.id) != "preferred" or level == "required" else "preferred"
    frame = pd.DataFrame.from_dict(cells, orient="index").fillna("")
    if frame.empty:
        return frame
    frame.insert(0, "postings", (frame != "").sum(axis=1))
    return frame.sort_values("postings", ascending=False)


# ---------------------------------------------------------------- UI pieces


def fill_samples() -> None:
    """Callback of "Try the samples": load the sample postings (and a sample profile if none is typed)."""
    st.session_state["postings_text"] = sample_postings()
    st.session_state["postings_source"] = "Paste"
    if not st.session_state.get("user_skills", "").strip() and not st.session_state.get("skills_picked"):
        st.session_state["user_skills"] = sample_skills()


def skills_ui(nlp) -> Profile | None:
    """The sidebar: pick skills, type them, upload a résumé or a saved profile. Returns the merged profile."""
    taxonomy = taxonomy_of(nlp)
    st.header("Your skills")
    names = {sid: s.name for sid, s in taxonomy.skills.items()}
    picked = st.multiselect(
        "Pick from the taxonomy",
        options=sorted(names, key=lambda i: names[i].lower()),
        format_func=lambda sid: names.get(sid, sid),
        key="skills_picked",
        placeholder="Search skills…",
    )
    typed = st.text_area(
        "…or type them (comma or one per line)",
        key="user_skills",
        height=120,
        placeholder="Python, SQL, scikit-learn, statistics, Docker",
    )
    resume = st.file_uploader(
        "Résumé (.txt, .md, .pdf, .docx)",
        type=["txt", "md", "pdf", "docx"],
        key="resume_file",
        help=f"Up to {MAX_UPLOAD_MB} MB.",
    )
    saved = st.file_uploader("Load a saved profile (.json)", type=["json"], key="profile_file")

    parts: list[Profile] = []
    try:
        if picked:
            parts.append(profile_from_ids(tuple(picked), nlp))
        if typed.strip():
            parts.append(profile_from_text(typed, nlp))
        if resume is not None:
            data = resume.getvalue()
            check_upload_size(data, resume.name)
            parts.append(profile_from_resume(data, resume.name, nlp))
        if saved is not None:
            data = saved.getvalue()
            check_upload_size(data, saved.name)
            try:
                parts.append(Profile.from_dict(json.loads(decode_bytes(data, saved.name)), taxonomy))
            except (ValueError, TypeError, KeyError, AttributeError) as e:
                raise SkillgapError(f"{saved.name}: not a saved skillgap profile ({e})") from None
    except SkillgapError as e:
        st.error(md_escape(explain(e)))
    if not parts:
        st.caption("Add at least one skill, or press **Try the samples**.")
        return None
    profile = parts[0]
    for other in parts[1:]:
        profile = profile.merge(other)
    resolution_ui(profile)
    st.download_button(
        "Save this profile",
        data=json.dumps(profile.to_dict(), indent=2, ensure_ascii=False),
        file_name="skillgap-profile.json",
        mime="application/json",
        key="profile_download",
        on_click="ignore",
    )
    return profile


def describe_resolution(s) -> str:
    """How one profile skill was found, in words: "alias: postgres", "fuzzy: pytorh (0.83)", "implied by …"."""
    if s.how == "implied":
        return f"implied by {s.input}"
    if s.how == "fuzzy":
        return f"fuzzy: {s.input} ({s.confidence:.2f})"
    if s.how == "alias" and s.input.strip().lower() != s.skill.lower():
        return f"alias: {s.input}"
    return s.how


def resolution_ui(profile: Profile) -> None:
    """What each typed skill resolved to: matched, fuzzy, implied, or not found (with suggestions)."""
    counts = {}
    for s in profile.skills:
        counts[s.how] = counts.get(s.how, 0) + 1
    st.caption(" · ".join(f"{n} {how}" for how, n in sorted(counts.items())) or "no skills resolved")
    rows = [{"skill": s.skill, "how": describe_resolution(s)} for s in profile.skills]
    if rows:
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key="resolved_table")
    for u in profile.unresolved[:SHOWN_UNRESOLVED]:
        hint = f" Did you mean {md_escape(', '.join(u.suggestions))}?" if u.suggestions else ""
        st.warning(f"Not in the taxonomy: “{md_escape(u.input)}”.{hint}")
    more = len(profile.unresolved) - SHOWN_UNRESOLVED
    if more > 0:
        st.caption(f"…and {more:,} more entries not in the taxonomy (not counted; the saved profile lists them all).")


def postings_ui() -> tuple[list[tuple], list[str]]:
    """Paste or upload postings. Returns ``(rows, problems)`` with rows as ``(id, text, error)``."""
    st.subheader("Job postings")
    source = st.radio(
        "Postings from", ["Paste", "CSV upload"], horizontal=True, key="postings_source", label_visibility="collapsed"
    )
    if source == "Paste":
        left, right = st.columns([4, 1])
        with right:
            st.button(
                "Try the samples",
                key="try_samples",
                on_click=fill_samples,
                help="Load five sample postings from data/samples (and a sample profile).",
            )
        with left:
            st.caption("Paste one posting, or several separated by a line of `---` or `===`.")
        text = st.text_area(
            "Posting text",
            key="postings_text",
            height=200,
            label_visibility="collapsed",
            placeholder="Paste a job posting here…",
        )
        return [(pid, body, None) for pid, body in split_postings(text)], []
    upload = st.file_uploader(
        "A CSV with one posting per row (UTF-8)",
        type=["csv"],
        key="csv_file",
        help=f"Up to {MAX_UPLOAD_MB} MB; pick the id and text columns below.",
    )
    if upload is None:
        return [], []
    data = upload.getvalue()
    try:
        columns = csv_header(data, upload.name)
    except SkillgapError as e:
        return [], [explain(e)]
    c1, c2 = st.columns(2)
    text_default = guess_column(columns, ("description", "text", "posting", "body", "job_description"))
    text_col = c1.selectbox(
        "Text column",
        columns,
        index=text_default,
        key="csv_text_column",
        placeholder="Pick the column with the posting text",
    )
    id_options = [NO_ID, *columns]
    id_default = guess_column(columns, ("id", "job_id", "posting_id"))
    id_col = c2.selectbox(
        "Id column", id_options, index=(id_default + 1) if id_default is not None else 0, key="csv_id_column"
    )
    if text_col is None:
        return [], [f"{upload.name}: no column is called description or text; pick the column with the posting text."]
    try:
        rows = load_csv_rows(data, upload.name, None if id_col == NO_ID else id_col, text_col)
    except SkillgapError as e:
        return [], [explain(e)]
    st.caption(md_escape(f"{len(rows):,} rows in {upload.name}"))
    return rows, []


def analyze(rows: list[tuple], profile: Profile, nlp) -> Analysis:
    """The gap analysis of ``(id, text, error)`` rows: cached in chunks, with a progress bar for batches."""
    numbered = [(n, *row) for n, row in enumerate(rows, 1)]
    profile_key = json.dumps(profile.to_dict(), sort_keys=True, ensure_ascii=False)
    chunks = [tuple(numbered[i : i + BATCH_CHUNK]) for i in range(0, len(numbered), BATCH_CHUNK)]
    bar = st.progress(0.0, text=f"Analysing {len(rows):,} postings…") if len(rows) > BATCH_CHUNK else None
    postings: list[PostingGap] = []
    try:
        for chunk in chunks:
            postings.extend(posting_gaps(chunk, profile_key, profile, nlp))
            if bar is not None:
                bar.progress(len(postings) / len(rows), text=f"Analysed {len(postings):,} of {len(rows):,} postings")
    finally:
        if bar is not None:
            bar.empty()
    return Analysis(profile, postings, summarize(postings, profile, taxonomy_of(nlp)))


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def summary_ui(analysis: Analysis) -> None:
    s = analysis.summary
    cols = st.columns(4)
    cols[0].metric(
        "Overall coverage",
        percent(s.mean_coverage),
        help="Mean over postings of the weighted share of each posting's skills that you have "
        "(required 3, nice to have 2, mentioned 1).",
    )
    cols[1].metric("Postings analysed", f"{s.analysed:,} of {s.postings:,}")
    cols[2].metric("Skill gaps", f"{len(s.gaps):,}")
    cols[3].metric("Rows with errors", f"{s.errors:,}")


def coverage_ui(analysis: Analysis) -> None:
    st.subheader("Coverage per posting")
    per_posting = pd.DataFrame(
        [
            {
                "posting": p.id,
                "coverage": (p.coverage * 100) if p.coverage is not None else None,
                "you have": len(p.matched),
                "missing (required)": sum(1 for g in p.missing if g.requirement == "required"),
                "missing (other)": sum(1 for g in p.missing if g.requirement != "required"),
                "error": p.error or "",
            }
            for p in analysis.postings
        ]
    )
    st.dataframe(
        per_posting,
        hide_index=True,
        width="stretch",
        key="coverage_table",
        column_config={
            "coverage": st.column_config.ProgressColumn("coverage", format="%.0f%%", min_value=0, max_value=100)
        },
    )


def gaps_ui(analysis: Analysis) -> None:
    s = analysis.summary
    st.subheader("Your gaps, most important first")
    with st.container(key="top_gaps"):
        if not s.gaps:
            st.success("No gaps: you have every skill these postings ask for.")
            return
        top = ", ".join(f"**{md_escape(g.skill)}** ({g.postings}/{s.analysed})" for g in s.gaps[:6])
        st.markdown(f"Top gaps: {top}")
    names = {c.category: c.name for c in s.categories}
    frame = pd.DataFrame(
        [
            {
                "skill": g.skill,
                "category": names.get(g.category, g.category),
                "demand": g.share * 100,
                "required share": g.required_share * 100,
                "priority": g.priority,
                "postings": g.postings,
                "interview round": ", ".join(g.rounds),
            }
            for g in s.gaps
        ]
    )
    st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        key="gaps_table",
        column_config={
            "demand": st.column_config.NumberColumn(
                "demand", format="%.0f%%", help="Share of postings that ask for it"
            ),
            "required share": st.column_config.NumberColumn(format="%.0f%%", help="Share of postings that require it"),
            "priority": st.column_config.ProgressColumn(
                "priority", format="%.2f", min_value=0, max_value=1, help="demand × mean requirement weight / 3"
            ),
        },
    )


def rounds_ui(analysis: Analysis, shown: int = 12) -> None:
    """Which interview round each gap comes up in (the most important gaps first)."""
    rounds = analysis.summary.rounds
    if not rounds:
        return
    st.markdown("**Where your gaps come up in the interview**")
    lines = []
    for round_name, skills in rounds.items():
        more = f" and {len(skills) - shown} more" if len(skills) > shown else ""
        lines.append(f"- *{md_escape(round_name)}* ({len(skills)}): {md_escape(', '.join(skills[:shown]))}{more}")
    st.markdown("\n".join(lines))


def categories_ui(analysis: Analysis) -> None:
    s = analysis.summary
    if not s.categories:
        return
    st.subheader("Coverage by interview category")
    frame = pd.DataFrame(
        [
            {
                "category": c.name,
                "kind": c.kind,
                "coverage": round(c.coverage * 100),
                "skills asked": c.skills,
                "you have": c.known,
                "rounds": ", ".join(c.rounds),
            }
            for c in s.categories
        ]
    )
    # A plain Vega-Lite spec: Altair's schema validation costs ~0.1 s per rerun.
    spec = {
        "mark": {"type": "bar"},
        "height": {"step": 30},
        "encoding": {
            "y": {
                "field": "category",
                "type": "nominal",
                "sort": list(frame["category"]),
                "title": None,
                "axis": {"labelLimit": 320},
            },
            "x": {
                "field": "coverage",
                "type": "quantitative",
                "scale": {"domain": [0, 100]},
                "title": "coverage of the skills postings ask for (%)",
            },
            "color": {
                "field": "kind",
                "type": "nominal",
                "title": "kind",
                "scale": {"domain": ["foundation", "specialisation"], "range": ["#0072B2", "#E69F00"]},
            },
            "tooltip": [{"field": c} for c in frame.columns],
        },
    }
    st.vega_lite_chart(frame, spec, width="stretch", key="categories_chart")
    notes = []
    if s.depth:
        notes.append(f"Depth (the T's stem): {', '.join(s.depth)}.")
    if s.basics_missing:
        notes.append(f"Basics to shore up (the T's bar): {', '.join(s.basics_missing)}.")
    if notes:
        st.caption(md_escape(" ".join(notes)))


def postings_view_ui(analysis: Analysis) -> None:
    st.subheader("Postings, with the skills marked")
    ids = [p.id for p in analysis.postings]
    if not ids:
        return
    index = (
        st.selectbox("Posting", range(len(ids)), format_func=lambda i: ids[i], key="posting_view")
        if len(ids) > 1
        else 0
    )
    posting = analysis.postings[index or 0]
    if posting.error:
        st.error(md_escape(f"{posting.id}: {posting.error}"))
        return
    missing = {g.skill_id: g.requirement for g in posting.missing}
    highlights = posting_highlights(posting.mentions, [m.skill_id for m in posting.matched], missing)
    st.html(highlight_html(posting.text or "", highlights))
    if posting.other:
        st.caption(md_escape("Also asked for (not in the taxonomy): " + other_asks(posting.other)))


def batch_ui(analysis: Analysis) -> None:
    errors = [p for p in analysis.postings if p.error]
    if errors:
        with st.expander(f"{len(errors)} rows could not be analysed (the others were)", expanded=True):
            st.dataframe(
                pd.DataFrame([{"posting": p.id, "error": p.error} for p in errors]),
                hide_index=True,
                width="stretch",
                key="errors_table",
            )
    if len(analysis.postings) > 1:
        with st.expander("Demand: skills × postings"):
            st.dataframe(demand_table(analysis), width="stretch", key="demand_table")


def export_ui(analysis: Analysis) -> None:
    st.subheader("Export")
    cols = st.columns(len(REPORTS))
    for col, (fmt, (label, name, mime)) in zip(cols, REPORTS.items()):
        col.download_button(
            label,
            data=partial(render_report, analysis, fmt),
            file_name=name,
            mime=mime,
            key=f"download_{fmt}",
            on_click="ignore",
            icon=":material/download:",
        )


def explain(error: SkillgapError) -> str:
    """The library's message plus how to get past it here, as plain text (escape it to show it)."""
    if isinstance(error, ColumnNotFoundError):
        box = "Text column" if error.role == "text" else "Id column"
        return f"{error}; pick the column in the “{box}” box"
    if isinstance(error, MissingDependencyError):
        return f"{error}; ask whoever runs this dashboard to install {error.package}"
    if isinstance(error, ResumeWithoutTextError):
        return f"{error}, or type your skills in the box above"
    return str(error)


def main() -> None:
    st.set_page_config(page_title="skillgap", page_icon=":material/target:", layout="wide")
    st.title("skillgap")
    st.caption(
        "Paste ML job postings, say what you know, and see which skills you are missing, "
        "ranked by how often postings ask for them."
    )
    try:
        nlp = load_nlp()
    except SkillgapError as e:
        st.error(md_escape(f"The skill pipeline could not be loaded: {explain(e)}"))
        st.stop()
    # ``streamlit run dashboard.py -- --samples`` opens each new session on the bundled samples.
    first_sample_run = "--samples" in sys.argv[1:] and not st.session_state.get("samples_opened")
    if first_sample_run:
        st.session_state["samples_opened"] = True
        fill_samples()
    with st.sidebar:
        profile = skills_ui(nlp)
    rows, problems = postings_ui()
    for problem in problems:
        st.error(md_escape(problem))
    clicked = st.button("Analyze", key="analyze", type="primary", disabled=bool(problems))
    if clicked or (first_sample_run and not problems):
        if not rows:
            st.warning("Paste a posting (or upload a CSV) first.")
        elif profile is None:
            st.warning("Add your skills in the sidebar first.")
        else:
            started = time.perf_counter()
            try:
                st.session_state["analysis"] = analyze(rows, profile, nlp)
                st.session_state["analysis_seconds"] = time.perf_counter() - started
            except SkillgapError as e:
                st.error(md_escape(explain(e)))
    analysis: Analysis | None = st.session_state.get("analysis")
    if analysis is None:
        return
    st.divider()
    summary_ui(analysis)
    gaps_ui(analysis)
    categories_ui(analysis)
    rounds_ui(analysis)
    coverage_ui(analysis)
    batch_ui(analysis)
    postings_view_ui(analysis)
    export_ui(analysis)
    st.caption(f"Analysed in {st.session_state.get('analysis_seconds', 0):.2f} s.")


# Streamlit runs this file as ``__main__`` both under ``streamlit run`` and AppTest; a plain
# ``import dashboard`` (for its helpers) has no script context and draws nothing.
if get_script_run_ctx(suppress_warning=True) is not None:
    main()
