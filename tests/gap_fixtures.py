"""Helpers shared by the gap-analysis tests: a small taxonomy of our own, and tiny résumé files.

The taxonomy here is written for the tests (it does not follow the bundled one as it grows), so
profile, gap and report tests pin behaviour without depending on the taxonomy data.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SKILLS = [
    {"id": "python", "name": "Python", "category": "software_development"},
    {
        "id": "r_language",
        "name": "R",
        "category": "software_development",
        "aliases": ["R programming"],
        "cased": ["R"],
        "needs_context": True,
    },
    {"id": "java", "name": "Java", "category": "software_development"},
    {"id": "sql", "name": "SQL", "category": "data_management"},
    {
        "id": "postgresql",
        "name": "PostgreSQL",
        "category": "data_management",
        "aliases": ["postgres"],
        "implies": ["sql", "databases"],
    },
    {"id": "databases", "name": "databases", "category": "data_management", "aliases": ["database"]},
    {
        "id": "apache_spark",
        "name": "Apache Spark",
        "category": "data_management",
        "aliases": ["pyspark"],
        "cased": ["Spark"],
    },
    {"id": "docker", "name": "Docker", "category": "devops_cloud"},
    {"id": "kubernetes", "name": "Kubernetes", "category": "devops_cloud", "aliases": ["k8s"]},
    {"id": "gcp", "name": "GCP", "category": "devops_cloud", "aliases": ["Google Cloud Platform", "Google Cloud"]},
    {"id": "aws", "name": "AWS", "category": "devops_cloud", "aliases": ["Amazon Web Services"]},
    {"id": "machine_learning", "name": "machine learning", "category": "ml_modelling", "cased": ["ML"]},
    {"id": "deep_learning", "name": "deep learning", "category": "ml_modelling"},
    {"id": "scikit_learn", "name": "scikit-learn", "category": "ml_modelling", "aliases": ["sklearn"]},
    {"id": "pytorch", "name": "PyTorch", "category": "ml_modelling", "aliases": ["torch"]},
    {"id": "tensorflow", "name": "TensorFlow", "category": "ml_modelling"},
    {
        "id": "statistics",
        "name": "statistics",
        "category": "probability_statistics",
        "aliases": ["stats", "statistical analysis"],
    },
    {
        "id": "ab_testing",
        "name": "A/B testing",
        "category": "probability_statistics",
        "aliases": ["A/B tests", "AB testing"],
    },
    {
        "id": "natural_language_processing",
        "name": "natural language processing",
        "category": "nlp_transformers",
        "aliases": ["NLP"],
    },
    {"id": "tableau", "name": "Tableau", "category": "analytics_visualization"},
    {
        "id": "communication",
        "name": "communication",
        "category": "business_communication",
        "aliases": ["communication skills"],
    },
]


def write_taxonomy(directory: Path) -> Path:
    """Our test taxonomy, with the bundled categories and rounds, in ``directory``."""
    (directory / "skills").mkdir(parents=True, exist_ok=True)
    for name in ("categories.jsonl", "rounds.jsonl"):
        shutil.copy(ROOT / "data" / "taxonomy" / name, directory / name)
    with open(directory / "skills" / "test.jsonl", "w", encoding="utf-8") as f:
        for record in SKILLS:
            f.write(json.dumps(record) + "\n")
    return directory


def text_pdf(text: str) -> bytes:
    """A one-page PDF whose text layer says ``text`` (ASCII, no parentheses)."""
    return one_page_pdf(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("ascii"))


def one_page_pdf(content: bytes, stream_filter: str | None = None) -> bytes:
    """A one-page PDF with ``content`` as its page stream (already encoded by ``stream_filter``)."""
    filter_entry = f" /Filter /{stream_filter}".encode() if stream_filter else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d%s >>\nstream\n" % (len(content), filter_entry) + content + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def damaged_parquet(compression: str) -> bytes:
    """A Parquet file of real-looking rows with one byte of its text column's first data page
    spoiled, as a disk or a download spoils it: uncompressed, the text is no longer UTF-8 (pyarrow
    raised UnicodeDecodeError); snappy-compressed, the page no longer unpacks (OSError)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [
        {"id": str(i), "description": f"Requirements: 3+ years of Python and SQL. Row {i} also asks for Docker."}
        for i in range(50)
    ]
    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows), buf, compression=compression, use_dictionary=False)
    data = bytearray(buf.getvalue())
    meta = pq.ParquetFile(io.BytesIO(bytes(data))).metadata.row_group(0).column(1)
    data[meta.data_page_offset + meta.total_compressed_size - 10] ^= 0xFF  # in the page's last values
    return bytes(data)


def blank_pdf() -> bytes:
    """A PDF with one blank page: what a scanned résumé looks like to a text extractor."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def docx_bytes(*paragraphs: str, table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


# --- postings files for CLI and batch tests --------------------------------------------------
SAMPLE_TEXTS = [
    "Requirements:\n- 3+ years of Python and SQL\n- Experience with Docker is a plus",
    "You will build data pipelines in Java. Kubernetes and AWS preferred.",
    "Strong statistics and machine learning background; PyTorch or TensorFlow.",
    "",
    "We use Git, Tableau and PostgreSQL every day.",
]


def write_csv(path, rows, header=("id", "description")):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def csv_bytes(rows, header=("id", "description"), encoding="utf-8", newline="\n") -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=newline)
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode(encoding)


def late_parts_docx(*paragraphs: str, padding: int = 20_000) -> bytes:
    """A .docx whose Word parts start past the first 8 KB of the zip: a preview image (random bytes,
    stored as they are) is its first entry, as some writers save it."""
    import random
    import zipfile

    inner = zipfile.ZipFile(io.BytesIO(docx_bytes(*paragraphs)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        thumbnail = random.Random(7).randbytes(padding)
        out.writestr("docProps/preview.png", thumbnail, compress_type=zipfile.ZIP_STORED)
        for info in inner.infolist():
            out.writestr(info.filename, inner.read(info))
    return buf.getvalue()
