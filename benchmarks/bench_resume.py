"""Time to read a résumé file and find its skills, for PDF and DOCX files up to the 10 MB limit.

    python benchmarks/bench_resume.py [--mb 2.5,5,10] [--rounds 1]

Four kinds of file are built, each at every size asked for (megabytes on disk):

- ``pdf-text``: pages of résumé lines (60 a page, uncompressed Helvetica streams), as many pages
  as the size takes; only the first MAX_PDF_PAGES are read;
- ``pdf-photo``: three pages of text and one photo (incompressible image bytes) filling the rest;
- ``docx-text``: paragraphs of résumé lines with a word of noise each (so that the file packs only
  about 3:1 and stays within MAX_DOCX_UNCOMPRESSED); only MAX_RESUME_CHARS of text are kept;
- ``docx-photo``: sixty lines of text and one embedded picture filling the rest.

For each, the time of ``read_resume`` (file → text) and of ``Profile.from_resume_text`` (text →
skills) is printed, and for each kind the ratio of the largest size's times to the smallest's
against the ratio of their sizes: a stage linear in its input grows at most as the file does
(and, where a limit stops reading, not at all).
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import time
import zipfile
from xml.sax.saxutils import escape

from analyzer.gap.profile import Profile
from analyzer.io.resumes import read_resume
from analyzer.taxonomy import load_default_taxonomy

ROLES = ["Senior Data Scientist", "Machine Learning Engineer", "Data Analyst", "Analytics Engineer"]
TOOLS = ["Python", "SQL", "pandas", "scikit-learn", "PyTorch", "Docker", "Kubernetes", "AWS", "Spark", "Airflow",
         "Tableau", "Excel", "Git", "PostgreSQL", "dbt", "Looker", "statistics", "A/B testing"]  # fmt: skip


def resume_lines(seed: int = 0):
    """Résumé lines without end: roles with dates, then bullets naming tools, each with a noise word."""
    rnd = random.Random(seed)
    yield from ["Jane Doe", "Summary", "Data scientist with 8 years of experience in Python and SQL.", "Experience"]
    i = 0
    while True:
        year = 1990 + i % 30
        yield f"{rnd.choice(ROLES)}, Company {i}, {year}-{year + rnd.randint(1, 4)}"
        for _ in range(4):
            a, b = rnd.sample(TOOLS, 2)
            noise = "".join(rnd.choice("bcdfghjklmnpqrstvwxz") for _ in range(8))
            yield f"- Built {noise} forecasting pipelines with {a} and {b}; 3 years of {a}."
        i += 1


def _pdf(pages: list[bytes], image: bytes = b"") -> bytes:
    objects: list[bytes] = [b"", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    if image:
        objects.append(
            b"<< /Type /XObject /Subtype /Image /Width 1 /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8"
            b" /Length %d >>\nstream\n" % (len(image), len(image)) + image + b"\nendstream"
        )
    kids = []
    for n, content in enumerate(pages):
        if image and n == 0:
            content += b"\nq 100 0 0 100 400 600 cm /Im1 Do Q"
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        xobject = b" /XObject << /Im1 4 0 R >>" if image and n == 0 else b""
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >>%s >>"
            b" /Contents %d 0 R >>" % (xobject, len(objects))
        )
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % off for off in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _page(lines) -> bytes:
    body = [f"BT /F1 9 Tf 40 {780 - j * 12} Td ({next(lines)}) Tj ET" for j in range(60)]
    return "\n".join(body).encode("latin-1")


def pdf_file(size: int, photo: bool) -> bytes:
    lines = resume_lines()
    if photo:
        pages = [_page(lines) for _ in range(3)]
        return _pdf(pages, os.urandom(max(size - sum(map(len, pages)) - 2000, 0)))
    pages = []
    while sum(len(p) for p in pages) < size:
        pages.append(_page(lines))
    return _pdf(pages)


def docx_file(size: int, photo: bool) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("x")
    blank = io.BytesIO()
    document.save(blank)
    template = zipfile.ZipFile(io.BytesIO(blank.getvalue()))
    xml = template.read("word/document.xml").decode()
    start = xml.index("<w:p>") if "<w:p>" in xml else xml.index("<w:p ")
    end = xml.index("</w:p>", start) + len("</w:p>")
    lines = resume_lines()
    count = 60 if photo else max(size // 25, 60)  # ~25 bytes packed a paragraph: 9.9 MB asked is ~4.4 MB
    paragraphs = "".join(f"<w:p><w:r><w:t>{escape(next(lines))}</w:t></w:r></w:p>" for _ in range(count))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as packed:
        for info in template.infolist():
            member = template.read(info.filename)
            if info.filename == "word/document.xml":
                member = (xml[:start] + paragraphs + xml[end:]).encode()
            packed.writestr(info.filename, member)
        if photo:
            picture = b"\x89PNG\r\n\x1a\n" + os.urandom(max(size - out.tell() - 20_000, 0))
            packed.writestr("word/media/image1.png", picture, zipfile.ZIP_STORED)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", default="2.5,5,9.9", help="file sizes in MB, comma-separated (limit 10)")
    parser.add_argument("--rounds", type=int, default=1, help="best of this many runs")
    args = parser.parse_args()
    sizes = [int(float(x) * 1_000_000) for x in args.mb.split(",")]
    taxonomy = load_default_taxonomy()
    Profile.from_text("python", taxonomy)  # build the matcher once, outside the timings
    builders = {
        "pdf-text": (lambda n: pdf_file(n, False), "cv.pdf"),
        "pdf-photo": (lambda n: pdf_file(n, True), "cv.pdf"),
        "docx-text": (lambda n: docx_file(n, False), "cv.docx"),
        "docx-photo": (lambda n: docx_file(n, True), "cv.docx"),
    }
    print(f"{'file':11} {'MB':>5} {'text chars':>11} {'read s':>7} {'skills s':>8} {'total s':>7}")
    for kind, (build, name) in builders.items():
        rows = []
        for size in sizes:
            data = build(size)
            best = None
            for _ in range(args.rounds):
                started = time.perf_counter()
                _, text = read_resume(data, name)
                read = time.perf_counter() - started
                Profile.from_resume_text(text, "resume", taxonomy)
                skills = time.perf_counter() - started - read
                best = min(best or (read, skills), (read, skills), key=sum)
            read, skills = best  # type: ignore[misc]
            rows.append((len(data), read, skills))
            print(f"{kind:11} {len(data) / 1e6:5.1f} {len(text):11,} {read:7.2f} {skills:8.2f} {read + skills:7.2f}")
            sys.stdout.flush()
        (small, r0, s0), (large, r1, s1) = rows[0], rows[-1]
        print(
            f"{kind:11} size ×{large / small:.1f}: read ×{r1 / r0:.2f}, skills ×{s1 / s0:.2f}, "
            f"total ×{(r1 + s1) / (r0 + s0):.2f}"
        )


if __name__ == "__main__":
    main()
