"""The interactions logged on a tie: a dated list with add, edit and delete, each one undo step."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import Interaction
from ...domain.enums import InteractionKind
from ...domain.ids import InteractionId, TieId
from ...i18n.labels import label
from ..widgets.date_field import DateField
from ..widgets.text_edits import FieldLineEdit
from .entity_editor import EditContext
from .property_fields import ERROR_STYLE

MAX_LIST_HEIGHT = 150


class InteractionList(QTreeWidget):
    """The list; Delete removes the current interaction, Enter edits it."""

    def __init__(self, editor: InteractionsEditor) -> None:
        super().__init__()
        self.editor = editor

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem() is not None:
            self.editor.delete_current()
            event.accept()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.editor.start_edit()
            event.accept()
        else:
            super().keyPressEvent(event)


class InteractionsEditor(QWidget):
    def __init__(self, context: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tie_id: TieId | None = None
        self.editing: InteractionId | None = None
        """The interaction the form edits; None while adding a new one."""

        self.list = InteractionList(self)
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Note")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setAccessibleName(self.tr("Interactions"))
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemDoubleClicked.connect(lambda *_: self.start_edit())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(self.tr("No interactions logged yet."))
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)

        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Log a meeting, call, e-mail or event on this tie"))
        self.add_button.clicked.connect(self.start_add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.start_edit)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 4, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.date = DateField(clearable=False)
        self.date.committed.connect(self._date_entered)
        self.date.escape_pressed.connect(self.cancel)
        self.kind = QComboBox()
        for kind in InteractionKind:
            self.kind.addItem(label(kind), kind)
        self.note = FieldLineEdit()
        self.note.setPlaceholderText(self.tr("What happened, what was agreed"))
        self.note.returnPressed.connect(self.save)
        self.note.escape_pressed.connect(self.cancel)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Note"), self.note)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.save_button)
        form_buttons.addWidget(self.cancel_button)
        form.addRow(form_buttons)
        self.form.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        layout.addWidget(self.error)

    # ---- showing -------------------------------------------------------------
    def set_tie(self, tie_id: TieId | None) -> None:
        if tie_id != self.tie_id:
            self.tie_id = tie_id
            self.cancel()
        self.refresh()

    def interactions(self) -> list[Interaction]:
        if self.tie_id is None or self.context.document is None or self.tie_id not in self.context.network.ties:
            return []
        return sorted(self.context.network.interactions_of(self.tie_id), key=lambda i: (i.date, i.id), reverse=True)

    def refresh(self) -> None:
        current = self.current_id()
        self.list.clear()
        for interaction in self.interactions():
            item = QTreeWidgetItem([interaction.date.isoformat(), label(interaction.kind), interaction.note])
            item.setData(0, Qt.ItemDataRole.UserRole, interaction.id)
            item.setToolTip(2, interaction.note)
            self.list.addTopLevelItem(item)
            if interaction.id == current:
                self.list.setCurrentItem(item)
        rows = self.list.topLevelItemCount()
        has_rows = rows > 0
        if has_rows:  # as tall as its rows, up to about six
            height = self.list.header().sizeHint().height() + rows * self.list.sizeHintForRow(0)
            self.list.setFixedHeight(min(MAX_LIST_HEIGHT, height + 2 * self.list.frameWidth() + 4))
        self.list.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if self.editing is not None and self.editing not in self.context.network.interactions:
            self.cancel()  # the interaction went away (undo): nothing left to edit
        self._update_buttons()

    def current_id(self) -> InteractionId | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _items(self) -> list[QTreeWidgetItem]:
        found = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item for item in found if item is not None]

    def rows(self) -> list[tuple[str, str, str]]:
        """The shown rows (date, kind, note), newest first."""
        return [(item.text(0), item.text(1), item.text(2)) for item in self._items()]

    def select(self, interaction_id: str) -> None:
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == interaction_id:
                self.list.setCurrentItem(item)

    def _update_buttons(self) -> None:
        writable = not self.context.read_only
        self.add_button.setEnabled(writable and self.tie_id is not None)
        has_current = self.current_id() is not None
        self.edit_button.setEnabled(writable and has_current)
        self.delete_button.setEnabled(writable and has_current)

    # ---- the form ---------------------------------------------------------------
    def start_add(self) -> None:
        if self.context.read_only or self.tie_id is None:
            return
        self.editing = None
        self._open_form(dt.date.today(), InteractionKind.MEETING, "")

    def start_edit(self) -> None:
        interaction_id = self.current_id()
        if self.context.read_only or interaction_id is None:
            return
        interaction = self.context.network.interactions[interaction_id]
        self.editing = interaction_id
        self._open_form(interaction.date, interaction.kind, interaction.note)

    def _open_form(self, date: dt.date, kind: InteractionKind, note: str) -> None:
        self.date.set_date(date)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.note.setText(note)
        self._show_error("")
        self.form.setVisible(True)
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)
        self._reveal(self.form)

    def _reveal(self, widget: QWidget) -> None:
        """Scroll the panel so the form is in sight, once the layout has made room for it."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None:
            QTimer.singleShot(0, lambda: area.ensureWidgetVisible(widget) if widget.isVisible() else None)

    def cancel(self) -> None:
        self.editing = None
        self._show_error("")
        self.form.setVisible(False)

    def _date_entered(self) -> None:
        if self.form.isVisible() and self.date.edit.hasFocus():
            self.note.setFocus(Qt.FocusReason.TabFocusReason)

    def save(self) -> bool:
        if self.tie_id is None or not self.form.isVisible():
            return False
        tie_id, editing = self.tie_id, self.editing
        date, kind, note = self.date.text(), self.kind.currentData(), self.note.text()
        if editing is None:
            text = self.tr("Add Interaction")

            def operation(network):  # type: ignore[no-untyped-def]
                return network.add(Interaction(tie_id=tie_id, date=date, kind=kind, note=note))
        else:
            text = self.tr("Change Interaction")

            def operation(network):  # type: ignore[no-untyped-def]
                before = network.interactions[editing]
                return network.update(dataclasses.replace(before, date=date, kind=kind, note=note))

        message = self.context.perform(text, operation)
        if message is not None:
            self._show_error(message)
            return False
        self.cancel()
        self.refresh()
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def delete_current(self) -> bool:
        interaction_id = self.current_id()
        if self.context.read_only or interaction_id is None:
            return False
        message = self.context.perform(
            self.tr("Delete Interaction"),
            lambda network: network.remove(network.interactions[interaction_id]),
        )
        if message is not None:
            self._show_error(message)
            return False
        if self.editing == interaction_id:
            self.cancel()
        self.refresh()
        return True

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
