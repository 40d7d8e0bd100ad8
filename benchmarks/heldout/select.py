"""Draw the held-out sample: 25 ML postings the dev gold does not contain, reproducibly.

    python benchmarks/heldout/select.py        # writes benchmarks/heldout/ids.txt

Pool: every posting in ../shared/data/postings/*.csv whose role_family is one the dev gold draws
from (ml_ai, data_scientist, research_scientist, data_analyst), whose description is 800-8,000
characters long, whose id is not in ../shared/dev-gold/postings.csv and whose text (whitespace
folded) is not a dev posting's text (the same ad is sometimes in two sources). Duplicated texts
in the pool count once (the first id in file order). The pool is sorted by id, then
random.Random(SEED).sample draws the ids; ids.txt keeps the draw's order.
"""

import csv
import glob
import random
import sys
from pathlib import Path

SEED = 20261204
SAMPLE_SIZE = 25
ROLE_FAMILIES = {"ml_ai", "data_scientist", "research_scientist", "data_analyst"}
MIN_CHARS, MAX_CHARS = 800, 8000

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent.parent / "shared"


def fold(text: str) -> str:
    return " ".join(text.split()).lower()


def read_rows(path: Path) -> list[dict[str, str]]:
    csv.field_size_limit(2**31 - 1)
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def pool() -> list[str]:
    files = sorted(glob.glob(str(SHARED / "data" / "postings" / "*.csv")))
    if not files:
        sys.exit(f"postings not found under {SHARED}/data/postings (../shared exists only in the development checkout)")
    dev = read_rows(SHARED / "dev-gold" / "postings.csv")
    seen_texts = {fold(r["description"]) for r in dev}
    dev_ids = {r["id"] for r in dev}
    ids = []
    for path in files:
        for row in read_rows(Path(path)):
            text = row["description"]
            if row["id"] in dev_ids or row.get("role_family") not in ROLE_FAMILIES:
                continue
            if not MIN_CHARS <= len(text) <= MAX_CHARS:
                continue
            key = fold(text)
            if key in seen_texts:
                continue
            seen_texts.add(key)
            ids.append(row["id"])
    return sorted(ids)


def main() -> None:
    candidates = pool()
    chosen = random.Random(SEED).sample(candidates, SAMPLE_SIZE)
    (HERE / "ids.txt").write_text("\n".join(chosen) + "\n", encoding="utf-8")
    print(f"pool {len(candidates)} postings; wrote {len(chosen)} ids to {HERE / 'ids.txt'}")


if __name__ == "__main__":
    main()
