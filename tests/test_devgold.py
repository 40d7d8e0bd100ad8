"""Extraction accuracy on the shared development gold (../shared/dev-gold), and our metric against its scorer."""

import json
import subprocess
import sys

from conftest import shared_path

from analyzer.evaluation import load_gold, score
from analyzer.io.postings import read_postings
from analyzer.nlp.extraction import extract_many


def _predict(nlp):
    rows, _ = read_postings(shared_path("dev-gold", "postings.csv"))
    texts = {r.id: r.text for r in rows}
    preds = {res.id: res.to_dict() for res in extract_many(texts.items(), nlp)}
    return texts, preds


def test_dev_set_meets_the_targets(nlp):
    texts, preds = _predict(nlp)
    result = score(texts, load_gold(shared_path("dev-gold", "gold.jsonl")), preds)
    assert result.f1 >= 0.90, result.summary()
    assert result.requirement_accuracy >= 0.85, result.summary()


def test_our_metric_agrees_with_the_reference_scorer(nlp, tmp_path):
    texts, preds = _predict(nlp)
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text("".join(json.dumps(p) + "\n" for p in preds.values()), encoding="utf-8")
    out = subprocess.run(
        [
            sys.executable,
            str(shared_path("dev-gold", "score.py")),
            str(shared_path("dev-gold", "postings.csv")),
            str(shared_path("dev-gold", "gold.jsonl")),
            str(pred_file),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    reference = json.loads(out.stdout.strip().splitlines()[-1])
    ours = score(texts, load_gold(shared_path("dev-gold", "gold.jsonl")), preds).summary()
    for key in ("precision", "recall", "f1", "requirement_accuracy", "requirement_judged"):
        assert ours[key] == reference[key], key
