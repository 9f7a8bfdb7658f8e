"""The bundle recipe keeps every Qt module Beacon imports (a missing one fails only in the
installed app, at start: QtNetwork once carried the one-window-per-database socket)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _excluded() -> set[str]:
    spec = (ROOT / "packaging" / "beacon.spec").read_text(encoding="utf-8")
    match = re.search(r"excludes=(\[.*?\])", spec, flags=re.S)
    assert match is not None, "beacon.spec names no excludes"
    return set(ast.literal_eval(match.group(1)))


def _qt_modules_imported() -> set[str]:
    found = set()
    for path in (ROOT / "ui").rglob("*.py"):
        found |= set(re.findall(r"(?:from|import) (PySide6\.Qt\w+)", path.read_text("utf-8")))
    return found


def test_the_bundle_excludes_no_qt_module_beacon_imports() -> None:
    imported = _qt_modules_imported()
    assert {"PySide6.QtWidgets", "PySide6.QtCharts", "PySide6.QtSvg"} <= imported
    assert not imported & _excluded()
