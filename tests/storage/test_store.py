"""The file's settings, copies and the privacy of deleted data."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desktop_app.domain.entities import Contact, MapSettings
from desktop_app.storage import MapStore, StorageError
from desktop_app.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from tests.domain.strategies import state
from tests.fixtures.make_fixtures import fixture_network

from .helpers import FileState, creation_changes, interrupted_write, load, write_network


def pragma(store: MapStore, name: str) -> object:
    return store.db.execute(f"PRAGMA {name}").fetchone()[0]


def test_pragmas_in_force_on_an_open_map(store: MapStore) -> None:
    assert pragma(store, "journal_mode") == "delete"
    assert pragma(store, "foreign_keys") == 1
    assert pragma(store, "secure_delete") == 1
    assert pragma(store, "synchronous") == 2  # FULL
    assert pragma(store, "trusted_schema") == 0
    assert pragma(store, "application_id") == APPLICATION_ID
    assert pragma(store, "user_version") == SCHEMA_VERSION == store.schema_version


def test_create_gives_a_healthy_empty_map(map_path: Path) -> None:
    with MapStore.create(map_path, MapSettings(title="Kundekart Ålesund")) as store:
        assert not store.read_only and store.read_only_notice is None
        assert store.integrity_check() == []
        assert store.counts() == dict.fromkeys(("organisations", "contacts", "ties", "interactions", "actions"), 0)
        assert store.load().settings == MapSettings(title="Kundekart Ålesund")
    assert sorted(os.listdir(map_path.parent)) == [map_path.name], "no temporary or journal file left"


def test_create_names_the_map_after_the_file(tmp_path: Path) -> None:
    with MapStore.create(tmp_path / "Røros hotell.knute") as store:
        assert store.load().settings.title == "Røros hotell"


def test_create_refuses_to_replace_an_existing_file(map_path: Path) -> None:
    map_path.write_text("my thesis")
    before = FileState.of(map_path)
    with pytest.raises(StorageError) as info:
        MapStore.create(map_path)
    assert str(info.value) == "test.knute already exists."
    assert FileState.of(map_path) == before


def test_create_over_a_crashed_map_ignores_its_stale_journal(map_path: Path) -> None:
    """A journal left by an earlier file of the same name must not be 'rolled back' into the new map."""
    write_network(map_path, fixture_network())
    Path(f"{map_path}-journal").write_bytes(interrupted_write(map_path)[1])
    with MapStore.create(map_path, overwrite=True) as store:
        assert store.integrity_check() == []
        assert store.counts()["contacts"] == 0


class TestSaveCopy:
    def test_copy_is_identical_openable_and_healthy(self, store: MapStore, tmp_path: Path) -> None:
        net = fixture_network()
        store.apply(creation_changes(net, store.load().settings))
        copy = tmp_path / "kopi.knute"
        store.save_copy(copy)
        with MapStore.open(copy) as opened:
            assert opened.integrity_check() == []
            assert opened.schema_version == SCHEMA_VERSION
            assert opened.counts() == store.counts()
            assert state(opened.load()) == state(net)
        assert not [n for n in os.listdir(tmp_path) if n.startswith(".knute")], "temporary file left behind"

    def test_copy_of_every_field(self, map_path: Path, tmp_path: Path) -> None:
        net = fixture_network()
        write_network(map_path, net)
        copy = tmp_path / "kopi.knute"
        with MapStore.open(map_path) as store:
            store.save_copy(copy)
        assert state(load(copy)) == state(net)

    def test_copy_replaces_an_older_copy(self, store: MapStore, tmp_path: Path) -> None:
        copy = tmp_path / "kopi.knute"
        copy.write_text("an older copy")
        net = store.load()
        store.apply(net.add(Contact(name="Ny")))
        store.save_copy(copy)
        assert {c.name for c in load(copy).contacts()} == {"Ny"}

    @pytest.mark.parametrize("spelling", ["test.knute", "sub/../test.knute"])
    def test_refuses_to_overwrite_the_map_itself(self, store: MapStore, tmp_path: Path, spelling: str) -> None:
        (tmp_path / "sub").mkdir()
        net = store.load()
        store.apply(net.add(Contact(name="Behold meg")))
        with pytest.raises(StorageError) as info:
            store.save_copy(tmp_path / spelling)
        assert str(info.value) == "Choose another name: a copy cannot replace the map itself."
        store.apply(net.add(Contact(name="Fortsatt skrivbar")))
        assert {c.name for c in store.load().contacts()} == {"Behold meg", "Fortsatt skrivbar"}

    def test_plain_copy_of_an_open_map_holds_the_latest_edit(self, store: MapStore, tmp_path: Path) -> None:
        """Rollback journal, not WAL: the file alone is complete after each apply."""
        net = store.load()
        store.apply(net.add(Contact(name="Siste endring")))
        assert not Path(f"{store.path}-wal").exists()
        copy = tmp_path / "e-post-vedlegg.knute"
        shutil.copyfile(store.path, copy)
        assert [c.name for c in load(copy).contacts()] == ["Siste endring"]


class TestSecureDelete:
    SECRET = b"Zyxwvut Secret"

    def test_deleted_contact_is_gone_from_the_file(self, store: MapStore) -> None:
        net = store.load()
        secret = Contact(name="Zyxwvut Secret", notes="Zyxwvut Secret notes")
        store.apply(net.add(secret))
        assert self.SECRET in store.path.read_bytes(), "sanity: the name is stored as plain text"
        store.apply(net.remove(secret))
        journal = Path(f"{store.path}-journal")
        assert not journal.exists() or self.SECRET not in journal.read_bytes(), "left in the open map's journal"
        store.close()
        assert self.SECRET not in store.path.read_bytes()

    def test_renamed_contact_leaves_no_old_name(self, store: MapStore) -> None:
        net = store.load()
        secret = Contact(name="Zyxwvut Secret")
        store.apply(net.add(secret))
        store.apply(net.update(Contact(id=secret.id, name="Ola Nordmann")))
        store.close()
        assert self.SECRET not in store.path.read_bytes()
