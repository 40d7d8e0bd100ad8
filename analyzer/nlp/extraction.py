"""From posting text to skill mentions and degree requirements: the records ``skillgap extract`` writes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..deadline import DEFAULT_TIME_LIMIT, check_deadline, posting_deadline
from ..errors import PostingTimeoutError
from ..records import MAX_POSTING_CHARS, InputRow, OtherPhrase, PostingResult, SkillMention, check_text, encodable
from ..taxonomy import Skill
from .components import (
    REQUIREMENTS_KEY,
    Finding,
    RequirementTagger,
    SkillMatcher,
    doc_text,
    requirement_findings,
    span_offsets,
)
from .education import split_education
from .matching import Match
from .pipeline import MATCHER_NAME, TAGGER_NAME, default_pipeline, pipeline_taxonomy
from .requirements import segment_index
from .slots import other_phrases
from .tokenizer import BoundaryTokenizer

# spaCy keeps every new word in the vocabulary (a Lexeme and a string) for the life of the
# pipeline, so postings full of new words grow memory without end. Once the vocabulary holds this
# many strings (about 50 MB), the pipeline starts a fresh one; postings share most of their words,
# so 6,865 real postings stay below it and the tokenizer's cache keeps its speed.
PERMANENT_STRINGS = 100_000

__all__ = [
    "MAX_POSTING_CHARS",
    "analyse_row",
    "extract_many",
    "extract_rows",
    "extract_skills",
    "mentions_from_doc",
    "other_from_doc",
]


def mentions_from_doc(doc: Doc, nlp: Language | None = None) -> list[SkillMention]:
    skills = pipeline_taxonomy(nlp or default_pipeline()).skills
    return mentions_at(doc_text(doc), span_offsets(doc), doc.user_data.get(REQUIREMENTS_KEY, {}), skills)


def mentions_at(
    text: str, offsets: list[tuple[int, int, str]], found: dict[int, Finding], skills: Mapping[str, Skill]
) -> list[SkillMention]:
    """One :class:`SkillMention` per (start, end, skill id) of ``text``, with the requirement
    tagger's ``found`` findings (see :func:`.components.requirement_findings`)."""
    out = []
    for start, end, skill_id in offsets:
        skill = skills[skill_id]
        requirement, years, (seg_start, seg_end) = found.get(start) or ("unspecified", None, (start, end))
        out.append(
            SkillMention(
                skill=skill.name,
                skill_id=skill.id,
                category=skill.category,
                start=start,
                end=end,
                text=text[start:end],
                requirement=requirement,
                years=years,
                segment_start=seg_start,
                segment_end=seg_end,
                esco=skill.esco,
                onet=skill.onet,
            )
        )
    return out


def other_from_doc(doc: Doc, mentions: list[SkillMention] | None = None) -> list[OtherPhrase]:
    """Phrases in skill slots of ``doc`` that no skill span covers (see :mod:`.slots`)."""
    spans = [(m.start, m.end) for m in mentions] if mentions is not None else [(s, e) for s, e, _ in span_offsets(doc)]
    text = doc_text(doc)
    return other_phrases(text, spans, segment_index(text))


def extract_skills(text: str, nlp: Language | None = None) -> list[SkillMention]:
    """Skill mentions in one posting.

    >>> [(m.skill, m.requirement, m.years) for m in extract_skills("Requirements: 3+ years of Python.")]
    [('Python', 'required', 3.0)]
    """
    nlp = nlp or default_pipeline()
    bound_vocabulary(nlp)
    text = encodable(text)
    return split_education(text, mentions_from_doc(nlp(text), nlp), segment_index(text))[0]


def bound_vocabulary(nlp: Language) -> None:
    """Give ``nlp`` a fresh vocabulary (and a tokenizer on it) once the current one holds
    :data:`PERMANENT_STRINGS` strings; Docs made before keep the old one alive until they go.

    A fresh vocabulary, not spaCy's ``memory_zone``: a zone on the shared vocabulary frees the
    words of every Doc made during it, also those of a Doc another dashboard session is still
    reading, and with a zone per posting memory still grew (115 to 221 MB over 10,000 postings of
    new words, the vocabulary's index keeping an entry per word). Only skillgap's own tokenizer is
    renewed; nothing in the pipeline keeps the vocabulary (span labels and ids go to each Doc's)."""
    vocab = nlp.vocab
    if len(vocab.strings) < PERMANENT_STRINGS or not isinstance(nlp.tokenizer, BoundaryTokenizer):
        return
    fresh = Vocab(
        lex_attr_getters=vocab.lex_attr_getters,  # type: ignore[attr-defined]
        lookups=vocab.lookups,
        writing_system=vocab.writing_system,
        get_noun_chunks=vocab.get_noun_chunks,
    )
    nlp.tokenizer = BoundaryTokenizer(fresh)
    nlp.vocab = fresh


def extract_many(
    items: Iterable[tuple[str, object]],
    nlp: Language | None = None,
    keep_text: bool = False,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
) -> Iterator[PostingResult]:
    """Extract from ``(id, text)`` pairs, yielding one result per pair, in order, never skipping one."""
    rows = (InputRow(str(pid), text) for pid, text in items)  # type: ignore[arg-type]
    return extract_rows(rows, nlp, keep_text, time_limit)


def extract_rows(
    rows: Iterable[InputRow],
    nlp: Language | None = None,
    keep_text: bool = False,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
) -> Iterator[PostingResult]:
    """One :class:`PostingResult` per input row, in order; unreadable rows keep their error, and
    so does a row that takes longer than ``time_limit`` seconds (None: no limit)."""
    nlp = nlp or default_pipeline()
    nlp.max_length = max(nlp.max_length, MAX_POSTING_CHARS)
    for row in rows:
        yield analyse_row(nlp, row, keep_text, time_limit)


def analyse_row(
    nlp: Language, row: InputRow, keep_text: bool = False, time_limit: float | None = DEFAULT_TIME_LIMIT
) -> PostingResult:
    text = row.text
    kept = text if keep_text and isinstance(text, str) else None
    problem = row.error or check_text(text)
    if problem or not isinstance(text, str):  # check_text refuses every non-string
        return PostingResult(row.id, [], problem or "posting text is missing", kept)
    try:
        safe = encodable(text)
        with posting_deadline(time_limit):
            mentions = _mentions(nlp, safe)
            # Fields named only in a degree requirement are education, not skills of the posting.
            # The same segment index as the components' (cached for this very string).
            segments = segment_index(safe)
            mentions, education = split_education(safe, mentions, segments)
            other = other_phrases(safe, [(m.start, m.end) for m in mentions], segments)
    except PostingTimeoutError as e:
        return PostingResult(row.id, [], str(e), kept)
    except Exception as e:  # noqa: BLE001 - one bad row must not stop a batch; the error is reported on the row
        return PostingResult(row.id, [], f"could not analyse this posting: {type(e).__name__}: {e}", kept)
    return PostingResult(row.id, mentions, None, kept, education=education, other=other)


def _mentions(nlp: Language, text: str) -> list[SkillMention]:
    """The skill mentions of one posting, as ``mentions_from_doc(nlp(text), nlp)`` gives them.

    skillgap's own pipeline (its tokenizer and exactly its two components) needs no Doc for that:
    the tokenizer cuts at every boundary a match can have, so each span has its match's offsets,
    and the records are made of offsets, skill ids and the tagger's findings. The components' own
    work is run on the text directly, which saves tokenizing (about a tenth of the time) and keeps
    the vocabulary from growing. Any other pipeline runs as a whole.
    """
    matcher = _plain_matcher(nlp)
    offsets = (
        _span_offsets(text, matcher.matches(text)) if matcher is not None and len(text) <= nlp.max_length else None
    )
    if matcher is None or offsets is None:
        bound_vocabulary(nlp)
        return mentions_from_doc(nlp(text), nlp)
    return mentions_at(text, offsets, requirement_findings(text, offsets), matcher.taxonomy.skills)


# The boundary tokenizer's tokens within a word: a run of letters and digits, a run of "+"/"#", or
# one other character. A match inside a glued word ("thePython") becomes a span of the whole token.
_PLUS = "+#"
_MAX_GLUED = 64  # characters a span may grow by on one side; beyond, the Doc is made (keeps this linear)


def _span_offsets(text: str, matches: list[Match]) -> list[tuple[int, int, str]] | None:
    """(start, end, skill id) of the span ``doc.char_span(m.start, m.end, alignment_mode="expand")``
    would give each match in skillgap's Doc of ``text``; None when a match is not plainly inside
    word tokens (it starts or ends on whitespace, or grows past ``_MAX_GLUED`` characters)."""
    out = []
    n = len(text)
    for m in matches:
        check_deadline()
        start, end = m.start, m.end
        if not 0 <= start < end <= n:
            return None
        first, last = text[start], text[end - 1]
        if first.isspace() or last.isspace():
            return None
        floor, ceiling = max(0, start - _MAX_GLUED), min(n, end + _MAX_GLUED)
        if first.isalnum():
            while start > floor and text[start - 1].isalnum():
                start -= 1
        elif first in _PLUS:
            while start > floor and text[start - 1] in _PLUS:
                start -= 1
        if last.isalnum():
            while end < ceiling and text[end].isalnum():
                end += 1
        elif last in _PLUS:
            while end < ceiling and text[end] in _PLUS:
                end += 1
        if (start == floor > 0 and (first.isalnum() or first in _PLUS)) or (
            end == ceiling < n and (last.isalnum() or last in _PLUS)
        ):
            return None  # glued to a run longer than the bound: let the tokenizer say where it ends
        out.append((start, end, m.skill.id))
    return out


def _plain_matcher(nlp: Language) -> SkillMatcher | None:
    """The skill matcher of ``nlp`` when ``nlp`` is skillgap's own pipeline, unchanged: the boundary
    tokenizer, then the matcher and the requirement tagger on the same span group, nothing else."""
    if type(nlp.tokenizer) is not BoundaryTokenizer or nlp.pipe_names != [MATCHER_NAME, TAGGER_NAME]:
        return None
    matcher, tagger = nlp.get_pipe(MATCHER_NAME), nlp.get_pipe(TAGGER_NAME)
    if type(matcher) is not SkillMatcher or type(tagger) is not RequirementTagger:
        return None
    return matcher if matcher.spans_key == tagger.spans_key else None
