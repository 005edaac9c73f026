"""Guard against a Qt binding that leaks references to None (PySide6 6.12.0 on Python 3.11).

Each lost reference brings the interpreter closer to "Fatal Python error:
none_dealloc"; painting a map makes thousands of such calls.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_qt_calls_returning_nothing_keep_none_alive(qapp):
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    pen = QPen(QColor("#5F6675"))
    try:
        before = sys.getrefcount(None)
        for _ in range(1000):
            painter.setPen(pen)
            painter.save()
            painter.restore()
        lost = before - sys.getrefcount(None)
    finally:
        painter.end()
    assert lost < 100, f"the Qt binding lost {lost} references to None in 3,000 calls"
