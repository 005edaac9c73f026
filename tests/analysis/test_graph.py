"""The projections: merged ties, membership links, people only for access."""

from __future__ import annotations

import pytest

from desktop_app.analysis.graph import MEMBERSHIP_QUALITY, person_graph, projection, to_networkx
from desktop_app.analysis.quality import tie_qualities
from desktop_app.domain.enums import TieType

from .builders import TODAY, MapBuilder


def test_parallel_ties_merge_keeping_the_strongest_and_membership_links_organisations() -> None:
    m = MapBuilder()
    m.org("Acme")
    m.person("A", "Acme")
    m.person("B")
    weak = m.tie("A", "B", 2)
    strong = m.tie("B", "A", 5, type=TieType.PERSONAL)
    m.tie("B", "Acme", 3)
    qualities = tie_qualities(m.network, TODAY)
    people = person_graph(m.network, qualities)
    link = people[m.ids["A"]][m.ids["B"]]
    assert link.tie_id == strong and link.ties == 2 and link.level == 2 and weak != strong
    assert m.ids["Acme"] not in people  # organisations are not in the person graph
    graph = to_networkx(projection(m.network, qualities))
    assert graph.number_of_edges() == 3
    assert graph[m.ids["A"]][m.ids["B"]]["weight"] == 1.0
    assert graph[m.ids["A"]][m.ids["Acme"]]["weight"] == pytest.approx(MEMBERSHIP_QUALITY / 100)
    assert graph[m.ids["B"]][m.ids["Acme"]]["weight"] == pytest.approx(0.5)
