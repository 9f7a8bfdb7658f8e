"""Where the style sheet, icons and translations are, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

import ui


def resources_dir() -> Path:
    """Installed: ui/resources (package data); source tree: ./resources."""
    packaged = Path(ui.__file__).parent / "resources"
    if (packaged / "style.qss").exists():
        return packaged
    return Path(ui.__file__).parent.parent / "resources"
