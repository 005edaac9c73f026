"""Places for imported nodes the file gave no position, so they do not pile up at (0, 0).

Each organisation gets a block with its members on rings around it; people
without an organisation share a grid. The blocks are packed in rows to the
right of whatever already has a place (the map, and nodes the file placed).
Members of an organisation that already has a place ring around it there.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ..domain.entities import Contact, Node, Organisation
from ..domain.ids import NodeId
from ..domain.network import Network

SPACING = 85.0
"""Distance between neighbours on a ring (a contact is 36-60 units wide)."""
FIRST_RING = 130.0
RING_GAP = 90.0
CELL = (130.0, 100.0)
"""Grid cell of people without an organisation: room for a name under a node."""
GAP = 120.0
"""Between blocks, and between the existing map and the imported blocks."""

Point = tuple[float, float]


def ring_offsets(count: int, first: float = FIRST_RING) -> list[Point]:
    """``count`` offsets on concentric rings around a centre, each ring as full as spacing allows."""
    out: list[Point] = []
    radius = first
    while len(out) < count:
        capacity = max(6, int(2 * math.pi * radius // SPACING))
        n = min(capacity, count - len(out))
        for i in range(n):
            angle = -math.pi / 2 + 2 * math.pi * i / n
            out.append((radius * math.cos(angle), radius * math.sin(angle)))
        radius += RING_GAP
    return out


def _grid(count: int) -> tuple[int, int]:
    columns = max(1, math.ceil(math.sqrt(count * 1.5)))
    return columns, math.ceil(count / columns)


def place(new_nodes: Sequence[Node], unplaced: set[NodeId], network: Network) -> dict[NodeId, Point]:
    """Positions for the nodes in ``unplaced`` (ids of ``new_nodes``); the others keep theirs."""
    positions: dict[NodeId, Point] = {}
    by_id = {n.id: n for n in new_nodes}
    members: dict[NodeId, list[NodeId]] = {}
    loose: list[NodeId] = []
    for node in new_nodes:
        if node.id in unplaced and isinstance(node, Contact):
            if node.organisation_id:
                members.setdefault(node.organisation_id, []).append(node.id)
            else:
                loose.append(node.id)

    for org_id, ids in members.items():
        if org_id in unplaced:
            continue  # laid out with its organisation below
        org = by_id.get(org_id) or network.nodes[org_id]
        first = FIRST_RING + (RING_GAP if network.members_of(org_id) else 0.0)
        for member_id, (dx, dy) in zip(ids, ring_offsets(len(ids), first), strict=True):
            positions[member_id] = (org.x + dx, org.y + dy)

    blocks: list[tuple[float, float, dict[NodeId, Point]]] = []
    for node in new_nodes:
        if isinstance(node, Organisation) and node.id in unplaced:
            ids = members.get(node.id, [])
            offsets = ring_offsets(len(ids))
            radius = max((math.hypot(dx, dy) for dx, dy in offsets), default=0.0)
            half_w, half_h = radius + 80.0, radius + 50.0
            block = {node.id: (half_w, half_h)}
            block.update({m: (half_w + dx, half_h + dy) for m, (dx, dy) in zip(ids, offsets, strict=True)})
            blocks.append((2 * half_w, 2 * half_h, block))
    if loose:
        columns, rows = _grid(len(loose))
        cell_w, cell_h = CELL
        block = {
            node_id: ((i % columns + 0.5) * cell_w, (i // columns + 0.5) * cell_h) for i, node_id in enumerate(loose)
        }
        blocks.append((columns * cell_w, rows * cell_h, block))

    fixed = [(n.x, n.y) for n in network.nodes.values()]
    fixed += [(n.x, n.y) for n in new_nodes if n.id not in unplaced]
    left = max(x for x, _ in fixed) + GAP if fixed else 0.0
    top = min(y for _, y in fixed) if fixed else 0.0
    row_width = max(1200.0, math.sqrt(sum(w * h for w, h, _ in blocks)) * 1.5)
    x, y, row_height = left, top, 0.0
    for width, height, block in blocks:
        if x > left and x - left + width > row_width:
            x, y, row_height = left, y + row_height + GAP, 0.0
        for node_id, (dx, dy) in block.items():
            positions[node_id] = (x + dx, y + dy)
        x += width + GAP
        row_height = max(row_height, height)
    return positions
