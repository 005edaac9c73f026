"""The circular layout: each organisation a small ring of its people around it, the rings on one big circle."""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np

from ...domain.entities import Organisation
from ...domain.ids import NodeId
from ...domain.network import Network
from .geometry import BLOCK_GAP, GAP_X, Box, Positions, separate_groups, sort_key

MIN_GROUP_GAP = 60.0


def ring(ids: list[NodeId], boxes: Mapping[NodeId, Box], inner: float) -> tuple[Positions, float]:
    """``ids`` on concentric rings around (0, 0), the first at least ``inner`` out; returns the outer radius."""
    positions: Positions = {}
    if not ids:
        return positions, 0.0
    pitch = max(max(boxes[i].width, boxes[i].height) for i in ids) + GAP_X
    radius = inner + pitch / 2
    remaining = list(ids)
    outer = radius
    while remaining:
        # As many as fit with a chord of one pitch between neighbours; the last ring takes the rest.
        capacity = max(1, int(math.pi / math.asin(min(1.0, pitch / (2 * radius)))))
        take = remaining[:capacity]
        remaining = remaining[capacity:]
        for k, node_id in enumerate(take):
            angle = -math.pi / 2 + 2 * math.pi * k / len(take)
            positions[node_id] = (radius * math.cos(angle), radius * math.sin(angle))
        outer = radius
        radius += pitch
    return positions, outer + pitch / 2


def circular(network: Network, boxes: Mapping[NodeId, Box]) -> Positions:
    """Organisations in reading order (ours first) round a circle, each with its people in a ring around it."""
    groups: list[tuple[Positions, float]] = []
    for org in sorted(network.organisations(), key=sort_key):
        members = sorted((m.id for m in network.members_of(org.id)), key=lambda i: sort_key(network.nodes[i]))
        box = boxes[org.id]
        inner = math.hypot(box.half_width, box.above) + 10 if members else 0.0
        positions, radius = ring(members, boxes, inner)
        positions[org.id] = (0.0, 0.0)
        groups.append((positions, max(radius, math.hypot(box.half_width, box.above))))
    for contact in sorted(network.contacts(), key=sort_key):
        if not isinstance(network.nodes.get(contact.organisation_id or ""), Organisation):
            box = boxes[contact.id]
            groups.append(({contact.id: (0.0, 0.0)}, math.hypot(box.half_width, max(box.above, box.below))))
    if len(groups) <= 1:
        return groups[0][0] if groups else {}
    gap = max(MIN_GROUP_GAP, BLOCK_GAP / 2)
    circumference = sum(2 * r + gap for _, r in groups)
    # Neighbours sit a chord apart, which is shorter than the arc measured above.
    chord = (math.pi / len(groups)) / math.sin(math.pi / len(groups))
    big = max(circumference / (2 * math.pi) * chord, max(r for _, r in groups) * 1.2)
    out: Positions = {}
    group_of: list[int] = []
    travelled = 0.0
    for g, (positions, r) in enumerate(groups):
        angle = -math.pi / 2 + 2 * math.pi * (travelled + r) / circumference
        cx, cy = big * math.cos(angle), big * math.sin(angle)
        out.update({i: (cx + x, cy + y) for i, (x, y) in positions.items()})
        group_of += [g] * len(positions)
        travelled += 2 * r + gap
    # Frames are rectangles round the rings: where two corners meet, nudge the groups apart.
    ids = list(out)
    xy = separate_groups(ids, np.array([out[i] for i in ids]), boxes, group_of)
    return {i: (float(x), float(y)) for i, (x, y) in zip(ids, xy, strict=True)}
