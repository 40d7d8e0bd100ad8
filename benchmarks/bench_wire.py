"""`plan` and `market` as whole CLI processes next to `analyze` on the same input, in one run.

    python benchmarks/bench_wire.py [--plan-input /work/baseline/all.csv] [--market-size 100000] [--jobs 2]

1. `skillgap plan` vs `skillgap analyze` (JSON report) on the same postings (default: the 6,865
   shared postings): wall time and ratio (target: within 1.5×).
2. `skillgap market --group-by family --date-column posted` vs `skillgap analyze` on a generated
   corpus (bench_scaling's: the shared postings cycled, a group and a date column): peak RSS of
   the process tree (target: under 1 GB) and the time ratio (target: within 1.5×).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from _corpus import load_texts
from bench_scaling import command, run, write_corpus


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plan-input", default="/work/baseline/all.csv")
    parser.add_argument("--market-size", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip", default="", help="plan or market: leave that part out")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        if "plan" not in args.skip:
            src = Path(args.plan_input)
            a = run(command("analyze", src, out / "a.json", args.jobs))
            p = run(command("plan", src, out / "p.json", args.jobs))
            print(f"plan vs analyze on {src}: analyze {a[0]:.1f} s, plan {p[0]:.1f} s, ratio {p[0] / a[0]:.2f}x")
        if "market" not in args.skip:
            src = write_corpus(load_texts(), args.market_size, out / "corpus.csv")
            m = run(command("market", src, out / "m.json", args.jobs))
            print(f"market on {args.market_size:,} postings: {m[0]:.1f} s, peak RSS {m[1] / 2**20:.0f} MB", flush=True)
            a = run(command("analyze", src, out / "a.json", args.jobs))
            print(
                f"analyze on the same: {a[0]:.1f} s, peak RSS {a[1] / 2**20:.0f} MB; "
                f"market / analyze time ratio {m[0] / a[0]:.2f}x"
            )


if __name__ == "__main__":
    main()
