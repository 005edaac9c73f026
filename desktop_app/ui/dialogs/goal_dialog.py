"""Add Goal: a goal for an account, its horizon and the strategy to reach it.

Like Add Action, the dialog only builds a valid Goal and keeps what was typed
when it is refused; the caller adds it as one undoable edit.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...domain.entities import Goal
from ...domain.enums import GoalHorizon
from ...domain.errors import UserError
from ...domain.ids import NodeId
from ...domain.network import Network
from ...i18n import describe
from ...i18n.labels import label
from .form import lay_out_form


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
        self.error, self.buttons = lay_out_form(self, [
            (self.tr("&Account:"), self.account), (self.tr("&Goal:"), self.text),
            (self.tr("&Horizon:"), self.horizon), (self.tr("&Strategy:"), self.strategy),
        ])
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
