"""Strongest and shortest introduction paths."""

from __future__ import annotations

import pytest

from desktop_app.analysis.graph import person_graph
from desktop_app.analysis.paths import PathError, find_paths
from desktop_app.analysis.quality import tie_qualities
from desktop_app.domain.enums import ActorCategory

from .builders import DM, TODAY, MapBuilder


def coop() -> MapBuilder:
    m = MapBuilder()
    m.org("Us", ActorCategory.OWN)
    m.org("Coop")
    m.person("Kari", "Us")
    m.person("Ola", "Us")
    m.person("Bjorn", "Coop")
    m.person("Siri", "Coop", DM)
    m.person("Nobody")
    m.tie("Kari", "Siri", 2)  # 25: short and weak
    m.tie("Kari", "Ola", 5)
    m.tie("Ola", "Bjorn", (5, 5, 4, 4))  # 87.5
    m.tie("Bjorn", "Siri", (5, 4, 4, 4))  # 81.25
    return m


def paths(m: MapBuilder, source: str | None, target: str):
    network = m.network
    qualities = tie_qualities(network, TODAY)
    return find_paths(network, person_graph(network, qualities), qualities,
                      m.ids[source] if source else None, m.ids[target])


def names(m: MapBuilder, path) -> list[str]:
    return [m.name(n) for n in path.nodes]


def test_strongest_path_is_longer_than_the_shortest() -> None:
    m = coop()
    result = paths(m, "Kari", "Siri")
    assert names(m, result.strongest) == ["Kari", "Ola", "Bjorn", "Siri"]
    assert result.strongest.qualities == pytest.approx((100.0, 87.5, 81.25))
    assert result.strongest.strength == pytest.approx(100 * 1.0 * 0.875 * 0.8125)
    assert names(m, result.shortest) == ["Kari", "Siri"]
    assert result.shortest.qualities == (25.0,) and result.shortest.hops == 1
    assert result.differ


def test_shortest_breaks_ties_by_strength() -> None:
    m = coop()
    for name in ("T", "A", "B"):
        m.person(name, "Coop")
    m.tie("Kari", "A", 2)
    m.tie("A", "T", 2)
    m.tie("Kari", "B", 3)
    m.tie("B", "T", 3)
    m.tie("Bjorn", "T", 5)
    result = paths(m, "Kari", "T")
    assert names(m, result.shortest) == ["Kari", "B", "T"]
    assert names(m, result.strongest) == ["Kari", "Ola", "Bjorn", "T"]


def test_default_start_is_our_people_and_an_organisation_target_means_any_of_its_people() -> None:
    m = coop()
    result = paths(m, None, "Siri")
    assert names(m, result.strongest) == ["Ola", "Bjorn", "Siri"]
    assert names(m, result.shortest) == ["Kari", "Siri"]
    to_org = paths(m, "Kari", "Coop")
    assert names(m, to_org.strongest) == ["Kari", "Ola", "Bjorn"]
    assert names(m, to_org.shortest) == ["Kari", "Siri"]


def test_unrated_ties_count_as_weak_and_unreachable_gives_none() -> None:
    m = coop()
    m.person("New", "Coop")
    m.tie("Kari", "New", None)
    m.tie("New", "Siri", None)
    result = paths(m, "Kari", "New")
    assert result.strongest.qualities == (None,) and result.strongest.strength == 25.0
    nothing = paths(m, "Kari", "Nobody")
    assert nothing.strongest is None and nothing.shortest is None and not nothing.differ


def test_unknown_node_and_no_people_of_ours_are_readable_errors() -> None:
    m = coop()
    with pytest.raises(PathError):
        network = m.network
        qualities = tie_qualities(network, TODAY)
        find_paths(network, person_graph(network, qualities), qualities, "missing", m.ids["Siri"])
    empty = MapBuilder()
    empty.person("A")
    with pytest.raises(PathError, match="nobody to start from"):
        paths(empty, None, "A")
