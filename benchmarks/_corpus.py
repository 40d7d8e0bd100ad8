"""The benchmark corpus: every posting in ../shared/data/postings (not shipped with the project)."""

import csv
import glob
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def load_texts() -> list[str]:
    files = sorted(glob.glob(str(SHARED / "data" / "postings" / "*.csv")))
    if not files:
        sys.exit(
            f"benchmark corpus not found under {SHARED}/data/postings (it exists in the development checkout and CI)"
        )
    csv.field_size_limit(2**31 - 1)
    texts = []
    for path in files:
        with open(path, encoding="utf-8", newline="") as f:
            texts += [row["description"] for row in csv.DictReader(f)]
    return texts


def table(rows: list[tuple], header: tuple) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda r: "| " + " | ".join(str(x).ljust(w) for x, w in zip(r, widths)) + " |"  # noqa: E731
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows])
