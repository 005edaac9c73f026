"""Betweenness on a map of many small components (a big import: people in separate organisations)."""

from __future__ import annotations

import itertools

import networkx as nx
import numpy as np
import pytest

from desktop_app.analysis import centrality

from .test_centrality import arrays


def many_small_components_and_one_large(seed: int = 3) -> nx.Graph:
    graph = nx.Graph()
    rng = np.random.default_rng(seed)
    node = 0
    for size in rng.integers(1, 12, 450).tolist():  # organisations with their people, and lone people
        members = list(range(node, node + size))
        graph.add_nodes_from(members)
        graph.add_edges_from((members[0], m) for m in members[1:])  # membership: a star
        graph.add_edges_from((a, b) for a, b in itertools.pairwise(members[1:]) if rng.random() < 0.3)
        node += size
    big = nx.gnm_random_graph(60, 150, seed=seed)
    graph.add_edges_from((node + a, node + b) for a, b in big.edges)
    for a, b in graph.edges:
        graph[a][b]["weight"] = 0.5
    return graph


def test_components_searched_in_groups_give_the_exact_betweenness_and_path_lengths(monkeypatch) -> None:
    monkeypatch.setattr(centrality, "GROUP_NODES", 300)  # several groups, and a component on a group's edge
    graph = many_small_components_and_one_large()
    _, _, indptr, indices, _, labels = arrays(graph)
    ours, lengths, exact = centrality.betweenness(indptr, indices, labels)
    assert exact
    theirs = nx.betweenness_centrality(graph)
    assert np.allclose(ours, [theirs[i] for i in range(graph.number_of_nodes())], atol=1e-12)
    for component in nx.connected_components(graph):
        if len(component) > 1:
            expected = nx.average_shortest_path_length(graph.subgraph(component))
            assert lengths[min(component)] == pytest.approx(expected)


def test_the_groups_cover_every_searched_component_once() -> None:
    graph = many_small_components_and_one_large()
    labels = arrays(graph)[-1]
    _, inverse, sizes = np.unique(labels, return_inverse=True, return_counts=True)
    members = np.argsort(inverse, kind="stable")
    bounds = np.concatenate([[0], np.cumsum(sizes)])
    searched = [int(s) for s in sizes if s >= 2]
    groups = centrality._groups(members, bounds, sizes, searched)
    covered = np.concatenate([nodes for nodes, _, _ in groups])
    assert sorted(covered.tolist()) == sorted(i for i in range(len(labels)) if sizes[inverse[i]] >= 2)
    assert [(first, last) for _, first, last in groups][-1][1] == sum(searched)
    assert all(a[2] == b[1] for a, b in itertools.pairwise(groups))
