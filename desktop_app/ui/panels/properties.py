"""The properties panel: edits the selected contacts, organisations or ties; the map's summary otherwise.

One editor per kind is built once and kept: a new selection reloads its values
and a document change refreshes them in place, so typing is never interrupted
by the model changing underneath (an analysis update, an undo elsewhere).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDockWidget, QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...analysis import Analysis
from ...domain.entities import Contact, Organisation, Tie
from ..document import Document
from .contact_editor import ContactEditor
from .entity_editor import EditContext, EntityEditor
from .mixed_editor import MixedEditor
from .organisation_editor import OrganisationEditor
from .tie_editor import TieEditor


def _breakable(text: str) -> str:
    """Let long e-mail addresses and links wrap (after @ . / -) instead of widening the panel."""
    words = []
    for word in text.split(" "):
        if len(word) > 20:
            for mark in "@./-_":
                word = word.replace(mark, mark + "\u200b")
        words.append(word)
    return " ".join(words)


class PropertiesPanel(QScrollArea):
    def __init__(self, undo_stack: QUndoStack | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(260)
        self.context = EditContext(undo_stack)
        self._ids: list[str] = []
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._heading = QLabel()
        self._heading.setWordWrap(True)
        self._heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self._heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._summary = QWidget()
        self._form = QFormLayout(self._summary)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._layout.addWidget(self._heading)
        self._layout.addWidget(self._summary)
        self.contact_editor = ContactEditor(self.context)
        self.organisation_editor = OrganisationEditor(self.context)
        self.tie_editor = TieEditor(self.context)
        self.mixed_editor = MixedEditor(self.context)
        self.editors: tuple[EntityEditor, ...] = (
            self.contact_editor, self.organisation_editor, self.tie_editor, self.mixed_editor,
        )
        for editor in self.editors:
            editor.setVisible(False)
            self._layout.addWidget(editor)
        self._current: EntityEditor | None = None
        self._watched: QWidget | None = None
        self._layout.addStretch(1)
        self.setWidget(self._body)
        self.show_selection([])

    # ---- wiring --------------------------------------------------------------
    @property
    def document(self) -> Document | None:
        return self.context.document

    @property
    def analysis(self) -> Analysis | None:
        return self.context.analysis

    def set_undo_stack(self, undo_stack: QUndoStack) -> None:
        self.context.undo_stack = undo_stack

    def set_document(self, document: Document | None) -> None:
        window = self.window()
        if window is not self and window is not self._watched:
            # Typing in a field and then closing the window must not lose the typing.
            window.installEventFilter(self)
            self._watched = window
        self.context.document = document
        self.context.analysis = None
        self._ids = []
        self._current = None
        self.show_selection([])

    def set_analysis(self, analysis: Analysis | None) -> None:
        """Show scores from this analysis; the shown values are refreshed in place."""
        self.context.analysis = analysis
        self.show_selection(self._ids)

    # ---- showing ---------------------------------------------------------------
    def current_editor(self) -> EntityEditor | None:
        return self._current

    def show_selection(self, ids: Sequence[str]) -> None:
        document = self.context.document
        if document is None:
            self._switch(None, [])
            self._heading.setText(self.tr("No map open"))
            self._clear_summary()
            return
        network = document.network
        ids = [i for i in dict.fromkeys(ids) if i in network.nodes or i in network.ties]
        entities = [network.nodes.get(i) or network.ties.get(i) for i in ids]  # type: ignore[call-overload]
        kinds = {type(e) for e in entities}
        editor: EntityEditor | None = None
        if kinds == {Contact}:
            editor = self.contact_editor
        elif kinds == {Organisation}:
            editor = self.organisation_editor
        elif kinds == {Tie}:
            editor = self.tie_editor
        elif kinds:
            editor = self.mixed_editor
        if editor is None:
            self._switch(None, [])
            self._show_map()
            return
        if editor is self._current and ids == self._ids:
            editor.refresh()
        else:
            self._switch(editor, ids)
        if editor is self.mixed_editor:
            self._heading.setText(self.tr("%n items selected", "", len(ids)))
        else:
            self._heading.setText(editor.heading())

    def _switch(self, editor: EntityEditor | None, ids: list[str]) -> None:
        """Show another editor or selection: the new one first, so a commit on focus-out re-enters safely."""
        previous = self._current
        self._current, self._ids = editor, list(ids)
        if editor is not None:
            self._clear_summary()
            self._summary.setVisible(False)
            editor.load(ids)
            editor.setVisible(True)
        else:
            self._summary.setVisible(True)
        if previous is not None and previous is not editor:
            previous.setVisible(False)

    def _clear_summary(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)

    def _row(self, name: str, value: object) -> None:
        if value in (None, "", (), frozenset()):
            value = "—"
        widget = QLabel(_breakable(str(value)))
        widget.setWordWrap(True)
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._form.addRow(QLabel(name), widget)

    def _show_map(self) -> None:
        assert self.context.document is not None
        self._clear_summary()
        network = self.context.document.network
        settings = network.settings
        self._heading.setText(settings.title)
        self._row(self.tr("Description"), settings.description)
        self._row(self.tr("Author"), settings.author)
        account = network.nodes.get(settings.account_id) if settings.account_id else None
        self._row(self.tr("Account"), account.name if account else "")
        self._row(self.tr("Organisations"), sum(1 for _ in network.organisations()))
        self._row(self.tr("Contacts"), sum(1 for _ in network.contacts()))
        self._row(self.tr("Ties"), len(network.ties))
        self._row(self.tr("Actions"), len(network.actions))
        self._row(self.tr("File"), str(self.context.document.path))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self._watched:
            self.commit_pending()
        return False

    def commit_pending(self) -> None:
        """Commit the field being typed in, before the map goes away."""
        focused = QApplication.focusWidget()
        if self._current is None or focused is None or self.context.read_only:
            return
        for field in self._current.fields.values():
            if field.editor is focused or field.editor.isAncestorOf(focused):
                field.finish()

    # ---- queries and focus ---------------------------------------------------------
    def heading(self) -> str:
        return self._heading.text()

    def field_text(self, name: str) -> str | None:
        """The shown value of a field by its label (used by tests and accessibility)."""
        if self._current is not None:
            return self._current.field_text(name)
        for row in range(self._form.rowCount()):
            label_item = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = self._form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item else None
            value = field_item.widget() if field_item else None
            if isinstance(label, QLabel) and isinstance(value, QLabel) and label.text() == name:
                return value.text().replace("\u200b", "")
        return None

    def focus_field(self, name: str) -> bool:
        """Raise the panel and put the cursor in the editor of a field (e.g. "acquaintance" after drawing a tie)."""
        if self._current is None:
            return False
        dock = self.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if dock is not None:
            dock.show()
            dock.raise_()
        container = self._current.focus_field(name)
        if container is None:
            return False
        self.ensureWidgetVisible(container)
        return True
