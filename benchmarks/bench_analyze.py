"""`skillgap analyze` next to `skillgap extract` on the same 1,000-posting CSV, in one run.

    python benchmarks/bench_analyze.py [--postings 1000] [--jobs N]

Builds a CSV of the first N postings of ../shared/data/postings (in a temporary folder, deleted
afterwards), then runs the installed `skillgap` command end to end, as a user would — new
process, pipeline build, reading, extraction, gap analysis, writing — once for `extract` and once
per report format for `analyze`. Prints a table of seconds and postings per second.
"""

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _corpus import load_texts, table

PROFILE = "python, sklearn, k8s, postgres, ML, GCP, NLP, stats, docker, A/B tests"


def run(cmd: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--postings", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=None, help="passed to both commands (default: theirs, all cores)")
    args = parser.parse_args()
    texts = load_texts()[: args.postings]
    n = len(texts)
    skillgap = str(Path(sys.executable).with_name("skillgap"))
    jobs = ["--jobs", str(args.jobs)] if args.jobs is not None else []
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "postings.csv")
        with open(src, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["id", "description"])
            w.writerows((f"p{i}", t) for i, t in enumerate(texts))
        secs = run([skillgap, "extract", src, "-o", os.path.join(tmp, "out.jsonl"), "-q", *jobs])
        rows.append(("skillgap extract → .jsonl", f"{secs:.1f}", f"{n / secs:.0f}", ""))
        for ext in ("json", "csv", "md", "html"):
            out = os.path.join(tmp, f"report.{ext}")
            secs = run([skillgap, "analyze", src, "--skills", PROFILE, "-o", out, "-q", *jobs])
            size = os.path.getsize(out) / 1_048_576
            rows.append((f"skillgap analyze → .{ext}", f"{secs:.1f}", f"{n / secs:.0f}", f"{size:.1f} MB"))
    print(
        f"{n} postings, {os.cpu_count()} CPUs, jobs={args.jobs or 'all cores'}; each row is one new process, end to end"
    )
    print(table(rows, ("command", "seconds", "postings/s", "report size")))
    print()
    print("In one process (pipeline already built, one core): what analysis adds on top of extraction")
    print(table(in_process(texts), ("step", "seconds", "postings/s")))


def in_process(texts: list[str]) -> list[tuple]:
    from analyzer import analyze_postings
    from analyzer.gap.profile import Profile
    from analyzer.io.reports import render_report
    from analyzer.nlp.extraction import extract_many
    from analyzer.nlp.pipeline import default_pipeline

    nlp = default_pipeline()
    pairs = [(f"p{i}", t) for i, t in enumerate(texts)]
    n = len(pairs)
    out = []
    start = time.perf_counter()
    for _ in extract_many(pairs, nlp):
        pass
    secs = time.perf_counter() - start
    out.append(("extract_many", f"{secs:.2f}", f"{n / secs:.0f}"))
    start = time.perf_counter()
    analysis = analyze_postings(pairs, Profile.from_text(PROFILE), nlp)
    secs = time.perf_counter() - start
    out.append(("analyze_postings (extraction + gaps + summary)", f"{secs:.2f}", f"{n / secs:.0f}"))
    for fmt in ("json", "csv", "md", "html"):
        start = time.perf_counter()
        render_report(analysis, fmt)
        secs = time.perf_counter() - start
        out.append((f"render_report {fmt}", f"{secs:.2f}", f"{n / secs:.0f}"))
    return out


if __name__ == "__main__":
    main()
