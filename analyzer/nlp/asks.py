"""Which open-vocabulary phrases are asks a job seeker can act on.

The slot reader (:mod:`.slots`) keeps any short item of a skill slot that no taxonomy skill covers.
A person reads that list as "also asked for", so an item must name something one can learn or
show: a tool, a method, a field, a domain of experience. This module drops the rest, by the shape
of the phrase and where it stands:

- a lone adjective or adverb, or a phrase ending in one ("analytical", "idiomatically", "highly
  motivated", "Exceptional organizational");
- a lone common noun that names no field or domain ("focus", "reports", "configuration"): one
  word stays only as a name (a capital inside it, a digit, a capitalised word in mid-sentence), a
  field's name ("physiology", "econometrics"), a practice ("marketing") or a domain of work
  (:data:`DOMAIN_WORDS`);
- a fragment of a clause: a verb or filler first ("measure success", "overall research
  procedures"), a word of a clause inside ("aviation operations as applied"), a possessive;
- a generic head with only qualities before it ("analytic functions", "online technologies"), or
  a head that names no skill at all: a goal, a person, a group, a setting (:data:`NOT_SKILL_HEADS`);
- a heading or a code: a line in capitals or a lone item on its own line ("LICENSES", "IND4");
- a phrase that overlaps a skill already found, or whose name is a taxonomy skill's form (the
  matcher or its context rules have decided on that name);
- a phrase in a sentence that asks for nothing: the company's description, benefits, a negation.

Plain Python over the phrases and their lines; every check reads a bounded stretch of text, so the
work is linear in the number of phrases.

>>> text = "Requirements:\\n- Experience with Zorblax, focus groups and analytical tools\\n- Strong, flexible"
>>> ph = [OtherPhrase(t, text.index(t), text.index(t) + len(t), "required") for t in ("Zorblax", "analytical tools", "flexible")]
>>> [p.text for p in plausible_asks(text, ph, [])]
['Zorblax']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from ..records import PREFERRED, REQUIRED, OtherPhrase, normalise_name
from .context import in_context
from .lines import BULLET_CHARS
from .requirements import NON_ASK_SECTIONS, SegmentIndex, segment_index
from .unlisted import DEGREE_FIELD, DEGREE_REACH, NOT_SKILL_HEAD, PERMIT, ROLE_WORDS, run_on
from .words import WordIndex, word_index

__all__ = ["ADJECTIVE_NOUNS", "DOMAIN_WORDS", "NOT_SKILL_HEADS", "plausible_asks"]

# Endings of English adjectives and adverbs ("analytical", "creative", "idiomatically", "scientific",
# "self-motivated", "flexible"); "-ics" is a field, not an adjective.
_ADJECTIVE_END = re.compile(r"(?:al|ive|ous|ful|ible|able|ic|ly|ish|less|ed|ant|ent|ary|ile|ular)$")
#: Nouns with an adjective's ending that name a skill, a field or a thing one works with (reviewed).
ADJECTIVE_NOUNS = frozenset(
    """logic arithmetic music rhetoric retrieval capital signal signals terminal journal journalism portal manual
    tutorial proposal proposals approval rental hospital protocol principal executive narrative incentive derivative
    automotive need seed speed feed agent content talent patent client tenant account accountant
    consultant assistant management development deployment procurement assessment measurement engagement
    investment equipment government environment treatment enrollment recruitment settlement payment
    dictionary vocabulary summary library inventory glossary mobile textile
    material materials""".split()
)
#: Domains of work a posting asks experience in ("experience in sales, finance or healthcare").
DOMAIN_WORDS = frozenset(
    """finance sales healthcare insurance retail medicine pharma biotech ecommerce e-commerce fintech
    cybersecurity telecom logistics hospitality""".split()
)
# One word naming a field of study or practice ("physiology", "econometrics", "cartography", "chemistry").
_FIELD_END = re.compile(r"(?:ics|ology|ography|ometry|onomy|istry|graphy)$")
# Words with a field's ending that name a kind of thing, not a field.
_KIND_FIELDS = frozenset("methodology technology terminology topology ideology".split())
# Gerunds that name a practice or a domain ("marketing", "consulting").
_PRACTICE_GERUNDS = frozenset(
    """marketing accounting consulting manufacturing banking auditing budgeting forecasting underwriting
    trading recruiting merchandising publishing advertising lending investing nursing""".split()
)
#: Heads that name no skill: goals, results, people, groups, places of work, amounts (reviewed).
NOT_SKILL_HEADS = ROLE_WORDS | frozenset(
    """needs need goals goal objectives objective results result outcomes outcome impact conclusions
    questions issues challenges opportunities purposes purpose way ways manner setting settings workplace
    environment environments role roles position positions capacity team teams group groups people staff
    members member associates partners partner stakeholders customers clients users leaders leadership
    companies company organizations organisations organization organisation department departments
    quality accuracy efficiency integrity excellence breadth depth level levels focus emphasis
    expectations deadlines things stuff etc others aspects areas area domains domain tasks task duties
    responsibilities activities efforts initiatives matters kinds types items topics constraints limitations
    improvements businesses startups engagements mindset curiosity attitude scale sectors audiences resources
    advocate trainer writer manager managers learner player""".split()
)
# Heads that name a kind of thing: a skill only with a name or a noun before them ("energy systems";
# not "analytic functions", "online technologies").
_KIND_HEADS = frozenset(
    """tools tool software systems system platforms platform technologies technology methods method
    methodologies methodology techniques technique approaches approach applications application concepts
    concept principles principle procedures procedure processes process functions function products product
    services service solutions solution projects project programs program practices practice capabilities
    resources data information sources source frameworks framework models model packages package""".split()
)
# Words that open a fragment of a clause or a filler ("measure success", "overall product quality").
_FRAGMENT_FIRST = frozenset(
    """other related similar various etc more all any such own certain some many most each every key core
    additional different specific general relevant appropriate current existing next latest new emerging future
    proper complex high low best overall broad broader significant exceptional extensive several direct main
    either neither both large small wide
    through via as per from into using within across toward towards
    develop build create implement manage support maintain ensure drive use provide perform conduct analyze
    analyse identify apply write deliver define collaborate communicate partner help improve establish evaluate
    monitor review deploy prepare present track optimize optimise lead work make get set run own understand
    learn grow share give take keep bring see find correct compare recommend formulate generate collect validate
    assess measure translate explore investigate extract integrate automate test report comply ask meet
    organize organise prioritize execute change tackle solve""".split()
)
# Verbs of _FRAGMENT_FIRST whose "-ing" form also names a field ("learning management systems").
_GERUND_NOUNS = frozenset({"learn"})


def _duty_gerund(word: str) -> bool:
    """Whether ``word`` is the "-ing" form of a verb that opens a clause (:data:`_FRAGMENT_FIRST`):
    "creating", "managing", "implementing", "getting"; not a verb that is as often a noun's modifier
    (:data:`_NOUN_VERBS`: "testing frameworks", "reporting tools")."""
    if len(word) < 6 or not word.endswith("ing"):
        return False
    stem = word[:-3]
    for verb in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if verb and verb in _FRAGMENT_FIRST:
            return verb not in _NOUN_VERBS and verb not in _GERUND_NOUNS
    return False


# Verbs of _FRAGMENT_FIRST that are as often the noun that modifies a skill's head ("test execution",
# "report generation", "partner marketing", "support tools", "change requests"): a verb only where a
# verb stands, opening a line or a sentence ("Report project metrics") or after "to" or a modal.
_NOUN_VERBS = frozenset("test report change partner support".split())
# The end of what stands before such a word when it is a verb.
_VERB_BEFORE = re.compile(
    r"(?:^|[\n.!?:;•*·▪●◦–—-]|\b(?:to|will|shall|must|should|can|could|may|might|would))[ \t]*+$", re.I
)
_VERB_BEFORE_REACH = 12
# Words inside a phrase that show it is a piece of a clause ("assessments using surveys").
_CLAUSE_INNER = frozenset(
    "as such using like via through specifically especially including than per with eg e.g ie i.e etc".split()
)
#: How far back the head of a phrase's list is looked for.
HEAD_REACH = 100
#: Found skills a lower-case word must be listed with to count as a tool's name, and how far they are looked for.
MIN_LISTED_TOOLS = 2
LIST_REACH = 100
#: How far around a phrase a security clearance or a work permit is looked for ("active TS/SCI").
PERMIT_REACH = 20
# Heads of lists of teams, units or values ("functions such as Sales, Legal", "our values: Open, …").
_GROUP_HEAD = re.compile(r"\b(?:teams?|units?|groups?|functions|departments?|divisions?|values|awards?)\b")
# Small words that end no name: the phrase was cut from its sentence ("a plus" on the next line).
_FUNCTION_WORDS = frozenset("a an the of and or to in for with at on by up below above include includes".split())
_ARTICLES = frozenset("a an the".split())
# Endings of English nouns: a capitalised one alone is a heading's or a team's word ("Engineering").
_ENGLISH_END = re.compile(r"(?:tion|sion|ment|ness|ity|ing|ance|ence|ship|ure)s?$")
# A degree named after a list of fields ("…, biology or medicine; Masters or PhD degree preferred").
_DEGREE_AFTER = re.compile(r"\b(?:degrees?|bachelor\w*|master\w*|ph\.?d|doctorate|mba|majors?)\b", re.I)
_EXAMPLE_CUE = re.compile(r"\b(?:e\.g|i\.e)\.")
_NAME_CHAR = re.compile(r"[A-Z0-9]")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]*[a-z](?![\w-])")
_WORD = re.compile(r"[\w'’.+#-]+")
_LOWER = re.compile(r"[a-z]")


def plausible_asks(
    text: str,
    phrases: Sequence[OtherPhrase],
    skill_spans: Sequence[tuple[int, int]],
    known_names: AbstractSet[str] = frozenset(),
    segments: SegmentIndex | None = None,
) -> list[OtherPhrase]:
    """The ``phrases`` (open vocabulary, in text order) a job seeker can act on; ``skill_spans`` are
    the skills found in ``text`` (taxonomy and unlisted), ``known_names`` the taxonomy's forms,
    normalised (:func:`.unlisted.taxonomy_names`)."""
    if not phrases:
        return []
    segments = segments if segments is not None else segment_index(text)
    spans = sorted(skill_spans)
    lower_words = _LowerWordCounts(text, word_index(text))
    shaped = [
        p
        for p in phrases
        if not _overlaps(spans, p.start, p.end)
        and normalise_name(p.text) not in known_names
        and _shaped_like_ask(text, p, lower_words, spans)
        and not _heading_or_code(text, p, spans)
        and not _about_other_things(text, p)
        and _in_an_ask(segments, p.start)
    ]
    if not shaped:
        return []
    # The context rules of taxonomy skills (company prose, benefits, EEO, names of organisations),
    # with the found skills as the phrases' list neighbours.
    candidates = [_Candidate(s, e, None) for s, e in spans] + [_Candidate(p.start, p.end, p) for p in shaped]
    candidates.sort(key=lambda c: (c.start, c.end))
    return [c.phrase for c in in_context(text, candidates, segments, judge=_is_phrase) if c.phrase is not None]


class _LowerWordCounts:
    """How often the posting writes each word in lower case: what ``Counter(_LOWER_WORD.findall(text))``
    holds, counted only for the few words the rules ask about (a whole-text scan was ~0.1 ms a posting),
    and only where the posting's :class:`.words.WordIndex` has every part of the word."""

    def __init__(self, text: str, words: WordIndex):
        self._text = text
        self._words = words
        self._counts: dict[str, int] = {}

    def __getitem__(self, word: str) -> int:
        count = self._counts.get(word)
        if count is None:
            count = self._counts[word] = self._count(word)
        return count

    def __contains__(self, word: str) -> bool:
        return self[word] > 0

    def _count(self, word: str) -> int:
        if not _LOWER_WORD.fullmatch(word) or not all(part in self._words for part in word.split("-") if part):
            return 0
        text, count, after = self._text, 0, len(word)
        at = text.find(word)
        while at >= 0:
            # _LOWER_WORD's edges: no word character or hyphen on either side
            if (not at or not _word_or_hyphen(text[at - 1])) and (
                at + after == len(text) or not _word_or_hyphen(text[at + after])
            ):
                count += 1
            at = text.find(word, at + 1)
        return count


def _word_or_hyphen(char: str) -> bool:
    return char.isalnum() or char in "_-"


class _Candidate:
    """A found skill (no phrase) or an open-vocabulary phrase, as the context rules see it."""

    __slots__ = ("start", "end", "phrase")

    def __init__(self, start: int, end: int, phrase: OtherPhrase | None):
        self.start, self.end, self.phrase = start, end, phrase


def _is_phrase(candidate: _Candidate) -> bool:
    return candidate.phrase is not None


def _about_other_things(text: str, phrase: OtherPhrase) -> bool:
    """The phrase's list names organisations, teams, places, permits or values, not skills: its head
    says so ("investors including …", "teams such as …"), or a clearance is named beside it."""
    head = _list_head(text, phrase.start)
    if NOT_SKILL_HEAD.search(head) or _GROUP_HEAD.search(head):
        return True
    return PERMIT.search(text, max(0, phrase.start - PERMIT_REACH), phrase.end + PERMIT_REACH) is not None


def _list_head(text: str, start: int) -> str:
    """The sentence's text before ``start``, at most ``HEAD_REACH`` characters, in lower case: where
    the head of the phrase's list is ("investors including …", "conferences such as …")."""
    # The dots of "e.g." and "i.e." end no sentence: blanked (same length) before the stop is looked for.
    window = _EXAMPLE_CUE.sub(lambda m: " " * len(m.group()), text[max(0, start - HEAD_REACH) : start].lower())
    stop = max(window.rfind(c) for c in ".;:!?\n")
    return window[stop + 1 :]


def _shaped_like_ask(
    text: str, phrase: OtherPhrase, lower_words: _LowerWordCounts, spans: list[tuple[int, int]]
) -> bool:
    """Whether the phrase is shaped like the name of a skill, a tool, a field or a domain; a capitalised
    word counts as a name only where the posting never writes it in lower case (``lower_words``)."""
    words = _WORD.findall(phrase.text)
    if (
        not words
        or any(c in phrase.text for c in "_*•")
        or _cut(text, phrase.start, phrase.end)
        or text[phrase.start - 1 : phrase.start] == "#"
    ):
        return False  # a file's name, a bullet inside; a piece of a word, of "R&D cycles", of "#Hashtag"
    lowered = [w.lower().strip(".'’-") for w in words]
    if len(words) > 1 and (lowered[-1].isdigit() or lowered[-1] in _FUNCTION_WORDS):
        return False  # cut from the next line or sentence: "data research 4", "voice systems a (plus)"
    if any(run_on(w) for w in words):
        return False  # two words run together by a lost line break: "guidelinesAbility"
    if any(w.endswith(("'s", "’s")) and not w[:1].isupper() for w in words):
        return False  # a possessive: "the department's applications" (not a brand's: "Adobe's creative suite")
    if any(w in _ARTICLES for w in lowered[1:]) or "www" in lowered[0] or "http" in phrase.text:
        return False  # a clause run on ("FileMaker development a strong plus") or a web address
    names = [
        _strong_name(w) or (_is_name(text, phrase, w, i) and lowered[i] not in lower_words) for i, w in enumerate(words)
    ]
    if not names[0] and (
        (lowered[0] in _FRAGMENT_FIRST and not _noun_first(text, phrase, lowered))
        or (len(words) > 1 and lowered[0].endswith("ly"))
    ):
        return False  # a verb, a filler or an adverb first: "measure success", "highly motivated"
    if len(words) > 1 and _duty_gerund(lowered[0]) and not _strong_name(words[0]):
        return False  # a duty's verb first, capitalised as a line opens: "Managing complex user permissions"
    if any(w in _CLAUSE_INNER for w in lowered[1:]):
        return False  # a piece of a clause: "aviation operations as applied"
    if lowered[0].startswith("self-"):
        return False  # a quality: "self-starter", "self-motivated"
    head = lowered[-1]
    if not names[-1] and _adjective(head):
        return False  # ends in an adjective: "analytical", "Exceptional organizational"
    if head in NOT_SKILL_HEADS and not _strong_name(words[-1]):
        return False  # "evidence needs", "healthcare setting", "Finance Positions"
    if not any(_strong_name(w) for w in words) and _field_of_study(text, phrase):
        return False  # "a degree in statistics, finance or social sciences" is education
    if len(words) == 1:
        if not names[0] and not _field_or_domain(head) and _shares_a_later_head(text, phrase, lower_words):
            return False  # a modifier of the list's head: "vector and motion graphics", "Vector, Raster Datasets"
        if _strong_name(words[0]):
            return sum(c.isalpha() for c in words[0]) > 2 or any(c.isdigit() for c in words[0])
        if _field_or_domain(head) or (lower_words[head] == 1 and _listed_with_tools(text, phrase, spans)):
            return True
        # A capitalised word in mid-sentence, never written in lower case, and no English word by its
        # ending: a name ("Tealium"; not "Engineering", "Fraud" in a list of teams).
        return names[0] and not _ENGLISH_END.search(head)
    if head in _KIND_HEADS and not any(names[:-1]):
        # "analytic functions", "online technologies": qualities before a kind word name no skill
        return not all(_adjective(w) or w in _KIND_HEADS for w in lowered[:-1])
    return True


# What follows a lone word in its list: items separated by commas, slashes, "&", "and", "or", up to a stop
# or a word that goes on with the clause ("including", "for", "to" …).
_LIST_SPLIT = re.compile(r"[ \t]*+(?:[,/&]|\b(?:and|or)\b)[ \t]*+")
_CLAUSE_STOP = re.compile(r"[.;:()\[\]\n!?]|\b(?:including|such|like|for|in|with|to|that|which|using|on|from|as)\b")
_SHARED_HEAD_REACH = 80  # characters after the word read for the rest of its list
_ITEM_WORD = re.compile(r"[\w.+#'’-]++")


def _shares_a_later_head(text: str, phrase: OtherPhrase, lower_words: _LowerWordCounts) -> bool:
    """Whether the lone word ``phrase`` is one of the modifiers of a list's head, a common noun that
    comes with the list's last item, of more than one word ("vector and motion graphics", "Relational,
    Dimensional, Columnar, Graph DB design", "Mathematics, Logical, Text and Reference formulas"): the
    items between are single words, and the posting writes the head in lower case. A name before a kind of tool stays a tool ("Looker, Sisense or Mode analytics tools"),
    and so does a name before a name ("Kafka, Pulsar and Apache Flink")."""
    end = phrase.end
    window = text[end : end + _SHARED_HEAD_REACH]
    stop = _CLAUSE_STOP.search(window)
    rest = window[: stop.start() if stop else len(window)]
    lead = _LIST_SPLIT.match(rest)
    if lead is None or lead.end() == 0:
        return False  # the word is the list's last item, or no list follows
    if stop is None:
        return False  # the list's end is not in sight
    items = [_ITEM_WORD.findall(item) for item in _LIST_SPLIT.split(rest[lead.end() :].strip())]
    if not items or any(len(words) != 1 for words in items[:-1]) or not 2 <= len(items[-1]) <= 4:
        return False  # the list goes on after an item of its own ("sales, customer service, marketing")
    head = items[-1][-1]
    if not (head.islower() or head.lower() in lower_words):
        return False
    return not (phrase.text[:1].isupper() and head.lower() in _KIND_HEADS)


def _noun_first(text: str, phrase: OtherPhrase, lowered: list[str]) -> bool:
    """The phrase's first word is a noun that can also be a verb (:data:`_NOUN_VERBS`) and stands where
    no verb does: "experience with test execution", "data analysis and report generation" (not
    "- Report project metrics", "able to test new ideas")."""
    if len(lowered) < 2 or lowered[0] not in _NOUN_VERBS:
        return False
    return _VERB_BEFORE.search(text, max(0, phrase.start - _VERB_BEFORE_REACH), phrase.start) is None


def _listed_with_tools(text: str, phrase: OtherPhrase, spans: list[tuple[int, int]]) -> bool:
    """A lower-case word with no English ending, listed with at least ``MIN_LISTED_TOOLS`` found skills
    written as names (a capital or a digit) in its clause: a tool's name written in lower case
    ("tidytext" among R packages). The caller checks that the posting writes the word only here."""
    word = phrase.text
    if not word.isalnum() or not word.islower() or _ENGLISH_END.search(word) or word.endswith("s") or _adjective(word):
        return False
    lo, hi = max(0, phrase.start - LIST_REACH), min(len(text), phrase.end + LIST_REACH)
    lo = max([lo, *(text.rfind(c, lo, phrase.start) + 1 for c in ".;:!?\n")])
    ends = [i for i in (text.find(c, phrase.end, hi) for c in ".;:!?\n") if i >= 0]
    hi = min(ends, default=hi)
    i = bisect_left(spans, (lo, lo))
    listed = 0
    while i < len(spans) and spans[i][1] <= hi and listed < MIN_LISTED_TOOLS:
        listed += _NAME_CHAR.search(text, spans[i][0], spans[i][1]) is not None
        i += 1
    return listed >= MIN_LISTED_TOOLS


def _cut(text: str, start: int, end: int) -> bool:
    """The phrase is cut from a longer word or a joined name: a letter right before or after it, or a
    joiner ("R&D", "CUT&RUN", "TG(MD)R")."""
    before, after = text[start - 1 : start], text[end : end + 1]
    return before.isalnum() or after.isalnum() or before in ("&", "+") or after in ("&", "+", "(")


def _field_of_study(text: str, phrase: OtherPhrase) -> bool:
    """A degree's or a field's word in the phrase's sentence, before it or after it on its line."""
    lo = max(0, phrase.start - DEGREE_REACH)
    stop = max(text.rfind(c, lo, phrase.start) for c in ".;!?\n")
    if DEGREE_FIELD.search(text, max(stop + 1, lo), phrase.start):
        return True
    hi = min(len(text), phrase.end + DEGREE_REACH)
    ends = [i for i in (text.find(c, phrase.end, hi) for c in ".;!?\n") if i >= 0]
    return _DEGREE_AFTER.search(text, phrase.end, min(ends, default=hi)) is not None


def _strong_name(word: str) -> bool:
    """A capital inside the word or a digit with letters: "HL7", "PyTorch", "SAS"."""
    return any(c.isupper() for c in word[1:]) or (any(c.isdigit() for c in word) and any(c.isalpha() for c in word))


def _adjective(word: str) -> bool:
    return bool(_ADJECTIVE_END.search(word)) and word not in ADJECTIVE_NOUNS and not _FIELD_END.search(word)


def _field_or_domain(word: str) -> bool:
    field = bool(_FIELD_END.search(word)) and word not in _KIND_FIELDS
    return field or word in _PRACTICE_GERUNDS or word in DOMAIN_WORDS


def _is_name(text: str, phrase: OtherPhrase, word: str, index: int) -> bool:
    """A word written as a name: a capital inside it or a digit with letters ("HL7", "PyTorch", "SAS"),
    or capitalised in mid-sentence ("Zorblax" after "with"); not a capital that opens a line or a
    sentence ("Scientific & Regulatory", "Build, confirm …")."""
    if _strong_name(word):
        return True
    if not word[:1].isupper():
        return False
    if index > 0:
        return True  # "Hospital Information Systems": capitals after the first word are the name's
    before = text[max(0, phrase.start - 40) : phrase.start]
    line = before.rsplit("\n", 1)[-1]
    if "\n" in before or len(before) < 40:
        if not line.strip(" \t" + BULLET_CHARS) or line.rstrip().endswith(":"):
            return False  # first on its line or after a label
    return not line.rstrip().endswith((".", "!", "?", "|"))


def _heading_or_code(text: str, phrase: OtherPhrase, spans: list[tuple[int, int]]) -> bool:
    """A heading or a code, not an ask: a line in capitals ("LICENSE/CERTIFICATION"), or the only
    item of a line without a bullet ("IND4", "Listing ID"), when no skill is found on the line."""
    # (at most 200 characters either side: a long line's window, not the text from its start)
    lo = max(0, phrase.start - 200)
    line_start = max(lo, text.rfind("\n", lo, phrase.start) + 1)
    line_end = text.find("\n", phrase.end, phrase.end + 200)
    line_end = line_end if line_end >= 0 else min(len(text), phrase.end + 200)
    if _overlaps(spans, line_start, line_end):
        return False
    line = text[line_start:line_end]
    if not _LOWER.search(line):
        return True
    return line.strip(" \t\r.:;,") == phrase.text


def _in_an_ask(segments: SegmentIndex, offset: int) -> bool:
    """The sentence asks something: not the company's description, benefits or a negation."""
    seg = segments.segment_at(offset)
    if seg is None or seg.negated:
        return False
    return seg.level in (REQUIRED, PREFERRED) or segments.section_at(offset) not in NON_ASK_SECTIONS


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_left(spans, (start, start))
    if i > 0 and spans[i - 1][1] > start:
        return True
    return i < len(spans) and spans[i][0] < end
