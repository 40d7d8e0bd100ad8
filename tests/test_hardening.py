"""The failures of the adversarial pass in issue 10 (items 3-12), one test (or more) each.

- lone surrogates: the row keeps a replacement character and a warning; every report format writes;
- signals: a second Ctrl-C or SIGTERM ends the run within seconds, with no worker left and a
  message that is true about the output file;
- writers: a full disk or an error leaves the previous output whole and no temporary file; a
  SIGKILL leaves at most one hidden temporary file, which the next run ignores;
- output == input is refused (links included), for every command that writes;
- hostile profile JSON, file names and column names reach the dashboard as inert text;
- malformed profiles and gold files (deep nesting, huge numbers, wrong types) give one line;
- DOCX headers that lie, a 640 KB "skill", AES PDFs, Unicode formula look-alikes, the dashboard config.
"""

from __future__ import annotations

import errno
import html
import json
import os
import re
import signal
import stat
import subprocess
import sys
import threading
import time
import tomllib
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from streamlit.testing.v1 import AppTest
from test_dashboard import SCRIPT, TIMEOUT

from analyzer.cli import main
from analyzer.errors import MissingDependencyError, ProfileError
from analyzer.io import atomic
from analyzer.io.markdown import WORD_JOINER, file_label, md_escape
from analyzer.io.reports import csv_safe
from analyzer.io.resumes import read_resume

ROOT = Path(__file__).resolve().parent.parent
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and process groups")


def run(*args: str):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def one_line_error(result, fragment: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and fragment in lines[0], result.output
    assert len(lines[0]) < 400, "the message echoes too much of the input"


def write_postings(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as f:
        f.write("id,description\n")
        for i in range(n):
            f.write(f"job-{i},Requirements: {i % 7 + 1}+ years of Python and SQL; Docker is a plus. Team {i}.\n")
    return path


def temp_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"*{atomic.TEMP_SUFFIX}"))


# ---------------------------------------------------------------- item 3: lone surrogates

SURROGATES = (
    b'{"id": "a\\ud800", "description": "Python \\udfff and SQL"}\n'
    b'{"id": "b", "description": "We use Docker and Kubernetes."}\n'
    b'{"id": "c\\udc00", "description": "Must know Spark."}\n'
)


@pytest.mark.parametrize("suffix", [".json", ".csv", ".md", ".html"])
def test_lone_surrogates_every_report_writes(tmp_path, suffix):
    src = tmp_path / "p.jsonl"
    src.write_bytes(SURROGATES)
    out = tmp_path / f"r{suffix}"
    res = run("analyze", src, "--skills", "python", "-o", out, "--jobs", "1")
    assert res.exit_code == 0, res.output
    assert "U+FFFD" in res.output and "3 postings, 0 with errors" in res.output
    text = out.read_text(encoding="utf-8")  # valid UTF-8: no surrogate reached the file
    assert "a\ufffd" in text and "c\ufffd" in text and ("Docker" in text or "docker" in text)
    if suffix == ".json":
        assert [p["id"] for p in json.loads(text)["postings"]] == ["a\ufffd", "b", "c\ufffd"]


def test_lone_surrogates_extract(tmp_path):
    src = tmp_path / "p.jsonl"
    src.write_bytes(SURROGATES)
    out = tmp_path / "o.jsonl"
    res = run("extract", src, "-o", out, "--jobs", "1")
    assert res.exit_code == 0, res.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a\ufffd", "b", "c\ufffd"]
    assert {s["skill_id"] for s in records[0]["skills"]} >= {"python", "sql"}


# ---------------------------------------------------------------- item 4: signals


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found |= {int(p) for p in task.read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _start(tmp_path: Path, command: str, out: Path, jobs: int = 2) -> subprocess.Popen:
    src = tmp_path / "big.csv"
    if not src.exists():
        write_postings(src, 60_000)
    args = [sys.executable, "-m", "analyzer", command, str(src), "-o", str(out), "--jobs", str(jobs), "-q"]
    if command == "analyze":
        args[4:4] = ["--skills", "python"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(args, stderr=subprocess.PIPE, text=True, start_new_session=True, env=env)


def _wait_for_workers(proc: subprocess.Popen, tmp_path: Path, want: int = 2) -> set[int]:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        workers = _children(proc.pid)
        if len(workers) >= want and temp_files(tmp_path) and temp_files(tmp_path)[0].stat().st_size > 2000:
            return workers
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.05)
    raise AssertionError("the run never got going")


@POSIX
@pytest.mark.parametrize("command", ["analyze", "extract"])
def test_second_ctrl_c_stops_at_once_without_orphans(tmp_path, command):
    out = tmp_path / ("r.json" if command == "analyze" else "r.jsonl")
    out.write_text("previous\n", encoding="utf-8")
    proc = _start(tmp_path, command, out)
    workers = _wait_for_workers(proc, tmp_path)
    os.killpg(proc.pid, signal.SIGINT)
    time.sleep(0.03)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=30)  # a hang fails here
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    time.sleep(0.2)
    assert not [w for w in workers if _alive(w)], "worker processes outlived the run"
    assert not temp_files(tmp_path)
    if "untouched" in err:
        assert out.read_text(encoding="utf-8") == "previous\n", err
    else:  # the first Ctrl-C ended the output at a whole row and it took the name
        assert "holds" in err, err
        last = out.read_text(encoding="utf-8").rstrip("\n").rsplit("\n", 1)[-1]
        json.loads(last if command == "extract" else out.read_text(encoding="utf-8"))


@POSIX
def test_sigterm_to_the_parent_leaves_no_worker_and_the_old_report(tmp_path):
    out = tmp_path / "r.json"
    out.write_text("previous\n", encoding="utf-8")
    proc = _start(tmp_path, "analyze", out)
    workers = _wait_for_workers(proc, tmp_path)
    proc.send_signal(signal.SIGTERM)  # the parent only, as a service manager does
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 143, err
    assert "no report written" in err and "untouched" in err and "Traceback" not in err
    time.sleep(0.2)
    assert not [w for w in workers if _alive(w)], "worker processes outlived the run"
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert not temp_files(tmp_path)


@POSIX
def test_sigkill_leaves_at_most_a_temp_file_the_next_run_ignores(tmp_path):
    out = tmp_path / "r.json"
    out.write_text("previous\n", encoding="utf-8")
    proc = _start(tmp_path, "analyze", out)
    workers = _wait_for_workers(proc, tmp_path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    deadline = time.monotonic() + 10
    while [w for w in workers if _alive(w)] and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if _alive(w)], "workers outlived a killed parent"
    assert out.read_text(encoding="utf-8") == "previous\n"
    left = temp_files(tmp_path)
    assert len(left) == 1 and left[0].name.startswith(".r.json.")
    small = write_postings(tmp_path / "small.csv", 3)
    res = run("analyze", small, "--skills", "python", "-o", out, "--jobs", "1", "-q")
    assert res.exit_code == 0, res.output
    assert len(json.loads(out.read_text(encoding="utf-8"))["postings"]) == 3
    assert temp_files(tmp_path) == left  # not read, not counted, not in the way


# ---------------------------------------------------------------- item 5: full disk


class _FullDisk:
    """A file that takes ``room`` bytes, then fails like a full disk."""

    def __init__(self, handle, room: int):
        self.handle, self.room = handle, room

    def write(self, text: str) -> int:
        self.room -= len(text)
        if self.room < 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return self.handle.write(text)

    def __getattr__(self, name):
        return getattr(self.handle, name)


@pytest.fixture
def full_disk(monkeypatch):
    real = os.fdopen

    def fdopen(fd, *args, **kwargs):
        return _FullDisk(real(fd, *args, **kwargs), 500)

    monkeypatch.setattr(atomic.os, "fdopen", fdopen)


@pytest.mark.parametrize(
    "command, out_name",
    [("extract", "o.jsonl"), ("analyze", "r.json"), ("analyze", "r.csv"), ("analyze", "r.md"), ("analyze", "r.html")],
)
def test_full_disk_keeps_the_previous_output(tmp_path, full_disk, command, out_name):
    src = write_postings(tmp_path / "p.csv", 200)
    out = tmp_path / out_name
    out.write_text("previous\n", encoding="utf-8")
    args = ["--skills", "python"] if command == "analyze" else []
    res = run(command, src, *args, "-o", out, "--jobs", "1", "-q")
    one_line_error(res, f"cannot write {out}: No space left on device")
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert not temp_files(tmp_path)


def test_full_disk_saving_a_profile(tmp_path, full_disk):
    src = write_postings(tmp_path / "p.csv", 2)
    saved = tmp_path / "me.json"
    saved.write_text("previous\n", encoding="utf-8")
    many = ", ".join(["python", "sql", "docker", "kubernetes", "pytorch", "spark", "tableau"] * 3)
    res = run("analyze", src, "--skills", many, "--save-profile", saved, "-o", tmp_path / "r.json", "-q")
    one_line_error(res, f"cannot write {saved}: No space left on device")
    assert saved.read_text(encoding="utf-8") == "previous\n"
    assert not temp_files(tmp_path)


def test_temp_names_are_unpredictable_and_private(tmp_path):
    target = tmp_path / "r.json"
    names = []
    for _ in range(2):
        with atomic.atomic_text(target) as f:
            (tmp,) = temp_files(tmp_path)
            names.append(tmp.name)
            assert os.stat(f.fileno()).st_mode & 0o077 == 0  # nobody else can read it meanwhile
            f.write("{}")
    assert names[0] != names[1] and all(n.startswith(".r.json.") for n in names)
    assert target.read_text() == "{}" and not temp_files(tmp_path)


def test_a_device_or_pipe_is_written_in_place_never_replaced(tmp_path):
    """``-o /dev/null`` renamed a plain file onto the device (as root, the machine lost /dev/null);
    a named pipe was replaced the same way. Such targets are written directly and stay what they are."""
    assert atomic._is_special(Path(os.devnull))  # stat only: never written by a test
    src = write_postings(tmp_path / "p.csv", 3)
    fifo = tmp_path / "out.pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    res = run("extract", src, "-o", fifo, "--jobs", "1", "-q")
    reader.join(timeout=30)
    assert res.exit_code == 0, res.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the pipe was replaced by a plain file"
    assert received, "nothing was written into the pipe"
    lines = received[0].decode("utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["job-0", "job-1", "job-2"]
    assert not temp_files(tmp_path)


def test_a_symlinked_output_keeps_its_link(tmp_path):
    """The file a link points to is replaced (whole or not at all); the link itself stays."""
    src = write_postings(tmp_path / "p.csv", 2)
    real = tmp_path / "kept" / "out.jsonl"
    real.parent.mkdir()
    real.write_text("previous\n", encoding="utf-8")
    link = tmp_path / "out.jsonl"
    link.symlink_to(real)
    res = run("extract", src, "-o", link, "--jobs", "1", "-q")
    assert res.exit_code == 0, res.output
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert [json.loads(line)["id"] for line in real.read_text(encoding="utf-8").splitlines()] == ["job-0", "job-1"]
    assert not temp_files(tmp_path) and not temp_files(real.parent)


# ---------------------------------------------------------------- item 6: output == input


@pytest.mark.parametrize("how", ["same", "hard link", "symlink"])
def test_extract_refuses_to_overwrite_its_input(tmp_path, how):
    src = write_postings(tmp_path / "in.csv", 50)
    before = src.read_bytes()
    out = tmp_path / "out.csv"
    if how == "same":
        out = src
    elif how == "hard link":
        os.link(src, out)
    else:
        out.symlink_to(src)
    res = run("extract", src, "-o", out, "--jobs", "1")
    one_line_error(res, "is the input file")
    assert src.read_bytes() == before


def test_analyze_refuses_to_overwrite_any_input(tmp_path):
    src = write_postings(tmp_path / "in.csv", 5)
    profile = tmp_path / "me.json"
    profile.write_text('{"skills": ["python"]}', encoding="utf-8")
    for args in (
        ["-o", tmp_path / "in.csv"],
        ["--profile", profile, "-o", tmp_path / "r.json", "--save-profile", src],
        ["--profile", profile, "-o", tmp_path / "r.json", "--save-profile", profile],
    ):
        res = run("analyze", src, "--skills", "python", *args, "-q")
        assert res.exit_code != 0 and "Traceback" not in res.output
        assert "is the input file" in res.output or "unknown report type" in res.output, res.output
    profile_copy = tmp_path / "me2.json"
    os.link(profile, profile_copy)
    res = run("analyze", src, "--profile", profile, "-o", tmp_path / "me2.json", "-q")
    one_line_error(res, "is the input file")
    assert json.loads(profile.read_text(encoding="utf-8")) == {"skills": ["python"]}


@pytest.mark.parametrize(
    "command, extra, output",
    [
        ("market", ["--group-by", "id"], "in.csv"),
        ("market", [], "link.csv"),
        ("market", [], "in.json"),
        ("plan", ["--skills", "python"], "in.json"),
        ("plan", ["--profile", "me.json"], "me.json"),
        ("mine", [], "in.csv"),
    ],
)
def test_market_plan_and_mine_refuse_to_overwrite_their_input(tmp_path, command, extra, output):
    """``skillgap market postings.csv -o postings.csv`` replaced the postings with the market report
    (as plan and mine did, where the extensions allow: JSON Lines postings in ``.json``, a saved
    profile): only extract and analyze refused to write over an input."""
    src = write_postings(tmp_path / "in.csv", 5)
    os.link(src, tmp_path / "link.csv")
    lines = [json.dumps({"id": f"j{i}", "description": "Requirements: Python and SQL."}) for i in range(3)]
    (tmp_path / "in.json").write_text("\n".join(lines) + "\n", encoding="utf-8")
    profile = tmp_path / "me.json"
    profile.write_text('{"skills": ["python"]}', encoding="utf-8")
    inputs = [src, tmp_path / "in.json", profile]
    before = [p.read_bytes() for p in inputs]
    postings = tmp_path / "in.json" if output == "in.json" or command == "plan" else src
    args = [str(tmp_path / a) if a == "me.json" else a for a in extra]
    res = run(command, postings, *args, "-o", tmp_path / output, "-q", "--jobs", "1")
    one_line_error(res, "is the input file")
    assert [p.read_bytes() for p in inputs] == before


# ---------------------------------------------------------------- item 7: untrusted text in Markdown

HOSTILE = [
    "![x](http://127.0.0.1:8765/p.png)",
    "[Your session expired - log in again](http://127.0.0.1:8765/phish)",
    "see http://127.0.0.1:8765/p.png or www.example.com or me@example.com",
    "<http://127.0.0.1:8765/auto> <img src=x onerror=alert(1)>",
    "**bold** :red[red] $x$ `code`",
]
# Markdown that would render as a link, an image, a tag, a directive or an autolink.
_LIVE = re.compile(
    r"(?<!\\)\[[^\]]*(?<!\\)\]\(|(?<!\\)<[a-zA-Z/!]|(?<![\\\w])(?:https?|ftp|mailto)(?<!\\):(?!\\)|(?<!\\)\bwww\.|"
    r"[\w.+-](?<!\\)@[\w-]+\.|:[a-z]+(?<!\\)\[",
    re.IGNORECASE,
)


def live_markdown(text: str) -> list[str]:
    """What in ``text`` a Markdown renderer would turn into a link, image, tag or directive."""
    return [m.group(0) for m in _LIVE.finditer(text)]


def test_the_live_markdown_check_can_fail():
    assert all(live_markdown(h) for h in HOSTILE)


@pytest.mark.parametrize("text", HOSTILE)
def test_md_escape_leaves_nothing_live(text):
    assert not live_markdown(md_escape(text)), md_escape(text)
    assert not live_markdown(md_escape(text, line_start=False))


# remark-gfm (Streamlit's renderer) links URLs and e-mail addresses in the text it has parsed,
# backslash escapes already resolved: these are its patterns (mdast-util-gfm-autolink-literal).
_LINKED_AFTER_PARSING = re.compile(r"(?i)(?:https?://|www(?=\.))[-.\w]+|[-.\w+]+@[-\w]+(?:\.[-\w]+)+")


def parsed_text(markdown: str) -> str:
    """The text a Markdown parser keeps of escaped inline Markdown: escapes and entities resolved."""
    return html.unescape(re.sub(r"\\(.)", r"\1", markdown))


@pytest.mark.parametrize("text", [h for h in HOSTILE if _LINKED_AFTER_PARSING.search(h)])
def test_md_escape_leaves_no_url_for_a_renderer_that_links_parsed_text(text):
    """A posting's "http://…" showed as a link in the dashboard's verdicts: a backslash does not
    stop remark-gfm, which links the parsed text. The word joiner does; it stays invisible."""
    escaped = md_escape(text)
    assert not _LINKED_AFTER_PARSING.search(parsed_text(escaped)), escaped
    assert parsed_text(escaped).replace(WORD_JOINER, "") == " ".join(text.split())


def test_markdown_report_urls_are_not_clickable(tmp_path):
    src = tmp_path / "p.csv"
    src.write_text(
        "id,description\n"
        + "".join(
            f'"{h.replace(chr(34), chr(39))}","Python and SQL. Apply at {h.replace(chr(34), chr(39))}"\n'
            for h in HOSTILE
        ),
        encoding="utf-8",
    )
    out = tmp_path / "r.md"
    res = run("analyze", src, "--skills", "python, " + HOSTILE[0], "-o", out, "--jobs", "1", "-q")
    assert res.exit_code == 0, res.output
    text = out.read_text(encoding="utf-8")
    assert "127.0.0.1" in text
    # The report's own in-page anchors and contents links are the only markup allowed through.
    own = re.sub(r'<a id="[a-z0-9-]+"></a>|(?<!\\)\[[^\]\n]*\]\(#[a-z0-9-]+\)', "", text)
    assert not live_markdown(own), live_markdown(own)


def test_file_label_is_the_last_component():
    assert file_label("/home/me/secret/cv.pdf") == "cv.pdf"
    assert file_label("C:\\Users\\me\\**bold** :red[x].csv") == "**bold** :red[x].csv"
    assert len(file_label("a" * 500 + ".csv")) <= 80
    assert file_label("a" * 500 + ".jsonl").endswith("a.jsonl") and file_label("b" * 90 + ".csv.gz").endswith(".csv.gz")


def _markdown_shown(at: AppTest) -> list[str]:
    """Every Markdown string the app sent: markdown, captions, errors, warnings, infos, labels."""
    shown = []
    for kind in ("markdown", "caption", "error", "warning", "info", "success", "subheader", "header", "title"):
        shown += [str(e.value) for e in getattr(at, kind)]
    for kind in ("selectbox", "multiselect", "text_area", "radio", "button"):
        shown += [str(e.label) for e in getattr(at, kind)]
    return shown


@pytest.fixture
def app() -> AppTest:
    at = AppTest.from_file(SCRIPT, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    return at


@pytest.mark.parametrize(
    "content",
    [
        json.dumps([["![x](http://127.0.0.1:8765/p.png)"]]),
        json.dumps({"skills": [{"how": "[Your session expired - log in again](http://127.0.0.1:8765/phish)"}]}),
        json.dumps({"skills": ["![x](http://127.0.0.1:8765/p.png)", "python"]}),
        json.dumps({"skills": ["python"], "unresolved": 5}),
        "[" * 10_000 + "]" * 10_000,
        '{"skills": [' + "9" * 5000 + "]}",
    ],
)
def test_dashboard_hostile_profile_json(app, content):
    app.file_uploader(key="profile_file").upload(
        "/srv/app/**bold** ![x](http://h/i.png).json", content.encode(), "application/json"
    )
    app.run()
    assert not app.exception, app.exception
    shown = _markdown_shown(app)
    assert [e.value for e in app.error] + [w.value for w in app.warning]  # told what is wrong
    for s in shown:
        assert not live_markdown(s), (s, live_markdown(s))
        assert "/srv/app" not in s  # the last path component only


def test_dashboard_hostile_file_and_column_names(app):
    app.text_area(key="user_skills").input("python")
    app.radio(key="postings_source").set_value("File upload")
    app.run()
    hostile_column = "![x](http://127.0.0.1:8765/c.png)"
    data = ("\ufeff" + f'"{hostile_column}",description\n1,Python and SQL\n').encode()
    app.file_uploader(key="csv_file").upload("/srv/data/**bold** :red[red] ![x](http://h/i.png).csv", data, "text/csv")
    app.run()
    assert not app.exception, app.exception
    app.button(key="analyze").click()
    app.run()
    assert not app.exception, app.exception
    shown = _markdown_shown(app)
    assert any("1 row in" in s for s in shown)
    for s in shown:
        assert not live_markdown(s), (s, live_markdown(s))
        assert "/srv/data" not in s


def test_dashboard_hostile_resume_name(app):
    app.file_uploader(key="resume_file").upload(
        "/home/x/![x](http://127.0.0.1:8765/r.png).pdf", b"%PDF-1.4 junk", "application/pdf"
    )
    app.run()
    assert not app.exception, app.exception
    shown = _markdown_shown(app)
    assert any("PDF" in s for s in shown)
    for s in shown:
        assert not live_markdown(s), (s, live_markdown(s))
        assert "/home/x" not in s


def test_dashboard_config_is_local_and_quiet():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["address"] == "localhost"
    assert config["client"]["showErrorDetails"] == "none"
    assert config["browser"]["gatherUsageStats"] is False


# ---------------------------------------------------------------- item 8: tracebacks -> one line


@pytest.mark.parametrize(
    "content, fragment",
    [
        ("[" * 100_000 + "]" * 100_000, "nested deeper than"),
        ('{"skills": [{"skill_id": "python", "confidence": ' + "9" * 5000 + "}]}", "a number of 5,000 digits"),
        ('{"skills": ["python"], "unresolved": 5}', 'expected a "unresolved" list, found int'),
        ('{"skills": [{"skill_id": ["python"]}]}', '"skill_id" must be a string'),
        ('{"skills": [{"input": "python", "confidence": "high"}]}', '"confidence" must be a number'),
        ('{"skills": [NaN]}', "entries must be strings or objects, not float"),  # NaN reads as a float (years: warned)
    ],
)
def test_malformed_profiles_give_one_line(tmp_path, content, fragment):
    src = write_postings(tmp_path / "p.csv", 2)
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    one_line_error(run("analyze", src, "--profile", bad, "-q"), fragment)


@pytest.mark.parametrize(
    "line, fragment",
    [
        ('{"id": "1", "skills": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested deeper than"),
        ('{"id": ' + "1" * 5000 + "}", "a number of 5,000 digits"),
        ('{"id": "1", "skills": 5}', "'skills' must be a list"),
        ('{"id": "1", "skills": [{"skill": "Python", "mentions": 3}]}', "'mentions' must be a list"),
        ('{"id": null}', "'id' must be a string"),
        # a level out of the three would be left out of requirement accuracy without a word
        (
            '{"id": "1", "skills": [{"skill": "Python", "mentions": ["Python"], "requirement": "mandatory"}]}',
            "skill 1: 'requirement' must be required, preferred or unspecified, not 'mandatory'",
        ),
        (
            '{"id": "1", "skills": [{"skill": "SQL", "mentions": ["SQL"], "requirement": "Required"}]}',
            "not 'Required'",
        ),
        ("", "has no records"),  # scored nothing: printed P/R/F1 of 0.0
        (
            '{"id": "1", "skills": []}\n{"id": "1", "skills": []}',
            "gold.jsonl:2: posting '1' appears again (first on line 1)",
        ),
        # an unclosed record names its own line, not "line 2" (the JSON parser counting the newline)
        (
            '{"id": "1", "skills": []}\n{"id": "2", "skills": [\n{"id": "3", "skills": []}',
            "gold.jsonl:2: not valid JSON (Expecting value, line 1)",
        ),
    ],
)
def test_malformed_gold_files_give_one_line(tmp_path, line, fragment):
    src = write_postings(tmp_path / "p.csv", 2)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(line + "\n", encoding="utf-8")
    one_line_error(run("evaluate", "--postings", src, "--gold", gold), fragment)


AES_PDF = ROOT / "tests" / "data" / "resume-aes256.pdf"


def test_aes_encrypted_pdf_is_read_or_refused_clearly():
    """An AES-256 PDF that opens without a password (tests/data, made with pypdf's writer)."""
    try:
        import cryptography  # noqa: F401
    except ImportError:
        with pytest.raises(MissingDependencyError, match="AES-encrypted.*cryptography") as caught:
            read_resume(AES_PDF)
        assert caught.value.package == "cryptography"
    else:
        _, text = read_resume(AES_PDF)
        assert "Python" in text


def test_aes_encrypted_pdf_in_the_cli(tmp_path):
    src = write_postings(tmp_path / "p.csv", 2)
    res = run("analyze", src, "--resume", AES_PDF, "-q", "-o", tmp_path / "r.json")
    assert "Traceback" not in res.output
    assert res.exit_code == 0 or "cryptography" in res.output, res.output


# ---------------------------------------------------------------- item 9: DOCX whose header lies


def lying_docx(real_size: int, stated_size: int) -> bytes:
    """A zip whose one member inflates to ``real_size`` bytes but whose headers say ``stated_size``."""
    import io
    import struct

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"\0" * real_size)  # the part python-docx reads first
    data = bytearray(buf.getvalue())
    real = struct.pack("<I", real_size)
    stated = struct.pack("<I", stated_size)
    # the local header (offset 22) and the central directory entry (offset 24 of it) state the size
    assert data[22:26] == real
    data[22:26] = stated
    central = data.rfind(b"PK\x01\x02")
    assert data[central + 24 : central + 28] == real
    data[central + 24 : central + 28] = stated
    return bytes(data)


def test_docx_with_understated_size_is_inflated_in_bounded_chunks():
    data = lying_docx(40_000_000, 1_000)  # 40 MB of zeros in ~40 KB, said to be 1 KB
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(ProfileError) as caught:
            read_resume(data, "cv.docx")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 5
    assert peak < 8_000_000, f"peak {peak:,} bytes: the member was inflated whole"
    assert "cv.docx" in str(caught.value)


def test_docx_with_understated_size_within_the_ratio_limit(monkeypatch):
    import analyzer.io.resumes as resumes

    monkeypatch.setattr(resumes, "MAX_DOCX_UNCOMPRESSED", 2_000_000)
    data = lying_docx(30_000_000, 30_000)  # the stated ratio passes; what it inflates to does not
    with pytest.raises(ProfileError, match="unpacks to more than|not a readable"):
        read_resume(data, "cv.docx")


# ---------------------------------------------------------------- item 10: a 640 KB "skill"


def test_a_640_kb_skill_is_refused_fast_with_a_short_echo(tmp_path):
    src = write_postings(tmp_path / "p.csv", 2)
    profile = tmp_path / "me.json"
    profile.write_text(json.dumps({"skills": ["pyth" + "a" * 640_000]}), encoding="utf-8")
    started = time.perf_counter()
    res = run("analyze", src, "--profile", profile, "-q")
    assert time.perf_counter() - started < 10
    one_line_error(res, "640,004 characters long")


def test_a_640_kb_typed_entry_is_linear(tmp_path):
    """Typed (not a saved profile): scanned like text, no fuzzy search, a short echo."""
    from analyzer.gap.profile import Profile, describe_unresolved

    timings = []
    for size in (40_000, 160_000):
        started = time.perf_counter()
        profile = Profile.from_text("pyth" + "ab c" * (size // 4))
        timings.append(time.perf_counter() - started)
        assert len(describe_unresolved(profile.unresolved)) < 200
    assert timings[1] < 8 * timings[0] + 1.0, timings  # 4x the input: not 16x the time


# ---------------------------------------------------------------- item 12: near misses


@pytest.mark.parametrize(
    "cell",
    [
        "\u200b=1+1",
        "\ufeff=1+1",
        "\u200e@SUM(1)",
        "＝1+1",
        "＋1",
        "－1",
        "＠SUM(A1)",
        "\u2212 1",
        "\u00a0=1",
        "\u2060+1",
    ],
)
def test_csv_formula_lookalikes_are_prefixed(cell):
    assert csv_safe(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Python", "a=b", "C++", "1-2 years", "\u200bPython"])
def test_csv_ordinary_cells_are_left_alone(cell):
    assert csv_safe(cell) == cell
