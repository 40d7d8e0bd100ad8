"""The spaCy components. Registered as factories (with their Span extensions) in :mod:`.registry`."""

from __future__ import annotations

import gc
import shutil
import tempfile
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from ..deadline import check_deadline
from ..taxonomy import Taxonomy, default_taxonomy_dir
from .context import in_context
from .matching import SkillIndex
from .requirements import segment_index
from .tokenizer import TEXT_KEY as _TEXT_KEY

SPANS_KEY = "skills"


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a large structure is built (the skill index: some
    300,000 objects). Left on, it walks every object built so far again at each full collection,
    a third of the build's time; the build leaves no cycles of garbage behind to collect."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build_index(taxonomy: Taxonomy) -> SkillIndex:
    """The skill index of ``taxonomy``, built with the garbage collector paused."""
    with _collector_paused():
        return SkillIndex(taxonomy)


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
#: Which field of a requirement entry each Span extension reads (see :mod:`.registry`).
REQUIREMENT_FIELDS = {"requirement": 0, "years": 1, "segment": 2}


def span_field(span: Span, index: int):
    """Field ``index`` of the requirement tagger's finding for ``span`` (None when untagged)."""
    info = span.doc.user_data.get(REQUIREMENTS_KEY, {}).get(span.start_char)
    return info[index] if info else None


class SkillSpans(SpanGroup):
    """The matcher's span group: a SpanGroup that counts the changes made to it in place.

    The matcher caches the offsets and ids of the spans it wrote; :func:`span_offsets` trusts that
    cache only for this very group with no change since (``edits == 0``), so an edited group never
    yields a stale skill id, and the common case costs no Span object at all.
    """

    __slots__ = ("edits",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.edits = 0

    def __setitem__(self, i, span):
        self.edits += 1
        super().__setitem__(i, span)

    def __delitem__(self, i):
        self.edits += 1
        super().__delitem__(i)

    def __iadd__(self, other):
        self.edits += 1
        return super().__iadd__(other)

    def append(self, span: Span) -> None:
        self.edits += 1
        super().append(span)

    def extend(self, spans) -> None:
        self.edits += 1
        super().extend(spans)

    def from_bytes(self, bytes_data: bytes) -> SpanGroup:
        self.edits += 1
        return super().from_bytes(bytes_data)


def _taxonomy_files(root: Path) -> list[Path]:
    """The data files of a taxonomy folder (what saving a pipeline keeps), in a stable order."""
    return sorted(p for p in root.rglob("*.jsonl") if "__pycache__" not in p.parts)


class SkillMatcher:
    """Finds taxonomy skills: ``doc.spans[spans_key]``, one span per mention.

    ``span.id_`` is the skill id, ``span.label_`` its category. The bundled taxonomy is used until
    :meth:`set_taxonomy` gives another (the one way to change it; :func:`~.pipeline.build_pipeline`
    calls it). The taxonomy travels with the pipeline: ``to_disk``/``to_bytes`` keep its files,
    ``from_disk``/``from_bytes`` read them back.
    """

    def __init__(self, nlp: Language, name: str = "skillgap_skill_matcher", *, spans_key: str = SPANS_KEY):
        self.name = name
        self.spans_key = spans_key
        self._index: SkillIndex | None = None

    @property
    def index(self) -> SkillIndex:
        if self._index is None:
            self._index = _build_index(Taxonomy.load())
        return self._index

    @property
    def taxonomy(self) -> Taxonomy:
        return self.index.taxonomy

    def set_taxonomy(self, taxonomy: Taxonomy) -> None:
        self._index = _build_index(taxonomy)

    def initialize(self, get_examples: Callable[[], Iterable] | None = None, *, nlp: Language | None = None) -> None:
        _ = self.index  # build the index now rather than on the first document

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        offsets = []
        text = doc_text(doc)
        # The sections decide where task phrasings and context rules count; the requirement
        # tagger reuses the same cached index.
        segments = segment_index(text)
        char_span = doc.char_span
        for m in in_context(text, self.index.find(text, segments=segments), segments):
            check_deadline()
            # The boundary tokenizer makes every match token-aligned, so offsets stay exact.
            skill = m.skill
            span = char_span(m.start, m.end, label=skill.category, alignment_mode="expand", span_id=skill.id)
            if span is None:
                continue
            spans.append(span)
            offsets.append((span.start_char, span.end_char, skill.id))
        group = doc.spans[self.spans_key] = SkillSpans(doc, name=self.spans_key, spans=spans)
        # Offsets for the requirement tagger and extraction, kept with the group they came from.
        doc.user_data[OFFSETS_KEY] = (self.spans_key, group, offsets)
        return doc

    def _source(self) -> Path:
        return Path(self.taxonomy.source or default_taxonomy_dir())

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        target = path / "taxonomy"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(self._source(), target, ignore=shutil.ignore_patterns("*.md", "__pycache__", "*.py"))

    def from_disk(self, path, *, exclude=tuple()) -> SkillMatcher:
        self.set_taxonomy(Taxonomy.load(Path(path) / "taxonomy"))
        return self

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        """The taxonomy's data files (relative path -> bytes), msgpack-encoded."""
        root = self._source()
        return srsly.msgpack_dumps({p.relative_to(root).as_posix(): p.read_bytes() for p in _taxonomy_files(root)})

    def from_bytes(self, data: bytes, *, exclude=tuple()) -> SkillMatcher:
        # The taxonomy loader reads a folder: unpack the files into one that lives as long as this
        # component (the taxonomy's ``source``, which a later to_disk/to_bytes copies from).
        files = srsly.msgpack_loads(data)
        folder = Path(tempfile.mkdtemp(prefix="skillgap-taxonomy-"))
        weakref.finalize(self, shutil.rmtree, folder, ignore_errors=True)
        for relative, content in files.items():
            target = (folder / relative).resolve()
            if folder.resolve() not in target.parents:
                raise ValueError(f"taxonomy file outside the taxonomy folder: {relative!r}")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        self.set_taxonomy(Taxonomy.load(folder))
        return self


class RequirementTagger:
    """Marks each skill span as required, preferred or unspecified, with years of experience.

    Gives ``span._.skillgap_requirement``, ``span._.skillgap_years`` and ``span._.skillgap_segment``
    (character offsets of the line or sentence the mention sits in: the evidence shown in gap reports).
    """

    def __init__(self, nlp: Language, name: str = "skillgap_requirement_tagger", *, spans_key: str = SPANS_KEY):
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        offsets = self._offsets(doc)
        if not offsets:
            return doc
        segments = segment_index(doc_text(doc))
        found = doc.user_data.setdefault(REQUIREMENTS_KEY, {})
        for start, end, _ in offsets:
            check_deadline()
            seg = segments.segment_at(start)
            if seg is None:
                found[start] = ("unspecified", None, (start, end))
            else:
                # A glued token ("pipelinesExperience") can run across a sentence break: the
                # evidence then takes in the sentence its last character sits in too.
                last = segments.segment_at(end - 1) if end > seg.sentence_end else None
                evidence_end = max(end, last.sentence_end if last is not None else seg.sentence_end)
                found[start] = (seg.level, segments.years_for(start, end, seg), (seg.sentence_start, evidence_end))
        return doc

    def _offsets(self, doc: Doc) -> list[tuple[int, int, str]]:
        return span_offsets(doc, self.spans_key)


def span_offsets(doc: Doc, spans_key: str = SPANS_KEY) -> list[tuple[int, int, str]]:
    """(start_char, end_char, skill id) of each skill span, without building every Span again.

    The matcher leaves them in ``doc.user_data`` together with the :class:`SkillSpans` group it
    wrote; they are used only while ``doc.spans[spans_key]`` is still that very group with no
    change made to it (a span replaced, added or removed). Otherwise they are read from the spans.
    """
    if spans_key not in doc.spans:
        return []
    group = doc.spans[spans_key]
    cached = doc.user_data.get(OFFSETS_KEY)
    if cached and cached[0] == spans_key and cached[1] is group and group.edits == 0:
        return cached[2]
    return [(s.start_char, s.end_char, s.id_) for s in group]
