"""Train and measure a learned skill-span tagger beside the rule-based extractor (an experiment;
the result, a no-go, is written up in benchmarks/skill_tagger.md).

    python tools/skill_tagger.py train --sets dev,set1,set2,set3,set4,set5,set6 --out /tmp/tagger/A-ner
    python tools/skill_tagger.py predict --model /tmp/tagger/A-ner --sets set7,set8 --out /tmp/tagger/A.jsonl
    python tools/skill_tagger.py score --pred /tmp/tagger/A.jsonl --sets set7,set8 --levels required,preferred
    python tools/skill_tagger.py speed --model /tmp/tagger/A-ner --limit 600
    python -m analyzer extract /tmp/split/all.csv -o /tmp/tagmine/rules.jsonl --jobs 2 --quiet
    python tools/skill_tagger.py mine --model /tmp/tagger/A-ner --rules /tmp/tagmine/rules.jsonl \
        --tagged /tmp/tagmine/all.tagged.jsonl --out /tmp/tagmine/mined.csv

Training data: each annotated posting's gold mentions (dev: ../shared/dev-gold, set1..set8:
benchmarks/heldout) become every occurrence the official scorer counts (../shared/dev-gold/score.py:
case-insensitive whole words, context-restricted mentions), turned into token spans of the project's
own tokenizer (:class:`analyzer.nlp.tokenizer.BoundaryTokenizer`) with one label, SKILL; overlapping
occurrences keep the longest. Core skills are the targets. Edge skills (neutral in scoring) are
*missing* labels for the NER model (neither a skill nor outside, so they cost nothing in the loss);
the span categorizer cannot leave them out and learns them as negatives. A span that does not align
to tokens or crosses a line is dropped and counted. The texts are cut into lines (long lines into
pieces of at most ``MAX_CHUNK`` characters). Models: spaCy's NER (``--arch ner``, the default) or
span categorizer (``--arch spancat``, ngram suggester, which gives scores to threshold), both on a
small hash-embedding CNN; CPU, fixed seed, no pretrained vectors, no downloads. ``--rule-features``
adds the rules' view of each token (inside a rule skill or not; its line's level or section) as a
token feature, from the rules' output of the training postings (and of the scored ones at predict).

``score`` adds the tagger's spans to the rule output (``python -m analyzer extract`` of the same
postings, cached in /tmp/tagger): a tagged span overlapping a rule span or a degree requirement is
dropped; the rules' context gate (:func:`analyzer.nlp.context.in_context`, as for unlisted skills)
drops those in company blurbs, benefits, EEO prose and field values; a new span becomes the taxonomy
skill whose surface form it is, else an ``unlisted:`` skill under the project's naming, with the level
the pipeline gives that position (its segment's level). ``--levels required,preferred`` keeps only
tagged spans at those levels. Scored with the official scorer beside the rules alone. Set9 is never
read (asking for it exits).

``mine`` uses the tagger offline, as a vocabulary miner: it tags the ask lines of every posting of a CSV
(as ``speed`` does; the spans are cached in ``--tagged``), keeps the spans the rules' output of the same
postings does not have (the same overlap and context-gate rules as ``score``), folds each to a phrase
(case, spacing, edge punctuation and edge function words) and writes the phrases found in at least
``--min-postings`` postings, most postings first, with mentions, levels, surfaces, the taxonomy skill a
phrase is a form of (if the rules left it out, e.g. a cased form in prose) and example contexts. The
list is for review by hand before anything goes into data/taxonomy/skills/.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks" / "heldout"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import spacy  # noqa: E402
from bench_heldout import load_scorer  # noqa: E402  (the official scorer, loaded as the bench does)
from spacy.lang.en.stop_words import STOP_WORDS  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import fix_random_seed, minibatch  # noqa: E402

from analyzer.nlp.context import in_context  # noqa: E402
from analyzer.nlp.pipeline import default_pipeline, pipeline_taxonomy  # noqa: E402
from analyzer.nlp.registry import TOKENIZER  # noqa: E402
from analyzer.nlp.requirements import segment_index  # noqa: E402
from analyzer.records import unlisted_id  # noqa: E402
from analyzer.taxonomy import normalize_form  # noqa: E402

SHARED = ROOT.parent / "shared"
HELDOUT = ROOT / "benchmarks" / "heldout"
WORK = Path("/tmp/tagger")
LABEL = "SKILL"
SPANS_KEY = "sc"
MAX_CHUNK = 1500
NGRAM_SIZES = [1, 2, 3, 4, 5, 6]
FORBIDDEN = "set9"


def set_files(name: str) -> tuple[Path, Path]:
    """(postings CSV, gold JSONL) of a set; the set's postings are rebuilt from ../shared once."""
    if name == FORBIDDEN:
        raise SystemExit("set9 is the held-out set: never used here")
    if name == "dev":
        return SHARED / "dev-gold" / "postings.csv", SHARED / "dev-gold" / "gold.jsonl"
    from build_postings import build

    WORK.mkdir(parents=True, exist_ok=True)
    csv_path = WORK / f"{name}.csv"
    if not csv_path.exists():
        build(name, csv_path)
    return csv_path, HELDOUT / name / "gold.jsonl"


def load_sets(names: list[str]) -> tuple[dict[str, str], dict[str, dict]]:
    scorer = load_scorer()
    texts: dict[str, str] = {}
    gold: dict[str, dict] = {}
    for name in names:
        csv_path, gold_path = set_files(name)
        t = scorer.load_texts(str(csv_path))
        g = scorer.load_jsonl(str(gold_path))
        texts.update({pid: t[pid] for pid in g})
        gold.update(g)
    return texts, gold


def gold_spans(scorer: ModuleType, text: str, entry: dict, with_edge: bool) -> tuple[list[tuple[int, int]], int]:
    """Non-overlapping character spans of the gold occurrences (longest first), and how many overlapped."""
    spans = set()
    for skill in entry["skills"]:
        if skill.get("edge") and not with_edge:
            continue
        for mention in skill["mentions"]:
            spans.update(scorer.occurrences(text, mention))
    kept: list[tuple[int, int]] = []
    dropped = 0
    for s, e in sorted(spans, key=lambda se: (-(se[1] - se[0]), se[0])):
        if any(s < ke and ks < e for ks, ke in kept):
            dropped += 1
            continue
        kept.append((s, e))
    return sorted(kept), dropped


def chunks(text: str) -> list[tuple[int, int]]:
    """Lines of ``text`` (offsets, blank ones left out); a line longer than MAX_CHUNK is cut at spaces."""
    out = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        while end - start > MAX_CHUNK:
            cut = text.rfind(" ", start + MAX_CHUNK // 2, start + MAX_CHUNK)
            cut = cut if cut > start else start + MAX_CHUNK
            if text[start:cut].strip():
                out.append((start, cut))
            start = cut
        if text[start:end].strip():
            out.append((start, end))
    return out


def make_tokenizer():
    return spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})


def mark_rules(doc: Doc, offset: int, text: str, rule_spans: list[tuple[int, int]], segments) -> Doc:
    """Give each token the rules' view as its tag: inside a rule skill or not, and the level or
    section of its line (the ``--rule-features`` input of the model)."""
    starts = sorted(rule_spans)
    j = 0
    for token in doc:
        at = offset + token.idx
        while j < len(starts) and starts[j][1] <= at:
            j += 1
        inside = j < len(starts) and starts[j][0] <= at < starts[j][1]
        seg = segments.segment_at(at)
        level = seg.level if seg is not None else (segments.section_at(at) or "none")
        token.tag_ = ("S" if inside else "O") + "_" + level
    return doc


def rule_spans_of(record: dict) -> list[tuple[int, int]]:
    return [(int(x["start"]), int(x["end"])) for x in record.get("skills") or []]


def training_docs(
    nlp, names: list[str], with_edge: bool, rule_features: bool = False
) -> tuple[list[Doc], dict[str, int]]:
    scorer = load_scorer()
    texts, gold = load_sets(names)
    rules = rules_predictions(names) if rule_features else {}
    counts = {"postings": 0, "spans": 0, "overlapping": 0, "misaligned": 0, "cut": 0, "chunks": 0, "tokens": 0}
    lengths: dict[int, int] = {}
    docs = []
    for pid, entry in gold.items():
        text = texts[pid]
        spans, overlapping = gold_spans(scorer, text, entry, with_edge)
        every, _ = gold_spans(scorer, text, entry, True)
        edges = [(s, e) for s, e in every if not any(s < ce and cs < e for cs, ce in spans)]
        counts["postings"] += 1
        counts["overlapping"] += overlapping
        counts["spans"] += len(spans)
        placed = set()
        segments = segment_index(text) if rule_features else None
        for cs, ce in chunks(text):
            doc = nlp.make_doc(text[cs:ce])
            if rule_features:
                mark_rules(doc, cs, text, rule_spans_of(rules.get(pid, {})), segments)
            group = []
            for s, e in spans:
                if cs <= s and e <= ce:
                    span = doc.char_span(s - cs, e - cs, label=LABEL, alignment_mode="strict")
                    placed.add((s, e))
                    if span is None:
                        counts["misaligned"] += 1
                        continue
                    lengths[len(span)] = lengths.get(len(span), 0) + 1
                    group.append(span)
            doc.spans[SPANS_KEY] = group
            unknown = [doc.char_span(s - cs, e - cs, alignment_mode="expand") for s, e in edges if cs <= s and e <= ce]
            doc.spans["edge"] = [u for u in unknown if u is not None]
            docs.append(doc)
            counts["chunks"] += 1
            counts["tokens"] += len(doc)
        counts["cut"] += len(spans) - len(placed)
    too_long = sum(n for k, n in lengths.items() if k > max(NGRAM_SIZES))
    counts["longer_than_suggester"] = too_long
    counts["length_histogram"] = dict(sorted(lengths.items()))  # type: ignore[assignment]
    return docs, counts


def build_model(nlp, width: int, depth: int, rows: int, arch: str = "spancat", rule_features: bool = False) -> None:
    embed = {
        "@architectures": "spacy.MultiHashEmbed.v2",
        "width": width,
        "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"] + (["TAG"] if rule_features else []),
        "rows": [rows, rows // 5, rows // 2, rows // 5] + ([100] if rule_features else []),
        "include_static_vectors": False,
    }
    encode = {
        "@architectures": "spacy.MaxoutWindowEncoder.v2",
        "width": width,
        "depth": depth,
        "window_size": 1,
        "maxout_pieces": 3,
    }
    tok2vec = {"@architectures": "spacy.Tok2Vec.v2", "embed": embed, "encode": encode}
    if arch == "ner":
        nlp.add_pipe(
            "ner",
            config={
                "model": {
                    "@architectures": "spacy.TransitionBasedParser.v2",
                    "state_type": "ner",
                    "extra_state_tokens": False,
                    "hidden_width": 64,
                    "maxout_pieces": 2,
                    "use_upper": True,
                    "tok2vec": tok2vec,
                }
            },
        )
        return
    config = {
        "spans_key": SPANS_KEY,
        "threshold": 0.5,
        "max_positive": 1,
        "suggester": {"@misc": "spacy.ngram_suggester.v1", "sizes": NGRAM_SIZES},
        "model": {
            "@architectures": "spacy.SpanCategorizer.v1",
            "reducer": {"@layers": "spacy.mean_max_reducer.v1", "hidden_size": 128},
            "scorer": {"@layers": "spacy.LinearLogistic.v1"},
            "tok2vec": {"@architectures": "spacy.Tok2Vec.v2", "embed": embed, "encode": encode},
        },
    }
    nlp.add_pipe("spancat", config=config)


def predicted_doc(nlp, reference: Doc) -> Doc:
    """A fresh Doc of the reference's text with its tags (the rule features) and nothing else."""
    doc = nlp.make_doc(reference.text)
    for token, ref in zip(doc, reference):
        token.tag_ = ref.tag_
    return doc


def uses_rule_features(nlp) -> bool:
    return any(
        "TAG" in (nlp.config["components"][name]["model"]["tok2vec"].get("embed") or {}).get("attrs", [])
        for name in nlp.pipe_names
    )


def train(args) -> None:
    fix_random_seed(args.seed)
    nlp = make_tokenizer()
    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    docs, counts = training_docs(nlp, names, args.with_edge, args.rule_features)
    print("training data:", json.dumps(counts), flush=True)
    build_model(nlp, args.width, args.depth, args.rows, args.arch, args.rule_features)
    if args.arch == "ner":
        # Core skills are entities; edge skills are unknown (neither entity nor outside) for the loss.
        for d in docs:
            core = list(d.spans[SPANS_KEY])
            edge = [u for u in d.spans["edge"] if not any(u.start < c.end and c.start < u.end for c in core)]
            d.set_ents(core, missing=edge, default="outside")
    examples = [Example(predicted_doc(nlp, d), d) for d in docs]
    optimizer = nlp.initialize(lambda: examples)
    optimizer.learn_rate = args.learn_rate
    rng = random.Random(args.seed)
    started = time.time()
    for epoch in range(args.epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=args.batch):
            nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
        print(f"epoch {epoch + 1}: loss {losses.get(args.arch, 0.0):.2f}  {time.time() - started:.0f}s", flush=True)
        if args.max_seconds and time.time() - started > args.max_seconds:
            print("time budget reached", flush=True)
            break
    out = Path(args.out)
    nlp.to_disk(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"saved {out} ({size / 1e6:.1f} MB) in {time.time() - started:.0f}s")


def tag_text(
    nlp, text: str, min_score: float, only: list[tuple[int, int]] | None = None, rules: dict | None = None
) -> list[tuple[int, int, float]]:
    """(start, end, score) of the tagger's spans in ``text``, non-overlapping, best first kept.
    ``rules``: the rules' extract record of the text, for a model trained with rule features."""
    pieces = chunks(text) if only is None else only
    found = []
    docs = [nlp.make_doc(text[cs:ce]) for cs, ce in pieces]
    if rules is not None:
        segments = segment_index(text)
        for (cs, _), doc in zip(pieces, docs):
            mark_rules(doc, cs, text, rule_spans_of(rules), segments)
    for (cs, _), doc in zip(pieces, nlp.pipe(docs)):
        if SPANS_KEY not in doc.spans:  # the NER variant: no scores
            found += [(cs + ent.start_char, cs + ent.end_char, 1.0) for ent in doc.ents]
            continue
        group = doc.spans[SPANS_KEY]
        scores = group.attrs.get("scores")
        for i, span in enumerate(group):
            score = float(scores[i][0]) if scores is not None else 1.0
            if score >= min_score:
                found.append((cs + span.start_char, cs + span.end_char, score))
    kept: list[tuple[int, int, float]] = []
    for s, e, sc in sorted(found, key=lambda x: -x[2]):
        if not any(s < ke and ks < e for ks, ke, _ in kept):
            kept.append((s, e, sc))
    return sorted(kept)


def ask_chunks(text: str) -> list[tuple[int, int]]:
    """The chunks that lie on lines of required, preferred or duty sections (or of a level)."""
    segments = segment_index(text)
    wanted = []
    for cs, ce in chunks(text):
        section = segments.section_at(cs + len(text[cs:ce]) - len(text[cs:ce].lstrip()))
        if section in ("required", "preferred", "duty"):
            wanted.append((cs, ce))
            continue
        seg = segments.segment_at(cs + len(text[cs:ce]) - len(text[cs:ce].lstrip()))
        if seg is not None and seg.level in ("required", "preferred"):
            wanted.append((cs, ce))
    return wanted


def predict(args) -> None:
    nlp = spacy.load(args.model)
    if "spancat" in nlp.pipe_names:
        nlp.get_pipe("spancat").cfg["threshold"] = args.min_score
    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    texts, gold = load_sets(names)
    rules = rules_predictions(names, args.rules_file) if uses_rule_features(nlp) else None
    started = time.time()
    with open(args.out, "w", encoding="utf-8") as f:
        for pid in gold:
            text = texts[pid]
            only = ask_chunks(text) if args.asks_only else None
            spans = tag_text(nlp, text, args.min_score, only, None if rules is None else rules.get(pid, {}))
            f.write(json.dumps({"id": pid, "spans": spans}) + "\n")
    print(f"tagged {len(gold)} postings in {time.time() - started:.1f}s -> {args.out}")


def rules_predictions(names: list[str], rules_file: str = "rules") -> dict[str, dict]:
    """``python -m analyzer extract`` of the sets' postings (cached under /tmp/tagger as
    SET.rules.jsonl; another ``rules_file`` reads SET.<rules_file>.jsonl made by other code)."""
    scorer = load_scorer()
    pred: dict[str, dict] = {}
    for name in names:
        csv_path, _ = set_files(name)
        out = WORK / f"{name}.{rules_file}.jsonl"
        if not out.exists():
            subprocess.run(
                [sys.executable, "-m", "analyzer", "extract", str(csv_path), "-o", str(out), "-q"],
                check=True,
                cwd=ROOT,
            )
        pred.update(scorer.load_jsonl(str(out)))
    return pred


class _Candidate:
    """A rule span or a tagged span, as the context rules see it."""

    __slots__ = ("start", "end", "candidate")

    def __init__(self, start: int, end: int, candidate: bool):
        self.start, self.end, self.candidate = start, end, candidate


def stop_edged(surface: str) -> bool:
    """The span starts or ends with a function word ("each analysis", "team with"): a fragment."""
    words = surface.lower().split()
    return bool(words) and (words[0] in STOP_WORDS or words[-1] in STOP_WORDS)


def merge(
    text: str,
    rules: dict,
    tagged: list,
    threshold: float,
    forms: dict,
    context: bool = True,
    levels: frozenset[str] | None = None,
    stop_edges: bool = False,
    max_words: int = 0,
) -> dict:
    """The rule output with the tagger's new spans (score >= threshold, no overlap with a rule span
    or a degree requirement; with ``context``, only those the rules' context gate keeps)."""
    skills = list(rules.get("skills") or [])
    taken = [(int(s["start"]), int(s["end"])) for s in skills]
    taken += [(int(d["start"]), int(d["end"])) for d in rules.get("education") or [] if "start" in d]
    segments = segment_index(text)
    new = [(s, e, sc) for s, e, sc in tagged if sc >= threshold and not any(s < te and ts < e for ts, te in taken)]
    if context and new:
        spans = [_Candidate(int(x["start"]), int(x["end"]), False) for x in skills]
        spans += [_Candidate(s, e, True) for s, e, _ in new]
        spans.sort(key=lambda c: (c.start, c.end))
        kept = {(c.start, c.end) for c in in_context(text, spans, segments) if c.candidate}
        new = [(s, e, sc) for s, e, sc in new if (s, e) in kept]
    for s, e, score in new:
        if any(s < te and ts < e for ts, te in taken):
            continue
        surface = text[s:e]
        if stop_edges and stop_edged(surface):
            continue
        if max_words and len(surface.split()) > max_words:
            continue
        known = forms.get(normalize_form(surface))
        name = known.name if known is not None else " ".join(surface.split())
        seg = segments.segment_at(s)
        if levels is not None and (seg.level if seg is not None else "unspecified") not in levels:
            continue
        skills.append(
            {
                "skill": name,
                "skill_id": known.id if known is not None else unlisted_id(name),
                "start": s,
                "end": e,
                "text": surface,
                "requirement": seg.level if seg is not None else "unspecified",
                "tagged": round(score, 3),
            }
        )
        taken.append((s, e))
    return dict(rules, skills=skills)


def taxonomy_forms() -> dict:
    index = default_pipeline().get_pipe("skillgap_skill_matcher").index  # type: ignore[attr-defined]
    _ = pipeline_taxonomy
    return {k: skill for k, (skill, _) in index.forms.items()}


def score(args) -> None:
    scorer = load_scorer()
    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    texts, gold = load_sets(names)
    rules = rules_predictions(names, args.rules_file)
    tagged = {}
    with open(args.pred, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            tagged[row["id"]] = row["spans"]
    forms = taxonomy_forms()
    thresholds = [float(t) for t in args.threshold.split(",")]
    levels = frozenset(args.levels.split(",")) if args.levels else None
    base = scorer.score(texts, gold, rules)
    results = {"rules": summary(base, texts, gold, rules, scorer)}
    for t in thresholds:
        merged = {
            pid: merge(
                texts[pid],
                rules.get(pid, {}),
                tagged.get(pid, []),
                t,
                forms,
                not args.no_context,
                levels,
                args.stop_edges,
                args.max_words,
            )
            for pid in gold
        }
        res = scorer.score(texts, gold, merged)
        results[f"rules+tagger@{t}"] = summary(res, texts, gold, merged, scorer)
        if args.verbose:
            gained = {m for m in base["misses"]} - {m for m in res["misses"]}
            new_fp = set(map(tuple, res["false_positives"])) - set(map(tuple, base["false_positives"]))
            for pid, name in sorted(gained):
                print("GAINED", pid, name)
            for pid, name, text in sorted(new_fp):
                print("NEW FP", pid, name, repr(text))
    for key, r in results.items():
        print(f"{key:22s} " + "  ".join(f"{k} {v}" for k, v in r.items()))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))


def summary(res: dict, texts, gold, pred, scorer) -> dict:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_heldout import gap_surfacing

    gaps = gap_surfacing(scorer, texts, gold, pred)
    return {
        "P": res["precision"],
        "R": res["recall"],
        "F1": res["f1"],
        "req": res["requirement_accuracy"] if res["requirement_judged"] else None,  # nothing judged: not 0.0
        "gaps": gaps["share"],
        "FP": len(res["false_positives"]),
        "FN": len(res["misses"]),
    }


def speed(args) -> None:
    """Seconds for rule extraction, the tagger on every line and on ask lines only, same postings, same run."""
    from analyzer.nlp.extraction import extract_many

    csv.field_size_limit(10**9)
    with open(args.postings, encoding="utf-8", newline="") as f:
        rows = [(r["id"], r["description"]) for r in csv.DictReader(f)]
    rows = [r for r in rows if isinstance(r[1], str)][: args.limit or None]
    nlp = spacy.load(args.model)
    if "spancat" in nlp.pipe_names:
        nlp.get_pipe("spancat").cfg["threshold"] = 0.5
    extract_many(rows[:5])  # build the rule pipeline before timing
    tag_text(nlp, rows[0][1], 0.5)
    timings = {}
    started = time.perf_counter()
    n = sum(1 for _ in extract_many(rows))
    timings["rules"] = time.perf_counter() - started
    started = time.perf_counter()
    for _, text in rows:
        tag_text(nlp, text, 0.5)
    timings["tagger_all_lines"] = time.perf_counter() - started
    started = time.perf_counter()
    for _, text in rows:
        tag_text(nlp, text, 0.5, ask_chunks(text))
    timings["tagger_ask_lines"] = time.perf_counter() - started
    chars = sum(len(t) for _, t in rows)
    print(f"{n} postings, {chars / 1e6:.1f} M chars")
    for key, sec in timings.items():
        print(f"{key:18s} {sec:7.1f}s  {n / sec:6.1f} postings/s  x{sec / timings['rules']:.2f} of rules")


EDGE_PUNCT = " \t.,;:!?()[]{}\"'`*-–—/&|•·"


def phrase_key(surface: str) -> str:
    """A mined phrase's key: case and spacing folded, punctuation and function words cut from its edges."""
    words = normalize_form(surface).strip(EDGE_PUNCT).split()
    while words and words[0] in STOP_WORDS:
        words.pop(0)
    while words and words[-1] in STOP_WORDS:
        words.pop()
    return " ".join(words).strip(EDGE_PUNCT)


def read_postings(path: str, limit: int = 0) -> list[tuple[str, str]]:
    csv.field_size_limit(10**9)
    with open(path, encoding="utf-8", newline="") as f:
        rows = [(r["id"], r["description"]) for r in csv.DictReader(f)]
    rows = [r for r in rows if isinstance(r[1], str) and r[1].strip()]
    return rows[:limit] if limit else rows


def collect_phrases(
    rows: list[tuple[str, str]], rules: dict[str, dict], tagged: dict[str, list], forms: dict, examples: int = 3
) -> dict[str, dict]:
    """The tagged spans the rules do not have (no overlap with a rule skill or degree, kept by the rules'
    context gate), grouped by :func:`phrase_key`: postings (ids), mentions, levels, surfaces, examples."""
    found: dict[str, dict] = {}
    for pid, text in rows:
        merged = merge(text, rules.get(pid, {}), tagged.get(pid, []), 0.0, forms)
        for x in merged["skills"]:
            if "tagged" not in x:
                continue
            key = phrase_key(x["text"])
            if len(key) < 2 or not any(c.isalpha() for c in key):
                continue
            entry = found.setdefault(
                key, {"postings": set(), "mentions": 0, "levels": {}, "surfaces": {}, "examples": []}
            )
            entry["mentions"] += 1
            entry["levels"][x["requirement"]] = entry["levels"].get(x["requirement"], 0) + 1
            surface = " ".join(x["text"].split())
            entry["surfaces"][surface] = entry["surfaces"].get(surface, 0) + 1
            if pid not in entry["postings"] and len(entry["examples"]) < examples:
                s, e = x["start"], x["end"]
                left = " ".join(text[max(0, s - 70) : s].split())
                right = " ".join(text[e : e + 70].split())
                entry["examples"].append(f"{left} [[{text[s:e]}]] {right}")
            entry["postings"].add(pid)
    return found


def mine(args) -> None:
    """Vocabulary mining: tag the ask lines of every posting, keep the spans the rules do not have
    (no overlap with a rule skill or degree, kept by the rules' context gate), and rank the normalised
    phrases by postings, with example contexts, for review as taxonomy candidates."""
    rows = read_postings(args.postings, args.limit)
    cache = Path(args.tagged)
    tagged: dict[str, list] = {}
    if cache.exists():
        with cache.open(encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                tagged[row["id"]] = row["spans"]
    todo = [(pid, text) for pid, text in rows if pid not in tagged]
    if todo:
        nlp = spacy.load(args.model)
        started = time.time()
        with cache.open("a", encoding="utf-8") as f:
            for i, (pid, text) in enumerate(todo, 1):
                spans = tag_text(nlp, text, 0.5, ask_chunks(text))
                tagged[pid] = spans
                f.write(json.dumps({"id": pid, "spans": spans}) + "\n")
                if i % 500 == 0:
                    print(f"tagged {i}/{len(todo)} in {time.time() - started:.0f}s", file=sys.stderr, flush=True)
    scorer = load_scorer()
    forms = taxonomy_forms()
    found = collect_phrases(rows, scorer.load_jsonl(args.rules), tagged, forms, args.examples)
    ranked = sorted(
        ((k, v) for k, v in found.items() if len(v["postings"]) >= args.min_postings),
        key=lambda kv: (-len(kv[1]["postings"]), kv[0]),
    )
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["phrase", "postings", "mentions", "known_skill", "levels", "surfaces", "examples"])
        for key, v in ranked:
            known = forms.get(key)
            w.writerow(
                [
                    key,
                    len(v["postings"]),
                    v["mentions"],
                    known.id if known is not None else "",
                    " ".join(f"{k}:{n}" for k, n in sorted(v["levels"].items(), key=lambda kn: -kn[1])),
                    " | ".join(s for s, _ in sorted(v["surfaces"].items(), key=lambda sn: -sn[1])[:5]),
                    " || ".join(v["examples"]),
                ]
            )
    print(f"{len(rows)} postings, {len(found)} phrases, {len(ranked)} in >= {args.min_postings} postings -> {args.out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("train")
    p.add_argument("--sets", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--epochs", type=int, default=20)
    p.add_argument("--max-seconds", type=float, default=1200)
    p.add_argument("--width", type=int, default=96)
    p.add_argument("--depth", type=int, default=4)
    p.add_argument("--rows", type=int, default=5000)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--dropout", type=float, default=0.1)
    p.add_argument("--learn-rate", type=float, default=0.001)
    p.add_argument("--with-edge", action="store_true", help="edge skills as targets too")
    p.add_argument("--rule-features", action="store_true", help="the rules' spans and levels as token features")
    p.add_argument("--arch", choices=["spancat", "ner"], default="ner", help="ner: edge skills are missing labels")
    p.set_defaults(func=train)
    p = sub.add_parser("predict")
    p.add_argument("--model", required=True)
    p.add_argument("--sets", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--min-score", type=float, default=0.2)
    p.add_argument("--asks-only", action="store_true", help="tag only lines of asks (required/preferred/duty)")
    p.add_argument("--rules-file", default="rules", help="rule features from /tmp/tagger/SET.<this>.jsonl")
    p.set_defaults(func=predict)
    p = sub.add_parser("score")
    p.add_argument("--pred", required=True)
    p.add_argument("--sets", required=True)
    p.add_argument("--threshold", default="0.5")
    p.add_argument("--verbose", action="store_true")
    p.add_argument("--no-context", action="store_true", help="keep tagged spans the context rules would drop")
    p.add_argument("--rules-file", default="rules", help="score beside /tmp/tagger/SET.<this>.jsonl")
    p.add_argument("--levels", help="keep only tagged spans at these levels, e.g. required,preferred")
    p.add_argument("--max-words", type=int, default=0, help="drop tagged spans of more words (0: no limit)")
    p.add_argument("--stop-edges", action="store_true", help="drop tagged spans that start or end with a stop word")
    p.add_argument("--json")
    p.set_defaults(func=score)
    p = sub.add_parser("speed")
    p.add_argument("--model", required=True)
    p.add_argument("--postings", default="/tmp/split/all.csv")
    p.add_argument("--limit", type=int, default=0)
    p.set_defaults(func=speed)
    p = sub.add_parser("mine", help="rank the phrases the tagger finds that the rules do not (taxonomy candidates)")
    p.add_argument("--model", required=True)
    p.add_argument("--postings", default="/tmp/split/all.csv")
    p.add_argument("--rules", required=True, help="python -m analyzer extract output of the same postings")
    p.add_argument("--tagged", required=True, help="cache of the tagger's spans (JSONL), made when absent")
    p.add_argument("--out", required=True, help="CSV of phrases, most postings first")
    p.add_argument("--min-postings", type=int, default=3)
    p.add_argument("--examples", type=int, default=3)
    p.add_argument("--limit", type=int, default=0)
    p.set_defaults(func=mine)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
