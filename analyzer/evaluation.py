"""Span-grounded extraction scoring (the gold format and the scores: docs/evaluation.md).

Gold: one JSON object per posting, ``{"id", "skills": [{"skill", "mentions", "requirement", "edge"}]}``
where a mention is a string (every case-insensitive whole-word occurrence counts) or
``{"text", "context"}`` (only occurrences inside that context). Predictions: ``extract`` records.

- recall: a core gold skill is found when a predicted span overlaps one of its occurrences;
- precision: predictions are grouped by skill name per posting; a group is right when one of its
  spans overlaps an occurrence of any gold skill, core or edge;
- a prediction longer than max(3 × occurrence, occurrence + 30) does not count as overlapping it;
- requirement accuracy: over found core skills whose gold level is required or preferred, the
  share with an overlapping prediction of the same level; None when there is no such skill.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .io.atomic import refuse_named_twice
from .io.bounded_json import loads_bounded
from .nlp.matching import is_word_char
from .records import InputRow


@dataclass
class Score:
    postings: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    requirement_accuracy: float | None = None  # None: no found core skill has a judged level
    requirement_judged: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (posting, gold skill, first occurrence)
    false_positives: list[tuple[str, str, str]] = field(default_factory=list)  # (posting, predicted skill, text)
    wrong_level: list[tuple[str, str, str, str]] = field(default_factory=list)  # (posting, skill, gold, predicted)

    def unfindable(self) -> int:
        """How many core gold skills have no mention that occurs in their posting's text (a typo in
        the gold, or another postings file): missed whatever the extractor does."""
        return sum(1 for _, _, first in self.misses if not first)

    def summary(self) -> dict:
        return {
            "postings": self.postings,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "requirement_accuracy": (
                None if self.requirement_accuracy is None else round(self.requirement_accuracy, 4)
            ),
            "requirement_judged": self.requirement_judged,
        }


def occurrences(text: str, mention) -> list[tuple[int, int]]:
    if isinstance(mention, dict):
        spans = []
        for cs, ce in occurrences(text, mention.get("context", "")):
            spans += [(cs + a, cs + b) for a, b in occurrences(text[cs:ce], mention.get("text", ""))]
        return spans
    low = text.lower()
    needle = str(mention).lower().strip()
    if not needle:
        return []
    spans = []
    i = low.find(needle)
    while i >= 0:
        j = i + len(needle)
        before = low[i - 1] if i > 0 else " "
        after = low[j] if j < len(low) else " "
        if (not is_word_char(before) or not is_word_char(needle[0])) and (
            not is_word_char(after) or not is_word_char(needle[-1])
        ):
            spans.append((i, j))
        i = low.find(needle, i + 1)
    return spans


def overlaps(pred: tuple[int, int], gold: tuple[int, int]) -> bool:
    ps, pe = pred
    gs, ge = gold
    if min(pe, ge) <= max(ps, gs):
        return False
    glen = ge - gs
    return pe - ps <= max(3 * glen, glen + 30)


def gold_texts(
    rows: Iterable[InputRow], gold: dict[str, dict], name: str, sources: Sequence[str] | None = None
) -> dict[str, str]:
    """Posting id -> text, for scoring ``gold``; InputError when a gold id names several postings of
    ``rows`` (read from ``name``; ``sources``: the file of each row, when several were read), naming
    the file and row of each: the gold would be scored against whichever came last."""
    texts: dict[str, str] = {}
    places: dict[str, dict[str, list[int]]] = {}  # gold id -> file -> its rows with that id
    for i, r in enumerate(rows):
        texts[r.id] = r.text or ""
        if r.id in gold:
            places.setdefault(r.id, {}).setdefault(sources[i] if sources else name, []).append(r.row)
    ambiguous = [(pid, files) for pid, files in places.items() if sum(map(len, files.values())) > 1]
    if ambiguous:
        shown = "; ".join(f"{pid!r} is in {_places(files, name)}" for pid, files in ambiguous[:5])
        more = f" and {len(ambiguous) - 5:,} more" if len(ambiguous) > 5 else ""
        raise InputError(
            f"{name}: ids of the gold name several postings each: {shown}{more}; "
            "give the postings distinct ids (or choose another with --id-column) to score them"
        )
    return texts


def _places(files: dict[str, list[int]], name: str) -> str:
    """Where one id occurs: "a.csv (row 1) and b.csv (rows 2 and 5)", or "rows 1 and 3" of the one file ``name``."""
    rows = {f: f"{'row' if len(ns) == 1 else 'rows'} {_and(map(str, ns))}" for f, ns in files.items()}
    return rows[name] if list(rows) == [name] else _and(f"{f} ({where})" for f, where in rows.items())


def _and(items: Iterable[str]) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def score(
    texts: dict[str, str], gold: dict[str, dict], predictions: dict[str, dict], source: str = "the postings file"
) -> Score:
    """Scores of ``predictions`` against ``gold`` over ``texts`` (read from ``source``, which an
    InputError for a gold id without a posting names)."""
    result = Score(postings=len(gold))
    found = missed = right = wrong = level_right = 0
    for pid, g in gold.items():
        if pid not in texts:
            raise InputError(f"gold posting {pid!r} is not in {source}")
        text = texts[pid]
        preds = [(int(s["start"]), int(s["end"]), s) for s in (predictions.get(pid) or {}).get("skills") or []]
        all_occ = []
        for gs in g.get("skills", []):
            occ = [o for m in gs.get("mentions", []) for o in occurrences(text, m)]
            all_occ.extend(occ)
            if gs.get("edge"):
                continue
            hits = [p for (a, b, p) in preds if any(overlaps((a, b), o) for o in occ)]
            if not hits:
                missed += 1
                first = text[occ[0][0] : occ[0][1]] if occ else ""
                result.misses.append((pid, gs["skill"], first))
                continue
            found += 1
            want = gs.get("requirement")
            if want in ("required", "preferred"):
                result.requirement_judged += 1
                if any(h.get("requirement") == want for h in hits):
                    level_right += 1
                else:
                    result.wrong_level.append((pid, gs["skill"], want, hits[0].get("requirement", "")))
        groups: dict[str, list[tuple[int, int, dict]]] = {}
        for a, b, p in preds:
            groups.setdefault(str(p.get("skill", "")).lower(), []).append((a, b, p))
        for name, group in groups.items():
            if any(overlaps((a, b), o) for (a, b, _) in group for o in all_occ):
                right += 1
            else:
                wrong += 1
                a, b, _ = group[0]
                result.false_positives.append((pid, name, text[a:b]))
    result.precision = right / (right + wrong) if right + wrong else 0.0
    result.recall = found / (found + missed) if found + missed else 0.0
    p, r = result.precision, result.recall
    result.f1 = 2 * p * r / (p + r) if p + r else 0.0
    # Nothing judged is nothing measured: None (null in JSON), not a 0.0 that reads as every level wrong.
    result.requirement_accuracy = level_right / result.requirement_judged if result.requirement_judged else None
    return result


#: Longest line of a gold (or predictions) file: a posting's record is a few KB.
MAX_GOLD_LINE = 2_000_000


def load_gold_files(paths: Iterable[str | Path]) -> dict[str, dict]:
    """The gold records of several files (annotated sets kept apart) as one, by posting id; an id in
    two files is an InputError naming both lines, as it is within one file."""
    paths = list(paths)
    refuse_named_twice(paths)  # its every line would "appear again"
    out: dict[str, dict] = {}
    first_line: dict[str, str] = {}
    for path in paths:
        out.update(load_gold(path, first_line))
    return out


def load_gold(path: str | Path, first_line: dict[str, str] | None = None) -> dict[str, dict]:
    """Gold records (or extract predictions) by posting id, each line checked against the gold format
    (size, nesting and field types) so that a malformed file gives one line naming the line.
    ``first_line`` (id -> "file:line" of the files read before) makes an id they hold an error."""
    out: dict[str, dict] = {}
    first_line = {} if first_line is None else first_line
    try:
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{path}:{lineno}"
                if len(line) > MAX_GOLD_LINE:
                    raise InputError(f"{where}: line longer than {MAX_GOLD_LINE:,} characters")
                obj = loads_bounded(line.rstrip("\r\n"), where)  # its parser's "line 2" would be the newline
                problem = gold_problem(obj)
                if problem:
                    raise InputError(f"{where}: not a gold record ({problem})")
                pid = str(obj["id"])
                if pid in first_line:  # a second line would silently replace the first one's annotations
                    first_file, _, first_no = first_line[pid].rpartition(":")
                    first = f"first on line {first_no}" if first_file == str(path) else f"first in {first_line[pid]}"
                    raise InputError(f"{where}: posting {pid!r} appears again ({first}); each posting is one line")
                first_line[pid] = where
                out[pid] = obj
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror or e})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: is not UTF-8 text") from None
    if not out:  # scoring nothing would print precision, recall and F1 of 0.0 as if measured
        raise InputError(f"{path}: has no records (one JSON object per posting, one per line)")
    return out


def looks_like_gold(path: str | Path) -> bool:
    """Whether the file's first line is a gold record (skills with mentions): a gold file named where
    postings are expected. False for anything else, unreadable files included (their reader says why)."""
    try:
        with open(path, encoding="utf-8") as f:
            line = f.readline(MAX_GOLD_LINE)
        obj = loads_bounded(line.strip(), str(path))
    except (OSError, UnicodeDecodeError, InputError):
        return False
    skills = obj.get("skills") if isinstance(obj, dict) else None
    return (
        gold_problem(obj) is None
        and isinstance(skills, list)
        and any(isinstance(s, dict) and "mentions" in s for s in skills)
    )


#: The levels a gold skill may have (docs/evaluation.md); absent or empty reads as unspecified.
GOLD_LEVELS = ("required", "preferred", "unspecified")


def gold_problem(obj: object) -> str | None:
    """What keeps ``obj`` from being a gold record or an extract record, or None."""
    if not isinstance(obj, dict):
        return f"a JSON object with an 'id' expected, not {type(obj).__name__}"
    if not isinstance(obj.get("id"), (str, int)) or isinstance(obj.get("id"), bool):
        return "'id' must be a string or an integer"
    skills = obj.get("skills", [])
    if not isinstance(skills, list):
        return "'skills' must be a list"
    for i, skill in enumerate(skills, 1):
        if not isinstance(skill, dict):
            return f"skill {i} must be an object"
        if "start" in skill or "end" in skill:  # an extract record (predictions)
            if not all(isinstance(skill.get(k), int) and not isinstance(skill.get(k), bool) for k in ("start", "end")):
                return f"skill {i}: 'start' and 'end' must be integers"
            continue
        if not isinstance(skill.get("skill"), str):
            return f"skill {i}: 'skill' must be a string"
        mentions = skill.get("mentions", [])
        if not isinstance(mentions, list):
            return f"skill {i}: 'mentions' must be a list"
        for m in mentions:
            if isinstance(m, dict):
                if not all(isinstance(m.get(k, ""), str) for k in ("text", "context")):
                    return f"skill {i}: a mention's 'text' and 'context' must be strings"
            elif not isinstance(m, str):
                return f"skill {i}: a mention must be a string or an object"
        level = skill.get("requirement")
        if not isinstance(level, (str, type(None))):
            return f"skill {i}: 'requirement' must be a string"
        if level and level not in GOLD_LEVELS:  # "Required", "mandatory": never judged, without a word
            return f"skill {i}: 'requirement' must be {', '.join(GOLD_LEVELS[:-1])} or {GOLD_LEVELS[-1]}, not {level!r}"
    return None
