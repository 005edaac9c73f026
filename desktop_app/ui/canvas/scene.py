"""MapScene mirrors the Document: it builds items from the model and follows its changes."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from ...analysis import Analysis, TieQuality
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
        self.analysis: Analysis | None = None
        self.highlights: dict[str, tuple[frozenset[str], frozenset[str], QColor]] = {}
        """Named highlights (e.g. "strongest", "shortest"): node ids, tie ids, colour; drawn in insertion order."""

    def set_analysis(self, analysis: Analysis | None) -> None:
        """Size nodes by importance and style ties by quality class from now on."""
        self.analysis = analysis
        if self.document is None:
            return
        network = self.document.network
        for node_id, item in self.node_items.items():
            node = network.nodes.get(node_id)
            if isinstance(item, ContactItem) and isinstance(node, Contact):
                item.update_from(node, network.organisation_of(node), self._importance(node_id))
        for tie_id, tie_item in self.tie_items.items():
            tie = network.ties.get(tie_id)
            if tie is not None:
                tie_item.update_from(tie, self._quality(tie_id))

    def _importance(self, node_id: NodeId) -> float | None:
        found = self.analysis.importance.get(node_id) if self.analysis else None
        return found.score if found else None

    def _quality(self, tie_id: TieId) -> TieQuality | None:
        return self.analysis.qualities.get(tie_id) if self.analysis else None

    def set_highlight(self, name: str, node_ids: Iterable[str], tie_ids: Iterable[str], colour: QColor) -> None:
        self.highlights[name] = (frozenset(node_ids), frozenset(tie_ids), QColor(colour))
        self._apply_highlights()

    def clear_highlights(self) -> None:
        self.highlights.clear()
        self._apply_highlights()

    def highlighted(self, name: str) -> tuple[frozenset[str], frozenset[str]]:
        nodes, ties, _ = self.highlights.get(name, (frozenset(), frozenset(), QColor()))
        return nodes, ties

    def _apply_highlights(self) -> None:
        for key, item in (*self.node_items.items(), *self.tie_items.items()):
            item.set_highlights([colour for nodes, ties, colour in self.highlights.values() if key in nodes or key in ties])

    def set_document(self, document: Document | None) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_changed)
        self.document = document
        self.analysis = None
        self.highlights.clear()
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
        self._apply_highlights()
        rect = self.itemsBoundingRect()
        self.setSceneRect(rect.adjusted(-200, -200, 200, 200))

    def _add_node(self, network: Network, node: Contact | Organisation) -> None:
        if isinstance(node, Organisation):
            item: NodeItem = OrganisationItem(node)
        else:
            item = ContactItem(node, network.organisation_of(node), self._importance(node.id))
        self.addItem(item)
        self.node_items[node.id] = item

    def _add_tie(self, network: Network, tie: Tie) -> None:
        source, target = self.node_items[tie.source_id], self.node_items[tie.target_id]
        item = TieItem(tie, source, target, self._parallel_offset(network, tie))
        if (quality := self._quality(tie.id)) is not None:
            item.update_from(tie, quality)
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
