"""Render the app and document icons from resources/icons/*.svg with Qt (no Pillow needed).

Writes, into OUT_DIR (default build/icons/):
  png/<size>/knute.png, png/<size>/application-x-knute.png   hicolor sizes for Linux
  knute.ico, knute-document.ico                               Windows (PNG-compressed ICO entries)
  knute.icns, knute-document.icns                             macOS

    python installers/render_icons.py [OUT_DIR]
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
DEFAULT_OUT = ROOT / "build" / "icons"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
# icns element types holding PNG data, by pixel size (the @2x types reuse the bigger renders).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))
SOURCES = {"knute": ICONS / "knute.svg", "knute-document": ICONS / "knute-document.svg"}
HICOLOR_NAMES = {"knute": "knute", "knute-document": "application-x-knute"}


def render_png(svg: Path, size: int) -> bytes:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG images (Windows Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    entries, blobs = b"", b""
    offset = 6 + 16 * len(images)
    for size, png in sorted(images.items()):
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(kind.encode() + struct.pack(">I", 8 + len(images[size])) + images[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_all(out: Path = DEFAULT_OUT) -> list[Path]:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  (QImage text/painting needs one)
    written = []
    for stem, svg in SOURCES.items():
        sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
        pngs = {size: render_png(svg, size) for size in sizes}
        for size in HICOLOR_SIZES:
            target = out / "png" / str(size) / f"{HICOLOR_NAMES[stem]}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(pngs[size])
            written.append(target)
        for name, data in ((f"{stem}.ico", ico({s: pngs[s] for s in ICO_SIZES})), (f"{stem}.icns", icns(pngs))):
            (out / name).write_bytes(data)
            written.append(out / name)
    return written


if __name__ == "__main__":
    files = render_all(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
    print(f"{len(files)} icon files in {files[0].parents[2] if files else DEFAULT_OUT}")
