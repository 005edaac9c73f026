"""The base of the property editors: fields in sections, and one undo command per committed field.

An editor is built once and reused: selecting another item reloads the values
in place, and a document change refreshes them without rebuilding anything,
so the field under the user's cursor keeps its focus and its typing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...analysis import Analysis
from ...domain.changes import Change, Entity, Updated
from ...domain.errors import UserError
from ...domain.network import Network
from ...i18n import describe
from ..commands import perform
from ..document import Document
from ..widgets.section import Section
from .property_fields import Field, TextField


class EditContext:
    """What every editor of the panel shares: the open document, the undo stack, the latest analysis."""

    def __init__(self, undo_stack: QUndoStack | None = None) -> None:
        self.undo_stack = undo_stack
        self.document: Document | None = None
        self.analysis: Analysis | None = None

    @property
    def network(self) -> Network:
        assert self.document is not None
        return self.document.network

    @property
    def read_only(self) -> bool:
        return self.document is None or self.document.read_only

    def perform(self, text: str, operation: Callable[[Network], list[Change]]) -> str | None:
        """Run one edit as one undo step; the readable reason if it was refused."""
        if self.document is None:
            return None
        try:
            if self.undo_stack is not None:
                perform(self.undo_stack, self.document, text, operation)
            else:
                self.document.edit(operation)
        except UserError as error:
            return describe(error)
        return None

    def entity(self, entity_id: str) -> Entity | None:
        network = self.network
        return network.nodes.get(entity_id) or network.ties.get(entity_id)  # type: ignore[call-overload, return-value]


LABEL_WIDTH = 92


def readout() -> QLabel:
    """A read-only value (a score, a count) that wraps and can be selected."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def form_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setFixedWidth(LABEL_WIDTH)  # one label column across all sections
    return label


class EntityEditor(QWidget):
    def __init__(self, context: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ids: list[str] = []
        self.fields: dict[str, Field] = {}
        self.readouts: dict[str, QLabel] = {}
        self.sections: list[Section] = []
        self._section_of: dict[str, Section] = {}
        self._labels: dict[str, QLabel] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    # ---- building ------------------------------------------------------------
    def section(self, title: str) -> Section:
        section = Section(title)
        self._layout.addWidget(section)
        self.sections.append(section)
        return section

    def add_field(self, section: Section, field: Field, *, label: str = "left") -> Field:
        """Add a field's row; its label goes to the "left", "above" (wide editors) or nowhere ("none")."""
        self.fields[field.name] = field
        self._section_of[field.name] = section
        if label == "left":
            row_label = form_label(field.label)
            row_label.setBuddy(field.editor)
            self._labels[field.name] = row_label
            section.form.addRow(row_label, field.container)
        else:
            if label == "above":
                caption = QLabel(field.label)
                caption.setWordWrap(True)
                self._labels[field.name] = caption
                section.form.addRow(caption)
            section.form.addRow(field.container)
        field.commit_requested.connect(lambda value, f=field: self.commit(f, value))
        return field

    def add_readout(self, section: Section, name: str) -> QLabel:
        label = readout()
        self.readouts[name] = label
        section.form.addRow(form_label(name), label)
        return label

    def set_row_visible(self, section: Section, widget: QWidget, visible: bool) -> None:
        section.form.setRowVisible(widget, visible)

    def set_field_visible(self, name: str, visible: bool) -> None:
        form = self._section_of[name].form
        form.setRowVisible(self.fields[name].container, visible)
        caption = self._labels.get(name)
        if caption is not None and form.labelForField(self.fields[name].container) is None:
            form.setRowVisible(caption, visible)

    # ---- loading -------------------------------------------------------------
    def load(self, ids: Sequence[str]) -> None:
        """Show another selection: forget any typing and refusals of the previous one."""
        self.ids = list(ids)
        for field in self.fields.values():
            field.revert()
        self.refresh()
        self.set_read_only(self.context.read_only)

    def entities(self) -> list[Any]:
        found = [self.context.entity(i) for i in self.ids]
        return [e for e in found if e is not None]

    def refresh(self) -> None:
        """Update the shown values from the model, leaving fields the user is editing alone."""
        entities = self.entities()
        if not entities:
            return
        for field in self.fields.values():
            field.load([field.value_of(e) for e in entities])
        self.refresh_extra(entities)

    def refresh_extra(self, entities: list[Any]) -> None:
        """Rows that are not plain fields: scores, counts, visibility by selection."""

    def heading(self) -> str:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        for field in self.fields.values():
            field.set_read_only(read_only)

    # ---- committing ------------------------------------------------------------
    def commit(self, field: Field, value: Any) -> bool:
        """Set ``value`` on every selected item as one undo command; show the refusal next to the field."""
        if self.context.read_only:
            return False
        entities = self.entities()
        try:
            changes: list[Change] = []
            for entity in entities:
                new = field.apply(entity, value)
                if new != entity:
                    changes.append(Updated(entity, new))
        except UserError as error:
            return self._refused(field, describe(error))
        if changes:
            def operation(network: Network) -> list[Change]:
                network.apply(changes)
                return changes

            message = self.context.perform(field.command, operation)
            if message is not None:
                return self._refused(field, message)
        field.accepted()
        self.refresh()
        return True

    def _refused(self, field: Field, message: str) -> bool:
        field.show_error(message)
        if not isinstance(field, TextField) and not field.is_editing():
            field.load([field.value_of(e) for e in self.entities()])  # a list or rating shows the model again
        return False

    # ---- lookup ----------------------------------------------------------------
    def field_text(self, label: str) -> str | None:
        for field in self.fields.values():
            if field.label == label and field.container.isVisibleTo(self):
                return field.text()
        if label in self.readouts and self.readouts[label].isVisibleTo(self):
            return self.readouts[label].text().replace("\u200b", "")
        return None

    def focus_field(self, name: str) -> QWidget | None:
        field = self.fields.get(name)
        if field is None or not field.container.isVisibleTo(self):
            return None
        self._section_of[name].expand()
        field.focus()
        return field.container
