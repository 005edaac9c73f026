"""The Goals section of the Action Plan dock: an account's goals by horizon, edited in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import Goal
from ...domain.enums import ActorCategory, GoalHorizon
from ...domain.ids import NodeId
from ...domain.network import Network
from ...i18n.labels import label
from .table_keys import DeleteKey

Index = QModelIndex | QPersistentModelIndex
HORIZON_ORDER = {h: i for i, h in enumerate(GoalHorizon)}
FIELDS = ("text", "horizon", "strategy")


class GoalEditor(Protocol):
    def update_goal(self, goal: Goal, field: str, value: Any) -> bool: ...
    def add_goal_dialog(self, organisation_id: NodeId | None) -> object: ...
    def remove_goals(self, goals: list[Goal]) -> bool: ...


class GoalTableModel(QAbstractTableModel):
    def __init__(self, edit: Callable[[Goal, str, Any], bool] | None = None) -> None:
        super().__init__()
        self.rows: list[Goal] = []
        self.editable = False
        self.edit = edit

    def set_goals(self, goals: list[Goal], editable: bool) -> None:
        by_id = {g.id: g for g in goals}
        if self.rows and editable == self.editable and len(by_id) == len(self.rows) and all(
                g.id in by_id for g in self.rows):
            # The same goals, some changed: in place, so the editor that made the edit stays valid.
            self.rows = [by_id[g.id] for g in self.rows]
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(FIELDS) - 1))
            return
        self.beginResetModel()
        self.rows = sorted(goals, key=lambda g: HORIZON_ORDER[g.horizon])  # stable: keeps the order added
        self.editable = editable
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Goal"), self.tr("Horizon"), self.tr("Strategy"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self.editable else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        goal = self.rows[index.row()]
        value = getattr(goal, FIELDS[index.column()])
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return label(value) if index.column() == 1 else value.split("\n", 1)[0]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() != 1 and value:
            return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit is None:
            return False
        goal = self.rows[index.row()]
        field = FIELDS[index.column()]
        return getattr(goal, field) != value and self.edit(goal, field, value)


class GoalDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == 1:
            combo = QComboBox(parent)
            for horizon in GoalHorizon:
                combo.addItem(label(horizon), horizon)
            combo.activated.connect(lambda _i: self._commit(combo))
            return combo
        line = QLineEdit(parent)
        line.setFrame(False)
        return line

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(value or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class GoalsSection(QWidget):
    """Pick an account; see, add, edit and delete its goals."""

    def __init__(self, editor: GoalEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.network: Network | None = None
        self.editable = False
        title = QLabel(self.tr("Account goals"))
        title.setStyleSheet("font-weight: 600;")
        self.account = QComboBox()
        self.account.setAccessibleName(self.tr("Account"))
        self.account.currentIndexChanged.connect(self._show_goals)
        self.account.activated.connect(lambda _i: setattr(self, "preferred", self.account.currentData()))
        self.preferred: NodeId | None = None
        """The account the user picked; shown again when it comes back (undo of its removal)."""
        self.model = GoalTableModel(editor.update_goal)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(GoalDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No goals for this account yet."))
        self.empty.setStyleSheet("color: #5F6675;")
        self.add_button = QPushButton(self.tr("Add Goal…"))
        self.add_button.clicked.connect(lambda: self.editor.add_goal_dialog(self.account.currentData()))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected goals (Del)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_key = DeleteKey(self.table, self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Account:")))
        top.addWidget(self.account, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.set_network(None, False)

    def set_network(self, network: Network | None, editable: bool) -> None:
        self.network, self.editable = network, editable
        self.preferred = None
        if network is not None:
            customers = sorted((o for o in network.organisations() if o.category is ActorCategory.CUSTOMER),
                               key=lambda o: o.name.casefold())
            self.preferred = network.settings.account_id or (customers[0].id if customers else None)
        self.refresh()

    def refresh(self) -> None:
        """Fill the account list again (keeping the choice) and show its goals."""
        network = self.network
        chosen = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        if network is not None:
            organisations = sorted(network.organisations(), key=lambda o: o.name.casefold())
            for organisation in organisations:
                self.account.addItem(organisation.name, organisation.id)
            for candidate in (self.preferred, chosen, network.settings.account_id):
                if candidate and self.account.findData(candidate) >= 0:
                    self.account.setCurrentIndex(self.account.findData(candidate))
                    break
        self.account.blockSignals(False)
        self._show_goals()

    def select_account(self, organisation_id: NodeId) -> None:
        self.preferred = organisation_id
        self.account.setCurrentIndex(max(0, self.account.findData(organisation_id)))

    def _show_goals(self) -> None:
        organisation_id = self.account.currentData()
        goals = self.network.goals_of(organisation_id) if self.network and organisation_id else []
        self.model.set_goals(goals, self.editable)
        self.empty.setVisible(not goals)
        self.add_button.setEnabled(self.editable and organisation_id is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.editable and bool(self.table.selectionModel().selectedRows()))

    def selected_goals(self) -> list[Goal]:
        return [self.model.rows[i.row()] for i in self.table.selectionModel().selectedRows()]

    def delete_selected(self) -> None:
        goals = self.selected_goals()
        if goals and self.editable:
            self.editor.remove_goals(goals)
