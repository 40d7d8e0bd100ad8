"""Write the held-out postings (id,title,description) to a CSV, read from ../shared.

    python benchmarks/heldout/build_postings.py SET OUT.csv     # SET: set1, set2

The posting texts are not part of the project (their licence is unknown): only each set's ids.txt
and gold are committed; this rebuilds the texts from ../shared/data/postings wherever it exists.
"""

import csv
import glob
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent.parent / "shared"


class SharedDataMissing(Exception):
    """../shared/data/postings is not present (it exists only in the development checkout and CI)."""


def heldout_ids(set_name: str) -> list[str]:
    lines = (HERE / set_name / "ids.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def build(set_name: str, out_path: Path) -> int:
    files = sorted(glob.glob(str(SHARED / "data" / "postings" / "*.csv")))
    if not files:
        raise SharedDataMissing(
            f"{SHARED}/data/postings is not here: ../shared exists only in the development checkout"
        )
    wanted = heldout_ids(set_name)
    found: dict[str, tuple[str, str]] = {}
    csv.field_size_limit(2**31 - 1)
    for path in files:
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row["id"] in wanted:
                    found[row["id"]] = (row["title"], row["description"])
    absent = [i for i in wanted if i not in found]
    if absent:
        raise SharedDataMissing(f"held-out ids not found in {SHARED}/data/postings: {', '.join(absent)}")
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "title", "description"])
        for pid in wanted:
            writer.writerow([pid, *found[pid]])
    return len(wanted)


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: build_postings.py SET OUT.csv")
    try:
        n = build(sys.argv[1], Path(sys.argv[2]))
    except SharedDataMissing as exc:
        sys.exit(str(exc))
    print(f"wrote {n} postings to {sys.argv[2]}")


if __name__ == "__main__":
    main()
