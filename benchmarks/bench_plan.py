"""The learn-next plan over the real postings, and its time next to extraction and analysis.

    python benchmarks/bench_plan.py [--skills "python, pandas, sql, statistics, tableau"]
        [--steps 10] [--postings N] [--role-family data_scientist,ml_ai] [--extracted skills.jsonl]
        [--analyze]

Extracts the skills of every posting under ../shared/data/postings in this process (one core,
pipeline built first) — or reads a `skillgap extract` JSON Lines file with --extracted — turns each
posting into asks (every skill one ask at its strongest level: choices come with the gap-verdict
work), builds the plan and prints its steps, the share within reach after 3, 5 and 10 steps and
the seconds taken by each stage. --analyze also times `analyze_postings` on the same postings,
the reference for "plan within 1.5× of analyze".
"""

from __future__ import annotations

import argparse
import csv
import glob
import json
import time

from _corpus import SHARED, table

from analyzer.gap.interview import default_prompts, interview_rounds
from analyzer.gap.plan import PostingAsks, build_plan, prepare_rounds, relations_from_taxonomy
from analyzer.gap.profile import Profile
from analyzer.io.plan_report import write_plan
from analyzer.taxonomy import load_default_taxonomy

PROFILE = "python, pandas, sql, statistics, tableau"


def load_rows(families: set[str] | None) -> list[tuple[str, str]]:
    csv.field_size_limit(2**31 - 1)
    rows = []
    for path in sorted(glob.glob(str(SHARED / "data" / "postings" / "*.csv"))):
        with open(path, encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                if families is None or r.get("role_family") in families:
                    rows.append((r["id"], r["description"]))
    if not rows:
        raise SystemExit(f"no postings under {SHARED}/data/postings")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skills", default=PROFILE)
    parser.add_argument("--steps", type=int, default=10)
    parser.add_argument("--postings", type=int, default=None, help="only the first N postings")
    parser.add_argument("--role-family", default=None, help="comma-separated role_family values to keep")
    parser.add_argument("--extracted", default=None, help="a `skillgap extract` .jsonl to read instead of extracting")
    parser.add_argument("--analyze", action="store_true", help="also time analyze_postings on the same postings")
    parser.add_argument("-o", "--output", action="append", default=[], help="also write the plan (.md, .html, .json)")
    args = parser.parse_args()
    families = set(args.role_family.split(",")) if args.role_family else None
    taxonomy = load_default_taxonomy()
    profile = Profile.from_text(args.skills, taxonomy)
    have = set(profile.by_id())
    timings = []

    rows = load_rows(families)[: args.postings]
    ids = {pid for pid, _ in rows}
    extracted: list[tuple[str, list[tuple[str, str]]]] = []
    if args.extracted:
        start = time.perf_counter()
        with open(args.extracted, encoding="utf-8") as f:
            for line in f:
                obj = json.loads(line)
                if obj["id"] in ids and not obj.get("error"):
                    extracted.append((obj["id"], [(s["skill_id"], s["requirement"]) for s in obj["skills"]]))
        timings.append(("read extracted JSON Lines", time.perf_counter() - start))
    else:
        from analyzer.nlp.extraction import extract_many
        from analyzer.pipeline import default_pipeline

        nlp = default_pipeline()
        start = time.perf_counter()
        for result in extract_many(rows, nlp):
            if result.error is None:
                extracted.append((result.id, [(m.skill_id, m.requirement) for m in result.skills]))
        timings.append(("extract_many (one core)", time.perf_counter() - start))
    if args.analyze:
        from analyzer.pipeline import default_pipeline
        from analyzer.run.local import analyze_postings

        nlp = default_pipeline()
        start = time.perf_counter()
        analyze_postings(rows, profile, nlp, taxonomy=taxonomy)
        timings.append(("analyze_postings (extraction + gaps + summary, one core)", time.perf_counter() - start))

    start = time.perf_counter()
    postings = [PostingAsks.from_mentions(pid, skills) for pid, skills in extracted]
    relations = relations_from_taxonomy(taxonomy)
    plan = build_plan(postings, have, relations, steps=args.steps)
    rounds = prepare_rounds(plan, interview_rounds(taxonomy), default_prompts(), relations.rounds_of)
    plan_secs = time.perf_counter() - start
    timings.append((f"build_plan + prepare_rounds ({args.steps} steps, asks included)", plan_secs))
    for path in args.output:
        start = time.perf_counter()
        write_plan(
            plan,
            rounds,
            path,
            name_of=relations.name_of,
            profile=[s.skill for s in profile.skills if s.how != "implied"],
        )
        timings.append((f"write_plan {path}", time.perf_counter() - start))

    print(f"profile: {args.skills} -> {len(have)} skills with implied ones")
    print(
        f"postings: {len(rows)} read, {plan.postings} with skills; within reach now: "
        f"{plan.within_reach_now_count} ({plan.within_reach_now:.1%}); mean coverage {plan.mean_coverage_now:.1%}"
    )
    print(
        table(
            [
                (
                    i,
                    s.skill,
                    s.effort,
                    s.new_within_reach,
                    f"{s.within_reach_count} ({s.within_reach_after:.1%})",
                    f"+{s.coverage_gain:.2%}",
                    ", ".join(s.prerequisite_for),
                )
                for i, s in enumerate(plan.steps, 1)
            ],
            ("#", "skill", "effort", "new within reach", "within reach after", "coverage", "needed for"),
        )
    )
    print(
        "share within reach after 3 / 5 / 10 steps: "
        + " / ".join(f"{plan.within_reach_after(k):.1%}" for k in (3, 5, 10))
    )
    print()
    print(table([(name, f"{secs:.2f}") for name, secs in timings], ("stage", "seconds")))


if __name__ == "__main__":
    main()
