"""Add Goal: a goal for an account, its horizon and the strategy to reach it.

Like Add Action, the dialog only builds a valid Goal and keeps what was typed
when it is refused; the caller adds it as one undoable edit.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import Goal
from ...domain.enums import GoalHorizon
from ...domain.errors import UserError
from ...domain.ids import NodeId
from ...domain.network import Network
from ...i18n import describe
from ...i18n.labels import label


class GoalDialog(QDialog):
    def __init__(self, network: Network, organisation_id: NodeId | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Goal"))
        self.setMinimumWidth(440)
        self.result_goal: Goal | None = None
        self.account = QComboBox()
        for organisation in sorted(network.organisations(), key=lambda o: o.name.casefold()):
            self.account.addItem(organisation.name, organisation.id)
        self.account.setCurrentIndex(max(0, self.account.findData(organisation_id)))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("e.g. Become the hotel's regular supplier of cured meats"))
        self.horizon = QComboBox()
        for horizon in GoalHorizon:
            self.horizon.addItem(label(horizon), horizon)
        self.strategy = QPlainTextEdit()
        self.strategy.setTabChangesFocus(True)
        self.strategy.setFixedHeight(72)
        self.strategy.setPlaceholderText(self.tr("How we get there"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B3261E;")
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Account:"), self.account)
        form.addRow(self.tr("&Goal:"), self.text)
        form.addRow(self.tr("&Horizon:"), self.horizon)
        form.addRow(self.tr("&Strategy:"), self.strategy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.text.setFocus()

    def accept(self) -> None:
        try:
            self.result_goal = Goal(organisation_id=NodeId(self.account.currentData() or ""), text=self.text.text(),
                                    horizon=self.horizon.currentData(), strategy=self.strategy.toPlainText())
        except UserError as error:
            self.error.setText(describe(error))
            self.error.setVisible(True)
            self.text.setFocus()
            return
        super().accept()
