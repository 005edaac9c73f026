"""The map as a vector figure (reportlab graphics), drawn the way the canvas draws it.

Same colours (``style.py``), contacts as circles sized by importance with their
initials, organisations as rounded boxes, ties as lines whose width and dash
follow the quality class, arrows on directed ties. Positions are the user's;
they are scaled to fit the page, while labels keep a fixed, readable print
size. No bitmap: the figure stays sharp at any zoom and on any printer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from .. import style
from ..analysis import Analysis, TieClass
from ..domain.entities import Contact, Organisation
from ..domain.ids import NodeId
from ..domain.network import Network
from .fonts import BOLD, REGULAR
from .map_scope import MapScope, cluster_layout

CLASS_WIDTH = {TieClass.STRONG: 2.0, TieClass.MEDIUM: 1.2, TieClass.WEAK: 0.7, TieClass.UNRATED: 0.55}
"""Line widths in points, in the proportions of the canvas (4.2, 2.6, 1.4, 1.0)."""
CLASS_DASH: dict[TieClass, list[float] | None] = {
    TieClass.STRONG: None, TieClass.MEDIUM: None, TieClass.WEAK: [3.0, 2.0], TieClass.UNRATED: [0.8, 1.6],
}
NAME_SIZE = 5.6
TITLE_SIZE = 4.6
ORG_SIZE = 6.0
ORG_MAX_WIDTH = 78.0
LABELLED_LIMIT = 70
"""Above this many contacts only the most important ones are named (the rest keep their initials)."""
PAD_X = 34.0
PAD_Y = 14.0
def importance_diameter(score: float) -> float:
    """The canvas's size rule: 28 scene units for importance 0 up to 68 for 100."""
    return 28.0 + 0.4 * max(0.0, min(score, 100.0))


def lighter(hex_colour: str, amount: float) -> colors.Color:
    c = colors.HexColor(hex_colour)
    return colors.Color(c.red + (1 - c.red) * amount, c.green + (1 - c.green) * amount, c.blue + (1 - c.blue) * amount)


def darker(hex_colour: str, factor: float = 0.72) -> colors.Color:
    c = colors.HexColor(hex_colour)
    return colors.Color(c.red * factor, c.green * factor, c.blue * factor)


def text_colour(fill: colors.Color) -> colors.Color:
    luminance = 0.299 * fill.red + 0.587 * fill.green + 0.114 * fill.blue
    return colors.white if luminance < 150 / 255 else colors.HexColor(style.LABEL_COLOUR)


@dataclass
class _Node:
    node: Contact | Organisation
    x: float
    y: float
    radius: float = 0.0
    """Circle radius in points (contacts)."""
    width: float = 0.0
    height: float = 0.0
    lines: tuple[str, ...] = ()
    """Organisation name broken into lines."""

    def boundary(self, angle: float) -> float:
        if isinstance(self.node, Contact):
            return self.radius + 0.8
        dx, dy = abs(math.cos(angle)), abs(math.sin(angle))
        hw, hh = self.width / 2 + 0.8, self.height / 2 + 0.8
        return min(hw / dx if dx > 1e-9 else math.inf, hh / dy if dy > 1e-9 else math.inf)


def positions(network: Network, scope: MapScope) -> dict[NodeId, tuple[float, float]]:
    """The user's own positions for the whole map; a compact layout of groups for a cut-out."""
    if scope.whole:
        return {n: (network.nodes[n].x, network.nodes[n].y) for n in scope.node_ids}
    return cluster_layout(network, scope)


def map_drawing(network: Network, analysis: Analysis, scope: MapScope, width: float, height: float) -> Drawing:
    """The figure, at most ``width`` x ``height`` points (shorter when the map is wide and flat)."""
    nodes = [network.nodes[n] for n in scope.node_ids]
    if not nodes:
        return Drawing(width, 10)
    at = positions(network, scope)
    xs, ys = [at[n.id][0] for n in nodes], [at[n.id][1] for n in nodes]
    span_x, span_y = max(max(xs) - min(xs), 1.0), max(max(ys) - min(ys), 1.0)
    scale = min((width - 2 * PAD_X) / span_x, (height - 2 * PAD_Y - 12) / span_y)
    used_height = min(height, span_y * scale + 2 * PAD_Y + 12)
    left, top = min(xs), min(ys)

    def place(node: Contact | Organisation) -> _Node:
        # Scene y grows downwards, PDF y upwards.
        return _Node(node, PAD_X + (at[node.id][0] - left) * scale,
                      used_height - PAD_Y - 4 - (at[node.id][1] - top) * scale)

    placed = {n.id: place(n) for n in nodes}
    # Nodes keep canvas proportions, but never shrink below what a printer shows clearly.
    size = max(min(scale, 0.45), 0.2)
    for item in placed.values():
        if isinstance(item.node, Contact):
            found = analysis.importance.get(item.node.id)
            diameter = importance_diameter(found.score) if found else style.contact_diameter(item.node)
            item.radius = diameter * size / 2
        else:
            item.lines = tuple(simpleSplit(item.node.name, BOLD, ORG_SIZE, ORG_MAX_WIDTH - 8)[:2])
            text_w = max(stringWidth(line, BOLD, ORG_SIZE) for line in item.lines)
            item.width = max(style.ORGANISATION_SIZE[0] * size, text_w + 8)
            item.height = max(style.ORGANISATION_SIZE[1] * size, len(item.lines) * (ORG_SIZE + 1.2) + 5)

    drawing = Drawing(width, used_height)
    drawing.initialFontName = REGULAR  # else the renderer selects the unembedded Helvetica first
    ties = Group()
    for tie in network.ties.values():
        a, b = placed.get(tie.source_id), placed.get(tie.target_id)
        if a is not None and b is not None:
            quality = analysis.qualities.get(tie.id)
            _tie(ties, a, b, quality.tie_class if quality else TieClass.UNRATED, tie.directed)
    drawing.add(ties)
    named = _named(network, analysis, placed)
    bodies, labels = Group(), Group()
    for item in sorted(placed.values(), key=lambda i: isinstance(i.node, Contact)):
        if isinstance(item.node, Organisation):
            _organisation(bodies, item)
        else:
            _contact(bodies, labels, network, item, item.node.id in named)
    drawing.add(bodies)
    drawing.add(labels)
    return drawing


def _named(network: Network, analysis: Analysis, placed: dict[NodeId, _Node]) -> set[NodeId]:
    contacts = [n for n, item in placed.items() if isinstance(item.node, Contact)]
    if len(contacts) <= LABELLED_LIMIT:
        return set(contacts)

    def score(node_id: NodeId) -> float:
        found = analysis.importance.get(node_id)
        return found.score if found else 0.0

    return set(sorted(contacts, key=score, reverse=True)[:LABELLED_LIMIT // 2])


def _tie(group: Group, a: _Node, b: _Node, tie_class: TieClass, directed: bool) -> None:
    angle = math.atan2(b.y - a.y, b.x - a.x)
    length = math.hypot(b.x - a.x, b.y - a.y)
    start_d, end_d = a.boundary(angle), b.boundary(angle)
    if length <= start_d + end_d:
        return
    cos, sin = math.cos(angle), math.sin(angle)
    x1, y1 = a.x + cos * start_d, a.y + sin * start_d
    x2, y2 = b.x - cos * end_d, b.y - sin * end_d
    colour = colors.HexColor(style.TIE_COLOUR)
    width = CLASS_WIDTH[tie_class]
    group.add(Line(x1, y1, x2, y2, strokeColor=colour, strokeWidth=width, strokeDashArray=CLASS_DASH[tie_class],
                   strokeLineCap=1))
    if directed:
        arrow = 3.2 + width
        left = (x2 - arrow * math.cos(angle - 0.45), y2 - arrow * math.sin(angle - 0.45))
        right = (x2 - arrow * math.cos(angle + 0.45), y2 - arrow * math.sin(angle + 0.45))
        group.add(Polygon([x2, y2, *left, *right], fillColor=colour, strokeColor=None, strokeWidth=0))


def _organisation(group: Group, item: _Node) -> None:
    node = item.node
    assert isinstance(node, Organisation)
    base = style.node_colour(node, None)
    fill = colors.HexColor(base)
    group.add(Rect(item.x - item.width / 2, item.y - item.height / 2, item.width, item.height, rx=3, ry=3,
                   fillColor=fill, strokeColor=darker(base), strokeWidth=1.3 if node.is_own else 0.6))
    ink = text_colour(fill)
    first = item.y + (len(item.lines) - 1) * (ORG_SIZE + 1.2) / 2 - ORG_SIZE * 0.35
    for i, line in enumerate(item.lines):
        group.add(String(item.x, first - i * (ORG_SIZE + 1.2), line, fontName=BOLD, fontSize=ORG_SIZE,
                         fillColor=ink, textAnchor="middle"))


def _contact(group: Group, labels: Group, network: Network, item: _Node, named: bool) -> None:
    node = item.node
    assert isinstance(node, Contact)
    base = style.node_colour(node, network.organisation_of(node))
    fill = lighter(base, 0.25)
    r = item.radius
    group.add(Circle(item.x, item.y, r, fillColor=fill, strokeColor=darker(base), strokeWidth=0.7))
    initials_size = min(6.0, r * 0.85)
    group.add(String(item.x, item.y - initials_size * 0.35, style.initials(node.name), fontName=BOLD,
                     fontSize=initials_size, fillColor=text_colour(fill), textAnchor="middle"))
    if not named:
        return
    lines = [(node.name, REGULAR, NAME_SIZE, colors.HexColor(style.LABEL_COLOUR))]
    if node.title:
        title = simpleSplit(node.title, REGULAR, TITLE_SIZE, 70)[0]
        lines.append((title, REGULAR, TITLE_SIZE, colors.HexColor("#5F6675")))
    label_w = max(stringWidth(t, f, s) for t, f, s, _ in lines) + 3
    label_h = sum(s + 1 for _, _, s, _ in lines) + 1.5
    top = item.y - r - 1
    labels.add(Rect(item.x - label_w / 2, top - label_h, label_w, label_h, rx=1.5, ry=1.5,
                    fillColor=colors.Color(0.97, 0.973, 0.98, alpha=0.85), strokeColor=None, strokeWidth=0))
    y = top - 0.5
    for line, font, font_size, ink in lines:
        y -= font_size
        labels.add(String(item.x, y + 0.8, line, fontName=font, fontSize=font_size, fillColor=ink,
                          textAnchor="middle"))
        y -= 1
