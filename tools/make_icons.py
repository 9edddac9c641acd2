"""Render resources/icons/atelier.svg to the PNG the window uses and the .ico and
.icns the installers use. Run after changing the SVG; the outputs are committed.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(ICONS / "atelier.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    image = render(256)
    for name, fmt in (("atelier.png", "PNG"), ("atelier.ico", "ICO"), ("atelier.icns", "ICNS")):
        if not image.save(str(ICONS / name), fmt):
            print(f"could not write {name}", file=sys.stderr)
            return 1
        print(ICONS / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
