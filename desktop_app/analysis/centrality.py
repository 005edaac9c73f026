"""Fast centralities on the structure graph, in numpy: betweenness, eigenvector, Burt's constraint.

networkx's pure-Python versions take seconds on a 5,000-person map (exact
betweenness about 3 s for 1,000 nodes; eigenvector and constraint over 1 s at
5,500), and the compiled libraries are no cure: exact betweenness of the
benchmark map takes about 5-12 s in rustworkx or igraph on this kind of
machine, because it is one breadth-first search per node. So:

* **Betweenness** is Brandes' algorithm over hop counts (introductions are
  counted in steps; weighting it by quality would make a broker's score jump
  with every re-rating), run as batched breadth-first searches in numpy.
  A component of up to ``EXACT_LIMIT`` nodes is exact (tests check it equals
  networkx). A larger one uses Brandes & Pich (2007) pivot sampling:
  ``PIVOTS`` sources drawn with a fixed seed (the same map gives the same
  scores), each source's dependencies scaled by size / pivots, which is an
  unbiased estimate. Measured on the 5,000/20,000 benchmark map
  (``benchmarks/bench_analysis.py --error``): Pearson 0.984 with the exact
  scores, 19 of the top 20 nodes and 20 of the top 20 people the same,
  largest error 21 % of the top score, mean error 0.35 %.
* The same searches give each component's **average path length** (exact for
  exact components, the pivots' mean otherwise).
* **Eigenvector** centrality by power iteration on A + I with link strengths
  as weights, as networkx does (tests check it matches).
* **Burt's constraint** exactly, with link strengths as tie strengths: every
  two-step path i-q-j is enumerated once with array operations.
"""

from __future__ import annotations

import numpy as np

EXACT_LIMIT = 1000
"""Components up to this many nodes get exact betweenness and path lengths."""
PIVOTS = 160
"""Sampled sources in a larger component (about 0.4 s on the 5,000-person map)."""
SEED = 20_240_601
BATCH = 16
GROUP_NODES = 2048
"""Small components are searched together in groups of about this many nodes (see ``_groups``)."""
BATCH_CELLS = 1 << 17
"""A batch of searches in a small group takes more sources, up to this many (source, node) cells."""


def csr(n: int, u: np.ndarray, v: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Symmetric compressed adjacency: neighbours of i are indices[indptr[i]:indptr[i+1]]."""
    src = np.concatenate([u, v])
    dst = np.concatenate([v, u])
    weight = np.concatenate([w, w])
    order = np.lexsort((dst, src))
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=n), out=indptr[1:])
    return indptr, dst[order].astype(np.int64), weight[order].astype(float)


def components(n: int, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Component label (the smallest member's index) of every node, by union-find."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in zip(u.tolist(), v.tolist(), strict=True):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return np.array([find(x) for x in range(n)], dtype=np.int64)


def _searches(
    indptr: np.ndarray, indices: np.ndarray, sources: np.ndarray, scale: np.ndarray, batch_size: int = BATCH,
) -> tuple[np.ndarray, np.ndarray]:
    """Brandes from each source: dependencies per node (each source's scaled) and each source's distance sum."""
    n = len(indptr) - 1
    degree = np.diff(indptr)
    total = np.zeros(n)
    distance_sums = np.zeros(len(sources))
    for start in range(0, len(sources), batch_size):
        batch = sources[start:start + batch_size]
        b = len(batch)
        size = b * n
        dist = np.full(size, -1, dtype=np.int32)
        sigma = np.zeros(size)
        roots = np.arange(b, dtype=np.int64) * n + batch
        dist[roots] = 0
        sigma[roots] = 1.0
        front, depth, levels = roots, 0, []
        while front.size:
            row, node = np.divmod(front, n)
            count = degree[node]
            edges = int(count.sum())
            if not edges:
                break
            first = np.repeat(indptr[node] - (np.cumsum(count) - count), count)
            child = np.repeat(row * n, count) + indices[first + np.arange(edges)]
            parent = np.repeat(front, count)
            dist[child[dist[child] == -1]] = depth + 1
            onward = dist[child] == depth + 1
            parent, child = parent[onward], child[onward]
            sigma += np.bincount(child, weights=sigma[parent], minlength=size)
            levels.append((parent, child))
            front = np.flatnonzero(dist == depth + 1)
            depth += 1
        delta = np.zeros(size)
        for parent, child in reversed(levels):
            delta += np.bincount(parent, weights=sigma[parent] / sigma[child] * (1.0 + delta[child]), minlength=size)
        delta[roots] = 0.0
        total += (delta.reshape(b, n) * scale[start:start + b, None]).sum(axis=0)
        dist2 = dist.reshape(b, n)
        distance_sums[start:start + b] = np.where(dist2 > 0, dist2, 0).sum(axis=1)
    return total, distance_sums


def betweenness(
    indptr: np.ndarray, indices: np.ndarray, labels: np.ndarray,
) -> tuple[np.ndarray, dict[int, float], bool]:
    """Normalised betweenness (as networkx), average path length per component label, and exactness."""
    n = len(indptr) - 1
    rng = np.random.default_rng(SEED)
    path_lengths: dict[int, float] = {}
    exact = True
    comp_ids, inverse, sizes = np.unique(labels, return_inverse=True, return_counts=True)
    members = np.argsort(inverse, kind="stable")
    bounds = np.concatenate([[0], np.cumsum(sizes)])
    chosen, scales, owners = [], [], []
    for k, (label, size) in enumerate(zip(comp_ids.tolist(), sizes.tolist(), strict=True)):
        if size < 2:
            continue
        nodes = members[bounds[k]:bounds[k + 1]]
        if size > EXACT_LIMIT:
            nodes = np.sort(rng.choice(nodes, PIVOTS, replace=False))
            exact = False
        chosen.append(nodes)
        scales.append(np.full(len(nodes), size / len(nodes)))
        owners.append(np.full(len(nodes), label))
    if not chosen:
        return np.zeros(n), path_lengths, exact
    sources, scale, owner = np.concatenate(chosen), np.concatenate(scales), np.concatenate(owners)
    result, sums = np.zeros(n), np.zeros(len(sources))
    for nodes, first, last in _groups(members, bounds, sizes, [len(c) for c in chosen]):
        part, sums[first:last] = _searches_within(indptr, indices, nodes, sources[first:last], scale[first:last])
        result[nodes] += part
    for label, size in zip(comp_ids.tolist(), sizes.tolist(), strict=True):
        mask = owner == label
        if mask.any():
            path_lengths[label] = float(sums[mask].mean() / (size - 1))
    if n > 2:
        result /= (n - 1) * (n - 2)
    return result, path_lengths, exact


def _groups(
    members: np.ndarray, bounds: np.ndarray, sizes: np.ndarray, sources_per_component: list[int],
) -> list[tuple[np.ndarray, int, int]]:
    """Consecutive components packed into groups of about ``GROUP_NODES`` nodes, with their slice of the sources.

    A breadth-first search never leaves its component, so it need only look at
    the nodes of its group: on a map of many small components (a big import of
    people in separate organisations) searching the whole map from every
    source made betweenness quadratic (the structure metrics of a 190,000-person
    import took about 8 minutes; about 6 s with the searches in groups).
    """
    groups: list[tuple[np.ndarray, int, int]] = []
    parts: list[np.ndarray] = []
    count = first = position = 0
    searched = iter(sources_per_component)
    for k, size in enumerate(sizes.tolist()):
        if size < 2:
            continue
        parts.append(members[bounds[k]:bounds[k + 1]])
        count += size
        position += next(searched)
        if count >= GROUP_NODES:
            groups.append((np.concatenate(parts), first, position))
            parts, count, first = [], 0, position
    if parts:
        groups.append((np.concatenate(parts), first, position))
    return groups


def _searches_within(
    indptr: np.ndarray, indices: np.ndarray, nodes: np.ndarray, sources: np.ndarray, scale: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """``_searches`` on the subgraph of ``nodes`` (whole components), in its own numbering."""
    local = np.full(len(indptr) - 1, -1, dtype=np.int64)
    local[nodes] = np.arange(len(nodes))
    degree = indptr[nodes + 1] - indptr[nodes]
    sub_indptr = np.zeros(len(nodes) + 1, dtype=np.int64)
    np.cumsum(degree, out=sub_indptr[1:])
    edges = np.repeat(indptr[nodes] - sub_indptr[:-1], degree) + np.arange(int(sub_indptr[-1]))
    batch_size = max(BATCH, BATCH_CELLS // max(len(nodes), 1))
    return _searches(sub_indptr, local[indices[edges]], local[sources], scale, batch_size)


def eigenvector(indptr: np.ndarray, indices: np.ndarray, weights: np.ndarray,
                max_iter: int = 1000, tol: float = 1e-6) -> np.ndarray:
    """Weighted eigenvector centrality by power iteration on A + I (networkx's method)."""
    n = len(indptr) - 1
    if n == 0 or not len(indices):
        return np.zeros(n)
    rows = np.repeat(np.arange(n), np.diff(indptr))
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        last = x
        x = last + np.bincount(indices, weights=weights * last[rows], minlength=n)
        x /= np.linalg.norm(x) or 1.0
        if np.abs(x - last).sum() < n * tol:
            break
    return x


def constraint(indptr: np.ndarray, indices: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Burt's constraint of every node (NaN where a node has no links, as networkx)."""
    n = len(indptr) - 1
    if not len(indices):
        return np.full(n, np.nan)
    degree = np.diff(indptr)
    rows = np.repeat(np.arange(n), degree)
    strength = np.bincount(rows, weights=weights, minlength=n)
    p = weights / strength[rows]  # p[e] = share of row's strength on edge e (row -> col)
    # Two-step paths i - q - j: for every q, every ordered pair of its edges (q -> i, q -> j).
    count = degree[rows]  # for edge e = (q -> i), the number of partner edges q -> j
    total = int(count.sum())
    first_edge = np.repeat(np.arange(len(indices)), count)
    q = rows[first_edge]
    second_edge = np.repeat(indptr[rows] - (np.cumsum(count) - count), count) + np.arange(total)
    i, j = indices[first_edge], indices[second_edge]
    keep = i != j
    first_edge, second_edge, i, j, q = first_edge[keep], second_edge[keep], i[keep], j[keep], q[keep]
    # p_iq: share of i's strength on its link to q, which is weight of (q -> i) over i's strength.
    indirect_values = weights[first_edge] / strength[i] * p[second_edge]
    edge_keys = rows * n + indices  # sorted, since csr sorts by (row, col)
    wedge_keys = i * n + j
    position = np.searchsorted(edge_keys, wedge_keys)
    position = np.minimum(position, len(edge_keys) - 1)
    hit = edge_keys[position] == wedge_keys
    indirect = np.bincount(position[hit], weights=indirect_values[hit], minlength=len(indices))
    local = (p + indirect) ** 2
    result = np.bincount(rows, weights=local, minlength=n)
    result[degree == 0] = np.nan
    return result
