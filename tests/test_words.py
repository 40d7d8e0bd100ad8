"""The posting's WordIndex finds what the whole-text scans it replaced found.

Each rule that asks the index tries its pattern only at the word starts the index gives; a word the
index missed would silently drop a degree, a bare word of action or an agent noun. These tests run the
rules' patterns both ways over our own posting-like sentences (with the characters that lower-case
oddly) and over real postings where ../shared is here.
"""

import csv
import re
from collections import Counter
from itertools import islice

import pytest
from conftest import shared_path

from analyzer.nlp import asks, education, matching
from analyzer.nlp.casefold import ignorecase_lower
from analyzer.nlp.matching import fold_text, lower_same_length
from analyzer.nlp.pipeline import default_pipeline
from analyzer.nlp.words import WordIndex, opening_words, word_index

TEXTS = [
    "Requirements:\n- MS or PhD in Statistics; a Bachelor's degree in CS (or 4-year degree) is fine.\n"
    "- M.Sc. / B.Tech / MBA holders welcome; PhDs and doctorates too. D.Phil accepted.",
    "You are an excellent presenter and a natural collaborator, a seasoned fine-tuner of models and a "
    "strong communicator. Our leaders mentor new hires.",
    "Responsibilities: clean data for analysis and reporting; deploy, validate and monitor models; "
    "evaluation of vendors. Governance of pipelines. Parsing logs.",
    "Experience with one or more of: computer vision, NLP, speech, search/IR, signals.",
    "- time- series and machine- learning work, decision- making; x- y- z - a -b end-",
    # characters a case-blind engine reads as ASCII letters, and letters that are no ASCII at all
    "MASTER\u2019S DEGREE IN PHYS\u0130CS, UN\u0130VERS\u0130TY DEGREE; a mentor\u017f and \u212aey leader; "
    "café analysis_tools développeur évaluation data_science 3D-vision",
    "Bachelors/Masters in math; BS, MS or PhD; BA or MA in economics; Graduate degree; advanced degree; "
    "undergraduate degree; college degree; Education in statistics; coursework in ML; doctoral degree",
]


def _degree_spans(text: str, with_index: bool) -> list[tuple[int, int]]:
    lower = ignorecase_lower(text)
    if with_index:
        found = WordIndex(text).finditer(
            education._DEGREE_LOWER, lower, education._DEGREE_WORDS, education._DEGREE_STEMS
        )
    else:
        found = education._DEGREE_LOWER.finditer(lower)
    return [m.span() for m in found]


def _check(texts: list[str]) -> int:
    """How many matches were compared: the degree names, and the skill matcher's word scans."""
    index = next(proc.index for _name, proc in default_pipeline().pipeline if hasattr(proc, "index"))
    compared = 0
    for text in texts:
        plain = _degree_spans(text, with_index=False)
        assert _degree_spans(text, with_index=True) == plain, text[:60]
        compared += len(plain)
        lower = lower_same_length(fold_text(text, lower=False))
        words = WordIndex(text)
        scans: list[tuple[re.Pattern[str], tuple[str, ...] | None]] = [
            (matching._FIELD_WORD, tuple(matching._FIELD_WORDS)),
            (index._bare_scan, index._bare_words),
        ]
        scans += [(tasks._agent_re, tasks._agent_words) for tasks in (index.tasks, index.derived_tasks)]
        for pattern, opening in scans:
            assert opening is not None
            expected = [m.span() for m in pattern.finditer(lower)]
            assert [m.span() for m in words.finditer(pattern, lower, opening)] == expected, pattern.pattern[:40]
            compared += len(expected)
        # the long words whose slips the skill matcher reads: every one that stands as a word
        standing = {
            hit.group()
            for hit in matching._LONG_WORD.finditer(lower)
            if not (hit.start() and matching.is_word_char(lower[hit.start() - 1]))
            and not (hit.end() < len(lower) and matching.is_word_char(lower[hit.end()]))
        }
        assert standing <= matching._long_words(words)
        compared += len(standing)
        # the hyphens a wrapped line left ("time- series"), found without the pattern
        wrapped = [m.start() + 1 for m in matching._WRAPPED_HYPHEN.finditer(lower)]
        assert list(matching._wrapped_hyphens(lower)) == wrapped
        compared += len(wrapped)
        # the lower-case words the open-vocabulary rules count, for every word-like piece of the text
        counted = Counter(asks._LOWER_WORD.findall(text))
        counts = asks._LowerWordCounts(text, words)
        for word in set(re.findall(r"[\w-]+", text)) | {w.lower() for w in re.findall(r"[\w-]+", text)}:
            assert counts[word] == counted[word] and (word in counts) == (word in counted), word
            compared += 1
    return compared


def test_index_finds_what_the_scans_found():
    assert _check(TEXTS) > 40


def test_words_are_the_lower_case_ascii_words():
    words = WordIndex("Ph.D. in PHYS\u0130CS or a café-based MSc_2 program")
    assert all(w in words for w in ["ph", "d", "in", "physics", "or", "a", "caf", "based", "msc_2", "program"])
    assert "café" not in words and "PHYS\u0130CS" not in words and "msc" not in words
    # at word starts only; a word is looked for where the posting has it whole, a prefix wherever
    text = "PhDs and phd-level; MSc2 but not amsc or phone"
    assert WordIndex(text).starts(ignorecase_lower(text), ["phd"], ["msc"]) == [0, 9, 20]
    assert WordIndex("PhDs").starts("phds", ["phd"]) == []
    assert WordIndex("PhDs").starts("phds", [], ["phd"]) == [0]


def test_opening_words():
    assert opening_words(["fine-tuner", "leader", "leader's"]) == ("fine", "leader")
    assert opening_words(["évaluateur"]) is None  # no ASCII word: the index cannot answer for it
    assert opening_words(["Leader"]) is None
    assert opening_words(["-x"]) is None


def test_word_index_is_kept_for_the_same_text():
    text = "Senior analyst. " * 3
    assert word_index(text) is word_index("".join(["Senior analyst. "] * 3))
    assert word_index("other text") is not word_index(text)


@pytest.mark.shared
def test_index_finds_what_the_scans_found_on_real_postings():
    path = shared_path("data", "postings", "linkedin_ai_ml_2024.csv")
    csv.field_size_limit(2**31 - 1)
    with open(path, encoding="utf-8", newline="") as f:
        texts = [row["description"] for row in islice(csv.DictReader(f), 200)]
    assert _check(texts) > 500
