"""MapScene mirrors the Document: it builds items from the model and follows its changes."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from ...domain.changes import Change
from ...domain.entities import Contact, Organisation, Tie
from ...domain.ids import NodeId, TieId
from ...domain.network import Network
from ..document import Document
from .items import ContactItem, NodeItem, OrganisationItem, TieItem

PARALLEL_SPACING = 7.0


class MapScene(QGraphicsScene):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor("#F7F8FA"))
        self.document: Document | None = None
        self.node_items: dict[NodeId, NodeItem] = {}
        self.tie_items: dict[TieId, TieItem] = {}

    def set_document(self, document: Document | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_changed)
        self.document = document
        if document is not None:
            document.changed.connect(self._on_changed)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        self.node_items.clear()
        self.tie_items.clear()
        if self.document is None:
            return
        network = self.document.network
        for node in network.nodes.values():
            self._add_node(network, node)
        for tie in network.ties.values():
            self._add_tie(network, tie)
        rect = self.itemsBoundingRect()
        self.setSceneRect(rect.adjusted(-200, -200, 200, 200))

    def _add_node(self, network: Network, node: Contact | Organisation) -> None:
        if isinstance(node, Organisation):
            item: NodeItem = OrganisationItem(node)
        else:
            item = ContactItem(node, network.organisation_of(node))
        self.addItem(item)
        self.node_items[node.id] = item

    def _add_tie(self, network: Network, tie: Tie) -> None:
        source, target = self.node_items[tie.source_id], self.node_items[tie.target_id]
        item = TieItem(tie, source, target, self._parallel_offset(network, tie))
        self.addItem(item)
        self.tie_items[tie.id] = item

    @staticmethod
    def _parallel_offset(network: Network, tie: Tie) -> float:
        """Spread ties between the same two nodes side by side around the centre line."""
        between = sorted(
            t.id for t in network.ties_of(tie.source_id)
            if {t.source_id, t.target_id} == {tie.source_id, tie.target_id}
        )
        if len(between) < 2:
            return 0.0
        index = between.index(tie.id)
        offset = (index - (len(between) - 1) / 2) * PARALLEL_SPACING
        # Keep the side stable whichever way round the tie was drawn.
        return offset if tie.source_id < tie.target_id else -offset

    def _on_changed(self, changes: list[Change]) -> None:
        # The read-only canvas rebuilds; the editor issue makes this incremental.
        selected = {getattr(i, "node_id", None) or getattr(i, "tie_id", None) for i in self.selectedItems()}
        self.rebuild()
        for key, item in (*self.node_items.items(), *self.tie_items.items()):
            if key in selected:
                item.setSelected(True)
