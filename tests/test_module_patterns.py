"""A module-level pattern compiled twice under one name silently replaces the first for every rule that uses it."""

import ast
from pathlib import Path

import pytest

_SRC = Path(__file__).resolve().parents[1] / "src" / "finbrief"


def _compiled_twice(path: Path) -> list[str]:
    """Names a module binds to two separate ``re.compile(...)`` calls (re-wrapping one pattern is fine)."""
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
            continue
        func = node.value.func
        if not (isinstance(func, ast.Attribute) and func.attr == "compile"):
            continue
        for target in node.targets:
            if isinstance(target, ast.Name):
                if target.id in seen:
                    twice.append(f"{target.id} (lines {seen[target.id]} and {node.lineno})")
                seen[target.id] = node.lineno
    return twice


@pytest.mark.parametrize("path", sorted(_SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(_SRC)))
def test_no_pattern_name_is_compiled_twice(path: Path) -> None:
    assert _compiled_twice(path) == []


def test_the_check_sees_a_second_compile(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('import re\n_A = re.compile("a")\n_A = fast(_A)\n_B = re.compile("b")\n_B = re.compile("c")\n')
    assert _compiled_twice(module) == ["_B (lines 4 and 5)"]
