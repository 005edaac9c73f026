"""Faults of the environment the user can act on: read-only files, a map open elsewhere, a full disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.domain.entities import Contact
from desktop_app.storage import DiskFullError, MapLockedError, MapStore, ReadOnlyMapError
from desktop_app.storage import store as store_module
from tests.domain.strategies import state

from .helpers import FIXTURES, FileState

V1 = FIXTURES / "schema_v1.knute"
READ_ONLY_NOTICE = (
    "{name} is read-only: you can look at it, but changes cannot be saved. Use Save a Copy to work on a copy."
)


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    path = tmp_path / "kart.knute"
    shutil.copyfile(V1, path)
    return path


def _assert_read_only(store: MapStore) -> None:
    net = store.load()
    assert net.nodes, "a read-only map still shows its content"
    with pytest.raises(ReadOnlyMapError) as info:
        store.apply(net.add(Contact(name="Ny")))
    assert str(info.value) == "kart.knute is read-only: changes cannot be saved."


class TestReadOnly:
    def test_asked_for_read_only(self, v1_copy: Path) -> None:
        before = FileState.of(v1_copy)
        with MapStore.open(v1_copy, read_only=True) as store:
            assert store.read_only and store.read_only_notice is None
            _assert_read_only(store)
        assert FileState.of(v1_copy) == before

    def test_not_writable_opens_read_only_with_a_notice(self, v1_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """The OS decides what is writable; root ignores permission bits, so the check is replaced here
        and exercised for real by the test below when not running as root."""
        monkeypatch.setattr(store_module, "_writable", lambda path: False)
        before = FileState.of(v1_copy)
        with MapStore.open(v1_copy) as store:
            assert store.read_only
            assert store.read_only_notice == READ_ONLY_NOTICE
            _assert_read_only(store)
        assert FileState.of(v1_copy) == before

    @pytest.mark.parametrize("what", ["file", "folder"])
    def test_read_only_file_or_folder(self, v1_copy: Path, what: str) -> None:
        target = v1_copy if what == "file" else v1_copy.parent
        mode = target.stat().st_mode
        target.chmod(0o444 if what == "file" else 0o555)
        try:
            if os.access(target, os.W_OK):
                pytest.skip("this user ignores permission bits (root); the monkeypatched test above covers it")
            before = FileState.of(v1_copy)
            with MapStore.open(v1_copy) as store:
                assert store.read_only and store.read_only_notice == READ_ONLY_NOTICE
                _assert_read_only(store)
            assert FileState.of(v1_copy) == before
        finally:
            target.chmod(mode)


class TestLocked:
    def test_second_open_in_the_same_process(self, v1_copy: Path) -> None:
        with MapStore.open(v1_copy):
            before = FileState.of(v1_copy)
            for read_only in (False, True):
                with pytest.raises(MapLockedError) as info:
                    MapStore.open(v1_copy, read_only=read_only)
                assert str(info.value) == (
                    "kart.knute is open in another Knute window or program. Close it there and try again."
                )
            assert FileState.of(v1_copy) == before
        with MapStore.open(v1_copy) as again:
            assert again.load().nodes

    @pytest.fixture
    def held_by_child(self, v1_copy: Path) -> Iterator[subprocess.Popen[str]]:
        script = textwrap.dedent("""
            import sys
            from desktop_app.storage import MapStore
            store = MapStore.open(sys.argv[1])
            print("ready", flush=True)
            sys.stdin.readline()
            store.close()
        """)
        child = subprocess.Popen(
            [sys.executable, "-c", script, str(v1_copy)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        yield child
        if child.poll() is None:
            child.kill()
            child.wait()

    def test_open_in_another_process(self, v1_copy: Path, held_by_child: subprocess.Popen[str]) -> None:
        before = FileState.of(v1_copy)
        for read_only in (False, True):
            with pytest.raises(MapLockedError) as info:
                MapStore.open(v1_copy, read_only=read_only)
            assert info.value.params["name"] == "kart.knute"
        assert FileState.of(v1_copy) == before
        stdin = held_by_child.stdin
        assert stdin is not None
        stdin.write("close\n")
        stdin.flush()
        assert held_by_child.wait(timeout=30) == 0
        with MapStore.open(v1_copy) as store:
            assert store.integrity_check() == []


class TestDiskFull:
    @pytest.fixture
    def full(self, v1_copy: Path) -> Iterator[tuple[MapStore, list, dict]]:
        """An open map on a 'full disk' (no page may be added) and an edit too big to fit."""
        store = MapStore.open(v1_copy)
        net = store.load()
        store.apply(net.add(Contact(name="Før disken ble full")))
        before = state(net)
        page_count = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {page_count}")
        changes = [c for i in range(20) for c in net.add(Contact(name=f"Kontakt {i}", notes="æøå" * 30_000))]
        net.revert(changes)
        yield store, changes, before
        store.close()

    def test_full_disk_keeps_the_previous_content(self, full: tuple[MapStore, list, dict], v1_copy: Path) -> None:
        store, changes, before = full
        with pytest.raises(DiskFullError) as info:
            store.apply(changes)
        assert str(info.value) == (
            "The disk is full: your last change to kart.knute was not saved. Free some space and try again."
        )
        assert state(store.load()) == before
        store.close()
        with MapStore.open(v1_copy) as reopened:
            assert reopened.integrity_check() == []
            assert state(reopened.load()) == before

    def test_the_same_edit_succeeds_once_space_is_back(self, full: tuple[MapStore, list, dict]) -> None:
        store, changes, _ = full
        with pytest.raises(DiskFullError):
            store.apply(changes)
        store.db.execute("PRAGMA max_page_count = 1073741823")
        store.apply(changes)
        assert store.counts()["contacts"] == 23
        assert store.integrity_check() == []
