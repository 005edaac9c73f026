"""Helpers shared by the storage suites."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.changes import Added, Change, SettingsChanged
from desktop_app.domain.entities import MapSettings
from desktop_app.domain.network import Network
from desktop_app.storage import MapStore

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@dataclass(frozen=True)
class FileState:
    """What 'untouched' means for a file: same bytes, same mtime, nothing new beside it."""

    data: bytes
    mtime_ns: int
    folder: frozenset[str]

    @classmethod
    def of(cls, path: Path) -> FileState:
        return cls(path.read_bytes(), os.stat(path).st_mtime_ns, frozenset(os.listdir(path.parent)))


def creation_changes(net: Network, start: MapSettings) -> list[Change]:
    """The changes that write ``net`` into a map created with ``start`` settings."""
    entities = (
        *net.organisations(), *net.contacts(), *net.ties.values(), *net.interactions.values(), *net.actions.values(),
        *net.goals.values(),
    )
    changes: list[Change] = [Added(e) for e in entities]
    if net.settings != start:
        changes.append(SettingsChanged(start, net.settings))
    return changes


def write_network(path: Path, net: Network) -> None:
    """A new map at ``path`` holding ``net`` (settings applied last: the account must exist first)."""
    start = MapSettings()
    with MapStore.create(path, start) as store:
        store.apply(creation_changes(net, start))


def load(path: Path) -> Network:
    with MapStore.open(path, read_only=True) as store:
        return store.load()


def interrupted_write(path: Path) -> tuple[bytes, bytes]:
    """The map file and its rollback journal as a crash in the middle of a write leaves them.

    A tiny page cache forces SQLite to sync the journal and write into the file mid-transaction;
    both are taken at that moment, then the transaction is rolled back.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA cache_size = 1")
        conn.execute("BEGIN")
        conn.execute("UPDATE nodes SET notes = hex(randomblob(3000))")
        conn.execute("UPDATE ties SET notes = hex(randomblob(3000))")
        mid_write = path.read_bytes()
        journal = Path(f"{path}-journal").read_bytes()
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    assert journal.startswith(bytes.fromhex("d9d505f920a163d7")), "not a rollback journal"
    assert mid_write != path.read_bytes(), "the write never reached the file"
    return mid_write, journal
