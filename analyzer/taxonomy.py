"""The skill taxonomy: categories from the ML-engineer interview and the skills under them.

The data lives in reviewable JSON Lines files (``data/taxonomy/``, described in its README):
``categories.jsonl``, ``rounds.jsonl`` and one ``skills/*.jsonl`` file per area. This module
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
    "esco",
    "onet",
    "note",
}
CATEGORY_FIELDS = {"id", "name", "kind", "rounds", "description"}
TASK_FIELDS = {"skill", "verbs", "objects", "span", "not_after", "note"}
#: Which words of a task phrase its mention covers (see ``tasks.jsonl`` in data/taxonomy/README.md).
TASK_SPANS = ("phrase", "verb", "object")
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
    note: str | None = None


@dataclass
class Taxonomy:
    categories: dict[str, Category]
    skills: dict[str, Skill]
    rounds: dict[str, Round] = field(default_factory=dict)
    source: str = ""
    tasks: tuple[TaskRule, ...] = ()

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
        return cls(categories=categories, skills=skills, rounds=rounds, source=str(root), tasks=tasks)


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
    for word in not_after:
        if not _TASK_WORD_RE.match(word):
            raise ValueError(f"not_after word {word!r} must be one lower-case word")
    span = _str(record, "span", False) or "phrase"
    if span not in TASK_SPANS:
        raise ValueError(f"field 'span' must be one of {', '.join(TASK_SPANS)}")
    return TaskRule(
        skill=_str(record, "skill") or "",
        verbs=words["verbs"],
        objects=words["objects"],
        span=span,
        not_after=not_after,
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


def _patterns(record: dict) -> tuple[str, ...]:
    patterns = _str_list(record, "patterns")
    for pattern in patterns:
        if "(?P" in pattern or pattern != pattern.lower():
            raise ValueError(f"pattern {pattern!r} must be lower case and use no named groups")
        try:
            compiled = re.compile(pattern)
        except re.error as e:
            raise ValueError(f"pattern {pattern!r} is not a valid regular expression ({e})") from None
        if compiled.match(""):
            raise ValueError(f"pattern {pattern!r} matches empty text")
    return patterns


def _make_skill(record: dict) -> Skill:
    needs_context = record.get("needs_context", False)
    if not isinstance(needs_context, bool):
        raise TypeError("field 'needs_context' must be true or false")
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
        esco=_str(record, "esco", False),
        onet=_str(record, "onet", False),
        note=_str(record, "note", False),
    )
