"""From posting text to skill mentions: the records ``skillgap extract`` writes."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .components import SPANS_KEY
from .pipeline import default_pipeline
from .postings_io import InputRow

# Longer postings are refused per row (they are not postings; spaCy would also refuse them).
MAX_POSTING_CHARS = 10_000_000


@dataclass(frozen=True, slots=True)
class SkillMention:
    skill: str
    skill_id: str
    category: str
    start: int
    end: int
    text: str
    requirement: str
    years: float | None
    segment_start: int
    segment_end: int

    def to_dict(self) -> dict:
        """The ``extract`` JSON shape (the evidence segment is left out)."""
        d = asdict(self)
        del d["segment_start"], d["segment_end"]
        return d


@dataclass(slots=True)
class PostingResult:
    id: str
    skills: list[SkillMention]
    error: str | None = None
    text: str | None = None

    def to_dict(self) -> dict:
        return {"id": self.id, "skills": [m.to_dict() for m in self.skills], "error": self.error}


def mentions_from_doc(doc: Doc, nlp: Language | None = None) -> list[SkillMention]:
    taxonomy = (nlp or default_pipeline()).get_pipe("skill_matcher").taxonomy
    out = []
    for span in doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else ():
        skill = taxonomy.skills[span.id_]
        seg = span._.segment or (span.start_char, span.end_char)
        out.append(SkillMention(
            skill=skill.name, skill_id=skill.id, category=skill.category,
            start=span.start_char, end=span.end_char, text=span.text,
            requirement=span._.requirement or "unspecified", years=span._.years,
            segment_start=seg[0], segment_end=seg[1],
        ))
    return out


def extract_skills(text: str, nlp: Language | None = None) -> list[SkillMention]:
    """Skill mentions in one posting.

    >>> [(m.skill, m.requirement, m.years) for m in extract_skills("Requirements: 3+ years of Python.")]
    [('Python', 'required', 3.0)]
    """
    nlp = nlp or default_pipeline()
    return mentions_from_doc(nlp(text), nlp)


def check_text(text: object) -> str | None:
    """Why a value cannot be analysed as a posting, or None when it can."""
    if not isinstance(text, str):
        return "posting text is missing"
    if not text.strip():
        return "posting text is empty"
    if len(text) > MAX_POSTING_CHARS:
        return f"posting text is {len(text):,} characters; the limit is {MAX_POSTING_CHARS:,}"
    if "\x00" in text:
        return "posting text contains binary data (NUL bytes)"
    return None


def extract_many(items: Iterable[tuple[str, object]], nlp: Language | None = None,
                 keep_text: bool = False) -> Iterator[PostingResult]:
    """Extract from ``(id, text)`` pairs, yielding one result per pair, in order, never skipping one."""
    return extract_rows((InputRow(str(pid), text) for pid, text in items), nlp, keep_text)  # type: ignore[arg-type]


def extract_rows(rows: Iterable[InputRow], nlp: Language | None = None, keep_text: bool = False) -> Iterator[PostingResult]:
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
    if problem:
        return PostingResult(row.id, [], problem, kept)
    try:
        mentions = mentions_from_doc(nlp(text), nlp)
    except Exception as e:  # noqa: BLE001 - one bad row must not stop a batch; the error is reported on the row
        return PostingResult(row.id, [], f"could not analyse this posting: {type(e).__name__}: {e}", kept)
    return PostingResult(row.id, mentions, None, kept)
