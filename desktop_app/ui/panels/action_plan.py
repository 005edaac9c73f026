"""The Action Plan dock: the actions (filter, sort, edit in place, add, delete) and the account goals.

``ActionPlanController`` wires it into the main window: the dock and its View
menu toggle, "Add Action…" on the canvas's context menu and from a finding,
the overdue badges on the canvas. Every edit is one undoable command through
``perform``; a refused edit shows its reason and changes nothing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...analysis import Finding
from ...domain.changes import Change
from ...domain.entities import Action, Goal
from ...domain.enums import ActionStatus
from ...domain.errors import UserError
from ...domain.ids import ActionId, NodeId
from ...domain.network import Network
from ...i18n import describe
from ...i18n.labels import label
from ..canvas.badges import OverdueBadges
from ..commands import perform
from ..dialogs.action_dialog import ActionDialog
from ..dialogs.goal_dialog import GoalDialog
from ..document import Document
from .action_drafts import ActionDraft, draft_for, draft_from_finding, our_people
from .action_editors import ActionDelegate
from .action_model import ActionFilter, ActionTableModel, Column
from .goals import GoalsSection
from .table_keys import DeleteKey

if TYPE_CHECKING:
    from ..main_window import MainWindow

Today = Callable[[], dt.date]


class ActionPlanPanel(QWidget):
    def __init__(self, editor: ActionPlanController, today: Today = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.network: Network | None = None
        self.editable = False

        self.owner_filter = QComboBox()
        self.owner_filter.setAccessibleName(self.tr("Owner"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        self.status_filter.addItem(self.tr("Open (planned or in progress)"), ActionFilter.OPEN)
        for status in ActionStatus:
            self.status_filter.addItem(label(status), status)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        for widget in (self.owner_filter, self.status_filter):
            widget.currentIndexChanged.connect(self._apply_filter)
        self.overdue_only.toggled.connect(self._apply_filter)

        self.model = ActionTableModel(editor.update_action, today)
        self.proxy = ActionFilter(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(ActionDelegate(self.people, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((Column.WHAT, 190), (Column.FOR, 130), (Column.OWNER, 100), (Column.DUE, 80),
                              (Column.STATUS, 80), (Column.INTENT, 80)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.delete_key = DeleteKey(self.table, self.delete_selected)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #5F6675;")

        self.add_button = QPushButton(self.tr("Add Action…"))
        self.add_button.clicked.connect(lambda: self.editor.add_action_dialog(ActionDraft()))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected actions (Del)"))
        self.delete_button.clicked.connect(self.delete_selected)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Owner:")))
        filters.addWidget(self.owner_filter, 1)
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.overdue_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        actions = QWidget()
        box = QVBoxLayout(actions)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(filters)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)

        self.goals = GoalsSection(editor)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(actions)
        self.splitter.addWidget(self.goals)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.set_network(None, False)

    # ---- content ---------------------------------------------------------
    def set_network(self, network: Network | None, editable: bool) -> None:
        self.network, self.editable = network, editable
        self.model.set_network(network, editable)
        self.goals.set_network(network, editable)
        self._fill_owner_filter()
        self._after_refresh()

    def refresh(self) -> None:
        """Show the map's actions and goals again, keeping the selection (after every change)."""
        selected = [a.id for a in self.selected_actions()]
        self.model.refresh()
        self.goals.refresh()
        self._fill_owner_filter()
        self._after_refresh()
        self.select_actions(selected, scroll=False)

    def people(self, current: str | None = None) -> list[tuple[str, str]]:
        """Who may own an action: our people, and the current owner even if they are not ours."""
        if self.network is None:
            return []
        people: list[tuple[str, str]] = [(c.id, c.name) for c in our_people(self.network)]
        if current and current not in {p for p, _ in people}:
            people.append((current, self.network.name_of(current)))  # type: ignore[arg-type]
        return people

    def _fill_owner_filter(self) -> None:
        entries = self._owner_entries()
        if entries == [(self.owner_filter.itemText(i), self.owner_filter.itemData(i))
                       for i in range(self.owner_filter.count())]:
            self._apply_filter()
            return
        chosen = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        for text, data in entries:
            self.owner_filter.addItem(text, data)
        self.owner_filter.setCurrentIndex(max(0, self.owner_filter.findData(chosen)))
        self.owner_filter.blockSignals(False)
        self._apply_filter()

    def _owner_entries(self) -> list[tuple[str, str | None]]:
        """Everyone, no owner, our people, then anyone else who owns an action."""
        entries: list[tuple[str, str | None]] = [(self.tr("Everyone"), None), (self.tr("No owner"), ActionFilter.NO_OWNER)]
        network = self.network
        owners = {a.owner_id for a in network.actions.values() if a.owner_id} if network else set()
        for person, name in self.people():
            owners.discard(person)  # type: ignore[arg-type]
            entries.append((name, person))
        for person in sorted(owners, key=lambda o: network.name_of(o).casefold()):  # type: ignore[union-attr]
            entries.append((network.name_of(person), person))  # type: ignore[union-attr]
        return entries

    def _apply_filter(self) -> None:
        self.proxy.set_filter(owner=self.owner_filter.currentData(), status=self.status_filter.currentData(),
                              overdue_only=self.overdue_only.isChecked())
        self._after_refresh()

    def _after_refresh(self) -> None:
        total = self.model.rowCount()
        overdue = sum(1 for a in self.model.rows if self.model.is_overdue(a))
        shown = self.proxy.rowCount()
        text = self.tr("%1 of %2 actions").replace("%1", str(shown)).replace("%2", str(total))
        if overdue:
            text += " · " + self.tr("%1 overdue").replace("%1", str(overdue))
        self.count_label.setText(text)
        self.add_button.setEnabled(self.editable)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.editable and bool(self.table.selectionModel().selectedRows()))

    # ---- selection -------------------------------------------------------
    def selected_actions(self) -> list[Action]:
        return [self.proxy.action_at(i.row()) for i in self.table.selectionModel().selectedRows()]

    def select_actions(self, ids: list[ActionId], scroll: bool = True) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for action_id in ids:
            row = self.model.row_of(action_id)
            if row < 0:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                selection.select(index, flags)
                if scroll:
                    self.table.scrollTo(index)
                    selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)

    def delete_selected(self) -> None:
        actions = self.selected_actions()
        if actions and self.editable:
            self.editor.remove_actions(actions)

    def _double_clicked(self, index: Any) -> None:
        """A double click on For (not editable here) shows that person or tie on the canvas."""
        if index.column() == Column.FOR:
            action = self.proxy.action_at(index.row())
            self.editor.show_on_map(action)


class ActionPlanController(QObject):
    """Puts the Action Plan into a main window and makes its edits."""

    def __init__(self, window: MainWindow, today: Today = dt.date.today) -> None:
        super().__init__(window)
        self.window = window
        self.today = today
        self.document: Document | None = None
        self.dialog: QDialog | None = None
        self.panel = ActionPlanPanel(self, today)
        # In a scroll area: the filter row is wide, and the panel shares its width with the others.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.panel)
        self.dock = window._dock(self.tr("Action Plan"), "action_plan_dock", scroller)
        toggle = self.dock.toggleViewAction()
        toggle.setStatusTip(self.tr("Show or hide the action plan and the account goals"))
        after = window.path_finder_dock.toggleViewAction()
        menu_actions = window.view_menu.actions()
        following = menu_actions[menu_actions.index(after) + 1] if after in menu_actions[:-1] else None
        window.view_menu.insertAction(following, toggle)  # type: ignore[arg-type]
        window.properties_dock.raise_()
        self.badges = OverdueBadges(window.scene, today)
        window.document_opened.connect(self.set_document)
        window.view.context_menu_about_to_show.connect(self._fill_context_menu)
        window.findings.action_requested.connect(self.add_from_finding)
        # Actions fall overdue at midnight without any edit: look again now and then.
        self.day = today()
        self.clock = QTimer(self)
        self.clock.setInterval(10 * 60 * 1000)
        self.clock.timeout.connect(self._check_day)
        self.clock.start()
        self.set_document(window.document)

    def set_document(self, document: Document | None) -> None:
        if self.document is not None:
            # The old document may already be gone (closed and deleted).
            with contextlib.suppress(RuntimeError, TypeError):
                self.document.changed.disconnect(self._changed)
        self.document = document
        writable = document is not None and not document.read_only
        if document is not None:
            document.changed.connect(self._changed)
        self.panel.set_network(document.network if document else None, writable)
        self.window.findings.set_actions_enabled(writable)
        self.badges.refresh()

    def _changed(self, _changes: list[Change]) -> None:
        self.panel.refresh()

    def _check_day(self) -> None:
        if self.today() != self.day:
            self.day = self.today()
            self.panel.refresh()
            self.badges.refresh()

    @property
    def writable(self) -> bool:
        return self.document is not None and not self.document.read_only

    # ---- edits -----------------------------------------------------------
    def _edit(self, text: str, failure: str, operation: Callable[[Network], list[Change]]) -> bool:
        if not self.writable:
            return False
        try:
            changes = perform(self.window.undo_stack, self.document, text, operation)  # type: ignore[arg-type]
        except UserError as error:
            self.window.show_error(failure, describe(error))
            return False
        return bool(changes)

    def update_action(self, action: Action, field: str, value: Any) -> bool:
        def operation(network: Network) -> list[Change]:
            current = network.actions.get(action.id, action)
            return network.update(dataclasses.replace(current, **{field: value}))

        return self._edit(self.tr("Edit Action"), self.tr("Could not change the action"), operation)

    def add_action(self, action: Action) -> bool:
        added = self._edit(self.tr("Add Action"), self.tr("Could not add the action"),
                           lambda network: network.add(action))
        if added:
            self.show_actions([action.id])
        return added

    def remove_actions(self, actions: list[Action]) -> bool:
        n = len(actions)
        text = self.tr("Delete Action") if n == 1 else self.tr("Delete %n Actions", "", n)
        return self._edit(text, self.tr("Could not delete the actions"),
                          lambda network: network.remove_many(actions))

    def add_action_dialog(self, draft: ActionDraft) -> ActionDialog | None:
        """Open Add Action with ``draft`` filled in (window-modal; the edit happens on OK)."""
        if not self.writable:
            return None
        dialog = ActionDialog(self.document.network, draft, self.window)  # type: ignore[union-attr]
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.result_action and self.add_action(dialog.result_action))
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_from_finding(self, finding: Finding) -> ActionDialog | None:
        if self.document is None:
            return None
        return self.add_action_dialog(draft_from_finding(self.document.network, finding, self.today()))

    def add_for_item(self, item_id: str) -> ActionDialog | None:
        if self.document is None:
            return None
        return self.add_action_dialog(draft_for(self.document.network, item_id))

    def update_goal(self, goal: Goal, field: str, value: Any) -> bool:
        def operation(network: Network) -> list[Change]:
            current = network.goals.get(goal.id, goal)
            return network.update(dataclasses.replace(current, **{field: value}))

        return self._edit(self.tr("Edit Goal"), self.tr("Could not change the goal"), operation)

    def add_goal(self, goal: Goal) -> bool:
        return self._edit(self.tr("Add Goal"), self.tr("Could not add the goal"), lambda network: network.add(goal))

    def remove_goals(self, goals: list[Goal]) -> bool:
        n = len(goals)
        text = self.tr("Delete Goal") if n == 1 else self.tr("Delete %n Goals", "", n)
        return self._edit(text, self.tr("Could not delete the goals"), lambda network: network.remove_many(goals))

    def add_goal_dialog(self, organisation_id: NodeId | None) -> GoalDialog | None:
        if not self.writable:
            return None
        dialog = GoalDialog(self.document.network, organisation_id, self.window)  # type: ignore[union-attr]
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._goal_added(dialog.result_goal))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _goal_added(self, goal: Goal | None) -> None:
        if goal is not None and self.add_goal(goal):
            self.panel.goals.select_account(goal.organisation_id)

    # ---- the window ------------------------------------------------------
    def show_actions(self, ids: list[ActionId]) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.select_actions(ids)

    def show_on_map(self, action: Action) -> None:
        ids: list[str] = [i for i in (action.node_id, action.tie_id) if i]
        if ids:
            self.window.select_and_centre(ids)

    def _fill_context_menu(self, menu: QMenu, ids: list[str]) -> None:
        if not self.writable or len(ids) != 1:
            return
        network = self.document.network  # type: ignore[union-attr]
        if ids[0] not in network.nodes and ids[0] not in network.ties:
            return
        menu.addSeparator()
        entry = menu.addAction(self.tr("Add Action…"))
        entry.setStatusTip(self.tr("Plan an action for this person, organisation or tie"))
        entry.triggered.connect(lambda: self.add_for_item(ids[0]))
