"""The skill taxonomy: categories from the ML-engineer interview and the skills under them.

The data lives in reviewable JSON Lines files (``data/taxonomy/``, described in its README):
``categories.jsonl``, ``rounds.jsonl``, one ``skills/*.jsonl`` file per area, the task rules
(``tasks.jsonl``) and the business functions they may name (``functions.jsonl``). This module
loads and checks them; it knows nothing about spaCy.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

from .errors import TaxonomyError

SKILL_FIELDS = {
    "id",
    "name",
    "category",
    "aliases",
    "cased",
    "needs_context",
    "patterns",
    "implies",
    "related",
    "requires",
    "bare",
    "esco",
    "onet",
    "note",
}
CATEGORY_FIELDS = {"id", "name", "kind", "rounds", "description"}
TASK_FIELDS = {"skill", "verbs", "objects", "span", "not_after", "object_needs", "purpose", "functions", "note"}
FUNCTION_FIELDS = {"name", "note"}
# A business function's name as postings write it: capitalised words ("Data Engineering") or an
# acronym ("HR", "R&D").
_FUNCTION_NAME_RE = re.compile(r"^[A-Z][A-Za-z&]*(?: [A-Z][A-Za-z&]*)*$")
#: Which words of a task phrase its mention covers (see ``tasks.jsonl`` in data/taxonomy/README.md).
TASK_SPANS = ("phrase", "verb", "object")
_BARE_WORD_RE = re.compile(r"^[a-z]+$")
_TASK_WORD_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
ROUND_FIELDS = {"id", "name", "description"}
_T = TypeVar("_T")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")


@dataclass(frozen=True)
class Round:
    id: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    kind: str  # "foundation" (the interview's list) or "specialisation"
    rounds: tuple[str, ...]
    description: str = ""


@dataclass(frozen=True)
class Skill:
    id: str
    name: str
    category: str
    aliases: tuple[str, ...] = ()
    cased: tuple[str, ...] = ()
    needs_context: bool = False
    patterns: tuple[str, ...] = ()  # regular expressions over lower-cased text, for phrasings with free words
    implies: tuple[str, ...] = ()  # more general skills that knowing this one gives credit for
    related: tuple[str, ...] = ()  # skills of the same kind, as written in the file (see Taxonomy.related)
    requires: tuple[str, ...] = ()  # prerequisite concepts, learnt before this one
    # words of action that name the skill alone where their sentence names its object, the first word
    # of its name ("monitoring" in a duty about models is model monitoring)
    bare: tuple[str, ...] = ()
    esco: str | None = None
    onet: str | None = None
    note: str | None = None

    def surface_forms(self) -> Iterator[tuple[str, bool]]:
        """Yield ``(form, case_sensitive)``; the display name counts as an alias unless cased."""
        cased_lower = {c.lower() for c in self.cased}
        seen: set[str] = set()
        for form in (self.name, *self.aliases):
            key = form.lower()
            if key in cased_lower or key in seen:
                continue
            seen.add(key)
            yield form, False
        for form in self.cased:
            yield form, True


@dataclass(frozen=True)
class TaskRule:
    """A skill asked for as a task: one of ``verbs`` (lemmas) acting on one of ``objects`` (head nouns).

    "retrieve, clean and normalize data" asks for data cleaning through the rule
    ``{"skill": "data_cleaning", "verbs": ["clean", ...], "objects": ["data", ...]}``. The matcher
    adds the inflections (clean, cleans, cleaned, cleaning; -ise/-ize) and plurals itself.
    """

    skill: str
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    span: str = "phrase"  # the words the mention covers: the verb phrase, the verb alone, the object alone
    # Words that, right before the object, make it another thing: "improve [campaign] performance" is
    # no performance optimization, "build the [sales] pipeline" no data pipeline.
    not_after: tuple[str, ...] = ()
    # Words one of which must stand in the object's noun phrase, before the head, for the rule to
    # fire: "support [junior] engineers" is mentoring, "support our engineers" or "support senior
    # data scientists" is help given to others. Empty: no such condition.
    object_needs: tuple[str, ...] = ()
    # Whether the phrase names its skill also as the purpose of other work in a duty or requirement:
    # "build models to [forecast demand]", "use SQL to [analyze claims data]". Most task phrases after
    # "to" name a goal instead ("to make decisions", "to improve operations"), so the default is no.
    purpose: bool = False
    # Whether the object may also be a series of business functions' names, capitalised, after "with",
    # "across" or "alongside": "partner with Data Engineering and Finance" (the names in functions.jsonl).
    functions: bool = False
    note: str | None = None
    # Nouns of action that take the object after "of" besides those the matcher makes from the
    # verbs: a derived rule's own noun ("segmentation of customers"). Not read from the file.
    nouns: tuple[str, ...] = ()


@dataclass(frozen=True)
class DerivedForm:
    """A spelling of a skill generated from its written forms: ``kind`` names the generator;
    ``cased`` forms are matched as written and, with ``needs_context``, only in a skill context."""

    form: str
    skill: str
    kind: str
    base: str = ""  # what it was made from: a method's modifier ("survival"), a truncated stem
    cased: bool = False
    needs_context: bool = False


# --- spellings generated from a skill's own forms -------------------------------------------------

#: The head nouns postings swap on the name of a method ("survival analysis", "survival models",
#: "survival modelling"), by kind. A modifier is a method's name when the skill's own forms give it
#: three kinds of head, one of each group of ``_METHOD_EVIDENCE``: "data model" and "data
#: modeling" do not make "data" a method ("data methods"), nor "decision analysis" and "decision
#: modeling" "decision" ("decision models" decide things).
_METHOD_HEADS = {
    "analysis": ("analysis", "analyses"),
    "model": ("model", "models"),
    "modeling": ("modeling", "modelling"),
    "methods": ("method", "methods"),
    "techniques": ("technique", "techniques"),
    "algorithms": ("algorithm", "algorithms"),
}
_HEAD_KIND = {word: kind for kind, words in _METHOD_HEADS.items() for word in words}
_METHOD_EVIDENCE = ({"analysis", "methods", "techniques", "algorithms"}, {"model", "modeling"})
_PLURAL = re.compile(r"(?!.*ies$)[a-z]{3,}[^siuy]s")  # a regular plural: not "analysis", "physics", "series"
#: Heads given to every method's name; "analysis" only where the skill writes it ("ranking
#: analysis" is the study of a ranking, not the method).
_METHOD_GIVEN = ("model", "modeling", "methods", "techniques", "algorithms")

#: Categories whose skills are traits and activities of a person ("problem solving", "thought
#: leadership"): their gerund and -ship forms have agent nouns ("problem solver", "thought leader").
_AGENT_CATEGORIES = frozenset({"business_communication"})
#: The last words of such forms whose agent noun names a trait of a person, not a job ("technical
#: writer", "project planner" and "program manager" are posts, not what a posting asks of one).
_AGENT_NOUNS = {
    "leadership": "leader",
    "thinking": "thinker",
    "solving": "solver",
    "building": "builder",
    "listening": "listener",
    "speaking": "speaker",
    "storytelling": "storyteller",
    "telling": "teller",
    "learning": "learner",
}
#: A leader of a group is its head, a post ("the Medical Team Leader", "engineering leaders"):
#: "team leadership" has no agent noun, "thought leadership" has.
_GROUPS = frozenset({"team", "people", "engineering", "business", "project", "program", "product"})

#: The development life cycle is the software's or the system's: "Systems Development Life Cycle".
_LIFE_CYCLE = re.compile(r"^software development (?:life cycle|life-cycle|lifecycle)$")
_LIFE_CYCLE_SPELLINGS = ("life cycle", "lifecycle", "life-cycle")

#: A product name with a generic tail that postings drop: "DynamoDB" as "Dynamo", "K8s" as "K8",
#: "Vue.js" as "Vue". The stem is an ambiguous word ("Couch", "Express"), so it counts only in a
#: skill context (a list of skills, "experience with ...").
_TRUNCATED = re.compile(r"^([A-Z][A-Za-z]{3,})(?:DB|JS|\.js)$|^([A-Za-z]\d)s$")
#: Stems that name another product in postings: "Kusto, Cosmos & SQL" is Microsoft's internal
#: Cosmos store, not Cosmos DB (5 of 5 corpus postings).
_NOT_TRUNCATED = frozenset({"cosmos"})

#: Head nouns postings abbreviate after a modifier: "graph DBs", "a columnar DB". Not "DB" alone
#: (also DB2, Deutsche Bank), nor as a first word: "DB design" would take the head of "Graph DB
#: design" or "Oracle DB environments" from the product before it.
_ABBREVIATED_HEADS = {"database": ("DB", "DBs"), "databases": ("DB", "DBs")}


#: The other side of the Atlantic of a plain form's word endings, each way where both spellings are
#: always the same word ("modeling" / "modelling", "visualization" / "visualisation", "analyze" /
#: "analyse"). Not a British "-ise" verb made "-ize": "enterprise", "expertise", "advertise" are
#: "-ise" in American English too.
_TRANSATLANTIC = (
    (re.compile(r"(?<=[a-z]{3})iz(?=ations?\b|e[sdr]?\b|ing\b|ers\b)"), "is"),
    (re.compile(r"(?<=[a-z]{3})is(?=ations?\b)"), "iz"),
    # not "-yses": "analyses" is also the plural of "analysis"
    (re.compile(r"(?<=[a-z]{2})yz(?=e[dr]?\b|ing\b)"), "ys"),
    (re.compile(r"(?<=[a-z]{2})ys(?=e[dr]?\b|ing\b)"), "yz"),
    # the words whose l is doubled in British English only ("telling", "selling" are not "teling")
    (re.compile(r"\b(mod|lab|lev|trav|chann|tunn|canc|fu)el(?=ing\b|ed\b|ers?\b)"), r"\1ell"),
    (re.compile(r"\b(mod|lab|lev|trav|chann|tunn|canc|fu)ell(?=ing\b|ed\b|ers?\b)"), r"\1el"),
    (re.compile(r"(?<=avi|col|lab|fav|hon|hum)or(?=s?\b|al\b)"), "our"),
    (re.compile(r"(?<=avi|col|lab|fav|hon|hum)our(?=s?\b|al\b)"), "or"),
    (re.compile(r"\bcenter(?=s?\b)"), "centre"),
    (re.compile(r"\bcentre(?=s?\b)"), "center"),
)

#: Prefixes written joined, hyphenated or apart ("hyperparameter", "hyper-parameter", "hyper
#: parameter"): split off a plain one-word form when the rest is a word of the taxonomy.
_PREFIXES = frozenset(
    "anti auto bio co cross cyber geo hyper immuno inter meta micro mini multi neuro non over post pre"
    " re self semi sub super tele ultra un under".split()
)
#: Heads that, after a word, make it a verb phrase or a suffix, not a compound written apart ("feed
#: back", "interpret ability").
_NOT_HEADS = frozenset({"ability", "abilities", "back", "down", "over", "away", "through", "about"})
_COMPOUND_HEAD_MIN = 4  # letters: a shorter head ("up", "set") is mostly a particle or another word

_IS_NOUNS = ("analysis", "hypothesis", "synthesis", "diagnosis")  # plural "-es"

#: Last words that take no plural "-s": already a plural or an "-s" word, gerunds and participles
#: ("testing", "accounting"), adjectives ("clinical", "predictive"), the nouns that need "-es".
_NO_PLURAL_ENDINGS = ("s", "x", "sh", "ch", "ing", "ed", "al", "ic", "ous", "ive", "ful", "ble")
#: Fields and qualities, whose plural names instances, not the field: "pathologies" are diseases,
#: "utilities" companies, "capabilities" what a thing can do.
_MASS_ENDINGS = ("ology", "ity")


def plural_of(word: str) -> str | None:
    """The regular plural of a lower-case noun of four letters or more ("segmentation" →
    "segmentations", "strategy" → "strategies"), or None where "-s" would not make one."""
    if len(word) < 4 or not word.isalpha() or not word.islower() or word.endswith(_NO_PLURAL_ENDINGS):
        return None
    return word[:-1] + "ies" if word.endswith("y") and word[-2] not in "aeiou" else word + "s"


#: Categories of fields, domains and business areas: the plural of their names names instances
#: ("existing health policies", "corporate strategies" of a trading desk, "the energy industries").
_FIELD_CATEGORIES = frozenset(
    ("domain_knowledge", "life_sciences", "business_communication", "spoken_languages", "certifications")
)


def _cased_plurals(skill: Skill, category: Category | None) -> Iterator[str]:
    """The plurals of a cased form that is a common word, each as it is written ("segmentation",
    "Segmentation"): the file lists a word as cased when its bare use is ambiguous and needs a
    skill context, and lists the lower case with it. Not of a name (a skill matched as written
    without needing context, "Looker", or one the file writes only capitalised, "Spring", "Excel",
    "Word": "Springs", "Excels" are other words), nor of a field (``_FIELD_CATEGORIES``) or a
    quality (``_MASS_ENDINGS``)."""
    if not skill.needs_context or category is None or category.id in _FIELD_CATEGORIES:
        return
    words = {form for form in skill.cased if form.islower()}
    for form in skill.cased:
        if form.lower() not in words:
            continue
        head, space, last = form.rpartition(" ")
        plural = plural_of(last.lower())
        if plural is None or last.lower().endswith(_MASS_ENDINGS):
            continue
        if last.isupper():
            plural = plural.upper()
        elif last[0].isupper():
            plural = plural.capitalize()
        yield head + space + plural


_FORM_WORD_SPLIT = re.compile(r"[ -]")


def compound_vocabulary(skills: Iterable[Skill]) -> frozenset[str]:
    """The words of the skills' plain forms, in both numbers: the halves a one-word form may be
    written apart as (see ``derive_forms``)."""
    words: set[str] = set()
    for skill in skills:
        for form in (skill.name, *skill.aliases):
            if form.islower():
                words.update(w for w in _FORM_WORD_SPLIT.split(form) if w.isalpha())
    plurals = {w + "s" for w in words if not w.endswith("s")}
    singles = {w[:-1] for w in words if w.endswith("s") and not w.endswith("ss")}
    return frozenset(words | plurals | singles)


def derive_forms(
    skill: Skill, category: Category | None = None, vocabulary: frozenset[str] = frozenset()
) -> Iterator[DerivedForm]:
    """The spellings of ``skill`` that postings use and its file need not list, from its own forms.

    - method heads: a method named with three kinds of head ("survival analysis", "survival
      models", "survival modeling") with the others too ("survival model", "survival methods"),
      and its one-word plural in the singular ("ensembles": "ensemble", in a skill context);
    - agent nouns: a trait or activity's "problem solving" / "thought leadership" as "problem
      solver" / "thought leader" (trait categories only; in the singular, which describes the
      candidate, where the plural is mostly other people: "work with thought leaders"; not the
      head of a group: "team leader");
    - life cycle: "software development life cycle" as "system(s) development lifecycle";
    - truncations: "DynamoDB" as "Dynamo", "K8s" as "K8" (case as written, in a skill context);
    - abbreviated heads: "columnar databases" as "columnar DB(s)";
    - plurals of "... analysis" (and hypothesis, synthesis, diagnosis): "cluster analyses";
    - plurals of a cased common word: "segmentation" as "segmentations" (see ``_cased_plurals``);
    - transatlantic spellings: "data modeling" as "data modelling", "visualisation" as
      "visualization" (see ``_TRANSATLANTIC``);
    - compounds written apart: a plain one-word form that is a known prefix or a word of
      ``vocabulary`` (four or more letters) before a word of ``vocabulary`` ("hyperparameter",
      "databases") as "hyper parameter", "data bases" (and hyphenated: see the matcher's spelling
      variants).

    Collisions with other skills' forms are removed by ``Taxonomy.derived_forms``.
    """
    plain = [form for form in (skill.name, *skill.aliases) if form.islower()]
    heads: dict[str, set[str]] = {}
    for form in plain:
        modifier, _, last = form.rpartition(" ")
        if modifier and last in _HEAD_KIND:
            heads.setdefault(modifier, set()).add(_HEAD_KIND[last])
    methods = [m for m, kinds in heads.items() if len(kinds) >= 3 and all(kinds & g for g in _METHOD_EVIDENCE)]
    for modifier in methods:
        for kind in (*_METHOD_GIVEN, *(("analysis",) if "analysis" in heads[modifier] else ())):
            for head in _METHOD_HEADS[kind]:
                yield DerivedForm(f"{modifier} {head}", skill.id, "method head", modifier)
    # A method's one-word plural ("ensembles") in the singular, when that is the method's modifier
    # ("ensemble methods"): "an ensemble of models", "ensemble classifiers". A common word too ("an
    # ensemble of data"), so in a skill context. Not "forecast" ("forecasting methods"): a verb; nor a
    # singular in "-ing" ("embeddings"): the gerund of a verb ("embedding dashboards in apps").
    for form in plain:
        if form.isalpha() and _PLURAL.fullmatch(form) and form[:-1] in methods and not form.endswith("ings"):
            single = form[:-1]
            for spelling in (single, single.capitalize()):
                yield DerivedForm(spelling, skill.id, "method singular", single, cased=True, needs_context=True)
    if category is not None and category.id in _AGENT_CATEGORIES:
        for form in plain:
            words = form.split()
            agent = _AGENT_NOUNS.get(words[-1]) if len(words) >= 2 else None
            if agent is not None and not (agent == "leader" and words[-2] in _GROUPS):
                yield DerivedForm(" ".join([*words[:-1], agent]), skill.id, "agent noun", agent)
    for form in plain:
        if form.startswith("software development") and _LIFE_CYCLE.match(form):
            for lead in ("software", "system", "systems"):
                for spelling in _LIFE_CYCLE_SPELLINGS:
                    yield DerivedForm(f"{lead} development {spelling}", skill.id, "life cycle")
    for form in (skill.name, *skill.aliases, *skill.cased):
        found = _TRUNCATED.match(form) if form.endswith(("DB", "JS", ".js", "s")) else None
        if found:
            stem = found.group(1) or found.group(2)
            if stem.lower() not in _NOT_TRUNCATED:
                yield DerivedForm(stem, skill.id, "truncation", stem, cased=True, needs_context=True)
    for form in plain:
        modifier, _, head = form.rpartition(" ")
        if modifier and head in _ABBREVIATED_HEADS:
            for short in _ABBREVIATED_HEADS[head]:  # in both numbers: "a columnar DB"
                yield DerivedForm(f"{modifier} {short}", skill.id, "abbreviation")
    # A form the file also lists as cased ("underwriting" of a skill that needs context) is matched
    # as written: a spelling made from it would be matched anywhere, and would join back into it.
    cased = {form.lower() for form in skill.cased}
    uncased = [form for form in plain if form not in cased]
    for form in uncased:
        for pattern, replacement in _TRANSATLANTIC:
            other = pattern.sub(replacement, form)
            if other != form:
                yield DerivedForm(other, skill.id, "transatlantic", form)
    # The plural of a method named "... analysis" ("cluster analyses"), which the matcher's plurals
    # leave out (a word ending in "s"); not of a field of mathematics ("real analysis"), whose
    # plural ("mathematical analyses") names work done, not the field.
    if category is None or category.id != "mathematics":
        for form in uncased:
            if " " in form and form.endswith(_IS_NOUNS):
                yield DerivedForm(form[:-2] + "es", skill.id, "plural", form)
    # The plural of a cased common word ("Clustering, Segmentations"), matched as written like the
    # word; the matcher's plurals are of the plain forms only.
    for plural in _cased_plurals(skill, category):
        yield DerivedForm(plural, skill.id, "cased plural", cased=True, needs_context=True)
    if vocabulary:
        for form in uncased:
            if form.isalpha():
                yield from _compound_splits(form, skill.id, vocabulary)


#: Skills whose two-word names open with a noun that makes it a common object ("data", "model",
#: "software", "customer"): that many, for :func:`inverted_forms`.
_OBJECT_SKILLS = 8
#: Heads that are no property or part of their object: "knowledge of data" is no skill "data knowledge",
#: "the structure of the data" its shape, not the field of data structures.
_NOT_INVERTED = frozenset(
    ("knowledge", "experience", "skill", "expertise", "background", "ability", "support", "structure")
)


def object_nouns(skills: Iterable[Skill]) -> frozenset[str]:
    """The nouns that open the two-word lower-case forms of _OBJECT_SKILLS or more skills ("data
    quality", "data lineage", … : data): the taxonomy's common objects."""
    users: dict[str, set[str]] = {}
    for skill in skills:
        for form in (skill.name, *skill.aliases):
            words = form.split(" ")
            if len(words) == 2 and form.islower() and words[0].isalpha() and not words[0].endswith(ADJECTIVE_ENDINGS):
                users.setdefault(words[0], set()).add(skill.id)
    return frozenset(word for word, ids in users.items() if len(ids) >= _OBJECT_SKILLS)


def inverted_forms(skill: Skill, objects: frozenset[str]) -> Iterator[DerivedForm]:
    """A two-word form "<object> <head>" whose object is a common one (:func:`object_nouns`) written
    with "of": "data integrity" as "integrity of data", "integrity of the data"; "model lifecycle" as
    "lifecycle of the model". Only a head in the singular that is no noun of action (those are task
    rules, see :func:`derive_tasks`: "deployment of models"): a property or part of its object, not
    items of it ("requirements of the data", "analyses of data") nor the hire's own ("knowledge of
    data")."""
    for form in (skill.name, *skill.aliases):
        words = form.split(" ")
        if len(words) != 2 or not form.islower():
            continue
        obj, head = words
        if obj not in objects or not head.isalpha() or head.endswith("s") or head in _NOT_INVERTED:
            continue
        if action_verbs(head):
            continue
        for article in ("", "the "):
            yield DerivedForm(f"{head} of {article}{obj}", skill.id, "inverted", form)


def _compound_splits(form: str, skill_id: str, vocabulary: frozenset[str]) -> Iterator[DerivedForm]:
    for cut in range(2, len(form) - _COMPOUND_HEAD_MIN + 1):
        modifier, head = form[:cut], form[cut:]
        if head not in vocabulary or head in _NOT_HEADS:
            continue
        if modifier in _PREFIXES or (len(modifier) >= _COMPOUND_HEAD_MIN and modifier in vocabulary):
            yield DerivedForm(f"{modifier} {head}", skill_id, "compound apart", form)


# --- task rules generated from a skill's own forms ----------------------------------------------

#: Endings of a modifier that make it an adjective, no object of the action: "statistical
#: analysis" is no analysing of statistics, "predictive modeling" no modeling of predictions.
ADJECTIVE_ENDINGS = (
    "al",
    "ive",
    "ic",
    "ous",
    "ed",
    "ful",
    "less",
    "able",
    "ible",
    "ary",
    "ar",
    "ly",
    "ent",
    "ant",
)


#: Verbs that lessen something: their phrase is a result as often as a task (see Taxonomy.derived_tasks).
_LESSENING_VERBS = frozenset(
    ("mitigate", "reduce", "prevent", "minimize", "minimise", "lower", "decrease", "avoid", "eliminate", "lessen")
)


_VOWELS = "aeiou"


def action_verbs(noun: str) -> tuple[str, ...]:
    """The verbs (lemmas) a noun of action can come from: "segmentation" → segment, "estimation" →
    estimate, "visualization" → visualize, "analysis" → analyze, "deployment" → deploy, "scheduling"
    → schedule. Without a dictionary the suffix rules cannot tell "segment" from "estimate", so each
    gives every candidate; the wrong ones ("estim", "segmentate") are no words and never occur.
    A gerund of six letters has a stem of three, read by English spelling: a consonant, a vowel and a
    consonant that was not doubled drop a silent "e" ("mining" → mine, "tuning" → tune, "coding" →
    code); other stems are the verb ("buying" → buy, "eating" → eat)."""
    if noun.endswith(("ization", "isation")):
        return (noun[:-7] + "ize",)
    if noun.endswith("ysis"):
        return (noun[:-4] + "yze",)
    if noun.endswith("ment") and len(noun) > 7:
        return (noun[:-4],)
    if noun.endswith("ification"):  # classification, identification
        return (noun[:-9] + "ify",)
    if noun.endswith("ication"):  # replication, communication
        return (noun[:-7] + "icate",)
    if noun.endswith("ation") and len(noun) > 8:
        stem = noun[:-5]
        return (stem, stem + "e", stem + "ate")
    if noun.endswith("ing") and len(noun) == 6:
        stem = noun[:-3]
        dropped_e = stem[0] not in _VOWELS and stem[1] in _VOWELS and stem[2] not in _VOWELS + "wxy"
        return (stem + "e",) if dropped_e else (stem,)
    if noun.endswith("ing") and len(noun) > 6:
        stem = noun[:-3]
        if stem[-1] == stem[-2] and stem[-1] not in "aeiousl":  # planning, mapping
            return (stem[:-1],)
        if stem.endswith("ll"):  # labelling, modelling
            return (stem[:-1],)
        return (stem, stem + "e")
    return ()


def derive_tasks(skill: Skill) -> Iterator[TaskRule]:
    """Task rules a skill's two-word forms give: "customer segmentation" is asked for as "segment
    customers", "segmenting our customers" or "segmentation of customers"; "effort estimation" as
    "estimate effort". The form's first word is the object (singular), its noun of action gives the
    verbs. Only lower-case forms whose first word is a noun; collisions are removed by
    ``Taxonomy.derived_tasks``."""
    for form in (skill.name, *skill.aliases):
        words = form.split(" ")
        if len(words) != 2 or not form.islower():
            continue
        modifier, noun = words
        if not modifier.isalpha() or len(modifier) < 3 or modifier.endswith(ADJECTIVE_ENDINGS):
            continue
        verbs = action_verbs(noun)
        if not verbs:
            continue
        plural = modifier.endswith("s") and not modifier.endswith(("ss", "us", "is")) and len(modifier) > 4
        obj = modifier[:-1] if plural else modifier
        yield TaskRule(skill=skill.id, verbs=verbs, objects=(obj,), note=f"derived from {form!r}", nouns=(noun,))


@dataclass
class Taxonomy:
    categories: dict[str, Category]
    skills: dict[str, Skill]
    rounds: dict[str, Round] = field(default_factory=dict)
    source: str = ""
    tasks: tuple[TaskRule, ...] = ()
    # The names of business functions (functions.jsonl), as written: "Product", "Data Engineering", "HR".
    functions: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.skills)

    def skill(self, skill_id: str) -> Skill:
        try:
            return self.skills[skill_id]
        except KeyError:
            raise TaxonomyError(f"unknown skill id {skill_id!r}") from None

    def implied_by(self, skill_id: str) -> set[str]:
        """Every skill that knowing ``skill_id`` gives credit for (transitively, itself excluded)."""
        return set(_implied_closure(self, skill_id)) - {skill_id}

    def implies(self, skill_id: str) -> tuple[str, ...]:
        """The skills ``skill_id`` directly gives credit for (more general ones, as written in the file)."""
        return self.skill(skill_id).implies

    def related(self, skill_id: str) -> frozenset[str]:
        """Skills of the same kind as ``skill_id`` (TensorFlow for PyTorch); symmetric, itself excluded."""
        self.skill(skill_id)
        return self._related_index().get(skill_id, frozenset())

    def requires(self, skill_id: str) -> tuple[str, ...]:
        """The direct prerequisites of ``skill_id``, in file order."""
        return self.skill(skill_id).requires

    def prerequisites(self, skill_id: str) -> tuple[str, ...]:
        """Every prerequisite of ``skill_id``, transitively, each listed after its own prerequisites."""
        order: list[str] = []
        seen: set[str] = set()

        def visit(current: str) -> None:
            for nxt in self.skill(current).requires:
                if nxt not in seen:
                    seen.add(nxt)
                    visit(nxt)
                    order.append(nxt)

        visit(skill_id)  # depth is bounded: the loader rejects cycles
        return tuple(order)

    def _related_index(self) -> dict[str, frozenset[str]]:
        cached = self.__dict__.get("_related_cache")
        if cached is None:
            pairs: dict[str, set[str]] = {}
            for skill in self.skills.values():
                for other in skill.related:
                    pairs.setdefault(skill.id, set()).add(other)
                    pairs.setdefault(other, set()).add(skill.id)
            cached = {k: frozenset(v) for k, v in pairs.items()}
            self.__dict__["_related_cache"] = cached
        return cached

    def surface_count(self) -> int:
        return sum(1 for s in self.skills.values() for _ in s.surface_forms())

    def derived_forms(self) -> tuple[DerivedForm, ...]:
        """The spellings generated from the skills' own forms (see ``derive_forms``), once each, without
        any that is a written form of a skill (case and spacing folded), or the other number of
        another skill's written form, or that two skills generate."""
        cached = self.__dict__.get("_derived_cache")
        if cached is None:
            written = {normalize_form(f): s.id for s in self.skills.values() for f, _ in s.surface_forms()}
            vocabulary = compound_vocabulary(self.skills.values())
            objects = object_nouns(self.skills.values())
            derivations = [
                (
                    skill,
                    [
                        *derive_forms(skill, self.categories.get(skill.category), vocabulary),
                        *inverted_forms(skill, objects),
                    ],
                )
                for skill in self.skills.values()
            ]
            # The skills (task rules: "") whose written forms use a truncated stem as a word.
            stems = {d.base.lower() for _, ds in derivations for d in ds if d.kind == "truncation"}
            word_users: dict[str, set[str]] = {}
            if stems:
                stem_re = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(stems))) + r")\b")
                for key, owner in written.items():
                    for hit in stem_re.finditer(key):
                        word_users.setdefault(hit.group(), set()).add(owner)
                for rule in self.tasks:
                    for word in (*rule.verbs, *rule.objects):
                        if word in stems:
                            word_users.setdefault(word, set()).add("")
            owners: dict[str, str | None] = {}
            found: list[DerivedForm] = []
            for skill, ds in derivations:
                for derived in ds:
                    key = normalize_form(derived.form)
                    if key in written:
                        continue
                    # A compound apart whose hyphenated spelling is written ("fine-tune") is its spelling variant.
                    if derived.kind == "compound apart" and key.replace(" ", "-") in written:
                        continue
                    # A method's modifier that is a skill's form on its own ("machine learning",
                    # "time series") gains nothing from a head, which would take the next skill's
                    # first word ("machine learning [model development]").
                    if derived.kind == "method head" and normalize_form(derived.base) in written:
                        continue
                    # A truncated stem that is a word of another skill's forms or of a task rule
                    # ("Document" of document databases, "Express" of Plotly Express) is ambiguous.
                    if derived.kind == "truncation" and word_users.get(derived.base.lower(), set()) - {skill.id}:
                        continue
                    # nor the other number of another skill's form: "statistical methods" is
                    # statistics, so "statistical method" is no statistical modelling
                    numbers = (key + "s", key[:-1]) if key.endswith("s") else (key + "s",)
                    if any(written.get(other, skill.id) != skill.id for other in numbers):
                        continue
                    if owners.setdefault(key, skill.id) != skill.id:
                        owners[key] = None
                    found.append(derived)
            cached = tuple(dict.fromkeys(d for d in found if owners[normalize_form(d.form)] == d.skill))
            self.__dict__["_derived_cache"] = cached
        return cached

    def derived_tasks(self) -> tuple[TaskRule, ...]:
        """The task rules generated from the skills' two-word forms (see ``derive_tasks``): on an
        object the written rules use, with the verbs of its nouns of action that are no noun nor
        verb of lessening, and without a (verb, object) pair that a written rule has (the written
        rule decides it) or that two skills generate."""
        cached = self.__dict__.get("_derived_tasks_cache")
        if cached is not None:
            return cached
        written = {(verb, obj) for rule in self.tasks for verb in rule.verbs for obj in rule.objects}
        # A derived rule acts on an object the written rules use, a thing worked on ("customer",
        # "model"), not on any noun a form starts with ("question answering", "business
        # understanding": "answer questions", "understand the business" are no such skills).
        used_objects = {obj for rule in self.tasks for obj in rule.objects}
        # A verb that is also the first word of a skill's name is mostly that noun: "[market]
        # research" makes "market performance" no marketing of performance, "[pipelines] to move
        # data" no pipelining of data. Verbs of lessening state what work brings about as often as
        # the work ("helps increase revenue, reduce costs and [mitigate] risk"). Neither gives verbs.
        not_verbs = set(_LESSENING_VERBS)
        for skill in self.skills.values():
            not_verbs.update(f.split(" ", 1)[0] for f in (skill.name, *skill.aliases) if " " in f and f.islower())
        rules: list[TaskRule] = []
        for rule in (r for skill in self.skills.values() for r in derive_tasks(skill)):
            nouns = tuple(n for n in rule.nouns if not not_verbs.intersection(action_verbs(n)))
            if rule.objects[0] in used_objects and nouns:
                rules.append(TaskRule(rule.skill, sum((action_verbs(n) for n in nouns), ()), rule.objects, nouns=nouns))
        owners: dict[tuple[str, str], str | None] = {}
        for rule in rules:
            for verb in rule.verbs:
                if owners.setdefault((verb, rule.objects[0]), rule.skill) != rule.skill:
                    owners[(verb, rule.objects[0])] = None
        merged: dict[tuple[str, str], TaskRule] = {}  # "data cleaning" and "data cleansing": one rule
        for rule in rules:
            obj = rule.objects[0]
            verbs = tuple(v for v in rule.verbs if (v, obj) not in written and owners[(v, obj)] == rule.skill)
            if not verbs:
                continue
            nouns = tuple(n for n in rule.nouns if set(action_verbs(n)) & set(verbs))
            old = merged.get((rule.skill, obj))
            if old is not None:
                verbs = tuple(dict.fromkeys((*old.verbs, *verbs)))
                nouns = tuple(dict.fromkeys((*old.nouns, *nouns)))
            merged[(rule.skill, obj)] = TaskRule(
                rule.skill, verbs, (obj,), note="derived from the skill's forms", nouns=nouns
            )
        cached = tuple(merged.values())
        self.__dict__["_derived_tasks_cache"] = cached
        return cached

    def by_category(self) -> dict[str, list[Skill]]:
        out: dict[str, list[Skill]] = {c: [] for c in self.categories}
        for s in self.skills.values():
            out[s.category].append(s)
        return out

    @classmethod
    def load(cls, directory: str | Path | None = None) -> Taxonomy:
        """Load and check the taxonomy in ``directory`` (default: the bundled one)."""
        root = Path(directory) if directory is not None else default_taxonomy_dir()
        if not root.is_dir():
            raise TaxonomyError(f"taxonomy folder not found: {root}")
        rounds = {r.id: r for r in _read_records(root / "rounds.jsonl", ROUND_FIELDS, _make_round)}
        categories = {c.id: c for c in _read_records(root / "categories.jsonl", CATEGORY_FIELDS, _make_category)}
        for c in categories.values():
            for r in c.rounds:
                if rounds and r not in rounds:
                    raise TaxonomyError(f"{root / 'categories.jsonl'}: category {c.id!r} names unknown round {r!r}")
        skill_files = sorted((root / "skills").glob("*.jsonl"))
        if not skill_files:
            raise TaxonomyError(f"no skill files in {root / 'skills'}")
        skills: dict[str, Skill] = {}
        where: dict[str, str] = {}
        form_owner: dict[str, tuple[str, str]] = {}
        for path in skill_files:
            for lineno, skill in _read_numbered(path, SKILL_FIELDS, _make_skill):
                loc = f"{path.name}:{lineno}"
                if skill.id in skills:
                    raise TaxonomyError(f"{loc}: duplicate skill id {skill.id!r} (first at {where[skill.id]})")
                if skill.category not in categories:
                    raise TaxonomyError(f"{loc}: skill {skill.id!r} has unknown category {skill.category!r}")
                for form, _ in skill.surface_forms():
                    key = normalize_form(form)
                    if not key:
                        raise TaxonomyError(f"{loc}: skill {skill.id!r} has an empty surface form")
                    owner = form_owner.get(key)
                    if owner and owner[0] != skill.id:
                        raise TaxonomyError(
                            f"{loc}: surface form {form!r} of {skill.id!r} is already claimed by {owner[0]!r} ({owner[1]})"
                        )
                    form_owner[key] = (skill.id, loc)
                skills[skill.id] = skill
                where[skill.id] = loc
        _check_relations(skills, where)
        tasks = _load_tasks(root / "tasks.jsonl", skills)
        functions = _load_functions(root / "functions.jsonl")
        return cls(
            categories=categories, skills=skills, rounds=rounds, source=str(root), tasks=tasks, functions=functions
        )


def _load_functions(path: Path) -> tuple[str, ...]:
    """The names of business functions (optional file), each listed once."""
    if not path.exists():
        return ()
    names: dict[str, int] = {}
    for lineno, name in _read_numbered(path, FUNCTION_FIELDS, _make_function):
        if name in names:
            raise TaxonomyError(f"{path.name}:{lineno}: function {name!r} is already listed (line {names[name]})")
        names[name] = lineno
    return tuple(names)


def _make_function(record: dict) -> str:
    name = _str(record, "name") or ""
    _str(record, "note", False)
    if not _FUNCTION_NAME_RE.match(name):
        raise ValueError(f"function name {name!r} must be capitalised words or an acronym, one space between")
    return name


def _load_tasks(path: Path, skills: dict[str, Skill]) -> tuple[TaskRule, ...]:
    """The task rules (optional file): known skills, and one skill per (verb, object, span) triple."""
    if not path.exists():
        return ()
    rules: list[TaskRule] = []
    owner: dict[tuple[str, str, str], tuple[str, int]] = {}
    for lineno, rule in _read_numbered(path, TASK_FIELDS, _make_task):
        if rule.skill not in skills:
            raise TaxonomyError(f"{path.name}:{lineno}: task rule names unknown skill {rule.skill!r}")
        for verb in rule.verbs:
            for obj in rule.objects:
                key = (verb, obj, rule.span)
                first = owner.get(key)
                if first is not None:
                    raise TaxonomyError(
                        f"{path.name}:{lineno}: {verb!r} + {obj!r} ({rule.span}) already gives "
                        f"{first[0]!r} (line {first[1]})"
                    )
                owner[key] = (rule.skill, lineno)
        rules.append(rule)
    return tuple(rules)


def _make_task(record: dict) -> TaskRule:
    words = {}
    for key in ("verbs", "objects"):
        words[key] = _str_list(record, key)
        if not words[key]:
            raise ValueError(f"field {key!r} must list at least one word")
        for word in words[key]:
            if not _TASK_WORD_RE.match(word):
                raise ValueError(f"{key[:-1]} {word!r} must be one lower-case word (its lemma or singular)")
        if len(set(words[key])) != len(words[key]):
            raise ValueError(f"field {key!r} lists a word twice")
    not_after = _str_list(record, "not_after")
    object_needs = _str_list(record, "object_needs")
    for key, listed in (("not_after", not_after), ("object_needs", object_needs)):
        for word in listed:
            if not _TASK_WORD_RE.match(word):
                raise ValueError(f"{key} word {word!r} must be one lower-case word")
        if len(set(listed)) != len(listed):
            raise ValueError(f"field {key!r} lists a word twice")
    purpose = record.get("purpose", False)
    if not isinstance(purpose, bool):
        raise ValueError("field 'purpose' must be true or false")
    functions = record.get("functions", False)
    if not isinstance(functions, bool):
        raise ValueError("field 'functions' must be true or false")
    span = _str(record, "span", False) or "phrase"
    if span not in TASK_SPANS:
        raise ValueError(f"field 'span' must be one of {', '.join(TASK_SPANS)}")
    return TaskRule(
        skill=_str(record, "skill") or "",
        verbs=words["verbs"],
        objects=words["objects"],
        span=span,
        not_after=not_after,
        object_needs=object_needs,
        purpose=purpose,
        functions=functions,
        note=_str(record, "note", False),
    )


def normalize_form(form: str) -> str:
    """The key under which two surface forms count as the same (case and spacing folded)."""
    return " ".join(form.lower().split())


def default_taxonomy_dir() -> Path:
    """The taxonomy shipped with the package (``data/taxonomy`` in a source checkout)."""
    checkout = Path(__file__).resolve().parent.parent / "data" / "taxonomy"
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("analyzer.data") / "taxonomy"))


@lru_cache(maxsize=4)
def load_default_taxonomy() -> Taxonomy:
    return Taxonomy.load()


_RELATION_VERBS = {"implies": "implies", "related": "is related to", "requires": "requires"}


def _check_relations(skills: dict[str, Skill], where: dict[str, str]) -> None:
    """Targets exist, no self-links or duplicates, no cycles in ``implies`` or ``requires``, and
    no skill requires one that is more specific than itself (a skill that implies it)."""
    for skill in skills.values():
        for relation, verb in _RELATION_VERBS.items():
            targets = getattr(skill, relation)
            if len(set(targets)) != len(targets):
                raise TaxonomyError(f"{where[skill.id]}: skill {skill.id!r} lists a skill twice in {relation!r}")
            for target in targets:
                if target not in skills:
                    raise TaxonomyError(f"{where[skill.id]}: skill {skill.id!r} {verb} unknown skill {target!r}")
                if target == skill.id:
                    raise TaxonomyError(f"{where[skill.id]}: skill {skill.id!r} {verb} itself")
    for relation in ("implies", "requires"):
        cycle = _find_cycle(skills, relation)
        if cycle:
            raise TaxonomyError(f"{where[cycle[0]]}: {relation!r} has a cycle: " + " -> ".join(cycle))
    general: dict[str, set[str]] = {}
    for skill in skills.values():
        general[skill.id] = _closure(skills, skill.id, "implies")
    for skill in skills.values():
        for target in skill.requires:
            if skill.id in general[target]:
                raise TaxonomyError(
                    f"{where[skill.id]}: skill {skill.id!r} requires {target!r}, which is more specific "
                    f"(it implies {skill.id!r}): a prerequisite is never a special case of the skill"
                )
        for target in skill.related:
            if target in general[skill.id] or skill.id in general[target]:
                raise TaxonomyError(
                    f"{where[skill.id]}: skill {skill.id!r} is related to {target!r}, but one implies the other: "
                    "related links skills of the same kind, implies links a skill to a more general one"
                )


def _closure(skills: dict[str, Skill], start: str, relation: str) -> set[str]:
    seen: set[str] = set()
    stack = [start]
    while stack:
        for nxt in getattr(skills[stack.pop()], relation):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    seen.discard(start)
    return seen


def _find_cycle(skills: dict[str, Skill], relation: str) -> list[str] | None:
    """One cycle of ``relation`` as a list of ids (first == last), or None; iterative DFS."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    for root, root_skill in skills.items():
        if root in state:
            continue
        path = [root]
        iters = [iter(getattr(root_skill, relation))]
        state[root] = 1
        while iters:
            nxt = next(iters[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                iters.pop()
                continue
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                iters.append(iter(getattr(skills[nxt], relation)))
    return None


def _implied_closure(tax: Taxonomy, skill_id: str) -> Iterable[str]:
    seen = {skill_id}
    stack = [skill_id]
    while stack:
        for nxt in tax.skill(stack.pop()).implies:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def _read_numbered(path: Path, allowed: set[str], make: Callable[[dict], _T]) -> list[tuple[int, _T]]:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise TaxonomyError(f"cannot read taxonomy file {path}: {e.strerror or e}") from None
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError as e:
        bad_line = data[: e.start].count(b"\n") + 1
        raise TaxonomyError(f"{path.name}:{bad_line}: not UTF-8 text (byte 0x{data[e.start]:02x})") from None
    records: list[tuple[int, _T]] = []
    for lineno, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise TaxonomyError(f"{path.name}:{lineno}: not valid JSON ({e.msg})") from None
        if not isinstance(record, dict):
            raise TaxonomyError(f"{path.name}:{lineno}: expected a JSON object")
        unknown = set(record) - allowed
        if unknown:
            raise TaxonomyError(f"{path.name}:{lineno}: unknown field(s) {sorted(unknown)}")
        try:
            records.append((lineno, make(record)))
        except (KeyError, TypeError, ValueError) as e:
            raise TaxonomyError(f"{path.name}:{lineno}: {e}") from None
    return records


def _read_records(path: Path, allowed: set[str], make: Callable[[dict], _T]) -> list[_T]:
    return [rec for _, rec in _read_numbered(path, allowed, make)]


def _str(record: dict, key: str, required: bool = True) -> str | None:
    value = record.get(key)
    if value is None:
        if required:
            raise KeyError(f"missing field {key!r}")
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"field {key!r} must be a non-empty string")
    return value


def _str_list(record: dict, key: str) -> tuple[str, ...]:
    value = record.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"field {key!r} must be a list of non-empty strings")
    return tuple(value)


def _make_id(record: dict) -> str:
    ident = _str(record, "id")
    assert ident is not None
    if not _ID_RE.match(ident):
        raise ValueError(f"id {ident!r} must be lower-case letters, digits and underscores")
    return ident


def _make_round(record: dict) -> Round:
    return Round(
        id=_make_id(record), name=_str(record, "name") or "", description=_str(record, "description", False) or ""
    )


def _make_category(record: dict) -> Category:
    kind = _str(record, "kind")
    if kind not in ("foundation", "specialisation"):
        raise ValueError("field 'kind' must be 'foundation' or 'specialisation'")
    return Category(
        id=_make_id(record),
        name=_str(record, "name") or "",
        kind=kind,
        rounds=_str_list(record, "rounds"),
        description=_str(record, "description", False) or "",
    )


# The group of a pattern that marks its mention: "independently and (?P<span>as part of a team)".
PATTERN_SPAN = "span"


def _patterns(record: dict) -> tuple[str, ...]:
    patterns = _str_list(record, "patterns")
    for pattern in patterns:
        if pattern.replace("(?P<", "(?p<") != pattern.lower():  # (the one capital a named group needs)
            raise ValueError(f"pattern {pattern!r} must be lower case")
        try:
            compiled = re.compile(pattern)
        except re.error as e:
            raise ValueError(f"pattern {pattern!r} is not a valid regular expression ({e})") from None
        if compiled.match(""):
            raise ValueError(f"pattern {pattern!r} matches empty text")
        # One group may mark the words that name the skill; the rest of the match is their context.
        if set(compiled.groupindex) - {PATTERN_SPAN} or pattern.count("(?P<") > 1:
            raise ValueError(f"pattern {pattern!r} may name one group only, {PATTERN_SPAN!r}")
    return patterns


def _make_skill(record: dict) -> Skill:
    needs_context = record.get("needs_context", False)
    if not isinstance(needs_context, bool):
        raise TypeError("field 'needs_context' must be true or false")
    bare = _str_list(record, "bare")
    if bare and (" " not in str(record.get("name", "")).strip() or not all(_BARE_WORD_RE.match(w) for w in bare)):
        # the object that a bare word needs is the first word of the name
        raise ValueError("field 'bare' takes single lower-case words, on a skill whose name has two or more")
    return Skill(
        id=_make_id(record),
        name=_str(record, "name") or "",
        category=_str(record, "category") or "",
        aliases=_str_list(record, "aliases"),
        cased=_str_list(record, "cased"),
        needs_context=needs_context,
        patterns=_patterns(record),
        implies=_str_list(record, "implies"),
        related=_str_list(record, "related"),
        requires=_str_list(record, "requires"),
        bare=bare,
        esco=_str(record, "esco", False),
        onet=_str(record, "onet", False),
        note=_str(record, "note", False),
    )
