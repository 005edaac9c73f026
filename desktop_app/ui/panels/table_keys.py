"""Del (and Backspace) on a table deletes its selected rows, whatever else in the window has those keys."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

DELETE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class DeleteKey(QObject):
    """Installed on an item view: the keys reach it even when a window-wide action also uses them."""

    def __init__(self, view: QAbstractItemView, delete: Callable[[], None]) -> None:
        super().__init__(view)
        self.view = view
        self.delete = delete
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.key() in DELETE_KEYS and not event.modifiers() \
                and self.view.state() != QAbstractItemView.State.EditingState:
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # ours, not a shortcut's
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.delete()
                return True
        return super().eventFilter(watched, event)
