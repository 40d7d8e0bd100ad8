"""Several users at once (benchmarks/bench_sessions.py): 8 concurrent dashboard sessions, each
with its own posting and profile, see only their own results; p50/p95 of click → result is printed
(run pytest with -s to see the table)."""

from __future__ import annotations

import sys
from pathlib import Path

from streamlit.testing.v1 import AppTest
from test_dashboard import SCRIPT, TIMEOUT, frame

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import bench_sessions


def test_eight_concurrent_sessions_no_errors_no_leaks():
    sessions = bench_sessions.run_sessions(sessions=8, rounds=1)
    print("\n" + bench_sessions.report(sessions))
    assert [len(s.times) for s in sessions] == [1] * 8
    assert not [(s.index, e) for s in sessions for e in s.errors]
    assert not [(s.index, e) for s in sessions for e in s.leaks]


def test_shared_cache_keeps_sessions_apart():
    """Sessions in one process share st.cache_data: the same posting with another profile must
    not come back with the first session's result."""
    posting = "Requirements: Python, Docker and Tableau."
    seen = []
    for skills in ("python", "docker", "tableau"):
        at = AppTest.from_file(SCRIPT, default_timeout=TIMEOUT)
        at.run()
        at.text_area(key="user_skills").input(skills)
        at.text_area(key="postings_text").input(posting)
        at.button(key="analyze").click()
        at.run()
        assert not at.exception
        seen.append(set(frame(at, "gaps_table")["skill"]))
    assert seen == [{"Docker", "Tableau"}, {"Python", "Tableau"}, {"Python", "Docker"}]
