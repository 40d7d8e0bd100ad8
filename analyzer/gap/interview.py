"""Interview-prep data: what each interview round tests, and practice prompts per skill.

Both are reviewable data files next to the taxonomy (``data/interview/`` in a source checkout,
``analyzer.data.interview`` when installed):

- ``rounds.jsonl`` — one round per line: ``{"id": <round id of the taxonomy>, "tests": "…"}``;
- ``prompts.tsv`` — one practice prompt per line: ``<skill id><TAB><prompt>``; blank lines and
  lines starting with ``#`` are comments.

Loading checks the files' shape (a bad line is a :class:`TaxonomyError` naming file and line);
``tests/test_plan.py`` checks that every skill id exists in the taxonomy.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import TaxonomyError
from .plan import RoundInfo


def default_interview_dir() -> Path:
    """The interview data shipped with the package (``data/interview`` in a source checkout)."""
    checkout = Path(__file__).resolve().parents[2] / "data" / "interview"
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("analyzer.data") / "interview"))


def _lines(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as e:
        raise TaxonomyError(f"cannot read {path}: {e.strerror or e}") from None
    try:
        return data.decode("utf-8").splitlines()
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise TaxonomyError(f"{path.name}:{line}: not UTF-8 text") from None


def load_prompts(path: str | Path | None = None) -> dict[str, tuple[str, ...]]:
    """Skill id -> its practice prompts, in file order."""
    path = Path(path) if path is not None else default_interview_dir() / "prompts.tsv"
    out: dict[str, list[str]] = {}
    seen: dict[str, int] = {}
    for lineno, line in enumerate(_lines(path), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        sid, sep, prompt = line.partition("\t")
        sid, prompt = sid.strip(), " ".join(prompt.split())
        if not sep or not sid or not prompt:
            raise TaxonomyError(f"{path.name}:{lineno}: expected '<skill id><TAB><prompt>'")
        key = prompt.lower()
        if key in seen:
            raise TaxonomyError(f"{path.name}:{lineno}: duplicate prompt (first on line {seen[key]})")
        seen[key] = lineno
        out.setdefault(sid, []).append(prompt)
    return {sid: tuple(ps) for sid, ps in out.items()}


def load_round_tests(path: str | Path | None = None) -> dict[str, str]:
    """Round id -> what the round tests, in words."""
    path = Path(path) if path is not None else default_interview_dir() / "rounds.jsonl"
    out: dict[str, str] = {}
    for lineno, line in enumerate(_lines(path), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise TaxonomyError(f"{path.name}:{lineno}: not valid JSON ({e.msg})") from None
        if (
            not isinstance(record, dict)
            or set(record) != {"id", "tests"}
            or not all(isinstance(v, str) and v.strip() for v in record.values())
        ):
            raise TaxonomyError(f'{path.name}:{lineno}: expected {{"id": "…", "tests": "…"}}')
        if record["id"] in out:
            raise TaxonomyError(f"{path.name}:{lineno}: round {record['id']!r} listed twice")
        out[record["id"]] = record["tests"]
    return out


@lru_cache(maxsize=1)
def default_prompts() -> dict[str, tuple[str, ...]]:
    return load_prompts()


def interview_rounds(taxonomy, tests: dict[str, str] | None = None) -> list[RoundInfo]:
    """The taxonomy's rounds, in its order, each with what it tests (its description where the
    interview data has nothing for it)."""
    tests = load_round_tests() if tests is None else tests
    return [RoundInfo(r.id, r.name, tests.get(r.id) or r.description) for r in taxonomy.rounds.values()]
