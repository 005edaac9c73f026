"""The bundled Røros example: the analysis finds each part of the story it was built with."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pytest

from desktop_app.analysis import FindingKind, TieClass, analyze
from desktop_app.analysis.report import analyze_json, find_node
from desktop_app.domain.enums import BuyingRole
from desktop_app.storage import MapStore

REFERENCE_DATE = dt.date(2026, 11, 1)
"""The day the example's story is told on (scripts/build_example_map.py)."""
K = FindingKind


@pytest.fixture(scope="module")
def example():
    with resources.as_file(resources.files("desktop_app.resources") / "examples" / "best_lokalt.knute") as path:
        store = MapStore.open(path, read_only=True)
        try:
            network = store.load()
        finally:
            store.close()
    return network, analyze(network, today=REFERENCE_DATE)


def names(network, ids) -> list[str]:
    return [network.name_of(i) for i in ids]


def of(analysis, kind):
    return [f for f in analysis.findings if f.kind is kind]


def test_exactly_one_single_point_of_failure_to_a_decision_maker_of_the_account(example) -> None:
    network, analysis = example
    assert names(network, analysis.account_ids) == ["Bergstadens Hotell"]
    to_deciders = [f for f in of(analysis, K.SINGLE_POINT_OF_FAILURE)
                   if any(network.nodes[p].role is BuyingRole.DECISION_MAKER for p in f.people[1:])]
    (spof,) = to_deciders
    assert names(network, spof.people)[:2] == ["Hege Smeltholm", "Trond Kobbhaug"]
    assert spof.message.startswith("Only Hege Smeltholm connects you to Trond Kobbhaug (decision maker at "
                                   "Bergstadens Hotell)")


def test_a_decider_reached_only_through_weak_ties(example) -> None:
    network, analysis = example
    weak = {names(network, f.people)[-1] for f in of(analysis, K.WEAK_ACCESS)}
    assert "Geir Hyttmo" in weak


def test_isolated_sceptic_stale_and_coopetition(example) -> None:
    network, analysis = example
    assert ["Tuva Kisvold"] in [names(network, f.people) for f in of(analysis, K.ISOLATED)]
    (sceptic,) = of(analysis, K.SCEPTIC_INFLUENCER)
    assert names(network, sceptic.people) == ["Randi Slaggvold"] and "influence 5 of 5" in sceptic.message
    assert ["Kari Kobberud", "Anne Kobbervik"] in [names(network, f.people) for f in of(analysis, K.STALE)]
    pairs = [set(names(network, f.people)) for f in of(analysis, K.COOPETITION)]
    assert {"Bergstadens Hotell", "Røros Hotell"} in pairs


def test_strongest_path_is_longer_than_the_shortest(example) -> None:
    network, analysis = example
    result = analysis.paths(network, find_node(network, "Kari Kobberud"), find_node(network, "Siri Malmhaug"))
    assert names(network, result.shortest.nodes) == ["Kari Kobberud", "Siri Malmhaug"]
    assert names(network, result.strongest.nodes) == [
        "Kari Kobberud", "Ola Malmstein", "Bjørn Kisbakken", "Siri Malmhaug"]
    assert result.strongest.strength > result.shortest.strength


def test_unrated_ties_are_unrated(example) -> None:
    network, analysis = example
    unrated = {frozenset(names(network, (t.source_id, t.target_id))) for t in network.ties.values()
               if analysis.qualities[t.id].tie_class is TieClass.UNRATED}
    for pair in (("Eli Gruvli", "Nina Sleggdal"), ("Ola Malmstein", "Per Gruvhaug"),
                 ("Ola Malmstein", "Sindre Hyttli")):
        assert frozenset(pair) in unrated


def test_what_if_hege_leaves(example) -> None:
    network, analysis = example
    what = analysis.what_if(network, find_node(network, "Hege Smeltholm"))
    assert set(names(network, what.lost)) == {"Trond Kobbhaug", "Randi Slaggvold"}
    assert what.after.any_share == 0.0 < what.before.any_share


def test_the_json_gives_the_same_findings_as_the_analysis(example) -> None:
    network, analysis = example
    data = analyze_json(network, today=REFERENCE_DATE)
    assert [(f["kind"], f["message"]) for f in data["findings"]] == [(f.kind.value, f.message) for f in
                                                                      analysis.findings]
