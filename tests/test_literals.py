"""The literals a pattern requires are in every text it matches, and FirstSearch finds what the plain
loop over the patterns finds.

A set of required words that missed one branch of a pattern would silently skip a heading; these
tests run every compiled pattern of the rules over our own sentences (and real postings where
../shared is here) and check each match against the set read from the pattern.
"""

import csv
import importlib
import pkgutil
import re
from itertools import islice

import pytest
from conftest import shared_path

import analyzer.nlp
from analyzer.nlp import requirements
from analyzer.nlp.casefold import ignorecase_lower_uncached
from analyzer.nlp.literals import FirstSearch, LeadSearch, leading_literals, required_literals

TEXTS = [
    "Requirements: BS or MS in Computer Science; 3+ years of Python. SQL is a plus, Spark preferred.",
    "What You'll Do\nBuild dashboards. Responsibilities include validating data sets.\nWhy you'll love it here",
    "Salary range: $120k - $150k. Benefits & Perks: health insurance, 401(k). What we offer: remote work.",
    "Physical Demands: lift 25 lbs. Working Conditions: office. Mental and Physical Requirements apply.",
    "About Acme Labs\nAcme is an Equal Opportunity Employer; reasonable accommodations on request. E-Verify.",
    "Nice to have: dbt. Bonus points for Rust. Would be great: Go. You'd be a great fit if you love data.",
    "Location: Remote | Employment Type: Full-time | Job Function: Engineering | Seniority level: Mid",
    "Who you are: a curious analyst. About you: you've got SQL. What it takes: grit. Apply if you: code.",
    "Our Core Values\nTeam Culture\nWork Environment: hybrid. The company was founded in 1999.",
    "How to apply: send a CV. Additional Information: none. Key words: ML, AI. Tags: python",
    "KEY CAPABILITIES\nTechnical Capabilities:\nEducation and Experience\nMinimum Qualifications",
    # characters the engine matches case-blind with an ASCII letter that str.lower() would not give
    "BENEFIT\u017f AND PERK\u017f",
    "\u212aey Qualifications",
    "M\u0130N\u0130MUM QUAL\u0130F\u0130CAT\u0130ONS",
    "Qualiﬁcations & Skil\u0131s",
]


def _rule_patterns() -> list[re.Pattern]:
    """Every compiled pattern the rule modules hold at module level, and the heading patterns."""
    found: dict[int, re.Pattern] = {}
    for info in pkgutil.iter_modules(analyzer.nlp.__path__):
        module = importlib.import_module("analyzer.nlp." + info.name)
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[id(value)] = value
    for _kind, pattern in requirements._HEADINGS:
        found[id(pattern)] = pattern
    return list(found.values())


def _check_required(texts: list[str]) -> int:
    checked = 0
    for pattern in _rule_patterns():
        required = required_literals(pattern)
        if required is None:
            continue
        assert all(word and word == word.lower() and word.isascii() for word in required), pattern.pattern[:60]
        for text in texts:
            lower = ignorecase_lower_uncached(text)
            for m in pattern.finditer(text):
                # (a look-around reads beyond the match: the words may stand anywhere in the text)
                assert any(word in lower for word in required), (pattern.pattern[:60], m.group())
                checked += 1
    return checked


def test_required_literals_of_small_patterns():
    assert required_literals(re.compile(r"\bsalary\b")) == {"salary"}
    assert required_literals(re.compile(r"(?:Salary|Perks)s?", re.I)) == {"salary", "perks"}
    # the most selective run of a sequence; a quantifier that may match nothing requires nothing
    assert required_literals(re.compile(r"a\s+(?:key\s+)?qualifications")) == {"qualifications"}
    assert required_literals(re.compile(r"(?:x\s+)?y")) == {"y"}
    # a branch of classes only, a back-reference, an optional whole: no requirement at all
    assert required_literals(re.compile(r"salary|\d+")) is None
    assert required_literals(re.compile(r"(a)\1")) == {"a"}
    assert required_literals(re.compile(r"(?:abc)?")) is None
    # a negative look-around requires nothing; a positive one reads its words from the text
    assert required_literals(re.compile(r"(?<!not )needed")) == {"needed"}
    assert required_literals(re.compile(r"(?<=we )want")) == {"want"}
    assert required_literals(re.compile(r"x(?=years)")) == {"years"}
    # non-ASCII letters are never required (case-blind, "ſ" is "s" and "K" is "k")
    assert required_literals(re.compile(r"préférence")) == {"rence"}


def test_required_literals_hold_in_every_match():
    assert _check_required(TEXTS) > 100


def test_first_search_agrees_with_the_plain_loop():
    def plain(label: str) -> str | None:
        for kind, pattern in requirements._HEADINGS:
            if pattern.search(label):
                return kind
        return None

    first = FirstSearch(requirements._HEADINGS)
    labels = [line for text in TEXTS for line in re.split(r"[\n.;|:]", text)] + TEXTS + ["", "x", "About"]
    assert {plain(label) for label in labels} >= {"benefits", "preferred", "duty", "required", "eeo", "field"}
    for label in labels:
        assert first.first(label) == plain(label), label


def test_first_search_tries_a_pattern_without_literals_everywhere():
    first = FirstSearch([("number", re.compile(r"\d+")), ("word", re.compile("salary", re.I))])
    assert first.first("SALARY 5") == "number"
    assert first.first("SALARY") == "word"
    assert first.first("nothing") is None
    assert FirstSearch([]).first("anything") is None


def _real_postings(count: int = 12) -> list[str]:
    """The first ``count`` descriptions of one public postings file (tests marked ``shared``)."""
    path = shared_path("data", "postings", "linkedin_ai_ml_2024.csv")
    csv.field_size_limit(2**31 - 1)
    with open(path, encoding="utf-8", newline="") as f:
        return [row["description"] for row in islice(csv.DictReader(f), count)]


@pytest.mark.shared
def test_required_literals_hold_on_real_postings():
    assert _check_required(_real_postings()) > 300


def test_leading_literals_of_small_patterns():
    assert leading_literals(re.compile(r"\bMust\b", re.I)) == {"mus"}
    # look-arounds consume nothing; a class ends a lead early; optional parts give both ways
    assert leading_literals(re.compile(r"(?<!not )(?=n)needs?\s+to")) == {"nee"}
    assert leading_literals(re.compile(r"at\s+least|a(?:n)?\s+plus")) == {"at", "a", "an"}
    assert leading_literals(re.compile(r"(?:x\s+)?yes")) == {"x", "yes"}
    assert leading_literals(re.compile(r"[AB]c")) == {"ac", "bc"}
    # a class of many characters first, a pattern that may match nothing: no leads
    assert leading_literals(re.compile(r"\w+ly")) is None
    assert leading_literals(re.compile(r"(?:abc)?")) is None
    # a caseless character leads as itself; "ſ", which the engine equates with "s", ends the lead before it
    assert leading_literals(re.compile(r"’ll")) == {"’ll"}
    assert leading_literals(re.compile(r"aſk", re.I)) == {"a"}


def _lead_patterns() -> list[re.Pattern]:
    return [pattern for pattern in _rule_patterns() if leading_literals(pattern) is not None]


def test_lead_search_gives_the_matches_of_the_pattern():
    patterns = _lead_patterns()
    assert requirements._REQ_CUE in patterns and requirements._PREF_CUE in patterns
    texts = TEXTS + [
        "You must have SQL; Python is a plus. We'd love to see Rust, you’ll need Go. Experience with R preferred.",
        "MUST HAVE: SQL. NICE TO HAVE: dbt. Candidates should possess a degree. At least 3 years required.",
        "Ideally you have Spark, it would be great. Not required: Scala. The role requires travel, as required.",
        "Y\u0130ou MU\u017fT know \u212aafka; PREFERRED: Airflow. Qualiﬁcations: one is a plus, you’ll have fun.",
    ]
    checked = 0
    for pattern in patterns:
        lead = LeadSearch(pattern)
        for text in texts:
            assert [m.span() for m in lead.finditer(text)] == [m.span() for m in pattern.finditer(text)]
            for pos, endpos in ((3, len(text)), (0, len(text) // 2), (7, 40)):
                expected = pattern.search(text, pos, endpos)
                found = lead.search(text, pos, endpos)
                assert (found and found.span()) == (expected and expected.span()), (pattern.pattern[:60], text)
            checked += 1
    assert checked > 100


def test_lead_search_without_leads_is_the_plain_pattern():
    lead = LeadSearch(re.compile(r"\d+"))
    assert [m.group() for m in lead.finditer("3 to 5 years")] == ["3", "5"]
    assert lead.search("no digits") is None


@pytest.mark.shared
def test_lead_search_on_real_postings():
    texts = _real_postings()
    for pattern in _lead_patterns():
        lead = LeadSearch(pattern)
        for text in texts:
            assert [m.span() for m in lead.finditer(text)] == [m.span() for m in pattern.finditer(text)]
