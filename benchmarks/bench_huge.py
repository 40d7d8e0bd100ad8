"""Time and peak memory of one huge posting, read whole (before) and in pieces (after).

    python benchmarks/bench_huge.py [--sizes 1,6] [--limits 10,0] [--rounds 1] [--shape postings]

A posting of each size (MB of characters) is made of real postings (../shared/data/postings, joined
by blank lines; ``--shape line``: one line of sentences, no line break at all; ``--shape list``: one sentence, a years
phrase before a list of skills with no stop, where each mention asks how far the years reach). Each run is a fresh
process that builds the pipeline, warms it on a short posting, then analyses the huge one as
``skillgap extract`` does a row (``analyse_row``) under each time limit (0: none), once read whole
(``PIECE_CHARS`` set beyond the posting's length: the code before postings were read in pieces) and
once in pieces. Before and after alternate within each round, so the ratios compare runs made under
the same load. Prints the seconds the row took, what came of it, the process's peak RSS and the part
of it the huge posting added (peak minus the RSS after warming up), with before / after ratios
(medians over the rounds).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import load_texts, table

_CHILD = """
import json, os, re, resource, sys, time
from analyzer.nlp import extraction
from analyzer.nlp.pipeline import build_pipeline
from analyzer.records import InputRow


def peak_kb():
    # VmHWM: this process's own peak (ru_maxrss also counts the parent's pages a vfork'ed child shared)
    if os.path.exists("/proc/self/status"):
        return int(re.search(r"VmHWM:\\s*(\\d+)", open("/proc/self/status").read()).group(1))
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


path, whole, limit = sys.argv[1], sys.argv[2] == "whole", float(sys.argv[3]) or None
text = open(path, encoding="utf-8").read()
if whole:
    extraction.PIECE_CHARS = len(text) + 1
nlp = build_pipeline()
nlp.max_length = len(text) + 1  # as extract_rows sets it
extraction.analyse_row(nlp, InputRow("warm", "Requirements: 3+ years of Python and SQL."), time_limit=None)
base = peak_kb()
start = time.perf_counter()
result = extraction.analyse_row(nlp, InputRow("huge", text), time_limit=limit)
seconds = time.perf_counter() - start
peak = peak_kb()
print(json.dumps({"seconds": seconds, "base_mb": base / 1024, "peak_mb": peak / 1024,
                  "mentions": len(result.skills), "error": result.error}))
"""


def make_posting(mb: float, shape: str) -> str:
    n = int(mb * 1_000_000)
    if shape == "line":
        unit = "You will build models in Python and SQL with 3+ years of experience. "
        return (unit * (n // len(unit) + 1))[:n]
    if shape == "list":
        unit = "Python SQL Spark "
        return "Requirements\n- 3+ years of experience with " + (unit * (n // len(unit) + 1))[:n]
    texts = load_texts()
    parts, size, i = [], 0, 0
    while size < n:
        parts.append(texts[i % len(texts)])
        size += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:n]


def run(path: str, whole: bool, limit: float) -> dict:
    cmd = [sys.executable, "-c", _CHILD, path, "whole" if whole else "pieces", str(limit)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode:
        sys.exit(f"the child failed:\n{proc.stderr}")
    return json.loads(proc.stdout.splitlines()[-1])


def outcome(r: dict) -> str:
    return "timed out" if r["error"] else f"{r['mentions']:,} mentions"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1,6", help="posting sizes in MB of characters, comma-separated")
    parser.add_argument("--limits", default="10,0", help="time limits in seconds (0: none), comma-separated")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--shape", choices=("postings", "line", "list"), default="postings")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in (float(s) for s in args.sizes.split(",")):
            path = str(Path(tmp) / f"posting-{mb:g}MB.txt")
            Path(path).write_text(make_posting(mb, args.shape), encoding="utf-8")
            for limit in (float(s) for s in args.limits.split(",")):
                before, after = [], []
                for _ in range(args.rounds):
                    before.append(run(path, True, limit))
                    after.append(run(path, False, limit))

                def med(runs: list[dict], key: str) -> float:
                    return statistics.median(r[key] for r in runs)

                b_s, a_s = med(before, "seconds"), med(after, "seconds")
                b_peak, a_peak = med(before, "peak_mb"), med(after, "peak_mb")
                b_add = statistics.median(r["peak_mb"] - r["base_mb"] for r in before)
                a_add = statistics.median(r["peak_mb"] - r["base_mb"] for r in after)
                rows.append(
                    (
                        f"{mb:g} MB",
                        f"{limit:g} s" if limit else "none",
                        f"{b_s:.2f} / {a_s:.2f}",
                        f"{b_s / a_s:.2f}x",
                        f"{outcome(before[-1])} / {outcome(after[-1])}",
                        f"{b_peak:,.0f} / {a_peak:,.0f}",
                        f"{b_add:,.0f} / {a_add:,.0f}",
                        f"{b_peak / a_peak:.2f}x / {b_add / max(a_add, 1):.1f}x",
                    )
                )
    print(f"one posting ({args.shape}), read whole (before) / in pieces (after), {args.rounds} round(s)\n")
    header = (
        "size",
        "time limit",
        "seconds",
        "time before/after",
        "result",
        "peak RSS MB",
        "added by the posting MB",
        "peak / added before/after",
    )
    print(table(rows, header))


if __name__ == "__main__":
    main()
