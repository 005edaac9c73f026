"""Communities: groups of people and organisations more tied to each other than to the rest.

Louvain modularity optimisation (Blondel et al. 2008), weighted by link
strength, the same method as ``networkx.community.louvain_communities``. This
lean version keeps plain lists instead of a graph object per level and is
about three times faster (0.3 s instead of 1 s on the 5,000-person map), which
keeps the whole analysis inside its budget; a test checks that its partitions
score the same modularity as networkx's on small graphs. The node order is
shuffled with a fixed seed, so the same map always gives the same groups.
"""

from __future__ import annotations

import random

import numpy as np

SEED = 7


def louvain(n: int, u: np.ndarray, v: np.ndarray, w: np.ndarray, resolution: float = 1.0) -> list[int]:
    """Community index of each node 0..n-1 (largest community first)."""
    graph: list[dict[int, float]] = [{} for _ in range(n)]
    for a, b, weight in zip(u.tolist(), v.tolist(), w.tolist(), strict=True):
        if a != b:
            graph[a][b] = graph[a].get(b, 0.0) + weight
            graph[b][a] = graph[b].get(a, 0.0) + weight
    two_m = sum(sum(nbrs.values()) for nbrs in graph)
    membership = list(range(n))
    if two_m == 0:
        return _ordered(membership)
    rng = random.Random(SEED)
    loops = [0.0] * n
    while True:
        community, moved = _one_level(graph, loops, two_m, resolution, rng)
        if not moved:
            break
        labels = {c: i for i, c in enumerate(sorted(set(community)))}
        membership = [labels[community[c]] for c in membership]
        graph, loops = _aggregate(graph, loops, community, labels)
    return _ordered(membership)


def _one_level(
    graph: list[dict[int, float]], loops: list[float], two_m: float, resolution: float, rng: random.Random,
) -> tuple[list[int], bool]:
    size = len(graph)
    degree = [sum(nbrs.values()) + 2 * loops[i] for i, nbrs in enumerate(graph)]
    community = list(range(size))
    totals = degree[:]
    order = list(range(size))
    rng.shuffle(order)
    moved_any = False
    while True:
        moved = False
        for i in order:
            current, k = community[i], degree[i]
            links: dict[int, float] = {}
            for j, weight in graph[i].items():
                c = community[j]
                links[c] = links.get(c, 0.0) + weight
            totals[current] -= k
            best, best_gain = current, links.get(current, 0.0) - resolution * totals[current] * k / two_m
            for c, weight in links.items():
                gain = weight - resolution * totals[c] * k / two_m
                if gain > best_gain:
                    best, best_gain = c, gain
            totals[best] += k
            if best != current:
                community[i] = best
                moved = moved_any = True
        if not moved:
            return community, moved_any


def _aggregate(
    graph: list[dict[int, float]], loops: list[float], community: list[int], labels: dict[int, int],
) -> tuple[list[dict[int, float]], list[float]]:
    new_graph: list[dict[int, float]] = [{} for _ in labels]
    new_loops = [0.0] * len(labels)
    for i, nbrs in enumerate(graph):
        ci = labels[community[i]]
        new_loops[ci] += loops[i]
        for j, weight in nbrs.items():
            cj = labels[community[j]]
            if ci == cj:
                new_loops[ci] += weight / 2
            else:
                new_graph[ci][cj] = new_graph[ci].get(cj, 0.0) + weight
    return new_graph, new_loops


def _ordered(membership: list[int]) -> list[int]:
    """Renumber so community 0 is the largest (ties by first member)."""
    sizes: dict[int, int] = {}
    for c in membership:
        sizes[c] = sizes.get(c, 0) + 1
    first = {c: i for i, c in reversed(list(enumerate(membership)))}
    rank = {c: r for r, c in enumerate(sorted(sizes, key=lambda c: (-sizes[c], first[c])))}
    return [rank[c] for c in membership]
