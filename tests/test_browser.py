"""The dashboard in a real browser: Debian's Chromium driven by Playwright.

``streamlit run dashboard.py`` is started on a free loopback port; the test pastes a posting,
types skills, clicks Analyze, checks the gap list and a highlighted skill, downloads the HTML
report and saves a screenshot (to the test's tmp dir, and to docs/dashboard.png when
SKILLGAP_SCREENSHOT=1). A posting with ``<script>`` and ``<img onerror>`` must show as text and
raise no dialog.

Skipped, with the reason, where /usr/bin/chromium is absent; in CI (CI=true) that is a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import IN_CI

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
STARTUP_SECONDS = 90
WAIT_MS = 60_000

POSTING = """Senior Machine Learning Engineer

Requirements
- 5+ years of Python and strong SQL.
- Must have experience with Docker and Kubernetes in production.
- Hands-on PyTorch.

Nice to have
- Apache Spark.
"""
XSS_POSTING = """Data Scientist <script>alert(1)</script>

Requirements: Python and SQL. <img src=x onerror=alert(1)>
"""


def _need_browser() -> None:
    reason = None
    if not Path(CHROMIUM).exists():
        reason = f"{CHROMIUM} is not installed (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "Python Playwright is not installed (pip install -e '.[test]')"
    if reason:
        if IN_CI:
            pytest.fail(f"the browser test must run in CI, but {reason}")
        pytest.skip(reason)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    _need_browser()
    port = _free_port()
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    streamlit = shutil.which("streamlit", path=str(Path(sys.executable).parent)) or "streamlit"
    cmd = [
        streamlit,
        "run",
        "dashboard.py",
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(
                    f"streamlit did not start in {STARTUP_SECONDS} s:\n{log.read_text(errors='replace')[-3000:]}"
                )
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def browser():
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser, app_url):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs  # type: ignore[attr-defined]
    page.goto(app_url)
    page.get_by_text("Your skills").first.wait_for()
    try:
        yield page
    finally:
        context.close()


def _fill_and_analyze(page, posting: str, skills: str) -> None:
    page.get_by_label("Posting text").fill(posting)
    skills_box = page.locator(".st-key-user_skills textarea")
    skills_box.fill(skills)
    skills_box.press("Control+Enter")  # commit the text area, as a user tabbing away would
    page.locator(".st-key-postings_text textarea").press("Control+Enter")
    page.locator(".st-key-analyze button").click()
    page.locator(".st-key-top_gaps").wait_for()


def test_paste_analyze_download_screenshot(page, tmp_path):
    _fill_and_analyze(page, POSTING, "Python, SQL, Git, statistics")
    top = page.locator(".st-key-top_gaps")
    for skill in ("Docker", "Kubernetes"):
        assert skill in top.inner_text()
    highlighted = page.locator("span.sg-skill.sg-missing-required", has_text="Kubernetes")
    highlighted.first.wait_for()
    assert page.locator("span.sg-skill.sg-matched", has_text="Python").count() >= 1
    assert page.locator(".sg-legend").count() == 1

    with page.expect_download() as info:
        page.locator(".st-key-download_html button").click()
    report = tmp_path / "report.html"
    info.value.save_as(report)
    text = report.read_text(encoding="utf-8")
    assert "<html" in text.lower() and "Kubernetes" in text

    shot = _screenshot(page, tmp_path / "paste.png")
    assert shot.stat().st_size > 10_000
    assert not page.dialogs


def test_the_three_verdicts_have_their_own_highlight_styles(page):
    posting = "Data Scientist\n\nRequirements\n- 3+ years of Python or R.\n- Must have Docker experience.\n\nNice to have\n- Apache Spark.\n"
    _fill_and_analyze(page, posting, "Python")
    have = page.locator("span.sg-skill.sg-matched", has_text="Python").first
    chosen = page.locator('.sg-posting span.sg-skill.sg-choice-met[title="R: choice met via Python"]').first
    missing = page.locator(".sg-posting span.sg-skill.sg-missing-required", has_text="Docker").first
    for span in (have, chosen, missing):
        span.wait_for()
    styles = [
        span.evaluate("e => getComputedStyle(e).textDecorationStyle + ' ' + getComputedStyle(e).textDecorationColor")
        for span in (have, chosen, missing)
    ]
    assert len(set(styles)) == 3, styles  # three underline styles and colours, not colour alone
    assert styles[1].startswith("wavy")
    assert not page.dialogs


def test_samples_and_screenshot(page, tmp_path):
    """The README's picture: the bundled samples, analysed."""
    page.get_by_role("button", name="Try the samples").click()
    page.wait_for_function("document.querySelector('.st-key-postings_text textarea').value.includes('---')")
    page.locator(".st-key-analyze button").click()
    page.locator(".st-key-top_gaps").wait_for()
    page.locator(".sg-posting span.sg-skill").first.wait_for()
    assert page.locator(".sg-posting span.sg-skill").count() > 3
    shot = _screenshot(page, tmp_path / "dashboard.png")
    if os.environ.get("SKILLGAP_SCREENSHOT") == "1":
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copyfile(shot, ROOT / "docs" / "dashboard.png")
    assert not page.dialogs


def _screenshot(page, path: Path) -> Path:
    # Streamlit scrolls inside its main area, so a tall window is what shows the whole result.
    page.set_viewport_size({"width": 1400, "height": 2600})
    page.evaluate("""() => { for (const el of document.querySelectorAll(
        '[data-testid="stMain"], [data-testid="stAppViewContainer"], section.main')) el.scrollTo(0, 0);
        window.scrollTo(0, 0); }""")
    page.mouse.move(5, 5)
    page.wait_for_timeout(1500)
    page.screenshot(path=str(path))
    return path


def test_markup_in_a_posting_shows_as_text(page):
    _fill_and_analyze(page, XSS_POSTING, "Python")
    posting = page.locator(".sg-posting")
    posting.wait_for()
    shown = posting.inner_text()
    assert "<script>alert(1)</script>" in shown
    assert "<img src=x onerror=alert(1)>" in shown
    assert posting.locator("script, img").count() == 0
    page.wait_for_timeout(1000)
    assert not page.dialogs, f"the page raised a dialog: {page.dialogs}"


BATCH = """Machine Learning Engineer
Requirements: Python and SQL. Experience with AWS, GCP or Azure. Docker and Kubernetes.
---
Data Scientist
Requirements: Python, statistics and A/B testing; Tableau or Power BI. Nice to have: PyTorch.
---
MLOps Engineer
Must have: Kubernetes, Docker, CI/CD and Terraform. Python required.
"""


def test_plan_and_market_tabs_render_with_nothing_loaded_from_elsewhere(page, app_url):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    _fill_and_analyze(page, BATCH, "Python, SQL")
    page.get_by_role("tab", name="Your plan").click()
    plan = page.locator('[role="tabpanel"]').first
    plan.get_by_text("Within reach now").wait_for()
    assert "1." in plan.inner_text()
    page.locator('[data-testid="stVegaLiteChart"], .vega-embed').first.wait_for()
    page.get_by_role("tab", name="Market").click()
    page.get_by_text("Coverage curve").first.wait_for()
    page.wait_for_timeout(1000)
    outside = [u for u in requests if not u.startswith((app_url, "data:", "blob:", "ws://127.0.0.1"))]
    assert not outside, f"requests left localhost: {outside[:5]}"
    assert not page.dialogs
