"""Knute's JSON format: a lossless round trip, merging by id, and every bad input refused with its place."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.entities import Action, Contact, Interaction, MapSettings, Organisation, Tie
from desktop_app.domain.network import Network
from desktop_app.interop.errors import InteropError
from desktop_app.interop.json_format import JSONImportError, dumps, export_json, import_json, parse, to_dict
from desktop_app.storage import MapStore


def full_map(store: MapStore) -> Network:
    """A map using every kind of entity and every kind of field."""
    network = store.load()
    org = Organisation(name="Røros Hotell", category="customer", description="Hotell", employees=120,
                       revenue_mnok=210.5, website="roroshotell.no", resources={"human", "physical"},
                       tags=("hotell", "kunde"), notes="Viktig", x=-120.25, y=44.5, is_example=True)
    kari = Contact(name="Kari Hansen", title="Innkjøpssjef", organisation_id=org.id, email="kari@r.no",
                   phone="+47 1", role="decision_maker", attitude="supporter", influence=5,
                   resources={"financial"}, tags=("mat",), notes="Liker lokalmat", x=10, y=20)
    ola = Contact(name="Ola", x=300, y=-40)
    tie = Tie(source_id=kari.id, target_id=ola.id, type="reports_to", acquaintance=4, availability=3, trust=5,
              support=2, closeness="close", reasons={"need", "social_norms"}, cooperation=3, competition=1,
              last_contact=dt.date(2026, 3, 31), notes="Via styret")
    meeting = Interaction(tie_id=tie.id, date=dt.date(2026, 3, 1), kind="call", note="Om anbudet")
    action = Action(title="Invitere til smaking", node_id=kari.id, tie_id=tie.id, owner_id=ola.id,
                    due=dt.date(2026, 5, 1), status="in_progress", intent="strengthen", note="Før sommeren")
    for entity in (org, kari, ola, tie, meeting, action):
        store.apply(network.add(entity))
    store.apply(network.change_settings(MapSettings(
        title="Røros-kunden", description="Kart", author="KAM", account_id=org.id, weight_trust=2.0,
        half_life_days=120, strong_threshold=75, weak_threshold=35, stale_after_days=60,
    )))
    return network


def test_round_trip_gives_the_same_map(store: MapStore, tmp_path: Path) -> None:
    original = full_map(store)
    export_json(original, tmp_path / "kart.json")
    with MapStore.create(tmp_path / "kopi.knute") as copy:
        summary = import_json(copy, copy.load(), tmp_path / "kart.json")
    assert (summary.organisations, summary.contacts, summary.ties, summary.updated) == (1, 2, 1, 0)
    with MapStore.open(tmp_path / "kopi.knute") as copy:
        loaded = copy.load()
    assert loaded.settings == original.settings
    assert loaded.nodes == original.nodes
    assert loaded.ties == original.ties
    assert loaded.interactions == original.interactions
    assert loaded.actions == original.actions
    assert dumps(loaded) == dumps(original)


def test_the_file_is_documented_json(store: MapStore) -> None:
    doc = json.loads(dumps(full_map(store)))
    assert doc["format"] == "knute-map" and doc["version"] == 1
    assert set(doc) == {"format", "version", "settings", "organisations", "contacts", "ties", "interactions", "actions",
                        "goals"}
    kari = next(c for c in doc["contacts"] if c["name"] == "Kari Hansen")
    assert kari["role"] == "decision_maker" and kari["resources"] == ["financial"] and kari["x"] == 10.0
    assert doc["ties"][0]["reasons"] == ["need", "social_norms"] and doc["ties"][0]["last_contact"] == "2026-03-31"


def test_importing_again_changes_nothing_and_changed_entities_update(store: MapStore, tmp_path: Path) -> None:
    network = full_map(store)
    export_json(network, tmp_path / "kart.json")
    summary = import_json(store, network, tmp_path / "kart.json")
    assert (summary.contacts, summary.updated, summary.unchanged) == (0, 0, 6)
    doc = to_dict(network)
    doc["contacts"][0]["title"] = "Ny tittel"
    doc["settings"]["title"] = "Annen tittel"
    (tmp_path / "endret.json").write_text(json.dumps(doc), encoding="utf-8")
    summary = import_json(store, network, tmp_path / "endret.json")
    assert summary.updated == 1
    assert network.nodes[doc["contacts"][0]["id"]].title == "Ny tittel"
    assert network.settings.title == "Røros-kunden"  # a working map keeps its settings
    assert store.load().nodes == network.nodes


def test_problems_are_listed_with_their_place_and_nothing_is_imported(store: MapStore, tmp_path: Path) -> None:
    network = store.load()
    doc = {"format": "knute-map", "version": 1, "settings": {"title": "X"},
           "organisations": [{"id": "o1", "name": ""}],
           "contacts": [{"id": "c1", "name": "Kari", "influence": 9}, {"name": "Uten id"}, {"id": "c3", "nam": "x"}],
           "ties": "nei"}
    (tmp_path / "feil.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(JSONImportError) as caught:
        import_json(store, network, tmp_path / "feil.json")
    lines = str(caught.value).splitlines()
    assert lines[0] == "feil.json was not imported because of 5 problems:"
    assert lines[1].startswith("  organisations[0] (id o1): Name")
    assert lines[2].startswith("  contacts[0] (id c1): Influence must be a whole number from 1 to 5")
    assert lines[3] == "  contacts[1]: It needs an id (text)."
    assert lines[4] == "  contacts[2] (id c3): Unknown fields: nam."
    assert lines[5] == "  ties: It must be a list."
    assert not network.nodes and store.counts()["contacts"] == 0


def test_a_dangling_reference_is_refused(store: MapStore, tmp_path: Path) -> None:
    doc = {"format": "knute-map", "version": 1, "contacts": [{"id": "c1", "name": "Kari"}],
           "ties": [{"id": "t1", "source_id": "c1", "target_id": "borte"}]}
    (tmp_path / "dingler.json").write_text(json.dumps(doc), encoding="utf-8")
    network = store.load()
    with pytest.raises(JSONImportError):
        import_json(store, network, tmp_path / "dingler.json")
    assert not network.nodes and store.counts()["contacts"] == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "x.json was not imported. The file is not valid JSON (line 1, column 2"),
        ("[1, 2]", "x.json was not imported. The file is JSON, but not a Knute map"),
        ('{"format": "knute-map", "version": 7}', "x.json was not imported. The file is a Knute map of format version 7"),
        ("[" * 100_000, "x.json was not imported."),
    ],
)
def test_not_a_knute_map(text: str, message: str) -> None:
    with pytest.raises(InteropError) as caught:
        parse(text.encode(), "x.json")
    assert str(caught.value).startswith(message)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.binary(max_size=2000),
    st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                 lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
                 max_leaves=30).map(lambda v: json.dumps({"format": "knute-map", "version": 1, "contacts": v}).encode()),
    st.fixed_dictionaries({"contacts": st.lists(st.dictionaries(
        st.sampled_from(["id", "name", "x", "influence", "tags", "organisation_id", "role"]),
        st.none() | st.integers() | st.floats() | st.text(max_size=8) | st.lists(st.text(max_size=3), max_size=2),
    ), max_size=4)}).map(lambda d: json.dumps({"format": "knute-map", "version": 1, **d}).encode()),
))
def test_fuzzed_input_gives_an_import_error_or_entities(data: bytes) -> None:
    try:
        parse(data, "fuzz.json")
    except InteropError as exc:
        assert str(exc).startswith("fuzz.json was not imported")


def test_truncated_export_is_refused_with_a_line(store: MapStore) -> None:
    text = dumps(full_map(store)).encode()
    for cut in (10, len(text) // 2, len(text) - 3):
        with pytest.raises(JSONImportError) as caught:
            parse(text[:cut], "cut.json")
        assert "line" in str(caught.value)
