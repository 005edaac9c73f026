"""Graphics items for nodes and ties. They draw; they never change the model."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from ... import style
from ...analysis.quality import TieClass, TieQuality
from ...domain.entities import Contact, Organisation, Tie

LABEL_FONT = QFont()
LABEL_FONT.setPointSizeF(9.0)
TITLE_FONT = QFont()
TITLE_FONT.setPointSizeF(7.5)
ORG_FONT = QFont()
ORG_FONT.setPointSizeF(9.5)
ORG_FONT.setBold(True)
INITIALS_FONT = QFont()
INITIALS_FONT.setPointSizeF(10.0)
INITIALS_FONT.setBold(True)
SELECTION_COLOUR = QColor("#1A73E8")
LABEL_BACKING = QColor(247, 248, 250, 215)
HIGHLIGHT_WIDTH = 5.0
HIGHLIGHT_MARGIN = 14.0
"""Room kept around a node for up to two highlight rings (path finder: strongest and shortest)."""

# With an analysis, tie lines follow the quality class; without one, style.py's rating fallbacks.
CLASS_WIDTH = {TieClass.STRONG: 4.2, TieClass.MEDIUM: 2.6, TieClass.WEAK: 1.4, TieClass.UNRATED: 1.0}
CLASS_PEN = {
    TieClass.STRONG: Qt.PenStyle.SolidLine, TieClass.MEDIUM: Qt.PenStyle.SolidLine,
    TieClass.WEAK: Qt.PenStyle.DashLine, TieClass.UNRATED: Qt.PenStyle.DotLine,
}


def importance_diameter(score: float) -> float:
    """Bigger is more important (001): 28 for importance 0 up to 68 for 100."""
    return 28.0 + 0.4 * max(0.0, min(score, 100.0))


def _lighter(hex_colour: str, amount: float) -> QColor:
    """Blend towards white: contacts wear a light tint of their organisation's colour."""
    c = QColor(hex_colour)
    return QColor(
        round(c.red() + (255 - c.red()) * amount),
        round(c.green() + (255 - c.green()) * amount),
        round(c.blue() + (255 - c.blue()) * amount),
    )


def _text_colour(background: QColor) -> QColor:
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#FFFFFF") if luminance < 150 else QColor(style.LABEL_COLOUR)


class NodeItem(QGraphicsObject):
    """Base of contact and organisation items: selectable, positioned at the node's centre."""

    def __init__(self, node: Contact | Organisation) -> None:
        super().__init__()
        self.node_id = node.id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setZValue(2)
        self.highlights: list[QColor] = []

    def set_highlights(self, colours: list[QColor]) -> None:
        """Rings drawn around the node (a path or finding being shown); empty for none."""
        if colours != self.highlights:
            self.highlights = list(colours)
            self.update()

    def boundary_distance(self, angle: float) -> float:
        """Distance from the centre to the outline in a direction, so ties stop at the edge."""
        raise NotImplementedError


class ContactItem(NodeItem):
    def __init__(self, contact: Contact, organisation: Organisation | None, importance: float | None = None) -> None:
        super().__init__(contact)
        self.update_from(contact, organisation, importance)

    def update_from(self, contact: Contact, organisation: Organisation | None, importance: float | None = None) -> None:
        """``importance`` (0-100) sizes the node when an analysis is available."""
        self.prepareGeometryChange()
        self.name = contact.name
        self.subtitle = contact.title
        self.initials = style.initials(contact.name)
        self.importance = importance
        self.diameter = style.contact_diameter(contact) if importance is None else importance_diameter(importance)
        base = style.node_colour(contact, organisation)
        self.fill = _lighter(base, 0.25)
        self.outline = QColor(base).darker(135)
        self.setPos(contact.x, contact.y)
        tip = contact.name + (f"\n{contact.title}" if contact.title else "")
        if organisation:
            tip += f"\n{organisation.name}"
        if importance is not None:
            tip += "\n" + ContactItem.importance_tip().replace("%1", str(round(importance)))
        self.setToolTip(tip)
        metrics = QFontMetricsF(LABEL_FONT)
        self._label_width = max(metrics.horizontalAdvance(self.name), QFontMetricsF(TITLE_FONT).horizontalAdvance(self.subtitle))
        self.update()

    @staticmethod
    def importance_tip() -> str:
        return QCoreApplication.translate("ContactItem", "Importance %1 of 100")

    def boundingRect(self) -> QRectF:
        r = self.diameter / 2 + HIGHLIGHT_MARGIN
        w = max(r, self._label_width / 2 + 4)
        return QRectF(-w, -r, 2 * w, 2 * r + 34)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        r = self.diameter / 2
        path.addEllipse(QPointF(0, 0), r, r)
        return path

    def boundary_distance(self, angle: float) -> float:
        return self.diameter / 2 + 1

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = self.diameter / 2
        selected = self.isSelected()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for i, colour in enumerate(self.highlights):
            painter.setPen(QPen(colour, HIGHLIGHT_WIDTH))
            ring = r + 3 + HIGHLIGHT_WIDTH / 2 + i * HIGHLIGHT_WIDTH
            painter.drawEllipse(QPointF(0, 0), ring, ring)
        painter.setPen(QPen(SELECTION_COLOUR if selected else self.outline, 3.0 if selected else 1.5))
        painter.setBrush(QBrush(self.fill))
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setPen(_text_colour(self.fill))
        painter.setFont(INITIALS_FONT)
        painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, self.initials)
        self._paint_label(painter, r)

    def _paint_label(self, painter: QPainter, r: float) -> None:
        """Name and title under the circle, on a soft backing so crossing ties do not hide them."""
        name_w = QFontMetricsF(LABEL_FONT).horizontalAdvance(self.name)
        title_w = QFontMetricsF(TITLE_FONT).horizontalAdvance(self.subtitle) if self.subtitle else 0.0
        backing_w = max(name_w, title_w) + 8
        backing_h = 30 if self.subtitle else 17
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(LABEL_BACKING)
        painter.drawRoundedRect(QRectF(-backing_w / 2, r + 2, backing_w, backing_h), 4, 4)
        width = max(self._label_width + 8, 2 * r)
        painter.setPen(QColor(style.LABEL_COLOUR))
        painter.setFont(LABEL_FONT)
        painter.drawText(QRectF(-width / 2, r + 2, width, 16), Qt.AlignmentFlag.AlignHCenter, self.name)
        if self.subtitle:
            painter.setPen(QColor("#5F6675"))
            painter.setFont(TITLE_FONT)
            painter.drawText(QRectF(-width / 2, r + 17, width, 14), Qt.AlignmentFlag.AlignHCenter, self.subtitle)


class OrganisationItem(NodeItem):
    def __init__(self, organisation: Organisation) -> None:
        super().__init__(organisation)
        self.update_from(organisation)

    def update_from(self, organisation: Organisation) -> None:
        self.prepareGeometryChange()
        self.name = organisation.name
        base_w, base_h = style.ORGANISATION_SIZE
        text_w = QFontMetricsF(ORG_FONT).horizontalAdvance(self.name)
        self.width = max(base_w, min(text_w + 28, 240))
        self.height = base_h
        self.fill = QColor(style.node_colour(organisation, None))
        self.is_own = organisation.is_own
        self.setPos(organisation.x, organisation.y)
        self.setToolTip(organisation.name + (f"\n{organisation.description}" if organisation.description else ""))
        self.update()

    def _rect(self) -> QRectF:
        return QRectF(-self.width / 2, -self.height / 2, self.width, self.height)

    def boundingRect(self) -> QRectF:
        m = HIGHLIGHT_MARGIN
        return self._rect().adjusted(-m, -m, m, m)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._rect(), 8, 8)
        return path

    def boundary_distance(self, angle: float) -> float:
        dx, dy = abs(math.cos(angle)), abs(math.sin(angle))
        hw, hh = self.width / 2 + 1, self.height / 2 + 1
        candidates = [hw / dx if dx > 1e-9 else math.inf, hh / dy if dy > 1e-9 else math.inf]
        return min(candidates)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = self.isSelected()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for i, colour in enumerate(self.highlights):
            painter.setPen(QPen(colour, HIGHLIGHT_WIDTH))
            grow = 3 + HIGHLIGHT_WIDTH / 2 + i * HIGHLIGHT_WIDTH
            painter.drawRoundedRect(self._rect().adjusted(-grow, -grow, grow, grow), 10, 10)
        outline = SELECTION_COLOUR if selected else self.fill.darker(140)
        painter.setPen(QPen(outline, 3.0 if selected else (2.5 if self.is_own else 1.2)))
        painter.setBrush(QBrush(self.fill))
        painter.drawRoundedRect(self._rect(), 8, 8)
        painter.setPen(_text_colour(self.fill))
        painter.setFont(ORG_FONT)
        metrics = QFontMetricsF(ORG_FONT)
        text = metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, self.width - 14)
        painter.drawText(self._rect(), Qt.AlignmentFlag.AlignCenter, text)


class TieItem(QGraphicsItem):
    """A straight line between two nodes, stopping at their outlines; arrow when directed."""

    def __init__(self, tie: Tie, source: NodeItem, target: NodeItem, offset: float = 0.0) -> None:
        super().__init__()
        self.tie_id = tie.id
        self.source = source
        self.target = target
        self.offset = offset
        self.setZValue(1)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.highlights: list[QColor] = []
        self.update_from(tie)

    def update_from(self, tie: Tie, quality: TieQuality | None = None) -> None:
        """``quality`` (from the analysis) sets width and dash by class; else the ratings do."""
        self.prepareGeometryChange()
        self.directed = tie.directed
        self.tie_class = quality.tie_class if quality is not None else None
        if quality is None:
            self.pen = QPen(QColor(style.TIE_COLOUR), style.tie_width(tie))
            if style.tie_dashed(tie):
                self.pen.setStyle(Qt.PenStyle.DashLine)
        else:
            self.pen = QPen(QColor(style.TIE_COLOUR), CLASS_WIDTH[quality.tie_class])
            self.pen.setStyle(CLASS_PEN[quality.tie_class])
        self.pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._line = self._compute_line()

    def refresh_line(self) -> None:
        """Follow the ends' outlines after their size changed."""
        self.prepareGeometryChange()
        self._line = self._compute_line()

    def set_highlights(self, colours: list[QColor]) -> None:
        if colours != self.highlights:
            self.prepareGeometryChange()
            self.highlights = list(colours)
            self.update()

    def _compute_line(self) -> QLineF:
        a, b = self.source.pos(), self.target.pos()
        angle = math.atan2(b.y() - a.y(), b.x() - a.x())
        # Parallel ties between the same pair are offset sideways so they do not overlap.
        nx, ny = -math.sin(angle) * self.offset, math.cos(angle) * self.offset
        start_d = self.source.boundary_distance(angle)
        end_d = self.target.boundary_distance(angle)
        length = math.hypot(b.x() - a.x(), b.y() - a.y())
        if length <= start_d + end_d:
            return QLineF(a, a)
        start = QPointF(a.x() + math.cos(angle) * start_d + nx, a.y() + math.sin(angle) * start_d + ny)
        end = QPointF(b.x() - math.cos(angle) * end_d + nx, b.y() - math.sin(angle) * end_d + ny)
        return QLineF(start, end)

    def boundingRect(self) -> QRectF:
        pad = self.pen.widthF() + 8 + 2 * HIGHLIGHT_WIDTH * len(self.highlights)
        return QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(-pad, -pad, pad, pad)

    def shape(self) -> QPainterPath:
        path = QPainterPath(self._line.p1())
        path.lineTo(self._line.p2())
        stroker_pen = QPen(Qt.GlobalColor.black, max(self.pen.widthF(), 8))
        stroker = QPainterPathStroker(stroker_pen)
        return stroker.createStroke(path)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._line.length() == 0:
            return
        for i in reversed(range(len(self.highlights))):
            under = QColor(self.highlights[i])
            under.setAlpha(190)
            halo = QPen(under, self.pen.widthF() + 2 * HIGHLIGHT_WIDTH * (i + 1))
            halo.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(halo)
            painter.drawLine(self._line)
        pen = QPen(self.pen)
        if self.isSelected():
            pen.setColor(SELECTION_COLOUR)
            pen.setWidthF(pen.widthF() + 1.5)
        painter.setPen(pen)
        painter.drawLine(self._line)
        if self.directed:
            self._draw_arrow(painter, pen.color())

    def _draw_arrow(self, painter: QPainter, colour: QColor) -> None:
        line = self._line
        angle = math.atan2(line.dy(), line.dx())
        size = 9 + self.pen.widthF()
        tip = line.p2()
        left = QPointF(tip.x() - size * math.cos(angle - 0.45), tip.y() - size * math.sin(angle - 0.45))
        right = QPointF(tip.x() - size * math.cos(angle + 0.45), tip.y() - size * math.sin(angle + 0.45))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([tip, left, right]))
