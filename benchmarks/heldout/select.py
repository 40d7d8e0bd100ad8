"""Draw a held-out sample: 25 ML postings the dev gold and earlier sets do not contain, reproducibly.

    python benchmarks/heldout/select.py set1   # seed 20261204, writes benchmarks/heldout/set1/ids.txt
    python benchmarks/heldout/select.py set2   # seed 20261205, also excludes set1's postings

Pool: every posting in ../shared/data/postings/*.csv whose role_family is one the dev gold draws
from (ml_ai, data_scientist, research_scientist, data_analyst), whose description is 800-8,000
characters long, whose id is not in ../shared/dev-gold/postings.csv or an earlier set's ids.txt and whose text
(whitespace folded) is not one of theirs (the same ad is sometimes in two sources). Duplicated texts
in the pool count once (the first id in file order). The pool is sorted by id, then
random.Random(SEED).sample draws the ids; ids.txt keeps the draw's order.
"""

import csv
import glob
import random
import sys
from pathlib import Path

# Each set's seed; a later set also excludes every earlier set's postings.
SEEDS = {
    "set1": 20261204,
    "set2": 20261205,
    "set3": 20261206,
    "set4": 20261207,
    "set5": 20261208,
    "set6": 20261209,
    "set7": 20261210,
    "set8": 20261211,
    "set9": 20261212,
    "set10": 20261213,
    "set11": 20261214,
    "set12": 20261215,
    "set13": 20261216,
    "set14": 20261217,
    "set15": 20261218,
    "set16": 20261219,
    "set17": 20261220,
    "set18": 20261221,
    "set19": 20261222,
    "set20": 20261223,
    "set21": 20261224,
    "set22": 20261225,
    "set23": 20261226,
    "set24": 20261227,
    "set25": 20261228,
    "set26": 20261229,
    "set27": 20261230,
    "set28": 20261231,
    "set29": 20270101,
    "set30": 20270102,
    "set31": 20270103,
    "set32": 20270104,
    "set33": 20270105,
    "set34": 20270106,
    "set35": 20270107,
    "set36": 20270108,
    "set37": 20270109,
    "set38": 20270110,
    "set39": 20270111,
    "set40": 20270112,
    "set41": 20270113,
    "set42": 20270114,
    "set43": 20270115,
    "set44": 20270116,
    "set45": 20270117,
    "set46": 20270118,
    "set47": 20270119,
    "set48": 20270120,
    "set49": 20270121,
    "set50": 20270122,
    "set51": 20270123,
    "set52": 20270124,
    "set53": 20270125,
    "set54": 20270126,
}
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


def pool(excluded_ids: set[str]) -> list[str]:
    files = sorted(glob.glob(str(SHARED / "data" / "postings" / "*.csv")))
    if not files:
        sys.exit(f"postings not found under {SHARED}/data/postings (../shared exists only in the development checkout)")
    dev = read_rows(SHARED / "dev-gold" / "postings.csv")
    seen_texts = {fold(r["description"]) for r in dev}
    excluded = {r["id"] for r in dev} | excluded_ids
    rows = [row for path in files for row in read_rows(Path(path))]
    seen_texts |= {fold(row["description"]) for row in rows if row["id"] in excluded_ids}
    ids = []
    for row in rows:
        text = row["description"]
        if row["id"] in excluded or row.get("role_family") not in ROLE_FAMILIES:
            continue
        if not MIN_CHARS <= len(text) <= MAX_CHARS:
            continue
        key = fold(text)
        if key in seen_texts:
            continue
        seen_texts.add(key)
        ids.append(row["id"])
    return sorted(ids)


def earlier_ids(name: str) -> set[str]:
    names = list(SEEDS)
    earlier = names[: names.index(name)]
    return {line.strip() for n in earlier for line in (HERE / n / "ids.txt").read_text().splitlines() if line.strip()}


def main() -> None:
    if len(sys.argv) != 2 or sys.argv[1] not in SEEDS:
        sys.exit(f"usage: select.py {{{','.join(SEEDS)}}}")
    name = sys.argv[1]
    candidates = pool(earlier_ids(name))
    chosen = random.Random(SEEDS[name]).sample(candidates, SAMPLE_SIZE)
    out = HERE / name / "ids.txt"
    out.parent.mkdir(exist_ok=True)
    out.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    print(f"pool {len(candidates)} postings; wrote {len(chosen)} ids to {out}")


if __name__ == "__main__":
    main()
