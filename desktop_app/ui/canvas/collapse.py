"""Collapsed organisations: their people hidden, their ties to the outside drawn as one line each.

Collapsing is a way of looking at the map, not an edit: it is not on the undo
stack and not in the file; it is remembered per map in the user's settings
(keyed by the map's resolved path). A tie from a hidden person to someone
outside is drawn as an ``AggregateTieItem`` from the organisation instead,
one line per organisation and outside node, as thick as the number of ties
it stands for; ties inside the organisation are not drawn.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QLineF, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...domain.entities import Contact, Organisation
from ...domain.ids import NodeId
from .items import NodeItem

if TYPE_CHECKING:
    from ..main_window import MainWindow

REASON = "collapsed"
FILTER_REASON = "filter"
"""Ties and people a filter hides stay out of the aggregated lines too."""
LINE_COLOUR = QColor("#7A8394")
COUNT_FONT = QFont()
COUNT_FONT.setPointSizeF(7.5)
COUNT_FONT.setBold(True)


class AggregateTieItem(QGraphicsItem):
    """Stands for the ties between a collapsed organisation's people and one other node. Not editable."""

    def __init__(self, a: NodeItem, b: NodeItem, count: int) -> None:
        super().__init__()
        self.a, self.b = a, b
        self.count = count
        self.setZValue(1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._line = QLineF()
        self.refresh_line()

    def set_count(self, count: int) -> None:
        if count != self.count:
            self.count = count
            self.prepareGeometryChange()
            self.update()
        self.setToolTip(
            QCoreApplication.translate("AggregateTieItem", "A tie of someone in a collapsed organisation") if count == 1
            else QCoreApplication.translate("AggregateTieItem", "%n ties of people in a collapsed organisation")
            .replace("%n", str(count))  # not a numerus message: looked up without n (frames.py says why)
        )

    def refresh_line(self) -> None:
        self.prepareGeometryChange()
        a, b = self.a.pos(), self.b.pos()
        angle = math.atan2(b.y() - a.y(), b.x() - a.x())
        start_d, end_d = self.a.boundary_distance(angle), self.b.boundary_distance(angle)
        if math.hypot(b.x() - a.x(), b.y() - a.y()) <= start_d + end_d:
            self._line = QLineF(a, a)
            return
        self._line = QLineF(
            QPointF(a.x() + math.cos(angle) * start_d, a.y() + math.sin(angle) * start_d),
            QPointF(b.x() - math.cos(angle) * end_d, b.y() - math.sin(angle) * end_d),
        )

    def width(self) -> float:
        return 1.5 + 0.9 * min(self.count, 6)

    def boundingRect(self) -> QRectF:
        pad = self.width() + 12
        return QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(-pad, -pad, pad, pad)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._line.length() == 0:
            return
        pen = QPen(LINE_COLOUR, self.width(), Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(self._line)
        if self.count > 1 and option.levelOfDetailFromTransform(painter.worldTransform()) > 0.4:
            centre = self._line.center()
            badge = QRectF(centre.x() - 10, centre.y() - 8, 20, 16)
            painter.setPen(QPen(LINE_COLOUR, 1.0))
            painter.setBrush(QColor("#FFFFFF"))
            painter.drawRoundedRect(badge, 8, 8)
            painter.setFont(COUNT_FONT)
            painter.setPen(QColor("#3A4150"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self.count))


class Collapse(QObject):
    changed = Signal()
    """The set of collapsed organisations changed (and was applied to the scene)."""

    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.scene = window.scene
        self.collapsed: set[NodeId] = set()
        self.lines: dict[tuple[NodeId, NodeId], AggregateTieItem] = {}

    # ---- state ----------------------------------------------------------
    def load(self) -> None:
        """Take the collapsed organisations remembered for the open map."""
        doc = self.window.document
        self.collapsed = set(self.window.settings.collapsed_organisations(doc.path)) if doc is not None else set()

    def _save(self) -> None:
        doc = self.window.document
        if doc is not None:
            present = {i for i in self.collapsed if isinstance(doc.network.nodes.get(i), Organisation)}
            self.window.settings.set_collapsed_organisations(doc.path, present)

    def is_collapsed(self, organisation_id: str) -> bool:
        return organisation_id in self.collapsed

    def set_collapsed(self, organisation_ids: Iterable[str], collapsed: bool) -> None:
        ids = set(organisation_ids)
        before = set(self.collapsed)
        if collapsed:
            self.collapsed |= ids
        else:
            self.collapsed -= ids
        if self.collapsed != before:
            self._save()
            self.apply()
            self.changed.emit()

    def toggle(self, organisation_id: str) -> None:
        self.set_collapsed([organisation_id], not self.is_collapsed(organisation_id))

    # ---- the scene --------------------------------------------------------
    def hidden_members(self) -> frozenset[NodeId]:
        doc = self.window.document
        if doc is None:
            return frozenset()
        network = doc.network
        return frozenset(
            m.id for org_id in self.collapsed if isinstance(network.nodes.get(org_id), Organisation)
            for m in network.members_of(org_id)
        )

    def apply(self) -> None:
        """Hide the people of collapsed organisations and draw their outside ties as aggregated lines."""
        hidden = self.hidden_members()
        if self.scene.hidden_by(REASON)[0] != hidden:
            self.scene.set_hidden(REASON, hidden)
        self._rebuild_lines(hidden)

    def _rebuild_lines(self, hidden: frozenset[NodeId]) -> None:
        # A rebuilt scene deleted our items with everything else.
        self.lines = {k: v for k, v in self.lines.items() if shiboken6.isValid(v)}
        counts: dict[tuple[NodeId, NodeId], int] = {}
        doc = self.window.document
        if doc is not None and hidden:
            network = doc.network
            filtered_nodes, filtered_ties = self.scene.hidden_by(FILTER_REASON)

            def stand_in(node_id: NodeId) -> NodeId:
                node = network.nodes.get(node_id)
                if node_id in hidden and isinstance(node, Contact) and node.organisation_id:
                    return node.organisation_id
                return node_id

            for tie in network.ties.values():
                if tie.id in filtered_ties or tie.source_id in filtered_nodes or tie.target_id in filtered_nodes:
                    continue
                if tie.source_id not in hidden and tie.target_id not in hidden:
                    continue
                a, b = stand_in(tie.source_id), stand_in(tie.target_id)
                if a == b:
                    continue  # inside one collapsed organisation
                key = (a, b) if a < b else (b, a)
                counts[key] = counts.get(key, 0) + 1
        for key in [k for k in self.lines if k not in counts]:
            item = self.lines.pop(key)
            if item.scene() is not None:
                self.scene.removeItem(item)
        for key, count in counts.items():
            a, b = self.scene.node_items.get(key[0]), self.scene.node_items.get(key[1])
            line = self.lines.get(key)
            if a is None or b is None or not a.isVisible() or not b.isVisible():
                if line is not None:
                    self.scene.removeItem(self.lines.pop(key))
                continue
            if line is None or line.a is not a or line.b is not b:
                if line is not None:
                    self.scene.removeItem(line)
                line = AggregateTieItem(a, b, count)
                self.scene.addItem(line)
                self.lines[key] = line
            line.set_count(count)
            line.refresh_line()

    def follow(self, node_ids: Iterable[str] | None = None) -> None:
        """Lines follow their ends while nodes move (all lines when ``node_ids`` is None)."""
        ids = None if node_ids is None else set(node_ids)
        for (a, b), line in self.lines.items():
            if ids is None or a in ids or b in ids:
                line.refresh_line()
