"""The per-chunk work, the same for every engine: build the pipeline once per process, turn a chunk
of ``(id, text, error)`` rows into compact results, and find the guilty row of a failed chunk.

Workers receive plain tuples and send back compact results (a JSON line, or a
:class:`~analyzer.records.PostingResult` without its text), never spaCy ``Doc`` objects, whose
pickling would cost more than the analysis itself.

>>> from analyzer.records import InputRow
>>> items = to_items([InputRow("a", "Must know Python."), InputRow("b", None, "row 2 is not valid CSV")])
>>> [(r.id, [m.skill_id for m in r.skills], r.error) for r in process_chunk(items)]
[('a', ['python'], None), ('b', [], 'row 2 is not valid CSV')]
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Any

from ..deadline import DEFAULT_TIME_LIMIT
from ..errors import InputError, TaxonomyError
from ..gap.market import MarketCounter, market_posting
from ..nlp.extraction import analyse_row
from ..nlp.pipeline import build_pipeline, default_pipeline
from ..records import MAX_POSTING_CHARS, InputRow, PostingResult
from ..taxonomy import Taxonomy

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_CHUNK_ROWS = 32
IN_FLIGHT_PER_JOB = 4
ENGINES = ("local", "dask")

Item = tuple[str, "str | None", "str | None"]  # (id, text, error): what a worker receives per row
Chunk = list[Item]


@lru_cache(maxsize=4)
def worker_pipeline(taxonomy: str | None = None) -> Language:
    """The pipeline of this process, built on first use and then reused for every chunk."""
    nlp = default_pipeline() if taxonomy is None else build_pipeline(Taxonomy.load(taxonomy))
    if nlp.max_length < MAX_POSTING_CHARS:
        nlp.max_length = MAX_POSTING_CHARS
    return nlp


def encode_result(result: PostingResult) -> tuple[str, str | None]:
    """A result as its ``extract`` JSON line (no newline) and its error."""
    return json.dumps(result.to_dict(), ensure_ascii=False), result.error


def process_chunk(
    chunk: Sequence[Item],
    task: str = "result",
    taxonomy: str | None = None,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
) -> list[Any]:
    """Analyse one chunk of ``(id, text, error)`` rows; one compact result per row, in order.

    ``task`` is ``"result"`` (a :class:`PostingResult` without its text) or ``"json"``
    (``(json_line, error)``, what ``skillgap extract`` writes). Errors on a row stay on that row.
    """
    nlp = worker_pipeline(taxonomy)
    out: list[Any] = []
    for pid, text, error in chunk:
        result = analyse_row(nlp, InputRow(pid, text, error), time_limit=time_limit)
        out.append(encode_result(result) if task == "json" else result)
    return out


#: What a worker receives per row for the market view: (id, text, error, group, date).
MarketItem = tuple[str, "str | None", "str | None", "str | None", "str | None"]


def count_market_chunk(
    chunk: Sequence[MarketItem], period: str | None = None, grouped: bool = False, taxonomy: str | None = None
) -> list[MarketCounter]:
    """The market counts of one chunk, as a list of one :class:`MarketCounter` (counters merge, so
    what travels back is the counts, not the postings). The same function for both engines."""
    nlp = worker_pipeline(taxonomy)
    counter = MarketCounter(period, grouped=grouped)
    for pid, text, error, group, when in chunk:
        result = analyse_row(nlp, InputRow(pid, text, error))
        failure = f"{pid} ({result.error})" if result.error is not None else None
        counter.add(market_posting(result.skills, group, when, result.error is not None, failure))
    return [counter]


def failed_result(item: Item, exc: BaseException | str, task: str = "result") -> Any:
    """The result for a row whose analysis raised outside the pipeline (or killed its worker)."""
    message = exc if isinstance(exc, str) else f"could not analyse this posting: {type(exc).__name__}: {exc}"
    result = PostingResult(item[0], [], message)
    return encode_result(result) if task == "json" else result


def chunk_rows(rows: Iterable[InputRow], size: int = DEFAULT_CHUNK_ROWS) -> Iterator[list[InputRow]]:
    """Consecutive lists of ``size`` rows (the last one shorter); reads ``rows`` lazily."""
    if size < 1:
        raise InputError(f"chunk size must be at least 1, not {size}")
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


def to_items(chunk: Sequence[InputRow]) -> Chunk:
    return [(r.id, r.text, r.error) for r in chunk]


def isolate_rows(run_one: Callable[[Chunk], list[Any]], chunk: Chunk) -> list[Any]:
    """Run the rows of a failed chunk one at a time (``run_one([item])``), so only the guilty row
    gets the error: the exception raised for it takes the place of its result. The one recovery
    both engines use (each passes how it runs one row: in this process, a fresh worker, the cluster).
    """
    out: list[Any] = []
    for item in chunk:
        try:
            out.extend(run_one([item]))
        except TaxonomyError:
            raise  # no pipeline to run (a broken taxonomy): the whole run stops, not each row
        except Exception as e:  # noqa: BLE001 - a raising row, a dead worker: recorded on the row
            out.append(e)
    return out
