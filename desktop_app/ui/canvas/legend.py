"""The legend: what node colours, sizes, tie widths, dashes and arrows mean.

``LegendContent`` draws onto any painter (the overlay on the screen and the
exported PNG or SVG use the same drawing); ``MapLegend`` is the overlay, a
child of the view pinned to its bottom-left corner, so it does not scroll or
zoom with the map, and transparent for the mouse, so the canvas under it still
works. The words shared with the printed plan come from the same catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsView, QWidget

from ... import style
from ...analysis import TieClass
from ...analysis.quality import CLASS_NAMES
from ...domain.entities import Contact, Organisation
from ...domain.enums import ActorCategory, Attitude
from ...domain.network import Network
from ...i18n import translate
from ...i18n.labels import label
from . import look

PAD = 9.0
ROW = 19.0
SWATCH = 26.0
"""Width of the mark column (a box, circle, or line sample) before each text."""
COLUMN_GAP = 12.0
WIDE = frozenset({"heading", "size", "arrow"})
"""Rows that take the full width; the others flow in two columns."""
MARGIN = 10
"""Distance of the overlay from the view's corner, in pixels."""
BACKGROUND = look.colour("#FFFFFF")
BORDER = look.colour("#C9CED6")


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)  # pixels, not points: the same size on screen, in a PNG and in an SVG
    font.setBold(bold)
    return font


TEXT_FONT = _font(11)
HEADING_FONT = _font(11, bold=True)
GLYPH_FONT = _font(9, bold=True)


class LegendContent:
    """The legend for a colour mode and the categories present on the map, laid out in two columns."""

    def __init__(self, mode: str = style.COLOUR_BY_CATEGORY,
                 categories: list[ActorCategory | None] | None = None) -> None:
        self.mode = mode
        self.categories = categories if categories is not None else [c for c in style.CATEGORY_COLOURS if c]
        self.rows = self._rows()
        self.cells: list[tuple[float, float, str, object, str]] = []
        """x, y, kind, value, words: where each heading and entry goes."""
        text = QFontMetricsF(TEXT_FONT)
        heading = QFontMetricsF(HEADING_FONT)
        column = max((SWATCH + text.horizontalAdvance(w) for k, _v, w in self.rows if k not in WIDE), default=0.0)
        column += COLUMN_GAP
        width = 2 * column - COLUMN_GAP
        y, col = PAD, 0
        for kind, value, words in self.rows:
            if kind in WIDE:
                if col:
                    y, col = y + ROW, 0
                self.cells.append((PAD, y, kind, value, words))
                width = max(width, heading.horizontalAdvance(words) if kind == "heading"
                            else SWATCH + text.horizontalAdvance(words))
                y += ROW
            else:
                self.cells.append((PAD + col * column, y, kind, value, words))
                col = 1 - col
                if not col:
                    y += ROW
        if col:
            y += ROW
        self.size = QSizeF(round(width + 2 * PAD + 1), round(y + PAD - 3))

    def _rows(self) -> list[tuple[str, object, str]]:
        rows: list[tuple[str, object, str]] = []
        if self.mode == style.COLOUR_BY_ATTITUDE:
            rows.append(("heading", None, QCoreApplication.translate("MapLegend", "Colour: attitude to us")))
            rows += [("attitude", a, label(a)) for a in Attitude]
            rows.append(("box", None, translate("Organisation")))
        else:
            rows.append(("heading", None, QCoreApplication.translate("MapLegend", "Colour: actor category")))
            for category in self.categories:
                rows.append(("box", category, label(category) if category else QCoreApplication.translate("MapLegend", "No organisation")))
        rows.append(("size", None, translate("Bigger circle: more important")))
        rows.append(("heading", None, QCoreApplication.translate("MapLegend", "Ties by quality")))
        rows += [("tie", c, translate(CLASS_NAMES[c]).capitalize()) for c in TieClass]
        rows.append(("arrow", None, translate("Directed (reports to, supplier of)")))
        return rows

    def draw(self, painter: QPainter, top_left: QPointF) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.translate(top_left)
        painter.setPen(QPen(BORDER, 1.0))
        painter.setBrush(BACKGROUND)
        painter.drawRoundedRect(QRectF(0.5, 0.5, self.size.width() - 1, self.size.height() - 1), 6, 6)
        ink = look.colour(style.LABEL_COLOUR)
        for x, y, kind, value, words in self.cells:
            if kind == "heading":
                painter.setFont(HEADING_FONT)
                painter.setPen(ink)
                painter.drawText(QRectF(x, y, self.size.width(), ROW - 3), Qt.AlignmentFlag.AlignVCenter, words)
                continue
            self._mark(painter, kind, value, x, y + ROW / 2 - 2)
            painter.setFont(TEXT_FONT)
            painter.setPen(ink)
            painter.drawText(QRectF(x + SWATCH, y, self.size.width(), ROW - 3), Qt.AlignmentFlag.AlignVCenter, words)
        painter.restore()

    def _mark(self, painter: QPainter, kind: str, value: object, x: float, y: float) -> None:
        tie_ink = look.colour(style.TIE_COLOUR)
        if kind == "box":
            base = (style.ORGANISATION_NEUTRAL if self.mode == style.COLOUR_BY_ATTITUDE
                    else style.CATEGORY_COLOURS[value])  # type: ignore[index]
            painter.setPen(QPen(look.darker(base, 140), 1.0))
            painter.setBrush(look.colour(base))
            painter.drawRoundedRect(QRectF(x, y - 5, 19, 10), 2.5, 2.5)
        elif kind == "attitude":
            attitude = value
            assert isinstance(attitude, Attitude)
            base = style.ATTITUDE_COLOURS[attitude]
            fill = look.lighter(base, 0.15)
            pen = QPen(look.colour("#7D8390") if attitude is Attitude.UNKNOWN else look.darker(base), 1.3)
            if attitude in style.ATTITUDE_OUTLINE_DASHED:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(fill)
            painter.drawEllipse(QPointF(x + 9, y), 7.5, 7.5)
            painter.setFont(GLYPH_FONT)
            painter.setPen(look.text_colour(fill))
            painter.drawText(QRectF(x + 1.5, y - 7.5, 15, 15), Qt.AlignmentFlag.AlignCenter,
                             style.ATTITUDE_GLYPHS[attitude])
        elif kind == "size":
            base = (style.ATTITUDE_COLOURS[Attitude.NEUTRAL] if self.mode == style.COLOUR_BY_ATTITUDE
                    else style.CATEGORY_COLOURS[ActorCategory.CUSTOMER])
            painter.setPen(QPen(look.darker(base), 1.0))
            painter.setBrush(look.lighter(base, 0.25))
            painter.drawEllipse(QPointF(x + 3.5, y + 1.5), 3.5, 3.5)
            painter.drawEllipse(QPointF(x + 14, y), 6.5, 6.5)
        elif kind == "tie":
            tie_class = value
            assert isinstance(tie_class, TieClass)
            pen = QPen(look.tie_pen(look.CLASS_WIDTH[tie_class], look.CLASS_PEN[tie_class]))
            painter.setPen(pen)
            painter.drawLine(QPointF(x + 1, y), QPointF(x + 20, y))
        elif kind == "arrow":
            painter.setPen(QPen(tie_ink, 1.4))
            painter.drawLine(QPointF(x + 1, y), QPointF(x + 13, y))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tie_ink)
            painter.drawPolygon(QPolygonF([QPointF(x + 21, y), QPointF(x + 12, y - 4.5), QPointF(x + 12, y + 4.5)]))


def categories_on(network: Network | None) -> list[ActorCategory | None]:
    """The actor categories present on the map, in the palette's order (None: people without one)."""
    if network is None:
        return []
    present: set[ActorCategory | None] = set()
    for node in network.nodes.values():
        if isinstance(node, Organisation):
            present.add(node.category)
        elif isinstance(node, Contact) and node.organisation_id is None:
            present.add(None)
    return [c for c in style.CATEGORY_COLOURS if c in present]


class MapLegend(QWidget):
    """The legend overlay in the view's bottom-left corner."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self.setObjectName("map_legend")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.view = view
        self.content = LegendContent()
        view.viewport().installEventFilter(self)
        self._place()

    def set_content(self, content: LegendContent) -> None:
        self.content = content
        self._place()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        size = self.content.size.toSize()
        self.resize(size)
        viewport = self.view.viewport().geometry()
        self.move(viewport.left() + MARGIN, viewport.bottom() - size.height() - MARGIN + 1)
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.content.draw(painter, QPointF(0, 0))
        painter.end()
