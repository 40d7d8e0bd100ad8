"""Several users at once: 8 dashboard sessions analysing different postings concurrently.

    python benchmarks/bench_sessions.py [--sessions 8] [--rounds 3]

Each session is a ``streamlit.testing.v1.AppTest`` of the real ``dashboard.py`` in its own
process (AppTest keeps global state, so two cannot run in threads of one process); all of them
compete for the same cores, as the sessions of one server do. Session *i* types its
own skill (``MINE[i]``) and pastes its own posting, which asks for that skill and for one only
it asks for (``WANTED[i]``), plus a marker word. All sessions wait at a barrier and click Analyze
together; the time from the click to the result (the rerun) is measured. Each round changes the
postings, so no result comes from the cache.

Then every session's output (its résumé table, gap table, coverage table, posting view) is checked:
it must show its own skills and marker and none of another session's. The script prints one row
per session and p50/p95 over all clicks, and exits 1 on an error or any leak.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

SCRIPT = str(ROOT / "dashboard.py")
TIMEOUT = 300
# (skill the session has, skill only its posting asks for), by display name: 20 distinct skills,
# none implied by another session's (an implied skill is shown in the profile table).
PAIRS = [
    ("Python", "Kubernetes"),
    ("Java", "Tableau"),
    ("Scala", "Apache Spark"),
    ("PostgreSQL", "Hadoop"),
    ("MATLAB", "Microsoft Azure"),  # not TensorFlow: it implies Python, session 0's skill
    ("Git", "Google Cloud Platform"),
    ("Go", "Apache Kafka"),
    ("JavaScript", "Terraform"),
    ("Rust", "Jenkins"),
    ("MongoDB", "Redis"),
]
FILLER = (
    "The team builds and ships data products for customers across several regions and "
    "cares about clear writing, careful reviews and steady delivery. "
) * 12


@dataclass
class Session:
    index: int
    mine: str
    wanted: str
    times: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)

    @property
    def marker(self) -> str:
        return f"sessionmarker{self.index}q"

    def posting(self, round_no: int) -> str:
        return (
            f"Engineer {self.marker} round {round_no}\n\n{FILLER}\n\nRequirements\n"
            f"- Strong {self.mine}.\n- Must have {self.wanted}.\n"
        )


def _shown(at: AppTest) -> dict[str, set[str] | str]:
    tables = {tuple(sorted(d.value.columns)): d.value for d in [*at.dataframe, *at.table]}
    resolved = next((v for k, v in tables.items() if set(k) == {"skill", "found how"}), None)
    gaps = next((v for k, v in tables.items() if {"skill", "priority"} <= set(k)), None)
    coverage = next((v for k, v in tables.items() if {"posting", "coverage"} <= set(k)), None)
    return {
        "resolved": set(resolved["skill"]) if resolved is not None else set(),
        "gaps": set(gaps["skill"]) if gaps is not None else set(),
        "postings": set(coverage["posting"]) if coverage is not None else set(),
        "html": "\n".join(h.value for h in at.html),
    }


def _check(s: Session, at: AppTest, others: list[Session]) -> None:
    if at.exception:
        s.errors.append(str(at.exception[0].value if hasattr(at.exception[0], "value") else at.exception))
        return
    if at.error:
        s.errors.extend(e.value for e in at.error)
    shown = _shown(at)
    if s.mine not in shown["resolved"]:
        s.errors.append(f"own skill {s.mine} not in the profile table: {shown['resolved']}")
    if s.wanted not in shown["gaps"]:
        s.errors.append(f"own gap {s.wanted} not in the gap table: {shown['gaps']}")
    if not any(s.marker in p for p in shown["postings"]) or s.marker not in shown["html"]:
        s.errors.append("own posting not shown")
    for o in others:
        if o.mine in shown["resolved"] or o.wanted in shown["gaps"] or o.mine in shown["gaps"]:
            s.leaks.append(f"shows session {o.index}'s skills")
        if any(o.marker in p for p in shown["postings"]) or o.marker in shown["html"]:
            s.leaks.append(f"shows session {o.index}'s posting")


def _session_process(s: Session, others: list[Session], rounds: int, barrier, results) -> None:
    try:
        at = AppTest.from_file(SCRIPT, default_timeout=TIMEOUT)
        at.run()  # load the pipeline (st.cache_resource), as a running server has it loaded
        at.text_area(key="user_skills").input(s.mine)
        for round_no in range(rounds):
            at.text_area(key="postings_text").input(s.posting(round_no))
            at.run()
            barrier.wait(timeout=TIMEOUT)
            at.button(key="analyze").click()
            started = time.perf_counter()
            at.run()
            s.times.append(time.perf_counter() - started)
            _check(s, at, others)
    except Exception as e:  # noqa: BLE001 - reported per session
        s.errors.append(f"{type(e).__name__}: {e}")
        barrier.abort()
    results.put(s)


def run_sessions(sessions: int = 8, rounds: int = 3) -> list[Session]:
    """Run ``sessions`` concurrent dashboard sessions for ``rounds`` clicks each; return them checked."""
    import multiprocessing

    if sessions > len(PAIRS):
        raise ValueError(f"at most {len(PAIRS)} sessions (one pair of unique skills each)")
    ctx = multiprocessing.get_context("spawn")  # a clean interpreter per session
    all_sessions = [Session(i, *PAIRS[i]) for i in range(sessions)]
    barrier = ctx.Barrier(sessions)
    results = ctx.Queue()
    procs = [
        ctx.Process(
            target=_session_process,
            args=(s, [o for o in all_sessions if o is not s], rounds, barrier, results),
            name=f"session-{s.index}",
        )
        for s in all_sessions
    ]
    for p in procs:
        p.start()
    done = {}
    for _ in procs:
        s = results.get(timeout=TIMEOUT * (rounds + 2))
        done[s.index] = s
    for p in procs:
        p.join(timeout=60)
    return [done[i] for i in range(sessions)]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(sessions: list[Session]) -> str:
    rows = [("session", "skill", "posting asks for", "clicks", "p50 ms", "max ms", "errors", "leaks")]
    for s in sessions:
        ms = [t * 1000 for t in s.times] or [0.0]
        rows.append(
            (
                str(s.index),
                s.mine,
                s.wanted,
                str(len(s.times)),
                f"{statistics.median(ms):.0f}",
                f"{max(ms):.0f}",
                str(len(s.errors)),
                str(len(s.leaks)),
            )
        )
    times = [t * 1000 for s in sessions for t in s.times] or [0.0]
    rows.append(
        (
            "all",
            "",
            "",
            str(len(times)),
            f"{statistics.median(times):.0f}",
            f"{max(times):.0f}",
            str(sum(len(s.errors) for s in sessions)),
            str(sum(len(s.leaks) for s in sessions)),
        )
    )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    line = lambda r: "| " + " | ".join(x.ljust(w) for x, w in zip(r, widths)) + " |"  # noqa: E731
    out = [line(rows[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows[1:]]
    out.append(
        f"\nclick → result over {len(times)} clicks by {len(sessions)} concurrent sessions: "
        f"p50 {statistics.median(times):.0f} ms, p95 {percentile(times, 0.95):.0f} ms"
    )
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sessions = run_sessions(args.sessions, args.rounds)
    print(report(sessions))
    problems = [(s.index, e) for s in sessions for e in s.errors + s.leaks]
    for index, problem in problems:
        print(f"session {index}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
