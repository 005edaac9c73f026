"""The bundled example map: real Best Lokalt members, invented people, and the story
(scripts/build_example_map.py docstring) that makes the analysis worth showing."""

from __future__ import annotations

import csv
import datetime as dt
import math
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from desktop_app.domain.entities import RATING_FIELDS, Contact, Organisation, Tie
from desktop_app.domain.enums import ActorCategory, Attitude, BuyingRole
from desktop_app.domain.network import Network
from desktop_app.storage import MapStore

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "examples" / "best_lokalt.knute"
SCRIPT = ROOT / "scripts" / "build_example_map.py"
CSV_PATH = ROOT / "resources" / "data" / "best_lokalt.csv"
REFERENCE_DATE = dt.date(2026, 11, 1)

EXPECTED_CATEGORIES = {
    "Rørosmat": ActorCategory.OWN,
    "Bergstadens Hotell": ActorCategory.CUSTOMER,
    "Vauldalen Fjellhotell": ActorCategory.CUSTOMER,
    "Røros Hotell": ActorCategory.CUSTOMER,
    "Coop Midt-Norge avd Røros": ActorCategory.CUSTOMER,
    "Rema 1000 Røros": ActorCategory.CUSTOMER,
    "Galåvolden Gård": ActorCategory.SUPPLIER,
    "Rørosmeieriet": ActorCategory.SUPPLIER,
    "Stensaas Reinsdyrslakteri": ActorCategory.SUPPLIER,
    "Røroskjøtt": ActorCategory.SUPPLIER,
    "Røros Bryggeri og Mineralvannfabrikk": ActorCategory.SUPPLIER,
    "Destinasjon Røros": ActorCategory.COMPLEMENTOR,
}
OURS = {"Kari Kobberud", "Ola Malmstein", "Eli Gruvli"}


@pytest.fixture(scope="module")
def network() -> Iterator[Network]:
    store = MapStore.open(EXAMPLE, read_only=True)
    try:
        yield store.load()
    finally:
        store.close()


def by_name(network: Network, name: str) -> Contact | Organisation:
    (node,) = [n for n in network.nodes.values() if n.name == name]
    return node


def is_rated(tie: Tie) -> bool:
    return any(getattr(tie, f) is not None for f in RATING_FIELDS)


def quality(tie: Tie) -> float:
    """Mean of the set ratings / 5; an unrated tie counts as middling (0.5)."""
    ratings = [getattr(tie, f) for f in RATING_FIELDS if getattr(tie, f) is not None]
    return sum(ratings) / len(ratings) / 5 if ratings else 0.5


def is_weak(tie: Tie) -> bool:
    return all(getattr(tie, f) is not None and getattr(tie, f) <= 2 for f in RATING_FIELDS)


def person_graph(network: Network) -> nx.Graph:
    """People as nodes (by name), person-to-person ties as undirected edges."""
    graph = nx.Graph()
    graph.add_nodes_from(c.name for c in network.contacts())
    for tie in network.ties.values():
        a, b = network.nodes[tie.source_id], network.nodes[tie.target_id]
        if isinstance(a, Contact) and isinstance(b, Contact):
            assert not graph.has_edge(a.name, b.name), "one tie per pair keeps the story unambiguous"
            graph.add_edge(a.name, b.name, tie=tie, cost=-math.log(quality(tie)))
    return graph


def our_people(network: Network) -> set[str]:
    own = {o.id for o in network.own_organisations()}
    return {c.name for c in network.contacts() if c.organisation_id in own}


def reaches(graph: nx.Graph, sources: set[str], target: str) -> bool:
    return any(s in graph and nx.has_path(graph, s, target) for s in sources)


# ---- the file and its contents ----------------------------------------------
def test_the_committed_map_opens_healthy(network: Network) -> None:
    with MapStore.open(EXAMPLE, read_only=True) as store:
        assert store.integrity_check() == []
        assert store.counts()["organisations"] == 12
    assert network.settings.title == "Best Lokalt Røros"
    assert network.settings.author == "Knute example"
    assert "example" in network.settings.description


def test_it_has_the_twelve_members_with_their_categories(network: Network) -> None:
    with CSV_PATH.open(encoding="utf-8", newline="") as f:
        members = {row["name"]: row for row in csv.DictReader(f)}
    orgs = {o.name: o for o in network.organisations()}
    assert set(orgs) == set(members) == set(EXPECTED_CATEGORIES)
    for name, org in orgs.items():
        assert org.category is EXPECTED_CATEGORIES[name], name
        assert org.description == members[name]["description_en"]
        assert org.notes.startswith("NB: " + members[name]["description_nb"])
        assert not org.is_example, "the organisations are real"
    assert [o.name for o in network.own_organisations()] == ["Rørosmat"]
    assert orgs["Rørosmeieriet"].employees == 40
    assert orgs["Rørosmeieriet"].revenue_mnok == 130


def test_every_person_and_tie_is_a_marked_example(network: Network) -> None:
    contacts = list(network.contacts())
    assert 25 <= len(contacts) <= 35
    for c in contacts:
        assert c.is_example and "example" in c.tags and "Example person (invented)" in c.notes, c.name
        assert c.email.endswith("@example.no") and c.organisation_id in network.nodes
    assert all(t.is_example for t in network.ties.values())
    assert our_people(network) == OURS


def test_the_account_and_the_plan(network: Network) -> None:
    assert network.name_of(network.settings.account_id) == "Bergstadens Hotell"
    assert 3 <= len(network.actions) <= 5
    for action in network.actions.values():
        assert network.name_of(action.owner_id) in OURS
        assert action.node_id or action.tie_id
    assert network.interactions


def test_layout_gives_every_label_room(network: Network) -> None:
    nodes = list(network.nodes.values())
    gaps = [math.dist((a.x, a.y), (b.x, b.y)) for i, a in enumerate(nodes) for b in nodes[i + 1:]]
    assert min(gaps) >= 90
    xs, ys = [n.x for n in nodes], [n.y for n in nodes]
    assert 1200 <= max(xs) - min(xs) <= 2200 and 800 <= max(ys) - min(ys) <= 1500


def test_rebuilding_gives_the_same_entities(tmp_path: Path, network: Network) -> None:
    output = tmp_path / "rebuilt.knute"
    done = subprocess.run([sys.executable, str(SCRIPT), "--output", str(output)],
                          capture_output=True, text=True, check=True, cwd=tmp_path)
    assert "12 organisations" in done.stdout and len(done.stdout.strip().splitlines()) == 1
    with MapStore.open(output, read_only=True) as store:
        rebuilt = store.load()
    assert rebuilt.settings == network.settings
    for table in ("nodes", "ties", "interactions", "actions"):
        assert set(getattr(rebuilt, table).values()) == set(getattr(network, table).values()), table


# ---- the story --------------------------------------------------------------
def test_1_one_person_is_our_only_route_to_the_account_decision_maker(network: Network) -> None:
    graph = person_graph(network)
    ours = our_people(network)
    account = network.settings.account_id
    assert account is not None
    deciders = [c.name for c in network.members_of(account) if c.role is BuyingRole.DECISION_MAKER]
    assert deciders == ["Trond Kobbhaug"]
    candidates = set(graph) - ours - {"Trond Kobbhaug"}
    cut = {v for v in candidates
           if reaches(graph, ours, "Trond Kobbhaug")
           and not reaches(graph.subgraph(set(graph) - {v}), ours, "Trond Kobbhaug")}
    assert cut == {"Hege Smeltholm"}
    assert "Hege Smeltholm" in set(nx.articulation_points(graph))


def test_2_a_decision_maker_is_reached_only_through_weak_ties(network: Network) -> None:
    graph = person_graph(network)
    ours = our_people(network)
    strong_enough = nx.Graph()
    strong_enough.add_nodes_from(graph)
    strong_enough.add_edges_from((a, b) for a, b, d in graph.edges(data=True) if not is_weak(d["tie"]))
    only_weak = {c.name for c in network.contacts()
                 if c.role in (BuyingRole.DECISION_MAKER, BuyingRole.INFLUENCER)
                 and reaches(graph, ours, c.name) and not reaches(strong_enough, ours, c.name)}
    assert only_weak == {"Geir Hyttmo"}
    assert all(is_weak(d["tie"]) for *_, d in graph.edges("Geir Hyttmo", data=True))


def test_3_one_contact_is_isolated(network: Network) -> None:
    isolated = [c.name for c in network.contacts() if not network.ties_of(c.id)]
    assert isolated == ["Tuva Kisvold"]


def test_4_a_sceptic_has_influence_five(network: Network) -> None:
    sceptics = [c.name for c in network.contacts() if c.attitude is Attitude.SCEPTIC and c.influence == 5]
    assert sceptics == ["Randi Slaggvold"]
    randi = by_name(network, "Randi Slaggvold")
    assert isinstance(randi, Contact) and randi.organisation_id == network.settings.account_id


def test_5_a_tie_is_stale(network: Network) -> None:
    limit = REFERENCE_DATE - dt.timedelta(days=365)
    stale = [t for t in network.ties.values() if (last := network.last_contact(t.id)) and last < limit]
    assert {frozenset((network.name_of(t.source_id), network.name_of(t.target_id))) for t in stale} == {
        frozenset(("Kari Kobberud", "Anne Kobbervik"))
    }
    recent = [t for t in network.ties.values() if (last := network.last_contact(t.id)) and last.year == 2026]
    assert len(recent) >= 10


def test_6_the_strongest_path_is_longer_than_the_shortest(network: Network) -> None:
    graph = person_graph(network)
    shortest = nx.shortest_path(graph, "Kari Kobberud", "Siri Malmhaug")
    strongest = nx.dijkstra_path(graph, "Kari Kobberud", "Siri Malmhaug", weight="cost")
    assert shortest == ["Kari Kobberud", "Siri Malmhaug"]
    assert strongest == ["Kari Kobberud", "Ola Malmstein", "Bjørn Kisbakken", "Siri Malmhaug"]
    strength = math.exp(-nx.path_weight(graph, strongest, weight="cost"))
    assert strength == pytest.approx(0.95 * 0.80 * 0.85)
    assert strength > quality(graph.edges["Kari Kobberud", "Siri Malmhaug"]["tie"])
    # The story does not depend on how unrated ties count: none lies on these paths.
    assert all(is_rated(graph.edges[a, b]["tie"]) for a, b in nx.utils.pairwise(strongest))


def test_7_two_hotels_compete_and_cooperate(network: Network) -> None:
    pairs = {frozenset((network.name_of(t.source_id), network.name_of(t.target_id)))
             for t in network.ties.values() if (t.cooperation or 0) >= 4 and (t.competition or 0) >= 4}
    assert pairs == {frozenset(("Bergstadens Hotell", "Røros Hotell"))}


def test_8_some_ties_are_unrated(network: Network) -> None:
    graph = person_graph(network)
    unrated = {frozenset((a, b)) for a, b, d in graph.edges(data=True) if not is_rated(d["tie"])}
    assert unrated == {frozenset(p) for p in (("Eli Gruvli", "Nina Sleggdal"), ("Ola Malmstein", "Per Gruvhaug"),
                                               ("Ola Malmstein", "Sindre Hyttli"))}
    assert sum(is_rated(t) for t in network.ties.values()) >= 30
