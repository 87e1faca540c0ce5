"""Render resources/icons/dealerdesk.svg to the PNG (Linux, window icon) and ICO (Windows) beside it.

Run after editing the SVG: ``.venv/bin/python installer/render_icon.py``; commit all three.
The build only copies these files, so a build machine needs neither QtSvg tricks nor Pillow.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data())))


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "dealerdesk.svg"))
    if not renderer.isValid():
        print("dealerdesk.svg is not valid SVG", file=sys.stderr)
        return 1
    big = render(renderer, 256)
    big.save(ICONS / "dealerdesk.png", optimize=True)
    # Each ICO size rendered from the vector, not scaled down from 256: sharper at 16 px.
    frames = [render(renderer, s) for s in ICO_SIZES]
    frames[-1].save(ICONS / "dealerdesk.ico", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1])
    print(f"wrote {ICONS / 'dealerdesk.png'} and {ICONS / 'dealerdesk.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
