"""A Word or OpenDocument file (or a workbook) given where text goes is named for what it is from
the zip's central directory (read from the end of the file, bounded), not only from the entries
whose headers lie in the first 8 KB: a .docx with a thumbnail stored first was called "a zip
archive" — for a postings upload, a résumé and ``--profile`` alike."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from click.testing import CliRunner
from gap_fixtures import late_parts_docx

from analyzer.cli import main
from analyzer.errors import InputError, ProfileError
from analyzer.io.postings import packed_kind_of, packed_kind_of_file, rows_from_bytes
from analyzer.io.profiles import load_profile
from analyzer.io.resumes import read_resume

LATE_DOCX = late_parts_docx("Data engineer", "We need Python and SQL.")


def test_the_fixture_puts_the_word_parts_past_the_first_8_kb():
    first = min(
        i.header_offset for i in zipfile.ZipFile(io.BytesIO(LATE_DOCX)).infolist() if i.filename.startswith("word/")
    )
    assert first > 8192


def test_a_postings_upload_names_a_late_docx_for_what_it_is():
    with pytest.raises(InputError, match=r"p\.csv: is a Word document \(\.docx\), not text; open it in Word"):
        list(rows_from_bytes(LATE_DOCX, "p.csv"))


def test_the_command_line_names_a_late_docx_for_what_it_is(tmp_path):
    (tmp_path / "postings.csv").write_bytes(LATE_DOCX)
    res = CliRunner().invoke(main, ["extract", str(tmp_path / "postings.csv")])
    assert res.exit_code != 0 and "is a Word document (.docx), not text" in res.output, res.output


def test_a_resume_named_txt_that_is_a_late_docx_is_named_for_what_it_is():
    with pytest.raises(ProfileError, match=r"cv\.txt: is a Word document \(\.docx\), not text; name it cv\.docx"):
        read_resume(LATE_DOCX, "cv.txt")


def test_a_profile_that_is_a_late_docx_is_named_for_what_it_is(tmp_path):
    (tmp_path / "me.json").write_bytes(LATE_DOCX)
    with pytest.raises(ProfileError, match=r"is a Word document \(\.docx\), not a saved profile.*--resume"):
        load_profile(tmp_path / "me.json")


def test_a_late_xlsx_and_a_late_odt_are_told_apart_too():
    def late(entries: list[tuple[str, bytes]]) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("aaa/filler.bin", bytes(range(256)) * 80, compress_type=zipfile.ZIP_STORED)
            for name, data in entries:
                z.writestr(name, data, compress_type=zipfile.ZIP_STORED)
        return buf.getvalue()

    assert packed_kind_of(late([("xl/workbook.xml", b"<workbook/>")])) == "xlsx"
    assert packed_kind_of(late([("mimetype", b"application/vnd.oasis.opendocument.text")])) == "odt"
    assert packed_kind_of(late([("notes/postings.csv", b"id,description\n")])) == "zip"


def test_a_broken_or_huge_zip_is_read_within_bounds():
    # No end record, a central directory that claims more than the file holds, 40 MB of junk after
    # the signature: each is "a zip archive", at once.
    junk = b"PK\x03\x04" + bytes(40_000_000)
    lying = b"PK\x03\x04" + bytes(100) + b"PK\x05\x06" + bytes(4) + b"\xff\xff\xff\xff" + b"\xff\xff\xff\xff" + bytes(6)
    started = time.perf_counter()
    assert [packed_kind_of(junk), packed_kind_of(lying), packed_kind_of(LATE_DOCX[:9000])] == ["zip"] * 3
    assert time.perf_counter() - started < 1.0


def rezipped(data: bytes, *, comment: bytes = b"", zip64: bool = False) -> bytes:
    """The same entries, in the same order, written again: with an archive ``comment``, or with the
    ZIP64 end records (written by zipfile past 65,535 entries or 4 GB; here forced by lowering its
    entry limit), which stand between the central directory and the end record."""
    buf = io.BytesIO()
    source = zipfile.ZipFile(io.BytesIO(data))
    limit = zipfile.ZIP_FILECOUNT_LIMIT
    zipfile.ZIP_FILECOUNT_LIMIT = 1 if zip64 else limit  # type: ignore[misc]
    try:
        with zipfile.ZipFile(buf, "w") as out:
            for info in source.infolist():
                out.writestr(info, source.read(info))
            out.comment = comment
    finally:
        zipfile.ZIP_FILECOUNT_LIMIT = limit  # type: ignore[misc]
    return buf.getvalue()


def test_a_late_docx_with_zip64_end_records_is_a_word_document():
    data = rezipped(LATE_DOCX, zip64=True)
    assert b"PK\x06\x06" in data[-200:] and b"PK\x06\x07" in data[-200:]  # the ZIP64 records are there
    assert packed_kind_of(data) == "docx"
    assert packed_kind_of_file(io.BytesIO(data), data[:8192]) == "docx"


def test_a_late_docx_whose_comment_holds_an_end_signature_is_a_word_document():
    # The end record is the one whose comment runs to the end of the file, not any "PK\5\6" in it.
    data = rezipped(LATE_DOCX, comment=b"made by a tool; PK\x05\x06 " + bytes(30))
    assert packed_kind_of(data) == "docx"
    assert packed_kind_of(rezipped(LATE_DOCX, comment=b"an ordinary comment")) == "docx"


def test_a_comment_full_of_end_signatures_is_read_at_once():
    data = rezipped(LATE_DOCX, comment=b"PK\x05\x06" * 16_000)
    started = time.perf_counter()
    assert packed_kind_of(data) == "docx"
    assert time.perf_counter() - started < 1.0
