"""Properties over arbitrary input (Hypothesis; 2,000 examples each in CI, see conftest.py).

- The real default pipeline never raises on any Unicode text, and every span it reports lies in
  the text, with ``text[start:end]`` equal to the reported surface and the evidence segment
  around it.
- Any CSV (arbitrary ids and texts, written by :mod:`csv`) gives exactly one result per input
  row, in order, through the reader and the extractor; the same holds for the bytes the dashboard
  receives.
"""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analyzer import analyze_postings
from analyzer.gap.profile import Profile
from analyzer.io.postings import rows_from_bytes
from analyzer.nlp.extraction import extract_rows, extract_skills
from analyzer.nlp.pipeline import default_pipeline, pipeline_taxonomy
from analyzer.records import unlisted_id

NLP = default_pipeline()
TAXONOMY = pipeline_taxonomy(NLP)
PROFILE = Profile.from_text("python, sql", TAXONOMY)

# Skill words mixed into arbitrary text, so that the examples contain spans to check.
WORDS = st.sampled_from(
    [
        "Python",
        "SQL",
        "R",
        "Go",
        "C++",
        "k8s",
        "PyTorch",
        "scikit-learn",
        "ML",
        "NLP",
        "AWS",
        "Spark",
        "Docker",
        "required",
        "nice to have",
        "3+ years",
        "\n- ",
        ", ",
        " / ",
        "\u00a0",
        "\u2013",
        "é",
        "\u0301",
        "\U0001f600",
        "\r\n",
        "\t",
        "\u200b",
        "(",
        ")",
    ]
)
TEXT = st.one_of(
    st.text(),
    st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=30).map("".join),
)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
@example("Requirements: 3+ years of Python\u0301 and SQL; nice to have: C++/Go.")
@example("\x00Python\x00")
@example("00:aaaPytHON00:0000")  # a glued token that runs across a sentence break
@example("\ud800 Python")  # a lone surrogate (from a broken decoder) is still text
def test_pipeline_never_raises_and_spans_are_exact(text):
    for m in extract_skills(text, NLP):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert 0 <= m.segment_start <= m.start and m.end <= m.segment_end <= len(text)
        # A skill is the taxonomy's, or an unlisted name (analyzer.nlp.unlisted) the taxonomy lacks.
        assert m.skill_id in TAXONOMY.skills or (m.skill_id == unlisted_id(m.text) and not m.in_taxonomy)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_gap_analysis_evidence_lies_in_the_text(text):
    [gap] = analyze_postings([("p", text)], PROFILE, nlp=NLP).postings
    for item in gap.skills:
        for ev in item.evidence:
            assert 0 <= ev.start <= ev.end <= len(text) and text[ev.start : ev.end] == ev.text


CELL = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40)
ROW = st.tuples(CELL, st.one_of(CELL, WORDS))


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(ROW, min_size=1, max_size=12),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    bom=st.booleans(),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]),
)
def test_every_csv_row_gives_one_result(rows, newline, bom, quoting):
    if newline != "\r\n":
        # csv.writer quotes a field only for the characters of its line terminator: with "\n" a
        # bare "\r" in a field would (rightly) end the row when read back.
        quoting = csv.QUOTE_ALL
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=newline, quoting=quoting)
    writer.writerow(["id", "description"])
    writer.writerows(rows)
    data = ("\ufeff" if bom else "") + buf.getvalue()
    read = list(rows_from_bytes(data.encode("utf-8"), "p.csv"))
    results = list(extract_rows(read, NLP))
    assert len(read) == len(results) == len(rows)
    for (pid, text), row, res in zip(rows, read, results):
        assert row.text == text and row.error is None
        assert res.id == row.id and (res.id == pid.strip() or res.id.startswith("row-"))
