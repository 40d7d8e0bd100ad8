"""The package's layers import only downwards, never in a cycle, and spaCy only inside ``analyzer/nlp``.

Checked on the source with :mod:`ast` (every ``import`` statement, including those inside functions),
and by importing the spaCy-free layers in a fresh interpreter.
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "analyzer"

# Lower layers first; a module may import its own layer (cycles are checked separately) and any lower one.
LAYERS = {
    "errors": 0,
    "progress": 0,
    "plural": 0,
    "deadline": 1,
    "records": 1,
    "taxonomy": 2,
    "nlp": 3,
    "gap": 4,
    "io": 5,
    "run": 6,
    "evaluation": 7,
    "cli": 8,
    "__init__": 9,
    "__main__": 10,
}
# gap/ sits beside nlp/ rather than on it: the profile resolver reuses the matcher rules only, which
# are plain Python (no spaCy).
ALLOWED_NLP_FOR_GAP = {"analyzer.nlp", "analyzer.nlp.matching", "analyzer.nlp.education"}
SPACY_FREE = ["analyzer", "analyzer.records", "analyzer.taxonomy", "analyzer.gap", "analyzer.io.postings",
              "analyzer.io.reports", "analyzer.io.resumes", "analyzer.io.profiles", "analyzer.io.highlight",
              "analyzer.nlp.matching", "analyzer.nlp.requirements", "analyzer.nlp.tasks", "analyzer.evaluation",
              "analyzer.cli"]  # fmt: skip


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[tuple[str, list[str], int]]:
    """(absolute module, imported names, line) for every import statement of the file that runs."""
    this = module_name(path)
    package = this if path.name == "__init__.py" else this.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    # Imports under ``if TYPE_CHECKING:`` are for annotations only and never run.
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
        for inner in ast.walk(node)
    }
    found = []
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found += [(alias.name, [], node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            names = [a.name for a in node.names]
            # "from . import x" / "from .pkg import mod" name modules: record them as such.
            for name in names:
                if (PACKAGE.parent / (base + "." + name).replace(".", "/")).with_suffix(".py").exists():
                    found.append((base + "." + name, [], node.lineno))
            found.append((base, names, node.lineno))
    return found


def layer(module: str) -> int:
    parts = module.split(".")
    return LAYERS[parts[1] if len(parts) > 1 else "__init__"]


SOURCES = sorted(PACKAGE.rglob("*.py"))
GRAPH = {module_name(p): {m for m, _, _ in imports(p) if m.startswith("analyzer.") or m == "analyzer"} for p in SOURCES}


def test_every_module_has_a_layer():
    assert SOURCES and all(layer(module_name(p)) >= 0 for p in SOURCES)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_go_down_only(path):
    this = module_name(path)
    wrong = []
    for target, names, line in imports(path):
        if not target.startswith("analyzer"):
            if target.split(".")[0] in ("spacy", "thinc", "srsly") and not this.startswith("analyzer.nlp"):
                wrong.append(f"line {line}: imports {target} outside analyzer/nlp")
            continue
        if target == "analyzer" and this != "analyzer":
            wrong.append(f"line {line}: imports the package root")
            continue
        if target == "analyzer":
            continue
        if layer(target) > layer(this):
            wrong.append(f"line {line}: imports {target} from a higher layer")
        if this.startswith("analyzer.gap") and target.startswith("analyzer.nlp") and target not in ALLOWED_NLP_FOR_GAP:
            wrong.append(f"line {line}: gap/ may use only the matcher rules of nlp/, not {target}")
        if target != this and target in GRAPH:  # a module, not a package: no private names across modules
            wrong += [f"line {line}: imports private {n} from {target}" for n in names if n.startswith("_")]
    assert not wrong, "\n".join(wrong)


def test_no_import_cycle():
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for target in sorted(GRAPH.get(module, ())):
            if target not in GRAPH or target == module:
                continue
            if state.get(target) == 1:
                raise AssertionError("import cycle: " + " -> ".join(path[path.index(target) :] + [target]))
            if target not in state:
                visit(target)
        path.pop()
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module)


def test_a_cycle_is_found():
    # The checker itself: a graph with a cycle must fail.
    global GRAPH
    saved = GRAPH
    GRAPH = {"analyzer.a": {"analyzer.b"}, "analyzer.b": {"analyzer.a"}}
    try:
        with pytest.raises(AssertionError, match="analyzer.a -> analyzer.b -> analyzer.a"):
            test_no_import_cycle()
    finally:
        GRAPH = saved


def test_spacy_free_layers_import_without_spacy():
    code = "import sys\n" + "".join(f"import {m}\n" for m in SPACY_FREE) + "print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_the_public_api_loads_spacy_only_when_used():
    code = (
        "import sys\nfrom analyzer import Profile, summarize, write_report\n"
        "print('spacy' in sys.modules)\n"
        "from analyzer import extract_skills\nprint('spacy' in sys.modules, extract_skills('Must know Python.')[0].skill_id)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == ["False", "True", "python"]


def declared_all(module: str) -> set[str] | None:
    """The names of a package module's ``__all__`` (read from its source), or None where it has none."""
    path = (PACKAGE.parent / module.replace(".", "/")).with_suffix(".py")
    if not path.exists():
        return None
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return set(ast.literal_eval(node.value))
    return None


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_names_imported_across_modules_are_in_the_exporters_all(path):
    # A module that declares ``__all__`` lists every public name another module of the package imports
    # from it (the other names are its own business).
    this = module_name(path)
    missing = []
    for target, names, line in imports(path):
        exported = declared_all(target) if target.startswith("analyzer.") and target != this else None
        if exported is not None:
            missing += [
                f"line {line}: {n} not in {target}.__all__"
                for n in names
                if not n.startswith("_") and n not in exported
            ]
    assert not missing, "\n".join(missing)
