"""Contact importance 0-100 (drives node size: "the bigger the node, the more important", ``001``).

importance = 100 x weighted mean of the parts that are known:

* influence (weight 0.4): the user's own judgement of power, (influence - 1) / 4;
  missing when influence is not set. It weighs most: the person who knows the
  account knows best.
* buying-centre role (weight 0.3): formal power in the decision (Webster &
  Wind's buying centre): decision maker 1, influencer and champion 0.75,
  buyer and gatekeeper 0.5, user 0.25, no role 0. Not counted for our own
  people, who have no role in the customer's buying centre.
* network position (weight 0.3): what the map itself shows: the mean of the
  person's percentile among all people in betweenness (brokerage) and in
  eigenvector centrality (tied to the well-tied). Percentiles, because raw
  betweenness is heavy-tailed and would shrink everyone but the top broker.
  Missing until the structure has been computed.

Organisations get their position percentile (among organisations) alone.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass

from ..domain.entities import Contact
from ..domain.enums import ActorCategory, BuyingRole
from ..domain.ids import NodeId
from ..domain.network import Network
from .metrics import NodeMetrics

INFLUENCE_WEIGHT = 0.4
ROLE_WEIGHT = 0.3
POSITION_WEIGHT = 0.3
ROLE_SCORE: dict[BuyingRole | None, float] = {
    BuyingRole.DECISION_MAKER: 1.0, BuyingRole.INFLUENCER: 0.75, BuyingRole.CHAMPION: 0.75,
    BuyingRole.BUYER: 0.5, BuyingRole.GATEKEEPER: 0.5, BuyingRole.USER: 0.25, None: 0.0,
}


@dataclass(frozen=True, slots=True)
class Importance:
    score: float
    influence: float | None
    role: float | None
    position: float | None
    """Each part 0-1, None when not counted."""


def _percentiles(values: dict[NodeId, float]) -> dict[NodeId, float]:
    """Share of the others with a strictly smaller value (0 for the smallest, 1 for the largest)."""
    ordered = sorted(values.values())
    span = max(len(ordered) - 1, 1)
    return {node: bisect_left(ordered, value) / span for node, value in values.items()}


def _positions(ids: list[NodeId], metrics: Mapping[NodeId, NodeMetrics]) -> dict[NodeId, float]:
    known = [i for i in ids if i in metrics]
    between = _percentiles({i: metrics[i].betweenness for i in known})
    eigen = _percentiles({i: metrics[i].eigenvector for i in known})
    return {i: (between[i] + eigen[i]) / 2 for i in known}


def positions(network: Network, metrics: Mapping[NodeId, NodeMetrics] | None) -> dict[NodeId, float]:
    """The network-position part (0-1) of every node the metrics know."""
    metrics = metrics or {}
    people = [c.id for c in network.contacts()]
    organisations = [o.id for o in network.organisations()]
    return _positions(people, metrics) | _positions(organisations, metrics)


def importance(
    network: Network, metrics: Mapping[NodeId, NodeMetrics] | None, position: Mapping[NodeId, float] | None = None,
) -> dict[NodeId, Importance]:
    """Importance of every node; ``position`` may be passed in when it is cached."""
    own = {o.id for o in network.organisations() if o.category is ActorCategory.OWN}
    position = positions(network, metrics) if position is None else position
    result: dict[NodeId, Importance] = {}
    for node_id, node in network.nodes.items():
        pos = position.get(node_id)
        if not isinstance(node, Contact):
            result[node_id] = Importance(100.0 * (pos or 0.0), None, None, pos)
            continue
        influence = None if node.influence is None else (node.influence - 1) / 4
        role = None if node.organisation_id in own else ROLE_SCORE[node.role]
        weight = total = 0.0  # the weighted mean of the parts that are known (run for every node after each edit)
        if influence is not None:
            weight, total = INFLUENCE_WEIGHT, influence * INFLUENCE_WEIGHT
        if role is not None:
            weight, total = weight + ROLE_WEIGHT, total + role * ROLE_WEIGHT
        if pos is not None:
            weight, total = weight + POSITION_WEIGHT, total + pos * POSITION_WEIGHT
        result[node_id] = Importance(100.0 * (total / weight if weight else 0.0), influence, role, pos)
    return result
