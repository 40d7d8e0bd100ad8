"""From posting text to skill mentions: the records ``skillgap extract`` writes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..records import MAX_POSTING_CHARS, InputRow, OtherPhrase, PostingResult, SkillMention, check_text, encodable
from .components import REQUIREMENTS_KEY, doc_text, span_offsets
from .pipeline import default_pipeline, pipeline_taxonomy
from .requirements import segment_index
from .slots import other_phrases

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
    return mentions_from_doc(nlp(encodable(text)), nlp)


def extract_many(
    items: Iterable[tuple[str, object]], nlp: Language | None = None, keep_text: bool = False
) -> Iterator[PostingResult]:
    """Extract from ``(id, text)`` pairs, yielding one result per pair, in order, never skipping one."""
    return extract_rows((InputRow(str(pid), text) for pid, text in items), nlp, keep_text)  # type: ignore[arg-type]


def extract_rows(
    rows: Iterable[InputRow], nlp: Language | None = None, keep_text: bool = False
) -> Iterator[PostingResult]:
    """One :class:`PostingResult` per input row, in order; unreadable rows keep their error."""
    nlp = nlp or default_pipeline()
    if nlp.max_length < MAX_POSTING_CHARS:
        nlp.max_length = MAX_POSTING_CHARS
    for row in rows:
        yield analyse_row(nlp, row, keep_text)


def analyse_row(nlp: Language, row: InputRow, keep_text: bool = False) -> PostingResult:
    text = row.text
    kept = text if keep_text and isinstance(text, str) else None
    problem = row.error or check_text(text)
    if problem or not isinstance(text, str):  # check_text refuses every non-string
        return PostingResult(row.id, [], problem or "posting text is missing", kept)
    try:
        doc = nlp(encodable(text))
        mentions = mentions_from_doc(doc, nlp)
        other = other_from_doc(doc, mentions)
    except Exception as e:  # noqa: BLE001 - one bad row must not stop a batch; the error is reported on the row
        return PostingResult(row.id, [], f"could not analyse this posting: {type(e).__name__}: {e}", kept)
    return PostingResult(row.id, mentions, None, kept, other)
