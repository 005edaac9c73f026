"""The fonts of the plan: DejaVu Sans, shipped with Knute and embedded in every PDF.

The built-in PDF fonts (Helvetica) are not embedded and reportlab maps them to
Latin-1 only in practice; DejaVu Sans covers æ ø å and is free to bundle
(Bitstream Vera licence, ``resources/fonts/LICENSE``).
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def register() -> None:
    """Register the fonts with reportlab once per process (it keeps a global registry)."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    for name, file_name in _FILES.items():
        with resource("fonts", file_name).open("rb") as handle:
            pdfmetrics.registerFont(TTFont(name, handle))
    # <b> inside a Paragraph picks the bold face through this family mapping.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
