"""Speed-only rewrites of patterns find exactly what the plain patterns find.

Some alternations open with a look-ahead on the first letters of their words (the engine then skips
most words at once), two patterns are searched as one, and one regex became a str.rstrip. A word
added later with another first letter would silently never match: these tests compare each fast
form with the plain one on our own sentences and, where ../shared is here, on real postings.
"""

import csv
import re
from itertools import islice, product
from re import _constants as sre_constants
from re import _parser as sre_parser

import pytest
from conftest import shared_path

from analyzer.nlp import context, education, matching, requirements, slots, tasks, unlisted
from analyzer.nlp.casefold import ignorecase_lower
from analyzer.nlp.requirements import SegmentIndex

SENTENCES = [
    "Requirements: BS or MS in Computer Science, Statistics, or a related field; PhD preferred.",
    "A Master's degree in Physics, an MBA, or an M.Sc. in Economics; doctorate a plus.",
    "Bachelor's degree (B.Tech, B.Eng, BSc, B.A.) or four-year degree; undergraduate degree accepted.",
    "4-year degree or college degree or university degree; graduate degree or advanced degree welcome.",
    "Coursework in machine learning; education in statistics; degree in mathematics; D.Phil or Ph.D.",
    "We are a leading provider of logistics software. Our team builds tools. It serves 300 clients.",
    "You will join our platform group; candidates should have experience with Python and knowledge of SQL.",
    "Applicants must be looking for a role; we're hiring an ideal expert whose duties are listed below.",
    "The company was founded in 1999.Its products reach 40 countries!They work with hospitals.",
    "Familiarity with our stack, frameworks, libraries and languages is required; skills in R preferred.",
    "Acme Labs is a startup. These teams use dbt. This position will be responsible for reporting.",
    "Seeking proficiency and ability in Spark; qualifications: degree, abilities, expertise.",
    "predictive and prescriptive analytic models\nsimple\n and robust; data and its quality",
    "We are an Equal Opportunity employer: equal opportunity, regardless of age.Reasonable accommodation on request.",
    "Experience with SQL is a plus.Nice to have: Spark. You must possess a degree; at least 3 years.",
    "At Acme Labs, we build; at Beta, our team. About Gamma Corp\nABOUT DELTA: Head of the Data Lab, VP of\nAI, "
    "Director of  Analytics, School of Medicine, a flat of the Data, chat Zeta, we; Bat Eta, our; Sabout Kappa:\n",
    "Own code development/review and model hosting/serving; data collection/analysis, x-ray imaging/design; "
    "-re design/research/sales or a/b testing/analysis, (tool selection/management) and ml/ai",
    "Partner with Marketing, Sales and IT; work closely across product and engineering; coordinating with "
    "the business teams such as Finance; networking with peers; collaborate with, and align across, teams.",
]


def _corpus_texts(limit: int = 150) -> list[str]:
    path = shared_path("data", "postings", "linkedin_ai_ml_2024.csv")
    csv.field_size_limit(2**31 - 1)
    with open(path, encoding="utf-8", newline="") as f:
        return [row["description"] for row in islice(csv.DictReader(f), limit)]


def _without(pattern: re.Pattern, lookahead: str) -> re.Pattern:
    assert lookahead in pattern.pattern
    return re.compile(pattern.pattern.replace(lookahead, "", 1), pattern.flags)


FAST_PATTERNS = [
    (education._DEGREE, "(?=[abcdefgmpu4])"),
    (education._QUICK, "(?=[bcdemp])"),
    (context._REFERS_BACK, "(?=[iotuw])"),
    (requirements._PREF_CUE, "(?=['abcdefghikmnoprsuvwy’])"),
    (requirements._REQ_CUE, "(?=[abcdehilmnopqrswy])"),
    (slots._ITEM_SEP, "(?=[\\s,/;|&aopv])"),
    (matching._ITEM_SEP, "(?=[,/:&ao])"),
    (requirements._OPEN_END, "(?=[acity])"),
    (requirements._NEGATION, "(?=[dn])"),
    (context._ORG_NOUN, "(?=[abcefhilmnoprsu])"),
    (unlisted.DEGREE_FIELD, "(?=[bdefmp])"),
    (matching._AUDIENCE_BEFORE, "(?=[ceilpruw])"),
    (tasks._COMPANY_SUBJECT, "(?=[iotuw])"),
    (slots._DEGREE, "(?=[bdmp])"),
]


def _spans(pattern: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


# Characters that case-insensitive matching equates with an ASCII letter in unusual ways.
ODD_CASES = [
    "MASTER\u0130S DEGREE", "Bachelor's d\u0131ploma", "Ph.D or MA\u017fTER'S", "\u212aNOWLEDGE of DEGREES of freedom",
    "B.\u017f. in math", "M\u0130A or MBA", "an \u0130nternational EDUCATION in CS", "DEGREE\u017f",
]  # fmt: skip
# The plain pattern of the cuts context._GLUED_SENTENCE finds (as the end of the stop it matches).
PLAIN_GLUED = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
# The plain patterns of context._AT_NAME_WE and context._ABOUT_NAME (a word boundary first).
PLAIN_AT_NAME_WE = re.compile(
    r"\b[Aa]t\s++(" + context._NAME_WORD + r"(?:\s++" + context._NAME_WORD + r"){0,3}+),\s*+(?:we|our)\b"
)
PLAIN_ABOUT_NAME = re.compile(
    r"\b(?:About|ABOUT)\s++(" + context._NAME_WORD + r"(?:[ \t]++" + context._NAME_WORD + r"){0,3}+)[ \t]*+(?=[:\n]|$)"
)
# The plain pattern of the sentence openings context._sentence_openings finds in one scan.
PLAIN_OPENING = re.compile(r"(?:^|(?<=[\n.!?]))[ \t*•·\-–]*+(?=(?:The\s++)?[A-Z])", re.M)


def _check(texts: list[str]) -> None:
    for text in texts:
        lower = ignorecase_lower(text)
        assert len(lower) == len(text)
        assert education._may_name_a_degree(lower) == (education._QUICK.search(text) is not None), text[:80]
        degrees = [(m.regs, education._level_of(m, text)) for m in education._DEGREE.finditer(text)]
        assert [(m.regs, education._level_of(m, text)) for m in education._DEGREE_LOWER.finditer(lower)] == degrees
        bare = [m.span() for m in education._BARE_DEGREE.finditer(text)]
        assert [m.span() for m in education._BARE_DEGREE_LOWER.finditer(lower)] == bare, text[:80]
        assert list(context._sentence_openings(text)) == [m.end() for m in PLAIN_OPENING.finditer(text)], text[:80]
        assert bool(context._AT_NAME_HINT.search(text)) or context._AT_NAME_WE.search(text) is None, text[:80]
        for fast, plain in ((context._AT_NAME_WE, PLAIN_AT_NAME_WE), (context._ABOUT_NAME, PLAIN_ABOUT_NAME)):
            assert [m.regs for m in fast.finditer(text)] == [m.regs for m in plain.finditer(text)], text[:80]
        for pos in range(len(text) + 1):
            head_of = context._HEAD_OF.search(text, max(0, pos - 40), pos) is not None
            assert context._after_head_of(text, pos) == head_of, (text[:40], pos)
        low = text.lower()
        slashed = [(m.span(), m.groups()) for m in matching._SLASHED_ACTIONS.finditer(low)]
        assert [(m.span(), m.groups()) for m in matching._slashed_actions(low)] == slashed, text[:80]
    for fast, lookahead in FAST_PATTERNS:
        plain = _without(fast, lookahead)
        for text in texts:
            assert _spans(fast, text) == _spans(plain, text), (fast.pattern[:40], text[:80])
    plain_last = re.compile(r"[a-z]+$")
    for text in texts:
        cuts = [m.end() for m in PLAIN_GLUED.finditer(text)]
        assert [m.end() for m in context._GLUED_SENTENCE.finditer(text)] == cuts
        # Searched from one character before a range, the cuts of the plain pattern in that range.
        for a in range(len(text) + 1):
            b = min(len(text), a + 60)
            fast = [m.end() for m in context._GLUED_SENTENCE.finditer(text, max(a - 1, 0), b)]
            assert fast == [m.end() for m in PLAIN_GLUED.finditer(text, a, b)], (text[:40], a)
        words = [*requirements._PREF_HINT_WORDS, *requirements._REQ_HINT_WORDS]
        holds_any = requirements.substring_test(words)
        for sentence in re.split(r"(?<=[.!?;])\s+|\n", text.lower()):
            assert holds_any(sentence) == any(w in sentence for w in words), sentence
        assert requirements.substring_test(())(text) is False
        low = text.lower()
        intros = [(m.start(), m.end()) for m in context._GROUPS_INTRO.finditer(low)]
        assert context._group_intros(low) == intros, text[:80]
        starts = [at for phrase in context._EEO_PHRASES for at in range(len(low)) if low.startswith(phrase, at)]
        assert context._eeo_hits(text) == sorted(starts), text[:80]
        for sentence in re.split(r"(?<=[.!?;])\s+|\n", text):
            either = context._ADDRESSES.search(sentence) or context._ASKS.search(sentence)
            assert (context._ADDRESSES_OR_ASKS.search(sentence) is not None) == (either is not None), sentence
        lower = text.lower()
        for pos in range(len(lower) + 1):
            window = max(0, pos - 40)
            found = plain_last.search(lower, window, pos)
            if found is None or (found.start() == window and window > 0 and lower[window - 1].isalpha()):
                expected = None
            else:
                expected = found.span()
            assert matching._word_before(lower, pos) == expected, (text[:40], pos)


def test_fast_patterns_agree_on_examples():
    _check(SENTENCES)
    # Every alternative is exercised at least once by the examples.
    assert {m.lastgroup for s in SENTENCES for m in education._DEGREE.finditer(s)} >= {
        "phd",
        "master",
        "bachelor",
        "short",
        "generic",
    }


def test_fast_patterns_agree_on_odd_cases():
    _check(ODD_CASES)
    openings = ["", "A", ".A", "..A", "\n\nThe Acme", "-- The  B. x. C\n• D", "?!The Zed", "x\n - \n- A", "a.b.C"]
    _check(openings)


def test_ignorecase_lower_agrees_with_ignorecase_matching_everywhere():
    """Over all of Unicode: a character matches an ASCII letter case-insensitively exactly when
    ignorecase_lower turns it into that letter (the premise of the lower-case fast patterns)."""
    any_letter = re.compile("[a-z]", re.I)
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        lowered = ignorecase_lower("x" + char)[1]
        if any_letter.fullmatch(char):
            assert lowered.isascii() and re.fullmatch(lowered, char, re.I), hex(code)
        else:
            assert not (lowered.isascii() and lowered.isalpha()), hex(code)
        assert lowered.isalnum() == char.isalnum() and lowered.isspace() == char.isspace(), hex(code)


def test_word_before_reads_across_a_line_break_as_before():
    lower = "simple\n and robust"
    assert matching._word_before(lower, lower.index(" and")) == (0, 6)
    assert matching._word_before("x" * 50 + " and", 50) is None  # longer than the window


@pytest.mark.shared
def test_fast_patterns_agree_on_real_postings():
    _check(_corpus_texts())


LINE_TEXTS = [
    "About us\nAcme Labs is a leading provider of logistics software. Our platform serves 300 clients.  We use "
    "Spark.Its teams grow. They ship weekly.\n\nRequirements:\n- 3+ years of Python (SQL preferred); must know R.\n"
    "Benefits: medical, dental.\n   \nWe are an equal opportunity employer.",
    "QUALIFICATIONS 5+ years with Python SKILLS Story telling. We collaborate as a global team to build tools.",
    "Acme sells routing software. Our team builds models in Spark. They ship weekly. We are a small team using dbt.",
    "x",
    "\n\n  \t\n",
]


def _company_sentences_by_lookup(employer, line_start: int, line_end: int, section) -> list[tuple[int, int]]:
    """The employer's sentences of a line found with a segment_at lookup at every position and every
    sentence read in full (what the line walk of _Employer._company_sentences, which skips sentences
    without a subject, must agree with)."""
    out = []
    left = 0
    pos = line_start
    text = employer.text
    opens_blurb = employer._opens_a_blurb(line_start, line_end, employer.segments.line_segments(line_start)[0])
    while pos < line_end:
        seg = employer.segments.segment_at(pos)
        if seg is None:
            pos += 1
            continue
        sentence_end = max(seg.sentence_end, pos + 1)
        section_asks = seg.level != "unspecified" or section in context._ASK_SECTIONS
        cuts = [seg.sentence_start] + [g.end() for g in PLAIN_GLUED.finditer(text, seg.sentence_start, sentence_end)]
        for start, end in zip(cuts, [*cuts[1:], sentence_end]):
            sentence = text[start:end]
            if opens_blurb and context._TEAM_WORD.search(sentence):
                opens_blurb = False
                left = 0
            in_ask_section = section_asks and not opens_blurb
            team = context._team_opening(sentence)
            if team:
                out.append((start, start + team))
                left = 0
            elif context._addresses_or_asks(sentence):
                left = 0
            elif employer._own_name_subject(sentence, in_ask_section) or employer._about_employer(
                sentence, in_ask_section
            ):
                out.append((start, end))
                left = context._CONTINUES
            elif left and context._REFERS_BACK.search(sentence):
                out.append((start, end))
                left -= 1
            else:
                left = 0
        pos = sentence_end
    return out


def _check_line_walks(texts: list[str]) -> None:
    for text in texts:
        index = SegmentIndex(text)
        for offset in range(len(text) + 1):
            segments, starts = index.line_segments(offset)
            assert starts == [seg.start for seg in segments]
            found = [seg for seg in segments if seg.start <= offset < seg.end]
            assert (found[0] if found else None) is index.segment_at(offset), (text[:40], offset)
        employer = context._Employer(text, SegmentIndex(text), [])
        for start, end, section, _ in index.lines():
            expected = _company_sentences_by_lookup(employer, start, end, section)
            assert employer._company_sentences(start, end, section) == expected, (text[:40], start)


def test_line_walks_agree_with_lookups():
    _check_line_walks(LINE_TEXTS + SENTENCES)


@pytest.mark.shared
def test_line_walks_agree_with_lookups_on_real_postings():
    _check_line_walks(_corpus_texts(40))


# --- the stems the automaton pass tries the taxonomy's patterns at ---------------------------------

STEM_TEXTS = [
    "You will work in a small team and serve as a liaison between research and product groups.",
    "Thrive in a fast-paced setting; act as the team lead, or as an individual contributor tech lead.",
    "Be the liaison to clinicians. Working within a cross-functional squad, collaborate in a team of five.",
    "Function well with people across the company; work effectively with colleagues at every level.",
    "A key member of the platform group, an active contributor on the data team, a valuable part of it.",
    "Strong understanding of the business, knowledge of our business needs; use data to tell a story.",
    "Training, including inline and in-house courses; assist in planning; asks as needed; bein,inas.",
    "Able to interact with people at all levels of the company, and with vendors too.",
]


def _stem_texts() -> list[str]:
    return STEM_TEXTS + SENTENCES


def _check_stems(texts: list[str]) -> int:
    """Every match of every taxonomy pattern starts with one of its stems (the automaton tries a
    pattern only where a stem starts a word): a stem that asks for too much would lose matches."""
    taxonomy = default_pipeline_taxonomy()
    found = 0
    for skill in taxonomy.skills.values():
        for pattern in skill.patterns:
            stems = matching._leading_stems(pattern)
            compiled = re.compile(r"\b(?:" + pattern + r")(?![\w+#])")
            for text in texts:
                lower = matching.lower_same_length(matching.fold_text(text, lower=False))
                for hit in compiled.finditer(lower):
                    start = hit.start()
                    assert any(lower.startswith(stem, start) for stem in stems), (skill.id, stems, lower[start:][:40])
                    found += 1
    return found


def default_pipeline_taxonomy():
    from analyzer.nlp.pipeline import default_pipeline, pipeline_taxonomy

    return pipeline_taxonomy(default_pipeline())


def test_stems_keep_the_spaces_and_letters_a_match_needs():
    stems = matching._leading_stems
    assert stems("as (?:an? |the )?team[- ]lead\\b") == ("as ",)
    assert stems("in(?<!plug in)(?<!log in) (?:a |an )?team") == ("in ",)
    assert stems("(?:as|be) (?:a |an |the )?liaison") == ("as ", "be ")
    assert stems("(?:understanding|knowledge) of (?:the|our) business") == ("understanding of ", "knowledge of ")
    # what a quantifier makes optional or repeatable stays out
    assert stems("solutions? (?:to|for)") == ("solution",)
    assert stems("as an? ") == ("as a",)
    assert stems("(?:run|design)(?:s|ning)? experiments") == ("run", "design")
    # an optional leading group: a match may start with what follows it as well
    assert stems("(?:as|be)? liaison") == ()  # " liaison" starts no word: searched in full
    assert stems("(?:effectively |well )?with (?:people|others)") == ("effectively ", "well ", "with ")
    assert stems("(?:very )*good at") == ("very ", "good at")
    assert stems("(?:a )?(?:team|group) player") == ("a ", "team player", "group player")
    assert stems("(?:as|be)+ x") == ("as", "be")
    assert stems("(?:put|bring)\\w* (?:it )?live") == ("put", "bring")


def test_stems_open_every_match_on_examples():
    assert _check_stems(_stem_texts()) >= 8


@pytest.mark.shared
def test_stems_open_every_match_on_real_postings():
    assert _check_stems(_corpus_texts(60)) > 20


# Texts written from each pattern itself: every way through it, each optional or repeated part
# taken zero times and once ("(?:well )?with people": "with people" and "well with people").
_EXAMPLE_CAP = 400  # texts per part of a pattern: its alternatives multiply
_CLASS_CHARS = {sre_constants.CATEGORY_WORD: "a", sre_constants.CATEGORY_DIGIT: "1", sre_constants.CATEGORY_SPACE: " "}


def _example_texts(parsed) -> list[str]:
    texts = [""]
    for op, arg in parsed:
        if op is sre_constants.LITERAL:
            options = [chr(arg)]
        elif op is sre_constants.NOT_LITERAL:
            options = ["b" if chr(arg) == "a" else "a"]
        elif op is sre_constants.ANY:
            options = ["a"]
        elif op is sre_constants.IN:
            options = _class_chars(arg)
        elif op is sre_constants.BRANCH:
            options = [text for branch in arg[1] for text in _example_texts(branch)]
        elif op is sre_constants.SUBPATTERN:
            options = _example_texts(arg[-1])
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            low, high, body = arg
            inner = _example_texts(body)
            options = [
                "".join(parts)
                for times in sorted({low, min(low + 1, high)})
                for parts in islice(product(inner, repeat=times), _EXAMPLE_CAP)
            ]
        else:  # look-arounds, anchors: no text of their own
            options = [""]
        texts = list(dict.fromkeys(text + option for text in texts for option in options))[:_EXAMPLE_CAP]
    return texts


def _class_chars(items) -> list[str]:
    chars = []
    for op, arg in items:
        if op is sre_constants.LITERAL:
            chars.append(chr(arg))
        elif op is sre_constants.RANGE:
            chars.append(chr(arg[0]))
        elif op is sre_constants.CATEGORY:
            chars.append(_CLASS_CHARS.get(arg, "a"))
    if any(op is sre_constants.NEGATE for op, _ in items):
        return [next(c for c in "a -.1" if c not in chars)]
    return chars


def _example_matches(pattern: str) -> list[str]:
    """Texts written from ``pattern`` that its matcher's regex matches from their first letter; where
    a look-behind asks for words before ("(?<=of modeling)"), with those words written before."""
    compiled = re.compile(r"\b(?:" + pattern + r")(?![\w+#])")
    parsed = sre_parser.parse(pattern)
    befores = [""] + [text for body in _lookarounds(parsed, -1) for text in _example_texts(body)]
    # after it, the end of a sentence or of the text, or what a look-ahead asks for ("(?= the\b)")
    afters = [" .", "."] + [text + " ." for body in _lookarounds(parsed, 1) for text in _example_texts(body)]
    found = []
    for written in _example_texts(parsed):
        for text, before in product([written + after for after in afters], befores):
            # the look-behind's words may run into the match: "of modeling" before "modeling ..."
            cut = next(i for i in range(len(before) + 1) if text.startswith(before[i:]))
            if compiled.match(before[:cut] + text, cut):
                found.append(written)
                break
    return found


def _lookarounds(parsed, direction: int) -> list:
    """The bodies of the positive look-behinds (``direction`` -1) or look-aheads (1) in ``parsed``."""
    bodies = []
    for op, arg in parsed:
        if op is sre_constants.ASSERT and arg[0] == direction:
            bodies.append(arg[1])
        for part in arg[1] if op is sre_constants.BRANCH else [arg[-1]] if op in _NESTING else []:
            bodies.extend(_lookarounds(part, direction))
    return bodies


_NESTING = (
    sre_constants.SUBPATTERN,
    sre_constants.MAX_REPEAT,
    sre_constants.MIN_REPEAT,
    sre_constants.POSSESSIVE_REPEAT,
)


def test_example_matches_include_those_that_skip_an_optional_part():
    examples = _example_matches("(?:effectively |well )?with (?:people|others)(?: at all levels)?")
    assert {"with people", "well with others at all levels", "effectively with people"} <= set(examples)
    # a stem missing one way a match may start is caught
    assert not all(text.startswith(("effectively ", "well ")) for text in examples)


def test_every_way_through_every_pattern_starts_with_one_of_its_stems():
    """Wherever a pattern can match, the automaton pass finds one of its stems: for each pattern of
    the taxonomy, every text written from it (each optional part skipped and taken) starts with one."""
    taxonomy = default_pipeline_taxonomy()
    checked = 0
    for skill in taxonomy.skills.values():
        for pattern in skill.patterns:
            stems = matching._leading_stems(pattern)
            examples = _example_matches(pattern)
            assert examples, (skill.id, pattern)  # a pattern the writer cannot walk is no check
            unseen = [text for text in examples if not text.startswith(stems)]
            assert not unseen, (skill.id, pattern, stems, unseen[:3])
            checked += len(examples)
    assert checked > 1000


# Where context._employer_frames must find what _EMPLOYER_FRAME.finditer finds: frames after a word glued to
# another ("teamwork at"), runs of spaces and tabs before "at", "at" in any case, frames back to back.
FRAME_TEXTS = [
    "Life at Orbitex is fun. Teamwork at Orbitex matters; networking at Helio Labs too.",
    "Careers  at\tThe Quill Group. ENGINEERS AT Vantor build; researchers aT Nimbus Works write.",
    "At Cobalt you will grow. at Dune , we care. Join Parsec! joining Lumen Tech's founders.",
    "Why Fennel? Fennel is seeking a Data Scientist. Brightline was recently acquired by Morrow.",
    "Within Halden's Care Analytics organization. Work at at Acme. Life at AT&T. grow at Zephyr at Yarrow",
    "data science at scale; a chat at noon; Korvus is a great place to work; Teams at Teams at Vela",
    "McArdle's mission. xYz's culture. Ardent Bio Systems Inc's core  values. The Ledger Co. has been founded",
    # the space before "at" found from the "at" (a tab, a run of spaces, the text's start and end), each capital
    # run read once (capitals inside a word, a run with "The" glued in, a name's run of capitals and signs)
    "Researchers\tat Orbis Labs publish. work \t at\tKestrel. Teams at",
    "jobs at Quanta Health's mission; JOIN Corvid. WHY Corvid? Why Corvid?",
    "Our data team at DeepMarsh is hiring. Scientists at at Brightwave, grow aT\tNimbus Works and life at",
    "XThe Pelican Group is seeking analysts. The Pelican Group is hiring. AT&T's culture. McKinsey & Co has been founded",
    "PyTorch's founders; LinkedIn Learning's employees. FinOps Labs Inc is recruiting. The BigQuery Team's vision",
]


def test_employer_frames_agree_with_the_plain_scan():
    for text in [*FRAME_TEXTS, *ODD_CASES, ""]:
        assert [(m.span(), m.groups()) for m in context._employer_frames(text)] == _spans(
            context._EMPLOYER_FRAME, text
        ), text
    assert sum(len(context._employer_frames(text)) for text in FRAME_TEXTS) >= 20


@pytest.mark.shared
def test_employer_frames_agree_on_real_postings():
    for text in _corpus_texts():
        assert [(m.span(), m.groups()) for m in context._employer_frames(text)] == _spans(
            context._EMPLOYER_FRAME, text
        ), text[:80]


# Where requirements._run_in_headings must find what _RUN_IN_HEADING.finditer finds: headings run into the
# text or glued to it, capitals glued inside a long word ("PythonSQL"), a word before the noun that is glued
# to the word before it, a heading's words that end in no section noun.
RUN_IN_LINES = [
    "… analytic solution Preferred qualifications Experience with SQL and Spark. Responsibilities Build models",
    "Required QualificationsBachelor's degree in Statistics …position.Preferred QualificationsHands-on experience",
    "ResponsibilitiesResearch new methods; the data science teamRequired Skills 3+ years of Python",
    "Requirements: PythonSQLPythonSQLSparkTableau strong SQL Preferred qualifications 5 years; Big Data Skills",
    "as assigned. REQUIRED QUALIFICATIONS Bachelor's degree • Duties and Responsibilities· Support the team",
    "Stakeholder ManagementOfTheTeam Skills Python; relationshipsPreferred Qualifications - Python, aBcDeF Education",
    "XLONGACRONYMWORD Skills SQL, customersData And Analytics Requirements: A degree; qualification Hands-on",
    "Education 5 years. ExperienceA BS; experience Modeling; SKILLS\tSQL. (Business Requirements Documents)",
]


def _run_in_spans(body: str) -> list[tuple]:
    return [(m.span(), m.groups(), m.span(1)) for m in requirements._run_in_headings(body)]


def test_run_in_headings_agree_with_the_plain_scan():
    for body in [*RUN_IN_LINES, *ODD_CASES, ""]:
        plain = [(m.span(), m.groups(), m.span(1)) for m in requirements._RUN_IN_HEADING.finditer(body)]
        assert _run_in_spans(body) == plain, body
    assert sum(len(_run_in_spans(body)) for body in RUN_IN_LINES) >= 20


@pytest.mark.shared
def test_run_in_headings_agree_on_real_postings():
    for text in _corpus_texts():
        for body in text.splitlines():
            plain = [(m.span(), m.groups(), m.span(1)) for m in requirements._RUN_IN_HEADING.finditer(body)]
            assert _run_in_spans(body) == plain, body[:80]
