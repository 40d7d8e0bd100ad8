"""Hostile input: posting and résumé text is data, never markup, formulas or paths.

- HTML/JS in postings, ids, typed skills and file names is escaped in the HTML and Markdown
  reports, in the highlighted posting and in the dashboard (and fires no dialog in a browser).
- Cells of the CSV report cannot start a formula (OWASP CSV injection: = + - @ tab CR).
- Uploaded file names are labels only: nothing is opened or written under them.
- PDF and DOCX bombs are stopped by the documented limits (docs/security.md).
(The <script> posting in the dashboard and its browser run are in test_dashboard.py and
test_browser.py; the compression-ratio DOCX bomb is in test_profile.py.)
"""

from __future__ import annotations

import builtins
import csv
import io
import os
import re
import struct
import time
import zipfile
import zlib

import pytest
from click.testing import CliRunner
from gap_fixtures import docx_bytes, one_page_pdf, text_pdf
from report_html import HIGHLIGHT_TAGS, REPORT_TAGS, parse_page
from streamlit.testing.v1 import AppTest
from test_dashboard import SCRIPT, TIMEOUT, frame

from analyzer import analyze_postings
from analyzer.cli import main
from analyzer.errors import ProfileError
from analyzer.gap.profile import Profile
from analyzer.io.highlight import highlight_html, posting_highlights
from analyzer.io.reports import render_report
from analyzer.io.resumes import MAX_PDF_PAGES, read_resume
from analyzer.records import InputRow

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    '"><iframe src="javascript:alert(1)">',
    "</style><script>alert(1)</script>",
    "<!-- x --><a href='javascript:alert(1)'>click</a>",
    "[click](javascript:alert(1))",
]
FORMULAS = [
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
    ' =HYPERLINK("http://x","y")',
    "=cmd|' /C calc'!A0",
]
ALLOWED_TAGS = REPORT_TAGS | HIGHLIGHT_TAGS


def assert_inert(page: str, payload: str) -> None:
    p = parse_page(page)
    assert set(p.tags) <= ALLOWED_TAGS, set(p.tags) - ALLOWED_TAGS
    assert p.stack == [] and p.mismatched == []  # no element left open or closed out of order
    assert not any(name.startswith("on") or name == "src" for name, _ in p.attrs)
    # links only to places in the page itself (#summary, #p-1 …), never built from input text
    assert all(re.fullmatch(r"#[a-z0-9-]+", value or "") for name, value in p.attrs if name == "href")
    assert not any(value and "javascript:" in value for _, value in p.attrs)
    assert payload in "".join(p.text)  # shown, as text


def hostile_analysis(nlp, taxonomy, payload: str):
    profile = Profile.from_text(f"python, {payload}", taxonomy).merge(Profile([], [], f"resume:{payload}.pdf"))
    rows = [
        InputRow(payload, f"{payload}\nRequirements: Python and {payload} Docker. {payload}"),
        InputRow(f"{payload}-2", None, f"row 2 is not valid CSV {payload}", 2),
    ]
    return analyze_postings(rows, profile, nlp=nlp)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_html_report_shows_markup_as_text(nlp, taxonomy, payload):
    analysis = hostile_analysis(nlp, taxonomy, payload)
    assert {g.skill_id for g in analysis.postings[0].missing} == {"docker"}
    assert_inert(render_report(analysis, "html"), payload)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_report_has_no_raw_markup(nlp, taxonomy, payload):
    md = render_report(hostile_analysis(nlp, taxonomy, payload), "md")
    # the only markup: the report's own anchors for its contents list (<a id="p-1"></a>)
    assert not re.search(r"<(script|img|svg|iframe|a(?! id=\"[a-z0-9-]+\"></a>)|/style)\b", md)
    assert not re.search(r"(?<!\\)\]\(javascript:", md)  # "\[click\](javascript:…)" is text, not a link


@pytest.mark.parametrize("payload", PAYLOADS)
def test_highlighted_posting_escapes_everything(nlp, taxonomy, payload):
    text = f"{payload} Requirements: Python and Docker. {payload}"
    [gap] = analyze_postings([("p", text)], Profile.from_text("python", taxonomy), nlp=nlp).postings
    assert gap.text == text
    marks = posting_highlights(
        gap.mentions, [m.skill_id for m in gap.matched], {g.skill_id: g.requirement for g in gap.missing}
    )
    page = highlight_html(text, marks)
    assert_inert(page, payload)
    assert 'data-status="matched"' in page and 'data-status="missing-required"' in page


# --- CSV injection --------------------------------------------------------------------------------
def _dangerous(cell: str) -> bool:
    return bool(cell) and (cell[0] in "=+-@\t\r" or cell.lstrip(" ")[:1] in ("=", "+", "-", "@", "\t", "\r"))


def test_csv_report_cells_cannot_run_formulas(tmp_path):
    src = tmp_path / "p.csv"
    with open(src, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "description"])
        for i, formula in enumerate(FORMULAS):
            w.writerow(
                [formula if i % 2 == 0 else f"{formula}-{i}", f"{formula}\n- Python and Docker are required {formula}"]
            )
        w.writerow(["=bad", ""])  # an error row carries its id too
    out = tmp_path / "r.csv"
    res = CliRunner().invoke(
        main, ["analyze", str(src), "--skills", "python", "-o", str(out), "--jobs", "1"], catch_exceptions=False
    )
    assert res.exit_code == 0, res.output
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    cells = [c for row in rows[1:] for c in row]
    assert not [c for c in cells if _dangerous(c)]
    ids = {row[0] for row in rows[1:]}
    assert "'=1+1" in ids and "'=bad" in ids and "'@SUM(1,1)-3" in ids  # kept, with the quote that defuses it
    status = rows[0].index("status")
    evidence = [row[rows[0].index("evidence")] for row in rows[1:] if row[status] == "missing"]
    # the line's list mark is dropped (as in Markdown and HTML); what is left starts with no formula
    assert evidence and all(e.startswith("Python and Docker are required") for e in evidence)


# --- uploaded file names ----------------------------------------------------------------------------
EVIL_NAMES = [
    "../../../../tmp/skillgap-evil.md",
    "..\\..\\skillgap-evil.md",
    "/etc/skillgap-evil.md",
    "skillgap-evil\x00.md",
    "skillgap-evil\n<script>.md",
]


@pytest.fixture
def opened(monkeypatch):
    """Every path passed to open()/os.open() while the test runs."""
    seen: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file, *args, **kwargs):
        seen.append(str(file))
        return real_open(file, *args, **kwargs)

    def spy_os_open(path, *args, **kwargs):
        seen.append(str(path))
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    return seen


@pytest.mark.parametrize("name", EVIL_NAMES)
def test_resume_bytes_are_never_read_from_or_written_to_their_name(opened, name):
    shown, text = read_resume(b"I write Python.", name)
    assert text == "I write Python."
    assert "/" not in shown and "\\" not in shown and shown.isprintable() and shown.endswith(".md")
    assert not any("skillgap-evil" in p for p in opened)


def test_dashboard_upload_names_are_labels_only(opened):
    at = AppTest.from_file(SCRIPT, default_timeout=TIMEOUT)
    at.run()
    at.file_uploader(key="resume_file").upload(EVIL_NAMES[0], b"I write Python and <b>Docker</b>.", "text/markdown")
    at.file_uploader(key="profile_file").upload("../../skillgap-evil.json", b'{"skills": ["sql"]}', "application/json")
    at.radio(key="postings_source").set_value("File upload")
    at.run()
    at.file_uploader(key="csv_file").upload(
        "../../skillgap-evil.csv", b"id,description\n1,Python and Kubernetes\n", "text/csv"
    )
    at.run()
    at.button(key="analyze").click()
    at.run()
    assert not at.exception and not at.error
    assert {"Python", "Docker", "SQL"} <= set(frame(at, "resolved_table")["skill"])
    assert list(frame(at, "coverage_table")["posting"]) == ["1"]
    assert not any("skillgap-evil" in p for p in opened), [p for p in opened if "skillgap-evil" in p]
    assert at.session_state["analysis"].profile.source.startswith("resume:skillgap-evil.md")


def test_dashboard_escapes_ids_skills_and_errors():
    payload = "<img src=x onerror=alert(1)>"
    at = AppTest.from_file(SCRIPT, default_timeout=TIMEOUT)
    at.run()
    at.text_area(key="user_skills").input(f"python\n{payload}\n[x](javascript:alert(1))")
    at.radio(key="postings_source").set_value("File upload")
    at.run()
    data = f'id,description\n"{payload}",\n"**{payload}**","Python, Docker and {payload}"\n'.encode()
    at.file_uploader(key="csv_file").upload("p.csv", data, "text/csv")
    at.run()
    at.button(key="analyze").click()
    at.run()
    assert not at.exception
    shown = [e.value for e in (*at.markdown, *at.error, *at.warning, *at.caption, *at.info, *at.success)]
    raw = [s for s in shown if re.search(r"(?<!\\)<(img|script)", s) or re.search(r"(?<!\\)\]\(javascript", s)]
    assert not raw, raw
    assert any("onerror=alert" in s for s in shown)  # the hostile entry is still visible, escaped
    for h in at.html:
        assert "<img" not in h.value


# --- PDF and DOCX bombs ------------------------------------------------------------------------------
def test_pdf_page_count_bomb_reads_only_the_first_pages():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    page = writer.add_page(PdfReader(io.BytesIO(text_pdf("Skills: Python"))).pages[0])
    for _ in range(19_999):
        writer.add_page(page)  # 20,000 pages sharing one content stream: a small file
    buf = io.BytesIO()
    writer.write(buf)
    started = time.perf_counter()
    _, text = read_resume(buf.getvalue(), "cv.pdf")
    assert time.perf_counter() - started < 20
    assert text.count("Python") == MAX_PDF_PAGES


def _pdf_with_stream(compressed: bytes) -> bytes:
    return one_page_pdf(compressed, "FlateDecode")


def test_pdf_decompression_bomb_is_refused():
    comp = zlib.compressobj(9)
    parts = [comp.compress(b"BT /F1 12 Tf 72 720 Td (Python) Tj ET ")]
    chunk = b" " * (1 << 20)
    parts += [comp.compress(chunk) for _ in range(100)]  # 100 MB of content in ~100 KB
    parts.append(comp.flush())
    data = _pdf_with_stream(b"".join(parts))
    assert len(data) < 1_000_000
    with pytest.raises(ProfileError, match="unpacks to more than pypdf's limit; refused"):
        read_resume(data, "cv.pdf")


def _replace_member(docx: bytes, member: str, content: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(docx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, content if info.filename == member else src.read(info.filename))
    return out.getvalue()


def test_docx_that_lies_about_its_sizes_is_refused():
    # The zip says document.xml unpacks to 5,000 bytes; it really holds 20 MB. Reading stops at
    # the declared size (which the limits check) and the CRC check then fails.
    xml = zipfile.ZipFile(io.BytesIO(docx_bytes("I know Python."))).read("word/document.xml")
    data = bytearray(
        _replace_member(
            docx_bytes("I know Python."),
            "word/document.xml",
            xml.replace(b"I know Python.", b"I know Python." + b" " * 20_000_000),
        )
    )
    name = b"word/document.xml"
    for sig, size_at, name_len_at, name_at in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        i = data.find(sig)
        while i >= 0:
            n = struct.unpack_from("<H", data, i + name_len_at)[0]
            if data[i + name_at : i + name_at + n] == name:
                struct.pack_into("<I", data, i + size_at, 5_000)
            i = data.find(sig, i + 4)
    with pytest.raises(ProfileError, match="not a readable .docx"):
        read_resume(bytes(data), "cv.docx")


def test_a_docx_with_damaged_compressed_text_is_refused_not_a_crash():
    # A résumé whose document.xml has damaged deflate data (a bad sector, a broken download): zlib
    # raised its own error, past every reason the reader named, and the CLI printed a traceback
    # (the dashboard: "Something went wrong"). 50 of 300 one-byte flips of a real résumé did this.
    data = bytearray(docx_bytes("Data Scientist", "Python (6 years), SQL, Tableau and scikit-learn."))
    i = data.find(b"PK\x03\x04")
    while data[i + 30 : i + 30 + struct.unpack_from("<H", data, i + 26)[0]] != b"word/document.xml":
        i = data.find(b"PK\x03\x04", i + 4)
    start = i + 30 + struct.unpack_from("<H", data, i + 26)[0] + struct.unpack_from("<H", data, i + 28)[0]
    data[start] = 0x07  # the first deflate block: final, of the reserved type 3
    with pytest.raises(ProfileError, match="not a readable .docx"):
        read_resume(bytes(data), "cv.docx")


@pytest.mark.parametrize(
    "xml",
    [
        # "billion laughs": entities are not expanded
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&%s;" % bytes([97 + i])) * 10) for i in range(8))
        + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
        b"<w:t>Python &i;</w:t></w:r></w:p></w:body></w:document>",
        # 100,000 nested elements
        b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + b"<w:p>" * 100_000
        + b"</w:p>" * 100_000
        + b"</w:body></w:document>",
    ],
    ids=["billion-laughs", "deep-nesting"],
)
def test_docx_xml_bombs_are_refused_quickly(xml):
    data = _replace_member(docx_bytes("I know Python."), "word/document.xml", xml)
    started = time.perf_counter()
    with pytest.raises(ProfileError, match="not a readable .docx"):
        read_resume(data, "cv.docx")
    assert time.perf_counter() - started < 5


# --- the HTML report in a real browser ---------------------------------------------------------------
@pytest.mark.browser
def test_html_report_fires_no_dialog_in_a_browser(nlp, taxonomy):
    from test_browser import CHROMIUM, CHROMIUM_ARGS, _need_browser

    _need_browser()
    from playwright.sync_api import sync_playwright

    page_html = render_report(
        hostile_analysis(nlp, taxonomy, "<img src=x onerror=alert(1)><script>alert(2)</script>"), "html"
    )
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page()
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.set_content(page_html, wait_until="load")
            page.wait_for_timeout(500)
            assert page.locator("script, img, iframe").count() == 0
            assert "<script>alert(2)</script>" in page.inner_text("body")
            assert not dialogs, dialogs
        finally:
            browser.close()


def test_a_long_docx_is_read_only_as_far_as_its_text_is_kept(monkeypatch):
    # A 2 MB .docx of text has ~100,000 paragraphs and python-docx takes ~75 µs to read each: reading
    # them all to keep the first MAX_RESUME_CHARS took 17 s. Like the PDF reader, stop at the limit.
    import docx.text.paragraph

    from analyzer.io import resumes

    lines = [
        f"Data Analyst, Company {i}, 2015-2018: SQL, Tableau and Excel reporting for team {i}" for i in range(3000)
    ]
    data = docx_bytes(*lines, table=[["Skills", "Python"]])
    read = 0
    text_of = docx.text.paragraph.Paragraph.text

    def counted(self):
        nonlocal read
        read += 1
        return text_of.fget(self)

    monkeypatch.setattr(docx.text.paragraph.Paragraph, "text", property(counted))
    monkeypatch.setattr(resumes, "MAX_RESUME_CHARS", 20_000)
    _, text = read_resume(data, "cv.docx")
    assert text == "\n".join(lines)[:20_000]
    assert read < 300  # ~80 characters a paragraph: 250 of the 3,000 give the 20,000 kept
    monkeypatch.setattr(resumes, "MAX_RESUME_CHARS", 1_000_000)
    assert read_resume(data, "cv.docx")[1].endswith(lines[-1] + "\nSkills | Python")  # all of a short one
