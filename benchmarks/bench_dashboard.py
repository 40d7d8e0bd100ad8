"""Dashboard latency: from the Analyze click to the result, once the app is warm.

    python benchmarks/bench_dashboard.py [--trials 10]

The real ``dashboard.py`` is driven by ``streamlit.testing.v1.AppTest`` (the same script run the
server does on a click, without the browser's drawing). The app is warmed first (the pipeline
loaded by ``st.cache_resource``). Then each trial pastes a 1,000-word posting — the bundled
samples joined and cut to 1,000 words, with one word changed per trial so that no result comes
from the cache — into ``postings_text``, a 10-skill profile into ``user_skills``, and times the
rerun that the ``analyze`` click starts. A second row times the same click again (the result is
in ``st.cache_data``), and a third the library call alone (``analyze_postings``) for comparison.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

from analyzer import analyze_postings  # noqa: E402
from analyzer.gap.profile import Profile  # noqa: E402
from analyzer.nlp.pipeline import default_pipeline, pipeline_taxonomy  # noqa: E402

SKILLS = "Python, SQL, Docker, Git, statistics, machine learning, PyTorch, AWS, pandas, communication"
WORDS = 1000


def posting(trial: int) -> str:
    with open(ROOT / "data" / "samples" / "postings.csv", encoding="utf-8", newline="") as f:
        text = "\n\n".join(r["description"] for r in csv.DictReader(f))
    while len(text.split()) < WORDS:
        text += "\n\n" + text
    words = text.split(" ")
    out, count = [], 2  # the "Posting N" first line
    for w in words:  # keep the line structure, count words as whitespace-separated tokens
        out.append(w)
        count += len(w.split())
        if count >= WORDS:
            break
    return f"Posting {trial}\n" + " ".join(out)


def table(rows: list[tuple], header: tuple) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    line = lambda r: "| " + " | ".join(str(x).ljust(w) for x, w in zip(r, widths)) + " |"  # noqa: E731
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|"] + [line(r) for r in rows])


def stats(name: str, times: list[float]) -> tuple:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return (name, len(ms), f"{statistics.median(ms):.0f}", f"{p95:.0f}", f"{ms[-1]:.0f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=10)
    args = parser.parse_args()

    start = time.perf_counter()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
    at.run()
    at.text_area(key="user_skills").input(SKILLS)
    at.text_area(key="postings_text").input(posting(-1))
    at.button(key="analyze").click()
    at.run()  # warm: pipeline loaded, résolver built, every code path run once
    if at.exception:
        sys.exit(f"the dashboard failed: {at.exception}")
    warm_up = time.perf_counter() - start
    typed = len(SKILLS.split(","))
    n_skills = len([s for s in at.session_state["analysis"].profile.skills if s.how != "implied"])

    fresh, cached = [], []
    for trial in range(args.trials):
        at.text_area(key="postings_text").input(posting(trial))
        at.run()  # the text area's own rerun (in the browser it happens when the box loses focus)
        at.button(key="analyze").click()
        t0 = time.perf_counter()
        at.run()
        fresh.append(time.perf_counter() - t0)
        assert not at.exception and at.session_state["analysis"].postings, "no result"
        at.button(key="analyze").click()
        t0 = time.perf_counter()
        at.run()
        cached.append(time.perf_counter() - t0)

    nlp = default_pipeline()
    profile = Profile.from_text(SKILLS, pipeline_taxonomy(nlp))
    library = []
    for trial in range(args.trials):
        t0 = time.perf_counter()
        analyze_postings([("p", posting(100 + trial))], profile, nlp=nlp)
        library.append(time.perf_counter() - t0)

    print(
        f"posting: {len(posting(0).split()):,} words; profile: {typed} skills typed, {n_skills} resolved; "
        f"app start + first analysis: {warm_up:.1f} s\n"
    )
    print(
        table(
            [
                stats("click -> result, new posting (AppTest rerun)", fresh),
                stats("click -> result, same input again (cached)", cached),
                stats("analyze_postings alone", library),
            ],
            ("what", "trials", "median ms", "p95 ms", "max ms"),
        )
    )


if __name__ == "__main__":
    main()
