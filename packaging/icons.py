"""Build Beacon's icon files from resources/icons/beacon.svg (nothing built is committed).

    python packaging/icons.py OUT_DIR
writes beacon-16.png ... beacon-1024.png, beacon.png (256), beacon.ico (Windows: 16-256)
and beacon.icns (macOS: 16-1024); 16 and 24 px come from beacon-small.svg, drawn for them.
ICO and ICNS hold PNG images, which every Windows since Vista and every macOS since 10.7
reads; Qt's own plugins write only one size.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "beacon.svg"
SMALL_SOURCE = ICONS / "beacon-small.svg"  # drawn for 16-24 px
SMALL = 24
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
              1024: b"ic10"}


def render(size: int, source: Path = SOURCE) -> QImage:
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"icons: cannot read {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per size (0 means 256), then the PNGs."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    offset = 6 + 16 * len(sizes)
    head = struct.pack("<HHH", 0, 1, len(sizes))
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return head + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """'icns', total length, then (type, length, PNG) per size; big-endian lengths."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for size, kind in ICNS_TYPES.items() if size in pngs)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(render(size, SMALL_SOURCE if size <= SMALL else SOURCE))
            for size in SIZES}
    written = []
    for size, data in pngs.items():
        target = out / f"beacon-{size}.png"
        target.write_bytes(data)
        written.append(target)
    for name, data in (("beacon.png", pngs[256]), ("beacon.ico", ico(pngs)),
                       ("beacon.icns", icns(pngs))):
        (out / name).write_bytes(data)
        written.append(out / name)
    return written


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    app = QGuiApplication.instance() or QGuiApplication([])
    for path in build(Path(argv[0])):
        print(path)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
