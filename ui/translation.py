"""Which language Beacon speaks, and the compiled translation (.qm) behind it.

Only `resources/translations/beacon_<language>.ts` is committed and shipped. The .qm
Qt loads is compiled from it on first use with the lrelease that comes inside
PySide6-Essentials, into the user's cache folder (the installed package folder may be
read-only), and recompiled whenever the .ts changes: the cached file is named after a
hash of the .ts, so two checkouts or versions side by side never use each other's.
A packager may instead ship a .qm beside the .ts; it is used while it is not older.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import platformdirs

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.resources_path import resources_dir

# The languages offered in View > Language, named in their own language.
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "中文（简体）"}
SYSTEM = ""  # the setting's value for "follow the system language"

_installed: list[QTranslator] = []
_language = "en"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("Beacon", appauthor=False)) / "translations"


def chosen_language(setting: str | None = None) -> str:
    """BEACON_LANG (for one run) over the View > Language choice over the system locale."""
    return os.environ.get("BEACON_LANG") or setting or QLocale.system().name()


def source_file(language: str) -> Path | None:
    """beacon_<language>.ts for `zh_CN`, `zh_CN.UTF-8`, or plain `zh` (Simplified)."""
    name = language.split(".")[0].replace("-", "_")
    candidates = [name, name.split("_")[0]]
    if name.split("_")[0] == "zh" and name not in ("zh_TW", "zh_HK", "zh_MO"):
        candidates.append("zh_CN")
    for candidate in candidates:
        path = translations_dir() / f"beacon_{candidate}.ts"
        if path.exists():
            return path
    return None


def lrelease_path() -> Path | None:
    """The lrelease binary inside the PySide6 package, else pyside6-lrelease near Python."""
    import PySide6

    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32"
                                              else "lrelease")
    if binary.exists():
        return binary
    found = (shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
             or shutil.which("pyside6-lrelease"))
    return Path(found) if found else None


def compiled_translation(language: str, cache: Path | None = None) -> Path | None:
    """The .qm for this language, compiling it if needed; None for English or on failure."""
    source = source_file(language)
    if source is None:
        return None
    shipped = source.with_suffix(".qm")
    if shipped.exists() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    folder = cache or cache_dir()
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = folder / f"{source.stem}-{digest}.qm"
    if target.exists():
        return target
    if _compile(source, target):
        for old in folder.glob(f"{source.stem}-*.qm"):
            if old != target:
                old.unlink(missing_ok=True)
        return target
    return shipped if shipped.exists() else None


def _compile(source: Path, target: Path) -> bool:
    tool = lrelease_path()
    if tool is None:
        return False
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(suffix=".qm", dir=target.parent)
        os.close(handle)
        result = subprocess.run([str(tool), "-silent", str(source), "-qm", temporary],
                                capture_output=True, text=True, timeout=60)
        if result.returncode != 0 or not Path(temporary).stat().st_size:
            Path(temporary).unlink(missing_ok=True)
            return False
        os.replace(temporary, target)  # atomic: a second Beacon starting never reads half a file
    except (OSError, subprocess.SubprocessError):
        return False
    return True


def install_translation(app: QCoreApplication, setting: str | None = None,
                        cache: Path | None = None) -> str:
    """Install the language BEACON_LANG, the setting or the system asks for; return it."""
    return install_language(app, chosen_language(setting), cache)


def install_language(app: QCoreApplication, language: str, cache: Path | None = None) -> str:
    """Replace Beacon's (and Qt's own) translators; return the language now installed.

    Safe to call again: the previous translators are removed first, so one QApplication
    can switch to Chinese and back (tests, the Chinese screenshots).
    """
    global _language
    while _installed:
        app.removeTranslator(_installed.pop())
    _language = "en"
    qm = compiled_translation(language, cache)
    beacon = QTranslator(app)
    if qm is None or not beacon.load(str(qm)):
        return _language
    qt_base = QTranslator(app)  # standard buttons, wizard pages, file dialogs
    if qt_base.load(QLocale(beacon.language()), "qtbase", "_",
                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    app.installTranslator(beacon)
    _installed.append(beacon)
    _language = beacon.language() or language
    return _language


def installed_language() -> str:
    return _language


def translate_in(language: str, context: str, source: str) -> str:
    """`source` in another language than the installed one (the language menu's notice)."""
    qm = compiled_translation(language)
    translator = QTranslator()
    if qm is not None and translator.load(str(qm)):
        return translator.translate(context, source) or source
    return source
