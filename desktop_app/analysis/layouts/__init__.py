"""Automatic layouts: new positions for the nodes of a map. No Qt; nothing here changes the map.

Each function returns ``{node_id: (x, y)}`` in scene units for the nodes it
moves; the window applies them as one undoable edit. ``boxes`` are the room
each node takes as drawn (the window measures its items); missing ones are
estimated. Results are deterministic (seeded), finite, inside the drawing
area the domain accepts, and placed where the map was (the top-left corner
of the nodes stays put; an organisation chart keeps its organisation in place).

* ``force_directed``: Fruchterman-Reingold, ties as springs as strong as
  their quality, people tied to their organisation (force.py).
* ``circular``: each organisation a ring of its people, rings round a circle.
* ``hierarchical``: who reports to whom, organisations above their people.
* ``account_view``: ours on the left, the key account's chart on the right.
* ``organisation_chart``: one organisation's people under it; groups in the
  chart's way move just out of it.
"""

from __future__ import annotations

from collections.abc import Mapping

from ...domain.entities import Organisation
from ...domain.ids import NodeId, TieId
from ...domain.network import Network
from ..quality import TieQuality
from . import trees
from .circular import circular as _circular
from .force import force_layout
from .geometry import (
    Box,
    Point,
    Positions,
    clear_area,
    estimate_box,
    estimate_boxes,
    finite,
    overlapping_pairs,
    shifted,
)

Qualities = Mapping[TieId, TieQuality]
DEFAULT_SEED = 20260301

__all__ = [
    "Box", "Point", "Positions", "account_view", "circular", "estimate_box", "estimate_boxes", "force_directed",
    "hierarchical", "organisation_chart", "overlapping_pairs",
]


def force_directed(
    network: Network, qualities: Qualities | None = None, *, boxes: Mapping[NodeId, Box] | None = None,
    seed: int = DEFAULT_SEED,
) -> Positions:
    """Stronger ties pull closer (quality from ``qualities``, e.g. ``Analysis.qualities``; unrated counts as weak)."""
    all_boxes = estimate_boxes(network, boxes)
    return _anchored(network, force_layout(network, qualities, all_boxes, seed))


def circular(network: Network, qualities: Qualities | None = None, *, boxes: Mapping[NodeId, Box] | None = None) -> Positions:
    return _anchored(network, _circular(network, estimate_boxes(network, boxes)))


def hierarchical(
    network: Network, qualities: Qualities | None = None, *, boxes: Mapping[NodeId, Box] | None = None
) -> Positions:
    return _anchored(network, trees.hierarchical(network, estimate_boxes(network, boxes)))


def account_view(
    network: Network, qualities: Qualities | None = None, *, boxes: Mapping[NodeId, Box] | None = None
) -> Positions:
    """Raises ValueError when the map has no key account (``MapSettings.account_id``)."""
    return _anchored(network, trees.account_view(network, estimate_boxes(network, boxes)))


def organisation_chart(
    network: Network, organisation_id: NodeId, *, boxes: Mapping[NodeId, Box] | None = None, make_room: bool = True
) -> Positions:
    """The organisation and its people, the organisation where it is, its people below it.

    With ``make_room``, the other organisations (with their people) and loose people
    whose frame the chart would cover are moved just out of its way, and are in the result too.
    """
    organisation = network.nodes.get(organisation_id)
    if not isinstance(organisation, Organisation):
        raise ValueError("Not an organisation of this map.")
    all_boxes = estimate_boxes(network, boxes)
    placed = trees.chart(network, organisation, all_boxes)
    ox, oy = placed[organisation_id]
    placed = shifted(placed, organisation.x - ox, organisation.y - oy)
    if make_room:
        placed.update(clear_area(network, placed, all_boxes))
    return finite(placed)


def _anchored(network: Network, positions: Positions) -> Positions:
    """Shift the layout so the top-left node centre lands where the map's was."""
    if not positions or not network.nodes:
        return finite(positions)
    old_x = min(n.x for n in network.nodes.values())
    old_y = min(n.y for n in network.nodes.values())
    new_x = min(x for x, _ in positions.values())
    new_y = min(y for _, y in positions.values())
    return finite(shifted(positions, old_x - new_x, old_y - new_y))

