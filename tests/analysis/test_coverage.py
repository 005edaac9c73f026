"""Account coverage and what-if on a hand-built map with known answers."""

from __future__ import annotations

import pytest

from desktop_app.analysis import analyze

from .builders import TODAY, sample_map


def test_coverage_shares_holders_and_routes() -> None:
    m = sample_map()
    analysis = analyze(m.network, today=TODAY)
    cov = analysis.coverage_of(m.ids["Rema"])
    assert [m.name(t.person) for t in cov.targets] == ["Ceo", "Cfo", "Advisor"]
    assert (cov.total, cov.reached_strong, cov.reached_any) == (3, 1, 2)
    assert cov.strong_share == pytest.approx(100 / 3) and cov.any_share == pytest.approx(200 / 3)
    by_name = {m.name(t.person): t for t in cov.targets}
    assert (by_name["Cfo"].level, by_name["Ceo"].level, by_name["Advisor"].level) == (2, 0, None)
    assert (by_name["Cfo"].routes, by_name["Ceo"].routes, by_name["Advisor"].routes) == (1, 1, 0)
    assert [m.name(n) for n in by_name["Cfo"].route.nodes] == ["Kari", "Hege", "Cfo"]
    assert [m.name(n) for n in by_name["Ceo"].route.nodes] == ["Ola", "Buyer", "Ceo"]
    assert {m.name(p) for p in cov.holders} == {"Kari", "Ola"}
    assert {m.name(p) for p in cov.entry_people} == {"Kari", "Ola"}


def test_a_second_independent_route_makes_two_routes() -> None:
    m = sample_map()
    m.person("Extra", "Rema")
    m.tie("Kari", "Extra", 4)
    m.tie("Extra", "Cfo", 4)
    cov = analyze(m.network, today=TODAY).coverage_of(m.ids["Rema"])
    assert {m.name(t.person): t.routes for t in cov.targets} == {"Ceo": 1, "Cfo": 2, "Advisor": 0}


def test_what_if_a_person_leaves_without_changing_the_map() -> None:
    m = sample_map()
    network = m.network
    before = (dict(network.nodes), dict(network.ties), network.settings)
    analysis = analyze(network, today=TODAY)
    hege = analysis.what_if(network, m.ids["Hege"])
    assert [m.name(p) for p in hege.lost] == ["Cfo"]
    assert hege.before.reached_any == 2 and hege.after.reached_any == 1
    assert [(m.name(t), [m.name(n) for n in old.nodes], new) for t, old, new in hege.broken_routes] == [
        ("Cfo", ["Kari", "Hege", "Cfo"], None)]
    kari = analysis.what_if(network, m.ids["Kari"])
    assert kari.lost == () and [m.name(p) for p in kari.weakened] == ["Cfo"]
    ((target, _old, new),) = kari.broken_routes
    assert m.name(target) == "Cfo"
    assert [m.name(n) for n in new.nodes] == ["Ola", "Hege", "Cfo"]
    ola = analysis.what_if(network, m.ids["Ola"])
    assert [m.name(p) for p in ola.lost] == ["Ceo"]
    assert (dict(network.nodes), dict(network.ties), network.settings) == before
    assert analysis.coverage_of(m.ids["Rema"]).reached_any == 2
