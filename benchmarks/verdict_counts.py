"""Verdict counts (have / choice met / missing) per posting and in total, and a seeded sample of
choice-met verdicts with their sentence, for reading by hand.

    PYTHONPATH=. python benchmarks/verdict_counts.py /work/shared/dev-gold/postings.csv --per-posting
    PYTHONPATH=. python benchmarks/verdict_counts.py all.csv --sample 20 --seed 11

The profile is the one of issue 11 unless ``--skills`` says otherwise.
"""

from __future__ import annotations

import argparse
import random

from analyzer import Profile
from analyzer.io.postings import open_postings
from analyzer.run.local import analyze_batch

PROFILE = "Python, pandas, scikit-learn, SQL, Tableau, statistics, git, Excel, matplotlib, A/B testing"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("postings")
    parser.add_argument("--skills", default=PROFILE)
    parser.add_argument("--per-posting", action="store_true")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    profile = Profile.from_text(args.skills)
    totals = {"have": 0, "choice_met": 0, "missing": 0}
    education = {True: 0, False: 0, None: 0}
    chosen = []
    if args.per_posting:
        print("| posting | have | choice met | missing |\n|---|---:|---:|---:|")
    for gap in analyze_batch(open_postings(args.postings), profile, jobs=args.jobs):
        if gap.error:
            continue
        counts = (len(gap.matched), len(gap.choices_met), len(gap.missing))
        for key, n in zip(totals, counts):
            totals[key] += n
        for e in gap.education:
            education[e.met] += 1
        chosen += [(gap.id, c) for c in gap.choices_met]
        if args.per_posting:
            print(f"| {gap.id} | {counts[0]} | {counts[1]} | {counts[2]} |")
    n = sum(totals.values())
    print(totals, f"choice met share {totals['choice_met'] / n:.4f}" if n else "")
    print("education asks: met", education[True], "not met", education[False], "undecided", education[None])
    for i, (pid, c) in enumerate(random.Random(args.seed).sample(chosen, min(args.sample, len(chosen))), 1):
        sentence = " ".join(c.item.evidence[0].text.split()) if c.item.evidence else ""
        print(f"{i:2}. {pid} | {c.item.skill} | {c.reason}\n    “{sentence[:300]}”")


if __name__ == "__main__":
    main()
