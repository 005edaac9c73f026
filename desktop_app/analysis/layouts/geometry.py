"""Room a node takes on the canvas, overlap removal and packing of blocks of nodes.

Layouts work in scene units (about pixels at 100 % zoom). A node's ``Box`` is
measured from its centre: a contact carries its name and title under its
circle, so it reaches further down than up. The window passes boxes measured
from its items; without them ``estimate_box`` guesses from the text lengths.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

import numpy as np

from ... import style
from ...domain.entities import Contact, Node, Organisation
from ...domain.ids import NodeId
from ...domain.network import Network

Point = tuple[float, float]
Positions = dict[NodeId, Point]

GAP_X = 28.0
"""Free space kept between two nodes side by side (labels must not touch)."""
GAP_Y = 22.0
BLOCK_GAP = 140.0
"""Between packed blocks (organisations, components): enough for a frame each and a gap."""
PACK_ASPECT = 3.0
"""Target width² / area when packing blocks in rows."""
LIMIT = 9.9e6
"""Just inside the coordinate range the domain accepts (values.coordinate: ±1e7)."""

LABEL_CHAR = 6.6
"""Average advance of a name character at the canvas label font (measured: 6.1-6.7)."""
TITLE_CHAR = 5.5
ORG_CHAR = 8.1
LABEL_BELOW = 32.0
"""Name and title under a contact's circle."""


class Box(NamedTuple):
    half_width: float
    above: float
    """From the centre up to the top edge."""
    below: float
    """From the centre down to the bottom edge (a contact's label included)."""

    @property
    def width(self) -> float:
        return 2 * self.half_width

    @property
    def height(self) -> float:
        return self.above + self.below


def estimate_box(node: Node, diameter: float | None = None) -> Box:
    """The room a node takes as the canvas draws it (items.py), from text lengths."""
    if isinstance(node, Organisation):
        base_w, base_h = style.ORGANISATION_SIZE
        width = max(base_w, min(len(node.name) * ORG_CHAR + 28, 240.0))
        return Box(width / 2, base_h / 2, base_h / 2)
    d = diameter if diameter is not None else style.contact_diameter(node)
    label = max(len(node.name) * LABEL_CHAR, len(node.title) * TITLE_CHAR) + 8
    return Box(max(d, label) / 2, d / 2, d / 2 + LABEL_BELOW)


def estimate_boxes(network: Network, boxes: Mapping[NodeId, Box] | None = None) -> dict[NodeId, Box]:
    """Boxes for every node: the given ones, estimated for the rest."""
    given = boxes or {}
    return {node_id: given.get(node_id) or estimate_box(node) for node_id, node in network.nodes.items()}


def sort_key(node: Node) -> tuple[int, str, str]:
    """A stable reading order: our organisation first, then by category, name and id."""
    if isinstance(node, Organisation):
        order = list(style.CATEGORY_COLOURS).index(node.category)
    else:
        order = len(style.CATEGORY_COLOURS)
    return (order, node.name.casefold(), node.id)


def contact_key(contact: Contact) -> tuple[str, str]:
    return (contact.name.casefold(), contact.id)


def bounds(positions: Mapping[NodeId, Point], boxes: Mapping[NodeId, Box]) -> tuple[float, float, float, float]:
    """left, top, right, bottom of the boxes at these positions."""
    if not positions:
        return (0.0, 0.0, 0.0, 0.0)
    left = min(x - boxes[i].half_width for i, (x, _) in positions.items())
    right = max(x + boxes[i].half_width for i, (x, _) in positions.items())
    top = min(y - boxes[i].above for i, (_, y) in positions.items())
    bottom = max(y + boxes[i].below for i, (_, y) in positions.items())
    return (left, top, right, bottom)


def shifted(positions: Mapping[NodeId, Point], dx: float, dy: float) -> Positions:
    return {i: (x + dx, y + dy) for i, (x, y) in positions.items()}


def remove_overlaps(
    ids: Sequence[NodeId], xy: np.ndarray, boxes: Mapping[NodeId, Box], *, rounds: int = 300
) -> np.ndarray:
    """Push overlapping boxes apart along the axis where they overlap least, until none overlap.

    Candidate pairs come from a sweep over the left edges (sorted), so the cost
    follows the number of near pairs, not n²; each round moves both nodes of a
    pair half the overlap.
    """
    n = len(ids)
    xy = np.array(xy, dtype=np.float64)
    if n < 2:
        return xy
    hw = np.array([boxes[i].half_width + GAP_X / 2 for i in ids])
    up = np.array([boxes[i].above + GAP_Y / 2 for i in ids])
    down = np.array([boxes[i].below + GAP_Y / 2 for i in ids])
    index = np.arange(n)
    for _ in range(rounds):
        x, y = xy[:, 0], xy[:, 1]
        left, right = x - hw, x + hw
        order = np.argsort(left, kind="stable")
        left_sorted = left[order]
        ends = np.searchsorted(left_sorted, right[order], side="left")
        counts = np.maximum(ends - index - 1, 0)
        total = int(counts.sum())
        if total == 0:
            break
        a = np.repeat(index, counts)
        starts = np.cumsum(counts) - counts
        b = a + 1 + (np.arange(total) - np.repeat(starts, counts))
        i, j = order[a], order[b]
        over_x = np.minimum(right[i], right[j]) - np.maximum(left[i], left[j])
        over_y = np.minimum(y[i] + down[i], y[j] + down[j]) - np.maximum(y[i] - up[i], y[j] - up[j])
        hit = (over_x > 1e-6) & (over_y > 1e-6)
        if not hit.any():
            break
        i, j, over_x, over_y = i[hit], j[hit], over_x[hit], over_y[hit]
        along_x = over_x <= over_y
        # Direction from j to i; equal centres part by index, so the result is deterministic.
        sx = np.sign(x[i] - x[j])
        sx[sx == 0] = np.where(i[sx == 0] < j[sx == 0], -1.0, 1.0)
        sy = np.sign(y[i] - y[j])
        sy[sy == 0] = np.where(i[sy == 0] < j[sy == 0], -1.0, 1.0)
        push_x = np.where(along_x, sx * (over_x / 2 + 0.5), 0.0)
        push_y = np.where(along_x, 0.0, sy * (over_y / 2 + 0.5))
        move = np.zeros((n, 2))
        np.add.at(move[:, 0], i, push_x)
        np.add.at(move[:, 0], j, -push_x)
        np.add.at(move[:, 1], i, push_y)
        np.add.at(move[:, 1], j, -push_y)
        xy += move
    return xy


FRAME_MARGIN = 16.0
"""Room a canvas frame takes round an organisation's group (its padding), and its header on top."""
FRAME_HEADER = 22.0


def separate_groups(
    ids: Sequence[NodeId], xy: np.ndarray, boxes: Mapping[NodeId, Box], group_of: Sequence[int]
) -> np.ndarray:
    """Move whole groups (an organisation and its people) apart until their frames do not overlap.

    Each group keeps its inner arrangement; only its offset changes.
    """
    xy = np.array(xy, dtype=np.float64)
    groups: dict[int, list[int]] = {}
    for k, g in enumerate(group_of):
        groups.setdefault(g, []).append(k)
    if len(groups) < 2:
        return xy
    keys = sorted(groups)
    centres = np.empty((len(keys), 2))
    group_boxes: dict[str, Box] = {}
    for n, g in enumerate(keys):
        members = groups[g]
        left = min(xy[k, 0] - boxes[ids[k]].half_width for k in members)
        right = max(xy[k, 0] + boxes[ids[k]].half_width for k in members)
        top = min(xy[k, 1] - boxes[ids[k]].above for k in members)
        bottom = max(xy[k, 1] + boxes[ids[k]].below for k in members)
        centres[n] = ((left + right) / 2, (top + bottom) / 2)
        framed = len(members) > 1
        margin = FRAME_MARGIN if framed else 0.0
        header = FRAME_HEADER if framed else 0.0
        group_boxes[f"g{n}"] = Box((right - left) / 2 + margin, (bottom - top) / 2 + margin + header,
                                   (bottom - top) / 2 + margin)
    moved = remove_overlaps([f"g{n}" for n in range(len(keys))], centres, group_boxes, rounds=3000)  # type: ignore[arg-type]
    shift = moved - centres
    for n, g in enumerate(keys):
        xy[groups[g]] += shift[n]
    return xy


def group_boxes(network: Network, positions: Mapping[NodeId, Point], boxes: Mapping[NodeId, Box]) -> dict[NodeId, tuple[list[NodeId], tuple[float, float, float, float]]]:
    """Each organisation with its people, and each person without one: member ids and framed bounds."""
    members: dict[NodeId, list[NodeId]] = {}
    for node_id in positions:
        node = network.nodes[node_id]
        owner = node.organisation_id if isinstance(node, Contact) and node.organisation_id in positions else None
        members.setdefault(owner or node_id, []).append(node_id)
    out = {}
    for owner, ids in members.items():
        left, top, right, bottom = bounds({i: positions[i] for i in ids}, boxes)
        if len(ids) > 1:
            left, right, bottom = left - FRAME_MARGIN, right + FRAME_MARGIN, bottom + FRAME_MARGIN
            top -= FRAME_MARGIN + FRAME_HEADER
        out[owner] = (ids, (left, top, right, bottom))
    return out


CLEAR_STEPS = 6
"""How far (in its own sizes) a group in a chart's way may travel to find a free spot."""


def clear_area(network: Network, placed: Mapping[NodeId, Point], boxes: Mapping[NodeId, Box]) -> Positions:
    """New positions for the groups (organisation and people, or a lone person) that ``placed`` covers:
    each moves the shortest way out of the placed nodes' framed area; the rest stay."""
    left, top, right, bottom = bounds(placed, boxes)
    left, right, bottom = left - FRAME_MARGIN - GAP_X, right + FRAME_MARGIN + GAP_X, bottom + FRAME_MARGIN + GAP_Y
    top -= FRAME_MARGIN + FRAME_HEADER + GAP_Y
    others = {n.id: (n.x, n.y) for n in network.nodes.values() if n.id not in placed}
    groups = list(group_boxes(network, others, boxes).values())
    area = (left, top, right, bottom)
    in_the_way = [g for g in groups if _overlap(g[1], area)]
    taken = [g[1] for g in groups if not _overlap(g[1], area)]
    moved: Positions = {}
    for ids, (g_left, g_top, g_right, g_bottom) in in_the_way:
        options = []
        width, height = g_right - g_left + GAP_X, g_bottom - g_top + GAP_Y
        for (dx, dy), (sx, sy) in (((left - g_right, 0.0), (-width, 0.0)), ((right - g_left, 0.0), (width, 0.0)),
                                   ((0.0, top - g_bottom), (0.0, -height)), ((0.0, bottom - g_top), (0.0, height))):
            # Out of the way, then further on in steps of its own size: rather a longer way to a
            # free spot than a short one onto another group.
            for step in range(CLEAR_STEPS):
                mx, my = dx + step * sx, dy + step * sy
                box = (g_left + mx, g_top + my, g_right + mx, g_bottom + my)
                hits = sum(_overlap(box, t) for t in taken)
                options.append((hits, abs(mx) + abs(my), mx, my, box))
                if not hits:
                    break
        _, _, dx, dy, box = min(options)
        taken.append(box)
        moved.update({i: (others[i][0] + dx, others[i][1] + dy) for i in ids})
    return moved


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def overlapping_pairs(positions: Mapping[NodeId, Point], boxes: Mapping[NodeId, Box]) -> list[tuple[NodeId, NodeId]]:
    """Pairs of nodes whose boxes overlap (for tests and checks; n², small maps only)."""
    items = sorted(positions.items())
    found = []
    for k, (a, (ax, ay)) in enumerate(items):
        ba = boxes[a]
        for b, (bx, by) in items[k + 1:]:
            bb = boxes[b]
            if (abs(ax - bx) < ba.half_width + bb.half_width
                    and ay - ba.above < by + bb.below and by - bb.above < ay + ba.below):
                found.append((a, b))
    return found


def grid_block(ids: Sequence[NodeId], boxes: Mapping[NodeId, Box], columns: int | None = None) -> Positions:
    """Nodes in rows of equal cells, top-left at (0, 0)."""
    if not ids:
        return {}
    columns = columns or max(1, math.ceil(math.sqrt(len(ids) * 1.5)))
    cell_w = max(boxes[i].width for i in ids) + GAP_X
    above = max(boxes[i].above for i in ids)
    cell_h = above + max(boxes[i].below for i in ids) + GAP_Y
    return {
        node_id: ((k % columns + 0.5) * cell_w, (k // columns) * cell_h + above + GAP_Y / 2)
        for k, node_id in enumerate(ids)
    }


def _measured(blocks: Iterable[Positions], boxes: Mapping[NodeId, Box]) -> list[tuple[Positions, float, float, float, float]]:
    out = []
    for block in blocks:
        if block:
            left, top, right, bottom = bounds(block, boxes)
            out.append((block, left, top, right - left, bottom - top))
    return out


def row_width(blocks: Iterable[Positions], boxes: Mapping[NodeId, Box]) -> float:
    """A row width that makes packed blocks wider than high, like a screen (shelf rows leave gaps, hence more than 16:9)."""
    measured = _measured(blocks, boxes)
    if not measured:
        return 0.0
    area = sum((w + BLOCK_GAP) * (h + BLOCK_GAP) for *_, w, h in measured)
    return max(max(w for *_, w, _ in measured), math.sqrt(area * PACK_ASPECT))


def pack(blocks: Iterable[Positions], boxes: Mapping[NodeId, Box], *, row_width: float | None = None) -> Positions:
    """Blocks side by side in rows (in the given order, tops aligned), top-left at (0, 0)."""
    measured = _measured(blocks, boxes)
    if not measured:
        return {}
    if row_width is None:
        area = sum((w + BLOCK_GAP) * (h + BLOCK_GAP) for *_, w, h in measured)
        row_width = max(max(w for *_, w, _ in measured), math.sqrt(area * PACK_ASPECT))
    out: Positions = {}
    x = y = row_height = 0.0
    for block, left, top, width, height in measured:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + BLOCK_GAP, 0.0
        out.update(shifted(block, x - left, y - top))
        x += width + BLOCK_GAP
        row_height = max(row_height, height)
    return out


def finite(positions: Mapping[NodeId, Point]) -> Positions:
    """Rounded to a tenth of a unit and kept inside the drawing area the domain accepts."""
    out: Positions = {}
    for node_id, (x, y) in positions.items():
        if not (math.isfinite(x) and math.isfinite(y)):
            x, y = 0.0, 0.0
        out[node_id] = (round(min(max(x, -LIMIT), LIMIT), 1), round(min(max(y, -LIMIT), LIMIT), 1))
    return out
