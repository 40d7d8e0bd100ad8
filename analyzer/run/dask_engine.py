"""The same batch analysis on a Dask cluster (``pip install 'skillgap[dask]'``).

Two ways in, both running :func:`analyzer.run.worker.process_chunk`, the function the local engine uses,
with the pipeline built once per worker process (:func:`analyzer.run.worker.worker_pipeline` is cached):

* :func:`dask_ordered_map` (``skillgap extract --engine dask``): this process reads the input with
  the usual readers, sends chunks of texts to the cluster and writes the results in input order,
  at most a few chunks per worker in flight. Any input format, output identical to the local engine.
* :func:`extract_dataframe` / :func:`extract_parquet`: for inputs too large for one reader, a Dask
  DataFrame (e.g. Parquet on shared storage) is processed partition by partition on the workers
  with ``map_partitions`` and written back by them; nothing passes through this process.

Dask is imported only when one of these functions is called.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import InputError, MissingDependencyError, TaxonomyError
from ..io.postings import clean_id, posting_columns
from .worker import IN_FLIGHT_PER_JOB, Chunk, isolate_rows, process_chunk


def _distributed():
    try:
        import distributed
    except ImportError:
        raise MissingDependencyError(
            "the Dask engine needs the dask and distributed packages, which are not installed",
            "dask[dataframe] distributed",
            extra="dask",
        ) from None
    return distributed


@contextmanager
def dask_client(scheduler: str | None = None, jobs: int = 1):
    """A client of the cluster at ``scheduler``, or of a new local cluster of ``jobs`` worker processes."""
    distributed = _distributed()
    cluster = None
    if scheduler:
        try:
            client = distributed.Client(scheduler, timeout="15s")
        except (OSError, TimeoutError) as e:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
    else:
        cluster = distributed.LocalCluster(
            n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
        )
        client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def dask_ordered_map(
    func: Callable[[Chunk], list[Any]],
    chunks: Iterable[Chunk],
    jobs: int = 1,
    scheduler: str | None = None,
    in_flight: int | None = None,
) -> Iterator[tuple[Chunk, list[Any]]]:
    """``(chunk, func(chunk))`` in order, computed on the cluster (the Dask twin of
    :func:`analyzer.run.local.ordered_map`)."""
    with dask_client(scheduler, jobs) as client:
        threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
        limit = in_flight or max(threads, 1) * IN_FLIGHT_PER_JOB
        pending: deque = deque()
        for chunk in chunks:
            pending.append((chunk, client.submit(func, chunk, pure=False)))
            while len(pending) >= limit:
                yield _collect(client, func, pending)
        while pending:
            yield _collect(client, func, pending)


def _collect(client, func, pending: deque) -> tuple[Chunk, list[Any]]:
    chunk, future = pending.popleft()
    try:
        return chunk, future.result()
    except TaxonomyError:
        raise  # no pipeline to run (a broken taxonomy): the whole run stops, not each row
    except Exception:  # noqa: BLE001 - KilledWorker, a raising row: find the guilty row
        return chunk, isolate_rows(lambda items: client.submit(func, items, pure=False).result(), chunk)
    finally:
        future.release()


# ---------------------------------------------------------------- whole DataFrames on the workers


def extract_partition(
    df, id_column: str = "id", text_column: str = "description", taxonomy: str | None = None, first_row: int = 1
):
    """One pandas partition -> DataFrame(row, id, result, error); ``result`` is the ``extract`` JSON line."""
    import pandas as pd

    texts = df[text_column].tolist()
    ids = df[id_column].tolist() if id_column in df.columns else [None] * len(texts)
    items = []
    for n, (pid, text) in enumerate(zip(ids, texts), first_row):
        pid = clean_id(pid) or f"row-{n}"
        missing = text is None or (isinstance(text, float) and text != text)
        items.append((pid, None, "posting text is missing") if missing else (pid, str(text), None))
    encoded = process_chunk(items, "json", taxonomy)
    return pd.DataFrame(
        {
            "row": pd.Series(range(first_row, first_row + len(items)), dtype="int64"),
            "id": pd.Series([i[0] for i in items], dtype="string"),
            "result": pd.Series([line for line, _ in encoded], dtype="string"),
            "error": pd.Series([err for _, err in encoded], dtype="string"),
        }
    )


def _partition_with_offset(df, offsets, id_column, text_column, taxonomy, partition_info=None):
    number = partition_info["number"] if partition_info else 0
    return extract_partition(df, id_column, text_column, taxonomy, offsets[number] + 1)


def dataframe_columns(
    columns, id_column: str | None = None, text_column: str | None = None, source: str = "the DataFrame"
) -> tuple[Any, Any]:
    """The id column (None: rows are numbered) and the text column of a DataFrame with ``columns``, found
    as the CLI's ``--id-column`` / ``--text-column`` find them (:func:`analyzer.io.postings.posting_columns`):
    in any case or spacing, guessed when not named (``description``, ``job_description``, ``text`` …);
    ``id_column=""`` numbers the rows."""
    columns = list(columns)
    id_index, text_index = posting_columns(columns, id_column, text_column, source)
    return (columns[id_index] if id_index is not None else None), columns[text_index]


def extract_dataframe(ddf, id_column: str | None = None, text_column: str | None = None, taxonomy: str | None = None):
    """A lazy Dask DataFrame of ``extract`` results (row, id, result, error), one row per input row.
    The columns are found as :func:`dataframe_columns` finds them;
    :class:`~analyzer.errors.ColumnNotFoundError` lists the columns when one is missing or ambiguous."""
    import pandas as pd

    id_column, text_column = dataframe_columns(ddf.columns, id_column, text_column)
    lengths = ddf.map_partitions(len).compute().tolist()
    offsets = [sum(lengths[:i]) for i in range(len(lengths))]
    meta = pd.DataFrame(
        {
            "row": pd.Series(dtype="int64"),
            "id": pd.Series(dtype="string"),
            "result": pd.Series(dtype="string"),
            "error": pd.Series(dtype="string"),
        }
    )
    return ddf.map_partitions(_partition_with_offset, offsets, id_column, text_column, taxonomy, meta=meta)


def extract_parquet(
    source: str,
    dest: str,
    *,
    scheduler: str | None = None,
    jobs: int = 1,
    id_column: str | None = None,
    text_column: str | None = None,
    taxonomy: str | None = None,
) -> None:
    """Parquet in, Parquet out, read and written by the workers (paths every worker can reach,
    e.g. shared storage or ``s3://``). The ``row`` column keeps the input order; the columns are
    found as :func:`dataframe_columns` finds them."""
    _distributed()
    import dask.dataframe as dd

    with dask_client(scheduler, jobs):
        ddf = dd.read_parquet(source)
        id_column, text_column = dataframe_columns(ddf.columns, id_column, text_column, source)
        columns = [c for c in (id_column, text_column) if c is not None]
        out = extract_dataframe(ddf[columns], id_column or "", text_column, taxonomy)
        out.to_parquet(dest, write_index=False)
