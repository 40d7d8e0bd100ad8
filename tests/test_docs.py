"""The examples in docstrings and in the README run and print what they say."""

import doctest
import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import analyzer

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(
    name for _, name, is_package in pkgutil.walk_packages(analyzer.__path__, "analyzer.") if name != "analyzer.__main__"
)


def test_every_module_is_listed():
    assert {"analyzer.records", "analyzer.nlp.pipeline", "analyzer.io.reports", "analyzer.run.worker"} <= set(MODULES)


@pytest.mark.parametrize("name", ["analyzer", *MODULES])
def test_docstring_examples(name):
    """Every module's examples run and print what they show; none is skipped."""
    module = importlib.import_module(name)
    source = Path(module.__file__).read_text(encoding="utf-8")
    assert "doctest: +SKIP" not in source, "an example that is not run goes stale"
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert (result.attempted > 0) == (">>> " in source), "every example in the module was found and run"


def test_readme_python_example_prints_what_the_readme_shows(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code, shown = re.search(r"## Python\n.*?```python\n(.*?)```\n\nprints\n\n```\n(.*?)```", readme, re.S).groups()
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout == shown


def test_every_command_has_help_and_is_in_the_readme():
    from click.testing import CliRunner

    from analyzer.cli import main

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert command.help, name
        assert CliRunner().invoke(main, [name, "--help"]).exit_code == 0
        assert f"skillgap {name}" in readme, name


def test_gap_analysis_doc_example_prints_what_the_doc_shows(tmp_path):
    doc = (ROOT / "docs" / "gap-analysis.md").read_text(encoding="utf-8")
    code, shown = re.search(
        r"## Python API\n.*?```python\n(.*?)```\n\nOutput \(bundled taxonomy\):\n\n```\n(.*?)```", doc, re.S
    ).groups()
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout == shown
    assert (tmp_path / "report.html").stat().st_size > 0
