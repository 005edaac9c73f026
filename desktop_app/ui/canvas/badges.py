"""Overdue flags on the canvas: a small red badge on every node and tie with an overdue action.

A node's badge is a child of its item (it moves and hides with it); a tie's
badge is a child of the tie item, kept at the tie's midpoint. The badges are
rebuilt whenever the scene has synced with the document, so they never
outlive or miss an item.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget
from shiboken6 import isValid

from ...domain.entities import Action
from .items import NodeItem, TieItem
from .scene import MapScene

BADGE_COLOUR = QColor("#B3261E")
BADGE_SIZE = 16.0
FAR_BADGE_SIZE = 8.0
"""Far out (``look.OVERVIEW_LOD``), a badge is a plain dot this big."""
BADGE_FONT = QFont()
BADGE_FONT.setPointSizeF(8.0)
BADGE_FONT.setBold(True)
MAX_LISTED = 6
"""Overdue actions named in a badge's tooltip; the rest are counted."""


class OverdueBadge(QGraphicsItem):
    """A red disc with the number of overdue actions, the same size on screen at any zoom; far out, a small dot."""

    def __init__(self, parent: QGraphicsItem, actions: list[Action]) -> None:
        super().__init__(parent)
        self.actions = actions
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setZValue(10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(self.tooltip())

    def tooltip(self) -> str:
        lines = [QCoreApplication.translate("OverdueBadge", "Overdue:")]
        for action in sorted(self.actions, key=lambda a: (a.due, a.title))[:MAX_LISTED]:
            lines.append(f"• {action.title} ({action.due.isoformat() if action.due else ''})")
        if len(self.actions) > MAX_LISTED:
            lines.append(QCoreApplication.translate("OverdueBadge", "… and %1 more")
                         .replace("%1", str(len(self.actions) - MAX_LISTED)))
        return "\n".join(lines)

    def boundingRect(self) -> QRectF:
        half = BADGE_SIZE / 2 + 1
        return QRectF(-half, -half, 2 * half, 2 * half)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        layer = getattr(self.scene(), "tie_layer", None)
        if layer is not None and isValid(layer) and layer.far_out:
            # Far out the whole map is on screen, with a badge per overdue node: a dot marks
            # the place without covering its neighbours; the number shows closer in.
            painter.setPen(QPen(QColor("#FFFFFF"), 1.0))
            painter.setBrush(QBrush(BADGE_COLOUR))
            half = FAR_BADGE_SIZE / 2
            painter.drawEllipse(QRectF(-half, -half, FAR_BADGE_SIZE, FAR_BADGE_SIZE))
            return
        painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
        painter.setBrush(QBrush(BADGE_COLOUR))
        half = BADGE_SIZE / 2
        painter.drawEllipse(QRectF(-half, -half, BADGE_SIZE, BADGE_SIZE))
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(BADGE_FONT)
        text = str(len(self.actions)) if len(self.actions) < 10 else "9+"
        painter.drawText(QRectF(-half, -half, BADGE_SIZE, BADGE_SIZE), Qt.AlignmentFlag.AlignCenter, text)


class OverdueBadges(QObject):
    """Keeps one badge per node or tie that has an overdue action."""

    def __init__(self, scene: MapScene, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(scene)
        self.scene = scene
        self.today = today
        self.node_badges: dict[str, OverdueBadge] = {}
        self.tie_badges: dict[str, OverdueBadge] = {}
        scene.synced.connect(self.refresh)
        # Every move (a drag, a frame dragged, each step of a layout's glide) is announced by nodes_moving.
        scene.nodes_moving.connect(self._follow_ties)

    def refresh(self) -> None:
        for badge in (*self.node_badges.values(), *self.tie_badges.values()):
            # A badge goes with its item when the scene drops or rebuilds that item.
            if isValid(badge) and badge.scene() is not None:
                badge.scene().removeItem(badge)
        self.node_badges.clear()
        self.tie_badges.clear()
        document = self.scene.document
        if document is None or self.scene.node_items.pending:
            return  # the items of a big map come after its first frame, and their sync calls again
        today = self.today()
        on_node: dict[str, list[Action]] = {}
        on_tie: dict[str, list[Action]] = {}
        for action in document.network.actions.values():
            if not action.overdue_on(today):
                continue
            if action.node_id:
                on_node.setdefault(action.node_id, []).append(action)
            if action.tie_id:
                on_tie.setdefault(action.tie_id, []).append(action)
        for node_id, actions in on_node.items():
            item = self.scene.node_items.get(node_id)  # type: ignore[call-overload]
            if item is not None:
                badge = OverdueBadge(item, actions)
                badge.setPos(_corner(item))
                self.node_badges[node_id] = badge
        for tie_id, actions in on_tie.items():
            tie_item = self.scene.tie_items.get(tie_id)  # type: ignore[call-overload]
            if tie_item is not None:
                badge = OverdueBadge(tie_item, actions)
                badge.setPos(_midpoint(tie_item))
                self.tie_badges[tie_id] = badge

    def _follow_ties(self, *_args: object) -> None:
        """Keep tie badges on their ties while nodes are dragged or animated (cheap: few badges)."""
        for tie_id, badge in self.tie_badges.items():
            item = self.scene.tie_items.made.get(tie_id)  # type: ignore[attr-defined]
            if item is not None and isValid(badge) and badge.parentItem() is item:
                where = _midpoint(item)  # type: ignore[arg-type]
                if badge.pos() != where:
                    badge.setPos(where)


def _corner(item: NodeItem) -> QPointF:
    """The upper right of the node's outline, where a badge covers neither the name nor the ties' ends much."""
    angle = -math.pi / 4
    distance = item.boundary_distance(angle)
    return QPointF(math.cos(angle) * distance, math.sin(angle) * distance)


def _midpoint(item: TieItem) -> QPointF:
    # A tie item sits at the scene origin, so scene points are its own points.
    a, b = item.source.pos(), item.target.pos()
    return QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)
