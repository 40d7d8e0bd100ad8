"""The market view on the 6,865 shared postings: what it finds, how long it takes, how much memory.

    python benchmarks/bench_market.py [--jobs N] [--extracted DIR] [--scale 100000] [--out DIR]

Extracts every posting of ../shared/data/postings (the library's batch API, on --jobs cores; or
reads `skillgap extract` output, one `<csv name>.jsonl` per CSV, from --extracted), counts them
with analyzer.gap.market.MarketCounter grouped by `source`, by year, and prints:

- the 10 skills whose share differs most between `linkedin_ai_ml_2024` and the 2018-2020 sources,
  with Newcombe 95 % intervals;
- the skills most often asked with PyTorch and with SQL (lift);
- the clusters; the coverage curve's first 10 points (with and without implied skills);
- that per-file counters merged equal one counter over everything;
- time and peak RSS; with --scale N, the counting and the result repeated over N postings (the
  6,865 records cycled) to show that memory stays flat.

The CSVs carry no date: the year comes from the source name (`*_2020` -> 2020, `*_2024` -> 2024;
google_job_skills is the 2018 Kaggle set, see ../shared/data/SOURCES.md); `glassdoor_ds_uncleaned`
has no stated year and lands in the period "unknown".
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import resource
import sys
import time
from pathlib import Path

from _corpus import SHARED, table

from analyzer.gap.market import MarketCounter, MarketPosting, strongest_levels
from analyzer.taxonomy import load_default_taxonomy

RECENT = ["linkedin_ai_ml_2024"]
EARLIER = [
    "msia_glassdoor_2020",
    "msia_indeed_2020",
    "msia_linkedin_2020",
    "glassdoor_ds_salary_2020",
    "google_job_skills",
]
KNOWN_YEARS = {"google_job_skills": "2018"}  # SOURCES.md: Kaggle "Google Job Skills", 2018


def year_of(source: str) -> str | None:
    m = re.search(r"_(20\d\d)$", source)
    return m.group(1) if m else KNOWN_YEARS.get(source)


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024  # KiB on Linux; children: the largest worker


def read_postings(path: Path) -> list[dict]:
    csv.field_size_limit(2**31 - 1)
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def records(paths: list[Path], extracted: Path | None, jobs: int | None) -> dict[str, list[MarketPosting]]:
    """Per CSV file: one MarketPosting per row (group = source, date = year from the source)."""
    out: dict[str, list[MarketPosting]] = {}
    for path in paths:
        rows = read_postings(path)
        meta = {r["id"]: (r["source"], year_of(r["source"])) for r in rows}
        if extracted is not None:
            with (extracted / f"{path.stem}.jsonl").open(encoding="utf-8") as f:
                results = [json.loads(line) for line in f]
            pairs = [(r["id"], r["skills"], r["error"]) for r in results]
        else:
            from analyzer.records import InputRow
            from analyzer.run.local import extract_batch

            inputs = [InputRow(r["id"], r["description"], row=i) for i, r in enumerate(rows, 1)]
            pairs = [(res.id, res.skills, res.error) for res in extract_batch(inputs, jobs=jobs)]
        if len(pairs) != len(rows):
            sys.exit(f"{path.name}: {len(rows)} postings but {len(pairs)} extraction records")
        items = []
        for pid, skills, error in pairs:
            source, year = meta[pid]
            items.append(MarketPosting(strongest_levels(skills), source, year, error is not None))
        out[path.stem] = items
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--extracted", type=Path, help="folder of `skillgap extract` JSONL, one per CSV")
    parser.add_argument("--scale", type=int, default=0, help="also count this many postings (records cycled)")
    parser.add_argument("--out", type=Path, help="write market.{json,csv,md,html} here")
    args = parser.parse_args()
    paths = sorted((SHARED / "data" / "postings").glob("*.csv"))
    if not paths:
        sys.exit(f"no postings under {SHARED}/data/postings (they exist in the development checkout and CI)")
    taxonomy = load_default_taxonomy()

    start = time.perf_counter()
    per_file = records(paths, args.extracted, args.jobs)
    t_extract = time.perf_counter() - start
    items = [p for ps in per_file.values() for p in ps]

    start = time.perf_counter()
    counter = MarketCounter(period="year", grouped=True).add_all(items)
    t_count = time.perf_counter() - start
    start = time.perf_counter()
    report = counter.result(taxonomy, compare=[(RECENT, EARLIER)], top_differences=10)
    t_result = time.perf_counter() - start

    merged = MarketCounter(period="year", grouped=True)
    for ps in reversed(list(per_file.values())):
        merged.merge(MarketCounter(period="year", grouped=True).add_all(ps))
    same = (
        merged == counter
        and merged.result(taxonomy, compare=[(RECENT, EARLIER)], top_differences=10).to_dict() == report.to_dict()
    )

    name = report.skill_name
    d = report.to_dict()
    print(f"{report.postings} postings analysed, {report.errors} errors; groups:")
    print(table([(g["group"], g["postings"]) for g in d["groups"]], ("source", "postings")))
    print(
        "\nPeriods:",
        ", ".join(f"{p['period']} ({p['postings']}{', too few' if p['too_few'] else ''})" for p in d["periods"]),
    )
    for w in report.warnings:
        print("warning:", w)
    print(f"\nThe 10 skills whose share differs most, {' + '.join(RECENT)} vs {' + '.join(EARLIER)}")
    print("(ranked by the Newcombe 95 % interval's bound nearest 0; points = percentage points)\n")
    print(
        table(
            [
                (
                    name(x.skill_id),
                    f"{x.share_a:.1%}",
                    f"{x.share_b:.1%}",
                    f"{x.diff * 100:+.1f}",
                    f"{x.low * 100:+.1f} to {x.high * 100:+.1f}",
                )
                for x in report.differences
            ],
            ("skill", "2024", "2018-2020", "diff (points)", "95 % interval"),
        )
    )
    print("\nTrends (" + report.trend_unit + "), top rising and falling:")
    rising = [t for t in report.trends if t.slope_or_diff > 0][:5]
    falling = [t for t in report.trends if t.slope_or_diff < 0][:5]
    for t in rising + falling:
        print(
            f"  {name(t.skill_id):32} {t.slope_or_diff * 100:+.2f} ({t.low * 100:+.2f} to {t.high * 100:+.2f}) points"
        )
    print(f"\nCo-occurrence (pairs in at least {report.min_support} postings):")
    for sid in ("pytorch", "sql"):
        entry = next((c for c in report.cooccurrence if c.skill_id == sid), None)
        n_skill = counter.total.any[sid]
        partners = (
            ", ".join(
                f"{name(p.skill_id)} {p.lift:.1f}x ({round(p.support * report.postings)})" for p in entry.partners
            )
            if entry
            else "none"
        )
        print(f"  with {name(sid)} ({n_skill} postings): {partners}")
    print(f"\nClusters ({len(report.clusters)}):")
    for i, cl in enumerate(report.clusters, 1):
        print(f"  {i:2}. {cl.name} ({len(cl.skills)} skills): {', '.join(name(s) for s in cl.skills[:8])}")
    plain = counter.result(taxonomy, compare=[(RECENT, EARLIER)], implied=False).coverage_curve
    print("\nCoverage curve, first 10 points (with implied skills | the skills themselves):")
    for a, b in zip(report.coverage_curve[:10], plain[:10]):
        also = ", ".join(name(s) for s in a.also_meets)
        print(
            f"  {a.k:2}  {name(a.skill_id):22} {a.covered_share:6.1%}  |  {name(b.skill_id):22} {b.covered_share:6.1%}"
        )
        if also:
            print(f"      (also meets {also})")
    for target in (0.5, 0.8):
        k1 = next((p.k for p in report.coverage_curve if p.covered_share >= target), None)
        k2 = next((p.k for p in plain if p.covered_share >= target), None)
        print(f"  {target:.0%} reached at k = {k1} (implied) | {k2} (themselves)")
    print(f"\nmerged per-file counters == one counter (and same report): {same}")
    print(
        f"time: extraction {t_extract:.1f} s ({'read from ' + str(args.extracted) if args.extracted else 'batch API'}), "
        f"counting {t_count:.2f} s ({len(items) / t_count:,.0f} postings/s), result {t_result:.2f} s; "
        f"peak RSS {peak_rss_mb():.0f} MB"
    )
    if args.out:
        from analyzer.io.market_report import write_market

        args.out.mkdir(parents=True, exist_ok=True)
        for ext in ("json", "csv", "md", "html"):
            write_market(report, args.out / f"market.{ext}")
        print(f"reports written to {args.out}/market.{{json,csv,md,html}}")
    if args.scale:
        big = MarketCounter(period="year", grouped=True)
        start = time.perf_counter()
        for i in range(args.scale):
            big.add(items[i % len(items)])
        t_big = time.perf_counter() - start
        start = time.perf_counter()
        big.result(taxonomy, compare=[(RECENT, EARLIER)])
        t_big_result = time.perf_counter() - start
        print(
            f"scale: {args.scale:,} postings counted in {t_big:.1f} s ({args.scale / t_big:,.0f}/s), result "
            f"{t_big_result:.1f} s; pairs kept {len(big.pairs):,}; peak RSS {peak_rss_mb():.0f} MB"
        )


if __name__ == "__main__":
    main()
