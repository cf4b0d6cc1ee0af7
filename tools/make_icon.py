"""Draw the application icon: a calm blue rounded square with a white "K".

    python tools/make_icon.py        # writes resources/icons/kuhina.png, kuhina-*.png, kuhina.ico

Each size is drawn on its own (not scaled down from the big one), so the 16 and 32 pixel icons
of the Windows taskbar and file list stay crisp. The .ico holds every size; Pillow (a ReportLab
dependency) writes it because Qt's writer stores only one image per file.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE_TOP, BLUE_BOTTOM, ACCENT = "#2d6aa3", "#1f4e79", "#f2b134"


def draw(size: int):
    """One icon image of ``size`` × ``size`` pixels (a QImage)."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.04
    box = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    gradient = QLinearGradient(QPointF(0, box.top()), QPointF(0, box.bottom()))
    gradient.setColorAt(0, QColor(BLUE_TOP))
    gradient.setColorAt(1, QColor(BLUE_BOTTOM))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(box, size * 0.2, size * 0.2)
    painter.setBrush(QColor("white"))
    painter.drawPath(_letter_k(box))
    if size >= 32:  # a small warm dot: the "bustle" of kuhina; lost at tiny sizes, so left out
        radius = size * 0.065
        painter.setBrush(QColor(ACCENT))
        painter.drawEllipse(QPointF(box.right() - size * 0.15, box.top() + size * 0.15),
                            radius, radius)
    painter.end()
    return image


def _letter_k(box):
    """The K as three straight strokes: a geometric mark renders the same on every system."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainterPath, QPolygonF

    w, h = box.width(), box.height()

    def point(x: float, y: float) -> QPointF:
        return QPointF(box.left() + x * w, box.top() + y * h)

    stem = 0.15  # stroke width as a share of the box
    left, top, bottom = 0.25, 0.22, 0.78
    middle = 0.53
    path = QPainterPath()
    path.addPolygon(QPolygonF([point(left, top), point(left + stem, top),
                               point(left + stem, bottom), point(left, bottom)]))
    arm = QPolygonF([point(left + stem * 0.6, middle - 0.02), point(0.55, top),
                     point(0.55 + stem * 1.2, top), point(left + stem * 1.5, middle + 0.08)])
    leg = QPolygonF([point(left + stem * 1.1, middle - 0.07), point(0.57 + stem * 1.3, bottom),
                     point(0.57, bottom), point(left + stem * 0.6, middle + 0.05)])
    for polygon in (arm, leg):
        part = QPainterPath()
        part.addPolygon(polygon)
        path = path.united(part)
    return path


def _to_pillow(image):
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    images = {size: draw(size) for size in SIZES}
    images[256].save(str(ICONS / "kuhina.png"))
    for size in (16, 32, 48, 64, 128):
        images[size].save(str(ICONS / f"kuhina-{size}.png"))
    pillow = [_to_pillow(images[size]) for size in SIZES]
    pillow[-1].save(ICONS / "kuhina.ico", format="ICO", sizes=[(s, s) for s in SIZES],
                    append_images=pillow[:-1])
    print(f"wrote {ICONS / 'kuhina.png'} and {ICONS / 'kuhina.ico'} ({len(SIZES)} sizes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
