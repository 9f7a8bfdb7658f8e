"""ruff and mypy as part of the suite, so the README's test command runs them too."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: install the test extras (pip install '.[test]')")
    return path


def test_ruff_passes() -> None:
    result = subprocess.run([_tool("ruff"), "check", "."], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_passes_on_tracker() -> None:
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_package_is_shipped() -> None:
    """A package folder missing from pyproject's list would vanish from `pip install .`."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for top in ("tracker", "ui") for p in (ROOT / top).rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def _module_imports(top: str) -> dict[str, set[str]]:
    """Each module under `top` -> the modules of `top` it imports (in functions too)."""
    import ast

    modules = {".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__"): p
               for p in (ROOT / top).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
                found.update(f"{node.module}.{a.name}" for a in node.names)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def test_no_import_cycles_in_the_window() -> None:
    """ui/ modules never import each other in a circle (the import wizard's pages once did):
    each can be read, tested and changed on its own."""
    graph = _module_imports("ui")
    cycles = []
    for start in graph:
        path, seen = [start], {start}
        stack = [(start, iter(sorted(graph[start])))]
        while stack:
            node, following = stack[-1]
            step = next(following, None)
            if step is None:
                stack.pop()
                seen.discard(path.pop())
                continue
            if step == start:
                cycles.append(" -> ".join([*path, start]))
            elif step not in seen and step > start:  # each cycle found from its smallest module
                path.append(step)
                seen.add(step)
                stack.append((step, iter(sorted(graph[step]))))
    assert not cycles, cycles
