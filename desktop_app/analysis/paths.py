"""Introduction paths: "who can introduce me to the CFO?" (Milgram's small world, ``001``).

On the person graph (people and the ties between them):

* the **strongest** path maximises the product of the tie qualities (each as
  a share of 100): Dijkstra on -log(quality / 100). An unrated tie counts
  ``quality.UNRATED_QUALITY`` (25: weak but real), and no tie counts below 1.
  A long chain of strong ties can beat a short weak one: 0.9 x 0.9 x 0.9 = 0.73
  is stronger than a single tie of 0.35.
* the **shortest** path has the fewest steps; among equally short paths the
  strongest is taken (Dijkstra on the pair (steps, -log quality)).

From a person, an organisation (any of its people), or by default our own
people (contacts of organisations with category ``own``), to a person or an
organisation (any of its people).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from ..domain.entities import Contact, Organisation
from ..domain.errors import UserError
from ..domain.ids import NodeId, TieId
from ..domain.network import Network
from .graph import Link, PersonGraph
from .quality import TieQuality


class PathError(UserError):
    """A path query that cannot be answered as asked (unknown node, no people)."""


@dataclass(frozen=True, slots=True)
class Path:
    nodes: tuple[NodeId, ...]
    ties: tuple[TieId, ...]
    qualities: tuple[float | None, ...]
    """Each hop's tie quality (None when unrated); one fewer than ``nodes``."""
    strength: float
    """Product of the hops' path qualities as a share of 100, times 100 (100 for no hop)."""

    @property
    def hops(self) -> int:
        return len(self.ties)


@dataclass(frozen=True, slots=True)
class PathResult:
    strongest: Path | None
    shortest: Path | None

    @property
    def differ(self) -> bool:
        return self.strongest is not None and self.shortest is not None and self.strongest.nodes != self.shortest.nodes


def our_people(network: Network) -> list[NodeId]:
    """Contacts of our own organisation(s), in a stable order."""
    own = {o.id for o in network.own_organisations()}
    return sorted(c.id for c in network.contacts() if c.organisation_id in own)


def endpoints(network: Network, node_id: NodeId | None) -> list[NodeId]:
    """The people a path may start or end at: a person, an organisation's people, or ours."""
    if node_id is None:
        return our_people(network)
    node = network.nodes.get(node_id)
    if isinstance(node, Contact):
        return [node.id]
    if isinstance(node, Organisation):
        return sorted(c.id for c in network.members_of(node.id))
    raise PathError("{node_id} is not in the map.", node_id=node_id)


def strength_cost(link: Link) -> float:
    return -math.log(link.quality / 100.0)


def hops_cost(link: Link) -> tuple[int, float]:
    return (1, -math.log(link.quality / 100.0))


def dijkstra(
    graph: PersonGraph, sources: Iterable[NodeId], cost: Callable[[Link], Any], zero: Any,
    targets: Iterable[NodeId] | None = None,
) -> tuple[dict[NodeId, Any], dict[NodeId, NodeId]]:
    """Settled costs and predecessors from the nearest source; stops once every target is settled."""
    pending = None if targets is None else {t for t in targets if t in graph}
    best: dict[NodeId, Any] = {}
    previous: dict[NodeId, NodeId] = {}
    heap: list[tuple[Any, int, NodeId, NodeId | None]] = []
    counter = 0
    for s in sources:
        if s in graph:
            heap.append((zero, counter, s, None))
            counter += 1
    heapq.heapify(heap)
    while heap:
        dist, _, node, before = heapq.heappop(heap)
        if node in best:
            continue
        best[node] = dist
        if before is not None:
            previous[node] = before
        if pending is not None:
            pending.discard(node)
            if not pending:
                break
        for other, link in graph[node].items():
            if other not in best:
                step = cost(link)
                total = dist + step if not isinstance(step, tuple) else tuple(map(sum, zip(dist, step, strict=True)))
                heapq.heappush(heap, (total, counter, other, node))
                counter += 1
    return best, previous


def trace(
    graph: PersonGraph, previous: Mapping[NodeId, NodeId], end: NodeId, qualities: Mapping[TieId, TieQuality],
) -> Path:
    nodes = [end]
    while nodes[-1] in previous:
        nodes.append(previous[nodes[-1]])
    nodes.reverse()
    links = [graph[a][b] for a, b in pairwise(nodes)]
    strength = 100.0
    for link in links:
        strength *= link.quality / 100.0
    return Path(
        nodes=tuple(nodes), ties=tuple(link.tie_id for link in links),
        qualities=tuple(qualities[link.tie_id].quality for link in links), strength=strength,
    )


def _best(
    graph: PersonGraph, sources: list[NodeId], targets: list[NodeId], qualities: Mapping[TieId, TieQuality],
    cost: Callable[[Link], Any], zero: Any,
) -> Path | None:
    best, previous = dijkstra(graph, sources, cost, zero, targets)
    reached = [t for t in targets if t in best]
    if not reached:
        return None
    end = min(reached, key=lambda t: (best[t], t))
    return trace(graph, previous, end, qualities)


def find_paths(
    network: Network, graph: PersonGraph, qualities: Mapping[TieId, TieQuality],
    source_id: NodeId | None, target_id: NodeId,
) -> PathResult:
    """Strongest and shortest introduction paths from ``source_id`` (default: our people) to ``target_id``."""
    sources = endpoints(network, source_id)
    targets = endpoints(network, target_id)
    if not sources and source_id is None:
        raise PathError("There is nobody to start from: add people to your own organisation.")
    return PathResult(
        strongest=_best(graph, sources, targets, qualities, strength_cost, 0.0),
        shortest=_best(graph, sources, targets, qualities, hops_cost, (0, 0.0)),
    )
