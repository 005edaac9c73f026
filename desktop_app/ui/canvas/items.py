"""Graphics items for nodes and ties. They draw; they never change the model.

How much they draw depends on the zoom (``look.py``): far out the tie layer
draws every node and tie in a few batched calls and the items only add
selection and highlights; closer in, nodes draw themselves with initials, then
with their labels. Ties are always drawn by the tie layer, batched by pen; a
tie item paints itself only while it is selected or highlighted. Every node
has an item (selection, hit-testing, tooltips), though a big map's are made
just after its first frame, which the tie layer draws from the model
(``MapScene.node_marks``, with ``contact_paint`` and ``organisation_paint``
below, so both pictures agree); a tie has one only once it is needed — selected, highlighted, clicked — made by ``MapScene.tie_items``; the
tie layer draws all ties from the scene's tie table (tie_table.py).
"""

from __future__ import annotations

import math
from datetime import date
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ... import style
from ...analysis.quality import TieQuality
from ...domain.entities import Contact, Organisation, Tie
from ...domain.enums import DIRECTED_TYPES, Attitude
from . import look
from .look import (  # noqa: F401  (re-exported: other canvas modules import these from here)
    CLASS_PEN,
    CLASS_WIDTH,
    HIGHLIGHT_MARGIN,
    HIGHLIGHT_WIDTH,
    INITIALS_FONT,
    LABEL_FONT,
    ORG_FONT,
    SELECTION_COLOUR,
    TITLE_FONT,
)

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
LABEL_NONE, LABEL_NAME, LABEL_FULL = 0, 1, 2
"""What a contact shows under its circle: nothing, its name, or its name and title (see labels.py)."""


def importance_diameter(score: float) -> float:
    """Bigger is more important (001): 28 for importance 0 up to 68 for 100."""
    return 28.0 + 0.4 * max(0.0, min(score, 100.0))


def contact_paint(category_base: str, attitude: Attitude, mode: str) -> tuple[QColor, QColor, bool]:
    """Fill, outline and whether the outline is dashed, of a contact in a colour mode."""
    if mode == style.COLOUR_BY_ATTITUDE:
        base = style.ATTITUDE_COLOURS[attitude]
        outline = look.colour("#7D8390") if attitude is Attitude.UNKNOWN else look.darker(base)
        return look.lighter(base, 0.15), outline, attitude in style.ATTITUDE_OUTLINE_DASHED
    return look.lighter(category_base, 0.25), look.darker(category_base), False


def organisation_paint(organisation: Organisation, mode: str) -> tuple[QColor, QColor]:
    """Fill and outline of an organisation in a colour mode."""
    base = style.organisation_colour(organisation, mode)
    return look.colour(base), look.darker(base, 140)


def organisation_width(name: str) -> float:
    """An organisation's box grows with its name, within limits (the height is fixed)."""
    return max(style.ORGANISATION_SIZE[0], min(look.text_width("org", name) + 28, 240))


def contact_outline(diameter: float) -> tuple[float, float, bool]:
    """Half width, half height and roundness of what a contact's ties stop at (the tie table's outline)."""
    r = diameter / 2 + 1
    return r, r, True


def organisation_outline(width: float, height: float) -> tuple[float, float, bool]:
    """The same for an organisation's box."""
    return width / 2 + 1, height / 2 + 1, False


def contact_rect(x: float, y: float, diameter: float) -> QRectF:
    """A contact's circle in scene coordinates (the far-out picture draws it)."""
    r = diameter / 2
    return QRectF(x - r, y - r, 2 * r, 2 * r)


def organisation_rect(x: float, y: float, width: float, height: float) -> QRectF:
    """An organisation's box in scene coordinates."""
    return QRectF(x - width / 2, y - height / 2, width, height)


def _notify_layer(item: QGraphicsItem, rect: QRectF | None = None) -> None:
    """Tell the scene's tie layer (tie_layer.py) that this item's picture changed."""
    scene = item.scene()
    layer = getattr(scene, "tie_layer", None) if scene is not None else None
    if layer is not None:
        layer.item_changed(item, rect)


# Kept for modules written against the earlier helpers.
_lighter = look.lighter
_text_colour = look.text_colour


class NodeItem(QGraphicsItem):
    """Base of contact and organisation items: selectable, positioned at the node's centre."""

    def __init__(self, node: Contact | Organisation, colour_mode: str | None = None) -> None:
        super().__init__()
        self.node_id = node.id
        if colour_mode is not None:
            self.colour_mode = colour_mode
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setZValue(2)
        self.highlights: list[QColor] = []
        # Nodes repaint from a pixmap while nothing about them changed (a drag elsewhere, a
        # repaint of the ties under them): their circles, initials and labels are drawn once per zoom.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_movable(self, movable: bool) -> None:
        """Editable maps let nodes be dragged.

        There is no ``itemChange`` override: it would be called from C++ for every flag, position
        and z-value change of every node (eight times while one is made, 0.3 s on opening a map of
        5,500 nodes). Whoever moves nodes says so with ``MapScene.nodes_moving``, and the ties follow.
        """
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)

    def set_highlights(self, colours: list[QColor]) -> None:
        """Rings drawn around the node (a path or finding being shown); empty for none."""
        if colours != self.highlights:
            self.highlights = list(colours)
            self.update()
            _notify_layer(self)  # far out, the tie layer draws the rings

    colour_mode = style.COLOUR_BY_CATEGORY
    """Per item, set by the canvas appearance (appearance.py) after every sync."""

    def set_colour_mode(self, mode: str) -> None:
        if mode != self.colour_mode:
            self.colour_mode = mode
            self._apply_colours()
            self.update()
            _notify_layer(self)

    def _apply_colours(self) -> None:
        raise NotImplementedError

    def overview_rect(self) -> QRectF:
        """The node's outline in scene coordinates, for the tie layer's batched overview."""
        raise NotImplementedError

    def _paint_rings(self, painter: QPainter, lod: float, draw: object) -> None:
        """Highlight rings, at least a few pixels wide however far out (a path must stay visible)."""
        width = max(look.HIGHLIGHT_WIDTH, look.MIN_RING_PX / lod)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for i, ring_colour in enumerate(self.highlights):
            painter.setPen(QPen(ring_colour, width))
            draw(3 + width / 2 + i * width)  # type: ignore[operator]

    def boundary_distance(self, angle: float) -> float:
        """Distance from the centre to the outline in a direction, so ties stop at the edge."""
        raise NotImplementedError

    def tie_outline(self) -> tuple[float, float, bool]:
        raise NotImplementedError


class ContactItem(NodeItem):
    def __init__(self, contact: Contact, organisation: Organisation | None, importance: float | None = None,
                 colour_mode: str | None = None) -> None:
        super().__init__(contact, colour_mode)
        self._source: tuple[Contact, Organisation | None, float | None] | None = None
        self.diameter = 0.0
        self._label_width = -1.0
        self.label_mode = LABEL_FULL
        self.outline_dashed = False
        self.update_from(contact, organisation, importance)

    def update_from(self, contact: Contact, organisation: Organisation | None, importance: float | None = None) -> None:
        """``importance`` (0-100) sizes the node when an analysis is available."""
        source = (contact, organisation, importance)
        previous = self._source
        if source == previous:
            return  # after every analysis the scene offers every contact again: most are unchanged
        self._source = source
        if previous is not None and previous[0] is contact and previous[1] is organisation:
            self._resize(importance)  # only the importance moved (a new analysis)
            return
        self.name = contact.name
        self.subtitle = contact.title
        self.initials = style.initials(contact.name)
        self.importance = importance
        self.attitude = contact.attitude
        self._name_width = look.text_width("label", self.name)
        self._title_width = look.text_width("title", self.subtitle) if self.subtitle else 0.0
        diameter = style.contact_diameter(contact) if importance is None else importance_diameter(importance)
        label_width = max(self._name_width, self._title_width)
        if diameter != self.diameter or label_width != self._label_width:
            self.prepareGeometryChange()
            self.diameter = diameter
            self._label_width = label_width
            r = diameter / 2 + HIGHLIGHT_MARGIN
            w = max(r, label_width / 2 + 4)
            self._bounds = QRectF(-w, -r, 2 * w, 2 * r + 34)
            self._shape: QPainterPath | None = None
        self._category_base = style.node_colour(contact, organisation)
        self._apply_colours()
        self.setPos(contact.x, contact.y)
        self.setToolTip(self._tooltip(contact, organisation, importance))
        self.update()
        _notify_layer(self)

    def _resize(self, importance: float | None) -> None:
        self.importance = importance
        contact, organisation, _ = self._source  # type: ignore[misc]
        diameter = style.contact_diameter(contact) if importance is None else importance_diameter(importance)
        if diameter != self.diameter:
            self.prepareGeometryChange()
            self.diameter = diameter
            r = diameter / 2 + HIGHLIGHT_MARGIN
            w = max(r, self._label_width / 2 + 4)
            self._bounds = QRectF(-w, -r, 2 * w, 2 * r + 34)
            self._shape = None
            _notify_layer(self)
        self.setToolTip(self._tooltip(contact, organisation, importance))

    @staticmethod
    def _tooltip(contact: Contact, organisation: Organisation | None, importance: float | None) -> str:
        tip = contact.name + (f"\n{contact.title}" if contact.title else "")
        if organisation:
            tip += f"\n{organisation.name}"
        if importance is not None:
            tip += "\n" + ContactItem.importance_tip().replace("%1", str(round(importance)))
        return tip

    def _apply_colours(self) -> None:
        self.fill, self.outline, self.outline_dashed = contact_paint(self._category_base, self.attitude, self.colour_mode)
        self.text_colour = look.text_colour(self.fill)

    @staticmethod
    def importance_tip() -> str:
        return QCoreApplication.translate("ContactItem", "Importance %1 of 100")

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            self._shape = QPainterPath()
            r = self.diameter / 2
            self._shape.addEllipse(QPointF(0, 0), r, r)
        return self._shape

    def boundary_distance(self, angle: float) -> float:
        return self.diameter / 2 + 1

    def tie_outline(self) -> tuple[float, float, bool]:
        """Half width, half height and roundness of what ties stop at (the tie table's view of boundary_distance)."""
        return contact_outline(self.diameter)

    def overview_rect(self) -> QRectF:
        p = self.pos()
        return contact_rect(p.x(), p.y(), self.diameter)

    def label_rect(self, mode: int) -> QRectF:
        """Where the label of this mode sits, in scene coordinates (labels.py keeps them apart)."""
        r = self.diameter / 2
        width = (max(self._name_width, self._title_width) if mode == LABEL_FULL else self._name_width) + 8
        height = 30.0 if mode == LABEL_FULL and self.subtitle else 17.0
        p = self.pos()
        return QRectF(p.x() - width / 2, p.y() + r + 2, width, height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = painter.worldTransform().m11()
        if lod < look.OVERVIEW_LOD:
            return  # the tie layer draws the overview, selection and highlights included
        r = self.diameter / 2
        centre = QPointF(0, 0)
        if self.highlights:
            self._paint_rings(painter, lod, lambda grow: painter.drawEllipse(centre, r + grow, r + grow))
        selected = self.isSelected() and not look.RENDER.exporting
        pen = QPen(look.SELECTION_COLOUR if selected else self.outline, 3.0 if selected else 1.5)
        if self.outline_dashed and not selected:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(self.fill)
        painter.drawEllipse(centre, r, r)
        if lod < look.INITIALS_LOD:
            return
        painter.setPen(self.text_colour)
        painter.setFont(look.INITIALS_FONT)
        painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, self.initials)
        if self.colour_mode == style.COLOUR_BY_ATTITUDE:
            self._paint_glyph(painter, r)
        if lod >= look.LABEL_LOD and self.label_mode != LABEL_NONE:
            self._paint_label(painter, r)

    def _paint_glyph(self, painter: QPainter, r: float) -> None:
        """A second cue for the attitude, so colour is never the only signal."""
        centre = QPointF(r * 0.72, -r * 0.72)
        painter.setPen(QPen(self.outline, 1.0))
        painter.setBrush(look.colour("#FFFFFF"))
        painter.drawEllipse(centre, 7.0, 7.0)
        painter.setPen(look.colour(style.LABEL_COLOUR))
        painter.setFont(look.GLYPH_FONT)
        painter.drawText(QRectF(centre.x() - 7, centre.y() - 7.5, 14, 14), Qt.AlignmentFlag.AlignCenter,
                         style.ATTITUDE_GLYPHS[self.attitude])

    def _paint_label(self, painter: QPainter, r: float) -> None:
        """Name (and title) under the circle, on a soft backing so crossing ties do not hide them."""
        with_title = self.label_mode == LABEL_FULL and bool(self.subtitle)
        backing_w = (max(self._name_width, self._title_width) if with_title else self._name_width) + 8
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.LABEL_BACKING)
        painter.drawRoundedRect(QRectF(-backing_w / 2, r + 2, backing_w, 30 if with_title else 17), 4, 4)
        width = max(self._label_width + 8, 2 * r)
        painter.setPen(look.colour(style.LABEL_COLOUR))
        painter.setFont(look.LABEL_FONT)
        painter.drawText(QRectF(-width / 2, r + 2, width, 16), Qt.AlignmentFlag.AlignHCenter, self.name)
        if with_title:
            painter.setPen(look.SUBTITLE_COLOUR)
            painter.setFont(look.TITLE_FONT)
            painter.drawText(QRectF(-width / 2, r + 17, width, 14), Qt.AlignmentFlag.AlignHCenter, self.subtitle)


class OrganisationItem(NodeItem):
    def __init__(self, organisation: Organisation, colour_mode: str | None = None) -> None:
        super().__init__(organisation, colour_mode)
        self._source: Organisation | None = None
        self.width = 0.0
        self.height = 0.0
        self.update_from(organisation)

    def update_from(self, organisation: Organisation) -> None:
        if organisation == self._source:
            return
        self._source = organisation
        self.name = organisation.name
        base_h = style.ORGANISATION_SIZE[1]
        metrics = look.metrics("org")
        width = organisation_width(self.name)
        if width != self.width or base_h != self.height:
            self.prepareGeometryChange()
            self.width, self.height = width, base_h
            self._box = QRectF(-width / 2, -base_h / 2, width, base_h)
            m = HIGHLIGHT_MARGIN
            self._bounds = self._box.adjusted(-m, -m, m, m)
            self._shape: QPainterPath | None = None
        self.elided_name = metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, width - 14)
        self.organisation = organisation
        self.is_own = organisation.is_own
        self._apply_colours()
        self.setPos(organisation.x, organisation.y)
        self.setToolTip(organisation.name + (f"\n{organisation.description}" if organisation.description else ""))
        self.update()
        _notify_layer(self)

    def _apply_colours(self) -> None:
        self.fill, self.outline = organisation_paint(self.organisation, self.colour_mode)
        self.text_colour = look.text_colour(self.fill)

    def _rect(self) -> QRectF:
        return self._box

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            self._shape = QPainterPath()
            self._shape.addRoundedRect(self._box, 8, 8)
        return self._shape

    def boundary_distance(self, angle: float) -> float:
        dx, dy = abs(math.cos(angle)), abs(math.sin(angle))
        hw, hh = self.width / 2 + 1, self.height / 2 + 1
        return min(hw / dx if dx > 1e-9 else math.inf, hh / dy if dy > 1e-9 else math.inf)

    def tie_outline(self) -> tuple[float, float, bool]:
        return organisation_outline(self.width, self.height)

    def overview_rect(self) -> QRectF:
        p = self.pos()
        return organisation_rect(p.x(), p.y(), self.width, self.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = painter.worldTransform().m11()
        if lod < look.OVERVIEW_LOD:
            return  # the tie layer draws the overview
        box = self._box
        if self.highlights:
            self._paint_rings(painter, lod, lambda grow: painter.drawRoundedRect(
                box.adjusted(-grow, -grow, grow, grow), 10, 10))
        selected = self.isSelected() and not look.RENDER.exporting
        width = 3.0 if selected else (2.5 if self.is_own else 1.2)
        painter.setPen(QPen(look.SELECTION_COLOUR if selected else self.outline, width))
        painter.setBrush(self.fill)
        painter.drawRoundedRect(box, 8, 8)
        if lod >= look.INITIALS_LOD:
            painter.setPen(self.text_colour)
            painter.setFont(look.ORG_FONT)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.elided_name)


class TieItem(QGraphicsLineItem):
    """A straight line between two nodes, stopping at their outlines; arrow when directed.

    The tie layer draws every tie, batched with those that look alike; the item
    paints itself only while it is selected or highlighted, on top. Its line
    (C++ bounding rect and shape, wide enough to click) serves hit-testing,
    rubber-band selection and the layer's culling.
    """

    def __init__(self, tie: Tie, source: NodeItem, target: NodeItem, offset: float = 0.0) -> None:
        super().__init__()
        self.tie_id = tie.id
        self.source = source
        self.target = target
        self.offset = offset
        self.highlights: list[QColor] = []
        self._style: tuple | None = None
        self._line = QLineF()
        self.coords: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
        """x1, y1, x2, y2 of the line as Python floats (the tie layer reads thousands of them)."""
        self.arrow: QPolygonF | None = None
        self.setZValue(1)
        self.setFlags(_TIE_FLAGS)
        self._apply_style(tie, None)
        self.refresh_line(force=True, notify=False)  # not in a scene yet: nobody to tell

    def update_from(self, tie: Tie, quality: TieQuality | None = None) -> None:
        """``quality`` (from the analysis) sets width and dash by class; else the ratings do."""
        self.refresh_line(force=self._apply_style(tie, quality))

    def _apply_style(self, tie: Tie, quality: TieQuality | None) -> bool:
        """Take the look of the tie; whether it changed."""
        key, day = tie_look(tie, quality)
        dated_changed = day != getattr(self, "last_contact", None)
        self.last_contact = day
        self.tie_class = None if quality is None else quality.tie_class
        if key is self._style:
            return dated_changed
        self._style = key
        width, pen_style, self.strength, self.directed = key
        self.style_key = (width, pen_style)
        self.line_pen = look.tie_pen(width, pen_style)
        self._set_hit_pen()
        return True

    def _set_hit_pen(self) -> None:
        """The item's own pen is never drawn: its width makes the clickable shape and the bounds."""
        width = max(self.line_pen.widthF() + 1.5, 10.0) + 2 * HIGHLIGHT_WIDTH * len(self.highlights)
        self.setPen(_hit_pen(width))

    def refresh_line(self, force: bool = False, notify: bool = True) -> None:
        """Follow the ends (moved, or their size changed); ``notify``: tell the tie layer."""
        coords = self._compute_line()
        if coords == self.coords and not force:
            return
        old = self._line
        self.coords = coords
        line = self._line = QLineF(*coords)
        self.setLine(line)
        self.arrow = _arrow(line, self.line_pen.widthF()) if self.directed and line.length() > 0 else None
        if notify and self.highlights:
            _notify_layer(self, QRectF(old.p1(), old.p2()).normalized())  # far out the layer draws the halo

    def set_highlights(self, colours: list[QColor]) -> None:
        if colours != self.highlights:
            self.highlights = list(colours)
            self._set_hit_pen()
            self.sync_contents()
            self.update()
            _notify_layer(self)

    def sync_contents(self) -> None:
        """Paint only while selected or highlighted (the tie layer draws the plain tie)."""
        plain = not (self.highlights or self.isSelected())
        if bool(self.flags() & NO_CONTENTS) != plain:
            self.setFlag(NO_CONTENTS, plain)

    def _compute_line(self) -> tuple[float, float, float, float]:
        a, b = self.source.pos(), self.target.pos()
        ax, ay, bx, by = a.x(), a.y(), b.x(), b.y()
        angle = math.atan2(by - ay, bx - ax)
        cos, sin = math.cos(angle), math.sin(angle)
        start_d = self.source.boundary_distance(angle)
        end_d = self.target.boundary_distance(angle)
        if math.hypot(bx - ax, by - ay) <= start_d + end_d:
            return (ax, ay, ax, ay)  # the ends overlap: nothing to draw
        # Parallel ties between the same pair are offset sideways so they do not overlap.
        nx, ny = -sin * self.offset, cos * self.offset
        return (ax + cos * start_d + nx, ay + sin * start_d + ny, bx - cos * end_d + nx, by - sin * end_d + ny)

    def line_geometry(self) -> QLineF:
        return QLineF(self._line)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if painter.worldTransform().m11() < look.OVERVIEW_LOD or self._line.length() == 0:
            return  # far out the tie layer draws selection and highlights too
        if look.RENDER.exporting and not self.highlights:
            return  # an export leaves the selection out: the layer has drawn the plain tie
        width = self.line_pen.widthF()
        for i in reversed(range(len(self.highlights))):
            under = QColor(self.highlights[i])
            under.setAlpha(190)
            halo = QPen(under, width + 2 * HIGHLIGHT_WIDTH * (i + 1))
            halo.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(halo)
            painter.drawLine(self._line)
        pen = QPen(self.line_pen)
        if self.isSelected() and not look.RENDER.exporting:
            pen.setColor(look.SELECTION_COLOUR)
            pen.setWidthF(width + 1.5)
        painter.setPen(pen)
        painter.drawLine(self._line)
        if self.arrow is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pen.color())
            painter.drawPolygon(self.arrow)


_TIE_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | NO_CONTENTS


def ids_of(items: list[QGraphicsItem]) -> list[str]:
    """The node and tie ids of these items (a selection), in their order; other items are left out."""
    ids: list[str] = []
    for item in items:
        if isinstance(item, NodeItem):
            ids.append(item.node_id)
        elif isinstance(item, TieItem):
            ids.append(item.tie_id)
    return ids


def tie_look(tie: Tie, quality: TieQuality | None) -> tuple[tuple[float, Qt.PenStyle, int, bool], date | None]:
    """How a tie is drawn (width, dash, strength 0-3, directed) and the date it carries.

    With an analysis the quality class decides; until then the mean of the ratings.
    """
    directed = tie.type in DIRECTED_TYPES  # not the enum's property: 20,000 of those cost 0.1 s on opening a map
    if quality is None:
        return (_rating_style(tie.acquaintance, tie.availability, tie.trust, tie.support, directed),
                tie.last_contact)
    return _class_style(quality.tie_class, directed), quality.last_contact


@lru_cache(maxsize=4096)
def _rating_style(*ratings_and_direction: int | bool | None) -> tuple[float, Qt.PenStyle, int, bool]:
    """Width, dash, strength (0-3) and direction from the ratings, until an analysis is there.

    Shared tuples (cached): ties that look alike get the very same key, so a refresh that changes
    nothing is one identity test.
    """
    *ratings, directed = ratings_and_direction
    rated = [r for r in ratings if r is not None]
    mean = sum(rated) / len(rated) if rated else None  # type: ignore[arg-type]
    width = 1.0 if mean is None else 0.6 + mean * 0.8  # style.tie_width
    dashed = mean is None or mean <= 2.5  # style.tie_dashed
    strength = 0 if mean is None else (1 if mean <= 2.5 else (2 if mean < 3.75 else 3))
    return width, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine, strength, bool(directed)


@lru_cache(maxsize=16)
def _class_style(tie_class: object, directed: bool) -> tuple[float, Qt.PenStyle, int, bool]:
    return (look.CLASS_WIDTH[tie_class], look.CLASS_PEN[tie_class],  # type: ignore[index]
            look.CLASS_STRENGTH[tie_class], directed)  # type: ignore[index]


@lru_cache(maxsize=64)
def _hit_pen(width: float) -> QPen:
    return QPen(QColor(0, 0, 0, 0), width)


def _arrow(line: QLineF, width: float) -> QPolygonF:
    angle = math.atan2(line.dy(), line.dx())
    size = 9 + width
    tip = line.p2()
    x, y = tip.x(), tip.y()
    return QPolygonF([
        tip,
        QPointF(x - size * math.cos(angle - 0.45), y - size * math.sin(angle - 0.45)),
        QPointF(x - size * math.cos(angle + 0.45), y - size * math.sin(angle + 0.45)),
    ])
