"""Reach levels, single points of failure and bridges, against brute force."""

from __future__ import annotations

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.analysis.access import reach_levels, vulnerabilities
from desktop_app.analysis.graph import Link, PersonGraph


def graph_of(edges: list[tuple[str, str, int]], nodes: list[str] = (), ties: int = 1) -> PersonGraph:
    graph: PersonGraph = {n: {} for n in nodes}
    for k, (a, b, level) in enumerate(edges):
        link = Link(f"t{k}", [20.0, 50.0, 90.0][level], level, ties)
        graph.setdefault(a, {})[b] = link
        graph.setdefault(b, {})[a] = link
    return graph


def test_reach_level_is_the_best_weakest_link() -> None:
    graph = graph_of([("us", "a", 2), ("a", "dm", 0), ("us", "b", 1), ("b", "dm", 1), ("us", "c", 2), ("c", "x", 2)],
                     ["alone"])
    levels = reach_levels(graph, ["us"])
    assert levels == {"a": 2, "b": 1, "c": 2, "x": 2, "dm": 1}


def test_articulation_point_and_bridge_on_a_known_graph() -> None:
    # us1 - us2 - h (triangle us1, us2, h), h - dm1 (leaf), h - x - dm2, x - dm3 (two leaves behind x)
    graph = graph_of([("us1", "us2", 2), ("us1", "h", 2), ("us2", "h", 2), ("h", "dm1", 2), ("h", "x", 2),
                      ("x", "dm2", 2), ("x", "dm3", 2)])
    cuts, bridges = vulnerabilities(graph, ["us1", "us2"], ["dm1", "dm2", "dm3"])
    assert {c.person: set(c.lost) for c in cuts} == {"h": {"dm1", "dm2", "dm3"}, "x": {"dm2", "dm3"}}
    assert {b.ends: set(b.lost) for b in bridges} == {
        ("dm1", "h"): {"dm1"}, ("h", "x"): {"dm2", "dm3"}, ("dm2", "x"): {"dm2"}, ("dm3", "x"): {"dm3"},
    }


def test_two_ties_between_a_pair_are_not_a_single_tie_bridge() -> None:
    graph = graph_of([("us", "a", 2), ("a", "dm", 2)], ties=2)
    cuts, bridges = vulnerabilities(graph, ["us"], ["dm"])
    assert {c.person: set(c.lost) for c in cuts} == {"a": {"dm"}, "us": {"dm"}}
    assert bridges == []


def test_the_only_one_of_ours_in_a_component_is_a_single_point_of_failure() -> None:
    graph = graph_of([("us", "a", 2), ("a", "dm", 2), ("us", "b", 2), ("b", "dm", 2)], ["us2"])
    cuts, _ = vulnerabilities(graph, ["us", "us2"], ["dm"])
    assert [(c.person, set(c.lost)) for c in cuts] == [("us", {"dm"})]


def _reach(graph: nx.Graph, sources) -> set:
    found: set = set()
    for s in sources:
        if s in graph:
            found |= nx.node_connected_component(graph, s)
    return found


@settings(max_examples=200, deadline=None)
@given(st.integers(2, 16), st.data())
def test_vulnerabilities_equal_removing_each_person_and_each_tie(n, data) -> None:
    nodes = [f"n{i:02d}" for i in range(n)]
    pairs = [(a, b) for i, a in enumerate(nodes) for b in nodes[i + 1:]]
    edges = data.draw(st.lists(st.sampled_from(pairs), unique=True, max_size=2 * n))
    sources = data.draw(st.lists(st.sampled_from(nodes), unique=True, max_size=3))
    targets = set(data.draw(st.lists(st.sampled_from(nodes), unique=True))) - set(sources)
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from(edges)
    graph = graph_of([(a, b, 2) for a, b in edges], nodes)
    cuts, bridges = vulnerabilities(graph, sources, targets)
    before = _reach(g, sources) & targets
    expected_cuts = {}
    for v in nodes:
        h = g.copy()
        h.remove_node(v)
        lost = before - _reach(h, [s for s in sources if s != v]) - {v}
        if lost:
            expected_cuts[v] = lost
    expected_bridges = {}
    for a, b in g.edges:
        h = g.copy()
        h.remove_edge(a, b)
        lost = before - _reach(h, sources)
        if lost:
            expected_bridges[tuple(sorted((a, b)))] = lost
    assert {c.person: set(c.lost) for c in cuts} == expected_cuts
    assert {b.ends: set(b.lost) for b in bridges} == expected_bridges
