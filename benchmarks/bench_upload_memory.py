"""Peak memory of the dashboard's server on a big CSV upload, analysed in a real browser.

    python benchmarks/bench_upload_memory.py [--mb 10 25 50] [--files 1]

For each size, a fresh ``streamlit run dashboard.py`` is started on a loopback port, a CSV of
about that many MB is built in a temporary folder from the real postings in ../shared (rows
repeated, ids made unique; nothing is written to the project) — with ``--files N``, N CSV files
of about MB/N each, uploaded together as one batch — uploaded with Chromium
(/usr/bin/chromium, Playwright), analysed with a 10-skill profile, and the server process's peak
resident memory (``VmHWM`` in /proc) is read after the results are on the page; its resident
memory before the upload is read too. The dashboard's limit (``MAX_UPLOAD_MB`` in
``analyzer/io/uploads.py``) is the largest size measured here; docs/dashboard.md has the numbers.
"""

from __future__ import annotations

import argparse
import csv
import glob
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "postings"
if not SHARED.exists():
    SHARED = Path("/work/shared/data/postings")
SKILLS = "Python, SQL, Docker, Git, statistics, machine learning, PyTorch, AWS, pandas, communication"
csv.field_size_limit(1 << 30)


def build_csv(path: Path, megabytes: float, prefix: str = "p") -> int:
    rows = []
    for name in sorted(glob.glob(str(SHARED / "*.csv"))):
        with open(name, encoding="utf-8", newline="") as f:
            rows += [(r["title"], r["company"], r["description"]) for r in csv.DictReader(f)]
    target = int(megabytes * 1_000_000)  # the browser counts an upload's MB in 1,000,000 bytes (Linux, macOS)
    written = n = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "title", "company", "description"])
        while True:
            for title, company, text in rows:
                size = len(text.encode("utf-8")) + len(title) + len(company) + 16
                if written + size > target:
                    return n
                n += 1
                w.writerow([f"{prefix}{n}", title, company, text])
                written += size


def kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure(megabytes: int, browser, files: int = 1) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="sg-upload-"))
    try:
        paths = [tmp / (f"postings-{i + 1}.csv" if files > 1 else "postings.csv") for i in range(files)]
        # each file its own ids (the same file twice would be refused, as the command line refuses it)
        counts = [
            build_csv(path, megabytes / files, f"f{i + 1}-p" if files > 1 else "p") for i, path in enumerate(paths)
        ]
        rows = sum(counts)
        port = free_port()
        streamlit = shutil.which("streamlit", path=str(Path(sys.executable).parent)) or "streamlit"
        proc = subprocess.Popen(
            [streamlit, "run", "dashboard.py", "--server.headless", "true", "--server.address", "127.0.0.1"]
            + ["--server.port", str(port), "--server.fileWatcherType", "none"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            for _ in range(300):
                try:
                    urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
                    break
                except OSError:
                    time.sleep(0.3)
            page = browser.new_page()
            page.set_default_timeout(1_800_000)
            page.goto(url)
            page.get_by_text("Your skills").first.wait_for()
            page.locator(".st-key-user_skills textarea").fill(SKILLS)
            page.locator(".st-key-user_skills textarea").press("Control+Enter")
            page.wait_for_timeout(1500)
            idle = kb(proc.pid, "VmRSS")
            page.get_by_text("File upload").click()
            started = time.perf_counter()
            page.locator(".st-key-csv_file input[type=file]").set_input_files([str(p) for p in paths])
            shown = f"{rows:,} rows in postings.csv" if files == 1 else f"{rows:,} rows in {files} files"
            page.get_by_text(shown).wait_for()
            page.locator(".st-key-analyze button").click()
            page.locator(".st-key-top_gaps").wait_for()
            page.locator(".st-key-posting_title").wait_for()
            seconds = time.perf_counter() - started
            page.wait_for_timeout(2000)
            result = {
                "mb": round(sum(p.stat().st_size for p in paths) / 1_000_000, 1),
                "files": files,
                "rows": rows,
                "idle_rss_mb": round(idle / 1024),
                "peak_rss_mb": round(kb(proc.pid, "VmHWM") / 1024),
                "rss_after_mb": round(kb(proc.pid, "VmRSS") / 1024),
                "seconds": round(seconds, 1),
            }
            page.close()
            return result
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, nargs="+", default=[10, 25, 50])
    parser.add_argument("--files", type=int, default=1, help="upload the MB as this many CSV files at once")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        print("| upload | files | rows | server RSS before | peak RSS | RSS after | upload → result |")
        print("|---|---|---|---|---|---|---|")
        for mb in args.mb:
            r = measure(mb, browser, args.files)
            print(
                f"| {r['mb']} MB | {r['files']} | {r['rows']:,} | {r['idle_rss_mb']} MB | {r['peak_rss_mb']} MB "
                f"| {r['rss_after_mb']} MB | {r['seconds']} s |",
                flush=True,
            )
        browser.close()


if __name__ == "__main__":
    main()
