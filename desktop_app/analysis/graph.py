"""Simple undirected projections of a map, the shape graph algorithms need.

Two projections, because they answer different questions:

* The **structure graph** (``Projection``): people *and* organisations; a tie is
  a link, and so is membership (``Contact.organisation_id``: colleagues are
  connected through their organisation even when no tie between them is
  drawn). Parallel ties and directions are merged into one undirected link
  that keeps the strongest quality. Centralities, constraint, communities,
  density, components and path lengths run on it. A link's weight is its path
  quality / 100 (see ``TieQuality.path_quality``: unrated counts as
  ``UNRATED_QUALITY``); membership counts ``MEMBERSHIP_QUALITY``. Where an
  algorithm needs a distance, strength becomes distance: -log(weight) for
  introduction paths (so the shortest distance is the path with the largest
  product of qualities) and 1/weight for distance-based centralities in
  networkx (``to_networkx`` sets both). Betweenness counts steps instead
  (see ``centrality.py``).
* The **person graph** (``PersonGraph``): people only, linked by ties between two
  people. Introductions, reach, single points of failure and coverage run on
  it: being employed by the same organisation, or a tie to an organisation as
  a whole, does not let anyone introduce you.

Both are built from a map and its tie qualities and never change the map.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..domain.entities import Contact, Tie
from ..domain.ids import NodeId, TieId
from ..domain.network import Network
from .quality import TieClass, TieQuality

if TYPE_CHECKING:
    import networkx as nx  # only the two converters below use it: it costs 0.2 s at start-up

MEMBERSHIP_QUALITY = 50.0
"""Weight of a membership link: colleagues probably know each other, but nobody rated it."""

LEVELS = {TieClass.STRONG: 2, TieClass.MEDIUM: 1, TieClass.WEAK: 0, TieClass.UNRATED: 0}
"""Access level of a tie: an unrated tie cannot be trusted to be more than weak."""


@dataclass(frozen=True, slots=True)
class Link:
    """One merged person-to-person link: the strongest of the ties between two people."""

    tie_id: TieId
    quality: float
    """Path quality 1-100 of the strongest tie."""
    level: int
    """2 strong, 1 medium, 0 weak or unrated."""
    ties: int
    """How many ties join the pair (a bridge made of two ties is not one tie's loss)."""


PersonGraph = dict[NodeId, dict[NodeId, Link]]


def _merge(old: Link | None, link: Link) -> Link:
    if old is None:
        return link
    best = link if link.quality > old.quality else old
    return Link(best.tie_id, best.quality, max(link.level, old.level), old.ties + 1)


def _link(tie: Tie, qualities: Mapping[TieId, TieQuality]) -> Link:
    tq = qualities[tie.id]
    return Link(tie.id, tq.path_quality, LEVELS[tq.tie_class], 1)


def person_graph(network: Network, qualities: Mapping[TieId, TieQuality]) -> PersonGraph:
    """Adjacency of people; every contact is a key, also those without ties."""
    graph: PersonGraph = {c.id: {} for c in network.contacts()}
    for tie in network.ties.values():
        a, b = tie.source_id, tie.target_id
        if a not in graph or b not in graph:
            continue
        link = _merge(graph[a].get(b), _link(tie, qualities))
        graph[a][b] = link
        graph[b][a] = link
    return graph


def updated(
    graph: PersonGraph, network: Network, qualities: Mapping[TieId, TieQuality],
    pairs: Iterable[tuple[NodeId, NodeId]], nodes: Iterable[NodeId],
) -> PersonGraph:
    """A new person graph with ``nodes`` and the links of ``pairs`` redone from the map.

    Rows that did not change are shared with ``graph``, which is left as it was,
    so an edit costs in proportion to what it touched.
    """
    new = dict(graph)
    copied: set[NodeId] = set()

    def row(node: NodeId) -> dict[NodeId, Link]:
        if node not in copied:
            new[node] = dict(new[node])
            copied.add(node)
        return new[node]

    for node in nodes:
        if isinstance(network.nodes.get(node), Contact):
            new.setdefault(node, {})
        elif node in new:
            for other in new.pop(node):
                if other in new:
                    row(other).pop(node, None)
    for a, b in pairs:
        if a not in new or b not in new:
            continue
        link = None
        for tie in network.ties_of(a):
            if tie.other_end(a) == b:
                link = _merge(link, _link(tie, qualities))
        if link is None:
            row(a).pop(b, None)
            row(b).pop(a, None)
        else:
            row(a)[b] = link
            row(b)[a] = link
    return new


def without(graph: PersonGraph, removed: NodeId) -> PersonGraph:
    """A shallow view of the graph as if ``removed`` had left (for what-if)."""
    return {n: (nbrs if removed not in nbrs else {m: v for m, v in nbrs.items() if m != removed})
            for n, nbrs in graph.items() if n != removed}


@dataclass(frozen=True)
class Projection:
    """The structure graph as arrays: a snapshot a background worker can use safely."""

    node_ids: tuple[NodeId, ...]
    contact: np.ndarray
    """bool per node: a person (else an organisation)."""
    u: np.ndarray
    v: np.ndarray
    weight: np.ndarray
    """Link strength 0.01-1 (path quality / 100), u < v, one entry per linked pair."""

    @property
    def size(self) -> int:
        return len(self.node_ids)

    def index(self) -> dict[NodeId, int]:
        return {node_id: i for i, node_id in enumerate(self.node_ids)}


def projection(network: Network, qualities: Mapping[TieId, TieQuality]) -> Projection:
    node_ids = tuple(sorted(network.nodes))
    index = {node_id: i for i, node_id in enumerate(node_ids)}
    best: dict[tuple[int, int], float] = {}

    def link(a: int, b: int, quality: float) -> None:
        key = (a, b) if a < b else (b, a)
        if quality > best.get(key, 0.0):
            best[key] = quality

    for tie in network.ties.values():
        link(index[tie.source_id], index[tie.target_id], qualities[tie.id].path_quality)
    for node in network.nodes.values():
        if isinstance(node, Contact) and node.organisation_id in index:
            link(index[node.id], index[node.organisation_id], MEMBERSHIP_QUALITY)  # type: ignore[index]
    pairs = np.array(list(best), dtype=np.int64).reshape(-1, 2)
    contact = np.array([isinstance(network.nodes[n], Contact) for n in node_ids], dtype=bool)
    return Projection(node_ids, contact, pairs[:, 0], pairs[:, 1], np.array(list(best.values())) / 100.0)


def to_networkx(proj: Projection) -> nx.Graph:
    """The structure graph for networkx: ``weight`` (strength), ``distance`` (1/weight), ``cost`` (-log)."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(proj.node_ids)
    for a, b, w in zip(proj.u.tolist(), proj.v.tolist(), proj.weight.tolist(), strict=True):
        graph.add_edge(proj.node_ids[a], proj.node_ids[b], weight=w, distance=1.0 / w, cost=-math.log(w))
    return graph


def person_networkx(graph: PersonGraph) -> nx.Graph:
    """The person graph for networkx (tests, exports): ``quality``, ``level``, ``tie_id``."""
    import networkx as nx

    result = nx.Graph()
    result.add_nodes_from(graph)
    for a, nbrs in graph.items():
        for b, link in nbrs.items():
            if a < b:
                result.add_edge(a, b, quality=link.quality, level=link.level, tie_id=link.tie_id)
    return result
