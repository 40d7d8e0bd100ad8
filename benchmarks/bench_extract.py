"""Extraction speed on all postings, next to baselines measured in the same run.

    python benchmarks/bench_extract.py [--rounds 3] [--no-in-process]

Every row is timed once per round, the rows one after the other within a round (their order
rotating from round to round), and each row's median over the rounds is reported: on a shared
machine a burst of load then slows every row of a round alike instead of one row only, and the
ratios (a row's median against the tokenizer's median) are what to compare.

First table: whole processes, as a user runs them (start-up included, one pass, a cold cache):
a Python process tokenizing every posting with ``spacy.blank("en")`` against ``skillgap extract``
on the same postings with one and with two worker processes.
Second table: inside one process (warm), per posting:
Rows: spaCy's blank English tokenizer alone; a raw pyahocorasick scan of the same surface forms
(the floor any dictionary matcher pays); the skillgap pipeline alone; and the whole per-posting
work of `skillgap extract` (pipeline + records + JSON). Also the cold start of a new process
(import + building the pipeline). Speeds vary between machines: compare the ratios.
"""

import argparse
import json
import statistics
import subprocess
import sys
import time

import ahocorasick
import spacy
from _corpus import load_texts, table

from analyzer.nlp.extraction import extract_rows
from analyzer.nlp.matching import fold_text
from analyzer.nlp.pipeline import build_pipeline, skill_matcher
from analyzer.records import InputRow


def interleaved(runs: dict[str, object], rounds: int) -> dict[str, list[float]]:
    """Seconds of each run (a zero-argument callable) per round: every run once a round, their
    order rotated by one each round so that no run is always first or last."""
    names = list(runs)
    seconds: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            start = time.perf_counter()
            runs[name]()  # type: ignore[operator]
            seconds[name].append(time.perf_counter() - start)
    return seconds


TOKENIZE_ONLY = """
import csv, sys, spacy
csv.field_size_limit(2**31 - 1)
nlp = spacy.blank("en")
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    for row in csv.DictReader(f):
        nlp(row["description"])
"""


def whole_processes(texts: list[str], rounds: int) -> None:
    import csv
    import os
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "postings.csv")
        with open(src, "w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["id", "description"])
            writer.writerows((str(i), t) for i, t in enumerate(texts))
        skillgap = os.path.join(os.path.dirname(sys.executable), "skillgap")
        commands = [
            ("spacy.blank('en') tokenizer only", [sys.executable, "-c", TOKENIZE_ONLY, src]),
            (
                "skillgap extract --jobs 1",
                [skillgap, "extract", src, "-o", os.path.join(tmp, "1.jsonl"), "--jobs", "1", "--quiet"],
            ),
            (
                "skillgap extract --jobs 2",
                [skillgap, "extract", src, "-o", os.path.join(tmp, "2.jsonl"), "--jobs", "2", "--quiet"],
            ),
        ]
        runs = {name: (lambda cmd=cmd: subprocess.run(cmd, check=True)) for name, cmd in commands}
        per_round = interleaved(runs, rounds)
        same = open(os.path.join(tmp, "1.jsonl"), "rb").read() == open(os.path.join(tmp, "2.jsonl"), "rb").read()
    seconds = {name: statistics.median(times) for name, times in per_round.items()}
    base = seconds[commands[0][0]]
    one = seconds[commands[1][0]]
    rows = [
        (name, f"{s:.2f}", f"{len(texts) / s:,.0f}", f"{base / s:.2f}x", f"{one / s:.2f}x")
        for name, s in seconds.items()
    ]
    print(f"whole processes, {len(texts):,} postings (start-up included), medians of {rounds} interleaved rounds\n")
    print(table(rows, ("what", "seconds", "postings/s", "vs tokenizer", "vs 1 job")))
    print(f"\n--jobs 1 and --jobs 2 outputs identical: {same}\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--rounds", "--repeat", type=int, default=3, help="interleaved rounds; each row's median is kept (default 3)"
    )
    parser.add_argument("--no-in-process", action="store_true", help="only the whole-process table")
    args = parser.parse_args()
    rounds = max(1, args.rounds)
    texts = load_texts()
    n = len(texts)
    whole_processes(texts, rounds)
    if args.no_in_process:
        return

    blank = spacy.blank("en")
    nlp = build_pipeline()
    nlp.max_length = 10_000_000
    index = skill_matcher(nlp).index
    raw = ahocorasick.Automaton()
    for form in index.forms:
        raw.add_word(form, len(form))
    raw.make_automaton()

    def tokenizer_only(ts):
        for t in ts:
            blank(t)

    def aho_scan(ts):
        for t in ts:
            for _ in raw.iter(fold_text(t, lower=True)):
                pass

    def pipeline_only(ts):
        for t in ts:
            nlp(t)

    def extract_records(ts):
        for result in extract_rows((InputRow(str(i), t) for i, t in enumerate(ts)), nlp):
            json.dumps(result.to_dict())

    cases = [
        ("spacy.blank('en') tokenizer only", tokenizer_only),
        ("pyahocorasick raw scan (same forms)", aho_scan),
        ("skillgap pipeline (nlp(text))", pipeline_only),
        ("skillgap extract per posting (+records, JSON)", extract_records),
    ]
    for _, fn in cases:  # warm caches (vocab, regexes) so the order of rows does not matter
        fn(texts[:200])
    per_round = interleaved({name: (lambda fn=fn: fn(texts)) for name, fn in cases}, rounds)
    rates = {name: n / statistics.median(times) for name, times in per_round.items()}
    base = rates[cases[0][0]]
    rows = [(name, f"{rate:,.0f}", f"{rate / base:.2f}x") for name, rate in rates.items()]
    print(
        f"{n:,} postings, {sum(map(len, texts)) / n:,.0f} characters on average, one process, "
        f"medians of {rounds} interleaved rounds\n"
    )
    print(table(rows, ("what", "postings/s", "vs tokenizer")))

    code = "import time; t=time.perf_counter(); from analyzer.nlp.pipeline import build_pipeline; build_pipeline(); print(time.perf_counter()-t)"
    colds = [
        float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
        for _ in range(max(3, rounds))
    ]
    print(
        f"\ncold start (import + build pipeline, new process): median {statistics.median(colds):.2f} s, "
        f"best {min(colds):.2f} s, worst {max(colds):.2f} s"
    )


if __name__ == "__main__":
    main()
