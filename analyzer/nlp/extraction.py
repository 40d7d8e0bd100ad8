"""From posting text to skill mentions and degree requirements: the records ``skillgap extract`` writes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..deadline import DEFAULT_TIME_LIMIT, check_deadline, posting_deadline
from ..errors import PostingTimeoutError
from ..records import (
    MAX_POSTING_CHARS,
    PIECE_CHARS,
    EducationAsk,
    InputRow,
    OtherPhrase,
    PostingResult,
    SkillMention,
    check_text,
    encodable,
)
from .asks import plausible_asks
from .components import REQUIREMENTS_KEY, doc_text, span_offsets
from .echoes import with_echoes
from .education import split_education
from .pipeline import default_pipeline, pipeline_taxonomy
from .requirements import segment_index
from .slots import slotted_phrases
from .tokenizer import BoundaryTokenizer
from .unlisted import promote_unlisted, taxonomy_names

# spaCy keeps every new word in the vocabulary (a Lexeme and a string) for the life of the
# pipeline, so postings full of new words grow memory without end. Once the vocabulary holds this
# many strings (about 50 MB), the pipeline starts a fresh one; postings share most of their words,
# so 6,865 real postings stay below it and the tokenizer's cache keeps its speed.
PERMANENT_STRINGS = 100_000

# Where a piece may end, best first; each is searched for in the second half of the piece only.
_PIECE_BREAKS = ("\n\n", "\n", ". ", " ")
# A heading carried over to the next piece is at most this long (a longer line is no heading).
_CARRIED_HEADING_CHARS = 200

__all__ = [
    "MAX_POSTING_CHARS",
    "analyse_row",
    "extract_many",
    "extract_rows",
    "extract_skills",
    "mentions_from_doc",
    "piece_bounds",
    "read_posting",
    "with_unlisted",
]


def mentions_from_doc(doc: Doc, nlp: Language | None = None) -> list[SkillMention]:
    skills = pipeline_taxonomy(nlp or default_pipeline()).skills
    found = doc.user_data.get(REQUIREMENTS_KEY, {})
    text = doc_text(doc)
    out = []
    for start, end, skill_id in span_offsets(doc):
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


def with_unlisted(
    text: str, mentions: list[SkillMention], nlp: Language | None = None
) -> tuple[list[SkillMention], list[OtherPhrase]]:
    """The taxonomy ``mentions`` with the posting's unlisted skills added (:mod:`.unlisted`; never a
    name the pipeline's taxonomy knows), and the slot phrases that stay open vocabulary (``other``)."""
    segments = segment_index(text)
    slotted = slotted_phrases(text, [(m.start, m.end) for m in mentions], segments)
    known = taxonomy_names(pipeline_taxonomy(nlp or default_pipeline()))
    found, other = promote_unlisted(text, mentions, slotted, segments, known)
    # Only what a job seeker can act on stays open vocabulary (after promotion: skills are unchanged).
    return found, plausible_asks(text, other, [(m.start, m.end) for m in found], known, segments)


def extract_skills(text: str, nlp: Language | None = None) -> list[SkillMention]:
    """Skill mentions in one posting.

    >>> [(m.skill, m.requirement, m.years) for m in extract_skills("Requirements: 3+ years of Python.")]
    [('Python', 'required', 3.0)]
    """
    return read_posting(nlp or default_pipeline(), encodable(text))[0]


Findings = tuple[list[SkillMention], list[EducationAsk], list[OtherPhrase]]


def read_posting(nlp: Language, text: str) -> Findings:
    """The skill mentions, degree asks and open-vocabulary phrases of one posting (``text`` has
    passed :func:`~analyzer.records.encodable`). A posting over :data:`PIECE_CHARS` characters is
    read piece by piece (:func:`piece_bounds`), each piece under the heading the one before it ended
    in, with every offset into the whole text; the time limit is checked before each piece."""
    if len(text) <= PIECE_CHARS:
        bound_vocabulary(nlp)
        return _read_whole(nlp, text)
    mentions: list[SkillMention] = []
    education: list[EducationAsk] = []
    other: list[OtherPhrase] = []
    heading = ""
    for start, end in piece_bounds(text):
        check_deadline()
        bound_vocabulary(nlp)
        # The piece goes on under its heading: "Requirements:" in one piece, its items in the next.
        piece = heading + text[start:end]
        found, asks, phrases = _read_whole(nlp, piece)
        lead, shift = len(heading), start - len(heading)
        # What the carried heading itself names was found in the piece it stands in.
        mentions += [_moved_mention(m, shift, start) for m in found if m.start >= lead]
        education += [_moved_ask(a, shift) for a in asks if a.start >= lead]
        other += [replace(p, start=p.start + shift, end=p.end + shift) for p in phrases if p.start >= lead]
        at = segment_index(piece).heading_at_end()
        heading = piece[at[0] : at[1]].strip() + "\n" if at and at[1] - at[0] <= _CARRIED_HEADING_CHARS else ""
    return mentions, education, other


def piece_bounds(text: str, size: int = PIECE_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of the pieces ``text`` is read in: consecutive, covering it, each at most ``size``
    characters, each but the last ending at the best break of :data:`_PIECE_BREAKS` in its second half
    (else at ``size``: a run with no space at all)."""
    start = 0
    while len(text) - start > size:
        end = start + size
        for mark in _PIECE_BREAKS:
            cut = text.rfind(mark, start + size // 2, start + size)
            if cut >= 0:
                end = cut + len(mark)
                break
        yield start, end
        start = end
    yield start, len(text)


def _read_whole(nlp: Language, text: str) -> Findings:
    doc = nlp(text)
    # Fields named only in a degree requirement are education, not skills of the posting.
    # The same segment index as the components' (cached for this very string).
    segments = segment_index(text)
    mentions, education = split_education(text, mentions_from_doc(doc, nlp), segments)
    # A skill named elsewhere and echoed by its bare verb in a requirement is asked for.
    mentions, other = with_unlisted(text, with_echoes(text, mentions, segments), nlp)
    return mentions, education, other


def _moved_mention(m: SkillMention, shift: int, piece_start: int) -> SkillMention:
    # (evidence never reaches back into the carried heading: a heading ends its line)
    return replace(
        m,
        start=m.start + shift,
        end=m.end + shift,
        segment_start=max(m.segment_start + shift, piece_start),
        segment_end=max(m.segment_end + shift, piece_start),
    )


def _moved_ask(a: EducationAsk, shift: int) -> EducationAsk:
    return replace(
        a,
        start=a.start + shift,
        end=a.end + shift,
        fields_start=a.fields_start + shift,
        fields_end=a.fields_end + shift,
    )


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
        with posting_deadline(time_limit):
            mentions, education, other = read_posting(nlp, encodable(text))
    except PostingTimeoutError as e:
        return PostingResult(row.id, [], str(e), kept)
    except Exception as e:  # noqa: BLE001 - one bad row must not stop a batch; the error is reported on the row
        return PostingResult(row.id, [], f"could not analyse this posting: {type(e).__name__}: {e}", kept)
    return PostingResult(row.id, mentions, None, kept, education=education, other=other)
