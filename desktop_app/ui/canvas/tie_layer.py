"""The tie layer: one item under the nodes that draws every tie, batched (and far out, every node).

Twenty thousand tie items painting themselves cost about 100 ms a frame in
Python (and a second to make), and Qt's rasteriser is slow on long thin lines.
So ties have no items of their own unless they need one (tie_table.py); the
layer draws them from the scene's tie table, numpy arrays of every tie's line
and look, and per frame:

* close in (``look.OVERVIEW_LOD`` and up): ties with an end in view are
  clipped to the view (dash phase kept) and drawn with their pens, grouped by
  pen, one ``drawLines`` per group, then their arrows and last-contact dates;
  ties that only pass through the view are drawn as one faint image
  (``tie_raster``), context rather than detail;
* far out: every tie as that faint image and every node as a plain shape, kept
  as one cached picture while the zoom and the map stay the same; node items
  then paint nothing (``ItemHasNoContents``) and Qt skips them.

The node items stay in the scene for selection, hit-testing and tooltips; a tie
item, where one was made, paints itself only while selected or highlighted. The
layer's bounds never exceed the nodes' own, so ``itemsBoundingRect`` (fit to
map, the scene rect) is unchanged by it; its shape is empty, so no click or
rubber band ever hits it.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget
from shiboken6 import isValid

from ... import style
from . import look, tie_raster
from .items import NO_CONTENTS, ContactItem, NodeItem, TieItem, _arrow
from .tie_table import DATED, DIRECTED, STYLE, WEIGHT, X0, X1, Y0, Y1, TieTable

TIE_PAD = 20.0
"""Around a changed tie's line: its width, arrow and date label."""
VIEW_MARGIN = 40.0
"""Scene units around the view within which a tie's end counts as in view (a node just off the edge)."""
CACHE_PIXELS = 6_000_000
"""Far out, the whole map's picture is kept while it is at most this big (24 MB): panning, hovering
and selecting then only copy it; zooming or editing makes it again."""
ELLIPSE_MIN_PX = 5.0
"""Far out, nodes smaller than this on screen are drawn as squares (indistinguishable, far cheaper)."""
DASH_PERIOD = {Qt.PenStyle.DashLine: 6.0, Qt.PenStyle.DotLine: 3.0}
"""Length of one dash pattern in pen widths (Qt's DashLine is 4 on 2 off, DotLine 1 on 2 off)."""


class TieLayer(QGraphicsItem):
    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__()
        self.map_scene = scene
        self.setZValue(0.5)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._extent = QRectF()
        self._arrays = np.zeros((8, 0))
        self._nodes: list[tuple[QColor, QColor, bool, list[QRectF]]] | None = None
        self._items_overview = False
        """Whether the node items are currently set to paint nothing (they are, far out)."""
        self._flags_pending = False
        self._version = 0
        """Bumped by every change to the far-out picture (not the selection: that is drawn live on top)."""
        self._picture: tuple[tuple, QImage] | None = None
        self._passing: tuple[tuple, list[tuple[QRect, QImage]]] | None = None
        self._passing_version = 0
        self._dragging = False
        self.refresh_extent()

    @property
    def table(self) -> TieTable:
        return self.map_scene.tie_table  # type: ignore[attr-defined]

    # ---- geometry ----------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._extent

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def refresh_extent(self) -> None:
        """The union of the nodes' outlines (ties run between nodes, so they are inside it)."""
        # Rings far out are drawn within the margin; still inside the nodes' own bounds.
        found = self.table.extent(look.HIGHLIGHT_MARGIN) if hasattr(self.map_scene, "tie_table") else None
        rect = QRectF() if found is None else QRectF(QPointF(found[0], found[1]), QPointF(found[2], found[3]))
        if rect != self._extent:
            self.prepareGeometryChange()
            self._extent = rect

    def grow_extent(self, node_ids: Iterable[str]) -> None:
        """During a drag: keep the moved nodes inside the bounds without a full recount."""
        rect = QRectF(self._extent)
        m = look.HIGHLIGHT_MARGIN
        made = self.map_scene.node_items.made  # type: ignore[attr-defined]
        for node_id in node_ids:
            item = made.get(node_id)
            if item is not None:
                rect = rect.united(item.overview_rect().adjusted(-m, -m, m, m))
        if rect != self._extent:
            self.prepareGeometryChange()
            self._extent = rect

    # ---- change tracking -----------------------------------------------------
    def item_changed(self, item: QGraphicsItem, old_rect: QRectF | None = None) -> None:
        """An item's picture changed (items.py calls this): refresh caches and repaint there."""
        if not isValid(self):
            return
        self._version += 1
        if not self._dragging:
            self._passing_version += 1
        self._nodes = None  # far out the layer draws the nodes
        if isinstance(item, TieItem):
            line = item._line
            area = QRectF(line.p1(), line.p2()).normalized()
            if old_rect is not None and not old_rect.isNull():
                area = area.united(old_rect)
            self.update(area.adjusted(-TIE_PAD, -TIE_PAD, TIE_PAD, TIE_PAD))
        elif isinstance(item, NodeItem):
            where = item.pos()
            self.table.put_node(item.node_id, where.x(), where.y(), *item.tie_outline())  # resized: its ties stop elsewhere
            self.update()
        else:
            self.update(item.sceneBoundingRect())

    def table_changed(self, area: QRectF | None = None) -> None:
        """The scene changed the tie table (ties moved, restyled, added, hidden): repaint there, or everywhere."""
        self._nodes = None
        self._version += 1
        if not self._dragging:
            self._passing_version += 1
        if area is None:
            self.update()
        else:
            self.update(area.adjusted(-TIE_PAD, -TIE_PAD, TIE_PAD, TIE_PAD))

    def invalidate(self) -> None:
        """Everything may have changed (a sync, a filter, a colour mode)."""
        self._nodes = None
        self._version += 1
        self._passing_version += 1
        self._dragging = False
        self.refresh_extent()
        self.update()

    synced = invalidate
    """The scene followed a change of the map: everything may have changed."""

    def nodes_moved(self, node_ids: list[str]) -> None:
        """A drag step: the ties that only pass through the view stay as they were."""
        self._dragging = True
        self._nodes = None
        self._version += 1
        self.grow_extent(node_ids)

    def selection_changed(self, previous: set[TieItem]) -> set[TieItem]:
        """Selected ties paint themselves on top; returns the ties selected now."""
        selected = {i for i in self.map_scene.selectedItems() if isinstance(i, TieItem)}
        for item in previous ^ selected:
            if isValid(item):
                item.sync_contents()
        if self._items_overview:
            self.update()  # far out, the layer draws the selection itself
        return selected

    # ---- level of detail of the items -------------------------------------
    @property
    def far_out(self) -> bool:
        """Whether the last paint (screen or export) was far out: node items paint nothing, badges shrink."""
        return self._items_overview

    def prepare_for(self, lod: float) -> None:
        """Set the node items to paint (or not) for a paint at this scale; export calls this."""
        overview = lod < look.OVERVIEW_LOD
        if overview == self._items_overview:
            return
        self._items_overview = overview
        for item in self.map_scene.node_items.made.values():  # type: ignore[attr-defined]  # those to come: appearance.py
            item.setFlag(NO_CONTENTS, overview)

    def _schedule_flags(self, lod: float) -> None:
        # Not during the paint itself: flags changed mid-paint would schedule repaints.
        if self._flags_pending:
            return
        self._flags_pending = True

        def apply() -> None:
            self._flags_pending = False
            if isValid(self):
                self.prepare_for(lod)

        QTimer.singleShot(0, apply)

    # ---- the geometry arrays ---------------------------------------------------
    def _refresh_arrays(self) -> None:
        self._arrays = self.table.arrays()

    # ---- painting --------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = painter.worldTransform().m11()
        overview = lod < look.OVERVIEW_LOD
        if widget is not None and overview != self._items_overview:
            self._schedule_flags(lod)
        exposed = option.exposedRect  # type: ignore[attr-defined]
        painter.save()
        if overview:
            self._paint_overview(painter, lod, exposed)
        else:
            self._paint_detail(painter, lod, exposed, on_screen=widget is not None)
        painter.restore()

    def _paint_detail(self, painter: QPainter, lod: float, exposed: QRectF, on_screen: bool) -> None:
        self._refresh_arrays()
        a = self._arrays
        if not a.shape[1]:
            return
        view = exposed.adjusted(-VIEW_MARGIN, -VIEW_MARGIN, VIEW_MARGIN, VIEW_MARGIN)
        left, top, right, bottom = view.left(), view.top(), view.right(), view.bottom()
        x0, y0, x1, y1 = a[X0], a[Y0], a[X1], a[Y1]
        near = ((a[WEIGHT] > 0) & (np.minimum(x0, x1) <= right) & (np.maximum(x0, x1) >= left)
                & (np.minimum(y0, y1) <= bottom) & (np.maximum(y0, y1) >= top))
        end_in = (((x0 >= left) & (x0 <= right) & (y0 >= top) & (y0 <= bottom))
                  | ((x1 >= left) & (x1 <= right) & (y1 >= top) & (y1 <= bottom)))
        anchored = np.flatnonzero(near & end_in)
        passing = np.flatnonzero(near & ~end_in)
        if passing.size:
            self._paint_passing(painter, passing, exposed, on_screen)
        if anchored.size:
            self._paint_anchored(painter, lod, anchored, exposed, view)

    def _paint_anchored(self, painter: QPainter, lod: float, rows: np.ndarray, exposed: QRectF, view: QRectF) -> None:
        """Ties with an end in view, clipped to it, one drawLines per pen."""
        a = self._arrays
        pad = 12.0
        cx0, cy0, cx1, cy1, kept = tie_raster.clip_to(
            a[X0, rows], a[Y0, rows], a[X1, rows], a[Y1, rows],
            view.left() - pad, view.top() - pad, view.right() + pad, view.bottom() + pad)
        rows = rows[kept]
        styles = a[STYLE, rows].astype(np.int64)
        table_styles = self.table.styles
        for style_id in np.unique(styles):
            width, pen_style = table_styles[style_id]
            chosen = styles == style_id
            sx0, sy0 = cx0[chosen], cy0[chosen]
            if pen_style in DASH_PERIOD:
                ids = rows[chosen]
                sx0, sy0 = tie_raster.snap_dashes(a[X0, ids], a[Y0, ids], sx0, sy0,
                                                  np.full(ids.size, DASH_PERIOD[pen_style] * width))
            painter.setPen(look.tie_pen(width, pen_style))
            ends = np.column_stack((sx0, sy0, cx1[chosen], cy1[chosen])).tolist()
            painter.drawLines([QLineF(*end) for end in ends])
        directed = rows[a[DIRECTED, rows] > 0]
        if directed.size:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look.colour(style.TIE_COLOUR))
            widths = self.table.widths()
            for row in directed.tolist():
                line = QLineF(a[X0, row], a[Y0, row], a[X1, row], a[Y1, row])
                arrow = _arrow(line, widths[row])
                if exposed.intersects(arrow.boundingRect()):
                    painter.drawPolygon(arrow)
        if lod >= look.DATE_LOD:
            # Only ties wholly in view carry their date: the middle of a long tie is somewhere else.
            inside = ((a[X0, rows] >= view.left()) & (a[X0, rows] <= view.right()) & (a[Y0, rows] >= view.top())
                      & (a[Y0, rows] <= view.bottom()) & (a[X1, rows] >= view.left()) & (a[X1, rows] <= view.right())
                      & (a[Y1, rows] >= view.top()) & (a[Y1, rows] <= view.bottom()))
            dated = rows[(a[DATED, rows] > 0) & inside]
            if dated.size:
                self._paint_dates(painter, lod, exposed, dated.tolist())

    def _paint_passing(self, painter: QPainter, rows: np.ndarray, exposed: QRectF, on_screen: bool) -> None:
        """Ties that only cross the view: faint context, drawn as one image (kept while dragging)."""
        transform = painter.worldTransform()
        s, tx, ty = transform.m11(), transform.dx(), transform.dy()
        device = painter.device()
        bounds = QRect(0, 0, device.width(), device.height()) if device is not None else QRect()
        area = bounds if on_screen else transform.mapRect(exposed).toAlignedRect().intersected(bounds)
        if area.isEmpty():
            return
        key = (s, tx, ty, area.x(), area.y(), area.width(), area.height(), self._passing_version, rows.size,
               self.table.version if not self._dragging else 0)
        if not on_screen or self._passing is None or self._passing[0] != key:
            a = self._arrays
            images = list(tie_raster.tiles(a[X0, rows] * s + tx, a[Y0, rows] * s + ty, a[X1, rows] * s + tx,
                                           a[Y1, rows] * s + ty, a[WEIGHT, rows], area,
                                           look.colour(style.TIE_COLOUR), tone=tie_raster.CONTEXT))
            self._passing = (key, images) if on_screen else None
        else:
            images = self._passing[1]
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for rect, image in images:
            painter.drawImage(QRectF(rect), image)
        painter.restore()

    def _paint_dates(self, painter: QPainter, lod: float, exposed: QRectF, rows: list[int]) -> None:
        """The last-contact date, small, at the middle of each tie long enough on screen to carry it."""
        metrics = look.metrics("date")
        painter.setFont(look.DATE_FONT)
        a, table = self._arrays, self.table
        for row in rows:
            line = QLineF(a[X0, row], a[Y0, row], a[X1, row], a[Y1, row])
            day = table.last_contact[row]
            if day is None or line.length() * lod < look.DATE_MIN_PX:
                continue
            # Parallel ties carry their dates at staggered points, so the labels do not stack.
            middle = line.pointAt(0.5 + 0.06 * (float(table.offset[row]) / 7.0))
            if not exposed.contains(middle):
                continue
            text = look.date_text(day)
            w = metrics.horizontalAdvance(text) + 6
            box = QRectF(middle.x() - w / 2, middle.y() - 6.5, w, 13)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look.LABEL_BACKING)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(look.SUBTITLE_COLOUR)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_overview(self, painter: QPainter, lod: float, exposed: QRectF) -> None:
        """Far out: the cached picture of ties and nodes when it fits in memory, else drawn now; then emphasis."""
        transform = painter.worldTransform()
        s = transform.m11()
        scaled = QRectF(self._extent.x() * s, self._extent.y() * s, self._extent.width() * s, self._extent.height() * s)
        region = scaled.toAlignedRect()
        if 0 < region.width() * region.height() <= CACHE_PIXELS:
            key = (s, self._version, self.table.version, region.x(), region.y(), region.width(), region.height())
            if self._picture is None or self._picture[0] != key:
                image = QImage(region.size(), QImage.Format.Format_ARGB32_Premultiplied)
                image.fill(Qt.GlobalColor.transparent)
                picture = QPainter(image)
                picture.translate(-region.x(), -region.y())
                picture.scale(s, s)
                self._draw_overview(picture, s, self._extent)
                picture.end()
                self._picture = (key, image)
            painter.save()
            painter.resetTransform()
            painter.drawImage(QPointF(region.x() + transform.dx(), region.y() + transform.dy()), self._picture[1])
            painter.restore()
        else:
            self._picture = None
            self._draw_overview(painter, s, exposed)
        self._paint_emphasis(painter, lod)

    def _draw_overview(self, painter: QPainter, lod: float, exposed: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self._draw_all_ties(painter, exposed)
        if self._nodes is None:
            self._nodes = self._node_batches()
        for fill, outline, round_, rects in self._nodes:
            pen = QPen(outline, 1.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(fill)
            if round_ and rects and rects[0].width() * lod >= ELLIPSE_MIN_PX:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                for rect in rects:
                    if exposed.intersects(rect):
                        painter.drawEllipse(rect)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            else:
                painter.drawRects(rects)

    def _draw_all_ties(self, painter: QPainter, exposed: QRectF) -> None:
        """Every visible tie as one see-through image made with numpy (tie_raster.py)."""
        self._refresh_arrays()
        a = self._arrays
        if not a.shape[1]:
            return
        transform = painter.worldTransform()
        s, tx, ty = transform.m11(), transform.dx(), transform.dy()
        area = transform.mapRect(exposed).toAlignedRect()
        device = painter.device()
        if device is not None:
            area = area.intersected(QRect(0, 0, device.width(), device.height()))
        if area.isEmpty():
            return
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for rect, image in tie_raster.tiles(a[X0] * s + tx, a[Y0] * s + ty, a[X1] * s + tx, a[Y1] * s + ty,
                                            a[WEIGHT], area, look.colour(style.TIE_COLOUR)):
            painter.drawImage(QRectF(rect), image)
        painter.restore()

    def _node_batches(self) -> list[tuple[QColor, QColor, bool, list[QRectF]]]:
        """Visible nodes grouped by colour and shape, organisations first, contacts on top."""
        groups: dict[tuple[int, int, bool], tuple[QColor, QColor, bool, list[QRectF]]] = {}
        for fill, outline, round_, rect in self.map_scene.node_marks():  # type: ignore[attr-defined]
            key = (fill.rgba(), outline.rgba(), round_)
            group = groups.get(key)
            if group is None:
                group = groups[key] = (fill, outline, round_, [])
            group[3].append(rect)
        return sorted(groups.values(), key=lambda g: g[2])

    def _paint_emphasis(self, painter: QPainter, lod: float) -> None:
        """Far out: highlights (a path, a finding) and the selection, at least a few pixels wide."""
        scene = self.map_scene
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for nodes, ties, colour in getattr(scene, "highlights", {}).values():
            pen = QPen(QColor(colour), 4.0)
            pen.setCosmetic(True)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            table = self.table
            table.refresh()
            visible = table.visible()
            for tie_id in ties:
                row = table.rows.get(tie_id)
                if row is not None and visible[row]:
                    painter.drawLine(QLineF(*table.coords[:, row].tolist()))
            for node_id in nodes:
                node = scene.node_items.get(node_id)  # type: ignore[attr-defined]
                if node is not None and node.isVisible():
                    self._ring(painter, node, lod, 5.0)
        if look.RENDER.exporting:
            return
        pen = QPen(look.SELECTION_COLOUR, 2.5)
        pen.setCosmetic(True)
        painter.setPen(pen)
        for item in scene.selectedItems():
            if isinstance(item, TieItem):
                painter.drawLine(item._line)
            elif isinstance(item, NodeItem):
                self._ring(painter, item, lod, 2.5)

    @staticmethod
    def _ring(painter: QPainter, node: NodeItem, lod: float, px: float) -> None:
        rect = node.overview_rect()
        grow = px / lod
        rect = rect.adjusted(-grow, -grow, grow, grow)
        if isinstance(node, ContactItem):
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)


def ensure_layer(scene: QGraphicsScene) -> TieLayer:
    """The scene's tie layer, made again if the scene was cleared (a rebuild deletes every item)."""
    layer = getattr(scene, "tie_layer", None)
    if layer is None or not isValid(layer) or layer.scene() is not scene:
        layer = TieLayer(scene)
        scene.addItem(layer)
        scene.tie_layer = layer  # type: ignore[attr-defined]
    return layer
