"""Editors bound to one field of the selected entities.

A field shows the model's value (or "Several values" when the selected items
differ), reports what the user wants through ``commit_requested``, and shows
the domain's refusal under the editor. It never changes the model itself: the
entity editor turns the request into one undo command.

While the user is typing (or after a refusal) the field keeps its text: model
refreshes skip it until the edit is committed or reverted with Esc.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from ..widgets.choice_list import ChoiceList
from ..widgets.date_field import DateField
from ..widgets.rating import RatingControl
from ..widgets.text_edits import FieldLineEdit, NotesEdit

ERROR_STYLE = "color: #B3261E;"

MIXED: Any = object()
"""The selected items differ in this field."""


def common_value(values: Sequence[Any]) -> Any:
    first = values[0] if values else None
    return first if all(v == first for v in values) else MIXED


class Field(QObject):
    commit_requested = Signal(object)
    """The value the user wants on every selected item."""

    def __init__(self, name: str, label: str, command: str, editor: QWidget) -> None:
        super().__init__()
        self.name = name
        self.label = label
        self.command = command
        """The undo text, e.g. "Change Name"."""
        self.editor = editor
        self.container = QWidget()
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(editor)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        editor.setAccessibleName(label)

    # ---- the model side ------------------------------------------------------
    def load(self, values: Sequence[Any]) -> None:
        """Show the selected items' values, unless the user is editing this field."""
        if not self.is_editing():
            self.show_value(common_value(values))

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def apply(self, entity: Any, value: Any) -> Any:
        """The entity with the wanted value (the domain validates on construction)."""
        return dataclasses.replace(entity, **{self.name: value})

    def value_of(self, entity: Any) -> Any:
        return getattr(entity, self.name)

    # ---- the user side -------------------------------------------------------
    def is_editing(self) -> bool:
        """The user has typed something not yet committed (or refused)."""
        return False

    def accepted(self) -> None:
        """The model took the edit (or it changed nothing): forget the typing."""
        self.clear_error()

    def revert(self) -> None:
        """Forget the typing and any refusal (Esc, or another selection)."""
        self.clear_error()

    def finish(self) -> None:
        """Commit what the user typed, if anything (the window is closing)."""

    def text(self) -> str:
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self.editor.setToolTip(message)

    def clear_error(self) -> None:
        if self.has_error():
            self.error.setVisible(False)
            self.error.clear()
            self.editor.setToolTip("")

    def has_error(self) -> bool:
        return not self.error.isHidden()  # isVisible() is False while the panel is hidden

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setEnabled(not read_only)

    def focus(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)


class TextField(Field):
    """A field typed into (``self.edit``): read-only rather than disabled, committed when editing finishes."""

    edit: FieldLineEdit | NotesEdit

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def finish(self) -> None:
        if not self.has_error():
            self._finished()

    def _finished(self) -> None:
        raise NotImplementedError


class LineField(TextField):
    """One line of text. ``parse`` turns the text into the value (or leaves bad text for the domain to refuse)."""

    def __init__(
        self, name: str, label: str, command: str, *,
        parse: Callable[[str], Any] = str, show: Callable[[Any], str] | None = None,
    ) -> None:
        self.edit = FieldLineEdit()
        super().__init__(name, label, command, self.edit)
        self.parse = parse
        self.show = show or (lambda v: "" if v is None else str(v))
        self._shown = ""
        self._mixed = False
        self.edit.editingFinished.connect(self._finished)
        self.edit.escape_pressed.connect(self.revert)

    def show_value(self, value: Any) -> None:
        self._mixed = value is MIXED
        self._shown = "" if self._mixed else self.show(value)
        if self.edit.text() != self._shown:
            self.edit.setText(self._shown)
            if not self.edit.hasFocus():
                self.edit.setCursorPosition(0)  # show the start of a long address, not its end
        self.edit.setModified(False)
        self.edit.setPlaceholderText(self.tr("Several values") if self._mixed else "")

    def is_editing(self) -> bool:
        return self.edit.isModified() or self.has_error()

    def accepted(self) -> None:
        super().accepted()
        self.edit.setModified(False)

    def revert(self) -> None:
        self.clear_error()
        self.edit.setText(self._shown)
        self.edit.setModified(False)

    def text(self) -> str:
        return self.edit.text()

    def _finished(self) -> None:
        if self.edit.isReadOnly() or not self.edit.isModified():
            return
        if self.edit.text() == self._shown and not self._mixed:
            self.accepted()
            return
        self.commit_requested.emit(self.parse(self.edit.text()))


class NotesField(TextField):
    def __init__(self, name: str, label: str, command: str, *, max_height: int = 120) -> None:
        self.edit = NotesEdit()
        self.edit.setMaximumHeight(max_height)
        super().__init__(name, label, command, self.edit)
        self._shown = ""
        self.edit.editing_finished.connect(self._finished)
        self.edit.escape_pressed.connect(self.revert)

    def show_value(self, value: Any) -> None:
        self._shown = "" if value is MIXED else (value or "")
        self.edit.set_text(self._shown)
        self.edit.setPlaceholderText(self.tr("Several values") if value is MIXED else "")

    def is_editing(self) -> bool:
        return self.edit.is_modified() or self.has_error()

    def accepted(self) -> None:
        super().accepted()
        self.edit.document().setModified(False)

    def revert(self) -> None:
        self.clear_error()
        self.edit.set_text(self._shown)

    def text(self) -> str:
        return self.edit.toPlainText()

    def _finished(self) -> None:
        if not self.edit.isReadOnly() and self.edit.is_modified():
            self.commit_requested.emit(self.edit.toPlainText())


class ComboField(Field):
    """A choice from a list; commits at once."""

    def __init__(self, name: str, label: str, command: str, items: Iterable[tuple[str, Any]] = ()) -> None:
        self.combo = QComboBox()
        super().__init__(name, label, command, self.combo)
        self.combo.setPlaceholderText(self.tr("Several values"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(8)
        self.set_items(items)
        self.combo.activated.connect(self._activated)
        self._value: Any = None

    def set_items(self, items: Iterable[tuple[str, Any]]) -> None:
        """Replace the choices (only when they differ, so an open list is not disturbed)."""
        items = list(items)
        current = [(self.combo.itemText(i), self.combo.itemData(i)) for i in range(self.combo.count())]
        if current == items:
            return
        self.combo.blockSignals(True)
        self.combo.clear()
        for text, data in items:
            self.combo.addItem(text, data)
        self.combo.blockSignals(False)

    def show_value(self, value: Any) -> None:
        self._value = value
        index = -1 if value is MIXED else self.combo.findData(value)
        if value is None and index < 0:
            index = -1
        self.combo.setCurrentIndex(index)

    def text(self) -> str:
        return self.combo.currentText()

    def revert(self) -> None:
        self.clear_error()
        self.show_value(self._value)

    def _activated(self, index: int) -> None:
        self.commit_requested.emit(self.combo.itemData(index))


class RatingField(Field):
    """A 1-5 rating with its name and a one-line explanation above it."""

    def __init__(self, name: str, label: str, command: str, explanation: str = "") -> None:
        self.rating = RatingControl()
        super().__init__(name, label, command, self.rating)
        self.explanation = explanation
        if explanation:
            self.rating.setAccessibleDescription(explanation)
        self.rating.value_chosen.connect(self.commit_requested)

    def show_value(self, value: Any) -> None:
        self.rating.set_value(None if value is MIXED else value, mixed=value is MIXED)

    def text(self) -> str:
        return self.rating.text()


class ChoicesField(Field):
    """A set of choices; each click adds or removes one choice on every selected item."""

    def __init__(self, name: str, label: str, command: str, choices: Iterable[tuple[Hashable, str]], columns: int = 1) -> None:
        self.choices = ChoiceList(choices, columns)
        super().__init__(name, label, command, self.choices)
        self.choices.choice_toggled.connect(lambda key, wanted: self.commit_requested.emit((key, wanted)))

    def load(self, values: Sequence[Any]) -> None:
        sets = [set(v) for v in values] or [set()]
        everyone = set.intersection(*sets)
        some = set.union(*sets)
        self.choices.set_values(everyone, some)

    def apply(self, entity: Any, value: Any) -> Any:
        key, wanted = value
        current = set(getattr(entity, self.name))
        new = current | {key} if wanted else current - {key}
        return dataclasses.replace(entity, **{self.name: frozenset(new)})

    def text(self) -> str:
        return self.choices.text()


class DateFieldBinding(Field):
    """An optional date typed as text (the domain parses it) or picked; Clear empties it."""

    def __init__(self, name: str, label: str, command: str) -> None:
        self.date = DateField()
        super().__init__(name, label, command, self.date)
        self._value: dt.date | None = None
        self._mixed = False
        self.date.committed.connect(self._committed)
        self.date.escape_pressed.connect(self.revert)

    def show_value(self, value: Any) -> None:
        self._mixed = value is MIXED
        self._value = None if self._mixed else value
        self.date.set_date(self._value, self.tr("Several values") if self._mixed else None)

    def is_editing(self) -> bool:
        return self.date.is_modified() or self.has_error()

    def accepted(self) -> None:
        super().accepted()
        self.date.edit.setModified(False)

    def revert(self) -> None:
        self.clear_error()
        self.show_value(MIXED if self._mixed else self._value)

    def text(self) -> str:
        return self.date.text()

    def set_read_only(self, read_only: bool) -> None:
        self.date.set_read_only(read_only)

    def focus(self) -> None:
        self.date.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def finish(self) -> None:
        if self.date.is_modified() and not self.has_error():
            self._committed()

    def _committed(self) -> None:
        self.commit_requested.emit(self.date.text() or None)


# ---- parsers: turn typed text into a value, or leave it as text for the domain to refuse ----
def parse_whole(text: str) -> Any:
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    try:
        return int(cleaned)
    except ValueError:
        pass
    try:
        return float(cleaned.replace(",", "."))
    except ValueError:
        return text.strip()


def parse_amount(text: str) -> Any:
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        return text.strip()


def show_amount(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def parse_tags(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split(",") if t.strip())


def show_tags(tags: Iterable[str]) -> str:
    return ", ".join(tags)
