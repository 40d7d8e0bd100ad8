"""Choices a posting offers, read from its own words: "PostgreSQL or MySQL", "AWS, GCP, or Azure",
"Kubernetes and/or Docker", "one (or more) of Spark, Hive, Presto", "any of …", and
lists of examples after "such as", "e.g.", "like", "including", "for example".

Knowing one option answers the posting's ask. Rules (each tested in ``tests/test_alternatives.py``):

- A choice is a run of skills inside one sentence or bullet (a segment), separated only by list
  punctuation and "and" / "or" — or by words the taxonomy does not know, written as names: an
  item between commas ("TensorFlow, Café, PyTorch"), a version ("Theano 2, PyTorch"); never across
  bullets or sentences.
- Without a lead-in, only the parts joined by "or" or "and/or" are a choice: "Python, SQL and
  Docker" asks for all three, and in "Java or C++, and Kubernetes" the "and" starts a new ask. A
  bare slash is a choice only between skills of the same kind — the taxonomy's ``related``
  ("C/C++", "AWS/GCP", "PyTorch/TensorFlow", "Python/R"): between other skills it is as often
  "and" ("NLP/ML algorithms", "math/statistics skills", "Docker/Kubernetes", "a Java/Linux
  stack"). Three or more slashed skills of one kind — each implies a skill they share, and two
  side by side are related — are all options ("C/C++/Java", "Python/Java/Scala"). A skill whose
  own name holds a slash ("CI/CD", "TCP/IP", "A/B testing") is one mention, never two options.
  Between two duties written as verbs ("Educate/mentor new engineers", "analyze/profile data": each
  mention opens with a verb of the taxonomy's task rules, in its base or -s form, or its gerund with
  an object: "Teaching/mentoring junior analysts", "cleansing/standardizing data") a slash is "and":
  both are asked for, even where the skills are of one kind (teaching, mentoring). A gerund that
  names a kind of skill ("teaching/mentoring experience", "scripting/programming languages") is not
  such a duty.
- After a lead-in ("one of", "any of", "either", "such as", "e.g.", "like", "including") the whole
  run is a choice, "and" included: the items are examples; so is a bracketed list that ends in
  "etc." ("(Java, C++, etc.)"). An example list's head — the skill named right before "such as"
  ("cloud platforms such as AWS or GCP") — is the ask: any example meets it, but having the head
  alone does not meet the examples ("ML frameworks (e.g. PyTorch)" is not met by "machine
  learning"). "including" also lists inventories ("a stack including Python, Docker and
  Kubernetes"), so it offers a choice only with a head skill or with "or"; and after a noun that
  names something other than kinds of the skill ("AI/ML tasks including data management,
  microservices") it lists that thing's parts: the skill heads it only when an item shares its
  category. "-like" is a suffix, no lead-in ("SQL-like query languages").
- A lead-in reaches over the colon that ends it ("one of: Spark, Hive", "such as: Tableau, Looker")
  and over the semicolons that separate its items, which the segmenter cuts at ("any of the
  following: Looker; Tableau; Power BI"); so does an "or" after a semicolon ("Spark; Hive; or
  Presto"). Not when an item before a semicolon is itself a list ("one of Python or R; Docker"
  asks for Docker) nor after an article ("one of the cloud platforms; AWS/GCP": the platforms are
  what the choice is among).
- What a choice is worth when one of its options is also asked for on its own elsewhere is decided
  by the gap analysis (:func:`analyzer.gap.analysis.settle_asks`): the stronger ask wins.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from ..records import SkillMention
from ..taxonomy import load_default_taxonomy

#: Skills of the same kind as a skill id (the taxonomy's ``related``; none for an unknown id).
SameKind = Callable[[str], AbstractSet[str]]

# Text between two items of one list.
_LIST_GAP = re.compile(r"^(?:\s|,|;|/|\band\b|\bor\b|&|\betc\b\.?)*$", re.I)
# ... or words the taxonomy does not know, written as names: a version or edition after an item
# ("Theano 2, PyTorch", "Caffe2 Mobile, PyTorch"), an item of its own between commas ("TensorFlow,
# Café, PyTorch"), or both; one to three capitalised words or numbers each. They keep the list going.
_NAME_WORDS = r"[A-Z0-9][\w.+#'’-]*(?:[ \t]+[A-Z0-9][\w.+#'’-]*){0,2}"
_UNKNOWN_ITEM_GAP = re.compile(rf"^(?:[ \t]+{_NAME_WORDS})?\s*,\s*(?:{_NAME_WORDS}\s*,\s*)?(?:(?:and|or)\s+)?$")
#: The longest such gap (characters).
UNKNOWN_ITEM_CHARS = 40
_OR_GAP = re.compile(r"\bor\b|/", re.I)
_AND_GAP = re.compile(r"\band\b|&", re.I)
_OR_WORD = re.compile(r"\bor\b", re.I)
_BARE_SLASH = re.compile(r"^[ \t]*/[ \t]*$")
#: Characters looked at before a list for its lead-in.
LEAD_WINDOW = 60
# "one or more of (the following) …", "any of", "either": options.
_OPTIONS_LEAD = re.compile(
    r"(?:\b(?:one|two|any|either|at\s+least\s+one|one\s+or\s+(?:more|two)|a\s+combination)\s+(?:or\s+more\s+)?of"
    r"(?:\s+the\s+following)?(?:\s+[\w-]+){0,3}\s*[:(]?\s*|\beither\s+)$",
    re.I,
)
# "such as", "e.g.", "like", "including", "for example": examples of the head named before it.
_EXAMPLES_LEAD = re.compile(
    r"(?P<lead>\(?\s*(?:\bsuch\s+as|\be\.?g\.?|(?<![-\w])like|\bincluding|\bfor\s+(?:example|instance)|\bspecifically)"
    r"\s*[,:]?\s*(?:\bthe\s+)?)$",
    re.I,
)
_INCLUDING = re.compile(r"\bincluding\b", re.I)
_OPEN_PAREN = re.compile(r"\(\s*$")
_ETC_AFTER = re.compile(r"[\s,]*(?:etc\b|and\s+so\s+on|or\s+similar|and\s+similar|or\s+other)", re.I)
# Between a head skill and "such as": at most a few plain words ("frameworks", "tools and libraries").
_HEAD_GAP = re.compile(r"^[\s\w-]{0,40}$")
# ... but not a phrase that moves on to something else ("data mining skills using tools like SQL").
_HEAD_BREAK = re.compile(r"\b(?:using|with|in|for|of|to|on|by|from|via|and|or|as)\b", re.I)
# Nouns whose instances are kinds of the skill before them: "BI tools including Tableau" lists BI
# tools. After any other noun "including" lists parts of that noun ("AI/ML tasks including data
# management, microservices" lists tasks, not kinds of machine learning).
_KIND_NOUNS = frozenset(
    word + plural
    for word in (
        "tool toolkit toolset toolbox framework library package module platform language technology method"
        " methodology technique algorithm model service database db stack skill concept principle product suite"
        " software tooling solution system engine application app environment program utility api paradigm"
        " programming scripting computing offering approach process practice architecture activity workflow"
        " topic subsystem certification discipline area field"
    ).split()
    for plural in ("", "s", "es")
) | {"libraries", "methodologies", "technologies", "utilities", "activities"}


@dataclass(frozen=True, slots=True)
class OfferedChoice:
    """One choice: its options (skill ids, in the posting's order, the head first) and their mentions."""

    options: tuple[str, ...]
    mentions: tuple[SkillMention, ...]
    head: str | None = None  # the skill id an example list is about, when that is a skill (met by any
    # example; does not meet the examples itself)


def offered_choices(
    text: str,
    mentions: Sequence[SkillMention],
    same_kind: SameKind | None = None,
    implies: SameKind | None = None,
    verbs: AbstractSet[str] | None = None,
) -> list[OfferedChoice]:
    """Every choice the posting offers, each with at least two different skills. ``same_kind``:
    the skills of the same kind as a skill (default: the bundled taxonomy's ``related``);
    ``implies``: the skills a skill implies directly (default: the bundled taxonomy's ``implies``);
    ``verbs``: the verbs (lemmas) that name duties (default: those of the bundled taxonomy's task rules)."""
    related = same_kind or default_same_kind()
    parents = implies or default_parents()
    duty_verbs = default_verbs() if verbs is None else verbs
    ordered = sorted(mentions, key=lambda m: m.start)
    out: list[OfferedChoice] = []
    for run, gaps in _semicolon_lists(text, _lists(text, ordered)):
        lead_start = _lead_start(text, run[0])
        lead = text[lead_start : run[0].start]
        examples = _EXAMPLES_LEAD.search(lead)
        if examples is None and _OPEN_PAREN.search(lead) and _ETC_AFTER.match(text, run[-1].end):
            examples = _OPEN_PAREN.search(lead)  # "(Java, C++, etc.)": an open list of examples
        if examples or _OPTIONS_LEAD.search(lead):
            including = examples is not None and _INCLUDING.search(examples.group(0)) is not None
            head = _head(text, ordered, run, lead_start + examples.start(), including) if examples else None
            # "including" also introduces inventories ("a stack including Python, Docker and
            # Kubernetes"): it offers a choice only for a skill it exemplifies, or with "or".
            inventory = including and head is None
            if not inventory or any(_OR_WORD.search(g) for g in gaps):
                _add(out, [head, *run] if head is not None else run, head.skill_id if head is not None else None)
            continue
        # "A, B or C and D": "and" starts a new ask; an "or" or "and/or" inside a part makes the
        # part a choice ("R/RShiny, Python, or Java" included); a bare "/" alone does not. A
        # semicolon ends a part too ("Looker or Tableau; causal inference" asks for causal inference
        # on its own), unless the semicolons themselves list the options ("Spark; Hive; or Presto").
        semicolon_ends = not any(";" in g and _OR_WORD.search(g) for g in gaps)
        part, part_gaps = [run[0]], list[str]()
        for m, gap in zip(run[1:], gaps):
            if (_AND_GAP.search(gap) and not _OR_GAP.search(gap)) or (semicolon_ends and ";" in gap):
                _add_part(out, part, part_gaps, related, parents, duty_verbs, text)
                part, part_gaps = [m], []
            else:
                part.append(m)
                part_gaps.append(gap)
        _add_part(out, part, part_gaps, related, parents, duty_verbs, text)
    return out


def _add_part(
    out: list[OfferedChoice],
    part: list[SkillMention],
    gaps: list[str],
    related: SameKind,
    parents: SameKind,
    verbs: AbstractSet[str],
    text: str,
) -> None:
    # The word "or" offers a choice. A bare slash is as often "and" ("NLP/ML algorithms", "a
    # Java/Linux/Ruby stack", "math/statistics skills") as "or", except between skills of the same
    # kind ("C/C++", "AWS/GCP"): there it offers the run of such skills it joins.
    if any(_OR_WORD.search(g) for g in gaps):
        _add(out, part)
        return
    slashed = [part[0]]
    for m, gap in zip(part[1:], gaps):
        if _BARE_SLASH.match(gap) and not (
            _opens_with_verb(slashed[-1], verbs, text) and _opens_with_verb(m, verbs, text)
        ):
            slashed.append(m)
            continue
        _add_slashed(out, slashed, related, parents)
        slashed = [m]
    _add_slashed(out, slashed, related, parents)


def _add_slashed(out: list[OfferedChoice], slashed: list[SkillMention], related: SameKind, parents: SameKind) -> None:
    # Three or more skills joined by bare slashes, all of one kind (each implies a skill they share,
    # and two side by side are related: "C/C++/Java", "Python/Java/Scala"), are options all;
    # otherwise each run of related neighbours is ("C/C++", and not "Java/Linux/Ruby").
    ids = list(dict.fromkeys(m.skill_id for m in slashed))
    if len(ids) >= 3 and _one_kind(ids, slashed, related, parents):
        _add(out, slashed)
        return
    run = [slashed[0]]
    for m in slashed[1:]:
        if m.skill_id in related(run[-1].skill_id):
            run.append(m)
            continue
        _add(out, run)
        run = [m]
    _add(out, run)


def _one_kind(ids: list[str], slashed: list[SkillMention], related: SameKind, parents: SameKind) -> bool:
    shared = set(parents(ids[0]))
    for sid in ids[1:]:
        shared &= parents(sid)
    return bool(shared) and any(b.skill_id in related(a.skill_id) for a, b in zip(slashed, slashed[1:]))


def _opens_with_verb(m: SkillMention, verbs: AbstractSet[str], text: str) -> bool:
    """Whether the mention's first word is a duty's verb in its base or third-person form ("Educate",
    "mentors new engineers", "coaches"), or its gerund with an object ("Teaching/mentoring junior
    analysts", "cleansing/standardizing data"): the same activity. Not a gerund that heads a noun
    ("teaching/mentoring experience", "scripting/programming languages"): a kind of skill, named as such."""
    words = m.text.split(maxsplit=1)
    if not words or words[0].isupper():
        return False
    word = words[0].lower()
    if word in verbs or (word.endswith("s") and (word[:-1] in verbs or (word.endswith("es") and word[:-2] in verbs))):
        return True
    if not word.endswith("ing") or not _gerund_of(word[:-3], verbs):
        return False
    # the word after it: in the mention ("mentoring junior analysts"), or after the slashed run it ends
    after = _AFTER_SLASHED.match(text, m.end)
    head = words[1].split(maxsplit=1)[0] if len(words) > 1 else after.group(1) if after else ""
    return head.lower() not in _NOUN_HEADS


def _gerund_of(stem: str, verbs: AbstractSet[str]) -> bool:
    # "mentor|ing", "standardiz|ing" (standardize), "plann|ing" (plan)
    return stem in verbs or stem + "e" in verbs or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs)


#: The word after a mention and a few more slashed words ("mentoring/training/coaching others"; bounded: a
#: run of hundreds is read in a constant time per mention).
_AFTER_SLASHED = re.compile(r"(?:[ \t]*+/[ \t]*+[A-Za-z-]++){0,4}+[ \t]++([A-Za-z]+)")
#: Nouns a gerund names a kind of (the gerund is then a noun: "teaching/mentoring experience").
_NOUN_HEADS = frozenset(
    "experience experiences skills skill knowledge background expertise abilities ability languages language tools"
    " tool methods methodologies techniques roles role capabilities proficiency exposure work".split()
)


@functools.cache
def default_verbs() -> frozenset[str]:
    """The verbs (lemmas) of the bundled taxonomy's task rules: "educate", "mentor", "deploy" …"""
    return frozenset(verb for rule in load_default_taxonomy().tasks for verb in rule.verbs)


def default_same_kind() -> SameKind:
    """The bundled taxonomy's ``related``, an empty set for an id it does not have."""
    taxonomy = load_default_taxonomy()
    skills = taxonomy.skills
    return lambda sid: taxonomy.related(sid) if sid in skills else frozenset()


def default_parents() -> SameKind:
    """The skills a skill of the bundled taxonomy implies directly (C++ → programming); none for an
    id it does not have."""
    taxonomy = load_default_taxonomy()
    skills = taxonomy.skills
    return lambda sid: frozenset(skills[sid].implies) if sid in skills else frozenset()


def alternative_groups(text: str, mentions: Sequence[SkillMention]) -> list[frozenset[str]]:
    """The skill ids of each choice (kept for callers of the earlier API)."""
    return [frozenset(c.options) for c in offered_choices(text, mentions)]


def _head(
    text: str, ordered: list[SkillMention], run: list[SkillMention], lead_at: int, including: bool
) -> SkillMention | None:
    """The skill an example list is about: the last mention before the lead-in, in the same
    segment, separated from it by a few plain words at most. Before "including", words that name
    something other than kinds of the skill ("AI/ML tasks", "analytics projects", "cloud compute
    resources") make the list that thing's parts: the skill heads it only when an item shares its
    category."""
    first = run[0]
    best = None
    for m in ordered:
        if m.start >= first.start:
            break
        if m.segment_start == first.segment_start and m.end <= lead_at:
            best = m
    if best is not None:
        gap = text[best.end : lead_at]
        if _HEAD_GAP.match(gap) and not _HEAD_BREAK.search(gap):
            words = gap.lower().split()
            of_other = including and words and not any(w in _KIND_NOUNS for w in words)
            if not of_other or any(m.category == best.category for m in run):
                return best
    return None


def _add(out: list[OfferedChoice], run: list[SkillMention], head: str | None = None) -> None:
    ids = tuple(dict.fromkeys(m.skill_id for m in run))
    if len(ids) >= 2:
        out.append(OfferedChoice(ids, tuple(run), head))


def _lead_start(text: str, first: SkillMention) -> int:
    """Where the lead-in of a list that starts at ``first`` may start: its segment's start, or the
    line's when the list opens a segment cut at a colon ("one of: Spark; Hive": the segmenter cuts
    after the colon); at most :data:`LEAD_WINDOW` characters back."""
    lo = max(0, first.start - LEAD_WINDOW)
    start = max(first.segment_start, lo)
    if text[start : first.start].strip() or not text[lo:start].rstrip().endswith(":"):
        return start
    return text.rfind("\n", lo, start) + 1 or lo


# "one of the cloud platforms; AWS/GCP": after an article the first mention is the noun the choice
# is among, not an item of a list the semicolons separate.
_THE_BEFORE = re.compile(r"\b(?:the|these|those)\s*$", re.I)
# Between two items listed with semicolons ("Spark; Hive; or Presto"), on one line.
_SEMICOLON_GAP = re.compile(r"^[ \t]*;[ \t]*(?:(?:and/or|or|and)[ \t]+)?$", re.I)


def _semicolon_lists(
    text: str, runs: Iterator[tuple[list[SkillMention], list[str]]]
) -> Iterator[tuple[list[SkillMention], list[str]]]:
    """The runs of :func:`_lists`, those whose items are separated by semicolons joined back into one
    list where the segmenter cut them: when every run but the last is one item ("Spark; Hive; or
    Presto", not "Python or R; Docker") and the list is a choice — a lead-in before it ("one of:
    Spark; Hive; Presto") or an "or" after a semicolon. Other runs are yielded as they are."""
    chain: list[tuple[list[SkillMention], list[str]]] = []
    joins: list[str] = []
    for run, gaps in runs:
        if chain:
            gap = text[chain[-1][0][-1].end : run[0].start]
            if len(chain[-1][0]) == 1 and _SEMICOLON_GAP.match(gap):
                chain.append((run, gaps))
                joins.append(gap)
                continue
            yield from _chain_runs(text, chain, joins)
        chain, joins = [(run, gaps)], []
    if chain:
        yield from _chain_runs(text, chain, joins)


def _chain_runs(
    text: str, chain: list[tuple[list[SkillMention], list[str]]], joins: list[str]
) -> Iterator[tuple[list[SkillMention], list[str]]]:
    if len(chain) > 1:
        first = chain[0][0][0]
        lead = text[_lead_start(text, first) : first.start]
        all_gaps = joins + [g for _, gaps in chain for g in gaps]
        led = (_OPTIONS_LEAD.search(lead) or _EXAMPLES_LEAD.search(lead)) and not _THE_BEFORE.search(lead)
        if led or any(";" in g and _OR_WORD.search(g) for g in all_gaps):
            run = [m for r, _ in chain for m in r]
            gaps = []
            for i, (_, r_gaps) in enumerate(chain):
                if i:
                    gaps.append(joins[i - 1])
                gaps.extend(r_gaps)
            yield run, gaps
            return
    yield from chain


def _lists(text: str, ordered: list[SkillMention]) -> Iterator[tuple[list[SkillMention], list[str]]]:
    """Runs of mentions in one segment separated only by list punctuation, with the gaps between them
    (a run of one is yielded too: "such as AWS" has a head and one example)."""
    run: list[SkillMention] = []
    gaps: list[str] = []
    for m in ordered:
        if run:
            prev = run[-1]
            gap = text[prev.end : m.start]
            if m.segment_start == prev.segment_start and (
                (len(gap) <= 12 and _LIST_GAP.match(gap))
                or (len(gap) <= UNKNOWN_ITEM_CHARS and _UNKNOWN_ITEM_GAP.match(gap))
            ):
                run.append(m)
                gaps.append(gap)
                continue
            yield run, gaps
        run, gaps = [m], []
    if run:
        yield run, gaps
