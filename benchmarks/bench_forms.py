"""How many real surface forms of known skills extraction finds, over every public posting.

    python benchmarks/bench_forms.py [--limit N]

Each probe is a spelling postings use for a skill the taxonomy knows (joined or spaced
"PowerBI" / "Sage Maker", version suffixes "Python3", "GPT4", a Markdown-escaped hyphen
"Map\\-Reduce", "Excel" in a plain skill list; a token glued to the next line's first word where a
source lost its line breaks, "data pipelinesExperience", "ExcelSQL"). For each: how many times the spelling occurs in
the corpus (case-insensitive regular expression, whole words), and how many of those occurrences
a mention of the expected skill covers. A glued-token row counts the tokens whose piece next to
the glue (the named group ``form``) is a one-word form of some skill while the whole token is not
a form ("MySQL" is no glued token); an occurrence is found when any mention covers that piece
("relational databasesExperience" is found as relational databases). CamelCase names with a skill
for a piece ("StataCorp") are counted too: the rows measure reach, not precision. Run it on two checkouts (``PYTHONPATH=...``) to compare
before and after a change; the numbers are counts, not timings, so one run is enough.
"""

import argparse
import re
import sys
from collections import Counter

from _corpus import load_texts, table

from analyzer.nlp.extraction import extract_many
from analyzer.nlp.matching import SkillIndex
from analyzer.taxonomy import load_default_taxonomy

# (label, regular expression over the raw text, expected skill id or None for a glued-token probe)
PROBES = [
    ("PowerBI (joined)", r"(?i)\bpowerbi\b", "power_bi"),
    ("Power BI (spaced)", r"(?i)\bpower bi\b", "power_bi"),
    ("Sage Maker (spaced)", r"(?i)\bsage[ -]maker\b", "aws_sagemaker"),
    ("Cloud Watch (spaced)", r"(?i)\bcloud[ -]watch\b", "aws_cloudwatch"),
    ("Map-Reduce / Map\\-Reduce", r"(?i)\bmap(?:\\?-| )reduce\b", "mapreduce"),
    ("Tensor Flow (spaced)", r"(?i)\btensor[ -]flow\b", "tensorflow"),
    ("Python3 / Python 3.x", r"(?i)\bpython ?3(?:\.[0-9x]+)?\b", "python"),
    ("GPT4 / GPT-4 / GPT3.5", r"(?i)\bgpt-?[34](?:\.5)?\b", "gpt"),
    ("Llama2 / Llama 3", r"(?i)\bllama ?-?[23](?:\.\d)?\b", "llama"),
    ("Excel (capitalised)", r"\bExcel\b(?!\s+(?:at|in)\b)", "excel"),
    ("Big Query (spaced)", r"(?i)\bbig query\b", "bigquery"),
    ("Py Spark (spaced)", r"(?i)\bpy[ -]spark\b", "pyspark"),
    ("XG Boost (spaced)", r"(?i)\bxg[ -]?boost\b", "xgboost"),
    ("Power Point (spaced)", r"(?i)\bpower ?point\b", "powerpoint"),
    # Spellings derived from a skill's own forms (analyzer.taxonomy.derive_forms).
    ("derived: survival model(s) / methods", r"(?i)\bsurvival (?:models?|methods?|techniques?)\b", "survival_analysis"),
    ("derived: thought leader (singular)", r"(?i)\bthought[- ]leader\b", "thought_leadership"),
    ("derived: creative thinker", r"(?i)\bcreative thinker\b", "creativity"),
    ("derived: system(s) development life cycle", r"(?i)\bsystems? development life ?cycle\b", "software_engineering"),
    ("derived: Dynamo (DynamoDB, in a list)", r"\bDynamo\b(?! AI)", "dynamodb"),
    ("derived: K8 (K8s)", r"\bK8\b", "kubernetes"),
    # Glued tokens: the group "form" is a one-word form of the skill expected (any skill), counted
    # only when the whole token is not a form itself ("PyTorch", "MySQL" are not glued tokens).
    ("glued: form + Next (lower-case form)", r"\b(?P<form>[a-z]{3,})[A-Z][a-z]{2,}", None),
    ("glued: Form + Next (capitalised form)", r"\b(?P<form>[A-Z][a-z]{2,})[A-Z][a-z]{2,}", None),
    ("glued: word + Form", r"\b[a-z]{3,}(?P<form>[A-Z][A-Za-z]+)\b", None),
    ("glued: Form + ACRONYM", r"\b(?P<form>[A-Z][a-z]{2,})[A-Z]{2,}\b", None),
    ("glued: ACRONYM + Next", r"\b(?P<form>[A-Z][A-Z0-9]+)[A-Z][a-z]{2,}", None),
    ("glued: form + years (5+)", r"\b(?P<form>[A-Za-z]{3,})\d{1,2}\+", None),
    # Misspelt names, as postings write them (measured here, not listed anywhere as aliases).
    ("misspelt: Tableu / Tablaeu / Talbeau", r"\b(?:Tableu|Tablaeu|Talbeau|Tablueau)\b", "tableau"),
    ("misspelt: H20.ai / H20", r"\bH20(?:\.ai)?\b", "h2o"),
    ("misspelt: Lookr", r"\bLookr\b", "looker"),
    ("misspelt: LightbGM", r"\bLightbGM\b", "lightgbm"),
    ("misspelt: QuikSight", r"\bQuikSight\b", "quicksight"),
    ("misspelt: Baysian", r"\bBaysian\b", "bayesian_statistics"),
    ("misspelt acronym: SLQ (not handled)", r"\bSLQ\b", "sql"),
    ("misspelt acronym: SPPS (not handled)", r"\bSPPS\b", "spss"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N postings")
    args = parser.parse_args()
    texts = load_texts()
    if args.limit:
        texts = texts[: args.limit]
    compiled = [(label, re.compile(rx), skill) for label, rx, skill in PROBES]
    index = SkillIndex(load_default_taxonomy())
    cased = {form: skill.id for skill in index.taxonomy.skills.values() for form, c in skill.surface_forms() if c}
    token = re.compile(r"[A-Za-z0-9]+")

    def expected(hit: re.Match, skill: str | None, text: str) -> str | None:
        """The skill a probe's occurrence is of: its own, or that of the glued token's known piece."""
        if skill is not None:
            return skill
        whole = token.match(text, hit.start()).group().lower()  # type: ignore[union-attr]
        if whole in index.forms:
            return None
        form = hit.group("form")
        if form in cased:
            return cased[form]
        known = index.forms.get(form.lower())
        return known[0].id if known else None

    occurrences: Counter = Counter()
    found: Counter = Counter()
    postings: Counter = Counter()
    total_mentions = 0
    for result in extract_many(((str(i), t) for i, t in enumerate(texts))):
        text = texts[int(result.id)]
        total_mentions += len(result.skills)
        spans: dict[str, list[tuple[int, int]]] = {}
        for m in result.skills:
            spans.setdefault(m.skill_id, []).append((m.start, m.end))
        every = [(m.start, m.end) for m in result.skills]
        for label, rx, skill in compiled:
            hit_here = False
            for hit in rx.finditer(text):
                want = expected(hit, skill, text)
                if want is None:
                    continue
                at = hit.span("form") if skill is None else hit.span()
                occurrences[label] += 1
                # A glued piece counts as found under any mention: "relational databasesExperience"
                # is found as relational databases, not as databases.
                near = spans.get(want, ()) if skill is not None else every
                if any(s < at[1] and at[0] < e for s, e in near):
                    found[label] += 1
                    hit_here = True
            postings[label] += hit_here
    rows = [
        (
            label,
            occurrences[label],
            found[label],
            postings[label],
            f"{found[label] / occurrences[label]:.0%}" if occurrences[label] else "-",
        )
        for label, _, _ in compiled
    ]
    print(f"{len(texts):,} postings, {total_mentions:,} skill mentions in all\n")
    print(table(rows, ("surface form", "occurrences", "found", "postings found in", "share found")))


if __name__ == "__main__":
    sys.exit(main())
