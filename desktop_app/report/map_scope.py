"""Which nodes the printed map shows: all of a small map, an account's neighbourhood of a large one.

A page holds about ``MAP_LIMIT`` readable nodes. Beyond that the figure shows
our people, the account and its people, and whoever they are tied to, most
important first; the caption says how many of how many are shown.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from ..analysis import Analysis
from ..domain.entities import Contact, Organisation
from ..domain.ids import NodeId
from ..domain.network import Network

MAP_LIMIT = 120
"""Most nodes drawn on one page."""
ORGANISATION_ALLOWANCE = 30
"""Extra room for the organisations of the people shown, so they are not left floating."""


@dataclass(frozen=True)
class MapScope:
    node_ids: frozenset[NodeId]
    total: int
    account_id: NodeId | None
    """The account whose neighbourhood is shown, when the map had to be cut."""

    @property
    def whole(self) -> bool:
        return len(self.node_ids) == self.total


def map_scope(network: Network, analysis: Analysis, account_id: NodeId | None, limit: int = MAP_LIMIT) -> MapScope:
    total = len(network.nodes)
    if total <= limit:
        return MapScope(frozenset(network.nodes), total, None)

    def score(node_id: NodeId) -> float:
        found = analysis.importance.get(node_id)
        return found.score if found else 0.0

    own = [o.id for o in network.own_organisations()]
    core: list[NodeId] = [*own, *(c.id for o in own for c in network.members_of(o))]
    if account_id is not None:
        members = [c.id for c in network.members_of(account_id)]
        core += [account_id, *sorted(members, key=score, reverse=True)]
        around = {t.other_end(n) for n in [account_id, *members] for t in network.ties_of(n)}
        rest: Iterable[NodeId] = sorted(around, key=lambda n: (-score(n), network.name_of(n)))
    else:
        rest = sorted((c.id for c in network.contacts()), key=lambda n: (-score(n), network.name_of(n)))
    chosen: dict[NodeId, None] = {}
    for node_id in [*core, *rest]:
        if len(chosen) >= limit:
            break
        chosen.setdefault(node_id)
    for node_id in list(chosen):
        node = network.nodes[node_id]
        if isinstance(node, Contact) and node.organisation_id and len(chosen) < limit + ORGANISATION_ALLOWANCE:
            chosen.setdefault(node.organisation_id)
    account = network.nodes.get(account_id) if account_id is not None else None
    return MapScope(frozenset(chosen), total, account_id if isinstance(account, Organisation) else None)


CELL_X, CELL_Y, HEAD, GAP = 150.0, 105.0, 95.0, 90.0
"""Scene units of the cluster layout: member spacing, room under the organisation box, space between groups."""


def cluster_layout(network: Network, scope: MapScope) -> dict[NodeId, tuple[float, float]]:
    """Positions for a neighbourhood cut from a large map: one compact group per organisation.

    The user's positions are spread over the whole map, so a subset of them
    leaves most of the page empty and the rest crowded. Here each
    organisation's people sit in a small grid under it, our own organisation
    first and the account last, in rows about half again as wide as tall.
    """
    groups: dict[NodeId | None, list[NodeId]] = {}
    for node_id in scope.node_ids:
        node = network.nodes[node_id]
        if isinstance(node, Organisation):
            groups.setdefault(node_id, [])
        else:
            org = node.organisation_id if node.organisation_id in scope.node_ids else None
            groups.setdefault(org, []).append(node_id)

    def rank(org: NodeId | None) -> tuple[int, int, str]:
        node = network.nodes.get(org) if org is not None else None
        first = 0 if isinstance(node, Organisation) and node.is_own else (2 if org == scope.account_id else 1)
        return first, -len(groups[org]), network.name_of(org) if org else ""

    boxes = []
    for org in sorted(groups, key=rank):
        members = sorted(groups[org], key=network.name_of)
        columns = max(1, math.ceil(math.sqrt(len(members) * 1.4)))
        rows = math.ceil(len(members) / columns)
        width = max(columns * CELL_X, 2 * CELL_X)
        boxes.append((org, members, columns, width, HEAD + rows * CELL_Y))
    area = sum((w + GAP) * (h + GAP) for *_, w, h in boxes)
    limit = max(math.sqrt(area * 1.5), max(w for *_, w, _ in boxes))
    positions: dict[NodeId, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for org, members, columns, width, height in boxes:
        if x > 0 and x + width > limit:
            x, y, row_height = 0.0, y + row_height + GAP, 0.0
        centre = x + width / 2
        if org is not None:
            positions[org] = (centre, y)
        left = centre - (min(columns, len(members)) - 1) * CELL_X / 2
        for i, member in enumerate(members):
            positions[member] = (left + (i % columns) * CELL_X, y + HEAD + (i // columns) * CELL_Y)
        x += width + GAP
        row_height = max(row_height, height)
    return positions
