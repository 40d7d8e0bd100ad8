"""Reading résumés (.txt, .md, .pdf, .docx) into text, within limits, and the profile they give.

The file limits below are documented in docs/gap-analysis.md. A file that cannot be read raises
:class:`~analyzer.errors.ProfileError` naming the file and the problem.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
import zlib
from pathlib import Path

from ..errors import InputError, MissingDependencyError, ProfileError, ResumeWithoutTextError
from ..gap.profile import MAX_RESUME_CHARS, Profile
from ..taxonomy import Taxonomy
from .postings import PACKED_KINDS, decode_bytes, packed_kind_of

#: A résumé file larger than this is refused before it is read (bytes).
MAX_RESUME_BYTES = 10 * 1024 * 1024
#: Only the first pages of a PDF are read; a CV longer than this is not a CV.
MAX_PDF_PAGES = 50
#: A .docx is a zip: refuse it when its members would unpack to more than this (bytes) ...
MAX_DOCX_UNCOMPRESSED = 50 * 1024 * 1024
#: ... or when they unpack to more than this many times their compressed size (a zip bomb).
MAX_DOCX_RATIO = 200
#: ... or when it has more members than this.
MAX_DOCX_MEMBERS = 2_000
#: Members are inflated this many bytes at a time, against a running budget.
DOCX_READ_CHUNK = 1 << 16

RESUME_TYPES = (".txt", ".md", ".pdf", ".docx")


def profile_from_resume(
    source: str | Path | bytes, filename: str | None = None, taxonomy: Taxonomy | None = None
) -> Profile:
    """Skills named in a résumé file, found by the posting matcher's rules (job titles included).

    ``source`` is a path or the file's bytes (then ``filename`` gives the type). Raises
    :class:`~analyzer.errors.ProfileError` for a file that is too large, of an unsupported type,
    corrupt, or without text (a scanned PDF).
    """
    name, text = read_resume(source, filename)
    return Profile.from_resume_text(text, f"resume:{name}", taxonomy)


# --- résumés ---------------------------------------------------------------------------------
def read_resume(source: str | Path | bytes, filename: str | None = None) -> tuple[str, str]:
    """``(name, text)`` of a résumé; ProfileError when it cannot be read."""
    if isinstance(source, (bytes, bytearray)):
        name = _display_name(filename) or "résumé"
        data = bytes(source)
        if len(data) > MAX_RESUME_BYTES:
            raise ProfileError(_too_large(name, len(data)))
    else:
        path = Path(source)
        name = filename or path.name
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise ProfileError(f"{path}: no such résumé file") from None
        except OSError as e:
            raise ProfileError(f"{path}: cannot read the résumé ({e.strerror or e})") from None
        if path.is_dir():
            raise ProfileError(f"{path}: is a folder, not a résumé file")
        if size > MAX_RESUME_BYTES:
            raise ProfileError(_too_large(name, size))
        try:
            data = path.read_bytes()
        except OSError as e:
            raise ProfileError(f"{path}: cannot read the résumé ({e.strerror or e})") from None
    suffix = Path(name).suffix.lower()
    if suffix not in RESUME_TYPES:
        raise ProfileError(
            f"{name}: unsupported résumé type {suffix or '(no extension)'!r}; "
            f"use one of {', '.join(RESUME_TYPES)} (save a .doc as .docx or PDF)"
        )
    if not data.strip():
        raise ProfileError(f"{name}: the file is empty")
    misnamed = _misnamed(name, suffix, data)
    if misnamed:
        raise ProfileError(misnamed)
    if suffix == ".pdf":
        text = _pdf_text(data, name)
    elif suffix == ".docx":
        text = _docx_text(data, name)
    else:
        try:
            text = decode_bytes(data, name)
        except InputError as e:
            raise ProfileError(str(e)) from None
    if not text.strip():
        raise ProfileError(f"{name}: no text found in the résumé")
    return name, text[:MAX_RESUME_CHARS]


#: What a résumé of each type should be, for "is a PDF, not text".
_EXPECTED = {".txt": "text", ".md": "text", ".pdf": "a PDF", ".docx": "a Word document"}
_READ_AS = {"docx": ".docx", "pdf": ".pdf"}


def _misnamed(name: str, suffix: str, data: bytes) -> str | None:
    """Why a résumé whose bytes are another kind of file than its name says is refused (a .docx
    saved as cv.txt, a PDF as cv.docx, a workbook), with what to do; None when the name fits (the
    kind is told by :func:`~analyzer.io.postings.packed_kind`, as for postings)."""
    kind = packed_kind_of(data)
    if kind is None or _READ_AS.get(kind) == suffix or (kind == "zip" and suffix == ".docx"):
        return None  # a zip that is no Word document, named .docx: the .docx reader says why
    what = "a Word 97-2003 document (.doc) or another old Office file" if kind == "ole" else PACKED_KINDS[kind][0]
    if kind in _READ_AS:
        return (
            f"{name}: is {what}, not {_EXPECTED[suffix]}; name it {Path(name).stem}{_READ_AS[kind]}, "
            "which is read as a résumé"
        )
    if kind in ("odt", "ole"):
        return f"{name}: is {what}, not {_EXPECTED[suffix]}; save it as .docx or PDF and use that file"
    return f"{name}: is {what}, not a résumé; give the résumé as .txt, .md, .pdf or .docx"


def _display_name(filename: str | None) -> str:
    """An uploaded file's name, for messages and the profile's source only (never opened): the
    last path component, without control characters. "../../etc/cv.pdf" -> "cv.pdf"."""
    if not filename:
        return ""
    last = re.split(r"[\\/]", filename)[-1]
    return "".join(ch for ch in last if ch.isprintable())[:200]


def _too_large(name: str, size: int) -> str:
    # In bytes: rounded to a tenth of a MB, a file just over the limit read "10.0 MB; the limit is 10 MB".
    return (
        f"{name}: the résumé is {size:,} bytes; the limit is {MAX_RESUME_BYTES // 1_048_576} MB "
        f"({MAX_RESUME_BYTES:,} bytes)"
    )


def _pdf_text(data: bytes, name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, LimitReachedError, PyPdfError

    if not data.lstrip().startswith(b"%PDF"):
        raise ProfileError(f"{name}: not a PDF file (it does not start with %PDF)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pypdf warns about every small defect of real-world PDFs
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise ProfileError(f"{name}: the PDF is password-protected; save an unprotected copy")
            parts, chars = [], 0
            for page in reader.pages[:MAX_PDF_PAGES]:
                parts.append(page.extract_text() or "")
                chars += len(parts[-1])
                if chars > MAX_RESUME_CHARS:
                    break
    except ProfileError:
        raise
    except DependencyError:
        # AES-encrypted PDFs (even those that open without a password) need pypdf's crypto extra.
        raise MissingDependencyError(
            f"{name}: the PDF is AES-encrypted and reading it needs the cryptography package, which is "
            "not installed; or save an unencrypted copy",
            "cryptography",
        ) from None
    except LimitReachedError:
        # pypdf refuses to unpack a stream past its limits (75 MB): a decompression bomb.
        raise ProfileError(f"{name}: the PDF holds a stream that unpacks to more than pypdf's limit; refused") from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError) as e:
        raise ProfileError(f"{name}: not a readable PDF ({type(e).__name__}: {e})") from None
    text = "\n".join(parts)
    if not text.strip():
        raise ResumeWithoutTextError(
            f"{name}: the PDF has no text layer (a scanned image?); export it from the original document"
        )
    return text


def _inflate_docx(data: bytes, name: str) -> bytes:
    """The .docx re-packed with every member inflated (stored, uncompressed), for python-docx.

    The sizes a zip states in its headers are not trusted: each member is inflated a chunk at a
    time and the run stops as soon as the bytes actually produced pass :data:`MAX_DOCX_UNCOMPRESSED`
    or :data:`MAX_DOCX_RATIO` times the file's size, so a bomb costs at most that much memory and
    time, whatever its headers say."""
    budget = min(MAX_DOCX_UNCOMPRESSED, MAX_DOCX_RATIO * max(len(data), 1))
    out = io.BytesIO()
    produced = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as repacked:
            infos = zf.infolist()
            if len(infos) > MAX_DOCX_MEMBERS:
                raise ProfileError(f"{name}: the .docx has {len(infos):,} parts; a Word document has a few dozen")
            for info in infos:
                if info.is_dir():
                    continue
                parts = []
                with zf.open(info) as member:
                    while chunk := member.read(DOCX_READ_CHUNK):
                        produced += len(chunk)
                        if produced > budget:
                            raise ProfileError(_docx_bomb(name, produced, len(data)))
                        parts.append(chunk)
                repacked.writestr(info.filename, b"".join(parts))
    except ProfileError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
        RuntimeError,
        zlib.error,
    ):
        # A corrupt member (damaged deflate data: zlib.error), a wrong CRC or size (the header lied),
        # an unknown compression, a password.
        raise ProfileError(f"{name}: not a readable .docx (the file is corrupt or not a Word document)") from None
    return out.getvalue()


def _docx_bomb(name: str, produced: int, packed: int) -> str:
    if produced > MAX_DOCX_UNCOMPRESSED:
        return f"{name}: the .docx unpacks to more than {MAX_DOCX_UNCOMPRESSED // 1_048_576} MB; refused"
    return (
        f"{name}: the .docx unpacks to more than {MAX_DOCX_RATIO} times its size, which only a zip bomb does; refused"
    )


def _docx_text(data: bytes, name: str) -> str:
    document_bytes = _inflate_docx(data, name)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(document_bytes))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, OSError, AttributeError, TypeError) as e:
        raise ProfileError(
            f"{name}: not a readable .docx ({type(e).__name__}); open it in Word and save it again, or export it as PDF"
        ) from None
    except Exception as e:  # noqa: BLE001 - lxml raises its own XMLSyntaxError for broken parts
        raise ProfileError(f"{name}: not a readable .docx ({type(e).__name__})") from None
    # Only the first MAX_RESUME_CHARS are kept: stop there, as the PDF reader stops at a page
    # (python-docx takes ~75 µs a paragraph; a 2 MB .docx of text has 120,000 of them).
    # The body's paragraphs are walked one at a time (document.paragraphs builds them all first).
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    chars = 0
    for element in document.element.body.iterchildren(qn("w:p")):
        lines.append(Paragraph(element, document).text)
        chars += len(lines[-1]) + 1
        if chars > MAX_RESUME_CHARS:
            return "\n".join(lines)
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
            chars += len(lines[-1]) + 1
            if chars > MAX_RESUME_CHARS:
                return "\n".join(lines)
    return "\n".join(lines)
