"""The offline miner of tools/skill_tagger.py: which tagged spans it keeps as taxonomy candidates and how
it groups them (the tagger's spans are given here, so no model is needed)."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

POSTING = """Senior Data Analyst

Requirements:
- 3+ years of experience with Python and SQL
- Experience with quuxification pipelines and the Zorbel method
- Knowledge of Quuxification Pipelines for reporting

Acme is an equal opportunity employer. We value frobnitz diversity in all its forms.
"""

OTHER = """Data Scientist

Qualifications:
- Hands-on experience with quuxification pipelines
- Strong SQL skills
"""


@pytest.fixture(scope="module")
def tagger():
    spec = importlib.util.spec_from_file_location("skill_tagger", ROOT / "tools" / "skill_tagger.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def span(text: str, phrase: str, nth: int = 0) -> tuple[int, int, float]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return (start, start + len(phrase), 1.0)


def test_phrase_key_folds_case_spacing_and_edge_function_words(tagger):
    assert tagger.phrase_key("The  Zorbel Method,") == "zorbel method"
    assert tagger.phrase_key("quuxification pipelines for") == "quuxification pipelines"
    assert tagger.phrase_key("(Widgets)") == "widgets"
    assert tagger.phrase_key("of the") == ""


def test_keeps_new_phrases_drops_rule_skills_and_blurb_counts_postings(tagger):
    from analyzer.nlp.extraction import extract_many

    rows = [("p1", POSTING), ("p2", OTHER)]
    rules = {r.id: r.to_dict() for r in extract_many(rows)}
    assert any(s["text"] == "Python" for s in rules["p1"]["skills"])
    tagged = {
        "p1": [
            span(POSTING, "Python"),  # the rules have it
            span(POSTING, "quuxification pipelines"),
            span(POSTING, "the Zorbel method"),
            span(POSTING, "Quuxification Pipelines"),
            span(POSTING, "frobnitz diversity"),  # EEO prose: the context gate drops it
        ],
        "p2": [span(OTHER, "quuxification pipelines")],
    }
    found = tagger.collect_phrases(rows, rules, tagged, tagger.taxonomy_forms(), examples=3)
    assert "python" not in found
    assert "frobnitz diversity" not in found
    quux = found["quuxification pipelines"]
    assert quux["postings"] == {"p1", "p2"}
    assert quux["mentions"] == 3
    assert set(quux["surfaces"]) == {"quuxification pipelines", "Quuxification Pipelines"}
    assert len(quux["examples"]) == 2  # one per posting
    assert "[[quuxification pipelines]]" in quux["examples"][0]
    assert found["zorbel method"]["postings"] == {"p1"}
