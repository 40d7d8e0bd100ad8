"""``skillgap mine``: the phrases postings ask for in skill slots that no taxonomy skill covers,
counted over many postings — the reviewable input for growing the taxonomy.

Each extracted posting carries its ``other`` phrases (see :mod:`analyzer.nlp.slots`) and its
unlisted skills (names listed among known skills, :mod:`analyzer.nlp.unlisted`); the miner
folds them to a normalised key (case, spacing, hyphens, a plural ``s``), counts postings and
mentions, keeps three example contexts and suggests a category: the one most common among the known
skills named in the same sentences. A posting reposted under another id (job boards copy one ad many
times) would count again, so the miner also counts *distinct* uses: postings whose words around the
phrase differ from every earlier one's. It reads the results as a stream; memory grows with the
number of distinct phrases (and, up to a bound, of their distinct contexts), not of postings.

>>> from analyzer.records import OtherPhrase, PostingResult, SkillMention
>>> text = "Experience with Optimizely and Tableau."
>>> tableau = SkillMention("Tableau", "tableau", "analytics_visualization", 32, 39, "Tableau", "unspecified", None, 0, 39)
>>> result = PostingResult("p1", [tableau], text=text, other=[OtherPhrase("Optimizely", 16, 26, "unspecified")])
>>> [(p.phrase, p.postings, p.category) for p in mine_results([result, result], min_postings=2)]
[('optimizely', 2, 'analytics_visualization')]
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO

from ..io.reports import csv_safe
from ..records import OtherPhrase, PostingResult, normalise_name

__all__ = ["CSV_COLUMNS", "MinedPhrase", "mine_results", "normalise_phrase", "write_mined_csv"]

CSV_COLUMNS = (
    "phrase",
    "postings",
    "distinct",
    "mentions",
    "required",
    "suggested_category",
    "forms",
    "example_1",
    "example_2",
    "example_3",
)
EXAMPLES = 3
CONTEXT_CHARS = 80  # characters of context kept on each side of an example
MAX_FORMS = 3
# Letters and digits on each side of a phrase that identify one use of it: enough to tell two
# postings' sentences apart, few enough that a repost's changed spacing or lost line break (only
# the letters count) still meets it.
FINGERPRINT_CHARS = 40
MAX_FINGERPRINTS = 1000  # per phrase; past it each posting counts as distinct (memory stays bounded)


def normalise_phrase(text: str) -> str:
    """The key phrases are counted under (:func:`analyzer.records.normalise_name`, also the key of
    an unlisted skill's id): ``"HL7 Interfaces"`` and ``"hl7-interface"`` meet.

    >>> normalise_phrase("HL7  Interfaces"), normalise_phrase("GPT-4"), normalise_phrase("AWS")
    ('hl7 interface', 'gpt 4', 'aws')
    """
    return normalise_name(text)


@dataclass(slots=True)
class MinedPhrase:
    phrase: str  # the normalised key
    postings: int = 0
    distinct: int = 0  # postings whose context of the phrase no earlier posting had
    mentions: int = 0
    required: int = 0  # postings where it is required
    forms: Counter = field(default_factory=Counter)  # surface forms as written
    categories: Counter = field(default_factory=Counter)  # categories of known skills in its sentences
    examples: list[str] = field(default_factory=list)  # from distinct uses only
    fingerprints: set[str] = field(default_factory=set)

    @property
    def category(self) -> str:
        return self.categories.most_common(1)[0][0] if self.categories else ""

    def row(self) -> list[object]:
        forms = "; ".join(f for f, _ in self.forms.most_common(MAX_FORMS))
        examples = [*self.examples, "", "", ""][:EXAMPLES]
        return [
            self.phrase,
            self.postings,
            self.distinct,
            self.mentions,
            self.required,
            self.category,
            forms,
            *examples,
        ]

    def count_use(self, fingerprint: str) -> bool:
        """Count one posting's use; ``True`` when no earlier posting used the phrase in these words."""
        if fingerprint in self.fingerprints:
            return False
        if len(self.fingerprints) < MAX_FINGERPRINTS:
            self.fingerprints.add(fingerprint)
        self.distinct += 1
        return True


def mine_results(results: Iterable[PostingResult], min_postings: int = 2, min_distinct: int = 1) -> list[MinedPhrase]:
    """Aggregate the ``other`` phrases of ``results`` (each with its text): phrases found in at least
    ``min_postings`` postings and ``min_distinct`` distinct uses, most distinct uses first. Postings
    with an error are skipped."""
    found: dict[str, MinedPhrase] = {}
    for result in results:
        if result.error is not None:
            continue
        # Unlisted skills are the miner's best candidates: names listed among known skills.
        unlisted = [OtherPhrase(m.text, m.start, m.end, m.requirement) for m in result.skills if not m.in_taxonomy]
        if not result.other and not unlisted:
            continue
        text = result.text or ""
        sentences = [(m.segment_start, m.segment_end, m.category) for m in result.skills if m.in_taxonomy]
        seen: set[str] = set()
        required_here: set[str] = set()
        for phrase in sorted([*result.other, *unlisted], key=lambda p: p.start):
            key = normalise_phrase(phrase.text)
            if not key:
                continue
            entry = found.get(key)
            if entry is None:
                entry = found[key] = MinedPhrase(key)
            entry.mentions += 1
            if len(entry.forms) < 50 or phrase.text in entry.forms:
                entry.forms[phrase.text] += 1
            entry.categories.update(cat for s, e, cat in sentences if s <= phrase.start < e)
            if key not in seen:
                seen.add(key)
                entry.postings += 1
                new_use = entry.count_use(_fingerprint(text, phrase.start, phrase.end))
                if new_use and len(entry.examples) < EXAMPLES and text:
                    entry.examples.append(_context(text, phrase.start, phrase.end))
            if phrase.requirement == "required" and key not in required_here:
                required_here.add(key)
                entry.required += 1
    kept = [p for p in found.values() if p.postings >= min_postings and p.distinct >= min_distinct]
    kept.sort(key=lambda p: (-p.distinct, -p.postings, -p.mentions, p.phrase))
    return kept


def write_mined_csv(phrases: Iterable[MinedPhrase], out: IO[str]) -> int:
    """Write the mined phrases as CSV (formula-safe cells); the number of rows written."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    n = 0
    for phrase in phrases:
        writer.writerow([csv_safe(cell) for cell in phrase.row()])
        n += 1
    return n


def _context(text: str, start: int, end: int) -> str:
    """The phrase in brackets with up to CONTEXT_CHARS on each side, cut at whole words ("…" where
    the posting goes on), on one line."""
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(text), end + CONTEXT_CHARS)
    before, after = text[left:start], text[end:right]
    if left > 0 and not text[left - 1].isspace() and not text[left].isspace():  # inside a word: drop its end
        before = before.split(None, 1)[1] if len(before.split(None, 1)) > 1 else ""
    if right < len(text) and not text[right].isspace() and not text[right - 1].isspace():  # likewise
        after = after.rsplit(None, 1)[0] if len(after.rsplit(None, 1)) > 1 else ""
    snippet = f"{'… ' if left > 0 else ''}{before}[{text[start:end]}]{after}{' …' if right < len(text) else ''}"
    return " ".join(snippet.split())


def _fingerprint(text: str, start: int, end: int) -> str:
    """The letters and digits, lower-cased, of the phrase and its nearest words on each side."""
    window = 3 * FINGERPRINT_CHARS  # raw characters read to find FINGERPRINT_CHARS letters and digits
    left = "".join(c for c in text[max(0, start - window) : start].lower() if c.isalnum())[-FINGERPRINT_CHARS:]
    right = "".join(c for c in text[end : end + window].lower() if c.isalnum())[:FINGERPRINT_CHARS]
    middle = "".join(c for c in text[start:end].lower() if c.isalnum())
    return f"{left}|{middle}|{right}"
