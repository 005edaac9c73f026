"""Text editors that commit like a form field: Enter or leaving commits, Esc reverts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget


def _is_escape(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape and not event.modifiers()


class _EscapeReverts:
    """Mixed into an editor with an ``escape_pressed`` signal: Esc is the field's, not the window's."""

    escape_pressed: Signal

    def event(self, event: QEvent) -> bool:
        # Claim Esc before a window-wide shortcut (e.g. "cancel" on the canvas) can take it.
        if event.type() == QEvent.Type.ShortcutOverride and _is_escape(event):
            event.accept()
            return True
        return super().event(event)  # type: ignore[misc]

    def _took_escape(self, event: QKeyEvent) -> bool:
        if not _is_escape(event):
            return False
        self.escape_pressed.emit()
        event.accept()
        return True


class FieldLineEdit(_EscapeReverts, QLineEdit):
    escape_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._took_escape(event):
            super().keyPressEvent(event)


class NotesEdit(_EscapeReverts, QPlainTextEdit):
    """Multi-line notes. Leaving the field or Ctrl+Enter commits; Esc reverts; Tab moves on."""

    editing_finished = Signal()
    escape_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(52)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._took_escape(event):
            return
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.editing_finished.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A context menu taking focus is not the end of editing.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.editing_finished.emit()

    def is_modified(self) -> bool:
        return self.document().isModified()

    def set_text(self, text: str) -> None:
        """Show a value from the model (not a user edit)."""
        if self.toPlainText() != text:
            self.setPlainText(text)
        self.document().setModified(False)
