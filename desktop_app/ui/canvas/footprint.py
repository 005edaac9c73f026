"""The room a node item takes as drawn (circle or box plus its label), for layouts and frames."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from ...analysis.layouts import Box
from .items import ContactItem, NodeItem, OrganisationItem

LABEL_LINE = 17.0
TITLE_LINE = 13.0


def node_box(item: NodeItem) -> Box:
    """Half width, reach above and below the centre; a contact's name and title hang below its circle."""
    if isinstance(item, OrganisationItem):
        return Box(item.width / 2, item.height / 2, item.height / 2)
    if isinstance(item, ContactItem):
        r = item.diameter / 2
        label = getattr(item, "_label_width", 0.0) + 8
        below = r + 2 + LABEL_LINE + (TITLE_LINE if item.subtitle else 0.0)
        return Box(max(r, label / 2), r, below)
    rect = item.boundingRect()
    return Box(rect.width() / 2, -rect.top(), rect.bottom())


def node_rect(item: NodeItem) -> QRectF:
    """The node's box in scene coordinates."""
    box = node_box(item)
    pos = item.pos()
    return QRectF(pos.x() - box.half_width, pos.y() - box.above, 2 * box.half_width, box.above + box.below)
