"""Network metrics of the structure graph (see ``graph.py``): the heavy part of an analysis.

``compute_structure`` takes only a ``Projection`` (plain arrays), so a GUI
worker can run it on a snapshot in the background while the map is edited.

* degree: distinct neighbours (ties and membership); degree centrality is
  degree / (n - 1), strength the sum of link strengths (weighted degree).
* betweenness: hop-count brokerage, exact up to ``centrality.EXACT_LIMIT``
  nodes per component, sampled above (``betweenness_exact`` says which).
* eigenvector: weighted by link strength (being tied strongly to well-tied
  people); it concentrates on the largest component, as it does in networkx.
* constraint: Burt's, weighted by link strength; low constraint = broker
  spanning structural holes. None for a node without links.
* communities: weighted Louvain; components with their average path length.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..domain.ids import NodeId
from . import centrality
from .communities import louvain
from .graph import Projection


@dataclass(frozen=True, slots=True)
class NodeMetrics:
    degree: int
    degree_centrality: float
    strength: float
    betweenness: float
    eigenvector: float
    constraint: float | None
    community: int
    component: int
    """Index into ``Structure.components`` (0 is the largest)."""


@dataclass(frozen=True, slots=True)
class ComponentMetrics:
    size: int
    people: int
    average_path_length: float | None
    """Mean number of steps between two nodes of the component; None for a single node."""


@dataclass(frozen=True)
class Structure:
    nodes: dict[NodeId, NodeMetrics]
    node_count: int
    link_count: int
    density: float
    components: tuple[ComponentMetrics, ...]
    community_count: int
    betweenness_exact: bool


def compute_structure(proj: Projection) -> Structure:
    n = proj.size
    indptr, indices, weights = centrality.csr(n, proj.u, proj.v, proj.weight)
    labels = centrality.components(n, proj.u, proj.v)
    between, path_lengths, exact = centrality.betweenness(indptr, indices, labels)
    eigen = centrality.eigenvector(indptr, indices, weights)
    constraint = centrality.constraint(indptr, indices, weights)
    community = louvain(n, proj.u, proj.v, proj.weight)
    degree = np.diff(indptr)
    strength = np.bincount(np.repeat(np.arange(n), degree), weights=weights, minlength=n)
    # Components, largest first.
    comp_labels, inverse, sizes = np.unique(labels, return_inverse=True, return_counts=True)
    people = np.bincount(inverse, weights=proj.contact.astype(float), minlength=len(comp_labels))
    order = sorted(range(len(comp_labels)), key=lambda k: (-sizes[k], comp_labels[k]))
    rank = np.empty(len(comp_labels), dtype=np.int64)
    rank[order] = np.arange(len(order))
    components = tuple(
        ComponentMetrics(int(sizes[k]), int(people[k]), path_lengths.get(int(comp_labels[k]))) for k in order
    )
    scale = 1.0 / (n - 1) if n > 1 else 0.0
    nodes = {
        node_id: NodeMetrics(
            degree=int(degree[i]), degree_centrality=float(degree[i] * scale), strength=float(strength[i]),
            betweenness=float(between[i]), eigenvector=float(eigen[i]),
            constraint=None if np.isnan(constraint[i]) else float(constraint[i]),
            community=community[i], component=int(rank[inverse[i]]),
        )
        for i, node_id in enumerate(proj.node_ids)
    }
    pairs = n * (n - 1) / 2
    return Structure(
        nodes=nodes, node_count=n, link_count=len(proj.u), density=len(proj.u) / pairs if pairs else 0.0,
        components=components, community_count=len(set(community)), betweenness_exact=exact,
    )
