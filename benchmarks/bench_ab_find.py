"""The skill matcher of this tree against a base tree's, in one process, posting by posting.

    PYTHONPATH=. python benchmarks/bench_ab_find.py [--base ../main] [--postings /tmp/split/all.csv]
        [-n 1000] [--seed 7] [--swap]

On a shared machine two processes timed one after the other differ by ±5 % from the load alone, more
than most speed changes are worth. Here the base tree's ``analyzer/nlp/matching.py`` and
``analyzer/nlp/tasks.py`` are loaded beside this tree's (every other module is this tree's), a
``SkillIndex`` is built from each, and each posting is read by both, the order alternating from one
posting to the next: the load falls on both alike. CPU time (``time.process_time``) of
``SkillIndex.find`` only, summed per side, after 50 postings to warm up; and whether both found the
same mentions (``diffs``: postings where they differ).

The index built second runs about 1 % faster (the same code on both sides gives 1.010–1.012×):
``--swap`` builds this tree's first, and the true ratio lies between the two runs' ratios.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

import pandas as pd

import analyzer.nlp.matching as matching_here
import analyzer.nlp.tasks as tasks_here
from analyzer.nlp.pipeline import default_pipeline, pipeline_taxonomy
from analyzer.nlp.requirements import segment_index


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _base_matching(base: Path) -> ModuleType:
    """The base tree's matching module, bound to the base tree's tasks module."""
    tasks_base = _load("analyzer.nlp.tasks_base", base / "analyzer" / "nlp" / "tasks.py")
    sys.modules["analyzer.nlp.tasks"] = tasks_base  # what the base matching's "from .tasks import" reads
    try:
        return _load("analyzer.nlp.matching_base", base / "analyzer" / "nlp" / "matching.py")
    finally:
        sys.modules["analyzer.nlp.tasks"] = tasks_here


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=Path, default=Path("../main"))
    parser.add_argument("--postings", default="/tmp/split/all.csv")
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--swap", action="store_true", help="build this tree's index first")
    args = parser.parse_args()
    matching_base = _base_matching(args.base.resolve())
    taxonomy = pipeline_taxonomy(default_pipeline())
    if args.swap:
        here = matching_here.SkillIndex(taxonomy)
        base = matching_base.SkillIndex(taxonomy)
    else:
        base = matching_base.SkillIndex(taxonomy)
        here = matching_here.SkillIndex(taxonomy)
    rows = pd.read_csv(args.postings, keep_default_na=False, dtype=str).sample(args.n + 50, random_state=args.seed)
    texts = rows["description"].tolist()
    for text in texts[:50]:
        base.find(text, segments=segment_index(text))
        here.find(text, segments=segment_index(text))
    spent = {"base": 0.0, "here": 0.0}
    diffs = 0
    for i, text in enumerate(texts[50:]):
        found = {}
        for side, index in (("base", base), ("here", here)) if i % 2 else (("here", here), ("base", base)):
            segments = segment_index(text)
            start = time.process_time()
            found[side] = [(m.start, m.end, m.skill.id) for m in index.find(text, segments=segments)]
            spent[side] += time.process_time() - start
        diffs += found["base"] != found["here"]
    print(
        f"base {spent['base']:.3f} s  here {spent['here']:.3f} s  ratio {spent['base'] / spent['here']:.3f}×"
        f"  diffs {diffs} of {args.n} postings"
    )


if __name__ == "__main__":
    main()
