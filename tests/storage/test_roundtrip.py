"""What is written is what is read back: every entity, every field, every kind of change."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.changes import Added, Change, inverse_of
from desktop_app.domain.entities import Action, Contact, Interaction, MapSettings, Organisation, Tie
from desktop_app.domain.errors import DomainError
from desktop_app.domain.network import Network
from desktop_app.storage import MapStore, rows
from tests.domain import strategies as s
from tests.fixtures.make_fixtures import fixture_network

from .helpers import load, write_network

ENTITY_TYPES = (Organisation, Contact, Tie, Interaction, Action)


def test_fixture_network_fills_every_field() -> None:
    """Guards the explicit round trip below and the migration fixtures: no column left at its default."""
    net = fixture_network()
    entities = [*net.nodes.values(), *net.ties.values(), *net.interactions.values(), *net.actions.values()]
    for kind in ENTITY_TYPES:
        instances = [e for e in entities if type(e) is kind]
        assert instances, kind
        for f in dataclasses.fields(kind):
            values = [getattr(e, f.name) for e in instances]
            assert any(v not in (None, "", (), frozenset(), 0, 0.0) and v != f.default for v in values), (
                f"{kind.__name__}.{f.name} is never filled in fixture_network()"
            )
    for f in dataclasses.fields(MapSettings):
        assert getattr(net.settings, f.name) != f.default, f"MapSettings.{f.name} keeps its default"
    all_text = repr(entities) + repr(net.settings)
    assert all(ch in all_text.lower() for ch in "æøå"), "the fixture should exercise æøå"
    assert any(v is None for t in net.ties.values() for v in t.ratings.values()), "an unrated dimension"


def test_every_field_round_trips(map_path: Path) -> None:
    net = fixture_network()
    write_network(map_path, net)
    assert s.state(load(map_path)) == s.state(net)


def test_counts(map_path: Path) -> None:
    write_network(map_path, fixture_network())
    with MapStore.open(map_path) as store:
        assert store.counts() == {"organisations": 2, "contacts": 2, "ties": 2, "interactions": 1, "actions": 1}


def test_types_survive_the_file(map_path: Path) -> None:
    write_network(map_path, fixture_network())
    net = load(map_path)
    for node in net.nodes.values():
        assert isinstance(node.tags, tuple) and isinstance(node.resources, frozenset)
        assert isinstance(node.x, float)
    for tie in net.ties.values():
        assert tie.last_contact is None or type(tie.last_contact) is dt.date
    org = next(net.organisations())
    assert type(org.employees) is int and type(org.revenue_mnok) is float


@pytest.fixture
def loaded(store: MapStore) -> tuple[MapStore, Network]:
    net = store.load()
    fixture = fixture_network()
    start = net.settings
    for entity in (*fixture.organisations(), *fixture.contacts(), *fixture.ties.values(),
                   *fixture.interactions.values(), *fixture.actions.values()):
        store.apply(net.add(entity))
    store.apply(net.change_settings(dataclasses.replace(fixture.settings, title=start.title)))
    return store, net


def _reopened(store: MapStore) -> Network:
    store.close()
    return load(store.path)


def test_update_is_written_through(loaded: tuple[MapStore, Network]) -> None:
    store, net = loaded
    cfo = next(c for c in net.contacts() if c.influence == 5)
    store.apply(net.update(dataclasses.replace(cfo, name="Bjørn Æsebø-Lie", tags=("ny", "æøå"), influence=None,
                                               resources=frozenset(), role=None, organisation_id=None)))
    tie = next(iter(net.ties.values()))
    store.apply(net.update(dataclasses.replace(tie, trust=None, reasons=frozenset(), last_contact=None)))
    assert s.state(_reopened(store)) == s.state(net)


def test_remove_cascade_is_written_through(loaded: tuple[MapStore, Network]) -> None:
    store, net = loaded
    account = net.nodes[net.settings.account_id]
    store.apply(net.remove(account))
    assert net.settings.account_id is None
    assert s.state(_reopened(store)) == s.state(net)


def test_settings_changed_is_written_through(loaded: tuple[MapStore, Network]) -> None:
    store, net = loaded
    store.apply(net.change_settings(MapSettings(title="Nytt navn på kartet", weight_trust=0.0, half_life_days=7)))
    reloaded = _reopened(store)
    assert reloaded.settings == net.settings == MapSettings(title="Nytt navn på kartet", weight_trust=0.0,
                                                            half_life_days=7)


def test_undo_is_written_through(loaded: tuple[MapStore, Network]) -> None:
    store, net = loaded
    before = s.state(net)
    changes = net.remove_many(list(net.nodes.values()))
    store.apply(changes)
    assert store.counts() == {"organisations": 0, "contacts": 0, "ties": 0, "interactions": 0, "actions": 1}
    net.revert(changes)
    store.apply(inverse_of(changes))
    assert s.state(net) == before
    assert s.state(_reopened(store)) == before


def test_apply_is_one_transaction(store: MapStore) -> None:
    """A batch that fails half-way (here a reference the domain would have refused) writes nothing."""
    kept = Contact(name="Finnes")
    store.apply([Added(kept)])
    newcomer = Contact(name="Ny")
    with pytest.raises(sqlite3.IntegrityError):
        store.apply([Added(newcomer), Added(Tie(source_id=newcomer.id, target_id="ghost"))])
    assert set(store.load().nodes) == {kept.id}
    assert store.integrity_check() == []


# ---- property-based ---------------------------------------------------------

def _stored(entity: object) -> tuple:
    """The row as SELECT returns it: values in the table's column order."""
    row = rows.to_row(entity)  # type: ignore[arg-type]
    return tuple(row[c] for c in rows.COLUMNS[rows.TABLE_OF[type(entity)]])


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_rows_round_trip_any_entity(data: st.DataObject) -> None:
    org = data.draw(s.organisations())
    contact = data.draw(s.contacts(st.just(org.id)))
    tie = data.draw(s.ties(org.id, contact.id))
    interaction = data.draw(s.interactions(tie.id))
    action = data.draw(s.actions(st.just(org.id), st.just(tie.id), st.just(contact.id)))
    assert rows.node_from_row(_stored(org)) == org
    assert rows.node_from_row(_stored(contact)) == contact
    assert rows.tie_from_row(_stored(tie)) == tie
    assert rows.interaction_from_row(_stored(interaction)) == interaction
    assert rows.action_from_row(_stored(action)) == action
    map_settings = data.draw(s.map_settings())
    assert rows.settings_from_row(rows.settings_to_row(map_settings)) == map_settings


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), steps=st.integers(1, 25))
def test_random_edits_and_undos_round_trip_through_the_file(data: st.DataObject, steps: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kart.knute"
        with MapStore.create(path) as store:
            net = store.load()
            history: list[list[Change]] = []
            for _ in range(steps):
                op = data.draw(st.sampled_from([*s.OPERATIONS, "undo"]), label="operation")
                if op == "undo":
                    if history:
                        changes = history.pop()
                        net.revert(changes)
                        store.apply(inverse_of(changes))
                    continue
                try:
                    changes = s.random_edit(net, data, op)
                except DomainError:
                    continue
                store.apply(changes)
                history.append(changes)
            assert store.integrity_check() == []
        assert s.state(load(path)) == s.state(net)
