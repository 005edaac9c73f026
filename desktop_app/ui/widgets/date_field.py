"""A date field that can be empty: ISO text (typed or picked from a calendar) and a clear button.

QDateEdit cannot show "no date", and the domain parses and checks dates
itself, so the field hands over text and shows the domain's refusal.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QMenu, QToolButton, QWidget, QWidgetAction

from .text_edits import FieldLineEdit


class DateField(QWidget):
    committed = Signal()
    """Enter, leaving the field after typing, a calendar pick or Clear: take the text now."""
    escape_pressed = Signal()

    def __init__(self, parent: QWidget | None = None, *, clearable: bool = True) -> None:
        super().__init__(parent)
        self.edit = FieldLineEdit()
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setMaxLength(40)
        self.edit.editingFinished.connect(self._editing_finished)
        self.edit.escape_pressed.connect(self.escape_pressed)
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Pick a date"))
        self.calendar_button.setAccessibleName(self.tr("Pick a date"))
        self.calendar_button.clicked.connect(self._pick)
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(clearable)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.menu: QMenu | None = None
        self.calendar: QCalendarWidget | None = None

    def text(self) -> str:
        return self.edit.text().strip()

    def set_date(self, value: dt.date | None, placeholder: str | None = None) -> None:
        """Show a value from the model (not a user edit)."""
        text = value.isoformat() if value else ""
        if self.edit.text() != text:
            self.edit.setText(text)
        self.edit.setModified(False)
        self.edit.setPlaceholderText(placeholder or self.tr("YYYY-MM-DD"))

    def is_modified(self) -> bool:
        return self.edit.isModified()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.calendar_button.setEnabled(not read_only)
        self.clear_button.setEnabled(not read_only)

    def clear(self) -> None:
        self.edit.setText("")
        self.edit.setModified(True)
        self.committed.emit()

    def _editing_finished(self) -> None:
        if self.edit.isModified():
            self.committed.emit()

    def _pick(self) -> None:
        calendar = QCalendarWidget()
        calendar.setGridVisible(False)
        try:
            shown = dt.date.fromisoformat(self.text()) if self.text() else dt.date.today()
        except ValueError:
            shown = dt.date.today()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)
        calendar.clicked.connect(lambda date: self._picked(date, menu))
        calendar.activated.connect(lambda date: self._picked(date, menu))  # Enter on a day
        self.calendar = calendar
        self.menu = menu
        menu.popup(self.calendar_button.mapToGlobal(self.calendar_button.rect().bottomLeft()))
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, date: QDate, menu: QMenu) -> None:
        if not menu.isVisible():
            return  # a click and its activation: take the day once
        menu.close()
        self.edit.setText(dt.date(date.year(), date.month(), date.day()).isoformat())
        self.edit.setModified(True)
        self.committed.emit()
