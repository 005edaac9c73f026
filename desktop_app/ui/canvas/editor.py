"""CanvasEditor: turns canvas gestures and Edit-menu actions into undo commands.

Create (double-click, toolbar, context menu), draw ties, move (drag, arrow
keys), rename inline, delete with the ties that go along, cut/copy/paste and
duplicate (also between two open maps, through the clipboard). Every edit goes
through ``commands.perform`` as one undo step; a refused edit is explained in
the status bar or a message, and the map stays as it was.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QMimeData, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QUndoView

from ...domain import fragment as fragments
from ...domain.changes import Change, Removed
from ...domain.entities import Contact, Organisation, Tie
from ...domain.errors import UserError
from ...domain.network import Network
from ...i18n import describe
from ..commands import ChangesCommand, perform
from .inline_editor import InlineEditor
from .items import NodeItem, ids_of

if TYPE_CHECKING:
    from ..main_window import MainWindow

PASTE_OFFSET = 40.0
FREE_SPOT_STEP = 70.0
MOVE_COMMAND_ID = 4201


class MoveCommand(ChangesCommand):
    """Moving nodes; consecutive arrow-key nudges of the same nodes merge into one step."""

    def __init__(self, document, text: str, changes: list[Change], nudge: bool) -> None:  # type: ignore[no-untyped-def]
        super().__init__(document, text, changes)
        self.nudge = nudge
        self.moved = frozenset(c.after.id for c in changes)  # type: ignore[union-attr]

    def id(self) -> int:
        return MOVE_COMMAND_ID

    def mergeWith(self, other) -> bool:  # type: ignore[no-untyped-def]
        if not (isinstance(other, MoveCommand) and self.nudge and other.nudge and other.moved == self.moved):
            return False
        self.changes = self.changes + other.changes
        return True


class CanvasEditor(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.scene = window.scene
        self.view = window.view
        self.inline_editor: InlineEditor | None = None
        self._build_actions()
        self._build_history()
        self.view.background_double_clicked.connect(self.new_contact_at)
        self.view.node_double_clicked.connect(self.rename_inline)
        self.view.tie_drawn.connect(self._tie_drawn)
        self.view.tie_refused.connect(lambda _id: self._notify(self.tr("A tie cannot join a node to itself.")))
        self.view.nudge_requested.connect(self.nudge_selection)
        self.view.context_menu_about_to_show.connect(self._fill_context_menu)
        self.scene.nodes_moved.connect(self.move_nodes)
        self.scene.selectionChanged.connect(self.update_enabled)
        window.document_opened.connect(lambda _doc: self.update_enabled())
        window.edit_menu.aboutToShow.connect(self.update_enabled)
        self.update_enabled()

    # ---- actions -----------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut=None, tip: str = "", view_only: bool = False) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self.view if view_only else self.window)
        if shortcut is not None:
            action.setShortcuts(QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey)
                                else [QKeySequence(shortcut)])
        if view_only:
            # Del, Ctrl+A, Ctrl+C... belong to the canvas; in a text field they edit the text.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        w = self.window
        self.new_contact_action = self._action(
            self.tr("New &Contact"), self.new_contact, "Ctrl+Shift+C",
            self.tr("Add a contact (or double-click empty canvas)"))
        self.new_organisation_action = self._action(
            self.tr("New &Organisation"), self.new_organisation, "Ctrl+Shift+O", self.tr("Add an organisation"))
        self.rename_action = self._action(self.tr("Re&name"), self.rename_selected, "F2", self.tr("Rename the selected node on the canvas"), view_only=True)
        self.delete_action = self._action(
            self.tr("&Delete"), self.delete_selection, std.Delete,
            self.tr("Delete the selection; a node takes its ties along"), view_only=True)
        self.delete_action.setShortcuts([*QKeySequence.keyBindings(std.Delete), QKeySequence(Qt.Key.Key_Backspace)])
        self.cut_action = self._action(self.tr("Cu&t"), self.cut, std.Cut, view_only=True)
        self.copy_action = self._action(self.tr("&Copy"), self.copy, std.Copy, view_only=True)
        self.paste_action = self._action(self.tr("&Paste"), self.paste, std.Paste, view_only=True)
        self.duplicate_action = self._action(self.tr("D&uplicate"), self.duplicate, "Ctrl+D", view_only=True)
        self.select_all_action = self._action(self.tr("Select &All"), self.select_all, std.SelectAll, view_only=True)
        self.zoom_selection_action = self._action(
            self.tr("Zoom to &Selection"), self.view.zoom_to_selection, "Ctrl+2", self.tr("Fit the selected items in the view"))
        for action, icon_text in ((self.new_contact_action, self.tr("Contact")), (self.new_organisation_action, self.tr("Organisation"))):
            action.setIconText(icon_text)

        edit = w.edit_menu
        edit.addSeparator()
        for action in (self.cut_action, self.copy_action, self.paste_action, self.duplicate_action):
            edit.addAction(action)
        edit.addSeparator()
        for action in (self.new_contact_action, self.new_organisation_action, self.rename_action, self.delete_action):
            edit.addAction(action)
        edit.addSeparator()
        edit.addAction(self.select_all_action)
        w.view_menu.insertAction(w.view_menu.actions()[1] if len(w.view_menu.actions()) > 1 else None, self.zoom_selection_action)
        w.toolbar.addAction(self.new_contact_action)
        w.toolbar.addAction(self.new_organisation_action)
        w.toolbar.addSeparator()

    def _build_history(self) -> None:
        self.history_view = QUndoView(self.window.undo_stack)
        self.history_view.setEmptyLabel(self.tr("<opened>"))
        self.history_dock = QDockWidget(self.tr("History"), self.window)
        self.history_dock.setObjectName("history_dock")
        self.history_dock.setWidget(self.history_view)
        self.window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self.history_action = self.history_dock.toggleViewAction()
        self.history_action.setText(self.tr("&History"))
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setStatusTip(self.tr("Every change since the map was opened; click a step to go back to it"))
        self.window.edit_menu.insertAction(self.window.edit_menu.actions()[2], self.history_action)

    @property
    def network(self) -> Network | None:
        doc = self.window.document
        return doc.network if doc is not None else None

    @property
    def writable(self) -> bool:
        doc = self.window.document
        return doc is not None and not doc.read_only

    def update_enabled(self) -> None:
        if not shiboken6.isValid(self.scene):
            return
        writable = self.writable
        has_doc = self.window.document is not None
        selected = bool(self.scene.selectedItems())
        nodes = any(isinstance(i, NodeItem) for i in self.scene.selectedItems())
        for action in (self.new_contact_action, self.new_organisation_action):
            action.setEnabled(writable)
        self.delete_action.setEnabled(writable and selected)
        self.cut_action.setEnabled(writable and nodes)
        self.copy_action.setEnabled(nodes)
        self.duplicate_action.setEnabled(writable and nodes)
        self.rename_action.setEnabled(writable and len(self.scene.selectedItems()) == 1 and nodes)
        self.select_all_action.setEnabled(has_doc)
        self.zoom_selection_action.setEnabled(selected)
        # Not tied to the clipboard's signal: it outlives windows and fires while Python shuts down.
        # Paste says so in the status bar when the clipboard holds nothing of ours.
        self.paste_action.setEnabled(writable)

    # ---- running edits -------------------------------------------------------
    def _perform(self, text: str, operation: Callable[[Network], list[Change]], *, refused: str | None = None) -> list[Change] | None:
        doc = self.window.document
        if doc is None or doc.read_only:
            return None
        try:
            return perform(self.window.undo_stack, doc, text, operation)
        except UserError as error:
            self.window.show_error(refused or self.tr("The change was not made"), describe(error))
            return None

    def _notify(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _select(self, ids: list[str]) -> None:
        self.scene.clearSelection()
        for i in ids:
            item = self.scene.node_items.get(i) or self.scene.tie_items.get(i)  # type: ignore[call-overload]
            if item is not None:
                item.setSelected(True)

    def selected_ids(self) -> list[str]:
        return ids_of(self.scene.selectedItems())

    # ---- creating -------------------------------------------------------------
    def free_spot(self, near: QPointF) -> QPointF:
        """The first place on a spiral around ``near`` that no node covers."""
        for i in range(200):
            angle = i * 2.4
            distance = FREE_SPOT_STEP * math.sqrt(i)
            point = near + QPointF(math.cos(angle) * distance, math.sin(angle) * distance)
            around = QRectF(point.x() - 45, point.y() - 45, 90, 90)
            if not any(isinstance(item, NodeItem) for item in self.scene.items(around)):
                return point
        return near

    def _view_centre(self) -> QPointF:
        return self.view.mapToScene(self.view.viewport().rect().center())

    def new_contact(self, organisation_id: str | None = None) -> None:
        near = self._view_centre()
        if organisation_id and organisation_id in self.scene.node_items:
            near = self.scene.node_items[organisation_id].pos() + QPointF(0, 90)
        self.new_contact_at(self.free_spot(near), organisation_id)

    def new_organisation(self) -> None:
        self.new_node_at(self.free_spot(self._view_centre()), organisation=True)

    def new_contact_at(self, position: QPointF, organisation_id: str | None = None) -> None:
        self.new_node_at(position, organisation=False, organisation_id=organisation_id)

    def new_node_at(self, position: QPointF, *, organisation: bool, organisation_id: str | None = None,
                    tie_from: str | None = None) -> None:
        """Open the inline editor at ``position``; the node (and tie) is made when the name is entered."""
        if not self.writable:
            return
        self.view.centerOn(position) if not self.view.viewport().rect().contains(self.view.mapFromScene(position)) else None

        def commit(name: str) -> None:
            x, y = round(position.x(), 1), round(position.y(), 1)

            def operation(network: Network) -> list[Change]:
                node = (Organisation(name=name, x=x, y=y) if organisation
                        else Contact(name=name, x=x, y=y, organisation_id=organisation_id))
                changes = network.add(node)
                if tie_from is not None:
                    try:
                        changes += network.add(Tie(source_id=tie_from, target_id=node.id))
                    except UserError:
                        network.revert(changes)
                        raise
                self._created = node.id
                return changes

            if tie_from is not None:
                text = self.tr("New Contact and Tie")
            else:
                text = self.tr("New Organisation") if organisation else self.tr("New Contact")
            self._created = None
            if self._perform(text, operation) and self._created:
                self._select([self._created])

        placeholder = self.tr("Organisation name") if organisation else self.tr("Contact name")
        self._open_inline(position, "", placeholder, commit)

    def _open_inline(self, position: QPointF, text: str, placeholder: str, commit: Callable[[str], None]) -> None:
        if self.inline_editor is not None:
            self.inline_editor.finish(commit=False)
        editor = InlineEditor(self.view, position, text, placeholder, commit)
        editor.destroyed.connect(lambda: setattr(self, "inline_editor", None))
        self.inline_editor = editor

    def rename_selected(self) -> None:
        ids = [i for i in self.selected_ids() if i in self.scene.node_items]
        if len(ids) == 1:
            self.rename_inline(ids[0])

    def rename_inline(self, node_id: str) -> None:
        network = self.network
        if network is None or not self.writable or node_id not in network.nodes:
            return
        node = network.nodes[node_id]
        position = self.scene.node_items[node_id].pos()

        def commit(name: str) -> None:
            current = network.nodes.get(node_id)
            if current is not None and name != current.name:
                self._perform(self.tr("Rename %1").replace("%1", current.name),
                              lambda net: net.update(dataclasses.replace(current, name=name)))

        self._open_inline(position, node.name, self.tr("Name"), commit)

    def _tie_drawn(self, source_id: str, target_id: str | None, position: QPointF) -> None:
        if target_id is None:
            self.new_node_at(position, organisation=False, tie_from=source_id)
            return
        self.add_tie(source_id, target_id)

    def add_tie(self, source_id: str, target_id: str) -> str | None:
        network = self.network
        if network is None:
            return None
        tie = Tie(source_id=source_id, target_id=target_id)
        text = self.tr("New Tie %1 – %2").replace("%1", network.name_of(source_id)).replace("%2", network.name_of(target_id))
        if not self._perform(text, lambda net: net.add(tie), refused=self.tr("No tie was drawn")):
            return None
        self._select([tie.id])
        focus = getattr(self.window.properties, "focus_field", None)
        if callable(focus):
            focus("acquaintance")
        self._notify(self.tr("Tie drawn. Rate it in the Properties panel: acquaintance, availability, trust, support."))
        return tie.id

    # ---- moving ---------------------------------------------------------------
    def move_nodes(self, positions: dict[str, tuple[float, float]], nudge: bool = False) -> bool:
        doc = self.window.document
        network = self.network
        if doc is None or network is None or doc.read_only:
            self.scene.reset_positions()
            return False

        def operation(net: Network) -> list[Change]:
            changes: list[Change] = []
            try:
                for node_id, (x, y) in positions.items():
                    node = net.nodes.get(node_id)
                    if node is not None:
                        changes += net.update(dataclasses.replace(node, x=round(x, 1), y=round(y, 1)))
            except UserError:
                net.revert(changes)
                raise
            return changes

        count = len(positions)
        text = (self.tr("Move %1").replace("%1", network.name_of(next(iter(positions)))) if count == 1
                else self.tr("Move %1 Nodes").replace("%1", str(count)))
        try:
            changes = doc.edit(operation)
        except UserError as error:
            self.scene.reset_positions()
            self.window.show_error(self.tr("The nodes were not moved"), describe(error))
            return False
        if changes:
            self.window.undo_stack.push(MoveCommand(doc, text, changes, nudge))
        return True

    def nudge_selection(self, dx: float, dy: float) -> None:
        network = self.network
        if network is None or not self.writable:
            return
        positions = {}
        for item in self.scene.selectedItems():
            if isinstance(item, NodeItem) and (node := network.nodes.get(item.node_id)) is not None:
                positions[node.id] = (node.x + dx, node.y + dy)
        if positions:
            self.move_nodes(positions, nudge=True)

    # ---- deleting ---------------------------------------------------------------
    def delete_selection(self) -> None:
        network = self.network
        ids = self.selected_ids()
        if network is None or not ids or not self.writable:
            return
        entities = [network.nodes.get(i) or network.ties.get(i) for i in ids]  # type: ignore[call-overload]
        entities = [e for e in entities if e is not None]
        nodes = [e for e in entities if not isinstance(e, Tie)]
        chosen_ties = {e.id for e in entities if isinstance(e, Tie)}
        label = nodes[0].name if len(nodes) == 1 else self.tr("%1 Items").replace("%1", str(len(entities)))
        changes = self._perform(self.tr("Delete %1").replace("%1", label), lambda net: net.remove_many(entities))
        if not changes:
            return
        ties_along = sum(1 for c in changes if isinstance(c, Removed) and isinstance(c.entity, Tie) and c.entity.id not in chosen_ties)
        if not nodes:
            done = self.tr("Deleted a tie.") if len(chosen_ties) == 1 else self.tr("Deleted %1 ties.").replace("%1", str(len(chosen_ties)))
        elif ties_along == 0:
            done = self.tr("Deleted %1.").replace("%1", label)
        elif ties_along == 1:
            done = self.tr("Deleted %1 and the tie along with it.").replace("%1", label)
        else:
            done = self.tr("Deleted %1 and %2 ties along with it.").replace("%1", label).replace("%2", str(ties_along))
        self._notify(done + " " + self.tr("Undo brings them back."))

    def select_all(self) -> None:
        for item in (*self.scene.node_items.values(), *self.scene.tie_items.values()):
            if item.isVisible():
                item.setSelected(True)

    # ---- clipboard ----------------------------------------------------------------
    def _selected_fragment(self) -> fragments.Fragment | None:
        network = self.network
        if network is None:
            return None
        fragment = fragments.extract(network, self.selected_ids())
        return None if fragment.empty else fragment

    def copy(self) -> bool:
        fragment = self._selected_fragment()
        if fragment is None:
            return False
        mime = QMimeData()
        mime.setData(fragments.MIME_TYPE, fragments.dumps(fragment).encode("utf-8"))
        mime.setText("\n".join(n.name for n in fragment.nodes))
        QGuiApplication.clipboard().setMimeData(mime)
        count = len(fragment.nodes)
        self._notify(self.tr("Copied a node.") if count == 1 else self.tr("Copied %1 nodes.").replace("%1", str(count)))
        return True

    def cut(self) -> None:
        if self.writable and self.copy():
            self.delete_selection()

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(fragments.MIME_TYPE):
            self._notify(self.tr("The clipboard holds no Knute contacts or ties."))
            return
        try:
            fragment = fragments.loads(bytes(mime.data(fragments.MIME_TYPE).data()).decode("utf-8", "replace"))
        except UserError as error:
            self.window.show_error(self.tr("Could not paste"), describe(error))
            return
        self._paste(fragment, self._paste_offset(fragment))

    def _paste_offset(self, fragment: fragments.Fragment) -> tuple[float, float]:
        """Next to the originals when they are in this map, else centred in the view."""
        network = self.network
        if network is not None and any(n.id in network.nodes for n in fragment.nodes):
            return (PASTE_OFFSET, PASTE_OFFSET)
        xs = [n.x for n in fragment.nodes] or [0.0]
        ys = [n.y for n in fragment.nodes] or [0.0]
        centre = self._view_centre()
        return (centre.x() - (min(xs) + max(xs)) / 2, centre.y() - (min(ys) + max(ys)) / 2)

    def _paste(self, fragment: fragments.Fragment, offset: tuple[float, float]) -> None:
        new_ids: list[str] = []

        def operation(network: Network) -> list[Change]:
            changes, ids = fragments.paste_changes(network, fragment, offset)
            new_ids.extend(ids)
            return changes

        count = len(fragment.nodes)
        text = self.tr("Paste a Node") if count == 1 else self.tr("Paste %1 Nodes").replace("%1", str(count))
        if self._perform(text, operation, refused=self.tr("Could not paste")):
            self._select(new_ids)

    def duplicate(self) -> None:
        fragment = self._selected_fragment()
        if fragment is not None and self.writable:
            self._paste(fragment, (PASTE_OFFSET, PASTE_OFFSET))

    # ---- context menus --------------------------------------------------------------
    def _fill_context_menu(self, menu: QMenu, ids: list[str]) -> None:
        network = self.network
        if network is None:
            return
        position = getattr(self.view, "last_context_position", self._view_centre())
        writable = self.writable
        if not ids:
            add_contact = menu.addAction(self.tr("New Contact Here"), lambda: self.new_contact_at(position))
            add_org = menu.addAction(self.tr("New Organisation Here"),
                                     lambda: self.new_node_at(position, organisation=True))
            for action in (add_contact, add_org):
                action.setEnabled(writable)
            menu.addAction(self.paste_action)
            menu.addSeparator()
            menu.addAction(self.select_all_action)
            menu.addAction(self.window.fit_action)
            return
        nodes = [network.nodes[i] for i in ids if i in network.nodes]
        if len(nodes) == 1 and isinstance(nodes[0], Organisation):
            org_id = nodes[0].id
            member = menu.addAction(self.tr("New Member of %1").replace("%1", nodes[0].name), lambda: self.new_contact(org_id))
            member.setEnabled(writable)
        if len(ids) == 1 and nodes:
            menu.addAction(self.rename_action)
        if nodes:
            for action in (self.cut_action, self.copy_action, self.duplicate_action):
                menu.addAction(action)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.zoom_selection_action)
