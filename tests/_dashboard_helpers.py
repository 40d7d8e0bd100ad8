"""AppTest helpers shared by the tests that drive the real dashboard.py: a session on the file
upload, an upload of one file or several, a click on Analyze. Each runs the script and fails on
an exception, so a test never reads a page that did not finish."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest
from test_dashboard import SCRIPT, TIMEOUT


def file_upload_app(skills: str) -> AppTest:
    """A fresh session with ``skills`` typed and "File upload" chosen for the postings."""
    at = AppTest.from_file(SCRIPT, default_timeout=TIMEOUT)
    at.run()
    at.text_area(key="user_skills").input(skills)
    at.radio(key="postings_source").set_value("File upload")
    at.run()
    assert not at.exception, at.exception
    return at


def upload(at: AppTest, name: str, data: bytes, mime: str = "text/csv") -> AppTest:
    """One postings file in the uploader."""
    at.file_uploader(key="csv_file").upload(name, data, mime)
    at.run()
    assert not at.exception, at.exception
    return at


def upload_files(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    """Several postings files in the uploader at once (one batch)."""
    at.file_uploader(key="csv_file").set_value([(name, data, "text/csv") for name, data in files])
    at.run()
    assert not at.exception, at.exception
    return at


def click_analyze(at: AppTest) -> AppTest:
    at.button(key="analyze").click()
    at.run()
    assert not at.exception, at.exception
    return at
