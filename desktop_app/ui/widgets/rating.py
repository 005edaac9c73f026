"""A 1-5 rating control with "not rated", usable with mouse and keyboard.

One focusable widget rather than five buttons: a rating is one value, so it is
one tab stop, and the keys act on it directly (1-5 choose, 0/Delete/Backspace
clear, arrows step, Home/End jump).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SEGMENT_WIDTH = 28
SEGMENT_HEIGHT = 24
GAP = 3
TEXT_GAP = 8

_IGNORED = object()
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class RatingControl(QWidget):
    value_chosen = Signal(object)
    """The user chose a value: 1-5, None to clear, or 6-9 when typed (the caller explains the refusal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._mixed = False
        self._status = {None: self.tr("not rated"), "mixed": self.tr("Several values")}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Click or press 1–5 to rate; 0 or Delete clears the rating"))

    # ---- value -------------------------------------------------------------
    def value(self) -> int | None:
        return self._value

    def is_mixed(self) -> bool:
        return self._mixed

    def set_value(self, value: int | None, *, mixed: bool = False) -> None:
        """Show a value from the model (emits nothing)."""
        self._value, self._mixed = (None, True) if mixed else (value, False)
        self.setAccessibleDescription(self.text())
        self.update()

    def text(self) -> str:
        if self._mixed:
            return self._status["mixed"]
        if self._value is None:
            return self._status[None]
        return f"{self._value} / 5"

    # ---- geometry ----------------------------------------------------------
    def _segment(self, n: int) -> QRectF:
        return QRectF(1 + (n - 1) * (SEGMENT_WIDTH + GAP), 1, SEGMENT_WIDTH, SEGMENT_HEIGHT)

    def _segment_at(self, x: float) -> int | None:
        for n in range(1, 6):
            rect = self._segment(n).adjusted(-GAP / 2, -2, GAP / 2, 2)
            if rect.left() <= x <= rect.right():
                return n
        return None

    def sizeHint(self) -> QSize:
        status = max(self.fontMetrics().horizontalAdvance(t) for t in self._status.values())
        return QSize(5 * SEGMENT_WIDTH + 4 * GAP + TEXT_GAP + status + 4, SEGMENT_HEIGHT + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(5 * SEGMENT_WIDTH + 4 * GAP + 2, SEGMENT_HEIGHT + 2)

    # ---- painting ----------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        fill = palette.color(group, QPalette.ColorRole.Highlight)
        if not self.isEnabled():
            fill = palette.color(group, QPalette.ColorRole.Mid)
        empty = palette.color(group, QPalette.ColorRole.Base)
        border = palette.color(group, QPalette.ColorRole.Mid)
        text = palette.color(group, QPalette.ColorRole.Text)
        on_fill = palette.color(group, QPalette.ColorRole.HighlightedText)
        for n in range(1, 6):
            rect = self._segment(n)
            filled = self._value is not None and n <= self._value
            colour = QColor(fill)
            if filled and n < (self._value or 0):
                colour.setAlphaF(0.55 + 0.45 * n / 5)  # a ramp towards the chosen value
            style = Qt.PenStyle.DashLine if self._mixed else Qt.PenStyle.SolidLine
            painter.setPen(QPen(fill.darker(115) if filled else border, 1, style))
            painter.setBrush(colour if filled else empty)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(on_fill if filled else text)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(n))
        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 1.5, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(0.5, 0.5, self._segment(5).right() + 0.5, SEGMENT_HEIGHT + 1), 5, 5)
        if self._value is None:
            left = self._segment(5).right() + TEXT_GAP
            status_rect = QRectF(left, 0, max(0.0, self.width() - left), SEGMENT_HEIGHT + 2)
            font = painter.font()
            font.setItalic(self._mixed)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            shown = painter.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, int(status_rect.width()))
            painter.drawText(status_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
        painter.end()

    # ---- input -------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        n = self._segment_at(event.position().x())
        if n is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        # Clicking the chosen value again clears it, like a toggle.
        self.value_chosen.emit(None if n == self._value else n)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self._value
        chosen: object = _IGNORED
        if key in _DIGITS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            chosen = _DIGITS[key] or None
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            chosen = None
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            chosen = min(5, (current or 0) + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            chosen = max(1, current - 1) if current else _IGNORED
        elif key == Qt.Key.Key_Home:
            chosen = 1
        elif key == Qt.Key.Key_End:
            chosen = 5
        if chosen is _IGNORED:
            super().keyPressEvent(event)
            return
        event.accept()
        if chosen != current or self._mixed:
            self.value_chosen.emit(chosen)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
