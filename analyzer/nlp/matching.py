"""Find taxonomy surface forms in text: whole words, exact character offsets, context rules.

This is the engine behind the ``skillgap.skill_matcher`` spaCy component, kept free of spaCy
so it can be tested and reasoned about on plain strings. One Aho-Corasick scan over a
case-folded copy of the text finds every candidate (the copy has the same length as the text,
so offsets carry over unchanged); rules then keep the longest whole-word matches, ask ambiguous
short forms ("R", "Go", "Excel") for skill context, drop skills named only inside job titles
("Machine Learning Engineer"), and complete shared-word lists ("data sourcing, transformation
and storage").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product

import ahocorasick

from ..deadline import check_deadline
from ..taxonomy import ADJECTIVE_ENDINGS, PATTERN_SPAN, Skill, Taxonomy, normalize_form, plural_of
from .casefold import word_start_alternation
from .context import department_names, names_a_role, names_no_skill_here
from .context import department_pair as _department_pair
from .context import department_series as _department_series
from .context import drop_departments as _drop_departments
from .lines import BULLET_CHARS, BULLET_CLASS, hard_breaks, kept_breaks, spans_break
from .requirements import SegmentIndex, segment_index
from .tasks import (
    MODEL_CATEGORIES,
    TaskHit,
    TaskMatcher,
    describes_candidate,
    is_adverb,
    next_word,
    verb_is_the_skill,
)
from .words import WordIndex, opening_words, word_index

# Characters folded to one ASCII stand-in of the same length, so offsets survive.
_FOLD = {ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"}
_FOLD.update(
    {
        ord(c): " "
        for c in "\t\n\r\x0b\x0c\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    }
)
_FOLD.update({ord("\u2019"): "'", ord("\u2018"): "'"})


_ASCII_FOLD = bytes.maketrans(b"\t\n\r\x0b\x0c", b"     ")


_FOLD_RE = re.compile("[" + "".join(chr(c) for c in _FOLD) + "]")


def fold_text(text: str, lower: bool) -> str:
    """Fold dashes, spaces and quotes (and case when ``lower``) without changing the length."""
    if text.isascii():  # the common case, folded at C speed
        folded = text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    else:  # only the few characters to fold are touched (str.translate with a dict is slow)
        folded = _FOLD_RE.sub(lambda m: _FOLD[ord(m.group())], text)
    return lower_same_length(folded) if lower else folded


def lower_same_length(folded: str) -> str:
    low = folded.lower()
    if len(low) == len(folded):
        return low
    # A few characters lower-case to two (e.g. "İ"): keep those as they are.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in folded)


def is_word_char(ch: str) -> bool:
    """Characters that continue a word: letters, digits, and the + and # of C++ and C#."""
    return ch.isalnum() or ch in "+#"


_GLUE = "&"
_GLUE_AMBIGUOUS = "&'.-"

# Text between two list items: commas, slashes, "and", "or", "and/or" (or "andor", its slash lost), brackets.
_LIST_GAP = re.compile(
    r"^(?:\s|,|/|;|\||&|\(|\)|\band\b|\bor\b|\bandor\b|\beither\b|\bas well as\b|\bplus\b|\betc\b\.?|\be\.g\.,?|\bi\.e\.,?)*$",
    re.I,
)

_CUE_BEFORE = re.compile(
    r"(?:experience\s+(?:with|in|using|of)|proficien(?:t|cy)\s+(?:in|with|at)|knowledge\s+(?:of|in)|familiar(?:ity)?\s+with"
    r"|expertise\s+(?:in|with)|skills?\s+(?:in|with)|skilled\s+in|fluen(?:t|cy)\s+in"
    # how well one handles it: "adept with Excel", "comfortable using R", "versed in SAS"
    r"|(?:adept|comfortable|versed|competent|conversant)\s+(?:with|in|at|using)"
    r"|(?:code|coding|programming|written|scripting|develop(?:ing|ment)?|work(?:ing)?)\s+in"
    r"|languages?(?:\s+such\s+as|\s+like|\s+including)?\s*[:(]?|such\s+as|e\.g\.,?|including|using|use\s+of|like"
    # a tool named as what one works with: "use R to build models", "utilize Excel for"
    r"|\b(?:use|utili[sz]e|utili[sz]ing|leverag(?:e|ing))|tools?(?:\s+like|\s+such\s+as)?\s*[:(]?"
    r"|advanced|strong|solid|expert|intermediate|in-depth|hands-on"
    r"|(?:microsoft|ms)(?:\s+office)?|\b(?:microsoft|ms)\s+office(?:\s+(?:products|suite))?\s*[(–-]"
    # a tool named as where or what one works in: "in Excel", "mastery of R", "(especially Excel)"
    r"|(?:in|within|inside|of|especially|particularly|specifically|preferably|mainly|primarily|notably|advance)\s*\(?"
    # the label of a skill list: "Skills required: Excel", "Tools - Excel"
    r"|(?:skills?|tools?|technologies|software|(?:tech(?:nical)?\s+)?stack|requirements?|qualifications?|proficienc(?:y|ies)"
    r"|competenc(?:y|ies)|knowledge|experience)(?:\s+(?:required|needed|used|preferred|desired|wanted))?\s*(?::|-|–))\s*$",
    re.I,
)
_CUE_AFTER = re.compile(
    r"^\s*(?:programming|language|languages|code|coding|scripts?|scripting|packages?|libraries|library|studio|shiny|markdown|notebooks?|skills?"
    r"|experience|development|spreadsheets?|workbooks?|formulas?|functions|macros?|pivot|modell?ing|cluster|jobs?|streaming|sql|apis?|sdk"
    r"|framework|ecosystem|proficiency|expertise|knowledge|vba|tools?|capabilit(?:y|ies)|usage|assessments?|documents?|files?"
    r"|templates?|add-ins?|power\s+(?:query|pivot)|v?lookups?|charts?|dashboards?"
    # the person as one who knows it well: "a SQL guru", "an R wizard", "a logistics background"
    r"|gurus?|wizards?|whiz|ninjas?|background"
    # the label of a job board's experience field: "Excel: 5 years (Required)", "R: 2 years (Preferred)"
    r"|:\s*\d{1,2}\+?\s*(?:years?|yrs?))\b",
    re.I,
)
# The way a practice is carried out, named right after it on its line: "testing procedures", "molecular
# biology methods", "accounting processes": the word names a practice one performs, whatever else it may
# name alone. Not a data set ("training and testing datasets" names the data's use), nor a field's
# "methodologies" or "practices", which name a discipline or an organisation's habits as often
# ("online testing methodologies" are experiments; "improve their clinical trial practices").
_PRACTICE_AFTER = re.compile(
    r"[ \t]++(?:procedures?|techniques?|methods?|protocols?|processes|principles|concepts|workflows?|approaches)\b",
    re.I,
)
# The person as one who uses it: "an expert-level Excel user", "Excel super user"; read on the text as
# written, where a line break still ends the phrase; not the head of a compound ("Testing user acquisition").
_USER_AFTER = re.compile(
    r"[ \t]*+(?:(?:power|super)[ \t]++)?users?(?![ \t-]*+(?!(?:with|who|and|or|in|of|at|for|to|is|are|will)\b)[a-z])"
)
# How much the name is wanted, right after it on its line: "R is a plus", "R (preferred)", '"R" is a
# nice-to-have'; not the heading of the next block ("USC/GC / Required Skills:").
_LEVEL_AFTER = re.compile(
    r"[\"\u201d]?[ \t]*(?:(?:is[ \t]+)?(?:an?[ \t]+)?(?:plus|bonus|nice[ \t-]to[ \t-]have)|\(?(?:preferred|required)\)?)\b"
    r"(?![ \t]*(?:\w+[ \t]*)?:)",
    re.I,
)


@dataclass(slots=True)
class Match:
    start: int
    end: int
    skill: Skill
    needs_context: bool = False
    glued: bool = False  # cut out of a glued token ("ExcelSQL"): gives way to a whole-word match
    lowered: bool = False  # a cased name written in lower case ("spark"): counts only as a list item
    phrased: bool = False  # found by a pattern: one word of it gives way to a list's completion


class SkillIndex:
    """All surface forms of a taxonomy, compiled for fast whole-word search."""

    def __init__(self, taxonomy: Taxonomy):
        self.taxonomy = taxonomy
        self._one_word_nouns_of: dict[str, tuple[str, ...]] = {}  # skill id -> nouns (see _one_word_nouns)
        # cased form -> (length, skill, needs context): matched as written
        sensitive: dict[str, tuple[int, Skill, bool]] = {}
        self.forms: dict[str, tuple[Skill, bool]] = {}  # folded form -> (skill, generated)
        explicit: dict[str, Skill] = {}
        generated: dict[str, Skill | None] = {}  # None: two skills generate it, so neither gets it
        singulars: dict[str, Skill] = {}  # "Crystal Report": matched as written, with its capitals
        # One-word forms in lower case, cased ones included: a glued token ("ExcelSQL") is cut
        # where the piece on the other side is one of these.
        self.words: set[str] = set()
        for skill in taxonomy.skills.values():
            for form, cased in skill.surface_forms():
                if cased:
                    key = fold_text(form, lower=False)
                    sensitive[key] = (len(key), skill, skill.needs_context)
                    if key.isalnum():
                        self.words.add(key.lower())
                    continue
                key = normalize_form(fold_text(form, lower=True))
                explicit.setdefault(key, skill)
                for base in (key, *camel_case_split(form)):
                    for variant in spelling_variants(base):
                        if generated.setdefault(variant, skill) is not skill:
                            generated[variant] = None
                for single in _singular_name(form):
                    singulars.setdefault(single, skill)
        # Spellings the taxonomy derives from the written forms ("survival model", "thought
        # leader", "Dynamo"): generated like the spelling variants, so a written form wins.
        truncated: list[tuple[str, Skill, bool]] = []
        plurals: list[tuple[str, Skill]] = []
        self._inverted: set[str] = set()  # "integrity of the data": see _object_goes_on
        for derived in taxonomy.derived_forms():
            skill = taxonomy.skills[derived.skill]
            if derived.kind == "cased plural":  # matched as written, like the word it is the plural of
                plurals.append((fold_text(derived.form, lower=False), skill))
                continue
            if derived.cased:
                truncated.append((fold_text(derived.form, lower=False), skill, derived.needs_context))
                continue
            variants = spelling_variants(normalize_form(fold_text(derived.form, lower=True)))
            if derived.kind == "inverted":
                self._inverted.update(variants)
            if derived.kind == "agent noun":  # "a thought leader", not "work with thought leaders"
                variants = {v for v in variants if not v.endswith(derived.base + "s")}
            for variant in variants:
                if generated.setdefault(variant, skill) is not skill:
                    generated[variant] = None
        for key, owner in generated.items():
            if owner is not None and key not in explicit:
                self.forms[key] = (owner, True)
        for single, skill in singulars.items():
            if normalize_form(single.lower()) not in self.forms:
                sensitive[single] = (len(single), skill, skill.needs_context)
        for key, skill in explicit.items():
            self.forms[key] = (skill, False)
        for key, skill in plurals:
            if key.lower() not in self.forms and key not in sensitive:
                sensitive[key] = (len(key), skill, skill.needs_context)
        # A truncated name ("Dynamo" of DynamoDB) followed by a capitalised word is the first word of
        # another name ("Dynamo AI"): see find.
        self._truncated: set[str] = set()
        for key, skill, needs_context in truncated:
            if key.lower() not in self.forms and key not in sensitive:
                sensitive[key] = (len(key), skill, needs_context)
                self._truncated.add(key)
        # A cased one-word name written in lower case ("spark", "hive", "excel" in "sql, hive,
        # excel and tableau") or in capitals ("SQL, SPARK, HIVE"): tool lists are often typed so.
        # Such a word counts only as an item of a list of skills, read after every other stage
        # (_lowered_items).
        self._lowered: set[str] = set()
        for key, (_length, skill, _context) in list(sensitive.items()):
            if len(key) < 3 or not key.isalpha() or key.lower() in self.forms:
                continue
            for variant in (key.lower(), key.upper()):
                if variant != key and variant not in sensitive:
                    sensitive[variant] = (len(variant), skill, True)
                    self._lowered.add(variant)
        self.words.update(key for key in self.forms if key.isalnum())
        # The names as the taxonomy writes them, with a capital or a sign ("SQL", "C#", "Tableau"),
        # of skills that need no context: a token that is exactly two of them ("SQLC#") lost the
        # separator between two list items (_two_names). Names of several words by their first word
        # ("Power" of "Power BI"), for the second of the two.
        self._written_names: set[str] = set()
        self._written_heads: dict[str, set[str]] = {}
        for skill in taxonomy.skills.values():
            if skill.needs_context:
                continue
            for form, _cased in skill.surface_forms():
                written = fold_text(form, lower=False)
                if len(written) < 2 or written == written.lower() and all(map(str.isalnum, written)):
                    continue
                head, space, rest = written.partition(" ")
                if not space:
                    if all(map(is_word_char, written)):
                        self._written_names.add(written)
                elif all(map(is_word_char, head)) and len(head) >= 2:
                    self._written_heads.setdefault(head, set()).add(space + rest)
        # The first and the last words of the forms of several words: a list completion whose
        # key would start (or end) with any other word cannot find a form, so it is not looked up.
        spaced = [key.split(" ") for key in self.forms if " " in key]
        self._first_words = frozenset(words[0] for words in spaced)
        self._last_words = frozenset(words[-1] for words in spaced)
        # The first two words of the forms of two words or more: "natural language" (processing).
        self._leading_pairs = frozenset(" ".join(words[:2]) for words in spaced)
        # Words the taxonomy itself uses ("grade", "charts", "lakes") are no slips of a name.
        vocabulary = {word for key in self.forms for word in _FORM_WORDS.split(key)}
        for rule in taxonomy.tasks:
            vocabulary.update(rule.verbs)
            vocabulary.update(rule.objects)
        self._slips = _slip_forms(taxonomy, vocabulary | self.words)
        self._phrase_slips = _PhraseSlips(self.forms, vocabulary | self.words)
        # shared head words and their senses, where the taxonomy has every skill they name
        self._senses = {
            head: tuple((taxonomy.skills[sid], cues) for sid, cues in options)
            for head, options in _SENSE_CUES.items()
            if all(sid in taxonomy.skills for sid, _ in options)
        }
        # The head nouns of skills' names ("networking" of "computer networking") and their bare nouns of
        # action: alone, a list item that names the skill where the list's other items are of its kind.
        self._list_heads = _list_heads(taxonomy, self.forms)
        self._list_head_words = tuple(self._list_heads)
        # Phrasings with free words in them ("solve ambiguous problems"). A pattern is tried only
        # where one of its literal leading stems starts a word, found by the automaton pass below.
        self._patterns: list[tuple[re.Pattern, Skill]] = []
        self._unanchored: list[int] = []  # patterns with no usable stem: searched in full
        by_stem: dict[str, list[int]] = {}
        for skill in taxonomy.skills.values():
            for pattern in skill.patterns:
                index = len(self._patterns)
                self._patterns.append((re.compile(r"\b(?:" + pattern + r")(?![\w+#])"), skill))
                stems = _leading_stems(pattern)
                if not stems:
                    self._unanchored.append(index)
                for stem in stems:
                    by_stem.setdefault(stem, []).append(index)
        self.tasks = TaskMatcher(taxonomy)
        self._departments = _department_series(taxonomy.functions)
        self._department_pairs = _department_pair(taxonomy.functions)
        self._department_names = department_names(taxonomy.functions)
        # Words of action that name a skill bare where their sentence names its object (Skill.bare):
        # one scan finds them all; each skill's object is the first word of its name, in the forms
        # a sentence writes it in ("model": "models", "modeling"; "data": "datasets").
        self._bare: dict[str, list[Skill]] = {}
        self._bare_objects: dict[str, re.Pattern[str]] = {}
        for skill in taxonomy.skills.values():
            if not skill.bare:
                continue
            head = re.escape(skill.name.lower().split(" ")[0])
            self._bare_objects[skill.id] = re.compile(rf"\b{head}(?:s|ing|ling|sets?)?(?![\w-])")
            for word in skill.bare:
                self._bare.setdefault(word.lower(), []).append(skill)
        self._bare_scan = (
            re.compile(word_start_alternation(sorted(self._bare, key=len, reverse=True)) + r"(?![\w+#-])")
            if self._bare
            else None
        )
        # (the scan tried only where the posting's WordIndex finds one of the words)
        self._bare_words = opening_words(self._bare)
        # Rules made from the skills' own forms ("segment customers" of customer segmentation): read
        # in a pass of their own, after the written ones, and kept only where nothing else was found.
        self.derived_tasks = TaskMatcher(taxonomy, taxonomy.derived_tasks(), written=self.tasks)
        # One automaton pass over the lower-cased text finds every other candidate: the forms, the
        # stems of the patterns and the task verbs. Its value per key: (form, (stem, verb) or None).
        scan: dict[str, list] = {}
        for key, (skill, _generated) in self.forms.items():
            # Whether the form starts / ends with a word character decides which neighbours it needs.
            scan[key] = [(len(key), skill, is_word_char(key[0]), is_word_char(key[-1])), None, None]
        # The cased forms have an automaton of their own, over the text as written: in the
        # lower-cased pass "R" and "C" would stop at every "r" and "c" of the text.
        self._sensitive: ahocorasick.Automaton | None = None
        if sensitive:
            self._sensitive = ahocorasick.Automaton()
            for key, value in sensitive.items():
                self._sensitive.add_word(key, value)
            self._sensitive.make_automaton()
        for stem, indexes in by_stem.items():
            scan.setdefault(stem, [None, None, None])[1] = (len(stem), indexes)
        for verb_form, lemma in self.tasks.verb_forms():
            scan.setdefault(verb_form, [None, None, None])[2] = lemma
        self._scan = ahocorasick.Automaton()
        for key, (form, stem, verb) in scan.items():
            others = None if stem is None and verb is None else (stem, verb)
            self._scan.add_word(key, (form, others))
        if len(self._scan):
            self._scan.make_automaton()

    def find(self, text: str, in_titles: bool = False, segments: SegmentIndex | None = None) -> list[Match]:
        """Every skill mention in ``text``, in order, without overlaps.

        ``in_titles=True`` keeps skills named inside job titles ("Senior Python Developer"): in a
        résumé they are what the person did, in a posting only the role's name. Skills asked for
        as tasks ("deploying models") count in a posting only where it asks something of the
        candidate, judged from its sections (``segments``, built here when not given); in a
        résumé (``in_titles=True``) wherever a clause states them.
        """
        if not text:
            return []
        cased = fold_text(text, lower=False)
        lower = lower_same_length(cased)
        candidates: list[Match] = []
        cut = False  # whether any candidate was cut out of a glued token
        stem_hits: list[tuple[int, tuple[int, list[int]]]] = []
        verb_hits: list[tuple[int, tuple[int, str]]] = []
        if len(self._scan):
            last = len(lower) - 1
            for end, (form, others) in self._scan.iter(lower):
                if others is not None:
                    stem, verb = others
                    if stem is not None:
                        stem_hits.append((end, stem))
                    if verb is not None:
                        verb_hits.append((end, verb))
                    if form is None:
                        continue
                length, skill, word_first, word_last = form
                # The whole-word test of _whole_word, inlined: this loop runs for every candidate.
                start = end - length + 1
                glued = False
                if start > 0:
                    before = lower[start - 1]
                    if word_first and (before.isalnum() or before in "+#"):
                        if not self._glued_before(cased, start):
                            continue
                        glued = cut = True
                    elif before == "&" and start > 1 and lower[start - 2].isalnum():
                        continue
                if end < last:
                    after = lower[end + 1]
                    if word_last and (after.isalnum() or after in "+#"):
                        # "Python3", "GPT4", "Llama2.5": a version glued to a name is that name.
                        version_end = _version_end(lower, end + 1) if after.isdigit() and length >= 3 else 0
                        if version_end and lower[end].isalpha():
                            candidates.append(Match(start, version_end, skill, False, glued))
                        elif self._glued_after(cased, end + 1):
                            candidates.append(Match(start, end + 1, skill, glued=True))
                            cut = True
                        continue
                    if after == "&" and end + 2 <= last and lower[end + 2].isalnum():
                        continue
                candidates.append(Match(start, end + 1, skill, False, glued))
        if "  " in lower:
            candidates.extend(self._spread_forms(text, lower))
        if self._sensitive is not None:
            lowered_forms = self._lowered
            last = len(cased) - 1
            for end, (length, skill, needs_context) in self._sensitive.iter(cased):
                start = end - length + 1
                # Most hits are inside a word ("C" of "Candidate", "ica" of "practical" or "America"):
                # rejected here by the outcome of the tests below, without them. A form whose word goes
                # on in lower case is no glued name and has no version; a lower-case name never counts
                # inside a word.
                if end < last:
                    after = cased[end + 1]
                    if (
                        (after.isalnum() or after in "+#")
                        and not after.isupper()
                        and not after.isdigit()
                        and (cased[end].isalnum() or cased[end] in "+#")
                        and not (after in "aowft" and self._glued_to_a_function_word(cased, end + 1))
                    ):
                        continue
                if start > 0 and cased[start].islower():
                    before = cased[start - 1]
                    if (before.isalnum() or before in "+#") and cased[start : end + 1] in lowered_forms:
                        continue
                if needs_context and cased[end + 1 : end + 2] == " " and cased[end + 2 : end + 3].isupper():
                    if cased[start : end + 1] in self._truncated:
                        continue  # "Dynamo AI", "Couch Potato": the first word of another name
                glue = _GLUE_AMBIGUOUS if needs_context else _GLUE
                if _whole_word(cased, start, end + 1, glue):
                    in_lower = cased[start : end + 1] in self._lowered
                    candidates.append(Match(start, end + 1, skill, needs_context, lowered=in_lower))
                elif cased[start].islower() and cased[start : end + 1] in self._lowered:
                    continue  # no glued lower-case names: "sparked", "excellent" are other words
                elif self._glued(cased, start, end + 1, glue):
                    candidates.append(Match(start, end + 1, skill, needs_context, glued=True))
                    cut = True
                elif length >= 3 and end + 1 < len(cased) and cased[end + 1].isdigit() and cased[end].isalpha():
                    # "Llama2": the version makes even an ambiguous name unambiguous
                    version_end = _version_end(lower, end + 1)
                    if version_end and _whole_word(cased, start, version_end, glue):
                        candidates.append(Match(start, version_end, skill))
        phrased: list[Match] = []  # matches of patterns, whose free words may name other skills
        for index in self._unanchored:
            compiled, skill = self._patterns[index]
            phrased.extend(Match(*_pattern_span(h), skill, phrased=True) for h in compiled.finditer(lower))
        if stem_hits:
            for end, (length, indexes) in stem_hits:
                start = end - length + 1
                if start and is_word_char(lower[start - 1]):
                    continue
                for index in indexes:
                    compiled, skill = self._patterns[index]
                    hit = compiled.match(lower, start)
                    if hit:
                        phrased.append(Match(*_pattern_span(hit), skill, phrased=True))
        if phrased:
            phrased = [_named_by_its_verb(lower, m) for m in phrased]
            candidates.extend(_cut_at_names(lower, phrased, candidates))
        # A name of several words never runs from a complete line into the next one ("Hadoop" /
        # "Tools"); a shorter candidate inside one line stands instead.
        breaks = hard_breaks(text) if "\n" in text else []
        if breaks:
            candidates = [c for c in candidates if not spans_break(breaks, c.start, c.end)]
        # "ownership of [data models]", "integrity of the [data pipeline]": an inverted form's object that
        # goes on as a noun phrase is that phrase's modifier, no object of its own.
        if self._inverted:
            candidates = [
                c
                for c in candidates
                if not (lower[c.start : c.end] in self._inverted and _object_goes_on(lower, c.end))
            ]
        # "cutting-edge AI": "edge AI" is no name there; "AI" inside it still is.
        candidates = [c for c in candidates if not _ends_an_adjective_compound(lower, c)]
        check_deadline()
        lowered = [c for c in candidates if c.lowered]
        if lowered:
            candidates = [c for c in candidates if not c.lowered]
        matches = _longest_first(_uncut(cased, candidates) if cut else candidates, len(text), cased, self.words)
        matches = _defined_abbreviations(cased, matches)
        matches = self._complete_lists(lower, matches, text)
        words = word_index(text)  # the posting's words: the rules below that look for a few ask it
        matches = self._fields_in_lists(lower, matches, words)
        check_deadline()
        matches = _resolve_context(lower, matches, text)
        if self._senses:
            matches = _choose_senses(lower, matches, self._senses)
        matches = self._misspelt_phrases(text, lower, matches, words)
        if self._slips:
            matches = self._misspelled(text, matches)
        check_deadline()
        other_names = _abbreviations_of_other_names(cased, matches)
        if (
            not in_titles
            and self._departments is not None
            and matches
            # (a text without two names in a row, most, has no series: not scanned for one)
            and (self._department_pairs is None or self._department_pairs.search(text) is not None)
        ):
            matches = _drop_departments(text, matches, self._departments)
        matches = [
            m
            for i, m in enumerate(matches)
            if not (
                (
                    not in_titles
                    and names_a_role(
                        cased, lower, m.start, m.end, _line_ends(text, m.end), text, self._department_names
                    )
                )
                or (_is_audience(cased, lower, m) and not _named_tool(text, lower, m))
                or _is_purpose_of_a_language(lower, m)
                or _is_compound_head(lower, matches, i)
                or _names_something_else(cased, matches, i)
                or (other_names and cased[m.start : m.end].removesuffix("s") in other_names)
            )
        ]
        # A pattern's phrase or a name of several words that opens with a verb names no skill where the
        # employer is its subject: "We solve the hardest problems in logistics", "We derive insights,
        # build models and …" are the company's blurb, not duties.
        verb_phrases = [] if in_titles else [_is_verb_phrase(lower, m) for m in matches]  # (read twice below)
        if any(m.phrased or verb_phrase for m, verb_phrase in zip(matches, verb_phrases)):
            if segments is None:
                segments = segment_index(text)
            matches = [
                m
                for m, verb_phrase in zip(matches, verb_phrases)
                if not (
                    (m.phrased and self.tasks.in_company_voice(lower, m.start, segments))
                    or (verb_phrase and self.tasks.in_company_voice(lower, m.start, segments, names=False))
                )
            ]
        if lowered:
            matches = _lowered_items(lower, text, matches, lowered)
        # (the lines of both task passes: computed once)
        task_lines = kept_breaks(lower, breaks) if breaks and (self.tasks or self.derived_tasks) else None
        if self.tasks:
            if segments is None and not in_titles:
                segments = segment_index(text)
            # a verb that is a skill's own form ("collaborate", "influencing") asks where that mention does
            # (not one a pattern or its context made a skill: "[lead] and drive initiatives", "testing"; nor
            # a noun of action: "[optimization] of business performance" names a field of work)
            named_verbs = {
                m.start
                for m in matches
                if not (m.phrased or m.needs_context) and self.tasks.is_verb_form(lower[m.start : m.end])
            }
            hits = self.tasks.find(
                cased, lower, None if in_titles else segments, verb_hits, task_lines, words, named_verbs
            )
            if hits:
                # An ambiguous word kept for its context ("development, testing and deployment")
                # that is the verb of a task phrase ("testing models") is that phrase's verb.
                # So is one that is the object of a task phrase ("writing [queries]").
                verbs = {hit.start for hit in hits if hit.head_start > hit.start}
                verbs.update(hit.head_start for hit in hits)
                # So is a verb that another skill names alone where its object makes it no such skill:
                # "[deploy] software components" deploys no model (the reading the context drops).
                claimed = {hit.start: hit.skill for hit in hits if hit.head_start > hit.start}
                matches = [
                    m
                    for m in matches
                    if not (
                        " " not in lower[m.start : m.end]
                        and (
                            (m.needs_context and m.start in verbs)
                            or (claimed.get(m.start, m.skill) is not m.skill and names_no_skill_here(text, m))
                        )
                    )
                ]
                matches = self.tasks.merge(lower, matches, hits, Match)
        if self.derived_tasks:
            if segments is None and not in_titles:
                segments = segment_index(text)
            hits = self.derived_tasks.find(cased, lower, None if in_titles else segments, None, task_lines, words)
            if hits:
                matches = self.derived_tasks.merge(lower, matches, _in_gaps(len(lower), matches, hits), Match)
        if self._bare_scan is not None and not in_titles:
            if segments is None:
                segments = segment_index(text)
            matches = self._bare_actions(text, lower, matches, segments, words)
        if not in_titles:
            matches = self._heads_in_lists(lower, matches, words)
        return matches

    def _spread_forms(self, text: str, lower: str) -> list[Match]:
        """Forms of several words written with a run of spaces or a blank line between two of their
        words: "machine\n\nlearning" in prose a source wrapped with blank lines, "cross   functional".
        The run is read as one space in a window around it; a form that runs across a hard break
        ("Data\n\nWarehousing": a heading after a blank line) is dropped with the others in :meth:`find`."""
        found: list[Match] = []
        for gap_start, gap_end in _space_runs(lower):
            if not text[gap_end].islower() and text.count("\n", gap_start, gap_end) > 1:
                continue  # a new paragraph or heading after a blank line: a hard break, nothing runs across it
            low = max(0, gap_start - _SPREAD_REACH)
            window = lower[low:gap_start] + " " + lower[gap_end : gap_end + _SPREAD_REACH]
            space = gap_start - low  # the run's one space in the window
            lost = gap_end - gap_start - 1
            for end, (form, _others) in self._scan.iter(window):
                if form is None:
                    continue
                length, skill, word_first, word_last = form
                start = end - length + 1
                if not start < space < end or "  " in window[start : end + 1]:
                    continue  # not across this run, or across another one too
                first, last = low + start, low + end + 1 + lost
                if word_first and first > 0 and (lower[first - 1].isalnum() or lower[first - 1] in "+#"):
                    continue
                if word_last and last < len(lower) and (lower[last].isalnum() or lower[last] in "+#"):
                    continue
                found.append(Match(first, last, skill))
        return found

    def _bare_actions(
        self, text: str, lower: str, matches: list[Match], segments: SegmentIndex, words: WordIndex
    ) -> list[Match]:
        """``matches`` and the bare words of action (:attr:`Skill.bare`) whose object their sentence names,
        where the sentence asks something of the candidate: "scoping, building, validating and
        [monitoring] modeling projects" (model monitoring), "clean data for [analysis] and reporting"
        (data analysis). The word must stand alone, as an item of a list or the head of its phrase:
        not after a noun that names another kind ("network monitoring", "sentiment analysis": no
        function word, verb or list mark before it), nor before one it modifies ("analysis tools",
        "monitoring dashboards"), nor with another object after "of" ("evaluation of vendors")."""
        assert self._bare_scan is not None
        taken = _Occupancy(len(lower), matches)  # filled only if a bare word turns up
        verbs = self.tasks.verb_lemmas
        added: list[Match] = []
        scan = self._bare_scan
        found_words = (
            scan.finditer(lower) if self._bare_words is None else words.finditer(scan, lower, self._bare_words)
        )
        for found in found_words:
            start, end = found.span()
            if taken.overlaps(start, end) or not _stands_alone_before(text, lower, start, verbs, self._last_words):
                continue
            if text[start].isupper() and not _opens_sentence(text, start):
                continue  # a component or a heading named in capitals: "Logging, Monitoring, Cron Jobs"
            # a series of verbs or nouns of action shares what follows it: "monitor and analyze [data]",
            # "development, validation and delivery [of] statistical models"
            # (``lower`` has its line breaks folded into spaces: a series and its object end at one)
            series_end = end
            for _ in range(_BARE_SERIES):
                item = _BARE_SERIES_ITEM.match(lower, series_end)
                if item is None or item.group("item") not in verbs or "\n" in text[series_end : item.end()]:
                    break
                series_end = item.end()
            line_end = _LINE_END.match(text, series_end) is not None
            after = _BARE_AFTER.match(lower, series_end)
            if after is None and not line_end:
                continue
            seg = segments.segment_at(start)
            if (
                seg is None
                or not describes_candidate(lower, start, segments)
                or _GROUP_SUBJECT.search(lower, max(seg.sentence_start, start - _BARE_OBJECT_REACH), start)
            ):
                continue
            low = max(seg.sentence_start, start - _BARE_OBJECT_REACH)
            high = min(seg.sentence_end, end + _BARE_OBJECT_REACH)
            for skill in self._bare[found.group()]:
                objects = self._bare_objects[skill.id]
                if after is None or line_end:  # the phrase ends with its line
                    named = objects.search(lower, low, start) or objects.search(lower, end, high)
                elif after.group("of") is not None:  # "analysis of the data", not "analysis of vendors"
                    named = objects.search(lower, after.end(), min(high, after.end() + _OF_REACH))
                elif after.group("word") is not None:  # "monitoring modeling projects": the object itself
                    # (a participle before it is an adjective: "the accuracy of deployed models")
                    if series_end == end and found.group().endswith("ed"):
                        continue
                    # … as the head of its phrase, not a modifier ("analyze system and data requirements")
                    window = _BARE_WINDOW.match(lower, after.start("word"))
                    named = None
                    if window is not None:
                        window_end = min(window.end(), high)  # within the sentence and its line
                        for head in objects.finditer(lower, after.start("word"), window_end):
                            if _HEAD_END.match(lower, head.end()):
                                named = head
                                break
                else:
                    named = objects.search(lower, low, start) or objects.search(lower, end, high)
                if named is not None:
                    added.append(Match(start, end, skill))
                    break
        if not added:
            return matches
        return sorted([*matches, *added], key=lambda m: (m.start, m.end))

    def _two_names(self, cased: str, cut: int) -> bool:
        """Whether the token ``cut`` is inside is exactly two names as the taxonomy writes them,
        glued at ``cut`` where a list lost its separator: "SQLC#", "ExcelSQL", "TableauPower BI"
        (the second may be the first word of a name of several words that goes on after it)."""
        first = cut
        while first > 0 and is_word_char(cased[first - 1]):
            first -= 1
            if cut - first > _TOKEN_REACH:
                return False
        last = cut
        while last < len(cased) and is_word_char(cased[last]):
            last += 1
            if last - cut > _TOKEN_REACH:
                return False
        head, tail = cased[first:cut], cased[cut:last]
        if head not in self._written_names:
            return False
        if head.isupper() and head.isalpha() and tail.isupper() and tail.isalpha():
            return False  # two acronyms make one: "APICS" is no API and CS
        if tail in self._written_names:
            return True
        return any(cased.startswith(rest, last) for rest in self._written_heads.get(tail, ()))

    def _glued_before(self, cased: str, start: int) -> bool:
        """Whether a form starting at ``start`` inside a token starts a word glued to the one before
        it, as text that lost its line breaks has them: "modelsPython", "projectsCollaborate",
        "KerasPyTorch", "SQLPython". The cut is a lower→upper case change after a lower-case word
        of three or more letters, or after a known one-word form (capitalised, or an acronym before
        a capitalised word of four or more letters); a CamelCase name ("MediaMath", "FastAPI",
        "TheCRM") starts with a capitalised piece that is no skill and stays whole."""
        if not cased[start].isupper():
            return False
        if self._two_names(cased, start):
            return True
        before = cased[start - 1]
        if before.isupper() or before.isdigit():  # "SQLPython", "H2OMachine": an acronym, then a word
            # a capitalised word of four letters or more (read no further than that: _NEXT_PIECE here read the
            # rest of a run of capitals from each of its capitals, quadratic in a DNA sequence or a base64 blob)
            if _OPENS_A_WORD.match(cased, start) is None:
                return False
            first = _token_start(cased, start)
            piece = cased[first:start] if first is not None else ""
            return len(piece) >= 2 and piece.isupper() and piece.lower() in self.words
        if not before.islower():
            return False
        first = _token_start(cased, start)
        if first is None:
            return False
        piece = cased[first:start]
        if piece.islower() and piece.isalpha():
            return len(piece) >= 3
        if piece in _RATINGS:  # a skills table's rating glued to the next row: "IntermediateProject Management"
            return True
        return piece.isalpha() and piece[1:].islower() and piece.lower() in self.words

    def _glued_after(self, cased: str, end: int) -> bool:
        """Whether a form ending at ``end`` inside a token ends a word glued to the next one:
        "data pipelinesExperience", "TableauExperience with", "ExcelSQL", "SQLKnowledge of",
        "data science5+ years". After a lower-case word the next capital is a cut; after a
        capitalised one ("Tableau", which CamelCase names start with too: "StataCorp", "GitLab")
        or an acronym ("SQL") only where the next piece is a known form or a capitalised word
        that a sentence goes on from ("Experience with")."""
        last = cased[end - 1]
        nxt = cased[end]
        if nxt.isdigit():  # "science5+ years": years of experience glued to the previous line
            return last.isalpha() and _GLUED_YEARS.match(cased, end) is not None
        if nxt.islower():
            return self._glued_to_a_function_word(cased, end)
        if not nxt.isupper():
            return False
        if self._two_names(cased, end):
            return True
        first = _token_start(cased, end)
        if first is None:
            return False
        if last in "+#":  # "C++Experience with": a name that ends in a sign is no CamelCase name
            if not cased[end + 1 : end + 2].islower():
                return False
        elif last.isupper() or last.isdigit():  # "SQLKnowledge": an acronym, then a capitalised word
            if end - first < 2 or not cased[end + 1 : end + 2].islower():
                return False
            # an acronym, or a name that ends in capitals ("MongoDBUnderstanding of", "WebGLExperience")
            head = cased[first:end]
            if not head.isupper() and head.lower() not in self.words:
                return False
        elif not last.islower():
            return False
        elif cased[first].islower():
            return end - first >= 3 and cased[first:end].isalpha()
        piece = _NEXT_PIECE.match(cased, end)
        if piece is None:
            return False
        if piece.group().lower() in self.words:
            return True
        word = piece.group()
        # "AIOps" is a name, "AWSExperience" no; "AWSYou build": a short word that opens a sentence
        shortest = 3 if last.islower() or word in _SHORT_OPENERS else 4
        return len(word) >= shortest and word[1:].islower() and _SENTENCE_GOES_ON.match(cased, piece.end()) is not None

    def _glued_to_a_function_word(self, cased: str, end: int) -> bool:
        """Whether a name ending at ``end`` lost the space before a conjunction or preposition:
        "Google BigQueryor Redshift", "(Pythonor R)", "Perland Pig", "C++and/or". Only a known
        one-word form written as a name counts: capitalised and of four or more characters, an
        acronym, or a name ending in a sign ("C++"); a lower-case head is too often an English word
        ("bias", "ideas", "motor"). The word must be the token's whole rest, and "or" does not follow
        a t or an s, where the two make an agent noun ("Reactor", "Auditor", "Processor")."""
        tail = _GLUED_TAIL.match(cased, end)
        if tail is None:
            return False
        first = end
        while first > 0 and is_word_char(cased[first - 1]):
            first -= 1
            if end - first > _TOKEN_REACH:
                return False
        head = cased[first:end]
        if not head[:1].isupper() or len(head) < 2:
            return False
        if len(head) < 4 and not head.isupper() and head[-1] not in "+#":
            return False
        if tail.group() == "or" and head[-1] in "ts":
            return False
        low = head.lower()
        return low in self.words or low in self.forms

    def _glued(self, cased: str, start: int, end: int, glue: str) -> bool:
        """A form inside a token that :meth:`_glued_before` / :meth:`_glued_after` cut at one end or
        both, and that is a whole word (:func:`_whole_word`) at any other end."""
        inner = False
        if start > 0 and is_word_char(cased[start - 1]):
            if not self._glued_before(cased, start):
                return False
            inner = True
        elif start > 1 and cased[start - 1] in glue and cased[start - 2].isalnum():
            return False
        if end < len(cased) and is_word_char(cased[end]):
            if not self._glued_after(cased, end):
                return False
            inner = True
        elif end + 1 < len(cased) and cased[end] in glue and cased[end + 1].isalnum():
            return False
        return inner

    def _misspelt_phrases(self, text: str, lower: str, matches: list[Match], words: WordIndex) -> list[Match]:
        """Names of several words with one word misspelt: "Market Basket Anaysis", "artificial
        neutral networks", "Enterprise Data Goverance". A word of seven or more letters that no
        form uses and that is one slip (:class:`_PhraseSlips`) from a word of a form of several
        words is read as that word where the words around it, on the same line, complete the form;
        the other words of the name are the context that a misspelt single word lacks. So are
        hyphenated names wrapped at the hyphen (:meth:`_wrapped_names`). A match inside the name
        gives way to it; one that crosses its edge keeps its place."""
        found: list[Match] = []
        # The words that have a fix, found once per word (most postings have none): only their
        # occurrences are read one by one.
        slipped = self._phrase_slips.slipped(_long_words(words))
        for hit in _LONG_WORD.finditer(lower) if slipped else ():
            if hit.group() not in slipped:
                continue
            start, end = hit.span()
            if (start and is_word_char(lower[start - 1])) or (end < len(lower) and is_word_char(lower[end])):
                continue
            fixes = self._phrase_slips.fixes(hit.group())
            if not fixes or text[start:end].isupper():
                continue
            before = _words_before(text, lower, start, _PHRASE_REACH)
            after = _words_after(text, lower, end, _PHRASE_REACH)
            best: Match | None = None
            ambiguous: Match | None = None
            for fix in fixes:
                for first, last, skill in self._forms_around(lower, before, fix, start, end, after, alone=False):
                    if best is None or last - first > best.end - best.start:
                        best = Match(first, last, skill)
                    elif (first, last) == (best.start, best.end) and skill is not best.skill:
                        ambiguous = best  # "quanitative analysis": qualitative or quantitative
            if best is not None and best is not ambiguous:
                found.append(best)
        found.extend(self._wrapped_names(text, lower))
        if not found:
            return matches
        found.sort(key=lambda m: m.start)
        starts = [m.start for m in matches]
        inside: set[int] = set()  # indexes of matches a new name covers
        added: list[Match] = []
        for new in found:
            i = bisect_right(starts, new.start - 1)
            crossed = i > 0 and matches[i - 1].end > new.start
            covered = []
            while i < len(matches) and matches[i].start < new.end:
                if matches[i].end > new.end:
                    crossed = True
                covered.append(i)
                i += 1
            if not crossed and not (added and added[-1].end > new.start):
                inside.update(covered)
                added.append(new)
        kept = [m for i, m in enumerate(matches) if i not in inside]
        return sorted(kept + added, key=lambda m: m.start) if added else matches

    def _wrapped_names(self, text: str, lower: str) -> Iterator[Match]:
        """Hyphenated names with a space after the hyphen, as a line wrapped at the hyphen leaves
        them: "time- series data", "machine- learning algorithms", "decision- making". The words
        around, on the same line, may complete a longer form ("time- series analysis")."""
        for dash in _wrapped_hyphens(lower):
            first = dash
            while first > 0 and is_word_char(lower[first - 1]) and dash - first <= _TOKEN_REACH:
                first -= 1
            last = dash + 2
            while last < len(lower) and is_word_char(lower[last]) and last - dash <= _TOKEN_REACH:
                last += 1
            if (first and is_word_char(lower[first - 1])) or (last < len(lower) and is_word_char(lower[last])):
                continue
            word = lower[first:dash] + "-" + lower[dash + 2 : last]
            before = _words_before(text, lower, first, 1)
            after = _words_after(text, lower, last, 1)
            best: Match | None = None
            for start, end, skill in self._forms_around(lower, before, word, first, last, after, alone=True):
                if best is None or end - start > best.end - best.start:
                    best = Match(start, end, skill)
            if best is not None:
                yield best

    def _forms_around(
        self,
        lower: str,
        before: list[tuple[int, int]],
        word: str,
        start: int,
        end: int,
        after: list[tuple[int, int]],
        alone: bool,
    ) -> Iterator[tuple[int, int, Skill]]:
        """The forms that need no context made of ``word`` (read in place of ``lower[start:end]``)
        with some of the words ``before`` it (nearest first) and ``after`` it, as (start, end, skill),
        fewer words before first; ``alone``: the word by itself counts too."""
        for b in range(len(before) + 1):
            for a in range(len(after) + 1):
                if not (a or b or alone):
                    continue
                key = " ".join(
                    [*(lower[x:y] for x, y in reversed(before[:b])), word, *(lower[x:y] for x, y in after[:a])]
                )
                form = self.forms.get(key)
                if form is not None and not form[0].needs_context:
                    yield (before[b - 1][0] if b else start, after[a - 1][1] if a else end, form[0])

    def _misspelled(self, text: str, matches: list[Match]) -> list[Match]:
        """Names misspelt in a list of skills: "Tableau, Insight Squared or Lookr", "H20.ai",
        "LightbGM". A capitalised one-word item of a list that a found skill is in (up to
        ``_LIST_REACH`` items after it, or the one right before it) is taken for a known name when
        it is that name with one slip of the keys (:func:`_slip_forms`). Only words of five or
        more characters, not all capitals, are read this way, or any with a zero for an o ("H20");
        acronyms ("SLQ", "SPPS") and other
        edits ("Looper", "Strata", "Closure") are too often other words. Read on the unfolded
        text, where a line break still ends a list item ("Lookr\nAbility to ...")."""
        added: list[Match] = []
        taken = _Occupancy(len(text), matches)

        def check(start: int, end: int) -> None:
            word = text[start:end]
            skill = self._slips.get(word.lower())
            if skill is None or ("0" not in word and (len(word) < _SLIP_MIN or word.isupper())):
                return
            if not taken.overlaps(start, end):
                added.append(Match(start, end, skill))
                taken.add(start, end)

        starts = {m.start for m in matches}
        prev_end = -10
        for m in matches:
            # Cheap tests first: most matches have no list separator on either side, and an item
            # that is itself a found skill is walked on from there.
            if m.start - prev_end > 5 and text.endswith(_SEPARATOR_ENDS, max(0, m.start - 5), m.start):
                check(*_listed_before(text, m.start))
            prev_end = m.end
            if not text.startswith(_SEPARATOR_STARTS, m.end):
                continue
            pos = m.end
            for _ in range(_LIST_REACH):
                item = _LIST_ITEM.match(text, pos)
                if item is None or item.start(1) in starts or _continues(text, item.end()):
                    break
                if " " not in item.group(1):
                    check(*item.span(1))
                pos = item.end()
        return sorted(matches + added, key=lambda m: m.start) if added else matches

    def _fields_in_lists(self, lower: str, matches: list[Match], words: WordIndex) -> list[Match]:
        """ "one or more of: computer vision, NLP, speech, search/IR, signals": a bare field word
        ("vision", "speech") is too common to be a form, but as an item of a list that names two
        or more fields of machine learning it is short for its field."""
        fields = words.finditer(_FIELD_WORD, lower, _FIELD_WORDS)
        hits = [h for h in fields if _FIELD_ITEM_END.match(lower, h.end())]
        if not hits:
            return matches
        taken = _Occupancy(len(lower), matches)
        items = sorted(
            [(m.start, m.end, m.skill.category in _FIELD_CATEGORIES) for m in matches]
            + [(h.start(), h.end(), False) for h in hits if not taken.overlaps(h.start(), h.end())]
        )
        added: list[Match] = []
        run: list[tuple[int, int, bool]] = []
        for item in [*items, None]:
            if item is not None and run and _separates_fields(lower, run[-1][1], item[0]):
                run.append(item)
                continue
            if sum(known for _, _, known in run) >= _FIELD_WITNESSES:
                for start, end, _ in run:
                    skill_id = _FIELD_WORDS.get(lower[start:end])
                    if skill_id in self.taxonomy.skills and not taken.overlaps(start, end):
                        added.append(Match(start, end, self.taxonomy.skills[skill_id]))
                        taken.add(start, end)
            run = [item] if item is not None else []
        return sorted(matches + added, key=lambda m: m.start) if added else matches

    def _heads_in_lists(self, lower: str, matches: list[Match], words: WordIndex) -> list[Match]:
        """ "random forests, gradient boosting, [trees]", "schema design, [indexing], and query tuning": a
        head noun of a skill's name (:func:`_list_heads`) that is a whole item of a list is short for that
        skill where two or more other items of the list are skills of its category (found as such, not
        kept for their context). Read last, on the words no other rule has claimed."""
        present = [w for w in self._list_head_words if w in words]
        if not present:
            return matches
        taken = _Occupancy(len(lower), matches)
        hits: list[tuple[int, int, Skill | None]] = []
        for word in present:
            at = lower.find(word)
            while at >= 0:
                end = at + len(word)
                if (
                    (not at or not is_word_char(lower[at - 1]))
                    and not taken.overlaps(at, end)
                    and _FIELD_ITEM_END.match(lower, end)
                    and _HEAD_ITEM_START.search(lower, max(0, at - 16), at)
                ):
                    hits.append((at, end, None))
                at = lower.find(word, at + 1)
        if not hits:
            return matches
        items = sorted([(m.start, m.end, None if m.needs_context else m.skill) for m in matches] + hits)
        added: list[Match] = []
        run: list[tuple[int, int, Skill | None]] = []
        for item in [*items, None]:
            if item is not None and run and _separates_fields(lower, run[-1][1], item[0]):
                run.append(item)
                continue
            kinds = Counter(skill.category for _, _, skill in run if skill is not None)
            for start, end, skill in run:
                if skill is not None or taken.overlaps(start, end):
                    continue
                chosen = self._head_sense(lower[start:end], kinds)
                if chosen is not None and not taken.overlaps(start, end):
                    added.append(Match(start, end, chosen))
                    taken.add(start, end)
            run = [item] if item is not None else []
        return sorted(matches + added, key=lambda m: m.start) if added else matches

    def _head_sense(self, word: str, kinds: Counter[str]) -> Skill | None:
        """The skill ``word`` heads, where the list's items (of the categories ``kinds`` counts) name
        _HEAD_WITNESSES or more skills of its category."""
        skill = self._list_heads[word]
        return skill if kinds[skill.category] >= _HEAD_WITNESSES else None

    def _complete_lists(self, lower: str, matches: list[Match], text: str = "") -> list[Match]:
        """Share a list's common words: "data sourcing, transformation and storage" → data storage;
        "model development and deployment" → model deployment; "predictive and prescriptive
        analytic models" → predictive …, prescriptive analytics (modifiers sharing their noun);
        "deployment and monitoring of models" → model deployment, model monitoring (nouns of action
        sharing their object). ``text``: the text as written, where line breaks still show."""
        added: list[Match] = []
        taken = _Occupancy(len(lower), matches)
        # A bare ambiguous word ("testing", kept for its context) or one a pattern found gives
        # way to the list's completion of it: "model validation, testing and deployment" is model
        # testing, "ad hoc reports and analysis" ad hoc analysis.
        ambiguous = {
            (m.start, m.end): m for m in matches if (m.needs_context or m.phrased) and " " not in lower[m.start : m.end]
        }
        named = {(m.start, m.end): m.skill for m in matches if not m.needs_context}
        claims = _Claims(taken, ambiguous)
        replaced = claims.replaced
        for m in matches:
            check_deadline()
            if lower.find(" ", m.start, m.end) < 0:
                continue  # one word: nothing to share
            words = lower[m.start : m.end].split(" ")
            if len(words) > 6:
                continue
            # Forward: leading words are shared by bare words listed after the match;
            # backward: trailing words by bare words listed before it. Longest sharing first.
            for step in (_next_list_word, _prev_list_word):
                pos = m.end if step is _next_list_word else m.start
                shared: list[list[str]] = []
                skips = 0
                skipped_names = True  # whether every word passed over is a skill of its own
                later: list[tuple[Match, tuple[int, int]]] = []  # completions past a passed-over word
                for _ in range(6):
                    found = step(lower, pos)
                    if found is None:
                        break
                    ws, we = found
                    # every key ends (forward) or starts (backward) with the listed word; the
                    # match's own end (start) word again is a noun of its own: "source system data
                    # and data flows" names no second data flows
                    edge = words[-1] if step is _next_list_word else words[0]
                    if lower[ws:we] == edge or lower[ws:we] not in (
                        self._last_words if step is _next_list_word else self._first_words
                    ):
                        hit = None
                    else:
                        if not shared:  # only now that a listed word follows (most matches have none)
                            n = len(words)
                            if step is _next_list_word:
                                shared = [words[i:k] for k in range(n - 1, 0, -1) for i in range(k)]
                            else:
                                shared = [words[k:j] for k in range(1, n) for j in range(n, k, -1)]
                        word = lower[ws:we]
                        keys = (
                            " ".join([*part, word]) if step is _next_list_word else " ".join([word, *part])
                            for part in shared
                        )
                        key = next((k for k in keys if k in self.forms), None)
                        hit = None if key is None else self.forms[key]
                        if key is not None and step is _next_list_word and _own_object_without(lower, we, key):
                            break  # "safety data reviews, preparation of aggregate reports": no data preparation
                    if hit is None:
                        # Forward, a word the shared words make nothing of is passed over when two
                        # later words complete them: "model training, tuning, deploying, [serving]
                        # and [monitoring]" (not "data analysis, ML, and [model] creation").
                        if step is _next_list_word and skips < _LIST_SKIPS:
                            skips += 1
                            skipped_names = skipped_names and (ws, we) in named
                            pos = we
                            continue
                        break
                    if taken.overlaps(ws, we):
                        if named.get((ws, we)) is hit[0]:
                            # the word names the completed skill already ("data analytics,
                            # [visualization], integration"): the list goes on past it
                            pos = we if step is _next_list_word else ws
                            continue
                        # only forward: backward, the word is often a name of its own ("R, R Markdown")
                        word_match = ambiguous.get((ws, we)) if step is _next_list_word else None
                        if word_match is None:
                            break
                        if not skips:
                            del ambiguous[(ws, we)]
                            replaced.add(id(word_match))
                    if skips:
                        later.append((Match(ws, we, hit[0]), (ws, we)))
                    else:
                        added.append(Match(ws, we, hit[0]))
                        taken.add(ws, we)
                    pos = we if step is _next_list_word else ws
                # One completion past items that are skills of their own counts where it ends the
                # list and names a skill of the match's kind: "object detection, [classification]
                # and tracking" (not "data analysis, [ML], and model creation", whose last item has
                # a noun of its own, nor "data science, [robotics], and graphics": another kind;
                # nor the second of slashed words, "[Programming]/Development")
                if len(later) >= _LIST_SKIP_WITNESSES or (
                    len(later) == 1
                    and skipped_names
                    and later[0][0].skill.category == m.skill.category
                    and "/" not in lower[max(0, later[0][1][0] - 2) : later[0][1][0]]
                    and self._ends_item(lower, later[0][1][1])
                ):
                    for match, span in later:
                        word_match = ambiguous.pop(span, None)
                        if word_match is not None:
                            replaced.add(id(word_match))
                        added.append(match)
                        taken.add(*span)
                later.clear()
        conjunctions = [conj.span() for conj in _CONJUNCTION.finditer(lower)]  # (read by three rules: found once)
        added.extend(self._shared_noun(lower, conjunctions, taken, text))
        added.extend(self._shared_modifier(lower, conjunctions, taken, text))
        added.extend(self._slashed_heads(lower, taken))
        added.extend(self._slashed_nouns(lower, text or lower, taken))
        added.extend(self._shared_head_of_pairs(lower, conjunctions, taken, {m.start: m for m in matches}))
        added.extend(self._kinds_in_brackets(lower, taken, {m.end: m.skill for m in matches}))
        # where skills that are kinds of model are named: "deployment of [machine learning methods]"
        models = {m.start for m in matches if m.skill.category in MODEL_CATEGORIES}
        added.extend(self._shared_object(lower, text or lower, claims, models))
        added.extend(self._list_head(lower, text or lower, claims))
        added.extend(self._life_cycle_range(lower, text or lower, claims))
        if not added:
            return matches
        if replaced:
            matches = [m for m in matches if id(m) not in replaced]
        return sorted(matches + added, key=lambda m: m.start)

    def _shared_noun(
        self, lower: str, conjunctions: list[tuple[int, int]], taken: _Occupancy, text: str = ""
    ) -> list[Match]:
        """ "predictive and prescriptive analytic models": both modifiers take the noun after the
        second one, whole or in part ("predictive analytics", "prescriptive analytics"), where
        the left conjunct was not found as a skill of its own."""
        added: list[Match] = []
        for conj_start, conj_end in conjunctions:
            # the last comma of a list of three or more, before a generic head: "organizational,
            # analytical, and research skills" (not "extracting, cleaning, and preparing data":
            # verbs, with forms of their own)
            oxford = lower[conj_start - 1 : conj_start] == ","
            left = _word_before(lower, conj_start - 1 if oxford else conj_start)
            if left is not None:
                left = self._joined_modifier(lower, left)
            if left is None or lower[left[0] : left[1]] not in self._first_words:
                continue  # no form starts with the left conjunct: it takes no shared noun
            left_word = lower[left[0] : left[1]]
            right = _HYPHENATED_WORD.match(lower, conj_end)  # "relational and un-structured databases"
            if right is None:
                continue
            tail = _TAIL.match(lower, right.end())
            if tail is None or not _is_modifier(right.group(), lower[left[0] : left[1]]):
                continue
            if right.group() in _GRADING_ADJECTIVES and not left_word.endswith((*_ADJECTIVE_ENDINGS, "able", "ible")):
                # "using data and rigorous testing": a noun and a graded noun phrase, no shared noun (two
                # adjectives share theirs: "scalable and reliable ML systems")
                continue
            nouns = tail.group().split()
            generic = nouns[-1] in _GENERIC_HEADS and not any(n in _NOT_MODIFIERS for n in nouns)
            # The right conjunct names a skill with the words after it: "predictive [analytics]",
            # "relational [data models]" (the list shares them), or is a skill's name of two words
            # whose head comes next: "foundation and [computer vision] models".
            named = self._shared_form(right.group(), [nouns, nouns[:1]])
            if named is None and self._opens_a_clause(right.group(), left_word):
                continue
            # (not where the left conjunct ends a name of two words itself: "natural language and
            # computer vision models" pairs two names, see _shared_head_of_pairs)
            two_word_name = (
                len(nouns) == 2 and f"{right.group()} {nouns[0]}" in self.forms and not self._ends_a_name(lower, left)
            )
            if oxford and not generic and (named is None or self._verb_like(left_word)):
                continue  # "descriptive, applied, and predictive analytics" shares its noun
            if "/" in nouns[-1]:  # "logical reasoning/thinking": the first of the slashed heads
                nouns[-1] = nouns[-1].split("/")[0]
            # Both conjuncts take the words right after the second one, all or the first
            # ("predictive analytic(s)"); the right one only when the left one does too. The left
            # one may skip to a generic head ("consulting and project management experience").
            options = [nouns, nouns[:1]]
            if len(nouns) > 1 and (
                nouns[-1] in _GENERIC_HEADS
                or (
                    (
                        "/" in nouns[0]
                        or lower.endswith(",", 0, max(0, left[0] - 1))
                        or lower.endswith(", ", 0, left[0])
                        or (
                            # two adjectives, the left one a word of its own ("Audio/[Visual] and
                            # Video …" is no pair), before nouns on their line ("… audiences" /
                            # "Requirements" is a heading after it)
                            left_word.endswith(_ADJECTIVE_ENDINGS)
                            and lower[left[0] - 1 : left[0]] == " "
                            and "\n" not in text[right.end() : tail.end()]
                        )
                    )
                    and self._noun_pair(left_word, right.group(), nouns)
                )
            ):
                # or to the head noun past the right one's own words: "consulting and project
                # management [experience]"; in a list of three or more or past slashed words, the
                # nouns of a noun phrase: "ranking, recommendation and content understanding
                # [systems]", "quantitative and qualitative policy/program [research]"
                options.append(nouns[-1:])
            elif two_word_name and not self._verb_like(left_word):
                options.append(nouns[-1:])
            left_key = self._shared_form(lower[left[0] : left[1]], options)
            # the earlier items of the list take the noun as well: "[organizational], analytical,
            # and research skills", "computer, [verbal], written, and teaming skills", "[logical],
            # [physical], dimensional or relational data models"
            # (before a generic head, as the left conjunct may: "writing, and graphical
            # representation [skills]")
            if generic or (named is not None and not self._verb_like(left_word)):
                added.extend(self._earlier_items(lower, left[0], options if generic else options[:2], taken))
            if left_key is None or taken.overlaps(left[0], left[1]):
                continue
            added.append(Match(left[0], left[1], left_key[0]))
            taken.add(*left)
            right_key = self._shared_form(right.group(), options[:2] if "/" not in nouns[0] else options)
            if right_key is not None:
                end = lower.index(right_key[1][-1], right.end()) + len(right_key[1][-1])
                if not taken.overlaps(right.start(), end):
                    added.append(Match(right.start(), end, right_key[0]))
                    taken.add(right.start(), end)
        return added

    def _opens_a_clause(self, word: str, left_word: str) -> bool:
        """Whether ``word`` after "and" is a task verb in its plain form that opens a clause of its own
        after a noun: "failure data and [capture] anomalies", "training data and [fine-tune] models".
        Not where it begins a skill's name too ("process", "test", "design": "detail and process
        oriented"), nor after a verb (two verbs share their object: "monitor and analyze model
        performance")."""
        verbs = self.tasks.verb_lemmas
        return verbs.get(word) == word and word not in self._first_words and left_word not in verbs

    @staticmethod
    def _ends_item(lower: str, end: int) -> bool:
        """Whether the word ending at ``end`` ends its list item: a mark, a conjunction, a function
        word or a generic head ("warehousing [techniques]") follows, or nothing."""
        after = _WORD.match(lower, end + 1) if lower[end : end + 1] == " " else None
        if after is None:
            return end >= len(lower) or not (lower[end].isalnum() or lower[end] in "-/")
        return after.group() in _PHRASE_ENDS or after.group() in _GENERIC_HEADS

    def _joined_modifier(self, lower: str, word: tuple[int, int]) -> tuple[int, int]:
        """The modifier that ends with ``word``, with the words hyphens or a slash join to it in front
        ("real-time", "go-to-market", "a/b"), where the whole starts a form; else ``word`` itself."""
        start = word[0]
        for _ in range(_JOINED_WORDS):
            if start < 2 or lower[start - 1] not in "-/":
                break
            before = _word_before(lower, start - 1)
            if before is None:
                break
            start = before[0]
            if lower[start : word[1]] in self._first_words:
                word = (start, word[1])
        return word

    def _shared_modifier(
        self, lower: str, conjunctions: list[tuple[int, int]], taken: _Occupancy, text: str = ""
    ) -> list[Match]:
        """ "database optimization and maintenance", "process control and improvement": a noun of
        action after "and" takes the modifier of the noun before it, where the two make a written
        form ("database maintenance", "process improvement") and the first pair makes none (a
        pair that is a skill, "data collection and analysis", is :meth:`_complete_lists`')."""
        added: list[Match] = []
        for conj_start, conj_end in conjunctions:
            right = _WORD.match(lower, conj_end)
            if right is None or not right.group().endswith(_SHARED_MODIFIER_ENDINGS):
                continue
            # the line ends the phrase where the next one opens with a capital or a bullet ("… and
            # maintenance" / "Experience with …"); a line in lower case goes on with it
            line_end = _BREAK_BEFORE_ITEM.match(text, right.end()) if text else None
            after = "" if line_end is not None else next_word(lower, right.end())
            if right.end() < len(lower) and (lower[right.end()].isalnum() or lower[right.end()] in "-/"):
                continue  # "maintenance-free", "improvement/…": no bare noun
            if after and after not in _OBJECT_STOP and after not in _NOT_MODIFIERS and after not in _CONJUNCTIONS:
                continue  # the noun modifies another: "evaluation [standards]"
            noun = _word_before(lower, conj_start)
            if noun is None or noun[0] < 2 or lower[noun[0] - 1] != " ":
                continue
            modifier = _word_before(lower, noun[0] - 1)
            if modifier is None or taken.overlaps(*right.span()):
                continue
            first, second = lower[modifier[0] : modifier[1]], lower[noun[0] : noun[1]]
            # the noun before "and" is a noun of action too: "team [members] and management" pairs
            # two things, not two kinds of work on a team
            if not (second.endswith(_SHARED_MODIFIER_ENDINGS) or second in _BARE_ACTION_NOUNS):
                continue
            if first in _NOT_MODIFIERS or second in _NOT_MODIFIERS or f"{first} {second}" in self.forms:
                continue
            hit = self.forms.get(f"{first} {right.group()}")
            if hit is None or hit[1]:
                continue
            added.append(Match(right.start(), right.end(), hit[0]))
            taken.add(*right.span())
        return added

    def _slashed_heads(self, lower: str, taken: _Occupancy) -> list[Match]:
        """ "code development/review", "model hosting/serving": two nouns of action joined by a slash
        share the word before them; where the second makes a written form with it ("code review")
        and the first does not, the three words are a mention of that skill."""
        added: list[Match] = []
        for m in _slashed_actions(lower):
            if taken.overlaps(m.start(), m.end()):
                continue
            first, second = (f"{m.group(1)} {m.group(i)}" for i in (2, 3))
            hit = self.forms.get(second)
            if hit is None or hit[1] or first in self.forms:
                continue  # no written form of the second head, or the first is a skill itself
            added.append(Match(m.start(), m.end(), hit[0]))
            taken.add(m.start(), m.end())
        return added

    def _slashed_nouns(self, lower: str, text: str, taken: _Occupancy) -> list[Match]:
        """ "distributed data/computing tools", "electronic health/medical records", "test
        documentation/execution": two words written in lower case and joined by a slash share the
        word before them, and the head after them where the three make a form. Where the second
        word makes a written form with them ("distributed computing", "electronic medical
        records") and the first makes none, the words are a mention of that skill. Capitalised or
        upper-case words are names, posts or headings ("Data Analyst/Pipeline", "AI/ML"), and a
        post on either side ("data analyst/science team") names people, not work."""
        added: list[Match] = []
        for lead, first, second in _slashed_pairs(lower):
            if taken.overlaps(lead[0], second[1]):
                continue
            one, two = text[first[0] : first[1]], text[second[0] : second[1]]
            if not (one.islower() and two.islower()) or one in _POSTS or two in _POSTS:
                continue
            modifier = lower[lead[0] : lead[1]]
            head = _WORD.match(lower, second[1] + 1) if lower[second[1] : second[1] + 1] == " " else None
            options = [(f" {head.group()}", head.end())] if head is not None else []
            options.append(("", second[1]))
            for tail, end in options:
                hit = self.forms.get(f"{modifier} {two}{tail}")
                if hit is None or hit[1] or taken.overlaps(lead[0], end):
                    continue
                own = self.forms.get(f"{modifier} {one}{tail}")
                if own is not None and own[0] is not hit[0]:
                    break  # the first word makes a skill of its own: two skills, not a shared modifier
                after = _WORD.match(lower, end + 1) if lower[end : end + 1] == " " else None
                if after is not None and after.group() not in _PHRASE_ENDS and after.group() not in _GENERIC_HEADS:
                    break  # the slashed words modify a noun of their own: "product design/roadmap documents"
                added.append(Match(lead[0], end, hit[0]))
                taken.add(lead[0], end)
                break
        return added

    def _shared_head_of_pairs(
        self, lower: str, conjunctions: list[tuple[int, int]], taken: _Occupancy, found: dict[int, Match]
    ) -> list[Match]:
        """ "ion exchange and size exclusion chromatography": a modifier of two words before "and" takes
        the head noun of the skill found right after it ("size exclusion [chromatography]"), or the
        noun after that skill ("user acceptance and disaster recovery [testing]"), where the two
        words and that noun make a form of a skill (ion exchange chromatography, user acceptance
        testing). The skill after "and" stands for the shared head; a modifier of one word is
        :meth:`_shared_noun`'s."""
        added: list[Match] = []
        for conj_start, conj_end in conjunctions:
            right = found.get(conj_end)
            if right is None or lower.find(" ", right.start, right.end) < 0:
                continue  # the right conjunct is no skill of several words: no head to share
            second = _word_before(lower, conj_start)
            if second is None or lower[second[0] - 1 : second[0]] != " ":
                continue
            first = _word_before(lower, second[0] - 1)
            if first is None or taken.overlaps(first[0], second[1]):
                continue
            # the head is the right skill's last word, or the noun right after it: "user acceptance
            # and disaster recovery [testing]"
            heads = [lower[right.start : right.end].rsplit(" ", 1)[1]]
            after = _WORD.match(lower, right.end + 1) if lower[right.end : right.end + 1] == " " else None
            if after is not None:
                heads.append(after.group())
            modifier = f"{lower[first[0] : first[1]]} {lower[second[0] : second[1]]}"
            for head in heads:
                hit = self.forms.get(f"{modifier} {head}")
                if hit is not None and hit[0] is not right.skill:
                    added.append(Match(first[0], second[1], hit[0]))
                    taken.add(first[0], second[1])
                    break
        return added

    def _earlier_items(self, lower: str, pos: int, options: list[list[str]], taken: _Occupancy) -> list[Match]:
        """The single words listed by commas before the word at ``pos`` that make a known form with
        the shared noun ("organizational" + "skills"), at most _HEAD_ITEMS of them."""
        added: list[Match] = []
        # an item of several words found as a skill is stepped over whole: "writing, [verbal
        # communication], and presentation skills"
        pos = taken.run_start(pos)
        item = _prev_list_word(lower, pos)
        for _ in range(_HEAD_ITEMS):
            if item is None or "," not in lower[item[1] : pos]:
                break  # joined by commas only: "and"/"or" before it ends this list
            key = self._shared_form(lower[item[0] : item[1]], options)
            if key is not None and not taken.overlaps(*item):
                added.append(Match(item[0], item[1], key[0]))
                taken.add(*item)
            pos = taken.run_start(item[0])
            item = _prev_list_word(lower, pos)
        return added

    def _one_word_nouns(self, skill: Skill) -> tuple[str, ...]:
        """The noun forms of a skill's one-word forms ("clustering" of cluster analysis), worked out
        once per skill (bounded by the taxonomy), not at every bracket in every posting."""
        nouns = self._one_word_nouns_of.get(skill.id)
        if nouns is None:
            forms = [f.lower() for f, cased in skill.surface_forms() if not cased and " " not in f]
            nouns = self._one_word_nouns_of[skill.id] = tuple(n for f in forms for n in _noun_forms(f))
        return nouns

    def _kinds_in_brackets(self, lower: str, taken: _Occupancy, skill_ends: dict[int, Skill]) -> list[Match]:
        """ "regressions (linear, Poisson, ridge)", "clustering (k-means and hierarchical)": a
        bracketed item that makes a known form with the noun right before the bracket names that
        form's skill (the item alone names none: "ridge" is no skill, "ridge regression" is). The
        noun may be any one-word form of the skill named right before the bracket: "cluster
        analysis (k-means, hierarchical)" → hierarchical clustering. A modifier before an aside
        takes the noun after it: "survival (time-to-event) analysis" → survival analysis."""
        added: list[Match] = []
        pos = lower.find("(")
        while pos >= 0:
            close = lower.find(")", pos + 1, pos + 160)
            head = _word_before(lower, pos - 1 if pos and lower[pos - 1] == " " else pos)
            if close > 0 and head is not None and head[1] - head[0] >= 3:
                heads = _noun_forms(lower[head[0] : head[1]])
                # "communication (written and verbal)": the noun names the skill already
                named = {self.forms[h][0].id for h in heads if h in self.forms}
                before = skill_ends.get(head[1])
                if before is not None:
                    heads += self._one_word_nouns(before)
                # an aside of one item, then a method's noun: "survival (time-to-event) analysis"
                after = _WORD.match(lower, close + 2) if lower.startswith(" ", close + 1) else None
                if (
                    after is not None
                    and after.group() in _METHOD_NOUNS
                    and _BRACKET_SEP.search(lower, pos + 1, close) is None
                    and not taken.overlaps(*head)
                    and not taken.overlaps(*after.span())
                ):
                    joined = self.forms.get(f"{lower[head[0] : head[1]]} {after.group()}")
                    if joined is not None and not joined[1]:
                        added.append(Match(head[0], head[1], joined[0]))
                        taken.add(*head)
                start = pos + 1
                for sep in [*_BRACKET_SEP.finditer(lower, pos + 1, close), None]:
                    end = close if sep is None else sep.start()
                    item = _BRACKET_ITEM.fullmatch(lower, start, end)
                    if item is not None and item.group(1) not in self.forms:
                        s, e = item.span(1)
                        hit = next(
                            (self.forms[k] for k in (f"{item.group(1)} {h}" for h in heads) if k in self.forms), None
                        )
                        if hit is not None and hit[0].id not in named and not taken.overlaps(s, e):
                            added.append(Match(s, e, hit[0]))
                            taken.add(s, e)
                    if sep is not None:
                        start = sep.end()
            pos = lower.find("(", close if close > 0 else pos + 1)
        return added

    def _shared_object(
        self,
        lower: str,
        text: str,
        claims: _Claims,
        models: set[int] | frozenset[int] = frozenset(),
    ) -> list[Match]:
        """ "analysis, mining and profiling of large datasets": nouns of action listed before "of"
        share its object, each making a known form with the object's noun in front ("data analysis",
        "data mining", "data profiling"); "deployment and monitoring of models" → model deployment,
        model monitoring. Only forms the taxonomy has are composed. ``models``: where skills that
        are kinds of model start ("of [ML] solutions", "of ensemble [machine learning methods]"):
        an object that names one is a model."""
        added: list[Match] = []
        pos = lower.find(" of ")
        while pos >= 0:
            check_deadline()
            nxt = lower.find(" of ", pos + 4)
            # The list before "of": single words joined by commas and conjunctions, at most eight.
            items: list[tuple[int, int]] = []
            span = _word_before(lower, pos)
            while span is not None and len(items) < 8:
                items.append(span)
                span = _prev_list_word(lower, span[0])
            window = _OBJECT_WINDOW.match(lower, pos + 3) if items else None
            if window is not None:
                # the window stopped inside its phrase: not at a line break of the text as written
                cut = window.end() < len(text) and text[window.end()] == " "
                nouns = [n for word in _object_heads(window.group().split(), cut) for n in _object_nouns(word)]
                # The object's noun: the first that makes a known form with a noun of the list.
                words = [lower[s:e] for s, e in items]
                obj = next((n for n in nouns if any(f"{n} {w}" in self.forms for w in words)), None)
                found = [(s, e, self.forms.get(f"{obj} {w}")) for (s, e), w in zip(items, words)] if obj else []
                # (the window's few words looked up, not every start: linear in the text)
                if obj is None and any(
                    w.start() in models for w in _WORD.finditer(lower, window.start(), window.end())
                ):
                    # an object that names a kind of model is a model to the nouns of the model's
                    # life cycle ("deployment of ensemble [machine learning methods]"), not to
                    # general ones ("development") nor to qualities ("accuracy of ML models")
                    obj = "model"
                    found = [
                        (s, e, self.forms.get(f"model {w}"))
                        if w.endswith(_ACTION_ENDINGS) and w not in _GENERAL_ACTIONS
                        else (s, e, None)
                        for (s, e), w in zip(items, words)
                    ]
                listed = [(s, e, hit[0]) for s, e, hit in found if hit is not None]
                if len(listed) < 2:
                    # One noun alone counts where it is a noun of action and the compound a written
                    # form: "the mining of data", "management of multiple projects" name their skill
                    # as "data mining" does; "knowledge of databases" names none. The one next to
                    # "of" runs to the object's head.
                    head = _object_head_end(lower, window.start(), window.end(), obj) if obj else None
                    listed = [
                        (
                            s,
                            head if head is not None and s == items[0][0] and not claims.taken.overlaps(s, head) else e,
                            hit[0],
                        )
                        for s, e, hit in found
                        if hit is not None
                        and not hit[1]
                        and obj in self.tasks.object_forms
                        and lower.endswith(_ACTION_ENDINGS, s, e)
                        and lower[s:e] not in _GENERAL_ACTIONS
                    ]
                added.extend(claims.claim(listed))
            pos = nxt
        return added

    def _life_cycle_range(
        self,
        lower: str,
        text: str,
        claims: _Claims,
    ) -> list[Match]:
        """ "from conception to deployment", "from training and experimentation to deployment and
        monitoring": the bare nouns of action that end a range of stages name the stages of a
        model's life cycle ("model deployment", "model monitoring"), the work a posting's range
        runs through; only forms the taxonomy has, and not where the noun has an object of its own
        ("to deployment of dashboards", "to deployment pipelines"). ``text``: the text as written,
        where line breaks still show (a range stays within its line)."""
        added: list[Match] = []
        pos = lower.find("from ")
        while pos >= 0:
            check_deadline()
            nxt = lower.find("from ", pos + 5)
            if pos and lower[pos - 1].isalnum():
                pos = nxt
                continue
            end = _RANGE_END.search(lower, pos + 5, pos + 5 + _RANGE_REACH)
            if end is None or _CLAUSE_BREAK.search(text, pos, end.start()):
                pos = nxt
                continue
            found: list[tuple[int, int, Skill]] = []
            word = _WORD.match(lower, end.end())
            skipped = 0
            while word is not None and len(found) < 4:
                w = word.group()
                hit = self.forms.get(f"model {w}")
                if hit is not None and not hit[1] and w in _LATER_STAGES:
                    found.append((word.start(), word.end(), hit[0]))
                    listed = _next_list_word(lower, word.end())
                    following = None if listed is None else listed[0]
                elif found or skipped >= 2 or w in _OBJECT_STOP or w in _CONJUNCTIONS or w in self.tasks.verb_lemmas:
                    # (a verb: "to" opened an infinitive, "the ability to perform technical evaluation")
                    break
                else:  # a modifier of the stage: "to production deployment", "to local (or cloud) deployment"
                    skipped += 1
                    gap = _RANGE_MODIFIER_GAP.match(lower, word.end())
                    following = None if gap is None else gap.end()
                if following is None:
                    break
                word = _WORD.match(lower, following)
            if found:
                after = next_word(lower, found[-1][1])
                if after == "of" or (after and after not in _OBJECT_STOP and after not in _CONJUNCTIONS):
                    found = []  # the noun has an object of its own
                # the range is a model's: its line names one ("the ML model lifecycle, from …"),
                # not a service's or a project's ("from inception to deployment" of an app)
                line_start = max(text.rfind("\n", max(0, pos - _RANGE_LINE), pos) + 1, pos - _RANGE_LINE)
                if found and _MODEL_TOPIC.search(lower, line_start, found[-1][1]) is None:
                    found = []
            added.extend(claims.claim(found))
            pos = nxt
        return added

    def _list_head(
        self,
        lower: str,
        text: str,
        claims: _Claims,
    ) -> list[Match]:
        """ "data including scrubbing, transformation, and imputation", "data selection, extraction,
        and cleansing": the bare items of a list of three or more take the noun that heads the list,
        the one written right before its cue ("including", "such as", "for", ":") or right before
        its first item, each making a known form with it ("data scrubbing", "data transformation").
        Two items or more must make one (an item named already counts); only forms the taxonomy
        has are composed, and only with nouns of action (_ACTION_ENDINGS). ``text``: the text as written, where line breaks end a clause."""
        added: list[Match] = []
        for clause in _CLAUSE.finditer(text if len(text) == len(lower) else lower):
            check_deadline()
            if "," not in clause.group():
                continue  # a list of three or more items: "a, b and c"
            # Two items must be nouns of action, and every item is a word of the clause: one scan
            # for words with those endings passes over the many lists with fewer.
            actions = _ACTION_WORD_END.finditer(lower, clause.start(), clause.end())
            if next(actions, None) is None or next(actions, None) is None:
                continue
            lead: list[tuple[int, int]] = []  # the words before the list
            bare: list[tuple[int, int]] = []  # the list's items: one-word items, or the first word of one
            colon = False  # whether the list opens after a colon
            pos = clause.start()
            for sep in [*_ITEM_SEP.finditer(lower, clause.start(), clause.end()), None]:
                end = clause.end() if sep is None else sep.start()
                item = [w.span() for w in _ITEM_WORD.finditer(lower, pos, end)]
                if not bare:
                    if len(item) == 1 and lead:
                        # the lead's last word is the list's first item: "data including [scrubbing],
                        # transformation", "data [selection], extraction, and cleansing"
                        colon = lower[lead[-1][1] : item[0][0]].strip().startswith(":")
                        if not colon:
                            bare.append(lead.pop())
                        bare.append(item[0])
                        if not colon and lead and lower[lead[-1][0] : lead[-1][1]] not in _LIST_CUES:
                            # "data [selection], …": the modifier heads the list only where the
                            # first item names an action and no skill with it (a named first item,
                            # "data analytics, …", shares its words in _complete_lists already)
                            first = lower[bare[0][0] : bare[0][1]]
                            modifier = lower[lead[-1][0] : lead[-1][1]]
                            if not first.endswith(_ACTION_ENDINGS) or f"{modifier} {first}" in self.forms:
                                bare = []
                                break
                    else:
                        lead = item
                elif item and len(bare) < _HEAD_ITEMS:
                    bare.append(item[0])  # "storage strategies", "cleansing for corporate applications"
                if sep is not None:
                    pos = sep.end()
            head = self._head_of(lower, lead, colon) if len(bare) >= 3 else None
            if head is None:
                continue
            found = []
            witnesses = 0
            for s, e in bare:
                if not lower.endswith(_ACTION_ENDINGS, s, e):
                    continue  # an action ("cleaning", "extraction"), not a thing ("models", "tools")
                hit = next((self.forms[k] for k in (f"{h} {lower[s:e]}" for h in head) if k in self.forms), None)
                if hit is None:
                    continue
                witnesses += 1  # an item named already counts too ("cleansing" above)
                found.append((s, e, hit[0]))
            if witnesses >= 2:
                added.extend(claims.claim(found))
        return added

    @staticmethod
    def _head_of(lower: str, lead: list[tuple[int, int]], colon: bool) -> tuple[str, ...] | None:
        """The noun that heads a list, as its nouns (:func:`_object_nouns`): the lead's last word
        before a colon, or before the list's cue ("data including"), or the first item's own
        modifier ("data [selection]", the first item itself gone from ``lead``)."""
        words = [lower[s:e] for s, e in lead[-3:]]
        if not colon and words and words[-1] == "as" and words[-2:-1] == ["such"]:
            words = words[:-2]
        elif not colon and words and words[-1] in _LIST_CUES:
            words = words[:-1]
        if not words:
            return None
        word = words[-1]
        if word in ("set", "sets") and len(words) > 1:  # "data sets": what the set holds
            word = words[-2]
        if word in _NOT_MODIFIERS or word in _OBJECT_STOP or word in _LIST_CUES:
            return None
        return _object_nouns(word)

    def _ends_a_name(self, lower: str, word: tuple[int, int]) -> bool:
        """Whether the word at ``word`` is the second of a name's first two words: "[natural] language"."""
        before = _word_before(lower, word[0] - 1) if lower[word[0] - 1 : word[0]] == " " else None
        return (
            before is not None and f"{lower[before[0] : before[1]]} {lower[word[0] : word[1]]}" in self._leading_pairs
        )

    def _verb_like(self, word: str) -> bool:
        """A task verb or a gerund: "extracting, cleaning, and preparing data" lists verbs (a
        participle is mostly a modifier: "applied", "distributed")."""
        return word in self.tasks.verb_lemmas or word.endswith("ing")

    def _noun_pair(self, left: str, right: str, nouns: list[str]) -> bool:
        """Whether two conjuncts and the words after the second are nouns and modifiers only, so
        the left one may take the last word as its head: no verb ("develop and iterate on
        models", "build and prototype analysis pipelines"), no participle in the right conjunct
        ("continuous and automated statistical testing"), no function word. A participle on the
        left is an adjective: "distributed and scalable data [systems]"."""
        verbs = self.tasks.verb_lemmas
        if left in verbs or left.endswith("ing") or right in verbs or right.endswith(("ing", "ed")):
            return False
        # a gerund among the right one's words modifies the head ("content understanding systems")
        return not any(
            (w in verbs and not w.endswith("ing")) or w in _NOT_MODIFIERS or w in _OBJECT_STOP for w in nouns[:-1]
        )

    def _shared_form(self, word: str, options: list[list[str]]) -> tuple[Skill, list[str]] | None:
        for option in options:
            key = " ".join([word, *option])
            hit = self.forms.get(key) or self.forms.get(key + "s")  # "analytic" + "s"
            if hit is not None:
                return hit[0], option
        return None


_CONJUNCTION = re.compile(r" (?:and|or|&|and ?/ ?or|as well as) ")
# How adjectives end ("financial", "predictive", "distributed"): a pair of them shares the head
# noun past the right one's own words ("financial and business related [analysis]").
_ADJECTIVE_ENDINGS = ("al", "ive", "ic", "ed", "ary", "ous", "based")
# The most words hyphens or slashes join into one modifier ("go-to-market").
_JOINED_WORDS = 3
# A line break after which a new item or sentence opens: the next line starts with no lower-case letter.
_BREAK_BEFORE_ITEM = re.compile(r"[ \t]*+\r?\n\s*+(?![a-z])")
# The endings of a noun of action that takes a modifier shared with the noun before "and".
_SHARED_MODIFIER_ENDINGS = ("tion", "sion", "ment", "ance", "sis", "ing")
# Nouns of action without such an ending: "process [control] and improvement".
_BARE_ACTION_NOUNS = frozenset(("control", "design", "review", "research", "support", "discovery"))
# A word and two nouns of action joined by a slash: "code development/review", "data
# collection/analysis" (-ment, -tion, -sion, -ing, -sis and a few bare ones).
_ACTION_NOUN = r"(?:[a-z]+(?:ment|tion|sion|ing|sis)|review|design|research|sales|analytics)"
_SLASHED_ACTIONS = re.compile(r"(?<![a-z-])([a-z][a-z-]*) (" + _ACTION_NOUN + r")/(" + _ACTION_NOUN + r")\b")


def _slashed_actions(lower: str) -> Iterator[re.Match]:
    """What ``_SLASHED_ACTIONS.finditer(lower)`` finds, tried only where a slash makes a match
    possible: a search tries the pattern at every word of the text, and few words stand before a
    slash. The slash fixes where a match starts: the second word is the run of letters before it,
    the first the run of letters and hyphens before that word's space."""
    done = 0  # the end of the last match: like finditer's, the matches do not overlap
    slash = lower.find("/")
    while slash >= 0:
        second = slash
        while second > 0 and "a" <= lower[second - 1] <= "z":
            second -= 1
        if second < slash and second >= 2 and lower[second - 1] == " ":
            first = second - 1
            while first > 0 and ("a" <= lower[first - 1] <= "z" or lower[first - 1] == "-"):
                first -= 1
            if done <= first < second - 1:
                m = _SLASHED_ACTIONS.match(lower, first)
                if m is not None:
                    yield m
                    done = m.end()
        slash = lower.find("/", max(slash + 1, done))


def _slashed_pairs(lower: str) -> Iterator[tuple[tuple[int, int], tuple[int, int], tuple[int, int]]]:
    """The spans of the words of "modifier first/second": two runs of letters joined by a slash
    after a word and a space, found from each slash (few words stand before one) as in
    :func:`_slashed_actions`."""
    slash = lower.find("/")
    while slash >= 0:
        start = slash
        while start > 0 and "a" <= lower[start - 1] <= "z":
            start -= 1
        end = slash + 1
        while end < len(lower) and "a" <= lower[end] <= "z":
            end += 1
        lead_end = start - 1
        if (
            start < slash < end - 1
            and lead_end > 0
            and lower[lead_end] == " "
            and (end == len(lower) or lower[end] != "/")
        ):
            lead = lead_end
            while lead > 0 and "a" <= lower[lead - 1] <= "z":
                lead -= 1
            if (
                lead < lead_end
                # the modifier is a word of its own: not the end of "real-time" or "a/b"
                and (lead == 0 or (lower[lead - 1] not in "/-" and not is_word_char(lower[lead - 1])))
            ):
                yield (lead, lead_end), (start, slash), (slash + 1, end)
        slash = lower.find("/", end)


# Posts named beside a slash ("data analyst/scientist"): people, not a kind of work.
_POSTS = frozenset(
    word + plural
    for word in (
        "analyst",
        "scientist",
        "engineer",
        "developer",
        "architect",
        "manager",
        "researcher",
        "specialist",
        "consultant",
        "lead",
        "director",
        "intern",
        "administrator",
        "designer",
        "modeler",
        "modeller",
        "officer",
        "owner",
        "steward",
    )
    for plural in ("", "s")
)


# Bare words that name a field of machine learning as an item of a list of such fields.
_FIELD_WORDS = {
    "vision": "computer_vision",
    "speech": "speech_recognition",
    "search": "information_retrieval",
    "signals": "signal_processing",
}
_FIELD_WORD = re.compile(word_start_alternation(list(_FIELD_WORDS)) + r"\b")  # (\b before each word)
# A field word ends its item: a separator, a bracket, a full stop or the line's end follows.
_FIELD_ITEM_END = re.compile(r"\s*(?:[,/;)]|and\b|or\b|\.|$)", re.M)
# The categories of the fields of machine learning a list must name to make a field word one.
_FIELD_CATEGORIES = frozenset(
    {
        "computer_vision",
        "nlp_transformers",
        "speech_audio",
        "recommender_systems",
        "time_series",
        "reinforcement_learning",
    }
)
# Fields of the list found as skills of their own.
_FIELD_WITNESSES = 2
# The longest text between two items of one list.
_FIELD_GAP_CHARS = 12
# Bare words a list's shared leading words may pass over before the list gives out.
_LIST_SKIPS = 2
# Completions a list must give past a passed-over word for any of them to count.
_LIST_SKIP_WITNESSES = 2
# The nouns of a method's name ("survival analysis", "mixed models").
_METHOD_NOUNS = frozenset(
    {"analysis", "analyses", "models", "modeling", "modelling", "methods", "techniques", "algorithms"}
)
_BRACKET_SEP = re.compile(r"\s*(?:[,/;&]|\band\b|\bor\b)\s*")
# one or two words, after an optional "e.g." ("clustering (e.g. hierarchical)")
_BRACKET_ITEM = re.compile(r"\s*(?:(?:e\.g|i\.e)\.?,?\s*)?([a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)?)\s*\.?\s*")


# The words after "of" a listed noun of action takes as its own object, up to a clause break.
_OF_OBJECT = re.compile(r" of ([^.,;:()\n]{1,60})")
_DATA_WORD = re.compile(r"data|records\b|pii\b|information\b")


def _own_object_without(lower: str, end: int, key: str) -> bool:
    """Whether the listed word ending at ``end`` takes an object of its own after "of" that is no data
    although the shared words are ("data collection and [preparation] of QA indicators"); an object
    that is data keeps the sharing ("data analysis and [exploration] of telematics data")."""
    if not key.startswith("data "):
        return False
    own = _OF_OBJECT.match(lower, end)
    return own is not None and _DATA_WORD.search(own.group(1)) is None


# A head noun is a list item where a separator, a colon, a bracket or a line's start stands before it.
_HEAD_ITEM_START = re.compile(r"(?:^|[,;:/(\n]|\band|\bor|\bincluding)[ \t]*$")
# Endings of a bare word that is a noun of action, not a verb's form ("monitor", "validated").
_BARE_NOUN_ENDINGS = ("ion", "ment", "ance", "ence", "ing", "age", "lysis", "lyses", "ons", "ments", "ings")
# Other items of one list that must be skills of a head noun's category.
_HEAD_WITNESSES = 2
# Head nouns too general to name one skill alone, whatever list they stand in.
_NOT_LIST_HEADS = frozenset(
    """data model models system systems tools tool skills skill experience platform platforms service services
    software language languages framework frameworks methods method techniques technique code engine suite studio
    manager server functions function processes process standards regulations certification certifications theory
    science studies analysis analyses management development learning intelligence applications application
    solutions solution products product operations""".split()
)


def _list_heads(taxonomy: Taxonomy, forms: dict) -> dict[str, Skill]:
    """Head word → the skill it heads: the noun of a skill's name of two lower-case words whose first
    is a noun ("computer networking", "data integration", "database indexing"), where no other skill's
    name ends with it, and it is no form of its own nor too general a noun. Not after an adjective
    ("quantitative finance", "regulatory compliance"): alone, the head names the wider field. Nor of a
    field, a business area or a trait (``_NOT_PRODUCTS``: "derivatives pricing", "conflict resolution"):
    in a list of business areas or of soft skills the word alone is the area or activity at large
    ("merchandising, [pricing], supply chain"; "mentoring, coaching, [training]")."""
    heads: dict[str, list[Skill]] = {}
    for skill in taxonomy.skills.values():
        words = skill.name.split(" ")
        if skill.needs_context or len(words) != 2 or not skill.name.islower() or skill.category in _NOT_PRODUCTS:
            continue
        modifier, head = words
        if head.isalpha() and len(head) >= 4 and modifier.isalpha() and not modifier.endswith(ADJECTIVE_ENDINGS):
            heads.setdefault(head, []).append(skill)
    found = {
        head: skills[0]
        for head, skills in heads.items()
        if len(skills) == 1 and head not in forms and head not in _NOT_LIST_HEADS
    }
    # A skill's bare noun of action ("deployment", "monitoring", "lineage"): its head where its object
    # goes without saying (Skill.bare); not a verb's form ("monitor", "validated").
    for skill in taxonomy.skills.values():
        for word in skill.bare:
            if word.endswith(_BARE_NOUN_ENDINGS) and word not in forms:
                found.setdefault(word, skill)
    return found


def _object_goes_on(lower: str, end: int) -> bool:
    """Whether a noun phrase goes on past the object that ends at ``end``: another word follows that is
    no function word, conjunction or participle ("quality of data [sets]", "ownership of data
    [models]"; not "quality of data [in] …", "integrity of data [used] …"), or a hyphen joins one on."""
    if lower[end : end + 1] == "-" or (end < len(lower) and lower[end].isalnum()):
        return True
    after = _WORD.match(lower, end + 1) if lower[end : end + 1] == " " else None
    return after is not None and after.group() not in _PHRASE_ENDS and not after.group().endswith("ed")


def _separates_fields(lower: str, start: int, end: int) -> bool:
    """Whether the text between two list items is a separator (and no line break)."""
    gap = lower[start:end]
    return 0 <= end - start <= _FIELD_GAP_CHARS and "\n" not in gap and bool(gap.strip()) and bool(_LIST_GAP.match(gap))


def _noun_forms(word: str) -> tuple[str, ...]:
    """A noun as written, singular and plural: "regressions" → regressions, regression."""
    if word.endswith("ies"):
        return word, word[:-3] + "y"
    if word.endswith("s"):
        return word, word[:-1]
    return word, word + "s"


def _object_nouns(word: str) -> tuple[str, ...]:
    """The noun an object word puts in front of a noun of action: "models" → model, "datasets" and
    "data sets" → data (a set of data is data)."""
    if word.endswith("sets") and len(word) > 6:
        return (word[:-4],)
    if word.endswith("ies"):
        return (word[:-3] + "y", word)
    if word.endswith("s") and not word.endswith("ss"):
        return (word[:-1], word)
    return (word,)


def _object_head_end(lower: str, start: int, end: int, noun: str) -> int | None:
    """Where the first word of the object window [start, end) that gives ``noun`` ends."""
    for word in _WORD.finditer(lower, start, end):
        if noun in _object_nouns(word.group()):
            return word.end()
    return None


def _object_heads(words: list[str], cut: bool) -> list[str]:
    """The head nouns of the object words after "of": each word that ends its noun phrase (before
    "and"/"or", a preposition or the end of the phrase), not a modifier ("of product features" is
    about features, not products). ``cut``: the window stopped inside the phrase, so its last word
    may be a modifier. "data sets": the head of a set is what the set holds."""
    heads: list[str] = []
    for i, word in enumerate(words):
        if word in _OBJECT_STOP:
            break
        if word in _CONJUNCTIONS:
            continue
        after = words[i + 1] if i + 1 < len(words) else None
        if after is None and cut:
            break
        # the phrase ends before a new phrase, "and"/"or", or an adverb ("of multiple projects [simultaneously]")
        if after is None or after in _OBJECT_STOP or after in _CONJUNCTIONS or is_adverb(after):
            heads.append(words[i - 1] if word in _HOLDERS and i else word)
    return heads


# Nouns of action too general to name a skill by their object alone: "the development of new
# features", "understanding of the business", "execution of projects" (any work is developed,
# understood and executed).
_GENERAL_ACTIONS = frozenset(
    "development understanding execution implementation selection synthesis generation creation "
    "production operation operations definition identification".split()
)
# Nouns whose phrase is about what they hold: "data sets", "data sources" are data.
_HOLDERS = frozenset(("set", "sets", "source", "sources"))


_CONJUNCTIONS = frozenset(("and", "or", "&"))
# A clause of a sentence: what a list and its head share (no sentence mark, bracket or line break).
_CLAUSE = re.compile(r"[^.;!?()\[\]\n\r\"]+")
# What separates a clause's items: commas, slashes, colons, "and", "or".
# No leading spaces: a run of spaces would be tried again from each of its positions.
_ITEM_SEP = re.compile(r"(?=[,/:&ao])(?:[,/:&]\s*+(?:(?:and|or)\s++)?|(?<=\s)(?:and/or|and|or)\s++)")
_ITEM_WORD = re.compile(r"[a-z0-9][a-z0-9+#'-]*")
# The most items of one list tried.
_HEAD_ITEMS = 12
# How the nouns of action a list's head completes end: "cleaning", "extraction", "management",
# "analysis", "storage" (not "data [models]", "data [standards]", "model [risk]": things of their own).
_ACTION_ENDINGS = ("ing", "tion", "sion", "ment", "sis", "age")
# Where a word of a list (_ITEM_WORD) ends with one of them: a word's last character is followed by
# none of its characters, or by the start of a separator, which is none of them either.
_ACTION_WORD_END = re.compile(r"(?:ing|tion|sion|ment|sis|age)(?![a-z0-9+#'-])")
# The words that open a list after its head noun: "data including …", "models for …".
_LIST_CUES = frozenset(("including", "includes", "include", "for", "like"))
# The object after "of": up to four words ("of large and interesting datasets").
# A range of stages: "from <stage> to|into|through <stage>", its end within _RANGE_REACH characters of
# the clause.
_RANGE_END = re.compile(r"(?<= )(?:to|into|through) ")
_RANGE_REACH = 80
# The stages a range ends with that, in a posting about models, are a model's: deployment, monitoring,
# serving, evaluation (not "testing", "training", "building", "management": any work's stages).
_LATER_STAGES = frozenset(
    "deployment monitoring serving evaluation validation operationalization productionization".split()
)
# How far back the line before a range is read for the model it is about.
_RANGE_LINE = 200
_MODEL_TOPIC = re.compile(
    r"\b(?:models?|modell?ing|ml|mlops|ai|machine learning|deep learning|llms?|predictive|data science)\b"
)
_CLAUSE_BREAK = re.compile(r"[.;:!?()\n]")
# Between a stage's modifier and its noun: a space, or a bracketed aside ("local (or cloud) deployment").
_RANGE_MODIFIER_GAP = re.compile(r" (?:\([a-z ]{1,20}\) )?")
_OBJECT_WINDOW = re.compile(r"(?: [a-z][a-z-]*){1,4}")
# Words that end the object: a new phrase, a clause, another "of".
_OBJECT_STOP = frozenset(
    "to in on at for with by of from as that which who is are was be into using via across between within through "
    "throughout among against during including".split()
)


_HYPHENATED_WORD = re.compile(r"[a-z][a-z0-9+#]*(?:-[a-z][a-z0-9+#]*)?")
_TAIL = re.compile(r"(?: [a-z][a-z-]*(?:/[a-z][a-z-]*)?){1,2}")  # "policy/program research"


# Words that open a new phrase rather than modify a shared noun: "data and its quality",
# "data and performing analytics".
_NOT_MODIFIERS = frozenset(
    "a an the its it their our your his her this that these those other all any some each many more most "
    "also then not to in on at for with by of from as".split()
)
# Adjectives that grade a noun rather than sort it into a kind: after "and" they open a noun phrase of their
# own, so the word before "and" shares no noun with them ("a compelling use of data and poignant
# storytelling", "grow ideas using data and rigorous testing"), unlike kinds ("predictive and prescriptive
# analytics").
_GRADING_ADJECTIVES = frozenset(
    "rigorous poignant compelling effective robust strong solid sound excellent good great thoughtful thorough"
    " careful meaningful actionable impactful clear insightful engaging elegant disciplined powerful sophisticated"
    " efficient reliable accurate relevant appropriate practical".split()
)
_GENERIC_HEADS = frozenset(
    "experience skills skill tools knowledge expertise techniques methods background abilities".split()
)

# Words after which a noun phrase has ended.
_PHRASE_ENDS = _OBJECT_STOP | _CONJUNCTIONS | _NOT_MODIFIERS


def _is_modifier(word: str, left: str) -> bool:
    """Whether ``word`` after "and" can modify a shared noun: not a determiner or pronoun, and
    a gerund only in a parallel pair ("monitoring and logging tools", not "data and performing"),
    nor the left word again: "source system data and data flows" names data and data flows."""
    if word in _NOT_MODIFIERS or word.endswith("ly") or word == left:
        return False
    return not word.endswith("ing") or left.endswith("ing")


_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"


def _word_before(lower: str, pos: int) -> tuple[int, int] | None:
    """The word that ends at ``pos`` ("predictive" before " and prescriptive")."""
    window = max(0, pos - 40)
    # The run of a-z letters ending at ``pos``, or right before a line break there (as the pattern
    # "[a-z]+$" found it before), by str.rstrip rather than a regex tried at every window position.
    end = pos - 1 if pos > window and lower[pos - 1] == "\n" else pos
    start = window + len(lower[window:end].rstrip(_ASCII_LOWER))
    if start == end or (start == window and window > 0 and lower[window - 1].isalpha()):
        return None  # no word, or one longer than the window: not a modifier
    return start, end


_ABBREVIATION = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9&/.\-]{1,9})\s*\)")


def _defined_abbreviations(cased: str, matches: list[Match]) -> list[Match]:
    """ "Design of Experiments (DOE)": the posting defines DOE, so each DOE in it is that skill."""
    defined: dict[str, Skill] = {}
    definitions: set[int] = set()
    for m in matches:
        if "(" not in cased[m.end : m.end + 3]:
            continue
        abbr = _ABBREVIATION.match(cased, m.end)
        if abbr is None:
            continue
        short, words = abbr.group(1), cased[m.start : m.end].split()
        upper = [c for c in short if c.isupper()]
        if len(upper) >= 2 and short[0].lower() == words[0][0].lower() and len(upper) <= len(words) + 2:
            defined.setdefault(short, m.skill)
            definitions.add(abbr.start(1))
    if not defined:
        return matches

    def usable(s: int, e: int) -> bool:
        # "(DOE)" after some other name defines DOE as something else there.
        bracketed = _char_before(cased, s) == "(" and _char_after(cased, e) == ")"
        return s in definitions or not bracketed

    for m in matches:
        if m.needs_context and cased[m.start : m.end] in defined and usable(m.start, m.end):
            m.needs_context = False  # defined in this posting: no further context needed
    taken = _Occupancy(len(cased), matches)
    added = []
    hits = _occurrences(cased, defined)
    for short, skill in defined.items():
        for s, e in hits[short]:
            check_deadline()
            if usable(s, e) and _whole_word(cased, s, e, _GLUE_AMBIGUOUS) and not taken.overlaps(s, e):
                added.append(Match(s, e, skill))
                taken.add(s, e)
    return sorted(matches + added, key=lambda m: m.start) if added else matches


def _occurrences(text: str, words) -> dict[str, list[tuple[int, int]]]:
    """For each word, its occurrences as ``re.finditer(re.escape(word), text)`` finds them (left
    to right, not overlapping each other), all words found in one pass over the text."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    found: dict[str, list[tuple[int, int]]] = {word: [] for word in words}
    for end, word in automaton.iter(text):
        start = end + 1 - len(word)
        spans = found[word]
        if not spans or spans[-1][1] <= start:
            spans.append((start, end + 1))
    return found


class _Occupancy:
    """Which characters the kept matches cover: an overlap test that costs the span's length, not
    the number of matches (a posting can have tens of thousands)."""

    __slots__ = ("_length", "_matches", "_taken")

    def __init__(self, length: int, matches: list[Match]):
        self._length = length
        self._matches = matches
        self._taken: bytearray | None = None  # filled on first use: most postings never ask

    def _filled(self) -> bytearray:
        if self._taken is None:
            self._taken = bytearray(self._length)
            for m in self._matches:
                self._taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        return self._taken

    def overlaps(self, start: int, end: int) -> bool:
        return self._filled().find(1, start, end) >= 0

    def add(self, start: int, end: int) -> None:
        self._filled()[start:end] = b"\x01" * (end - start)

    def run_start(self, pos: int, limit: int = 80) -> int:
        """Where the covered run that ends right before ``pos`` starts: the first word of a match
        of several words whose last word is at ``pos`` (``pos`` itself when the character before
        it is not covered). At most ``limit`` characters back."""
        taken = self._filled()
        start, floor = pos, max(0, pos - limit)
        while start > floor and taken[start - 1]:
            start -= 1
        return start


def _char_before(text: str, pos: int) -> str:
    """The last non-space character before ``pos`` ("" if none): ``text[:pos].rstrip()[-1:]``
    without copying the text before it (windows grow, so a long run of spaces costs its length)."""
    size = 64
    while True:
        start = max(0, pos - size)
        window = text[start:pos].rstrip()
        if window or start == 0:
            return window[-1:]
        size *= 4


def _char_after(text: str, pos: int) -> str:
    """The first non-space character from ``pos`` on ("" if none): ``text[pos:].lstrip()[:1]``."""
    size = 64
    while True:
        end = pos + size
        window = text[pos:end].lstrip()
        if window or end >= len(text):
            return window[:1]
        size *= 4


_VERSION = re.compile(r"\d{1,2}(?:\.(?:\d{1,2}|x))*(?![\w+#])")


def _version_end(lower: str, pos: int) -> int:
    """End of a version number ("3", "3.x", "4.1") at ``pos`` that ends a word, else 0."""
    found = _VERSION.match(lower, pos)
    return found.end() if found else 0


_CAMEL = re.compile(r"[A-Z][a-z]{2,}|[A-Z]{3,}(?![a-z])|[a-z]{3,}")


def camel_case_split(form: str) -> list[str]:
    """ "SageMaker" → ["sage maker"]; "CloudWatch", "MapReduce" likewise. Parts of fewer than three
    letters are not split off ("PySpark", "OpenAI" stay whole), so the spaced form stays a name."""
    out = []
    for word in form.split():
        if word.isalpha() and not word.islower() and not word.isupper():
            parts = _CAMEL.findall(word)
            if len(parts) >= 2 and "".join(parts) == word:
                out.append(normalize_form(form.replace(word, " ".join(parts)).lower()))
    return out


_INVARIANT = frozenset(("series", "species", "news", "physics", "analysis", "status", "canvas", "corpus"))


def _singular_name(form: str) -> list[str]:
    """A product name of several words whose last word is a capitalised plural, in the singular and
    with its capitals: "Crystal Reports" → "Crystal Report", "Google Sheets" → "Google Sheet". It
    is matched as written, so "step-function improvements" is not "Step Function"; lower-case
    phrases keep their number ("testing frameworks" is no "testing framework" of another skill)."""
    words = form.split()
    last = words[-1] if len(words) > 1 else ""
    if len(last) < 5 or not last.isalpha() or not last[0].isupper() or not last[1:].islower():
        return []
    word = last.lower()
    if not word.endswith("s") or word in _INVARIANT:
        return []
    # not a plural, or not one a letter off: "Atlas", "Kronos", "Analytics", "Bayes", "Biases"
    if word.endswith(("ss", "us", "is", "os", "as", "ics", "ous", "ies", "yes", "ases")):
        return []
    single = last[:-2] if word.endswith(("sses", "shes", "ches", "xes")) else last[:-1]
    return [" ".join([*words[:-1], single])]


_FORM_WORDS = re.compile(r"[- ]")  # what separates the words of a form (compiled once: ~100,000 splits per index)


def spelling_variants(form: str) -> set[str]:
    """Hyphen / space / joined spellings (of three or four words also mixed: "ad-hoc analysis"), a
    Markdown-escaped hyphen, a slash for a hyphen the form writes before its last word, and the
    plural of the last word."""
    out = {form}
    if "-" in form or " " in form:
        parts = _FORM_WORDS.split(form)
        if all(parts):
            out.add(" ".join(parts))
            out.add("-".join(parts))
            out.add("\\-".join(parts))  # "Map\-Reduce": Markdown exports escape the hyphen
            if 3 <= len(parts) <= 4:  # "ad-hoc analysis", "root-cause analysis": some words hyphenated
                for seps in product(" -", repeat=len(parts) - 1):
                    out.add(parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:])))
            # "PowerBI", "Power BI": two words joined, when the result is still a long word
            if len(parts) == 2 and min(len(p) for p in parts) >= 2 and len(parts[0]) + len(parts[1]) >= 6:
                out.add("".join(parts))
        # The form's hyphen as a slash where a word follows the pair ("cost/benefit analysis",
        # "client/server applications"); a bare pair with a slash is as often two alternatives
        # ("vision/language applications", "data/mining").
        if "/" not in form and -1 < form.rfind("-") < form.rfind(" "):
            out.add(form.replace("-", "/"))
    for v in list(out):
        last = _FORM_WORDS.split(v)[-1]
        plural = plural_of(last)
        if plural is not None:
            out.add(v[: -len(last)] + plural)
    return out


_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:\.[a-z]{2,3})?")
# The next item of a list: a separator, then one to three capitalised words ("Insight Squared")
# that end the item (at a separator, a bracket, a full stop or the line's end).
_LIST_ITEM = re.compile(
    r"(?:, and|, or|,|/|;| or| and| &) ?([A-Z][A-Za-z0-9]*(?:\.[a-z]{2,3})?(?: [A-Z][A-Za-z0-9]*){0,2})"
    r"(?=[ \t]*(?:[,;/)\]:.]|\r?\n|$| or\b| and\b| &))"
)
_LIST_REACH = 4  # items looked at after a found skill
_SEPARATOR_STARTS = (",", "/", ";", " or ", " and ", " & ")
_SEPARATOR_ENDS = (",", "/", ";", ", ", "/ ", "; ", " or ", " and ", " & ")
_NAME_BEFORE = re.compile(r"[A-Z][A-Za-z0-9]*(?:\.[a-z]{2,3})?(?:,|/|;| or| and| &) ?$")
_SLIP_MIN = 5  # characters in a name read as misspelt


@dataclass
class _Claims:
    """What the list rules of one text may still claim: the ``taken`` words, the ``ambiguous``
    one-word matches (by span) that give way to a list's reading of their word, and the ids of
    the matches so ``replaced``."""

    taken: _Occupancy
    ambiguous: dict[tuple[int, int], Match]
    replaced: set[int] = field(default_factory=set)

    def claim(self, found: list[tuple[int, int, Skill]]) -> list[Match]:
        """Matches for the ``found`` spans whose words are free, or held only by an ambiguous
        one-word match, which they replace; the words are then taken."""
        claimed = []
        for s, e, skill in found:
            if self.taken.overlaps(s, e):
                word_match = self.ambiguous.pop((s, e), None)
                if word_match is None:
                    continue
                self.replaced.add(id(word_match))
            claimed.append(Match(s, e, skill))
            self.taken.add(s, e)
        return claimed


class _SlipIndex:
    """Words one typing slip away from a name (see :func:`_slip_forms`), looked up by
    :meth:`get`. The few slips of each name that are cheap to list are listed; a letter added to
    a long name is found by leaving each inner letter of the word out at lookup, so the memory
    stays linear in the names' length."""

    def __init__(self, listed: dict[str, Skill], long_names: dict[str, Skill], known: set[str]):
        self._listed = listed
        self._long = long_names  # long name -> skill: a word with one inner letter more
        self._known = known

    def __bool__(self) -> bool:
        return bool(self._listed or self._long)

    def get(self, word: str) -> Skill | None:
        """The skill whose name ``word`` (lower-cased) is with one slip, or None (no name, or two)."""
        skill = self._listed.get(word)
        if skill is not None or len(word) <= _SLIP_LONG or _is_known(word, self._known):
            return skill
        found = {hit.id: hit for i in range(1, len(word) - 1) if (hit := self._long.get(word[:i] + word[i + 1 :]))}
        return next(iter(found.values())) if len(found) == 1 else None


_SLIP_LONG = 8  # letters of a name read with a letter added ("MircroStrategy", "Clusterning")


_LONG_WORD = re.compile(r"[a-z]{6,}")
_WRAPPED_HYPHEN = re.compile(r"[a-z]- [a-z]")  # "time- series": a hyphen that a line was wrapped at
_PHRASE_REACH = 3  # words looked at on either side of a misspelt word of a name
_PHRASE_SLIP_MIN = 7  # letters of a word of a name read as misspelt
_PHRASE_SWAP_MIN = 8  # letters of a word of a name read with a letter replaced
_SEEN_WORDS = 50_000  # words whose fixes are kept (most words of postings recur): a bounded cache


def _long_words(words: WordIndex) -> set[str]:
    """The runs of six or more letters in the posting's words, read from its WordIndex instead of a
    scan: among them every run ``_LONG_WORD`` finds that has no letter or digit beside it, the only
    runs :meth:`SkillIndex._misspelt_phrases` reads (the others' fixes are never asked for)."""
    found: set[str] = set()
    for word in words.words:
        if len(word) >= 6:
            if word.isalpha():
                found.add(word)
            else:  # "data_engineer", "python3": the letters' runs
                found.update(_LONG_WORD.findall(word))
    return found


def _wrapped_hyphens(lower: str) -> Iterator[int]:
    """Where the hyphen of each match of ``_WRAPPED_HYPHEN.finditer(lower)`` stands, from a plain search
    for "- " (the engine would stop at every letter of the posting to try the pattern)."""
    done = 0  # (the matches never overlap)
    dash = lower.find("- ", 1)
    while dash >= 0:
        if dash > done and "a" <= lower[dash - 1] <= "z" and "a" <= lower[dash + 2 : dash + 3] <= "z":
            yield dash
            done = dash + 3
        dash = lower.find("- ", dash + 1)


class _PhraseSlips:
    """The words of the taxonomy's forms of several words ("market basket analysis", "data
    governance") of ``_PHRASE_SLIP_MIN`` letters or more, and the words one slip away from each:
    :meth:`fixes` gives the form words that a word is misspelt from. The slips are found through one
    table of each form word less one letter (memory linear in the words' length): a letter left
    out ("anaysis"), added ("aritificial"), doubled ("warehhouse"), two swapped ("juypter"), or,
    in words of ``_PHRASE_SWAP_MIN`` letters or more, replaced ("chromotography"). Never in the
    first letter or the last two, where one word's slip is another's inflection ("leaders",
    "interprets", "descend"), and never a word ``known`` to the taxonomy."""

    def __init__(self, forms: dict[str, tuple[Skill, bool]], known: set[str]):
        words = {
            word
            for key in forms
            if " " in key
            for word in key.split(" ")
            if len(word) >= _PHRASE_SLIP_MIN and word.isalpha() and word.isascii()
        }
        self._words = frozenset(words)
        self._longest = max(map(len, words), default=0)
        less: dict[str, list[str]] = {}
        for word in words:
            for i in range(1, len(word)):
                less.setdefault(word[:i] + word[i + 1 :], []).append(word)
        self._less = less  # (read only from here on: not copied into tuples, which costs start-up time)
        self._known = known
        self._seen: dict[str, tuple[str, ...]] = {}  # the words of the postings read, and their fixes
        self._fixless: set[str] = set()  # the words of the postings read that have none

    def __bool__(self) -> bool:
        return bool(self._words)

    def fixes(self, word: str) -> tuple[str, ...]:
        """The form words that ``word`` (lower case) is one slip of, or () where it is a known word."""
        if not _PHRASE_SLIP_MIN - 1 <= len(word) <= self._longest + 1:
            return ()  # (a run of letters longer than any word is no slip, and costs its square to read)
        found = self._seen.get(word)
        if found is None:
            if len(self._seen) >= _SEEN_WORDS:
                self._seen.clear()
            found = self._seen[word] = self._fixes(word)
        return found

    def slipped(self, words: Iterable[str]) -> set[str]:
        """Those of ``words`` that have :meth:`fixes`."""
        fixless = self._fixless
        out = set()
        for word in set(words) - fixless:
            if self.fixes(word):
                out.add(word)
            else:
                if len(fixless) >= _SEEN_WORDS:
                    fixless.clear()
                fixless.add(word)
        return out

    def _fixes(self, word: str) -> tuple[str, ...]:
        if word in self._words or _is_known(word, self._known):
            return ()
        candidates = set(self._less.get(word, ()))
        for i in range(1, len(word)):
            shorter = word[:i] + word[i + 1 :]
            if shorter in self._words:
                candidates.add(shorter)
            candidates.update(self._less.get(shorter, ()))
        return tuple(sorted(c for c in candidates if _one_slip(word, c)))


def _one_slip(word: str, target: str) -> bool:
    """Whether ``word`` is ``target`` with one slip of the kinds :class:`_PhraseSlips` reads."""
    n, m = len(word), len(target)
    p = 0
    while p < min(n, m) and word[p] == target[p]:
        p += 1
    if p < 1 or p >= min(n, m) - 2:
        return False
    if n == m:
        if word[p + 1 :] == target[p + 1 :]:
            return n >= _PHRASE_SWAP_MIN  # a letter replaced
        return word[p] == target[p + 1] and word[p + 1] == target[p] and word[p + 2 :] == target[p + 2 :]
    if n == m + 1:
        return word[p + 1 :] == target[p:]  # a letter added
    if n + 1 == m:
        return word[p:] == target[p + 1 :]  # a letter left out
    return False


def _words_before(text: str, lower: str, start: int, count: int) -> list[tuple[int, int]]:
    """Up to ``count`` words right before ``start``, nearest first, each after a single space on the
    same line of ``text``."""
    out: list[tuple[int, int]] = []
    pos = start
    while len(out) < count and pos >= 2 and text[pos - 1] == " " and is_word_char(lower[pos - 2]):
        first = pos - 1
        while first > 0 and is_word_char(lower[first - 1]):
            first -= 1
            if pos - first > _TOKEN_REACH:
                return out
        out.append((first, pos - 1))
        pos = first
    return out


def _words_after(text: str, lower: str, end: int, count: int) -> list[tuple[int, int]]:
    """Up to ``count`` words right after ``end``, nearest first, each after a single space on the
    same line of ``text``."""
    out: list[tuple[int, int]] = []
    pos = end
    n = len(lower)
    while len(out) < count and pos + 1 < n and text[pos] == " " and is_word_char(lower[pos + 1]):
        last = pos + 1
        while last < n and is_word_char(lower[last]):
            last += 1
            if last - pos > _TOKEN_REACH:
                return out
        out.append((pos + 1, last))
        pos = last
    return out


def _is_known(word: str, known: set[str]) -> bool:
    return word in known or (word.endswith("s") and word[:-1] in known)


def _slip_forms(taxonomy: Taxonomy, known: set[str]) -> _SlipIndex:
    """The one-word product names of the taxonomy with one typing slip each, lower-cased, for the
    skill they name: each adjacent pair of letters after the first swapped ("tablaeu"), a letter
    between the first and the last left out ("lookr"), a letter doubled ("reddis"), an o written
    as a zero ("h20.ai", "h20"); in a name of ``_SLIP_LONG`` letters or more also an inner letter
    added ("mircrostrategy", "clusterning"). A letter replaced is not read: it makes other words
    too often ("generous" of Geneious, "promoting" of prompting, "boasting" of boosting). Names are the forms written with a capital
    ("Tableau", "LightGBM", "H2O.ai") of skills that need no context, of six or more letters for
    slips of letters (a shorter name is too close to other words; one with digits has other
    versions), of three or more characters for a zero (a word with a digit in it is no English
    word); the long one-word forms in lower case ("clustering", "mathematics") count as names too.
    A slip that is a ``known`` word or its plural ("chart" for "charts" from "ChartJS"), or that
    two names share, is left out."""
    slips: dict[str, Skill | None] = {}
    long_names: dict[str, Skill | None] = {}
    for skill in taxonomy.skills.values():
        if skill.needs_context:
            continue
        for form, _cased in skill.surface_forms():
            if len(form) < 3 or not _NAME.fullmatch(form):
                continue
            if form == form.lower() and not (len(form) >= _SLIP_LONG and form.isalpha()):
                continue
            letters = len(form) > _SLIP_MIN and not any(c.isdigit() for c in form)  # "ResNet50" has versions
            name = form.lower()
            for slip in _slips(name, letters):
                if not _is_known(slip, known):
                    slips[slip] = skill if slips.get(slip, skill) is skill else None
            if len(form) >= _SLIP_LONG and form.isalpha():
                long_names[name] = skill if long_names.get(name, skill) is skill else None
    return _SlipIndex(
        {slip: skill for slip, skill in slips.items() if skill is not None},
        {name: skill for name, skill in long_names.items() if skill is not None},
        known,
    )


def _slips(name: str, letters: bool) -> set[str]:
    n = len(name)
    out = {name[:i] + "0" + name[i + 1 :] for i in range(1, n) if name[i] == "o"}
    if letters:
        out.update(name[:i] + name[i + 1] + name[i] + name[i + 2 :] for i in range(1, n - 1) if name[i] != name[i + 1])
        out.update(name[:i] + name[i + 1 :] for i in range(1, n - 1))
        out.update(name[: i + 1] + name[i:] for i in range(1, n))
    out.discard(name)
    return out


def _listed_before(cased: str, start: int) -> tuple[int, int]:
    """The capitalised word listed right before ``start`` ("Lookr, ", "Lookr or "), else (-1, -1)."""
    window = max(0, start - 30)
    found = _NAME_BEFORE.search(cased, window, start)
    if found is None:
        return -1, -1
    if found.start() > 0 and (cased[found.start() - 1].isalnum() or cased[found.start() - 1] in "+#."):
        return -1, -1
    word = _NAME.match(cased, found.start())
    assert word is not None
    return word.span()


def _continues(cased: str, end: int) -> bool:
    return end < len(cased) and (cased[end].isalnum() or cased[end] in "+#")


# Forms are read across a run of spaces between two words within this many characters of it.
_SPREAD_REACH = 80


def _space_runs(lower: str) -> Iterator[tuple[int, int]]:
    """The runs of two spaces or more between two letters or digits of ``lower`` (line breaks folded into
    spaces): a blank line inside a sentence of wrapped prose, or spaces typed twice. (``str.find``: a regular
    expression with a look-behind tries every position of the text.)"""
    size = len(lower)
    pos = lower.find("  ")
    while pos >= 0:
        end = pos + 2
        while end < size and lower[end] == " ":
            end += 1
        if pos and end < size and lower[pos - 1].isalnum() and lower[end].isalnum():
            yield pos, end
        pos = lower.find("  ", end)


_GLUED_YEARS = re.compile(r"\d{1,2}\+(?![\w+#])")
_NEXT_PIECE = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])")
_OPENS_A_WORD = re.compile(r"[A-Z][a-z]{3}")  # a _NEXT_PIECE of four or more letters that is a capitalised word
# The lower-case words a name is found glued to where a space was lost ("BigQueryor Redshift"): the
# token's whole rest, so "Pythonic" or "Tableaus" stay whole.
_GLUED_TAIL = re.compile(r"(?:and|or|with|for|of|the)(?![\w+#])")
# Capitalised words of three letters or less that open a sentence glued to an acronym ("AWSYou build").
# The ratings and levels a table of skills writes after each skill ("Excel - Advanced", "SQL:
# Required"); where a flattened table lost its line breaks, one is glued to the next row's skill.
_RATINGS = frozenset(
    "Beginner Basic Novice Intermediate Advanced Expert Proficient Fluent Required Preferred Desired Optional".split()
)
_SHORT_OPENERS = frozenset("You Your We Our The".split())
_SENTENCE_GOES_ON = re.compile(r" [a-z0-9]|-[a-z]")  # "Experience with", "Preferably 1+", "Detail-oriented"
_TOKEN_REACH = 40  # letters looked back over for the start of a glued token


def _token_start(cased: str, pos: int) -> int | None:
    """Start of the run of letters and digits that ``pos`` is inside (None beyond a short reach)."""
    first = pos
    while first > 0 and cased[first - 1].isalnum():
        first -= 1
        if pos - first > _TOKEN_REACH:
            return None
    return first


def _whole_word(text: str, start: int, end: int, glue: str) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if is_word_char(text[start]) and is_word_char(before):
        return False
    if is_word_char(text[end - 1]) and is_word_char(after):
        return False
    # "R&D", "AT&T": a form glued to another word is part of that word.
    if before in glue and start > 1 and text[start - 2].isalnum():
        return False
    if after in glue and end + 1 < len(text) and text[end + 1].isalnum():
        return False
    return True


_LINKING_WORDS = frozenset("of the a an for and or to in on with by".split())
# A pattern match cut back to a bare preposition or a verb too general to name a skill alone names
# nothing: "within [cross-functional teams]", "work in [a cross-functional team]", "participate in
# [cross-functional teams]" leave collaboration its name and teamwork nothing ("evaluate [predictive
# models]" keeps model evaluation "evaluate").
_EMPTY_REMNANTS = _LINKING_WORDS | frozenset(
    "within as into work works working participate participates participating function functions functioning"
    " operate operates operating thrive thrives thriving".split()
)


_FIRST_WORD = re.compile(r"[a-z]+")


def _named_by_its_verb(lower: str, m: Match) -> Match:
    """A long pattern phrase that opens with a form of its skill's one-word name, cut back to that
    word, as a long task phrase is: "[present] written business recommendations". Long is past three
    times the word's length and 30 characters more: then the phrase reads as a clause, not a name
    (and an evaluation counts no mention that much longer than the words it stands for)."""
    verb = _FIRST_WORD.match(lower, m.start)
    if verb is None or verb.end() >= m.end:
        return m
    size = verb.end() - verb.start()
    if m.end - m.start <= max(3 * size, size + 30) or not verb_is_the_skill(verb.group(), m.skill):
        return m
    return Match(m.start, verb.end(), m.skill, phrased=True)


def _cut_at_names(lower: str, phrased: list[Match], named: list[Match]) -> list[Match]:
    """Pattern matches cut back before the first other skill named inside them: "evaluate
    [predictive models]" keeps predictive modeling and gives model evaluation "evaluate", as a task
    phrase does. Only names of other skills that need no context cut (an "R" inside may still be
    dropped); "develop [client relationships]" stays whole."""
    starts = sorted((m.start, m.end, m.skill.id) for m in named if not m.needs_context and not m.glued)
    if not starts:
        return phrased
    cut: list[Match] = []
    for m in phrased:
        end = m.end
        i = bisect_right(starts, (m.start, len(lower), ""))
        while i < len(starts) and starts[i][0] < end:
            s, e, skill_id = starts[i]
            if e <= m.end and skill_id != m.skill.id:
                end = s
                break
            i += 1
        while end > m.start:
            if not lower[end - 1].isalnum():
                end -= 1
                continue
            space = lower.rfind(" ", m.start, end)
            if space < 0 or lower[space + 1 : end] not in _LINKING_WORDS:
                break
            end = space  # "evaluate the performance of": "of" leads to the name cut off
        if end > m.start and lower[m.start : end] not in _EMPTY_REMNANTS:
            cut.append(Match(m.start, end, m.skill) if end != m.end else m)
    return cut


# What may follow a bare word of action: the end of its phrase (a mark, a conjunction, a preposition
# or a verb after its subject), "of" and its object, a pronoun for the object, or the next word,
# which must then be the object itself (tested by the caller).
_BARE_AFTER = re.compile(
    r"[ \t]*+(?:(?P<of>of\b)|[,.;:)/&]|$|(?:and|or|to|for|in|on|at|with|across|using|throughout|into|within"
    r"|from|as|through|by|that|which|is|are|was|were|will|them|it|these)\b|(?P<word>[a-z]))"
)
_LINE_END = re.compile(r"[ \t]*+[\r\n]")
_BARE_SERIES = 4  # items of a series read after the word
_BARE_SERIES_ITEM = re.compile(r"[ \t]*+(?:,[ \t]*+)?(?:(?:and|or|&)[ \t]++)?(?P<item>[a-z]++)(?![\w-])")
# the words of the phrase that follows a series, among which its object must be ("maintain robust
# data analysis and models"): five at most, up to a mark
_BARE_WINDOW = re.compile(r"[\w'/-]++(?:[ \t]++[\w'/-]++){0,4}")
_HEAD_END = re.compile(r"[ \t]*+(?:[^\w \t-]|$|(?:and|or|to|for|in|on|at|with|from|that|which|using)\b)")
# Before one: a list mark or the start of its line, a function word, or a verb that takes it.
_BARE_BEFORE_MARKS = frozenset(",;:(/&" + BULLET_CHARS)
_BARE_LEADS = frozenset(
    "and or the a an for in of with by through including include includes such as its their our your all any"
    " both".split()
)
# (not -ive, -al or -ing: "comparative", "statistical", "marketing analysis" name kinds of it)
_MODIFIER_ENDINGS = ("ed", "ful", "ous", "ly")
# A team or an organisation as the subject: prose about what it does, not an ask ("the Data Science team
# provides decision support analysis", "the AI group is responsible for the invention, analysis …")
_GROUP_SUBJECT = re.compile(
    r"\b(?:team|group|department|division|organi[sz]ation|company|lab)\s++(?:is|are|has|have|provides|supports"
    r"|owns|builds|develops|delivers|works|focuses|uses|leads|drives)\b"
)
_BARE_OBJECT_REACH = 100  # characters either side within which the sentence names the object
_OF_REACH = 40  # characters after "of" within which the object follows it


def _stands_alone_before(
    text: str, lower: str, start: int, verbs: dict[str, str], nouns: frozenset[str] | set[str]
) -> bool:
    """Whether nothing before the word at ``start`` makes it part of a longer name: it opens its line, or a
    list mark, a function word or a verb comes right before it."""
    if start > 0 and lower[start - 1] in "-'":  # "meta-analysis", "co-mining"
        return False
    pos = start
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    if pos == 0 or text[pos - 1] in "\n\r" or lower[pos - 1] in _BARE_BEFORE_MARKS:
        return True
    word_start = pos
    while word_start > 0 and lower[word_start - 1].isalpha() and pos - word_start < 30:
        word_start -= 1
    if word_start > 0 and lower[word_start - 1] == "-":  # "risk-based analysis", "model-driven"
        return False
    word = lower[word_start:pos]
    if word in _BARE_LEADS:
        return True
    # a verb that takes it ("perform analysis", "manage deployment") but not one that also heads a
    # skill's name as a noun ("query analysis", "design evaluation", "process monitoring"); a word of
    # manner or degree ("detailed analyses", "continuous monitoring", "quickly analyze")
    return (word in verbs and word not in nouns) or word.endswith(_MODIFIER_ENDINGS)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its line, an item after a list mark, or a sentence."""
    pos = start
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos == 0 or text[pos - 1] in "\n\r.!?:;(" or text[pos - 1] in BULLET_CHARS


def _in_gaps(length: int, matches: list[Match], hits: list[TaskHit]) -> list[TaskHit]:
    """The task hits whose words (verb to object) no mention overlaps."""
    taken = bytearray(length + 1)
    for m in matches:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    return [
        hit
        for hit in hits
        if taken.find(1, min(hit.start, hit.head_start), max(hit.end, hit.region_end, hit.head_start + 1)) < 0
    ]


def _longest_first(
    candidates: list[Match], length: int, cased: str = "", words: set[str] | frozenset[str] = frozenset()
) -> list[Match]:
    """The longest candidates that do not overlap, in text order. With ``cased`` given, a candidate does
    not take the tail of a one-name token (:func:`_not_a_tail`)."""
    if cased:
        candidates = _not_a_tail(candidates, cased, words)
    candidates.sort(key=lambda m: (-(m.end - m.start), m.start))
    taken = bytearray(length)
    kept: list[Match] = []
    for m in candidates:
        if taken.find(1, m.start, m.end) < 0:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
            kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept


def _not_a_tail(candidates: list[Match], cased: str, words: set[str] | frozenset[str]) -> list[Match]:
    """Without the candidates that start right after a "/" or "-" inside a token that a known form spans
    and whose first piece names nothing on its own (one of ``words``, the one-word forms): in "PL/SQL
    skills", "T-SQL queries", "no-SQL experience" the dialect's name stands, not the generic "SQL
    skills". Where the piece is a name itself the token joins two ("Agile/Scrum methodology", "SAS/SQL
    coding") and the longer match keeps its place."""
    tails = [m for m in candidates if m.start >= 2 and cased[m.start - 1] in "/-" and cased[m.start - 2].isalnum()]
    if not tails:
        return candidates
    spans = bytearray(len(cased) + 1)  # 1 at p: some candidate covers both p - 1 and p
    for m in candidates:
        if m.end - m.start > 1:
            spans[m.start + 1 : m.end] = b"\x01" * (m.end - m.start - 1)
    dropped = set()
    for m in tails:
        if spans[m.start] != 1:
            continue
        first = m.start - 1
        while first > 0 and first > m.start - _TOKEN_REACH and cased[first - 1].isalnum():
            first -= 1
        if cased[first : m.start - 1].lower() not in words:
            dropped.add(id(m))
    return [m for m in candidates if id(m) not in dropped] if dropped else candidates


def _uncut(cased: str, candidates: list[Match]) -> list[Match]:
    """Drop each match cut out of a glued token at a place where a whole-word match runs on:
    "AzureML" is a form, so "Microsoft AzureML" is not "Microsoft Azure" + "ML"."""
    joined = bytearray(len(cased) + 1)  # 1 at p: a whole-word match covers both p - 1 and p
    for m in candidates:
        if not m.glued and m.end - m.start > 1:
            joined[m.start + 1 : m.end] = b"\x01" * (m.end - m.start - 1)

    def cut_where_joined(m: Match) -> bool:
        cut_start = m.start > 0 and cased[m.start - 1].isalnum()
        cut_end = m.end < len(cased) and cased[m.end].isalnum()
        return (cut_start and joined[m.start] == 1) or (cut_end and joined[m.end] == 1)

    return [m for m in candidates if not (m.glued and cut_where_joined(m))]


def _pattern_span(hit: re.Match[str]) -> tuple[int, int]:
    """Where a pattern's match names its skill: the group it marks (``PATTERN_SPAN``), if any, else the
    whole match ("work both independently and [as part of a team]")."""
    if PATTERN_SPAN in hit.re.groupindex and hit.start(PATTERN_SPAN) >= 0:
        return hit.span(PATTERN_SPAN)
    return hit.span()


def _leading_stems(pattern: str) -> tuple[str, ...]:
    """Literal text every match of ``pattern`` starts with: "solv(?:e|es)..." → ("solv",);
    "(?:engag|work)\\w* with" → ("engag", "work"); "in[- ]vitro" → ("in-vitro", "in vitro"). Empty
    when there is none to rely on."""
    if pattern.startswith("(?:"):
        depth, end = 0, -1
        for i, ch in enumerate(pattern):
            depth += ch == "("
            depth -= ch == ")"
            if depth == 0:
                end = i
                break
        body = pattern[3:end]
        if "(" in body or end < 0:
            return ()
        alternatives = body.split("|")
        optional = _OPTIONAL_QUANTIFIER.match(pattern, end + 1)
        # Letters after the group go on every alternative written out in full: "(?:as|be) (?:a )?" →
        # ("as ", "be "). Not after an optional or repeated group.
        afters = (
            _literal_starts(pattern[end + 1 :], after_group=True)
            if pattern[end + 1 : end + 2] not in _QUANTIFIERS
            else ("",)
        )
        if afters != ("",):
            alternatives = [
                alt + after if _LITERAL_RUN.fullmatch(alt) else alt
                for alt in alternatives
                for after in (afters if _LITERAL_RUN.fullmatch(alt) else ("",))
            ]
    else:
        alternatives, optional = [pattern], None
    each = [_literal_starts(alt) for alt in alternatives]
    if not all(all(starts) for starts in each):
        return ()
    stems = tuple(stem for starts in each for stem in starts)
    if optional is not None:
        # The group may be missing: a match may also start with what follows it ("(?:well )?with
        # people" is tried at "with" too).
        rest = _leading_stems(pattern[optional.end() :])
        return stems + rest if rest else ()
    return stems


def _line_ends(text: str, end: int) -> bool:
    """Whether a line break follows ``end`` in the text as written (spaces and tabs aside)."""
    n = len(text)
    while end < n and text[end] in " \t":
        end += 1
    return end < n and text[end] in "\r\n"


def _literal_start(alternative: str, after_group: bool = False) -> str:
    """The letters and spaces ``alternative`` starts with, less a last one made optional or repeated
    by a quantifier: "solutions? (?:to|for)" → "solution", "as an? " → "as a", "as (?:the )?" → "as ".
    A lookbehind takes no text, so the letters go on after it: "in(?<!plug in) (?:a )?" → "in ".
    (A space a match must have stays in the stem: the automaton pass then stops at the word "in"
    only, not inside every "training" or "include".)"""
    stem, pos = _literal_run(alternative, 0, after_group)
    if not stem:
        return ""
    if alternative[pos : pos + 1] in ("?", "*", "{"):
        stem = stem[:-1]
    return stem


def _literal_run(alternative: str, pos: int, after_group: bool = False) -> tuple[str, int]:
    """The letters and spaces at ``pos`` (lookbehinds passed over) and where they end; "" when there
    are none, or when they open with a space and ``after_group`` is False."""
    found = _LITERAL_RUN.match(alternative, pos)
    if found is None or not (after_group or found.group()[0].isalpha()):
        return "", pos
    stem, pos = found.group(), found.end()
    while (lookbehinds := _LOOKBEHINDS.match(alternative, pos)) is not None:
        more = _LITERAL_RUN.match(alternative, lookbehinds.end())
        if more is None:
            break
        stem, pos = stem + more.group(), more.end()
    return stem, pos


def _literal_starts(alternative: str, after_group: bool = False) -> tuple[str, ...]:
    """:func:`_literal_start`, read on through a class of a few plain characters ("in[- ]vitro" →
    "in-vitro", "in vitro") and into a group that is neither optional nor a choice ("the
    (?P<span>development life" → "the development life"), each way the text may go: the automaton pass
    then stops only where a match may start, not at every "in" or "the" of the text. Where more than
    :data:`_MAX_STEMS` ways would be written out, :func:`_literal_start`'s one stem."""
    plain = _literal_start(alternative, after_group)
    if not plain:
        return ("",)
    stem, pos = _literal_run(alternative, 0, after_group)
    starts = _read_on(alternative, stem, pos)
    return starts if starts is not None and len(starts) <= _MAX_STEMS else (plain,)


def _read_on(alternative: str, stem: str, pos: int, depth: int = 0) -> tuple[str, ...] | None:
    """The ways ``stem`` (letters read up to ``pos``) goes on in ``alternative``; None past
    :data:`_MAX_STEMS` ways."""
    if alternative[pos : pos + 1] in _QUANTIFIERS or depth > _MAX_STEMS:
        # (what the quantifier makes optional or repeatable is left out)
        return (stem[:-1] if alternative[pos : pos + 1] in ("?", "*", "{") else stem,)
    chars = _PLAIN_CLASS.match(alternative, pos)
    if chars is not None and alternative[chars.end() : chars.end() + 1] not in _QUANTIFIERS:
        options = chars.group(1)
        if "-" in options[1:-1]:  # a range ("[a-z]"): not written out
            return (stem,)
        out: list[str] = []
        for ch in dict.fromkeys(options):  # (each character once: one try per place, as one stem gave)
            more, after = _literal_run(alternative, chars.end(), after_group=True)
            found = _read_on(alternative, stem + ch + more, after, depth + 1) if more else (stem + ch,)
            if found is None or len(out) + len(found) > _MAX_STEMS:
                return None
            out.extend(found)
        return tuple(out)
    group = _PLAIN_GROUP_OPEN.match(alternative, pos)
    if group is not None:
        close = _group_close(alternative, pos)
        body = alternative[group.end() : close] if close > 0 else ""
        if (
            close > 0
            and alternative[close + 1 : close + 2] not in _QUANTIFIERS
            and "|" not in body
            and "(" not in body
            and "\\" not in body
        ):
            more, after = _literal_run(body, 0, after_group=True)
            if more:
                found = _read_on(body, stem + more, after, depth + 1)
                return found
    return (stem,)


def _group_close(pattern: str, start: int) -> int:
    """The offset of the ")" that closes the group opening at ``start``; -1 when there is none."""
    depth = 0
    escaped = False
    for i in range(start, len(pattern)):
        ch = pattern[i]
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


_MAX_STEMS = 16  # ways a stem is written out at most (each is a key of the automaton)
_PLAIN_CLASS = re.compile(r"\[([a-z -]{2,3})\]")  # "[- ]", "[sz]"
_PLAIN_GROUP_OPEN = re.compile(r"\((?:\?:|\?P<\w+>)")


_QUANTIFIERS = ("?", "*", "+", "{")  # after a group: the group may be missing or repeated
_OPTIONAL_QUANTIFIER = re.compile(r"(?:\?|\*|\{0,?\d*\})\??")  # after a group: it may be missing
_LITERAL_RUN = re.compile(r"[a-z ]+")
_LOOKBEHINDS = re.compile(r"(?:\(\?<[!=][^()\\]*\))+")


# What may stand right before and right after a lower-case name that is a list item.
_LIST_OPENS = re.compile(r"(?:^|[(:\n]|[\n(:][ \t]*[" + BULLET_CLASS + r"])[ \t]*$")
_LIST_CLOSES = re.compile(
    r"[ \t]*(?:[);]|(?:,[ \t]*)?(?:\betc\b|and[ \t]+so[ \t]+on\b|(?:and|or)[ \t]+(?:other|similar)\b)|\.(?:\s|$)|\r?\n|$)"
)


def _lowered_items(lower: str, text: str, matches: list[Match], lowered: list[Match]) -> list[Match]:
    """Add the cased names written in lower case ("spark", "hive", "excel") that stand as items of a
    list of skills: joined by a comma, slash or conjunction to a skill on one side, and to a skill,
    the list's bracket or the line's end on the other ("python, sql, spark, hadoop", "(R, Python,
    spark etc.)", "R, Python, spark, etc."), or after a skill cue at the end of their item ("advanced skills in excel.").
    Prose never counts ("spark creativity", "excel at", "storage, access, and analysis"). Read
    after every other stage, so such a word never blocks a longer name or a list's completion."""
    taken = _Occupancy(len(lower), matches)
    free: list[Match] = []
    for m in lowered:
        if not taken.overlaps(m.start, m.end):
            free.append(m)
            taken.add(m.start, m.end)
    if not free:
        return matches
    items = sorted(matches + free, key=lambda m: m.start)
    # Read on the text as written (same length as ``lower``), where line breaks still show.
    written = text.lower() if len(text) == len(lower) else lower

    def joined(i: int) -> bool:  # a list gap with a separator (not bare spaces) before item i
        if i <= 0 or i >= len(items):
            return False
        s, e = items[i - 1].end, items[i].start
        return _is_list_gap(lower, s, e) and not lower[s:e].isspace() and s < e

    n = len(items)
    left = [joined(i) for i in range(n)]
    right = [joined(i + 1) for i in range(n)]
    closes = [m.lowered and bool(_LIST_CLOSES.match(written, m.end)) for m in items]
    opens = [m.lowered and bool(_LIST_OPENS.search(written, max(0, m.start - 8), m.start)) for m in items]
    accepted = [not m.lowered or (closes[i] and _lowered_cue(lower, written, m)) for i, m in enumerate(items)]
    for i in range(1, n):
        if not accepted[i] and left[i] and accepted[i - 1] and (right[i] or closes[i]):
            accepted[i] = True
    for i in range(n - 2, -1, -1):
        if not accepted[i] and right[i] and accepted[i + 1] and (left[i] or opens[i]):
            accepted[i] = True
    return [m for m, ok in zip(items, accepted) if ok]


_BARE_NOUN_CUES = ("tool", "tools", "language", "languages", "technologies", "software", "stack")


def _lowered_cue(lower: str, written: str, m: Match) -> bool:
    """A skill cue before a lower-case name, on its own line: "proficiency in excel", "Tools: excel";
    not a bare noun ("new tools access") and not a cue on the next line."""
    start = max(0, m.start - 40)
    line = written.rfind("\n", start, m.start)
    before = lower[line + 1 if line >= 0 else start : m.start]
    if before.rstrip().endswith(_BARE_NOUN_CUES):
        return False
    return bool(_CUE_BEFORE.search(before))


# A head word two skills share, written with no modifier of its own ("segmentation",
# "segmentation techniques", "segmentation models"): the words around it tell which one is meant.
# head word -> (skill id, the words that speak for it), for each sense; the match's own skill stays
# where the words tie.
_SENSE_CUES: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    "segmentation": (
        (
            "image_segmentation",
            frozenset(
                "image images imaging vision visual video videos pixel pixels medical mri ct x-ray radiology camera"
                " cameras 2d 3d lidar detection object objects cnn cnns convolutional tracking reconstruction"
                " perception microscopy biomedical satellite scene captioning".split()
            ),
        ),
        (
            "customer_segmentation_models",
            frozenset(
                "customer customers consumer consumers market markets marketing audience audiences user users client"
                " clients behavioral behavioural behavior behaviour churn retention targeting crm campaign campaigns"
                " profiling personalization personalisation lifetime ltv clv propensity pricing sales revenue cohort"
                " demographic demographics survey business mining".split()
            ),
        ),
    ),
    # "modeling" with no noun of its own, given the modifier of a list ("data mining, analytics,
    # modeling", "data analysis and modeling"): a database's design beside warehouses and schemas,
    # statistical modelling beside analysis, mining and forecasting
    "modeling": (
        (
            "data_modeling",
            frozenset(
                "warehouse warehouses warehousing database databases schema schemas etl elt mapping mappings"
                " dimensional erd erds erwin architecture architectures relational table tables star kimball lineage"
                " dictionary dictionaries metadata migration normalization oltp olap mdm sourcing".split()
            ),
        ),
        (
            "statistical_modeling",
            frozenset(
                "mining analysis analyses analytics analytic analyzing statistical statistics forecasting forecast"
                " forecasts exploration exploratory visualization visualizations prediction predictive learning"
                " regression simulation simulations quantitative insights interpretation interpreting interpret"
                " hypothesis experiments pharmacokinetic pharmacodynamic econometric econometrics".split()
            ),
        ),
    ),
    # CRF: a conditional random field in NLP and ML postings, a case report form in clinical ones
    "crf": (
        (
            "probabilistic_graphical_models",
            frozenset(
                "nlp hmm hmms svm svms lda lsi mrf mrfs markov random conditional graphical probabilistic bayesian"
                " sequence sequences labeling labelling tagging ner entity entities parsing tokenization speech"
                " language neural lstm lstms rnn rnns".split()
            ),
        ),
        (
            "case_report_forms",
            frozenset(
                "clinical trial trials edc cdisc sdtm adam cdash study studies protocol protocols patient patients"
                " subject subjects investigator investigators site sites cro cros cdm capture collection case form forms"
                " pharmacovigilance".split()
            ),
        ),
    ),
    # EMR: Amazon's Hadoop service beside AWS and big-data words, an electronic medical record in
    # healthcare ones ("healthcare data (EHR, EMR, billing codes)", "Claims, EMR, and Registry Data")
    "emr": (
        (
            "aws_emr",
            frozenset(
                "aws amazon ec2 s3 rds redshift glue athena lambda sagemaker kinesis dynamodb hadoop spark pyspark"
                " mapreduce hive presto hbase cluster clusters databricks cloud".split()
            ),
        ),
        (
            "electronic_health_records",
            frozenset(
                "ehr ehrs healthcare health clinical claims claim patient patients hospital hospitals medical hl7 fhir"
                " epic cerner meditech registry rwd pharmacy physician physicians sdoh icd billing care provider"
                " providers ambulatory chart charts".split()
            ),
        ),
    ),
}
_SENSE_REACH = 160  # characters each side of the mention, within its line
_CUE_WORD = re.compile(r"[a-z0-9][a-z0-9-]*")


def _choose_senses(
    lower: str, matches: list[Match], senses: dict[str, tuple[tuple[Skill, frozenset[str]], ...]]
) -> list[Match]:
    """Give a mention of a shared head word with no modifier of its own the sense its neighbours
    speak for: "object detection, segmentation and tracking" is image segmentation, "customer
    profiling, segmentation analysis" customer segmentation. Each mention reads at most
    2 × _SENSE_REACH characters."""
    for m in matches:
        space = lower.find(" ", m.start, m.end)
        head = lower[m.start : space if space > 0 else m.end]
        options = senses.get(head[:-1] if head.endswith("s") and head[:-1] in senses else head)  # "segmentations"
        if options is None or not any(m.skill is skill for skill, _ in options):
            continue
        line_start = lower.rfind("\n", max(0, m.start - _SENSE_REACH), m.start) + 1
        line_end = lower.find("\n", m.end, m.end + _SENSE_REACH)
        around = _CUE_WORD.findall(lower, max(line_start, m.start - _SENSE_REACH), m.start)
        around += _CUE_WORD.findall(lower, m.end, line_end if line_end >= 0 else m.end + _SENSE_REACH)
        votes = [(sum(word in cues for word in around), skill) for skill, cues in options]
        best = max(n for n, _ in votes)
        winners = [skill for n, skill in votes if n == best]
        if best and len(winners) == 1 and winners[0] is not m.skill:
            m.skill = winners[0]
    return matches


def _resolve_context(lower: str, matches: list[Match], text: str = "") -> list[Match]:
    """Keep an ambiguous form only next to another accepted skill or after a skill cue."""
    if not any(m.needs_context for m in matches):
        return matches
    if text:  # a town is no tool, wherever it is listed
        matches = [m for m in matches if not (m.needs_context and _STATE_AFTER.match(text, m.end))]
    accepted = [not m.needs_context for m in matches]
    for i, m in enumerate(matches):
        if m.needs_context and _has_cue(lower, m, text):
            accepted[i] = True
    # Acceptance spreads along a list: every match joined by list gaps to an accepted one is
    # accepted. One pass forward and one backward reach the whole chain (a repeated sweep until
    # nothing changes would be quadratic in a long list: "R, R, R, ..., R programming").
    linked = [i > 0 and _is_item_gap(lower, matches[i - 1].end, m.start) for i, m in enumerate(matches)]
    # Two product names listed together vouch for each other ("PC skills (Excel, Access)"): a
    # pair of capitalised names of two tools, not of a spoken language ("English and Spanish" is
    # also a sentence about people) or a field, nor written in lower case.
    if text:
        for i in range(1, len(matches)):
            a, b = matches[i - 1], matches[i]
            if (
                linked[i]
                and a.needs_context
                and b.needs_context
                and a.skill is not b.skill
                and _named_product(text, a)
                and _named_product(text, b)
            ):
                accepted[i - 1] = accepted[i] = True
        # A list of names also runs past one name the taxonomy does not know ("Excel, SharePoint,
        # MS Sales, Outlook", "C++, Python, Obj-C or Swift"), between two product names.
        for i in range(1, len(matches)):
            a, b = matches[i - 1], matches[i]
            if (
                not linked[i]
                and (a.needs_context or b.needs_context)
                and _named_product(text, a)
                and _named_product(text, b)
                and _one_name_between(text, a.end, b.start)
            ):
                linked[i] = True
            # … and past one item in lower case it does not know, between any two of its names ("in
            # hematology, chemistry, blood bank, microbiology": one list of lab sections)
            elif not linked[i] and (a.needs_context or b.needs_context) and _one_item_between(text, a.end, b.start):
                linked[i] = True
    for i in range(1, len(matches)):
        if not accepted[i] and accepted[i - 1] and linked[i] and _neighbour_vouches(text, matches[i], matches[i - 1]):
            accepted[i] = True
    for i in range(len(matches) - 2, -1, -1):
        if (
            not accepted[i]
            and accepted[i + 1]
            and linked[i + 1]
            and _neighbour_vouches(text, matches[i], matches[i + 1])
        ):
            accepted[i] = True
    return [m for m, ok in zip(matches, accepted) if ok]


def _neighbour_vouches(text: str, m: Match, neighbour: Match) -> bool:
    """Whether list neighbour ``neighbour`` vouches for ``m``, a form that needs context. One word of everyday
    English with a software sense, written in lower case ("testing"), takes another sense among methods
    of statistics and models: "A/B testing, ANOVA, regression", "through testing or exploratory data
    analysis", "simulation, testing, and validation" of models test hypotheses or models, while "coding,
    testing and debugging" or "CI/CD, testing" test software. Any other neighbour vouches for it, and so
    does one right after the word with no list mark between, its object: "testing machine learning
    integrations"."""
    if m.skill.category not in _SOFTWARE_KIND or neighbour.skill.category not in _METHODS_KIND or not text:
        return True
    if neighbour.start >= m.end and text[m.end : neighbour.start].isspace():
        return True
    written = text[m.start : m.end]
    return not (written.isalpha() and written.islower())


# The categories of building software, and those of methods of statistics and models, for :func:`_neighbour_vouches`
# (mathematics, data management and analytics straddle the two: "optimization, testing and tooling").
_SOFTWARE_KIND = frozenset(("computer_science", "software_development", "devops_cloud", "mlops_deployment"))
_METHODS_KIND = frozenset(
    (
        "probability_statistics",
        "ml_modelling",
        "nlp_transformers",
        "computer_vision",
        "recommender_systems",
        "time_series",
        "reinforcement_learning",
        "speech_audio",
    )
)


# One capitalised name of one to three words between two list separators: ", MS Sales, ", ", Obj-C or ".
_ONE_NAME_GAP = re.compile(
    r"[ \t]*(?:,|/|;|&)[ \t]*(?:and[ \t]+|or[ \t]+)?[A-Z][\w.+#-]*(?:[ \t][A-Z0-9][\w.+#-]*){0,2}"
    r"[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|/[ \t]*|;[ \t]*|&[ \t]*|and[ \t]+|or[ \t]+)"
)


# One item of one or two words in lower case between two list separators: ", chemistry, ", ", build processes, ",
# " or user experience/" (a pair written with a slash: "computer programming or user experience/user interface").
_ONE_ITEM_GAP = re.compile(
    r"(?:[ \t]*(?:,|;|/)[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+)[a-z][a-z-]*(?:[ \t][a-z][a-z-]*)?"
    r"[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|;[ \t]*|/[ \t]*|and[ \t]+|or[ \t]+)"
)


def _one_item_between(text: str, start: int, end: int) -> bool:
    return 0 < end - start <= 40 and _ONE_ITEM_GAP.fullmatch(text, start, end) is not None


def _one_name_between(text: str, start: int, end: int) -> bool:
    return 0 < end - start <= 40 and _ONE_NAME_GAP.fullmatch(text, start, end) is not None


# Categories whose cased names are no products: languages people speak, credentials, and fields and
# business areas, which lists of departments and degrees name too ("Finance, HR, Supply Chain").
_NOT_PRODUCTS = frozenset(
    ("spoken_languages", "certifications", "domain_knowledge", "life_sciences", "business_communication")
)


def _named_product(text: str, m: Match) -> bool:
    """Whether ``m`` is a tool's name as written: capitalised (or cased inside: "iOS"), not lowered,
    of a product category."""
    if m.lowered or m.skill.category in _NOT_PRODUCTS:
        return False
    written = text[m.start : m.end]
    return written[:1].isupper() or (written[:1].islower() and not written.islower())


# The last word of every _CUE_BEFORE alternative: a window that ends with none of them (once
# spaces and a ":" or "(" are stripped) cannot match, and that test is much cheaper than the
# regex, which tries every position of the window ("R, R, R, ..." has thousands of windows).
_CUE_ENDINGS = (
    "with", "in", "using", "of", "at", "as", "like", "including", "language", "languages", "tool", "tools",
    "use", "utilize", "utilise", "utilizing", "utilising", "leverage", "leveraging",
    "advanced", "strong", "solid", "expert", "intermediate", "in-depth", "hands-on", "microsoft", "ms",
    "office", "products", "suite", "e.g.", "e.g.,", "within", "inside", "especially", "particularly", "specifically", "preferably",
    "mainly", "primarily", "notably", "advance", "skill", "skills", "technologies", "software", "stack",
    "requirement", "requirements", "qualification", "qualifications", "proficiency", "proficiencies",
    "competency", "competencies", "knowledge", "experience", "required", "needed", "used", "preferred",
    "desired", "wanted",
)  # fmt: skip


# A language people speak is asked for by what one does in it: "Ability to speak and write English and
# Turkish fluently", "read, write, speak and understand English", "written and verbal fluency in both
# English and Spanish", "converse in Spanish", "a proficient English speaker", "with Thai-speaking
# clients" (the hire speaks it); not speakers in the plural, people the hire meets ("native and
# non-native English speakers").
_SPOKEN = "spoken_languages"
_SPOKEN_CUE_BEFORE = re.compile(
    r"\b(?:speak|speaks|speaking|read|reads|reading|write|writes|writing|understand|converse|conversing"
    r"|written|verbal|spoken|oral|bilingual|fluent|fluency)"
    r"(?:[ :]+(?:fluently|well|effectively|clearly|and|or|&|in|both))*[ :]+$"
)
_SPOKEN_CUE_AFTER = re.compile(r" +fluently\b|[- ](?:speaking|speaker)\b")
_OPEN_QUOTES = ('"', "\u201c")  # before a quoted name: 'Python or "R"', 'tools like “R”'
# A list item's opening: a bullet, a number, or the "o" that stands for a sub-bullet in text copied
# from a word processor.
_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[" + BULLET_CLASS + r"]|\d{1,2}[.)]|o(?=[ \t]))?[ \t]*$")
_ITEM_AFTER = re.compile(r"[ \t]*[.;,]?[ \t]*(?:\r?\n|$)")


_INITIALS = re.compile(r"\. ?[a-z]\.")  # "R. J. Reynolds": a person's initials, not a language
# A US state after an ambiguous name makes it a town ("a position in Aurora, CO, and …", "the Aurora, CO
# area"), whatever cue or list stands around it; the state closes the phrase (", CA qualification" is a
# credential's).
_US_STATES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA"
    " RI SC SD TN TX UT VT VA WA WV WI WY DC"
).split()
_STATE_AFTER = re.compile(
    r",[ \t]?+(?:" + "|".join(_US_STATES) + r")(?=[,.;:)]|[ \t]*+(?:\n|$)|[ \t]++(?:area|office|metro|based)\b)"
)


def _has_cue(lower: str, m: Match, text: str = "") -> bool:
    if m.end - m.start == 1 and _INITIALS.match(lower, m.end):
        return False
    before = lower[max(0, m.start - 40) : m.start]
    after = lower[m.end : m.end + 20]
    if _CUE_AFTER.match(after) or (
        text
        and (
            _LEVEL_AFTER.match(text, m.end)
            or _USER_AFTER.match(text, m.end)
            or _PRACTICE_AFTER.match(text, m.end, m.end + 20)
        )
    ):
        return True
    if m.skill.category == _SPOKEN and (_SPOKEN_CUE_BEFORE.search(before) or _SPOKEN_CUE_AFTER.match(after)):
        return True
    if before.endswith(_OPEN_QUOTES):  # a quoted name: "languages like “R”"
        before = before[:-1]
    # Cheap test first: a window that ends with no cue's last word cannot match the cue regex
    # (outside ASCII, re.I also folds letters such as "ſ" to these words).
    stripped = before.rstrip().rstrip(":(-–").rstrip()
    if (not before.isascii() or stripped.endswith(_CUE_ENDINGS)) and _CUE_BEFORE.search(before):
        return True
    # A list item that is the name alone ("• Excel"): a skill list, not prose. Read on the
    # unfolded text, where line breaks are still there.
    return bool(text and _ITEM_AFTER.match(text, m.end) and _ITEM_BEFORE.search(text[max(0, m.start - 12) : m.start]))


def _is_list_gap(lower: str, start: int, end: int) -> bool:
    return 0 <= end - start <= 12 and bool(_LIST_GAP.match(lower[start:end]))


# How much an item of a list of names is wanted, in brackets after it: "Python (preferred) or R",
# "Python (primary) and R". A note on the item, not a word of prose between two items.
_LEVEL_NOTE = re.compile(
    r"\s*\((?:(?:most|strongly|highly|much)\s+)?(?:preferred|preferably|required|primary|secondary|desired"
    r"|optional|mandatory|must|ideally|ideal|a\s+plus|plus)\)"
)


def _is_item_gap(lower: str, start: int, end: int) -> bool:
    """A list gap between two names, which may open with a bracketed level note on the first
    ("Python (preferred) or R") and may quote the second ('Python or "R"')."""
    note = _LEVEL_NOTE.match(lower, start, end)
    if note is not None:
        start = note.end()
    while end > start and lower[end - 1] in _OPEN_QUOTES:  # an opening quote
        end -= 1
    return _is_list_gap(lower, start, end)


# "present findings to leadership", "partner with product management": a team or audience, not a
# skill ("reporting experience with Tableau" names a skill: experience, skills... with it).
_AUDIENCE_BEFORE = re.compile(
    r"\b(?=[ceilpruw])(?:collaborat\w*|partner\w*|liais\w*|communicat\w*|present\w*|report\w*|updates?|engag\w*|interfac\w*|coordinat\w*"
    r"|interact\w*|work\w*\s+closely|levels)\s+(?:(?!experience\b|skills?\b|expertise\b|knowledge\b|proficiency\b|tools?\b)\w+\s+)?"
    r"(?:with|to|for|across|of)\s+(?:(?:the|our|your|all|senior|executive|company|key|internal)\s+)*$"
)
# Head nouns that name no skill of their own after another skill: "computer vision algorithms", "Spark APIs".
_COMPOUND_HEADS = {
    "algorithm",
    "algorithms",
    "api",
    "apis",
    "techniques",
    "methods",
    "models",
    "modeling",
    "modelling",
    "frameworks",
    "libraries",
    "tools",
    "pipelines",
    "queries",
    "architecture",
    "programming",
    "development",
}


# Two words glued where a line break was lost: a lower-case letter right before a capital and a lower-case one.
_GLUED_WORDS = re.compile(r"[a-z][A-Z][a-z]")
_AUDIENCE_PREPOSITIONS = frozenset(("with", "to", "for", "across", "of"))
# Verbs whose object is people or systems alike: after them only a group is an audience.
_PEOPLE_OR_SYSTEMS_VERBS = ("interact", "interfac", "engag")
# Categories whose skills also name groups of people (leadership, product management, ...).
_GROUP_CATEGORIES = frozenset(("business_communication", "domain_knowledge"))
_PEOPLE_AFTER = re.compile(
    r"(?:\s+(?:and|or|&)\s+[\w-]+)?\s+(?:teams?|communit(?:y|ies)|groups?|leaders?|leadership|partners?|functions?|organi[sz]ations?|departments?|staff|colleagues)\b"
)
_AUDIENCE_DETERMINERS = frozenset(("the", "our", "your", "all", "senior", "executive", "company", "key", "internal"))


def _named_tool(text: str, lower: str, m: Match) -> bool:
    """A software product written by its name ("Jupyter Notebooks", "GitHub"): what one collaborates or
    reports with, never whom ("Data Visualization & Collaboration with Jupyter Notebooks, Tableau"). Only
    skills with an O*NET technology name count: department names ("Data Science") have none. Its people
    ("collaborate with SQL Admins") and a partner company ("partnerships with AWS") stay an audience."""
    return (
        m.skill.onet is not None
        and _named_product(text, m)
        and not _PEOPLE_AFTER.match(lower, m.end)
        and lower.find("partner", max(0, m.start - 60), m.start) < 0
    )


def _is_audience(cased: str, lower: str, m: Match) -> bool:
    window = max(0, m.start - 60)
    before = lower[window : m.start]
    if not (" with " in before or " to " in before or " for " in before or " across " in before or " of " in before):
        return False
    # What _AUDIENCE_BEFORE needs at the end, tested word by word before the regex: a space, and
    # before any words of _AUDIENCE_DETERMINERS one of _AUDIENCE_PREPOSITIONS, each a whole word.
    if not before[-1:].isspace():
        return False
    words = before.split()
    i = len(words) - 1
    while i >= 0 and words[i] in _AUDIENCE_DETERMINERS:
        i -= 1
    if i < 0 or words[i] not in _AUDIENCE_PREPOSITIONS:
        return False
    cue = _AUDIENCE_BEFORE.search(before)
    if cue is None:
        return False
    if _GLUED_WORDS.search(cased, window + cue.start(), m.start):
        # "… skilled in collaborationFamiliarity with DevOps", "presenting findingsKnowledge of machine learning": the
        # cue's words run into the next item where a line break was lost; what follows is that item's, no audience
        return False
    if cue.group().startswith(_PEOPLE_OR_SYSTEMS_VERBS) or (words[i] == "of" and not cue.group().startswith("levels")):
        # "interact with senior leadership" is an audience, "interacting with RESTful APIs" a skill; after "of"
        # comes what is reported, presented or coordinated ("reporting of KPIs", "presentation of large data
        # sets"), a group only where it is one ("coordination of Sales and Marketing"); "all levels of
        # leadership" stays an audience
        return m.skill.category in _GROUP_CATEGORIES or bool(_PEOPLE_AFTER.match(lower, m.end))
    return True


_LANGUAGE_FOR = re.compile(r"\bsimilar\s+languages?\s+(?:for|aimed\s+at|used\s+for)\s+$")


def _is_purpose_of_a_language(lower: str, m: Match) -> bool:
    """A gerund that says what a language named just before is for: "SQL (or similar language for
    [querying] relational databases)" glosses SQL, it asks for no skill of its own."""
    if not lower.endswith("ing", m.start, m.end) or " " in lower[m.start : m.end]:
        return False
    return bool(_LANGUAGE_FOR.search(lower, max(0, m.start - 30), m.start))


def _is_compound_head(lower: str, matches: list[Match], i: int) -> bool:
    if i == 0 or lower[matches[i].start : matches[i].end] not in _COMPOUND_HEADS:
        return False
    gap = lower[matches[i - 1].end : matches[i].start]
    return gap in (" ", "-")


def _names_something_else(cased: str, matches: list[Match], i: int) -> bool:
    """ "Experian Consumer Services (ECS)": an abbreviation defined here for another name."""
    m = matches[i]
    short = cased[m.start : m.end]
    if len(short) < 2 or not short.isupper():
        return False
    before = cased[m.start - 1] if m.start else ""
    if before != "(" and not before.isspace():
        return False  # the character before is no "(" and no space: not bracketed
    if i > 0 and matches[i - 1].skill is m.skill and cased[matches[i - 1].end : m.start].strip() == "(":
        return False  # "Design of Experiments (DOE)": defined as this very skill
    if not (_char_before(cased, m.start) == "(" and _char_after(cased, m.end) == ")"):
        return False
    words = re.findall(r"[A-Za-z][\w-]*", cased[max(0, m.start - 80) : m.start])[-len(short) :]
    return len(words) == len(short) and "".join(w[0] for w in words).upper() == short


# Adjective compounds whose last word opens a skill's name: "cutting-edge AI" is the newest AI, no edge
# AI; "large-scale AI systems" are big ones, no Scale AI. Keyed by that word, the modifiers before it.
_ADJECTIVE_COMPOUNDS = {
    "edge": re.compile(r"\b(?:cutting|leading|bleeding)[ \t-]*+$"),
    "scale": re.compile(
        r"\b(?:large|larger|small|full|mission|web|planet|enterprise|industrial|production|global|massive)[ \t-]*+$"
    ),
}


_COMPOUND_WORDS = tuple(_ADJECTIVE_COMPOUNDS)


def _ends_an_adjective_compound(lower: str, m: Match) -> bool:
    if not lower.startswith(_COMPOUND_WORDS, m.start):
        return False  # (asked of every candidate: one C call turns nearly all of them away)
    first = lower[m.start : m.end].split(None, 1)[0]
    modifier = _ADJECTIVE_COMPOUNDS.get(first)
    return modifier is not None and modifier.search(lower, max(0, m.start - 12), m.start) is not None


def _abbreviations_of_other_names(cased: str, matches: list[Match]) -> frozenset[str]:
    """The short forms a posting defines for another name than their skill's: the skill spells the short
    form out ("Relational Database Service" for RDS) and the posting's long form shares no word with any
    of its names ("Research Data Specialist (RDS)", "Citi Shared Services (CSS)", "Applied Machine
    Learning (AML)"). There each of them names that thing, in the brackets and wherever the posting uses
    it again ("The RDS will …"), never the skill. A long form spelt another way ("Geospatial Information
    Systems (GIS)"), or a skill that spells nothing out ("General Data Protection Regulation (GDPR)"),
    keeps the skill."""
    found = set()
    for i, m in enumerate(matches):
        if "(" in cased[m.start - 1 : m.start] and _names_something_else(cased, matches, i):
            short = cased[m.start : m.end]
            words, spelt = _name_words(m.skill, short.lower())
            long_form = " ".join(_WORD_RUN.findall(cased, max(0, m.start - 80), m.start)[-len(short) :])
            if spelt and words.isdisjoint(_NAME_WORD.findall(long_form.lower())):
                found.add(short)
    return frozenset(found)


_WORD_RUN = re.compile(r"[A-Za-z][\w-]*")
_NAME_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=4096)
def _skill_words(skill: Skill) -> frozenset[str]:
    """The words of a skill's names ("amazon", "relational", "database", "service", "rds" for Amazon RDS)."""
    return frozenset(w for form in (skill.name, *skill.aliases, *skill.cased) for w in _NAME_WORD.findall(form.lower()))


def _name_words(skill: Skill, short: str) -> tuple[frozenset[str], bool]:
    """:func:`_skill_words`, and whether one of the skill's names spells ``short`` (lower case) out by its
    initials."""
    spelt = any(
        "".join(w[0] for w in _NAME_WORD.findall(form.lower())) == short for form in (skill.name, *skill.aliases)
    )
    return _skill_words(skill), spelt


_WORD = re.compile(r"[a-z][a-z0-9+#]*")
_GAP_AFTER = re.compile(r"\s*(?:,\s*+(?:and\s++|or\s++|&\s*+)?|/\s*+|\s(?:and|or|and ?/ ?or|&|as well as)\s++)")
_GAP_BEFORE = re.compile(r"(?:,\s*|\s*/\s*|,?\s(?:and|or|and ?/ ?or|&|as well as)\s+)$")  # ", and": the Oxford comma


def _next_list_word(lower: str, pos: int) -> tuple[int, int] | None:
    head = lower[pos : pos + 16].lstrip()
    if head and not head.startswith((",", "/", "and", "or", "&", "as well as")):
        return None  # what _GAP_AFTER needs after the spaces is not there
    gap = _GAP_AFTER.match(lower, pos)
    if not gap:
        return None
    word = _WORD.match(lower, gap.end())
    if not word:
        return None
    return word.start(), word.end()


def _prev_list_word(lower: str, pos: int) -> tuple[int, int] | None:
    if pos < 2 or lower[pos - 1] not in " ,/":
        return None
    window_start = max(0, pos - 12)
    window = lower[window_start:pos]
    if not window.rstrip().endswith((",", "/", "and", "or", "&", "as well as")):
        return None  # what _GAP_BEFORE needs before the spaces is not there
    gap = _GAP_BEFORE.search(window)
    if not gap:
        return None
    wend = window_start + gap.start()
    wstart = wend
    while wstart > 0 and (lower[wstart - 1].isalnum() or lower[wstart - 1] in "+#"):
        wstart -= 1
    if wstart == wend or not lower[wstart].isalpha():
        return None
    return wstart, wend


def _is_verb_phrase(lower: str, match: Match) -> bool:
    """Whether a dictionary match of several words stands where a verb phrase does: right after "we"
    (and an adverb) or after a series' comma or conjunction ("We derive insights, [build models]",
    "we [work closely] with"); not after a word that makes it a noun phrase ("apply [design
    thinking]", "including [inventory management]")."""
    return (
        lower.find(" ", match.start, match.end) >= 0
        and _VERB_POSITION.search(lower, max(0, match.start - 40), match.start) is not None
    )


# What stands right before a verb phrase of a sentence: its subject "we", a series' comma or conjunction.
_VERB_POSITION = re.compile(r"(?:\bwe(?:'re|’re)?(?:[ \t]+[a-z]+ly)?|,|\band|\bor)[ \t]+\Z")
