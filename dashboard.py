"""skillgap dashboard: paste job postings, say what you know, see the gaps and export them.

Run: ``streamlit run dashboard.py`` (add ``-- --samples`` to open on the bundled sample postings).
The script reads top to bottom: ``main()`` calls small ``*_ui()`` functions that draw widgets and
return their values; every computation is an ``analyzer`` library function (the same ones the CLI
uses): splitting pasted text and reading uploads (``analyzer.io.uploads`` / ``analyzer.io.postings``),
ranking and filtering gaps (``analyzer.gap.ranking``), years of experience (``analyzer.gap.experience``).
Widget keys are stable so tests and scripts can drive the app: ``postings_text``, ``user_skills``
and ``analyze`` among them. The page loads nothing from outside the machine (the favicon is
``data/favicon.png``; the browser test records every request).
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from itertools import islice
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from analyzer import analyze_postings
from analyzer.errors import ColumnNotFoundError, MissingDependencyError, ResumeWithoutTextError, SkillgapError
from analyzer.gap.analysis import BROAD_THRESHOLD, Analysis, summarize
from analyzer.gap.experience import experience_gaps, experience_summary
from analyzer.gap.market import MarketPosting, market_posting
from analyzer.gap.plan import DEFAULT_STEPS
from analyzer.gap.profile import (
    MAX_YEARS,
    SHOWN_UNRESOLVED,
    YEARS_FROM,
    YEARS_FROM_OWN_RESUME,
    Profile,
    years_alone_messages,
    years_source_note,
)
from analyzer.gap.ranking import BUSINESS, GROUPS, LEVEL_NAMES, TECHNICAL, by_importance, demand_cells, filter_gaps
from analyzer.io.highlight import gap_highlights, highlight_html
from analyzer.io.markdown import file_label, md_escape
from analyzer.io.postings import (
    COMPANY_COLUMNS,
    NUMBER_THE_ROWS,
    TITLE_COLUMNS,
    NameColumns,
    choose_posting_column,
    decode_bytes,
    guess_column,
    long_rows_warning,
    separator_note,
)
from analyzer.io.profiles import MAX_PROFILE_BYTES, profile_from_json
from analyzer.io.profiles import echo_text as shorten
from analyzer.io.reports import basics_to_broaden, no_gaps_message, other_asks, verdicts_markdown
from analyzer.io.resumes import MAX_PDF_PAGES, MAX_RESUME_BYTES
from analyzer.io.resumes import profile_from_resume as read_resume_profile
from analyzer.io.uploads import (
    MAX_UPLOAD_MB,
    SEPARATOR_HELP,
    UploadedBatch,
    UploadedRows,
    check_upload_size,
    columns_of_any,
    refuse_uploaded_twice,
    split_postings,
    unsplit_separators,
    upload_columns,
)
from analyzer.io.views import render_analysis_report
from analyzer.nlp.pipeline import default_pipeline, pipeline_taxonomy
from analyzer.plural import counted
from analyzer.records import NOT_IN_TAXONOMY, InputRow, PostingGap, is_unlisted
from analyzer.taxonomy import Taxonomy
from dashboard_views import views_ui

NO_COLUMN = "(none)"
NO_ID = "(number the rows)"
#: The column boxes' first choice when several files are uploaded: each file's own column, found as
#: ``skillgap analyze a.csv b.csv`` finds it (``description``, ``job_description`` …, ``id`` …).
EACH_FILE = "(as found in each file)"
MAX_UPLOAD_WARNINGS = 5
#: The profile table shows this many rows whole; a longer one scrolls in this many pixels.
RESOLVED_ROWS = 8
RESOLVED_HEIGHT = 320
#: The gap table's columns in pixels: together 1,100, within the ~1,120 px the page gives it at a
#: 1,280 px window, so "or instead" and "interview round" are in view without scrolling sideways.
GAP_COLUMNS = {
    "skill": 160,
    "category": 160,
    "demand": 70,
    "required share": 110,
    "priority": 110,
    "postings": 70,
    "choice met": 85,
    "or instead": 135,
    "interview round": 200,
}
#: The coverage table's columns in pixels: 1,110 with the "from" column of several files, likewise.
COVERAGE_COLUMNS = {
    "posting": 310,
    "from": 160,
    "coverage": 130,
    "you have": 75,
    "choice met": 85,
    "missing (required)": 125,
    "missing (other)": 115,
    "error": 110,
}
RESUME_MB = MAX_RESUME_BYTES // 1_048_576  # Streamlit's upload sizes are in MiB
PROFILE_MB = -(-MAX_PROFILE_BYTES // 1_048_576)  # 5: a few bytes over ours still get our message
COLUMN_BOXES = ("csv_text_column", "csv_id_column", "csv_title_column", "csv_company_column")
BATCH_CHUNK = 20  # postings per cached call; the progress bar moves between chunks
CACHED_BATCH = 500  # bigger batches are analysed without the per-chunk cache (it would hold a copy)
# A posting is ~3 KB on average in the project's corpus of real postings: the upload caption's estimate.
POSTING_BYTES = 3_200
# The formats the command line reads (a .gz is read by the name inside: "postings.csv.gz"), and .xlsx;
# .xls/.ods get "save it as CSV", not a refusal.
UPLOAD_TYPES = ["csv", "tsv", "gz", "jsonl", "ndjson", "json", "parquet", "xlsx", "xls", "ods"]
REPORTS = {  # format -> (button label, file name, MIME type)
    "html": ("HTML report", "skillgap-report.html", "text/html"),
    "md": ("Markdown", "skillgap-report.md", "text/markdown"),
    "csv": ("CSV", "skillgap-gaps.csv", "text/csv"),
    "json": ("JSON", "skillgap-report.json", "application/json"),
}
SAMPLES_DIR = Path(__file__).resolve().parent / "data" / "samples"
FAVICON = Path(__file__).resolve().parent / "data" / "favicon.png"


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
def profile_from_ids(ids: tuple[str, ...], years: tuple[tuple[str, float], ...], _nlp) -> Profile:
    return Profile.from_skill_ids(ids, taxonomy_of(_nlp), dict(years))


@st.cache_data(show_spinner="Reading your résumé…", max_entries=16)
def profile_from_resume(data: bytes, filename: str, _nlp) -> Profile:
    return read_resume_profile(data, filename, taxonomy_of(_nlp))


@st.cache_data(show_spinner=False, max_entries=256)
def posting_gaps(
    rows: tuple[InputRow, ...], profile_key: str, _profile: Profile, _nlp
) -> tuple[list[PostingGap], float, float]:
    """Gaps of rows against a profile, cached per input, with when they were computed (epoch
    seconds) and in how many seconds: a result older than the call came from the cache.

    ``profile_key`` (the profile's JSON) stands for ``_profile`` in the cache key.
    """
    started = time.perf_counter()
    postings = analyze_postings(rows, _profile, nlp=_nlp).postings
    return postings, time.time(), time.perf_counter() - started


# ---------------------------------------------------------------- plain helpers (no Streamlit)


def sample_postings() -> str:
    """The bundled sample postings, joined with separator lines, ready for the paste box."""
    with open(SAMPLES_DIR / "postings.csv", encoding="utf-8", newline="") as f:
        return "\n\n===\n\n".join(r["description"].strip() for r in csv.DictReader(f))


def sample_skills() -> str:
    return (SAMPLES_DIR / "skills.txt").read_text(encoding="utf-8").strip()


def fingerprint(*parts: object) -> str:
    """A short digest of what an analysis is computed from (rows and profile), to tell when it is stale."""
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        digest.update(part if isinstance(part, bytes) else repr(part).encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


# ---------------------------------------------------------------- UI pieces


#: What Analyze says with nothing to analyse. In "File upload", the uploader itself refuses a file
#: over the upload limit ("File must be 50.0MB or smaller"), so the app never sees it: without a
#: word on that, "paste a posting (or upload a file) first" told a user who had just uploaded one
#: to upload one.
NO_POSTINGS = "Paste a posting (or upload a file) first."
NO_UPLOAD = (
    f"Upload a file first. A file over {MAX_UPLOAD_MB} MB is refused by the uploader (its message shows "
    "under the file's name): run `skillgap analyze` on it instead."
)


def fill_samples() -> None:
    """Callback of "Try the samples": load the sample postings (and a sample profile if none is typed,
    picked or uploaded)."""
    st.session_state["postings_text"] = sample_postings()
    st.session_state["postings_source"] = "Paste"
    own = any(st.session_state.get(key) for key in ("skills_picked", "resume_file", "profile_file"))
    if not own and not st.session_state.get("user_skills", "").strip():
        st.session_state["user_skills"] = sample_skills()


#: What a résumé or saved profile uploaded over the sample skills says (the file it came in).
SAMPLES_REPLACED = (
    "The sample skills that **Try the samples** filled in were cleared: your {what} is your profile now. "
    "Type or pick skills above to add to it."
)


def drop_sample_skills(key: str) -> None:
    """Callback of the résumé and profile uploaders: a file of the user's own replaces the sample
    profile that "Try the samples" (or ``--samples``) typed in, rather than merging with it — the
    sample's skills would be credited to them without a word. Skills they typed are kept."""
    if st.session_state.get(key) is not None and st.session_state.get("user_skills", "").strip() == sample_skills():
        st.session_state["user_skills"] = ""
        st.session_state["samples_replaced_by"] = key


def skills_ui(nlp) -> Profile | None:
    """Pick skills, type them (with years), upload a résumé or a saved profile. Returns the merged profile."""
    taxonomy = taxonomy_of(nlp)
    st.subheader("Your skills")
    names = {sid: s.name for sid, s in taxonomy.skills.items()}
    picked = st.multiselect(
        "Pick from the taxonomy",
        options=sorted(names, key=lambda i: names[i].lower()),
        format_func=lambda sid: names.get(sid, sid),
        key="skills_picked",
        placeholder="Search skills…",
        help="Give the years you have of each under “Years with the picked skills”, once picked.",
    )
    picked_years = picked_years_ui(picked, names)
    typed = st.text_area(
        "…or type them, with years if you like (comma or one per line)",
        key="user_skills",
        height=120,
        placeholder="Python 5y, SQL: 3 years, scikit-learn, statistics, Docker",
        help="Years of experience are read from entries like “python 5y”, “Python: 5 years”, "
        "“5+ years SQL”, “Docker 6 months”; postings that ask for more years of a skill are listed as experience gaps.",
    )
    with st.expander("Upload a résumé or a saved profile"):
        # Each uploader states its own file's limit (the widget's "… MB per file" line), not the
        # postings upload's 50 MB: a 20 MB résumé would be taken in and then refused.
        resume = st.file_uploader(
            "Résumé (.txt, .md, .pdf, .docx)",
            type=["txt", "md", "pdf", "docx"],
            key="resume_file",
            help=f"Up to {RESUME_MB} MB; of a PDF, the first {MAX_PDF_PAGES} pages are read. A skill's years "
            "are those you state for it (“Python (5 years)”), else those of the dated roles that name it "
            "(“Acme, Mar 2020 – Present”).",
            max_upload_size=RESUME_MB,
            on_change=drop_sample_skills,
            args=("resume_file",),
        )
        saved = st.file_uploader(
            "A saved profile (.json)",
            type=["json"],
            key="profile_file",
            help="A profile saved here or with `skillgap analyze --save-profile`.",
            max_upload_size=PROFILE_MB,
            on_change=drop_sample_skills,
            args=("profile_file",),
        )
    replaced_by = st.session_state.get("samples_replaced_by")
    if replaced_by is not None and st.session_state.get(replaced_by) is not None:
        st.info(SAMPLES_REPLACED.format(what="résumé" if replaced_by == "resume_file" else "saved profile"))

    # Each source on its own: a résumé that cannot be read says so, and the saved profile beside it
    # is still read (one error used to end the reading, the later sources left out unsaid).
    sources: list[Callable[[], Profile]] = []
    if picked:
        sources.append(lambda: profile_from_ids(tuple(picked), tuple(picked_years.items()), nlp))
    if typed.strip():
        sources.append(lambda: profile_from_text(typed, nlp))
    if resume is not None:
        sources.append(partial(resume_profile, resume.getvalue(), file_label(resume.name), nlp))
    if saved is not None:
        sources.append(partial(saved_profile, saved.getvalue(), file_label(saved.name), taxonomy))
    parts: list[Profile] = []
    for source in sources:
        try:
            parts.append(source())
        except SkillgapError as e:
            st.error(md_escape(explain(e)))
    if not parts:
        st.caption("Add at least one skill, or press **Try the samples**.")
        return None
    profile = parts[0]
    for other in parts[1:]:
        profile = profile.merge(other)
    for warning in profile.warnings:  # years of a saved profile that were ignored, and why
        st.warning(md_escape(warning))
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


def resume_profile(data: bytes, name: str, nlp) -> Profile:
    """The profile an uploaded résumé gives (SkillgapError saying why when it cannot be read)."""
    check_upload_size(data, name)
    return profile_from_resume(data, name, nlp)


def saved_profile(data: bytes, name: str, taxonomy: Taxonomy) -> Profile:
    """The profile an uploaded saved profile holds (SkillgapError saying why when it cannot be read)."""
    check_upload_size(data, name)
    return profile_from_json(decode_bytes(data, name), name, taxonomy)


def picked_years_ui(picked: list[str], names: dict[str, str]) -> dict[str, float]:
    """The years given with each picked skill (id -> years; none left empty), as a typed entry
    gives them ("Python 5 years"): one box per picked skill, kept by the skill's id."""
    if not picked:
        return {}
    years: dict[str, float] = {}
    with st.expander("Years with the picked skills (optional)", expanded=True):
        cols = st.columns(2)
        for i, sid in enumerate(picked):
            given = cols[i % 2].number_input(
                md_escape(names.get(sid, sid)),
                min_value=0.0,
                max_value=float(MAX_YEARS),
                step=0.5,
                value=None,
                format="%g",
                placeholder="years",
                key=f"picked_years_{sid}",
            )
            if given:
                years[sid] = float(given)
    return years


def describe_resolution(s, names: dict[str, str] | None = None) -> str:
    """How one profile skill was found, and where its years came from when elsewhere, in plain words.
    ``names``: the profile's skill names by id, so that a credit names the skill that gives it
    ("you have Python"), not what was typed for it ("pyhton")."""
    wordings = YEARS_FROM_OWN_RESUME if s.how == "resume" else YEARS_FROM  # not "your résumé" twice
    years = f"; years {wordings[s.years_from]}" if years_source_note(s, s.years_from) else ""
    if s.how == "implied":
        return f"credited: you have {(names or {}).get(s.via or '', s.input)}" + years
    if s.how == "fuzzy":
        return f"close spelling of “{s.input}” ({s.confidence:.0%} sure)" + years
    if s.how == "picked":
        return "picked from the list" + years
    written = f"as “{s.input}”" if s.input.strip().lower() != s.skill.lower() else ""
    if s.how == "resume":
        return "from your résumé" + (f", {written}" if written else "") + years
    return (written or ("typed" if years else "as typed")) + years


def distinct_skills(profile: Profile) -> int:
    """The skills a profile holds directly (not credited), each once however many entries name it."""
    return len({s.skill_id for s in profile.skills if s.how != "implied"})


def resolution_ui(profile: Profile) -> None:
    """What each typed skill resolved to, in words: as typed, a close spelling, credited, or not found."""
    direct = [s for s in profile.skills if s.how != "implied"]
    # "PyTorch, pytorh" lists both entries but is one skill, and not one from a close spelling
    close = len({s.skill_id for s in direct if s.how == "fuzzy"} - {s.skill_id for s in direct if s.how != "fuzzy"})
    credited = len(profile.skills) - len(direct)
    names = {s.skill_id: s.skill for s in direct}  # a credit names the skill that gives it
    words = [f"{counted(distinct_skills(profile), 'skill')} recognised"]
    if close:
        words.append(f"{close} of them from a close spelling")
    if credited:
        # The example is the user's own first credit, not a fixed one they may not have.
        first = next(s for s in profile.skills if s.how == "implied")
        example = f" ({names.get(first.via or '', first.input)} → {first.skill})"
        words.append(f"{credited} more credited because a skill you have includes them{example}")
    st.caption("; ".join(words) + "." if profile.skills else "No skills recognised yet.")
    with_years = any(s.years for s in profile.skills)  # the column only when some years were given
    rows = [
        {
            "skill": md_escape(s.skill),
            **({"years": f"{s.years:g}" if s.years else ""} if with_years else {}),
            "found how": md_escape(describe_resolution(s, names)),
        }
        for s in sorted(profile.skills, key=lambda s: s.how == "implied")
    ]
    if rows:
        # A static table: its cells wrap, so every reason reads whole in the ~430 px of the skills
        # column at 1,280 px (a data grid cut them short); its cells are Markdown, hence escaped.
        with st.container(key="resolved_table"):
            st.table(
                pd.DataFrame(rows),
                hide_index=True,
                border="horizontal",
                height="content" if len(rows) <= RESOLVED_ROWS else RESOLVED_HEIGHT,
            )
    if profile.degrees:  # education is held against each posting's degree requirement, not as a skill
        level_words = {"bachelor": "bachelor's", "master": "master's", "phd": "PhD"}
        degrees = ", ".join(level_words[d.level] + (f" in {d.field}" if d.field else "") for d in profile.degrees)
        st.caption(md_escape(f"Education: {degrees}"))
    # "Python, 5 years": the comma made the years an entry of their own; no skill, so not counted as one
    alone, unknown = profile.years_alone, profile.unknown_entries
    for said in years_alone_messages(alone):  # what the reports say too; past 20, how many more
        st.warning(md_escape(said))
    for u in unknown[:SHOWN_UNRESOLVED]:
        hint = f" Did you mean {md_escape(', '.join(u.suggestions))}?" if u.suggestions else ""
        st.warning(
            f"Not in the taxonomy: “{md_escape(shorten(u.input))}” counts only where a posting lists the same name.{hint}"
        )
    if len(unknown) > SHOWN_UNRESOLVED:
        st.caption(
            f"…and {counted(len(unknown) - SHOWN_UNRESOLVED, 'more entry', 'more entries')} not in the taxonomy "
            "(counted only where a posting lists the same name; the saved profile lists them all)."
        )


def postings_ui() -> tuple[Sequence[InputRow] | UploadedRows | UploadedBatch, list[str], str, str]:
    """Paste or upload postings. Returns ``(rows, problems, what, key)``: ``what`` says in words where
    the rows come from, ``key`` is a digest of them (to tell when results are stale)."""
    st.subheader("Job postings")
    source = st.radio(
        "Postings from", ["Paste", "File upload"], horizontal=True, key="postings_source", label_visibility="collapsed"
    )
    if source == "Paste":
        release_upload()
        left, right = st.columns([3, 1])
        with right:
            st.button(
                "Try the samples",
                key="try_samples",
                on_click=fill_samples,
                help="Load five sample postings from data/samples (and a sample profile).",
            )
        with left:
            st.caption(f"Paste one posting, or several separated by {SEPARATOR_HELP}.")
        text = st.text_area(
            "Posting text",
            key="postings_text",
            height=200,
            label_visibility="collapsed",
            placeholder="Paste a job posting here…",
        )
        rows = split_postings(text)
        if text.strip():
            st.caption(read_as(len(rows), unsplit_separators(text)))
        if long := long_rows_warning(rows):  # a whole page pasted in: read in pieces, as the CLI warns
            st.warning(md_escape(long))
        what = f"{counted(len(rows), 'pasted posting')}"
        return rows, [], what, fingerprint("paste", text)
    uploads = st.file_uploader(
        "Files with one posting per row: CSV (.csv, .csv.gz), JSON Lines (.jsonl, .json), Parquet or .xlsx",
        type=UPLOAD_TYPES,
        key="csv_file",
        accept_multiple_files=True,
        help=f"Up to {MAX_UPLOAD_MB} MB in all; several files (one per job board, a CSV and an .xlsx …) are "
        "analysed as one batch, as `skillgap analyze a.csv b.xlsx` reads them. Pick the columns below.",
    )
    st.caption(
        f"Up to {MAX_UPLOAD_MB} MB here, in one file or several (about "
        f"{MAX_UPLOAD_MB * 1_000_000 // POSTING_BYTES:,} postings). "
        "For more, or for reports on tens of thousands of postings, use the command line, which streams "
        'any size on every core: `skillgap analyze postings.csv --skills "python, sql" -o report.html`.'
    )
    if not uploads:
        return [], [], "", "no upload"
    # noted before any is read: a file refused below is let go of on the switch to Paste too
    st.session_state["upload_file_ids"] = tuple(u.file_id for u in uploads)
    if len(uploads) > 1:
        return batch_upload_ui(uploads)
    upload = uploads[0]
    data = upload.getvalue()
    upload_name = file_label(upload.name)
    columns, refused = file_columns(data, upload_name, upload.file_id)
    if refused is not None:
        return [], [refused], "", "bad upload"
    if st.session_state.get("csv_columns_of") != upload.file_id:
        # A new file starts from its own guesses: the boxes would otherwise keep the previous
        # file's choice (or its empty one) wherever that column name also exists here.
        for key in COLUMN_BOXES:
            st.session_state.pop(key, None)
        st.session_state["csv_columns_of"] = upload.file_id
    c1, c2, c3, c4 = st.columns(4)
    text_choice = choose_posting_column(columns, "text")  # as the command line guesses it
    text_col = c1.selectbox(
        "Text column",
        columns,
        index=text_choice.index,
        key="csv_text_column",
        placeholder="Pick the column with the posting text",
    )
    id_default = choose_posting_column(columns, "id").index
    id_col = c2.selectbox(
        "Id column", [NO_ID, *columns], index=(id_default + 1) if id_default is not None else 0, key="csv_id_column"
    )
    title_default = guess_column(columns, TITLE_COLUMNS)
    title_col = c3.selectbox(
        "Title column",
        [NO_COLUMN, *columns],
        index=(title_default + 1) if title_default is not None else 0,
        key="csv_title_column",
        help="Names the postings in tables, the posting view and the reports.",
    )
    company_default = guess_column(columns, COMPANY_COLUMNS)
    company_col = c4.selectbox(
        "Company column",
        [NO_COLUMN, *columns],
        index=(company_default + 1) if company_default is not None else 0,
        key="csv_company_column",
    )
    if text_col is None:
        return (
            [],
            [f"{text_choice.problem(upload_name) or upload_name}; pick the column with the posting text."],
            "",
            "",
        )
    choice = (upload.file_id, text_col, id_col, title_col, company_col)
    try:
        uploaded = load_rows(data, upload_name, choice)
    except SkillgapError as e:
        return [], [explain(e)], "", ""
    separated = f", {note}" if (note := separator_note(uploaded.delimiter)) else ""  # as the CLI says it
    st.caption(md_escape(f"{counted(len(uploaded), 'row')} in {upload_name}{separated}"))
    upload_warnings_ui(uploaded.warnings)  # as the command line warns (duplicate ids, rows without one …)
    return (
        uploaded,
        [],
        f"{upload_name} ({counted(len(uploaded), 'row')}, text column “{text_col}”)",
        fingerprint("upload", *choice),
    )


def release_upload() -> None:
    """The paste box is in use: let go of the last upload's bytes (up to 50 MB) — the rows read
    again from them, the results' way back to them, and Streamlit's own copy of the files, which
    the uploader, no longer drawn, would keep until the session ends (only its ✕ removes them; a
    new visit to "File upload" starts empty anyway). The results shown stay, marked out of date."""
    file_ids = st.session_state.pop("upload_file_ids", ())
    for key in ("csv_columns_of", "upload_rows", "upload_batch_columns", "upload_file_columns"):
        st.session_state.pop(key, None)
    if isinstance(st.session_state.get("analysis_rows"), (UploadedRows, UploadedBatch)):
        st.session_state["analysis_rows"] = None  # a big batch's posting view says its text went with it
    ctx = get_script_run_ctx()
    remove = getattr(getattr(ctx, "uploaded_file_mgr", None), "remove_file", None)  # the in-memory store has it
    if ctx is None or remove is None or not file_ids:
        return
    for file_id in file_ids:
        remove(session_id=ctx.session_id, file_id=file_id)


def read_as(postings: int, stray: list[int]) -> str:
    """How many postings the paste box reads, said before Analyze; and, when a line of === did not
    split (no blank line under it), where it is and why: otherwise two postings were analysed as one."""
    said = f"Read as {counted(postings, 'posting')}."
    if stray:
        where = ", ".join(str(n) for n in stray[:3]) + (" …" if len(stray) > 3 else "")
        said += (
            f" The === on line{'s' if len(stray) > 1 else ''} {where} did not split postings: "
            f"a separator needs a blank line above and below."
        )
    return said


def batch_upload_ui(uploads) -> tuple[UploadedBatch | list, list[str], str, str]:
    """Several uploaded files, analysed as one batch (:class:`~analyzer.io.uploads.UploadedBatch`,
    as ``skillgap analyze a.csv b.csv`` reads them): each file's columns are found on its own unless
    a box names one; a file that cannot be read is named here and is one error row of the results,
    the others are analysed. The same file uploaded twice is refused."""
    files = [(file_label(u.name), u.getvalue()) for u in uploads]
    file_ids = tuple(u.file_id for u in uploads)
    if st.session_state.get("csv_columns_of") != file_ids:
        for key in COLUMN_BOXES:  # new files start from their own guesses, as one new file does
            st.session_state.pop(key, None)
        st.session_state["csv_columns_of"] = file_ids
    refused, columns = batch_columns(files, file_ids)
    if refused:
        return [], [refused], "", "bad upload"
    c1, c2, c3, c4 = st.columns(4)
    text_col = c1.selectbox("Text column", [EACH_FILE, *columns], key="csv_text_column")
    id_col = c2.selectbox("Id column", [EACH_FILE, NO_ID, *columns], key="csv_id_column")
    title_col = c3.selectbox(
        "Title column",
        [EACH_FILE, *columns],
        key="csv_title_column",
        help="Names the postings in tables, the posting view and the reports.",
    )
    company_col = c4.selectbox("Company column", [EACH_FILE, *columns], key="csv_company_column")
    choice = (file_ids, text_col, id_col, title_col, company_col)
    try:
        batch = load_batch(files, choice)
    except SkillgapError as e:
        return [], [explain(e)], "", "bad upload"
    each = "; ".join(
        f"{name}: could not be read"
        if why
        else ", ".join(
            filter(
                None, [f"{name}: {counted(batch.rows_by_file[name], 'row')}", separator_note(batch.delimiters[name])]
            )
        )
        for name, _, why in batch.files
    )
    # the rows the files hold: a file that could not be read is named, not counted as a row
    read = sum(batch.rows_by_file.values())
    st.caption(md_escape(f"{counted(read, 'row')} in {len(batch.files)} files ({each})"))
    if len(batch.failed) == len(batch.files):
        return [], [explain_file(why) for why in batch.failed.values()], "", "bad upload"
    with st.container(key="upload_file_errors"):
        for why in batch.failed.values():  # named; its one row is an error row of the results
            st.error(md_escape(explain_file(why) + " (the other files are analysed)"))
    upload_warnings_ui(batch.warnings)
    names = ", ".join(name for name, _, _ in batch.files)
    return (
        batch,
        [],
        f"{len(batch.files)} files ({counted(len(batch), 'row')}: {names})",
        fingerprint("upload", *choice),
    )


def batch_columns(files: list[tuple[str, bytes]], file_ids: tuple) -> tuple[str | None, list[str]]:
    """Why the files are refused (one uploaded twice), else every column of the readable ones in
    the order first seen; worked out once per set of files (not on every rerun)."""
    held = st.session_state.get("upload_batch_columns")
    if held is not None and held[0] == file_ids:
        return held[1], held[2]
    refused, columns = None, []
    try:
        refuse_uploaded_twice(files)
    except SkillgapError as e:
        refused = explain(e)
    if refused is None:
        columns = columns_of_any(files)
    st.session_state["upload_batch_columns"] = (file_ids, refused, columns)
    return refused, columns


def file_columns(data: bytes, name: str, file_id: str) -> tuple[list[str], str | None]:
    """The columns of one uploaded file, or why it is refused; read once per file (not on every
    rerun: a ``.gz`` upload was unpacked whole each time to check its size), as :func:`batch_columns`."""
    held = st.session_state.get("upload_file_columns")
    if held is not None and held[0] == file_id:
        return held[1], held[2]
    columns: list[str] = []
    refused = None
    try:
        columns = upload_columns(data, name)
    except SkillgapError as e:
        refused = explain(e)
    st.session_state["upload_file_columns"] = (file_id, columns, refused)
    return columns, refused


def explain_file(why: str) -> str:
    """Why an uploaded file of several could not be read, with how to get past it here."""
    if "column" in why:  # no text column, or one picked in a box that this file lacks
        return f"{why}; pick its column in the boxes above, or remove the file"
    return why


def upload_warnings_ui(warnings: list[str]) -> None:
    """What the command line warns about (duplicate ids, rows without one …), never a flood."""
    if warnings:
        with st.container(key="upload_warnings"):
            for warning in warnings[:MAX_UPLOAD_WARNINGS]:
                st.warning(md_escape(warning))
            if len(warnings) > MAX_UPLOAD_WARNINGS:
                st.caption(f"…and {len(warnings) - MAX_UPLOAD_WARNINGS:,} more like these.")


def load_batch(files: list[tuple[str, bytes]], choice: tuple) -> UploadedBatch:
    """The rows of several uploads (read from their bytes when used), counted once per files and choice."""
    held = st.session_state.get("upload_rows")
    if held is not None and held[0] == choice:
        return held[1]
    _file_ids, text_col, id_col, title_col, company_col = choice

    def named(value: str) -> str | None:
        return None if value == EACH_FILE else value

    id_column = NUMBER_THE_ROWS if id_col == NO_ID else named(id_col)
    batch = UploadedBatch(files, id_column, named(text_col), NameColumns(named(title_col), named(company_col)))
    st.session_state["upload_rows"] = (choice, batch)
    return batch


def load_rows(data: bytes, name: str, choice: tuple) -> UploadedRows:
    """The rows of an upload (read from its bytes when used), counted once per file and choice of columns."""
    held = st.session_state.get("upload_rows")
    if held is not None and held[0] == choice:
        return held[1]
    _file_id, text_col, id_col, title_col, company_col = choice
    names = NameColumns(
        None if title_col == NO_COLUMN else title_col, None if company_col == NO_COLUMN else company_col
    )
    rows = UploadedRows(data, name, NUMBER_THE_ROWS if id_col == NO_ID else id_col, text_col, names)
    st.session_state["upload_rows"] = (choice, rows)
    return rows


def analyze(
    rows: Sequence[InputRow] | UploadedRows | UploadedBatch, profile: Profile, nlp, reused: Reuse | None = None
) -> tuple[Analysis, list[MarketPosting]]:
    """The gap analysis of the rows: cached in chunks (small inputs), with a progress bar for batches;
    with it, what the Market tab counts of each posting (its skills at their strongest levels).

    A big batch keeps each posting's gaps and evidence sentences but not its text and raw
    mentions (memory); :func:`full_posting` reads one back when the posting view shows it. The
    market counts are taken before, so that the Market tab counts a big batch as the CLI does.
    ``reused`` is told which postings came from the cache, and when and how fast they were computed."""
    called = time.time()
    profile_key = json.dumps(profile.to_dict(), sort_keys=True, ensure_ascii=False)
    bar = st.progress(0.0, text=f"Analysing {len(rows):,} postings…") if len(rows) > BATCH_CHUNK else None
    big = len(rows) > CACHED_BATCH
    postings: list[PostingGap] = []
    market: list[MarketPosting] = []
    source = iter(rows)
    try:
        while chunk := tuple(islice(source, BATCH_CHUNK)):
            if not big:
                gaps, computed_at, seconds = posting_gaps(chunk, profile_key, profile, nlp)
                if reused is not None and computed_at < called:
                    reused.add(len(gaps), computed_at, seconds)
            else:
                gaps = analyze_postings(chunk, profile, nlp=nlp).postings
            for gap in gaps:
                failure = f"{gap.id} ({gap.error})" if gap.error is not None else None
                market.append(market_posting(gap.mentions, error=gap.error is not None, failure=failure))
                if big:
                    gap.text, gap.mentions = None, []
                postings.append(gap)
            if bar is not None:
                bar.progress(len(postings) / len(rows), text=f"Analysed {len(postings):,} of {len(rows):,} postings")
    finally:
        if bar is not None:
            bar.empty()
    return Analysis(profile, postings, summarize(postings, profile, taxonomy_of(nlp))), market


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


class Reuse:
    """How many postings of an analysis came from the cache, and when and in how long the
    earliest of them were computed."""

    def __init__(self) -> None:
        self.postings = 0
        self.computed_at: float | None = None
        self.seconds = 0.0

    def add(self, postings: int, computed_at: float, seconds: float) -> None:
        self.postings += postings
        self.computed_at = computed_at if self.computed_at is None else min(self.computed_at, computed_at)
        self.seconds += seconds


def clock(epoch_seconds: float) -> str:
    return datetime.fromtimestamp(epoch_seconds, UTC).strftime("%H:%M:%S UTC")


def took(seconds: float) -> str:
    """How long a computation took: "1.18 s"; "under 0.01 s" for a few milliseconds, not "0.00 s"."""
    return "under 0.01 s" if seconds < 0.005 else f"{seconds:.2f} s"


def provenance_text(made: dict) -> str:
    """What the results were computed from, when and how fast; results the cache gave back say so,
    with when they were first computed (their time then), instead of the lookup's near-zero time.
    Results another session computed (the cache is the server's: a fresh ``--samples`` visit, a
    reloaded page) are no "again" to this visitor, and that session's clock time is not shown."""
    source = f"{made.get('postings', '?')} and {made.get('skills', '?')}"
    total, reused = made.get("total", 0), made.get("reused", 0)
    if not reused:
        return f"Computed from {source}, at {made.get('when', '?')} in {took(made.get('seconds', 0))}."
    if made["reused_at"] < made.get("session_started", 0):  # computed before this visit began
        if reused >= total:
            return (
                f"Computed from {source}, at {made.get('when', '?')}: ready at once, as the same postings and "
                f"skills had been analysed on this server before (in {took(made.get('reused_seconds', 0))})."
            )
        return (
            f"Computed from {source}, at {made.get('when', '?')} in {took(made.get('seconds', 0))}; "
            f"{reused:,} of the {counted(total, 'posting')} ready at once, analysed with the same skills on "
            "this server before."
        )
    earlier = f"at {clock(made['reused_at'])} in {took(made.get('reused_seconds', 0))}"
    if reused >= total:
        return f"Computed from {source} earlier ({earlier}), shown again from the cache at {made.get('when', '?')}."
    return (
        f"Computed from {source}, at {made.get('when', '?')} in {took(made.get('seconds', 0))}; "
        f"{reused:,} of the {counted(total, 'posting')} reused from results computed earlier ({earlier})."
    )


def provenance_ui(current_key: str) -> None:
    """What the results were computed from, and a marker when the inputs have changed since."""
    made = st.session_state.get("analysis_made", {})
    st.caption(md_escape(provenance_text(made)))
    if made.get("key") != current_key:
        with st.container(key="stale_marker"):
            st.warning(
                "Out of date: your skills or the postings have changed since these results were computed. "
                "Press **Analyze** to update them.",
                icon=":material/update:",
            )


def summary_ui(analysis: Analysis, from_file: bool = False) -> None:
    """The headline numbers; rows that could not be read only for a file (pasted postings have no
    rows: one that could not be read is named in the table of postings)."""
    s = analysis.summary
    cols = st.columns(4 if from_file else 3)
    cols[0].metric(
        "Overall coverage",
        percent(s.mean_coverage),
        help="Mean over postings of the weighted share of each posting's skills that you have "
        "(required 3, nice to have 2, mentioned 1).",
    )
    cols[1].metric("Postings analysed", f"{s.analysed:,} of {s.postings:,}")
    cols[2].metric("Skill gaps", f"{len(s.gaps):,}")
    if from_file:
        cols[3].metric("Rows with errors", f"{s.errors:,}")


def coverage_ui(analysis: Analysis) -> None:
    st.subheader("Coverage per posting")
    sources = any(p.source is not None for p in analysis.postings)  # several files: each row's origin
    per_posting = pd.DataFrame(
        [
            {
                "posting": p.name,
                **({"from": p.origin or ""} if sources else {}),
                "coverage": (p.coverage * 100) if p.coverage is not None else None,
                "you have": len(p.matched),
                "choice met": len(p.choices_met),
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
        # pixel widths (COVERAGE_COLUMNS) that fit 1,280 px with the "from" column of several files
        # too: "error" was pushed out of view, the column that says which rows failed
        column_config={
            "posting": st.column_config.TextColumn("posting", width=COVERAGE_COLUMNS["posting"]),
            "from": st.column_config.TextColumn(
                "from", help="The file and its row (several files uploaded)", width=COVERAGE_COLUMNS["from"]
            ),
            "coverage": st.column_config.ProgressColumn(
                "coverage", format="%.0f%%", min_value=0, max_value=100, width=COVERAGE_COLUMNS["coverage"]
            ),
            **{
                name: st.column_config.Column(name, width=COVERAGE_COLUMNS[name])
                for name in ("you have", "choice met", "missing (required)", "missing (other)", "error")
            },
        },
    )


def ranking_filters_ui(analysis: Analysis) -> tuple[set[str] | None, set[str] | None, set[str] | None]:
    """The filters over the gap list: technical / business and communication, level, category."""
    s = analysis.summary
    c1, c2, c3 = st.columns([2, 3, 3])  # "Asked as" holds its three chips whole at 1,280 px
    shown = c1.radio(
        "Show",
        ["Technical", "Business and communication", "All"],
        key="gaps_group",
        horizontal=False,
        help="Business and communication: the taxonomy's “Business sense and communication” category "
        "(communication, collaboration, stakeholders …). Everything else is technical.",
    )
    groups = {"Technical": {TECHNICAL}, "Business and communication": {BUSINESS}, "All": set(GROUPS)}[shown]
    levels = c2.multiselect(
        "Asked as",
        list(LEVEL_NAMES),
        default=list(LEVEL_NAMES),
        format_func=lambda level: LEVEL_NAMES[level],
        key="gaps_levels",
        help="Keep the gaps that at least one posting where you miss them asks for at one of these levels.",
    )
    names = {c.category: c.name for c in s.categories}
    categories = c3.multiselect(
        "Categories",
        sorted({g.category for g in s.gaps}, key=lambda c: names.get(c, c)),
        format_func=lambda c: names.get(c, c),
        key="gaps_categories",
        placeholder="All categories",
    )
    return groups, set(levels), set(categories) or None


def ranked_gaps(analysis: Analysis, groups, levels, categories) -> list:
    """The gap list in the order shown: priority over many postings; with one posting, by requirement
    level then where the posting names the skill."""
    gaps = filter_gaps(analysis.summary.gaps, groups=groups, levels=levels, categories=categories)
    analysed = [p for p in analysis.postings if p.error is None]
    if len(analysed) == 1:
        order = {g.skill_id: i for i, g in enumerate(by_importance(analysed[0].missing))}
        gaps.sort(key=lambda g: order.get(g.skill_id, len(order)))
    return gaps


def other_options(analysis: Analysis) -> dict[str, tuple[list[str], int]]:
    """For each gap some posting asks for as one option of a choice it leaves open ("Scala or Java"),
    the other options that meet that ask, by name, across postings, and in how many postings it is
    such an option: "Scala or Java" is one gap to close, not two."""
    others: dict[str, dict[str, None]] = {}
    count: dict[str, int] = {}
    for posting in analysis.postings:
        if not posting.choice_of:
            continue
        missing = {g.skill_id: g.skill for g in posting.missing}
        for sid, choice in posting.choice_of.items():
            names = [n for n in choice.names if n != missing.get(sid)]
            if names:
                others.setdefault(sid, {}).update(dict.fromkeys(names))
                count[sid] = count.get(sid, 0) + 1
    return {sid: (list(names), count[sid]) for sid, names in others.items()}


def instead(g, options: dict[str, tuple[list[str], int]], top: bool = False) -> str:
    """The options that would do instead of gap ``g``, and in how many of the postings asking for it
    when not in all ("TensorFlow (in 1 of 2)"; in the top-gaps line "or TensorFlow in 1"). Plain text."""
    if g.skill_id not in options:
        return ""
    names, n = options[g.skill_id]
    asking = g.open_postings  # the postings where it is an open ask
    if top:
        return f", or {', '.join(names)}" + (f" in {n}" if n < asking else "")
    return ", ".join(names) + (f" (in {n} of {asking})" if n < asking else "")


def gaps_ui(analysis: Analysis) -> None:
    s = analysis.summary
    st.subheader("Your gaps, most important first")
    if not s.gaps:
        with st.container(key="top_gaps"):
            if s.analysed and s.demand:
                st.success(no_gaps_message(s))
            elif s.analysed:
                st.info(no_gaps_message(s))
            else:
                st.warning(f"{no_gaps_message(s)} Each posting's error is listed under “Coverage per posting”.")
        experience_ui(analysis)  # every skill held can still be held for fewer years than asked
        return
    groups, levels, categories = ranking_filters_ui(analysis)
    gaps = ranked_gaps(analysis, groups, levels, categories)
    shown_ids = {g.skill_id for g in gaps}
    hidden = [g for g in filter_gaps(s.gaps, levels=levels, categories=categories) if g.skill_id not in shown_ids]
    options = other_options(analysis)
    with st.container(key="top_gaps"):
        if gaps:
            top = ", ".join(
                f"**{md_escape(g.skill)}** ({g.open_postings}/{s.analysed}"
                + md_escape(instead(g, options, top=True))
                + ")"
                for g in gaps[:6]
            )
            st.markdown(f"Top gaps: {top}")
        else:
            st.info("No gaps match these filters.")
        if hidden:
            st.caption(
                md_escape(
                    f"{len(hidden)} more not shown by “Show”: "
                    + ", ".join(g.skill for g in hidden[:6])
                    + (" …" if len(hidden) > 6 else "")
                )
            )
    names = {c.category: c.name for c in s.categories}
    frame = pd.DataFrame(
        [
            {
                "skill": g.skill if g.known or not is_unlisted(g.skill_id) else f"{g.skill} ({NOT_IN_TAXONOMY})",
                "category": names.get(g.category, g.category),
                # where it is missing, as the reports' "Missing in" / "Required in" / "Choice met in"
                "demand": g.open_postings / s.analysed * 100,
                "required share": g.open_required / s.analysed * 100,
                "priority": g.priority,
                "postings": g.open_postings,
                "choice met": g.choice_met,
                "or instead": instead(g, options),
                # the heading says "round": "Machine learning and maths", not "… maths round"
                "interview round": ", ".join(r.removesuffix(" round") for r in g.rounds),
            }
            for g in gaps
        ],
        columns=[
            "skill",
            "category",
            "demand",
            "required share",
            "priority",
            "postings",
            "choice met",
            "or instead",
            "interview round",
        ],
    )
    st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        key="gaps_table",
        # Widths in pixels (GAP_COLUMNS) that add up to the ~1,120 px of the page at 1,280: with
        # "medium" and "large" the table was 1,575 px wide and its last columns scrolled out of view.
        column_config={
            "skill": st.column_config.TextColumn("skill", width=GAP_COLUMNS["skill"], pinned=True),
            "category": st.column_config.TextColumn("category", width=GAP_COLUMNS["category"]),
            "demand": st.column_config.NumberColumn(
                "demand", format="%.0f%%", help="Share of postings where it is missing", width=GAP_COLUMNS["demand"]
            ),
            "required share": st.column_config.NumberColumn(
                format="%.0f%%",
                help="Share of postings that require it and where it is missing",
                width=GAP_COLUMNS["required share"],
            ),
            "priority": st.column_config.ProgressColumn(
                "priority",
                format="%.2f",
                min_value=0,
                max_value=1,
                help="demand × mean requirement weight / 3",
                width=GAP_COLUMNS["priority"],
            ),
            "postings": st.column_config.NumberColumn(
                "postings", width=GAP_COLUMNS["postings"], help="Postings where it is missing"
            ),
            "choice met": st.column_config.NumberColumn(
                "choice met",
                width=GAP_COLUMNS["choice met"],
                help="Postings that offer it as one option of a choice you already meet with another: no gap there",
            ),
            "or instead": st.column_config.TextColumn(
                "or instead",
                width=GAP_COLUMNS["or instead"],
                help="A posting asks for one of these options: any of them meets that ask",
            ),
            "interview round": st.column_config.TextColumn(
                "interview round", width=GAP_COLUMNS["interview round"], help="Where it comes up in the interview"
            ),
        },
    )
    experience_ui(analysis)


def experience_ui(analysis: Analysis) -> None:
    """Skills you have, with fewer years than postings ask for (when you gave years)."""
    rows = experience_summary(analysis.postings, analysis.profile)
    if not rows:
        if any(s.years for s in analysis.profile.skills):
            st.caption("Experience: no posting asks more years of a skill than you gave.")
        return
    st.markdown("**Experience gaps** (skills you have, with fewer years than postings ask for)")
    sourced = any(d.have_from for d in rows)  # say where the years came from once any came from a résumé
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "skill": d.skill,
                    "postings": d.postings,
                    "most asked (years)": d.most_asked,
                    "you have": d.have,
                    **({"your years": YEARS_FROM.get(d.have_from or "", "")} if sourced else {}),
                }
                for d in rows
            ]
        ),
        hide_index=True,
        width="stretch",
        key="experience_table",
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
                "axis": {"labelLimit": 220},
            },
            "x": {
                "field": "coverage",
                "type": "quantitative",
                "scale": {"domain": [0, 100]},
                # Short, and the legend stacked above the bars: on a 390 px phone the long labels leave
                # the bars ~130 px, and a wider title or a one-row legend there was cut off.
                "title": "coverage (%)",
            },
            "color": {
                "field": "kind",
                "type": "nominal",
                "title": None,
                "scale": {"domain": ["foundation", "specialisation"], "range": ["#0072B2", "#E69F00"]},
                "legend": {"orient": "top", "direction": "vertical"},
            },
            "tooltip": [{"field": c} for c in frame.columns],
        },
    }
    st.vega_lite_chart(frame, spec, width="stretch", key="categories_chart")
    notes = []
    if s.depth:
        notes.append(f"Depth (the T's stem): {', '.join(s.depth)}.")
    if s.basics_missing:
        notes.append(
            f"Basics to broaden (the T's bar: foundations below {BROAD_THRESHOLD:.0%}), most asked of what you "
            f"lack first: {basics_to_broaden(s)}."
        )
    if notes:
        st.caption(md_escape(" ".join(notes)))


def full_posting(analysis: Analysis, index: int, nlp) -> PostingGap:
    """The posting at ``index`` with its text and mentions (a big batch keeps them only for the
    posting on view: it is read again from the upload and analysed again, cached)."""
    posting = analysis.postings[index]
    source = st.session_state.get("analysis_rows")
    if posting.text is not None or posting.error is not None or source is None:
        return posting
    profile_key = json.dumps(analysis.profile.to_dict(), sort_keys=True, ensure_ascii=False)
    row = source.row(index) if isinstance(source, (UploadedRows, UploadedBatch)) else source[index]
    return posting_gaps((row,), profile_key, analysis.profile, nlp)[0][0]


def posting_label(posting: PostingGap) -> str:
    """A posting as the selector names it: its name, and with several files its file and row."""
    return f"{posting.name} · {posting.origin}" if posting.origin else posting.name


def postings_view_ui(analysis: Analysis, nlp) -> None:
    st.subheader("Postings, with the skills marked")
    postings = analysis.postings
    if not postings:
        return
    # The key changes with every analysis: a new analysis starts on its first posting, and the
    # selector can never show a label of an earlier analysis.
    serial = st.session_state.get("analysis_serial", 0)
    index = (
        st.selectbox(
            "Posting",
            range(len(postings)),
            format_func=lambda i: posting_label(postings[i]),
            key=f"posting_view_{serial}",
        )
        if len(postings) > 1
        else 0
    )
    posting = full_posting(analysis, index or 0, nlp)
    with st.container(key="posting_title"):
        st.markdown(
            f"**{md_escape(posting.name)}** · "
            + md_escape((f"{posting.origin} · " if posting.origin else "") + f"coverage {percent(posting.coverage)}")
        )
    if posting.error:
        st.error(md_escape(f"{posting.name}: {posting.error}"))
        return
    for gap in experience_gaps(posting, analysis.profile):
        st.caption(md_escape("Experience: " + gap.describe()))
    if posting.text is None:  # a big batch's text, read back from an upload let go of (release_upload)
        st.info(
            "This posting's text went with its file when you switched to Paste, so it cannot be marked "
            "here; its verdicts follow. Upload the file again and press **Analyze** to see it."
        )
    else:
        st.html(highlight_html(posting.text, gap_highlights(posting)))
    verdicts = verdicts_markdown(posting)
    if verdicts:  # the highlights' reasons in words, for screens without a pointer to hover with
        with st.container(key="posting_verdicts"):
            st.markdown(verdicts)
    if posting.education:
        st.markdown(
            "\n".join(
                f"- **Education** ({md_escape(e.ask.requirement)}): {md_escape(e.ask.text)} — "
                + {True: "met", False: "not met", None: "for you to judge"}[e.met]
                + f": {md_escape(e.reason)}"
                for e in posting.education
            )
        )
    if posting.other:
        st.caption(md_escape("Also asked for (not in the taxonomy): " + other_asks(posting.other)))


def batch_ui(analysis: Analysis) -> None:
    errors = [p for p in analysis.postings if p.error]
    if errors:
        title = f"{counted(len(errors), 'row')} could not be analysed"
        if len(errors) < len(analysis.postings):
            title += " (the others were)"
        with st.expander(title, expanded=True):
            st.dataframe(
                pd.DataFrame(
                    [{"posting": p.name, **({"from": p.origin} if p.origin else {}), "error": p.error} for p in errors]
                ),
                hide_index=True,
                width="stretch",
                key="errors_table",
            )
    if len(analysis.postings) > 1:
        demand_ui(analysis)


def demand_ui(analysis: Analysis) -> None:
    """The skills × postings matrix as a heat map of the most asked skills."""
    with st.expander("Demand: the most asked skills × postings (heat map)"):
        top = st.slider("Skills shown", 5, 60, 25, step=5, key="demand_top")
        cells = demand_cells(analysis.postings, skills=top, max_postings=60)
        if not cells:
            st.caption("No skills found in these postings.")
            return
        frame = pd.DataFrame(
            [
                {
                    "skill": c.skill,
                    "posting": c.posting,
                    "asked as": LEVEL_NAMES[c.level],
                    "you": "missing" if c.missing else "have",
                }
                for c in cells
            ]
        )
        postings_shown = frame["posting"].nunique()
        st.caption(
            f"The {counted(frame['skill'].nunique(), 'skill')} most postings ask for, in the "
            f"{counted(postings_shown, 'posting')} that {'asks' if postings_shown == 1 else 'ask'} for most of them; "
            "colour: how the posting asks; outlined cells: skills you have."
        )
        spec = {
            "mark": {"type": "rect", "strokeWidth": 2},
            "height": {"step": 16},
            "width": {"step": 16},
            "encoding": {
                "y": {"field": "skill", "type": "nominal", "sort": None, "title": None, "axis": {"labelLimit": 180}},
                "x": {
                    "field": "posting",
                    "type": "nominal",
                    "sort": None,
                    "title": None,
                    "axis": {"labelLimit": 140, "labelAngle": -60},
                },
                "color": {
                    "field": "asked as",
                    "type": "nominal",
                    "scale": {
                        "domain": list(LEVEL_NAMES.values()),
                        "range": ["#b2182b", "#ef8a62", "#c9d7e8"],
                    },
                    "legend": {"orient": "bottom", "direction": "vertical"},  # one column: fits a phone
                },
                "stroke": {
                    "field": "you",
                    "type": "nominal",
                    "scale": {"domain": ["have", "missing"], "range": ["#1a9850", "#ffffff"]},
                    "legend": {"orient": "bottom", "direction": "vertical"},
                },
                "tooltip": [{"field": c} for c in frame.columns],
            },
        }
        st.vega_lite_chart(frame, spec, key="demand_chart")


def export_ui(analysis: Analysis, taxonomy, stale: bool = False) -> None:
    """The four reports, as ``skillgap analyze`` writes them: all but CSV hold the learn-next plan and
    the interview prep per round, with as many steps as "Your plan" shows (its slider, drawn below).
    ``stale``: the inputs changed since the analysis (said here too: the marker is screens above)."""
    st.subheader("Export")
    if stale:
        st.warning(
            "These downloads hold the results above, computed before your last changes to your skills or "
            "the postings. Press **Analyze** first to download the new ones.",
            icon=":material/update:",
        )
    steps = st.session_state.get("plan_steps", DEFAULT_STEPS)
    st.caption(
        f"HTML, Markdown and JSON hold the learn-next plan ({counted(steps, 'step')}, as set in “Your plan”) "
        "and the interview prep per round; CSV holds the gaps."
    )
    cols = st.columns(len(REPORTS))
    for col, (fmt, (label, name, mime)) in zip(cols, REPORTS.items()):
        col.download_button(
            label,
            data=partial(render_analysis_report, analysis, fmt, taxonomy, steps),
            file_name=name,
            mime=mime,
            key=f"download_{fmt}",
            on_click="ignore",
            icon=":material/download:",
        )


def explain(error: SkillgapError) -> str:
    """The library's message plus how to get past it here, as plain text (escape it to show it)."""
    if isinstance(error, ColumnNotFoundError):
        box = {"text": "Text column", "id": "Id column", "title": "Title column", "company": "Company column"}
        return f"{error}; pick the column in the “{box.get(error.role, 'Text column')}” box"
    if isinstance(error, MissingDependencyError):
        return f"{error}; ask whoever runs this dashboard to install {error.package}"
    if isinstance(error, ResumeWithoutTextError):
        return f"{error}, or type your skills in the box above"
    return str(error).replace("Run `skillgap analyze`", "Run skillgap analyze")


def run_analysis(
    rows: Sequence[InputRow] | UploadedRows | UploadedBatch, profile: Profile, nlp, what: str, key: str
) -> None:
    """Analyse and remember, with the result, what it was computed from."""
    started = time.perf_counter()
    reused = Reuse()
    try:
        analysis, market = analyze(rows, profile, nlp, reused)
    except SkillgapError as e:
        st.error(md_escape(explain(e)))
        return
    direct = distinct_skills(profile)
    st.session_state["analysis"] = analysis
    st.session_state["analysis_market"] = market  # what the Market tab counts, one entry per posting
    # what the posting view reads a big batch's postings back from (the upload's bytes, or the paste)
    st.session_state["analysis_rows"] = rows
    st.session_state["analysis_serial"] = st.session_state.get("analysis_serial", 0) + 1
    st.session_state["analysis_made"] = {
        "postings": what,
        "skills": f"{counted(direct, 'skill')} of yours",
        "when": datetime.now(UTC).strftime("%H:%M:%S UTC"),
        "seconds": time.perf_counter() - started,
        "total": len(analysis.postings),
        "reused": reused.postings,
        "reused_at": reused.computed_at,
        "reused_seconds": reused.seconds,
        "session_started": st.session_state.get("session_started", 0.0),  # cached before it: another visit's
        "key": key,
        "from_file": isinstance(rows, (UploadedRows, UploadedBatch)),  # kept when the upload is let go of
    }


def main() -> None:
    st.set_page_config(page_title="skillgap", page_icon=str(FAVICON), layout="wide")
    # No "Download as CSV" (or copy) on the tables, whatever the config, flags or environment say
    # (.streamlit/config.toml sets it too): Streamlit writes the cells as they are, so a posting
    # titled "=HYPERLINK(...)" would be a live formula. The CSV report is the formula-safe export.
    st.set_option("client.disableDataExport", True)
    st.title("skillgap")
    st.caption(
        "Paste ML job postings, say what you know, and see which skills you are missing, "
        "ranked by how often postings ask for them. Everything runs on this machine."
    )
    try:
        nlp = load_nlp()
    except SkillgapError as e:
        st.error(md_escape(f"The skill pipeline could not be loaded: {explain(e)}"))
        st.stop()
    st.session_state.setdefault("session_started", time.time())  # results cached before: another visit's
    # ``streamlit run dashboard.py -- --samples`` opens each new session on the bundled samples.
    first_sample_run = "--samples" in sys.argv[1:] and not st.session_state.get("samples_opened")
    if first_sample_run:
        st.session_state["samples_opened"] = True
        fill_samples()
    # Skills and postings side by side; on a phone the columns stack (skills first).
    left, right = st.columns([2, 3], gap="large")
    with left, st.container(key="skills_panel"):
        profile = skills_ui(nlp)
    with right:
        rows, problems, what, rows_key = postings_ui()
        for problem in problems:
            st.error(md_escape(problem))
        clicked = st.button("Analyze", key="analyze", type="primary", disabled=bool(problems))
    profile_key = json.dumps(profile.to_dict(), sort_keys=True, ensure_ascii=False) if profile else ""
    current_key = fingerprint(rows_key, profile_key)
    if clicked or (first_sample_run and not problems):
        if not rows:
            st.warning(NO_UPLOAD if st.session_state.get("postings_source") == "File upload" else NO_POSTINGS)
        elif profile is None:
            st.warning("Add your skills first.")
        else:
            run_analysis(rows, profile, nlp, what, current_key)
    analysis: Analysis | None = st.session_state.get("analysis")
    if analysis is None:
        return
    st.divider()
    provenance_ui(current_key)
    summary_ui(analysis, st.session_state.get("analysis_made", {}).get("from_file", False))
    gaps_ui(analysis)
    categories_ui(analysis)
    rounds_ui(analysis)
    coverage_ui(analysis)
    batch_ui(analysis)
    postings_view_ui(analysis, nlp)
    export_ui(analysis, taxonomy_of(nlp), st.session_state.get("analysis_made", {}).get("key") != current_key)
    market = st.session_state.get("analysis_market", [])
    views_ui(analysis, market, taxonomy_of(nlp))  # the "Your plan" and "Market" tabs (dashboard_views.py)


# Streamlit runs this file as ``__main__`` both under ``streamlit run`` and AppTest; a plain
# ``import dashboard`` (for its helpers) has no script context and draws nothing.
if get_script_run_ctx(suppress_warning=True) is not None:
    try:
        main()
    except Exception:
        logging.getLogger("skillgap.dashboard").exception("the dashboard failed")
        st.error("Something went wrong on our side; the server log has the details. Reload the page to start again.")
