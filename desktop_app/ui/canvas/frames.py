"""Organisation frames: a tinted rounded rectangle round each organisation and its people.

A frame is drawn under ties and nodes and answers the mouse only on its
header strip, so a rubber band can start anywhere inside it. The header
selects the organisation (a drag on it moves the organisation with its
people, one undo step like any move), its toggle or a double-click collapses
the organisation to one node (collapse.py), and it shows how many people the
organisation has.

Frames follow the model and the scene, reshaping only what moved or grew. An
edit reshapes the frames of the organisations it touched (the Document's
``changed`` names them); new scores reshape those whose people changed size;
a rebuilt scene gets every frame anew. While nodes are dragged or glide to a
layout the scene says which with ``nodes_moving``, and only their frames
follow.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QMenu,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ... import style
from ...domain.changes import Added, Change, Removed, Updated
from ...domain.entities import Contact, Organisation
from ...domain.ids import NodeId
from .collapse import Collapse
from .footprint import node_box
from .items import NodeItem

if TYPE_CHECKING:
    from ..document import Document
    from ..main_window import MainWindow

FRAME_Z = 0.0
"""Under ties (1) and nodes (2)."""
PADDING = 14.0
HEADER = 20.0
RADIUS = 12.0
TOGGLE = 12.0
DETAIL_LOD = 0.35
"""Below this zoom a frame is a plain tinted rectangle: no outline, header or text."""
HEADER_FONT = QFont()
HEADER_FONT.setPointSizeF(7.5)
HEADER_FONT.setBold(True)


class FrameItem(QGraphicsItem):
    def __init__(self, controller: OrganisationFrames, organisation_id: NodeId) -> None:
        super().__init__()
        self.controller = controller
        self.organisation_id = organisation_id
        self.setZValue(FRAME_Z)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.rect = QRectF()
        self.colour = ""
        self.fill = QColor()
        self.border = QColor()
        self.header_fill = QColor()
        self.collapsed = False
        self.count = 0
        self.label = ""
        self._drag: dict[NodeId, QPointF] | None = None
        self._press = QPointF()

    def set_state(self, rect: QRectF, colour: str, collapsed: bool, count: int) -> None:
        if rect != self.rect:
            self.prepareGeometryChange()
            self.rect = rect
        if (colour, collapsed, count) != (self.colour, self.collapsed, self.count):
            self.colour = colour
            base = QColor(colour)
            self.fill = QColor(base)
            self.fill.setAlpha(46 if collapsed else 24)
            self.header_fill = QColor(base)
            self.header_fill.setAlpha(70)
            self.border = QColor(base).darker(115)
            self.border.setAlpha(150)
            self.collapsed, self.count = collapsed, count
            tip = (QCoreApplication.translate("FrameItem", "Its people are hidden. Click + or double-click here to show them.")
                   if collapsed else
                   QCoreApplication.translate("FrameItem", "Click − or double-click here to collapse the organisation to one node."))
            self.setToolTip(tip)
            # Looked up without n (they are not numerus messages: a compiled .qm would not find them with one).
            self.label = (QCoreApplication.translate("FrameItem", "%n person") if count == 1
                          else QCoreApplication.translate("FrameItem", "%n people")).replace("%n", str(count))
            self.update()

    # ---- geometry ------------------------------------------------------------
    def header_rect(self) -> QRectF:
        return QRectF(self.rect.left(), self.rect.top(), self.rect.width(), HEADER)

    def toggle_rect(self) -> QRectF:
        top = self.rect.top() + (HEADER - TOGGLE) / 2
        return QRectF(self.rect.left() + 8, top, TOGGLE, TOGGLE)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-1, -1, 1, 1)

    def shape(self) -> QPainterPath:
        """Only the header takes the mouse: the rest of the frame is canvas."""
        path = QPainterPath()
        path.addRect(self.header_rect())
        return path

    # ---- drawing ---------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < DETAIL_LOD:
            painter.fillRect(self.rect, self.fill)
            return
        painter.setPen(QPen(self.border, 2.0 if self.collapsed else 1.2,
                            Qt.PenStyle.DashLine if self.collapsed else Qt.PenStyle.SolidLine))
        painter.setBrush(self.fill)
        painter.drawRoundedRect(self.rect, RADIUS, RADIUS)
        header = QPainterPath()
        header.addRoundedRect(self.rect, RADIUS, RADIUS)
        clip = QPainterPath()
        clip.addRect(self.header_rect())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.header_fill)
        painter.drawPath(header.intersected(clip))
        self._paint_toggle(painter)
        painter.setFont(HEADER_FONT)
        painter.setPen(QColor(style.LABEL_COLOUR))
        text_rect = QRectF(self.toggle_rect().right() + 6, self.rect.top(), self.rect.width() - 40, HEADER)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.label)

    def _paint_toggle(self, painter: QPainter) -> None:
        box = self.toggle_rect()
        painter.setPen(QPen(self.border.darker(130), 1.0))
        painter.setBrush(QColor(255, 255, 255, 230))
        painter.drawRoundedRect(box, 3, 3)
        c = box.center()
        painter.setPen(QPen(QColor(style.LABEL_COLOUR), 1.6))
        painter.drawLine(QPointF(c.x() - 3.5, c.y()), QPointF(c.x() + 3.5, c.y()))
        if self.collapsed:  # a plus: there is more inside
            painter.drawLine(QPointF(c.x(), c.y() - 3.5), QPointF(c.x(), c.y() + 3.5))

    # ---- mouse -------------------------------------------------------------------
    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        on_toggle = self.toggle_rect().adjusted(-3, -3, 3, 3).contains(event.pos())
        self.setCursor(Qt.CursorShape.PointingHandCursor if on_toggle else Qt.CursorShape.ArrowCursor)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.toggle_rect().adjusted(-3, -3, 3, 3).contains(event.pos()):
            self.controller.collapse.toggle(self.organisation_id)
            event.accept()
            return
        additive = bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
        self.controller.select_organisation(self.organisation_id, additive)
        self._drag = self.controller.drag_start(self.organisation_id)
        self._press = event.scenePos()
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag:
            self.controller.drag_to(self._drag, event.scenePos() - self._press)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag:
            self.controller.drag_end(drag)


class FrameLayer(QGraphicsItem):
    """Far out, every frame as a plain tinted rectangle in one call per colour.

    500 frame items painting themselves cost a Python call each; below
    ``DETAIL_LOD`` the items paint nothing (``ItemHasNoContents``) and this
    layer draws them all. Its shape is empty: it never takes the mouse.
    """

    def __init__(self, controller: OrganisationFrames) -> None:
        super().__init__()
        self.controller = controller
        self.setZValue(FRAME_Z - 0.1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.rects: dict[NodeId, tuple[QColor, QRectF]] = {}
        """Each frame's fill and rectangle."""
        self._groups: list[tuple[QColor, list[QRectF]]] | None = None
        self._bounds = QRectF()

    def set_frames(self, frames: Iterable[FrameItem]) -> None:
        self.rects = {frame.organisation_id: (frame.fill, frame.rect) for frame in frames}
        bounds = QRectF()
        for _, rect in self.rects.values():
            bounds = bounds.united(rect)
        self._set_bounds(bounds)

    def set_some(self, frames: dict[NodeId, FrameItem | None]) -> None:
        """These frames changed (None: gone); the bounds only grow until the next ``set_frames``."""
        bounds = self._bounds
        for org_id, frame in frames.items():
            if frame is None:
                self.rects.pop(org_id, None)
            else:
                self.rects[org_id] = (frame.fill, frame.rect)
                bounds = bounds.united(frame.rect)
        self._set_bounds(bounds)

    def _set_bounds(self, bounds: QRectF) -> None:
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self._groups = None
        self.update()

    def groups(self) -> list[tuple[QColor, list[QRectF]]]:
        """The rectangles by fill, for one ``drawRects`` per colour (made when painted)."""
        if self._groups is None:
            by_fill: dict[int, tuple[QColor, list[QRectF]]] = {}
            for fill, rect in self.rects.values():
                by_fill.setdefault(fill.rgba(), (fill, []))[1].append(rect)
            self._groups = list(by_fill.values())
        return self._groups

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        overview = painter.worldTransform().m11() < DETAIL_LOD
        if overview != self.controller.overview:
            self.controller.schedule_overview(overview)
        if not self.controller.overview:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in self.groups():
            painter.setBrush(colour)
            painter.drawRects(rects)


class OrganisationFrames(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.scene = window.scene
        self.view = window.view
        self.frames: dict[NodeId, FrameItem] = {}
        self.shown = window.settings.organisation_frames
        self.collapse = Collapse(window, self)
        self._document: Document | None = None
        self._touched: set[NodeId] | None = None
        """Organisations a change touched, heard before the scene synced for it."""
        self._unclaimed_syncs = 0
        """Syncs in this round of events that no change has said what for (yet)."""
        self._drawn: dict[NodeId, dict[NodeId, float | None]] = {}
        """Per framed organisation, its people's importance (their size) when the frame was drawn."""
        self._analysis_seen: object = None
        self.overview = False
        """Far out: the layer draws every frame and the frame items paint nothing."""
        self._overview_pending: bool | None = None
        self.layer: FrameLayer | None = None

        self.show_action = QAction(self.tr("Organisation &Frames"), self)
        self.show_action.setCheckable(True)
        self.show_action.setChecked(self.shown)
        self.show_action.setStatusTip(self.tr("Draw a frame round each organisation and its people"))
        self.show_action.toggled.connect(self.set_shown)
        self.collapse_all_action = QAction(self.tr("&Collapse All Organisations"), self)
        self.collapse_all_action.triggered.connect(lambda: self.collapse.set_collapsed(self._organisations_with_members(), True))
        self.expand_all_action = QAction(self.tr("&Expand All Organisations"), self)
        self.expand_all_action.triggered.connect(lambda: self.collapse.set_collapsed(set(self.collapse.collapsed), False))
        view_menu = window.view_menu
        view_menu.addSeparator()
        view_menu.addAction(self.show_action)
        view_menu.addAction(self.collapse_all_action)
        view_menu.addAction(self.expand_all_action)

        self.scene.synced.connect(self._scene_synced)
        self.scene.nodes_moving.connect(self.follow)
        self.view.context_menu_about_to_show.connect(self._fill_context_menu)
        self.view.viewport().installEventFilter(self)
        window.document_opened.connect(self._document_opened)
        self.collapse.changed.connect(self.refresh_frames)
        # A filter hides people without a sync; their frames shrink to what is shown.
        filters = getattr(getattr(window, "navigation", None), "filters", None)
        if filters is not None and hasattr(filters, "applied"):
            filters.applied.connect(lambda _result: self.refresh())
        self._document_opened(window.document)

    # ---- state -------------------------------------------------------------
    def set_shown(self, shown: bool) -> None:
        self.shown = shown
        self.window.settings.organisation_frames = shown
        if self.show_action.isChecked() != shown:
            self.show_action.setChecked(shown)
        self.refresh_frames()

    def _document_opened(self, document: Document | None) -> None:
        if self._document is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # already closed and deleted
                self._document.changed.disconnect(self._document_changed)
        self._document = document
        self._touched, self._unclaimed_syncs = None, 0
        if document is not None:
            document.changed.connect(self._document_changed)
        self.collapse.load()
        if self.scene.node_items.pending:  # a big map: its items come after its first frame, the frames with their sync
            if self.collapse.collapsed:
                self.scene.make_node_items()  # unless people are to be hidden: the first frame must not show them
            return
        built = self.layer is not None and shiboken6.isValid(self.layer) and self.layer.scene() is self.scene
        if self.collapse.collapsed or not built:
            self.refresh()
        else:
            self.collapse.apply()  # the scene's rebuild already drew every frame of this map

    def _organisations_with_members(self) -> set[NodeId]:
        doc = self.window.document
        if doc is None:
            return set()
        return {o.id for o in doc.network.organisations() if doc.network.members_of(o.id)}

    # ---- following the model and the scene -------------------------------------
    def _document_changed(self, changes: list[Change]) -> None:
        touched = organisations_touched(changes)
        if self._unclaimed_syncs:  # the scene synced for this change before we heard of it
            self._unclaimed_syncs -= 1
            self.refresh_some(touched)
        else:  # the scene is about to sync for it
            self._touched = touched if self._touched is None else self._touched | touched

    def _scene_synced(self) -> None:
        if self.layer is None or not shiboken6.isValid(self.layer) or self.layer.scene() is not self.scene:
            self._touched, self._unclaimed_syncs = None, 0
            self.refresh()  # the scene was rebuilt: our items went with it
            return
        # New scores resize people without a change (set_analysis): their frames follow.
        analysis = getattr(self.scene, "analysis", None)
        touched = self.resized() if analysis is not self._analysis_seen else set()
        self._analysis_seen = analysis
        if self._touched is not None:
            touched |= self._touched
            self._touched = None
        else:  # the Document may tell us next what changed (the scene heard of it first)
            if not self._unclaimed_syncs:
                QTimer.singleShot(0, self, self._forget_unclaimed)
            self._unclaimed_syncs += 1
        self.refresh_some(touched)

    def _forget_unclaimed(self) -> None:
        self._unclaimed_syncs = 0

    def resized(self) -> set[NodeId]:
        """Organisations with a person whose size changed since their frame was drawn.

        The scene sizes a person by their importance score; comparing scores (plain floats)
        is five times quicker than asking 5,000 items their diameter.
        """
        importance = self._importance()
        touched: set[NodeId] = set()
        for org_id, people in self._drawn.items():
            for person_id, score in people.items():
                found = importance.get(person_id)
                if (found.score if found is not None else None) != score:
                    touched.add(org_id)
                    break
        return touched

    def _importance(self) -> dict[NodeId, Any]:
        analysis = getattr(self.scene, "analysis", None)
        return analysis.importance if analysis is not None else {}

    def refresh(self) -> None:
        """Collapse state, aggregated lines and every frame."""
        self.collapse.apply()
        self.refresh_frames()

    def refresh_some(self, organisation_ids: set[NodeId]) -> None:
        """Collapse state, aggregated lines and the frames of these organisations only."""
        self.collapse.apply()
        for org_id in organisation_ids:
            self._refresh_frame(org_id)
        if organisation_ids:
            self._layer_follows(organisation_ids)

    def _layer_follows(self, organisation_ids: Iterable[NodeId]) -> None:
        """The layer (which draws every frame far out) takes the frames of these organisations."""
        if self.layer is None or not shiboken6.isValid(self.layer) or self.layer.scene() is not self.scene:
            self._update_layer()
        else:
            self.layer.set_some({i: self.frames.get(i) for i in organisation_ids})

    def refresh_frames(self) -> None:
        self.frames = {k: f for k, f in self.frames.items() if shiboken6.isValid(f)}
        doc = self.window.document
        wanted: dict[NodeId, tuple[Organisation, list[Contact]]] = {}
        if doc is not None:
            for org in doc.network.organisations():
                members = self._framed_members(org)
                if members:
                    wanted[org.id] = (org, members)
        for org_id in [k for k in self.frames if k not in wanted]:
            self.scene.removeItem(self.frames.pop(org_id))
        self._drawn = {}
        for org_id, (org, members) in wanted.items():
            self._update_frame(org_id, org, members)
        self._update_layer()

    def _framed_members(self, org: Organisation) -> list[Contact]:
        """The people of an organisation that gets a frame (none: no frame)."""
        doc = self.window.document
        if doc is None or not (self.shown or org.id in self.collapse.collapsed):
            return []
        return doc.network.members_of(org.id)

    def _refresh_frame(self, org_id: NodeId) -> None:
        doc = self.window.document
        org = doc.network.nodes.get(org_id) if doc is not None else None
        members = self._framed_members(org) if isinstance(org, Organisation) else []
        if members:
            self._update_frame(org_id, org, members)  # type: ignore[arg-type]
        elif org_id in self.frames:
            self.scene.removeItem(self.frames.pop(org_id))
            self._drawn.pop(org_id, None)

    def _update_layer(self) -> None:
        if self.layer is None or not shiboken6.isValid(self.layer) or self.layer.scene() is not self.scene:
            self.layer = FrameLayer(self)
            self.scene.addItem(self.layer)
        self.layer.set_frames(self.frames.values())

    def schedule_overview(self, overview: bool) -> None:
        """Switch drawing modes after the paint that noticed the zoom (flags changed mid-paint repaint)."""
        if self._overview_pending is not None:
            self._overview_pending = overview
            return
        self._overview_pending = overview
        QTimer.singleShot(0, self._apply_overview)

    def _apply_overview(self) -> None:
        overview, self._overview_pending = self._overview_pending, None
        if overview is None or overview == self.overview:
            return
        self.overview = overview
        for frame in self.frames.values():
            frame.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, overview)
        self._update_layer()

    def _update_frame(
        self, org_id: NodeId, org: Organisation | None = None, members: list[Contact] | None = None
    ) -> None:
        doc = self.window.document
        if org is None and doc is not None:
            found = doc.network.nodes.get(org_id)
            org = found if isinstance(found, Organisation) else None
        node_items = self.scene.node_items
        org_item = node_items.get(org_id)
        frame = self.frames.get(org_id)
        if org is None or org_item is None or not org_item.isVisible() or doc is None:
            if frame is not None:
                self.scene.removeItem(self.frames.pop(org_id))
            self._drawn.pop(org_id, None)
            return
        if members is None:
            members = doc.network.members_of(org_id)
        collapsed = org_id in self.collapse.collapsed
        # Plain floats: this runs for every organisation after each edit (500 on the benchmark map).
        box = node_box(org_item)
        pos = org_item.pos()
        left, right = pos.x() - box.half_width, pos.x() + box.half_width
        top, bottom = pos.y() - box.above, pos.y() + box.below
        drawn: dict[NodeId, float | None] = {}
        importance = self._importance()
        self._drawn[org_id] = drawn
        if not collapsed:
            for member in members:
                item = node_items.get(member.id)
                if item is None or not item.isVisible():
                    continue
                found = importance.get(member.id)
                drawn[member.id] = found.score if found is not None else None
                box = node_box(item)
                pos = item.pos()
                x, y = pos.x(), pos.y()
                left, right = min(left, x - box.half_width), max(right, x + box.half_width)
                top, bottom = min(top, y - box.above), max(bottom, y + box.below)
        rect = QRectF(left - PADDING, top - PADDING - HEADER, right - left + 2 * PADDING,
                      bottom - top + 2 * PADDING + HEADER)
        if frame is None:
            frame = FrameItem(self, org_id)
            frame.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, self.overview)
            self.scene.addItem(frame)
            self.frames[org_id] = frame
        frame.set_state(rect, style.node_colour(org, None), collapsed, len(members))

    def follow(self, node_ids: list[str]) -> None:
        """Reshape the frames of organisations whose node or people are moving."""
        doc = self.window.document
        if doc is None:
            return
        touched: set[NodeId] = set()
        for node_id in node_ids:
            node = doc.network.nodes.get(node_id)
            if isinstance(node, Organisation):
                touched.add(node.id)
            elif isinstance(node, Contact) and node.organisation_id:
                touched.add(node.organisation_id)
        for org_id in touched:
            if org_id in self.frames:
                self._update_frame(org_id)
        if touched:
            self._layer_follows(touched)
        self.collapse.follow(node_ids)

    # ---- header gestures ------------------------------------------------------
    def select_organisation(self, org_id: NodeId, additive: bool) -> None:
        item = self.scene.node_items.get(org_id)
        if item is None:
            return
        if not additive:
            self.scene.clearSelection()
        item.setSelected(True)

    def drag_start(self, org_id: NodeId) -> dict[NodeId, QPointF] | None:
        """Positions of the organisation and its visible people, if the map can be edited."""
        doc = self.window.document
        if doc is None or not getattr(self.scene, "editable", not doc.read_only):
            return None
        ids = [org_id, *(m.id for m in doc.network.members_of(org_id))]
        return {i: QPointF(item.pos()) for i in ids if (item := self.scene.node_items.get(i)) is not None}

    def drag_to(self, start: dict[NodeId, QPointF], delta: QPointF) -> None:
        for node_id, position in start.items():
            item = self.scene.node_items.get(node_id)
            if item is not None:
                item.setPos(position + delta)
        self.scene.nodes_moving.emit(list(start))  # their ties, and the frame, follow

    def drag_end(self, start: dict[NodeId, QPointF]) -> None:
        moved = {
            node_id: (item.pos().x(), item.pos().y())
            for node_id, position in start.items()
            if (item := self.scene.node_items.get(node_id)) is not None and item.pos() != position
        }
        if moved:
            self.scene.nodes_moved.emit(moved)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A double-click on a frame's header collapses or expands it (before the view makes a contact there)."""
        if (event.type() == QEvent.Type.MouseButtonDblClick and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton):
            frame = self.frame_at(event.position().toPoint())
            if frame is not None:
                self.collapse.toggle(frame.organisation_id)
                return True
        return super().eventFilter(watched, event)

    def frame_at(self, view_pos) -> FrameItem | None:  # type: ignore[no-untyped-def]
        """The frame whose header is under this viewport position, unless a node or tie is on top."""
        for item in self.view.items(view_pos):
            if isinstance(item, FrameItem):
                return item
            if isinstance(item, NodeItem) or item.zValue() > FRAME_Z:
                return None
        return None

    # ---- context menu ------------------------------------------------------------
    def _fill_context_menu(self, menu: QMenu, ids: list[str]) -> None:
        doc = self.window.document
        if doc is None:
            return
        if not ids:
            if self.collapse.collapsed & self._organisations_with_members():
                menu.addAction(self.expand_all_action)
            return
        orgs = [i for i in ids if isinstance(doc.network.nodes.get(i), Organisation) and doc.network.members_of(i)]
        if not orgs:
            return
        menu.addSeparator()
        if all(self.collapse.is_collapsed(i) for i in orgs):
            menu.addAction(self.tr("E&xpand"), lambda: self.collapse.set_collapsed(orgs, False))
        else:
            menu.addAction(self.tr("C&ollapse"), lambda: self.collapse.set_collapsed(orgs, True))


def organisations_touched(changes: list[Change]) -> set[NodeId]:
    """The organisations whose frame a change may reshape: changed ones, and those people joined or left."""
    touched: set[NodeId] = set()
    for change in changes:
        if isinstance(change, (Added, Removed)):
            entities: tuple[object, ...] = (change.entity,)
        elif isinstance(change, Updated):
            entities = (change.before, change.after)
        else:
            continue
        for entity in entities:
            if isinstance(entity, Organisation):
                touched.add(entity.id)
            elif isinstance(entity, Contact) and entity.organisation_id:
                touched.add(entity.organisation_id)
    return touched
