"""Dask LocalCluster (2 worker processes) vs the local engine (2 processes) on the same input.

    python benchmarks/bench_dask.py [--postings 100000]

Both run `extract_jsonl` over the same rows (the corpus repeated to --postings, ids made unique);
the outputs are compared row for row, and the timing includes starting the workers/cluster.
"""

import argparse
import hashlib
import time

from _corpus import load_texts, table

from analyzer.records import InputRow
from analyzer.run.local import extract_jsonl


def rows(texts, n):
    return (InputRow(f"p{i}", texts[i % len(texts)], None, i + 1) for i in range(n))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--postings", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    texts = load_texts()
    n = args.postings
    digests, out = {}, []
    for engine in ("local", "dask"):
        h = hashlib.sha256()
        start = time.perf_counter()
        count = 0
        for line, _ in extract_jsonl(rows(texts, n), jobs=args.jobs, engine=engine):
            h.update(line.encode() + b"\n")
            count += 1
        wall = time.perf_counter() - start
        digests[engine] = h.hexdigest()
        out.append((engine, f"{count:,}", args.jobs, f"{wall:.1f}", f"{count / wall:,.0f}", digests[engine][:12]))
    print(table(out, ("engine", "postings", "workers", "seconds", "postings/s", "sha256 of output")))
    same = digests["local"] == digests["dask"]
    print(f"\nDask output {'equals' if same else 'DIFFERS FROM'} the local engine's, row for row")
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
