"""Peak memory of ``skillgap extract --jobs 1`` on postings full of words never seen before.

    python benchmarks/bench_memory.py [--sizes 2500,10000] [--words 300]

Each posting is "Requirements: Python and SQL." followed by ``--words`` random ten-letter words
(the reproduction of issue 10), so every posting brings hundreds of new words. spaCy keeps every
word it has seen in its vocabulary; skillgap stops that growing (``PERMANENT_STRINGS`` in
:mod:`analyzer.extraction`), so the peak should not depend on the number of postings. Prints the
peak resident set size of each whole process (``ru_maxrss`` of the child) and the ratio between the
largest and the smallest run; the target is within 20 %.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import string
import subprocess
import sys
import tempfile
import time


def write_postings(path: str, n: int, words: int) -> None:
    rng = random.Random(0)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "description"])
        for i in range(n):
            novel = " ".join("".join(rng.choices(string.ascii_lowercase, k=10)) for _ in range(words))
            w.writerow([i, "Requirements: Python and SQL. " + novel])


def peak_rss_mb(cmd: list[str]) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of one child process."""
    start = time.perf_counter()
    with subprocess.Popen(cmd) as proc:
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        sys.exit(f"{' '.join(cmd)} failed with exit code {proc.returncode}")
    return usage.ru_maxrss / 1024, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="2500,10000", help="postings per run, comma-separated")
    parser.add_argument("--words", type=int, default=300, help="new words per posting")
    args = parser.parse_args()
    assert resource  # ru_maxrss is in KB on Linux
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            src = os.path.join(tmp, f"novel-{n}.csv")
            write_postings(src, n, args.words)
            out = os.path.join(tmp, "out.jsonl")
            cmd = [sys.executable, "-m", "analyzer", "extract", src, "-o", out, "--jobs", "1", "--quiet"]
            mb, seconds = peak_rss_mb(cmd)
            with open(out, encoding="utf-8") as f:
                lines = sum(1 for _ in f)
            rows.append((n, mb, seconds, lines))
    print(f"skillgap extract --jobs 1, postings of {args.words} new words each\n")
    print("| postings | peak RSS (MB) | seconds | output rows |")
    print("|---------:|--------------:|--------:|------------:|")
    for n, mb, seconds, lines in rows:
        print(f"| {n:,} | {mb:,.0f} | {seconds:.1f} | {lines:,} |")
    peaks = [mb for _, mb, _, _ in rows]
    print(f"\nlargest / smallest peak: {max(peaks) / min(peaks):.2f}")


if __name__ == "__main__":
    main()
