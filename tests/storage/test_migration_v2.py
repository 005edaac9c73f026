"""Schema version 2 adds account goals: a version 1 map opens, gains the table and keeps its data."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.domain.changes import inverse_of
from desktop_app.domain.entities import Goal
from desktop_app.domain.enums import GoalHorizon
from desktop_app.storage import CorruptMapError, MapStore
from desktop_app.storage.schema import SCHEMA_VERSION
from tests.fixtures import make_fixtures

from .helpers import FIXTURES, FileState, load
from .test_migration import check_v1_content

V1 = FIXTURES / "schema_v1.knute"
V2 = FIXTURES / "schema_v2.knute"


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_schema_version_is_2() -> None:
    assert SCHEMA_VERSION == 2


def test_v1_fixture_has_no_goals_table() -> None:
    assert "goals" not in _tables(V1) and _user_version(V1) == 1


def test_v1_opened_read_write_gains_the_goals_table_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "gammel.knute"
    shutil.copyfile(V1, path)
    with MapStore.open(path) as store:
        net = store.load()
        check_v1_content(net)
        assert net.goals == {}
        assert store.integrity_check() == []
    assert "goals" in _tables(path) and _user_version(path) == 2

    # The migrated map takes goals, and they survive closing and opening again.
    goal = Goal(organisation_id=make_fixtures.CUSTOMER, text="Leverandør av årets julebord",
                horizon=GoalHorizon.THIS_YEAR, strategy="Smaksprøver i oktober")
    with MapStore.open(path) as store:
        net = store.load()
        store.apply(net.add(goal))
    reopened = load(path)
    check_v1_content(reopened)
    assert reopened.goals == {goal.id: goal}


def test_v1_opened_read_only_shows_no_goals_and_stays_untouched() -> None:
    before = FileState.of(V1)
    with MapStore.open(V1, read_only=True) as store:
        net = store.load()
        assert net.goals == {}
        check_v1_content(net)
    assert FileState.of(V1) == before


def test_v2_fixture_holds_a_goal_with_every_field() -> None:
    net = load(V2)
    goal = net.goals[make_fixtures.GOAL]
    assert goal.organisation_id == make_fixtures.CUSTOMER
    assert goal.text == "Bli hotellets faste leverandør av spekemat"
    assert goal.horizon is GoalHorizon.ONE_TO_TWO_YEARS
    assert goal.strategy == "Pilot på frokostbuffeen, så hele menyen"
    assert net.goals_of(make_fixtures.CUSTOMER) == [goal]


def test_removing_an_organisation_removes_its_goals_in_the_file_and_undo_brings_them_back(tmp_path: Path) -> None:
    path = tmp_path / "kart.knute"
    shutil.copyfile(V2, path)
    with MapStore.open(path) as store:
        net = store.load()
        changes = net.remove(net.nodes[make_fixtures.CUSTOMER])
        store.apply(changes)
        assert store.integrity_check() == []
    assert load(path).goals == {}
    with MapStore.open(path) as store:
        net = store.load()
        net.apply(inverse_of(changes))
        store.apply(inverse_of(changes))
    assert make_fixtures.GOAL in load(path).goals


@pytest.mark.parametrize(
    ("sql", "detail"),
    [
        ("UPDATE goals SET horizon = 'someday'", "Horizon: unknown value 'someday'"),
        ("UPDATE goals SET text = ' '", None),  # the schema refuses blank text: no file like this can exist
    ],
)
def test_invalid_goal_refused_at_load_untouched(tmp_path: Path, sql: str, detail: str | None) -> None:
    path = tmp_path / "x.knute"
    shutil.copyfile(V2, path)
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql)
        conn.commit()
    except sqlite3.IntegrityError:
        assert detail is None
        return
    finally:
        conn.close()
    before = FileState.of(path)
    with MapStore.open(path) as store, pytest.raises(CorruptMapError) as info:
        store.load()
    assert detail in info.value.params["detail"]
    assert FileState.of(path) == before


def test_goal_of_a_contact_refused_at_load(tmp_path: Path) -> None:
    path = tmp_path / "x.knute"
    shutil.copyfile(V2, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE goals SET organisation_id = ?", (make_fixtures.KAM,))
    conn.commit()
    conn.close()
    with MapStore.open(path) as store, pytest.raises(CorruptMapError) as info:
        store.load()
    assert "A goal must belong to an organisation in the map." in info.value.params["detail"]
