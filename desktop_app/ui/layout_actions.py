"""The Arrange menu: automatic layouts, each applied as one undoable, animated step.

A layout is computed on a snapshot of the map (plain entities, the analysis'
tie qualities, and the room each node item takes), inline on small maps and
in a worker thread above ``background_nodes`` so the window stays responsive.
The new positions are applied on the UI thread through ``perform`` as one
edit; undo puts every node back exactly where it was.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRectF, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ..analysis import layouts
from ..analysis.quality import tie_qualities
from ..domain.changes import Change, Updated
from ..domain.entities import MapSettings, Node, Organisation, Tie
from ..domain.errors import UserError
from ..domain.ids import NodeId
from ..domain.network import Network
from ..i18n import describe
from .canvas.footprint import node_box
from .commands import perform

if TYPE_CHECKING:
    from .main_window import MainWindow

BACKGROUND_NODES = 150
"""Above this many nodes a layout is computed in a worker thread (force-directed on 150 nodes: ~60 ms)."""

SCENE_ROOM = 400.0
"""Room kept round the map to scroll into (as MapScene keeps)."""

Layout = Callable[..., layouts.Positions]
LAYOUTS: dict[str, Layout] = {
    "force": layouts.force_directed,
    "circular": layouts.circular,
    "hierarchical": layouts.hierarchical,
    "account": layouts.account_view,
}


def layout_names() -> dict[str, tuple[str, str, str]]:
    """Menu text, undo text and tip of each layout, translated."""
    return {
        "force": (QCoreApplication.translate("LayoutActions", "&Force-Directed"), QCoreApplication.translate("LayoutActions", "Force-Directed Layout"),
                  QCoreApplication.translate("LayoutActions", "Strong ties pull people close; each organisation keeps its people around it")),
        "circular": (QCoreApplication.translate("LayoutActions", "&Circular"), QCoreApplication.translate("LayoutActions", "Circular Layout"),
                     QCoreApplication.translate("LayoutActions", "Each organisation with its people in a ring, the organisations round a circle")),
        "hierarchical": (QCoreApplication.translate("LayoutActions", "&Hierarchical"), QCoreApplication.translate("LayoutActions", "Hierarchical Layout"),
                         QCoreApplication.translate("LayoutActions", "Who reports to whom, top-down, each organisation above its people")),
        "account": (QCoreApplication.translate("LayoutActions", "&Account View"), QCoreApplication.translate("LayoutActions", "Account View Layout"),
                    QCoreApplication.translate("LayoutActions", "Our organisation on the left, the key account's organisation chart on the right")),
    }


class _Relay(QObject):
    """Lives on the UI thread; the worker emits through it so delivery is queued."""

    done = Signal(object, int)


@dataclasses.dataclass(frozen=True)
class Snapshot:
    """What a layout needs, copied on the UI thread so the worker never touches the live map."""

    settings: MapSettings
    nodes: tuple[Node, ...]
    ties: tuple[Tie, ...]
    qualities: Mapping
    boxes: Mapping[NodeId, layouts.Box]

    def compute(self, kind: str) -> layouts.Positions:
        network = Network.from_entities(self.settings, self.nodes, self.ties, (), ())
        return LAYOUTS[kind](network, self.qualities, boxes=self.boxes)


class _LayoutJob(QRunnable):
    def __init__(self, snapshot: Snapshot, kind: str, generation: int, relay: _Relay) -> None:
        super().__init__()
        self.snapshot, self.kind, self.generation, self.relay = snapshot, kind, generation, relay

    def run(self) -> None:
        try:
            result: tuple = (self.snapshot.compute(self.kind), "", threading.get_ident())
        except Exception as error:  # a bug: report it on the UI thread rather than lose it in the pool
            result = (None, f"{type(error).__name__}: {error}", threading.get_ident())
        self.relay.done.emit((self.kind, *result), self.generation)


class LayoutActions(QObject):
    arranged = Signal(str)
    """A layout was applied (its key: force, circular, hierarchical, account, chart), or "" if nothing moved."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.background_nodes = BACKGROUND_NODES
        self.worker_thread: int | None = None
        """Thread ident of the last background layout (tests check it was not the UI thread)."""
        self._generation = 0
        self._running: str | None = None
        self._relay = _Relay(self)
        self._relay.done.connect(self._computed)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

        self.actions: dict[str, QAction] = {}
        for kind, (text, _undo, tip) in layout_names().items():
            action = QAction(text, self)
            action.setStatusTip(tip)
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False, k=kind: self.arrange(k))
            self.actions[kind] = action
        self.chart_action = QAction(self.tr("Arrange as &Organisation Chart"), self)
        self.chart_action.setStatusTip(self.tr("The selected organisation's people under it, by who reports to whom"))
        self.chart_action.triggered.connect(lambda: self.arrange_chart())

        menu = window.arrange_menu
        for action in self.actions.values():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.chart_action)

        window.document_opened.connect(self._document_opened)
        window.scene.selectionChanged.connect(self._update_enabled)
        window.view.context_menu_about_to_show.connect(self._fill_context_menu)
        self._update_enabled()

    # ---- state -------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._running is not None

    def _writable(self) -> bool:
        doc = self.window.document
        return doc is not None and not doc.read_only

    def _document_opened(self, _document: object) -> None:
        self._generation += 1  # a layout still computing belongs to the previous map
        self._update_enabled()

    def _update_enabled(self) -> None:
        if not shiboken6.isValid(self.window.scene):
            return  # the window is being torn down
        writable = self._writable()
        for action in self.actions.values():
            action.setEnabled(writable and not self.busy)
        self.chart_action.setEnabled(writable and self._selected_organisation() is not None)

    def _selected_organisation(self) -> NodeId | None:
        doc = self.window.document
        if doc is None:
            return None
        ids = [getattr(i, "node_id", None) for i in self.window.scene.selectedItems()]
        orgs = [i for i in ids if i and isinstance(doc.network.nodes.get(i), Organisation)]
        return orgs[0] if len(orgs) == 1 else None

    # ---- arranging ---------------------------------------------------------
    def arrange(self, kind: str) -> bool:
        """Lay out the whole map; True if the layout was applied or started in the background."""
        doc = self.window.document
        if doc is None or not self._writable() or self.busy:
            return False
        network = doc.network
        if kind == "account" and not isinstance(network.nodes.get(network.settings.account_id or ""), Organisation):
            self.window.show_error(
                self.tr("No key account"),
                self.tr("The account view puts the key account's organisation chart opposite ours. "
                        "Choose the key account under File → Map Settings first."),
            )
            return False
        snapshot = self._snapshot(network)
        if len(network.nodes) <= self.background_nodes:
            return self._apply(kind, snapshot.compute(kind))
        self._running = kind
        self._update_enabled()
        self.window.statusBar().showMessage(self.tr("Arranging the map…"))
        self._pool.start(_LayoutJob(snapshot, kind, self._generation, self._relay))
        return True

    def arrange_chart(self, organisation_id: NodeId | None = None) -> bool:
        """Arrange one organisation's people under it as an organisation chart, the organisation staying put."""
        doc = self.window.document
        organisation_id = organisation_id or self._selected_organisation()
        if doc is None or organisation_id is None or not self._writable():
            return False
        org = doc.network.nodes.get(organisation_id)
        if not isinstance(org, Organisation):
            return False
        if not doc.network.members_of(organisation_id):
            self.window.show_error(
                self.tr("No one to arrange"),
                self.tr("%1 has no people yet. Add members first (right-click the organisation → New Member).")
                .replace("%1", org.name),
            )
            return False
        positions = layouts.organisation_chart(doc.network, organisation_id, boxes=self._boxes())
        text = self.tr("Arrange %1 as Organisation Chart").replace("%1", org.name)
        return self._apply("chart", positions, text, fit=False)

    def _snapshot(self, network: Network) -> Snapshot:
        analysis = self.window.analysis_controller.analysis if self.window.analysis_controller else None
        qualities = dict(analysis.qualities) if analysis is not None else tie_qualities(network, dt.date.today())
        return Snapshot(network.settings, tuple(network.nodes.values()), tuple(network.ties.values()),
                        qualities, self._boxes())

    def _boxes(self) -> dict[NodeId, layouts.Box]:
        return {node_id: node_box(item) for node_id, item in self.window.scene.node_items.items()}

    def _computed(self, result: tuple, generation: int) -> None:
        kind, positions, error, self.worker_thread = result
        self._running = None
        self._update_enabled()
        self.window.statusBar().clearMessage()
        if generation != self._generation:
            return  # another map was opened meanwhile
        if positions is None:
            self.window.show_error(self.tr("Could not arrange the map"), error)
            return
        self._apply(kind, positions)

    def _apply(self, kind: str, positions: layouts.Positions, text: str | None = None, *, fit: bool = True) -> bool:
        doc = self.window.document
        if doc is None or not self._writable():
            return False
        scene = self.window.scene

        def operation(network: Network) -> list[Change]:
            changes: list[Change] = []
            for node_id, (x, y) in positions.items():
                node = network.nodes.get(node_id)  # a node deleted while the layout was computed is skipped
                if node is not None and (node.x, node.y) != (x, y):
                    changes.append(Updated(node, dataclasses.replace(node, x=x, y=y)))
            network.apply(changes)  # all or nothing
            if changes:
                scene.animate_next_moves()
            return changes

        try:
            changes = perform(self.window.undo_stack, doc, text or layout_names()[kind][1], operation)
        except UserError as error:
            scene.animate_next_moves(0)
            self.window.show_error(self.tr("Could not arrange the map"), describe(error))
            return False
        if not changes:
            self.window.statusBar().showMessage(self.tr("The map is already arranged this way."), 6000)
            self.arranged.emit("")
            return True
        if fit:
            self._fit(positions)
        self.arranged.emit(kind)
        return True

    def _fit(self, positions: layouts.Positions) -> None:
        """Fit the view to where the nodes are going (the items are still gliding there)."""
        rect = QRectF()
        boxes = self._boxes()
        for node_id, (x, y) in positions.items():
            box = boxes.get(node_id)
            if box is not None and self.window.scene.node_items[node_id].isVisible():
                rect = rect.united(QRectF(x - box.half_width, y - box.above, box.width, box.height))
        view = self.window.view
        fit_rect = getattr(view, "fit_rect", None)
        if rect.isEmpty() or fit_rect is None:
            view.fit_to_map()
            return
        # The scene grows to the new extent only when the glide ends; the view must scroll there now.
        scene = self.window.scene
        scene.setSceneRect(scene.sceneRect().united(rect.adjusted(-SCENE_ROOM, -SCENE_ROOM, SCENE_ROOM, SCENE_ROOM)))
        fit_rect(rect, 1.5)

    # ---- context menu --------------------------------------------------------
    def _fill_context_menu(self, menu: QMenu, ids: list[str]) -> None:
        doc = self.window.document
        if doc is None:
            return
        if not ids:
            menu.addSeparator()
            arrange = menu.addMenu(self.tr("Arrange"))
            for action in self.actions.values():
                arrange.addAction(action)
            return
        orgs = [i for i in ids if isinstance(doc.network.nodes.get(i), Organisation)]
        if len(orgs) == 1 and len(ids) == 1:
            menu.addSeparator()
            action = menu.addAction(self.tr("Arrange as &Organisation Chart"), lambda: self.arrange_chart(orgs[0]))
            action.setEnabled(self._writable())
