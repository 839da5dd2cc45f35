"""Module structure: no import circles (lazy imports inside functions included); the model knows no stage."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).parents[1] / "src"


def _graph() -> dict[str, set[str]]:
    """finbrief module -> the finbrief modules it imports anywhere in its source."""
    modules: dict[str, Path] = {}
    for path in (SRC / "finbrief").rglob("*.py"):
        name = ".".join(path.relative_to(SRC).with_suffix("").parts).removesuffix(".__init__")
        modules[name] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("finbrief"):
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    found.add(sub if sub in modules else node.module)
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name.startswith("finbrief")}
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_circles() -> None:
    assert _cycles(_graph()) == []


def test_the_model_imports_no_stage() -> None:
    assert {m for m in _graph()["finbrief.model"] if not m.startswith("finbrief.text")} == set()


def test_the_lexicons_are_read_only_by_the_lexicon_package() -> None:
    imports_yaml = {m for m, deps in _yaml_imports().items() if deps}
    assert {m for m in imports_yaml if not m.startswith("finbrief.lexicon")} == set()


def _yaml_imports() -> dict[str, bool]:
    """Module -> whether it imports the YAML library (that is, reads YAML itself)."""
    out = {}
    for path in (SRC / "finbrief").rglob("*.py"):
        name = ".".join(path.relative_to(SRC).with_suffix("").parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        out[name] = any(
            (isinstance(n, ast.Import) and any(a.name == "yaml" for a in n.names))
            or (isinstance(n, ast.ImportFrom) and n.module == "yaml")
            for n in ast.walk(tree)
        )
    return out


def test_a_parse_loads_no_fact_rules() -> None:
    """A run that stops at the document's identity (``finbrief parse``) imports neither the number
    grammar nor the attribution rules: compiling them is a third of a cold start. The facts
    package still offers the grammar's names, imported when asked for."""
    import subprocess
    import sys

    sample = SRC.parent / "samples" / "en" / "novasky_2026q2_call.txt"
    code = (
        "import sys\n"
        "from finbrief import pipeline\n"
        f"pipeline.run({str(sample)!r}, facts=False, outputs=())\n"
        "print(sorted(m for m in ('finbrief.facts.numbers', 'finbrief.facts.attribution') if m in sys.modules))\n"
        "from finbrief.facts import NumberMention, format_amount, parse_numbers\n"
        "print(parse_numbers.__module__, 'finbrief.facts.attribution' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[]", "finbrief.facts.numbers False"]
