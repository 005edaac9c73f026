"""``MapStore.apply_in_steps``: one transaction written in slices, grouped into executemany, all or nothing."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.changes import Change
from desktop_app.domain.entities import Contact, MapSettings, Organisation
from desktop_app.domain.errors import DomainError
from desktop_app.domain.network import Network
from desktop_app.storage import DiskFullError, MapStore, StorageError
from tests.domain import strategies as s

from .helpers import load


def people(n: int, **fields: object) -> tuple[Network, list[Change]]:
    net = Network()
    org = Organisation(name="Kunde AS")
    changes = net.add(org)
    for i in range(n):
        changes += net.add(Contact(name=f"Person {i}", organisation_id=org.id, **fields))
    return net, changes


def rows_of(store: MapStore) -> dict[str, list[tuple]]:
    tables = ("map", "nodes", "ties", "interactions", "actions", "goals")
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}


def test_the_steps_report_what_is_written_and_commit_at_the_end(store: MapStore, map_path: Path) -> None:
    net, changes = people(25)
    fractions = list(store.apply_in_steps(changes, rows_per_step=10))
    # the organisation and its 25 people are one run of inserts into nodes, in slices of 10
    assert fractions == pytest.approx([10 / 26, 20 / 26, 1.0])
    store.close()
    assert load(map_path).nodes == net.nodes


def test_closing_the_steps_early_rolls_everything_back(store: MapStore, map_path: Path) -> None:
    store.apply(Network().add(Contact(name="Før")))
    before_rows, before_bytes = rows_of(store), map_path.read_bytes()
    _, changes = people(40)
    steps = store.apply_in_steps(changes, rows_per_step=10)
    assert next(steps) < next(steps) < 1
    steps.close()
    assert rows_of(store) == before_rows
    assert map_path.read_bytes() == before_bytes
    store.apply(people(3)[1])  # the store is free again
    assert len(rows_of(store)["nodes"]) == 1 + 4


def test_a_refusal_just_before_the_commit_writes_nothing(store: MapStore) -> None:
    before = rows_of(store)
    _, changes = people(30)

    def refuse() -> None:
        raise DomainError("This item is already in the map.")

    with pytest.raises(DomainError):
        for _ in store.apply_in_steps(changes, rows_per_step=7, before_commit=refuse):
            pass
    assert rows_of(store) == before


def test_nothing_else_is_written_while_a_write_is_under_way(store: MapStore) -> None:
    _, changes = people(30)
    steps = store.apply_in_steps(changes, rows_per_step=10)
    next(steps)
    with pytest.raises(StorageError) as info:
        store.apply(Network().add(Contact(name="Midt i")))
    assert str(info.value) == "test.knute is still being written: wait until that is done."
    with pytest.raises(StorageError):
        store.save_copy(store.path.with_name("kopi.knute"))
    assert list(steps)[-1] == 1.0
    assert [r[2] for r in rows_of(store)["nodes"]].count("Midt i") == 0
    store.apply(Network().add(Contact(name="Etterpå")))
    assert len(rows_of(store)["nodes"]) == 31 + 1


def test_a_row_refused_in_the_middle_of_a_slice_rolls_back_the_slices_before(store: MapStore) -> None:
    _, first = people(5)
    store.apply(first)
    before = rows_of(store)
    _, changes = people(50)
    changes.insert(30, first[3])  # a contact already in the file: the primary key refuses it
    with pytest.raises(sqlite3.IntegrityError):
        for _ in store.apply_in_steps(changes, rows_per_step=8):
            pass
    assert rows_of(store) == before


def test_a_disk_that_fills_up_part_way_keeps_the_file_as_it_was(store: MapStore, map_path: Path) -> None:
    before_rows, before_bytes = rows_of(store), map_path.read_bytes()
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages + 30}")
    _, changes = people(400, notes="æøå " * 200)
    written: list[float] = []
    with pytest.raises(DiskFullError):
        for fraction in store.apply_in_steps(changes, rows_per_step=5):
            written.append(fraction)
    assert written and written[-1] < 1, "the disk should fill up part way"
    assert rows_of(store) == before_rows
    assert map_path.read_bytes() == before_bytes


def test_a_big_write_gets_a_big_cache_for_its_transaction_only(store: MapStore) -> None:
    before = store.db.execute("PRAGMA cache_size").fetchone()[0]
    _, changes = people(25_000)
    seen: list[int] = []
    for _ in store.apply_in_steps(changes, rows_per_step=5000):
        seen.append(store.db.execute("PRAGMA cache_size").fetchone()[0])
    assert seen[0] < 0 and abs(seen[0]) > abs(before)
    assert store.db.execute("PRAGMA cache_size").fetchone()[0] == before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), steps=st.integers(1, 25), rows_per_step=st.integers(1, 4))
def test_many_edits_in_one_grouped_write_equal_the_edits_one_by_one(data: st.DataObject, steps: int,
                                                                   rows_per_step: int) -> None:
    start = MapSettings(title="Kart")
    net = Network(start)
    edits: list[list[Change]] = []
    for _ in range(steps):
        try:
            edits.append(s.random_edit(net, data, data.draw(st.sampled_from(s.OPERATIONS))))
        except DomainError:
            continue
    with tempfile.TemporaryDirectory() as folder:
        one_by_one, at_once = Path(folder) / "a.knute", Path(folder) / "b.knute"
        with MapStore.create(one_by_one, start) as a, MapStore.create(at_once, start) as b:
            for changes in edits:
                a.apply(changes)
            list(b.apply_in_steps([c for changes in edits for c in changes], rows_per_step=rows_per_step))
            expected, found = rows_of(a), rows_of(b)
        assert [r[:-1] for r in found.pop("map")] == [r[:-1] for r in expected.pop("map")]  # but created_at
        assert found == expected
        assert s.state(load(at_once)) == s.state(net)
