"""Context rules and layout-driven requirement levels on all postings: this tree against a base revision.

    python benchmarks/bench_context.py [--base main] [--sample 20] [--seed 12]

Both trees extract every posting of ../shared/data/postings (the base one is unpacked from git into a
temporary folder and run in its own process). Counted, before and after:

- postings with a "preferably X" / "ideally X" cue inside a sentence, and how the mentions after the
  cue (X) and before it are tagged;
- headings found glued into running text ("…our mission.Qualifications: …", "… solution Preferred
  qualifications Experience with …" in a flattened posting), and Markdown-bold or all-caps headings
  recognised (public ``SegmentIndex.segments`` of each tree);
- mentions by requirement level, and mentions in a sentence run together with the one before it
  ("… is a plus.Experience with …") by level;
- mentions the base found and this tree drops, by the reason :func:`analyzer.nlp.context.out_of_context`
  gives (company blurb, benefits, EEO, physical demands, work environment, field values and the values
  listed under a bare field label, sentences about the employer and skill words inside its name,
  organisation names, compounds and senses such as "senior leadership" or "prevent regressions",
  short forms; "other" = dropped by the matcher itself, e.g. the job-title rules);
- a seeded sample of changed mentions (dropped, added, or tagged differently), printed with their
  context for reading by hand.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import pickle
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from _corpus import SHARED, load_texts, table

ROOT = Path(__file__).resolve().parent.parent

# Run inside a tree (PYTHONPATH=<tree>): mentions and heading segments of every posting, pickled.
WORKER = """
import pickle, sys
sys.path.insert(0, sys.argv[1])
from _corpus import load_texts
from analyzer.nlp.extraction import extract_skills
from analyzer.nlp.pipeline import default_pipeline
from analyzer.nlp.requirements import SegmentIndex
nlp = default_pipeline()
out = []
for text in load_texts():
    mentions = [(m.start, m.end, m.skill_id, m.requirement, m.segment_start, m.segment_end) for m in extract_skills(text, nlp)]
    headings = [(s.start, s.end) for s in SegmentIndex(text).segments if s.heading]
    out.append((mentions, headings))
with open(sys.argv[2], "wb") as f:
    pickle.dump(out, f)
"""

_SCOPE_CUE = re.compile(r"\b(?:preferabl[ey]|ideally)\b", re.I)
_BULLET_START = re.compile(r"^[\s*•·▪●◦○■□➢➤►▶✓✔\-–—#>]*")


def run_tree(tree: Path, out: Path) -> list:
    env = dict(os.environ, PYTHONPATH=str(tree))
    subprocess.run([sys.executable, "-c", WORKER, str(ROOT / "benchmarks"), str(out)], check=True, env=env, cwd=tree)
    with open(out, "rb") as f:
        return pickle.load(f)


def unpack(ref: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "analyzer", "data/taxonomy"], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def scope_counts(texts: list[str], runs: list) -> dict[str, int]:
    """Mentions in sentences with a mid-sentence "preferably"/"ideally": after the cue, before it."""
    counts: collections.Counter = collections.Counter()
    postings = set()
    for i, (mentions, _headings) in enumerate(runs):
        text = texts[i]
        for start, _end, _sid, level, seg_start, seg_end in mentions:
            sentence = text[seg_start:seg_end]
            cue = _SCOPE_CUE.search(sentence)
            if cue is None:
                continue
            lead = sentence[_BULLET_START.match(sentence).end() : cue.start()]  # type: ignore[union-attr]
            if not re.search(r"[A-Za-z0-9]", lead):
                continue  # "Ideally, you …": the cue speaks for the whole item
            postings.add(i)
            where = "after cue" if start >= seg_start + cue.start() else "before cue"
            counts[f"{where}: {level}"] += 1
    counts["postings"] = len(postings)
    return dict(counts)


def heading_counts(texts: list[str], runs: list) -> dict[str, int]:
    glued = markdown = caps = 0
    glued_postings = set()
    for i, (_mentions, headings) in enumerate(runs):
        text = texts[i]
        for start, end in headings:
            line_start = text.rfind("\n", 0, start) + 1
            if text[line_start:start].strip():
                glued += 1
                glued_postings.add(i)
            label = text[line_start:end].strip()
            if label.startswith(("**", "__")):
                markdown += 1
            elif re.sub(r"[^A-Za-z]", "", label).isupper():
                caps += 1
    return {
        "glued headings": glued,
        "postings with a glued heading": len(glued_postings),
        "Markdown-bold headings": markdown,
        "all-caps headings": caps,
    }


def level_counts(texts: list[str], runs: list) -> dict[str, int]:
    """Mentions by level; and those whose sentence starts right after a stop with no space between."""
    counts: collections.Counter = collections.Counter()
    for i, (mentions, _headings) in enumerate(runs):
        text = texts[i]
        for _start, _end, _sid, level, seg_start, _seg_end in mentions:
            counts[f"all mentions: {level}"] += 1
            if seg_start > 1 and text[seg_start - 1] in ".!?" and text[seg_start - 2].isalnum():
                counts[f"run-together sentence: {level}"] += 1
    return dict(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="main", help="git revision to compare with (default: main)")
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    if not (SHARED / "data" / "postings").is_dir():
        sys.exit(f"benchmark corpus not found under {SHARED}/data/postings")
    texts = load_texts()
    with tempfile.TemporaryDirectory() as tmp:
        base = run_tree(unpack(args.base, Path(tmp)), Path(tmp) / "base.pkl")
        this = run_tree(ROOT, Path(tmp) / "this.pkl")

    sys.path.insert(0, str(ROOT))
    from analyzer.nlp.context import out_of_context
    from analyzer.nlp.requirements import SegmentIndex

    dropped: collections.Counter = collections.Counter()
    changes = []
    totals = {"base": 0, "this": 0}
    for i, ((before, _), (after, _)) in enumerate(zip(base, this)):
        totals["base"] += len(before)
        totals["this"] += len(after)
        old = {(m[0], m[1]): m for m in before}
        new = {(m[0], m[1]): m for m in after}
        index = None
        spans = [(m[0], m[1]) for m in before]
        for key in old.keys() - new.keys():
            index = index or SegmentIndex(texts[i])
            reason = out_of_context(texts[i], key[0], key[1], index, spans) or "other (matcher rules)"
            dropped[reason] += 1
            changes.append((i, old[key], f"dropped ({reason})"))
        for key in new.keys() - old.keys():
            changes.append((i, new[key], "added"))
        for key in old.keys() & new.keys():
            if old[key][3] != new[key][3]:
                changes.append((i, new[key], f"{old[key][3]} -> {new[key][3]}"))

    print(f"Postings: {len(texts)}; mentions: {totals['base']} ({args.base}) -> {totals['this']} (this tree)\n")
    scope = [scope_counts(texts, base), scope_counts(texts, this)]
    keys = sorted(set(scope[0]) | set(scope[1]))
    print('"preferably X" / "ideally X" inside a sentence: mentions by where they stand and their level')
    print(table([(k, scope[0].get(k, 0), scope[1].get(k, 0)) for k in keys], ("", args.base, "this tree")))
    levels = [level_counts(texts, base), level_counts(texts, this)]
    keys = sorted(set(levels[0]) | set(levels[1]))
    print("\nMentions by requirement level")
    print(table([(k, levels[0].get(k, 0), levels[1].get(k, 0)) for k in keys], ("", args.base, "this tree")))
    heads = [heading_counts(texts, base), heading_counts(texts, this)]
    print("\nHeadings recognised")
    print(table([(k, heads[0][k], heads[1][k]) for k in heads[0]], ("", args.base, "this tree")))
    print("\nMentions dropped, by reason")
    print(table(sorted(dropped.items(), key=lambda kv: -kv[1]), ("reason", "mentions")))
    kinds = collections.Counter(c[2].split(" (")[0] for c in changes)
    print("\nChanged mentions: " + json.dumps(dict(kinds)))
    rng = random.Random(args.seed)
    print(f"\nSample of {args.sample} changed mentions (seed {args.seed}), for reading by hand:")
    for i, m, kind in rng.sample(changes, min(args.sample, len(changes))):
        text = texts[i]
        before, word, after = text[max(0, m[0] - 80) : m[0]], text[m[0] : m[1]], text[m[1] : m[1] + 50]
        print(f"- [{kind}] posting {i}, {m[2]}: …{before!r} [[{word}]] {after!r}…")


if __name__ == "__main__":
    main()
