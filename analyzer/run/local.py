"""Many postings at once: stream them through all cores, in input order, with flat memory.

The work is split into chunks of rows. Each worker process builds the pipeline once and receives
chunks of plain ``(id, text, error)`` tuples; it sends back compact results (a JSON line, or a
:class:`~analyzer.records.PostingResult` without its text), never spaCy ``Doc`` objects, whose
pickling would cost more than the analysis itself. At most ``jobs * 4`` chunks are in flight, so
memory does not grow with the input, and results come back in input order.

A row that fails is returned with its error and the batch goes on. A row that kills its worker
process (a crash in native code, out of memory) is found by re-running the rows of the failed chunk
one at a time in a fresh process; only that row carries the error.

``jobs=1`` runs everything in this process. :func:`~analyzer.run.worker.process_chunk` is the one
function that turns a chunk into results, for both the local engine and the Dask engine
(:mod:`analyzer.run.dask_engine`).

>>> from analyzer.records import InputRow
>>> rows = [InputRow("a", "Must know Python."), InputRow("b", None, "row 2 is not valid CSV")]
>>> [(r.id, [m.skill_id for m in r.skills], r.error) for r in extract_batch(rows, jobs=1)]
[('a', ['python'], None), ('b', [], 'row 2 is not valid CSV')]
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import InputError, TaxonomyError
from ..gap.analysis import Analysis, posting_gap, summarize
from ..gap.profile import Profile
from ..nlp.extraction import extract_rows
from ..nlp.pipeline import default_pipeline, pipeline_taxonomy
from ..records import InputRow, PostingGap, PostingResult
from ..taxonomy import Taxonomy
from .worker import (
    DEFAULT_CHUNK_ROWS,
    IN_FLIGHT_PER_JOB,
    Chunk,
    chunk_rows,
    failed_result,
    isolate_rows,
    process_chunk,
    to_items,
)

ENGINES = ("local", "dask")


def available_cores() -> int:
    """The cores this process may use (its CPU affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def resolve_jobs(jobs: int | None) -> int:
    """``None`` or ``0`` means every available core."""
    if jobs is None or jobs == 0:
        return available_cores()
    if jobs < 0:
        raise InputError(f"jobs must be 0 (all cores) or more, not {jobs}")
    return jobs


# ---------------------------------------------------------------- the ordered, bounded map


def ordered_map(
    func: Callable[[Chunk], list[Any]], chunks: Iterable[Chunk], jobs: int = 1, in_flight: int | None = None
) -> Iterator[tuple[Chunk, list[Any]]]:
    """``(chunk, func(chunk))`` for every chunk, in order, with ``jobs`` worker processes.

    ``func`` must be picklable (a module-level function or a ``functools.partial`` of one) and return
    one result per row. A row whose processing raises or kills its worker gets the exception object
    in place of its result (callers turn it into an error row).
    """
    if jobs <= 1:
        for chunk in chunks:
            yield chunk, _run_here(func, chunk)
        return
    pool = _Pool(jobs)
    limit = in_flight or jobs * IN_FLIGHT_PER_JOB
    pending: deque[list] = deque()  # [chunk, future]
    try:
        for chunk in chunks:
            pending.append([chunk, pool.submit(func, chunk)])
            while len(pending) >= limit:
                yield pool.collect(func, pending)
        while pending:
            yield pool.collect(func, pending)
    finally:
        pool.shutdown()


def _run_here(func, chunk: Chunk) -> list[Any]:
    try:
        return func(chunk)
    except TaxonomyError:
        raise  # no pipeline to run (a broken taxonomy): the whole run stops, not each row
    except Exception:  # noqa: BLE001 - find the row that fails, keep the others
        return isolate_rows(func, chunk)


def _ignore_sigint() -> None:
    # Ctrl-C reaches every process of the terminal's process group: the parent decides what to do
    # (stop after the current chunk, keep the output valid); workers must not die with a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _mp_context():
    # fork starts workers fastest, but forking a process that runs threads (a Dask client, a
    # dashboard) can deadlock: then start them fresh.
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class _Pool:
    def __init__(self, jobs: int):
        self.jobs = jobs
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.jobs, mp_context=_mp_context(), initializer=_ignore_sigint)

    def _restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._new()

    def submit(self, func, chunk) -> Future:
        try:
            return self.executor.submit(func, chunk)
        except BrokenProcessPool:
            self._restart()
            return self.executor.submit(func, chunk)

    def collect(self, func, pending: deque) -> tuple[Chunk, list[Any]]:
        chunk, future = pending.popleft()
        try:
            return chunk, future.result()
        except TaxonomyError:
            raise  # no pipeline to run (a broken taxonomy): the whole run stops, not each row
        except BrokenProcessPool:
            self._restart()
            results = self._isolate(func, chunk)
            for entry in pending:  # they died with the pool: run them again
                entry[1] = self.submit(func, entry[0])
            return chunk, results
        except Exception:  # noqa: BLE001 - e.g. a result that cannot be pickled
            return chunk, self._isolate(func, chunk)

    def _isolate(self, func, chunk: Chunk) -> list[Any]:
        """The rows of a failed chunk one at a time, each in a worker (a crash kills only its own)."""
        return isolate_rows(partial(self._run_alone, func), chunk)

    def _run_alone(self, func, items: Chunk) -> list[Any]:
        try:
            return self.submit(func, items).result()
        except BrokenProcessPool:
            self._restart()
            raise RuntimeError("the worker process running this posting died (crash or out of memory)") from None

    def shutdown(self) -> None:
        # Called on normal end, on an error and on Ctrl-C: queued chunks are dropped, running ones
        # (one chunk per worker, milliseconds) finish, and no worker process is left behind.
        self.executor.shutdown(wait=True, cancel_futures=True)


# ---------------------------------------------------------------- what the CLI and library call


def map_postings(
    rows: Iterable[InputRow],
    task: str = "result",
    *,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    chunk_size: int = DEFAULT_CHUNK_ROWS,
    taxonomy: str | Path | None = None,
) -> Iterator[tuple[InputRow, Any]]:
    """``(row, result)`` for every input row, in input order; see :func:`process_chunk` for ``task``.

    ``engine="dask"`` sends the chunks to a Dask cluster (``scheduler`` address, or a local cluster
    with ``jobs`` worker processes); results are the same as with the local engine.
    """
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    jobs = resolve_jobs(jobs)
    func = partial(process_chunk, task=task, taxonomy=None if taxonomy is None else str(taxonomy))
    chunks = chunk_rows(rows, chunk_size)
    if engine == "dask":
        from .dask_engine import dask_ordered_map

        mapped = dask_ordered_map(func, _with_items(chunks), jobs=jobs, scheduler=scheduler)
    else:
        first = list(islice(chunks, 2))
        if len(first) < 2:
            jobs = 1  # one chunk: starting worker processes would cost more than the work
        chunks = _chain(first, chunks)
        mapped = ordered_map(func, _with_items(chunks), jobs=jobs)
    for items, results in mapped:
        rows_of_chunk = items.rows  # type: ignore[attr-defined]
        for row, item, result in zip(rows_of_chunk, items, results):
            if isinstance(result, BaseException):
                result = failed_result(item, result, task)
            yield row, result


class _Items(list):
    """A chunk's ``(id, text, error)`` tuples, remembering its rows in this process (not pickled)."""

    __slots__ = ("rows",)
    rows: list[InputRow]

    def __reduce__(self):
        return list, (list(self),)


def _with_items(chunks: Iterable[list[InputRow]]) -> Iterator[_Items]:
    for chunk in chunks:
        items = _Items(to_items(chunk))
        items.rows = chunk
        yield items


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


def extract_batch(
    rows: Iterable[InputRow],
    *,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    keep_text: bool = False,
    chunk_size: int = DEFAULT_CHUNK_ROWS,
    taxonomy: str | Path | None = None,
) -> Iterator[PostingResult]:
    """Like :func:`analyzer.nlp.extraction.extract_rows`, on every core (or a Dask cluster), in order."""
    for row, result in map_postings(
        rows, "result", jobs=jobs, engine=engine, scheduler=scheduler, chunk_size=chunk_size, taxonomy=taxonomy
    ):
        if keep_text and isinstance(row.text, str):
            result.text = row.text
        yield result


def extract_jsonl(
    rows: Iterable[InputRow],
    *,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    chunk_size: int = DEFAULT_CHUNK_ROWS,
    taxonomy: str | Path | None = None,
) -> Iterator[tuple[str, str | None]]:
    """``(json_line, error)`` per row, in order: what ``skillgap extract`` writes (the workers encode)."""
    for _, encoded in map_postings(
        rows, "json", jobs=jobs, engine=engine, scheduler=scheduler, chunk_size=chunk_size, taxonomy=taxonomy
    ):
        yield encoded


def analyze_batch(
    rows: Iterable[InputRow],
    profile: Profile,
    *,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    keep_text: bool = False,
    chunk_size: int = DEFAULT_CHUNK_ROWS,
    taxonomy: str | Path | None = None,
) -> Iterator[PostingGap]:
    """One :class:`~analyzer.records.PostingGap` per row, in order: extraction on every core (or Dask),
    the gap logic (:func:`analyzer.gap.analysis.posting_gap`) here. Without ``keep_text`` a gap keeps its
    evidence sentences but not the posting text or the raw mentions, so a long run stays small."""
    for row, result in map_postings(
        rows, "result", jobs=jobs, engine=engine, scheduler=scheduler, chunk_size=chunk_size, taxonomy=taxonomy
    ):
        gap = posting_gap(result, profile, row.text if isinstance(row.text, str) else None)
        gap.title, gap.company = row.title, row.company
        if not keep_text:
            gap.text = None
            gap.mentions = []
        yield gap


# ---------------------------------------------------------------- in this process, all in memory


def analyze_postings(
    rows: Iterable[InputRow] | Iterable[tuple[str, str]],
    profile: Profile,
    nlp=None,
    progress: Callable[[int], None] | None = None,
    taxonomy: Taxonomy | None = None,
) -> Analysis:
    """Extract skills from each posting and hold them against ``profile``.

    ``rows`` are :class:`InputRow` (from :func:`~analyzer.io.postings.open_postings`) or
    ``(id, text)`` pairs. Every row yields one :class:`PostingGap`, in order; an unreadable row
    keeps its error. ``progress(1)`` is called after each posting.
    """
    nlp = nlp or default_pipeline()
    taxonomy = taxonomy or pipeline_taxonomy(nlp)
    gaps: list[PostingGap] = []
    names: list[tuple[str | None, str | None]] = []

    def remember_names(row: InputRow) -> InputRow:
        names.append((row.title, row.company))
        return row

    for result in extract_rows((remember_names(_as_row(r)) for r in rows), nlp, keep_text=True):
        gap = posting_gap(result, profile)
        gap.title, gap.company = names[len(gaps)]
        gaps.append(gap)
        if progress is not None:
            progress(1)
    return Analysis(profile, gaps, summarize(gaps, profile, taxonomy))


def _as_row(row) -> InputRow:
    if isinstance(row, InputRow):
        return row
    pid, text = row
    return InputRow(str(pid), text)
