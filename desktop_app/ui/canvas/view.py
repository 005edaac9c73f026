"""MapView: the scrollable, zoomable view of the MapScene, and the canvas gestures.

The view turns mouse and keyboard gestures into requests (signals); the
editor turns requests into undo commands. Gestures:
- left-drag on empty canvas: rubber-band selection; on a node: move;
- drag from a node's tie handle (the dot that appears on hover), or Alt+drag
  from a node: draw a tie to another node, or to empty canvas for a new contact;
- double-click on empty canvas: a new contact there; on a node: rename it;
- wheel: zoom at the cursor; middle-drag or Space+drag: pan;
- arrow keys: nudge the selection (Shift: finer).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLineF, QObject, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsView,
    QMenu,
    QWidget,
)
from shiboken6 import isValid

from . import look
from .items import NodeItem, TieItem, ids_of
from .scene import MapScene

MIN_SCALE, MAX_SCALE = 0.02, 8.0
HANDLE_RADIUS = 6.0
FIT_MARGIN_PX = 16
"""Fit to map leaves at least this much room around the map on screen."""
NUDGE, FINE_NUDGE = 10.0, 1.0
HANDLE_COLOUR = QColor("#1A73E8")


_NEEDS_ITEMS = frozenset((
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.ContextMenu, QEvent.Type.ToolTip, QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride,
    QEvent.Type.DragEnter, QEvent.Type.Wheel,
))
"""Input that looks for items under the mouse or acts on the selection: the node items must exist."""

AFTER_PAINT_LIMIT_MS = 1000
"""``after_next_paint`` calls back after this long if no paint came (a minimised window)."""


class _AfterPaint(QObject):
    """Calls back once, on the event-loop turn after the viewport's next paint."""

    def __init__(self, viewport: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(viewport)
        self._callback: Callable[[], object] | None = callback
        viewport.installEventFilter(self)
        QTimer.singleShot(AFTER_PAINT_LIMIT_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self.parent().removeEventFilter(self)
        self.deleteLater()
        callback()


class MapView(QGraphicsView):
    context_menu_about_to_show = Signal(QMenu, list)
    """(menu, ids): a right-click menu for these node/tie ids (none: the canvas) is about to show."""
    tie_drawn = Signal(str, object, QPointF)
    """(source id, target id or None for empty canvas, scene position of the drop)."""
    tie_refused = Signal(str)
    """A tie gesture that cannot make a tie (dropped on its own start node): the reason."""
    background_double_clicked = Signal(QPointF)
    node_double_clicked = Signal(str)
    nudge_requested = Signal(float, float)

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        # The scene always reaches past the map (room to scroll into): scroll bars that came
        # and went with each fit would change the viewport under the fit, and cut the map's edge.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPoint | None = None
        self._space_down = False
        self._tie_source: NodeItem | None = None
        self._tie_line: QGraphicsLineItem | None = None
        self._handle: QGraphicsEllipseItem | None = None
        self._handle_node: NodeItem | None = None
        self._fitted: tuple[QTransform, QPointF] | None = None
        """Zoom and position right after the last fit to map (``resizeEvent`` keeps a fitted map fitted)."""

    def after_next_paint(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the map is on screen (at once if the view is not shown).

        Opening a big map paints it first and computes its scores after.
        """
        if self.viewport().isVisible():
            _AfterPaint(self.viewport(), callback)
        else:
            QTimer.singleShot(0, callback)

    def map_scene(self) -> MapScene:
        scene = self.scene()
        assert isinstance(scene, MapScene)
        return scene

    # ---- zoom ------------------------------------------------------------
    def current_scale(self) -> float:
        return self.transform().m11()

    def zoom(self, factor: float) -> None:
        target = min(max(self.current_scale() * factor, MIN_SCALE), MAX_SCALE)
        factor = target / self.current_scale()
        self.scale(factor, factor)
        self._prepare_layer()

    def _prepare_layer(self) -> None:
        """Far out the tie layer draws the nodes too: tell it the new scale before the next paint.

        Otherwise, on the first frame after a fit, 5,500 node items would each be asked to paint.
        Closer in the nodes paint themselves: a big map's items, if still to come, are made now.
        """
        if self.current_scale() >= look.OVERVIEW_LOD:
            self.map_scene().make_node_items()
        layer = getattr(self.scene(), "tie_layer", None)
        if layer is not None and isValid(layer):
            layer.prepare_for(self.current_scale())

    def fit_to_map(self) -> None:
        self.fit_rect(self._visible_items_rect(), max_scale=1.5)
        self._fitted = self._placement()

    def _placement(self) -> tuple[QTransform, QPointF]:
        """Zoom and the scene point at the top left: a resize keeps both (Qt's NoAnchor)."""
        return self.transform(), self.mapToScene(QPoint(0, 0))

    def zoom_to_selection(self) -> None:
        rect = QRectF()
        for item in self.scene().selectedItems():
            rect = rect.united(item.sceneBoundingRect())
        self.fit_rect(rect, max_scale=2.0)

    def fit_rect(self, rect: QRectF, max_scale: float) -> None:
        if rect.isEmpty():
            return
        # A margin of 40 scene units, and at least FIT_MARGIN_PX on screen however far out.
        viewport = self.viewport().rect()
        room_w, room_h = viewport.width() - 2 * FIT_MARGIN_PX, viewport.height() - 2 * FIT_MARGIN_PX
        scale = min(room_w / rect.width() if rect.width() else math.inf, room_h / rect.height() if rect.height() else math.inf)
        margin = max(40.0, FIT_MARGIN_PX / scale) if 0 < scale < math.inf else 40.0
        self.fitInView(rect.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio)
        if self.current_scale() > max_scale:
            self.zoom(max_scale / self.current_scale())
        self.centerOn(rect.center())
        self._prepare_layer()

    def _visible_items_rect(self) -> QRectF:
        return self.map_scene().shown_nodes_rect()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() in _NEEDS_ITEMS:
            self.map_scene().make_node_items()  # a big map's first frame came before its items
        return super().viewportEvent(event)

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in _NEEDS_ITEMS:
            self.map_scene().make_node_items()
        if kind != QEvent.Type.Resize:
            return super().event(event)
        # The view itself resized (the viewport's own resizes, such as a scroll bar showing,
        # come through viewportEvent): a map fitted and not zoomed or scrolled since stays
        # fitted. The window may reach its final size after the map opened (a window
        # manager, restored geometry), or the user resizes it.
        untouched = self._fitted is not None and self._placement() == self._fitted
        handled = super().event(event)
        if untouched and self.map_scene().document is not None:
            self.fit_to_map()
        return handled

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.15 ** steps)
            event.accept()
        else:
            super().wheelEvent(event)

    # ---- the tie handle ----------------------------------------------------
    def _node_at(self, pos: QPoint) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                return item
            if item is self._handle:
                return self._handle_node
        return None

    def _handle_centre(self, node: NodeItem) -> QPointF:
        return node.pos() + QPointF(node.boundary_distance(0.0) + HANDLE_RADIUS + 1, 0)

    def _show_handle(self, node: NodeItem | None) -> None:
        if node is self._handle_node and (node is None or self._handle is not None):
            if node is not None and self._handle is not None:
                self._handle.setPos(self._handle_centre(node))
            return
        self._hide_handle()
        if node is None or not self.map_scene().editable:
            return
        handle = QGraphicsEllipseItem(-HANDLE_RADIUS, -HANDLE_RADIUS, 2 * HANDLE_RADIUS, 2 * HANDLE_RADIUS)
        handle.setBrush(QBrush(HANDLE_COLOUR))
        handle.setPen(QPen(QColor("#FFFFFF"), 1.5))
        handle.setZValue(10)
        handle.setPos(self._handle_centre(node))
        handle.setCursor(Qt.CursorShape.CrossCursor)
        handle.setToolTip(self.tr("Drag to another node to draw a tie"))
        handle.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, False)
        self.scene().addItem(handle)
        self._handle, self._handle_node = handle, node

    def _hide_handle(self) -> None:
        if self._handle is not None and self._handle.scene() is not None:
            self.scene().removeItem(self._handle)
        self._handle, self._handle_node = None, None

    def _on_handle(self, pos: QPoint) -> bool:
        if self._handle is None or self._handle.scene() is None:
            return False
        scene_pos = self.mapToScene(pos)
        centre = self._handle.scenePos()
        grace = HANDLE_RADIUS + 3 / max(self.current_scale(), 0.01)
        return math.hypot(scene_pos.x() - centre.x(), scene_pos.y() - centre.y()) <= grace

    # ---- drawing a tie -------------------------------------------------------
    @property
    def drawing_tie(self) -> bool:
        return self._tie_source is not None

    def _start_tie(self, node: NodeItem) -> None:
        self._tie_source = node
        line = QGraphicsLineItem(QLineF(node.pos(), node.pos()))
        pen = QPen(HANDLE_COLOUR, 2.0, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        line.setPen(pen)
        line.setZValue(9)
        self.scene().addItem(line)
        self._tie_line = line
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def _finish_tie(self, pos: QPoint, cancel: bool = False) -> None:
        source, line = self._tie_source, self._tie_line
        self._tie_source, self._tie_line = None, None
        if line is not None and line.scene() is not None:
            self.scene().removeItem(line)
        self.viewport().unsetCursor()
        if source is None or cancel:
            return
        target = self._node_at(pos)
        if target is source:
            self.tie_refused.emit(source.node_id)
            return
        self.tie_drawn.emit(source.node_id, target.node_id if target else None, self.mapToScene(pos))

    # ---- mouse ---------------------------------------------------------------
    def _reveal_tie(self, pos: QPoint) -> None:
        """Ties get their graphics item when first needed: make the one under the cursor before Qt looks."""
        scene = self.map_scene()
        if scene.document is not None and self._node_at(pos) is None:
            scene.reveal_tie_at(self.mapToScene(pos))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        button = event.button()
        pos = event.position().toPoint()
        self._reveal_tie(pos)
        if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and self._space_down):
            self._pan_from = pos
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if button == Qt.MouseButton.LeftButton and self.map_scene().editable:
            alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            node = self._handle_node if self._on_handle(pos) else (self._node_at(pos) if alt else None)
            if node is not None:
                self._hide_handle()
                self._start_tie(node)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._pan_from is not None:
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if self._tie_source is not None and self._tie_line is not None:
            self._tie_line.setLine(QLineF(self._tie_source.pos(), self.mapToScene(pos)))
            event.accept()
            return
        super().mouseMoveEvent(event)
        if not event.buttons():
            self._show_handle(self._node_at(pos) if not self._on_handle(pos) else self._handle_node)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._pan_from is not None and event.button() in (Qt.MouseButton.MiddleButton, Qt.MouseButton.LeftButton):
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        if self._tie_source is not None and event.button() == Qt.MouseButton.LeftButton:
            self._finish_tie(pos)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.map_scene().editable:
            super().mouseDoubleClickEvent(event)
            return
        pos = event.position().toPoint()
        self._reveal_tie(pos)
        node = self._node_at(pos)
        if node is not None:
            self.node_double_clicked.emit(node.node_id)
        elif not any(isinstance(i, TieItem) for i in self.items(pos)):
            self.background_double_clicked.emit(self.mapToScene(pos))
        event.accept()

    def leaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if not self.drawing_tie:
            self._hide_handle()
        super().leaveEvent(event)

    # ---- keyboard --------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.drawing_tie:
            self._finish_tie(QPoint(), cancel=True)
            event.accept()
            return
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and self.scene().selectedItems():
            step = FINE_NUDGE if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else NUDGE
            dx, dy = arrows[key]  # type: ignore[index]
            self.nudge_requested.emit(dx * step, dy * step)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    # ---- context menu ------------------------------------------------------------
    def context_ids(self, pos: QPoint) -> list[str]:
        """The ids a right-click at ``pos`` is about: the selection if it is under the cursor, else that item."""
        self._reveal_tie(pos)
        hit = next((i for i in self.items(pos) if isinstance(i, (NodeItem, TieItem))), None)
        if hit is None:
            return []
        if not hit.isSelected():
            self.scene().clearSelection()
            hit.setSelected(True)
        return ids_of(self.scene().selectedItems())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.map_scene().document is None:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_context_position = self.mapToScene(event.pos())
        self.context_menu_about_to_show.emit(menu, self.context_ids(event.pos()))
        if not menu.isEmpty():
            menu.popup(event.globalPos())
        self.last_menu = menu
        event.accept()
