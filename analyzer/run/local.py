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

import json
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any, TypedDict, Unpack

from ..deadline import DEFAULT_TIME_LIMIT
from ..errors import InputError, TaxonomyError
from ..gap.analysis import Analysis, posting_gap, summarize
from ..gap.market import MarketCounter, MarketPosting
from ..gap.profile import Profile
from ..nlp.extraction import extract_rows
from ..nlp.pipeline import default_pipeline, pipeline_taxonomy
from ..records import InputRow, PostingGap, PostingResult
from ..taxonomy import Taxonomy
from .worker import (
    DEFAULT_CHUNK_ROWS,
    IN_FLIGHT_PER_JOB,
    Chunk,
    MarketItem,
    chunk_rows,
    count_market_chunk,
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
    except BaseException:
        # Ctrl-C, SIGTERM, an error, or the caller closing this generator early: nobody waits for
        # the queued or running chunks, so the workers are stopped now rather than waited for.
        pool.abort()
        raise
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
    # A forked worker inherits the CLI's SIGTERM handler, which raises: the pool would catch that
    # as the chunk's error and keep the worker alive. SIGTERM must end a worker.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()


def _die_with_parent() -> None:
    """On Linux, a worker gets SIGTERM when the process that started it dies (even by SIGKILL), so
    no worker outlives its run."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # no libc to ask: the parent's abort() still stops workers
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


_PR_SET_PDEATHSIG = 1
#: Seconds a worker gets to exit after SIGTERM before it is killed (when a run is aborted).
WORKER_EXIT_SECONDS = 2.0


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
        """At the normal end: every chunk has been collected; the workers exit."""
        self.executor.shutdown(wait=True, cancel_futures=True)

    def abort(self) -> None:
        """On Ctrl-C, SIGTERM, an error or an early close: queued chunks are dropped and the workers
        terminated (a worker stuck in a long posting is not waited for), then joined, so no worker
        process is left behind and this returns within a few seconds. Further Ctrl-C presses (and
        SIGTERM) are ignored meanwhile (a KeyboardInterrupt halfway through would leave workers running)."""
        on_main = threading.current_thread() is threading.main_thread()
        previous = (
            (signal.signal(signal.SIGINT, signal.SIG_IGN), signal.signal(signal.SIGTERM, signal.SIG_IGN))
            if on_main
            else None
        )
        try:
            executor = self.executor
            processes = list((getattr(executor, "_processes", None) or {}).values())
            results = getattr(executor, "_result_queue", None)
            manager = getattr(executor, "_executor_manager_thread", None)
            executor.shutdown(wait=False, cancel_futures=True)
            for process in processes:
                if process.is_alive():
                    process.terminate()
            for process in processes:
                process.join(WORKER_EXIT_SECONDS)
                if process.is_alive():
                    process.kill()
                    process.join(WORKER_EXIT_SECONDS)
            _unblock_result_reader(results)
            if manager is not None:
                manager.join(WORKER_EXIT_SECONDS)
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous[0])
                signal.signal(signal.SIGTERM, previous[1])


def _unblock_result_reader(results) -> None:
    """A worker killed halfway through sending a large result leaves the executor's manager thread
    waiting for the rest of the message forever, and the interpreter joins that thread at exit: the
    process would hang after its last line. Once every worker is dead, this process holds the pipe's
    only write end; closing it turns that wait into end-of-file, which the executor handles."""
    writer = getattr(results, "_writer", None)
    if writer is None:
        return
    try:
        writer.close()
    except OSError:  # already closed
        pass


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
    time_limit: float | None = DEFAULT_TIME_LIMIT,
) -> Iterator[tuple[InputRow, Any]]:
    """``(row, result)`` for every input row, in input order; see :func:`process_chunk` for ``task``.

    ``engine="dask"`` sends the chunks to a Dask cluster (``scheduler`` address, or a local cluster
    with ``jobs`` worker processes); results are the same as with the local engine.
    """
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    jobs = resolve_jobs(jobs)
    func = partial(
        process_chunk, task=task, taxonomy=None if taxonomy is None else str(taxonomy), time_limit=time_limit
    )
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


class BatchOptions(TypedDict, total=False):
    """How a batch runs: the keyword arguments of :func:`map_postings` that :func:`extract_batch`,
    :func:`extract_jsonl`, :func:`analyze_rows` and :func:`analyze_batch` pass on to it (its
    defaults: every core, the local engine, chunks of 32 rows, the bundled taxonomy, 10 s a posting)."""

    jobs: int | None
    engine: str
    scheduler: str | None
    chunk_size: int
    taxonomy: str | Path | None
    time_limit: float | None


def extract_batch(
    rows: Iterable[InputRow], *, keep_text: bool = False, **batch: Unpack[BatchOptions]
) -> Iterator[PostingResult]:
    """Like :func:`analyzer.nlp.extraction.extract_rows`, on every core (or a Dask cluster), in order."""
    for row, result in map_postings(rows, "result", **batch):
        if keep_text and isinstance(row.text, str):
            result.text = row.text
        yield result


def extract_jsonl(
    rows: Iterable[InputRow], **batch: Unpack[BatchOptions]
) -> Generator[tuple[str, str | None], None, None]:
    """``(json_line, error)`` per row, in order: what ``skillgap extract`` writes (the workers encode).

    A row with a job title or company (the input's title and company columns) carries them as
    ``"title"`` / ``"company"`` after its ``"id"``; a row without either has neither key."""
    for row, (line, error) in map_postings(rows, "json", **batch):
        yield with_names(line, row), error


def with_names(line: str, row: InputRow) -> str:
    """An ``extract`` JSON line with the row's ``title`` and ``company`` (those it has) after its ``id``.

    >>> with_names('{"id": "7", "skills": []}', InputRow("7", "x", title="Data Scientist"))
    '{"id": "7", "title": "Data Scientist", "skills": []}'
    """
    names = [(key, value) for key, value in (("title", row.title), ("company", row.company)) if value is not None]
    if not names:
        return line
    # The worker's line opens with the id as json.dumps writes it: the names go in right after it
    # (a line of ~9 KB costs ~15 µs this way, ~100 µs parsed and written again).
    head = '{"id": ' + json.dumps(row.id, ensure_ascii=False)
    added = "".join(f", {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}" for key, value in names)
    if line.startswith(head) and line[len(head) : len(head) + 1] in (",", "}"):
        return head + added + line[len(head) :]
    record = json.loads(line)
    return json.dumps({"id": record.pop("id", row.id), **dict(names), **record}, ensure_ascii=False)


def analyze_rows(
    rows: Iterable[InputRow], profile: Profile, *, keep_text: bool = False, **batch: Unpack[BatchOptions]
) -> Generator[tuple[InputRow, PostingResult, PostingGap], None, None]:
    """:func:`analyze_batch` with each gap's input row (its ``extra`` columns) and extraction result
    (every skill mention at its level), for views built beside the report (market, plan). Without
    ``keep_text`` the gap keeps no posting text or raw mentions; the result is dropped when the
    caller moves on."""
    for row, result in map_postings(rows, "result", **batch):
        gap = posting_gap(result, profile, row.text if isinstance(row.text, str) else None)
        gap.title, gap.company = row.title, row.company
        if row.source is not None:
            gap.source, gap.source_row = row.source, row.row
        if not keep_text:
            gap.text = None
            gap.mentions = []
        yield row, result, gap


#: Rows per chunk for the market view: its workers send back counts (a counter per chunk), and
#: larger chunks send fewer of them.
MARKET_CHUNK_ROWS = 128


def count_market(
    rows: Iterable[InputRow],
    *,
    group_column: str | None = None,
    date_column: str | None = None,
    period: str | None = None,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    chunk_size: int = MARKET_CHUNK_ROWS,
    taxonomy: str | Path | None = None,
    on_rows: Callable[[int], None] | None = None,
) -> MarketCounter:
    """The :class:`~analyzer.gap.market.MarketCounter` of every row: each chunk is extracted and
    counted where it runs (worker processes, or the Dask cluster's workers) and the chunks' counters
    are merged here, so only counts travel and memory stays flat. Every row is counted: a row that
    cannot be analysed counts as an error of its group and period. The result is the same whatever
    the engine or the number of jobs (every count is an integer). ``on_rows(n)`` after each chunk."""
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if date_column is not None and period is None:
        period = "year"
    jobs = resolve_jobs(jobs)
    grouped = group_column is not None
    func = partial(
        count_market_chunk,
        period=period if date_column is not None else None,
        grouped=grouped,
        taxonomy=None if taxonomy is None else str(taxonomy),
    )
    items: Iterator[Any] = (_market_items(c, group_column, date_column) for c in chunk_rows(rows, chunk_size))
    if engine == "dask":
        from .dask_engine import dask_ordered_map

        mapped = dask_ordered_map(func, items, jobs=jobs, scheduler=scheduler)
    else:
        first = list(islice(items, 2))
        mapped = ordered_map(func, _chain(first, items), jobs=1 if len(first) < 2 else jobs)
    total = MarketCounter(period if date_column is not None else None, grouped=grouped)
    for chunk, counters in mapped:
        for item, counted in _pair_failed(chunk, counters):
            if isinstance(counted, MarketCounter):
                total.merge(counted)
            else:  # the row raised or killed its worker: it is counted, as an error
                why = counted if isinstance(counted, str) else f"{type(counted).__name__}: {counted}"
                total.add(MarketPosting({}, item[3], item[4], error=True, failure=f"{item[0]} ({why})"))
        if on_rows is not None:
            on_rows(len(chunk))
    return total


def _market_items(chunk: list[InputRow], group_column: str | None, date_column: str | None) -> list[MarketItem]:
    out: list[MarketItem] = []
    for r in chunk:
        extra = r.extra or {}
        group = extra.get(group_column) if group_column else None
        when = extra.get(date_column) if date_column else None
        out.append((r.id, r.text, r.error, group, when))
    return out


def _pair_failed(chunk: list, counters: list) -> Iterator[tuple[Any, Any]]:
    """A chunk counted whole gives one counter; a chunk run again row by row (after a failure) gives
    one counter or exception per row."""
    if len(counters) == 1 and isinstance(counters[0], MarketCounter):
        yield None, counters[0]
        return
    yield from zip(chunk, counters)


def analyze_batch(
    rows: Iterable[InputRow], profile: Profile, *, keep_text: bool = False, **batch: Unpack[BatchOptions]
) -> Generator[PostingGap, None, None]:
    """One :class:`~analyzer.records.PostingGap` per row, in order: extraction on every core (or Dask),
    the gap logic (:func:`analyzer.gap.analysis.posting_gap`) here. Without ``keep_text`` a gap keeps its
    evidence sentences but not the posting text or the raw mentions, so a long run stays small."""
    gaps = analyze_rows(rows, profile, keep_text=keep_text, **batch)
    try:
        for _, _, gap in gaps:
            yield gap
    finally:
        gaps.close()  # stops the workers now, also when the caller stops early


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
    names: list[tuple[str | None, str | None, str | None, int]] = []

    def remember_names(row: InputRow) -> InputRow:
        names.append((row.title, row.company, row.source, row.row))
        return row

    for result in extract_rows((remember_names(_as_row(r)) for r in rows), nlp, keep_text=True):
        gap = posting_gap(result, profile)
        gap.title, gap.company, source, number = names[len(gaps)]
        if source is not None:
            gap.source, gap.source_row = source, number
        gaps.append(gap)
        if progress is not None:
            progress(1)
    return Analysis(profile, gaps, summarize(gaps, profile, taxonomy))


def _as_row(row) -> InputRow:
    if isinstance(row, InputRow):
        return row
    pid, text = row
    return InputRow(str(pid), text)
