"""Type, spacing and table looks of the printed plan (one place, so pages look alike)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, TableStyle

from .. import style
from .fonts import BOLD, REGULAR

INK = colors.HexColor(style.LABEL_COLOUR)
MUTED = colors.HexColor("#5F6675")
RULE = colors.HexColor("#C9CED6")
HEADER_FILL = colors.HexColor("#E8ECF2")
STRIPE = colors.HexColor("#F6F7F9")
SEVERITY_COLOURS = {"high": colors.HexColor("#B8430A"), "medium": colors.HexColor("#A07800"),
                    "low": colors.HexColor("#5F6675")}
OVERDUE = colors.HexColor("#B8430A")

MARGIN = 18 * mm
TABLE_FONT_SIZE = 7.8
TABLE_LEADING = 9.6
CELL_PAD = 3.0

BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13, textColor=INK, spaceAfter=4)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10.5, textColor=MUTED)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=TABLE_FONT_SIZE, leading=TABLE_LEADING, spaceAfter=0)
CELL_BOLD = ParagraphStyle("cell_bold", parent=CELL, fontName=BOLD)
H1 = ParagraphStyle("h1", parent=BODY, fontName=BOLD, fontSize=17, leading=21, spaceBefore=0, spaceAfter=8,
                    textColor=INK)
H2 = ParagraphStyle("h2", parent=BODY, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=10, spaceAfter=4)
TITLE = ParagraphStyle("title", parent=BODY, fontName=BOLD, fontSize=28, leading=34, spaceAfter=10)
SUBTITLE = ParagraphStyle("subtitle", parent=BODY, fontSize=15, leading=20, textColor=MUTED, spaceAfter=24)
FINDING = ParagraphStyle("finding", parent=BODY, fontSize=9, leading=12, spaceAfter=1, leftIndent=0)
ACTION = ParagraphStyle("action", parent=FINDING, textColor=MUTED, leftIndent=10, spaceAfter=6)


def text(value: object) -> str:
    """Plain text made safe for Paragraph markup."""
    return escape(str(value))


def cell(value: object, width: float, bold: bool = False) -> object:
    """A table cell: a plain string when it fits the column (fast), a wrapping Paragraph when not."""
    raw = "" if value is None else str(value)
    font = BOLD if bold else REGULAR
    if "\n" not in raw and stringWidth(raw, font, TABLE_FONT_SIZE) <= width - 2 * CELL_PAD:
        return raw
    return Paragraph(text(raw).replace("\n", "<br/>"), CELL_BOLD if bold else CELL)


def table_style(rows: int, numeric_from: int | None = None) -> TableStyle:
    """Header row shaded and repeated on every page (``repeatRows=1`` on the table), light stripes."""
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, TABLE_FONT_SIZE, TABLE_LEADING),
        ("FONT", (0, 0), (-1, 0), BOLD, TABLE_FONT_SIZE, TABLE_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
    ]
    if rows > 1:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]))
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    return TableStyle(commands)
