"""The legend under the map: what colours, sizes, line styles and arrows mean."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from .. import style
from ..analysis import TieClass
from ..analysis.quality import CLASS_NAMES
from ..domain.enums import ActorCategory
from ..i18n import translate
from ..i18n.labels import label
from .fonts import REGULAR
from .map_figure import CLASS_DASH, CLASS_WIDTH, darker, lighter

SIZE = 7.0
ROW = 13.0
GAP = 12.0


def legend_drawing(categories: list[ActorCategory], width: float) -> Drawing:
    """Categories present on the map, then tie classes, direction and node size, flowing in rows."""
    entries: list[tuple[str, tuple[str, Any]]] = [(label(c), ("box", c)) for c in categories]
    entries += [(translate(CLASS_NAMES[c]).capitalize(), ("tie", c)) for c in TieClass]
    entries.append((translate("Directed (reports to, supplier of)"), ("arrow", None)))
    entries.append((translate("Bigger circle: more important"), ("size", None)))
    placed: list[tuple[float, int, str, tuple[str, Any]]] = []
    x, row = 0.0, 0
    for text, mark in entries:
        need = 22 + stringWidth(text, REGULAR, SIZE)
        if x + need > width and x > 0:
            x, row = 0.0, row + 1
        placed.append((x, row, text, mark))
        x += need + GAP
    height = (row + 1) * ROW + 2
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR  # else the renderer selects the unembedded Helvetica first
    ink = colors.HexColor(style.LABEL_COLOUR)
    tie_ink = colors.HexColor(style.TIE_COLOUR)
    for x, row, text, mark in placed:
        y = height - (row + 1) * ROW + 4
        kind, value = mark
        if kind == "box":
            base = style.CATEGORY_COLOURS[value]
            drawing.add(Rect(x, y - 1, 16, 8, rx=2, ry=2, fillColor=colors.HexColor(base), strokeColor=darker(base),
                             strokeWidth=0.5))
        elif kind == "tie":
            drawing.add(Line(x, y + 3, x + 16, y + 3, strokeColor=tie_ink, strokeWidth=CLASS_WIDTH[value],
                             strokeDashArray=CLASS_DASH[value], strokeLineCap=1))
        elif kind == "arrow":
            drawing.add(Line(x, y + 3, x + 12, y + 3, strokeColor=tie_ink, strokeWidth=1.0))
            drawing.add(Polygon([x + 16, y + 3, x + 11, y + 5.5, x + 11, y + 0.5], fillColor=tie_ink, strokeColor=None))
        else:
            base = style.CATEGORY_COLOURS[ActorCategory.CUSTOMER]
            for cx, r in ((x + 3, 2.5), (x + 11.5, 4.5)):
                drawing.add(Circle(cx, y + 3, r, fillColor=lighter(base, 0.25), strokeColor=darker(base),
                                   strokeWidth=0.5))
        drawing.add(String(x + 20, y + 0.6, text, fontName=REGULAR, fontSize=SIZE, fillColor=ink))
    return drawing
