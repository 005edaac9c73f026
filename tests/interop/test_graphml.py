"""GraphML import: every field mapped, every bad input refused with its place, nothing half done."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app import i18n
from desktop_app.domain.entities import Contact, Organisation, Tie
from desktop_app.domain.enums import ActorCategory, Attitude, BuyingRole, TieType
from desktop_app.domain.network import Network
from desktop_app.interop.errors import MAX_LISTED, InteropError
from desktop_app.interop.graphml import GraphMLImportError, ImportSummary, import_graphml, read_graphml
from desktop_app.storage import DiskFullError, MapStore

FIXTURES = Path(__file__).parent.parent / "fixtures" / "graphml"


# ---- helpers ---------------------------------------------------------------
def graphml(
    nodes: dict[str, dict[str, Any]],
    edges: Sequence[tuple[str, str, str, dict[str, Any]]] = (),
    *,
    types: dict[str, str] | None = None,
    directed: bool = False,
) -> str:
    """A GraphML document declaring a key for every attribute used (string unless ``types`` says)."""
    types = types or {}
    keys: dict[tuple[str, str], str] = {}
    for scope, items in (("node", list(nodes.values())), ("edge", [e[3] for e in edges])):
        for attrs in items:
            for name in attrs:
                keys.setdefault((scope, name), f"{scope[0]}{len(keys)}")
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for (scope, name), key_id in keys.items():
        lines.append(f'  <key id="{key_id}" for="{scope}" attr.name="{name}" attr.type="{types.get(name, "string")}"/>')
    lines.append(f'  <graph edgedefault="{"directed" if directed else "undirected"}">')

    def data(scope: str, attrs: dict[str, Any]) -> str:
        return "".join(f'<data key="{keys[scope, k]}">{escape(str(v))}</data>' for k, v in attrs.items())

    for node_id, attrs in nodes.items():
        lines.append(f"    <node id={quoteattr(node_id)}>{data('node', attrs)}</node>")
    for edge_id, source, target, attrs in edges:
        id_attr = f" id={quoteattr(edge_id)}" if edge_id else ""
        lines.append(f"    <edge{id_attr} source={quoteattr(source)} target={quoteattr(target)}>{data('edge', attrs)}</edge>")
    lines += ["  </graph>", "</graphml>"]
    return "\n".join(lines)


def write(tmp_path: Path, text: str, name: str = "import.graphml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def by_name(network: Network) -> dict[str, Any]:
    return {n.name: n for n in network.nodes.values()}


def snapshot(network: Network) -> tuple[Any, ...]:
    return (network.settings, dict(network.nodes), dict(network.ties), dict(network.interactions), dict(network.actions))


@pytest.fixture
def existing(store: MapStore) -> Iterator[tuple[MapStore, Network]]:
    """A map that already holds something, so "unchanged" means something."""
    network = store.load()
    org = Organisation(name="Eksisterende AS", category="customer", x=-500, y=-500)
    person = Contact(name="Ola Eksisterende", organisation_id=org.id, x=-500, y=-380)
    other = Contact(name="Kari Eksisterende", x=-650, y=-380)
    for entity in (org, person, other, Tie(source_id=person.id, target_id=other.id, trust=3)):
        store.apply(network.add(entity))
    yield store, network


# ---- a realistic file ------------------------------------------------------
def test_realistic_file_imports_with_every_field_mapped(store: MapStore, map_path: Path) -> None:
    network = store.load()
    summary = import_graphml(store, network, FIXTURES / "realistic.graphml")

    # Fjellheimen Hotell is named by a person but is not a node: it is created.
    assert summary == ImportSummary(organisations=4, contacts=4, ties=5)
    nodes = by_name(network)
    assert set(nodes) == {
        "Rørosmeieriet AS", "Vår Bedrift", "Destinasjon Røros", "Fjellheimen Hotell",
        "Kari Nordmann", "Øystein Åsen", "Åse Ærlig", "Per Selger",
    }
    meieriet, own, destinasjon, hotell = (
        nodes[n] for n in ("Rørosmeieriet AS", "Vår Bedrift", "Destinasjon Røros", "Fjellheimen Hotell")
    )
    kari, oystein, ase, per = (nodes[n] for n in ("Kari Nordmann", "Øystein Åsen", "Åse Ærlig", "Per Selger"))

    assert isinstance(meieriet, Organisation)
    assert meieriet.category is ActorCategory.CUSTOMER
    assert meieriet.description == "Økologisk meieri på Røros."
    assert "post@rorosmeieriet.example" in meieriet.notes and "+47 72 40 00 00" in meieriet.notes
    assert (meieriet.x, meieriet.y) == (400.0, 100.0)
    assert own.category is ActorCategory.OWN
    # A yEd node: name from its label, position from its geometry.
    assert destinasjon.category is ActorCategory.COMPLEMENTOR
    assert (destinasjon.x, destinasjon.y) == (0.0, -150.0)
    assert isinstance(hotell, Organisation) and hotell.category is None

    assert isinstance(kari, Contact)
    assert kari.organisation_id == meieriet.id  # matched on name, ignoring case
    assert kari.title == "Innkjøpssjef"
    assert kari.role is BuyingRole.BUYER
    assert kari.attitude is Attitude.SUPPORTER
    assert kari.influence == 4
    assert kari.email == "kari@rorosmeieriet.example"
    assert kari.phone == "+47 900 00 001"
    assert "Liker korte møter." in kari.notes and "Følger opp leverandørene." in kari.notes
    assert (kari.x, kari.y) == (350.5, 220.0)
    assert oystein.organisation_id == meieriet.id
    assert oystein.role is BuyingRole.DECISION_MAKER  # written "Decision maker"
    assert (oystein.influence, oystein.attitude) == (5, Attitude.NEUTRAL)
    assert ase.organisation_id == hotell.id
    assert (ase.role, ase.attitude, ase.influence) == (BuyingRole.GATEKEEPER, Attitude.SCEPTIC, 2)
    assert per.organisation_id == own.id and per.role is BuyingRole.CHAMPION
    assert per.attitude is Attitude.UNKNOWN and per.influence is None

    ties = {(network.name_of(t.source_id), network.name_of(t.target_id), t.type): t for t in network.ties.values()}
    assert set(ties) == {
        ("Per Selger", "Kari Nordmann", TieType.PROFESSIONAL),
        ("Kari Nordmann", "Øystein Åsen", TieType.REPORTS_TO),
        ("Per Selger", "Øystein Åsen", TieType.PERSONAL),
        ("Vår Bedrift", "Rørosmeieriet AS", TieType.SUPPLIER_OF),
        ("Destinasjon Røros", "Rørosmeieriet AS", TieType.PARTNER),
    }
    coffee = ties["Per Selger", "Kari Nordmann", TieType.PROFESSIONAL]
    assert coffee.ratings == {"acquaintance": 4, "availability": 3, "trust": 5, "support": 4}
    assert coffee.last_contact == dt.date(2026, 2, 14)
    assert coffee.notes == "Kaffe hver måned."
    assert ties["Vår Bedrift", "Rørosmeieriet AS", TieType.SUPPLIER_OF].trust == 4
    # Membership is organisation_id, not a member_of tie as well.
    assert not any(t.type is TieType.MEMBER_OF for t in network.ties.values())
    # The file's ids are not ours.
    assert not {"n1", "org1", "e1"} & (set(network.nodes) | set(network.ties))

    store.close()
    with MapStore.open(map_path) as reopened:
        assert snapshot(reopened.load()) == snapshot(network)


def test_a_person_joins_an_organisation_already_in_the_map(existing: tuple[MapStore, Network], tmp_path: Path) -> None:
    store, network = existing
    old_org = by_name(network)["Eksisterende AS"]
    source = write(tmp_path, graphml({"p": {"label": "Nina Ny", "organisation": "EKSISTERENDE as"}}))

    summary = import_graphml(store, network, source)

    assert summary == ImportSummary(organisations=0, contacts=1, ties=0)
    nina = by_name(network)["Nina Ny"]
    assert nina.organisation_id == old_org.id
    assert math.hypot(nina.x - old_org.x, nina.y - old_org.y) < 400  # placed near her organisation


def test_a_yed_group_is_an_organisation_with_its_members(tmp_path: Path) -> None:
    source = write(tmp_path, """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="g" yfiles.foldertype="group">
      <data key="d0">Gruppen AS</data>
      <graph edgedefault="directed">
        <node id="g::a"><data key="d0">Anna</data></node>
        <node id="g::b"><data key="d0">Bjørn</data></node>
        <edge id="e0" source="g::a" target="g::b"/>
      </graph>
    </node>
    <node id="c"><data key="d0">Carl</data></node>
  </graph>
</graphml>""")
    network = Network()
    network.apply(read_graphml(source, network))
    nodes = by_name(network)
    assert isinstance(nodes["Gruppen AS"], Organisation)
    assert nodes["Anna"].organisation_id == nodes["Bjørn"].organisation_id == nodes["Gruppen AS"].id
    assert nodes["Carl"].organisation_id is None
    assert len(network.ties) == 1


def test_a_graph_written_by_networkx_imports(tmp_path: Path) -> None:
    graph = nx.DiGraph()
    graph.add_node("acme", label="Acme AS", kind="organisation", category="supplier", x=10.0, y=20.0)
    graph.add_node(1, label="Siri Sjef", organisation="Acme AS", role="influencer", influence=3, x=0.0, y=90.0)
    graph.add_node(2, label="Tor Ansatt", organisation="Acme AS", influence=2.0, x=50.0, y=90.0)
    graph.add_node("loner")  # no attributes at all: named by its id, placed by us
    graph.add_edge(2, 1, type="reports_to", trust=4, last_contact="2025-12-01")
    graph.add_edge(1, "loner", acquaintance=5.0, notes="Naboer")
    source = tmp_path / "nx.graphml"
    nx.write_graphml(graph, source)

    network = Network()
    network.apply(read_graphml(source, network))

    nodes = by_name(network)
    acme, siri, tor, loner = nodes["Acme AS"], nodes["Siri Sjef"], nodes["Tor Ansatt"], nodes["loner"]
    assert acme.category is ActorCategory.SUPPLIER and (acme.x, acme.y) == (10.0, 20.0)
    assert siri.organisation_id == tor.organisation_id == acme.id
    assert (siri.role, siri.influence, tor.influence) == (BuyingRole.INFLUENCER, 3, 2)
    assert isinstance(loner, Contact) and (loner.x, loner.y) != (0.0, 0.0)
    reports = next(t for t in network.ties.values() if t.type is TieType.REPORTS_TO)
    assert (reports.source_id, reports.target_id) == (tor.id, siri.id)
    assert reports.trust == 4 and reports.last_contact == dt.date(2025, 12, 1)
    friendly = next(t for t in network.ties.values() if t.type is TieType.PROFESSIONAL)
    assert friendly.acquaintance == 5 and friendly.notes == "Naboer"


def test_undirected_files_keep_the_written_direction(tmp_path: Path) -> None:
    # The target is declared first; networkx would hand the edge back reversed.
    source = write(tmp_path, graphml(
        {"boss": {"label": "Sjefen"}, "worker": {"label": "Arbeideren"}},
        [("e1", "worker", "boss", {"type": "reports_to"})],
    ))
    network = Network()
    network.apply(read_graphml(source, network))
    (tie,) = network.ties.values()
    assert (network.name_of(tie.source_id), network.name_of(tie.target_id)) == ("Arbeideren", "Sjefen")


def test_a_file_without_the_graphml_namespace_imports(tmp_path: Path) -> None:
    text = graphml({"a": {"label": "Anne"}, "b": {"label": "Berit"}}, [("", "a", "b", {})])
    source = write(tmp_path, text.replace(' xmlns="http://graphml.graphdrawing.org/xmlns"', ""))
    network = Network()
    network.apply(read_graphml(source, network))
    assert set(by_name(network)) == {"Anne", "Berit"} and len(network.ties) == 1


@pytest.mark.parametrize(("value", "attr_type"), [("4", "string"), ("4", "int"), ("4.0", "double"), (" 4 ", "string")])
def test_a_rating_may_be_written_as_text_whole_number_or_float(tmp_path: Path, value: str, attr_type: str) -> None:
    source = write(tmp_path, graphml({"n1": {"influence": value}}, types={"influence": attr_type}))
    network = Network()
    network.apply(read_graphml(source, network))
    (person,) = network.nodes.values()
    assert person.influence == 4


def test_nodes_without_positions_are_spread_out_and_near_their_organisation(
    existing: tuple[MapStore, Network], tmp_path: Path,
) -> None:
    store, network = existing
    before = set(network.nodes)
    nodes: dict[str, dict[str, Any]] = {}
    for org in ("A", "B", "C"):
        nodes[org] = {"label": f"Firma {org}", "kind": "organisation"}
        for i in range(12):
            nodes[f"{org}{i}"] = {"label": f"Person {org}{i}", "organisation": f"Firma {org}"}
    for i in range(9):
        nodes[f"x{i}"] = {"label": f"Frilanser {i}"}
    import_graphml(store, network, write(tmp_path, graphml(nodes)))

    new = [n for n in network.nodes.values() if n.id not in before]
    points = [(n.x, n.y) for n in new]
    assert len(new) == 48
    assert min(math.dist(p, q) for p, q in itertools.combinations(points, 2)) >= 60
    # Beside the existing map, not on top of it.
    assert min(x for x, _ in points) > max(n.x for n in network.nodes.values() if n.id in before)
    organisations = [n for n in new if isinstance(n, Organisation)]
    for person in new:
        if isinstance(person, Contact) and person.organisation_id:
            nearest = min(organisations, key=lambda o: math.dist((o.x, o.y), (person.x, person.y)))
            assert nearest.id == person.organisation_id


# ---- bad input: refused with its place, nothing changed ---------------------
BAD_INPUTS: dict[str, tuple[str, str]] = {
    "rating out of range": (
        graphml({"n3": {"label": "Kari", "influence": "7"}}, types={"influence": "int"}),
        "Node n3 (Kari): Influence must be a whole number from 1 to 5, not '7'.",
    ),
    "rating that is not a number": (
        graphml({"n3": {"influence": "abc"}}, types={"influence": "int"}),
        "Node n3: Influence must be a whole number from 1 to 5, not 'abc'.",
    ),
    "rating with a fraction": (
        graphml({"n3": {"influence": "4.5"}}, types={"influence": "double"}),
        "Node n3: Influence must be a whole number from 1 to 5, not '4.5'.",
    ),
    "unknown role": (
        graphml({"n1": {"role": "boss"}}),
        "Node n1: Buying-centre role: unknown value 'boss'",
    ),
    "unknown category": (
        graphml({"o1": {"kind": "organisation", "category": "friend"}}),
        "Node o1: Category: unknown value 'friend'",
    ),
    "unknown kind": (
        graphml({"r": {"kind": "robot"}}),
        "Node r: Unknown kind 'robot' (allowed: person, organisation).",
    ),
    "bad tie rating": (
        graphml({"a": {}, "b": {}}, [("e7", "a", "b", {"trust": "0"})]),
        "Edge e7: Trust must be a whole number from 1 to 5, not '0'.",
    ),
    "bad date": (
        graphml({"a": {}, "b": {}}, [("e2", "a", "b", {"last_contact": "31.03.2026"})]),
        "Edge e2: Last contact must be a date like 2026-03-31, not '31.03.2026'.",
    ),
    "unknown tie type": (
        graphml({"a": {}, "b": {}}, [("e2", "a", "b", {"type": "enemy"})]),
        "Edge e2: Tie type: unknown value 'enemy'",
    ),
    "edge to a missing node": (
        graphml({"a": {}}, [("e4", "a", "n9", {})]),
        "Edge e4: It refers to node 'n9', which is not in the file.",
    ),
    "self-loop": (
        graphml({"a": {}}, [("e5", "a", "a", {})]),
        "Edge e5: A tie cannot join a node to itself.",
    ),
    "the same tie twice": (
        graphml({"a": {"label": "Anne"}, "b": {"label": "Berit"}}, [("e1", "a", "b", {}), ("e2", "b", "a", {})]),
        "Edge e2: The file already has a 'professional' tie between Berit and Anne (edge e1).",
    ),
    "undeclared key": (
        graphml({"a": {}}).replace("<node id=\"a\">", "<node id=\"a\"><data key=\"zz\">1</data>"),
        "Node a: It has data for the key 'zz', which the file does not declare.",
    ),
    "not GraphML": ("<html><body/></html>", "The file is XML, but not GraphML (it starts with <html>)."),
}
BAD_FILES: dict[str, str] = {
    "invalid XML": "The file is not valid XML (line 5, column",
    "billion laughs": "document type declaration (DTD)",
    "external entity": "document type declaration (DTD)",
}
FILE_OF = {"invalid XML": "broken.graphml", "billion laughs": "billion_laughs.graphml",
           "external entity": "external_entity.graphml"}


def _assert_refused_and_unchanged(store: MapStore, network: Network, map_path: Path, source: Path, expected: str) -> None:
    before, file_before = snapshot(network), map_path.read_bytes()
    with pytest.raises(GraphMLImportError) as caught:
        import_graphml(store, network, source)
    assert expected in i18n.describe(caught.value)
    assert caught.value.problems
    assert snapshot(network) == before
    assert map_path.read_bytes() == file_before
    assert snapshot(store.load()) == before


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_is_refused_with_its_place_and_changes_nothing(
    existing: tuple[MapStore, Network], map_path: Path, tmp_path: Path, case: str,
) -> None:
    text, expected = BAD_INPUTS[case]
    store, network = existing
    _assert_refused_and_unchanged(store, network, map_path, write(tmp_path, text), expected)


@pytest.mark.parametrize("case", BAD_FILES)
def test_hostile_or_broken_xml_is_refused_and_changes_nothing(
    existing: tuple[MapStore, Network], map_path: Path, case: str,
) -> None:
    store, network = existing
    _assert_refused_and_unchanged(store, network, map_path, FIXTURES / FILE_OF[case], BAD_FILES[case])


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    nodes = {f"n{i}": {"influence": "9"} for i in range(MAX_LISTED + 4)}
    source = write(tmp_path, graphml(nodes, [("e1", "n0", "ghost", {})]))
    with pytest.raises(GraphMLImportError) as caught:
        read_graphml(source, Network())
    error = caught.value
    assert len(error.problems) == MAX_LISTED + 5
    message = i18n.describe(error)
    assert message.startswith(f"import.graphml was not imported because of {MAX_LISTED + 5} problems:")
    assert "Node n0: Influence" in message and f"Node n{MAX_LISTED - 1}: Influence" in message
    assert f"Node n{MAX_LISTED}:" not in message  # beyond the listed ones
    assert message.rstrip().endswith("... and 5 more.")


def test_problems_read_in_bokmal(tmp_path: Path) -> None:
    source = write(tmp_path, graphml({"n3": {"label": "Kari", "influence": "7"}}, [("e1", "n3", "n9", {})]))
    with pytest.raises(GraphMLImportError) as caught:
        read_graphml(source, Network())
    i18n.set_language("nb")
    message = i18n.describe(caught.value)
    assert "import.graphml ble ikke importert på grunn av 2 problemer:" in message
    assert "Node n3 (Kari): Innflytelse må være et helt tall fra 1 til 5, ikke «7»." in message
    assert "Kant e1: Den viser til noden «n9», som ikke finnes i filen." in message


def test_read_graphml_leaves_the_network_alone(existing: tuple[MapStore, Network]) -> None:
    _, network = existing
    before = snapshot(network)
    changes = read_graphml(FIXTURES / "realistic.graphml", network)
    assert len(changes) == 13
    assert snapshot(network) == before


def test_when_the_file_cannot_be_written_memory_is_restored(
    existing: tuple[MapStore, Network], map_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, network = existing
    before, file_before = snapshot(network), map_path.read_bytes()

    def disk_full(changes: object) -> None:
        raise DiskFullError("The disk is full: your last change to {name} was not saved. Free some space and try again.",
                            name=map_path.name)

    monkeypatch.setattr(store, "apply", disk_full)
    with pytest.raises(DiskFullError):
        import_graphml(store, network, FIXTURES / "realistic.graphml")
    assert snapshot(network) == before
    assert map_path.read_bytes() == file_before


def test_a_missing_source_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(InteropError, match="does not exist"):
        read_graphml(tmp_path / "nowhere.graphml", Network())


# ---- fuzzing ----------------------------------------------------------------------
REALISTIC = (FIXTURES / "realistic.graphml").read_bytes()
ATTRIBUTES = st.dictionaries(
    st.sampled_from(["label", "kind", "organisation", "role", "influence", "x", "y", "tags", "resources", "knute_id",
                     "is_example", "category", "employees"]),
    st.text(max_size=12) | st.sampled_from(["4", "9", "-1e309", "nan", "organisation", "Decision maker", "true", ""]),
    max_size=5,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.binary(max_size=1500),
    st.integers(min_value=0, max_value=len(REALISTIC)).map(lambda cut: REALISTIC[:cut]),
    st.lists(ATTRIBUTES, min_size=1, max_size=4).flatmap(lambda nodes: st.lists(
        st.tuples(st.sampled_from(["", "e1", "e2"]), st.sampled_from([f"n{i}" for i in range(len(nodes) + 1)]),
                  st.sampled_from([f"n{i}" for i in range(len(nodes) + 1)]),
                  st.dictionaries(st.sampled_from(["type", "trust", "last_contact", "reasons", "knute_id"]),
                                  st.text(max_size=10), max_size=3)),
        max_size=4,
    ).map(lambda edges: graphml({f"n{i}": a for i, a in enumerate(nodes)}, edges).encode("utf-8", "surrogatepass"))),
))
def test_fuzzed_graphml_gives_changes_or_an_import_error_with_a_place(
    tmp_path_factory: pytest.TempPathFactory, data: bytes,
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.graphml"
    path.write_bytes(data)
    network = Network()
    try:
        changes = read_graphml(path, network)
    except InteropError as exc:
        assert str(exc).startswith("fuzz.graphml was not imported")
        return
    network.apply(changes)
