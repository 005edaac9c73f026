"""A one-line editor floating on the canvas: type a new node's name where it will be."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QLineEdit

WIDTH = 200


class InlineEditor(QLineEdit):
    """Enter (or leaving the field with text in it) commits; Esc or an empty field cancels."""

    def __init__(
        self, view: QGraphicsView, scene_pos: QPointF, text: str, placeholder: str,
        on_commit: Callable[[str], None], on_cancel: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(view.viewport())
        self._on_commit, self._on_cancel = on_commit, on_cancel
        self._done = False
        self.setObjectName("inline_editor")
        self.setText(text)
        self.setPlaceholderText(placeholder)
        self.selectAll()
        self.setFixedWidth(WIDTH)
        self.setStyleSheet("QLineEdit { border: 2px solid #1A73E8; border-radius: 4px; padding: 2px 4px; background: white; }")
        point = view.mapFromScene(scene_pos)
        self.move(point.x() - WIDTH // 2, point.y() - self.sizeHint().height() // 2)
        self.installEventFilter(self)
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.FocusOut and not self._done:
            self.finish(commit=bool(self.text().strip()))
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish(commit=bool(self.text().strip()))
            return
        if event.key() == Qt.Key.Key_Escape:
            self.finish(commit=False)
            return
        super().keyPressEvent(event)

    def finish(self, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        text = self.text().strip()
        self.hide()
        self.deleteLater()
        parent = self.parentWidget()
        if parent is not None and parent.parentWidget() is not None:
            parent.parentWidget().setFocus(Qt.FocusReason.OtherFocusReason)
        if commit:
            self._on_commit(text)
        elif self._on_cancel is not None:
            self._on_cancel()
