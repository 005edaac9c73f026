"""Analysis benchmark: full analysis and the update after one tie edit on a generated map.

    python benchmarks/bench_analysis.py [--contacts 5000] [--ties 20000] [--runs 5] [--edits 20] [--error]

Targets (issue 4): full analysis <= 1.5 s; scores and findings after one tie
edit <= 0.2 s. ``--error`` also measures the sampled betweenness against the
exact one (rustworkx if installed, else networkx: slow, tens of seconds).
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import TODAY, generate_network
from desktop_app.analysis.analyzer import Analyzer
from desktop_app.domain.entities import Tie

FULL_TARGET = 1.5
UPDATE_TARGET = 0.2


def _median(times: list[float]) -> float:
    return statistics.median(times)


def bench(contacts: int, ties: int, runs: int, edits: int) -> tuple[float, float]:
    network = generate_network(contacts=contacts, organisations=max(1, contacts // 10), ties=ties)
    full = []
    for _ in range(runs):
        start = time.perf_counter()
        analyzer = Analyzer(network, today=TODAY)
        analysis = analyzer.run()
        full.append(time.perf_counter() - start)
    print(f"map: {contacts} contacts, {len(network.nodes) - contacts} organisations, {len(network.ties)} ties; "
          f"{len(analysis.findings)} findings; betweenness exact: {analysis.structure.betweenness_exact}")
    print(f"full analysis      median {_median(full):6.3f} s  (target <= {FULL_TARGET} s)  runs: {runs}")
    person_ties = [t for t in network.ties.values()
                   if t.source_id in analysis.graph and t.target_id in analysis.graph][:edits]
    updates = []
    for i, tie in enumerate(person_ties):
        edited: Tie = dataclasses.replace(tie, trust=1 + i % 5, acquaintance=5 - i % 5)
        changes = network.update(edited)
        start = time.perf_counter()
        analyzer.update(changes)
        updates.append(time.perf_counter() - start)
        network.revert(changes)
        analyzer.update([c.inverse() for c in reversed(changes)])
    print(f"update after edit  median {_median(updates):6.3f} s  (target <= {UPDATE_TARGET} s)  edits: {len(updates)}")
    return _median(full), _median(updates)


def betweenness_error(contacts: int, ties: int) -> None:
    import numpy as np

    from desktop_app.analysis import centrality
    from desktop_app.analysis.graph import projection
    from desktop_app.analysis.quality import tie_qualities

    network = generate_network(contacts=contacts, organisations=max(1, contacts // 10), ties=ties)
    proj = projection(network, tie_qualities(network, TODAY))
    n = proj.size
    indptr, indices, _ = centrality.csr(n, proj.u, proj.v, proj.weight)
    labels = centrality.components(n, proj.u, proj.v)
    estimate, _, _ = centrality.betweenness(indptr, indices, labels)
    try:
        import rustworkx as rx

        graph = rx.PyGraph()
        graph.add_nodes_from(range(n))
        graph.add_edges_from_no_data(list(zip(proj.u.tolist(), proj.v.tolist(), strict=True)))
        exact_map = rx.betweenness_centrality(graph, normalized=True)
        exact = np.array([exact_map[i] for i in range(n)])
    except ImportError:
        import networkx as nx

        from desktop_app.analysis.graph import to_networkx

        result = nx.betweenness_centrality(to_networkx(proj))
        exact = np.array([result[node] for node in proj.node_ids])
    top = set(np.argsort(-exact)[:20].tolist())
    top_est = set(np.argsort(-estimate)[:20].tolist())
    people = proj.contact
    top_people = set(np.argsort(-np.where(people, exact, -1))[:20].tolist())
    top_people_est = set(np.argsort(-np.where(people, estimate, -1))[:20].tolist())
    error = np.abs(estimate - exact) / exact.max()
    print(f"betweenness sample vs exact: Pearson {np.corrcoef(estimate, exact)[0, 1]:.3f}, "
          f"top-20 nodes shared {len(top & top_est)}/20, top-20 people shared {len(top_people & top_people_est)}/20, "
          f"error / top score: max {error.max():.1%}, mean {error.mean():.2%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--ties", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--error", action="store_true", help="measure the betweenness sampling error")
    args = parser.parse_args()
    bench(args.contacts, args.ties, args.runs, args.edits)
    if args.error:
        betweenness_error(args.contacts, args.ties)


if __name__ == "__main__":
    main()
