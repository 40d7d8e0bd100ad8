"""The AppTest helpers that drive the dashboard (click Analyze, upload postings files) are written
once, in tests/_dashboard_helpers.py, and imported by every test file that needs them: a fix to
one (waiting for a rerun, checking for an exception) then reaches every test."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent
SHARED = ("click_analyze", "upload", "upload_files", "file_upload_app")


def test_the_dashboard_helpers_are_defined_once_and_shared():
    defined: dict[str, list[str]] = {}
    for path in sorted(TESTS.glob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and node.name in SHARED:
                defined.setdefault(node.name, []).append(path.name)
    assert defined == {name: ["_dashboard_helpers.py"] for name in SHARED}
