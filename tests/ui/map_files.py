"""Reading a map file while a window holds it open: from a byte copy (the window holds the lock)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from desktop_app.domain.network import Network
from desktop_app.storage import MapStore


def file_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table."""
    copy = path.with_name(path.stem + "-rows.sqlite")
    shutil.copyfile(path, copy)
    try:
        with sqlite3.connect(copy) as conn:
            tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
            return {t: sorted(map(tuple, conn.execute(f'SELECT * FROM "{t}"').fetchall()), key=repr) for t in tables}
    finally:
        copy.unlink()


def stored(path: Path) -> Network:
    """The map as it is in the file."""
    copy = path.with_name(path.stem + "-load.knute")
    shutil.copyfile(path, copy)
    try:
        with MapStore.open(copy, read_only=True) as store:
            return store.load()
    finally:
        copy.unlink()


def by_name(network: Network, name: str):  # type: ignore[no-untyped-def]
    return next(n for n in network.nodes.values() if n.name == name)
