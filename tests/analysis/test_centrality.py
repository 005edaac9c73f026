"""The numpy centralities and the Louvain communities agree with networkx."""

from __future__ import annotations

import random

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.analysis import centrality
from desktop_app.analysis.communities import louvain


def arrays(graph: nx.Graph):
    n = graph.number_of_nodes()
    edges = np.array(list(graph.edges), dtype=np.int64).reshape(-1, 2)
    weights = np.array([graph[a][b]["weight"] for a, b in graph.edges], dtype=float)
    indptr, indices, w = centrality.csr(n, edges[:, 0], edges[:, 1], weights)
    labels = centrality.components(n, edges[:, 0], edges[:, 1])
    return edges, weights, indptr, indices, w, labels


def random_graph(seed: int, n: int, m: int) -> nx.Graph:
    graph = nx.gnm_random_graph(n, m, seed=seed)
    rnd = random.Random(seed)
    for a, b in graph.edges:
        graph[a][b]["weight"] = rnd.uniform(0.01, 1.0)
    return graph


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6), st.integers(1, 40), st.floats(0.0, 3.0))
def test_exact_betweenness_path_lengths_and_constraint_match_networkx(seed, n, density) -> None:
    graph = random_graph(seed, n, int(n * density))
    _, _, indptr, indices, w, labels = arrays(graph)
    between, lengths, exact = centrality.betweenness(indptr, indices, labels)
    assert exact
    expected = nx.betweenness_centrality(graph)
    assert np.allclose(between, [expected[i] for i in range(n)], atol=1e-12)
    for component in nx.connected_components(graph):
        if len(component) > 1:
            assert lengths[min(component)] == pytest.approx(
                nx.average_shortest_path_length(graph.subgraph(component)))
    ours = centrality.constraint(indptr, indices, w)
    theirs = nx.constraint(graph, weight="weight")
    for i in range(n):
        if np.isnan(theirs[i]):
            assert np.isnan(ours[i])
        else:
            assert ours[i] == pytest.approx(theirs[i], abs=1e-12)


@pytest.mark.parametrize("seed", range(5))
def test_weighted_eigenvector_matches_networkx(seed) -> None:
    graph = nx.connected_watts_strogatz_graph(60, 4, 0.3, seed=seed)
    rnd = random.Random(seed)
    for a, b in graph.edges:
        graph[a][b]["weight"] = rnd.uniform(0.01, 1.0)
    _, _, indptr, indices, w, _ = arrays(graph)
    ours = centrality.eigenvector(indptr, indices, w)
    theirs = nx.eigenvector_centrality(graph, weight="weight", max_iter=1000)
    assert np.allclose(ours, [theirs[i] for i in range(60)], atol=1e-6)


def test_sampled_betweenness_tracks_exact_on_a_large_component(monkeypatch) -> None:
    graph = random_graph(3, 600, 2400)
    _, _, indptr, indices, _, labels = arrays(graph)
    exact, _, _ = centrality.betweenness(indptr, indices, labels)
    monkeypatch.setattr(centrality, "EXACT_LIMIT", 100)
    monkeypatch.setattr(centrality, "PIVOTS", 150)
    sampled, lengths, is_exact = centrality.betweenness(indptr, indices, labels)
    assert not is_exact
    assert np.corrcoef(exact, sampled)[0, 1] > 0.9
    assert abs(sampled.sum() - exact.sum()) / exact.sum() < 0.1
    assert lengths[0] == pytest.approx(nx.average_shortest_path_length(graph), rel=0.05)
    again, _, _ = centrality.betweenness(indptr, indices, labels)
    assert np.array_equal(sampled, again)  # a fixed seed: the same map gives the same scores


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10**6))
def test_louvain_scores_modularity_like_networkx(seed) -> None:
    graph = random_graph(seed, 60, 150)
    edges, weights, *_ = arrays(graph)
    labels = louvain(60, edges[:, 0], edges[:, 1], weights)
    ours = [{i for i in range(60) if labels[i] == c} for c in set(labels)]
    theirs = nx.community.louvain_communities(graph, weight="weight", seed=1)
    assert nx.community.modularity(graph, ours) >= nx.community.modularity(graph, theirs) - 0.03


def test_louvain_splits_two_cliques_and_keeps_isolated_nodes_alone() -> None:
    graph = nx.Graph()
    graph.add_nodes_from(range(11))
    for group in (range(5), range(5, 10)):
        graph.add_edges_from((a, b) for a in group for b in group if a < b)
    graph.add_edge(4, 5)
    nx.set_edge_attributes(graph, 1.0, "weight")
    edges, weights, *_ = arrays(graph)
    labels = louvain(11, edges[:, 0], edges[:, 1], weights)
    assert len({labels[i] for i in range(5)}) == 1 and len({labels[i] for i in range(5, 10)}) == 1
    assert labels[0] != labels[9] and labels[10] not in (labels[0], labels[9])
    assert louvain(3, np.array([], dtype=np.int64), np.array([], dtype=np.int64), np.array([])) == [0, 1, 2]
