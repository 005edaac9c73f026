"""The overview: a small picture of the whole map in a corner of the view, with the visible area framed.

Cheap by design: the map is drawn into a cached image as dots (organisations
as small bars) and one batch of hairlines for the ties, straight from the
model's positions in the overview's own pixels (numpy does the arithmetic),
never through the items' own painting. Ties shorter than a dot are skipped and
at most ``MAX_TIES`` are drawn, so a 20,000-tie map costs about what a small one does. The image is redrawn after
the scene syncs with the map (at most every ``REFRESH_MS``) or when the
overview changes size; scrolling and zooming only repaint the frame over it.
A click or drag in the overview centres the main view there.
"""

from __future__ import annotations

import contextlib
import time

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QObject, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGraphicsView, QWidget

from ... import style
from ...domain.changes import Added, Removed, Updated
from ...domain.entities import Contact, Organisation, Tie
from ...domain.network import Network

MAX_SIZE = QSize(220, 160)
MARGIN = 12
"""Distance from the view's corner, in pixels."""
PADDING = 6.0
"""Room inside the overview around the map, in pixels."""
REFRESH_MS = 250
MIN_VIEWPORT = QSize(420, 320)
"""Below this the overview would cover too much of the map: it hides."""
BACKGROUND = QColor(255, 255, 255, 225)
BORDER = QColor("#9AA3AF")
TIE_COLOUR = QColor("#C5CBD3")
"""Opaque: blending 3,000 translucent hairlines costs four times as much."""
FRAME_COLOUR = QColor("#1A73E8")
MIN_TIE_PIXELS = 2.0
"""Shorter ties lie under the dots they join: not drawn."""
CROWDED = 1500
"""From this many shown nodes on, contacts are drawn as 2-pixel dots instead of 3."""
MAX_TIES = 3000
"""More hairlines than this in 220 x 160 pixels is a grey blur; an even sample of them looks the same."""


class Minimap(QWidget):
    """Overlay child of a MapView. ``wanted`` is the user's choice; it shows when the map is bigger than the view."""

    rendered = Signal(float)
    """The cached picture was redrawn; the argument is how long that took, in seconds."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self.setObjectName("minimap")
        self.view = view
        self.scene = view.scene()
        self.wanted = True
        self.last_render_seconds = 0.0
        self.drawn = (0, 0)
        """Nodes and ties in the cached picture (the shown ones only)."""
        self._image: QImage | None = None
        self._bounds = QRectF()
        """Scene rectangle the image shows (the map plus a margin)."""
        self._scale = 1.0
        self._offset = QPointF()
        self._document = None
        self._structure: _Structure | None = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Overview of the whole map: click or drag to move the view"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.scene.synced.connect(self.schedule_refresh)  # type: ignore[attr-defined]
        visibility = getattr(self.scene, "visibility_changed", None)  # filters, collapsed organisations
        if visibility is not None:
            visibility.connect(self.schedule_refresh)
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            bar.valueChanged.connect(self._view_moved)
            bar.rangeChanged.connect(self._view_moved)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        self.hide()

    # ---- when to show ------------------------------------------------------------
    def set_wanted(self, wanted: bool) -> None:
        self.wanted = wanted
        self.update_visibility()

    def map_rect(self) -> QRectF:
        """The scene rectangle of the shown nodes."""
        rect = QRectF()
        for item in self.scene.node_items.values():  # type: ignore[attr-defined]
            if item.isVisible():
                rect = rect.united(item.sceneBoundingRect())
        return rect

    def visible_rect(self) -> QRectF:
        return self.view.mapToScene(self.view.viewport().rect()).boundingRect()

    def update_visibility(self) -> None:
        """Show when wanted, a map is open and it does not fit in the view."""
        viewport = self.view.viewport().size()
        show = (
            self.wanted and self.scene.document is not None  # type: ignore[attr-defined]
            and viewport.width() >= MIN_VIEWPORT.width() and viewport.height() >= MIN_VIEWPORT.height()
            and not self._bounds.isEmpty()
            and not self.visible_rect().contains(self._map_only())
        )
        if show != self.isVisible():
            self.setVisible(show)
            if show:
                self.raise_()

    def _map_only(self) -> QRectF:
        pad = PADDING / self._scale if self._scale else 0.0
        return self._bounds.adjusted(pad, pad, -pad, -pad)

    # ---- the cached picture -----------------------------------------------------------
    def schedule_refresh(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def refresh(self) -> None:
        """Redraw the cached picture from the items' positions now."""
        self._timer.stop()
        if getattr(getattr(self.scene, "node_items", None), "pending", False):
            return  # a big map's first frame: the items, and their sync, come next
        started = time.perf_counter()
        self._render()
        self.last_render_seconds = time.perf_counter() - started
        self._place()
        self.update_visibility()
        self.update()
        self.rendered.emit(self.last_render_seconds)

    def _structure_for(self, document) -> _Structure:  # type: ignore[no-untyped-def]
        if document is not self._document:
            if self._document is not None:
                with contextlib.suppress(RuntimeError, TypeError):
                    self._document.changed.disconnect(self._map_changed)
            self._document = document
            document.changed.connect(self._map_changed)
            self._structure = None
        if self._structure is None:
            self._structure = _Structure(document.network)
        return self._structure

    def _map_changed(self, changes: list) -> None:
        """Moves and renames keep the cached structure; new nodes, ties, memberships or categories do not."""
        for change in changes:
            if isinstance(change, (Added, Removed)):
                stale = isinstance(change.entity, (Contact, Organisation, Tie))
            elif isinstance(change, Updated):
                before, after = change.before, change.after
                stale = isinstance(after, Tie) or (
                    isinstance(after, Contact) and after.organisation_id != getattr(before, "organisation_id", None)
                ) or (isinstance(after, Organisation) and after.category != getattr(before, "category", None))
            else:
                stale = False
            if stale:
                self._structure = None
                return

    def _render(self) -> None:
        scene = self.scene
        document = scene.document  # type: ignore[attr-defined]
        node_items = scene.node_items  # type: ignore[attr-defined]
        self._image, self._bounds, self.drawn = None, QRectF(), (0, 0)
        if document is None or not node_items:
            return
        network = document.network
        structure = self._structure_for(document)
        # The structure can be a turn behind the map (an undo removed nodes it lists): those are not shown.
        nodes = [network.nodes.get(i) for i in structure.node_ids]
        # Model positions, not item positions: after a layout the items are still gliding.
        x = np.fromiter((n.x if n is not None else 0.0 for n in nodes), dtype=float, count=len(nodes))
        y = np.fromiter((n.y if n is not None else 0.0 for n in nodes), dtype=float, count=len(nodes))
        shown = np.fromiter(
            (n is not None and (item := node_items.get(i)) is not None and item.isVisible()
             for i, n in zip(structure.node_ids, nodes, strict=True)),
            dtype=bool, count=len(nodes),
        )
        if not shown.any():
            return
        half_w, half_h = style.ORGANISATION_SIZE[0] / 2, style.ORGANISATION_SIZE[1] / 2
        sx, sy = x[shown], y[shown]
        map_rect = QRectF(QPointF(sx.min() - half_w, sy.min() - half_h), QPointF(sx.max() + half_w, sy.max() + half_h))
        size = self._size_for(map_rect)
        self._scale = min((size.width() - 2 * PADDING) / map_rect.width(),
                          (size.height() - 2 * PADDING) / map_rect.height())
        pad = PADDING / self._scale
        self._bounds = map_rect.adjusted(-pad, -pad, pad, pad)
        self._offset = QPointF(
            (size.width() - self._bounds.width() * self._scale) / 2,
            (size.height() - self._bounds.height() * self._scale) / 2,
        )
        # Everything below is in the overview's pixels: no painter transform, few Python objects.
        px = (x - self._bounds.left()) * self._scale + self._offset.x()
        py = (y - self._bounds.top()) * self._scale + self._offset.y()
        ratio = self.devicePixelRatioF()
        image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        lines = self._tie_lines(structure, shown, px, py)
        painter.setPen(QPen(TIE_COLOUR, 0))
        painter.drawLines(lines)
        dot = 3.0 if shown.sum() < CROWDED else 2.0
        # Square dots without antialiasing: round antialiased ones cost ten times as much at this size.
        for (colour, organisation), members in structure.groups(shown):
            pen = QPen(QColor(colour).darker(115) if organisation else QColor(colour), 4.0 if organisation else dot)
            pen.setCapStyle(Qt.PenCapStyle.SquareCap)
            painter.setPen(pen)
            coords = zip(px[members].tolist(), py[members].tolist(), strict=True)
            if organisation:
                painter.drawLines([QLineF(a - 3.0, b, a + 3.0, b) for a, b in coords])
            else:
                painter.drawPoints([QPointF(a, b) for a, b in coords])
        painter.end()
        self._image = image
        self.drawn = (int(shown.sum()), len(lines))

    def _tie_lines(self, structure: _Structure, shown: np.ndarray, px: np.ndarray, py: np.ndarray) -> list[QLineF]:
        """The ties worth drawing: both ends shown, longer than a dot, at most MAX_TIES of them.

        A tie inside one cluster is shorter than the dots it joins; on a big map
        those are most ties, and drawing 20,000 hairlines costs more than the rest.
        """
        source, target = structure.sources, structure.targets
        length = np.hypot(px[target] - px[source], py[target] - py[source])
        keep = np.flatnonzero(shown[source] & shown[target] & (length >= MIN_TIE_PIXELS))
        if len(keep) > MAX_TIES:
            keep = keep[np.linspace(0, len(keep) - 1, MAX_TIES).astype(np.int64)]
        hidden = self.scene.is_tie_hidden  # type: ignore[attr-defined]
        coords = np.column_stack((px[source[keep]], py[source[keep]], px[target[keep]], py[target[keep]])).tolist()
        lines = []
        for k, (x1, y1, x2, y2) in zip(keep.tolist(), coords, strict=True):
            if not hidden(structure.tie_ids[k]):  # a tie can be hidden by itself (a tie-type filter)
                lines.append(QLineF(x1, y1, x2, y2))
        return lines

    def _size_for(self, rect: QRectF) -> QSize:
        """Keep the map's aspect ratio within MAX_SIZE (no thinner than 60 px)."""
        w, h = max(rect.width(), 1.0), max(rect.height(), 1.0)
        scale = min(MAX_SIZE.width() / w, MAX_SIZE.height() / h)
        return QSize(max(60, round(w * scale)), max(60, round(h * scale)))

    # ---- geometry --------------------------------------------------------------------
    def _place(self) -> None:
        size = self._image.deviceIndependentSize().toSize() if self._image is not None else MAX_SIZE
        viewport = self.view.viewport().geometry()
        self.setGeometry(viewport.right() - size.width() - MARGIN + 1, viewport.bottom() - size.height() - MARGIN + 1,
                         size.width(), size.height())

    def to_scene(self, point: QPointF) -> QPointF:
        return (point - self._offset) / self._scale + self._bounds.topLeft()

    def from_scene(self, point: QPointF) -> QPointF:
        return (point - self._bounds.topLeft()) * self._scale + self._offset

    def frame_rect(self) -> QRectF:
        """The visible area of the view, in the overview's coordinates."""
        visible = self.visible_rect()
        return QRectF(self.from_scene(visible.topLeft()), self.from_scene(visible.bottomRight()))

    # ---- events ------------------------------------------------------------------------
    def _view_moved(self) -> None:
        self.update_visibility()
        if self.isVisible():
            self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self._place()
            self.update_visibility()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(BORDER, 1))
        painter.setBrush(BACKGROUND)
        painter.drawRoundedRect(outline, 4, 4)
        if self._image is not None:
            painter.drawImage(0, 0, self._image)
        painter.setClipRect(outline.adjusted(1, 1, -1, -1))
        frame = self.frame_rect()
        painter.setPen(QPen(FRAME_COLOUR, 1.5))
        fill = QColor(FRAME_COLOUR)
        fill.setAlpha(28)
        painter.setBrush(fill)
        painter.drawRect(frame)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self._centre_at(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._centre_at(event.position())
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        super().mouseReleaseEvent(event)

    def _centre_at(self, point: QPointF) -> None:
        self.view.centerOn(self.to_scene(point))
        self.update()


class _Structure:
    """Which nodes there are and which ties join them, as index arrays; kept while only positions change."""

    def __init__(self, network: Network) -> None:
        self.node_ids = list(network.nodes)
        index = {node_id: i for i, node_id in enumerate(self.node_ids)}
        ties = list(network.ties.values())
        self.tie_ids = [tie.id for tie in ties]
        self.sources = np.fromiter((index[t.source_id] for t in ties), dtype=np.int64, count=len(ties))
        self.targets = np.fromiter((index[t.target_id] for t in ties), dtype=np.int64, count=len(ties))
        # Contacts wear their organisation's colour; organisations are drawn as bars.
        org_colour = {org.id: style.CATEGORY_COLOURS[org.category] for org in network.organisations()}
        none = style.CATEGORY_COLOURS[None]
        self.keys: list[tuple[str, bool]] = []
        codes: dict[tuple[str, bool], int] = {}
        kinds = []
        for node_id in self.node_ids:
            node = network.nodes[node_id]
            if isinstance(node, Organisation):
                key = (org_colour[node_id], True)
            else:
                key = (org_colour.get(node.organisation_id, none) if node.organisation_id else none, False)
            if key not in codes:
                codes[key] = len(self.keys)
                self.keys.append(key)
            kinds.append(codes[key])
        self.codes = np.array(kinds, dtype=np.int64)

    def groups(self, shown: np.ndarray) -> list[tuple[tuple[str, bool], np.ndarray]]:
        """(colour, is organisation) and the indices of the shown nodes drawn that way; organisations last."""
        found = [(key, np.flatnonzero(shown & (self.codes == code))) for code, key in enumerate(self.keys)]
        return sorted(((key, members) for key, members in found if len(members)), key=lambda pair: pair[0][1])
