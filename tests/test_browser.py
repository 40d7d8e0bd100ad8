"""The dashboard in a real browser: Debian's Chromium driven by Playwright.

``streamlit run dashboard.py`` is started on a free loopback port; the tests paste postings, type
skills, upload a CSV with title and company columns, click Analyze and check what a person sees:
the gap list, highlighted skills, postings named by title and company, the posting selector after
a second analysis, the "out of date" marker when the inputs change, the HTML report's contents
list (its links lead to the collapsed postings), the skill inputs on a 390 px phone screen.
Every request the page makes is recorded: none may leave localhost. Screenshots go to the test's
tmp dir, and to docs/ when SKILLGAP_SCREENSHOT=1 (dashboard.png, dashboard-csv.png,
dashboard-phone.png, report.png). A posting with ``<script>`` and ``<img onerror>`` must show as
text and raise no dialog.

Skipped, with the reason, where /usr/bin/chromium is absent; in CI (CI=true) that is a failure.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
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


LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


def _outside(urls: list[str]) -> list[str]:
    """The recorded requests that would leave the machine (data: and blob: URLs stay inside)."""
    out = []
    for url in urls:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme in ("data", "blob", "about"):
            continue
        if parts.hostname not in LOCAL_HOSTS:
            out.append(url)
    return out


@pytest.fixture
def page(browser, app_url):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))  # every request, workers included
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.dialogs = dialogs  # type: ignore[attr-defined]
    page.requests = requests  # type: ignore[attr-defined]
    page.goto(app_url)
    page.get_by_text("Your skills").first.wait_for()
    try:
        yield page
        page.wait_for_timeout(500)
        assert requests, "no request was recorded"
        assert not _outside(requests), f"requests left the machine: {_outside(requests)}"
    finally:
        context.close()


def _fill_and_analyze(page, posting: str, skills: str) -> None:
    page.get_by_label("Posting text").fill(posting)
    skills_box = page.locator(".st-key-user_skills textarea")
    skills_box.fill(skills)
    skills_box.press("Control+Enter")  # commit the text area, as a user tabbing away would
    page.locator(".st-key-postings_text textarea").press("Control+Enter")
    _click_analyze(page)


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
    assert "<h2>Plan</h2>" in text  # the learn-next plan, as in the CLI's report

    with page.expect_download() as info:
        page.locator(".st-key-download_json button").click()
    info.value.save_as(tmp_path / "report.json")
    served = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert served["plan"]["steps"] and served["rounds"]

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
    page.wait_for_function("document.querySelector('.st-key-postings_text textarea').value.includes('\\n===\\n')")
    _click_analyze(page)
    page.locator(".sg-posting span.sg-skill").first.wait_for()
    assert page.locator(".sg-posting span.sg-skill").count() > 3
    # pasted postings are named by their title-like first line
    assert "Machine Learning Engineer, Ranking" in page.locator(".st-key-posting_title").inner_text()
    _publish(_screenshot(page, tmp_path / "dashboard.png"), "dashboard.png")
    assert not page.dialogs


def _publish(shot: Path, name: str) -> None:
    if os.environ.get("SKILLGAP_SCREENSHOT") == "1":
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copyfile(shot, ROOT / "docs" / name)


def _sample_csv_with_companies(path: Path) -> list[tuple[str, str, str]]:
    """The bundled sample postings as a CSV with title and company columns; returns (id, title, company)."""
    companies = ["Acme Furniture", "Clinica Norte", "Globex", "Initech Insurance", "Umbrella Retail"]
    with open(ROOT / "data" / "samples" / "postings.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["id", "job_title", "company_name", "description"])
    out = []
    for row, company in zip(rows, companies):
        writer.writerow([row["id"], row["title"], company, row["description"]])
        out.append((row["id"], row["title"], company))
    path.write_text(buf.getvalue(), encoding="utf-8")
    return out


def _choose(page, combobox, text: str) -> None:
    """Pick the option with ``text`` in a Streamlit select box (a combobox: ArrowDown opens its
    list). Retried: a rerun still drawing the page can replace the list under the pointer."""
    from playwright.sync_api import Error as PlaywrightError

    option = page.get_by_role("option").filter(has_text=text)
    for attempt in range(6):
        _wait_idle(page)
        try:
            combobox.click(timeout=10_000)
            combobox.press("ArrowDown", timeout=10_000)
            option.click(timeout=10_000)
            return
        except PlaywrightError:
            if attempt == 5:
                raise
            page.keyboard.press("Escape")


def _wait_idle(page) -> None:
    """Until Streamlit has finished the current rerun (its "running" status widget is gone)."""
    page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=WAIT_MS)


def _click_analyze(page, result=None) -> None:
    """Click Analyze and wait for ``result`` (a locator; default: the top gaps).

    A click that lands while a rerun is still redrawing the page can be lost: the button moves
    under the pointer, or Streamlit folds the click into the rerun it is running (streamlit#156,
    #8291). A user clicks again; so does this, at most twice more, each time once the app is idle.
    A page that never shows the result fails with the text it shows instead."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    target = (result if result is not None else page.locator(".st-key-top_gaps")).first
    for _ in range(3):
        _wait_idle(page)
        page.locator(".st-key-analyze button").click()
        try:
            target.wait_for(timeout=15_000)
            return
        except PlaywrightTimeout:
            _wait_idle(page)  # a slow analysis is still running: let it finish before judging
            if target.is_visible():
                return
    shown = page.locator('[data-testid="stMain"]').inner_text()[-2000:]
    pytest.fail(f"three clicks on Analyze did not show the result; the page shows:\n{shown}")


def test_csv_names_selector_stale_marker_and_report_contents(page, tmp_path, browser):
    postings = _sample_csv_with_companies(tmp_path / "jobs.csv")
    skills_box = page.locator(".st-key-user_skills textarea")
    skills_box.fill("Python 3y, SQL, scikit-learn, statistics, Git")
    skills_box.press("Control+Enter")
    page.get_by_text("File upload").click()
    page.locator(".st-key-csv_file input[type=file]").set_input_files(str(tmp_path / "jobs.csv"))
    page.get_by_text("5 rows in jobs.csv").wait_for()
    # the title and company columns are found by their names
    assert page.locator(".st-key-csv_title_column input").input_value() == "job_title"
    assert page.locator(".st-key-csv_company_column input").input_value() == "company_name"
    _click_analyze(page)
    first = f"{postings[0][1]} — {postings[0][2]} ({postings[0][0]})"
    page.locator(".st-key-posting_title", has_text=first).wait_for()
    assert page.locator(".st-key-posting_view_1 input").input_value() == first
    # pick the third posting: the view follows, by name
    third = f"{postings[2][1]} — {postings[2][2]} ({postings[2][0]})"
    _choose(page, page.locator(".st-key-posting_view_1 input"), postings[2][2])
    page.locator(".st-key-posting_title", has_text=third).wait_for()
    # the picture: the posting selector and the named posting, highlighted
    page.set_viewport_size({"width": 1400, "height": 1300})
    page.locator(".st-key-posting_view_1").scroll_into_view_if_needed()
    page.mouse.move(5, 5)
    page.wait_for_timeout(1000)
    page.screenshot(path=str(tmp_path / "dashboard-csv.png"))
    _publish(tmp_path / "dashboard-csv.png", "dashboard-csv.png")
    page.set_viewport_size({"width": 1400, "height": 1000})

    # the HTML report: a contents list first, postings named, each posting's detail collapsed
    with page.expect_download() as info:
        page.locator(".st-key-download_html button").click()
    report = tmp_path / "report.html"
    info.value.save_as(report)
    _check_report(browser, report.read_text(encoding="utf-8"), first, tmp_path)

    # changing the skills marks the results out of date
    assert page.locator(".st-key-stale_marker").count() == 0
    skills_box.fill("Python 3y, SQL, Docker")
    skills_box.press("Control+Enter")
    page.locator(".st-key-stale_marker").wait_for()
    assert "Out of date" in page.locator(".st-key-stale_marker").inner_text()

    # a second analysis (pasted postings): the selector (keyed per analysis: posting_view_2) and the
    # view show its first posting
    page.get_by_text("Paste", exact=True).click()
    second = "Data Analyst, Pricing\nRequirements: SQL, Excel and Tableau.\n\n===\n\nBI Developer\nPower BI and SQL."
    page.get_by_label("Posting text").fill(second)
    page.locator(".st-key-postings_text textarea").press("Control+Enter")
    _click_analyze(page, page.locator(".st-key-posting_title", has_text="Data Analyst, Pricing (Posting 1)"))
    assert page.locator(".st-key-stale_marker").count() == 0
    assert page.locator(".st-key-posting_view_2 input").input_value() == "Data Analyst, Pricing (Posting 1)"
    assert not page.dialogs


def _check_report(browser, html: str, first_posting: str, tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 1100, "height": 1400})
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    try:
        report = context.new_page()
        report.set_content(html)
        contents = report.locator("#contents + ul a")
        assert [contents.nth(i).inner_text() for i in range(contents.count())][:3] == [
            "Summary",
            "Top gaps",
            "Coverage by category",
        ]
        assert report.locator("ol.index a", has_text=first_posting).count() == 1
        details = report.locator("details.posting")
        assert details.count() == 5 and report.locator("details.posting[open]").count() == 0
        # the index link leads to the posting's (collapsed) detail; a click on its name opens it
        report.locator("ol.index a", has_text=first_posting).click()
        assert report.evaluate("location.hash") == "#p-1"
        report.locator("#p-1 > summary").click()
        assert report.locator("#p-1[open]").count() == 1
        assert report.locator("#p-1 .ev").count() >= 1  # a sentence quoted once for its skills
        report.evaluate("document.getElementById('postings').scrollIntoView()")
        report.wait_for_timeout(300)
        report.screenshot(path=str(tmp_path / "report.png"))
        _publish(tmp_path / "report.png", "report.png")
        assert requests == [], f"the report loaded something: {requests}"
    finally:
        context.close()


def test_phone_screen_shows_the_skill_inputs(page, tmp_path):
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(800)
    skills = page.locator(".st-key-user_skills textarea")
    skills.scroll_into_view_if_needed()
    assert skills.is_visible()
    box = skills.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390 + 1
    skills.fill("Python, SQL")
    skills.press("Control+Enter")
    page.get_by_label("Posting text").fill(POSTING)
    page.locator(".st-key-postings_text textarea").press("Control+Enter")
    _click_analyze(page)
    assert "Docker" in page.locator(".st-key-top_gaps").inner_text()
    page.evaluate("""() => { for (const el of document.querySelectorAll(
        '[data-testid="stMain"], [data-testid="stAppViewContainer"], section.main')) el.scrollTo(0, 0);
        window.scrollTo(0, 0); }""")
    page.wait_for_timeout(800)
    shot = tmp_path / "phone.png"
    page.screenshot(path=str(shot))
    _publish(shot, "dashboard-phone.png")


def _screenshot(page, path: Path, height: int = 2600) -> Path:
    # Streamlit scrolls inside its main area, so a tall window is what shows the whole result.
    page.set_viewport_size({"width": 1400, "height": height})
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


URL_POSTING = """Data Engineer

Requirements:
- Docker and Terraform (setup notes: ![img](http://127.0.0.1:9/x.png) or (http://127.0.0.1:9/docs))
- Kubernetes; read www.example.com/k8s first
- Airflow, questions to recruiter@example.com
"""


def test_urls_in_a_posting_are_not_links_in_the_verdicts(page):
    """The verdicts quote the posting's sentences as Markdown; Streamlit's renderer links a bare
    URL, "www." or an e-mail address even when escaped with a backslash."""
    _fill_and_analyze(page, URL_POSTING, "Python")
    verdicts = page.locator(".st-key-posting_verdicts")
    verdicts.wait_for()
    shown = verdicts.inner_text().replace("\u2060", "")
    for text in ("http://127.0.0.1:9/docs", "www.example.com/k8s", "recruiter@example.com"):
        assert text in shown
    assert verdicts.locator("a, img").count() == 0, verdicts.inner_html()


BATCH = """Machine Learning Engineer
Requirements: Python and SQL. Experience with AWS, GCP or Azure. Docker and Kubernetes.

===

Data Scientist
Requirements: Python, statistics and A/B testing; Tableau or Power BI. Nice to have: PyTorch.

===

MLOps Engineer
Must have: Kubernetes, Docker, CI/CD and Terraform. Python required.
"""


def test_plan_and_market_tabs_render_with_nothing_loaded_from_elsewhere(page, app_url):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    _fill_and_analyze(page, BATCH, "Python, SQL")
    page.get_by_role("tab", name="Your plan").click()
    plan = page.locator('[role="tabpanel"]').first
    from playwright.sync_api import expect

    plan.get_by_text("Within reach now").wait_for()
    # The plan's numbered steps render after its first line: wait for them, do not read the panel at once.
    expect(plan).to_contain_text("1.", timeout=30_000)
    page.locator('[data-testid="stVegaLiteChart"], .vega-embed').first.wait_for()
    page.get_by_role("tab", name="Market").click()
    page.get_by_text("Coverage curve").first.wait_for()
    page.wait_for_timeout(1000)
    outside = [u for u in requests if not u.startswith((app_url, "data:", "blob:", "ws://127.0.0.1"))]
    assert not outside, f"requests left localhost: {outside[:5]}"
    assert not page.dialogs


def test_a_refused_upload_then_a_good_one_and_the_verdicts_in_words(page, tmp_path):
    """As an analyst would: a file with no text column is refused, removed from the uploader, and the
    right file is dropped on it next and is read with its own columns (the text box kept the refused file's empty
    choice: "; pick the column with the posting text." and Analyze stayed disabled). Then, as a job
    seeker, the posting view's verdicts are there in words, not only as tooltips."""
    wrong = tmp_path / "notes.csv"
    wrong.write_text("name,content\na,Python and SQL\n", encoding="utf-8")
    good = tmp_path / "jobs.csv"
    good.write_text(
        'id,description\nds-1,"Data Scientist\n\nRequirements\n- 3+ years of Python or R.\n- Must have Docker."\n',
        encoding="utf-8",
    )
    skills_box = page.locator(".st-key-user_skills textarea")
    skills_box.fill("Python")
    skills_box.press("Control+Enter")
    page.get_by_text("File upload").click()
    uploader = page.locator(".st-key-csv_file input[type=file]")
    uploader.set_input_files(str(wrong))
    page.get_by_text("no text column").wait_for()
    # The message can render before the button does on the same rerun: wait for it to be disabled.
    page.locator(".st-key-analyze button:disabled").wait_for(timeout=15_000)
    # the uploader takes several files: the refused one is removed (its ✕), then the right one added
    page.locator(".st-key-csv_file [data-testid='stFileChipDeleteBtn']").click()
    page.locator(".st-key-csv_file [data-testid='stFileChipName']").wait_for(state="detached")
    uploader.set_input_files(str(good))
    page.get_by_text("1 row in jobs.csv").wait_for()
    _wait_idle(page)
    assert page.get_by_text("pick the column with the posting text").count() == 0
    verdicts = page.locator(".st-key-posting_verdicts")
    _click_analyze(page, verdicts)
    text = verdicts.inner_text()
    assert "You have: Python" in text
    assert "R — this posting accepts any of Python, R; you have Python" in text
    assert "Docker (required)" in text
    _screenshot(page, tmp_path / "reupload.png")
    assert not page.dialogs


FORMULA_TITLES = """=HYPERLINK("http://127.0.0.1:9/x","Senior Data Engineer")
Requirements: Python and SQL; Docker is a plus.

===

+SUM(1;2) Machine Learning Engineer
Must have: PyTorch, Kubernetes and AWS.
"""


def test_tables_offer_no_csv_download_of_untrusted_cells(page):
    """Streamlit's table toolbar would download any table as a CSV with its cells as they are, so a
    posting named "=HYPERLINK(…)" would become a live formula in a spreadsheet; the dashboard's own
    CSV report is the formula-safe export. The toolbar keeps its other buttons (search, full screen)."""
    _fill_and_analyze(page, FORMULA_TITLES, "Python")
    tables = page.locator('[data-testid="stDataFrame"]')
    tables.first.wait_for()
    hovered = 0
    for i in range(tables.count()):
        table = tables.nth(i)
        if not table.is_visible():
            continue
        table.scroll_into_view_if_needed()
        table.hover()
        container = table.locator("xpath=ancestor::*[@data-testid='stElementContainer'][1]")
        container.locator('[data-testid="stElementToolbar"]').first.wait_for()
        assert container.get_by_role("button", name="Download as CSV").count() == 0
        hovered += 1
    assert hovered >= 2  # the skills you gave and the coverage per posting, at least
    assert page.locator(".st-key-download_csv button").count() == 1


def test_two_csv_files_uploaded_at_once_are_one_batch(page, tmp_path):
    """A coach drops two job boards' exports on the uploader at once: one batch of both files'
    rows, each posting named with its file and row in the posting view and in the CSV export."""
    board_a = tmp_path / "board-a.csv"
    board_a.write_text(
        'id,title,description\na-1,Data Scientist,"Requirements: 3+ years of Python and SQL."\n'
        'a-2,ML Engineer,"Must have Docker and Kubernetes."\n',
        encoding="utf-8",
    )
    board_b = tmp_path / "board-b.csv"  # another board: other column names, separated by semicolons
    board_b.write_text("job_id;job_description\nb-1;We use Spark and Airflow daily.\n", encoding="utf-8")
    skills_box = page.locator(".st-key-user_skills textarea")
    skills_box.fill("Python, SQL")
    skills_box.press("Control+Enter")
    page.get_by_text("File upload").click()
    page.locator(".st-key-csv_file input[type=file]").set_input_files([str(board_a), str(board_b)])
    page.get_by_text(
        "3 rows in 2 files (board-a.csv: 2 rows; board-b.csv: 1 row, separated by semicolons (;))"
    ).wait_for()
    _click_analyze(page)
    first = "Data Scientist (a-1) · board-a.csv, row 1"
    assert page.locator(".st-key-posting_view_1 input").input_value() == first
    _choose(page, page.locator(".st-key-posting_view_1 input"), "board-b.csv, row 1")
    page.locator(".st-key-posting_title", has_text="board-b.csv, row 1").wait_for()
    with page.expect_download() as info:
        page.locator(".st-key-download_csv button").click()
    saved = tmp_path / "gaps.csv"
    info.value.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
    assert {(r["posting_id"], r["source_file"], r["source_row"]) for r in rows} == {
        ("a-1", "board-a.csv", "1"),
        ("a-2", "board-a.csv", "2"),
        ("b-1", "board-b.csv", "1"),
    }
    assert not page.dialogs


def test_picking_a_group_column_stays_on_the_market_tab(page, tmp_path):
    """A user on the Market tab picks a "Group by" column: the rerun must leave them there, with the
    groups, not send them back to "Your plan"."""
    rows = [
        (f"j{i}", text, "platform" if i % 2 else "analytics") for i, text in enumerate(BATCH.split("\n\n===\n\n") * 2)
    ]
    path = tmp_path / "grouped.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([("id", "description", "family"), *rows])
    skills_box = page.locator(".st-key-user_skills textarea")
    skills_box.fill("Python, SQL")
    skills_box.press("Control+Enter")
    page.get_by_text("File upload").click()
    page.locator(".st-key-csv_file input[type=file]").set_input_files(str(path))
    page.get_by_text("6 rows in grouped.csv").wait_for()
    _click_analyze(page)
    page.get_by_role("tab", name="Market").click()
    # the tab's click reruns the page: pick the column once that rerun has drawn the select box
    _choose(page, page.locator(".st-key-market_group_by [role=combobox]"), "family")
    from playwright.sync_api import expect

    # The groups appear in more than one table (the groups' top skills, rising and falling between
    # groups …); how many of them the grid has written into the page at a time depends on its lazy
    # drawing (1 here, 3 on CI), so ask for one shown, on the Market tab.
    groups = page.locator('[data-testid="stDataFrame"]').filter(has_text="platform")
    expect(groups.first).to_be_visible(timeout=30_000)
    expect(page.get_by_role("tab", name="Market")).to_have_attribute("aria-selected", "true")


def _overflow_at(browser, html: str, width: int = 390) -> tuple[int, list[str]]:
    """The page's scroll width with ``html`` shown ``width`` px wide, and the texts of the elements
    that end beyond its right edge (what a phone cuts off or makes you pan sideways for)."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    try:
        view = context.new_page()
        view.set_content(html)
        scroll_width = view.evaluate("document.documentElement.scrollWidth")
        beyond = view.evaluate(
            """w => [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > w + 1 && e.getBoundingClientRect().width > 0)
                .map(e => e.tagName + ': ' + (e.textContent || '').slice(0, 40))""",
            width,
        )
        return scroll_width, beyond
    finally:
        context.close()


def test_the_highlight_legend_wraps_on_a_phone(browser):
    """The posting view's legend, 358 px wide as in the dashboard's column on a 390 px phone: its
    five items were joined with nothing between them, so the line could not break and the last two
    ("missing: nice to have", "missing: mentioned") were cut off."""
    from analyzer.io.highlight import legend_html

    page_html = f'<html><body style="margin:16px;width:358px">{legend_html()}</body></html>'
    _, beyond = _overflow_at(browser, page_html)
    assert beyond == []


def test_the_html_report_fits_a_phone(browser, tmp_path):
    """The HTML report on a 390 px phone: the top-gaps chart (a 750 px SVG) and the wide tables made
    the whole page pan sideways; the chart now shrinks to the screen and a table scrolls in itself."""
    from analyzer import Profile, analyze_postings
    from analyzer.io.views import render_analysis_report
    from analyzer.taxonomy import load_default_taxonomy

    analysis = analyze_postings([("p1", POSTING), ("p2", XSS_POSTING)], Profile.from_text("Python"))
    report = render_analysis_report(analysis, "html", load_default_taxonomy())
    scroll_width, beyond = _overflow_at(browser, report)
    assert scroll_width <= 390, beyond[:5]


def test_the_category_chart_fits_a_phone(page):
    """The coverage-by-category chart on a 390 px phone: its long category names leave the bars
    about 130 px, and the x-axis title ("coverage of the skills postings ask for (%)") and the
    one-row legend under it ran past the chart's right edge, cut off."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_timeout(500)
    _fill_and_analyze(page, POSTING, "Python, SQL, Git, statistics")
    chart = page.locator('[data-testid="stVegaLiteChart"]').first
    chart.scroll_into_view_if_needed()
    chart.locator("svg text").first.wait_for()
    page.wait_for_timeout(1000)
    beyond = chart.evaluate(
        """c => { const right = c.getBoundingClientRect().right;
            return [...c.querySelectorAll('svg text')]
                .filter(t => t.getBoundingClientRect().width > 0 && getComputedStyle(t).opacity !== '0')
                .filter(t => t.getBoundingClientRect().right > right + 1)
                .map(t => t.textContent); }"""
    )
    assert beyond == []  # (an axis label Vega hides for want of room does not count)
    # the demand heat map of a batch: its two legends ran past the edge in one row each
    _fill_and_analyze(page, BATCH, "Python, SQL")
    page.get_by_text("Demand: the most asked skills").click()
    heat = page.locator('[data-testid="stExpander"] [data-testid="stVegaLiteChart"]').first
    heat.scroll_into_view_if_needed()
    heat.locator("svg text").first.wait_for()
    page.wait_for_timeout(1000)
    legends = heat.evaluate(
        """c => [...c.querySelectorAll('svg .role-legend text')]
            .filter(t => getComputedStyle(t).opacity !== '0' && t.getBoundingClientRect().right > window.innerWidth)
            .map(t => t.textContent)"""
    )
    assert legends == []
    assert not page.dialogs


def test_a_resume_after_the_samples_replaces_the_sample_skills(page, tmp_path):
    """A job seeker tries the samples, then drops in their own résumé: the sample skills give way
    (the box empties, a note says why) instead of merging with theirs unseen."""
    page.get_by_role("button", name="Try the samples").click()
    skills_box = page.locator(".st-key-user_skills textarea")
    page.wait_for_function("document.querySelector('.st-key-user_skills textarea').value.includes('Tableau')")
    _wait_idle(page)
    cv = tmp_path / "cv.md"
    cv.write_text("# Sam\nSkills: Python, Docker, Kubernetes\n", encoding="utf-8")
    page.get_by_text("Upload a résumé or a saved profile").click()
    page.locator(".st-key-resume_file input[type=file]").set_input_files(str(cv))
    page.get_by_text("your résumé is your profile now").wait_for()
    _wait_idle(page)
    assert skills_box.input_value() == ""
    # the résumé's three skills alone, not the sample's ten with them
    page.get_by_text("3 skills recognised", exact=False).first.wait_for()
    _screenshot(page, tmp_path / "resume-over-samples.png")
    assert not page.dialogs


def test_the_found_how_reasons_are_readable_at_1280_px(page, tmp_path):
    """At 1,280 px (and up to about 1,400) the skills column is ~430 px wide: the "found how" column
    of the profile table cut its reasons to "close spelling of “pyt…" in a canvas grid no one could
    widen. Each reason must show whole, wrapped inside the panel."""
    page.set_viewport_size({"width": 1280, "height": 1000})
    skills_box = page.locator(".st-key-user_skills textarea")
    skills_box.fill("pytorh, Python 5 years, postgres, kubernetse")
    skills_box.press("Control+Enter")
    table = page.locator(".st-key-resolved_table")
    reasons = ["close spelling of “pytorh”", "credited: you have PostgreSQL", "close spelling of “kubernetse”"]
    panel = page.locator(".st-key-skills_panel").bounding_box()
    assert panel is not None
    for reason in reasons:
        cell = table.get_by_text(reason, exact=False).first
        cell.wait_for()
        assert cell.is_visible(), reason
        box = cell.bounding_box()
        assert box is not None and box["x"] >= panel["x"] and box["x"] + box["width"] <= panel["x"] + panel["width"] + 1
        clipped = cell.evaluate(
            "e => { for (let n = e; n && n !== document.body; n = n.parentElement) {"
            " if (n.scrollWidth > n.clientWidth + 1 && getComputedStyle(n).overflowX !== 'visible') return true; }"
            " return false; }"
        )
        assert not clipped, reason
    page.locator(".st-key-skills_panel").screenshot(path=str(tmp_path / "found-how-1280.png"))


def test_the_gap_filters_show_their_whole_labels_at_1280_px(page):
    """At 1,280 px the "Asked as" filter cut its third level to "mentio…": a reader could not tell
    what the third chip keeps."""
    page.set_viewport_size({"width": 1280, "height": 1000})
    _fill_and_analyze(page, POSTING, "Python, SQL")
    levels = page.locator(".st-key-gaps_levels")
    levels.scroll_into_view_if_needed()  # drawn when in view
    chips = levels.locator("[data-tag]")
    chips.first.wait_for()
    assert chips.evaluate_all("tags => tags.map(t => t.innerText.trim())") == ["required", "nice to have", "mentioned"]
    row = levels.locator('[data-testid="stMultiSelectTagsContainer"]')
    overflow = row.evaluate("r => r.scrollWidth - r.clientWidth")
    assert overflow <= 1, f"the chips need {overflow} px more: the last is cut"


def test_the_gap_table_has_every_column_in_view_at_1280_px(page, tmp_path):
    """At 1,280 px the gap table was 1,575 px wide in the ~1,120 px the page gives it: "or instead"
    was cut and "interview round" could only be seen by scrolling the grid sideways."""
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.get_by_role("button", name="Try the samples").click()
    page.wait_for_function("document.querySelector('.st-key-postings_text textarea').value.includes('\\n===\\n')")
    _click_analyze(page)
    # the gap table is the page's first grid in view (CI once found a hidden grid first, left by a rerun)
    grid = page.locator('[data-testid="stDataFrame"]:visible').first
    grid.wait_for()
    grid.scroll_into_view_if_needed()
    scroller = grid.locator(".dvn-scroller")
    scroller.wait_for()
    page.wait_for_timeout(500)
    sideways = scroller.evaluate("s => s.scrollWidth - s.clientWidth")
    grid.screenshot(path=str(tmp_path / "gaps-1280.png"))
    assert sideways <= 1, f"the gap table scrolls {sideways} px sideways at 1,280 px"


def test_the_coverage_table_of_several_files_has_its_error_column_in_view_at_1280_px(page, tmp_path):
    """Two files uploaded add a "from" column to the coverage per posting: at 1,280 px its last
    column, "error" (which rows failed), was pushed out of view."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.set_viewport_size({"width": 1280, "height": 1000})
    boards = []
    for board, texts in (("board-a", BATCH.split("\n\n===\n\n")), ("board-b", ["", "Must have Spark."])):
        path = tmp_path / f"{board}.csv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows([("id", "description"), *((f"{board}-{i}", t) for i, t in enumerate(texts))])
        boards.append(str(path))
    skills_box = page.locator(".st-key-user_skills textarea")
    skills_box.fill("Python, SQL")
    skills_box.press("Control+Enter")
    page.get_by_text("File upload").click()
    page.locator(".st-key-csv_file input[type=file]").set_input_files(boards)
    page.get_by_text("rows in 2 files", exact=False).wait_for()
    _click_analyze(page)
    page.get_by_text("Computed from 2 files", exact=False).wait_for()
    _wait_idle(page)
    page.locator(".st-key-errors_table, [data-testid='stExpander'] [data-testid='stDataFrame']").first.wait_for()
    # every grid drawn on the page (the gap table, the coverage per posting, the rows that failed),
    # not those inside a closed expander or another tab; the grids draw one after another, so wait
    # for the three (a loaded machine once measured before the last was drawn)
    visible_scrollers = """[...document.querySelectorAll('[data-testid="stDataFrame"] .dvn-scroller')]
        .filter(s => s.offsetParent !== null && s.clientWidth > 0)"""
    try:
        page.wait_for_function(f"() => {visible_scrollers}.length >= 3", timeout=30_000)
    except PlaywrightTimeout:
        pass  # the assertion below says how many were drawn
    page.wait_for_timeout(500)  # their columns' widths settle after the grid appears
    widths = page.evaluate(f"() => {visible_scrollers}.map(s => s.scrollWidth - s.clientWidth)")
    page.screenshot(path=str(tmp_path / "grids-1280.png"), full_page=True)
    assert len(widths) >= 3, widths
    assert max(widths) <= 1, f"a table scrolls sideways at 1,280 px: {widths}"


def test_back_to_the_uploader_after_the_paste_box_takes_a_file_again(page, tmp_path):
    """Switching to the paste box lets go of the upload, Streamlit's copy included: coming back, the
    uploader is empty and a file uploaded again is read and analysed, with no error."""
    postings = tmp_path / "jobs.csv"
    _sample_csv_with_companies(postings)
    skills_box = page.locator(".st-key-user_skills textarea")
    skills_box.fill("Python, SQL")
    skills_box.press("Control+Enter")
    for attempt in range(2):
        page.get_by_text("File upload").click()
        _wait_idle(page)
        page.locator(".st-key-csv_file input[type=file]").set_input_files(str(postings))
        page.get_by_text("5 rows in jobs.csv").wait_for()
        _click_analyze(page, page.get_by_text("Computed from jobs.csv", exact=False))
        if attempt == 0:
            page.get_by_text("Paste", exact=True).click()
            page.locator(".st-key-postings_text textarea").wait_for()
            _wait_idle(page)
    assert page.locator('[data-testid="stAlertContentError"]').count() == 0
    assert not page.dialogs
