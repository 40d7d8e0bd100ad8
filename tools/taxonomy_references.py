"""Propose and apply ESCO / O*NET references for the taxonomy's skills (label level).

    python tools/taxonomy_references.py propose -o proposals.csv   # candidates, one row each
    (review the CSV: set the ``decision`` column to ``accept`` or ``reject``)
    python tools/taxonomy_references.py apply data/taxonomy/references_review.csv

``propose`` looks every skill's display name, aliases and cased forms up among the ESCO v1.1.1
preferred and alternative labels and the O*NET Technology Skills examples, first exactly (case,
spacing and hyphens folded) and then "normalised" (an ESCO qualifier in brackets, as in
"Python (computer programming)", or an O*NET vendor prefix / "software" suffix dropped). It never
accepts anything itself: a row comes pre-marked ``accept`` only when the skill's own name is an
exact ESCO preferred label or O*NET example and the skill has no reference of that kind yet; every
other row is left for a reviewer (an alias or a loose ESCO alternative label often names a broader
or different competence). ``apply`` writes the accepted references into the skill files as the
``esco`` (ESCO preferred label) and ``onet`` (O*NET example) fields, one of each per skill,
preferring the name over an alias and an exact match over a normalised one; existing references are
kept unless a reviewed row says ``replace``.

ESCO © European Union, CC BY 4.0; O*NET by USDOL/ETA, CC BY 4.0 (see README "Credits").
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyzer.taxonomy import Taxonomy, normalize_form  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared" / "data" / "taxonomies"
ESCO_FILE = Path("esco_v1.1.1_skills") / "skills_en.csv"
ONET_FILE = Path("onet_technology_skills") / "Technology Skills.txt"
COLUMNS = ("skill_id", "skill", "source", "label", "form", "form_kind", "match", "label_kind", "current", "decision")

_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")
_ONET_SUFFIX = re.compile(r"\s+(?:software|platform|system|systems|language)$", re.I)


def key(label: str) -> str:
    """The folded form two labels are compared under (the one the taxonomy tests use)."""
    return normalize_form(label.replace("-", " "))


@dataclass(frozen=True)
class Reference:
    source: str  # esco | onet
    label: str  # the ESCO preferred label or O*NET example that a reference stores
    matched: str  # the label that matched (an ESCO alternative label, say)
    label_kind: str  # preferred | alternative | example


class ReferenceIndex:
    """ESCO labels and O*NET examples by folded form, exact and normalised."""

    def __init__(self, folder: Path):
        self.exact: dict[str, set[Reference]] = {}
        self.loose: dict[str, set[Reference]] = {}
        self.esco_labels: set[str] = set()
        self.onet_labels: set[str] = set()
        with (folder / ESCO_FILE).open(newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                preferred = row["preferredLabel"].strip()
                self.esco_labels.add(preferred)
                self._add("esco", preferred, preferred, "preferred")
                for alt in row["altLabels"].split("\n"):
                    if alt.strip():
                        self._add("esco", preferred, alt.strip(), "alternative")
        with (folder / ONET_FILE).open(newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t"):
                example = row["Example"].strip()
                self.onet_labels.add(example)
                self.onet_labels.add(row["Commodity Title"].strip())
                self._add("onet", example, example, "example")

    def _add(self, source: str, label: str, matched: str, kind: str) -> None:
        ref = Reference(source, label, matched, kind)
        self.exact.setdefault(key(matched), set()).add(ref)
        loose = _QUALIFIER.sub("", matched) if source == "esco" else _ONET_SUFFIX.sub("", matched)
        if loose != matched and loose.strip():
            self.loose.setdefault(key(loose), set()).add(ref)

    def lookup(self, form: str) -> Iterator[tuple[str, Reference]]:
        k = key(form)
        for ref in sorted(self.exact.get(k, ()), key=_order):
            yield "exact", ref
        for ref in sorted(self.loose.get(k, ()), key=_order):
            if ref not in self.exact.get(k, ()):
                yield "normalised", ref


_KIND_ORDER = {"preferred": 0, "example": 0, "alternative": 1}


def _order(ref: Reference) -> tuple:
    return (ref.source, _KIND_ORDER[ref.label_kind], ref.label)


def propose(taxonomy: Taxonomy, index: ReferenceIndex) -> Iterator[dict]:
    for skill in taxonomy.skills.values():
        forms = [(skill.name, "name")] + [(a, "alias") for a in skill.aliases] + [(c, "cased") for c in skill.cased]
        seen: set[tuple[str, str]] = set()
        for form, form_kind in forms:
            for match, ref in index.lookup(form):
                if (ref.source, ref.label) in seen:
                    continue
                seen.add((ref.source, ref.label))
                current = skill.esco if ref.source == "esco" else skill.onet
                sure = (
                    form_kind == "name"
                    and match == "exact"
                    and ref.label_kind in ("preferred", "example")
                    and not current
                )
                yield {
                    "skill_id": skill.id,
                    "skill": skill.name,
                    "source": ref.source,
                    "label": ref.label,
                    "form": form,
                    "form_kind": form_kind,
                    "match": match,
                    "label_kind": ref.label_kind,
                    "current": current or "",
                    "decision": "accept" if sure else ("current" if current == ref.label else ""),
                }


_RANK = {"name": 0, "alias": 1, "cased": 1}


def apply(rows: list[dict], skills_dir: Path, index: ReferenceIndex) -> dict[str, int]:
    """Write accepted references into the skill files; counts of what changed."""
    chosen: dict[tuple[str, str], tuple[tuple, str, bool]] = {}
    for row in rows:
        decision = row.get("decision", "").strip().lower()
        if decision not in ("accept", "replace"):
            continue
        label, source = row["label"], row["source"]
        known = index.esco_labels if source == "esco" else index.onet_labels
        if label not in known:
            raise SystemExit(f"{row['skill_id']}: {source} label {label!r} is not in the reference data")
        rank = (_RANK.get(row["form_kind"], 2), row["match"] != "exact", row["label_kind"] == "alternative")
        slot = (row["skill_id"], source)
        if slot not in chosen or rank < chosen[slot][0]:
            chosen[slot] = (rank, label, decision == "replace")
    counts = {"esco": 0, "onet": 0}
    for path in sorted(skills_dir.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        changed = False
        for i, line in enumerate(lines):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            record = json.loads(line)
            for source in ("esco", "onet"):
                pick = chosen.get((record["id"], source))
                if pick is None or (record.get(source) and not pick[2]) or record.get(source) == pick[1]:
                    continue
                record[source] = pick[1]
                counts[source] += 1
                changed = True
                lines[i] = json.dumps(record, ensure_ascii=False)
        if changed:
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="folder with the ESCO and O*NET files")
    parser.add_argument("--taxonomy", type=Path, default=ROOT / "data" / "taxonomy")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("propose", help="write candidate references as CSV")
    p.add_argument("-o", "--output", default="-")
    a = sub.add_parser("apply", help="write the accepted rows of a reviewed CSV into the skill files")
    a.add_argument("review", type=Path)
    args = parser.parse_args(argv)
    if not (args.shared / ESCO_FILE).exists():
        print(f"{args.shared}: no ESCO / O*NET files here (see ../shared/data/SOURCES.md)", file=sys.stderr)
        return 2
    index = ReferenceIndex(args.shared)
    if args.command == "propose":
        taxonomy = Taxonomy.load(args.taxonomy)
        out = sys.stdout if args.output == "-" else open(args.output, "w", newline="", encoding="utf-8")
        with out if out is not sys.stdout else open(1, "w", closefd=False) as handle:
            writer = csv.DictWriter(handle, COLUMNS)
            writer.writeheader()
            writer.writerows(propose(taxonomy, index))
        return 0
    with args.review.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    counts = apply(rows, args.taxonomy / "skills", index)
    print(f"references written: ESCO {counts['esco']}, O*NET {counts['onet']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
