"""Per-user window settings, each declared once with type, default and title (QSettings)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any
    title: str


OPTIONS: dict[str, Option] = {o.key: o for o in (
    Option("window/geometry", QByteArray, QByteArray(), "Window size and place"),
    Option("window/state", QByteArray, QByteArray(), "Toolbars and docks"),
    Option("window/page", str, "opportunities", "Page shown at start"),
    Option("window/splitter", QByteArray, QByteArray(), "List and detail panel sizes"),
    Option("board/pipeline", int, 0, "Pipeline shown on the board"),
    # "" follows the system; a code of ui.translation.LANGUAGES; read when Beacon starts.
    Option("ui/language", str, "", "Language of the interface"),
    # The team server the window connected to last (its address, never a password): the
    # next start opens it; "" is this computer's database file.
    Option("database/server", str, "", "Team server opened at start"),
)}


def _translate(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


class Settings:
    """A thin typed wrapper; tests pass a QSettings on a temporary ini file."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or QSettings("Beacon", "Beacon")

    def get(self, key: str) -> Any:
        option = OPTIONS.get(key)
        if option is None:
            if key.startswith(("columns/", "header/", "mapping/", "filters/")):
                return self._store.value(key, None)
            raise KeyError(key)
        value = self._store.value(key, option.default)
        if value is None:
            return option.default
        if option.type is int:
            return int(value)
        if option.type is bool:
            return value in (True, "true", "1", 1)
        return value

    def set(self, key: str, value: Any) -> None:
        if key not in OPTIONS and not key.startswith(("columns/", "header/", "mapping/",
                                                      "filters/")):
            raise KeyError(key)
        self._store.setValue(key, value)

    def sync(self) -> None:
        self._store.sync()
