"""Schema and ordered migrations. ``PRAGMA user_version`` holds the schema version.

A migration is frozen text once released: never edit one, add the next. Every
released version has a fixture file in ``tests/fixtures/`` that the migration
tests open.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

APPLICATION_ID = 0x4B4E5554
"""'KNUT' in ASCII: marks a SQLite file as a Knute map (also used by file-type sniffing)."""

_V1 = [
    """
    CREATE TABLE map (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        account_id TEXT REFERENCES nodes(id),
        weight_acquaintance REAL NOT NULL DEFAULT 1,
        weight_availability REAL NOT NULL DEFAULT 1,
        weight_trust REAL NOT NULL DEFAULT 1,
        weight_support REAL NOT NULL DEFAULT 1,
        half_life_days INTEGER NOT NULL DEFAULT 180,
        strong_threshold INTEGER NOT NULL DEFAULT 70,
        weak_threshold INTEGER NOT NULL DEFAULT 40,
        stale_after_days INTEGER NOT NULL DEFAULT 90,
        created_at TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE nodes (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('contact', 'organisation')),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        notes TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        resources TEXT NOT NULL DEFAULT '[]',
        x REAL NOT NULL DEFAULT 0,
        y REAL NOT NULL DEFAULT 0,
        is_example INTEGER NOT NULL DEFAULT 0,
        description TEXT,
        category TEXT,
        employees INTEGER,
        revenue_mnok REAL,
        website TEXT,
        title TEXT,
        organisation_id TEXT REFERENCES nodes(id),
        email TEXT,
        phone TEXT,
        role TEXT,
        attitude TEXT,
        influence INTEGER CHECK (influence BETWEEN 1 AND 5)
    ) STRICT
    """,
    "CREATE INDEX nodes_organisation ON nodes(organisation_id)",
    """
    CREATE TABLE ties (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES nodes(id),
        target_id TEXT NOT NULL REFERENCES nodes(id),
        type TEXT NOT NULL,
        acquaintance INTEGER CHECK (acquaintance BETWEEN 1 AND 5),
        availability INTEGER CHECK (availability BETWEEN 1 AND 5),
        trust INTEGER CHECK (trust BETWEEN 1 AND 5),
        support INTEGER CHECK (support BETWEEN 1 AND 5),
        closeness TEXT,
        reasons TEXT NOT NULL DEFAULT '[]',
        cooperation INTEGER CHECK (cooperation BETWEEN 1 AND 5),
        competition INTEGER CHECK (competition BETWEEN 1 AND 5),
        last_contact TEXT,
        notes TEXT NOT NULL DEFAULT '',
        is_example INTEGER NOT NULL DEFAULT 0,
        CHECK (source_id <> target_id)
    ) STRICT
    """,
    "CREATE INDEX ties_source ON ties(source_id)",
    "CREATE INDEX ties_target ON ties(target_id)",
    """
    CREATE TABLE interactions (
        id TEXT PRIMARY KEY,
        tie_id TEXT NOT NULL REFERENCES ties(id),
        date TEXT NOT NULL,
        kind TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    ) STRICT
    """,
    "CREATE INDEX interactions_tie ON interactions(tie_id)",
    """
    CREATE TABLE actions (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        node_id TEXT REFERENCES nodes(id),
        tie_id TEXT REFERENCES ties(id),
        owner_id TEXT REFERENCES nodes(id),
        due TEXT,
        status TEXT NOT NULL,
        intent TEXT,
        note TEXT NOT NULL DEFAULT ''
    ) STRICT
    """,
]


_V2 = [
    """
    CREATE TABLE goals (
        id TEXT PRIMARY KEY,
        organisation_id TEXT NOT NULL REFERENCES nodes(id),
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        horizon TEXT NOT NULL,
        strategy TEXT NOT NULL DEFAULT ''
    ) STRICT
    """,
    "CREATE INDEX goals_organisation ON goals(organisation_id)",
]
"""Version 2: account goals (per organisation, with a horizon and a strategy)."""


def _migrate_to_1(db: sqlite_utils.Database) -> None:
    for statement in _V1:
        db.execute(statement)


def _migrate_to_2(db: sqlite_utils.Database) -> None:
    for statement in _V2:
        db.execute(statement)


MIGRATIONS: list[tuple[int, Callable[[sqlite_utils.Database], None]]] = [
    (1, _migrate_to_1),
    (2, _migrate_to_2),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def migrate(db: sqlite_utils.Database) -> int:
    """Bring the file to SCHEMA_VERSION in one transaction; returns the version it had."""
    start = db.execute("PRAGMA user_version").fetchone()[0]
    with db.atomic():
        for version, step in MIGRATIONS:
            if version > start:
                step(db)
        if start != SCHEMA_VERSION:
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
            db.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
    return start
