"""What stays in ``other`` ("also asked for (not in the taxonomy)"): only asks a job seeker can act on."""

import pytest

from analyzer.nlp.asks import ADJECTIVE_NOUNS, DOMAIN_WORDS, NOT_SKILL_HEADS, _heading_or_code, plausible_asks
from analyzer.nlp.extraction import extract_many
from analyzer.records import OtherPhrase

POSTING = """About us
Zentrix builds scheduling software for clinics; our expertise in specialty imaging is unmatched.

Requirements:
- 3+ years of experience with Python, SQL and Quibbly
- Experience in sales, finance or marketing
- Knowledge of glaciology and biomedical terminology
- Experience with agile management tools and activity diagrams
- Familiarity with analytic functions and innovative technologies
- Excellent analytical and organizational skills
- Ability to write idiomatically and measure success
- Highly motivated, flexible and self-motivated
- Experience with qualitative assessments using surveys
- Understanding of evidence needs in a healthcare setting
- Experience with Docker, Kubernetes or other container platforms

Benefits:
- Paid parental leave, 401k matching and Zorbflex passes

IND4
"""


@pytest.fixture(scope="module")
def result(nlp):
    (res,) = extract_many([("p1", POSTING)], nlp, keep_text=True)
    return res


@pytest.fixture(scope="module")
def other(result):
    return [p.text for p in result.other]


def test_names_fields_domains_and_methods_stay(result, other):
    assert "Quibbly" in other or any(m.skill == "Quibbly" for m in result.skills)  # kept, as "other" or unlisted
    for ask in ("sales", "finance", "glaciology", "biomedical terminology", "agile management tools"):
        assert ask in other, ask


def test_lone_adjectives_qualities_and_fragments_go(other):
    for noise in ("analytical", "organizational", "idiomatically", "measure success", "flexible", "self-motivated"):
        assert noise not in other, noise
    assert not any(p.startswith(("Highly", "highly")) for p in other)
    assert not any(" using " in p for p in other)  # a piece of a clause


def test_generic_heads_benefits_and_codes_go(other):
    for noise in ("analytic functions", "innovative technologies", "evidence needs", "healthcare setting", "IND4"):
        assert noise not in other, noise
    assert not any("parental" in p or "specialty" in p or "Zorbflex" in p for p in other)  # benefits, company prose


def test_nothing_overlaps_a_found_skill(result):
    spans = [(m.start, m.end) for m in result.skills]
    assert all(not (s < p.end and p.start < e) for p in result.other for s, e in spans)


def test_a_phrase_over_a_found_skill_or_with_a_taxonomy_name_is_dropped():
    text = "Requirements:\n- Experience with tools such as Zorblax and Frobnitz"
    start = text.index("tools such as Zorblax")
    phrases = [
        OtherPhrase("tools such as Zorblax", start, start + 21, "required"),
        OtherPhrase("Frobnitz", text.index("Frobnitz"), len(text), "required"),
    ]
    zorb = text.index("Zorblax")
    assert [p.text for p in plausible_asks(text, phrases, [(zorb, zorb + 7)])] == ["Frobnitz"]
    assert plausible_asks(text, phrases[1:], [], known_names={"frobnitz"}) == []


def test_a_capitalised_name_in_mid_sentence_stays_but_a_line_opener_does_not():
    text = "Requirements:\n- Experience with Tealium or Segment\nScientific and clinical affairs"
    phrases = [OtherPhrase(w, text.index(w), text.index(w) + len(w), "required") for w in ("Tealium", "Scientific")]
    assert [p.text for p in plausible_asks(text, phrases, [])] == ["Tealium"]


def test_reviewed_word_lists_are_lower_case_and_disjoint():
    for words in (ADJECTIVE_NOUNS, DOMAIN_WORDS, NOT_SKILL_HEADS):
        assert all(w == w.lower().strip() and w for w in words)
    assert not DOMAIN_WORDS & NOT_SKILL_HEADS
    assert len(DOMAIN_WORDS) < 40 and len(NOT_SKILL_HEADS) < 150  # short lists, reviewed by hand


def test_lower_case_tool_names_listed_with_found_skills_stay():
    text = "Requirements:\n- Text mining in R with packages such as readr, tidytext, quanteda, Shiny and ggplot2"
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Shiny", "ggplot2")]
    phrases = [OtherPhrase(w, text.index(w), text.index(w) + len(w), "required") for w in ("tidytext", "quanteda")]
    assert [p.text for p in plausible_asks(text, phrases, spans)] == ["tidytext", "quanteda"]
    assert plausible_asks(text, phrases, spans[:1]) == []  # one listed skill does not vouch for a word
    generic = "Requirements:\n- Design skills: design, Figma and Sketch; design reviews"
    spans = [(generic.index(w), generic.index(w) + len(w)) for w in ("Figma", "Sketch")]
    design = OtherPhrase("design", generic.index("design"), generic.index("design") + 6, "required")
    assert plausible_asks(generic, [design], spans) == []  # a word the posting uses as a word


def test_hashtags_web_addresses_run_on_clauses_and_brand_possessives():
    text = (
        "Requirements:\n- Advanced skill in Adobe's creative suite and FileMaker development a strong plus\n"
        "- Visit www.quibblyjobs.com\n#QuibblyCareers"
    )
    names = ("Adobe's creative suite", "FileMaker development a strong", "www.quibblyjobs.com", "QuibblyCareers")
    phrases = [OtherPhrase(n, text.index(n), text.index(n) + len(n), "required") for n in names]
    assert [p.text for p in plausible_asks(text, phrases, [])] == ["Adobe's creative suite"]


def test_a_list_of_venues_or_teams_after_e_g_is_no_ask():
    text = "Requirements:\n- Publications in top venues (e.g., TPAMI, Zorbcon) and functions such as Sales, Legal"
    phrases = [OtherPhrase(w, text.index(w), text.index(w) + len(w), "required") for w in ("Zorbcon", "Legal")]
    assert plausible_asks(text, phrases, []) == []


def test_a_heading_is_read_on_its_own_line_whatever_stands_lines_above():
    # The line is read at most 200 characters either side of the phrase; a long line must not reach
    # back to the start of the posting (its earlier lines, their lower case and their skills).
    line = "LICENSES AND CERTIFICATIONS " * 9 + "ZORBLAX CERTIFIED OPERATOR CARD\n"
    phrase = "ZORBLAX CERTIFIED OPERATOR CARD"
    alone = "Requirements:\n" + line
    above = "Requirements:\n- Experience with Python\n" + line
    results = []
    for text in (alone, above):
        start = text.index(phrase)
        results.append(_heading_or_code(text, OtherPhrase(phrase, start, start + len(phrase), "required"), []))
    assert results == [True, True]


def test_a_noun_that_is_also_a_verb_opens_an_ask_where_no_verb_stands():
    text = (
        "Requirements:\n- Experience with test execution and report generation\n- 3 years in partner marketing\n"
        "- Report project metrics to leadership\n- Willingness to test new ideas quickly\n"
    )
    names = ("test execution", "report generation", "partner marketing", "Report project metrics", "test new ideas")
    phrases = [OtherPhrase(n, text.index(n), text.index(n) + len(n), "required") for n in names]
    assert [p.text for p in plausible_asks(text, phrases, [])] == list(names[:3])


def test_a_duty_verbs_ing_form_opening_a_phrase_is_a_clause_not_a_name():
    text = (
        "Responsibilities:\n- Creating deliverables for the claims team\n- Managing complex user permissions\n"
        "Requirements:\n- Experience in manufacturing processes, banking regulations and learning management systems\n"
        "- Familiarity with testing frameworks\n"
    )
    names = (
        "Creating deliverables",
        "Managing complex user permissions",
        "manufacturing processes",
        "banking regulations",
        "learning management systems",
        "testing frameworks",
    )
    phrases = [OtherPhrase(n, text.index(n), text.index(n) + len(n), "required") for n in names]
    kept = [p.text for p in plausible_asks(text, phrases, [])]
    assert "Creating deliverables" not in kept and "Managing complex user permissions" not in kept
    assert {"manufacturing processes", "banking regulations", "learning management systems"} <= set(kept)


def test_a_lone_modifier_of_the_lists_head_is_no_ask_but_a_name_or_a_domain_stays():
    def kept(text: str, word: str) -> bool:
        start = text.index(word)
        return bool(plausible_asks(text, [OtherPhrase(word, start, start + len(word), "required")], []))

    assert not kept("Requirements:\n- Experience with vector and motion graphics for our apps.", "vector")
    assert not kept("Requirements:\n- Familiarity with issue/workflow tracking tools.", "issue")
    assert kept("Requirements:\n- Experience with Kafka, Pulsar and Apache Flink.", "Pulsar")  # a name before a name
    assert kept("Requirements:\n- Experience with Zorblax and Mode analytics tools.", "Zorblax")  # a name before a kind
    assert kept("Requirements:\n- Knowledge of manufacturing and supply chain processes.", "manufacturing")  # a domain
    assert kept("Requirements:\n- Experience in glaciology, sales and customer support.", "glaciology")
