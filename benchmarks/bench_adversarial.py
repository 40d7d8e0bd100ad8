"""Time per MB of hostile inputs: every stage must stay linear in the size of a posting.

    python benchmarks/bench_adversarial.py [--sizes 10,40,160,1000] [--cap 20] [--search 120]

Builds each slow shape found by the adversarial pass (issue 10) at several sizes (KB of UTF-8),
times one whole extraction of it (pipeline + records, as ``skillgap extract`` does per row) and
prints seconds per MB. A linear stage keeps seconds per MB flat as the size grows; a quadratic one
multiplies it by four with each fourfold size. A run that takes longer than ``--cap`` seconds is
stopped and shown as "> cap" (the larger sizes of that shape are then skipped).

Then a randomised search for the worst input: random mixes of pieces of the shapes and of real
posting text (../shared/data/postings, when present), about 40 KB each, for ``--search`` seconds;
the worst few are re-timed at 160 KB. Prints the worst seconds per MB found and how it was made.
The per-posting time budget is switched off here, so it cannot hide a slow stage.
"""

from __future__ import annotations

import argparse
import inspect
import random
import signal
import string
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from analyzer.nlp.extraction import analyse_row
from analyzer.nlp.pipeline import build_pipeline
from analyzer.records import InputRow


def _years(n: int) -> str:  # an unclosed "(" before a long gap and "years"
    return "Python (1. 2" + " " * max(0, n - 19) + "x years"


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _nested(n: int) -> str:
    half = n // 2
    return "(" * (half - 1) + "R" + ")" * (half - 1)


def _r_list(n: int) -> str:
    return "R, " * ((n - 13) // 3) + "R programming"  # whole "R, " units: each R is a word


def _abbreviation(n: int) -> str:
    head = "We use Design of Experiments (DOE) daily. "
    return head + _repeat("DOE ", n - len(head))


def _sentences(n: int) -> str:
    return _repeat("You will build models in Python and SQL with 3+ years of experience. ", n)


def _random_words(n: int) -> str:
    rng = random.Random(n)
    words = []
    size = 0
    while size < n:
        w = "".join(rng.choices(string.ascii_lowercase, k=10))
        words.append(w)
        size += 11
    return " ".join(words)[:n]


SHAPES = {
    "years after unclosed (": _years,
    "!?., run": lambda n: _repeat("!?.,", n),
    "• run": lambda n: _repeat("•", n // 3),  # 3 bytes each in UTF-8
    "nested brackets": _nested,
    "'R, '*k + 'R programming'": _r_list,
    "abbreviation defined once, repeated": _abbreviation,
    "ordinary sentences, one line": _sentences,
    "novel words": _random_words,
    "bracket aside, no close": lambda n: "(" + _repeat("Python preferred, ", n - 1),
    "unclosed ( before sentences": lambda n: "(" + _repeat("Python is required. SQL is a plus. ", n - 1),
    "many abbreviations defined": lambda n: _repeat("Design of Experiments (DE) Python (PY) ", n),
    "years phrases, one sentence": lambda n: _repeat("5 years of Python, 3 years of SQL, ", n),
    "ampersand glue": lambda n: _repeat("R&D&", n),
    "colon lines": lambda n: _repeat("Requirements: Python\n", n),
    "list of skills": lambda n: _repeat("Python, SQL, Spark, ", n),
}


# Measure the stages, not the backstop (older versions have no time limit to switch off).
NO_TIME_LIMIT = {"time_limit": None} if "time_limit" in inspect.signature(analyse_row).parameters else {}


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout


def time_one(nlp, text: str, cap: float) -> float | None:
    """Seconds for one extraction, or None when it ran longer than ``cap``."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, cap)
    start = time.perf_counter()
    try:
        result = analyse_row(nlp, InputRow("x", text), **NO_TIME_LIMIT)
    except Timeout:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    took = time.perf_counter() - start
    if result.error and "could not analyse" in result.error and "Timeout" in result.error:
        return None
    return took


def per_mb(seconds: float, text: str) -> float:
    return seconds / (len(text.encode("utf-8", "surrogatepass")) / 1e6)


def shapes_table(nlp, sizes: list[int], cap: float) -> None:
    print(f"seconds per MB (one extraction; '> cap' = stopped after {cap:g} s)\n")
    header = ["shape"] + [f"{s} KB" for s in sizes]
    rows = []
    for name, make in SHAPES.items():
        row = [name]
        stopped = False
        for kb in sizes:
            if stopped:
                row.append("-")
                continue
            text = make(kb * 1000)
            took = time_one(nlp, text, cap)
            if took is None:
                row.append(f"> {cap / (len(text.encode()) / 1e6):,.0f}")
                stopped = True
            else:
                row.append(f"{per_mb(took, text):,.2f}")
            print(f"  {name} @ {kb} KB: {row[-1]}", file=sys.stderr, flush=True)
        rows.append(row)
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(len(header))]

    def fmt(r):
        return "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |"

    print(fmt(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(fmt(r))


def real_snippets() -> list[str]:
    try:
        from _corpus import load_texts

        texts = load_texts()
    except SystemExit:
        return []
    rng = random.Random(1)
    return rng.sample(texts, min(500, len(texts)))


PIECES = {name: make for name, make in SHAPES.items()}
PIECES["unclosed ("] = lambda n: "("
PIECES["newline"] = lambda n: "\n"
PIECES["heading"] = lambda n: "Nice to have:\n"


def random_mix(rng: random.Random, snippets: list[str], size: int) -> tuple[str, list[str]]:
    parts, recipe, total = [], [], 0
    names = list(PIECES)
    while total < size:
        if snippets and rng.random() < 0.3:
            s = rng.choice(snippets)
            a = rng.randrange(max(1, len(s)))
            piece = s[a : a + rng.randint(50, 3000)]
            recipe.append("posting")
        else:
            name = rng.choice(names)
            piece = PIECES[name](rng.choice([5, 20, 100, 500, 2000, 8000]))
            recipe.append(name)
        parts.append(piece)
        total += len(piece)
    return "".join(parts)[:size], recipe


def search(nlp, seconds: float, cap: float) -> None:
    snippets = real_snippets()
    rng = random.Random(42)
    deadline = time.monotonic() + seconds
    found: list[tuple[float, int, list[str]]] = []
    trials = 0
    while time.monotonic() < deadline:
        seed = rng.randrange(1 << 30)
        text, recipe = random_mix(random.Random(seed), snippets, 40_000)
        took = time_one(nlp, text, cap)
        rate = float("inf") if took is None else per_mb(took, text)
        found.append((rate, seed, recipe))
        trials += 1
    found.sort(reverse=True)
    print(f"\nrandom search: {trials} mixes of ~40 KB in {seconds:g} s; worst five re-timed at 160 KB:\n")
    for rate, seed, recipe in found[:5]:
        text, _ = random_mix(random.Random(seed), snippets, 160_000)
        took = time_one(nlp, text, cap)
        big = "> cap" if took is None else f"{per_mb(took, text):.2f}"
        kinds = sorted(set(recipe))
        print(f"  seed {seed}: {rate:.2f} s/MB at 40 KB, {big} s/MB at 160 KB; pieces: {', '.join(kinds)}")
    if found:
        print(f"\nworst found: {found[0][0]:.2f} s/MB (40 KB mixes)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10,40,160,1000", help="KB per shape, comma-separated")
    parser.add_argument("--cap", type=float, default=20.0, help="seconds before a run is stopped")
    parser.add_argument("--search", type=float, default=120.0, help="seconds of random search (0: none)")
    args = parser.parse_args()
    nlp = build_pipeline()
    nlp.max_length = 10_000_000
    analyse_row(nlp, InputRow("warm", "Requirements: Python, SQL and R."))
    shapes_table(nlp, [int(s) for s in args.sizes.split(",")], args.cap)
    if args.search > 0:
        search(nlp, args.search, args.cap)


if __name__ == "__main__":
    main()
