"""MapStore: one open .knute file.

Settings chosen for a document people copy and e-mail (see ARCHITECTURE.md):
rollback journal + ``synchronous=FULL`` so the file alone is always complete;
``secure_delete`` so deleted personal data does not linger; ``trusted_schema=OFF``
and ``cell_size_check`` because a map may come from anyone; an exclusive lock
held while the map is open so a second Knute cannot edit it behind our back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlite_utils

from ..domain.changes import Added, Change, Removed, SettingsChanged, Updated
from ..domain.entities import MapSettings
from ..domain.errors import DomainError
from ..domain.network import Network
from ..memory import paused_gc
from . import rows
from .errors import CorruptMapError, ReadOnlyMapError, StorageError, classify
from .header import check_header, read_header
from .schema import APPLICATION_ID, SCHEMA_VERSION, migrate

LOCK_TIMEOUT_MS = 500
ROWS_PER_STEP = 1000
"""Rows written between two yields of ``MapStore.apply_in_steps`` (about 10-30 ms)."""
BIG_WRITE_ROWS = 20_000
"""A write this large gets a bigger page cache for its transaction (see ``_cache_for``)."""
BIG_WRITE_CACHE_KIB = 65_536


@contextlib.contextmanager
def user_errors(path: Path | str) -> Iterator[None]:
    """Turn environment faults (disk full, locked, read-only, corrupt) into StorageErrors."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        error = classify(exc, path)
        if error is None:
            raise
        raise error from exc


def _connect(path: Path, *, read_only: bool) -> sqlite_utils.Database:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    conn = sqlite3.connect(uri, uri=True, timeout=LOCK_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA synchronous = FULL")
    return sqlite_utils.Database(conn, execute_plugins=False)


class MapStore:
    """Reads and writes one map file. Every ``apply`` is one committed transaction."""

    def __init__(self, path: Path, db: sqlite_utils.Database, *, read_only: bool, notice: str | None) -> None:
        self.path = path
        self.db = db
        self.read_only = read_only
        self.read_only_notice = notice
        self._writing = False
        """True while an ``apply_in_steps`` transaction is open."""

    # ---- opening and creating -----------------------------------------
    @classmethod
    def create(cls, path: Path | str, settings: MapSettings | None = None, *, overwrite: bool = False) -> MapStore:
        """Create a new, empty map. Written beside the target and moved in place, so
        a failure never leaves half a file under the user's chosen name."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise StorageError("{name} already exists.", name=path.name)
        settings = settings or MapSettings(title=path.stem or "Untitled map")
        with user_errors(path):
            fd, tmp_name = tempfile.mkstemp(prefix=".knute-new-", suffix=".tmp", dir=path.parent)
            os.close(fd)
            tmp = Path(tmp_name)
            try:
                tmp.unlink()
                conn = sqlite3.connect(str(tmp))
                db = sqlite_utils.Database(conn, execute_plugins=False)
                db.execute("PRAGMA journal_mode = DELETE")
                db.execute("PRAGMA foreign_keys = ON")
                migrate(db)
                with db.atomic():
                    row = rows.settings_to_row(settings)
                    row.update(id=1, created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
                    db.table("map").insert(row)
                conn.close()
                _fsync(tmp)
                # A journal left by the file this replaces would be "rolled back" into the new map.
                Path(f"{path}-journal").unlink(missing_ok=True)
                os.replace(tmp, path)
                _fsync_dir(path.parent)
            finally:
                if tmp.exists():
                    tmp.unlink()
        return cls.open(path)

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> MapStore:
        """Open a map, refusing anything that is not a healthy Knute map without touching it."""
        path = Path(path)
        if not read_only and _writable(path) and Path(f"{path}-journal").exists():
            with user_errors(path):
                _roll_back_interrupted_write(path)
        header = check_header(path)
        notice = None
        if not read_only and not _writable(path):
            read_only = True
            notice = "{name} is read-only: you can look at it, but changes cannot be saved. Use Save a Copy to work on a copy."
        with user_errors(path):
            _verify(path)
            if read_only and header.user_version < SCHEMA_VERSION:
                db = _migrated_copy_in_memory(path)
            else:
                db = _connect(path, read_only=read_only)
            try:
                if not read_only:
                    db.execute("PRAGMA journal_mode = DELETE")
                    # In exclusive mode the journal outlives each commit; truncating it
                    # keeps deleted personal data from lingering beside the map.
                    db.execute("PRAGMA journal_size_limit = 0")
                    db.execute("PRAGMA locking_mode = EXCLUSIVE")
                    # Take the write lock now and keep it until close: a second
                    # Knute opening this map is refused instead of racing us.
                    db.conn.execute("BEGIN EXCLUSIVE")
                    db.conn.execute("COMMIT")
                    migrate(db)
            except BaseException:
                db.close()
                raise
        return cls(path, db, read_only=read_only, notice=notice)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()

    def __enter__(self) -> MapStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- reading -------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def load(self) -> Network:
        """Read the whole map into memory. Every row is validated by the domain."""
        # ~30,000 entities are built, none of them garbage (memory.py).
        with paused_gc():
            return self._load()

    def _load(self) -> Network:
        name = self.path.name
        with user_errors(self.path):
            conn = self.db.conn
            cur = conn.cursor()
            cur.row_factory = sqlite3.Row
            try:
                settings_row = cur.execute("SELECT * FROM map WHERE id = 1").fetchone()
                if settings_row is None:
                    raise CorruptMapError("{name} is damaged: its map settings are missing.", name=name)
                settings = rows.settings_from_row(settings_row)
                select = rows.SELECT_SQL
                nodes = [rows.node_from_row(r) for r in conn.execute(select["nodes"])]
                ties = [rows.tie_from_row(r) for r in conn.execute(select["ties"])]
                interactions = [rows.interaction_from_row(r) for r in conn.execute(select["interactions"])]
                actions = [rows.action_from_row(r) for r in conn.execute(select["actions"])]
                goals = [rows.goal_from_row(r) for r in conn.execute(select["goals"])]
                return Network.from_entities(settings, nodes, ties, interactions, actions, goals)
            except (DomainError, ValueError, KeyError, IndexError, TypeError) as exc:
                if isinstance(exc, StorageError):
                    raise
                detail = str(exc)
                raise CorruptMapError(
                    "{name} contains data Knute cannot read: {detail}", name=name, detail=detail
                ) from exc

    def counts(self) -> dict[str, int]:
        with user_errors(self.path):
            found = dict(self.db.execute(
                "SELECT kind, count(*) FROM nodes GROUP BY kind").fetchall())
            return {
                "organisations": found.get("organisation", 0),
                "contacts": found.get("contact", 0),
                "ties": self.db["ties"].count,
                "interactions": self.db["interactions"].count,
                "actions": self.db["actions"].count,
            }

    def integrity_check(self) -> list[str]:
        """Problems SQLite and our constraints find; empty when the file is healthy."""
        with user_errors(self.path):
            found = [r[0] for r in self.db.execute("PRAGMA integrity_check").fetchall()]
            problems = [p for p in found if p != "ok"]
            bad_keys = self.db.execute("PRAGMA foreign_key_check").fetchall()
            problems += [f"broken reference in {table} row {rowid}" for table, rowid, *_ in bad_keys]
            if self.db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                problems.append("not marked as a Knute map")
            return problems

    # ---- writing -------------------------------------------------------
    def apply(self, changes: Sequence[Change]) -> None:
        """Write changes in one transaction; it is on disk when this returns."""
        for _ in self.apply_in_steps(changes):
            pass

    def apply_in_steps(
        self, changes: Sequence[Change], *, rows_per_step: int | None = None,
        before_commit: Callable[[], object] | None = None,
    ) -> Iterator[float]:
        """``apply``, yielding the fraction written after every ``rows_per_step`` rows (1.0 before it commits).

        The transaction stays open across the yields, so a window can turn its
        event loop between them; closing the generator before it is exhausted
        rolls back and leaves the file as it was. ``before_commit`` runs last,
        inside the transaction: if it raises, nothing is written. Consecutive
        changes of one kind to one table go to SQLite in one ``executemany``.
        """
        if not changes:
            if before_commit is not None:
                before_commit()
            return
        if self.read_only:
            raise ReadOnlyMapError("{name} is read-only: changes cannot be saved.", name=self.path.name)
        if self._writing:
            raise StorageError("{name} is still being written: wait until that is done.", name=self.path.name)
        self._writing = True
        step = rows_per_step or ROWS_PER_STEP
        try:
            with user_errors(self.path), _cache_for(self.db.conn, len(changes)), self.db.atomic():
                conn, done, total = self.db.conn, 0, len(changes)
                for statement, group in _runs(changes):
                    for start in range(0, len(group), step):
                        part = group[start:start + step]
                        conn.executemany(statement, map(_PARAMETERS[statement], part))
                        done += len(part)
                        yield done / total
                if before_commit is not None:
                    before_commit()
        finally:
            self._writing = False

    def save_copy(self, destination: Path | str) -> None:
        """A complete, consistent copy (VACUUM INTO), moved in place atomically."""
        destination = Path(destination)
        if self._writing:
            raise StorageError("{name} is still being written: wait until that is done.", name=self.path.name)
        if destination.resolve() == self.path.resolve():
            raise StorageError("Choose another name: a copy cannot replace the map itself.")
        with user_errors(destination):
            fd, tmp_name = tempfile.mkstemp(prefix=".knute-copy-", suffix=".tmp", dir=destination.parent)
            os.close(fd)
            tmp = Path(tmp_name)
            try:
                tmp.unlink()
                self.db.execute("VACUUM INTO ?", [str(tmp)])
                _fsync(tmp)
                os.replace(tmp, destination)
                _fsync_dir(destination.parent)
            finally:
                if tmp.exists():
                    tmp.unlink()


def _statements() -> tuple[dict[str, str], dict[str, str]]:
    inserts, updates = {}, {}
    for table, columns in rows.COLUMNS.items():
        names = ", ".join(columns)
        marks = ", ".join(f":{c}" for c in columns)
        inserts[table] = f"INSERT INTO {table} ({names}) VALUES ({marks})"
        sets = ", ".join(f"{c} = :{c}" for c in columns if c != "id")
        updates[table] = f"UPDATE {table} SET {sets} WHERE id = :id"
    return inserts, updates


_INSERT, _UPDATE = _statements()
_DELETE = {table: f"DELETE FROM {table} WHERE id = ?" for table in rows.COLUMNS}
_UPDATE_SETTINGS = "UPDATE map SET " + ", ".join(f"{c} = :{c}" for c in rows.SETTINGS_COLUMNS) + " WHERE id = 1"
_PARAMETERS: dict[str, Callable[[Any], Any]] = {
    **{sql: lambda c: rows.to_row(c.entity) for sql in _INSERT.values()},
    **{sql: lambda c: (c.entity.id,) for sql in _DELETE.values()},
    **{sql: lambda c: rows.to_row(c.after) for sql in _UPDATE.values()},
    _UPDATE_SETTINGS: lambda c: rows.settings_to_row(c.after),
}
"""The parameters of each statement, from the change it writes."""


def _statement(change: Change) -> str:
    if isinstance(change, Added):
        return _INSERT[rows.TABLE_OF[type(change.entity)]]
    if isinstance(change, Removed):
        return _DELETE[rows.TABLE_OF[type(change.entity)]]
    if isinstance(change, Updated):
        return _UPDATE[rows.TABLE_OF[type(change.after)]]
    if isinstance(change, SettingsChanged):
        return _UPDATE_SETTINGS
    raise TypeError(change)


def _runs(changes: Sequence[Change]) -> Iterator[tuple[str, list[Change]]]:
    """Consecutive changes that share one statement, in their order (so every row sees the ones before it)."""
    for statement, group in itertools.groupby(changes, key=_statement):
        yield statement, list(group)


@contextlib.contextmanager
def _cache_for(conn: sqlite3.Connection, changes: int) -> Iterator[None]:
    """A big write gets a big page cache: with the default 2 MB, SQLite spills pages (and syncs the
    journal) in the middle of the transaction and rereads the indexes of random ids from disk."""
    if changes < BIG_WRITE_ROWS:
        yield
        return
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{BIG_WRITE_CACHE_KIB:d}")
    try:
        yield
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.execute(f"PRAGMA cache_size = {int(before):d}")


def _writable(path: Path) -> bool:
    # The rollback journal is created beside the file, so the folder must be writable too.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _roll_back_interrupted_write(path: Path) -> None:
    """A write cut short (crash, power loss) leaves a hot journal that only a
    read-write connection can roll back; the read-only checks would fail on it."""
    if read_header(path).application_id != APPLICATION_ID:
        return  # not ours: leave it for check_header to refuse untouched
    db = _connect(path, read_only=False)
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        db.close()


def _verify(path: Path) -> None:
    """Check structure on a read-only connection before anything may write to the file."""
    db = _connect(path, read_only=True)
    try:
        result = db.execute("PRAGMA quick_check").fetchall()
        if [r[0] for r in result] != ["ok"]:
            raise CorruptMapError("{name} is damaged and cannot be read.", name=path.name)
        tables = set(db.table_names())
        if not {"map", "nodes", "ties", "interactions", "actions"} <= tables:
            raise CorruptMapError("{name} is damaged: parts of the map are missing.", name=path.name)
    finally:
        db.close()


def _migrated_copy_in_memory(path: Path) -> sqlite_utils.Database:
    """An older map opened read-only: migrate a private in-memory copy, never the file."""
    source = _connect(path, read_only=True)
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        source.conn.backup(memory)
    finally:
        source.close()
    db = sqlite_utils.Database(memory, execute_plugins=False)
    migrate(db)
    return db


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


