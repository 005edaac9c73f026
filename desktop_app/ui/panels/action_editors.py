"""Editors of the action plan's cells: text, choices (owner, status, intent) and a due date that can be cleared."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QWidget,
)

from ...domain.enums import ActionIntent, ActionStatus
from ...i18n.labels import label
from .action_model import Column

NO_DATE = QDate(1900, 1, 1)
"""The date edit's lowest date stands for "no date" (shown as its special text)."""

Index = QModelIndex | QPersistentModelIndex
People = Callable[[str | None], list[tuple[str, str]]]
"""(id, name) of the people who may own an action, given its current owner (kept in the list)."""


class DueDateEditor(QWidget):
    """A date with a calendar, and a button that clears it (an action need not have a due date)."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setSpecialValueText(self.tr("No date"))
        # A day picked in the calendar is the choice: take it (once the date edit has it: queued).
        self.edit.calendarWidget().clicked.connect(lambda _day: QTimer.singleShot(0, self.committed.emit))
        self.clear_button = QToolButton()
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("No due date"))
        self.clear_button.setAccessibleName(self.tr("Clear the due date"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self._clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)
        self.setAutoFillBackground(True)

    def date(self) -> dt.date | None:
        value = self.edit.date()
        if value == NO_DATE:
            return None
        return dt.date(value.year(), value.month(), value.day())

    def set_date(self, value: dt.date | None) -> None:
        if value is None:
            # Open the calendar near today, not in 1900, once the user picks a date.
            self.edit.setDate(NO_DATE)
            today = dt.date.today()
            self.edit.calendarWidget().setCurrentPage(today.year, today.month)
        else:
            self.edit.setDate(QDate(value.year, value.month, value.day))

    def _clear(self) -> None:
        self.edit.setDate(NO_DATE)
        self.committed.emit()


class ActionDelegate(QStyledItemDelegate):
    def __init__(self, people: People, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = Column(index.column())
        if column is Column.DUE:
            editor = DueDateEditor(parent)
            editor.committed.connect(lambda: self._commit(editor))
            return editor
        if column in (Column.OWNER, Column.STATUS, Column.INTENT):
            combo = QComboBox(parent)
            for text, value in self._choices(column, index.data(Qt.ItemDataRole.EditRole)):
                combo.addItem(text, value)
            combo.activated.connect(lambda _i: self._commit(combo))
            return combo
        line = QLineEdit(parent)
        line.setFrame(False)
        return line

    def _choices(self, column: Column, current: Any) -> list[tuple[str, Any]]:
        if column is Column.STATUS:
            return [(label(s), s) for s in ActionStatus]
        if column is Column.INTENT:
            return [(self.tr("(none)"), None), *((label(i), i) for i in ActionIntent)]
        return [(self.tr("(no owner)"), None), *((name, person) for person, name in self.people(current))]

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, DueDateEditor):
            editor.set_date(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(value or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, DueDateEditor):
            model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        if isinstance(editor, DueDateEditor):
            rect = rect.adjusted(0, 0, max(0, editor.sizeHint().width() - rect.width()), 0)
        editor.setGeometry(rect)
