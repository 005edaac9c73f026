"""Force-directed placement (Fruchterman-Reingold) with tie quality as spring strength.

Written with numpy rather than ``networkx.spring_layout``: networkx switches to
a scipy-only solver from 500 nodes (scipy is not a dependency), and working in
scene units lets the ideal distance be the room a node needs. Repulsion is
exact (all pairs, in row blocks so a 5,000-node component stays within ~100
MB); the number of rounds shrinks with the square of the size so 1,000 nodes
take about a second on a quiet machine (``ROUND_BUDGET``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np

from ...domain.entities import Contact
from ...domain.ids import NodeId, TieId
from ...domain.network import Network
from ..quality import UNRATED_QUALITY, TieQuality
from .geometry import Box, Positions, grid_block, pack, remove_overlaps, separate_groups, sort_key

ROUND_BUDGET = 1.2e8
"""Pair evaluations per layout: rounds = budget / n², between MIN_ROUNDS and MAX_ROUNDS."""
MIN_ROUNDS, MAX_ROUNDS = 25, 300
BLOCK_ROWS = 1024
"""Rows of the pair matrices computed at once (memory: rows × n × 4 bytes per matrix)."""


def rounds_for(n: int) -> int:
    return int(min(MAX_ROUNDS, max(MIN_ROUNDS, ROUND_BUDGET / max(n, 1) ** 2)))


def spring(
    start: np.ndarray, edges: Sequence[tuple[int, int, float]], *, distance: float, rounds: int | None = None,
    gravity: float = 0.04,
) -> np.ndarray:
    """Positions (n×2) after Fruchterman-Reingold from ``start``.

    ``edges`` are (i, j, weight): a spring of weight w rests at about
    ``distance / w ** (1/3)``, so stronger ties sit closer. A weak pull to the
    centre keeps loosely tied nodes from drifting to the rim.
    """
    n = len(start)
    pos = np.array(start, dtype=np.float32)
    if n < 2:
        return pos.astype(np.float64)
    rounds = rounds or rounds_for(n)
    k = np.float32(distance)
    k2 = k * k
    a = np.array([e[0] for e in edges], dtype=np.intp)
    b = np.array([e[1] for e in edges], dtype=np.intp)
    w = np.array([e[2] for e in edges], dtype=np.float32)
    spread = float(np.ptp(pos, axis=0).max()) or float(k)
    temperature = spread / 6
    cooling = temperature / (rounds + 1)
    for _ in range(rounds):
        x, y = pos[:, 0], pos[:, 1]
        fx = np.empty(n, dtype=np.float32)
        fy = np.empty(n, dtype=np.float32)
        for lo in range(0, n, BLOCK_ROWS):
            hi = min(n, lo + BLOCK_ROWS)
            dx = x[lo:hi, None] - x[None, :]
            dy = y[lo:hi, None] - y[None, :]
            d2 = dx * dx
            d2 += dy * dy
            np.maximum(d2, 1.0, out=d2)
            np.divide(k2, d2, out=d2)  # repulsion k²/d along delta/d
            np.multiply(dx, d2, out=dx)
            np.multiply(dy, d2, out=dy)
            fx[lo:hi] = dx.sum(axis=1)
            fy[lo:hi] = dy.sum(axis=1)
        if len(a):
            ex, ey = x[a] - x[b], y[a] - y[b]
            pull = w * np.sqrt(ex * ex + ey * ey) / k  # attraction w·d²/k along -delta/d
            fx -= np.bincount(a, ex * pull, minlength=n).astype(np.float32)
            fx += np.bincount(b, ex * pull, minlength=n).astype(np.float32)
            fy -= np.bincount(a, ey * pull, minlength=n).astype(np.float32)
            fy += np.bincount(b, ey * pull, minlength=n).astype(np.float32)
        centre = pos.mean(axis=0)
        fx -= gravity * (x - centre[0]) * math.sqrt(n)
        fy -= gravity * (y - centre[1]) * math.sqrt(n)
        length = np.sqrt(fx * fx + fy * fy)
        np.maximum(length, 1e-6, out=length)
        step = np.minimum(length, temperature) / length
        pos[:, 0] += fx * step
        pos[:, 1] += fy * step
        temperature = max(temperature - cooling, float(k) * 0.02)
    return pos.astype(np.float64)


TIE_PULL = (0.25, 0.75)
"""A tie's spring weight is 0.25 + 0.75 · quality/100: quality 100 rests at the ideal distance, 0 at 1.6 times it."""
MEMBER_PULL = 15.0
"""A person is pulled to their organisation harder than by any tie, so organisations stay together in frames."""


GROUP_ROUNDS = 3000
"""Overlap-removal rounds inside one organisation (they stop as soon as nothing overlaps)."""


def force_layout(
    network: Network, qualities: Mapping[TieId, TieQuality] | None, boxes: Mapping[NodeId, Box], seed: int
) -> Positions:
    """Each connected part laid out on its own, then the parts packed largest first, loose nodes last in a grid."""
    ids = sorted(network.nodes, key=lambda i: sort_key(network.nodes[i]))
    index = {node_id: k for k, node_id in enumerate(ids)}
    weights: dict[tuple[int, int], float] = {}
    for tie in network.ties.values():
        q = qualities.get(tie.id) if qualities is not None else None
        quality = q.path_quality if q is not None else UNRATED_QUALITY
        pair = _pair(index[tie.source_id], index[tie.target_id])
        weights[pair] = weights.get(pair, 0.0) + TIE_PULL[0] + TIE_PULL[1] * min(quality, 100.0) / 100
    for contact in network.contacts():
        if contact.organisation_id in index:
            pair = _pair(index[contact.id], index[contact.organisation_id])  # type: ignore[index]
            weights[pair] = weights.get(pair, 0.0) + MEMBER_PULL
    parts = _components(len(ids), weights)
    part_of = {g: p for p, part in enumerate(parts) for g in part}
    local = {g: k for part in parts for k, g in enumerate(part)}
    edges: list[list[tuple[int, int, float]]] = [[] for _ in parts]
    for (a, b), w in sorted(weights.items()):
        edges[part_of[a]].append((local[a], local[b], w))
    rng = np.random.default_rng(seed)
    blocks: list[Positions] = []
    loose: list[NodeId] = []
    for p, part in enumerate(parts):
        if len(part) == 1:
            loose.append(ids[part[0]])
            continue
        part_ids = [ids[g] for g in part]
        distance = _distance(part_ids, boxes)
        start = _start(network, part_ids, distance, rng)
        xy = spring(start, edges[p], distance=distance)
        groups = _groups(network, part_ids)
        xy = _untangle_groups(part_ids, xy, boxes, groups)
        xy = separate_groups(part_ids, xy, boxes, groups)
        blocks.append({node_id: (float(x), float(y)) for node_id, (x, y) in zip(part_ids, xy, strict=True)})
    blocks.append(grid_block(loose, boxes))
    return pack(blocks, boxes)


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _components(n: int, weights: Mapping[tuple[int, int], float]) -> list[list[int]]:
    """Connected parts (union-find), largest first, each in index order."""
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in weights:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _distance(ids: list[NodeId], boxes: Mapping[NodeId, Box]) -> float:
    """The ideal tie length: a typical node's room plus a gap (a contact with its label: about 170)."""
    sizes = sorted(max(boxes[i].width, boxes[i].height) for i in ids)
    return sizes[len(sizes) // 2] + 60.0


def _start(network: Network, ids: list[NodeId], distance: float, rng: np.random.Generator) -> np.ndarray:
    """Seeded random start with people near their organisation, which saves rounds and untangling."""
    side = distance * math.sqrt(len(ids)) * 1.5
    where: dict[NodeId, np.ndarray] = {}
    out = np.empty((len(ids), 2))
    noise = rng.random((len(ids), 2))
    for k, node_id in enumerate(ids):  # organisations come first (sort order)
        node = network.nodes[node_id]
        org = node.organisation_id if isinstance(node, Contact) else None
        if org is not None and org in where:
            out[k] = where[org] + (noise[k] - 0.5) * distance
        else:
            out[k] = noise[k] * side
            where[node_id] = out[k]
    return out


def _untangle_groups(ids: list[NodeId], xy: np.ndarray, boxes: Mapping[NodeId, Box], groups: list[int]) -> np.ndarray:
    """No overlaps inside each organisation's group; ``separate_groups`` then keeps the groups apart.

    Small problems converge fast, where one sweep over a crowded 1,000-node map would need thousands of rounds.
    """
    members: dict[int, list[int]] = {}
    for k, g in enumerate(groups):
        members.setdefault(g, []).append(k)
    for rows in members.values():
        if len(rows) > 1:
            xy[rows] = remove_overlaps([ids[k] for k in rows], xy[rows], boxes, rounds=GROUP_ROUNDS)
    return xy


def _groups(network: Network, ids: list[NodeId]) -> list[int]:
    """A group number per node: an organisation's people share its number; everyone else is alone."""
    index = {node_id: k for k, node_id in enumerate(ids)}
    out = []
    for k, node_id in enumerate(ids):
        node = network.nodes[node_id]
        org = node.organisation_id if isinstance(node, Contact) else None
        out.append(index.get(org, k) if org else k)
    return out
