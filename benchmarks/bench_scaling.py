"""Scaling of the real batch path: 1 vs 2 processes, and 10k -> 100k postings with peak memory.

    python benchmarks/bench_scaling.py [--sizes 10000,100000] [--commands extract,analyze] [--jobs 1,2]
    python benchmarks/bench_scaling.py --commands analyze --jobs 1,2 --no-compare   # analyze memory only

Every row runs `skillgap <command>` in a new process on a CSV made by repeating the corpus
(ids made unique), output to a file, and reports wall time, postings/s and the peak RSS of the
whole process tree (the parent and its workers, summed, sampled from /proc every 50 ms) and the
CPU seconds of the tree (wall time depends on what else the machine runs; CPU time much less). Linux only.
The growing-input table gives, per command and --jobs, the peak RSS against the smallest size:
flat memory means about +0 %.
"""

import argparse
import csv
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _corpus import load_texts, table

SKILLS = "python, sql, pandas, scikit-learn, statistics, git, docker, aws"


def write_corpus(texts: list[str], n: int, path: Path) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "description", "family", "posted"])  # the last two for `market`
        for i in range(n):
            w.writerow([f"p{i}", texts[i % len(texts)], ("ml", "ds", "ops")[i % 3], f"{2018 + i % 7}-0{1 + i % 9}-15"])
    return path


def tree_rss(root: int) -> int:
    """Resident memory (bytes) of ``root`` and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry.name), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total


def run(cmd: list[str]) -> tuple[float, int, float]:
    """Wall seconds, peak RSS of the process tree, CPU seconds of the tree (user + system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss(proc.pid))
        time.sleep(0.05)
    wall = time.perf_counter() - start
    err = proc.stderr.read()
    if proc.returncode:
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, peak, cpu


def command(kind: str, src: Path, out: Path, jobs: int) -> list[str]:
    """The whole CLI command ``kind`` (extract, analyze, plan, market) on ``src``."""
    cmd = [sys.executable, "-m", "analyzer", kind, str(src), "-o", str(out), "--jobs", str(jobs), "--quiet"]
    if kind in ("analyze", "plan"):
        cmd += ["--skills", SKILLS]
    if kind == "market" and "family" in src.read_text(encoding="utf-8", errors="replace")[:200].split("\n", 1)[0]:
        cmd += ["--group-by", "family", "--date-column", "posted"]
    return cmd


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000", help="posting counts for the memory rows")
    parser.add_argument("--commands", default="extract,analyze", help="which commands to measure")
    parser.add_argument("--jobs", default="2", help="processes for the memory rows, comma separated (e.g. 1,2)")
    parser.add_argument("--no-compare", action="store_true", help="skip the 1 vs 2 processes table")
    args = parser.parse_args()
    texts = load_texts()
    kinds = args.commands.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = write_corpus(texts, len(texts), tmp / "corpus.csv")
        rows = []
        for kind in [] if args.no_compare else kinds:
            out = tmp / ("out.jsonl" if kind == "extract" else "report.json")
            rates = {}
            for jobs in (1, 2):
                wall, peak, cpu = run(command(kind, corpus, out, jobs))
                rates[jobs] = len(texts) / wall
                rows.append(
                    (
                        kind,
                        f"{len(texts):,}",
                        jobs,
                        f"{wall:.1f}",
                        f"{cpu:.1f}",
                        f"{rates[jobs]:,.0f}",
                        f"{peak / 2**20:,.0f}",
                        f"{rates[jobs] / rates[1]:.2f}x",
                    )
                )
                print("  ", *rows[-1], sep="  ", file=sys.stderr, flush=True)
        if rows:
            print(
                f"1 vs 2 processes on all {len(texts):,} postings (wall time includes start-up; {os.cpu_count()} cores)\n"
            )
            print(
                table(
                    rows, ("command", "postings", "jobs", "seconds", "CPU s", "postings/s", "peak RSS MB", "vs 1 job")
                )
            )

        rows = []
        first_peak: dict[tuple[str, int], int] = {}
        for n in map(int, args.sizes.split(",")):
            src = write_corpus(texts, n, tmp / f"c{n}.csv")
            for kind in kinds:
                for jobs in map(int, args.jobs.split(",")):
                    out = tmp / ("out.jsonl" if kind == "extract" else "report.json")
                    wall, peak, cpu = run(command(kind, src, out, jobs))
                    base = first_peak.setdefault((kind, jobs), peak)
                    rows.append(
                        (
                            kind,
                            f"{n:,}",
                            jobs,
                            f"{wall:.1f}",
                            f"{cpu:.1f}",
                            f"{n / wall:,.0f}",
                            f"{peak / 2**20:,.0f}",
                            f"{(peak - base) / base:+.0%}",
                            f"{out.stat().st_size / 2**20:,.0f}",
                        )
                    )
                    print("  ", *rows[-1], sep="  ", file=sys.stderr, flush=True)
                    out.unlink()
            src.unlink()
        print("\nGrowing input (the corpus repeated); peak RSS = parent + workers; growth vs the first size\n")
        print(
            table(
                rows,
                (
                    "command",
                    "postings",
                    "jobs",
                    "seconds",
                    "CPU s",
                    "postings/s",
                    "peak RSS MB",
                    "RSS growth",
                    "output MB",
                ),
            )
        )


if __name__ == "__main__":
    main()
