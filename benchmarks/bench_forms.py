"""How many real surface forms of known skills extraction finds, over every public posting.

    python benchmarks/bench_forms.py [--limit N]

Each probe is a spelling postings use for a skill the taxonomy knows (joined or spaced
"PowerBI" / "Sage Maker", version suffixes "Python3", "GPT4", a Markdown-escaped hyphen
"Map\\-Reduce", "Excel" in a plain skill list). For each: how many times the spelling occurs in
the corpus (case-insensitive regular expression, whole words), and how many of those occurrences
a mention of the expected skill covers. Run it on two checkouts (``PYTHONPATH=...``) to compare
before and after a change; the numbers are counts, not timings, so one run is enough.
"""

import argparse
import re
import sys
from collections import Counter

from _corpus import load_texts, table

from analyzer.nlp.extraction import extract_many

# (label, regular expression over the raw text, expected skill id)
PROBES = [
    ("PowerBI (joined)", r"(?i)\bpowerbi\b", "power_bi"),
    ("Power BI (spaced)", r"(?i)\bpower bi\b", "power_bi"),
    ("Sage Maker (spaced)", r"(?i)\bsage[ -]maker\b", "aws_sagemaker"),
    ("Cloud Watch (spaced)", r"(?i)\bcloud[ -]watch\b", "aws_cloudwatch"),
    ("Map-Reduce / Map\\-Reduce", r"(?i)\bmap(?:\\?-| )reduce\b", "mapreduce"),
    ("Tensor Flow (spaced)", r"(?i)\btensor[ -]flow\b", "tensorflow"),
    ("Python3 / Python 3.x", r"(?i)\bpython ?3(?:\.[0-9x]+)?\b", "python"),
    ("GPT4 / GPT-4 / GPT3.5", r"(?i)\bgpt-?[34](?:\.5)?\b", "gpt"),
    ("Llama2 / Llama 3", r"(?i)\bllama ?-?[23](?:\.\d)?\b", "llama"),
    ("Excel (capitalised)", r"\bExcel\b(?!\s+(?:at|in)\b)", "excel"),
    ("Big Query (spaced)", r"(?i)\bbig query\b", "bigquery"),
    ("Py Spark (spaced)", r"(?i)\bpy[ -]spark\b", "pyspark"),
    ("XG Boost (spaced)", r"(?i)\bxg[ -]?boost\b", "xgboost"),
    ("Power Point (spaced)", r"(?i)\bpower ?point\b", "powerpoint"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N postings")
    args = parser.parse_args()
    texts = load_texts()
    if args.limit:
        texts = texts[: args.limit]
    compiled = [(label, re.compile(rx), skill) for label, rx, skill in PROBES]
    occurrences: Counter = Counter()
    found: Counter = Counter()
    postings: Counter = Counter()
    total_mentions = 0
    for result in extract_many(((str(i), t) for i, t in enumerate(texts))):
        text = texts[int(result.id)]
        total_mentions += len(result.skills)
        spans: dict[str, list[tuple[int, int]]] = {}
        for m in result.skills:
            spans.setdefault(m.skill_id, []).append((m.start, m.end))
        for label, rx, skill in compiled:
            hit_here = False
            for hit in rx.finditer(text):
                occurrences[label] += 1
                if any(s < hit.end() and hit.start() < e for s, e in spans.get(skill, ())):
                    found[label] += 1
                    hit_here = True
            postings[label] += hit_here
    rows = [
        (
            label,
            occurrences[label],
            found[label],
            postings[label],
            f"{found[label] / occurrences[label]:.0%}" if occurrences[label] else "-",
        )
        for label, _, _ in compiled
    ]
    print(f"{len(texts):,} postings, {total_mentions:,} skill mentions in all\n")
    print(table(rows, ("surface form", "occurrences", "found", "postings found in", "share found")))


if __name__ == "__main__":
    sys.exit(main())
