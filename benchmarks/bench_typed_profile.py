"""Time to read a long typed skill list, before and after a change, in one process.

    python benchmarks/bench_typed_profile.py [--chars 40000] [--before main] [--rounds 3]

The list is made up like a pasted one: a sixth known skill names, a tenth typos of them, a tenth
names with years, the rest words no taxonomy knows (so every unknown entry up to
MAX_FUZZY_ENTRIES gets the typo passes and "did you mean"). ``--before`` names a git revision
whose ``analyzer/gap/profile.py`` is loaded beside the working tree's; both read the same list in
alternating rounds, their profiles must be identical, and the medians are printed with their
ratio. Notes: ``benchmarks/profile_typed.md``.
"""

import argparse
import importlib.util
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from analyzer.gap import profile as after
from analyzer.taxonomy import load_default_taxonomy

SYLLABLES = ["ka", "lo", "mi", "tre", "van", "dor", "ex", "qui", "zen", "pol", "ar", "fu", "ste", "bri", "no"]


def skill_list(chars: int, seed: int = 5) -> str:
    rnd = random.Random(seed)
    names = sorted(s.name for s in load_default_taxonomy().skills.values())
    out: list[str] = []
    while sum(len(e) + 2 for e in out) < chars:
        r = rnd.random()
        if r < 0.15:
            out.append(rnd.choice(names))
        elif r < 0.25:  # a letter dropped
            w = rnd.choice(names)
            k = rnd.randrange(len(w))
            out.append(w[:k] + w[k + 1 :] if len(w) > 4 else w)
        elif r < 0.35:
            out.append(f"{rnd.choice(names)} {rnd.randint(1, 9)} years")
        else:
            words = rnd.randint(1, 3)
            out.append(" ".join("".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 4))) for _ in range(words)))
    return ", ".join(out)[:chars]


def module_at(revision: str):
    root = Path(__file__).resolve().parents[1]
    source = subprocess.run(
        ["git", "-C", str(root), "show", f"{revision}:analyzer/gap/profile.py"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    spec = importlib.util.spec_from_loader("analyzer.gap.profile_before", loader=None)
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "analyzer.gap"
    sys.modules[spec.name] = module
    exec(compile(source, f"{revision}:profile.py", "exec"), module.__dict__)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=40_000)
    parser.add_argument("--before", default="main")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    taxonomy = load_default_taxonomy()
    before = module_at(args.before)
    before._resolver(taxonomy), after._resolver(taxonomy)  # built once, as in a running process
    text = skill_list(args.chars)
    print(f"{len(text):,} characters, {len(after.split_entries(text)):,} entries")
    times: dict[str, list[float]] = {"before": [], "after": []}
    for _ in range(args.rounds):
        results = {}
        for name, module in (("before", before), ("after", after)):
            start = time.perf_counter()
            results[name] = module.Profile.from_text(text, taxonomy).to_dict()
            times[name].append(time.perf_counter() - start)
        assert results["before"] == results["after"], "the profiles differ"
    b, a = statistics.median(times["before"]), statistics.median(times["after"])
    print(f"before ({args.before}) {b:.2f} s, after {a:.2f} s: {b / a:.1f}x, identical profiles")


if __name__ == "__main__":
    main()
