"""The action plan as a table model, and the filter over it (owner, status, overdue only).

The model never changes an action itself: an edit in the table goes to
``edit_requested``'s handler, which makes it one undoable command; the model
shows the result when the document announces the change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.entities import Action
from ...domain.enums import ActionIntent, ActionStatus
from ...domain.ids import ActionId
from ...domain.network import Network
from ...i18n.labels import label
from .action_drafts import target_label

OVERDUE_COLOUR = QColor("#B3261E")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ORDER = {s: i for i, s in enumerate(ActionStatus)}
INTENT_ORDER = {s: i for i, s in enumerate(ActionIntent)}

Index = QModelIndex | QPersistentModelIndex
EditHandler = Callable[[Action, str, Any], bool]
"""(action, field name, new value) -> whether the edit was made."""


class Column(IntEnum):
    WHAT = 0
    FOR = 1
    OWNER = 2
    DUE = 3
    STATUS = 4
    INTENT = 5
    NOTE = 6


FIELD_OF = {Column.WHAT: "title", Column.OWNER: "owner_id", Column.DUE: "due", Column.STATUS: "status",
            Column.INTENT: "intent", Column.NOTE: "note"}
"""The Action field each editable column shows."""


class ActionTableModel(QAbstractTableModel):
    def __init__(self, edit: EditHandler | None = None, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.network: Network | None = None
        self.rows: list[Action] = []
        self.editable = False
        self.edit = edit
        self.today = today
        self._today = today()

    def headers(self) -> list[str]:
        return [self.tr("What"), self.tr("For"), self.tr("Owner"), self.tr("Due"), self.tr("Status"),
                self.tr("Intent"), self.tr("Note")]

    def set_network(self, network: Network | None, editable: bool) -> None:
        self.network = network
        self.editable = editable
        self.refresh()

    def refresh(self) -> None:
        """Read the actions again (after any change: a renamed person shows in the For and Owner columns)."""
        self._today = self.today()
        actions = self.network.actions if self.network else {}
        if self.rows and len(actions) == len(self.rows) and all(a.id in actions for a in self.rows):
            # The same actions, some changed: update in place, so an open editor (the one that
            # made this edit) is not torn down under the view by a reset.
            self.rows = [actions[a.id] for a in self.rows]
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(Column) - 1))
            return
        self.beginResetModel()
        self.rows = sorted(actions.values(), key=lambda a: (a.due is None, a.due or dt.date.min, a.title.casefold(),
                                                            a.id))
        self.endResetModel()

    def action_at(self, row: int) -> Action:
        return self.rows[row]

    def row_of(self, action_id: ActionId) -> int:
        return next((i for i, a in enumerate(self.rows) if a.id == action_id), -1)

    def is_overdue(self, action: Action) -> bool:
        return action.overdue_on(self._today)

    # ---- QAbstractTableModel -------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in FIELD_OF:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.network is None:
            return None
        action = self.rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action, column)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(action, FIELD_OF[column]) if column in FIELD_OF else None
        if role == SORT_ROLE:
            return self._sort_key(action, column)
        if role == ID_ROLE:
            return action.id
        if role == Qt.ItemDataRole.ForegroundRole and self.is_overdue(action):
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.is_overdue(action):
                return self.tr("Overdue: it was due %1").replace("%1", action.due.isoformat())  # type: ignore[union-attr]
            if column in (Column.WHAT, Column.FOR, Column.NOTE):
                return self._display(action, column) if column is not Column.NOTE else action.note or None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and self.is_overdue(action):
            return self.tr("Overdue")
        return None

    def _display(self, action: Action, column: Column) -> str:
        network = self.network
        assert network is not None
        if column is Column.WHAT:
            return action.title
        if column is Column.FOR:
            return target_label(network, action)
        if column is Column.OWNER:
            return network.name_of(action.owner_id) if action.owner_id else ""
        if column is Column.DUE:
            return action.due.isoformat() if action.due else ""
        if column is Column.STATUS:
            return label(action.status)
        if column is Column.INTENT:
            return label(action.intent)
        return action.note.split("\n", 1)[0]

    def _sort_key(self, action: Action, column: Column) -> Any:
        if column is Column.DUE:
            return action.due.isoformat() if action.due else "9999-12-31~"  # undated last
        if column is Column.STATUS:
            return STATUS_ORDER[action.status]
        if column is Column.INTENT:
            return -1 if action.intent is None else INTENT_ORDER[action.intent]
        return self._display(action, column).casefold()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit is None:
            return False
        column = Column(index.column())
        if column not in FIELD_OF:
            return False
        action = self.rows[index.row()]
        if getattr(action, FIELD_OF[column]) == value:
            return False
        return self.edit(action, FIELD_OF[column], value)


class ActionFilter(QSortFilterProxyModel):
    """Shows the actions of one owner, of one status (or the open ones), or the overdue ones only."""

    NO_OWNER = ""
    OPEN = "open"

    def __init__(self, source: ActionTableModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.owner: str | None = None
        """None: everyone; NO_OWNER: actions without an owner; else a person's id."""
        self.status: str | None = None
        """None: every status; OPEN: planned or in progress; else an ActionStatus."""
        self.overdue_only = False

    def source(self) -> ActionTableModel:
        return self.sourceModel()  # type: ignore[return-value]

    def set_filter(self, *, owner: str | None, status: str | None, overdue_only: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: invalidateRowsFilter is deprecated there
            self.beginFilterChange()
            self.owner, self.status, self.overdue_only = owner, status, overdue_only
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.owner, self.status, self.overdue_only = owner, status, overdue_only
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        action = self.source().action_at(source_row)
        if self.owner is not None and (action.owner_id or self.NO_OWNER) != self.owner:
            return False
        if self.status == self.OPEN:
            if not action.is_open:
                return False
        elif self.status is not None and action.status != self.status:
            return False
        return not (self.overdue_only and not self.source().is_overdue(action))

    def action_at(self, row: int) -> Action:
        return self.source().action_at(self.mapToSource(self.index(row, 0)).row())
