"""Unlisted skills: names a posting lists among known skills that the taxonomy does not have.

An open-vocabulary phrase (:mod:`.slots`: an item of a skill slot that no taxonomy skill covers)
becomes an **unlisted skill** — a real skill record, with id ``unlisted:<normalised name>``
(:func:`analyzer.records.unlisted_id`) and a verdict in the gap analysis — when the evidence that it
names a tool, language, platform, standard or method is strong:

- it is an item of a list (a "Skills:" line, a bullet, the list after "experience with", "such as",
  "e.g.", "including", "like") in which at least one other item is a taxonomy skill of a technical
  category (not one of :data:`NON_TECHNICAL_CATEGORIES`: soft skills, spoken languages, certifications)
  or a named product or method among the business words ("Agile, RUP, Waterfall", "SharePoint, Exchange");
- it is shaped like a name (:func:`name_shaped`): one to four words, each capitalised or holding a
  digit, at least one with an inner capital or a digit ("PK-Sim", "K8", "LangChain", "DSAMS"); not a
  two-letter code ("CA", "TS"), an ID ("#LI-AB1", "REQ12345"), a legal form ("Acme LLC") or words run
  together by a lost line break ("reportsExperience"); or, listed with at least two named tools, one to
  three plain capitalised words ("Yellowbrick", "Information Builder") the posting never writes in
  lower case;
- the list is not about things other than skills: its head names companies, clients, venues,
  places, clearances or visas ("companies such as …", "conferences like …", "TS/SCI clearance");
- the context rules that gate taxonomy skills keep it (:func:`.context.in_context`: company blurb,
  benefits, EEO prose, names of organisations).

A plain noun phrase is a skill too when the list vouches for it (:func:`_list_mates`): an item of a
run of list items on one line and in one clause, in a required, preferred or duty sentence (in a
posting without sections: an item of a skill slot), with at
least two items that are known technical skills (not written as tasks: "analyzing data") and no more
unknown items than known ones, that no skill covers and that is shaped like a method's or a field's
name (:func:`_mate_shaped`: two to four lower-case words with the head of a practice, "content
analysis", "event sourcing", "sensor drift correction"; one word only for a field, "metagenomics");
not in a list of a degree's fields ("PhD in a quantitative field such as …").

The record takes its category from its list neighbours (the most common), its requirement level,
years and evidence sentence from the nearest of them, and names them in ``listed_with``. A promoted
phrase leaves ``other`` (with every other phrase of the same name), so nothing is counted twice.

Plain Python over offsets (no spaCy); the work is linear in the number of slot phrases and known
skills (each gap between two known skills is read once, and at most ``MAX_MATE_GAP_CHARS`` of it).

>>> from analyzer.records import SkillMention
>>> text = "Requirements:\\n- Visualisation with Matplotlib, QuibblyPlot or Zorb3D."
>>> mpl = SkillMention("Matplotlib", "matplotlib", "analytics_visualization", 36, 46, "Matplotlib", "required", None, 16, 70)
>>> found, rest = promote_unlisted(text, [mpl])
>>> [(m.skill_id, m.category, m.requirement, m.listed_with) for m in found if not m.in_taxonomy]
[('unlisted:quibblyplot', 'analytics_visualization', 'required', ('Matplotlib',)), ('unlisted:zorb3d', 'analytics_visualization', 'required', ('Matplotlib',))]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from ..records import PREFERRED, REQUIRED, OtherPhrase, SkillMention, normalise_name, unlisted_id
from ..taxonomy import Taxonomy
from .context import in_context
from .lines import BULLET_CHARS
from .requirements import SegmentIndex, segment_index
from .slots import UNLISTED_ONLY, Slot, clause_end, item_separators, slot_items, slotted_phrases

__all__ = [
    "DEGREE_FIELD",
    "DEGREE_REACH",
    "NON_TECHNICAL_CATEGORIES",
    "NOT_SKILL_HEAD",
    "PERMIT",
    "ROLE_WORDS",
    "name_shaped",
    "promote_unlisted",
    "run_on",
    "taxonomy_names",
]

#: Taxonomy categories whose skills make a list a list of tools, languages, platforms or methods.
#: Soft skills and business words, spoken languages and certifications list other kinds of things
#: ("CPA/CA/CIA", "English, Spanish", "Proactive, organised").
NON_TECHNICAL_CATEGORIES = frozenset({"business_communication", "spoken_languages", "certifications"})
#: The non-technical category that also holds named products and methods ("JIRA", "Scrum").
BUSINESS_CATEGORY = "business_communication"
#: At most this many words in an unlisted skill's name.
MAX_NAME_WORDS = 4
#: Neighbours named in a record's ``listed_with``.
MAX_LISTED_WITH = 4
#: How far before a slot its head is looked for ("companies such as", "conferences like").
HEAD_CHARS = 60

# Heads of lists whose items are not skills: organisations, venues, places, people, permits, metrics.
NOT_SKILL_HEAD = re.compile(
    r"\b(?:compan(?:y|ies)|clients?|customers?|brands?|partners?|organi[sz]ations?|employers?|agenc(?:y|ies)"
    r"|universit(?:y|ies)|institutions?|schools?|hospitals?|retailers?|publications?|publish(?:ed|ing)?"
    r"|conferences?|journals?|venues?|workshops?|locations?|offices?|cities|states|countries|regions?"
    r"|clearances?|visas?|sponsorship|citizens?(?:hip)?|polygraph|authori[sz]ed\s+to\s+work|investors?|backed"
    r"|metrics?|kpis?)\b"
)
# Anywhere in the slot: a security clearance or a work permit ("TS/SCI with Polygraph").
PERMIT = re.compile(r"\b(?:clearance|polygraph|visa|citizenship|green\s+card|sci)\b", re.I)
# The last word of a job title.
ROLE_WORDS = frozenset(
    """consultant consultants analyst analysts engineer engineers scientist scientists developer
    developers architect architects administrator administrators specialist specialists lead leads director
    directors officer officers associate associates intern interns sme smes""".split()
)
# A company's legal form as the last word ("Acme LLC").
_LEGAL_FORMS = frozenset("llc inc ltd llp gmbh corp plc co lp sa ag bv".split())
# A word that, run into the one before it, shows a lost line break ("trend reportsExperience").
_RUN_ON_WORDS = frozenset(
    """experience experienced knowledge ability abilities qualifications qualification requirements requirement
    responsibilities responsibility skills skill preferred required desired education degree minimum familiarity
    understanding proficiency exposure hands""".split()
)
_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_ID_CODE = re.compile(r"[A-Za-z].*\d{4}|\d{4}.*[A-Za-z]")
_RUN_ON_START = re.compile(r"[a-z]{3,}[A-Z]")
_TITLE_TAIL = re.compile(r"(?<=[^A-Za-z])[A-Z][a-z]+$")
# Lower-case words naming the kind of thing after a name ("MedLink7 standards", "HL7 interfaces").
_KIND_WORDS = frozenset(
    """standards standard interfaces interface formats format platforms platform frameworks framework tools tool
    systems system libraries library packages package databases database software suite services service
    protocols protocol applications application products product technologies technology environments
    environment solutions solution modules module apis api""".split()
)
# A head that says the examples after it are tools: "systems such as", "software (e.g.", "tools like".
_TOOL_HEAD = re.compile(
    r"\b(?:tools?|software|systems?|platforms?|packages?|librar(?:y|ies)|languages?|databases?|frameworks?|solvers?"
    r"|suites?|applications?|technologies|environments?)\s*[(,]?\s*"
    r"(?:such\s+as|e\.g\.|i\.e\.|(?:to\s+)?includ(?:ing|es?),?\s+(?:but|and)\s+(?:is\s+|are\s+)?not\s+limited\s+to|including|like)"
    r"(?!\w)[,:]?",
    re.I,
)
# What ends a list: sentence punctuation, a bracket, a line break.
_LIST_BREAK = re.compile(r"[.;:!?()\[\]\n]")
#: How far around a phrase the whitespace-free run holding it is looked for.
TOKEN_REACH = 60
#: How far back from an item the head of its list is looked for.
MAX_LIST_REACH = 160
#: The category of an unlisted skill whose list has no known skill and whose sentence has none either.
HEAD_ONLY_CATEGORY = "software_development"
_CAPITALISED = re.compile(r"[A-Z][a-z]{2,}")
# A plain name of two or three words: capitalised words, an acronym among them ("Information Builder",
# "Control Advisor", "MS Sales").
_CAPITALISED_WORDS = re.compile(r"(?:[A-Z][a-z]{2,}|[A-Z]{2,5})(?:[ \t]+(?:[A-Z][a-z]{2,}|[A-Z]{2,5})){1,2}")
# Endings of English nouns and adjectives of many words: a capitalised one is a heading word, not a name.
_WORD_SUFFIX = re.compile(
    r"(?:tions?|sions?|ments?|ness|ity|ities|ies|ings?|ances?|ences?|ical|ional|ology|ship|ists?|i[sz]e)$"
)
# Endings of a field's or a plural noun's name ("statistics", "databases"): no product.
_PLURAL_OR_FIELD = re.compile(r"(?:ics|ses|[^s]s)$")
_NEXT_WORD = re.compile(r"[ \t]*\r?\n?[ \t]*([a-z]+)")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]{3,}(?![\w-])")
#: Named tools (:func:`_named_tool`) a plain capitalised word must be listed with.
MIN_NAMED_NEIGHBOURS = 2
#: More capitalised parts than this in one word is several words run together.
MAX_HUMPS = 4
_OFFICER = re.compile(r"C[A-Z]O")
_VERSION = re.compile(r"\d+(?:\.\d+)*[A-Za-z]{0,2}")
_INDUSTRY = re.compile(r"[a-z](?:Tech|Techs)$|aaS$")


def name_shaped(name: str) -> bool:
    """Whether ``name`` looks like the name of a product, language or standard.

    >>> [name_shaped(n) for n in ("PK-Sim", "K8", "LangChain", "Pheonix NLME", "ISO 19770", "DSAMS")]
    [True, True, True, True, True, True]
    >>> [name_shaped(n) for n in ("services", "Design", "CA", "REQ12345", "Acme LLC", "reportsExperience")]
    [False, False, False, False, False, False]
    >>> [name_shaped(n) for n in ("C++Experience", "12c", "FinTech", "SaaS", "RDC 16 2013", "GastroPlus")]
    [False, False, False, False, False, True]
    """
    words = name.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or any(c in name for c in ':()[]{}<>@#=|"“”'):
        return False
    if words[-1].lower().rstrip(".") in _LEGAL_FORMS:
        return False
    if len(words) > 1 and words[-1].lower() in ROLE_WORDS:
        return False  # a job title ("SCM Planning Consultant")
    strong = False
    for word in words:
        head = word[0]
        inner_upper = any(c.isupper() for c in word[1:])
        digit = any(c.isdigit() for c in word)
        if not (head.isupper() or head.isdigit() or inner_upper):
            return False  # a lower-case word: prose ("establish facts"), not a name
        if _ID_CODE.search(word):
            return False  # an ID or a requisition code
        if "." in word and re.search(r"\.[A-Z][a-z]", word):
            return False  # "automation.Knowledge": two sentences run together
        if inner_upper and run_on(word):
            return False
        if inner_upper or (digit and any(c.isalpha() for c in name)):
            strong = True
    if len(words) > 1 and all(w.isdigit() or (w[1:].islower() and not any(c.isdigit() for c in w)) for w in words):
        return False  # a capitalised word and a number ("Approximately 7"): prose, not a name
    if len(words) == 1 and sum(c.isalpha() for c in name) < 3 and not any(c.isdigit() for c in name):
        return False  # two letters: a state, a country, a clearance ("CA", "TS")
    if len(words) == 1 and _VERSION.fullmatch(name):
        return False  # a version or a size ("12c", "5G", "3D"), not a product
    if sum(w.isdigit() for w in words) > 1:
        return False  # a regulation's number ("RDC 16 2013")
    if len(words) == 1 and _OFFICER.fullmatch(name):
        return False  # an officer's title ("CEO", "CTO"), not a tool
    if _INDUSTRY.search(name):
        return False  # an industry ("FinTech", "InsurTech") or a delivery model ("SaaS", "DaaS")
    return strong


def run_on(word: str) -> bool:
    """Two words run together by a lost line break: "reportsExperience", "C++Experience", "CHands"."""
    if _RUN_ON_START.match(word):
        return True
    parts = [p for p in _HUMP.split(word) if p]
    if len(parts) > MAX_HUMPS:
        return True  # a list run together ("HTMLCSSJavaScript…")
    if any(p.lower().strip(".,'’-") in _RUN_ON_WORDS for p in parts[1:]):
        return True
    tail = _TITLE_TAIL.search(word, 1)
    return tail is not None and tail.group().lower() in _RUN_ON_WORDS


#: Taxonomies whose surface forms are cached (a pipeline has one; tests build a few).
MAX_CACHED_TAXONOMIES = 4
_FORMS: list[tuple[Taxonomy, frozenset[str]]] = []


def taxonomy_names(taxonomy: Taxonomy) -> frozenset[str]:
    """Every surface form of the taxonomy's skills, normalised as unlisted names are
    (:func:`~analyzer.records.normalise_name`); built once per taxonomy."""
    for tax, names in _FORMS:
        if tax is taxonomy:
            return names
    names = frozenset(normalise_name(form) for skill in taxonomy.skills.values() for form, _ in skill.surface_forms())
    _FORMS.append((taxonomy, names))
    del _FORMS[:-MAX_CACHED_TAXONOMIES]
    return names


def promote_unlisted(
    text: str,
    mentions: Sequence[SkillMention],
    other: Sequence[tuple[OtherPhrase, Slot]] | None = None,
    segments: SegmentIndex | None = None,
    known_names: AbstractSet[str] = frozenset(),
) -> tuple[list[SkillMention], list[OtherPhrase]]:
    """The posting's skills with its unlisted skills added (in text order), and the ``other`` phrases
    that stay open vocabulary. ``other`` are the slot phrases with their slots (found here when not
    given, from the ``mentions``' spans). A phrase whose normalised name is in ``known_names`` (the
    taxonomy's surface forms, :func:`taxonomy_names`) is never promoted: the matcher or its context
    rules have decided on that name already ("Excel" in a list of file formats)."""
    segments = segments if segments is not None else segment_index(text)
    if other is None:
        other = slotted_phrases(text, [(m.start, m.end) for m in mentions], segments)
    technical = sorted(
        (m for m in mentions if m.in_taxonomy and m.category not in NON_TECHNICAL_CATEGORIES), key=lambda m: m.start
    )
    # A list's tools: its technical skills, and named products or methods of any other category but
    # spoken languages and certifications ("Agile, RUP, Waterfall", "SharePoint, Exchange").
    tools = sorted((m for m in mentions if m.in_taxonomy and _lists_tools(m)), key=lambda m: m.start)
    starts = [m.start for m in tools]
    candidates: list[tuple[OtherPhrase, list[SkillMention]]] = []
    lower_words: set[str] | None = None
    for listed, slot in other:
        phrase = _without_generic_tail(listed)
        if known_names and normalise_name(phrase.text) in known_names:
            continue
        shaped = name_shaped(phrase.text)
        plain_words = not shaped and _plain_words(phrase.text)
        if not shaped and not plain_words and not _CAPITALISED.fullmatch(phrase.text):
            continue
        neighbours = tools[bisect_left(starts, slot.start) : bisect_right(starts, slot.end)]
        neighbours = [m for m in neighbours if m.end <= slot.end]
        if not shaped:
            # A plain capitalised word ("Yellowbrick") is a name only among named tools, where its
            # capital is no sentence's first letter, and when the posting never writes it in lower case.
            if sum(_named_tool(m) for m in neighbours) < MIN_NAMED_NEIGHBOURS or _line_initial(text, phrase.start):
                continue
            if _WORD_SUFFIX.search(phrase.text) or _continues_lower(text, phrase.end):
                continue  # an English word by its ending ("Modernization", "Shopping", "Methodologies")
            if plain_words:
                if _written_lower(text, phrase.text):
                    continue
            else:
                if lower_words is None:
                    lower_words = _lower_words(text)
                if phrase.text.lower() in lower_words:
                    continue
        if not neighbours and shaped and _tool_head_before(text, phrase.start):
            # No known skill in the list, but its head says what the items are: "systems such as
            # DSAMS, SAMIS", "tools like Quibbly". The sentence's known skills give the category.
            neighbours = [m for m in tools if m.segment_start <= phrase.start < m.segment_end] or [
                _head_only(phrase, slot)
            ]
        if not neighbours or _not_about_skills(text, slot, phrase) or _not_a_whole_name(text, phrase, slot):
            continue
        candidates.append((phrase, neighbours))
    taken = {(p.start, p.end) for p, _ in candidates}
    for phrase, neighbours in _list_mates(text, mentions, technical, other, known_names, segments):
        if (phrase.start, phrase.end) not in taken:
            taken.add((phrase.start, phrase.end))
            candidates.append((phrase, neighbours))
    if not candidates:
        return list(mentions), [p for p, slot in other if slot.kind not in UNLISTED_ONLY]
    # The context rules of taxonomy skills (blurb, benefits, EEO, organisation names), with the
    # known skills beside the candidates as the rules' list neighbours.
    spans = [_Span(m.start, m.end, False) for m in mentions]
    spans += [_Span(p.start, p.end, True, i) for i, (p, _) in enumerate(candidates)]
    spans.sort(key=lambda m: (m.start, m.end))
    kept = {m.index for m in in_context(text, spans, segments, judge=_is_candidate)}
    # The candidates of one run share its list of neighbours: what the list says (category, names, order) is
    # read once per list, so a run of thousands of items costs linear time, not items × neighbours.
    lists: dict[int, _ListFacts] = {}
    promoted = [_record(text, p, nb, segments, lists) for i, (p, nb) in enumerate(candidates) if i in kept]
    if not promoted:
        return list(mentions), [p for p, slot in other if slot.kind not in UNLISTED_ONLY]
    names = {m.skill_id for m in promoted}
    promoted_at = {m.start for m in promoted}
    rest = [
        p
        for p, slot in other
        if slot.kind not in UNLISTED_ONLY and unlisted_id(p.text) not in names and p.start not in promoted_at
    ]
    return sorted([*mentions, *promoted], key=lambda m: (m.start, m.end)), rest


class _Span:
    """A known skill or a candidate, as the context rules see it."""

    __slots__ = ("start", "end", "candidate", "index")

    def __init__(self, start: int, end: int, candidate: bool, index: int = -1):
        self.start, self.end, self.candidate, self.index = start, end, candidate, index


def _is_candidate(span: _Span) -> bool:
    return span.candidate


def _tool_head_before(text: str, start: int) -> bool:
    """A tool-kind head and its example cue ("systems such as") open the list that runs, unbroken by
    sentence punctuation, up to ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    region_start = max(line_start, start - MAX_LIST_REACH)
    heads = list(_TOOL_HEAD.finditer(text, region_start, start))
    return bool(heads) and _LIST_BREAK.search(text, heads[-1].end(), start) is None


def _head_only(phrase: OtherPhrase, slot: Slot) -> SkillMention:
    """A stand-in neighbour for a list known only by its head: software development, the slot's level."""
    return SkillMention(
        "", "", HEAD_ONLY_CATEGORY, slot.start, slot.start, "", phrase.requirement, None, slot.start, slot.end
    )


def _lists_tools(m: SkillMention) -> bool:
    """A known skill that makes its list one of tools: one of a technical category, or a named product
    or method of the business words ("JIRA", "Agile", "SharePoint"; not "communication")."""
    if m.category not in NON_TECHNICAL_CATEGORIES:
        return True
    return m.category == BUSINESS_CATEGORY and _named_tool(m)


def _named_tool(m: SkillMention) -> bool:
    """A taxonomy skill that is a product, written as one: a capitalised name ("Apache Spark", "AWS",
    "Power BI"), or a one-word lower-case name without the ending of an English noun ("matplotlib",
    "dbt"; not "databases", "statistics", "telecommunications"), capitalised in the text."""
    if not any(c.isupper() for c in m.text):
        return False
    if any(c.isupper() for c in m.skill):
        return True
    return " " not in m.skill and not _WORD_SUFFIX.search(m.skill) and not _PLURAL_OR_FIELD.search(m.skill)


def _continues_lower(text: str, end: int) -> bool:
    """A lower-case word follows (across a line break, not "and"/"or"): the capitalised word is the
    first of a phrase ("other Enterprise | products"), not a name of its own."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) not in ("and", "or", "etc", "as", "a")


def _without_generic_tail(phrase: OtherPhrase) -> OtherPhrase:
    """The phrase without trailing lower-case kind words: "MedLink7 standards" -> "MedLink7"."""
    words = phrase.text.split()
    while len(words) > 1 and words[-1].islower() and words[-1] in _KIND_WORDS:
        words.pop()
    if len(words) == len(phrase.text.split()):
        return phrase
    end = phrase.start + phrase.text.index(words[-1], len(" ".join(words[:-1]))) + len(words[-1])
    return OtherPhrase(phrase.text[: end - phrase.start], phrase.start, end, phrase.requirement)


def _line_initial(text: str, start: int) -> bool:
    """Only bullets, spaces or a "Label:" stand between the line's start and ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    return not before.strip(" \t" + BULLET_CHARS) or before.rstrip().endswith(":")


def _plain_words(name: str) -> bool:
    """Two or three capitalised words or acronyms, at least one a word ("Information Builder", "MS
    Sales"; not "SQL DBA"): among named tools, the name of one more."""
    if _CAPITALISED_WORDS.fullmatch(name) is None or _CAPITALISED.search(name) is None:
        return False
    last = name.split()[-1].lower()
    return last not in ROLE_WORDS and last not in ("manager", "managers")  # a post: "Business Analyst"


def _written_lower(text: str, name: str) -> bool:
    """Whether the posting also writes the words of ``name`` in lower case ("data management"): a
    phrase of the language, capitalised as a list item, not a name."""
    words = name.lower().split()
    return re.search(r"(?<![\w-])" + r"[ \t]+".join(map(re.escape, words)) + r"(?![\w-])", text) is not None


def _lower_words(text: str) -> set[str]:
    """The words the posting writes in lower case."""
    return set(_LOWER_WORD.findall(text))


def _not_about_skills(text: str, slot: Slot, phrase: OtherPhrase) -> bool:
    """The list names organisations, venues, places or permits, not skills: its head (before the
    slot, or inside a list line before the phrase) says so, or a clearance is named in it."""
    line_start = text.rfind("\n", 0, slot.start) + 1
    head = text[max(line_start, slot.start - HEAD_CHARS) : phrase.start].lower()
    return bool(NOT_SKILL_HEAD.search(head) or PERMIT.search(text, slot.start, slot.end))


def _not_a_whole_name(text: str, phrase: OtherPhrase, slot: Slot) -> bool:
    """The phrase is part of something else: a hashtag or ID ("#LI-AB1"), a piece of a code cut at
    its slashes ("93/42/EEC"), or the modifier of a head noun shared with the next item ("CPU and GPU
    acceleration", "RNA, DNA and protein assays")."""
    start, end = phrase.start, phrase.end
    if text[start - 1 : start] == "#":
        return True
    if _JOINED.match(text, end) or _JOINED_BEFORE.search(text, max(0, start - 2), start):
        return True  # one half of "CUT&RUN", "R&D"
    if _LABEL_END.match(text, end):
        return True  # a heading or a field label ("DUTIES:", "Location:")
    # The whitespace-free run around the phrase, looked for within a bounded reach (linear overall).
    reach_start, reach_end = max(0, start - TOKEN_REACH), min(len(text), end + TOKEN_REACH)
    token_start = max(text.rfind(" ", reach_start, start), text.rfind("\n", reach_start, start), reach_start - 1) + 1
    token_end = reach_end
    for stop in (" ", "\n"):
        found = text.find(stop, end, reach_end)
        if 0 <= found < token_end:
            token_end = found
    token = text[token_start:token_end].strip(".,;")
    if "/" in token and any(part.isdigit() or len(part) == 1 for part in token.split("/")):
        return True  # a code or a name cut at its slashes ("93/42/EEC", "S/4HANA")
    shared = _SHARED_HEAD.match(text, end, slot.end)
    return shared is not None and _SHARED_HEAD_END.match(text, shared.end(), slot.end) is not None


_JOINED = re.compile(r"[&+][A-Za-z0-9]")
_LABEL_END = re.compile(r"[ \t]*:")
_JOINED_BEFORE = re.compile(r"[A-Za-z0-9][&+]$")
# "X and Y noun": the coordinator, then the next item ...
_SHARED_HEAD = re.compile(r"\s*(?:and|or|&|/)\s*")
# ... a name followed by lower-case words up to the end of the item (a shared head noun).
_SHARED_HEAD_END = re.compile(
    r"[A-Z0-9][\w.+#-]*(?:\s+[A-Z0-9][\w.+#-]*)?\s+[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}\s*(?=[,;.)]|$|\s(?:and|or)\b)"
)


#: Longest stretch of text between two known items of one list.
MAX_MATE_GAP_CHARS = 120
#: Words in an item listed with known skills that becomes an unlisted skill (:func:`_list_mates`).
MAX_MATE_WORDS = 4
#: Known skills (list items of their own) a plain noun phrase must be listed with.
MIN_LIST_MATES = 2
#: Words of a piece that is still a list item (more is prose).
MAX_PIECE_WORDS = 5
_MATE_WORD = re.compile(r"[a-z][a-z-]*[a-z][a-z]")  # three letters at least: no piece of a word cut by a space
# Small words that make an item a phrase about an amount or a relation ("cost per inference").
_MATE_INNER = frozenset("per via than versus out off up down including like such especially".split())
# School subjects: one alone names a background ("experts in computer science, chemistry, physics").
_SUBJECTS = frozenset(
    "physics mathematics economics biology psychology sociology geology ecology linguistics ethics politics".split()
)
# First words that make an item a clause, a filler or a quantity, not a skill's name.
_MATE_FIRST = frozenset(
    """other related similar various etc more new all any such own certain some many most each every key core
    additional different specific general relevant appropriate current existing next latest emerging future
    proper complex high low best innovative complicated typical standard alike
    develop build create implement manage support maintain ensure drive use provide perform conduct analyze
    analyse identify apply write deliver define collaborate communicate partner help improve establish evaluate
    monitor review deploy prepare present track optimize optimise lead work make get set run own understand
    learn grow share give take keep bring see find correct compare recommend formulate generate collect validate
    assess measure translate explore investigate extract integrate automate design test report research
    requires require develops creates builds manages supports performs provides promote enable facilitate
    coordinate prioritize execute mentor differentiate""".split()
)
# Last words that make an item a filler, a kind word, a quality, a person or a group, not a skill's name.
_MATE_LAST = (
    frozenset(
        """etc more others things areas area fields field topics topic activities activity efforts tasks task duties
    responsibilities opportunities initiatives needs requirements goals objectives results outcomes insights issues
    questions challenges matters purposes purpose stuff way ways manner level levels items item aspects kinds types
    solutions solution techniques technique tools tool software concepts concept sources source sets set
    applications application ecosystems ecosystem templates template methods method methodologies methodology
    approaches approach practices practice principles principle systems system platforms platform technologies
    technology studies equivalent equivalents alike accuracy efficiency usage integrity excellence
    companies company firms manager managers team teams stakeholders stakeholder customers customer partners
    partner users user people staff leaders leadership members member owners owner vendors vendor executives
    executive clients client colleagues peers departments department groups group organizations organisations
    organization organisation processes process requests metrics environment environments position positions
    judgment judgement statement statements""".split()
    )
    | ROLE_WORDS
)
# The head word of a skill's name: a noun of action or practice ("extraction", "enrichment",
# "modeling", "analysis", "discovery"), a field ("informatics", "virology") or a built thing of
# engineering ("models", "pipelines", "architectures"). Other heads name things a job deals with
# ("reports", "advantages", "currencies", "domains"), which no list turns into a skill.
_SKILL_HEAD = re.compile(r"(?:ing|ics|ysis|yses|tion|sion|ment|ogy|ogies|ery|ance|ence)$")
_SKILL_HEAD_WORDS = frozenset(
    """models engines architecture architectures algorithms networks graphs databases pipelines tests design
    theory control diagrams""".split()
)
# Endings of adjectives and adverbs that open a phrase about a quality, not a skill's name ("reliable
# models", "competitive advantages", "iteratively build").
_ADJECTIVE_FIRST = re.compile(r"(?:able|ible|ly|ous|ful)$")
# One word alone is a skill's name only as a field of study or practice ("cheminformatics", "psychometrics").
_FIELD_WORD = re.compile(r"(?:ics|ology|ometry|graphy)$")
# A degree's or a field's list: "PhD in a quantitative field (economics, physics, …)".
DEGREE_FIELD = re.compile(
    r"\b(?=[bdefmp])(?:degrees?|educat\w*|backgrounds?|focus|bachelor\w*|master\w*|ph\.?d|doctorate|diploma|majors?|fields?|disciplines?|b\.?[as]|m\.?[as]|mba)\b",
    re.I,
)
#: How far before a run of list items a degree's word is looked for.
DEGREE_REACH = 80
# Leading words of a piece that say its item is no particular skill ("or other modeling techniques").
_FILLER_LEAD = frozenset("other others similar related alike etc".split())


def _mate_shaped(words: list[str]) -> bool:
    """An item shaped like the name of a field, a method or a kind of system, written in lower case:
    two to four lower-case words ("content analysis", "event sourcing") or one naming a field
    ("cheminformatics"); no filler or clause opener first ("other tools", "develop models", "proper
    usage"), no verb with its object ("auditing data"), no kind, quality, person, group or filler
    word last ("analytical tools", "data accuracy", "product managers", "related areas"), no adverb,
    participle or quality ("-ity") last."""
    if not 1 <= len(words) <= MAX_MATE_WORDS or not all(_MATE_WORD.fullmatch(w) for w in words):
        return False
    if len(words) == 1 and (not _FIELD_WORD.search(words[0]) or words[0] in _SUBJECTS):
        return False  # one word alone is as often a task, a quality or a subject as a skill
    first = words[0]
    if first in _MATE_FIRST or words[-1] in _MATE_LAST or any(w in _MATE_INNER for w in words):
        return False
    if (
        len(words) > 1
        and first.endswith("s")
        and (first[:-1] in _MATE_FIRST or (first.endswith("es") and first[:-2] in _MATE_FIRST))
    ):
        return False  # a verb of a duty ("analyzes performance", "develops tables")
    if len(words) > 1 and (words[0].endswith("ing") or _ADJECTIVE_FIRST.search(words[0])):
        return False  # a verb and its object ("auditing data"), a quality ("reliable models")
    last = words[-1]
    if not (_SKILL_HEAD.search(last) or last in _SKILL_HEAD_WORDS):
        return False
    return not last.endswith(("ly", "ed", "ity")) and len(last) > 3


def _list_mates(
    text: str,
    mentions: Sequence[SkillMention],
    technical: list[SkillMention],
    other: Sequence[tuple[OtherPhrase, Slot]],
    known_names: AbstractSet[str],
    segments: SegmentIndex,
) -> list[tuple[OtherPhrase, list[SkillMention]]]:
    """Plain noun phrases listed among known skills: in a run of list items (commas, slashes, "and",
    "or") on one line and in one clause, holding at least ``MIN_LIST_MATES`` items that are known
    technical skills, an item no skill covers and shaped like a field's or a method's name
    (:func:`_mate_shaped`) is a skill too ("drug design, cheminformatics, deep learning, machine
    learning and/or small molecule identification"). The items are the slot reader's
    (:func:`.slots.slot_items`); an item before the run's first known skill counts when the slot
    reader found it there (the first item after a cue: "experience with search engines, …").

    Linear: each gap between two neighbouring known skills is read once, at most
    ``MAX_MATE_GAP_CHARS`` long, and each run's tail at most one clause."""
    if len(technical) < MIN_LIST_MATES:
        return []
    spans = sorted((m.start, m.end) for m in mentions)
    other_starts = [p.start for p, _ in other]
    # Known items: technical skills, those that overlap or touch across spaces being one item.
    items: list[list[SkillMention]] = []
    for m in technical:
        if items and (m.start <= items[-1][-1].end or text[items[-1][-1].end : m.start].isspace()):
            items[-1].append(m)
        else:
            items.append([m])
    found: list[tuple[OtherPhrase, list[SkillMention]]] = []
    run: list[list[SkillMention]] = [items[0]]
    pieces: list[tuple[int, int]] = []
    for item in items[1:]:
        start, end = max(m.end for m in run[-1]), item[0].start
        between = _between(text, start, end)
        if between is None:
            found.extend(_run_mates(text, run, pieces, spans, other, other_starts, known_names, segments))
            run, pieces = [item], []
            continue
        run.append(item)
        pieces.extend(between)
    found.extend(_run_mates(text, run, pieces, spans, other, other_starts, known_names, segments))
    return found


def _between(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The list items between two known items (their spans), or None when the text between them is
    no list: too long, a line break or sentence punctuation, no separator, a piece of prose."""
    if end - start > MAX_MATE_GAP_CHARS or _LIST_BREAK.search(text, start, end):
        return None
    seps = list(item_separators(text, start, end))
    if not seps:
        return None
    bounds = [start, *(p for sep in seps for p in sep), end]
    pieces = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    if any(len(text[a:b].split()) > MAX_PIECE_WORDS for a, b in pieces):
        return None
    # The first piece ends the left known item, the last one opens the right one.
    return [(a, b) for a, b in pieces[1:-1] if b > a]


def _run_mates(
    text: str,
    run: list[list[SkillMention]],
    pieces: list[tuple[int, int]],
    spans: list[tuple[int, int]],
    other: Sequence[tuple[OtherPhrase, Slot]],
    other_starts: list[int],
    known_names: AbstractSet[str],
    segments: SegmentIndex,
) -> list[tuple[OtherPhrase, list[SkillMention]]]:
    if len(run) < MIN_LIST_MATES or sum(not _task_phrased(text, item) for item in run) < MIN_LIST_MATES:
        return []  # a list of tasks ("preparing and analyzing data, viewing …"), not of skills
    first, last = run[0][0].start, max(m.end for m in run[-1])
    # The run's tail: the items after its last known skill, up to the end of the clause or the first
    # bracket (past a gloss, "regularized models (ridge/lasso), clustering", known skills may follow).
    tail_end = clause_end(text, last, past_glosses=False)
    seps = list(item_separators(text, last, tail_end))
    if seps and not text[last : seps[0][0]].strip():
        bounds = [*(p for sep in seps for p in sep), tail_end]
        for i in range(1, len(bounds), 2):
            a, b = bounds[i], bounds[i + 1]
            if len(text[a:b].split()) > MAX_PIECE_WORDS:
                break
            pieces.append((a, b))
    # The run's head: slot items right before its first known skill, joined to it by separators.
    head: list[tuple[int, int]] = []
    edge = first
    # ``other`` is in text order: walk back from the last phrase starting before the run, for as
    # long as the phrases are joined to it by separators only (bounded by the run's head).
    for k in range(bisect_left(other_starts, first) - 1, -1, -1):
        phrase = other[k][0]
        if phrase.end > edge:
            continue  # a phrase overlapping the run (a longer slot item)
        gap = text[phrase.end : edge]
        if not gap.strip() or "\n" in gap or len(gap) > MAX_PIECE_WORDS * 2:
            break
        if sum(b - a for a, b in item_separators(text, phrase.end, edge)) != len(gap):
            break  # more than separators between them
        head.append((phrase.start, phrase.end))
        edge = phrase.start
    unknown = len(head) + sum(bool(text[a:b].strip()) for a, b in pieces)
    if not unknown or unknown > len(run):
        return []  # nothing to read, or more unknown items than known skills: a list of something else
    asks = _asks(segments, first)
    if asks is None:
        return []
    line_start = text.rfind("\n", 0, first) + 1
    line_end = text.find("\n", last, last + DEGREE_REACH)
    reach_end = line_end if line_end >= 0 else min(len(text), last + DEGREE_REACH)
    reach_start = max(line_start, (head[-1][0] if head else first) - DEGREE_REACH)
    if DEGREE_FIELD.search(text, reach_start, first) or DEGREE_FIELD.search(text, last, reach_end):
        return []  # fields of study ("a quantitative field such as …", "… or related disciplines")
    neighbours = [m for item in run for m in item]
    level = run[0][0].requirement
    slotted = {(p.start, p.end) for p, _ in other} if not asks else set()
    out = []
    for a, b in head + pieces:
        for item in slot_items(text, Slot(a, b, "list"), spans):
            name = text[item.start : item.end]
            if not _mate_shaped(name.split()) or normalise_name(name) in known_names:
                continue
            if any(w.lower() in _FILLER_LEAD for w in text[a : item.start].split()):
                continue  # "or other modeling techniques"
            if not asks and (item.start, item.end) not in slotted:
                continue  # a posting without sections: only an item of a skill slot ("such as …")
            out.append((OtherPhrase(name, item.start, item.end, level), neighbours))
    return out


def _task_phrased(text: str, item: list[SkillMention]) -> bool:
    """A known item written as a task: a verb in "-ing" and its object ("analyzing data")."""
    written = text[item[0].start : max(m.end for m in item)].split()
    return len(written) > 1 and written[0].islower() and written[0].endswith("ing")


def _asks(segments: SegmentIndex, offset: int) -> bool | None:
    """Whether the sentence at ``offset`` asks for something: True for a required or preferred one
    or a duty; False (ask only in a skill slot) in a posting without sections; None otherwise (a
    company's description, benefits, a negation)."""
    seg = segments.segment_at(offset)
    if seg is None or seg.negated or seg.heading:
        return None
    section = segments.section_at(offset)
    if seg.level in (REQUIRED, PREFERRED) or section == "duty":
        return True
    return False if section is None else None


def _own_piece_level(segments: SegmentIndex, phrase: OtherPhrase, near: SkillMention) -> str | None:
    """The level of the phrase's own piece of a sentence cut at two levels ("… (SAS, R); experience with
    platforms such as IHD is a plus"): a neighbour across the cut speaks for its own piece only. None when the
    phrase shares its piece with the neighbour or lies in another sentence (a list may run over sentence breaks)."""
    seg = segments.segment_at(phrase.start)
    if seg is None or seg.negated or seg.heading or seg.start <= near.start < seg.end:
        return None
    if not seg.sentence_start <= near.start < seg.sentence_end:
        return None
    return seg.level


class _ListFacts:
    """What a list of neighbours says of every candidate listed with it: the commonest category (ties: the
    first written), the names it is listed with, and, when the neighbours run in text order (starts and ends
    never going back), their starts, to find the nearest one by bisection."""

    __slots__ = ("category", "listed_with", "starts")

    def __init__(self, neighbours: list[SkillMention]):
        counts = Counter(m.category for m in neighbours)
        first: dict[str, int] = {}
        for i, m in enumerate(neighbours):
            first.setdefault(m.category, i)
        self.category = max(counts, key=lambda c: (counts[c], -first[c]))
        self.listed_with = tuple(dict.fromkeys(m.skill for m in neighbours if m.skill))[:MAX_LISTED_WITH]
        ordered = all(a.start <= b.start and a.end <= b.end for a, b in zip(neighbours, neighbours[1:], strict=False))
        self.starts = [m.start for m in neighbours] if ordered else None


#: Neighbours read on each side of a phrase's place in an ordered list: the nearest is next to that place.
_NEAR_WINDOW = 4


def _nearest(phrase: OtherPhrase, neighbours: list[SkillMention], starts: list[int] | None) -> SkillMention:
    """The neighbour nearest ``phrase`` (the first of equals, in list order)."""

    def gap(m: SkillMention) -> int:
        return min(abs(m.start - phrase.end), abs(phrase.start - m.end))

    if starts is None:
        return min(neighbours, key=gap)
    at = bisect_left(starts, phrase.start)
    return min(neighbours[max(0, at - _NEAR_WINDOW) : at + _NEAR_WINDOW], key=gap)


def _record(
    text: str,
    phrase: OtherPhrase,
    neighbours: list[SkillMention],
    segments: SegmentIndex | None = None,
    lists: dict[int, _ListFacts] | None = None,
) -> SkillMention:
    facts = lists.get(id(neighbours)) if lists is not None else None
    if facts is None:
        facts = _ListFacts(neighbours)
        if lists is not None:
            lists[id(neighbours)] = facts
    near = _nearest(phrase, neighbours, facts.starts)
    own_level = _own_piece_level(segments, phrase, near) if segments is not None else None
    category, listed_with = facts.category, facts.listed_with
    name = " ".join(phrase.text.split())
    return SkillMention(
        skill=name,
        skill_id=unlisted_id(name),
        category=category,
        start=phrase.start,
        end=phrase.end,
        text=text[phrase.start : phrase.end],
        requirement=own_level or near.requirement,
        years=near.years,
        # The neighbour's sentence, widened to hold the phrase (a list may run over sentence breaks).
        segment_start=min(near.segment_start, phrase.start),
        segment_end=max(near.segment_end, phrase.end),
        listed_with=listed_with,
    )
