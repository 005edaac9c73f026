"""How the canvas draws: zoom thresholds (level of detail), fonts, and shared pens and colours.

Everything here is computed once and shared by the items, the tie layer, the
legend and the image export, so the screen, the legend and an exported image
agree. The colours themselves come from ``desktop_app/style.py`` (also used by
the printed plan).
"""

from __future__ import annotations

import datetime as dt
import math
from functools import cache, lru_cache

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen

from ... import style
from ...analysis.quality import TieClass

# Levels of detail, as the painter's scale (1.0 = 100 % zoom). The items and the layer decide
# per paint, from the painter they are given, so an export at 4x is as detailed as it should be.
OVERVIEW_LOD = 0.3
"""Below: the tie layer draws every node and tie as plain shapes in a few batched calls."""
INITIALS_LOD = 0.4
"""From here: initials inside contacts, attitude glyphs, organisation names."""
LABEL_LOD = 0.5
"""From here: names and titles under contacts (9 pt text is about 7 px high here)."""
DATE_LOD = 1.2
"""From here: the last-contact date on each tie wholly in view and long enough to carry it."""
DATE_MIN_PX = 130.0
"""A tie shorter than this on screen carries no date label."""

SELECTION_COLOUR = QColor("#1A73E8")
LABEL_BACKING = QColor(247, 248, 250, 215)
SUBTITLE_COLOUR = QColor("#5F6675")
HIGHLIGHT_WIDTH = 5.0
HIGHLIGHT_MARGIN = 14.0
"""Room kept around a node for up to two highlight rings (path finder: strongest and shortest)."""
MIN_RING_PX = 3.0
"""Selection outlines and highlight rings stay at least this wide on screen when zoomed far out."""

# With an analysis, tie lines follow the quality class; without one, style.py's rating fallbacks.
CLASS_WIDTH = {TieClass.STRONG: 4.2, TieClass.MEDIUM: 2.6, TieClass.WEAK: 1.4, TieClass.UNRATED: 1.0}
CLASS_PEN = {
    TieClass.STRONG: Qt.PenStyle.SolidLine, TieClass.MEDIUM: Qt.PenStyle.SolidLine,
    TieClass.WEAK: Qt.PenStyle.DashLine, TieClass.UNRATED: Qt.PenStyle.DotLine,
}
CLASS_STRENGTH = {TieClass.UNRATED: 0, TieClass.WEAK: 1, TieClass.MEDIUM: 2, TieClass.STRONG: 3}
"""Ties grouped for the overview, where dashes are invisible: weaker is lighter."""
OVERVIEW_TIE_ALPHA = {0: 0.16, 1: 0.2, 2: 0.3, 3: 0.45}
"""The weight of one tie of each strength far out (as the alpha it would have alone, at 0.3 the
reference of tie_raster.ONE_TIE); where ties cross they add up, on a logarithmic scale."""
OVERVIEW_TIE_WEIGHT = {k: -math.log1p(-a) for k, a in OVERVIEW_TIE_ALPHA.items()}


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


LABEL_FONT = _font(9.0)
TITLE_FONT = _font(7.5)
ORG_FONT = _font(9.5, bold=True)
INITIALS_FONT = _font(10.0, bold=True)
GLYPH_FONT = _font(8.0, bold=True)
DATE_FONT = _font(7.0)


@cache
def metrics(font_key: str) -> QFontMetricsF:
    """Font metrics made once per font (making them per paint or per item is measurably slow)."""
    return QFontMetricsF({"label": LABEL_FONT, "title": TITLE_FONT, "org": ORG_FONT, "date": DATE_FONT}[font_key])


@lru_cache(maxsize=20000)
def text_width(font_key: str, text: str) -> float:
    """Advance width of a text (names repeat on large maps, and measuring one is 10-30 us)."""
    return metrics(font_key).horizontalAdvance(text)


@cache
def colour(hex_colour: str) -> QColor:
    return QColor(hex_colour)


@cache
def lighter(hex_colour: str, amount: float) -> QColor:
    """Blend towards white: contacts wear a light tint of their base colour."""
    c = QColor(hex_colour)
    return QColor(
        round(c.red() + (255 - c.red()) * amount),
        round(c.green() + (255 - c.green()) * amount),
        round(c.blue() + (255 - c.blue()) * amount),
    )


@cache
def darker(hex_colour: str, factor: int = 135) -> QColor:
    return QColor(hex_colour).darker(factor)


def text_colour(background: QColor) -> QColor:
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return colour("#FFFFFF") if luminance < 150 else colour(style.LABEL_COLOUR)


@cache
def tie_pen(width: float, pen_style: Qt.PenStyle) -> QPen:
    """The pen of a tie of this width and dash; shared by all ties that look alike."""
    pen = QPen(colour(style.TIE_COLOUR), width)
    pen.setStyle(pen_style)
    # WORKAROUND: many round-capped lines in one antialiased drawLines are 20-200x slower to
    # rasterise than flat-capped ones (Qt 6.11 raster engine); the ends sit under the nodes anyway.
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


@lru_cache(maxsize=4096)
def date_text(day: dt.date) -> str:
    """A date in the user's locale, short form (10.03.2025 in Norwegian)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class _RenderState:
    """What is being painted: the screen, or an export (which leaves the selection out)."""

    exporting = False


RENDER = _RenderState()
