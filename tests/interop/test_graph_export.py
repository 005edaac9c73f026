"""GraphML and GEXF export (read back by networkx and by our importers), and GEXF import."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.entities import Contact, Organisation, Tie
from desktop_app.domain.network import Network
from desktop_app.interop.errors import InteropError
from desktop_app.interop.gexf import GEXFImportError, import_gexf, read_gexf
from desktop_app.interop.graph_export import export_gexf, export_graphml, gexf_bytes, graphml_bytes
from desktop_app.interop.graphml import read_graphml
from desktop_app.storage import MapStore

FIXTURES = Path(__file__).parent.parent / "fixtures" / "interop"
GRAPHML_FIXTURES = Path(__file__).parent.parent / "fixtures" / "graphml"


def small_map() -> Network:
    network = Network()
    org = Organisation(name="Røros Hotell", category="customer", description="Hotell i sentrum", x=-100, y=50)
    kari = Contact(name="Kari Hansen", title="Innkjøpssjef", organisation_id=org.id, email="kari@r.no",
                   phone="+47 1", role="decision_maker", attitude="supporter", influence=5, x=10.5, y=-20)
    ola = Contact(name="Ola", notes="Ny", x=200, y=0)
    tie = Tie(source_id=kari.id, target_id=ola.id, type="reports_to", acquaintance=4, availability=3, trust=5,
              support=2, closeness="close", cooperation=3, competition=1, notes="Via styret",
              last_contact="2026-03-31")
    for entity in (org, kari, ola, tie):
        network.add(entity)
    return network


def comparable(network: Network) -> tuple[set[tuple], set[tuple]]:
    """Everything the graph formats carry, with names in place of ids (import gives new ids)."""
    names = {n.id: n.name for n in network.nodes.values()}
    nodes = set()
    for n in network.nodes.values():
        if isinstance(n, Contact):
            nodes.add((n.name, n.title, names.get(n.organisation_id or ""), n.email, n.phone, n.role, n.attitude,
                       n.influence, n.notes, n.x, n.y))
        else:
            nodes.add((n.name, n.category, n.description, n.x, n.y))
    ties = {(names[t.source_id], names[t.target_id], t.type, t.acquaintance, t.availability, t.trust, t.support,
             t.closeness, t.cooperation, t.competition, t.last_contact, t.notes) for t in network.ties.values()}
    return nodes, ties


@pytest.mark.parametrize("form", ["graphml", "gexf"])
def test_export_then_import_gives_the_same_map(tmp_path: Path, form: str) -> None:
    original = small_map()
    path = tmp_path / f"kart.{form}"
    (export_graphml if form == "graphml" else export_gexf)(original, path)
    copy = Network()
    changes = (read_graphml if form == "graphml" else read_gexf)(path, copy)
    copy.apply(changes)
    assert comparable(copy) == comparable(original)


def test_graphml_opens_in_networkx_with_labels_categories_and_ratings(tmp_path: Path) -> None:
    export_graphml(small_map(), tmp_path / "kart.graphml")
    graph = nx.read_graphml(tmp_path / "kart.graphml")
    labels = {d["label"]: d for _, d in graph.nodes(data=True)}
    assert labels["Røros Hotell"]["category"] == "customer" and labels["Røros Hotell"]["kind"] == "organisation"
    assert labels["Kari Hansen"]["role"] == "decision_maker" and labels["Kari Hansen"]["x"] == 10.5
    (_, _, edge), = graph.edges(data=True)
    assert edge["type"] == "reports_to" and edge["trust"] == 5 and edge["last_contact"] == "2026-03-31"


def test_gexf_carries_positions_for_gephi(tmp_path: Path) -> None:
    export_gexf(small_map(), tmp_path / "kart.gexf")
    graph = nx.read_gexf(tmp_path / "kart.gexf")
    kari = next(d for _, d in graph.nodes(data=True) if d["label"] == "Kari Hansen")
    assert kari["viz"]["position"]["x"] == 10.5 and kari["viz"]["position"]["y"] == 20.0  # Gephi's y points up
    (_, _, edge), = graph.edges(data=True)
    assert edge["tie_type"] == "reports_to"


def test_gephi_file_imports_with_positions_and_attributes(store: MapStore) -> None:
    network = store.load()
    summary = import_gexf(store, network, FIXTURES / "gephi.gexf")
    assert (summary.organisations, summary.contacts, summary.ties) == (1, 2, 1)
    by_name = {n.name: n for n in store.load().nodes.values()}
    kari = by_name["Kari Hansen"]
    assert kari.organisation_id == by_name["Røros Hotell"].id and kari.role == "decision_maker"
    assert (kari.x, kari.y) == (-80.0, -10.0)
    assert (by_name["Røros Hotell"].x, by_name["Røros Hotell"].y) == (-120.5, -40.0)


def test_gexf_problems_are_located(tmp_path: Path) -> None:
    text = (FIXTURES / "gephi.gexf").read_text(encoding="utf-8").replace('value="5"', 'value="9"')
    text = text.replace('target="2"', 'target="1"')
    (tmp_path / "feil.gexf").write_text(text, encoding="utf-8")
    with pytest.raises(GEXFImportError) as caught:
        read_gexf(tmp_path / "feil.gexf", Network())
    message = str(caught.value)
    assert "Node 1 (Kari Hansen): Influence must be a whole number from 1 to 5" in message
    assert "Edge 0:" in message


@pytest.mark.parametrize("name", ["billion_laughs.graphml", "external_entity.graphml"])
def test_gexf_refuses_entities(tmp_path: Path, name: str) -> None:
    text = (GRAPHML_FIXTURES / name).read_text(encoding="utf-8").replace("graphml", "gexf")
    (tmp_path / "farlig.gexf").write_text(text, encoding="utf-8")
    with pytest.raises(GEXFImportError) as caught:
        read_gexf(tmp_path / "farlig.gexf", Network())
    assert "Knute refuses those for safety" in str(caught.value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.binary(max_size=1500),
    st.integers(min_value=0, max_value=5000).map(lambda cut: (FIXTURES / "gephi.gexf").read_bytes()[:cut]),
    st.text(max_size=200).map(lambda t: (FIXTURES / "gephi.gexf").read_text(encoding="utf-8")
                             .replace("Kari Hansen", t.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;"))
                             .encode("utf-8", "surrogatepass")),
))
def test_fuzzed_gexf_gives_an_import_error_with_a_place(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.gexf"
    path.write_bytes(data)
    try:
        read_gexf(path, Network())
    except InteropError as exc:
        assert str(exc).startswith("fuzz.gexf was not imported")


def test_large_map_exports_and_imports(tmp_path: Path) -> None:
    """5,000 contacts and 20,000 ties; the 2 s import target is measured by benchmarks/bench_interop.py."""
    network = Network()
    orgs = [Organisation(name=f"Firma {i}", x=i * 10.0) for i in range(50)]
    people = [Contact(name=f"Person {i}", organisation_id=orgs[i % 50].id, x=float(i), y=float(i % 70))
              for i in range(5000)]
    ties = [Tie(source_id=people[i % 5000].id, target_id=people[(i % 5000 + 1 + i // 5000) % 5000].id, trust=3)
            for i in range(20000)]
    network = Network.from_entities(network.settings, [*orgs, *people], ties, [], [])
    start = time.perf_counter()
    (tmp_path / "stor.graphml").write_bytes(graphml_bytes(network))
    exported = time.perf_counter() - start
    start = time.perf_counter()
    changes = read_graphml(tmp_path / "stor.graphml", Network())
    imported = time.perf_counter() - start
    print(f"\nGraphML {len(network.nodes)} nodes / {len(network.ties)} ties: export {exported:.2f} s, import {imported:.2f} s")
    assert len(changes) == len(network.nodes) + len(network.ties)
    assert gexf_bytes(network).startswith(b"<?xml")


# ---- lossless round trips, and one edge per tie --------------------------------------
def full_map() -> Network:
    """Every field the graph formats carry, including the ones only Knute reads back."""
    network = small_map()
    org = next(network.organisations())
    kari = next(c for c in network.contacts() if c.name == "Kari Hansen")
    network.update(dataclasses.replace(org, employees=120, revenue_mnok=45.5, website="https://roroshotell.no",
                                       resources=["human", "reputation"], tags=("kunde", "hotell"), is_example=True))
    network.update(dataclasses.replace(kari, tags=("nøkkel",), resources=["financial"], is_example=True))
    ola = next(c for c in network.contacts() if c.name == "Ola")
    network.add(Tie(source_id=kari.id, target_id=ola.id, type="personal", reasons=["need", "social_norms"],
                    trust=2, is_example=True))
    return network


@pytest.mark.parametrize("form", ["graphml", "gexf"])
def test_export_then_import_into_a_new_map_keeps_ids_fields_and_positions(tmp_path: Path, form: str) -> None:
    original = full_map()
    path = tmp_path / f"kart.{form}"
    (export_graphml if form == "graphml" else export_gexf)(original, path)
    copy = Network()
    copy.apply((read_graphml if form == "graphml" else read_gexf)(path, copy))
    assert copy.nodes == original.nodes
    assert copy.ties == original.ties


def test_importing_the_same_export_twice_gives_new_ids_the_second_time(tmp_path: Path) -> None:
    original = full_map()
    export_graphml(original, tmp_path / "kart.graphml")
    network = Network()
    network.apply(read_graphml(tmp_path / "kart.graphml", network))
    again = read_graphml(tmp_path / "kart.graphml", network)
    network.apply(again)
    assert len(network.nodes) == 2 * len(original.nodes) and len(network.ties) == 2 * len(original.ties)


def test_gexf_writes_one_edge_per_tie_undirected_for_mutual_types(tmp_path: Path) -> None:
    network = full_map()  # a reports-to tie and a personal tie between the same two people
    export_gexf(network, tmp_path / "kart.gexf")
    text = (tmp_path / "kart.gexf").read_text(encoding="utf-8")
    edges = [line for line in text.splitlines() if "<edge " in line]
    assert len(edges) == len(network.ties) == 2
    kinds = {t.id: ("directed" if t.directed else "undirected") for t in network.ties.values()}
    for tie_id, kind in kinds.items():
        assert any(f'id="{tie_id}"' in e and f'type="{kind}"' in e for e in edges)


@pytest.mark.parametrize("edge_type", ["mutual", "undirected", "directed"])
def test_a_gexf_edge_is_one_tie_whatever_its_type(tmp_path: Path, edge_type: str) -> None:
    text = (FIXTURES / "gephi.gexf").read_text(encoding="utf-8")
    text = text.replace('defaultedgetype="undirected"', 'defaultedgetype="directed"')
    text = text.replace('<edge id="0" source="1" target="2"', f'<edge id="0" source="1" target="2" type="{edge_type}"')
    text = text.replace("</edges>", '<edge id="1" source="0" target="2" type="undirected"/></edges>')
    (tmp_path / "blandet.gexf").write_text(text, encoding="utf-8")
    network = Network()
    network.apply(read_gexf(tmp_path / "blandet.gexf", network))
    assert len(network.ties) == 2
