"""Render the app icon (resources/icons/exportaudit.svg) into the formats installers need:
PNG sizes for Linux, .ico for Windows, .icns for macOS. Run by `make package`; Qt renders, Pillow packs."""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "exportaudit.svg"
OUT = Path(__file__).resolve().parent / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512, 1024)


def render(size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = bytes(image.constBits())
    return Image.frombuffer("RGBA", (size, size), data, "raw", "RGBA", image.bytesPerLine(), 1).copy()


def main() -> int:
    QGuiApplication(sys.argv[:1] + ["-platform", "offscreen"])
    OUT.mkdir(exist_ok=True)
    images = {size: render(size) for size in SIZES}
    for size in (48, 128, 256, 512):
        images[size].save(OUT / f"exportaudit-{size}.png")
    images[256].save(OUT / "exportaudit.ico", sizes=[(s, s) for s in (16, 32, 48, 64, 128, 256)])
    images[1024].save(OUT / "exportaudit.icns")
    print(f"icons written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
