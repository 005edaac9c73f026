"""Who of ours can reach whom, and which single person or tie that access hangs on.

Runs on the person graph (``graph.PersonGraph``). "Sources" are our people
(contacts of organisations with category ``own``); "targets" are the people we
need to reach (the account's decision makers and influencers).

* Reach level of a target: the best, over all routes from any of our people,
  of the weakest tie on the route: 2 when a route of strong ties exists,
  1 when the best route has a medium tie as its weakest, 0 when every route
  has a weak or unrated tie. Three breadth-first searches (strong ties only,
  medium and up, all ties).
* Single points of failure and bridges come from the block-cut tree of the
  biconnected components (Hopcroft-Tarjan): removing a cut vertex splits its
  component into the parts hanging off it; a part left without any of our
  people is lost. That is exact (a target has one independent route iff some
  single person separates it from all our people: Menger), and linear in the
  size of the graph, where asking "what if" person by person would be
  quadratic. One of our people who is the only one of ours in a component
  is a single point of failure even when not a cut vertex.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..domain.ids import NodeId, TieId
from .graph import PersonGraph


@dataclass(frozen=True, slots=True)
class CutRisk:
    """Losing ``person`` cuts our people off from ``lost`` (targets other than the person)."""

    person: NodeId
    lost: frozenset[NodeId]


@dataclass(frozen=True, slots=True)
class BridgeRisk:
    """Losing the one tie ``tie_id`` between ``ends`` cuts our people off from ``lost``."""

    tie_id: TieId
    ends: tuple[NodeId, NodeId]
    lost: frozenset[NodeId]


def reach_levels(graph: PersonGraph, sources: Iterable[NodeId]) -> dict[NodeId, int]:
    """For every person reachable from a source: 2 strong route, 1 medium, 0 weak (sources excluded)."""
    starts = [s for s in sources if s in graph]
    levels: dict[NodeId, int] = {}
    for level in (2, 1, 0):
        seen = set(starts)
        queue = deque(starts)
        while queue:
            node = queue.popleft()
            for other, link in graph[node].items():
                if link.level >= level and other not in seen:
                    seen.add(other)
                    queue.append(other)
        for node in seen:
            levels.setdefault(node, level)
    for s in starts:
        levels.pop(s, None)
    return levels


def _blocks(graph: PersonGraph, roots: Iterable[NodeId]) -> list[set[NodeId]]:
    """Biconnected components (as vertex sets) of the components holding ``roots``; iterative Tarjan."""
    disc: dict[NodeId, int] = {}
    low: dict[NodeId, int] = {}
    blocks: list[set[NodeId]] = []
    for root in roots:
        if root in disc:
            continue
        disc[root] = low[root] = len(disc)
        stack: list[tuple[NodeId, NodeId | None, Iterator[NodeId]]] = [(root, None, iter(graph[root]))]
        edges: list[tuple[NodeId, NodeId]] = []
        while stack:
            node, parent, children = stack[-1]
            for other in children:
                if other == parent:
                    continue
                if other not in disc:
                    disc[other] = low[other] = len(disc)
                    edges.append((node, other))
                    stack.append((other, node, iter(graph[other])))
                    break
                if disc[other] < disc[node]:
                    low[node] = min(low[node], disc[other])
                    edges.append((node, other))
            else:
                stack.pop()
                if parent is None:
                    continue
                low[parent] = min(low[parent], low[node])
                if low[node] >= disc[parent]:
                    block: set[NodeId] = set()
                    while True:
                        a, b = edges.pop()
                        block.update((a, b))
                        if a == parent and b == node:
                            break
                    blocks.append(block)
    return blocks


@dataclass
class _Tree:
    """The block-cut tree with subtree counts of sources and targets."""

    adj: list[list[int]]
    node_of: dict[NodeId, int]
    cut: dict[NodeId, int]
    parent: list[int]
    tin: list[int]
    tout: list[int]
    root: list[int]
    sources: list[int]
    targets: list[int]


def _tree(graph: PersonGraph, sources: list[NodeId], targets: set[NodeId]) -> tuple[_Tree, list[set[NodeId]]]:
    blocks = _blocks(graph, sources)
    count: dict[NodeId, int] = {}
    for block in blocks:
        for node in block:
            count[node] = count.get(node, 0) + 1
    cut = {node: len(blocks) + k for k, node in enumerate(n for n, c in count.items() if c > 1)}
    size = len(blocks) + len(cut)
    adj: list[list[int]] = [[] for _ in range(size)]
    node_of: dict[NodeId, int] = dict(cut)
    for i, block in enumerate(blocks):
        for node in block:
            if node in cut:
                adj[i].append(cut[node])
                adj[cut[node]].append(i)
            else:
                node_of[node] = i
    parent, tin, tout, root = [-1] * size, [-1] * size, [0] * size, [-1] * size
    order: list[int] = []
    clock = 0
    for start in [node_of[s] for s in sources if s in node_of]:
        if tin[start] >= 0:
            continue
        stack = [(start, iter(adj[start]))]
        tin[start], root[start] = clock, start
        clock += 1
        order.append(start)
        while stack:
            tnode, children = stack[-1]
            for child in children:
                if tin[child] < 0:
                    parent[child], tin[child], root[child] = tnode, clock, start
                    clock += 1
                    order.append(child)
                    stack.append((child, iter(adj[child])))
                    break
            else:
                stack.pop()
                tout[tnode] = clock - 1
    src, tgt = [0] * size, [0] * size
    for s in sources:
        if s in node_of:
            src[node_of[s]] += 1
    for t in targets:
        if t in node_of and tin[node_of[t]] >= 0:
            tgt[node_of[t]] += 1
    for tnode in reversed(order):
        if parent[tnode] >= 0:
            src[parent[tnode]] += src[tnode]
            tgt[parent[tnode]] += tgt[tnode]
    return _Tree(adj, node_of, cut, parent, tin, tout, root, src, tgt), blocks


def _inside(tree: _Tree, targets: Iterable[NodeId], top: int) -> set[NodeId]:
    """Targets in the subtree of tree node ``top``."""
    lo, hi = tree.tin[top], tree.tout[top]
    return {t for t in targets if t in tree.node_of and lo <= tree.tin[tree.node_of[t]] <= hi}


def _outside(tree: _Tree, targets: Iterable[NodeId], top: int) -> set[NodeId]:
    """Targets of the same tree component outside the subtree of ``top``."""
    lo, hi = tree.tin[top], tree.tout[top]
    comp = tree.root[top]
    return {
        t for t in targets if t in tree.node_of and tree.root[tree.node_of[t]] == comp
        and not lo <= tree.tin[tree.node_of[t]] <= hi
    }


def vulnerabilities(
    graph: PersonGraph, sources: Iterable[NodeId], targets: Iterable[NodeId],
) -> tuple[list[CutRisk], list[BridgeRisk]]:
    """Every person and every single tie whose loss cuts our people off from some target."""
    sources = [s for s in dict.fromkeys(sources) if s in graph]
    targets = {t for t in targets if t in graph} - set(sources)
    tree, blocks = _tree(graph, sources, targets)
    reached = [t for t in targets if t in tree.node_of and tree.tin[tree.node_of[t]] >= 0]
    cuts: list[CutRisk] = []
    for person, tnode in tree.cut.items():
        if tree.tin[tnode] < 0:
            continue
        lost: set[NodeId] = set()
        for child in tree.adj[tnode]:
            if child != tree.parent[tnode] and tree.targets[child] and not tree.sources[child]:
                lost |= _inside(tree, reached, child)
        top = tree.root[tnode]
        if tree.parent[tnode] >= 0 and tree.sources[top] == tree.sources[tnode]:
            lost |= _outside(tree, reached, tnode)
        lost.discard(person)
        if lost:
            cuts.append(CutRisk(person, frozenset(lost)))
    # One of ours alone in a component, and not a cut vertex: everything there hangs on them.
    for s in sources:
        home = tree.node_of.get(s)
        if home is not None and s not in tree.cut and tree.sources[tree.root[home]] == 1:
            lost = {t for t in reached if tree.root[tree.node_of[t]] == tree.root[home]}
            if lost:
                cuts.append(CutRisk(s, frozenset(lost)))
    bridges: list[BridgeRisk] = []
    ours = set(sources)
    for i, block in enumerate(blocks):
        if len(block) != 2 or tree.tin[i] < 0:
            continue
        a, b = sorted(block)
        link = graph[a][b]
        if link.ties != 1:
            continue
        lost = set()
        for end in (a, b):
            side = tree.cut.get(end)
            if side is None:  # a leaf end: alone on its side of the tie
                if end not in ours and end in targets:
                    lost.add(end)
            elif tree.parent[side] == i:  # the end's side hangs below the tie in the tree
                if not tree.sources[side]:
                    lost |= _inside(tree, reached, side)
            elif tree.sources[tree.root[i]] == tree.sources[i]:  # the side above the tie has none of ours
                lost |= _outside(tree, reached, i)
        if lost:
            bridges.append(BridgeRisk(link.tie_id, (a, b), frozenset(lost)))
    return cuts, bridges
