"""The examples in docstrings and in the README run and print what they say."""

import doctest
import re
import subprocess
import sys
from pathlib import Path

import pytest

import analyzer
import analyzer.nlp.extraction
import analyzer.nlp.pipeline

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("module", [analyzer, analyzer.nlp.extraction, analyzer.nlp.pipeline], ids=lambda m: m.__name__)
def test_docstring_examples(module):
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


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
