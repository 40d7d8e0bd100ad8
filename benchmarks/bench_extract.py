"""Extraction speed on all postings, next to baselines measured in the same run.

    python benchmarks/bench_extract.py [--repeat 1]

Rows: spaCy's blank English tokenizer alone; a raw pyahocorasick scan of the same surface forms
(the floor any dictionary matcher pays); the skillgap pipeline alone; and the whole per-posting
work of `skillgap extract` (pipeline + records + JSON). Also the cold start of a new process
(import + building the pipeline). Speeds vary between machines: compare the ratios.
"""

import argparse
import json
import subprocess
import sys
import time

import ahocorasick
import spacy

from _corpus import load_texts, table

from analyzer.extraction import extract_rows
from analyzer.matching import fold_text
from analyzer.pipeline import build_pipeline
from analyzer.postings_io import InputRow


def timed(fn, texts) -> float:
    start = time.perf_counter()
    fn(texts)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus per row (best is kept)")
    args = parser.parse_args()
    texts = load_texts()
    n = len(texts)

    blank = spacy.blank("en")
    nlp = build_pipeline()
    nlp.max_length = 10_000_000
    index = nlp.get_pipe("skill_matcher").index
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

    cases = [("spacy.blank('en') tokenizer only", tokenizer_only), ("pyahocorasick raw scan (same forms)", aho_scan),
             ("skillgap pipeline (nlp(text))", pipeline_only), ("skillgap extract per posting (+records, JSON)", extract_records)]
    for _, fn in cases:  # warm caches (vocab, regexes) so the order of rows does not matter
        fn(texts[:200])
    rates = {}
    for name, fn in cases:
        best = min(timed(fn, texts) for _ in range(args.repeat))
        rates[name] = n / best
    base = rates[cases[0][0]]
    rows = [(name, f"{rate:,.0f}", f"{rate / base:.2f}x") for name, rate in rates.items()]
    print(f"{n:,} postings, {sum(map(len, texts)) / n:,.0f} characters on average, one process\n")
    print(table(rows, ("what", "postings/s", "vs tokenizer")))

    code = "import time; t=time.perf_counter(); from analyzer.pipeline import build_pipeline; build_pipeline(); print(time.perf_counter()-t)"
    colds = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout) for _ in range(3)]
    print(f"\ncold start (import + build pipeline, new process): best {min(colds):.2f} s, worst {max(colds):.2f} s")


if __name__ == "__main__":
    main()
