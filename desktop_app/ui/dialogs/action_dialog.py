"""Add Action: what, for whom, owner, due date, status, intent and a note, pre-filled from where it was asked.

The dialog only builds a valid Action (an invalid one is refused here with the
reason, and the dialog stays open); the caller adds it as one undoable edit.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...domain.entities import Action
from ...domain.enums import ActionIntent, ActionStatus
from ...domain.errors import UserError
from ...domain.network import Network
from ...i18n import describe
from ...i18n.labels import label
from ..panels.action_drafts import ActionDraft, our_people, target_label
from ..panels.action_editors import DueDateEditor
from .form import lay_out_form


class ActionDialog(QDialog):
    def __init__(self, network: Network, draft: ActionDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Action"))
        self.setMinimumWidth(460)
        self.draft = draft
        self.result_action: Action | None = None

        self.what = QLineEdit(draft.title)
        self.what.setPlaceholderText(self.tr("What will be done, e.g. Invite the CFO to lunch"))
        self.target = QComboBox()
        self.target.addItem(self.tr("(nothing in particular)"), (None, None))
        if draft.node_id or draft.tie_id:
            self.target.addItem(target_label(network, draft), (draft.node_id, draft.tie_id))
        for node in sorted(network.nodes.values(), key=lambda n: n.name.casefold()):
            if (node.id, None) != (draft.node_id, draft.tie_id):
                self.target.addItem(node.name, (node.id, None))
        self.target.setCurrentIndex(1 if draft.node_id or draft.tie_id else 0)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("(no owner)"), None)
        for person in our_people(network):
            self.owner.addItem(person.name, person.id)
        if draft.owner_id and self.owner.findData(draft.owner_id) < 0:
            self.owner.addItem(network.name_of(draft.owner_id), draft.owner_id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(draft.owner_id)))
        self.due = DueDateEditor()
        self.due.set_date(draft.due)
        self.status = QComboBox()
        for status in ActionStatus:
            self.status.addItem(label(status), status)
        self.status.setCurrentIndex(self.status.findData(draft.status))
        self.intent = QComboBox()
        self.intent.addItem(self.tr("(none)"), None)
        for intent in ActionIntent:
            self.intent.addItem(label(intent), intent)
        self.intent.setCurrentIndex(max(0, self.intent.findData(draft.intent)))
        self.note = QPlainTextEdit(draft.note)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        self.error, self.buttons = lay_out_form(self, [
            (self.tr("&What:"), self.what), (self.tr("&For:"), self.target), (self.tr("&Owner:"), self.owner),
            (self.tr("&Due:"), self.due), (self.tr("&Status:"), self.status), (self.tr("&Intent:"), self.intent),
            (self.tr("&Note:"), self.note),
        ])
        self.what.setFocus()
        self.what.selectAll()

    def current_draft(self) -> ActionDraft:
        node_id, tie_id = self.target.currentData()
        return ActionDraft(
            title=self.what.text(), node_id=node_id, tie_id=tie_id, owner_id=self.owner.currentData(),
            due=self.due.date(), status=self.status.currentData(), intent=self.intent.currentData(),
            note=self.note.toPlainText(),
        )

    def accept(self) -> None:
        """Close only with a valid action; otherwise say what is wrong and keep everything typed."""
        try:
            self.result_action = self.current_draft().build()
        except UserError as error:
            self.error.setText(describe(error))
            self.error.setVisible(True)
            self.what.setFocus()
            return
        super().accept()
