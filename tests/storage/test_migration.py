"""Maps written by every released schema version open in this one; newer ones are refused untouched."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.domain.enums import (
    ActionIntent,
    ActionStatus,
    ActorCategory,
    Attitude,
    BuyingRole,
    Closeness,
    InteractionKind,
    Resource,
    TieReason,
    TieType,
)
from desktop_app.domain.network import Network
from desktop_app.storage import MapStore, NewerVersionError
from desktop_app.storage.schema import MIGRATIONS, SCHEMA_VERSION
from tests.domain.strategies import state
from tests.fixtures import make_fixtures

from .helpers import FIXTURES, FileState, load

V1 = FIXTURES / "schema_v1.knute"


def check_v1_content(net: Network) -> None:
    """What schema_v1.knute holds, spelled out: frozen with the fixture, never regenerated."""
    s = net.settings
    assert (s.title, s.description, s.author) == ("Fjellmat – kundekart", "Kart over Røros Hotell", "Åse Ødegård")
    assert s.account_id == "00000000-0000-4000-8000-000000000002"
    assert (s.weight_acquaintance, s.weight_availability, s.weight_trust, s.weight_support) == (1.5, 0.5, 2.0, 1.25)
    assert (s.half_life_days, s.strong_threshold, s.weak_threshold, s.stale_after_days) == (120, 75, 35, 60)

    own = net.nodes["00000000-0000-4000-8000-000000000001"]
    assert (own.name, own.category, own.employees, own.revenue_mnok) == ("Fjellmat Engros AS", ActorCategory.OWN, 42, 123.5)
    assert own.resources == {Resource.HUMAN, Resource.PHYSICAL} and own.tags == ("oss", "grossist")
    assert (own.x, own.y, own.is_example, own.website) == (-120.5, 80.25, True, "https://fjellmat.example")
    hotel = net.nodes["00000000-0000-4000-8000-000000000002"]
    assert (hotel.name, hotel.category, hotel.tags) == ("Røros Hotell", ActorCategory.CUSTOMER, ("nøkkelkunde", "hotell"))

    kam = net.nodes["00000000-0000-4000-8000-000000000011"]
    assert (kam.name, kam.title, kam.organisation_id) == ("Åse Ødegård", "Key account manager", own.id)
    assert (kam.email, kam.phone) == ("ase@fjellmat.example", "+47 912 34 567")
    assert (kam.role, kam.attitude, kam.influence) == (BuyingRole.CHAMPION, Attitude.SUPPORTER, 4)
    cfo = net.nodes["00000000-0000-4000-8000-000000000012"]
    assert (cfo.name, cfo.role, cfo.attitude, cfo.influence) == (
        "Bjørn Æsebø", BuyingRole.DECISION_MAKER, Attitude.SCEPTIC, 5)
    assert cfo.tags == ("beslutningstaker", "økonomi")

    tie = net.ties["00000000-0000-4000-8000-000000000021"]
    assert (tie.source_id, tie.target_id, tie.type) == (kam.id, cfo.id, TieType.PROFESSIONAL)
    assert tie.ratings == {"acquaintance": 4, "availability": 3, "trust": 2, "support": 5}
    assert (tie.closeness, tie.cooperation, tie.competition) == (Closeness.CLOSE, 4, 1)
    assert tie.reasons == {TieReason.MUTUAL_EXPECTATIONS, TieReason.NEED}
    assert (tie.last_contact, tie.notes) == (dt.date(2025, 11, 20), "Møttes på Matfestivalen")
    org_tie = net.ties["00000000-0000-4000-8000-000000000022"]
    assert org_tie.type is TieType.SUPPLIER_OF and org_tie.directed
    assert set(org_tie.ratings.values()) == {None}

    (interaction,) = net.interactions.values()
    assert (interaction.tie_id, interaction.date, interaction.kind, interaction.note) == (
        tie.id, dt.date(2026, 2, 14), InteractionKind.EVENT, "Vinsmaking på Bergstaden")
    (action,) = net.actions.values()
    assert (action.title, action.node_id, action.tie_id, action.owner_id) == (
        "Invitér økonomisjefen til lunsj", cfo.id, tie.id, kam.id)
    assert (action.due, action.status, action.intent) == (dt.date(2026, 4, 30), ActionStatus.IN_PROGRESS,
                                                          ActionIntent.STRENGTHEN)
    assert net.last_contact(tie.id) == dt.date(2026, 2, 14)


def test_every_released_version_has_a_fixture() -> None:
    for version, _ in MIGRATIONS:
        assert (FIXTURES / f"schema_v{version}.knute").is_file(), (
            f"run tests/fixtures/make_fixtures.py to write the fixture for schema version {version}"
        )


def test_v1_opens_read_only_with_expected_content_and_stays_untouched() -> None:
    before = FileState.of(V1)
    with MapStore.open(V1, read_only=True) as store:
        check_v1_content(store.load())
        assert store.schema_version == SCHEMA_VERSION
    assert FileState.of(V1) == before


def test_v1_opened_read_write_is_migrated_and_stays_loadable(tmp_path: Path) -> None:
    path = tmp_path / "gammel.knute"
    shutil.copyfile(V1, path)
    with MapStore.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.integrity_check() == []
        check_v1_content(store.load())
    check_v1_content(load(path))
    with MapStore.open(path) as store:  # and a second time, after the migration was written
        check_v1_content(store.load())


def test_fixture_script_writes_the_same_map_for_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "fresh.knute"
    make_fixtures.write_fixture(path)
    current = FIXTURES / f"schema_v{SCHEMA_VERSION}.knute"
    assert state(load(path)) == state(load(current))


@pytest.fixture
def newer(tmp_path: Path) -> Path:
    path = tmp_path / "framtid.knute"
    shutil.copyfile(V1, path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    return path


@pytest.mark.parametrize("read_only", [False, True])
def test_newer_version_refused_untouched(newer: Path, read_only: bool) -> None:
    before = FileState.of(newer)
    with pytest.raises(NewerVersionError) as info:
        MapStore.open(newer, read_only=read_only)
    assert str(info.value) == (
        f"framtid.knute was saved by a newer version of Knute (file format {SCHEMA_VERSION + 1}; "
        f"this version reads up to {SCHEMA_VERSION}). Update Knute to open it."
    )
    assert FileState.of(newer) == before
