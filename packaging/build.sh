#!/usr/bin/env bash
# Build Beacon's desktop bundle for the machine this runs on (PyInstaller, one folder):
#   Linux     dist/Beacon/ with beacon.desktop, icons and install.sh, packed as
#             dist/Beacon-VERSION-linux-ARCH.tar.gz; also an AppImage when appimagetool
#             is on PATH (Debian has no package for it)
#   macOS     dist/Beacon.app and dist/Beacon-VERSION-macos.dmg (hdiutil)
#   Windows   (Git Bash) dist/Beacon/ (Beacon.exe, beacon-cli.exe) and, when Inno Setup's
#             iscc is on PATH, dist/Beacon-VERSION-setup.exe from packaging/windows/beacon.iss
# Python: $PYTHON, else .venv (packaging/setup.sh makes it), else a new .venv. Beacon is
# installed into it from this clone with PyInstaller (`pip install ".[bundle]"`).
#   packaging/build.sh            build
#   packaging/build.sh --smoke    build, then run packaging/smoke-test.sh on the result
set -euo pipefail
cd "$(dirname "$0")/.."

case "$(uname -s)" in
  Linux*) os=linux ;;
  Darwin*) os=macos ;;
  MINGW* | MSYS* | CYGWIN*) os=windows ;;
  *) echo "build: unsupported system $(uname -s)" >&2; exit 1 ;;
esac

python="${PYTHON:-}"
if [ -z "$python" ]; then
  for candidate in .venv/bin/python .venv/Scripts/python.exe; do
    if [ -x "$candidate" ]; then python="$candidate"; break; fi
  done
fi
if [ -z "$python" ]; then
  base=python3
  command -v "$base" >/dev/null || base=python
  "$base" -m venv .venv
  python=.venv/bin/python
  [ -x "$python" ] || python=.venv/Scripts/python.exe
fi
python="$(cd "$(dirname "$python")" && pwd)/$(basename "$python")"  # absolute: used from build/
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
  { echo "build: Python 3.11 or newer is needed ($python)" >&2; exit 1; }

# Linux: PyInstaller needs binutils (objcopy, objdump) and Python's shared library (Debian
# packages it apart: libpython3.X); the bundle carries a Chinese font.
if [ "$os" = linux ]; then
  needed=()
  command -v objcopy >/dev/null || needed+=(binutils)
  [ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || needed+=(fonts-wqy-microhei)
  "$python" -c 'import os, sys, sysconfig
name = sysconfig.get_config_var("INSTSONAME") or ""
folders = [sysconfig.get_config_var("LIBDIR") or "", "/usr/lib/x86_64-linux-gnu", "/usr/lib"]
sys.exit(not any(os.path.exists(os.path.join(f, name)) for f in folders if name))' ||
    needed+=("libpython$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')")
  if [ ${#needed[@]} -gt 0 ]; then
    command -v apt-get >/dev/null ||
      { echo "build: install ${needed[*]} (Debian names) first" >&2; exit 1; }
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      "${needed[@]}" >/dev/null
  fi
fi

echo "build: installing Beacon and PyInstaller into $python"
"$python" -m pip install -q --upgrade pip
"$python" -m pip install -q ".[bundle]"
version=$("$python" -c 'import tracker; print(tracker.__version__)')
arch=$(uname -m)

# What the bundle carries besides Beacon's package data: icons, compiled translations (a
# bundle has no lrelease to compile them at first start) and, on Linux, a Chinese font.
extras=build/bundle-extras
rm -rf "$extras"
mkdir -p "$extras/translations"
"$python" packaging/icons.py "$extras/icons" >/dev/null
lrelease=$("$python" -c 'import pathlib, PySide6, sys
folder = pathlib.Path(PySide6.__file__).parent
print(folder / ("lrelease.exe" if sys.platform == "win32" else "lrelease"))')
for ts in resources/translations/beacon_*.ts; do
  name=$(basename "${ts%.ts}")
  "$lrelease" -silent "$ts" -qm "$extras/translations/$name.qm"
done
if [ "$os" = linux ]; then
  font=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
  mkdir -p "$extras/fonts"
  cp "$font" "$extras/fonts/"
  cp /usr/share/doc/fonts-wqy-microhei/copyright "$extras/fonts/wqy-microhei.copyright"
fi

echo "build: PyInstaller ($os, Beacon $version)"
rm -rf dist/Beacon dist/Beacon.app
# From build/, so that Beacon is what pip installed (package data in place), not this
# clone's source folders, which `python -m` would put first on the path.
(cd build && BEACON_BUNDLE_EXTRAS="$PWD/bundle-extras" "$python" -m PyInstaller --noconfirm \
  --clean --log-level WARN --distpath ../dist --workpath pyinstaller ../packaging/beacon.spec)

case "$os" in
  linux)
    share=dist/Beacon/share
    mkdir -p "$share/icons"
    cp packaging/linux/beacon.desktop "$share/"
    cp "$extras"/icons/beacon-*.png "$share/icons/"
    cp packaging/linux/install.sh dist/Beacon/
    archive="dist/Beacon-$version-linux-$arch.tar.gz"
    tar -C dist -czf "$archive" Beacon
    echo "build: $archive"
    if command -v appimagetool >/dev/null; then
      appdir=build/Beacon.AppDir
      rm -rf "$appdir"
      mkdir -p "$appdir/usr/lib"
      cp -a dist/Beacon "$appdir/usr/lib/Beacon"
      ln -s usr/lib/Beacon/beacon "$appdir/AppRun"
      cp packaging/linux/beacon.desktop "$appdir/"
      cp "$extras/icons/beacon-256.png" "$appdir/beacon.png"
      ARCH="$arch" appimagetool -n "$appdir" "dist/Beacon-$version-$arch.AppImage"
    else
      echo "build: no appimagetool on PATH: AppImage skipped (the tar.gz holds the same bundle)"
    fi
    ;;
  macos)
    staging=build/dmg
    rm -rf "$staging"
    mkdir -p "$staging"
    cp -R dist/Beacon.app "$staging/"
    ln -s /Applications "$staging/Applications"
    hdiutil create -volname "Beacon $version" -srcfolder "$staging" -ov -format UDZO \
      "dist/Beacon-$version-macos.dmg"
    echo "build: dist/Beacon-$version-macos.dmg"
    ;;
  windows)
    if command -v iscc >/dev/null; then
      iscc -Q "-DAppVersion=$version" "-DSourceDir=$(cygpath -w "$PWD/dist/Beacon")" \
        "-DIconFile=$(cygpath -w "$PWD/$extras/icons/beacon.ico")" \
        "-DOutputDir=$(cygpath -w "$PWD/dist")" packaging/windows/beacon.iss
      echo "build: dist/Beacon-$version-setup.exe"
    else
      echo "build: no Inno Setup (iscc) on PATH: installer skipped; dist/Beacon/ is the app"
    fi
    ;;
esac
bundle=dist/Beacon
[ "$os" = macos ] && bundle=dist/Beacon.app
echo "build: $bundle is $(du -sh "$bundle" | cut -f1)"
if [ "${1:-}" = "--smoke" ]; then
  packaging/smoke-test.sh "$bundle"
fi
