"""The spaCy components. Registered as factories in :mod:`analyzer.factories`."""

from __future__ import annotations

import shutil
from pathlib import Path
from functools import partial
from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from .deadline import check_deadline
from .matching import SkillIndex
from .requirements import SegmentIndex
from .taxonomy import Taxonomy, default_taxonomy_dir
from .tokenizer import TEXT_KEY as _TEXT_KEY

SPANS_KEY = "skills"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc (spaCy rebuilds it from every token on each access)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


# The requirement tagger keeps its findings per span start in ``doc.user_data[REQUIREMENTS_KEY]``
# as (requirement, years, (sentence_start, sentence_end)); the span extensions read from there.
REQUIREMENTS_KEY = "skillgap.requirements"
OFFSETS_KEY = "skillgap.offsets"
_FIELDS = {"requirement": 0, "years": 1, "segment": 2}


def _register_extensions() -> None:
    for name, index in _FIELDS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, getter=partial(_span_field, index=index))


def _span_field(span: Span, index: int):
    info = span.doc.user_data.get(REQUIREMENTS_KEY, {}).get(span.start_char)
    return info[index] if info else None


class SkillMatcher:
    """Finds taxonomy skills: ``doc.spans[spans_key]``, one span per mention.

    ``span.id_`` is the skill id, ``span.label_`` its category. The taxonomy travels with the
    pipeline: ``to_disk`` copies its files, ``from_disk`` reads them back.
    """

    def __init__(self, nlp: Language, name: str = "skill_matcher", *, spans_key: str = SPANS_KEY):
        self.name = name
        self.spans_key = spans_key
        self._index: SkillIndex | None = None
        self._taxonomy_dir: Path | None = None
        _register_extensions()

    @property
    def index(self) -> SkillIndex:
        if self._index is None:
            self.set_taxonomy(Taxonomy.load(self._taxonomy_dir))
        assert self._index is not None
        return self._index

    @property
    def taxonomy(self) -> Taxonomy:
        return self.index.taxonomy

    def set_taxonomy(self, taxonomy: Taxonomy) -> None:
        self._index = SkillIndex(taxonomy)
        self._taxonomy_dir = Path(taxonomy.source) if taxonomy.source else None

    def initialize(
        self,
        get_examples: Callable[[], Iterable] | None = None,
        *,
        nlp: Language | None = None,
        taxonomy_dir: str | None = None,
    ) -> None:
        self._taxonomy_dir = Path(taxonomy_dir) if taxonomy_dir else None
        self._index = None
        _ = self.index

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for m in self.index.find(doc_text(doc)):
            check_deadline()
            # The boundary tokenizer makes every match token-aligned, so offsets stay exact.
            span = doc.char_span(m.start, m.end, label=m.skill.category, alignment_mode="expand")
            if span is None:
                continue
            span.id_ = m.skill.id
            spans.append(span)
        doc.spans[self.spans_key] = spans
        # Offsets for the requirement tagger, which would otherwise rebuild every Span to read them.
        doc.user_data[OFFSETS_KEY] = (self.spans_key, [(s.start_char, s.end_char, s.id_) for s in spans])
        return doc

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        source = Path(self.taxonomy.source or default_taxonomy_dir())
        target = path / "taxonomy"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.md", "__pycache__", "*.py"))

    def from_disk(self, path, *, exclude=tuple()) -> "SkillMatcher":
        self.set_taxonomy(Taxonomy.load(Path(path) / "taxonomy"))
        return self


class RequirementTagger:
    """Marks each skill span as required, preferred or unspecified, with years of experience.

    Gives ``span._.requirement``, ``span._.years`` and ``span._.segment`` (character offsets of
    the line or sentence the mention sits in: the evidence shown in gap reports).
    """

    def __init__(self, nlp: Language, name: str = "requirement_tagger", *, spans_key: str = SPANS_KEY):
        self.name = name
        self.spans_key = spans_key
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        offsets = self._offsets(doc)
        if not offsets:
            return doc
        segments = SegmentIndex(doc_text(doc))
        found = doc.user_data.setdefault(REQUIREMENTS_KEY, {})
        for start, end, _ in offsets:
            check_deadline()
            seg = segments.segment_at(start)
            if seg is None:
                found[start] = ("unspecified", None, (start, end))
            else:
                found[start] = (seg.level, segments.years_for(start, end, seg), (seg.sentence_start, seg.sentence_end))
        return doc

    def _offsets(self, doc: Doc) -> list[tuple[int, int, str]]:
        return span_offsets(doc, self.spans_key)


def span_offsets(doc: Doc, spans_key: str = SPANS_KEY) -> list[tuple[int, int, str]]:
    """(start_char, end_char, skill id) of each skill span, without building every Span again.

    The matcher leaves them in ``doc.user_data``; if the span group was changed since, they are
    read from the spans."""
    cached = doc.user_data.get(OFFSETS_KEY)
    if spans_key not in doc.spans:
        return []
    group = doc.spans[spans_key]
    if cached and cached[0] == spans_key and len(cached[1]) == len(group):
        return cached[1]
    return [(s.start_char, s.end_char, s.id_) for s in group]
