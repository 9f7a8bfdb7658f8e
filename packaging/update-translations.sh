#!/usr/bin/env bash
# Refresh resources/translations/*.ts from every Python module under ui/, the core's reasons
# (tracker/messages.py) and field labels (tracker/catalogue/fields.py) (run after adding or
# changing user-visible strings; safe to re-run any time):
#   PYTHON=/work/venv/bin/python packaging/update-translations.sh   (default: .venv, python3)
# Then translate the new entries (type="unfinished") in Qt Linguist (pyside6-linguist) or an
# editor, following resources/translations/GLOSSARY.md, and run the tests:
#   pytest tests/test_translations.py
# lupdate keeps existing translations, drops strings no longer in the code (-no-obsolete) and
# reads tr(), QCoreApplication.translate() and QT_TRANSLATE_NOOP() calls. Strings passed to a
# private wrapper (_tr(text)) are invisible to it: mark their source with QT_TRANSLATE_NOOP.
# .qm files are not committed: Beacon compiles them when it starts (ui/translation.py).
set -euo pipefail
cd "$(dirname "$0")/.."

# The lupdate that ships inside PySide6-Essentials, found through the Python that has it
# (PYTHON=/path/to/venv/bin/python to choose; default: .venv, then python3 on PATH).
python="${PYTHON:-}"
if [ -z "$python" ]; then
  if [ -x .venv/bin/python ]; then python=.venv/bin/python; else python=python3; fi
fi
lupdate=$("$python" -c 'import pathlib, PySide6, sys
folder = pathlib.Path(PySide6.__file__).parent
print(folder / ("lupdate.exe" if sys.platform == "win32" else "lupdate"))') || {
  echo "update-translations: $python has no PySide6 (set PYTHON=/path/to/venv/bin/python)" >&2
  exit 1
}

# Every module, tracked or new, in a stable order so the .ts diff shows only real changes.
# tracker/messages.py: the core's reasons, marked for translation (tracker never imports Qt)
# tracker/catalogue/fields.py: the field labels (the "Labels" context)
mapfile -t sources < <( (find ui -name '*.py' -not -path '*/__pycache__/*'; echo tracker/messages.py;
  echo tracker/catalogue/fields.py) | LC_ALL=C sort)
for ts in resources/translations/beacon_*.ts; do
  "$lupdate" -no-obsolete -locations relative "${sources[@]}" -ts "$ts"
done
unfinished=$(grep -c 'type="unfinished"' resources/translations/beacon_*.ts || true)
echo "update-translations: untranslated entries per file:"
echo "$unfinished"
