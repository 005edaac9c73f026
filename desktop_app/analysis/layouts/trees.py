"""Layered drawings of who reports to whom: the organisation chart and the hierarchical layout.

The hierarchy is a graph from manager to subordinate (reports-to ties run from
the subordinate to the manager) and from an organisation to its people, so
those who report to no one hang right under it. Cycles (bad data: A reports to B reports to A)
are broken where a depth-first walk in a fixed order meets them. Layers are
the longest path from a root, so a manager is always above everyone who
reports to them; each node hangs under one parent in the layer just above it
(its other managers are still tied to it on the canvas). Each tree is drawn
top-down as blocks: children side by side under their parent, the parent
centred over them, and a long list of people with no one under them wrapped
into a grid so a flat organisation does not become one endless row.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping

from ...domain.entities import Contact, Organisation
from ...domain.enums import TieType
from ...domain.ids import NodeId
from ...domain.network import Network
from .geometry import BLOCK_GAP, GAP_X, Box, Positions, bounds, grid_block, pack, row_width, shifted, sort_key

WRAP = 5
"""More leaf children than this are wrapped into a grid under their parent."""
LEVEL_GAP = 56.0
"""Vertical space between two levels of a chart, for the lines between them."""


class Hierarchy:
    """Parent and children of every node in ``scope`` (a set of node ids)."""

    def __init__(self, network: Network, scope: Collection[NodeId]) -> None:
        self.network = network
        self.scope = set(scope)
        managers: dict[NodeId, set[NodeId]] = {}
        for tie in network.ties.values():
            if tie.type is TieType.REPORTS_TO and tie.source_id in self.scope and tie.target_id in self.scope:
                managers.setdefault(tie.source_id, set()).add(tie.target_id)
        parents: dict[NodeId, list[NodeId]] = {}
        for node_id in self.scope:
            node = network.nodes[node_id]
            found = sorted(managers.get(node_id, ()), key=self._key)
            # The organisation is the last resort: it holds its people up if a cycle cut their manager.
            if isinstance(node, Contact) and node.organisation_id in self.scope and node.organisation_id not in found:
                found.append(node.organisation_id)  # type: ignore[arg-type]
            parents[node_id] = found
        self.parents = self._acyclic(parents)
        self.layer = self._layers()
        self.parent: dict[NodeId, NodeId | None] = {}
        self.children: dict[NodeId, list[NodeId]] = {n: [] for n in self.scope}
        for node_id in sorted(self.scope, key=self._key):
            above = [p for p in self.parents[node_id] if self.layer[p] == self.layer[node_id] - 1]
            self.parent[node_id] = above[0] if above else None
            if above:
                self.children[above[0]].append(node_id)

    def _key(self, node_id: NodeId) -> tuple[int, str, str]:
        return sort_key(self.network.nodes[node_id])

    def _acyclic(self, parents: dict[NodeId, list[NodeId]]) -> dict[NodeId, list[NodeId]]:
        """Drop the edges that close a cycle, found by an iterative depth-first walk in a fixed order."""
        state: dict[NodeId, int] = {}  # 1 on the current path, 2 done
        kept: dict[NodeId, list[NodeId]] = {n: [] for n in parents}
        for root in sorted(parents, key=self._key):
            if root in state:
                continue
            state[root] = 1
            stack = [(root, iter(parents[root]))]
            while stack:
                node, remaining = stack[-1]
                step = next(remaining, None)
                if step is None:
                    state[node] = 2
                    stack.pop()
                elif state.get(step) == 1:
                    continue  # a cycle: the node would be its own manager
                else:
                    kept[node].append(step)
                    if step not in state:
                        state[step] = 1
                        stack.append((step, iter(parents[step])))
        return kept

    def _layers(self) -> dict[NodeId, int]:
        """Longest path from a root, computed in topological order (no recursion: chains can be long)."""
        children: dict[NodeId, list[NodeId]] = {n: [] for n in self.parents}
        waiting = {n: len(ps) for n, ps in self.parents.items()}
        for node_id, ps in self.parents.items():
            for p in ps:
                children[p].append(node_id)
        layer = {n: 0 for n in self.parents}
        ready = [n for n, count in waiting.items() if count == 0]
        while ready:
            node_id = ready.pop()
            for child in children[node_id]:
                layer[child] = max(layer[child], layer[node_id] + 1)
                waiting[child] -= 1
                if waiting[child] == 0:
                    ready.append(child)
        return layer

    def roots(self) -> list[NodeId]:
        return sorted((n for n, p in self.parent.items() if p is None), key=self._key)


def tree_block(hierarchy: Hierarchy, root: NodeId, boxes: Mapping[NodeId, Box]) -> Positions:
    """The tree under ``root`` drawn top-down, root centre at (0, 0)."""
    members = _subtree(hierarchy, root)
    pitch = max(boxes[n].height for n in members) + LEVEL_GAP
    rel: dict[NodeId, tuple[Positions, float, float]] = {}
    """node -> (positions relative to the block's left edge and the node's level, block width, node x)."""
    for node_id in reversed(members):  # children before parents
        rel[node_id] = _block(node_id, hierarchy.children[node_id], rel, boxes, pitch)
    positions, _, x = rel[root]
    return {n: (px - x, py) for n, (px, py) in positions.items()}


def _subtree(hierarchy: Hierarchy, root: NodeId) -> list[NodeId]:
    order, stack = [], [root]
    while stack:
        node_id = stack.pop()
        order.append(node_id)
        stack.extend(hierarchy.children[node_id])
    return order


def _block(
    node_id: NodeId, children: list[NodeId], rel: Mapping[NodeId, tuple[Positions, float, float]],
    boxes: Mapping[NodeId, Box], pitch: float,
) -> tuple[Positions, float, float]:
    own = boxes[node_id].width + GAP_X
    if not children:
        return {node_id: (own / 2, 0.0)}, own, own / 2
    leaves = [c for c in children if len(rel[c][0]) == 1]
    parts: list[tuple[Positions, float, float]] = []
    if len(leaves) > WRAP:
        parts.append(_grid(leaves, boxes, pitch))
        wrapped = set(leaves)
        children = [c for c in children if c not in wrapped]
    parts += [rel[c] for c in children]
    positions: Positions = {}
    x = 0.0
    centres = []
    for block, width, centre in parts:
        positions.update({n: (x + px, py + pitch) for n, (px, py) in block.items()})
        centres.append(x + centre)
        x += width
    span = x
    centre = (centres[0] + centres[-1]) / 2
    if own > span:  # the parent is wider than everything under it
        positions = {n: (px + (own - span) / 2, py) for n, (px, py) in positions.items()}
        centre += (own - span) / 2
        span = own
    positions[node_id] = (centre, 0.0)
    return positions, span, centre


def _grid(leaves: list[NodeId], boxes: Mapping[NodeId, Box], pitch: float) -> tuple[Positions, float, float]:
    columns = max(WRAP, math.ceil(math.sqrt(len(leaves))))
    cell = max(boxes[n].width for n in leaves) + GAP_X
    positions = {n: ((k % columns + 0.5) * cell, (k // columns) * pitch) for k, n in enumerate(leaves)}
    width = min(columns, len(leaves)) * cell
    return positions, width, width / 2


def forest(hierarchy: Hierarchy, roots: Iterable[NodeId], boxes: Mapping[NodeId, Box]) -> list[Positions]:
    """One block per tree; the vertical position is the level times the tree's pitch."""
    return [tree_block(hierarchy, root, boxes) for root in roots]


def chart(network: Network, organisation: Organisation, boxes: Mapping[NodeId, Box]) -> Positions:
    """The organisation on top and its people under it by who reports to whom (organisation at (0, 0))."""
    scope = {organisation.id, *(m.id for m in network.members_of(organisation.id))}
    hierarchy = Hierarchy(network, scope)
    blocks = forest(hierarchy, hierarchy.roots(), boxes)
    # The organisation is the root of every member not inside a reporting cycle; others follow it.
    main = next(b for b in blocks if organisation.id in b)
    rest = [b for b in blocks if b is not main]
    out = dict(main)
    if rest:  # only when the data holds an organisation reporting to one of its people
        left, _, _, bottom = bounds(main, boxes)
        out.update(shifted(pack(rest, boxes), left, bottom + 2 * LEVEL_GAP))
    return out



def hierarchical(network: Network, boxes: Mapping[NodeId, Box]) -> Positions:
    """Every tree of the hierarchy as a block (ours first), blocks in rows; nodes outside any tree in a grid last."""
    hierarchy = Hierarchy(network, network.nodes)
    roots = hierarchy.roots()
    trees = [r for r in roots if hierarchy.children[r]]
    alone = [r for r in roots if not hierarchy.children[r]]
    return pack([*forest(hierarchy, trees, boxes), grid_block(alone, boxes)], boxes)


ACCOUNT_GAP = 520.0
"""Between our side and the account's: room for the ties that cross between them."""


def account_view(network: Network, boxes: Mapping[NodeId, Box]) -> Positions:
    """Our organisation(s) and people on the left, the key account's organisation chart on the right,
    everything else in rows below them."""
    account = network.nodes.get(network.settings.account_id or "")
    if not isinstance(account, Organisation):
        raise ValueError("The map has no key account.")
    ours = [o for o in sorted(network.own_organisations(), key=sort_key) if o.id != account.id]
    left: Positions = {}
    y = 0.0
    for org in ours:  # several own organisations (a group) stack on the left
        block = chart(network, org, boxes)
        _, top, right_edge, bottom = bounds(block, boxes)
        left.update(shifted(block, -right_edge, y - top))
        y += bottom - top + LEVEL_GAP * 2
    right = chart(network, account, boxes)
    left_edge, top, _, _ = bounds(right, boxes)
    right = shifted(right, ACCOUNT_GAP - left_edge, -top)
    top_part = {**left, **right}
    placed = set(top_part)
    rest = [n for n in network.nodes if n not in placed]
    if not rest:
        return top_part
    left_edge, _, right_edge, bottom = bounds(top_part, boxes)
    hierarchy = Hierarchy(network, rest)
    roots = hierarchy.roots()
    trees = [n for n in roots if hierarchy.children[n]]
    alone = [n for n in roots if not hierarchy.children[n]]
    blocks = [*forest(hierarchy, trees, boxes), grid_block(alone, boxes)]
    below = pack(blocks, boxes, row_width=max(right_edge - left_edge, row_width(blocks, boxes)))
    return {**top_part, **shifted(below, left_edge, bottom + 2 * BLOCK_GAP)}
